# SPDX-License-Identifier: GPL-2.0-only
"""The path walk (engine/validate.py, objtool's validate_branch() and the
walks built on it): the state a path carries into tail calls, paravirt and
noinstr calls, UACCESS saved and restored by PUSHF/POPF in alternatives, the
section a path's warning is reported against, and which paths count as a
warning.

objtool looks for unreachable instructions only when the walk reported no
warning, so the sentinel function's ``unreachable instruction`` line shows
whether a path ended cleanly or with a (counted) warning.  Every expectation
was printed by the real objtool 6.1 (and is compared with it again where
installed).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fixtures_asm import OBJ, build
from fixtures_asm import warning as W
from fixtures_engine import (
    NOINSTR,
    ORC,
    SENTINEL,
    SENTINEL_WARNING,
    STACKVAL,
    UACCESS,
    EngineCase,
    check,
)

from pyobjtool.cli import parse_args
from pyobjtool.runner import ObjectResult, run_object

#: a pv_ops table: slot 0 holds a noinstr function, slot 1 an instrumentable one
PV_OPS = """
    .section .noinstr.text, "ax"
FUNC nfoo
    ret
ENDF nfoo
    .text
FUNC foo
    ret
ENDF foo
    .data
    .globl pv_ops
    .type pv_ops, @object
pv_ops:
    .quad nfoo
    .quad foo
    .size pv_ops, 16
"""

#: the code of 'CFI restore', 'CFI restore statistics'
_SRC_CFI_RESTORE = """
FUNC f
    push %rbx
    UNWIND_HINT_SAVE
    test %rax, %rax
    je 1f
    pop %rbx
    ret
1:  UNWIND_HINT_RESTORE
    pop %rbx
    ret
ENDF f
"""

#: the code of '6.12: restore before its save is visited', '6.1: restore before its save is visited'
_SRC_RESTORE_BEFORE_ITS_SAVE_IS_VISITED = """
FUNC f
    push %rbx
    test %rax, %rax
    je 1f
    UNWIND_HINT type=UNWIND_HINT_TYPE_SAVE
    nop
1:  UNWIND_HINT type=UNWIND_HINT_TYPE_RESTORE
    pop %rbx
    ret
ENDF f
"""

#: the code of '6.12: noinstr call to a static call trampoline', '6.1: noinstr call to a static call trampoline'
_SRC_NOINSTR_CALL_TO_A_STATIC_CALL_TRAMPOLINE = """
    .section .noinstr.text, "ax"
FUNC f
    call __SCT__foo
    ret
ENDF f
FUNC h
    call g
    ret
ENDF h
"""

#: the code of '6.12: tail call with a modified stack outside a function', '6.1: tail call with a modified stack outside a function'
_SRC_TAIL_CALL_WITH_A_MODIFIED_STACK_OUTSIDE_ = """
    UNWIND_HINT type=UNWIND_HINT_TYPE_CALL sp_reg=ORC_REG_SP sp_offset=8
    push %rax
    jmp g
"""

CASES = {
    # a tail call is checked like a call, with the path's UACCESS, DF and noinstr state
    "tail call with UACCESS enabled": EngineCase("""
FUNC f
    stac
    jmp g
ENDF f
""", UACCESS, [
        W("f+0x3", "call to g() with UACCESS enabled"),
    ]),

    "conditional tail call with UACCESS enabled": EngineCase("""
FUNC f
    stac
    je g
    clac
    ret
ENDF f
""", UACCESS, [
        W("f+0x3", "call to g() with UACCESS enabled"),
    ]),

    "tail call with DF set": EngineCase("""
FUNC f
    std
    jmp g
ENDF f
""", UACCESS, [
        W("f+0x1", "call to g() with DF set"),
    ]),

    "indirect tail call with UACCESS enabled": EngineCase("""
FUNC f
    stac
    jmp *%rax
ENDF f
""", UACCESS, [
        W("f+0x3", "call to {dynamic}() with UACCESS enabled"),
    ]),

    "indirect tail call with DF set": EngineCase("""
FUNC f
    std
    jmp *%rax
ENDF f
""", UACCESS, [
        W("f+0x1", "call to {dynamic}() with DF set"),
    ]),

    # an indirect jump without a switch table is a tail call too
    "indirect tail call with modified stack frame": EngineCase("""
FUNC f
    push %rax
    jmp *%rax
ENDF f
""", ORC, [
        W("f+0x1", "sibling call from callable instruction with modified stack frame"),
    ]),

    "tail call leaves .noinstr.text": EngineCase("""
    .section .noinstr.text, "ax"
FUNC f
    jmp g
ENDF f
""", NOINSTR, [
        W("f+0x0", "call to g() leaves .noinstr.text section"),
    ]),

    "indirect tail call leaves .noinstr.text": EngineCase("""
    .section .noinstr.text, "ax"
FUNC f
    jmp *%rax
ENDF f
""", NOINSTR, [
        W("f+0x0", "call to {dynamic}() leaves .noinstr.text section"),
    ]),

    # between instrumentation_begin() and _end() a noinstr function may call anything
    "tail call with instrumentation enabled": EngineCase("""
    .section .noinstr.text, "ax"
FUNC f
    INSTR_BEGIN
    test %rax, %rax
    je g
    jmp *%rax
ENDF f
FUNC h
    INSTR_END
    ret
ENDF h
""", NOINSTR, []),

    "call to a noinstr function": EngineCase("""
    .section .noinstr.text, "ax"
FUNC f
    call h
    ret
ENDF f
FUNC h
    ret
ENDF h
""", NOINSTR, []),

    # with a pv_ops table present, an indirect call that does not go through it is still {dynamic}
    "indirect call without a pv_ops relocation": EngineCase("""
    .section .noinstr.text, "ax"
FUNC f
    call *%rax
    ret
ENDF f
""" + PV_OPS, NOINSTR, [
        W("f+0x0", "call to {dynamic}() leaves .noinstr.text section"),
    ]),

    # pv_ops[0]'s only target is noinstr: both calls are fine (the second from the slot's cached verdict)
    "clean pv_ops slot called twice": EngineCase("""
    .section .noinstr.text, "ax"
FUNC f
    call *pv_ops(%rip)
    call *pv_ops(%rip)
    ret
ENDF f
""" + PV_OPS, NOINSTR, []),

    # the slot is (addend + 4) / 8, rounding down: pv_ops+15 is slot 1
    "pv_ops slot at an odd offset": EngineCase("""
    .section .noinstr.text, "ax"
FUNC f
    call *pv_ops+15(%rip)
    ret
ENDF f
""" + PV_OPS, NOINSTR, [
        W("", "pv_ops[1]: foo"),
        W("f+0x0", "call to pv_ops[1]() leaves .noinstr.text section"),
    ]),

    # objtool names the slot addend / 8 (without the +4): pv_ops+80 is printed as pv_ops[9]
    "pv_ops index in the message": EngineCase("""
    .section .noinstr.text, "ax"
FUNC f
    call *pv_ops+80(%rip)
    ret
ENDF f
    .text
FUNC foo
    ret
ENDF foo
    .data
    .globl pv_ops
    .type pv_ops, @object
pv_ops:
    .fill 10, 8, 0
    .quad foo
    .size pv_ops, 88
""", NOINSTR, [
        W("", "pv_ops[10]: foo"),
        W("f+0x0", "call to pv_ops[9]() leaves .noinstr.text section"),
    ]),

    # the replacement path walks on past the alternative, and objtool reports the
    # warning against the section that path started in (.altinstr_replacement)
    "recursive STD after an alternative": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop"
    std
    std
    cld
    ret
ENDF f
""", ORC, [
        W(".altinstr_replacement+0x2", "recursive STD"),
    ]),

    "redundant CLD after an alternative": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop"
    cld
    ret
ENDF f
""", ORC, [
        W(".altinstr_replacement+0x1", "redundant CLD"),
    ]),

    "recursive UACCESS enable after an alternative": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop"
    stac
    stac
    ret
ENDF f
""", UACCESS, [
        W(".altinstr_replacement+0x4", "recursive UACCESS enable"),
    ]),

    "redundant UACCESS disable after an alternative": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop"
    clac
    ret
ENDF f
""", UACCESS, [
        W(".altinstr_replacement+0x1", "redundant UACCESS disable"),
    ]),

    "UACCESS-safe disables UACCESS after an alternative": EngineCase("""
FUNC __asan_load1_noabort
    ALTERNATIVE "nop", "nop"
    clac
    ret
ENDF __asan_load1_noabort
""", UACCESS, [
        W(".altinstr_replacement+0x1", "UACCESS-safe disables UACCESS"),
    ]),

    "call without frame pointer after an alternative": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop"
    call g
    ret
ENDF f
""", STACKVAL, [
        W(".altinstr_replacement+0x1", "call without frame pointer save/setup"),
    ]),

    "unsupported instruction after an alternative": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop"
    sysret
