# SPDX-License-Identifier: GPL-2.0-only
"""The C section decoder (``_decode.c``) behind the same interface as decoder.py.

:func:`decode_columns` returns a whole section as :class:`~pyobjtool.arch.base.DecodedColumns`,
or None when the C module is not in use (then the caller uses
:func:`pyobjtool.arch.x86.decoder.decode_section`).  The few instructions
that need a decode hook or REX2's quirks come back from C marked "slow"; they
are classified here by decoder.py's own handlers, in offset order, so that
hook side effects (warnings, pv_ops stores) happen as in the pure-Python path.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left

from ...native import load
from ..base import DecodedColumns, DecodeHooks
from ..insn import DecodeError, StackOp
from .insn_decoder import tables

_TABLES: dict[str, bytes] = {}
#: table name -> (count of the first key, count of the prefix key, entries per table)
TABLE_SHAPE = {"escape": (4, 4, 256), "group": (32, 4, 8), "avx": (32, 4, 256)}


def pack_tables(release: str) -> bytes:
    """insn_decoder's attribute tables as the flat u32 buffer _decode.c reads.

    Layout: primary[256]; escape[4 n][4 prefix][256] and a presence map [4][4];
    group[32][4][8] and [32][4]; avx[32 m][4 p][256] and [32][4].
    """
    packed = _TABLES.get(release)
    if packed is not None:
        return packed
    t = tables(release)
    words = array("I", t["primary"])
    for name, (count, prefixes, width) in TABLE_SHAPE.items():
        body = array("I", bytes(4 * count * prefixes * width))
        have = array("I", bytes(4 * count * prefixes))
        for (n, p), table in t[name].items():
            base = (n * prefixes + p) * width
            body[base:base + width] = array("I", table)
            have[n * prefixes + p] = 1
        words.extend(body)
        words.extend(have)
    packed = _TABLES[release] = words.tobytes()
    return packed


def decode_columns(data: bytes, hooks: DecodeHooks, ops: list, ops_cache: dict) -> DecodedColumns | None:
    """Decode a section in C, or None if the C decoder is not available.

    *ops* and *ops_cache* intern stack-operation tuples across the sections of
    one object (``ops[0]`` is the empty tuple).  Raises DecodeError like
    decode_section().
    """
    native = load("pyobjtool.arch.x86._decode")
    if native is None:
        return None
    from .decoder import classify_one

    release = hooks.release
    offsets, lengths, kinds, imms, ops_idx, slow, error = native.decode(
        data, pack_tables(release), release != "6.1", hooks.pv_store is not None, StackOp, ops, ops_cache)
    if slow:
        kinds_a = bytearray(kinds)
        imms_a = array("q", imms)
        idx_a = array("I", ops_idx)
        offs = memoryview(offsets).cast("I")
        for off in slow:
            i = bisect_left(offs, off)
            kind, imm, stack_ops = classify_one(data, off, hooks)
            kinds_a[i] = kind
            imms_a[i] = imm
            if stack_ops:
                key = tuple(stack_ops)
                at = ops_cache.get(key)
                if at is None:
                    at = ops_cache[key] = len(ops)
                    ops.append(key)
                idx_a[i] = at
        kinds, imms, ops_idx = bytes(kinds_a), imms_a.tobytes(), idx_a.tobytes()
    if error >= 0:
        raise DecodeError(error)
    return DecodedColumns(offsets, lengths, kinds, imms, ops_idx)
