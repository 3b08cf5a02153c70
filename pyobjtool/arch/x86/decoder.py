# SPDX-License-Identifier: GPL-2.0-only
"""x86-64 instruction decoder: bytes -> (offset, length, kind, immediate, stack ops).

Instruction boundaries, and which bytes are no instruction at all, come
from a port of the kernel's own decoder (``insn_decoder.py``: insn.c with
the attribute tables generated from the release's x86-opcode-map.txt), so
that pyobjtool decodes exactly what objtool decodes and stops with
"can't decode instruction" exactly where objtool does.  The classification
that objtool's checker depends on (arch/x86/decode.c) is keyed on raw
opcode, ModRM, SIB and REX bits, quirks included (``sub %reg,%rsp``
reported like an add, ``leave`` as two ops, the REX.R bit taking part in
the ``ff /2`` test, ...).  Reproducing it from the bytes keeps pyobjtool's
CFI identical to objtool's; only a handful of opcodes need more than a
table lookup, so that work is done only for them.
"""

from __future__ import annotations

from collections.abc import Callable

from ..base import DecodeHooks
from ..insn import (
    BUG,
    CALL,
    CALL_DYNAMIC,
    CLAC,
    CLD,
    CONTEXT_SWITCH,
    ENDBR,
    JUMP_CONDITIONAL,
    JUMP_DYNAMIC,
    JUMP_UNCONDITIONAL,
    NOP,
    OP_DEST_MEM,
    OP_DEST_PUSH,
    OP_DEST_PUSHF,
    OP_DEST_REG,
    OP_DEST_REG_INDIRECT,
    OP_SRC_ADD,
    OP_SRC_AND,
    OP_SRC_CONST,
    OP_SRC_POP,
    OP_SRC_POPF,
    OP_SRC_REG,
    OP_SRC_REG_INDIRECT,
    OTHER,
    RETURN,
    STAC,
    STD,
    TRAP,
    DecodeError,
    StackOp,
)
from .insn_decoder import decoder_for
from .registers import CFI_BP, CFI_SP

LEGACY_PREFIXES = frozenset((0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x66, 0x67, 0xF0, 0xF2, 0xF3))

_PUSH_CONST = (StackOp(OP_DEST_PUSH, 0, 0, OP_SRC_CONST, 0, 0),)
_PUSHF = (StackOp(OP_DEST_PUSHF, 0, 0, OP_SRC_CONST, 0, 0),)
_POP_MEM = (StackOp(OP_DEST_MEM, 0, 0, OP_SRC_POP, 0, 0),)
_POPF = (StackOp(OP_DEST_MEM, 0, 0, OP_SRC_POPF, 0, 0),)
_PUSH_REG = tuple((StackOp(OP_DEST_PUSH, 0, 0, OP_SRC_REG, r, 0),) for r in range(16))
_POP_REG = tuple((StackOp(OP_DEST_REG, r, 0, OP_SRC_POP, 0, 0),) for r in range(16))
_LEAVE = (StackOp(OP_DEST_REG, CFI_SP, 0, OP_SRC_REG, CFI_BP, 0),
          StackOp(OP_DEST_REG, CFI_BP, 0, OP_SRC_POP, 0, 0))
_IRET_IN_FUNC = (StackOp(OP_DEST_REG, CFI_SP, 0, OP_SRC_ADD, CFI_SP, 5 * 8),)
_NO_OPS: tuple = ()

# Kinds decided by the first opcode byte alone (after prefixes).
_SIMPLE_KIND = [OTHER] * 256
for _b in range(0x70, 0x80):
    _SIMPLE_KIND[_b] = JUMP_CONDITIONAL
for _b in (0xE0, 0xE1, 0xE2, 0xE3):
    _SIMPLE_KIND[_b] = JUMP_CONDITIONAL
_SIMPLE_KIND[0x90] = NOP
_SIMPLE_KIND[0xCC] = TRAP
_SIMPLE_KIND[0xE9] = JUMP_UNCONDITIONAL
_SIMPLE_KIND[0xEB] = JUMP_UNCONDITIONAL
_SIMPLE_KIND[0xC2] = RETURN
_SIMPLE_KIND[0xC3] = RETURN
_SIMPLE_KIND[0xCA] = CONTEXT_SWITCH
_SIMPLE_KIND[0xCB] = CONTEXT_SWITCH
_SIMPLE_KIND[0xFC] = CLD
_SIMPLE_KIND[0xFD] = STD

