# SPDX-License-Identifier: GPL-2.0-only
"""The arch-neutral instruction record that decoders hand to the checker.

Like objtool's ``arch_decode_instruction()``, a decoder reports for each
instruction its length, a *kind* (what it does to control flow), the branch
immediate, and a list of *stack operations*: what it does to the stack
pointer, the frame pointer and the registers saved on the stack.  The checker
interprets stack operations without knowing the instruction set.

Kinds and operand types are plain ``int`` constants (not ``enum`` members):
the checker compares them millions of times per object.
"""

from __future__ import annotations

from typing import NamedTuple

# --- instruction kinds (objtool's enum insn_type, same order) --------------
JUMP_CONDITIONAL = 0
JUMP_UNCONDITIONAL = 1
JUMP_DYNAMIC = 2
JUMP_DYNAMIC_CONDITIONAL = 3
CALL = 4
CALL_DYNAMIC = 5
RETURN = 6
CONTEXT_SWITCH = 7
BUG = 8
NOP = 9
STAC = 10
CLAC = 11
STD = 12
CLD = 13
TRAP = 14
ENDBR = 15
OTHER = 16

# --- stack operation destinations (objtool's enum op_dest_type) ------------
OP_DEST_REG = 0
OP_DEST_REG_INDIRECT = 1
OP_DEST_MEM = 2
OP_DEST_PUSH = 3
OP_DEST_PUSHF = 4

# --- stack operation sources (objtool's enum op_src_type) ------------------
OP_SRC_REG = 0
OP_SRC_REG_INDIRECT = 1
OP_SRC_CONST = 2
OP_SRC_POP = 3
OP_SRC_POPF = 4
OP_SRC_ADD = 5
OP_SRC_AND = 6


class StackOp(NamedTuple):
    """One effect on the stack or on a register that the unwinder cares about.

    Register numbers are the architecture's CFI numbers (for x86-64 the
    DWARF-like numbering objtool uses: 0 rax .. 15 r15, 16 return address).
    """

    dest_type: int
    dest_reg: int
    dest_offset: int
    src_type: int
    src_reg: int
    src_offset: int


def is_static_jump(kind: int) -> bool:
    return kind == JUMP_CONDITIONAL or kind == JUMP_UNCONDITIONAL


def is_jump(kind: int) -> bool:
    return kind <= JUMP_DYNAMIC_CONDITIONAL


class DecodeError(Exception):
    """Bytes that the decoder cannot turn into an instruction."""

    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset
