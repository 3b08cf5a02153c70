# SPDX-License-Identifier: GPL-2.0-only
"""The result cache: an unchanged object checked with unchanged arguments is not checked again.

A rebuild (``make clean; make`` with ccache, a bisect, a second tree at the
same commit) gives objtool the same bytes with the same arguments; what it
wrote and printed then is recorded here and re-applied: the same output
bytes, written the same way (a temporary file renamed over the object), the
same stdout, stderr and exit status.

**Key**: BLAKE2b of the build id (:mod:`.server.buildid`: pyobjtool's code),
the command line exactly as given (the object path as given included:
objtool's messages name it), the environment that changes a run
(``OBJTOOL_ARGS``, ``OBJTOOL_VERBOSE``, kbuild's ``VERSION``,
``PATCHLEVEL``, ``srctree`` and every ``PYOBJTOOL_*`` but the cache's and the
server's own settings), whether the current directory has the files the
release is detected from, and the object's bytes.  The selected release is a
function of these (see :mod:`.profiles`); a run whose release came from the
contents of a kernel tree's files is not recorded.  The C client computes the
same key (``client.c``: ``cache_key()``) and replays hits without Python.

**Entry** (``<root>/<2 hex>/<key>``): a header (magic, the key, the body's
length and CRC-32) and the body (status, stdout, stderr, the output bytes if
the object was rewritten, a note of what made it).  An entry that does not
verify is deleted and never applied.  Writers write a temporary file and
rename it, so readers only ever see whole entries.

**Batches**: each ``--batch`` line is looked up and recorded as the single
call ``--profile <the batch's release> <the line>`` (cli._batch_jobs), by the
process that runs it; :class:`batch_context` reads what every line shares
once.

**What is recorded**: single-object command lines and batch lines with text
output whose whole effect is (stdout, stderr, status, the object): not with ``-v``,
``--backup``, ``--html``, ``--report``, ``--trace``, ``--format json|sarif``
or the checks beyond objtool (they read other files), and only statuses 0 and
1 (a write failure or an internal error is not a property of the object).

**Where and how big**: ``$PYOBJTOOL_CACHE_DIR``, else
``$XDG_CACHE_HOME/pyobjtool/results``, else ``~/.cache/pyobjtool/results``;
at most ``$PYOBJTOOL_CACHE_SIZE`` bytes (default 2G; ``K``/``M``/``G``
suffixes), least recently used entries removed first (a hit refreshes the
time of an entry older than an hour), checked at most once a minute.  Off with ``--no-cache`` or
``PYOBJTOOL_CACHE=0``.
"""

from __future__ import annotations

import os
import struct
import sys
import time
from zlib import crc32

TYPE_CHECKING = False  # typing's import costs start-up time; type checkers take this as True
if TYPE_CHECKING:
    from .options import Options
    from .runner import ObjectResult

MAGIC = b"PYOTCE2\n"
#: magic, key (32 bytes), body length, the body's CRC-32 (zlib's: a check against damage, which
#: a replay computes over the whole object again; four times faster than a BLAKE2b)
HEADER = struct.Struct("<8s32sQI")
#: status, flags, lengths of stdout, stderr, output and the note
BODY = struct.Struct("<IIQQQQ")
FLAG_OUTPUT = 1
DEFAULT_SIZE = 2 << 30
TRIM_INTERVAL = 60.0
#: seconds: a hit refreshes the time of an entry older than this (the C client does the same)
LRU_GRAIN = 3600
#: environment variables that change a run (besides PYOBJTOOL_*)
KEY_ENV = (b"OBJTOOL_ARGS", b"OBJTOOL_VERBOSE", b"PATCHLEVEL", b"VERSION", b"srctree")
#: files in the current directory the release may be detected from (profiles.tree_release())
TREE_FILES = ("include/config/kernel.release", "Makefile")
#: how profiles.detect() chose a release from a tree's files: such runs are not recorded
_TREE_KINDS = ("include/config/kernel.release", "Makefile")

#: set by a server worker whose client already looked the key up
skip_lookup = False
#: set by a server worker: stores are queued here and done after the client has its result
deferred: list | None = None