#: Branches whose immediate is a relative displacement: size of the displacement.
_REL_SIZE = {0xE8: 4, 0xE9: 4, 0xEB: 1, 0xE0: 1, 0xE1: 1, 0xE2: 1, 0xE3: 1, **{b: 1 for b in range(0x70, 0x80)}}

def _record(offset: int, length: int, kind: int, immediate: int, ops: tuple) -> tuple:
    return (offset, length, kind, immediate, ops)


def decode_section(data: bytes, hooks: DecodeHooks, make: Callable = _record) -> list:
    """Decode all of *data* (one executable section).

    Returns ``make(offset, length, kind, immediate, stack_ops)`` per
    instruction: a tuple by default; the checker passes its instruction
    constructor so that no intermediate record is built for the millions of
    instructions of a kernel image.
    Raises :class:`DecodeError` at the first offset that is not an instruction.
    """
    size = len(data)
    kdecode = decoder_for(hooks.release)
    out = []
    append = out.append
    simple_kind = _SIMPLE_KIND
    handlers = _HANDLERS_BY_RELEASE.get(hooks.release, _HANDLERS)
    offset = 0
    while offset < size:
        decoded = kdecode(data, offset, size)
        if decoded is None:
            raise DecodeError(offset)
        length, pos, rex, vex = decoded
        if vex:
            # objtool does not look into VEX/EVEX-encoded instructions
            append(make(offset, length, OTHER, 0, _NO_OPS))
            offset += length
            continue
        op1 = data[pos]
        if rex == 0xD5:
            append(make(offset, length, *_classify_rex2(data, offset, length, pos, op1, kdecode, handlers, hooks)))
            offset += length
            continue
        handler = handlers[op1]
        if handler is not None:
            kind, imm, ops = handler(data, offset, offset + length, pos, rex, hooks)
        else:
            kind = simple_kind[op1]
            ops = _NO_OPS
            imm = 0
            if kind <= JUMP_UNCONDITIONAL:
                imm = _rel(data, offset + length, _REL_SIZE[op1])
        append(make(offset, length, kind, imm, ops))
        offset += length
    return out


def classify_one(data: bytes, offset: int, hooks: DecodeHooks) -> tuple[int, int, tuple]:
    """(kind, immediate, stack ops) of the one instruction at *offset*, as decode_section() finds them.

    The C decoder (native_decode.py) leaves the instructions that call a
    decode hook, and REX2 ones, to this.
    """
    kdecode = decoder_for(hooks.release)
    decoded = kdecode(data, offset, len(data))
    if decoded is None:
        raise DecodeError(offset)
    length, pos, rex, vex = decoded
    if vex:
        return OTHER, 0, _NO_OPS
    op1 = data[pos]
    handlers = _HANDLERS_BY_RELEASE.get(hooks.release, _HANDLERS)
    if rex == 0xD5:
        return _classify_rex2(data, offset, length, pos, op1, kdecode, handlers, hooks)
    handler = handlers[op1]
    if handler is not None:
        return handler(data, offset, offset + length, pos, rex, hooks)
    kind = _SIMPLE_KIND[op1]
    return kind, (_rel(data, offset + length, _REL_SIZE[op1]) if kind <= JUMP_UNCONDITIONAL else 0), _NO_OPS


def _classify_rex2(data: bytes, offset: int, length: int, pos: int, op1: int, kdecode, handlers,
                   hooks: DecodeHooks) -> tuple[int, int, tuple]:
    """An instruction with a REX2 prefix (objtool 6.12), classified as objtool does it.

    objtool takes ``rex_prefix.bytes[0]`` (0xd5: W clear, R and B set) for the
    REX byte and switches on the opcode byte whatever map REX2.M selects, with
    the ModRM and immediate the kernel's decoder found for that map.  W clear
    ends every 64-bit stack-operation case; the rest is the opcode byte alone,
    the ``lea`` register-operand warning and the branch displacement.
    """
    modrm, imm = kdecode.rex2_fields(data, offset, offset + length)
    if op1 == 0x8D:
        if modrm is not None and modrm >> 6 == 3:
            hooks.warn(f"invalid LEA encoding at {hooks.sec_name}:0x{offset:x}")
        return OTHER, 0, _NO_OPS
    if op1 == 0xFF or op1 == 0x0F:
        # ModRM.reg + 8 (REX.R) is never 2..6; the escape byte alone matches no 0x0f case
        return OTHER, 0, _NO_OPS
    if op1 == 0xE8:
        return CALL, imm, _PUSH_CONST
    kind = _SIMPLE_KIND[op1]
    if kind <= JUMP_UNCONDITIONAL:
        return kind, imm, _NO_OPS
    handler = handlers[op1]
    if handler is not None:
        return handler(data, offset, offset + length, pos, 0xD5, hooks)
    return kind, 0, _NO_OPS


