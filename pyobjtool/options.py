# SPDX-License-Identifier: GPL-2.0-only
"""Run options and the tables the command line is generated from.

An :class:`OptionSpec` describes one option as libsubcmd's parse-options
knows it (objtool's own options) or as pyobjtool adds it: its long and short
name, what it takes, where the value goes and its help line.  The objtool
profiles (:mod:`pyobjtool.profiles`) list the objtool options of each
release, the analysis registry the options of each added check, and
:data:`CORE_OPTIONS` pyobjtool's own; :mod:`pyobjtool.cli` parses and prints
``--help`` from those tables.

:class:`Options` is the bag of values one object is checked with.  It is a
plain class rather than a dataclass: importing ``dataclasses`` costs more
start-up time than pyobjtool spends checking a typical object, and kbuild
starts one process per object.
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import UsageError

BOOL = "bool"          # --x / --no-x (objtool's OPT_BOOLEAN)
OPTIONAL = "optional"  # --x or --x=value (OPT_CALLBACK_OPTARG)
VALUE = "value"        # --x value or --x=value
FLAG = "flag"          # --x, no value and no --no-x form

#: help sections, in the order --help prints them
GROUPS = {"actions": "Actions", "options": "Options", "pyobjtool": "pyobjtool",
          "checks": "Checks beyond objtool (off by default; output in objtool's warning format)"}


class OptionSpec:
    """One command-line option.

    *apply(target, value)* stores a value (``None`` when an OPTIONAL option
    is given without one); without it a BOOL or FLAG option sets *attr* and
    a VALUE option stores the string.  *run_level* options configure the
    whole run (``--jobs``) rather than one object's :class:`Options`.
    *default* is the attribute's value when the option is absent.
    """

    __slots__ = ("long", "short", "attr", "kind", "help", "metavar", "group", "apply", "default", "run_level")

    def __init__(self, long: str, short: str | None = None, *, attr: str | None = None, kind: str = BOOL,
                 help: str = "", metavar: str | None = None, group: str = "options",
                 apply: Callable[[object, str | None], None] | None = None, default: object = False,
                 run_level: bool = False) -> None:
        self.long = long
        self.short = short
        self.attr = attr or long.replace("-", "_")
        self.kind = kind
        self.help = help
        self.metavar = metavar
        self.group = group
        self.apply = apply
        self.default = default
        self.run_level = run_level

    def store(self, target: object, value: str | None, negated: bool = False) -> None:
        if self.apply is not None:
            self.apply(target, value)
        elif self.kind in (BOOL, FLAG):
            setattr(target, self.attr, not negated)
        else:
            setattr(target, self.attr, value)

    def help_lines(self) -> list[str]:
        """libsubcmd's usage_with_options() layout: the switch in 26 columns, then the help."""
        head = f"    -{self.short}, " if self.short else "        "
        head += f"--{self.long}"
        if self.kind == OPTIONAL and self.metavar:
            head += f"[=<{self.metavar}>]"
        elif self.kind == VALUE:
            head += f" <{self.metavar or 'n'}>"
        if len(head) <= 24:
            return [f"{head:<26}{self.help}"]
        return [head, " " * 26 + self.help]


def _set_hacks(opts: Options, value: str | None, allowed: tuple[str, ...]) -> None:
    """--hacks[=list]: objtool tests each name with strstr() on the value."""
    found = False
    for name in allowed:
        if value is None or name in value:
            setattr(opts, "hack_" + name, True)
            found = True
    if not found:
        raise UsageError(f"option `hacks' does not accept `{value}'")


def _set_dump(opts: Options, value: str | None) -> None:
    if value is None or value == "orc":
        opts.dump_orc = True
        return
    raise UsageError(f"option `dump' does not accept `{value}'")


def hacks_option(allowed: tuple[str, ...]) -> OptionSpec:
    return OptionSpec("hacks", "h", attr="hacks", kind=OPTIONAL, group="actions", metavar=",".join(allowed),
                      help="patch toolchain bugs/limitations",
                      apply=lambda opts, value: _set_hacks(opts, value, allowed))


def _bool(long: str, short: str | None, help: str, group: str = "options", attr: str | None = None) -> OptionSpec:
    return OptionSpec(long, short, attr=attr, help=help, group=group)


