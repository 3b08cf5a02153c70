# SPDX-License-Identifier: GPL-2.0-only
"""``--branch-range[=BYTES]``: arm64 limited-range references (see
:mod:`pyobjtool.branch_range`).  Sections without veneers come from the
``[branch_range] no_veneers`` of the ``--isolation`` rule sets given, else the
hyp sections.  Findings are warnings: the exit status stays 0."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..branch_range import DEFAULT_NO_VENEERS, check_branch_ranges
from ..isolation.rules import load_ruleset

if TYPE_CHECKING:
    from . import ExtensionContext


def run(ctx: ExtensionContext) -> None:
    no_veneers: tuple[str, ...] = ()
    for spec in ctx.opts.isolation:
        no_veneers += load_ruleset(spec).no_veneers
    ctx.shared["branch_range"] = check_branch_ranges(ctx.elf, ctx.reporter, ctx.opts.branch_range_threshold,
                                                     no_veneers or DEFAULT_NO_VENEERS)