def _rel(data: bytes, end: int, width: int) -> int:
    return int.from_bytes(data[end - width:end], "little", signed=True)


def _modrm(data: bytes, pos: int, rex: int) -> tuple[int, int, int]:
    """(mod, reg, rm) of the ModRM byte after the opcode at *pos*, REX.R/REX.B applied."""
    modrm = data[pos + 1]
    return modrm >> 6, ((modrm >> 3) & 7) | ((rex & 4) << 1), (modrm & 7) | ((rex & 1) << 3)


def _mem_base(data: bytes, pos: int, rex: int, mod: int, rm: int) -> int | None:
    """The base register of a memory operand without an index register, else None.

    None for a register operand, a RIP-relative one, or a SIB with an index:
    objtool's ``rm_is_mem()`` and its "skip nontrivial SIB" tests.
    """
    if mod == 3:
        return None
    low = rm & 7
    if low == CFI_BP and mod == 0:
        return None  # RIP-relative
    if low == CFI_SP:
        sib = data[pos + 2]
        if ((sib >> 3) & 7) | ((rex & 2) << 2) != CFI_SP:
            return None
        return (sib & 7) | ((rex & 1) << 3)
    return rm


def _displacement(data: bytes, pos: int, mod: int, rm: int) -> int:
    """ModRM displacement (sign-extended), 0 if none."""
    have_sib = (rm & 7) == CFI_SP and mod != 3
    at = pos + 2 + have_sib
    if mod == 1:
        return int.from_bytes(data[at:at + 1], "little", signed=True)
    if mod == 2 or (mod == 0 and ((rm & 7) == 5 or (have_sib and data[pos + 2] & 7 == 5))):
        return int.from_bytes(data[at:at + 4], "little", signed=True)
    return 0


# Handlers for opcodes that need more than a table lookup.  Each returns
# (kind, immediate, stack ops) for the instruction at *offset* ending at
# *end*, whose first opcode byte is at *pos* (after prefixes and REX).

def _h_push_reg(data, offset, end, pos, rex, hooks):
    return OTHER, 0, _PUSH_REG[(data[pos] & 7) | ((rex & 1) << 3)]


def _h_pop_reg(data, offset, end, pos, rex, hooks):
    return OTHER, 0, _POP_REG[(data[pos] & 7) | ((rex & 1) << 3)]


def _h_call(data, offset, end, pos, rex, hooks):
    return CALL, _rel(data, end, 4), _PUSH_CONST


def _constant(kind: int, ops: tuple):
    result = (kind, 0, ops)

    def handler(data, offset, end, pos, rex, hooks):
        return result
    return handler


def _h_iret(data, offset, end, pos, rex, hooks):
    # sync_core() has an IRET to self; all other IRETs are in STT_NOTYPE entry code
    if hooks.in_function(offset):
        return OTHER, 0, _IRET_IN_FUNC
    return CONTEXT_SWITCH, 0, _NO_OPS


def _h_mov_imm(data, offset, end, pos, rex, hooks):
    if hooks.pv_store is not None:
        hooks.pv_store(offset, end - offset)
    return OTHER, 0, _NO_OPS


def _h_grp5(data, offset, end, pos, rex, hooks):
    """0xff: indirect call/jmp, far jmp, push from memory (REX.R counts, as in objtool)."""
    reg = ((data[pos + 1] >> 3) & 7) | ((rex & 4) << 1)
    if reg == 2 or reg == 3 or reg == 4:
        if 0x3E in _prefixes(data, offset, pos, rex)[0]:
            hooks.warn(f"notrack prefix found at {hooks.sec_name}:0x{offset:x}")
        return (JUMP_DYNAMIC if reg == 4 else CALL_DYNAMIC), 0, _NO_OPS
    if reg == 5:
        return CONTEXT_SWITCH, 0, _NO_OPS
    if reg == 6:
        return OTHER, 0, _PUSH_CONST
    return OTHER, 0, _NO_OPS


