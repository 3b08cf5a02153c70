# SPDX-License-Identifier: GPL-2.0-only
"""objtool 6.12's behaviour where it differs from 6.1, on fixtures made at test time.

Each expectation below is what objtool 6.12's source says (tools/objtool of
Linux 6.12.117); where the real 6.12 objtool is installed (Debian's
linux-kbuild-6.12.117+deb12) every case also runs through it and must give
the same lines, exit status and output bytes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import assemble, run_both, run_pyobjtool
from fixtures_asm import PRELUDE_612

from pyobjtool.elf.constants import STB_GLOBAL, STB_LOCAL, STT_FUNC
from pyobjtool.elf.file import ElfFile

OBJ = "t.o"
#: kbuild's arguments for a built-in object of a 6.12 defconfig
KBUILD_612 = ["--hacks=jump_label", "--hacks=noinstr", "--hacks=skylake", "--orc", "--retpoline", "--rethunk",
              "--static-call", "--uaccess", "--prefix=16"]

#: 6.12's macros (fixtures_asm.PRELUDE_612), the hint types by short names, and a raw
#: ``struct alt_instr`` entry (6.3+: s32 orig, s32 new, u32 ft_flags, u8 orig_len, u8 new_len)
PRELUDE = PRELUDE_612 + r"""
#define HINT_UNDEFINED 0
#define HINT_END_OF_STACK 1
#define HINT_CALL 2
#define HINT_REGS 3
#define HINT_REGS_PARTIAL 4

.macro ALT_ENTRY orig, new, feature, orig_len, new_len
    .pushsection .altinstructions, "a"
    .long \orig - .
    .long \new - .
    .long \feature
    .byte \orig_len
    .byte \new_len
    .popsection
.endm
"""


def build(tmp: Path, source: str) -> Path:
    return assemble(PRELUDE + source, tmp / OBJ)


def check(tmp: Path, source: str, args: list[str], expected: list[str]) -> bytes | None:
    """pyobjtool --profile 6.12 prints *expected*; the real 6.12 objtool (if installed) agrees."""
    ours, real = run_both(build(tmp, source), args, release="6.12")
    assert ours.stderr == expected
    assert ours.status == 0
    if real is not None:
        assert real.stderr == ours.stderr
        assert real.status == ours.status
        assert real.output == ours.output
    return ours.output


def w(location: str, message: str) -> str:
    return f"{OBJ}: warning: objtool: {location}: {message}"


def test_one_warning_per_symbol_and_mitigation_texts(tmp_path: Path) -> None:
    """Only the first warning about a symbol is printed, whichever pass finds the next ones."""
    source = """
FUNC f1
    call *%rax
    call *%rbx
    jmp *%rcx
ENDF f1
FUNC f2
    ret
    nop
    ret
ENDF f2
"""
    check(tmp_path, source, ["--retpoline", "--rethunk", "--sls", "--orc"], [
        w("f1+0x0", "indirect call found in MITIGATION_RETPOLINE build"),
        w("f2+0x0", "'naked' return found in MITIGATION_RETHUNK build"),
    ])


def test_every_unreachable_instruction_and_missing_noreturn(tmp_path: Path) -> None:
    source = """
FUNC g1
    call panic
    mov %rax, %rbx
    ret
ENDF g1
FUNC g2
    ret
    mov %rax, %rbx
    ret
ENDF g2
FUNC g3
    ret
    mov %rax, %rcx
    ret
ENDF g3
"""
    check(tmp_path, source, ["--orc"], [
        w("g1+0x5", "panic() is missing a __noreturn annotation"),
        w("g2+0x1", "unreachable instruction"),
        w("g3+0x1", "unreachable instruction"),
    ])


def test_jump_from_notype_code_to_a_function_is_a_sibling_call(tmp_path: Path) -> None:
    """6.1 followed the jump into f and warned there; 6.12 sees a tail call."""
    source = """
FUNC f
    ret
ENDF f
    .globl code
    .type code, @notype
code:
    UNWIND_HINT HINT_CALL sp_reg=ORC_REG_SP sp_offset=8
    push %rax
    jmp f
    .size code, .-code
"""
    check(tmp_path, source, ["--orc"], [])


ALTS = """
FUNC k
661: .byte 0x90,0x90,0x90,0x90,0x90,0x90
    ret
ENDF k
    .section .altinstr_replacement, "ax"
