# SPDX-License-Identifier: GPL-2.0-only
"""Control-flow warnings: fall-through, unreachable code, jump and call
destinations, sibling calls, noreturn, end of section, jump tables, and the
instruction decoder's own warnings.

Messages of objtool 6.1 (``objtool-6.1-messages.txt``) that no test triggers,
and why:

==================================================  =========================================================
message                                             why it is not tested
==================================================  =========================================================
calloc failed, malloc, malloc failed,               allocation failures: no well-formed object makes them
mmap fail, mmap fail cfi_hash                       happen
elf_begin, elf_getdata, elf_getscn, elf_getshdrnum, libelf failures reading an object: pyobjtool's own ELF
elf_getshdrstrndx, elf_strptr, gelf_getehdr,        reader refuses such inputs with one
gelf_getrel, gelf_getshdr, gelf_getsymshndx,        ``pyobjtool: error: t.o: ...`` line (exit 1) by design
no .symtab, no .symtab_shndx, can't find .shstrtab  (objtool's text would come from libelf's elf_errmsg())
or .strtab section, can't find .strtab section,
couldn't find section for symbol %s, can't find
base section for reloc section %s, can't find reloc
entry symbol %d for %s, unexpected ELF machine type
%d, section entry mismatch, negative index, index
out of range
gelf_getsym                                         ``--dump`` with a relocation whose symbol index is past
                                                    .symtab: no assembler emits one, and pyobjtool's reader
                                                    refuses it (``gelf_getrela`` is tested in test_options.py)
elf_newscn, elf_newdata, elf_update,                libelf failures while writing: pyobjtool writes with
elf_update_symbol, elf_update_symbol move,          its own writer; a failed write is ``pyobjtool: error``
elf_rebuild_reloc_section, gelf_update_rel,         with exit 255
gelf_update_rela, gelf_update_shdr,
gelf_update_symshndx, elf_create_section: ...,
elf_add_reloc_to_insn: ..., unexpected data
attributes for %s, write to unexpected data for
section: %s, zero size data
won't handle more than one file at a time           objtool's parse step; pyobjtool accepts several objects
                                                    by design (checks each on its own)
CFI missing                                         an instruction is only compared after it got its CFI on
                                                    a first visit: unreachable from a decodable object
unknown BP base reg %d                              the saved-%rbp rule only ever records CFA- or BP-based
                                                    slots, both of which ORC can express
unknown stack-related instruction,                  no x86 instruction decodes to a stack operation outside
unknown stack-related memory operation              the handled kinds (objtool's own decoder never emits one)
can't find last new alternative instruction         a replacement whose first instruction was found always
                                                    has a last one
static_call: trampoline name malformed: %s          only symbols named ``__SCT__*`` become trampolines
paravirt confusion                                  needs a ``pv_ops`` relocation without a ``pv_ops``
                                                    symbol; the relocation's symbol is that symbol
invalid NOP size: %d, invalid RET size: %d          only the 2- and 5-byte jump-label sites are rewritten
==================================================  =========================================================
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_asm import Case, check_case
from fixtures_asm import warning as W

ORC = ["--orc"]

CASES = {
    "falls through to next function": Case("""
FUNC f
    nop
ENDF f
FUNC g
    ret
ENDF g
""", ORC, [W("", "f() falls through to next function g()")]),

    "unexpected end of section": Case("""
FUNC f
    nop
ENDF f
""", ORC, [W("", ".text: unexpected end of section")]),

    "unreachable instruction": Case("""
FUNC f
    ret
    inc %eax
ENDF f
""", ORC, [W("f+0x1", "unreachable instruction")]),

    # NOPs and int3 after a RET are padding, not unreachable code
    "padding is not unreachable": Case("""
FUNC f
    ret
    nop
    int3
ENDF f
""", ORC, []),

    "--no-unreachable": Case("""
FUNC f
    ret
    inc %eax
ENDF f
""", ORC + ["--no-unreachable"], []),

    "noreturn: global list (panic)": Case("""
FUNC f
    call panic
    inc %eax
    ret
ENDF f
""", ORC, [W("f+0x5", "unreachable instruction")]),

    "noreturn: local function that never returns": Case("""
FUNC dead
    ud2
ENDF dead
FUNC f
    call dead
    ret
ENDF f
""", ORC, [W("f+0x5", "unreachable instruction")]),

    "can't find jump dest instruction (same section)": Case("""
FUNC f
    jmp 1f+1
1:  movabs $0x1122334455667788, %rax
    ret
ENDF f
""", ORC, [W("f+0x0", "can't find jump dest instruction at .text+0x3")]),

    "can't find jump dest instruction (other section)": Case("""
FUNC f
    jmp .Lx+1
ENDF f
    .section .text.other, "ax"
.Lx: movabs $0x1122334455667788, %rax
    ret
""", ORC, [W("f+0x0", "can't find jump dest instruction at .text.other+0x1")]),

    "unannotated intra-function call": Case("""
FUNC f
    call 1f
1:  ret
ENDF f
""", ORC, [W("f+0x0", "unannotated intra-function call")]),

    "unsupported call to non-function": Case("""
