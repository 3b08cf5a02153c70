# SPDX-License-Identifier: GPL-2.0-only
"""Call-site evidence for external callees (--extra-checks=noreturn): the rules, the engine
using it, conflicts, and the batch store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import assemble, run_both, run_pyobjtool
from fixtures_asm import OBJ, PRELUDE, warning

from pyobjtool.analyses import noreturn_evidence
from pyobjtool.options import Options

NORETURN = ["--extra-checks=noreturn"]

RULES_ASM = r"""
FUNC f_last                 /* the call ends the function */
    call e_last
ENDF f_last

FUNC f_pad                  /* only padding up to the end */
    call e_pad
    nop
    nop
ENDF f_pad

FUNC f_trap                 /* a ud2 that no BUG() entry names (clang's trap after a noreturn call) */
    test %rdi, %rdi
    jz 1f
    call e_trap
    ud2
1:  ret
ENDF f_trap

FUNC f_breakpoint           /* an int3 from the source that goes on: the call returns */
    call e_int3
    int3
    mov $1, %eax
    ret
ENDF f_breakpoint

FUNC f_outer                /* the next instruction starts another function */
    call e_next
FUNC f_inner
    ret
ENDF f_inner
ENDF f_outer

FUNC f_offend               /* code only the call's return reaches, then the function's end */
    call e_offend
    mov %rax, %rbx
ENDF f_offend

FUNC f_returns              /* the ordinary call */
    call e_returns
    mov %eax, %edx
    ret
ENDF f_returns

FUNC f_join                 /* another block follows, reached with the same frame: no vote */
    test %rdi, %rdi
    jnz 1f
    call e_join
1:  ret
ENDF f_join

FUNC f_frame                /* the other path brings another frame to the next block */
    test %rdi, %rdi
    jnz 1f
    push %rbx
    call e_frame
1:  ret
ENDF f_frame

FUNC f_annotated            /* unreachable() after the call: the caller says so, no vote */
    call e_annot
    UNREACHABLE
    mov %eax, %edx
    ret
ENDF f_annotated

FUNC f_bug                  /* BUG() after the call: the compiler thought it returns */
    call e_bug
2:  ud2
    .pushsection __bug_table, "aw"
    .long 2b - .
    .popsection
ENDF f_bug

FUNC f_c1                   /* e_conflict: one site ends ... */
    call e_conflict
ENDF f_c1

FUNC f_c2                   /* ... one returns */
    call e_conflict
    mov %eax, %edx
    ret
ENDF f_c2

# call_on_stack()'s inline asm: the call runs on another stack and the asm's own pop %rsp
# follows it (6.12 puts no unreachable() annotation after the asm): no vote
FUNC f_stack
    mov %rsp, (%r11)
    mov %r11, %rsp
    call e_stack
    pop %rsp
    ud2
ENDF f_stack
"""


def _evidence(obj: Path) -> dict[str, tuple[int, int, str]]:
    ev = noreturn_evidence.collect_object(str(obj), Options(extra_checks={"noreturn"}))
    return {name: (e.ends, e.returns, (e.end_site or e.return_site).what) for name, e in ev.items()}


def test_the_rules(workdir: Path) -> None:
    obj = assemble(PRELUDE + RULES_ASM, workdir / OBJ)
    ev = _evidence(obj)
    assert ev.pop("e_conflict")[:2] == (1, 1)
    assert ev == {
        "e_last": (1, 0, "the last instruction of f_last()"),
        "e_pad": (1, 0, "followed only by padding up to the end of f_pad()"),
        "e_trap": (1, 0, "followed by a trap at f_trap+0xa"),
        "e_int3": (0, 1, "falls through into f_breakpoint+0x5, which only its return reaches"),
        "e_next": (1, 0, "followed by the start of f_inner()"),
        "e_offend": (1, 0, "followed by code that no other path reaches and that runs off the end of "
                           "f_offend()"),
        "e_returns": (0, 1, "falls through into f_returns+0x5, which only its return reaches"),
        "e_frame": (1, 0, "followed by f_frame+0xb, which the other paths reach with another stack frame "
                          "(CFA rsp+8, not rsp+16 with 1 saved register)"),
        "e_bug": (0, 1, "falls through into f_bug+0x5, which only its return reaches"),
    }


def test_report_and_conflict(workdir: Path) -> None:
    obj = assemble(PRELUDE + RULES_ASM, workdir / OBJ)
    out = run_pyobjtool(obj, NORETURN, cwd=workdir)
    lines = [line for line in out.stderr if "e_conflict" in line or "e_frame" in line or "e_last" in line]
    assert lines == [
        warning("f_last+0x0", "noreturn mismatch: e_last() never returns (call-site evidence: 1 call, e.g. "
                "f_last+0x0, the last instruction of f_last()), but objtool 6.1's noreturn list lacks it"),
        warning("f_frame+0x6", "noreturn mismatch: e_frame() never returns (call-site evidence: 1 call, e.g. "
                "f_frame+0x6, followed by f_frame+0xb, which the other paths reach with another stack frame "
                "(CFA rsp+8, not rsp+16 with 1 saved register)), but objtool 6.1's noreturn list lacks it"),
        warning("f_c1+0x0", "noreturn evidence conflicts: e_conflict(): the call at f_c1+0x0 is the last "
                "instruction of f_c1(), but the call at f_c2+0x0 falls through into f_c2+0x5, which only its "
                "return reaches; pyobjtool treats it as returning"),
    ]
    # the ones that return, have no vote or are named by a BUG()/unreachable() are not reported
    assert not [line for line in out.stderr if any(f"{n}()" in line for n in
                                                   ("e_returns", "e_join", "e_annot", "e_bug", "e_int3",
                                                    "e_stack"))]


# objtool 6.1 follows the call to abort_handler() into g2(); the evidence says it never returns
FALLS_ASM = r"""
FUNC g1
    test %rdi, %rdi
    jz 1f
    ret
