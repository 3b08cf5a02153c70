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
    #: checks beyond objtool 6.1 on the x86 engine (see pyobjtool.extensions.EXTRA_CHECKS)
    extra_checks: set[str] = field(default_factory=set)
    #: asm-helper contract file (TOML) for the "contracts" extra check
    contracts: str | None = None
    #: noreturn functions the user declares (for the "noreturn" extra check)
    noreturn_list: str | None = None
    #: section-isolation rule sets: built-in names or TOML files
    isolation: list[str] = field(default_factory=list)
    #: assumptions about CPU features / static keys: name -> on (True) / off (False)
    assume: dict[str, bool] = field(default_factory=dict)
    #: arm64 branch-range check; for linked images, warn when closer than this many bytes to the limit
    branch_range: bool = False
    branch_range_threshold: int | None = None
    #: print section-mismatch findings in modpost's wording as well
    modpost_wording: bool = False

    def any_extension(self) -> bool:
        return bool(self.extra_checks or self.isolation or self.branch_range)

    def any_action(self) -> bool:
        return (self.hack_jump_label or self.hack_noinstr or self.ibt or self.mcount or self.noinstr
                or self.orc or self.retpoline or self.rethunk or self.sls or self.stackval
                or self.static_call or self.uaccess)
