# SPDX-License-Identifier: GPL-2.0-only
"""Command line: the options of the objtool release the run behaves as, plus
pyobjtool's own and those of the checks beyond objtool, all from tables
(:mod:`pyobjtool.options`, the profiles, :mod:`pyobjtool.analyses.registry`).

``pyobjtool <objtool options> file.o`` behaves like that objtool release.
Extensions: several objects in one run (``pyobjtool [options] a.o b.o``),
``--batch FILE`` (one objtool argument list per line, ``-`` for stdin), and
``-j N`` to spread a batch over N worker processes with output kept in order.

Option parsing follows libsubcmd's parse-options: long options may be
abbreviated to a unique prefix, boolean options take a ``--no-`` form, short
options may be bundled (``-or``), options such as ``--hacks``/``--dump`` take
an optional ``=value``, and ``OBJTOOL_ARGS`` in the environment is parsed
first.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable

from .errors import EXIT_INPUT, EXIT_OK, EXIT_USAGE, OptionError, UsageError
from .options import (
    BOOL,
    CORE_OPTIONS,
    FLAG,
    GROUPS,
    RELEASE_OPTIONS,
    VALUE,
    Options,
    OptionSpec,
)

USAGE = "pyobjtool <actions> [<options>] file.o [file.o ...]"

#: options of objtool releases pyobjtool has no profile for (named in the error message)
LATER_OPTIONS = {"Werror": "6.15", "disas": "6.19"}


class RunArgs:
    """What the command line asks of the whole run (the per-object values are in ``opts``)."""

    def __init__(self, opts: Options | None = None) -> None:
        self.opts = opts or Options()
        self.objects: list[str] = []
        self.batch: str | None = None
        self.jobs = 1
        self.report: str | None = None
        self.version = False
        self.help = False


ParsedArgs = RunArgs


class OptionTable:
    """The options one run accepts: a release's objtool options, pyobjtool's, the checks'."""

    def __init__(self, release: str) -> None:
        from .analyses.registry import option_specs

        self.release = release
        self.objtool = RELEASE_OPTIONS[release]
        self.specs: tuple[OptionSpec, ...] = (*self.objtool, *CORE_OPTIONS, *option_specs())
        self.by_long = {spec.long: spec for spec in self.specs}
        self.by_short = {spec.short: spec for spec in self.specs if spec.short}
        #: options of the other releases: refused with a message that names the release
        self.elsewhere: dict[str, str] = {}
        for other, table in RELEASE_OPTIONS.items():
            for spec in table:
                if spec.long not in self.by_long:
                    self.elsewhere.setdefault(spec.long, other)
        self.elsewhere.update(LATER_OPTIONS)

    def resolve(self, name: str) -> tuple[OptionSpec, bool]:
        """A long option (exact, --no-X, or unique prefix): (spec, negated).

        Prefixes are matched against objtool's own options first, so that an
        abbreviation objtool accepts (``--or`` for ``--orc``) keeps working even
        where pyobjtool's own options share the prefix.
        """
        spec = self.by_long.get(name)
        if spec is not None:
            return spec, False
        if name in self.elsewhere:
            raise UsageError(f"option `{name}' is from objtool {self.elsewhere[name]}; this run behaves as "
                             f"objtool {self.release} (see --profile): not supported")
        if name.startswith("no-"):
            spec = self.by_long.get(name[3:])
            if spec is not None and spec.kind == BOOL:
                return spec, True
        for candidates in (self.objtool, self.specs):
            matches = [s.long for s in candidates if s.long.startswith(name)]
            if len(matches) == 1:
                return self.by_long[matches[0]], False
            if len(matches) > 1:
                # (libsubcmd names the last two matches, in its option order)
                raise UsageError(f"Ambiguous option: {name} (could be --{matches[-2]} or --{matches[-1]})")
        raise UsageError(f"unknown option `{name}'")

    def help_text(self) -> str:
        out = [f"\n Usage: {USAGE}", "        pyobjtool --batch FILE [-j N]", ""]
        for group, title in GROUPS.items():
            specs = [s for s in self.specs if s.group == group]
            if not specs:
                continue
            if group in ("actions", "options"):
                title = f"{title} (objtool {self.release})"
            out.append(f"{title}:")
            for spec in specs:
                out.extend(spec.help_lines())
            out.append("")
        out.append("Exit status: 0 done (warnings do not change it, as with objtool), 1 bad option")
        out.append("combination or unusable input file, 129 command-line error, 255 write failure.")
        return "\n".join(out) + "\n"