771: push %rax
    pop %rax
    .byte 0x90,0x90,0x90,0x90
772: .byte 0x66,0x0f,0x1f,0x44,0x00,0x00
    .text
ALT_ENTRY 661b, 771b, 0x10, 6, 6
ALT_ENTRY 661b, 772b, 0x11, 6, 6
"""


def test_alternatives_of_one_site_share_their_stack_layout(tmp_path: Path) -> None:
    """Original and replacements of a site fill one per-byte CFI array: the first
    replacement's push/pop leaves 16 bytes on the stack at byte 1, where the original's
    second NOP has 8.  6.12 reports it at the site's first instruction and names the
    conflicting one (6.1 gave each replacement its own array and saw nothing)."""
    check(tmp_path, ALTS, ["--orc"], [w("k+0x0", "stack layout conflict in alternatives: k+0x1")])


def test_weirdly_overlapping_alternative_stops_everything(tmp_path: Path) -> None:
    source = """
FUNC k1
661: .byte 0x0f,0x1f,0x44,0x00,0x00
662: nop
    ret
ENDF k1
    .section .altinstr_replacement, "ax"
771: stac
772: clac
    .text
ALT_ENTRY 661b, 771b, 0x10, 5, 3
ALT_ENTRY 662b, 772b, 0x11, 1, 3
ALT_ENTRY 661b, 772b, 0x12, 2, 3
"""
    out = check(tmp_path, source, ["--orc"], [w("k1+0x0", "weirdly overlapping alternative! 5 != 2")])
    assert b".orc_unwind" not in out


def test_prefix_symbols_call_sites_and_cfi_sites(tmp_path: Path) -> None:
    source = """
    .p2align 4
    .rept 16
    nop
    .endr
FUNC gf
    push %rbx
    call lf
    call ext
    pop %rbx
    jmp __x86_return_thunk
ENDF gf
    .rept 13
    nop
    .endr
    .byte 0x0f,0x1f,0x00
    .type lf, @function
lf:
    ret
    int3
    .size lf, .-lf
    .section .init.text, "ax"
FUNC initf
    call ext
    ret
ENDF initf
"""
    out = check(tmp_path, source, [*KBUILD_612, "--cfi"],
                [w("lf+0x0", "'naked' return found in MITIGATION_RETHUNK build")])
    elf = ElfFile(out)
    syms = {s.name: s for s in elf.symbols}
    gf, pfx = syms["gf"], syms["__pfx_gf"]
    assert (pfx.type, pfx.bind, pfx.size, pfx.offset) == (STT_FUNC, STB_GLOBAL, 16, gf.offset - 16)
    assert syms["__pfx_lf"].bind == STB_LOCAL
    assert "__pfx_initf" not in syms  # no padding in front
    # the direct calls outside .init.text, in instruction order
    calls = elf.find_section(".rela.call_sites").relocs
    assert [(r.offset, r.addend) for r in calls] == [(0, gf.offset + 1), (4, gf.offset + 6)]
    # --cfi makes .cfi_sites even when there is no kCFI preamble
    assert elf.find_section(".cfi_sites").size == 0
    # the padding has the function's entry state in ORC
    dump = run_pyobjtool(tmp_path / "ours" / OBJ, ["--profile", "6.12", "--dump"]).stdout
    assert dump[0] == ".text+0:type:call sp:sp+8 bp:(und) signal:0"


def test_hint_types_and_signal_in_orc(tmp_path: Path) -> None:
    source = """
    .globl e1
    .type e1, @notype
e1:
    UNWIND_HINT HINT_END_OF_STACK
    nop
    UNWIND_HINT HINT_REGS sp_reg=ORC_REG_SP sp_offset=0 signal=1
    nop
    UNWIND_HINT HINT_UNDEFINED
    push %rax
    nop
    UNWIND_HINT HINT_CALL sp_reg=ORC_REG_SP sp_offset=8
    ret
    .size e1, .-e1