ENDF f
""", ORC, [
        W(".altinstr_replacement+0x1", "unsupported instruction in callable function"),
    ]),

    "no corresponding CFI save after an alternative": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop"
    UNWIND_HINT_RESTORE
    ret
ENDF f
""", ORC, [
        W(".altinstr_replacement+0x1", "no corresponding CFI save for CFI restore"),
        W("f+0x1", "no corresponding CFI save for CFI restore"),
    ]),

    "CFI save not visited after an alternative": EngineCase("""
FUNC f
    jmp 1f
    UNWIND_HINT_SAVE
    nop
1:  ALTERNATIVE "nop", "nop"
    UNWIND_HINT_RESTORE
    ret
ENDF f
""", ORC, [
        W(".altinstr_replacement+0x4", "objtool isn't smart enough to handle this CFI save/restore combo"),
        W("f+0x4", "objtool isn't smart enough to handle this CFI save/restore combo"),
    ]),

    "unexpected end of section after an alternative": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop"
    nop
ENDF f
""", ORC, [
        W(".altinstr_replacement", "unexpected end of section"),
    ]),

    # the path after the last alternative of .text ends there, not in the next section
    "alternative at the end of a section": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop"
ENDF f
    .section .text.other, "ax"
FUNC g
    ret
ENDF g
""", ORC, [
        W(".altinstr_replacement", "unexpected end of section"),
    ]),

    "end of a section followed by another": EngineCase("""
FUNC f
    nop
ENDF f
    .section .text.other, "ax"
FUNC g
    ret
ENDF g
""", ORC, [
        W(".text", "unexpected end of section"),
    ]),

    # the sentinel on its own: nothing else to report
    "sentinel": EngineCase(SENTINEL, ORC, [
        W(*SENTINEL_WARNING),
    ]),

    # __cfi_* type preambles always fall into their function: a clean end of the path
    "KCFI preamble falls through": EngineCase("""
FUNC __cfi_f
    nop
    nop
ENDF __cfi_f
FUNC f
    ret
ENDF f
""" + SENTINEL, ORC, [
        W(*SENTINEL_WARNING),
    ]),

    "indirect jump ends the path cleanly": EngineCase("""
FUNC f
    jmp *%rax
ENDF f
""" + SENTINEL, ORC, [
        W(*SENTINEL_WARNING),
    ]),

    # the mismatch ends the path with a warning: no unreachable-instruction check
    "state mismatch counts as a warning": EngineCase("""
FUNC f
    test %rax, %rax
    je 1f
    push %rax
1:  ud2
ENDF f
""" + SENTINEL, ORC, [
        W("f+0x6", "stack state mismatch: cfa1=4+8 cfa2=4+16"),
    ]),

    "stack layout conflict counts as a warning": EngineCase("""
FUNC f
    ALTERNATIVE "push %rax; pop %rax", "nop; nop"
    ret
ENDF f
""" + SENTINEL, ORC, [
        W("f+0x1", "stack layout conflict in alternatives"),
    ]),

    # (X86_FEATURE_POPCNT: the original path is not followed)
    "skipped original ends the path cleanly": EngineCase("""
FUNC f
    ALTERNATIVE "push %rax", "nop", 151
    ret
ENDF f
""" + SENTINEL, ORC, [
        W(*SENTINEL_WARNING),
    ]),

    # an alias of a function is not walked again, and that is no warning
    "alias symbol": EngineCase("""
FUNC f
    ret
ENDF f
    .globl f_alias
    .type f_alias, @function
    .set f_alias, f
    .size f_alias, 1
""" + SENTINEL, ORC, [
        W(*SENTINEL_WARNING),
    ]),

    # STACK_FRAME_NON_STANDARD: the function is skipped, and that is no warning
    "ignored function": EngineCase("""
FUNC f
    push %rax
    ret
ENDF f
STACK_FRAME_NON_STANDARD f
""" + SENTINEL, ORC, [
        W(*SENTINEL_WARNING),
    ]),

    "clean hint outside a function": EngineCase("""
    UNWIND_HINT_EMPTY
    ud2
""" + SENTINEL, ORC, [
        W(*SENTINEL_WARNING),
    ]),

    # two hint paths outside functions, the first one with a warning
    "hint warnings are counted": EngineCase("""
    UNWIND_HINT sp_reg=ORC_REG_SP sp_offset=8 type=UNWIND_HINT_TYPE_CALL
    std
    std
    ud2
    UNWIND_HINT_EMPTY
    ud2
""" + SENTINEL, ORC, [
        W(".text+0x1", "recursive STD"),
    ]),

    "fall-through ignored (--no-unreachable)": EngineCase("""
FUNC f
    test %rax, %rax
    je 1f
    std
    std
1:  nop
ENDF f
FUNC g
    ret
ENDF g
""", ORC + ["--no-unreachable"], [
        W("f+0x6", "recursive STD"),
    ]),

    "end of section ignored (--no-unreachable)": EngineCase("""
FUNC f
    test %rax, %rax
    je 1f
    std
    std
1:  nop
ENDF f
""", ORC + ["--no-unreachable"], [
        W("f+0x6", "recursive STD"),
    ]),

    "end of section with an undefined state": EngineCase("""
FUNC f
    test %rax, %rax
    je 1f
    std
    std
1:  UNWIND_HINT_EMPTY
    nop
ENDF f
""", ORC, [
        W("f+0x6", "recursive STD"),
    ]),

    "indirect jump on a branch": EngineCase("""
FUNC f
    test %rax, %rax
    je 1f
    std
    std
1:  jmp *%rax
ENDF f
""", ORC, [
        W("f+0x6", "recursive STD"),
    ]),

    # an instruction visited with UACCESS off is walked again with it on
    "block reached with and without UACCESS": EngineCase("""
FUNC f
    test %rax, %rax
    je 1f
    stac
1:  call g
    ret
ENDF f
""", UACCESS, [
        W("f+0x8", "call to g() with UACCESS enabled"),
    ]),

    # only PUSHF/POPF inside alternatives (smap_save()/smap_restore()) save and restore UACCESS
    "PUSHF/POPF outside alternatives keep UACCESS": EngineCase("""
FUNC f
    stac
    pushf
    clac
    popf
    ret
ENDF f
""", UACCESS, []),

    # PUSHF inside an alternative saves the UACCESS state, POPF restores it (here: on)
    "smap_save() and smap_restore()": EngineCase("""
FUNC f
    stac
    ALTERNATIVE "", "pushf; pop %rax; clac", 308
    ALTERNATIVE "", "push %rax; popf", 308
    clac
    ret
ENDF f
""", UACCESS, []),

    "smap_restore() restores UACCESS off": EngineCase("""
FUNC f
    ALTERNATIVE "", "pushf; pop %rax; stac", 308
    ALTERNATIVE "", "push %rax; popf", 308
    stac
    clac
    ret
ENDF f
""", UACCESS, []),

    # the saved states form a stack: off then on restored in reverse order (each STAC/CLAC
    # after a POPF checks the state it restored)
    "nested PUSHF/POPF in alternatives": EngineCase("""
FUNC f
    stac
    ALTERNATIVE "", "pushf; pop %rax; clac", 308
    ALTERNATIVE "", "pushf; pop %rcx; stac", 308
    ALTERNATIVE "", "push %rcx; popf", 308
    stac
    clac
    ALTERNATIVE "", "push %rax; popf", 308
    clac
    ret
ENDF f
""", UACCESS, []),

    "three nested PUSHF/POPF in alternatives": EngineCase("""
FUNC f
    stac
    ALTERNATIVE "", "pushf; pop %rax; clac", 308
    ALTERNATIVE "", "pushf; pop %rcx", 308
    ALTERNATIVE "", "pushf; pop %rdx; stac", 308
    ALTERNATIVE "", "push %rdx; popf", 308
    stac
    ALTERNATIVE "", "push %rcx; popf", 308
    stac
    clac
    ALTERNATIVE "", "push %rax; popf", 308
    clac
    ret
ENDF f
""", UACCESS, []),

    # once every saved state was restored, another POPF changes nothing
    "POPF after the saved states ran out": EngineCase("""
FUNC f
    ALTERNATIVE "", "pushf; pop %rax; stac", 308
    ALTERNATIVE "", "push %rax; popf", 308
    ALTERNATIVE "", "push %rax; popf", 308
    stac
    clac
    ret
ENDF f
""", UACCESS, []),

    # nothing saved: POPF leaves the UACCESS state alone
    "POPF without PUSHF": EngineCase("""
FUNC f
    stac
    ALTERNATIVE "", "push %rax; popf", 308
    clac
    ret
ENDF f
""", UACCESS, []),

    "call to __fentry__ needs no frame": EngineCase("""
FUNC f
    call __fentry__
    ret
ENDF f
""", STACKVAL, []),

    # UNWIND_HINT_RESTORE takes the state of the UNWIND_HINT_SAVE before it
    "CFI restore": EngineCase(_SRC_CFI_RESTORE, ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+7: sp:sp+8 bp:(und)",
        ".text+8: sp:sp+16 bp:(und)",
        ".text+9: sp:sp+8 bp:(und)",
        ".text+a: sp:(und) bp:(und)",
    ]),

    # the replacement path falls through into the ignored .cold part
    "BUG: ignored .cold part after an alternative": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop"
