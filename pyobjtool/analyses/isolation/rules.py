# SPDX-License-Identifier: GPL-2.0-only
"""The section-isolation rules model and its loading from TOML.

A rule says: references made by code or data in the ``from`` sections may
only go to the ``to`` sections (a whitelist), and/or must not go to the
``not_to`` sections (a blacklist), except to symbols on the ``allow`` list or
where an ``exempt`` entry matches.  A rule set is a list of rules plus default
assumptions (``[assume]``) and branch-range settings (``[branch_range]``);
docs/isolation.md describes the file format for users.

Built-in rule sets are TOML files in ``pyobjtool/isolation/rules/`` and are
named without the suffix (``--isolation=kvm-nvhe``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from ...errors import OptionError
from .tomlread import RulesSyntaxError, loads

BUILTIN_DIR = Path(__file__).with_name("rules")
REF_KINDS = ("call", "jump", "address")
UNDEFINED_POLICIES = ("allow", "report")


def builtin_names() -> list[str]:
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.toml"))


def matches(name: str, patterns: tuple[str, ...]) -> bool:
    """Shell-style match of *name* against any of *patterns* (``*`` also matches dots)."""
    return any(fnmatchcase(name, pat) for pat in patterns)


@dataclass(frozen=True)
class Exemption:
    """A (from section, to section, from symbol, to symbol) pattern that is not a finding.

    Every field that is given must match; an empty field matches anything.
    """

    from_sections: tuple[str, ...] = ()
    to_sections: tuple[str, ...] = ()
    from_symbols: tuple[str, ...] = ()
    to_symbols: tuple[str, ...] = ()

    def covers(self, from_sec: str, to_sec: str, from_sym: str, to_sym: str) -> bool:
        return ((not self.from_sections or matches(from_sec, self.from_sections))
                and (not self.to_sections or matches(to_sec, self.to_sections))
                and (not self.from_symbols or matches(from_sym, self.from_symbols))
                and (not self.to_symbols or matches(to_sym, self.to_symbols)))


@dataclass(frozen=True)
class Rule:
    """One isolation rule (see the module docstring)."""

    name: str
    sources: tuple[str, ...]
    to: tuple[str, ...] = ()
    not_to: tuple[str, ...] = ()
    refs: tuple[str, ...] = REF_KINDS
    undefined: str = "allow"
    allow: tuple[str, ...] = ()
    #: more names allowed only when checking objects of one kernel release (objtool profile
    #: version -> names): e.g. the KVM_NVHE_ALIAS list of image-vars.h shrank in 6.12
    allow_in_release: tuple[tuple[str, tuple[str, ...]], ...] = ()
    strip_prefixes: tuple[str, ...] = ()
    follow: bool = True
    when_sections: tuple[str, ...] = ()
    when_files: tuple[str, ...] = ()
    exempt: tuple[Exemption, ...] = ()
    #: modpost's mismatch kind for --modpost-wording ("" = not a modpost rule)
    modpost: str = ""
    #: x86: calls between instrumentation_begin()/end() markers are allowed
    instrumentation_markers: bool = False
    description: str = ""

    def applies_to(self, path: str, section_names: list[str]) -> bool:
        if self.when_files and not matches(os.path.basename(path), self.when_files):
            return False
        return not self.when_sections or any(matches(n, self.when_sections) for n in section_names)

    def symbol_names(self, name: str) -> list[str]:
        """*name* and *name* without each of the rule's prefixes (``__kvm_nvhe_foo`` -> ``foo``)."""
        out = [name]
        out.extend(name[len(p):] for p in self.strip_prefixes if name.startswith(p))
        return out

    def allowed_symbol(self, name: str) -> bool:
        return bool(self.allow) and any(matches(n, self.allow) for n in self.symbol_names(name))

    def for_release(self, version: str) -> Rule:
        """This rule as it applies to objects of kernel release *version*."""
        extra = [names for release, names in self.allow_in_release if release == version]
        if not extra:
            return self
        return replace(self, allow=self.allow + tuple(n for names in extra for n in names))


@dataclass
class RuleSet:
    name: str
    rules: list[Rule]
    assume: dict[str, bool] = field(default_factory=dict)
    no_veneers: tuple[str, ...] = ()
    #: capability names by number, for kernels other than 6.1 (arm64)
    cpucaps: tuple[str, ...] = ()


