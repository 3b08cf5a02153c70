# SPDX-License-Identifier: GPL-2.0-only
"""Turning isolation findings into objtool-shaped warning lines.

One line per finding::

    file.o: warning: objtool: func+0x1c: isolation kvm-nvhe/hyp-sections: call to helper in .text, \
outside .hyp.*; chain: __kvm_entry+0x8 -> func+0x1c -> helper [switch.c:123]

With ``--modpost-wording``, a finding of a modpost rule is followed by the
same finding in modpost's own sentence (scripts/mod/modpost.c,
report_sec_mismatch()), after objtool's prefix.
"""

from __future__ import annotations

from ...dwarf.lines import LineLookup
from ...output.diagnostics import Reporter
from .walk import FORBIDDEN, OUTSIDE, UNDEFINED, Finding

_VERB = {"call": "call to", "jump": "jump to", "address": "reference to"}


def _reason(finding: Finding) -> str:
    rule = finding.rule
    target = finding.ref.target
    if finding.reason == UNDEFINED:
        return "(undefined) is not on the allow-list"
    if finding.reason == FORBIDDEN:
        return f"in {target.section_name}, which {finding.ref.node.sec.name} must not reference"
    if finding.reason == OUTSIDE:
        return f"in {target.section_name}, outside {', '.join(rule.to)}"
    return finding.reason


def chain_text(finding: Finding) -> str:
    hops = [ref.node.where(ref.offset) for ref in finding.chain]
    hops.append(finding.ref.target.name)
    return " -> ".join(hops)


def message(finding: Finding, ruleset: str, location: str | None) -> str:
    ref = finding.ref
    text = (f"isolation {ruleset}/{finding.rule.name}: {_VERB[ref.kind]} {ref.target.name} {_reason(finding)}; "
            f"chain: {chain_text(finding)}")
    if location:
        text += f" [{location}]"
    return text


def modpost_message(finding: Finding) -> str | None:
    """modpost's sentence for a finding of a modpost rule (None for other rules)."""
    kind = finding.rule.modpost
    if not kind:
        return None
    ref = finding.ref
    to_sym = ref.target.sym.name if ref.target.sym is not None else ref.target.name
    if kind == "export":
        return f"EXPORT_SYMBOL used for init/exit symbol: {to_sym} (section: {ref.target.section_name})"
    return (f"section mismatch in reference: {ref.node.name} (section: {ref.node.sec.name}) -> "
            f"{to_sym} (section: {ref.target.section_name})")


def emit(reporter: Reporter, findings: list[tuple[str, Finding]], lines: LineLookup | None,
         modpost_wording: bool) -> None:
    for ruleset, finding in findings:
        ref = finding.ref
        location = lines.lookup(ref.sec, ref.offset) if lines is not None else None
        reporter.warn_func(message(finding, ruleset, location), ref.sec, ref.offset, check="isolation")
        if modpost_wording:
            text = modpost_message(finding)
            if text is not None:
                reporter.warn(text, check="isolation")