ENDF f
    .type f.cold, @function
f.cold:
    ret
    .size f.cold, .-f.cold
    STACK_FRAME_NON_STANDARD f.cold
""", ORC, [
        W(".altinstr_replacement+0x1", "BUG: why am I validating an ignored function?"),
    ]),

    # --stats: a restore hint reuses the saved state
    "CFI restore statistics": EngineCase(_SRC_CFI_RESTORE, ["--orc", "--stats"], [], stdout=[
        "nr_sections: 9",
        "section_bits: 10",
        "nr_symbols: 3",
        "symbol_bits: 10",
        "max_reloc: 2",
        "tot_reloc: 2",
        "reloc_bits: 10",
        "cfi_bits: 10",
        "nr_insns: 7",
        'jl\\\tNOP\tJMP',
        'short:\t0\t0',
        'long:\t0\t0',
        "nr_insns_visited: 7",
        "nr_cfi: 1",
        "nr_cfi_reused: 3",
        "nr_cfi_cache: 3",
    ]),

    # the third arrival finds the instruction already walked with UACCESS off (--stats counts the
    # states looked up on the way)
    "instruction reached with UACCESS off, on and off again": EngineCase("""
FUNC f
    test %rax, %rax
    je 1f
    stac
    test %rcx, %rcx
    je 1f
    clac
    jmp 1f
