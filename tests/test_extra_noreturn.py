# SPDX-License-Identifier: GPL-2.0-only
"""--extra-checks=noreturn: inferred noreturn functions against objtool 6.1's list."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assemble, compile_c, run_both, run_pyobjtool
from fixtures_asm import OBJ, PRELUDE, warning

NORETURN = ["--extra-checks=noreturn"]

# my_die() is declared noreturn but is not in objtool's list; do_exit() is in the
# list but declared here without __noreturn; fatal() is noreturn by inference
DEBUG_C = r"""
extern void my_die(const char *msg) __attribute__((noreturn));
extern void do_exit(long code);
extern void log_it(int);

int check_a(int x)
{
	if (x < 0)
		my_die("negative");
	return x * 2;
}

static void __attribute__((noinline)) fatal(int code)
{
	log_it(code);
	my_die("fatal");
}

int check_b(int x)
{
	if (x > 100)
		fatal(x);
	return x + 1;
}

void stop(long c)
{
	log_it(1);
	do_exit(c);
}
"""


def test_dwarf_noreturn_against_objtool_list(workdir: Path) -> None:
    obj = compile_c(DEBUG_C, workdir / OBJ, ("-g",))
    ours, real = run_both(obj, ["--orc"])
    # objtool 6.1 follows the calls to my_die() into the next function
    assert warning("", "fatal() falls through to next function check_a()") in ours.stderr
    if real is not None:
        assert real.stderr == ours.stderr
    out = run_pyobjtool(obj, NORETURN, cwd=workdir)
    assert out.stderr == [
        warning("fatal+0x10", "noreturn mismatch: my_die() never returns (DW_AT_noreturn), but objtool "
                "6.1's noreturn list lacks it"),
        warning("stop+0x12", "noreturn mismatch: objtool 6.1's noreturn list has do_exit(), but its "
                "declaration has no DW_AT_noreturn"),
    ]


def test_without_debug_info_the_call_sites_and_the_user_list_speak(workdir: Path) -> None:
    obj = compile_c(DEBUG_C, workdir / OBJ)
    # both calls to my_die() end their code (check_a's in check_a.cold): the callee never returns
    assert run_pyobjtool(obj, NORETURN, cwd=workdir).stderr == [
        warning("fatal+0x10", "noreturn mismatch: my_die() never returns (call-site evidence: 2 calls, e.g. "
                "fatal+0x10, the last instruction of fatal()), but objtool 6.1's noreturn list lacks it")]
    names = workdir / "noreturns.txt"
    names.write_text("# our fatal handlers\nmy_die\n")
    out = run_pyobjtool(obj, NORETURN + ["--noreturn-list", str(names)], cwd=workdir)
    assert out.stderr == [warning("fatal+0x10", f"noreturn mismatch: my_die() never returns (listed in "
                                  f"{names}), but objtool 6.1's noreturn list lacks it")]


LOCAL_ASM = r"""
/* spin() loops forever: noreturn for objtool (no ret) and for the inference */
    .type spin, @function
spin:
    pause
    jmp spin
    .size spin, .-spin

/* wrapper()'s ret can't be reached: objtool keeps it as returning */
FUNC wrapper
    call spin
    ret
ENDF wrapper

/* a local do_exit() that returns: objtool's list says it doesn't */
FUNC do_exit
    test %rdi, %rdi
    jz 1f
    ud2
1:  ret
ENDF do_exit

/* every path ends in ud2 or a call to wrapper(): noreturn two levels deep */
FUNC deep
    test %rdi, %rdi
    jz 1f
    call wrapper
1:  ud2
ENDF deep

FUNC caller
    call deep
    ret
ENDF caller
"""


def test_local_functions(workdir: Path) -> None:
    obj = assemble(PRELUDE + LOCAL_ASM, workdir / OBJ)
    out = run_pyobjtool(obj, NORETURN, cwd=workdir)
    assert out.stderr == [
        warning("wrapper+0x0", "noreturn mismatch: wrapper() never returns (every path ends in a noreturn "
                "call, a trap or an endless loop), but objtool 6.1 assumes it returns"),
        warning("do_exit+0x0", "noreturn mismatch: do_exit() can return (at do_exit+0x7), but objtool 6.1 "
                "treats it as noreturn"),
        warning("caller+0x0", "noreturn mismatch: caller() never returns (every path ends in a noreturn "
                "call, a trap or an endless loop), but objtool 6.1 assumes it returns"),
    ]


def test_engine_names(workdir: Path) -> None:
    """The names an engine hook would add to objtool's list for this object."""
    from pyobjtool.analyses.context import AnalysisContext
    from pyobjtool.analyses.noreturn_inference import engine_noreturns
    from pyobjtool.elf.file import ElfFile
    from pyobjtool.options import Options
    from pyobjtool.output.diagnostics import Reporter

    obj = compile_c(DEBUG_C, workdir / OBJ, ("-g",))
    ctx = AnalysisContext(ElfFile(obj.read_bytes(), str(obj)), Options(extra_checks={"noreturn"}),
                           Reporter(OBJ))
    assert engine_noreturns(ctx.decoded_file()) == frozenset({"my_die"})