def _strings(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise OptionError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


_RULE_KEYS = {"name", "description", "from", "to", "not_to", "refs", "undefined", "allow", "strip_prefixes",
              "follow", "when_sections", "when_files", "exempt", "modpost", "instrumentation_markers",
              "allow_in_release"}


def _rule(table: dict[str, Any], where: str) -> Rule:
    unknown = set(table) - _RULE_KEYS
    if unknown:
        raise OptionError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    name = table.get("name")
    if not isinstance(name, str) or not name:
        raise OptionError(f"{where}: every [[rule]] needs a name")
    where = f"{where} rule '{name}'"
    sources = _strings(table, "from", where)
    if not sources:
        raise OptionError(f"{where}: 'from' (the source sections) is required")
    to = _strings(table, "to", where)
    not_to = _strings(table, "not_to", where)
    if not to and not not_to:
        raise OptionError(f"{where}: give 'to' (allowed sections) or 'not_to' (forbidden sections)")
    refs = _strings(table, "refs", where) or REF_KINDS
    bad = [r for r in refs if r not in REF_KINDS]
    if bad:
        raise OptionError(f"{where}: 'refs' entries must be {', '.join(REF_KINDS)}, not {', '.join(bad)}")
    undefined = table.get("undefined", "report" if to else "allow")
    if undefined not in UNDEFINED_POLICIES:
        raise OptionError(f"{where}: 'undefined' must be 'allow' or 'report'")
    exempt = []
    for i, ex in enumerate(table.get("exempt", [])):
        if not isinstance(ex, dict):
            raise OptionError(f"{where}: 'exempt' entries must be tables")
        ewhere = f"{where} exempt #{i + 1}"
        extra = set(ex) - {"from_sections", "to_sections", "from_symbols", "to_symbols"}
        if extra:
            raise OptionError(f"{ewhere}: unknown key(s) {', '.join(sorted(extra))}")
        exempt.append(Exemption(_strings(ex, "from_sections", ewhere), _strings(ex, "to_sections", ewhere),
                                _strings(ex, "from_symbols", ewhere), _strings(ex, "to_symbols", ewhere)))
    for key in ("follow", "instrumentation_markers"):
        if key in table and not isinstance(table[key], bool):
            raise OptionError(f"{where}: '{key}' must be true or false")
    by_release = table.get("allow_in_release", {})
    if not isinstance(by_release, dict):
        raise OptionError(f"{where}: 'allow_in_release' must be a table: release = [names]")
    allow_in_release = tuple((str(release), _strings(by_release, release, f"{where} allow_in_release"))
                             for release in by_release)
    modpost = table.get("modpost", "")
    if not isinstance(modpost, str):
        raise OptionError(f"{where}: 'modpost' must be a string")
    return Rule(name=name, sources=sources, to=to, not_to=not_to, refs=refs, undefined=undefined,
                allow=_strings(table, "allow", where), allow_in_release=allow_in_release, strip_prefixes=_strings(table, "strip_prefixes", where),
                follow=table.get("follow", bool(to)), when_sections=_strings(table, "when_sections", where),
                when_files=_strings(table, "when_files", where), exempt=tuple(exempt), modpost=modpost,
                instrumentation_markers=table.get("instrumentation_markers", False),
                description=str(table.get("description", "")))


def parse_ruleset(text: str, name: str) -> RuleSet:
    """A rule set from TOML text (*name* is used in messages and findings)."""
    try:
        data = loads(text)
    except RulesSyntaxError as exc:
        raise OptionError(f"isolation rules {name}: {exc}") from None
    unknown = set(data) - {"name", "description", "rule", "assume", "branch_range", "cpucaps"}
    if unknown:
        raise OptionError(f"isolation rules {name}: unknown key(s) {', '.join(sorted(unknown))}")
    rules = data.get("rule", [])
    if not isinstance(rules, list) or not rules:
        raise OptionError(f"isolation rules {name}: no [[rule]] tables")
    where = f"isolation rules {name}"
    assume = data.get("assume", {})
    if not isinstance(assume, dict) or not all(isinstance(v, bool) for v in assume.values()):
        raise OptionError(f"{where}: [assume] values must be true or false")
    branch = data.get("branch_range", {})
    return RuleSet(name=str(data.get("name", name)), rules=[_rule(r, where) for r in rules], assume=dict(assume),
                   no_veneers=_strings(branch, "no_veneers", where) if isinstance(branch, dict) else (),
                   cpucaps=_strings(data, "cpucaps", where))


def load_ruleset(spec: str) -> RuleSet:
    """A built-in rule set by name, or a rules file by path."""
    builtin = BUILTIN_DIR / f"{spec}.toml"
    if os.sep not in spec and not spec.endswith(".toml") and builtin.is_file():
        return parse_ruleset(builtin.read_text(), spec)
    try:
        text = Path(spec).read_text()
    except OSError as exc:
        raise OptionError(f"can't read isolation rules '{spec}': {exc.strerror or exc} "
                          f"(built-in rule sets: {', '.join(builtin_names())})") from None
    return parse_ruleset(text, spec)
