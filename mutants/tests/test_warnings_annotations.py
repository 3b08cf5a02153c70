# SPDX-License-Identifier: GPL-2.0-only
"""Warnings about annotations and special sections: unwind hints, intra-function
calls, retpoline_safe, ignore_alts, instrumentation begin/end, (un)reachable,
STACK_FRAME_NON_STANDARD, noendbr, alternatives, jump labels, exception tables,
static calls.

Most of these are fatal in objtool (the check stops, nothing is written, exit
0); the byte comparison with the real objtool checks that too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_asm import Case, check_case
from fixtures_asm import warning as W

ORC = ["--orc"]
IBT = ["--orc", "--ibt", "--link"]

#: a function whose first instruction is 10 bytes long: +1 is inside it
LONG_INSN = """
FUNC f
    movabs $1, %rax
    ret
ENDF f
"""

CASES = {
    # -- unwind hints --
    "missing .rela.discard.unwind_hints section": Case("""
FUNC f
    ret
ENDF f
    .pushsection .discard.unwind_hints
    .long 0
    .short 8
    .byte 5, 3, 0
    .balign 4
    .popsection
""", ORC, [W("", "missing .rela.discard.unwind_hints section")]),

    "struct unwind_hint size mismatch": Case("""
FUNC f
    UNWIND_HINT_FUNC
    ret
ENDF f
    .pushsection .discard.unwind_hints
    .byte 0
    .popsection
""", ORC, [W("", "struct unwind_hint size mismatch")]),

    "can't find reloc for unwind_hints": Case("""
FUNC f
    UNWIND_HINT_FUNC
    ret
ENDF f
    .pushsection .discard.unwind_hints
    .long 0
    .short 8
    .byte 5, 3, 0
    .balign 4
    .popsection
""", ORC, [W("", "can't find reloc for unwind_hints[1]")]),

    "can't find insn for unwind_hints": Case(LONG_INSN + """
    .pushsection .discard.unwind_hints
    .long .text+1 - .
    .short 8
    .byte 5, 3, 0
    .balign 4
    .popsection
""", ORC, [W("", "can't find insn for unwind_hints[0]")]),

    "unsupported unwind_hint sp base reg": Case("""
FUNC f
    UNWIND_HINT type=UNWIND_HINT_TYPE_CALL sp_reg=1 sp_offset=8
    ret
ENDF f
""", ORC, [W("f+0x0", "unsupported unwind_hint sp base reg 1")]),

    "UNWIND_HINT_IRET_REGS without ENDBR": Case("""
FUNC entry
    UNWIND_HINT_IRET_REGS
    nop
    ud2
ENDF entry
""", IBT, [W("entry+0x0", "UNWIND_HINT_IRET_REGS without ENDBR")]),

    "UNWIND_HINT_IRET_REGS with ENDBR": Case("""
FUNC entry
    UNWIND_HINT_IRET_REGS
    endbr64
    ud2
ENDF entry
""", IBT, []),

    "UNWIND_HINT_IRET_REGS with ANNOTATE_NOENDBR": Case("""
FUNC entry
    UNWIND_HINT_IRET_REGS
    ANNOTATE_NOENDBR
    nop
    ud2
ENDF entry
""", IBT, []),

    # -- intra-function calls --
    "bad .discard.intra_function_call entry": Case(LONG_INSN + """
    .pushsection .discard.intra_function_calls
    .long .text+1
    .popsection
""", ORC, [W("", "bad .discard.intra_function_call entry")]),

    "intra_function_call not a direct call": Case("""
FUNC f
    ANNOTATE_INTRA_FUNCTION_CALL
    ret
ENDF f
""", ORC, [W("f+0x0", "intra_function_call not a direct call")]),

    "can't find call dest (intra-function call)": Case("""
FUNC f
    ANNOTATE_INTRA_FUNCTION_CALL
    call 1f+1
1:  movabs $1, %rax
    ret
ENDF f
""", ORC, [W("f+0x0", "can't find call dest at .text+0x6")]),

    "annotated intra-function call": Case("""
FUNC f
    ANNOTATE_INTRA_FUNCTION_CALL
    call 1f
    int3
1:  add $8, %rsp
    ret
ENDF f
""", ORC, []),

    # -- retpoline_safe --
    "bad .discard.retpoline_safe entry": Case(LONG_INSN + """
    .pushsection .discard.retpoline_safe
    .quad .text+1
    .popsection
""", ORC + ["--retpoline"], [W("", "bad .discard.retpoline_safe entry")]),

    "retpoline_safe hint not an indirect jump/call/ret/nop": Case("""