#: objtool 6.1's options (tools/objtool/builtin-check.c), in its --help order
OBJTOOL_6_1_OPTIONS: tuple[OptionSpec, ...] = (
    hacks_option(("jump_label", "noinstr")),
    _bool("ibt", "i", "validate and annotate IBT", "actions"),
    _bool("sls", "l", "validate straight-line-speculation mitigations", "actions"),
    _bool("mcount", "m", "annotate mcount/fentry calls for ftrace", "actions"),
    _bool("noinstr", "n", "validate noinstr rules", "actions"),
    _bool("orc", "o", "generate ORC metadata", "actions"),
    _bool("retpoline", "r", "validate and annotate retpoline usage", "actions"),
    _bool("stackval", "s", "validate frame pointer rules", "actions"),
    _bool("static-call", "t", "annotate static calls", "actions"),
    _bool("uaccess", "u", "validate uaccess rules for SMAP", "actions"),
    OptionSpec("dump", kind=OPTIONAL, attr="dump_orc", metavar="orc", group="actions", help="dump metadata",
               apply=_set_dump),
    _bool("rethunk", None, "validate and annotate rethunk usage", "actions"),
    _bool("unret", None, "validate entry unret placement", "actions"),
    _bool("backtrace", None, "unwind on error"),
    _bool("backup", None, "create .orig files before modification"),
    _bool("dry-run", None, "don't write modifications", attr="dryrun"),
    _bool("link", None, "object is a linked object"),
    _bool("module", None, "object is part of a kernel module"),
    _bool("no-unreachable", None, "skip 'unreachable instruction' warnings"),
    _bool("sec-address", None, "print section addresses in warnings"),
    _bool("stats", None, "print statistics"),
)

#: objtool's actions (opts_valid(), the same list in 6.1 and 6.12): at least one must be given
#: (besides --dump) for objtool to check anything; --prefix, --cfi and --hacks=skylake are not actions
ACTION_ATTRS = ("hack_jump_label", "hack_noinstr", "ibt", "mcount", "noinstr", "orc", "retpoline", "rethunk",
                "sls", "stackval", "static_call", "uaccess")

#: values of options that only some releases have, so that code can read them under any profile
_RELEASE_DEFAULTS = {"hack_jump_label": False, "hack_noinstr": False, "hack_skylake": False, "cfi": False,
                     "prefix": 0, "mnop": False, "verbose": False}


def _choice(attr: str, name: str, choices: tuple[str, ...]) -> Callable[[object, str | None], None]:
    def apply(target: object, value: str | None) -> None:
        if value not in choices:
            raise UsageError(f"option `{name}' expects {', '.join(choices[:-1])} or {choices[-1]}, not `{value}'")
        setattr(target, attr, value)
    return apply


def _set_jobs(target: object, value: str | None) -> None:
    try:
        target.jobs = max(1, int(value or ""))  # type: ignore[attr-defined]
    except ValueError:
        raise UsageError(f"option `jobs' expects a number, not `{value}'") from None


#: pyobjtool's own options (the added checks' options come from the analysis registry)
CORE_OPTIONS: tuple[OptionSpec, ...] = (
    OptionSpec("profile", kind=VALUE, metavar="release", group="pyobjtool", default=None,
               help="behave as this objtool release (6.1, 6.12); default: detected from the kernel tree"),
    OptionSpec("batch", kind=VALUE, metavar="file", group="pyobjtool", run_level=True, default=None,
               help="one objtool argument list per line ('-' reads stdin)"),
    OptionSpec("jobs", "j", kind=VALUE, metavar="n", group="pyobjtool", run_level=True, default=1,
               apply=_set_jobs, help="worker processes for several objects (default 1)"),
    OptionSpec("trace", kind=VALUE, metavar="func", group="pyobjtool", default=None,
               help="print the path walk through FUNC, instruction by instruction (stderr)"),
    OptionSpec("explain", kind=FLAG, group="pyobjtool",
               help="after a warning found on a path, print the shortest path to it"),
    OptionSpec("html", kind=VALUE, metavar="dir", group="pyobjtool", default=None,
               help="write an HTML report of the findings (disassembly, control flow) into DIR"),
    OptionSpec("source-lines", kind=FLAG, group="pyobjtool",
               help="append the source file:line (from DWARF) to warnings"),
    OptionSpec("format", kind=VALUE, metavar="fmt", group="pyobjtool", default="text",
               apply=_choice("format", "format", ("text", "json", "sarif")),
               help="diagnostics as text (default), json or sarif"),
    OptionSpec("report", kind=VALUE, metavar="file", group="pyobjtool", run_level=True, default=None,
               help="append one JSON line per object (status, stderr, time)"),
    OptionSpec("cache", group="pyobjtool", default=True,
               help="replay the recorded result of an unchanged object (default; off: --no-cache, PYOBJTOOL_CACHE=0)"),
    OptionSpec("version", kind=FLAG, group="pyobjtool", run_level=True, help="print the version"),
    OptionSpec("help", kind=FLAG, group="pyobjtool", run_level=True, help="show this help"),
)


