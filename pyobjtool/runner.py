# SPDX-License-Identifier: GPL-2.0-only
"""Running objtool's flow on one object: open, validate options, check, write.

Returns an :class:`ObjectResult` (exit status, stderr/stdout lines, structured
diagnostics) instead of printing, so that batches can run objects in worker
processes and still print in order.
"""

from __future__ import annotations

import gc
import os
import time

from .elf.constants import ET_REL
from .errors import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_WRITE,
    PyobjtoolError,
    UnsupportedInputError,
)
from .options import Options
from .output.diagnostics import Diagnostic, Reporter

#: puts a rewritten object in place; None: the ELF writer's atomic replace.  The result
#: cache (which records the bytes) and a server worker (which leaves the final rename to
#: its client, see pyobjtool/server/worker.py) set it for one run.
output_writer = None


def put_output(path: str, data: bytes) -> None:
    """Replace *path* by *data* as a whole (through :data:`output_writer` if set)."""
    if output_writer is not None:
        output_writer(path, data)
        return
    from .elf.writer import write_atomic

    write_atomic(path, data)


class ObjectResult:
    """What running on one object produced (picklable, for worker processes)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.status = EXIT_OK
        self.stderr: list[str] = []
        self.stdout: list[str] = []
        self.diagnostics: list[Diagnostic] = []
        self.written = False
        self.seconds = 0.0
        #: --html: the index entries of this object's finding pages
        self.html_entries: list[dict] = []


def one_line(text: str) -> str:
    """*text* with control characters (names read from a broken file may hold any byte)
    escaped as ``\\xNN``, so that an error stays one line."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
                   for ch in text)


def _open_checked(path: str, writable: bool = True) -> bytes:
    """Read the object; like objtool (which opens it O_RDWR) refuse one we can't write.

    Analyses that only read (pyobjtool's own checks without an objtool action)
    pass ``writable=False``.
    """
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise PyobjtoolError(f"can't open: {exc.strerror or exc}") from exc
    # objtool opens the object O_RDWR; a file without write permission is refused
    # even for root, who could write it anyway, rather than silently changed
    if writable and (not os.stat(path).st_mode & 0o222 or not os.access(path, os.W_OK)):
        raise PyobjtoolError("can't open for writing: the file is read-only (objtool rewrites objects in place)")
    return raw


def _dump(path: str, opts: Options, reporter: Reporter, result: ObjectResult) -> None:
    """--dump: print the ORC table (read-only; objtool opens the file O_RDONLY here)."""
    from .arch import for_machine
    from .elf.file import ElfFile
    from .output.orc_dump import DumpError, orc_dump_lines
    from .profiles import select

    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise PyobjtoolError(f"can't open: {exc.strerror or exc}") from exc
    elf = ElfFile(raw, path)
    arch = for_machine(elf.e_machine)
    if arch is None or not arch.unwind_layouts:
        return  # no ORC on this architecture: nothing to dump
    layout = select(opts.profile).unwind_layout_for(arch)
    try:
        result.stdout = orc_dump_lines(elf, layout)
    except DumpError as exc:
        result.stdout = exc.lines  # objtool printed these entries before failing
        reporter.warn(str(exc))
        result.status = EXIT_WRITE


def run_object(path: str, opts: Options, more_follow: bool = False) -> ObjectResult:
    """Check (and rewrite) one object with objtool 6.1's semantics, or dump its ORC table.

    Whatever happens, the result is one :class:`ObjectResult`: a bad input or
    a bug in pyobjtool becomes one ``pyobjtool: error:`` line and an exit
    status, never a traceback, and the object is only ever replaced as a whole.

    The cyclic garbage collector is off while an object is checked: a large
    object has hundreds of thousands of live instructions, and Python's
    collector would walk them over and over (a third of the run time).  The
    object graph is all garbage afterwards; with *more_follow* (batches) one
    young-generation collection then frees it.
    """
    gc.disable()
    try:
        return _run_object(path, opts, release=more_follow or not EXIT_AFTER_RUN)
    finally:
        if more_follow:
            gc.collect(0)


#: set by the ``pyobjtool`` command, which ends the process right after the last object:
#: then that object's instructions are not taken apart one by one (see engine/_insn.c)
EXIT_AFTER_RUN = False
#: what the last object left for the process's end (with EXIT_AFTER_RUN)
_KEPT: list = []


