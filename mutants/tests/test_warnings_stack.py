# SPDX-License-Identifier: GPL-2.0-only
"""Warnings about the CFI/stack state, and the frame-pointer rules of --stackval.

Each fixture is assembled at test time; pyobjtool's complete stderr and exit
status are asserted, and where the real objtool 6.1 is installed it must print
the same lines and leave the same bytes (see fixtures_asm.check_case).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_asm import Case, check_case
from fixtures_asm import warning as W

ORC = ["--orc"]
STACKVAL = ["--stackval"]

CASES = {
    "return with modified stack frame": Case("""
FUNC f
    push %rbx
    ret
ENDF f
""", ORC, [W("f+0x1", "return with modified stack frame")]),

    # add %reg,%rbp is not followed as a frame change: the CFA stays BP-based at the RET
    "return with modified stack frame (bp frame)": Case("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    add %rax, %rbp
    ret
ENDF f
""", ORC, [W("f+0x7", "return with modified stack frame")]),

    "call without frame pointer save/setup": Case("""
FUNC f
    call g
    ret
ENDF f
""", STACKVAL, [W("f+0x0", "call without frame pointer save/setup")]),

    # the same object without --stackval: no frame-pointer rule
    "no frame pointer rule without --stackval": Case("""
FUNC f
    call g
    ret
ENDF f
""", ORC, []),

    "BP used as a scratch register": Case("""
FUNC f
    push %rbp
    pop %rbp
    ret
ENDF f
""", STACKVAL, [W("f+0x2", "BP used as a scratch register")]),

    "undefined stack state": Case("""
FUNC f
    UNWIND_HINT_EMPTY
    push %rax
    ud2
ENDF f
""", ORC, [W("f+0x0", "undefined stack state")]),

    "unsupported stack pointer realignment": Case("""
FUNC f
    and $-16, %rsp
    ret
ENDF f
""", ORC, [W("f+0x0", "unsupported stack pointer realignment")]),

    "unsupported stack register modification": Case("""
FUNC f
    lea 8(%rax), %rsp
    ret
ENDF f
""", ORC, [W("f+0x0", "unsupported stack register modification")]),

    "unsupported stack register modification (frame pointer)": Case("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    lea 8(%rax), %rbp
    leave
    ret
ENDF f
""", ORC, [W("f+0x4", "unsupported stack register modification")]),

    "stack state mismatch: cfa": Case("""
FUNC f
    test %rax, %rax
    je 1f
    push %rax
1:  ud2
ENDF f
""", ORC, [W("f+0x6", "stack state mismatch: cfa1=4+8 cfa2=4+16")]),

    "stack state mismatch: reg": Case("""
FUNC f
    test %rax, %rax
    je 1f
    push %rbx
    jmp 2f
1:  push %rax
2:  ud2
ENDF f
""", ORC, [W("f+0x9", "stack state mismatch: reg1[3]=-1+0 reg2[3]=-2-16")]),

    # a REGS hint reached by fall-through from function-entry state
    "stack state mismatch: hint vs entry regs": Case("""
FUNC f
    test %rax, %rax
    je 1f
    UNWIND_HINT type=UNWIND_HINT_TYPE_REGS sp_reg=ORC_REG_SP sp_offset=8
    nop
1:  ud2
ENDF f
""", ORC, [W("f+0x6", "stack state mismatch: reg1[16]=-2-8 reg2[16]=-1+0")]),

    "stack state mismatch: drap path vs hint": Case("""
FUNC f
    test %rax, %rax
    je 1f
    lea 8(%rsp), %r10
    and $-16, %rsp
    jmp 2f
1:
    UNWIND_HINT type=UNWIND_HINT_TYPE_CALL sp_reg=6 sp_offset=0
    nop
2:  ud2
ENDF f
""", ORC, [W("f+0x11", "stack state mismatch: reg1[16]=-1+0 reg2[16]=-2-8")]),

    "stack state mismatch: type": Case("""
FUNC f
    UNWIND_HINT type=UNWIND_HINT_TYPE_CALL sp_reg=ORC_REG_SP sp_offset=8
    test %rax, %rax
    je 1f
    UNWIND_HINT type=UNWIND_HINT_TYPE_REGS sp_reg=ORC_REG_SP sp_offset=8
    nop
1:  ud2
ENDF f
""", ORC, [W("f+0x6", "stack state mismatch: type1=0 type2=1")]),

    "stack state mismatch: drap": Case("""
FUNC f
    UNWIND_HINT type=UNWIND_HINT_TYPE_CALL sp_reg=ORC_REG_SP sp_offset=8
    test %rax, %rax
    je 1f
    lea 8(%rsp), %r10
    and $-16, %rsp
    jmp 2f
1:
    UNWIND_HINT type=UNWIND_HINT_TYPE_CALL sp_reg=6 sp_offset=0
    nop
2:  ud2
ENDF f
""", ORC, [W("f+0x11", "stack state mismatch: drap1=0(-1,-1) drap2=1(10,-1)")]),

    # DRAP through %rbx: the CFA is %rbx-based, which ORC can't express
    "unknown CFA base reg": Case("""
FUNC f
    lea 8(%rsp), %rbx
    and $-16, %rsp
    lea -8(%rbx), %rsp
    ret
ENDF f
""", ORC, [W("f+0x9", "unknown CFA base reg 3")]),

    "stack layout conflict in alternatives": Case("""
FUNC f
    ALTERNATIVE "push %rax; pop %rax", "nop; nop", 1
    ret
ENDF f
""", ORC, [W("f+0x1", "stack layout conflict in alternatives")]),

    # objtool validates the function and then the hint: both report it
    "no corresponding CFI save for CFI restore": Case("""
FUNC f
    UNWIND_HINT_RESTORE
    nop
    ret
ENDF f
""", ORC, [W("f+0x0", "no corresponding CFI save for CFI restore")] * 2),

    "objtool isn't smart enough to handle this CFI save/restore combo": Case("""
FUNC f
    test %rax,%rax
    je 1f
    UNWIND_HINT_SAVE
    nop
1:  UNWIND_HINT_RESTORE
    nop
    ret
ENDF f
""", ORC, [W("f+0x6", "objtool isn't smart enough to handle this CFI save/restore combo")] * 2),

    "save/restore around a branch is fine": Case("""
FUNC f
    UNWIND_HINT_SAVE
    nop
    push %rax
    pop %rax
    UNWIND_HINT_RESTORE
    nop
    ret
ENDF f
""", ORC, []),

    "sibling call from callable instruction with modified stack frame": Case("""
FUNC f
    push %rax
    jmp ext
ENDF f
""", ORC, [W("f+0x1", "sibling call from callable instruction with modified stack frame")]),

    "sibling call with modified stack frame (C)": Case("""
extern void g(void);
void f(void) { asm volatile("push %rax"); g(); }
""", ORC, [W("f+0x1", "sibling call from callable instruction with modified stack frame")], c=True),

    "STACK_FRAME_NON_STANDARD (C) silences it": Case("""
extern void g(void);
void f(void) { asm volatile("push %rax"); g(); }
static void __attribute__((used, section(".discard.func_stack_frame_non_standard"))) *__sfns_f = f;
""", ORC, [], c=True),
}


@pytest.mark.parametrize("name", list(CASES))
def test_stack_warning(workdir: Path, name: str) -> None:
    check_case(workdir, CASES[name])


def test_stack_state_mismatch_backtrace(workdir: Path) -> None:
    """--backtrace adds the path: the branch taken and the function entry."""
    case = Case("""
FUNC f
    test %rax, %rax
    je 1f
    ret
1:  push %rax
    ret
ENDF f
""", ORC + ["--backtrace"], [
        W("f+0x7", "return with modified stack frame"),
        W("  f+0x3", "(branch)"),
        W("  f+0x0", "<=== (sym)"),
    ])
    check_case(workdir, case)


def test_alternative_backtrace(workdir: Path) -> None:
    case = Case("""
FUNC f
    ALTERNATIVE "nop", "push %rax", 1
    ret
ENDF f
""", ORC + ["--backtrace"], [
        W("f+0x1", "return with modified stack frame"),
        W("  f+0x0", "(alt)"),
        W("  f+0x0", "<=== (sym)"),
    ])
    check_case(workdir, case)


def test_hint_backtrace(workdir: Path) -> None:
    case = Case("""
FUNC f
    ret
    UNWIND_HINT_FUNC
    push %rax
    ret
ENDF f
""", ORC + ["--backtrace"], [
        W("f+0x2", "return with modified stack frame"),
        W("  f+0x1", "<=== (hint)"),
    ])
    check_case(workdir, case)


def test_sec_address(workdir: Path) -> None:
    """--sec-address adds the section offset to every location, backtrace lines included."""
    case = Case("""
    nop
FUNC f
    test %rax, %rax
    je 1f
    ret
1:  push %rax
    ret
ENDF f
""", ORC + ["--sec-address", "--backtrace"], [
        W("f+0x7 (.text+0x8)", "return with modified stack frame"),
        W("  f+0x3 (.text+0x4)", "(branch)"),
        W("  f+0x0 (.text+0x1)", "<=== (sym)"),
    ])
    check_case(workdir, case)
