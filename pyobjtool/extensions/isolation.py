# SPDX-License-Identifier: GPL-2.0-only
"""``--isolation RULES`` (with ``--assume NAME=on|off``): section-isolation
rules on x86-64 and arm64 objects.  The work is in :mod:`pyobjtool.isolation`;
this is the entry point run_extensions() calls.  Findings are warnings: the
exit status stays 0."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..isolation import check_isolation, load_ruleset

if TYPE_CHECKING:
    from . import ExtensionContext


def run(ctx: ExtensionContext) -> None:
    rulesets = [load_ruleset(spec) for spec in ctx.opts.isolation]
    findings = check_isolation(ctx.elf, rulesets, ctx.opts.assume, ctx.reporter,
                               modpost_wording=ctx.opts.modpost_wording)
    ctx.shared["isolation"] = findings
