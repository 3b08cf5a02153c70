# SPDX-License-Identifier: GPL-2.0-only
"""Interpreting stack operations: how each one changes the call-frame state.

This is objtool's update_cfi_state(), which knows the prologue/epilogue
idioms GCC and Clang emit (frame pointer setup, DRAP stack realignment,
``lea``/``mov`` copies of the stack pointer, stack swizzles) and gives up
with a warning on anything else.  The rules are kept branch for branch so
that the resulting CFI, and therefore the ORC tables, match objtool's.

The rules are arch-neutral; the stack pointer, frame pointer and
callee-saved registers are the architecture's (:class:`StackOps` binds them
once per object), and the unwind-hint types whose areas track only the
stack pointer are the objtool release's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arch.base import CFI_BP_INDIRECT, CFI_CFA, CFI_SP_INDIRECT, CFI_UNDEFINED
from ..arch.insn import (
    OP_DEST_MEM,
    OP_DEST_PUSH,
    OP_DEST_PUSHF,
    OP_DEST_REG,
    OP_DEST_REG_INDIRECT,
    OP_SRC_ADD,
    OP_SRC_AND,
    OP_SRC_POP,
    OP_SRC_POPF,
    OP_SRC_REG,
    OP_SRC_REG_INDIRECT,
    StackOp,
)

if TYPE_CHECKING:
    from ..arch.base import CfiRegisters
    from .cfi import CFIWork
    from .instruction import Instruction


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class StackOpError(Exception):
    """An operation objtool cannot follow; carries objtool's message."""
mutants_x__s32__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__s32__mutmut)
def _s32(value: int) -> int:
    return (value + 0x80000000) % (1 << 32) - 0x80000000


def x__s32__mutmut_orig(value: int) -> int:
    return (value + 0x80000000) % (1 << 32) - 0x80000000


def x__s32__mutmut_1(value: int) -> int:
    return (value + 0x80000000) % (1 << 32) + 0x80000000


def x__s32__mutmut_2(value: int) -> int:
    return (value + 0x80000000) / (1 << 32) - 0x80000000


def x__s32__mutmut_3(value: int) -> int:
    return (value - 0x80000000) % (1 << 32) - 0x80000000


def x__s32__mutmut_4(value: int) -> int:
    return (value + 2147483649) % (1 << 32) - 0x80000000


def x__s32__mutmut_5(value: int) -> int:
    return (value + 0x80000000) % (1 >> 32) - 0x80000000


def x__s32__mutmut_6(value: int) -> int:
    return (value + 0x80000000) % (2 << 32) - 0x80000000


def x__s32__mutmut_7(value: int) -> int:
    return (value + 0x80000000) % (1 << 33) - 0x80000000


def x__s32__mutmut_8(value: int) -> int:
    return (value + 0x80000000) % (1 << 32) - 2147483649

mutants_x__s32__mutmut['_mutmut_orig'] = x__s32__mutmut_orig # type: ignore # mutmut generated
mutants_x__s32__mutmut['x__s32__mutmut_1'] = x__s32__mutmut_1 # type: ignore # mutmut generated
mutants_x__s32__mutmut['x__s32__mutmut_2'] = x__s32__mutmut_2 # type: ignore # mutmut generated
mutants_x__s32__mutmut['x__s32__mutmut_3'] = x__s32__mutmut_3 # type: ignore # mutmut generated
mutants_x__s32__mutmut['x__s32__mutmut_4'] = x__s32__mutmut_4 # type: ignore # mutmut generated
mutants_x__s32__mutmut['x__s32__mutmut_5'] = x__s32__mutmut_5 # type: ignore # mutmut generated
mutants_x__s32__mutmut['x__s32__mutmut_6'] = x__s32__mutmut_6 # type: ignore # mutmut generated
mutants_x__s32__mutmut['x__s32__mutmut_7'] = x__s32__mutmut_7 # type: ignore # mutmut generated
mutants_x__s32__mutmut['x__s32__mutmut_8'] = x__s32__mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁ_save_reg__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁ_restore_reg__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁ_update_regs_type__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁupdate__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁ_push__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁ_store_reg__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁ_mov_reg__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁ_add__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁ_pop_reg__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁ_load_reg__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut: MutantDict = {}  # type: ignore