1:  nop
    nop
    ud2
ENDF f
""", ["--uaccess", "--stats"], [], stdout=[
        "nr_sections: 7",
        "section_bits: 10",
        "nr_symbols: 2",
        "symbol_bits: 10",
        "max_reloc: 0",
        "tot_reloc: 0",
        "reloc_bits: 10",
        "cfi_bits: 10",
        "nr_insns: 10",
        'jl\\\tNOP\tJMP',
        'short:\t0\t0',
        'long:\t0\t0',
        "nr_insns_visited: 10",
        "nr_cfi: 0",
        "nr_cfi_reused: 10",
        "nr_cfi_cache: 3",
    ]),

    # after the replacement the entry path goes on after the original
    "unret: alternative on an entry path": EngineCase("""
FUNC entry
    UNWIND_HINT type=UNWIND_HINT_TYPE_ENTRY end=1
    ALTERNATIVE "nop", "nop"
    ret
ENDF entry
""", ['--unret', '--rethunk', '--link'], [
        W("entry+0x1", "RET before UNTRAIN"),
    ]),

    # --noinstr alone follows the hint-started code of the noinstr sections, as noinstr code
    "hint in a noinstr section": EngineCase("""
    .section .noinstr.text, "ax"
    UNWIND_HINT_EMPTY
    call g
    ud2
""", NOINSTR, [
        W(".noinstr.text+0x0", "call to g() leaves .noinstr.text section"),
    ]),

    # --noinstr alone does not follow hint-started code of other sections
    "hint outside the noinstr sections": EngineCase("""
    .section .noinstr.text, "ax"
FUNC f
    ret
ENDF f
    .text
    UNWIND_HINT sp_reg=ORC_REG_SP sp_offset=8 type=UNWIND_HINT_TYPE_CALL
    std
    std
    ud2
""", NOINSTR, []),

    # 6.12: the __pfx_ NOPs before a function fall into it, like KCFI preambles
    "6.12: __pfx_ prefix falls through": EngineCase("""
FUNC __pfx_f
    .fill 16, 1, 0x90
ENDF __pfx_f
FUNC f
    ret
ENDF f

""" + SENTINEL, ORC, [
        W("zz_sentinel+0x1", "unreachable instruction"),
    ], release='6.12'),

    # 6.1 does not know prefix symbols
    "6.1: __pfx_ prefix falls through": EngineCase("""
FUNC __pfx_f
    .fill 16, 1, 0x90
ENDF __pfx_f
FUNC f
    ret
ENDF f