FUNC f
    call lbl
    ret
ENDF f
lbl: ret
    .size lbl, 1
""", ORC, [W("f+0x0", "unsupported call to non-function")]),

    "can't find call dest symbol": Case("""
FUNC f
    call .Ly
    ret
ENDF f
    .section .text.other, "ax"
    nop
.Ly: ret
""", ORC, [W("f+0x0", "can't find call dest symbol at .text.other+0x1")]),

    "Tail call to __fentry__": Case("""
FUNC f
    jmp __fentry__
ENDF f
""", ORC + ["--mcount"], [
        W("f+0x0", "Tail call to __fentry__ !?!?"),
        W("", ".text: unexpected end of section"),
    ]),

    # the first table entry is the function's own start: not a jump table
    "can't find switch jump table": Case("""
FUNC f
    jmp *.Ltable(,%rax,8)
1:  ret
2:  ret
ENDF f
    .section .rodata, "a"
.Ltable:
    .quad f
    .quad 1b
    .quad 2b
""", ORC, [W("f+0x0", "can't find switch jump table")]),

    "a real jump table is followed": Case("""
FUNC f
    jmp *.Ltable(,%rax,8)
1:  ret
2:  ret
ENDF f
    .section .rodata, "a"
.Ltable:
    .quad 1b
    .quad 2b
""", ORC, []),

    "unsupported instruction in callable function": Case("""
FUNC f
    lret
ENDF f
""", ORC, [W("f+0x0", "unsupported instruction in callable function")]),

    # a context switch followed by an unwind hint is entry code: fine
    "context switch before a hint": Case("""
FUNC f
    sysretq
    UNWIND_HINT_EMPTY
    ud2
ENDF f
""", ORC, []),

    "missing ELF size annotation": Case("""
    .globl f
    .type f, @function
f:
    ret
""", ORC, [W("", "f() is missing an ELF size annotation")]),

    "can't find starting instruction": Case("""
FUNC f
    movabs $1, %rax
    ret
ENDF f
    .globl g
    .type g, @function
    .set g, f+1
    .size g, 3
""", ORC, [W("", "g(): can't find starting instruction")]),

    # objtool reads .cold parents while loading the ELF file: it exits 1
    "can't find parent function": Case("""
FUNC f.cold
    ret
ENDF f.cold
""", ORC, [W("", "f.cold(): can't find parent function")], status=1),

    "parent function name exceeds maximum length": Case(f"""
FUNC {"x" * 130}.cold
    ret
ENDF {"x" * 130}.cold
""", ORC, [W("", f"{'x' * 130}.cold(): parent function name exceeds maximum length of 128 characters")],
        status=1),

    "can't decode instruction": Case("""
FUNC f
    ret
    .byte 0x48
ENDF f
""", ORC, [W("", "can't decode instruction at .text:0x1")]),

    "invalid LEA encoding": Case("""
FUNC f
    .byte 0x48, 0x8d, 0xc0
    ret
ENDF f
""", ORC, [W("", "invalid LEA encoding at .text:0x0")]),

    "notrack prefix (jmp)": Case("""
FUNC f
    notrack jmp *%rax
ENDF f
""", ORC, [W("", "notrack prefix found at .text:0x0")]),

    "notrack prefix (call)": Case("""
FUNC f
    notrack call *%rax
    ret
ENDF f
""", ORC, [W("", "notrack prefix found at .text:0x0")]),

    "ENQCMD instruction": Case("""
FUNC f
    nop
    enqcmd (%rax), %rax
    ret
ENDF f
""", ORC, [W("", "ENQCMD instruction at .text:1")]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_flow_warning(workdir: Path, name: str) -> None:
    check_case(workdir, CASES[name])


#: instructions that are invalid in 64-bit mode but that objtool's (the kernel's)
#: decoder takes, with the length it gives them: pyobjtool must not call them
#: undecodable, or every later offset would differ
KERNEL_DECODER_ONLY = {
    "push es": ("0x06", 1),
    "rex + pop ds": ("0x48, 0x1f", 2),
    "pusha": ("0x60", 1),
    "into": ("0xce", 1),
    "aam": ("0xd4, 0x0a", 2),
    "far call": ("0x9a, 1, 2, 3, 4, 5, 6", 7),
    "grp1 0x82 with sib": ("0x82, 0x44, 0x24, 1, 2", 5),
    "empty 0f entry": ("0x0f, 0x3f", 2),
    "ud0 without modrm": ("0x0f, 0xff", 2),
}


@pytest.mark.parametrize("name", list(KERNEL_DECODER_ONLY))
def test_decoder_accepts_what_objtool_accepts(workdir: Path, name: str) -> None:
    """The instruction after it is found where objtool finds it: the unreachable one."""
    raw, length = KERNEL_DECODER_ONLY[name]
    case = Case(f"""
FUNC f
    .byte {raw}
    ret
    ret
    ret
    ret
    ret
    ret
    ret
ENDF f
""", ORC, [W(f"f+0x{length + 1:x}", "unreachable instruction")])
    check_case(workdir, case)
