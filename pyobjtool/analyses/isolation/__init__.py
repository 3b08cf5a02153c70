# SPDX-License-Identifier: GPL-2.0-only
"""Section isolation: code or data in some sections may only reference
symbols in some other sections (or on an allow-list).

The rules come from TOML rule sets (:mod:`.rules`; built-in: ``kvm-nvhe``,
``noinstr``, ``init-exit``).  References come from relocations plus the
direct branches the assembler resolved itself (:mod:`.refs`); the walk
follows calls and jumps through the object's own functions so that a
finding carries its chain (:mod:`.walk`); ``--assume`` prunes code behind
alternatives and static branches that the assumptions make dead
(:mod:`.liveness`).  Findings are printed in objtool's warning shape
(:mod:`.report`).  docs/isolation.md is the user's guide.
"""

from __future__ import annotations

from ...arch.base import Arch
from ...dwarf.lines import LineLookup
from ...elf.file import ElfFile
from ...output.diagnostics import Reporter
from ...profiles.base import Profile
from .code import decode_code
from .liveness import compute
from .refs import RefGraph
from .report import emit
from .rules import RuleSet, load_ruleset
from .special import read_alternatives, read_jump_labels
from .walk import Finding, markers_missing, walk_rule

__all__ = ["check_isolation", "load_ruleset", "RuleSet", "Finding", "run"]


def check_isolation(elf: ElfFile, rulesets: list[RuleSet], assume: dict[str, bool], reporter: Reporter,
                    arch: Arch, profile: Profile, modpost_wording: bool = False,
                    source_lines: bool = True) -> list[tuple[str, Finding]]:
    """Check *elf* against every applicable rule of *rulesets* and report the findings.

    *assume* (from --assume) overrides the rule sets' own ``[assume]`` defaults.
    The kernel release (*profile*) gives the special-section layouts and the
    arm64 capability names (a rule set may give its own).  Returns the
    findings as (rule set name, finding) pairs.
    """
    names = [s.name for s in elf.sections]
    applicable = [(rs, rule.for_release(profile.version)) for rs in rulesets for rule in rs.rules
                  if rule.applies_to(elf.path, names)]
    if not applicable:
        return []
    merged: dict[str, bool] = {}
    prefixes: set[str] = set()
    cpucaps = profile.arm64_cpucaps
    for rs in rulesets:
        merged.update(rs.assume)
        cpucaps = rs.cpucaps or cpucaps
        for rule in rs.rules:
            prefixes.update(rule.strip_prefixes)
    merged.update(assume)
    code = decode_code(elf)
    alts = read_alternatives(elf, arch, arch.special_entry(profile.version, ".altinstructions"), cpucaps,
                             tuple(sorted(prefixes)))
    labels = read_jump_labels(elf, arch, arch.special_entry(profile.version, "__jump_table"), cpucaps,
                              tuple(sorted(prefixes)))
    live = compute(code, alts, labels, merged)
    graph = RefGraph(elf, code, alts, live)
    found: list[tuple[str, Finding]] = []
    for rs, rule in applicable:
        findings = walk_rule(graph, rule)
        if findings and markers_missing(graph, rule):
            reporter.warn(f"isolation {rs.name}/{rule.name}: the object has no instrumentation_begin()/end() "
                          "markers (built without CONFIG_NOINSTR_VALIDATION): calls inside such regions are "
                          "reported too", check="isolation")
        found.extend((rs.name, f) for f in findings)
    if found:
        emit(reporter, found, LineLookup(elf) if source_lines else None, modpost_wording)
    return found


def run(ctx) -> None:
    """``--isolation RULES`` (with ``--assume NAME=on|off``): findings are warnings, the exit status stays 0."""
    rulesets = [load_ruleset(spec) for spec in ctx.opts.isolation]
    ctx.shared["isolation"] = check_isolation(ctx.elf, rulesets, ctx.opts.assume, ctx.reporter, ctx.arch,
                                              ctx.profile, modpost_wording=ctx.opts.modpost_wording)