def _h_addsub_reg(data, offset, end, pos, rex, hooks):
    """0x01/0x29: add/sub reg, %rsp (objtool reports both as an add)."""
    if not rex & 8:
        return OTHER, 0, _NO_OPS
    mod, reg, rm = _modrm(data, pos, rex)
    if mod == 3 and rm == CFI_SP:
        return OTHER, 0, (StackOp(OP_DEST_REG, CFI_SP, 0, OP_SRC_ADD, reg, 0),)
    return OTHER, 0, _NO_OPS


def _h_grp1(data, offset, end, pos, rex, hooks):
    """0x80-0x83: add/sub/and imm, %rsp."""
    if not rex & 8:
        return OTHER, 0, _NO_OPS
    mod, reg, rm = _modrm(data, pos, rex)
    if mod != 3 or rm != CFI_SP:
        return OTHER, 0, _NO_OPS
    width = 4 if data[pos] == 0x81 else 1
    imm = int.from_bytes(data[end - width:end], "little", signed=True)
    sub_op = reg & 7
    if sub_op == 5:
        return OTHER, 0, (StackOp(OP_DEST_REG, CFI_SP, 0, OP_SRC_ADD, CFI_SP, _s32(-imm)),)
    if sub_op == 0:
        return OTHER, 0, (StackOp(OP_DEST_REG, CFI_SP, 0, OP_SRC_ADD, CFI_SP, _s32(imm)),)
    if sub_op == 4:
        return OTHER, 0, (StackOp(OP_DEST_REG, CFI_SP, 0, OP_SRC_AND, CFI_SP, _s32(imm)),)
    return OTHER, 0, _NO_OPS


def _h_mov_store(data, offset, end, pos, rex, hooks):
    """0x89 (and, as objtool lets it fall through, 0x88): mov reg, r/m."""
    if not rex & 8:
        return OTHER, 0, _NO_OPS
    mod, reg, rm = _modrm(data, pos, rex)
    if data[pos] == 0x89:
        if reg == CFI_SP:
            if mod == 3:
                # mov %rsp, reg
                return OTHER, 0, (StackOp(OP_DEST_REG, rm, 0, OP_SRC_REG, CFI_SP, 0),)
            base = _mem_base(data, pos, rex, mod, rm)
            if base is None:
                return OTHER, 0, _NO_OPS
            # mov %rsp, disp(%reg)
            return OTHER, 0, (StackOp(OP_DEST_REG_INDIRECT, base, _displacement(data, pos, mod, rm),
                                      OP_SRC_REG, CFI_SP, 0),)
        if mod == 3:
            if rm == CFI_SP:
                # mov reg, %rsp
                return OTHER, 0, (StackOp(OP_DEST_REG, CFI_SP, 0, OP_SRC_REG, reg, 0),)
            return OTHER, 0, _NO_OPS
    base = _mem_base(data, pos, rex, mod, rm)
    if base == CFI_BP or base == CFI_SP:
        # mov reg, disp(%rbp) / mov reg, disp(%rsp)
        return OTHER, 0, (StackOp(OP_DEST_REG_INDIRECT, base, _displacement(data, pos, mod, rm),
                                  OP_SRC_REG, reg, 0),)
    return OTHER, 0, _NO_OPS


def _h_mov_load(data, offset, end, pos, rex, hooks):
    """0x8b: mov disp(%rbp), reg / mov disp(%rsp), reg."""
    if not rex & 8:
        return OTHER, 0, _NO_OPS
    mod, reg, rm = _modrm(data, pos, rex)
    base = _mem_base(data, pos, rex, mod, rm)
    if base == CFI_BP or base == CFI_SP:
        return OTHER, 0, (StackOp(OP_DEST_REG, reg, 0, OP_SRC_REG_INDIRECT, base,
                                  _displacement(data, pos, mod, rm)),)
    return OTHER, 0, _NO_OPS


def _h_lea(data, offset, end, pos, rex, hooks):
    """0x8d: lea disp(%src), %dst."""
    mod, reg, rm = _modrm(data, pos, rex)
    if mod == 3:
        hooks.warn(f"invalid LEA encoding at {hooks.sec_name}:0x{offset:x}")
        return OTHER, 0, _NO_OPS
    if not rex & 8:
        return OTHER, 0, _NO_OPS
    base = _mem_base(data, pos, rex, mod, rm)
    if base is None:
        return OTHER, 0, _NO_OPS
    disp = _displacement(data, pos, mod, rm)
    return OTHER, 0, (StackOp(OP_DEST_REG, reg, 0, OP_SRC_ADD if disp else OP_SRC_REG, base, disp),)


