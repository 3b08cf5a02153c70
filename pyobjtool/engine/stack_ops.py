# SPDX-License-Identifier: GPL-2.0-only
"""Interpreting stack operations: how each one changes the call-frame state.

This is objtool's update_cfi_state(), which knows the prologue/epilogue
idioms GCC and Clang emit (frame pointer setup, DRAP stack realignment,
``lea``/``mov`` copies of the stack pointer, stack swizzles) and gives up
with a warning on anything else.  The rules are kept branch for branch so
that the resulting CFI, and therefore the ORC tables, match objtool's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from ..arch.x86.registers import (
    CALLEE_SAVED,
    CFI_BP,
    CFI_BP_INDIRECT,
    CFI_CFA,
    CFI_SP,
    CFI_SP_INDIRECT,
    CFI_UNDEFINED,
)
from .cfi import INITIAL_CFA, INITIAL_REGS, CFIWork

if TYPE_CHECKING:
    from .instruction import Instruction

UNWIND_HINT_TYPE_REGS = 1
UNWIND_HINT_TYPE_REGS_PARTIAL = 2


class StackOpError(Exception):
    """An operation objtool cannot follow; carries objtool's message."""


def _s32(value: int) -> int:
    return (value + 0x80000000) % (1 << 32) - 0x80000000


def _save_reg(cfi: CFIWork, reg: int, base: int, offset: int) -> None:
    if reg in CALLEE_SAVED and cfi.regs[reg][0] == CFI_UNDEFINED:
        cfi.regs[reg] = (base, _s32(offset))


def _restore_reg(cfi: CFIWork, reg: int) -> None:
    cfi.regs[reg] = INITIAL_REGS[reg]


def _update_regs_type(cfi: CFIWork, op: StackOp) -> None:
    """In an UNWIND_HINT_REGS area only the stack pointer offset is tracked."""
    if cfi.cfa_base != CFI_SP and cfi.cfa_base != CFI_SP_INDIRECT:
        return
    if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
        cfi.cfa_offset += 8
    if op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
        cfi.cfa_offset -= 8
    if (op.dest_type == OP_DEST_REG and op.src_type == OP_SRC_ADD
            and op.dest_reg == CFI_SP and op.src_reg == CFI_SP):
        cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)


def update_cfi_state(insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp,
                     stackval: bool, precise_bp: bool = False) -> bool:
    """Apply *op* to *cfi*.

    Returns False (nothing changed, nothing to say) when the CFA is undefined
    outside a function; raises :class:`StackOpError` with objtool's message
    when the operation can't be followed.
    """
    if cfi.cfa_base == CFI_UNDEFINED:
        if insn.func is not None:
            raise StackOpError("undefined stack state")
        return False

    if cfi.type == UNWIND_HINT_TYPE_REGS or cfi.type == UNWIND_HINT_TYPE_REGS_PARTIAL:
        _update_regs_type(cfi, op)
        return True

    regs = cfi.regs
    dest_type = op.dest_type

    if dest_type == OP_DEST_REG:
        src_type = op.src_type
        if src_type == OP_SRC_REG:
            _mov_reg(cfi, op)
        elif src_type == OP_SRC_ADD:
            _add(insn, next_insn, cfi, op)
        elif src_type == OP_SRC_AND:
            if (op.dest_reg != CFI_SP
                    or (cfi.drap_reg != CFI_UNDEFINED and cfi.cfa_base != CFI_SP)
                    or (cfi.drap_reg == CFI_UNDEFINED and cfi.cfa_base != CFI_BP)):
                raise StackOpError("unsupported stack pointer realignment")
            if cfi.drap_reg != CFI_UNDEFINED:
                # drap: and imm, %rsp
                cfi.cfa_base = cfi.drap_reg
                cfi.cfa_offset = cfi.stack_size = 0
                cfi.drap = True
            # older GCCs realign with a frame pointer and no DRAP: nothing to do
        elif src_type == OP_SRC_POP or src_type == OP_SRC_POPF:
            _pop_reg(cfi, op, precise_bp)
        elif src_type == OP_SRC_REG_INDIRECT:
            _load_reg(cfi, op)
        else:
            raise StackOpError("unknown stack-related instruction")

    elif dest_type == OP_DEST_PUSH or dest_type == OP_DEST_PUSHF:
        cfi.stack_size += 8
        if cfi.cfa_base == CFI_SP:
            cfi.cfa_offset += 8
        if op.src_type != OP_SRC_REG:
            return True
        src = op.src_reg
        if cfi.drap:
            if src == cfi.cfa_base and src == cfi.drap_reg:
                # drap: push %drap
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = -cfi.stack_size
                # save drap so we know when to restore it
                cfi.drap_offset = -cfi.stack_size
            elif src == CFI_BP and cfi.cfa_base == cfi.drap_reg:
                # drap: push %rbp
                cfi.stack_size = 0
            else:
                # drap: push %reg
                _save_reg(cfi, src, CFI_BP, -cfi.stack_size)
        else:
            # push %reg
            _save_reg(cfi, src, CFI_CFA, -cfi.stack_size)
        # detect asm code that uses rbp as a scratch register
        if stackval and insn.func is not None and src == CFI_BP and cfi.cfa_base != CFI_BP:
            cfi.bp_scratch = True

    elif dest_type == OP_DEST_REG_INDIRECT:
        if cfi.drap:
            if op.src_reg == cfi.cfa_base and op.src_reg == cfi.drap_reg:
                # drap: mov %drap, disp(%rbp)
                cfi.cfa_base = CFI_BP_INDIRECT
                cfi.cfa_offset = op.dest_offset
                cfi.drap_offset = op.dest_offset
            else:
                # drap: mov reg, disp(%rbp)
                _save_reg(cfi, op.src_reg, CFI_BP, op.dest_offset)
        elif op.dest_reg == cfi.cfa_base:
            # mov reg, disp(%rbp) / mov reg, disp(%rsp)
            _save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.cfa_offset)
        elif op.dest_reg == CFI_SP:
            # mov reg, disp(%rsp)
            _save_reg(cfi, op.src_reg, CFI_CFA, op.dest_offset - cfi.stack_size)
        elif op.src_reg == CFI_SP and op.dest_offset == 0:
            # mov %rsp, (%reg): set up a stack swizzle
            cfi.vals[op.dest_reg] = (CFI_SP_INDIRECT, cfi.cfa_offset)

    elif dest_type == OP_DEST_MEM:
        if op.src_type != OP_SRC_POP and op.src_type != OP_SRC_POPF:
            raise StackOpError("unknown stack-related memory operation")
        # pop mem
        cfi.stack_size -= 8
        if cfi.cfa_base == CFI_SP:
            cfi.cfa_offset -= 8

    else:
        raise StackOpError("unknown stack-related instruction")
    del regs
    return True


