# SPDX-License-Identifier: GPL-2.0-only
"""Remaining margins of the limited-range instructions of a linked arm64 image.

In a linked image (vmlinux, an ET_EXEC/ET_DYN file, or any file whose code
carries no relocations) every branch is resolved.  Each executable section
is decoded at its address; a word counts when its target lands in an
executable section (branches) or in an allocated section (adr, literal
loads), which leaves out literal-pool data that happens to look like a
branch.  Per relocation type the smallest margin (bytes left before the
displacement would not fit) is reported, and, with a threshold, every
instruction closer than that to its limit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...arch.arm64 import decoder as d
from ...arch.arm64.relocs import format_reach
from ...elf.constants import SHF_ALLOC
from ...elf.file import ElfFile
from ...elf.model import Section
from ...elf.naming import describe
from ...output.diagnostics import Reporter

#: relocation-type name, what, forms, field (bits, scale)
GROUPS: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("JUMP26", "b", (d.B,)),
    ("CALL26", "bl", (d.BL,)),
    ("CONDBR19", "b.cond/cbz/cbnz", (d.BCOND, d.CBZ, d.CBNZ)),
    ("TSTBR14", "tbz/tbnz", (d.TBZ, d.TBNZ)),
    ("ADR_PREL_LO21", "adr", (d.ADR,)),
    ("LD_PREL_LO19", "ldr (literal)", (d.LDR_LIT,)),
)


@dataclass
class Margin:
    group: str
    what: str
    sec: Section
    offset: int
    form: int
    target: int
    margin: int


@dataclass
class GroupSummary:
    group: str
    what: str
    count: int
    smallest: Margin | None


def _in_any(addrs: np.ndarray, ranges: list[tuple[int, int]]) -> np.ndarray:
    ok = np.zeros(len(addrs), dtype=bool)
    for lo, hi in ranges:
        ok |= (addrs >= lo) & (addrs < hi)
    return ok


def scan_image(elf: ElfFile, threshold: int | None) -> tuple[list[GroupSummary], list[Margin]]:
    code_ranges = [(s.addr, s.addr + s.size) for s in elf.sections if s.is_exec and s.flags & SHF_ALLOC and s.size]
    alloc_ranges = [(s.addr, s.addr + s.size) for s in elf.sections if s.flags & SHF_ALLOC and s.size]
    best: dict[str, Margin] = {}
    counts: dict[str, int] = {g: 0 for g, _, _ in GROUPS}
    close: list[Margin] = []
    for sec in elf.sections:
        if not (sec.is_exec and sec.flags & SHF_ALLOC and sec.data and sec.has_data):
            continue
        dec = d.decode_words(bytes(sec.data), sec.addr)
        for group, what, forms in GROUPS:
            sel = np.isin(dec.form, forms)
            if not sel.any():
                continue
            idx = np.nonzero(sel)[0]
            targets = dec.target[idx]
            ranges = code_ranges if forms[0] in d.BRANCH_FORMS else alloc_ranges
            keep = _in_any(targets, ranges)
            idx, targets = idx[keep], targets[keep]
            if not len(idx):
                continue
            bits, scale = d.FORM_FIELD[forms[0]]
            half = (1 << (bits - 1)) * scale
            disp = dec.disp[idx]
            margins = np.minimum((half - scale) - disp, disp + half)
            counts[group] += len(idx)
            k = int(np.argmin(margins))
            cand = Margin(group, what, sec, int(idx[k]) * 4, int(dec.form[idx[k]]), int(targets[k]), int(margins[k]))
            if group not in best or cand.margin < best[group].margin:
                best[group] = cand
            if threshold is not None:
                for j in np.nonzero(margins < threshold)[0].tolist():
                    close.append(Margin(group, what, sec, int(idx[j]) * 4, int(dec.form[idx[j]]),
                                        int(targets[j]), int(margins[j])))
    summaries = [GroupSummary(g, w, counts[g], best.get(g)) for g, w, _ in GROUPS]
    close.sort(key=lambda m: (m.margin, m.sec.idx, m.offset))
    return summaries, close


def _name_at(elf: ElfFile, addr: int) -> str:
    """In a linked image symbol values are addresses: name *addr* by them."""
    for sec in elf.sections:
        if sec.flags & SHF_ALLOC and sec.size and sec.addr <= addr < sec.addr + sec.size:
            return describe(sec, addr, base=sec.addr)
    return f"{addr:#x}"


def check_image(elf: ElfFile, reporter: Reporter, threshold: int | None) -> list[Margin]:
    summaries, close = scan_image(elf, threshold)
    for s in summaries:
        if not s.count or s.smallest is None:
            continue
        m = s.smallest
        reach = format_reach((1 << (d.FORM_FIELD[m.form][0] - 1)) * d.FORM_FIELD[m.form][1])
        loc = _name_at(elf, m.sec.addr + m.offset)
        reporter.warn(f"branch-range: {s.group} ({s.what}, reach {reach}): {s.count} in the image, "
                      f"smallest margin {m.margin:#x} bytes at {loc} -> {_name_at(elf, m.target)}",
                      check="branch-range")
    for m in close:
        bits, scale = d.FORM_FIELD[m.form]
        reach = format_reach((1 << (bits - 1)) * scale)
        reporter.warn_func(f"branch-range: {d.FORM_NAMES[m.form]} to {_name_at(elf, m.target)} is {m.margin:#x} "
                           f"bytes from the {reach} limit of {m.group} (threshold {threshold:#x})",
                           m.sec, m.sec.addr + m.offset, check="branch-range")  # symbols hold addresses
    return close
