# SPDX-License-Identifier: GPL-2.0-only
"""LEB128 numbers, as DWARF (.debug_info, .eh_frame) stores them."""

from __future__ import annotations


def uleb128(data: bytes, pos: int) -> tuple[int, int]:
    """(value, position after it) of the unsigned LEB128 number at *pos*."""
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, pos


def sleb128(data: bytes, pos: int) -> tuple[int, int]:
    """(value, position after it) of the signed LEB128 number at *pos*."""
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            if byte & 0x40:
                result -= 1 << shift
            return result, pos