def _mov_reg(cfi: CFIWork, op: StackOp) -> None:
    """OP_DEST_REG <- OP_SRC_REG."""
    src, dest = op.src_reg, op.dest_reg
    regs = cfi.regs
    if (src == CFI_SP and dest == CFI_BP and cfi.cfa_base == CFI_SP
            and regs[CFI_BP] == (CFI_CFA, -cfi.cfa_offset)):
        # mov %rsp, %rbp
        cfi.cfa_base = dest
        cfi.bp_scratch = False
    elif src == CFI_SP and dest == CFI_BP and cfi.drap:
        # drap: mov %rsp, %rbp
        regs[CFI_BP] = (CFI_BP, _s32(-cfi.stack_size))
        cfi.bp_scratch = False
    elif src == CFI_SP and cfi.cfa_base == CFI_SP:
        # mov %rsp, %reg: for GCC's "mov %rsp, %rax; ...; mov %rax, %rsp"
        cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size))
    elif src == CFI_BP and dest == CFI_SP and (cfi.cfa_base == CFI_BP or cfi.cfa_base == cfi.drap_reg):
        # mov %rbp, %rsp: restore the original stack pointer (Clang)
        cfi.stack_size = _s32(-regs[CFI_BP][1])
    elif dest == cfi.cfa_base:
        # mov %reg, %rsp
        val = cfi.vals[src]
        if cfi.cfa_base == CFI_SP and val[0] == CFI_CFA:
            # "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
            cfi.cfa_offset = _s32(-val[1])
            cfi.stack_size = cfi.cfa_offset
        elif cfi.cfa_base == CFI_SP and val[0] == CFI_SP_INDIRECT and val[1] == cfi.cfa_offset:
            # stack swizzle: switch to the new stack whose top holds the old %rsp;
            # the unwinder will find the next frame at (%rsp) + offset
            cfi.cfa_base = CFI_SP_INDIRECT
        else:
            cfi.cfa_base = CFI_UNDEFINED
            cfi.cfa_offset = 0
    elif (dest == CFI_SP and cfi.vals[src][0] == CFI_SP_INDIRECT
          and cfi.vals[src][1] == cfi.cfa_offset):
        # the same swizzle when the CFA isn't %rsp: pretend a push so that
        # the "pop %rsp" at the end stays balanced
        cfi.stack_size += 8