class Entry:
    """One recorded run: what to print, the status, and the object's new bytes (or None)."""

    __slots__ = ("status", "stdout", "stderr", "output", "note")

    def __init__(self, status: int, stdout: bytes, stderr: bytes, output: bytes | memoryview | None,
                 note: bytes = b"") -> None:
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.output = output
        self.note = note


# --------------------------------------------------------------------------- settings


def cache_root(environ=None) -> str:
    env = os.environ if environ is None else environ
    explicit = env.get("PYOBJTOOL_CACHE_DIR")
    if explicit:
        return explicit
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "pyobjtool", "results")


def size_limit(environ=None) -> int:
    """``PYOBJTOOL_CACHE_SIZE``: bytes, or with a K/M/G suffix (binary units)."""
    text = (os.environ if environ is None else environ).get("PYOBJTOOL_CACHE_SIZE", "").strip()
    if not text:
        return DEFAULT_SIZE
    scale = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(text[-1].upper(), 1)
    try:
        return int(float(text[:-1] if scale > 1 else text) * scale)
    except ValueError:
        return DEFAULT_SIZE


def disabled_by_env() -> bool:
    return os.environ.get("PYOBJTOOL_CACHE", "1") == "0"


def recordable(opts: Options) -> bool:
    """Is the whole effect of a run with *opts* its output, status and object (see the module doc)?"""
    return not (not opts.cache or opts.verbose or opts.backup or opts.html or opts.trace
                or opts.format != "text" or opts.any_extension())


# --------------------------------------------------------------------------- key


_FS_ENCODING, _FS_ERRORS = sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()


def _blake2b(data: bytes, size: int = 32) -> bytes:
    global _digest
    if _digest is None:
        from .server.buildid import digest as _digest  # (once: a batch hashes three times a line)
    return _digest(data, size)


_digest = None


def key_environment(environb=None) -> list[bytes]:
    """``NAME=value`` of the variables in the key, sorted by name as bytes."""
    env = os.environb if environb is None else environb
    names = sorted(name for name in env if name in KEY_ENV or (
        name.startswith(b"PYOBJTOOL_") and not name.startswith((b"PYOBJTOOL_CACHE", b"PYOBJTOOL_SERVER"))))
    return [name + b"=" + env[name] for name in names]


def tree_bits(cwd: str = ".") -> int:
    bits = 0
    for bit, name in enumerate(TREE_FILES):
        try:
            os.stat(os.path.join(cwd, name))
            bits |= 1 << bit
        except OSError:
            pass
    return bits


def key_context(environb=None, cwd: str = ".") -> bytes:
    """The part of a key that is the same for every object of a run: environment and tree."""
    env = key_environment(environb)
    return b"".join((b"envc %d\n" % len(env), *(var + b"\0" for var in env), b"tree %d\n" % tree_bits(cwd)))


#: a batch's :func:`key_context`, made once for all its lines (see :func:`batch_context`)
_batch_context: bytes | None = None
#: and whether the release came from the tree's files (see :func:`_release_from_tree`)
_batch_tree_release: bool | None = None


def request_key(build_id: str, argv: list[str], data: bytes, environb=None, cwd: str = ".") -> str:
    """The key of running pyobjtool with *argv* (without the program name) on an object holding *data*."""
    args = [arg.encode(_FS_ENCODING, _FS_ERRORS) for arg in argv]  # (os.fsencode(), without its call)
    context = _batch_context if environb is None and cwd == "." and _batch_context is not None else (
        key_context(environb, cwd))
    material = b"".join((
        b"pyobjtool-cache-1\n", build_id.encode(), b"\n",
        b"argc %d\n" % len(args), *(arg + b"\0" for arg in args),
        context,
        b"data ", _blake2b(data).hex().encode(), b"\n"))
    return _blake2b(material).hex()


class batch_context:  # noqa: N801 - used as a statement: ``with batch_context():``
    """While a batch runs: the environment, the tree and the build id read once, not per line
    (a batch's worker processes, forked inside, inherit them)."""

    def __enter__(self) -> None:
        global _batch_context, _batch_tree_release
        from .server.buildid import current

        current()
        _batch_context = key_context()
        _batch_tree_release = _release_from_tree()

    def __exit__(self, *exc) -> None:
        global _batch_context, _batch_tree_release
        _batch_context = _batch_tree_release = None


# --------------------------------------------------------------------------- entries


def entry_path(root: str, key: str) -> str:
    return os.path.join(root, key[:2], key)