def _h_0f(data, offset, end, pos, rex, hooks):
    return _classify_0f(data, offset, end, pos, hooks)


# --- objtool 6.12's decoder (arch/x86/decode.c of Linux 6.12) ---------------

def _mem_base_612(data: bytes, pos: int, rex: int, mod: int, rm: int) -> int | None:
    """rm_is_mem() since Linux 6.2: a SIB byte whose base is 5 with mod 0 has no base register."""
    if mod == 3:
        return None
    low = rm & 7
    if low == CFI_BP and mod == 0:
        return None  # RIP-relative
    if low == CFI_SP:
        sib = data[pos + 2]
        if ((sib >> 3) & 7) | ((rex & 2) << 2) != CFI_SP:
            return None
        if sib & 7 == CFI_BP and mod == 0:
            return None  # disp32 without a base (e.g. %gs:absolute)
        return (sib & 7) | ((rex & 1) << 3)
    return rm


def _h_mov_store_612(data, offset, end, pos, rex, hooks):
    """0x89/0x88 in 6.12: every 64-bit register-to-register move is a stack operation."""
    if not rex & 8:
        return OTHER, 0, _NO_OPS
    mod, reg, rm = _modrm(data, pos, rex)
    if data[pos] == 0x89:
        if mod == 3:
            # mov reg, reg
            return OTHER, 0, (StackOp(OP_DEST_REG, rm, 0, OP_SRC_REG, reg, 0),)
        if rm & 7 == CFI_BP and mod == 0:
            return OTHER, 0, _NO_OPS  # RIP-relative
        dest = rm
        if rm & 7 == CFI_SP:
            sib = data[pos + 2]
            if ((sib >> 3) & 7) | ((rex & 2) << 2) != CFI_SP:
                return OTHER, 0, _NO_OPS  # nontrivial SIB
            dest = (sib & 7) | ((rex & 1) << 3)
        if reg == CFI_SP:
            # mov %rsp, disp(%reg)
            return OTHER, 0, (StackOp(OP_DEST_REG_INDIRECT, dest, _displacement(data, pos, mod, rm),
                                      OP_SRC_REG, CFI_SP, 0),)
    base = _mem_base_612(data, pos, rex, mod, rm)
    if base == CFI_BP or base == CFI_SP:
        # mov reg, disp(%rbp) / mov reg, disp(%rsp)
        return OTHER, 0, (StackOp(OP_DEST_REG_INDIRECT, base, _displacement(data, pos, mod, rm),
                                  OP_SRC_REG, reg, 0),)
    return OTHER, 0, _NO_OPS


def _h_mov_load_612(data, offset, end, pos, rex, hooks):
    """0x8b: mov disp(%rbp), reg / mov disp(%rsp), reg (no base-less SIB)."""
    if not rex & 8:
        return OTHER, 0, _NO_OPS
    mod, reg, rm = _modrm(data, pos, rex)
    base = _mem_base_612(data, pos, rex, mod, rm)
    if base == CFI_BP or base == CFI_SP:
        return OTHER, 0, (StackOp(OP_DEST_REG, reg, 0, OP_SRC_REG_INDIRECT, base,
                                  _displacement(data, pos, mod, rm)),)
    return OTHER, 0, _NO_OPS


def _h_0f_612(data, offset, end, pos, rex, hooks):
    """0f 01 ca with REPE/REPNE as the last legacy prefix is ERETU/ERETS (6.12), not CLAC."""
    if data[pos + 1] == 0x01 and data[pos + 2] in (0xCA, 0xCB):
        last = _prefixes(data, offset, pos, 0)[2]
        if last == 0xF3 or last == 0xF2:
            return (CONTEXT_SWITCH if data[pos + 2] == 0xCA else OTHER), 0, _NO_OPS
    return _classify_0f(data, offset, end, pos, hooks)


_HANDLERS: list = [None] * 256
for _b in range(0x50, 0x58):
    _HANDLERS[_b] = _h_push_reg
for _b in range(0x58, 0x60):
    _HANDLERS[_b] = _h_pop_reg
for _b in (0x80, 0x81, 0x82, 0x83):
    _HANDLERS[_b] = _h_grp1
