# SPDX-License-Identifier: GPL-2.0-only
"""Instructions printed as objdump prints them, with relocation targets named."""

from __future__ import annotations

from pathlib import Path

from conftest import assemble

from pyobjtool.elf.file import ElfFile
from pyobjtool.output.disasm import disassembler_for

SOURCE = """
    .text
    .globl f
    .type f, @function
f:
    mov guest_rbp(%rip), %rbp
    call other_func
    movl $1, var+8(%rip)
    mov $table+16, %rdi
    mov %gs:pcpu_hot+4, %rax
    lea local(%rip), %rax
    jmp f
    ret
local:
    ret
    .size f, .-f
"""


def test_relocations_are_named(tmp_path: Path) -> None:
    elf = ElfFile(assemble(SOURCE, tmp_path / "d.o").read_bytes())
    sec = elf.find_section(".text")
    dis = disassembler_for(elf)
    lengths = [7, 5, 10, 7, 9, 7, 2, 1]
    texts = []
    offset = 0
    for length in lengths:
        texts.append(dis.text(sec, offset, length))
        offset += length
    assert texts == [
        "mov guest_rbp(%rip),%rbp",        # PC32 guest_rbp-4, relative to the instruction's end
        "call other_func",                 # PLT32 other_func-4
        "movl $0x1,var+0x8(%rip)",         # the immediate after the displacement moves the addend
        "mov $table+0x10,%rdi",            # R_X86_64_32S table+0x10
        "mov %gs:pcpu_hot+0x4,%rax",       # absolute per-CPU address
        "lea f+0x30(%rip),%rax",           # resolved by the assembler: named by the symbol
        "jmp f",
        "ret",
    ]