def encode_entry(key: str, entry: Entry) -> bytes:
    output = entry.output or b""
    body = b"".join((BODY.pack(entry.status, FLAG_OUTPUT if entry.output is not None else 0, len(entry.stdout),
                               len(entry.stderr), len(output), len(entry.note)),
                     entry.stdout, entry.stderr, output, entry.note))
    return HEADER.pack(MAGIC, bytes.fromhex(key), len(body), crc32(body)) + body


def decode_entry(key: str, raw: bytes) -> Entry | None:
    """The entry in *raw* if it is whole, uncorrupted and recorded under *key*; else None."""
    if len(raw) < HEADER.size + BODY.size:
        return None
    magic, raw_key, length, check = HEADER.unpack_from(raw)
    body = memoryview(raw)[HEADER.size:]  # (the recorded object is written from it, never copied)
    if magic != MAGIC or raw_key != bytes.fromhex(key) or length != len(body) or crc32(body) != check:
        return None
    status, flags, n_out, n_err, n_obj, n_note = BODY.unpack_from(body)
    if BODY.size + n_out + n_err + n_obj + n_note != len(body):
        return None
    pos = BODY.size
    stdout = bytes(body[pos:pos + n_out])
    pos += n_out
    stderr = bytes(body[pos:pos + n_err])
    pos += n_err
    output = body[pos:pos + n_obj] if flags & FLAG_OUTPUT else None
    pos += n_obj
    return Entry(status, stdout, stderr, output, bytes(body[pos:]))


def lookup(root: str, key: str) -> Entry | None:
    """The entry for *key*, or None; a corrupted one is removed."""
    path = entry_path(root, key)
    try:
        st, raw = _read_file(path)
    except OSError:
        return None
    age = time.time() - st.st_mtime
    entry = decode_entry(key, raw)
    try:
        if entry is None:
            os.unlink(path)
        elif age > LRU_GRAIN:
            os.utime(path)  # least recently used goes first
    except OSError:
        pass
    return entry


#: the entry folders this process has made sure of
_made_dirs: set[str] = set()


