# SPDX-License-Identifier: GPL-2.0-only
"""arm64 branch ranges: references whose reach is limited and that may not
reach their target once the kernel is linked.

* Relocatable objects (:mod:`.objects`): every relocation with a limited
  range whose target lies outside the referencing section (another section,
  e.g. an -ffunction-sections/LTO ``.text.<fn>``, or an undefined symbol) is
  reported with its range.  The linker places sections freely, so such a
  reference works only by luck.  b/bl (JUMP26/CALL26) are reported only from
  sections that get no linker veneers (the hyp sections by default).
* Linked images (:mod:`.images`; ET_EXEC/ET_DYN such as vmlinux): every limited-range instruction is decoded
  and the smallest remaining margin per type is reported, plus each one
  closer to its limit than a threshold.

docs/branch-range.md is the user's guide.
"""

from __future__ import annotations

from ...elf.constants import EM_AARCH64, ET_REL
from ...elf.file import ElfFile
from ...output.diagnostics import Reporter

#: sections that get no veneers when no rules file says otherwise
DEFAULT_NO_VENEERS = (".hyp.*",)

__all__ = ["check_branch_ranges", "DEFAULT_NO_VENEERS", "run"]


def check_branch_ranges(elf: ElfFile, reporter: Reporter, threshold: int | None = None,
                        no_veneers: tuple[str, ...] = DEFAULT_NO_VENEERS) -> list:
    """Run the object or the image check on *elf* (arm64 only); returns the findings."""
    if elf.e_machine != EM_AARCH64:
        return []
    if elf.e_type == ET_REL:
        from .objects import check_object

        return check_object(elf, reporter, no_veneers)
    from .images import check_image

    return check_image(elf, reporter, threshold)


def run(ctx) -> None:
    """``--branch-range[=BYTES]``: sections without veneers come from the ``[branch_range] no_veneers``
    of the ``--isolation`` rule sets given, else the hyp sections.  Findings are warnings."""
    from ..isolation.rules import load_ruleset

    no_veneers: tuple[str, ...] = ()
    for spec in ctx.opts.isolation:
        no_veneers += load_ruleset(spec).no_veneers
    ctx.shared["branch_range"] = check_branch_ranges(ctx.elf, ctx.reporter, ctx.opts.branch_range_threshold,
                                                     no_veneers or DEFAULT_NO_VENEERS)