FUNC f
    ANNOTATE_RETPOLINE_SAFE
    inc %eax
    ret
ENDF f
""", ORC + ["--retpoline"], [W("f+0x0", "retpoline_safe hint not an indirect jump/call/ret/nop")]),

    # -- ignore_alts --
    "bad .discard.ignore_alts entry": Case(LONG_INSN + """
    .pushsection .discard.ignore_alts
    .long .text+1 - .
    .popsection
""", ORC, [W("", "bad .discard.ignore_alts entry")]),

    "unexpected relocation symbol type (ignore_alts)": Case("""
FUNC f
    ret
ENDF f
    .pushsection .discard.ignore_alts
    .long f - .
    .popsection
""", ORC, [W("", "unexpected relocation symbol type in .rela.discard.ignore_alts")]),

    "ANNOTATE_IGNORE_ALTERNATIVE skips the replacement": Case("""
FUNC f
    ANNOTATE_IGNORE_ALTERNATIVE
    ALTERNATIVE "nop", "push %rax", 1
    ret
ENDF f
""", ORC, []),

    # -- instrumentation_begin()/end() --
    "bad .discard.instr_begin entry": Case(LONG_INSN + """
    .pushsection .discard.instr_end
    .long .text - .
    .popsection
    .pushsection .discard.instr_begin
    .long .text+1 - .
    .popsection
""", ORC, [W("", "bad .discard.instr_begin entry")]),

    "bad .discard.instr_end entry": Case(LONG_INSN + """
    .pushsection .discard.instr_end
    .long .text+1 - .
    .popsection
""", ORC, [W("", "bad .discard.instr_end entry")]),

    # -- unreachable()/ASM_REACHABLE --
    "can't find unreachable insn": Case(LONG_INSN + """
    .pushsection .discard.unreachable
    .long .text+1 - .
    .popsection
""", ORC, [W("", "can't find unreachable insn at .text+0x1")]),

    "can't find reachable insn": Case(LONG_INSN + """
    .pushsection .discard.reachable
    .long .text+1 - .
    .popsection
""", ORC, [W("", "can't find reachable insn at .text+0x1")]),

    "unexpected relocation symbol type (unreachable)": Case("""
FUNC f
    ret
ENDF f
    .pushsection .discard.unreachable
    .long f - .
    .popsection
""", ORC, [W("", "unexpected relocation symbol type in .rela.discard.unreachable")]),

    "unreachable() makes a dead end": Case("""
FUNC f
    call g
    UNREACHABLE
    inc %eax
    ret
ENDF f
""", ORC, [W("f+0x5", "unreachable instruction")]),

    "REACHABLE after a noreturn call": Case("""
FUNC f
    call panic
    REACHABLE
    ret
ENDF f
""", ORC, []),

    # -- STACK_FRAME_NON_STANDARD --
    "unexpected relocation symbol type (STACK_FRAME_NON_STANDARD)": Case("""
FUNC f
    ret
ENDF f
    STACK_FRAME_NON_STANDARD ext
""", ORC, [W("", "unexpected relocation symbol type in .rela.discard.func_stack_frame_non_standard: 0")]),

    "STACK_FRAME_NON_STANDARD silences a function": Case("""
FUNC f
    push %rax
    ret
ENDF f
    STACK_FRAME_NON_STANDARD f
""", ORC, []),

    # the parent branches into its ignored .cold part
    "BUG: why am I validating an ignored function?": Case("""
FUNC f
    test %rax, %rax
    je f.cold
    ret
ENDF f
    .type f.cold, @function
f.cold:
    ret
    .size f.cold, .-f.cold
    STACK_FRAME_NON_STANDARD f.cold
""", ORC, [W("f.cold+0x0", "BUG: why am I validating an ignored function?")]),

    # -- noendbr --
    "bad .discard.noendbr entry": Case(LONG_INSN + """
    .pushsection .discard.noendbr
    .quad f+1
    .popsection
""", ORC, [W("", "bad .discard.noendbr entry")]),

    # -- alternatives --
    "size not a multiple (.altinstructions)": Case("""
FUNC f
    ret
ENDF f
    .pushsection .altinstructions, "a"
    .long 0
    .popsection
""", ORC, [W("", ".altinstructions size not a multiple of 12")]),

    "can't find orig reloc": Case("""
FUNC f
    ret
ENDF f
    .pushsection .altinstructions, "a"
    .long 0, 0
    .word 0
    .byte 1, 1
    .popsection
""", ORC, [W(".altinstructions+0x0", "can't find orig reloc")]),

    "can't find new reloc": Case("""