_HANDLERS[0x01] = _HANDLERS[0x29] = _h_addsub_reg
_HANDLERS[0x0F] = _h_0f
_HANDLERS[0x68] = _HANDLERS[0x6A] = _constant(OTHER, _PUSH_CONST)
_HANDLERS[0x88] = _HANDLERS[0x89] = _h_mov_store
_HANDLERS[0x8B] = _h_mov_load
_HANDLERS[0x8D] = _h_lea
_HANDLERS[0x8F] = _constant(OTHER, _POP_MEM)
_HANDLERS[0x9C] = _constant(OTHER, _PUSHF)
_HANDLERS[0x9D] = _constant(OTHER, _POPF)
_HANDLERS[0xC7] = _h_mov_imm
_HANDLERS[0xC9] = _constant(OTHER, _LEAVE)
_HANDLERS[0xCF] = _h_iret
_HANDLERS[0xE8] = _h_call
_HANDLERS[0xFF] = _h_grp5

_HANDLERS_612 = list(_HANDLERS)
_HANDLERS_612[0x88] = _HANDLERS_612[0x89] = _h_mov_store_612
_HANDLERS_612[0x8B] = _h_mov_load_612
_HANDLERS_612[0x0F] = _h_0f_612
#: the decoder's quirks change with the objtool release (default: 6.1's)
_HANDLERS_BY_RELEASE = {"6.1": _HANDLERS, "6.12": _HANDLERS_612}


def _classify_0f(data: bytes, offset: int, end: int, pos: int, hooks: DecodeHooks) -> tuple[int, int, tuple]:
    op2 = data[pos + 1]
    if 0x80 <= op2 <= 0x8F:
        return JUMP_CONDITIONAL, _rel(data, end, 4), _NO_OPS
    if op2 == 0x01:
        modrm = data[pos + 2]
        if modrm == 0xCA:
            return CLAC, 0, _NO_OPS
        if modrm == 0xCB:
            return STAC, 0, _NO_OPS
        return OTHER, 0, _NO_OPS
    if op2 in (0x05, 0x07, 0x34, 0x35):
        # syscall, sysret, sysenter, sysexit
        return CONTEXT_SWITCH, 0, _NO_OPS
    if op2 == 0x0B or op2 == 0xB9:
        # ud2, ud1
        return BUG, 0, _NO_OPS
    if op2 == 0x0D or op2 == 0x1F:
        return NOP, 0, _NO_OPS
    if op2 == 0x1E:
        if data[pos + 2] in (0xFA, 0xFB) and _prefixes(data, offset, pos, data[pos - 1])[0][0] == 0xF3:
            return ENDBR, 0, _NO_OPS
        return OTHER, 0, _NO_OPS
    if op2 == 0x38 and data[pos + 2] == 0xF8:
        prefixes, count, _ = _prefixes(data, offset, pos, data[pos - 1])
        if count == 1 and prefixes[0] == 0xF2:
            hooks.warn(f"ENQCMD instruction at {hooks.sec_name}:{offset:x}")
        return OTHER, 0, _NO_OPS
    if op2 == 0xA0 or op2 == 0xA8:
        return OTHER, 0, _PUSH_CONST
    if op2 == 0xA1 or op2 == 0xA9:
        return OTHER, 0, _POP_MEM
    return OTHER, 0, _NO_OPS


def _prefixes(data: bytes, offset: int, pos: int, rex: int) -> tuple[list[int], int, int]:
    """The kernel decoder's ``prefixes``: (``bytes[0..3]``, ``nbytes``, the last prefix byte).

    Up to four different legacy prefixes in order (repeats counted in
    ``nbytes`` only); the last prefix byte goes to ``bytes[3]``, swapped with
    its earlier place (insn_get_prefixes()).  A Xen/KVM emulate prefix comes
    before them; a REX byte (*rex*, or the byte before the opcode) after.
    """
    start = offset
    if pos - offset >= 5 and data[offset:offset + 5] in (b"\x0f\x0bxen", b"\x0f\x0bkvm"):
        start += 5
    stop = pos - 1 if 0x40 <= rex <= 0x4F and pos > start and data[pos - 1] == rex else pos
    found: list[int] = []
    count = 0
    last = 0
    for b in data[start:stop]:
        if b not in found:
            found.append(b)
        count += 1
        last = b
    out = found + [0] * (4 - len(found))
    if last and last != out[3]:
        if out[3]:
            swap = out[3]
            out = [swap if b == last else b for b in out]
        out[3] = last
    return out, count, last


def _s32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - 0x100000000 if value & 0x80000000 else value