def _add(insn: Instruction, next_insn: Instruction | None, cfi: CFIWork, op: StackOp) -> None:
    """OP_DEST_REG <- OP_SRC_ADD (add/sub/lea)."""
    src, dest = op.src_reg, op.dest_reg
    if dest == CFI_SP and src == CFI_SP:
        # add imm, %rsp
        cfi.stack_size = _s32(cfi.stack_size - op.src_offset)
        if cfi.cfa_base == CFI_SP:
            cfi.cfa_offset = _s32(cfi.cfa_offset - op.src_offset)
        return
    if dest == CFI_SP and src == CFI_BP:
        # lea disp(%rbp), %rsp
        cfi.stack_size = _s32(-(op.src_offset + cfi.regs[CFI_BP][1]))
        return
    if src == CFI_SP and cfi.cfa_base == CFI_SP:
        # drap: lea disp(%rsp), %drap
        cfi.drap_reg = dest
        # lea disp(%rsp), %reg: for "lea 0x8(%rsp), %rcx; ...; mov %rcx, %rsp"
        cfi.vals[dest] = (CFI_CFA, _s32(-cfi.stack_size + op.src_offset))
        return
    if cfi.drap and dest == CFI_SP and src == cfi.drap_reg:
        # drap: lea disp(%drap), %rsp
        cfi.cfa_base = CFI_SP
        cfi.cfa_offset = cfi.stack_size = _s32(-op.src_offset)
        cfi.drap_reg = CFI_UNDEFINED
        cfi.drap = False
        return
    if dest == cfi.cfa_base and not (next_insn is not None and next_insn.hint):
        raise StackOpError("unsupported stack register modification")


def _pop_reg(cfi: CFIWork, op: StackOp, precise_bp: bool = False) -> None:
    """OP_DEST_REG <- OP_SRC_POP/POPF.

    With *precise_bp* (``--extra-checks=rbp-hazards``) only the pop from the
    slot where the caller's RBP was saved ends the frame; a pop from another
    slot restores a frame pointer saved mid-function (``push %rbp ... pop
    %rbp`` around VM-Enter asm) and the frame goes on.  objtool 6.1 ends the
    frame at any ``pop %rbp``.
    """
    dest = op.dest_reg
    if dest == CFI_SP and cfi.cfa_base == CFI_SP_INDIRECT:
        # pop %rsp: back from a stack swizzle
        cfi.cfa_base = CFI_SP
        return
    if not cfi.drap and dest == cfi.cfa_base and (not precise_bp or cfi.stack_size == -cfi.regs[dest][1]):
        # pop %rbp
        cfi.cfa_base = CFI_SP
    if (cfi.drap and cfi.cfa_base == CFI_BP_INDIRECT and dest == cfi.drap_reg
            and cfi.drap_offset == -cfi.stack_size):
        # drap: pop %drap
        cfi.cfa_base = cfi.drap_reg
        cfi.cfa_offset = 0
        cfi.drap_offset = -1
    elif cfi.stack_size == -cfi.regs[dest][1]:
        # pop %reg
        _restore_reg(cfi, dest)
    cfi.stack_size -= 8
    if cfi.cfa_base == CFI_SP:
        cfi.cfa_offset -= 8


def _load_reg(cfi: CFIWork, op: StackOp) -> None:
    """OP_DEST_REG <- OP_SRC_REG_INDIRECT (mov disp(%reg), %reg)."""
    dest, src, disp = op.dest_reg, op.src_reg, op.src_offset
    regs = cfi.regs
    if not cfi.drap and dest == cfi.cfa_base and dest == CFI_BP:
        # mov disp(%rsp), %rbp
        cfi.cfa_base = CFI_SP
        cfi.cfa_offset = cfi.stack_size
    if cfi.drap and src == CFI_BP and disp == cfi.drap_offset:
        # drap: mov disp(%rbp), %drap
        cfi.cfa_base = cfi.drap_reg
        cfi.cfa_offset = 0
        cfi.drap_offset = -1
    if cfi.drap and src == CFI_BP and disp == regs[dest][1]:
        # drap: mov disp(%rbp), %reg
        _restore_reg(cfi, dest)
    elif src == cfi.cfa_base and disp == regs[dest][1] + cfi.cfa_offset:
        # mov disp(%rbp), %reg / mov disp(%rsp), %reg
        _restore_reg(cfi, dest)
    elif src == CFI_SP and disp == regs[dest][1] + cfi.stack_size:
        # mov disp(%rsp), %reg
        _restore_reg(cfi, dest)


def has_modified_stack_frame(cfi) -> bool:
    """Anything but the state at function entry (objtool's has_modified_stack_frame())."""
    if cfi.cfa_base != INITIAL_CFA[0] or cfi.drap:
        return True
    if cfi.cfa_offset != INITIAL_CFA[1]:
        return True
    if cfi.stack_size != INITIAL_CFA[1]:
        return True
    return cfi.regs != INITIAL_REGS


def has_valid_stack_frame(cfi) -> bool:
    """A frame-pointer frame is set up (or DRAP with the frame pointer saved)."""
    if (cfi.cfa_base == CFI_BP and cfi.regs[CFI_BP] == (CFI_CFA, -cfi.cfa_offset)
            and cfi.regs[16] == (CFI_CFA, -cfi.cfa_offset + 8)):
        return True
    return bool(cfi.drap and cfi.regs[CFI_BP][0] == CFI_BP)