1:  call abort_handler
ENDF g1

FUNC g2
    ret
ENDF g2
"""

# a caller that uses abort_handler()'s return value
RETURNS_ASM = r"""
FUNC h
    call abort_handler
    mov %eax, %edx
    ret
ENDF h
"""

FALLS = warning("", "g1() falls through to next function g2()")
INFERRED = warning("g1+0x6", "noreturn mismatch: abort_handler() never returns (call-site evidence: 1 call, "
                   "e.g. g1+0x6, the last instruction of g1()), but objtool 6.1's noreturn list lacks it")


def test_the_engine_uses_the_evidence(workdir: Path) -> None:
    obj = assemble(PRELUDE + FALLS_ASM, workdir / OBJ)
    plain, real = run_both(obj, ["--orc"])
    assert FALLS in plain.stderr
    if real is not None:
        assert real.stderr == plain.stderr and real.output == plain.output
    copy = workdir / "c" / OBJ
    copy.parent.mkdir()
    shutil.copyfile(obj, copy)
    checked = run_pyobjtool(copy, ["--orc", *NORETURN], cwd=copy.parent)
    assert checked.stderr == [INFERRED]
    assert checked.output != plain.output  # g1's call is a dead end: the ORC of g1's tail changes


@pytest.fixture
def batch_objects(workdir: Path):
    (workdir / "a").mkdir()
    (workdir / "b").mkdir()
    a = assemble(PRELUDE + FALLS_ASM, workdir / "a" / OBJ)
    b = assemble(PRELUDE + RETURNS_ASM, workdir / "b" / OBJ)
    yield a, b
    noreturn_evidence.set_batch_store(None)


def _run_batch(paths: list[Path], workers: int = 1) -> dict[Path, list[str]]:
    from pyobjtool.analyses.registry import prepare_run
    from pyobjtool.cli import parse_args
    from pyobjtool.runner import run_object

    jobs = []
    for path in paths:
        parsed = parse_args(["--orc", *NORETURN, str(path)])
        jobs.append((str(path), parsed.opts))
    prepare_run(jobs, workers)
    return {Path(p): run_object(p, opts).stderr for p, opts in jobs}


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_evidence_is_pooled(batch_objects, workers: int) -> None:
    a, b = batch_objects
    # h() returns into code after its call: the batch's evidence conflicts, abort_handler() returns
    out = _run_batch([a, b], workers)
    conflict = (f"{a}: warning: objtool: g1+0x6: noreturn evidence conflicts: abort_handler(): the call at {a}: "
                f"g1+0x6 is the last instruction of g1(), but the call at {b}: h+0x0 falls through into h+0x5, "
                "which only its return reaches; pyobjtool treats it as returning")
    falls = f"{a}: warning: objtool: g1() falls through to next function g2()"
    assert out[a] == [falls, conflict]
    assert out[b] == []


def test_batch_order_does_not_change_verdicts(batch_objects) -> None:
    a, b = batch_objects
    out = _run_batch([b, a])
    # the same verdict; the report goes with the first object of the batch that calls abort_handler()
    assert [line for line in out[a] if "falls through" in line] == [
        f"{a}: warning: objtool: g1() falls through to next function g2()"]
    assert [line.split(": ", 1)[1] for line in out[b]] == [
        f"warning: objtool: h+0x0: noreturn evidence conflicts: abort_handler(): the call at {a}: g1+0x6 is the "
        f"last instruction of g1(), but the call at {b}: h+0x0 falls through into h+0x5, which only its return "
        "reaches; pyobjtool treats it as returning"]
    assert not [line for line in out[a] if "noreturn" in line]


def test_a_batch_of_agreeing_objects_reports_once(batch_objects, workdir: Path) -> None:
    a, _b = batch_objects
    (workdir / "a2").mkdir()
    a2 = workdir / "a2" / OBJ
    shutil.copyfile(a, a2)
    out = _run_batch([a, a2])
    for path in (a, a2):
        assert not [line for line in out[path] if "falls through" in line]
    assert [line for line in out[a] if "noreturn" in line] == [
        f"{a}: warning: objtool: g1+0x6: noreturn mismatch: abort_handler() never returns (call-site evidence: "
        f"2 calls in 2 objects, e.g. {a}: g1+0x6, the last instruction of g1()), but objtool 6.1's noreturn list "
        "lacks it"]
    assert out[a2] == []


def test_no_batch_without_the_check(batch_objects) -> None:
    from pyobjtool.analyses.registry import prepare_run

    a, b = batch_objects
    prepare_run([(str(a), Options()), (str(b), Options())])
    assert noreturn_evidence.batch_store() is None


LISTED_RETURNS_ASM = r"""
FUNC g
    call panic
    mov %eax, %edx
    ret
