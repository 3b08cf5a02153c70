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


def decode_raw(data: bytes, release: str, pv_store: bool):
    """The C decoder's own result for a section (columns with section-local stack-operation
    numbers; see _decode.c), or None without the C module.  It runs without the GIL, so a
    thread may call it (see :class:`Prefetch`)."""
    native = load("pyobjtool.arch.x86._decode")
    if native is None:
        return None
    return native.decode(data, pack_tables(release), release != "6.1", pv_store)


def decode_columns(data: bytes, hooks: DecodeHooks, ops: list, ops_cache: dict, raw=None) -> DecodedColumns | None:
    """Decode a section in C, or None if the C decoder is not available.

    *ops* and *ops_cache* intern stack-operation tuples across the sections of
    one object (``ops[0]`` is the empty tuple).  *raw* is :func:`decode_raw`'s
    result for this data if a thread made it already.  Raises DecodeError like
    decode_section().
    """
    native = load("pyobjtool.arch.x86._decode")
    if native is None:
        return None
    from .decoder import classify_one

    if raw is None:
        raw = decode_raw(data, hooks.release, hooks.pv_store is not None)
    offsets, lengths, kinds, imms, local_ops, keys, slow, error = raw
    ops_idx = native.intern_ops(local_ops, keys, StackOp, ops, ops_cache)
    if slow:
        kinds_a = bytearray(kinds)
        imms_a = array("q", imms)
        idx_a = array("I", ops_idx)
        offs = memoryview(offsets).cast("I")
        for off in memoryview(slow).cast("q"):
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


class Prefetch:
    """A big object's code sections decoded on a thread while the main thread reads the rest
    of the file (symbols, relocations) and runs the passes before decoding: the C loop holds
    no GIL, and a vmlinux.o spends ~0.4 s in it.  :meth:`take` hands a section's result to
    decode_columns(), or None (not prefetched, its bytes changed since, or an error: then
    the section is decoded as usual, which reports any error the usual way)."""

    def __init__(self, sections: list, release: str) -> None:
        import threading

        self._work = [(sec.idx, sec.data) for sec in sections]
        self._release = release
        self._results: dict[int, tuple] = {}
        self._thread = threading.Thread(target=self._run, name="pyobjtool-decode", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        work, self._work = self._work, None  # (holds no section's bytes once done)
        for idx, data in work:
            try:
                self._results[idx] = (data, decode_raw(data, self._release, False))
            except Exception:  # noqa: BLE001 (decoded again on the main thread, which reports it)
                return

    def take(self, sec, data: bytes):
        self._thread.join()
        got = self._results.pop(sec.idx, None)
        if got is None or got[0] is not data:
            return None
        return got[1]