def _run_object(path: str, opts: Options, release: bool = True) -> ObjectResult:
    start = time.perf_counter()
    result = ObjectResult(path)
    opts = opts.copy()  # --link may be forced per object
    reporter = Reporter(path, opts.sec_address, opts.source_lines)
    error = None
    try:
        if opts.dump_orc:
            _dump(path, opts, reporter, result)
        else:
            _run(path, opts, reporter, result, release)
    except PyobjtoolError as exc:
        result.status = exc.exit_code
        error = str(exc)
    except OSError as exc:
        result.status = EXIT_INPUT
        error = exc.strerror or str(exc)
    except Exception as exc:  # a bug in pyobjtool
        if os.environ.get("PYOBJTOOL_DEBUG"):
            raise
        result.status = EXIT_INTERNAL
        error = f"internal error: {type(exc).__name__}: {exc} (set PYOBJTOOL_DEBUG=1 for a traceback)"
    result.stderr = reporter.lines() + result.stderr
    if error is not None:
        result.stderr.append(one_line(f"pyobjtool: error: {path}: {error}"))
    result.diagnostics = reporter.records
    result.seconds = time.perf_counter() - start
    return result


def _run(path: str, opts: Options, reporter: Reporter, result: ObjectResult, release: bool = True) -> None:
    from .analyses.registry import engine_hooks
    from .arch import for_machine
    from .elf.file import ElfFile
    from .engine.objfile import ObjtoolFile
    from .profiles import select

    profile = select(opts.profile)
    prefetch: list = []
    raw = _open_checked(path, writable=opts.any_action())
    if len(raw) >= STEADY_MALLOC_BYTES:
        _steady_malloc()
    elf = ElfFile(raw, path,
                  on_sections=(lambda e: _start_prefetch(opts, profile, prefetch, e)) if opts.any_action() else None)
    del raw  # (ElfFile lets go of a big file's bytes once its sections hold theirs)
    arch = for_machine(elf.e_machine)
    if not opts.any_action():
        # only pyobjtool's own analyses: they handle x86-64 and arm64, objects and images
        _run_analyses_only(elf, opts, reporter, profile, arch)
        return
    if arch is None or not arch.engine_support or elf.e_machine not in profile.machines:
        hint = " (use --isolation or --branch-range)" if arch is not None else ""
        raise UnsupportedInputError(f"{elf.machine_name} objects are not supported by objtool "
                                    f"{profile.version}'s checks{hint}")
    if elf.e_type != ET_REL:
        raise UnsupportedInputError(f"not a relocatable object (ELF type {elf.e_type})")
    arch.check_relocations(elf)

    file = ObjtoolFile(elf, opts, reporter, arch, profile, engine_hooks(opts))
    file.decode_prefetch = prefetch[0] if prefetch else None
    try:
        _check_and_write(path, opts, reporter, result, elf, profile, arch, file)
    finally:
        if release:
            file.release()  # (the C instruction records' cycles; see engine/_insn.c)
        else:
            # the process ends right after: taking millions of objects apart one by one
            # would only delay that (a few percent of a vmlinux.o run)
            _KEPT.append((elf, file))


#: code bytes from which a thread decodes while the file is read (a small object's whole run
#: is shorter than starting a thread)
PREFETCH_MIN_BYTES = 1 << 20

#: an object this big (a linked vmlinux.o) fixes the C library's mmap threshold first
STEADY_MALLOC_BYTES = 16 << 20


def _steady_malloc() -> None:
    """From here on, blocks of 1 MiB and more come from mmap() and go back when freed: the
    peak memory of a giant run no longer depends on the order two threads freed theirs in
    (see elf/_tables.c); and the instruction records' slabs are faulted in whole when made
    (engine/_insn.c).  Nothing without the C helpers or glibc."""
    from .native import load

    tables = load("pyobjtool.elf._tables")
    if tables is not None:
        tables.steady_mmap_threshold(1 << 20)
    records = load("pyobjtool.engine._insn")
    if records is not None:
        records.set_slab_populate(True)


def _start_prefetch(opts: Options, profile, out: list, elf) -> None:
    """ElfFile's on_sections hook: a big object's code sections start decoding on a thread
    (arch.prefetch_decode()) while the symbols and relocations are read."""
    from .arch import for_machine

    arch = for_machine(elf.e_machine)
    if arch is None or not arch.engine_support:
        return
    noinstr = opts.noinstr
    # (a section whose decoding needs the pv_ops store hook is decoded on the main thread)
    sections = [sec for sec in elf.sections
                if sec.is_exec and sec.data and type(sec.data) is bytes
                and not (noinstr and sec.name.startswith(".init.text"))]
    if sum(len(sec.data) for sec in sections) < PREFETCH_MIN_BYTES:
        return
    started = arch.prefetch_decode(sections, profile.version)
    if started is not None:
        out.append(started)


