# SPDX-License-Identifier: GPL-2.0-only
"""Limited-range relocations in relocatable arm64 objects whose target lies
outside the referencing section.

Two cases from the mailing lists motivate this: ``cbz x0, hyp_panic`` works
while hyp_panic is in the same .text, and fails to link ("relocation
truncated to fit: R_AARCH64_CONDBR19") once -ffunction-sections or LTO puts
it in ``.text.hyp_panic`` far away; and a b/bl out of the hyp text gets a
linker veneer in kernel text that hyp cannot run.  The compiler never emits
CONDBR19/TSTBR14 to an external symbol, so each one is hand-written assembly
that deserves a look.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...arch.arm64.relocs import LIMITED_RANGE, R_AARCH64_ADR_PREL_PG_HI21, VENEERABLE, RelocRange
from ...dwarf.lines import LineLookup
from ...elf.constants import SHN_ABS, SHN_UNDEF, STT_SECTION
from ...elf.file import ElfFile
from ...elf.model import Section
from ...elf.naming import describe
from ...output.diagnostics import Reporter
from ..isolation.rules import matches

#: ADRP reaches ±4GiB: never a problem inside a kernel image, so not reported
_SKIP = frozenset({R_AARCH64_ADR_PREL_PG_HI21})


@dataclass
class RangeFinding:
    sec: Section
    offset: int
    range: RelocRange
    target: str
    target_section: str


def check_object(elf: ElfFile, reporter: Reporter, no_veneers: tuple[str, ...]) -> list[RangeFinding]:
    out: list[RangeFinding] = []
    for rsec in elf.sections:
        table = rsec.relocs
        base = rsec.base
        if table is None or base is None or not base.is_exec:
            continue
        veneerless = matches(base.name, no_veneers)
        symbols = table.symbols
        for off, rtype, si, add in sorted(zip(table.offsets, table.types, table.symidx, table.addends, strict=True)):
            rng = LIMITED_RANGE.get(rtype)
            if rng is None or rtype in _SKIP or (rtype in VENEERABLE and not veneerless):
                continue
            sym = symbols[si]
            if sym.shndx == SHN_ABS:
                continue
            if sym.shndx == SHN_UNDEF or sym.sec.idx == 0:
                target, tsec = sym.name, "undefined"
            elif sym.sec is base:
                continue
            else:
                tsec = sym.sec.name
                toff = sym.offset + add
                if sym.type == STT_SECTION:
                    target = describe(sym.sec, toff)
                else:
                    target = sym.name if not add else f"{sym.name}{add:+#x}"
            out.append(RangeFinding(base, off, rng, target, tsec))
    lines = LineLookup(elf) if out else None
    for f in out:
        loc = lines.lookup(f.sec, f.offset) if lines is not None else None
        where = "undefined symbol" if f.target_section == "undefined" else f"in {f.target_section}"
        note = ", which gets no veneers" if f.range.name in ("JUMP26", "CALL26") else ""
        reporter.warn_func(f"branch-range: R_AARCH64_{f.range.name} ({f.range.what}, reach {f.range.reach}) "
                           f"to {f.target} ({where}) outside {f.sec.name}{note}" + (f" [{loc}]" if loc else ""),
                           f.sec, f.offset, check="branch-range")
    return out