""" + SENTINEL, ORC, [
        W("", "__pfx_f() falls through to next function f()"),
    ]),

    # 6.12 leaves a restore hint whose save the path has not passed to the path through the save
    "6.12: restore before its save is visited": EngineCase(_SRC_RESTORE_BEFORE_ITS_SAVE_IS_VISITED, ORC, [], orc=[
        ".text+0:type:call sp:sp+8 bp:(und) signal:0",
        ".text+1:type:call sp:sp+16 bp:(und) signal:0",
        ".text+8:type:call sp:sp+8 bp:(und) signal:0",
        ".text+9:type:(und) sp:(und) bp:(und) signal:0",
    ], release='6.12'),

    "6.1: restore before its save is visited": EngineCase(_SRC_RESTORE_BEFORE_ITS_SAVE_IS_VISITED, ORC, [
        W("f+0x7", "objtool isn't smart enough to handle this CFI save/restore combo"),
        W("f+0x7", "objtool isn't smart enough to handle this CFI save/restore combo"),
    ]),

    "6.12: stack layout conflict reported at the original": EngineCase("""
FUNC f
    ALTERNATIVE "push %rax; pop %rax", "nop; nop"
    ret
ENDF f
""", ORC, [
        W("f+0x0", "stack layout conflict in alternatives: f+0x1"),
    ], release='6.12'),

    # 6.12 lets noinstr code call static call trampolines
    "6.12: noinstr call to a static call trampoline": EngineCase(_SRC_NOINSTR_CALL_TO_A_STATIC_CALL_TRAMPOLINE, NOINSTR, [
        W("h+0x0", "call to g() leaves .noinstr.text section"),
    ], release='6.12'),

    "6.1: noinstr call to a static call trampoline": EngineCase(_SRC_NOINSTR_CALL_TO_A_STATIC_CALL_TRAMPOLINE, NOINSTR, [
        W("f+0x0", "call to __SCT__foo() leaves .noinstr.text section"),
        W("h+0x0", "call to g() leaves .noinstr.text section"),
    ]),

    # 6.12 checks the stack frame of tail calls only in functions
    "6.12: tail call with a modified stack outside a function": EngineCase(_SRC_TAIL_CALL_WITH_A_MODIFIED_STACK_OUTSIDE_, ORC, [
    ], release='6.12'),

    "6.1: tail call with a modified stack outside a function": EngineCase(_SRC_TAIL_CALL_WITH_A_MODIFIED_STACK_OUTSIDE_, ORC, []),

    # 6.12: code of an STT_NOTYPE symbol jumping to a function's start is a tail call, but its
    # stack frame is checked only in functions
    "6.12: tail call with a modified stack from a notype symbol": EngineCase("""
    .type notype_code, @notype
notype_code:
    UNWIND_HINT type=UNWIND_HINT_TYPE_CALL sp_reg=ORC_REG_SP sp_offset=8
    push %rax
    jmp g
    .size notype_code, .-notype_code
FUNC g
    ret
ENDF g
""", ORC, [
    ], release='6.12'),
}


@pytest.mark.parametrize("name", list(CASES))
def test_path_walk(workdir: Path, name: str) -> None:
    check(workdir, CASES[name])


def test_walk_that_comes_back_to_its_start(workdir: Path) -> None:
    """A walk that starts at 1: (the jmp before it is the section's last instruction, so a new
    walk starts there) goes around the loop and back to 1: in another state: the mismatch is
    found where objtool finds it.  (g walks push/pop %rbx first: the same operations, so the
    C loop knows their effect and goes around the loop by itself.)"""
    check(workdir, EngineCase("""
FUNC g
    push %rbx
    pop %rbx
    ret
ENDF g
FUNC f
    push %rbx
    test %rdi, %rdi
    js 2f
1:  pop %rbx
    nop
    mov %rdi, %rax
    test %rax, %rax
    je 1b
    ret
2:  mov $-1, %eax
    jmp 1b
ENDF f
""", ORC, [W("f+0x6", "stack state mismatch: cfa1=4+16 cfa2=4+8")]))


# -- --trace and --explain: pyobjtool's own views of the walk (objtool 6.1 has neither) --

#: a walk with an alternative, a branch, a mismatch where two paths meet, and a hint
WALK = """
FUNC f
    push %rbp
    mov %rsp, %rbp
    ALTERNATIVE "nop", "nop"
    test %rax, %rax
    je 1f
    push %rbx
1:  pop %rbp
    ret
    UNWIND_HINT_FUNC
    ud2
