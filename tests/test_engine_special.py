# SPDX-License-Identifier: GPL-2.0-only
"""Special sections (engine/special.py) and the ORC table of alternatives
(engine/orc_gen.py): objtool 6.1's feature policy for alternatives, the
_ASM_EXTABLE_EX hack, jump-label sites (``--stats`` counts, the
``--hacks=jump_label`` rewrite), replacements shorter or longer than their
original, and the per-byte states an alternative shares.

Every expectation was printed by the real objtool 6.1 (and is compared with
it again where installed).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_asm import warning as W
from fixtures_engine import ORC, UACCESS, EngineCase, check

from pyobjtool.elf.constants import R_X86_64_NONE
from pyobjtool.elf.file import ElfFile

#: the code of '6.12: relocation in a replacement', '6.1: relocation in a replacement'
_SRC_RELOCATION_IN_A_REPLACEMENT = """
FUNC f
    ALTERNATIVE "mov $0, %rax", "mov $var, %rax"
    ret
ENDF f
    .data
var: .quad 0
"""

CASES = {
    # X86_FEATURE_POPCNT (151): the !POPCNT path (here an unbalanced push) is skipped
    "POPCNT alternative: the original is not followed": EngineCase("""
FUNC f
    ALTERNATIVE "push %rax", "nop", 151
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+2: sp:(und) bp:(und)",
    ]),

    # X86_FEATURE_SMAP (308) with --uaccess: only the replacement (STAC/CLAC) is followed
    "SMAP alternative with --uaccess: the original is not followed": EngineCase("""
FUNC f
    ALTERNATIVE "push %rax", "nop", 308
    ret
ENDF f
""", ORC + UACCESS, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+2: sp:(und) bp:(und)",
    ]),

    "SMAP alternative without --uaccess: the replacement is not followed": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "push %rax", 308
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+2: sp:(und) bp:(und)",
    ]),

    "other features: both are followed": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "push %rax", 307
    ret
ENDF f
""", ORC, [
        W("f+0x1", "return with modified stack frame"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+2: sp:(und) bp:(und)",
    ]),

    # the feature is read from each entry, not the first
    "second alternative entry's feature": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop", 1
    ALTERNATIVE "push %rax", "nop", 151
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+3: sp:(und) bp:(und)",
    ]),

    # a fixup target 0x7ffffff0 past the label (the _ASM_EXTABLE_EX hack) is the label itself
    "_ASM_EXTABLE_EX fixup at offset 0": EngineCase("""
FUNC f
1:  mov (%rdi), %rax
    ret
ENDF f
    EX_TABLE 1b, 2f + 0x7ffffff0
    .section .fixup, "ax"