class StackOps:
    """update_cfi_state() for one object's architecture and objtool release.

    *precise_bp* is the ``rbp-hazards`` analysis's engine hook: only the pop
    from the slot where the caller's frame pointer was saved ends the frame
    (objtool ends it at any pop of the frame pointer).
    """

    __slots__ = ("sp", "bp", "ra", "callee_saved", "initial_cfa", "initial_regs", "regs_types", "stackval",
                 "precise_bp")

    @_mutmut_mutated(mutants_xǁStackOpsǁ__init____mutmut)
    def __init__(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False) -> None:
        self.sp = regs.sp
        self.bp = regs.bp
        self.ra = regs.ra
        self.callee_saved = regs.callee_saved
        self.initial_cfa = regs.initial_cfa
        self.initial_regs = regs.initial_regs
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = regs_types
        self.stackval = stackval
        self.precise_bp = precise_bp

    def xǁStackOpsǁ__init____mutmut_orig(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False) -> None:
        self.sp = regs.sp
        self.bp = regs.bp
        self.ra = regs.ra
        self.callee_saved = regs.callee_saved
        self.initial_cfa = regs.initial_cfa
        self.initial_regs = regs.initial_regs
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = regs_types
        self.stackval = stackval
        self.precise_bp = precise_bp

    def xǁStackOpsǁ__init____mutmut_1(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = True) -> None:
        self.sp = regs.sp
        self.bp = regs.bp
        self.ra = regs.ra
        self.callee_saved = regs.callee_saved
        self.initial_cfa = regs.initial_cfa
        self.initial_regs = regs.initial_regs
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = regs_types
        self.stackval = stackval
        self.precise_bp = precise_bp

    def xǁStackOpsǁ__init____mutmut_2(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False) -> None:
        self.sp = None
        self.bp = regs.bp
        self.ra = regs.ra
        self.callee_saved = regs.callee_saved
        self.initial_cfa = regs.initial_cfa
        self.initial_regs = regs.initial_regs
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = regs_types
        self.stackval = stackval
        self.precise_bp = precise_bp

    def xǁStackOpsǁ__init____mutmut_3(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False) -> None:
        self.sp = regs.sp
        self.bp = None
        self.ra = regs.ra
        self.callee_saved = regs.callee_saved
        self.initial_cfa = regs.initial_cfa
        self.initial_regs = regs.initial_regs
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = regs_types
        self.stackval = stackval
        self.precise_bp = precise_bp

    def xǁStackOpsǁ__init____mutmut_4(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False) -> None:
        self.sp = regs.sp
        self.bp = regs.bp
        self.ra = None
        self.callee_saved = regs.callee_saved
        self.initial_cfa = regs.initial_cfa
        self.initial_regs = regs.initial_regs
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = regs_types
        self.stackval = stackval
        self.precise_bp = precise_bp

    def xǁStackOpsǁ__init____mutmut_5(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False) -> None:
        self.sp = regs.sp
        self.bp = regs.bp
        self.ra = regs.ra
        self.callee_saved = None
        self.initial_cfa = regs.initial_cfa
        self.initial_regs = regs.initial_regs
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = regs_types
        self.stackval = stackval
        self.precise_bp = precise_bp

    def xǁStackOpsǁ__init____mutmut_6(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False) -> None:
        self.sp = regs.sp
        self.bp = regs.bp
        self.ra = regs.ra
        self.callee_saved = regs.callee_saved
        self.initial_cfa = None
        self.initial_regs = regs.initial_regs
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = regs_types
        self.stackval = stackval
        self.precise_bp = precise_bp

    def xǁStackOpsǁ__init____mutmut_7(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False) -> None:
        self.sp = regs.sp
        self.bp = regs.bp
        self.ra = regs.ra
        self.callee_saved = regs.callee_saved
        self.initial_cfa = regs.initial_cfa
        self.initial_regs = None
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = regs_types
        self.stackval = stackval
        self.precise_bp = precise_bp

    def xǁStackOpsǁ__init____mutmut_8(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False) -> None:
        self.sp = regs.sp
        self.bp = regs.bp
        self.ra = regs.ra
        self.callee_saved = regs.callee_saved
        self.initial_cfa = regs.initial_cfa
        self.initial_regs = regs.initial_regs
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = None
        self.stackval = stackval
        self.precise_bp = precise_bp

    def xǁStackOpsǁ__init____mutmut_9(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False) -> None:
        self.sp = regs.sp
        self.bp = regs.bp
        self.ra = regs.ra
        self.callee_saved = regs.callee_saved
        self.initial_cfa = regs.initial_cfa
        self.initial_regs = regs.initial_regs
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = regs_types
        self.stackval = None
        self.precise_bp = precise_bp

    def xǁStackOpsǁ__init____mutmut_10(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False) -> None:
        self.sp = regs.sp
        self.bp = regs.bp
        self.ra = regs.ra
        self.callee_saved = regs.callee_saved
        self.initial_cfa = regs.initial_cfa
        self.initial_regs = regs.initial_regs
        #: the release's unwind-hint types of UNWIND_HINT_REGS areas (only the SP offset is tracked)
        self.regs_types = regs_types
        self.stackval = stackval
        self.precise_bp = None

    # ------------------------------------------------------------------ registers

    @_mutmut_mutated(mutants_xǁStackOpsǁ_save_reg__mutmut)
    def _save_reg(self, cfi: CFIWork, reg: int, base: int, offset: int) -> None:
        if reg in self.callee_saved and cfi.regs[reg][0] == CFI_UNDEFINED:
            cfi.regs[reg] = (base, _s32(offset))

    # ------------------------------------------------------------------ registers

    def xǁStackOpsǁ_save_reg__mutmut_orig(self, cfi: CFIWork, reg: int, base: int, offset: int) -> None:
        if reg in self.callee_saved and cfi.regs[reg][0] == CFI_UNDEFINED:
            cfi.regs[reg] = (base, _s32(offset))

    # ------------------------------------------------------------------ registers

    def xǁStackOpsǁ_save_reg__mutmut_1(self, cfi: CFIWork, reg: int, base: int, offset: int) -> None:
        if reg in self.callee_saved or cfi.regs[reg][0] == CFI_UNDEFINED:
            cfi.regs[reg] = (base, _s32(offset))

    # ------------------------------------------------------------------ registers

    def xǁStackOpsǁ_save_reg__mutmut_2(self, cfi: CFIWork, reg: int, base: int, offset: int) -> None:
        if reg not in self.callee_saved and cfi.regs[reg][0] == CFI_UNDEFINED:
            cfi.regs[reg] = (base, _s32(offset))

    # ------------------------------------------------------------------ registers

    def xǁStackOpsǁ_save_reg__mutmut_3(self, cfi: CFIWork, reg: int, base: int, offset: int) -> None:
        if reg in self.callee_saved and cfi.regs[reg][1] == CFI_UNDEFINED:
            cfi.regs[reg] = (base, _s32(offset))

    # ------------------------------------------------------------------ registers

    def xǁStackOpsǁ_save_reg__mutmut_4(self, cfi: CFIWork, reg: int, base: int, offset: int) -> None:
        if reg in self.callee_saved and cfi.regs[reg][0] != CFI_UNDEFINED:
            cfi.regs[reg] = (base, _s32(offset))

    # ------------------------------------------------------------------ registers

    def xǁStackOpsǁ_save_reg__mutmut_5(self, cfi: CFIWork, reg: int, base: int, offset: int) -> None:
        if reg in self.callee_saved and cfi.regs[reg][0] == CFI_UNDEFINED:
            cfi.regs[reg] = None

    # ------------------------------------------------------------------ registers

    def xǁStackOpsǁ_save_reg__mutmut_6(self, cfi: CFIWork, reg: int, base: int, offset: int) -> None:
        if reg in self.callee_saved and cfi.regs[reg][0] == CFI_UNDEFINED:
            cfi.regs[reg] = (base, _s32(None))

    @_mutmut_mutated(mutants_xǁStackOpsǁ_restore_reg__mutmut)
    def _restore_reg(self, cfi: CFIWork, reg: int) -> None:
        cfi.regs[reg] = self.initial_regs[reg]

    def xǁStackOpsǁ_restore_reg__mutmut_orig(self, cfi: CFIWork, reg: int) -> None:
        cfi.regs[reg] = self.initial_regs[reg]

    def xǁStackOpsǁ_restore_reg__mutmut_1(self, cfi: CFIWork, reg: int) -> None:
        cfi.regs[reg] = None

    @_mutmut_mutated(mutants_xǁStackOpsǁ_update_regs_type__mutmut)
    def _update_regs_type(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_orig(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_1(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = None
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_2(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp or cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_3(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base == sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_4(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base == CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_5(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH and op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_6(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type != OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_7(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type != OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_8(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset = 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_9(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset -= 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_10(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 9
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_11(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP and op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_12(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_13(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type != OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_14(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset = 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_15(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset += 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_16(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 9
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_17(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp or op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_18(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD or op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_19(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG or op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_20(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type != OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_21(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type != OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_22(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg != sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_23(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg != sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)

    def xǁStackOpsǁ_update_regs_type__mutmut_24(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = None

    def xǁStackOpsǁ_update_regs_type__mutmut_25(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(None)

    def xǁStackOpsǁ_update_regs_type__mutmut_26(self, cfi: CFIWork, op: StackOp) -> None:
        """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
        sp = self.sp
        if cfi.cfa_base != sp and cfi.cfa_base != CFI_SP_INDIRECT:
            return
        if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
            cfi.cfa_offset -= 8
        if op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD and op.dest_reg == sp and op.src_reg == sp:
            cfi.cfa_offset = _s32(cfi.cfa_offset + op.src_offset)

    # ------------------------------------------------------------------ one operation

    @_mutmut_mutated(mutants_xǁStackOpsǁupdate__mutmut)
    def update(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_orig(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_1(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base != CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_2(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_3(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError(None)
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_4(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("XXundefined stack stateXX")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_5(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("UNDEFINED STACK STATE")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_6(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return True

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_7(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type not in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_8(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(None, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_9(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, None)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_10(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_11(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, )
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_12(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return False

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_13(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = None
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_14(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type != OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_15(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = None
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_16(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type != OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_17(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(None, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_18(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, None)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_19(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_20(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, )
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_21(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type != OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_22(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(None, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_23(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, None, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_24(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, None)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_25(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_26(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_27(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, )
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_28(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type != OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_29(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = None
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_30(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp) and (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_31(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp and (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_32(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg == sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_33(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED or cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_34(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_35(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base == sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_36(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED or cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_37(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_38(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base == bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_39(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError(None)
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_40(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("XXunsupported stack pointer realignmentXX")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_41(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("UNSUPPORTED STACK POINTER REALIGNMENT")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_42(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg == CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_43(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = None
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_44(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = None
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_45(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 1
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_46(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = None
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_47(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = False
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_48(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP and src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_49(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type != OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_50(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type != OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_51(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(None, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_52(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, None)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_53(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_54(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, )
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_55(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type != OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_56(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(None, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_57(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, None)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_58(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_59(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, )
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_60(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError(None)

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_61(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("XXunknown stack-related instructionXX")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_62(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("UNKNOWN STACK-RELATED INSTRUCTION")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_63(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH and dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_64(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type != OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_65(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type != OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_66(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(None, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_67(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, None, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_68(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, None)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_69(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_70(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_71(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, )

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_72(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type != OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_73(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(None, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_74(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, None)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_75(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_76(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, )

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_77(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type != OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_78(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP or op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_79(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type == OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_80(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type == OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_81(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError(None)
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_82(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("XXunknown stack-related memory operationXX")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_83(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("UNKNOWN STACK-RELATED MEMORY OPERATION")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_84(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size = 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_85(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size += 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_86(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 9
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_87(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base != self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_88(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset = 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_89(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset += 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_90(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 9

        else:
            raise StackOpError("unknown stack-related instruction")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_91(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError(None)
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_92(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("XXunknown stack-related instructionXX")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_93(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("UNKNOWN STACK-RELATED INSTRUCTION")
        return True

    # ------------------------------------------------------------------ one operation

    def xǁStackOpsǁupdate__mutmut_94(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.cfa_base == CFI_UNDEFINED:
            if insn.func is not None:
                raise StackOpError("undefined stack state")
            return False

        if cfi.type in self.regs_types:
            self._update_regs_type(cfi, op)
            return True

        dest_type = op.dest_type
        if dest_type == OP_DEST_REG:
            src_type = op.src_type
            if src_type == OP_SRC_REG:
                self._mov_reg(cfi, op)
            elif src_type == OP_SRC_ADD:
                self._add(next_insn, cfi, op)
            elif src_type == OP_SRC_AND:
                sp, bp = self.sp, self.bp
                if (op.dest_reg != sp
                        or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != sp)
                        or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != bp)):
                    raise StackOpError("unsupported stack pointer realignment")
                if cfi.drap_reg != CFI_UNDEFINED:
                    # drap: and imm, %rsp
                    cfi.cfa_base = cfi.drap_reg
                    cfi.cfa_offset = cfi.stack_size = 0
                    cfi.drap = True
                # older GCCs realign with a frame pointer and no DRAP: nothing to do
            elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
                self._pop_reg(cfi, op)
            elif src_type == OP_SRC_REG_INDIRECT:
                self._load_reg(cfi, op)
            else:
                raise StackOpError("unknown stack-related instruction")

        elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
            self._push(insn, cfi, op)

        elif dest_type == OP_DEST_REG_INDIRECT:
            self._store_reg(cfi, op)

        elif dest_type == OP_DEST_MEM:
            if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
                raise StackOpError("unknown stack-related memory operation")
            # pop mem
            cfi.stack_size -= 8
            if cfi.cfa_base == self.sp:
                cfi.cfa_offset -= 8

        else:
            raise StackOpError("unknown stack-related instruction")
        return False

    @_mutmut_mutated(mutants_xǁStackOpsǁ_push__mutmut)
    def _push(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_orig(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_1(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = None
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_2(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size = 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_3(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size -= 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_4(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 9
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_5(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base != self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_6(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset = 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_7(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset -= 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_8(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 9
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_9(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type == OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_10(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = None
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_11(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base or src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_12(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src != cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_13(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src != cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_14(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = None
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_15(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = None
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_16(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = +cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_17(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = None
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_18(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = +cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_19(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp or cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_20(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src != bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_21(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base != cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_22(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = None
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_23(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 1
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_24(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(None, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_25(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, None, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_26(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, None, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_27(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, None)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_28(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_29(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_30(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_31(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, )
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_32(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, +cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_33(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(None, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_34(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, None, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_35(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, None, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_36(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, None)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_37(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_38(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_39(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_40(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, )
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_41(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, +cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_42(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp or cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_43(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None or src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_44(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval or insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_45(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_46(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src != bp and cfi.cfa_base != bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_47(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base == bp:
            cfi.bp_scratch = True

    def xǁStackOpsǁ_push__mutmut_48(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = None

    def xǁStackOpsǁ_push__mutmut_49(self, insn: Instruction, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_PUSH/PUSHF."""
        bp = self.bp
        cfi.stack_size += 8
        if cfi.cfa_base == self.sp:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == bp and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                self._save_reg(cfi, src, bp, -cfi.stack_size)
        else:
            # push %reg
            self._save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if self.stackval and insn.func is not None and src == bp and cfi.cfa_base != bp:
            cfi.bp_scratch = False

    @_mutmut_mutated(mutants_xǁStackOpsǁ_store_reg__mutmut)
    def _store_reg(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_orig(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_1(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = None
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_2(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base or op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_3(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg != cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_4(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg != cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_5(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = None
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_6(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = None
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_7(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = None
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_8(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(None, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_9(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, None, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_10(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, None, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_11(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, None)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_12(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_13(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_14(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_15(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, )
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_16(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg != cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_17(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(None, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_18(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, None, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_19(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, None, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_20(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, None)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_21(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_22(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_23(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_24(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, )
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_25(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset + cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_26(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg != sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_27(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(None, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_28(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, None, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_29(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, None, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_30(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, None)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_31(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_32(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_33(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_34(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, )
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_35(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset + cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_36(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp or op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_37(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg != sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_38(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset != 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_39(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 1:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    def xǁStackOpsǁ_store_reg__mutmut_40(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG_INDIRECT: mov reg, disp(%reg)."""
        sp = self.sp
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                self._save_reg(cfi, op.src_reg, self.bp, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == sp:
            # mov reg, disp(%rsp)
            self._save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == sp and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = None

    @_mutmut_mutated(mutants_xǁStackOpsǁ_mov_reg__mutmut)
    def _mov_reg(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_orig(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_1(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = None
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_2(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = None
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_3(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = None
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_4(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp or regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_5(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp or cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_6(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp or dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_7(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src != sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_8(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest != bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_9(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base != sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_10(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] != (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_11(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, +cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_12(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = None
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_13(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = None
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_14(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = True
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_15(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp or cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_16(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp or dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_17(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src != sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_18(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest != bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_19(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = None
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_20(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(None))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_21(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(+cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_22(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = None
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_23(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = True
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_24(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp or cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_25(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src != sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_26(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base != sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_27(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = None
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_28(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(None))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_29(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(+cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_30(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp or (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_31(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp or dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_32(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src != bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_33(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest != sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_34(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp and cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_35(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base != bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_36(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base != cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_37(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = None
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_38(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(None)
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_39(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(+regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_40(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][2])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_41(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest != cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_42(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = None
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_43(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp or val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_44(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base != sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_45(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[1] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_46(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] != CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_47(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = None
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_48(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(None)
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_49(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(+val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_50(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[2])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_51(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = None
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_52(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT or val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_53(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp or val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_54(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base != sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_55(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[1] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_56(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] != CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_57(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[2] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_58(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] != cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_59(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = None
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_60(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = None
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_61(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = None
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_62(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 1
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_63(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT or cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_64(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp or cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_65(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest != sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_66(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][1] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_67(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] != CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_68(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][2] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_69(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] != cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 8

    def xǁStackOpsǁ_mov_reg__mutmut_70(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size = 8

    def xǁStackOpsǁ_mov_reg__mutmut_71(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size -= 8

    def xǁStackOpsǁ_mov_reg__mutmut_72(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        regs = cfi.regs
        if src == sp and dest == bp and cfi.cfa_base == sp and regs[bp] == (CFI_CFA, -cfi.cfa_offset):
            # mov %rsp, %rbp
            cfi.cfa_base = dest
            cfi.bp_scratch = False
        elif src == sp and dest == bp and cfi.drap:
            # drap: mov %rsp, %rbp
            regs[bp] = (bp, _s32(-cfi.stack_size))
            cfi.bp_scratch = False
        elif src == sp and cfi.cfa_base == sp:
            # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
        elif src == bp and dest == sp and (cfi.cfa_base == bp or cfi.cfa_base == cfi.drap_reg):
            # mov %rbp, %rsp: restore the original stack pointer (Clang)
            cfi.stack_size = _s32(-regs[bp][1])
        elif dest == cfi.cfa_base:
            # mov %reg, %rsp
            val = cfi.vals[src]
            if cfi.cfa_base == sp and val[0] == CFI_CFA:
                # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
                cfi.cfa_offset = _s32(-val[1])
                cfi.stack_size = cfi.cfa_offset
            elif cfi.cfa_base == sp and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
                # stack swizzle: switch to the new stack whose top holds the old %rsp;
                # the unwinder will find the next frame at (%rsp) + offset
                cfi.cfa_base = CFI_SP_INDIRECT
            else:
                cfi.cfa_base = CFI_UNDEFINED
                cfi.cfa_offset = 0
        elif dest == sp and cfi.vals[src][0] == CFI_SP_INDIRECT and cfi.vals[src][1] == cfi.cfa_offset:
            # the same swizzle when the CFA isn't %rsp: pretend a push so that
            # the "pop %rsp" at the end stays balanced
            cfi.stack_size += 9

    @_mutmut_mutated(mutants_xǁStackOpsǁ_add__mutmut)
    def _add(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_orig(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_1(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = None
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_2(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = None
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_3(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp or src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_4(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest != sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_5(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src != sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_6(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = None
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_7(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(None)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_8(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size + op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_9(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base != sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_10(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = None
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_11(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(None)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_12(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset + op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_13(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp or src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_14(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest != sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_15(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src != bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_16(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = None
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_17(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(None)
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_18(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(+(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_19(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset - cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_20(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][2]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_21(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp or cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_22(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src != sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_23(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base != sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_24(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = None
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_25(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = None
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_26(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(None))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_27(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size - op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_28(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(+cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_29(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp or src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_30(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap or dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_31(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest != sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_32(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src != cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_33(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = None
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_34(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = None
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_35(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(None)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_36(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(+op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_37(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = None
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_38(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = None
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_39(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = True
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_40(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base or not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_41(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest != cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_42(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and (next_insn is not None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_43(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None or next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_44(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is None and next_insn.hint):
            raise StackOpError("unsupported stack register modification")

    def xǁStackOpsǁ_add__mutmut_45(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError(None)

    def xǁStackOpsǁ_add__mutmut_46(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("XXunsupported stack register modificationXX")

    def xǁStackOpsǁ_add__mutmut_47(self, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
        sp, bp = self.sp, self.bp
        src, dest = op.src_reg, op.dest_reg
        if dest == sp and src == sp:
            # add imm, %rsp
            cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
            if cfi.cfa_base == sp:
                cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
            return
        if dest == sp and src == bp:
            # lea disp(%rbp), %rsp
            cfi.stack_size = _s32(-(op.src_offset + cfi.regs[bp][1]))
            return
        if src == sp and cfi.cfa_base == sp:
            # drap: lea disp(%rsp), %drap
            cfi.drap_reg = dest
            # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
            return
        if cfi.drap and dest == sp and src == cfi.drap_reg:
            # drap: lea disp(%drap), %rsp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
            cfi.drap_reg = CFI_UNDEFINED
            cfi.drap = False
            return
        if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
            raise StackOpError("UNSUPPORTED STACK REGISTER MODIFICATION")

    @_mutmut_mutated(mutants_xǁStackOpsǁ_pop_reg__mutmut)
    def _pop_reg(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_orig(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_1(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = None
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_2(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = None
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_3(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp or cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_4(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest != sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_5(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base != CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_6(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = None
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_7(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base or (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_8(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap or dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_9(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_10(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest != cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_11(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp and cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_12(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_13(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size != -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_14(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == +cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_15(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][2])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_16(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = None
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_17(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg or cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_18(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT or dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_19(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap or cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_20(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base != CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_21(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest != cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_22(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset != -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_23(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == +cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_24(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = None
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_25(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = None
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_26(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 1
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_27(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = None
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_28(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = +1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_29(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -2
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_30(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size != -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_31(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == +cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_32(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][2]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_33(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(None, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_34(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, None)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_35(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_36(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, )
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_37(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size = 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_38(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size += 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_39(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 9
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_40(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base != sp:
            cfi.cfa_offset -= 8

    def xǁStackOpsǁ_pop_reg__mutmut_41(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset = 8

    def xǁStackOpsǁ_pop_reg__mutmut_42(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset += 8

    def xǁStackOpsǁ_pop_reg__mutmut_43(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_POP/POPF.

        With *precise_bp* only the pop from the slot where the caller's frame
        pointer was saved ends the frame; a pop from another slot restores a
        frame pointer saved mid-function (``push %rbp ... pop %rbp`` around
        VM-Enter asm) and the frame goes on.
        """
        sp = self.sp
        dest = op.dest_reg
        if dest == sp and cfi.cfa_base == CFI_SP_INDIRECT:
            # pop %rsp: back from a stack swizzle
            cfi.cfa_base = sp
            return
        if (not cfi.drap and dest == cfi.cfa_base
                and (not self.precise_bp or cfi.stack_size == -cfi.regs[dest][1])):
            # pop %rbp
            cfi.cfa_base = sp
        if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
                and cfi.drap_offset == -cfi.stack_size):
            # drap: pop %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        elif cfi.stack_size == -cfi.regs[dest][1]:
            # pop %reg
            self._restore_reg(cfi, dest)
        cfi.stack_size -= 8
        if cfi.cfa_base == sp:
            cfi.cfa_offset -= 9

    @_mutmut_mutated(mutants_xǁStackOpsǁ_load_reg__mutmut)
    def _load_reg(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_orig(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_1(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = None
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_2(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = None
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_3(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = None
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_4(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base or dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_5(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap or dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_6(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_7(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest != cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_8(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest != bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_9(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = None
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_10(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = None
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_11(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp or disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_12(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap or src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_13(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src != bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_14(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp != cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_15(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = None
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_16(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = None
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_17(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 1
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_18(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = None
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_19(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = +1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_20(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -2
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_21(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp or disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_22(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap or src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_23(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src != bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_24(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp != regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_25(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][2]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_26(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(None, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_27(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, None)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_28(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_29(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, )
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_30(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base or disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_31(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src != cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_32(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp != regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_33(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] - cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_34(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][2] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_35(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(None, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_36(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, None)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_37(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_38(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, )
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_39(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp or disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_40(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src != sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_41(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp != regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_42(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] - cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_43(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][2] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)

    def xǁStackOpsǁ_load_reg__mutmut_44(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(None, dest)

    def xǁStackOpsǁ_load_reg__mutmut_45(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, None)

    def xǁStackOpsǁ_load_reg__mutmut_46(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(dest)

    def xǁStackOpsǁ_load_reg__mutmut_47(self, cfi: CFIWork, op: StackOp) -> None:
        """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
        sp, bp = self.sp, self.bp
        dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
        regs = cfi.regs
        if not cfi.drap and dest == cfi.cfa_base and dest == bp:
            # mov disp(%rsp), %rbp
            cfi.cfa_base = sp
            cfi.cfa_offset = cfi.stack_size
        if cfi.drap and src == bp and disp == cfi.drap_offset:
            # drap: mov disp(%rbp), %drap
            cfi.cfa_base = cfi.drap_reg
            cfi.cfa_offset = 0
            cfi.drap_offset = -1
        if cfi.drap and src == bp and disp == regs[dest][1]:
            # drap: mov disp(%rbp), %reg
            self._restore_reg(cfi, dest)
        elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
            # mov disp(%rbp), %reg / mov disp(%rsp), %reg
            self._restore_reg(cfi, dest)
        elif src == sp and disp == regs[dest][1] + cfi.stack_size:
            # mov disp(%rsp), %reg
            self._restore_reg(cfi, )

    # ------------------------------------------------------------------ frame tests

    @_mutmut_mutated(mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut)
    def has_modified_stack_frame(self, cfi) -> bool:
        """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
        base, offset = self.initial_cfa
        if cfi.cfa_base != base or cfi.drap:
            return True
        if cfi.cfa_offset != offset:
            return True
        if cfi.stack_size != offset:
            return True
        return cfi.regs != self.initial_regs

    # ------------------------------------------------------------------ frame tests

    def xǁStackOpsǁhas_modified_stack_frame__mutmut_orig(self, cfi) -> bool:
        """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
        base, offset = self.initial_cfa
        if cfi.cfa_base != base or cfi.drap:
            return True
        if cfi.cfa_offset != offset:
            return True
        if cfi.stack_size != offset:
            return True
        return cfi.regs != self.initial_regs

    # ------------------------------------------------------------------ frame tests

    def xǁStackOpsǁhas_modified_stack_frame__mutmut_1(self, cfi) -> bool:
        """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
        base, offset = None
        if cfi.cfa_base != base or cfi.drap:
            return True
        if cfi.cfa_offset != offset:
            return True
        if cfi.stack_size != offset:
            return True
        return cfi.regs != self.initial_regs

    # ------------------------------------------------------------------ frame tests

    def xǁStackOpsǁhas_modified_stack_frame__mutmut_2(self, cfi) -> bool:
        """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
        base, offset = self.initial_cfa
        if cfi.cfa_base != base and cfi.drap:
            return True
        if cfi.cfa_offset != offset:
            return True
        if cfi.stack_size != offset:
            return True
        return cfi.regs != self.initial_regs

    # ------------------------------------------------------------------ frame tests

    def xǁStackOpsǁhas_modified_stack_frame__mutmut_3(self, cfi) -> bool:
        """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
        base, offset = self.initial_cfa
        if cfi.cfa_base == base or cfi.drap:
            return True
        if cfi.cfa_offset != offset:
            return True
        if cfi.stack_size != offset:
            return True
        return cfi.regs != self.initial_regs

    # ------------------------------------------------------------------ frame tests

    def xǁStackOpsǁhas_modified_stack_frame__mutmut_4(self, cfi) -> bool:
        """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
        base, offset = self.initial_cfa
        if cfi.cfa_base != base or cfi.drap:
            return False
        if cfi.cfa_offset != offset:
            return True
        if cfi.stack_size != offset:
            return True
        return cfi.regs != self.initial_regs

    # ------------------------------------------------------------------ frame tests

    def xǁStackOpsǁhas_modified_stack_frame__mutmut_5(self, cfi) -> bool:
        """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
        base, offset = self.initial_cfa
        if cfi.cfa_base != base or cfi.drap:
            return True
        if cfi.cfa_offset == offset:
            return True
        if cfi.stack_size != offset:
            return True
        return cfi.regs != self.initial_regs

    # ------------------------------------------------------------------ frame tests

    def xǁStackOpsǁhas_modified_stack_frame__mutmut_6(self, cfi) -> bool:
        """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
        base, offset = self.initial_cfa
        if cfi.cfa_base != base or cfi.drap:
            return True
        if cfi.cfa_offset != offset:
            return False
        if cfi.stack_size != offset:
            return True
        return cfi.regs != self.initial_regs

    # ------------------------------------------------------------------ frame tests

    def xǁStackOpsǁhas_modified_stack_frame__mutmut_7(self, cfi) -> bool:
        """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
        base, offset = self.initial_cfa
        if cfi.cfa_base != base or cfi.drap:
            return True
        if cfi.cfa_offset != offset:
            return True
        if cfi.stack_size == offset:
            return True
        return cfi.regs != self.initial_regs

    # ------------------------------------------------------------------ frame tests

    def xǁStackOpsǁhas_modified_stack_frame__mutmut_8(self, cfi) -> bool:
        """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
        base, offset = self.initial_cfa
        if cfi.cfa_base != base or cfi.drap:
            return True
        if cfi.cfa_offset != offset:
            return True
        if cfi.stack_size != offset:
            return False
        return cfi.regs != self.initial_regs

    # ------------------------------------------------------------------ frame tests

    def xǁStackOpsǁhas_modified_stack_frame__mutmut_9(self, cfi) -> bool:
        """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
        base, offset = self.initial_cfa
        if cfi.cfa_base != base or cfi.drap:
            return True
        if cfi.cfa_offset != offset:
            return True
        if cfi.stack_size != offset:
            return True
        return cfi.regs == self.initial_regs

    @_mutmut_mutated(mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut)
    def has_valid_stack_frame(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_orig(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_1(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = None
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_2(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset) or cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_3(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp or cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_4(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base != bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_5(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] != (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_6(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, +cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_7(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] != (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_8(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset - 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_9(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, +cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_10(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 9)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_11(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return False
        return bool(cfi.drap and cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_12(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(None)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_13(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap or cfi.regs[bp][0] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_14(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][1] == bp)

    def xǁStackOpsǁhas_valid_stack_frame__mutmut_15(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] != bp)

mutants_xǁStackOpsǁ__init____mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁ__init____mutmut['xǁStackOpsǁ__init____mutmut_1'] = StackOps.xǁStackOpsǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ__init____mutmut['xǁStackOpsǁ__init____mutmut_2'] = StackOps.xǁStackOpsǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ__init____mutmut['xǁStackOpsǁ__init____mutmut_3'] = StackOps.xǁStackOpsǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ__init____mutmut['xǁStackOpsǁ__init____mutmut_4'] = StackOps.xǁStackOpsǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ__init____mutmut['xǁStackOpsǁ__init____mutmut_5'] = StackOps.xǁStackOpsǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ__init____mutmut['xǁStackOpsǁ__init____mutmut_6'] = StackOps.xǁStackOpsǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ__init____mutmut['xǁStackOpsǁ__init____mutmut_7'] = StackOps.xǁStackOpsǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ__init____mutmut['xǁStackOpsǁ__init____mutmut_8'] = StackOps.xǁStackOpsǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ__init____mutmut['xǁStackOpsǁ__init____mutmut_9'] = StackOps.xǁStackOpsǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ__init____mutmut['xǁStackOpsǁ__init____mutmut_10'] = StackOps.xǁStackOpsǁ__init____mutmut_10 # type: ignore # mutmut generated

mutants_xǁStackOpsǁ_save_reg__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁ_save_reg__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_save_reg__mutmut['xǁStackOpsǁ_save_reg__mutmut_1'] = StackOps.xǁStackOpsǁ_save_reg__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_save_reg__mutmut['xǁStackOpsǁ_save_reg__mutmut_2'] = StackOps.xǁStackOpsǁ_save_reg__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_save_reg__mutmut['xǁStackOpsǁ_save_reg__mutmut_3'] = StackOps.xǁStackOpsǁ_save_reg__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_save_reg__mutmut['xǁStackOpsǁ_save_reg__mutmut_4'] = StackOps.xǁStackOpsǁ_save_reg__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_save_reg__mutmut['xǁStackOpsǁ_save_reg__mutmut_5'] = StackOps.xǁStackOpsǁ_save_reg__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_save_reg__mutmut['xǁStackOpsǁ_save_reg__mutmut_6'] = StackOps.xǁStackOpsǁ_save_reg__mutmut_6 # type: ignore # mutmut generated

mutants_xǁStackOpsǁ_restore_reg__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁ_restore_reg__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_restore_reg__mutmut['xǁStackOpsǁ_restore_reg__mutmut_1'] = StackOps.xǁStackOpsǁ_restore_reg__mutmut_1 # type: ignore # mutmut generated

mutants_xǁStackOpsǁ_update_regs_type__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_1'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_2'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_3'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_4'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_5'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_6'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_6 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_7'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_7 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_8'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_9'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_9 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_10'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_10 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_11'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_11 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_12'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_12 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_13'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_13 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_14'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_14 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_15'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_15 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_16'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_16 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_17'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_17 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_18'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_18 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_19'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_19 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_20'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_20 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_21'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_21 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_22'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_22 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_23'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_23 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_24'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_24 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_25'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_25 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_update_regs_type__mutmut['xǁStackOpsǁ_update_regs_type__mutmut_26'] = StackOps.xǁStackOpsǁ_update_regs_type__mutmut_26 # type: ignore # mutmut generated

mutants_xǁStackOpsǁupdate__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁupdate__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_1'] = StackOps.xǁStackOpsǁupdate__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_2'] = StackOps.xǁStackOpsǁupdate__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_3'] = StackOps.xǁStackOpsǁupdate__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_4'] = StackOps.xǁStackOpsǁupdate__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_5'] = StackOps.xǁStackOpsǁupdate__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_6'] = StackOps.xǁStackOpsǁupdate__mutmut_6 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_7'] = StackOps.xǁStackOpsǁupdate__mutmut_7 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_8'] = StackOps.xǁStackOpsǁupdate__mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_9'] = StackOps.xǁStackOpsǁupdate__mutmut_9 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_10'] = StackOps.xǁStackOpsǁupdate__mutmut_10 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_11'] = StackOps.xǁStackOpsǁupdate__mutmut_11 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_12'] = StackOps.xǁStackOpsǁupdate__mutmut_12 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_13'] = StackOps.xǁStackOpsǁupdate__mutmut_13 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_14'] = StackOps.xǁStackOpsǁupdate__mutmut_14 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_15'] = StackOps.xǁStackOpsǁupdate__mutmut_15 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_16'] = StackOps.xǁStackOpsǁupdate__mutmut_16 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_17'] = StackOps.xǁStackOpsǁupdate__mutmut_17 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_18'] = StackOps.xǁStackOpsǁupdate__mutmut_18 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_19'] = StackOps.xǁStackOpsǁupdate__mutmut_19 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_20'] = StackOps.xǁStackOpsǁupdate__mutmut_20 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_21'] = StackOps.xǁStackOpsǁupdate__mutmut_21 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_22'] = StackOps.xǁStackOpsǁupdate__mutmut_22 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_23'] = StackOps.xǁStackOpsǁupdate__mutmut_23 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_24'] = StackOps.xǁStackOpsǁupdate__mutmut_24 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_25'] = StackOps.xǁStackOpsǁupdate__mutmut_25 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_26'] = StackOps.xǁStackOpsǁupdate__mutmut_26 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_27'] = StackOps.xǁStackOpsǁupdate__mutmut_27 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_28'] = StackOps.xǁStackOpsǁupdate__mutmut_28 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_29'] = StackOps.xǁStackOpsǁupdate__mutmut_29 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_30'] = StackOps.xǁStackOpsǁupdate__mutmut_30 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_31'] = StackOps.xǁStackOpsǁupdate__mutmut_31 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_32'] = StackOps.xǁStackOpsǁupdate__mutmut_32 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_33'] = StackOps.xǁStackOpsǁupdate__mutmut_33 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_34'] = StackOps.xǁStackOpsǁupdate__mutmut_34 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_35'] = StackOps.xǁStackOpsǁupdate__mutmut_35 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_36'] = StackOps.xǁStackOpsǁupdate__mutmut_36 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_37'] = StackOps.xǁStackOpsǁupdate__mutmut_37 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_38'] = StackOps.xǁStackOpsǁupdate__mutmut_38 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_39'] = StackOps.xǁStackOpsǁupdate__mutmut_39 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_40'] = StackOps.xǁStackOpsǁupdate__mutmut_40 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_41'] = StackOps.xǁStackOpsǁupdate__mutmut_41 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_42'] = StackOps.xǁStackOpsǁupdate__mutmut_42 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_43'] = StackOps.xǁStackOpsǁupdate__mutmut_43 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_44'] = StackOps.xǁStackOpsǁupdate__mutmut_44 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_45'] = StackOps.xǁStackOpsǁupdate__mutmut_45 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_46'] = StackOps.xǁStackOpsǁupdate__mutmut_46 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_47'] = StackOps.xǁStackOpsǁupdate__mutmut_47 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_48'] = StackOps.xǁStackOpsǁupdate__mutmut_48 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_49'] = StackOps.xǁStackOpsǁupdate__mutmut_49 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_50'] = StackOps.xǁStackOpsǁupdate__mutmut_50 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_51'] = StackOps.xǁStackOpsǁupdate__mutmut_51 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_52'] = StackOps.xǁStackOpsǁupdate__mutmut_52 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_53'] = StackOps.xǁStackOpsǁupdate__mutmut_53 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_54'] = StackOps.xǁStackOpsǁupdate__mutmut_54 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_55'] = StackOps.xǁStackOpsǁupdate__mutmut_55 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_56'] = StackOps.xǁStackOpsǁupdate__mutmut_56 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_57'] = StackOps.xǁStackOpsǁupdate__mutmut_57 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_58'] = StackOps.xǁStackOpsǁupdate__mutmut_58 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_59'] = StackOps.xǁStackOpsǁupdate__mutmut_59 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_60'] = StackOps.xǁStackOpsǁupdate__mutmut_60 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_61'] = StackOps.xǁStackOpsǁupdate__mutmut_61 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_62'] = StackOps.xǁStackOpsǁupdate__mutmut_62 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_63'] = StackOps.xǁStackOpsǁupdate__mutmut_63 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_64'] = StackOps.xǁStackOpsǁupdate__mutmut_64 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_65'] = StackOps.xǁStackOpsǁupdate__mutmut_65 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_66'] = StackOps.xǁStackOpsǁupdate__mutmut_66 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_67'] = StackOps.xǁStackOpsǁupdate__mutmut_67 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_68'] = StackOps.xǁStackOpsǁupdate__mutmut_68 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_69'] = StackOps.xǁStackOpsǁupdate__mutmut_69 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_70'] = StackOps.xǁStackOpsǁupdate__mutmut_70 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_71'] = StackOps.xǁStackOpsǁupdate__mutmut_71 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_72'] = StackOps.xǁStackOpsǁupdate__mutmut_72 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_73'] = StackOps.xǁStackOpsǁupdate__mutmut_73 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_74'] = StackOps.xǁStackOpsǁupdate__mutmut_74 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_75'] = StackOps.xǁStackOpsǁupdate__mutmut_75 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_76'] = StackOps.xǁStackOpsǁupdate__mutmut_76 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_77'] = StackOps.xǁStackOpsǁupdate__mutmut_77 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_78'] = StackOps.xǁStackOpsǁupdate__mutmut_78 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_79'] = StackOps.xǁStackOpsǁupdate__mutmut_79 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_80'] = StackOps.xǁStackOpsǁupdate__mutmut_80 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_81'] = StackOps.xǁStackOpsǁupdate__mutmut_81 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_82'] = StackOps.xǁStackOpsǁupdate__mutmut_82 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_83'] = StackOps.xǁStackOpsǁupdate__mutmut_83 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_84'] = StackOps.xǁStackOpsǁupdate__mutmut_84 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_85'] = StackOps.xǁStackOpsǁupdate__mutmut_85 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_86'] = StackOps.xǁStackOpsǁupdate__mutmut_86 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_87'] = StackOps.xǁStackOpsǁupdate__mutmut_87 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_88'] = StackOps.xǁStackOpsǁupdate__mutmut_88 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_89'] = StackOps.xǁStackOpsǁupdate__mutmut_89 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_90'] = StackOps.xǁStackOpsǁupdate__mutmut_90 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_91'] = StackOps.xǁStackOpsǁupdate__mutmut_91 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_92'] = StackOps.xǁStackOpsǁupdate__mutmut_92 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_93'] = StackOps.xǁStackOpsǁupdate__mutmut_93 # type: ignore # mutmut generated
mutants_xǁStackOpsǁupdate__mutmut['xǁStackOpsǁupdate__mutmut_94'] = StackOps.xǁStackOpsǁupdate__mutmut_94 # type: ignore # mutmut generated

mutants_xǁStackOpsǁ_push__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁ_push__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_1'] = StackOps.xǁStackOpsǁ_push__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_2'] = StackOps.xǁStackOpsǁ_push__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_3'] = StackOps.xǁStackOpsǁ_push__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_4'] = StackOps.xǁStackOpsǁ_push__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_5'] = StackOps.xǁStackOpsǁ_push__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_6'] = StackOps.xǁStackOpsǁ_push__mutmut_6 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_7'] = StackOps.xǁStackOpsǁ_push__mutmut_7 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_8'] = StackOps.xǁStackOpsǁ_push__mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_9'] = StackOps.xǁStackOpsǁ_push__mutmut_9 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_10'] = StackOps.xǁStackOpsǁ_push__mutmut_10 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_11'] = StackOps.xǁStackOpsǁ_push__mutmut_11 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_12'] = StackOps.xǁStackOpsǁ_push__mutmut_12 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_13'] = StackOps.xǁStackOpsǁ_push__mutmut_13 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_14'] = StackOps.xǁStackOpsǁ_push__mutmut_14 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_15'] = StackOps.xǁStackOpsǁ_push__mutmut_15 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_16'] = StackOps.xǁStackOpsǁ_push__mutmut_16 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_17'] = StackOps.xǁStackOpsǁ_push__mutmut_17 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_18'] = StackOps.xǁStackOpsǁ_push__mutmut_18 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_19'] = StackOps.xǁStackOpsǁ_push__mutmut_19 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_20'] = StackOps.xǁStackOpsǁ_push__mutmut_20 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_21'] = StackOps.xǁStackOpsǁ_push__mutmut_21 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_22'] = StackOps.xǁStackOpsǁ_push__mutmut_22 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_23'] = StackOps.xǁStackOpsǁ_push__mutmut_23 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_24'] = StackOps.xǁStackOpsǁ_push__mutmut_24 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_25'] = StackOps.xǁStackOpsǁ_push__mutmut_25 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_26'] = StackOps.xǁStackOpsǁ_push__mutmut_26 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_27'] = StackOps.xǁStackOpsǁ_push__mutmut_27 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_28'] = StackOps.xǁStackOpsǁ_push__mutmut_28 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_29'] = StackOps.xǁStackOpsǁ_push__mutmut_29 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_30'] = StackOps.xǁStackOpsǁ_push__mutmut_30 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_31'] = StackOps.xǁStackOpsǁ_push__mutmut_31 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_32'] = StackOps.xǁStackOpsǁ_push__mutmut_32 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_33'] = StackOps.xǁStackOpsǁ_push__mutmut_33 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_34'] = StackOps.xǁStackOpsǁ_push__mutmut_34 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_35'] = StackOps.xǁStackOpsǁ_push__mutmut_35 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_36'] = StackOps.xǁStackOpsǁ_push__mutmut_36 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_37'] = StackOps.xǁStackOpsǁ_push__mutmut_37 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_38'] = StackOps.xǁStackOpsǁ_push__mutmut_38 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_39'] = StackOps.xǁStackOpsǁ_push__mutmut_39 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_40'] = StackOps.xǁStackOpsǁ_push__mutmut_40 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_41'] = StackOps.xǁStackOpsǁ_push__mutmut_41 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_42'] = StackOps.xǁStackOpsǁ_push__mutmut_42 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_43'] = StackOps.xǁStackOpsǁ_push__mutmut_43 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_44'] = StackOps.xǁStackOpsǁ_push__mutmut_44 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_45'] = StackOps.xǁStackOpsǁ_push__mutmut_45 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_46'] = StackOps.xǁStackOpsǁ_push__mutmut_46 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_47'] = StackOps.xǁStackOpsǁ_push__mutmut_47 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_48'] = StackOps.xǁStackOpsǁ_push__mutmut_48 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_push__mutmut['xǁStackOpsǁ_push__mutmut_49'] = StackOps.xǁStackOpsǁ_push__mutmut_49 # type: ignore # mutmut generated

mutants_xǁStackOpsǁ_store_reg__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_1'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_2'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_3'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_4'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_5'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_6'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_6 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_7'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_7 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_8'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_9'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_9 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_10'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_10 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_11'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_11 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_12'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_12 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_13'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_13 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_14'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_14 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_15'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_15 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_16'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_16 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_17'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_17 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_18'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_18 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_19'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_19 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_20'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_20 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_21'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_21 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_22'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_22 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_23'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_23 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_24'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_24 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_25'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_25 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_26'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_26 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_27'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_27 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_28'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_28 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_29'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_29 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_30'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_30 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_31'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_31 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_32'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_32 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_33'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_33 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_34'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_34 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_35'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_35 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_36'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_36 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_37'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_37 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_38'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_38 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_39'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_39 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_store_reg__mutmut['xǁStackOpsǁ_store_reg__mutmut_40'] = StackOps.xǁStackOpsǁ_store_reg__mutmut_40 # type: ignore # mutmut generated

mutants_xǁStackOpsǁ_mov_reg__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_1'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_2'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_3'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_4'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_5'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_6'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_6 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_7'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_7 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_8'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_9'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_9 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_10'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_10 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_11'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_11 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_12'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_12 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_13'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_13 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_14'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_14 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_15'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_15 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_16'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_16 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_17'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_17 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_18'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_18 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_19'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_19 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_20'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_20 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_21'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_21 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_22'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_22 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_23'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_23 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_24'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_24 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_25'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_25 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_26'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_26 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_27'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_27 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_28'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_28 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_29'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_29 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_30'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_30 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_31'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_31 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_32'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_32 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_33'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_33 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_34'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_34 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_35'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_35 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_36'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_36 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_37'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_37 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_38'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_38 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_39'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_39 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_40'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_40 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_41'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_41 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_42'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_42 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_43'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_43 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_44'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_44 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_45'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_45 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_46'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_46 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_47'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_47 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_48'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_48 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_49'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_49 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_50'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_50 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_51'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_51 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_52'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_52 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_53'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_53 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_54'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_54 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_55'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_55 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_56'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_56 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_57'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_57 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_58'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_58 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_59'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_59 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_60'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_60 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_61'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_61 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_62'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_62 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_63'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_63 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_64'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_64 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_65'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_65 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_66'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_66 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_67'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_67 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_68'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_68 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_69'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_69 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_70'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_70 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_71'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_71 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_mov_reg__mutmut['xǁStackOpsǁ_mov_reg__mutmut_72'] = StackOps.xǁStackOpsǁ_mov_reg__mutmut_72 # type: ignore # mutmut generated

mutants_xǁStackOpsǁ_add__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁ_add__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_1'] = StackOps.xǁStackOpsǁ_add__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_2'] = StackOps.xǁStackOpsǁ_add__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_3'] = StackOps.xǁStackOpsǁ_add__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_4'] = StackOps.xǁStackOpsǁ_add__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_5'] = StackOps.xǁStackOpsǁ_add__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_6'] = StackOps.xǁStackOpsǁ_add__mutmut_6 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_7'] = StackOps.xǁStackOpsǁ_add__mutmut_7 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_8'] = StackOps.xǁStackOpsǁ_add__mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_9'] = StackOps.xǁStackOpsǁ_add__mutmut_9 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_10'] = StackOps.xǁStackOpsǁ_add__mutmut_10 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_11'] = StackOps.xǁStackOpsǁ_add__mutmut_11 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_12'] = StackOps.xǁStackOpsǁ_add__mutmut_12 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_13'] = StackOps.xǁStackOpsǁ_add__mutmut_13 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_14'] = StackOps.xǁStackOpsǁ_add__mutmut_14 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_15'] = StackOps.xǁStackOpsǁ_add__mutmut_15 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_16'] = StackOps.xǁStackOpsǁ_add__mutmut_16 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_17'] = StackOps.xǁStackOpsǁ_add__mutmut_17 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_18'] = StackOps.xǁStackOpsǁ_add__mutmut_18 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_19'] = StackOps.xǁStackOpsǁ_add__mutmut_19 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_20'] = StackOps.xǁStackOpsǁ_add__mutmut_20 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_21'] = StackOps.xǁStackOpsǁ_add__mutmut_21 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_22'] = StackOps.xǁStackOpsǁ_add__mutmut_22 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_23'] = StackOps.xǁStackOpsǁ_add__mutmut_23 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_24'] = StackOps.xǁStackOpsǁ_add__mutmut_24 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_25'] = StackOps.xǁStackOpsǁ_add__mutmut_25 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_26'] = StackOps.xǁStackOpsǁ_add__mutmut_26 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_27'] = StackOps.xǁStackOpsǁ_add__mutmut_27 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_28'] = StackOps.xǁStackOpsǁ_add__mutmut_28 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_29'] = StackOps.xǁStackOpsǁ_add__mutmut_29 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_30'] = StackOps.xǁStackOpsǁ_add__mutmut_30 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_31'] = StackOps.xǁStackOpsǁ_add__mutmut_31 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_32'] = StackOps.xǁStackOpsǁ_add__mutmut_32 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_33'] = StackOps.xǁStackOpsǁ_add__mutmut_33 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_34'] = StackOps.xǁStackOpsǁ_add__mutmut_34 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_35'] = StackOps.xǁStackOpsǁ_add__mutmut_35 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_36'] = StackOps.xǁStackOpsǁ_add__mutmut_36 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_37'] = StackOps.xǁStackOpsǁ_add__mutmut_37 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_38'] = StackOps.xǁStackOpsǁ_add__mutmut_38 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_39'] = StackOps.xǁStackOpsǁ_add__mutmut_39 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_40'] = StackOps.xǁStackOpsǁ_add__mutmut_40 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_41'] = StackOps.xǁStackOpsǁ_add__mutmut_41 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_42'] = StackOps.xǁStackOpsǁ_add__mutmut_42 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_43'] = StackOps.xǁStackOpsǁ_add__mutmut_43 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_44'] = StackOps.xǁStackOpsǁ_add__mutmut_44 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_45'] = StackOps.xǁStackOpsǁ_add__mutmut_45 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_46'] = StackOps.xǁStackOpsǁ_add__mutmut_46 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_add__mutmut['xǁStackOpsǁ_add__mutmut_47'] = StackOps.xǁStackOpsǁ_add__mutmut_47 # type: ignore # mutmut generated

mutants_xǁStackOpsǁ_pop_reg__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_1'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_2'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_3'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_4'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_5'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_6'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_6 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_7'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_7 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_8'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_9'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_9 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_10'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_10 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_11'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_11 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_12'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_12 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_13'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_13 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_14'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_14 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_15'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_15 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_16'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_16 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_17'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_17 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_18'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_18 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_19'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_19 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_20'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_20 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_21'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_21 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_22'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_22 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_23'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_23 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_24'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_24 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_25'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_25 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_26'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_26 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_27'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_27 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_28'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_28 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_29'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_29 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_30'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_30 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_31'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_31 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_32'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_32 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_33'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_33 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_34'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_34 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_35'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_35 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_36'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_36 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_37'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_37 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_38'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_38 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_39'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_39 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_40'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_40 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_41'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_41 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_42'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_42 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_pop_reg__mutmut['xǁStackOpsǁ_pop_reg__mutmut_43'] = StackOps.xǁStackOpsǁ_pop_reg__mutmut_43 # type: ignore # mutmut generated

mutants_xǁStackOpsǁ_load_reg__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_1'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_2'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_3'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_4'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_5'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_6'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_6 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_7'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_7 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_8'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_9'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_9 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_10'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_10 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_11'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_11 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_12'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_12 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_13'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_13 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_14'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_14 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_15'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_15 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_16'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_16 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_17'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_17 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_18'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_18 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_19'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_19 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_20'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_20 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_21'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_21 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_22'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_22 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_23'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_23 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_24'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_24 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_25'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_25 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_26'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_26 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_27'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_27 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_28'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_28 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_29'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_29 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_30'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_30 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_31'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_31 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_32'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_32 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_33'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_33 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_34'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_34 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_35'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_35 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_36'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_36 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_37'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_37 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_38'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_38 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_39'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_39 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_40'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_40 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_41'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_41 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_42'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_42 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_43'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_43 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_44'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_44 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_45'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_45 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_46'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_46 # type: ignore # mutmut generated
mutants_xǁStackOpsǁ_load_reg__mutmut['xǁStackOpsǁ_load_reg__mutmut_47'] = StackOps.xǁStackOpsǁ_load_reg__mutmut_47 # type: ignore # mutmut generated

mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁhas_modified_stack_frame__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut['xǁStackOpsǁhas_modified_stack_frame__mutmut_1'] = StackOps.xǁStackOpsǁhas_modified_stack_frame__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut['xǁStackOpsǁhas_modified_stack_frame__mutmut_2'] = StackOps.xǁStackOpsǁhas_modified_stack_frame__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut['xǁStackOpsǁhas_modified_stack_frame__mutmut_3'] = StackOps.xǁStackOpsǁhas_modified_stack_frame__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut['xǁStackOpsǁhas_modified_stack_frame__mutmut_4'] = StackOps.xǁStackOpsǁhas_modified_stack_frame__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut['xǁStackOpsǁhas_modified_stack_frame__mutmut_5'] = StackOps.xǁStackOpsǁhas_modified_stack_frame__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut['xǁStackOpsǁhas_modified_stack_frame__mutmut_6'] = StackOps.xǁStackOpsǁhas_modified_stack_frame__mutmut_6 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut['xǁStackOpsǁhas_modified_stack_frame__mutmut_7'] = StackOps.xǁStackOpsǁhas_modified_stack_frame__mutmut_7 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut['xǁStackOpsǁhas_modified_stack_frame__mutmut_8'] = StackOps.xǁStackOpsǁhas_modified_stack_frame__mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_modified_stack_frame__mutmut['xǁStackOpsǁhas_modified_stack_frame__mutmut_9'] = StackOps.xǁStackOpsǁhas_modified_stack_frame__mutmut_9 # type: ignore # mutmut generated

mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['_mutmut_orig'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_1'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_2'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_3'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_3 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_4'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_4 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_5'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_5 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_6'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_6 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_7'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_7 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_8'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_8 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_9'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_9 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_10'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_10 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_11'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_11 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_12'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_12 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_13'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_13 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_14'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_14 # type: ignore # mutmut generated
mutants_xǁStackOpsǁhas_valid_stack_frame__mutmut['xǁStackOpsǁhas_valid_stack_frame__mutmut_15'] = StackOps.xǁStackOpsǁhas_valid_stack_frame__mutmut_15 # type: ignore # mutmut generated