def test_dwarf_reader_matches_pyelftools(workdir: Path) -> None:
    """The small DWARF reader against pyelftools (which applies every relocation first)."""
    import io

    from elftools.elf.elffile import ELFFile

    from pyobjtool.dwarf.noreturn import subprogram_noreturn
    from pyobjtool.elf.file import ElfFile

    for flags in (("-g",), ("-gdwarf-4",), ("-g", "-O0"), ("-g", "-fstack-protector-all"),
                  ("-g", "-fsanitize=undefined", "-fno-sanitize-recover=all")):
        obj = compile_c(DEBUG_C, workdir / OBJ, flags)
        raw = obj.read_bytes()
        expected = {}
        dwarf = ELFFile(io.BytesIO(raw)).get_dwarf_info(relocate_dwarf_sections=True)
        for cu in dwarf.iter_CUs():
            for die in cu.get_top_DIE().iter_children():
                name = die.attributes.get("DW_AT_name")
                noreturn = "DW_AT_noreturn" in die.attributes
                # builtins the compiler calls on its own have no source location (or line 0): left out
                line = die.attributes.get("DW_AT_decl_line")
                located = "DW_AT_decl_file" in die.attributes and (line is None or line.value != 0)
                if die.tag == "DW_TAG_subprogram" and name is not None and (noreturn or located):
                    key = name.value.decode()
                    expected[key] = expected.get(key, False) or noreturn
        assert subprogram_noreturn(ElfFile(raw)) == expected
        assert expected["my_die"] and not expected["do_exit"]
        assert not [name for name in expected if "__stack_chk_fail" in name or "__ubsan" in name]


CONTEXT_SWITCH_ASM = r"""
/* never comes back: machine_real_restart()'s far jump to real mode */
FUNC to_real_mode
    ljmp *0x20(%rax)
ENDF to_real_mode

/* comes back through the far return's other side: __efi64_thunk()'s lretq */
    .type thunk, @function
thunk:
    push $8
    push %rdi
    lretq
    ret
    .size thunk, .-thunk

FUNC use_both
    test %rdi, %rdi
    jz 1f
    call thunk
    ret
1:  call to_real_mode
    ret
ENDF use_both
"""


def test_context_switches(workdir: Path) -> None:
    from pyobjtool.analyses.context import AnalysisContext
    from pyobjtool.analyses.noreturn_inference import Inference
    from pyobjtool.elf.file import ElfFile
    from pyobjtool.options import Options
    from pyobjtool.output.diagnostics import Reporter

    obj = assemble(PRELUDE + CONTEXT_SWITCH_ASM, workdir / OBJ)
    ctx = AnalysisContext(ElfFile(obj.read_bytes(), str(obj)), Options(), Reporter(OBJ))
    inference = Inference(ctx.decoded_file(), {})
    inference.run()
    assert {f.name for f in inference.noreturn} == {"to_real_mode"}


# static_cpu_has(): a jump to a test in .altinstr_aux that jumps back into the function
CPU_HAS_ASM = r"""
FUNC has_feature
    jmp 1f
2:  mov $1, %eax
    ret
3:  xor %eax, %eax
    ret
ENDF has_feature

    .pushsection .altinstr_aux, "ax"
1:  testb $1, feature_bits(%rip)
    jnz 2b
    jmp 3b
    .popsection
"""


@pytest.mark.parametrize("release", ["6.1", "6.12"])
def test_code_outside_functions_may_return(workdir: Path, release: str) -> None:
    """Alone, 6.12 reads no alternatives: the walk reaches .altinstr_aux, where it can't follow."""
    obj = assemble(PRELUDE + CPU_HAS_ASM, workdir / OBJ)
    assert run_pyobjtool(obj, ["--profile", release, *NORETURN], cwd=workdir).stderr == []