class Options:
    """Everything one object is checked with: objtool's options of every supported
    release, pyobjtool's own, and the added checks' (their defaults come from the
    option tables, so every attribute exists whatever the profile)."""

    _defaults: dict[str, object] | None = None

    def __init__(self, **overrides) -> None:
        defaults = Options._defaults
        if defaults is None:
            defaults = Options._defaults = _collect_defaults()
        for key, value in defaults.items():
            setattr(self, key, value.copy() if isinstance(value, (set, list, dict)) else value)
        for key, value in overrides.items():
            if key not in defaults:
                raise TypeError(f"unknown option {key!r}")
            setattr(self, key, value)

    def copy(self) -> Options:
        """A copy whose mutable fields are independent (objtool may force --link per object)."""
        new = Options.__new__(Options)
        new.__dict__ = {k: (v.copy() if isinstance(v, (set, list, dict)) else v) for k, v in vars(self).items()}
        return new

    def __repr__(self) -> str:
        base = Options()
        changed = {k: v for k, v in vars(self).items() if v != getattr(base, k)}
        return f"Options({changed})"

    def any_extension(self) -> bool:
        """Is any check beyond objtool asked for?"""
        return bool(self.extra_checks or self.isolation or self.branch_range)

    def any_action(self) -> bool:
        return any(getattr(self, attr) for attr in ACTION_ATTRS)


def _set_prefix(opts: Options, value: str | None) -> None:
    """--prefix <n> (OPT_INTEGER: strtol base 10; --no-prefix sets 0)."""
    try:
        opts.prefix = int(value or "", 10)
    except ValueError:
        raise UsageError(f"option `prefix' expects a numerical value, not `{value}'") from None


def _table(base: tuple[OptionSpec, ...], layout: list[str], new: dict[str, OptionSpec]) -> tuple[OptionSpec, ...]:
    """A release's table: options by long name, from *new* or else from *base*, in --help order."""
    by_long = {spec.long: spec for spec in base}
    by_long.update(new)
    return tuple(by_long[name] for name in layout)


#: objtool 6.12's options (builtin-check.c): --hacks=skylake, --prefix, --cfi, --mnop, -v
OBJTOOL_6_12_OPTIONS = _table(OBJTOOL_6_1_OPTIONS, [
    "hacks", "ibt", "sls", "mcount", "noinstr", "orc", "retpoline", "stackval", "static-call", "uaccess",
    "cfi", "dump", "prefix", "rethunk", "unret",
    "verbose", "backtrace", "backup", "dry-run", "link", "mnop", "module", "no-unreachable", "sec-address",
    "stats"], {
    "hacks": hacks_option(("jump_label", "noinstr", "skylake")),
    "cfi": _bool("cfi", None, "annotate kernel control flow integrity (kCFI) function preambles", "actions"),
    "prefix": OptionSpec("prefix", kind=VALUE, metavar="n", group="actions", default=0, apply=_set_prefix,
                         help="generate prefix symbols"),
    "verbose": _bool("verbose", "v", "verbose warnings"),
    "mnop": _bool("mnop", None, "nop out mcount call sites"),
})

#: objtool's options by release (the profiles refer to these tables)
RELEASE_OPTIONS: dict[str, tuple[OptionSpec, ...]] = {"6.1": OBJTOOL_6_1_OPTIONS, "6.12": OBJTOOL_6_12_OPTIONS}


def _collect_defaults() -> dict[str, object]:
    from .analyses import registry

    defaults: dict[str, object] = dict(_RELEASE_DEFAULTS)
    defaults.update(registry.DEFAULTS)
    release_specs = [spec for table in RELEASE_OPTIONS.values() for spec in table]
    for spec in (*release_specs, *CORE_OPTIONS, *registry.option_specs()):
        if spec.run_level or spec.attr == "hacks":
            continue
        defaults.setdefault(spec.attr, spec.default)
    return defaults
