# SPDX-License-Identifier: GPL-2.0-only
"""One request, in a process forked from the server: run ``pyobjtool.cli.main(argv)``
as the client's own process would have, and send back what it printed.

The worker takes the client's current directory, umask, environment and
standard input, so the run is the one ``python3 -m pyobjtool ARGS`` would
have made there; stdout and stderr are collected in the order they were
written and sent in one result.  A rewritten object goes to a temporary file
next to it that the client renames once it holds the whole result (see
:mod:`.protocol`), so a worker that dies has changed nothing.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import socket
import struct
import sys
import traceback

from . import protocol
from .paths import peer_allowed


class Fallback(BaseException):
    """The worker can't run this request faithfully: the client runs it in-process.

    A BaseException, so that the runner's catch-all for bugs lets it through."""


class _Sink(io.RawIOBase):
    """A stream's bytes, kept in order with the other stream's."""

    def __init__(self, fd: int, chunks: list[tuple[int, bytes]]) -> None:
        super().__init__()
        self.fd = fd
        self.chunks = chunks

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.chunks.append((self.fd, bytes(data)))
        return len(data)


def _stream(fd: int, chunks: list[tuple[int, bytes]], errors: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(_Sink(fd, chunks), encoding="utf-8", errors=errors, write_through=True)  # type: ignore[arg-type]


class DeferredWriter:
    """runner.output_writer for a worker: the new object goes to a temporary file only."""

    def __init__(self, conn: socket.socket) -> None:
        self.conn = conn
        self.tmps: list[str] = []
        self.targets: set[str] = set()

    def __call__(self, path: str, data) -> None:
        from ..elf.writer import write_output
        from ..errors import WriteError

        target = os.path.abspath(path)
        if target in self.targets:
            raise Fallback("the same object is written twice")
        self.targets.add(target)
        directory = os.path.dirname(target)
        try:
            mode = os.stat(target).st_mode & 0o7777
        except OSError:
            mode = 0o644
        try:
            fd, tmp = self._create_temp(directory)
            try:
                write_output(fd, data)
            finally:
                os.close(fd)
            os.chmod(tmp, mode)
        except OSError as exc:
            raise WriteError(f"can't write {path}: {exc.strerror or exc}") from exc
        self.conn.sendall(protocol.frame(b"W", os.fsencode(tmp) + b"\0" + os.fsencode(target) + b"\0"))

    def _create_temp(self, directory: str) -> tuple[int, str]:
        """A new file next to the target, its name announced (``T``) before it exists, so that
        whenever this process dies the client knows what to delete.  A name that exists
        already is a dead process's leftover (it holds this live process's pid)."""
        for attempt in range(100):
            name = os.path.join(directory, f".pyobjtool-{os.getpid()}-{attempt}.tmp")
            self.tmps.append(name)
            self.conn.sendall(protocol.frame(b"T", os.fsencode(name) + b"\0"))
            try:
                return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600), name
            except FileExistsError:
                continue
        raise OSError(17, "can't create a temporary file")

    def cleanup(self) -> None:
        for tmp in self.tmps:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def peer_credentials(conn: socket.socket) -> tuple[int, int, int]:
    """(pid, uid, gid) of the connected process (SO_PEERCRED)."""
    raw = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", raw)


def _receive(conn: socket.socket) -> tuple[protocol.Request, int | None]:
    data, fds, _flags, _addr = socket.recv_fds(conn, protocol.HEADER.size, 1)
    stdin = fds[0] if fds else None
    if len(data) < protocol.HEADER.size:
        rest = protocol.recv_exact(conn, protocol.HEADER.size - len(data))
        if rest is None:
            raise Fallback("short request")
        data += rest
    length = protocol.HEADER.unpack(data)[3]
    if length > protocol.MAX_REQUEST:
        raise Fallback("request too big")
    payload = protocol.recv_exact(conn, length)
    if payload is None:
        raise Fallback("short request")
    return protocol.decode_request(data, payload), stdin


def _same_object_twice(argv: list[str]) -> bool:
    """Would the run read an object it has already rewritten (``a.o a.o``, a batch)? In-process
    it would see its own new bytes; here they are still in a temporary file."""
    seen = set()
    for arg in argv:
        if arg.startswith("--bat"):
            return True
        if arg.startswith("-"):
            continue
        try:
            st = os.stat(arg)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            return True
        seen.add((st.st_dev, st.st_ino))
    return False


def _adopt(req: protocol.Request, stdin: int | None) -> list[str]:
    """Become the client's process: directory, umask, environment, stdin; returns argv."""
    try:
        os.chdir(req.cwd)
    except OSError as exc:
        raise Fallback(f"can't enter the client's directory: {exc.strerror}") from exc
    os.umask(req.umask)
    _adopt_environ(req.environ)
    if stdin is not None:
        os.dup2(stdin, 0)
        os.close(stdin)
    return [os.fsdecode(arg) for arg in req.argv]