ENDF f
"""
MISMATCH = W("f+0xb", "stack state mismatch: reg1[3]=-1+0 reg2[3]=-2-24")


def _walk(workdir: Path, args: list[str], source: str = WALK) -> ObjectResult:
    """Run in-process on *source* and keep the diagnostics (run_pyobjtool keeps only the lines)."""
    build(workdir, EngineCase(source, args, []))
    parsed = parse_args([*args, OBJ])
    old = os.getcwd()
    os.chdir(workdir)
    try:
        return run_object(parsed.objects[0], parsed.opts)
    finally:
        os.chdir(old)


def test_trace_follows_the_walk(workdir: Path) -> None:
    """--trace=f prints the walk in objtool's order: at the alternative its replacement first
    (one level deeper), which goes on past the original; at the je the branch first, then the
    fall-through, whose push %rbx makes the state at 1: disagree (the warning appears where
    the walk finds it); then a second walk from the hint.  Each instruction shows the state
    after it when that changed (rbp saved at CFA-16, rbx at CFA-24)."""
    result = _walk(workdir, ["--orc", "--trace=f"])
    assert result.stderr == [
        "t.o: trace: f: walk from f+0x0 (function entry)",
        "f+0x0                    push %rbp                                cfa=rsp+16 rbp=cfa-16",
        "f+0x1                    mov %rsp,%rbp                            cfa=rbp+16 rbp=cfa-16",
        "f+0x4                      -> alternative: .altinstr_replacement+0x0",
        ".altinstr_replacement+0x0   nop                                      cfa=rbp+16 rbp=cfa-16",
        "f+0x5                      test %rax,%rax",
        "f+0x8                      je f+0xb",
        "f+0x8                        -> branch taken",
        "f+0xb                        pop %rbp                                 cfa=rsp+8",
        "f+0xc                        ret",
        "f+0x8                        -> branch not taken",
        "f+0xa                      push %rbx                                cfa=rbp+16 rbx=cfa-24 rbp=cfa-16",
        MISMATCH,
        "t.o: trace: f: walk from f+0xd (unwind hint)",
        "f+0xd                    ud2                                      cfa=rsp+8",
        "f+0xd                      -> dead end",
    ]


def test_trace_of_another_function(workdir: Path) -> None:
    result = _walk(workdir, ["--orc", "--trace=g"])
    assert result.stderr == [MISMATCH]


def test_trace_notes_a_path_that_is_done(workdir: Path) -> None:
    """The conditional branch's path reaches ret; the fall-through's unconditional jmp (no
    "not taken" for it) reaches 1: again with the same state.  (The state is shown again
    after each change of level.)"""
    result = _walk(workdir, ["--orc", "--trace=f"], """
FUNC f
    test %rax, %rax
    je 1f
    jmp 1f
1:  ret
ENDF f
""")
    assert result.stderr == [
        "t.o: trace: f: walk from f+0x0 (function entry)",
        "f+0x0                    test %rax,%rax                           cfa=rsp+8",
        "f+0x3                    je f+0x7",
        "f+0x3                      -> branch taken",
        "f+0x7                      ret                                      cfa=rsp+8",
        "f+0x3                      -> branch not taken",
        "f+0x5                    jmp f+0x7                                cfa=rsp+8",
        "f+0x5                      -> branch taken",
        "f+0x7                        -> reached again with the same state: this path is done",
    ]


def test_explain_gives_the_shortest_path(workdir: Path) -> None:
    """--explain: the shortest path from the function's entry to the instruction the warning
    is about that arrives in the state it warns about (the state changes, each branch, the
    warning), printed and attached to the warning's diagnostic (which JSON, SARIF and HTML
    output use).  For a mismatch that is the path bringing the *other* state: through the
    fall-through and its push %rbx, although the branch taken is as short a way to f+0xb."""
    result = _walk(workdir, ["--orc", "--explain"])
    assert result.stderr == [
        MISMATCH,
        "  shortest path from f+0x0 to f+0xb:",
        "    f+0x0                  push %rbp                            cfa=rsp+16 rbp=cfa-16",
        "    f+0x1                  mov %rsp,%rbp                        cfa=rbp+16 rbp=cfa-16",
        "    f+0x8                  je f+0xb                             cfa=rbp+16 rbp=cfa-16   [branch not taken]",
        "    f+0xa                  push %rbx                            cfa=rbp+16 rbx=cfa-24 rbp=cfa-16",
        "    f+0xb                  pop %rbp                             cfa=rbp+16 rbx=cfa-24 rbp=cfa-16   [warning]",
    ]
    path = result.diagnostics[0].extra["path"]
    assert [(step["location"], step["event"]) for step in path] == [
        ("f+0x0", ""), ("f+0x1", ""), ("f+0x8", "branch not taken"), ("f+0xa", ""), ("f+0xb", "warning")]


def test_explain_of_a_warning_in_the_first_state(workdir: Path) -> None:
    """A warning about the state the instruction was first reached in (here a return with
    the push still on the stack) is explained by a path that brings that state: the branch
    taken to the ret, whose fall-through twin pops first."""
    result = _walk(workdir, ["--orc", "--explain"], """