def parse_args(argv: list[str], parsed: RunArgs | None = None, allow_objects: bool = True,
               table: OptionTable | None = None) -> RunArgs:
    parsed = parsed or RunArgs()
    table = table or OptionTable(_release_of(parsed.opts, argv))
    opts = parsed.opts
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
            spec, negated = table.resolve(body)
            if spec.kind in (BOOL, FLAG) and value is not None:
                raise UsageError(f"option `{spec.long}' takes no value")
            if spec.kind == VALUE and value is None:
                if i >= len(argv):
                    raise UsageError(f"option `{spec.long}' requires a value")
                value = argv[i]
                i += 1
            spec.store(parsed if spec.run_level else opts, value, negated)
            continue
        # bundled short options; one that takes a value takes the rest of the word (or the next word)
        j = 1
        while j < len(arg):
            if arg[j] == "h":
                # libsubcmd answers -h (alone or bundled, even where an option is -h) with the usage
                parsed.help = True
                return parsed
            spec = table.by_short.get(arg[j])
            if spec is None:
                raise UsageError(f"unknown switch `{arg[j]}'")
            j += 1
            target = parsed if spec.run_level else opts
            if spec.kind in (BOOL, FLAG):
                spec.store(target, None)
                continue
            value = arg[j:] or None
            if value is None and spec.kind == VALUE:
                if i >= len(argv):
                    raise UsageError(f"option `{arg[j - 1]}' requires a value")
                value = argv[i]
                i += 1
            spec.store(target, value)
            break
    if opts.profile is None:
        opts.profile = table.release
    return parsed


def _release_of(opts: Options, argv: list[str]) -> str:
    """The release whose options to accept: --profile (here or given before), else detected."""
    from .profiles import detect, get

    explicit = opts.profile
    for k, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--profile="):
            explicit = arg.split("=", 1)[1]
        elif arg == "--profile" and k + 1 < len(argv):
            explicit = argv[k + 1]
    release, how = detect(explicit)
    try:
        return get(release).version
    except OptionError as exc:
        raise OptionError(f"{exc}; chosen by {how}") from None


def _env_args() -> list[str]:
    env = os.environ.get("OBJTOOL_ARGS")
    if not env:
        return []
    # objtool splits on single spaces and takes at most 15 words
    return [w for w in env.split(" ")][:15]


def options_error(opts: Options) -> str | None:
    """objtool's opts_valid() for the run's release, or None; pyobjtool's own checks may run alone."""
    if opts.any_extension() and not opts.any_action():
        return "--dump can't be combined with other options" if opts.dump_orc else None
    from .profiles import get

    return get(opts.profile).options_error(opts)


class BadLine:
    """A --batch line whose arguments objtool would refuse: its own result, the other lines still run.

    (objtool is called once per object, so one bad call doesn't stop the others.)
    """

    extra_checks: frozenset = frozenset()

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message

    def result(self, path: str):
        from .runner import ObjectResult

        result = ObjectResult(path)
        result.status = self.status
        result.stderr = [self.message]
        return result


#: characters that make a batch line need shlex's parsing
_QUOTING = frozenset("\"'\\#")


