# SPDX-License-Identifier: GPL-2.0-only
"""Run options: objtool 6.1's actions and options plus pyobjtool's own."""

from __future__ import annotations


class Options:
    """Everything a run can be asked to do.

    A plain class rather than a dataclass: importing ``dataclasses`` costs
    more start-up time than pyobjtool spends checking a typical object, and
    kbuild starts one process per object.
    """

    # actions (objtool 6.1)
    hack_jump_label: bool
    hack_noinstr: bool
    ibt: bool
    mcount: bool
    noinstr: bool
    orc: bool
    retpoline: bool
    rethunk: bool
    unret: bool
    sls: bool
    stackval: bool
    static_call: bool
    uaccess: bool
    dump_orc: bool
    # options (objtool 6.1)
    backtrace: bool
    backup: bool
    dryrun: bool
    link: bool
    module: bool
    no_unreachable: bool
    sec_address: bool
    stats: bool
    # pyobjtool extensions
    #: ORC layout to write and dump: "6.1" (default) or "6.12"
    orc_format: str
    #: output format for diagnostics: "text", "json" or "sarif"
    format: str
    #: checks beyond objtool 6.1 on the x86 engine (see pyobjtool.extensions.EXTRA_CHECKS)
    extra_checks: set[str]
    #: asm-helper contract file (TOML) for the "contracts" extra check
    contracts: str | None
    #: noreturn functions the user declares (for the "noreturn" extra check)
    noreturn_list: str | None
    #: section-isolation rule sets: built-in names or TOML files
    isolation: list[str]
    #: assumptions about CPU features / static keys: name -> on (True) / off (False)
    assume: dict[str, bool]
    #: arm64 branch-range check; for linked images, warn when closer than this many bytes to the limit
    branch_range: bool
    branch_range_threshold: int | None
    #: print section-mismatch findings in modpost's wording as well
    modpost_wording: bool

    def __init__(self, **overrides) -> None:
        self.hack_jump_label = False
        self.hack_noinstr = False
        self.ibt = False
        self.mcount = False
        self.noinstr = False
        self.orc = False
        self.retpoline = False
        self.rethunk = False
        self.unret = False
        self.sls = False
        self.stackval = False
        self.static_call = False
        self.uaccess = False
        self.dump_orc = False
        self.backtrace = False
        self.backup = False
        self.dryrun = False
        self.link = False
        self.module = False
        self.no_unreachable = False
        self.sec_address = False
        self.stats = False
        self.orc_format = "6.1"
        self.format = "text"
        self.extra_checks = set()
        self.contracts = None
        self.noreturn_list = None
        self.isolation = list()
        self.assume = dict()
        self.branch_range = False
        self.branch_range_threshold = None
        self.modpost_wording = False
        for key, value in overrides.items():
            if not hasattr(self, key):
                raise TypeError(f"unknown option {key!r}")
            setattr(self, key, value)

    def copy(self) -> Options:
        """A copy whose mutable fields are independent (objtool may force --link per object)."""
        new = Options.__new__(Options)
        new.__dict__ = {k: (v.copy() if isinstance(v, (set, list, dict)) else v) for k, v in vars(self).items()}
        return new

    def __repr__(self) -> str:
        changed = {k: v for k, v in vars(self).items() if v != getattr(Options(), k)}
        return f"Options({changed})"

    def any_extension(self) -> bool:
        return bool(self.extra_checks or self.isolation or self.branch_range)

    def any_action(self) -> bool:
        return (self.hack_jump_label or self.hack_noinstr or self.ibt or self.mcount or self.noinstr
                or self.orc or self.retpoline or self.rethunk or self.sls or self.stackval
                or self.static_call or self.uaccess)
