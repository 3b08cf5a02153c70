# SPDX-License-Identifier: GPL-2.0-only
"""--extra-checks=eh-frame: pyobjtool's CFA against GCC's .eh_frame."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import assemble, compile_c, run_pyobjtool
from fixtures_asm import OBJ, warning

from pyobjtool.analyses.eh_frame import compare_path

EH = ["--extra-checks=eh-frame"]
UNWIND = ("-fasynchronous-unwind-tables",)

# the CFI directives say the push doesn't move the CFA: the compiler (or here the
# author) and pyobjtool disagree from the instruction after the push on
LYING_CFI = r"""
    .text
    .globl f
    .type f, @function
f:
    .cfi_startproc
    push %rbx
    .cfi_def_cfa_offset 8
    call g
    pop %rbx
    .cfi_def_cfa_offset 8
    ret
    .cfi_endproc
    .size f, .-f
"""


def test_mismatch_is_reported_per_instruction(workdir: Path) -> None:
    obj = assemble(LYING_CFI, workdir / OBJ)
    before = obj.read_bytes()
    out = run_pyobjtool(obj, EH, cwd=workdir)
    message = "CFA differs from the compiler's .eh_frame: pyobjtool has rsp+16, .eh_frame has rsp+8"
    assert out.stderr == [warning("f+0x1", message), warning("f+0x6", message)]
    assert obj.read_bytes() == before  # the check alone never writes


# realigned() gets GCC's DRAP frame (lea 0x8(%rsp),%r10; and $-64,%rsp; push -8(%r10);
# push %rbp; mov %rsp,%rbp; push %r10): CFA = *(rbp-8) in the body
DRAP_C = r"""
extern void use(int *);

int realigned(int n, int m)
{
	int buf[8] __attribute__((aligned(64)));
	int vla[n];
	buf[0] = m;
	vla[0] = m;
	use(buf);
	use(vla);
	return buf[1] + vla[1];
}

int plain(int a, int b)
{
	int x[4] = { a, b, a + b, a - b };
	use(x);
	return x[2];
}
"""


@pytest.mark.parametrize("flags", [("-O2",), ("-O2", "-fno-omit-frame-pointer"), ("-O0",), ("-Os",)])
def test_gcc_frames_agree(workdir: Path, flags: tuple[str, ...]) -> None:
    # compile_c's -O2 comes first: the later flag wins
    obj = compile_c(DRAP_C, workdir / OBJ, UNWIND + flags)
    result = compare_path(str(obj))
    assert result is not None and result.boundaries > 20
    assert result.mismatches == [] and result.uncovered == []
    assert run_pyobjtool(obj, EH, cwd=workdir).stderr == []


def test_drap_frame_compares_the_dereferenced_cfa(workdir: Path) -> None:
    obj = compile_c(DRAP_C, workdir / OBJ, UNWIND)
    from pyobjtool.dwarf.cfi import read_eh_frame
    from pyobjtool.elf.file import ElfFile

    rules = {rule for fde in read_eh_frame(ElfFile(obj.read_bytes())) for _, rule in fde.rows}
    assert any(rule[0] == "deref" for rule in rules)  # GCC's DW_OP_breg6 -8; DW_OP_deref


def test_objects_without_eh_frame_are_skipped(workdir: Path) -> None:
    obj = compile_c(DRAP_C, workdir / OBJ)  # the kernel's -fno-asynchronous-unwind-tables
    assert run_pyobjtool(obj, EH, cwd=workdir).stderr == []
    assert compare_path(str(obj)) is None


def test_with_objtool_check_uses_its_cfi(workdir: Path) -> None:
    obj = assemble(LYING_CFI, workdir / OBJ)
    out = run_pyobjtool(obj, ["--orc"] + EH, cwd=workdir)
    assert [line for line in out.stderr if "CFA differs" in line] == [
        warning("f+0x1", "CFA differs from the compiler's .eh_frame: pyobjtool has rsp+16, .eh_frame has rsp+8"),
        warning("f+0x6", "CFA differs from the compiler's .eh_frame: pyobjtool has rsp+16, .eh_frame has rsp+8"),
    ]


needs_csmith = pytest.mark.skipif(shutil.which("csmith") is None or not Path("/usr/include/csmith").is_dir(),
                                  reason="csmith (and libcsmith-dev) not installed")


@needs_csmith
def test_csmith_programs_agree(workdir: Path) -> None:
    """A few csmith programs, every optimisation level and frame-pointer setting (the bench runs more)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from eh_frame_agreement import compile_object, generate, settings

    boundaries = 0
    for seed in (1, 2):
        src = generate(seed, workdir)
        for name, flags in settings():
            obj = compile_object(src, flags, workdir / f"p{seed}_{len(name)}_{flags[0][2:]}{flags[1][3:5]}.o")
            result = compare_path(str(obj))
            assert result is not None
            assert result.mismatches == [], (seed, name)
            assert result.uncovered == [], (seed, name)
            boundaries += result.boundaries
    assert boundaries > 1000


@needs_csmith
def test_benchmark_prints_the_rate(workdir: Path) -> None:
    bench = Path(__file__).resolve().parent.parent / "bench" / "eh_frame_agreement.py"
    out = subprocess.run([sys.executable, str(bench), "-n", "1", "-j", "1", "--seed", "3"],
                         capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert lines[0].startswith("1 csmith programs")
    assert lines[-1].startswith("all") or any(line.startswith("all") for line in lines)
    assert "100.000%" in next(line for line in lines if line.startswith("all"))
