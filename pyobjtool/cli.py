# SPDX-License-Identifier: GPL-2.0-only
"""Command line: objtool 6.1's options, plus batch processing.

``pyobjtool <objtool 6.1 options> file.o`` behaves like objtool 6.1.
Extensions: several objects in one run (``pyobjtool [options] a.o b.o``),
``--batch FILE`` (one objtool argument list per line, ``-`` for stdin), and
``-j N`` to spread a batch over N worker processes with output kept in order.

Option parsing follows libsubcmd's parse-options: long options may be
abbreviated to a unique prefix, boolean options take a ``--no-`` form, short
options may be bundled (``-or``), ``--hacks``/``--dump`` take an optional
``=value``, and ``OBJTOOL_ARGS`` in the environment is parsed first.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

from .errors import EXIT_INPUT, EXIT_OK, EXIT_USAGE, UsageError
from .options import Options

USAGE = "pyobjtool <actions> [<options>] file.o [file.o ...]"

# (long name, short, Options attribute or handler, help)
_BOOL_OPTIONS = [
    ("ibt", "i", "ibt", "validate and annotate IBT"),
    ("mcount", "m", "mcount", "annotate mcount/fentry calls for ftrace"),
    ("noinstr", "n", "noinstr", "validate noinstr rules"),
    ("orc", "o", "orc", "generate ORC metadata"),
    ("retpoline", "r", "retpoline", "validate and annotate retpoline usage"),
    ("rethunk", None, "rethunk", "validate and annotate rethunk usage"),
    ("unret", None, "unret", "validate entry unret placement"),
    ("sls", "l", "sls", "validate straight-line-speculation mitigations"),
    ("stackval", "s", "stackval", "validate frame pointer rules"),
    ("static-call", "t", "static_call", "annotate static calls"),
    ("uaccess", "u", "uaccess", "validate uaccess rules for SMAP"),
    ("backtrace", None, "backtrace", "unwind on error"),
    ("backup", None, "backup", "create .orig files before modification"),
    ("dry-run", None, "dryrun", "don't write modifications"),
    ("link", None, "link", "object is a linked object"),
    ("module", None, "module", "object is part of a kernel module"),
    ("no-unreachable", None, "no_unreachable", "skip 'unreachable instruction' warnings"),
    ("sec-address", None, "sec_address", "print section addresses in warnings"),
    ("stats", None, "stats", "print statistics"),
]
_OPTARG_OPTIONS = {"hacks": "h", "dump": None}
#: options of later objtool versions that this engine does not implement
_UNSUPPORTED = {
    "prefix": "objtool 6.12 --prefix",
    "cfi": "objtool 6.12 --cfi",
    "mnop": "objtool 6.12 --mnop",
    "verbose": "objtool 6.12 --verbose",
    "Werror": "objtool 6.15 --Werror",
    "disas": "objtool 6.19 --disas",
}
_EXTENSIONS_WITH_VALUE = ("batch", "jobs", "orc-format", "format", "report", "extra-checks", "contracts",
                          "noreturn-list", "isolation", "assume")
#: extension options whose value is optional
_EXTENSIONS_OPTIONAL_VALUE = ("branch-range",)
_EXTENSION_FLAGS = ("modpost-wording",)

HELP = f"""
 Usage: {USAGE}
        pyobjtool --batch FILE [-j N]

Actions (objtool 6.1):
    -h, --hacks[=<jump_label,noinstr>]
                          patch toolchain bugs/limitations
    -i, --ibt             validate and annotate IBT
    -l, --sls             validate straight-line-speculation mitigations
    -m, --mcount          annotate mcount/fentry calls for ftrace
    -n, --noinstr         validate noinstr rules
    -o, --orc             generate ORC metadata
    -r, --retpoline       validate and annotate retpoline usage
    -s, --stackval        validate frame pointer rules
    -t, --static-call     annotate static calls
    -u, --uaccess         validate uaccess rules for SMAP
        --dump[=<orc>]    dump metadata
        --rethunk         validate and annotate rethunk usage
        --unret           validate entry unret placement

Options (objtool 6.1):
        --backtrace       unwind on error
        --backup          create .orig files before modification
        --dry-run         don't write modifications
        --link            object is a linked object
        --module          object is part of a kernel module
        --no-unreachable  skip 'unreachable instruction' warnings
        --sec-address     print section addresses in warnings
        --stats           print statistics

