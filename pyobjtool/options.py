# SPDX-License-Identifier: GPL-2.0-only
"""Run options: objtool 6.1's actions and options plus pyobjtool's own."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Options:
    # actions (objtool 6.1)
    hack_jump_label: bool = False
    hack_noinstr: bool = False
    ibt: bool = False
    mcount: bool = False
    noinstr: bool = False
    orc: bool = False
    retpoline: bool = False
    rethunk: bool = False
    unret: bool = False
    sls: bool = False
    stackval: bool = False
    static_call: bool = False
    uaccess: bool = False
    dump_orc: bool = False
    # options (objtool 6.1)
    backtrace: bool = False
    backup: bool = False
    dryrun: bool = False
    link: bool = False
    module: bool = False
    no_unreachable: bool = False
    sec_address: bool = False
    stats: bool = False
    # pyobjtool extensions
    #: ORC layout to write and dump: "6.1" (default) or "6.12"
    orc_format: str = "6.1"
    #: output format for diagnostics: "text", "json" or "sarif"
    format: str = "text"
    #: extra checks beyond objtool 6.1 (issue: split fragments, RBP hazards, ...)
    extra_checks: set[str] = field(default_factory=set)

    def any_action(self) -> bool:
        return (self.hack_jump_label or self.hack_noinstr or self.ibt or self.mcount or self.noinstr
                or self.orc or self.retpoline or self.rethunk or self.sls or self.stackval
                or self.static_call or self.uaccess)
