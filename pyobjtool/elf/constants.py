# SPDX-License-Identifier: GPL-2.0-only
"""ELF constants used by the reader, the writer and the checks (from the ELF gABI)."""

from __future__ import annotations

ELFMAG = b"\x7fELF"
ELFCLASS32 = 1
ELFCLASS64 = 2
ELFDATA2LSB = 1
ELFDATA2MSB = 2

ET_REL = 1
ET_EXEC = 2
ET_DYN = 3

EM_386 = 3
EM_X86_64 = 62
EM_AARCH64 = 183

MACHINE_NAMES = {
    EM_386: "i386",
    EM_X86_64: "x86-64",
    EM_AARCH64: "AArch64",
    8: "MIPS",
    20: "PowerPC",
    21: "PowerPC64",
    22: "S/390",
    40: "ARM",
    243: "RISC-V",
    258: "LoongArch",
}

SHT_NULL = 0
SHT_PROGBITS = 1
SHT_SYMTAB = 2
SHT_STRTAB = 3
SHT_RELA = 4
SHT_NOBITS = 8
SHT_REL = 9
SHT_GROUP = 17
SHT_SYMTAB_SHNDX = 18

SHF_WRITE = 0x1
SHF_ALLOC = 0x2
SHF_EXECINSTR = 0x4
SHF_INFO_LINK = 0x40
SHF_COMPRESSED = 0x800

SHN_UNDEF = 0
SHN_LORESERVE = 0xFF00
SHN_ABS = 0xFFF1
SHN_COMMON = 0xFFF2
SHN_XINDEX = 0xFFFF

STB_LOCAL = 0
STB_GLOBAL = 1
STB_WEAK = 2

STT_NOTYPE = 0
STT_OBJECT = 1
STT_FUNC = 2
STT_SECTION = 3
STT_FILE = 4

EHDR_SIZE = 64
SHDR_SIZE = 64
SYM_SIZE = 24
RELA_SIZE = 24
REL_SIZE = 16

R_X86_64_NONE = 0
R_X86_64_64 = 1
R_X86_64_PC32 = 2
R_X86_64_PLT32 = 4
#: Highest relocation type the x86-64 psABI defines (R_X86_64_CODE_6_GOTTPOFF
#: is 50 in recent binutils); anything above is rejected as unknown.
R_X86_64_MAX = 50
