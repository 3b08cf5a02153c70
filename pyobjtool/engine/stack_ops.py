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
from ..native import load
from .rules import EngineRules

if TYPE_CHECKING:
    from ..arch.base import CfiRegisters
    from .cfi import CFIWork
    from .instruction import Instruction


class StackOpError(Exception):
    """An operation objtool cannot follow; carries objtool's message."""


def _s32(value: int) -> int:
    return (value + 0x80000000) % (1 << 32) - 0x80000000


class StackOps:
    """update_cfi_state() for one object's architecture and objtool release.

    *precise_bp* is the ``rbp-hazards`` analysis's engine hook: only the pop
    from the slot where the caller's frame pointer was saved ends the frame
    (objtool ends it at any pop of the frame pointer).
    """

    __slots__ = ("sp", "bp", "ra", "callee_saved", "initial_cfa", "initial_regs", "regs_types", "stackval",
                 "precise_bp", "track_copies", "lea_bp_needs_offset", "native_step", "native_config")

    def __init__(self, regs: CfiRegisters, regs_types: tuple[int, ...], stackval: bool,
                 precise_bp: bool = False, rules: EngineRules | None = None) -> None:
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
        rules = rules or EngineRules()
        #: ``mov %reg,%reg`` carries a copy of a known stack-pointer value (6.12)
        self.track_copies = rules.track_register_copies
        #: ``lea disp(%rbp),%rsp`` changes nothing while the CFA is %rbp+0 (6.12)
        self.lea_bp_needs_offset = rules.lea_bp_sp_needs_offset
        #: step(key, ops, has_func, native_config): the common cases of a tuple of operations
        #: on a state's key in C (_stack_ops.c; None there means "do it here"), or None
        native = load("pyobjtool.engine._stack_ops")
        self.native_step = native.step if native is not None else None
        self.native_config = (regs.sp, regs.bp, sum(1 << r for r in regs.callee_saved if r < 64),
                              tuple(regs.initial_regs), tuple(regs_types), stackval, precise_bp,
                              self.track_copies, self.lea_bp_needs_offset)

    # ------------------------------------------------------------------ registers

    def _save_reg(self, cfi: CFIWork, reg: int, base: int, offset: int) -> None:
        if reg in self.callee_saved and cfi.regs[reg][0] == CFI_UNDEFINED:
            cfi.regs[reg] = (base, _s32(offset))

    def _restore_reg(self, cfi: CFIWork, reg: int) -> None:
        cfi.regs[reg] = self.initial_regs[reg]

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

    # ------------------------------------------------------------------ one operation

    def update(self, insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> bool:
        """Apply *op* to *cfi*.

        Returns False (nothing changed, nothing to say) when the CFA is undefined
        outside a function; raises :class:`StackOpError` with objtool's message
        when the operation can't be followed.
        """
        if cfi.force_undefined:
            return False  # an UNWIND_HINT_UNDEFINED region
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
        elif self.track_copies and cfi.vals[src][0] == CFI_CFA:
            # Clang's "mov %rsp,%rdx; ...; mov %rdx,%rbx; ...; mov %rbx,%rsp"
            cfi.vals[dest] = cfi.vals[src]

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
            if self.lea_bp_needs_offset and cfi.cfa_base == bp and cfi.cfa_offset == 0:
                return  # LoongArch's "addi.d sp,fp,imm" case, which does nothing on x86
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

    # ------------------------------------------------------------------ frame tests

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

    def has_valid_stack_frame(self, cfi) -> bool:
        """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
        bp = self.bp
        if (cfi.cfa_base == bp and cfi.regs[bp] == (CFI_CFA, -cfi.cfa_offset)
                and cfi.regs[self.ra] == (CFI_CFA, -cfi.cfa_offset + 8)):
            return True
        return bool(cfi.drap and cfi.regs[bp][0] == bp)
