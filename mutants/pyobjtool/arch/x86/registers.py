# SPDX-License-Identifier: GPL-2.0-only
"""x86-64 register numbers as objtool's CFI tracking uses them
(arch/x86/include/arch/cfi_regs.h): the order of the ModRM register field,
so a decoder can use the encoded number directly."""

from __future__ import annotations

from ..base import CfiRegisters

CFI_AX = 0
CFI_CX = 1
CFI_DX = 2
CFI_BX = 3
CFI_SP = 4
CFI_BP = 5
CFI_SI = 6
CFI_DI = 7
CFI_R8 = 8
CFI_R9 = 9
CFI_R10 = 10
CFI_R11 = 11
CFI_R12 = 12
CFI_R13 = 13
CFI_R14 = 14
CFI_R15 = 15
CFI_RA = 16
CFI_NUM_REGS = 17

REG_NAMES = ("rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
             "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "ra")

#: Registers the x86-64 SysV ABI makes callee-saved (arch_callee_saved_reg()).
CALLEE_SAVED = frozenset({CFI_BP, CFI_BX, CFI_R12, CFI_R13, CFI_R14, CFI_R15})

#: DWARF x86-64 register number -> CFI number (DWARF orders rax rdx rcx rbx rsi rdi rbp rsp r8..r15 ra)
DWARF_TO_CFI = {0: CFI_AX, 1: CFI_DX, 2: CFI_CX, 3: CFI_BX, 4: CFI_SI, 5: CFI_DI, 6: CFI_BP, 7: CFI_SP,
                **{n: n for n in range(8, 16)}, 16: CFI_RA}


def cfi_registers() -> CfiRegisters:
    from .orc import HINT_REG_TO_CFI

    return CfiRegisters(num_regs=CFI_NUM_REGS, sp=CFI_SP, bp=CFI_BP, ra=CFI_RA, callee_saved=CALLEE_SAVED,
                        names=REG_NAMES, initial_cfa=(CFI_SP, 8), ra_offset=-8,
                        hint_sp_regs=HINT_REG_TO_CFI, dwarf_to_cfi=DWARF_TO_CFI)