ENDF g
"""


def test_listed_callee_that_returns(workdir: Path) -> None:
    obj = assemble(PRELUDE + LISTED_RETURNS_ASM, workdir / OBJ)
    assert run_pyobjtool(obj, NORETURN, cwd=workdir).stderr == [
        warning("g+0x0", "noreturn mismatch: objtool 6.1's noreturn list has panic(), but the call at g+0x0 "
                "falls through into g+0x5, which only its return reaches")]


# declared without noreturn, but the caller says (with __builtin_unreachable) that it doesn't return here;
# declared noreturn, but a caller written in asm goes on after it
DWARF_C = r"""
extern void half_dead(int);
extern void __attribute__((noreturn)) really_dead(int);

void a(int x)
{
	half_dead(x);
	__builtin_unreachable();
}

void c(int x)
{
	if (x)
		really_dead(x);
}

int b(int x)
{
	asm volatile("call really_dead\n\tmov %%eax, %0" : "=r" (x) : : "memory");
	return x;
}
"""


def test_dwarf_against_call_sites(workdir: Path) -> None:
    from conftest import compile_c

    obj = compile_c(DWARF_C, workdir / OBJ, ("-g",))
    lines = [line.split(": ", 4)[4] for line in run_pyobjtool(obj, NORETURN, cwd=workdir).stderr]
    assert any(line.startswith("noreturn evidence conflicts: half_dead(): the call at ") and
               line.endswith("but its declaration has no DW_AT_noreturn; pyobjtool treats it as returning")
               for line in lines), lines
    assert any(line.startswith("noreturn evidence conflicts: really_dead(): it is declared with DW_AT_noreturn, "
                               "but the call at b+0x0 falls through into b+0x5, which only its return reaches")
               for line in lines), lines


UBSAN_C = r"""
extern int table[16];

int pick(int i, int j)
{
	return table[i] + j * 3;
}

int divide(int a, int b)
{
	return a / b;
}
"""


@pytest.mark.parametrize("debug", [(), ("-g",)])
def test_ubsan_handlers_never_return(workdir: Path, debug: tuple[str, ...]) -> None:
    """GCC knows its UBSAN handlers don't return and says so only by what it emits (their DWARF
    declarations, with -g, are builtins without DW_AT_noreturn: no evidence against)."""
    from conftest import compile_c

    obj = compile_c(UBSAN_C, workdir / OBJ, ("-fsanitize=undefined", "-fno-sanitize-recover=all", *debug))
    plain = run_pyobjtool(obj, ["--orc"], cwd=workdir)
    assert [line for line in plain.stderr if "falls through" in line or "unreachable" in line]
    obj = compile_c(UBSAN_C, workdir / OBJ, ("-fsanitize=undefined", "-fno-sanitize-recover=all", *debug))  # again
    out = run_pyobjtool(obj, ["--orc", *NORETURN], cwd=workdir)
    assert not [line for line in out.stderr if "noreturn mismatch" not in line], out.stderr
    assert all("__ubsan_handle_" in line and "call-site evidence" in line for line in out.stderr), out.stderr
