# SPDX-License-Identifier: GPL-2.0-only
"""The x86-64 NOP and RET byte sequences objtool writes over patched instructions
(asm/nops.h, 64-bit variants, and arch_ret_insn())."""

from __future__ import annotations

_NOPS = {
    1: b"\x90",
    2: b"\x66\x90",
    3: b"\x0f\x1f\x00",
    4: b"\x0f\x1f\x40\x00",
    5: b"\x0f\x1f\x44\x00\x00",
}

_RETS = {
    1: b"\xc3",
    2: b"\xc3\xcc",
    3: b"\xc3\xcc\x90",
    4: b"\xc3\xcc\x66\x90",
    5: b"\xc3\xcc\x0f\x1f\x00",
}


def nop_bytes(length: int) -> bytes:
    """A single NOP instruction of *length* bytes (1 to 5)."""
    try:
        return _NOPS[length]
    except KeyError:
        raise ValueError(f"invalid NOP size: {length}") from None


def ret_bytes(length: int) -> bytes:
    """``ret; int3`` padded with a NOP to *length* bytes (1 to 5)."""
    try:
        return _RETS[length]
    except KeyError:
        raise ValueError(f"invalid RET size: {length}") from None