def store(root: str, key: str, entry: Entry, limit: int | None = None) -> None:
    """Record *entry* (temporary file and rename: concurrent writers and readers are safe)."""
    limit = size_limit() if limit is None else limit
    data = encode_entry(key, entry)
    if len(data) > limit // 2:
        return  # (a vmlinux.o-sized entry would push out everything else)
    path = entry_path(root, key)
    tmp = f"{path}.tmp-{os.getpid()}"
    directory = os.path.dirname(path)
    for _attempt in range(2):
        known = directory in _made_dirs
        try:
            if not known:
                os.makedirs(directory, mode=0o700, exist_ok=True)
                _made_dirs.add(directory)
            with open(tmp, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
            break
        except OSError:
            _unlink(tmp)
            if not known:
                return
            _made_dirs.discard(directory)  # (removed since, by ``cache --clear``: made again)
    else:
        return
    _maybe_trim(root, limit)


def _maybe_trim(root: str, limit: int) -> None:
    stamp = os.path.join(root, ".trimmed")
    try:
        if time.time() - os.stat(stamp).st_mtime < TRIM_INTERVAL:
            return
    except OSError:
        pass
    try:
        with open(stamp, "wb"):
            pass
    except OSError:
        return
    trim(root, limit)


def trim(root: str, limit: int) -> int:
    """Remove least recently used entries until the cache holds at most 90% of *limit*
    (and temporary files older than an hour); returns the bytes left."""
    found = []
    total = 0
    now = time.time()
    try:
        subdirs = [e.path for e in os.scandir(root) if e.is_dir(follow_symlinks=False)]
    except OSError:
        return 0
    for sub in subdirs:
        try:
            with os.scandir(sub) as it:
                for e in it:
                    try:
                        st = e.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    if ".tmp-" in e.name:
                        if now - st.st_mtime > 3600:
                            _unlink(e.path)
                        continue
                    found.append((st.st_mtime, st.st_size, e.path))
                    total += st.st_size
        except OSError:
            continue
    if total <= limit:
        return total
    found.sort()
    goal = limit * 9 // 10
    for _mtime, size, path in found:
        if total <= goal:
            break
        if _unlink(path):
            total -= size
    return total


def _unlink(path: str) -> bool:
    try:
        os.unlink(path)
        return True
    except OSError:
        return False


# --------------------------------------------------------------------------- the run


def _identity(path: str) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _text(lines: list[str]) -> bytes:
    """What cli._emit() prints for these lines."""
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogateescape") if lines else b""


def _lines(text: bytes) -> list[str]:
    return text.decode("utf-8", "surrogateescape")[:-1].split("\n") if text else []


def _release_from_tree() -> bool:
    if _batch_tree_release is not None:
        return _batch_tree_release
    from .profiles import detect

    return detect(None)[1] in _TREE_KINDS


def _read_file(path: str) -> tuple[os.stat_result, bytes]:
    """(its status, its bytes): the system calls alone, without io's objects (a batch
    replaying the corpus reads two files per object)."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        st = os.fstat(fd)
        chunks = []
        while True:
            chunk = os.read(fd, max(st.st_size + 1, 65536) if not chunks else 1 << 20)
            if not chunk:
                return st, b"".join(chunks) if len(chunks) != 1 else chunks[0]
            chunks.append(chunk)
    finally:
        os.close(fd)


def run_cached(argv: list[str], path: str, opts: Options, more_follow: bool = False) -> ObjectResult:
    """Run one object as :func:`runner.run_object` does, through the cache when that is safe.

    *argv* is the command line as given (without the program name); a batch
    line's is the single call that runs as the line does (cli._batch_jobs).
    """
    from .runner import run_object

    if not recordable(opts) or disabled_by_env():
        return run_object(path, opts, more_follow)
    try:
        before, data = _read_file(path)
    except OSError:
        return run_object(path, opts, more_follow)  # it reports the error
    if opts.any_action() and not opts.dump_orc and (not before.st_mode & 0o222 or not os.access(path, os.W_OK)):
        return run_object(path, opts, more_follow)  # refused as read-only: not cached
    from .server.buildid import current

    root = cache_root()
    key = request_key(current(), argv, data)
    del data  # (not held through the run: a vmlinux.o is 50+ MB)
    if not skip_lookup:
        entry = lookup(root, key)
        if entry is not None:
            return replay(path, entry)
    return _run_and_record(root, key, path, opts, (before.st_ino, before.st_size, before.st_mtime_ns), more_follow)


def replay(path: str, entry: Entry) -> ObjectResult:
    """The recorded run again: the output written as a run writes it, the same lines and status."""
    from . import runner
    from .errors import PyobjtoolError

    result = runner.ObjectResult(path)
    result.status = entry.status
    result.stdout = _lines(entry.stdout)
    result.stderr = _lines(entry.stderr)
    if entry.output is not None:
        try:
            runner.put_output(path, entry.output)
            result.written = True
        except PyobjtoolError as exc:
            result.status = exc.exit_code
            result.stderr.append(runner.one_line(f"pyobjtool: error: {path}: {exc}"))
    return result


def _run_and_record(root: str, key: str, path: str, opts: Options, identity: tuple[int, int, int],
                    more_follow: bool = False) -> ObjectResult:
    from . import runner

    written: list[bytes] = []
    intact = [True]
    previous = runner.output_writer

    def capture(target: str, data: bytes) -> None:
        if target != path or _identity(path) != identity:
            intact[0] = False  # not the bytes the key was made from
        if not isinstance(data, bytes):
            data = bytes(data)  # (an Image, laid out: then written in one piece)
        written.append(data)
        if previous is not None:
            previous(target, data)
        else:
            from .elf.writer import write_atomic

            write_atomic(target, data)

    runner.output_writer = capture
    try:
        result = runner.run_object(path, opts, more_follow)
    finally:
        runner.output_writer = previous
    if result.status not in (0, 1) or not intact[0] or len(written) > 1 or written and not result.written:
        return result
    if not written and _identity(path) != identity:
        return result
    if _release_from_tree():
        return result
    note = f"path={path}\nprofile={opts.profile}\ntime={int(time.time())}\n".encode("utf-8", "surrogateescape")
    entry = Entry(result.status, _text(result.stdout), _text(result.stderr), written[0] if written else None, note)
    if deferred is not None:
        deferred.append(lambda: store(root, key, entry))
    else:
        store(root, key, entry)
    return result