FUNC f
    ret
ENDF f
    .pushsection .altinstructions, "a"
    .long f - .
    .long 0
    .word 0
    .byte 1, 1
    .popsection
""", ORC, [W(".altinstructions+0x4", "can't find new reloc")]),

    "special: can't find orig instruction": Case(LONG_INSN + """
    .pushsection .altinstructions, "a"
    .long f + 1 - .
    .long 1f - .
    .word 0
    .byte 1, 1
    .popsection
    .pushsection .altinstr_replacement, "ax"
1:  nop
    .popsection
""", ORC, [W("f+0x1", "special: can't find orig instruction")]),

    "special: can't find new instruction": Case("""
FUNC f
    nop
    ret
ENDF f
    .pushsection .altinstructions, "a"
    .long f - .
    .long 1f + 1 - .
    .word 0
    .byte 1, 1
    .popsection
    .pushsection .altinstr_replacement, "ax"
1:  movabs $1, %rax
    .popsection
""", ORC, [W(".altinstr_replacement+0x1", "special: can't find new instruction")]),

    # not fatal: the entry is skipped
    "empty alternative entry": Case("""
FUNC f
    nop
    ret
ENDF f
    .pushsection .altinstructions, "a"
    .long f - .
    .long 1f - .
    .word 0
    .byte 0, 1
    .popsection
    .pushsection .altinstr_replacement, "ax"
1:  nop
    .popsection
""", ORC, [W("f+0x0", "empty alternative entry")]),

    "unsupported relocation in alternatives section": Case("""
FUNC f
    ALTERNATIVE "call g", "nop; call h", 1
    ret
ENDF f
""", ORC, [W(".altinstr_replacement+0x1", "unsupported relocation in alternatives section")]),

    "a call at the start of a replacement is fine": Case("""
FUNC f
    ALTERNATIVE "call g", "call h", 1
    ret
ENDF f
""", ORC, []),

    # the replacement jumps to its own end, which is past the end of .text
    "can't find alternative jump destination": Case("""
FUNC f
    ALTERNATIVE "nop; nop; nop", "jmp 1f; nop; 1:", 1
ENDF f
""", ORC, [W(".altinstr_replacement+0x0", "can't find alternative jump destination")]),

    # -- jump labels --
    "size not a multiple (__jump_table)": Case("""
FUNC f
    ret
ENDF f
    .pushsection __jump_table, "aw"
    .long 0
    .popsection
""", ORC, [W("", "__jump_table size not a multiple of 16")]),

    "can't find key reloc": Case("""
FUNC f
1:  nop
    ret
ENDF f
    .pushsection __jump_table, "aw"
    .long 1b - .
    .long 1b - .
    .quad 0
    .popsection
""", ORC, [W("__jump_table+0x8", "can't find key reloc")]),

    "unsupported instruction at jump label": Case("""
FUNC f
1:  inc %eax
2:  ret
ENDF f
    JUMP_ENTRY 1b, 2b, key
""", ORC, [W("f+0x0", "unsupported instruction at jump label")]),

    # --hacks=jump_label turns the jmp of a likely-false key into a NOP (bytes compared)
    "jump label NOP hack": Case("""
FUNC f
1:  jmp 2f
    inc %eax
2:  ret
ENDF f
    JUMP_ENTRY 1b, 2b, key+2
""", ORC + ["--hacks=jump_label"], []),

    # -- exception tables --
    "size not a multiple (__ex_table)": Case("""
FUNC f
    ret
ENDF f
    .pushsection __ex_table, "a"
    .long 0
    .popsection
""", ORC, [W("", "__ex_table size not a multiple of 12")]),

    "ex_table entry inside an instruction": Case(LONG_INSN + """
    EX_TABLE f+1, f
""", ORC, [W("f+0x1", "special: can't find orig instruction")]),

    "ex_table fixup is reachable": Case("""
FUNC f
1:  mov (%rdi), %rax
    ret
2:  xor %eax, %eax
    ret
ENDF f
    EX_TABLE 1b, 2b
""", ORC, []),

    # -- static calls --
    "static_call: can't find static_call_key symbol": Case("""
FUNC f
    call __SCT__foo
    ret
ENDF f
""", ORC + ["--static-call"], [W("", "static_call: can't find static_call_key symbol: __SCK__foo")]),

    "static call in a module needs no key": Case("""
FUNC f
    call __SCT__foo
    ret
ENDF f
""", ORC + ["--static-call", "--module"], []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_annotation_warning(workdir: Path, name: str) -> None:
    check_case(workdir, CASES[name])