2:  xor %eax, %eax
    ret
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+4: sp:(und) bp:(und)",
        ".fixup+0: sp:sp+8 bp:(und)",
        ".fixup+3: sp:(und) bp:(und)",
    ]),

    "_ASM_EXTABLE_EX fixup": EngineCase("""
FUNC f
1:  mov (%rdi), %rax
    ret
ENDF f
    EX_TABLE 1b, 2f + 0x7ffffff0
    .section .fixup, "ax"
    push %rax
2:  xor %eax, %eax
    ret
""", ORC, [
        W(".fixup+0x0", "unreachable instruction"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+4: sp:(und) bp:(und)",
        ".fixup+1: sp:sp+8 bp:(und)",
        ".fixup+4: sp:(und) bp:(und)",
    ]),

    "exception table fixup": EngineCase("""
FUNC f
1:  mov (%rdi), %rax
    ret
ENDF f
    EX_TABLE 1b, 2f
    .section .fixup, "ax"
    push %rax
2:  xor %eax, %eax
    ret
""", ORC, [
        W(".fixup+0x0", "unreachable instruction"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+4: sp:(und) bp:(und)",
        ".fixup+1: sp:sp+8 bp:(und)",
        ".fixup+4: sp:(und) bp:(und)",
    ]),

    # --stats counts the jump-label sites by kind and size (2 short and 3 long NOPs, 3 short and
    # 2 long JMPs)
    "jump label statistics": EngineCase("""
FUNC f
1:  .byte 0x66, 0x90
2:  .byte 0x66, 0x90
3:  .byte 0x0f, 0x1f, 0x44, 0, 0
4:  .byte 0x0f, 0x1f, 0x44, 0, 0
5:  .byte 0x0f, 0x1f, 0x44, 0, 0
6:  .byte 0xeb, 0
7:  .byte 0xeb, 0
8:  .byte 0xeb, 0
9:  .byte 0xe9; .long 0
10: .byte 0xe9; .long 0
11: ret
ENDF f
    JUMP_ENTRY 1b, 11b, key
    JUMP_ENTRY 2b, 11b, key
    JUMP_ENTRY 3b, 11b, key
    JUMP_ENTRY 4b, 11b, key
    JUMP_ENTRY 5b, 11b, key
    JUMP_ENTRY 6b, 11b, key
    JUMP_ENTRY 7b, 11b, key
    JUMP_ENTRY 8b, 11b, key
    JUMP_ENTRY 9b, 11b, key
    JUMP_ENTRY 10b, 11b, key
    .data
key: .quad 0
""", ORC + ["--stats"], [], stdout=[
        "nr_sections: 9",
        "section_bits: 10",
        "nr_symbols: 5",
        "symbol_bits: 10",
        "max_reloc: 30",
        "tot_reloc: 30",
        "reloc_bits: 10",
        "cfi_bits: 10",
        "nr_insns: 11",
        'jl\\\tNOP\tJMP',
        'short:\t2\t3',
        'long:\t3\t2',
        "nr_insns_visited: 11",
        "nr_cfi: 0",
        "nr_cfi_reused: 5",
        "nr_cfi_cache: 6",
    ]),

    # a key with bit 1 set (the branch starts as a NOP) has its JMP written as a NOP and the
    # jump's relocation turned into R_X86_64_NONE; bit 0 alone changes nothing
    "--hacks=jump_label turns initially-off jumps into NOPs": EngineCase("""
FUNC f
1:  .byte 0xe9; .long 0
2:  .byte 0xe9; .long 0
3:  jmp g
4:  jmp .Lother
5:  ret
ENDF f
    JUMP_ENTRY 1b, 5b, key+2
    JUMP_ENTRY 2b, 5b, key+1
    JUMP_ENTRY 3b, 5b, key+2
    JUMP_ENTRY 4b, 5b, key+3
    .section .text.unlikely, "ax"
.Lother:
    ret
    .data
key: .quad 0
""", ORC + ["--stats", "--hacks=jump_label"], [
        W(".text.unlikely+0x0", "unreachable instruction"),
    ], stdout=[
        "nr_sections: 11",
        "section_bits: 10",
        "nr_symbols: 7",
        "symbol_bits: 10",
        "max_reloc: 12",
        "tot_reloc: 14",
        "reloc_bits: 10",
        "cfi_bits: 10",
        "nr_insns: 6",
        'jl\\\tNOP\tJMP',
        'short:\t0\t0',
        'long:\t3\t1',
        "nr_insns_visited: 5",
        "nr_cfi: 0",
        "nr_cfi_reused: 2",
        "nr_cfi_cache: 3",
    ]),

    # the made-up NOP after the replacement carries its end state into the original's offset 1
    "shorter replacement padded with a NOP": EngineCase("""
FUNC f
    ALTERNATIVE "push %rax; pop %rax; nop", "nop"
    ret
ENDF f
""", ORC, [
        W("f+0x1", "stack layout conflict in alternatives"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+4: sp:(und) bp:(und)",
    ]),

    # consecutive replacements of exactly the original's length need no NOP; --stats counts
    # the instructions visited
    "replacements of the original's length": EngineCase("""
FUNC f
    ALTERNATIVE "push %rax; pop %rax", "push %rcx; pop %rcx"
    ALTERNATIVE "push %rcx; pop %rcx", "push %rdx; pop %rdx"
    ALTERNATIVE "nop", ""
    ALTERNATIVE "push %rax; pop %rax; nop", "push %rax; pop %rax"
    ret
ENDF f
""", ORC + ["--stats"], [], stdout=[
        "nr_sections: 10",
        "section_bits: 10",
        "nr_symbols: 4",
        "symbol_bits: 10",
        "max_reloc: 8",
        "tot_reloc: 8",
        "reloc_bits: 10",
        "cfi_bits: 10",
        "nr_insns: 15",
        'jl\\\tNOP\tJMP',
        'short:\t0\t0',
        'long:\t0\t0',
        "nr_insns_visited: 17",
        "nr_cfi: 1",
        "nr_cfi_reused: 2",
        "nr_cfi_cache: 14",
    ]),

    # the original and the replacement reach the same states: no layout conflict
    "identical alternatives": EngineCase("""
FUNC f
    ALTERNATIVE "push %rax; pop %rax", "push %rax; pop %rax"
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+2: sp:sp+8 bp:(und)",
        ".text+3: sp:(und) bp:(und)",
    ]),

    # a hand-made entry (orig_len 1, new_len 3): the replacement's states beyond the
    # original are kept, and the ORC table covers only the original's byte
    "replacement longer than the original": EngineCase("""
FUNC f
    nop
140: nop
    ret
ENDF f
    .pushsection .altinstructions,"a"
    .long 140b - .
    .long 143f - .
    .word 0
    .byte 1
    .byte 3
    .popsection
    .pushsection .altinstr_replacement,"ax"
143: push %rax
    pop %rax
    nop
    .popsection
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+3: sp:(und) bp:(und)",
    ]),

    # a jump to the end of the replacement continues after the original; the warning after it
    # is found on the replacement's path (see the backtrace)
    "replacement jumps to its end": EngineCase("""
FUNC f
    ALTERNATIVE "nop; nop; nop", "jmp 9f; nop; 9:"
    std
    std
    cld
    ret
ENDF f
""", ORC + ["--backtrace"], [
        W("f+0x4", "recursive STD"),
        W("  .altinstr_replacement+0x0", "(branch)"),
        W("  f+0x0", "(alt)"),
        W("  f+0x0", "<=== (sym)"),
    ]),

    # ANNOTATE_IGNORE_ALTERNATIVE: the replacement is neither followed nor unreachable
    "ignored alternative": EngineCase("""
FUNC f
    ANNOTATE_IGNORE_ALTERNATIVE
    ALTERNATIVE "nop; nop", "inc %eax"
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+3: sp:(und) bp:(und)",
    ]),

    "ORC entry of an alternative's state that ORC can't express": EngineCase("""
FUNC f
    nop
    ALTERNATIVE "lea 8(%rsp), %rbx; and $-16, %rsp; lea -8(%rbx), %rsp", "lea 8(%rsp), %rbx; and $-16, %rsp; lea -8(%rbx), %rsp"
    ret
ENDF f
""", ORC, [
        W("f+0x1", "unknown CFA base reg 3"),
    ]),

    # a relocation one byte off the entry's orig field is not the orig relocation
    "alternative entry without its orig relocation": EngineCase("""
FUNC f
140: nop
    ret
ENDF f
    .pushsection .altinstructions,"a"
    .byte 0
    .long 140b - .
    .byte 0, 0, 0
    .word 0
    .byte 1
    .byte 1
    .popsection
""", ORC, [
        W(".altinstructions+0x0", "can't find orig reloc"),
    ]),

    # 6.12 puts each new alternative first, so the last entry's replacement is walked first
    "6.12: alternatives of one site, last entry first": EngineCase("""
FUNC f
140: nop
    nop
    nop
    ret
ENDF f
    .pushsection .altinstructions,"a"
    .long 140b - .
    .long 150f - .
    .long 0
    .byte 3
    .byte 1
    .long 140b - .
    .long 151f - .
    .long 0
    .byte 3
    .byte 1
    .popsection
    .pushsection .altinstr_replacement,"ax"
150: std
151: cld
    .popsection
""", ORC, [
        W(".altinstr_replacement+0x1", "redundant CLD"),
    ], release='6.12'),

    "6.1: alternatives of one site, first entry first": EngineCase("""
FUNC f
140: nop
    nop
    nop
    ret
ENDF f
    .pushsection .altinstructions,"a"
    .long 140b - .
    .long 150f - .
    .word 0
    .byte 3
    .byte 1
    .long 140b - .
    .long 151f - .
    .word 0
    .byte 3
    .byte 1
    .popsection
    .pushsection .altinstr_replacement,"ax"
150: std
151: cld
    .popsection
""", ORC, [
        W("f+0x3", "return with DF set"),
    ]),

    "6.12: relocation in a replacement": EngineCase(_SRC_RELOCATION_IN_A_REPLACEMENT, ORC, [
    ], release='6.12'),

    "6.1: relocation in a replacement": EngineCase(_SRC_RELOCATION_IN_A_REPLACEMENT, ORC, [
        W(".altinstr_replacement+0x0", "unsupported relocation in alternatives section"),
    ]),

    # ALTERNATIVE_2: both entries of the site get the longest original length (3)
    "6.12: nested alternatives share the longest original": EngineCase("""
FUNC f
140: nop
    nop
    nop
    ret
ENDF f
    .pushsection .altinstructions,"a"
    .long 140b - .
    .long 150f - .
    .long 0
    .byte 2
    .byte 2
    .long 140b - .
    .long 151f - .
    .long 0
    .byte 3
    .byte 1
    .popsection
    .pushsection .altinstr_replacement,"ax"
150: push %rax
    pop %rax
151: nop
    .popsection
""", ORC, [
        W("f+0x0", "stack layout conflict in alternatives: .altinstr_replacement+0x1"),
    ], orc=[
        ".text+0:type:call sp:sp+8 bp:(und) signal:0",
        ".text+4:type:(und) sp:(und) bp:(und) signal:0",
    ], release='6.12'),

    # 6.1 takes each entry's original length as it is (the first covers 2 bytes, the second 3)
    "6.1: nested alternatives keep their own original lengths": EngineCase("""
FUNC f
    nop
140: nop
    nop
    nop
    ret
ENDF f
    .pushsection .altinstructions,"a"
    .long 140b - .
    .long 150f - .
    .word 0
    .byte 2
    .byte 2
    .long 140b - .
    .long 151f - .
    .word 0
    .byte 3
    .byte 1
    .popsection
    .pushsection .altinstr_replacement,"ax"
150: push %rax
    pop %rax
151: nop
    .popsection
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+5: sp:(und) bp:(und)",
    ]),

    "6.12: nested alternatives at an offset": EngineCase("""
FUNC f
    nop
140: nop
    nop
    nop
    ret
ENDF f
    .pushsection .altinstructions,"a"
    .long 140b - .
    .long 150f - .
    .long 0
    .byte 2
    .byte 2
    .long 140b - .
    .long 151f - .
    .long 0
    .byte 3
    .byte 1
    .popsection
    .pushsection .altinstr_replacement,"ax"
150: push %rax
    pop %rax
151: nop
    .popsection
""", ORC, [
        W("f+0x1", "stack layout conflict in alternatives: .altinstr_replacement+0x1"),
    ], orc=[
        ".text+0:type:call sp:sp+8 bp:(und) signal:0",
        ".text+5:type:(und) sp:(und) bp:(und) signal:0",
    ], release='6.12'),

    # consecutive alternatives at different sites keep their own lengths
    "6.12: two sites of different lengths": EngineCase("""
FUNC f
    ALTERNATIVE "nop", "nop"
    ALTERNATIVE "push %rax; pop %rax; nop", "push %rax; pop %rax"
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0:type:call sp:sp+8 bp:(und) signal:0",
        ".text+2:type:call sp:sp+16 bp:(und) signal:0",
        ".text+3:type:call sp:sp+8 bp:(und) signal:0",
        ".text+5:type:(und) sp:(und) bp:(und) signal:0",
    ], release='6.12'),

    # 6.12 skips the !POPCNT path and, without --uaccess, the SMAP replacement, like 6.1
    "6.12: feature policy": EngineCase("""
FUNC f
    ALTERNATIVE "push %rax", "nop", 151
    ALTERNATIVE "push %rax", "nop", 308
    ret
ENDF f
""", ORC, [
        W("f+0x2", "return with modified stack frame"),
    ], orc=[
        ".text+0:type:call sp:sp+8 bp:(und) signal:0",
        ".text+2:type:call sp:sp+16 bp:(und) signal:0",
        ".text+3:type:(und) sp:(und) bp:(und) signal:0",
    ], release='6.12'),

    # an entry with no original bytes is reported and skipped; the next entry still counts
    "empty alternative entry among others": EngineCase("""
FUNC f
    .pushsection .altinstructions,"a"
    .long 1f - .
    .long 1f - .
    .word 0
    .byte 0
    .byte 0
    .popsection
1:  nop
    ALTERNATIVE "push %rax; pop %rax", "nop; nop"
    ret
ENDF f
""", ORC, [
        W("f+0x0", "empty alternative entry"),
        W("f+0x2", "stack layout conflict in alternatives"),
    ]),

    "retpoline check of an ignored alternative": EngineCase("""
FUNC f
    ANNOTATE_IGNORE_ALTERNATIVE
    ALTERNATIVE "nop; nop", "call *%rax"
    ret
ENDF f
""", ['--retpoline'], [
        W(".altinstr_replacement+0x0", "indirect call found in RETPOLINE build"),
    ]),

    # 6.12 prints one warning per symbol; replacement code belongs to the function of its original
    "6.12: one warning per function, replacement included": EngineCase("""
FUNC f
    call *%rax
    ALTERNATIVE "nop; nop", "call *%rbx"
    ret
ENDF f
""", ['--retpoline'], [
        W("f+0x0", "indirect call found in MITIGATION_RETPOLINE build"),
        W(".altinstr_replacement+0x0", "indirect call found in MITIGATION_RETPOLINE build"),
    ], release='6.12'),
}


@pytest.mark.parametrize("name", list(CASES))
def test_special_sections(workdir: Path, name: str) -> None:
    check(workdir, CASES[name])


def test_jump_label_hack_rewrites_the_code(workdir: Path) -> None:
    """Sites 1, 3 and 4 (key bit 1) become 5-byte NOPs, and the jumps to g and to
    .text.unlikely lose their relocation (R_X86_64_NONE); site 2 (bit 0 only) stays."""
    ours, _ = check(workdir, CASES["--hacks=jump_label turns initially-off jumps into NOPs"])
    text = ElfFile(ours.output).find_section(".text")
    nop5 = bytes.fromhex("0f1f440000")
    assert bytes(text.data[0:10]) == nop5 + bytes.fromhex("e900000000")
    assert bytes(text.data[10:20]) == nop5 * 2
    relocs = text.reloc.relocs
    assert [relocs.find_in_range(offset, 1).type for offset in (11, 16)] == [R_X86_64_NONE] * 2