def _check_and_write(path: str, opts: Options, reporter: Reporter, result: ObjectResult, elf, profile, arch,
                     file) -> None:
    from .elf.writer import serialize
    from .engine.decode import link_cold_functions
    from .engine.objfile import CheckAborted, CheckFailed

    file.progress = _big_object_progress(elf)
    if opts.stats:
        result.stdout = profile.elf_stat_lines(elf)
    try:
        link_cold_functions(file)
    except CheckAborted:
        result.status = EXIT_INPUT
        return
    if opts.backup:
        try:
            _copy_file(path, path + ".orig")
        except OSError as exc:
            # objtool_create_backup() perror()s the failed open(), then objtool warns
            reporter.perror("failed to create backup file", exc)
            reporter.warn("can't create backup file")
            result.status = EXIT_INPUT
            return
    late_error = profile.post_open_error(opts)
    if late_error is not None:
        reporter.error(late_error)
        result.status = EXIT_INPUT
        return
    if not _link_opts_valid(elf, opts, reporter):
        result.status = EXIT_INPUT
        return
    try:
        profile.check(file)
    except CheckFailed:
        # objtool's check() returns validate_unret()'s -1: exit 255, nothing written
        result.status = EXIT_WRITE
        return
    if opts.any_extension():
        from .analyses.context import AnalysisContext, run_analyses

        run_analyses(AnalysisContext(elf, opts, reporter, profile, arch, file))
    result.stdout += file.stats_lines
    if opts.source_lines or opts.format != "text" or opts.html:
        _attach_sources(elf, reporter)
    if opts.html:
        from .output.html import write_object_report

        result.html_entries = write_object_report(opts.html, file)
    if elf.changed and not opts.dryrun:
        if file.progress is not None:
            file.progress.show("pyobjtool: writing", force=True)
        put_output(path, serialize(elf))
        result.written = True
    if file.progress is not None:
        file.progress.clear()


def _big_object_progress(elf):
    """A progress line for one big object on a terminal (see output/progress.py), else None."""
    from .output.progress import BIG_OBJECT, Progress, wanted

    code = sum(sec.size for sec in elf.sections if sec.is_exec)
    if code < 4 * BIG_OBJECT or not wanted():  # about four bytes an instruction
        return None
    return Progress()


def _attach_sources(elf, reporter: Reporter) -> None:
    """Source file:line (and the inlined-from chain) of every finding and path step, from DWARF;
    and the byte offset in the object as read, for locations without source."""
    for diag in reporter.records:
        if diag.section is not None and diag.offset is not None:
            sec = elf.find_section(diag.section)
            if sec is not None and sec.has_data:
                diag.extra["file_offset"] = sec.offset + diag.offset
    if elf.find_section(".debug_line") is None:
        return
    from .dwarf.source import SourceLocator

    locator = SourceLocator(elf)
    for diag in reporter.records:
        if diag.section is None or diag.offset is None or diag.is_backtrace:
            continue
        sec = elf.find_section(diag.section)
        if sec is None:
            continue
        source = locator.locate(sec, diag.offset)
        if source is not None:
            diag.extra["source"] = source
        for step in diag.extra.get("path", ()):
            step_sec = elf.find_section(step["section"])
            if step_sec is not None:
                step["source"] = locator.locate(step_sec, step["offset"])


def _copy_file(src: str, dst: str) -> None:
    """--backup: copy the object before changing it (shutil would cost an import)."""
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        fout.write(fin.read())


def _run_analyses_only(elf, opts: Options, reporter: Reporter, profile, arch) -> None:
    from .analyses.context import AnalysisContext, run_analyses

    if arch is None:
        raise UnsupportedInputError(f"{elf.machine_name} objects are not supported")
    run_analyses(AnalysisContext(elf, opts, reporter, profile, arch))


def _link_opts_valid(elf, opts: Options, reporter: Reporter) -> bool:
    if opts.link:
        return True
    if elf.num_files > 1:
        reporter.error("Linked object detected, forcing --link")
        opts.link = True
        return True
    for flag, name in ((opts.noinstr, "--noinstr"), (opts.ibt, "--ibt"), (opts.unret, "--unret")):
        if flag:
            reporter.error(f"{name} requires --link")
            return False
    return True