pyobjtool:
        --batch FILE      one objtool argument list per line ('-' reads stdin)
    -j, --jobs N          worker processes for several objects (default 1)
        --orc-format V    ORC layout to write and dump: 6.1 (default) or 6.12
        --format F        diagnostics as text (default), json or sarif
        --report FILE     append one JSON line per object (status, stderr, time)

Checks beyond objtool 6.1 (off by default; output in objtool's warning format):
        --extra-checks=LIST
                          x86-64: split-fragments, rbp-hazards, contracts,
                          noreturn, eh-frame, or all
        --contracts FILE  asm-helper contracts (TOML); implies contracts
        --noreturn-list FILE
                          extra noreturn function names (one per line)
        --isolation RULES section-isolation rules: a built-in set
                          (kvm-nvhe, noinstr, init-exit) or a TOML file
        --assume NAME=on|off
                          CPU feature / static key assumption for --isolation
        --branch-range[=BYTES]
                          arm64: limited-range branches that may not reach
        --modpost-wording also print init/exit findings in modpost's words
        --version         print the version

Exit status: 0 done (warnings do not change it, as with objtool), 1 bad option
combination or unusable input file, 129 command-line error, 255 write failure.
"""


class ParsedArgs:
    def __init__(self) -> None:
        self.opts = Options()
        self.objects: list[str] = []
        self.batch: str | None = None
        self.jobs = 1
        self.report: str | None = None
        self.version = False
        self.help = False


def _set_hacks(opts: Options, value: str | None) -> None:
    found = False
    if value is None or "jump_label" in value:
        opts.hack_jump_label = True
        found = True
    if value is None or "noinstr" in value:
        opts.hack_noinstr = True
        found = True
    if value is not None and "skylake" in value:
        raise UsageError("option `hacks=skylake' is from objtool 6.12 and not supported")
    if not found:
        raise UsageError(f"option `hacks' does not accept `{value}'")


def _set_dump(opts: Options, value: str | None) -> None:
    if value is None or value == "orc":
        opts.dump_orc = True
        return
    raise UsageError(f"option `dump' does not accept `{value}'")


def _long_names() -> list[str]:
    return [name for name, *_ in _BOOL_OPTIONS] + list(_OPTARG_OPTIONS) + \
        list(_EXTENSIONS_WITH_VALUE) + list(_EXTENSIONS_OPTIONAL_VALUE) + list(_EXTENSION_FLAGS) + \
        ["version", "help"]


def _resolve_long(name: str) -> tuple[str, bool]:
    """Resolve a long option (exact, --no-X, or unique prefix): (canonical name, negated).

    Prefixes are matched against objtool 6.1's own options first, so that an
    abbreviation objtool accepts (``--or`` for ``--orc``) keeps working even
    where pyobjtool's extra options (``--orc-format``) share the prefix.
    """
    names = _long_names()
    if name in names:
        return name, False
    if name in _UNSUPPORTED:
        raise UsageError(f"option `{name}' ({_UNSUPPORTED[name]}) is not supported")
    bool_names = [n for n, *_ in _BOOL_OPTIONS]
    if name.startswith("no-") and name[3:] in bool_names:
        return name[3:], True
    objtool_names = bool_names + list(_OPTARG_OPTIONS)
    for candidates in (objtool_names, names):
        matches = [n for n in candidates if n.startswith(name)]
        if len(matches) == 1:
            return matches[0], False
        if len(matches) > 1:
            raise UsageError(f"Ambiguous option: {name} (could be --{matches[0]} or --{matches[1]})")
    raise UsageError(f"unknown option `{name}'")


def parse_args(argv: list[str], parsed: ParsedArgs | None = None, allow_objects: bool = True) -> ParsedArgs:
    parsed = parsed or ParsedArgs()
    opts = parsed.opts
    bool_by_long = {name: attr for name, _short, attr, _ in _BOOL_OPTIONS}
    bool_by_short = {short: attr for _name, short, attr, _ in _BOOL_OPTIONS if short}
    i = 0
    only_objects = False
    while i < len(argv):
        arg = argv[i]
        i += 1
        if only_objects or arg == "-" or not arg.startswith("-"):
            if not allow_objects:
                raise UsageError(f"unexpected argument `{arg}'")
            parsed.objects.append(arg)
            continue
        if arg == "--":
            only_objects = True
            continue
        if arg.startswith("--"):
            body = arg[2:]
            value = None
            if "=" in body:
                body, value = body.split("=", 1)
            name, negated = _resolve_long(body)
            if name in bool_by_long:
                if value is not None:
                    raise UsageError(f"option `{name}' takes no value")
                setattr(opts, bool_by_long[name], not negated)
            elif name == "hacks":
                _set_hacks(opts, value)
            elif name == "dump":
                _set_dump(opts, value)
            elif name == "branch-range":
                opts.branch_range = True
                if value is not None:
                    try:
                        opts.branch_range_threshold = int(value, 0)
                    except ValueError:
                        raise UsageError(f"option `branch-range' expects a byte count, not `{value}'") from None
            elif name == "modpost-wording":
                opts.modpost_wording = True
            elif name == "version":
                parsed.version = True
            elif name == "help":
                parsed.help = True
            else:  # extensions that take a value
                if value is None:
                    if i >= len(argv):
                        raise UsageError(f"option `{name}' requires a value")
                    value = argv[i]
                    i += 1
                _set_extension(parsed, name, value)
            continue
        # bundled short options
        j = 1
        while j < len(arg):
            ch = arg[j]
            j += 1
            if ch == "h":
                _set_hacks(opts, arg[j:] or None)
                break
            if ch == "j":
                value = arg[j:]
                if not value:
                    if i >= len(argv):
                        raise UsageError("option `j' requires a value")
                    value = argv[i]
                    i += 1
                _set_extension(parsed, "jobs", value)
                break
            attr = bool_by_short.get(ch)
            if attr is None:
                raise UsageError(f"unknown switch `{ch}'")
            setattr(opts, attr, True)
    return parsed


def _set_extension(parsed: ParsedArgs, name: str, value: str) -> None:
    if name == "batch":
        parsed.batch = value
    elif name == "report":
        parsed.report = value
    elif name == "jobs":
        try:
            parsed.jobs = max(1, int(value))
        except ValueError:
            raise UsageError(f"option `jobs' expects a number, not `{value}'") from None
    elif name == "extra-checks":
        from .analyses import EXTRA_CHECKS

        names = [n.strip() for n in value.split(",") if n.strip()]
        for n in names:
            if n == "all":
                parsed.opts.extra_checks.update(EXTRA_CHECKS)
            elif n in EXTRA_CHECKS:
                parsed.opts.extra_checks.add(n)
            else:
                raise UsageError(f"unknown extra check `{n}' (known: all, {', '.join(EXTRA_CHECKS)})")
    elif name == "contracts":
        parsed.opts.contracts = value
        parsed.opts.extra_checks.add("contracts")
    elif name == "noreturn-list":
        parsed.opts.noreturn_list = value
    elif name == "isolation":
        parsed.opts.isolation.append(value)
    elif name == "assume":
        cap, sep, state = value.partition("=")
        if not sep or state not in ("on", "off") or not cap:
            raise UsageError(f"option `assume' expects NAME=on or NAME=off, not `{value}'")
        parsed.opts.assume[cap] = state == "on"
    elif name == "orc-format":
        if value not in ("6.1", "6.12"):
            raise UsageError(f"option `orc-format' expects 6.1 or 6.12, not `{value}'")
        parsed.opts.orc_format = value
    elif name == "format":
        if value not in ("text", "json", "sarif"):
            raise UsageError(f"option `format' expects text, json or sarif, not `{value}'")
        parsed.opts.format = value


def _env_args() -> list[str]:
    env = os.environ.get("OBJTOOL_ARGS")
    if not env:
        return []
    # objtool splits on single spaces and takes at most 15 words
    return [w for w in env.split(" ")][:15]


def options_error(opts: Options) -> str | None:
    """objtool's opts_valid(): the message for an unusable combination, or None."""
    if opts.any_extension() and not opts.any_action():
        return "--dump can't be combined with other options" if opts.dump_orc else None
    if opts.any_action():
        if opts.dump_orc:
            return "--dump can't be combined with other options"
        return None
    if opts.unret and not opts.rethunk:
        return "--unret requires --rethunk"
    if opts.dump_orc:
        return None
    return "At least one command required"


def _batch_jobs(parsed: ParsedArgs) -> list[tuple[str, Options]]:
    """(object, options) pairs from --batch: each line is a full objtool argument list."""
    import shlex

    source = sys.stdin if parsed.batch == "-" else open(parsed.batch, encoding="utf-8")  # noqa: SIM115
    jobs = []
    try:
        for lineno, line in enumerate(source, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            words = shlex.split(line)
            if words and os.path.basename(words[0]) in ("objtool", "pyobjtool"):
                words = words[1:]
            sub = ParsedArgs()
            sub.opts = Options(orc_format=parsed.opts.orc_format, format=parsed.opts.format)
            parse_args(_env_args() + words, sub)
            err = options_error(sub.opts)
            if err:
                raise UsageError(f"{parsed.batch}:{lineno}: {err}")
            if len(sub.objects) != 1:
                raise UsageError(f"{parsed.batch}:{lineno}: expected one object, got {len(sub.objects)}")
            jobs.append((sub.objects[0], sub.opts))
    finally:
        if source is not sys.stdin:
            source.close()
    return jobs


def _emit(result, fmt: str) -> None:
    if fmt == "text":
        if result.stdout:
            sys.stdout.write("\n".join(result.stdout) + "\n")
            sys.stdout.flush()
        if result.stderr:
            sys.stderr.write("\n".join(result.stderr) + "\n")
            sys.stderr.flush()


def _run_all(jobs: list[tuple[str, Options]], workers: int) -> list:
    from .runner import run_object

    if workers <= 1 or len(jobs) <= 1:
        for path, opts in jobs:
            yield run_object(path, opts, more_follow=len(jobs) > 1)
        return
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers) as pool:
        yield from pool.imap(_run_job, jobs, chunksize=4)


def _run_job(job: tuple[str, Options]):
    from .runner import run_object

    return run_object(job[0], job[1], more_follow=True)


def main(argv: Iterable[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        parsed = ParsedArgs()
        parse_args(_env_args(), parsed, allow_objects=False)
        parse_args(args, parsed)
    except UsageError as exc:
        sys.stderr.write(f"pyobjtool: error: {exc}\n usage: {USAGE}\n")
        return EXIT_USAGE
    if parsed.help:
        sys.stdout.write(HELP)
        return EXIT_USAGE
    if parsed.version:
        from . import __version__

        sys.stdout.write(f"pyobjtool {__version__} (objtool 6.1 compatible)\n")
        return EXIT_OK
    try:
        if parsed.batch is not None:
            if parsed.objects:
                raise UsageError("--batch and object arguments can't be mixed")
            jobs = _batch_jobs(parsed)
        else:
            if not parsed.objects:
                raise UsageError("no object file given")
            jobs = [(obj, parsed.opts) for obj in parsed.objects]
    except UsageError as exc:
        sys.stderr.write(f"pyobjtool: error: {exc}\n usage: {USAGE}\n")
        return EXIT_USAGE
    except OSError as exc:
        sys.stderr.write(f"pyobjtool: error: can't read batch file: {exc.strerror or exc}\n")
        return EXIT_INPUT
    if parsed.batch is None:
        err = options_error(parsed.opts)
        if err:
            sys.stderr.write(f"error: objtool: {err}\n")
            return EXIT_INPUT
    status = EXIT_OK
    results = []
    fmt = parsed.opts.format
    report = open(parsed.report, "a", encoding="utf-8") if parsed.report else None  # noqa: SIM115
    try:
        for result in _run_all(jobs, parsed.jobs):
            _emit(result, fmt)
            status = max(status, result.status)
            if fmt != "text":
                results.append(result)
            if report is not None:
                import json

                report.write(json.dumps({
                    "path": result.path, "status": result.status, "written": result.written,
                    "seconds": round(result.seconds, 6),
                    "stderr": "".join(line + "\n" for line in result.stderr),
                    "stdout": "".join(line + "\n" for line in result.stdout)}) + "\n")
    finally:
        if report is not None:
            report.close()
    if fmt != "text":
        from .output.structured import render_structured

        sys.stdout.write(render_structured(results, fmt))
    return status


if __name__ == "__main__":
    sys.exit(main())