FUNC f
    push %rbx
    test %rax, %rax
    je 1f
    pop %rbx
    ret
1:  ret
ENDF f
""")
    assert result.stderr[0] == W("f+0x8", "return with modified stack frame")
    assert [line.split()[0] for line in result.stderr[2:]] == ["f+0x0", "f+0x4", "f+0x8"]
    assert result.stderr[3].endswith("[branch taken]")
    assert result.stderr[4].split()[-3:] == ["cfa=rsp+16", "rbx=cfa-16", "[warning]"]


def test_structured_output_gets_the_path_without_printing_it(workdir: Path) -> None:
    result = _walk(workdir, ["--orc", "--format", "json"])
    assert result.stderr == [MISMATCH]
    assert [step["location"] for step in result.diagnostics[0].extra["path"]] == [
        "f+0x0", "f+0x1", "f+0x8", "f+0xa", "f+0xb"]


def test_explain_of_a_hint_walk(workdir: Path) -> None:
    """A walk from a hint is explained from the hint."""
    result = _walk(workdir, ["--orc", "--explain"], """
FUNC f
    ret
    UNWIND_HINT_FUNC
    push %rax
    ret
ENDF f
""")
    assert result.stderr == [
        W("f+0x2", "return with modified stack frame"),
        "  shortest path from f+0x1 to f+0x2:",
        "    f+0x1                  push %rax                            cfa=rsp+16",
        "    f+0x2                  ret                                  cfa=rsp+16   [warning]",
    ]


def test_trace_shows_the_padding_of_a_shorter_replacement(workdir: Path) -> None:
    """The replacement (one nop) is padded to the original's three bytes with a made-up NOP,
    which the trace names as such; the original path then conflicts with it at offset 1."""
    result = _walk(workdir, ["--orc", "--trace=f"], """
FUNC f
    ALTERNATIVE "push %rax; pop %rax; nop", "nop"
    ret
ENDF f
""")
    assert result.stderr == [
        "t.o: trace: f: walk from f+0x0 (function entry)",
        "f+0x0                      -> alternative: .altinstr_replacement+0x0",
        ".altinstr_replacement+0x0   nop                                      cfa=rsp+8",
        ".altinstr_replacement+0x1   nop  (padding of a shorter alternative)",
        "f+0x3                      ret",
        "f+0x0                    push %rax                                cfa=rsp+16",
        W("f+0x1", "stack layout conflict in alternatives"),
    ]


STATES_SOURCE = """
extern void use(long *p, long n);
extern long pick(long a);
long with_frame(long a, long b, long c)
{
        long buf[8];
        for (int i = 0; i < 8; i++)
                buf[i] = a * i + b;
        use(buf, c);
        return buf[3] + a + b + c;
}
long callee_saved(long a, long b, long c, long d)
{
        long x = pick(a), y = pick(b + x), z = pick(c + y), w = pick(d + z);
        return x + y + z + w + a + b + c + d;
}
"""


def test_shallow_state_lookup_agrees_with_interning(workdir: Path) -> None:
    """walk_plain() looks a new state up by the ids of its register tuples (CFIPool.shallow,
    _insn.c) before hashing its key: every such entry must be the state interning its key
    gives, and each id that of a register tuple some interned state holds (alive, equal)."""
    from conftest import compile_c

    from pyobjtool.engine import cfi as cfi_module
    from pyobjtool.engine.instruction import walk_plain

    compile_c(STATES_SOURCE, workdir / "states.o")
    cfi_module._SHARED.clear()
    parsed = parse_args(["--orc", str(workdir / "states.o")])
    result = run_object(parsed.objects[0], parsed.opts)
    assert result.status == 0, result.stderr
    (shared,) = cfi_module._SHARED.values()
    pool = shared.cfis
    if walk_plain is None:
        assert not pool.shallow  # (the pure-Python walk has only the full lookup)
        return
    assert pool.shallow, "the walk looked no state up by its register tuples"
    held = {}
    for state in pool.states():
        held[id(state.regs)] = state.regs
        held[id(state.vals)] = state.vals
    for skey, state in pool.shallow.items():
        assert pool.intern(state.key) is state
        assert skey[:2] + skey[4:] == state.key[:2] + state.key[4:]
        assert held[skey[2]] == state.regs and held[skey[3]] == state.vals