"""
    out = check(tmp_path, source, ["--orc"], [])
    obj = tmp_path / "dump.o"
    obj.write_bytes(out)
    dump = run_pyobjtool(obj, ["--profile", "6.12", "--dump"]).stdout
    assert dump == [
        ".text+0:type:end sp:(und) bp:(und) signal:0",
        ".text+1:type:regs sp:sp+0 bp:(und) signal:1",
        ".text+2:type:(und) sp:(und) bp:(und) signal:0",   # the push changes nothing here
        ".text+4:type:call sp:sp+8 bp:(und) signal:0",
        ".text+5:type:(und) sp:(und) bp:(und) signal:0",
    ]


def test_mov_into_the_frame_pointer_loses_the_cfa(tmp_path: Path) -> None:
    """Every 64-bit register move is a stack operation in 6.12: moving into %rbp while it
    is the CFA base makes the CFA unknown, and ORC generation then gives up."""
    source = """
FUNC h1
    push %rbp
    mov %rsp, %rbp
    mov %rax, %rbp
    push %rbx
    pop %rbx
    pop %rbp
    ret
ENDF h1
"""
    out = check(tmp_path, source, ["--orc"], [w("h1+0x7", "undefined stack state")])
    assert b".orc_unwind" not in out


def test_prefix_alone_is_no_action(tmp_path: Path) -> None:
    obj = build(tmp_path, "FUNC f\n ret\nENDF f\n")
    proc = subprocess.run([sys.executable, "-m", "pyobjtool", "--profile", "6.12", "--prefix=16", OBJ],
                          cwd=tmp_path, capture_output=True, text=True)
    assert (proc.returncode, proc.stderr) == (1, "error: objtool: At least one action required\n")
    assert obj.exists()


def test_verbose_lists_the_warned_functions(tmp_path: Path) -> None:
    source = """
FUNC f
    push %rbx
    call g
    ret
ENDF f
"""
    ours, real = run_both(build(tmp_path, source), ["-v", "--orc"], release="6.12")
    assert ours.stderr[:2] == [w("f+0x6", "return with modified stack frame"), w("  f+0x0", "<=== (sym)")]
    # then objdump | gawk's listing of f, or the failure when the tools are missing
    assert ours.stderr[2].startswith("0000 ") or "disassembly failed" in ours.stderr[-1]
    if real is not None:
        assert real.stderr == ours.stderr


@pytest.mark.parametrize("how", ["kbuild", "tree"])
def test_the_kernel_tree_selects_the_profile(tmp_path: Path, how: str) -> None:
    """kbuild runs objtool from the top of the tree with VERSION/PATCHLEVEL exported; a tree
    outside make is recognised by include/config/kernel.release."""
    build(tmp_path, "FUNC f\n ret\nENDF f\n")
    env = {k: v for k, v in os.environ.items() if k not in ("VERSION", "PATCHLEVEL", "srctree")}
    if how == "kbuild":
        env.update(VERSION="6", PATCHLEVEL="12", srctree=".")
    else:
        (tmp_path / "include" / "config").mkdir(parents=True)
        (tmp_path / "include" / "config" / "kernel.release").write_text("6.12.117-amd64\n")
    run = subprocess.run([sys.executable, "-m", "pyobjtool", "--orc", OBJ], cwd=tmp_path, env=env)
    assert run.returncode == 0
    dump = subprocess.run([sys.executable, "-m", "pyobjtool", "--dump", OBJ], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert dump.stdout.splitlines()[0] == ".text+0:type:call sp:sp+8 bp:(und) signal:0"


def test_unknown_kernel_release_is_refused(tmp_path: Path) -> None:
    build(tmp_path, "FUNC f\n ret\nENDF f\n")
    env = dict(os.environ, VERSION="6", PATCHLEVEL="6", srctree=".")
    proc = subprocess.run([sys.executable, "-m", "pyobjtool", "--orc", OBJ], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.startswith("pyobjtool: error: no objtool profile for kernel 6.6 (supported: 6.1, 6.12)")


@pytest.mark.parametrize("release", ["6.1", "6.12"])
def test_arm64_capability_numbers_follow_the_release(release: str) -> None:
    """--assume names arm64 alternatives by their feature number, and the numbering is the
    position in that release's arch/arm64/tools/cpucaps (it changed between 6.1 and 6.12)."""
    from pyobjtool.profiles import get

    tree = os.environ.get(f"KERNEL_SRC_{release.replace('.', '_')}", f"/work/src/linux-source-{release}")
    listing = Path(tree) / "arch/arm64/tools/cpucaps"
    if not listing.exists():
        pytest.skip("kernel sources not available")
    names = tuple(line.strip() for line in listing.read_text().splitlines() if line.strip() and not line.startswith("#"))
    assert get(release).arm64_cpucaps == names