def _adopt_environ(items: list[bytes]) -> None:
    """Make os.environ the client's (``NAME=value`` items, the first definition of a name
    winning as in os.environ), changing only what differs: the server was started from a
    build like the client's, and each change is a putenv()/unsetenv() call."""
    wanted: dict[bytes, bytes] = {}
    for item in items:
        name, sep, value = item.partition(b"=")
        if sep and name and name not in wanted:
            wanted[name] = value
    env = os.environb
    for name in [n for n in env if n not in wanted]:
        del env[name]
    for name, value in wanted.items():
        if env.get(name) != value:
            env[name] = value


def _run_main(argv: list[str]) -> int:
    """What ``sys.exit(main())`` makes of the run: its status, a SystemExit's, or 1 and a traceback."""
    from ..cli import main

    try:
        return main(argv)
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        sys.stderr.write(f"{code}\n")
        return 1
    except Fallback:
        raise
    except BaseException:
        traceback.print_exc()
        return 1


def _fault(point: str) -> None:
    """Fault injection for the tests (``PYOBJTOOL_SERVER_FAULT=point`` in the client's
    environment): the worker dies at *point*, as a crash or a kill would end it."""
    fault = os.environ.get("PYOBJTOOL_SERVER_FAULT")
    if fault == point:
        os._exit(70)
    if fault == "hang-" + point:
        import time

        time.sleep(3600)


class _Timing:
    """Where a request's time went (``PYOBJTOOL_SERVER_LOG=requests`` when the server starts)."""

    def __init__(self) -> None:
        import time

        self.clock = time.perf_counter
        self.cpu = time.process_time
        self.marks = [("accept", self.clock(), self.cpu())]
        self.argv: list[str] = []

    def mark(self, name: str) -> None:
        self.marks.append((name, self.clock(), self.cpu()))

    def report(self) -> str:
        self.mark("end")
        _name, t0, c0 = self.marks[0]
        parts = []
        for name, t, c in self.marks[1:]:
            parts.append(f"{name} {1e3 * (t - t0):.2f}/{1e3 * (c - c0):.2f}")
        return f"request {' '.join(self.argv[-1:])}, ms since accept (wall/CPU): " + ", ".join(parts)


def serve_connection(conn: socket.socket, build_id: str, log, timing: _Timing | None = None) -> None:
    """Handle one accepted connection, start to end (the worker then exits)."""
    _pid, uid, gid = peer_credentials(conn)
    if not peer_allowed(uid, gid):
        log(f"refused a client of uid {uid} gid {gid}")
        return
    writer = DeferredWriter(conn)
    try:
        req, stdin = _receive(conn)
        if req.build_id.decode() != build_id:
            raise Fallback(f"client expects build {req.build_id.decode()}")
        argv = _adopt(req, stdin)
        if _same_object_twice(argv):
            raise Fallback("an object would be read after it was rewritten")
        if timing is not None:
            timing.argv = argv
            timing.mark("request")
        status, chunks = _run(argv, req.flags, writer)
        if timing is not None:
            timing.mark("run")
    except Fallback as exc:
        writer.cleanup()
        _send_quietly(conn, protocol.frame(b"F", str(exc).encode()))
        return
    from .. import cache

    _fault("before-result")
    conn.sendall(protocol.result_frame(status, chunks))
    _fault("after-result")
    if timing is not None:
        timing.mark("result")
    for store in cache.deferred or ():
        try:
            store()
        except Exception as exc:  # the result is delivered; a cache failure only costs a later miss
            log(f"cache store failed: {exc!r}")
    conn.settimeout(3600)
    with contextlib.suppress(OSError):
        conn.recv(1)  # "A", or the client closing: either way it has done its renames
    if timing is not None:
        timing.mark("ack")
    writer.cleanup()


def _run(argv: list[str], flags: int, writer: DeferredWriter) -> tuple[int, list[tuple[int, bytes]]]:
    from .. import cache, runner

    chunks: list[tuple[int, bytes]] = []
    sys.stdout = _stream(1, chunks, "surrogateescape")
    sys.stderr = _stream(2, chunks, "backslashreplace")
    runner.output_writer = writer
    if hasattr(runner, "EXIT_AFTER_RUN"):
        runner.EXIT_AFTER_RUN = True  # the process ends after this run
    cache.skip_lookup = bool(flags & protocol.FLAG_CACHE_MISSED)
    cache.deferred = []
    try:
        status = _run_main(argv)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return status, chunks


def _send_quietly(conn: socket.socket, data: bytes) -> None:
    with contextlib.suppress(OSError):
        conn.sendall(data)


def worker_main(listener: socket.socket, notify: int, build_id: str, log) -> None:
    """A pre-forked worker: wait for one connection, tell the server, serve it, exit."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    status = 0
    try:
        conn, _addr = listener.accept()
        os.write(notify, struct.pack("<i", os.getpid()))
        listener.close()
        os.close(notify)
        timing = _Timing() if os.environ.get("PYOBJTOOL_SERVER_LOG") == "requests" else None
        with conn:
            serve_connection(conn, build_id, log, timing)
        if timing is not None:
            log(timing.report())
    except BaseException as exc:  # never let a worker return into the server's loop
        with contextlib.suppress(BaseException):
            log(f"worker {os.getpid()} failed: {exc!r}\n{traceback.format_exc()}")
        status = 1
    os._exit(status)