def _batch_jobs(parsed: RunArgs, table: OptionTable,
                key_argvs: list[list[str] | None] | None = None) -> list[tuple[str, Options | BadLine]]:
    """(object, options) pairs from --batch: each line is a full objtool argument list.

    A line with a command-line error or an invalid option combination becomes a
    :class:`BadLine` (status 129 or 1 and the message, as objtool would exit for
    that call); the object is the line's last word, or ``FILE:LINE``.

    *key_argvs*, if given, gets one entry per job: the command line the result
    cache keys that line's run by (None for a bad line).  It is the line's own
    words behind ``--profile <the batch's release>``: the one thing a batch
    adds to a line (the environment is in the key anyway), and the single call
    that runs the same way, so that call and the line share their entry.
    """
    import shlex

    source = sys.stdin if parsed.batch == "-" else open(parsed.batch, encoding="utf-8")  # noqa: SIM115
    jobs: list[tuple[str, Options | BadLine]] = []
    tables = {table.release: table}
    # kbuild's lines differ in the object only: the options of the rest of a line, parsed once
    # (each run copies them before it changes anything; a worker gets its own by pickling)
    parsed_options: dict[tuple[str, ...], Options] = {}
    try:
        for lineno, line in enumerate(source, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            where = f"{parsed.batch}:{lineno}"
            try:
                # (kbuild's lines have no quoting: shlex only when there is some to undo)
                words = shlex.split(line) if _QUOTING.intersection(line) else line.split()
            except ValueError as exc:
                words = None
                job: tuple[str, Options | BadLine] = (where, BadLine(EXIT_USAGE, f"pyobjtool: error: {where}: {exc}"))
            else:
                if words and os.path.basename(words[0]) in ("objtool", "pyobjtool"):
                    words = words[1:]
                job = _batch_line(parsed, table, tables, parsed_options, words, where)
            jobs.append(job)
            if key_argvs is not None:
                key_argvs.append(None if isinstance(job[1], BadLine) else ["--profile", table.release, *words])
    finally:
        if source is not sys.stdin:
            source.close()
    return jobs


def _batch_line(parsed: RunArgs, table: OptionTable, tables: dict[str, OptionTable],
                parsed_options: dict[tuple[str, ...], Options], words: list[str],
                where: str) -> tuple[str, Options | BadLine]:
    """The job of one batch line's *words* (see :func:`_batch_jobs`)."""
    label = words[-1] if words else where
    rest = tuple(words[:-1]) if words and not words[-1].startswith("-") else None
    known = parsed_options.get(rest) if rest is not None else None
    if known is not None:
        return words[-1], known
    sub = RunArgs(Options(format=parsed.opts.format, profile=parsed.opts.profile))
    try:
        line_table = table
        if any(w == "--profile" or w.startswith("--profile=") for w in words):
            # the line's own release: its options are that release's, wherever --profile is
            release = _release_of(sub.opts, words)
            line_table = tables.get(release) or tables.setdefault(release, OptionTable(release))
        parse_args(_env_args() + words, sub, table=line_table)
    except UsageError as exc:
        return label, BadLine(EXIT_USAGE, f"pyobjtool: error: {where}: {exc}")
    except OptionError as exc:
        return label, BadLine(EXIT_INPUT, f"pyobjtool: error: {where}: {exc}")
    err = options_error(sub.opts)
    if err:
        return label, BadLine(EXIT_INPUT, f"error: objtool: {err}")
    if len(sub.objects) != 1:
        return label, BadLine(EXIT_USAGE, f"pyobjtool: error: {where}: expected one object, "
                                          f"got {len(sub.objects)}")
    if rest is not None and sub.objects[0] == words[-1]:
        parsed_options[rest] = sub.opts
    return sub.objects[0], sub.opts


def _emit(result, fmt: str) -> None:
    if fmt == "text":
        if result.stdout:
            sys.stdout.write("\n".join(result.stdout) + "\n")
            sys.stdout.flush()
        if result.stderr:
            sys.stderr.write("\n".join(result.stderr) + "\n")
            sys.stderr.flush()


def _run_all(jobs: list[tuple[str, Options]], workers: int, argv: list[str] | None = None,
             key_argvs: list[list[str] | None] | None = None):
    """Each job's result, in order.

    *argv*: the command line of a single-object run, which goes through the
    result cache; *key_argvs*: a batch's lines through the cache (see
    :func:`_batch_jobs`), looked up and replayed by whichever process runs
    the line.
    """
    if argv is not None and len(jobs) == 1:
        from .cache import run_cached  # one object, as kbuild calls: the result cache

        yield run_cached(argv, *jobs[0])
        return
    tasks = [(path, opts, key_argvs[i] if key_argvs is not None else None) for i, (path, opts) in enumerate(jobs)]
    with contextlib.ExitStack() as stack:
        if key_argvs is not None:
            from .cache import batch_context

            stack.enter_context(batch_context())
        if workers <= 1 or len(jobs) <= 1:
            if len(jobs) > 1:
                _start_batch_process()
                stack.callback(_end_batch_process)
            for task in tasks:
                yield _run_job(task, more_follow=len(jobs) > 1)
            return
        from .elf import spare, writer  # noqa: F401 - imported once here, not in each worker
        from .workers import run_ordered

        spare.prepare()
        # Ranges of up to 64 lines, at least 8 per worker for balance
        chunk = max(1, min(64, len(tasks) // (workers * 8)))
        yield from run_ordered(tasks, _run_job, workers, chunk, _start_batch_process, _end_batch_process,
                               _lost_job, _left_by)


def _start_batch_process() -> None:
    """Objects written in this process are replaced through a spare file (elf/spare.py)."""
    from .elf import spare

    spare.enable()


def _end_batch_process() -> None:
    from .elf import spare

    spare.finish()


def _left_by(pid: int, tasks: list[tuple[str, Options | BadLine, list[str] | None]]) -> None:
    from .elf import spare

    spare.remove_left_by(pid, [task[0] for task in tasks])


def _lost_job(task: tuple[str, Options | BadLine, list[str] | None], why: str):
    """The result of a line whose worker process died on it (see workers.py): an error,
    the object as it was (it is only ever replaced as a whole)."""
    from .errors import EXIT_INTERNAL
    from .runner import ObjectResult, one_line

    result = ObjectResult(task[0])
    result.status = EXIT_INTERNAL
    result.stderr = [one_line(f"pyobjtool: error: {task[0]}: internal error: {why}; the other objects "
                              "were checked")]
    return result


def _run_job(task: tuple[str, Options | BadLine, list[str] | None], more_follow: bool = True):
    path, opts, key_argv = task
    if isinstance(opts, BadLine):
        return opts.result(path)
    if key_argv is not None:
        from .cache import run_cached

        return run_cached(key_argv, path, opts, more_follow=more_follow)
    from .runner import run_object

    return run_object(path, opts, more_follow=more_follow)


def _batch_cacheable(parsed: RunArgs) -> bool:
    """Do a batch's lines go through the result cache?  As a single call's would: text
    output, no ``--report``, not ``--no-cache`` (each line's own options are checked
    by :func:`cache.recordable`)."""
    return parsed.opts.format == "text" and parsed.report is None and parsed.opts.cache


def _usage_error(exc: Exception) -> int:
    sys.stderr.write(f"pyobjtool: error: {exc}\n usage: {USAGE}\n")
    return EXIT_USAGE


def main(argv: Iterable[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    env_args = _env_args()
    parsed = RunArgs()
    try:
        table = OptionTable(_release_of(parsed.opts, env_args + args))
        parse_args(env_args, parsed, allow_objects=False, table=table)
        if "verbose" in table.by_long and os.environ.get("OBJTOOL_VERBOSE") == "1":
            parsed.opts.verbose = True  # read after OBJTOOL_ARGS, before the command line
        parse_args(args, parsed, table=table)
    except UsageError as exc:
        return _usage_error(exc)
    except OptionError as exc:
        sys.stderr.write(f"pyobjtool: error: {exc}\n")
        return EXIT_INPUT
    parsed.opts.profile = table.release
    if parsed.help:
        sys.stderr.write(table.help_text())  # (objtool's usage goes to stderr too)
        return EXIT_USAGE
    if parsed.version:
        from . import __version__
        from .native import status

        sys.stdout.write(f"pyobjtool {__version__} (behaving as objtool {table.release})\n")
        for module, state in status().items():
            sys.stdout.write(f"  C accelerator {module}: {state}\n")
        return EXIT_OK
    key_argvs: list[list[str] | None] | None = None  # (a batch's lines through the result cache)
    try:
        if parsed.batch is not None:
            if parsed.objects:
                raise UsageError("--batch and object arguments can't be mixed")
            key_argvs = [] if _batch_cacheable(parsed) else None
            jobs = _batch_jobs(parsed, table, key_argvs)
        else:
            if not parsed.objects:
                raise UsageError("no object file given")
            jobs = [(obj, parsed.opts) for obj in parsed.objects]
    except UsageError as exc:
        return _usage_error(exc)
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
    html_entries: list[dict] = []
    fmt = parsed.opts.format
    report = open(parsed.report, "a", encoding="utf-8") if parsed.report else None  # noqa: SIM115
    progress = None
    if len(jobs) > 1:
        from .output.progress import Progress, wanted

        progress = Progress() if wanted() else None
        if any(opts.extra_checks for _, opts in jobs):
            # checks that pool facts across the objects (noreturn call-site evidence) see them
            # all first, before worker processes are forked
            from .analyses.registry import prepare_run

            prepare_run([job for job in jobs if not isinstance(job[1], BadLine)], parsed.jobs)
    try:
        cacheable = parsed.batch is None and fmt == "text" and report is None
        runs = _run_all(jobs, parsed.jobs, args if cacheable else None, key_argvs)
        for done, result in enumerate(runs, 1):
            if progress is not None:
                progress.clear()
            _emit(result, fmt)
            if progress is not None:
                progress.objects(done, len(jobs))
            status = max(status, result.status)
            html_entries.extend(result.html_entries)
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
        if progress is not None:
            progress.clear()
        if report is not None:
            report.close()
    if fmt != "text":
        from .output.structured import render_structured

        sys.stdout.write(render_structured(results, fmt))
    if parsed.opts.html:
        from .output.html import write_index

        write_index(parsed.opts.html, html_entries)
    return status


def _die_of_sigint() -> None:
    """Ctrl-C: no traceback, and the exit a C program has (killed by SIGINT), which make
    and shells look for.  Objects are only ever replaced whole, and a batch's workers were
    stopped on the way out (workers.py)."""
    import signal

    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)
    os._exit(128 + signal.SIGINT)  # (not reached)


def run() -> None:
    """The ``pyobjtool`` command: :func:`main`, then exit without tearing the heap down.

    A big object leaves millions of live Python objects; freeing them one by
    one at interpreter exit took an eighth of a vmlinux.o run.  Nothing is
    left to flush but stdout and stderr, so flush those and leave.
    """
    from . import runner

    runner.EXIT_AFTER_RUN = True
    try:
        status = main()
    except KeyboardInterrupt:
        _die_of_sigint()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        status = status or EXIT_INPUT
    os._exit(status)


if __name__ == "__main__":
    run()
