# SPDX-License-Identifier: GPL-2.0-only
"""x86-64 register numbers as objtool's CFI tracking uses them (arch/x86/include/arch/cfi_regs.h),
and the ORC register encoding (asm/orc_types.h)."""

from __future__ import annotations

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

# pseudo bases of objtool's cfi.h
CFI_UNDEFINED = -1
CFI_CFA = -2
CFI_SP_INDIRECT = -3
CFI_BP_INDIRECT = -4

REG_NAMES = ("rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
             "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "ra")

#: Registers the x86-64 SysV ABI makes callee-saved (arch_callee_saved_reg()).
CALLEE_SAVED = frozenset({CFI_BP, CFI_BX, CFI_R12, CFI_R13, CFI_R14, CFI_R15})

# ORC register encoding
ORC_REG_UNDEFINED = 0
ORC_REG_PREV_SP = 1
ORC_REG_DX = 2
ORC_REG_DI = 3
ORC_REG_BP = 4
ORC_REG_SP = 5
ORC_REG_R10 = 6
ORC_REG_R13 = 7
ORC_REG_BP_INDIRECT = 8
ORC_REG_SP_INDIRECT = 9

#: unwind hint sp_reg (ORC encoding) -> CFI base (arch_decode_hint_reg())
HINT_REG_TO_CFI = {
    ORC_REG_UNDEFINED: CFI_UNDEFINED,
    ORC_REG_SP: CFI_SP,
    ORC_REG_BP: CFI_BP,
    ORC_REG_SP_INDIRECT: CFI_SP_INDIRECT,
    ORC_REG_R10: CFI_R10,
    ORC_REG_R13: CFI_R13,
    ORC_REG_DI: CFI_DI,
    ORC_REG_DX: CFI_DX,
}

#: CFA base (CFI numbering) -> ORC sp_reg
CFA_BASE_TO_ORC = {
    CFI_SP: ORC_REG_SP,
    CFI_SP_INDIRECT: ORC_REG_SP_INDIRECT,
    CFI_BP: ORC_REG_BP,
    CFI_BP_INDIRECT: ORC_REG_BP_INDIRECT,
    CFI_R10: ORC_REG_R10,
    CFI_R13: ORC_REG_R13,
    CFI_DI: ORC_REG_DI,
    CFI_DX: ORC_REG_DX,
}
