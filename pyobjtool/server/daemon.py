# SPDX-License-Identifier: GPL-2.0-only
"""The server: one per user and build id, with the run path imported, forking a worker per request.

Started by a client that found no server (:mod:`.spawn`, ``client.c``), it

1. holds ``<build id>.lock`` (``flock``) for its whole life: the client that
   starts it takes the lock and hands the descriptor down, so at most one
   server per build id ever runs, and a client that finds the lock held
   knows one is starting;
2. imports the run path (:func:`preload`), so a worker starts with the
   modules a ``python3 -m pyobjtool`` call spends most of its time loading;
3. listens on ``<build id>.sock`` (mode 0600 in a 0700 directory) and keeps
   ``PYOBJTOOL_SERVER_SPARES`` workers (default: the number of CPUs, at least
   2) forked ahead and waiting in ``accept()``, so that no request waits for
   a fork; each worker serves one connection and exits;
4. watches the package (:mod:`.watch`) and vouches for it in
   ``<build id>.valid``, so that clients need not stat every file;
5. exits after ``PYOBJTOOL_SERVER_IDLE`` minutes without a request (default
   15), on SIGTERM (``python3 -m pyobjtool.server stop``), when its socket
   is removed, or when the package on disk is no longer the code it loaded.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import os
import select
import signal
import socket
import struct
import time

from . import buildid, paths

#: modules of the run path, imported before the first fork (a missing one is only logged)
PRELOAD = (
    "pyobjtool.cli", "pyobjtool.runner", "pyobjtool.cache", "pyobjtool.options", "pyobjtool.errors",
    "pyobjtool.analyses.registry", "pyobjtool.arch", "pyobjtool.elf.file", "pyobjtool.elf.writer",
    "pyobjtool.output.diagnostics", "pyobjtool.output.progress", "pyobjtool.output.orc_dump",
    "pyobjtool.profiles", "pyobjtool.server.worker",
)
#: packages whose every module is preloaded
PRELOAD_PACKAGES = ("pyobjtool.engine", "pyobjtool.profiles", "pyobjtool.elf")
#: seconds between checks that the package on disk is still the code this server runs (without inotify)
RECHECK = 2.0


class Log:
    """Appends timestamped lines to the log file next to the socket (stdio is /dev/null)."""

    def __init__(self, path: str) -> None:
        try:
            if os.path.getsize(path) > 1 << 20:
                os.truncate(path, 0)
        except OSError:
            pass
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)

    def __call__(self, message: str) -> None:
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        with contextlib.suppress(OSError):
            os.write(self.fd, f"{stamp} [{os.getpid()}] {message}\n".encode("utf-8", "replace"))


def preload(log) -> None:
    """Import the run path and build the tables a run builds first (options, profiles, x86)."""
    import importlib

    names = list(PRELOAD)
    for package in PRELOAD_PACKAGES:
        directory = os.path.join(buildid.PACKAGE_DIR, *package.split(".")[1:])
        with contextlib.suppress(OSError):
            names += sorted(f"{package}.{n[:-3]}" for n in os.listdir(directory)
                            if n.endswith(".py") and n != "__init__.py")
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            log(f"preload: {name}: {exc!r}")
    try:
        from ..arch import for_machine
        from ..cli import OptionTable
        from ..options import Options
        from ..profiles import SUPPORTED, get

        for_machine(62)  # EM_X86_64
        Options()
        for release in SUPPORTED:
            get(release)
            OptionTable(release)
    except Exception as exc:
        log(f"preload: {exc!r}")
    from .warmup import run

    run(log)
    gc.enable()  # (a run leaves the collector off: right for a process that ends after it)


def _take_lock(lock_file: str, inherited: int | None) -> int | None:
    """The lock's descriptor if this process holds it now, else None."""
    fd = inherited if inherited is not None else os.open(lock_file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    os.set_inheritable(fd, False)
    os.ftruncate(fd, 0)
    os.write(fd, b"%d\n" % os.getpid())
    return fd


def _settings() -> tuple[int, float]:
    try:
        spares = int(os.environ.get("PYOBJTOOL_SERVER_SPARES", "0"))
    except ValueError:
        spares = 0
    try:
        idle = float(os.environ.get("PYOBJTOOL_SERVER_IDLE", "15")) * 60
    except ValueError:
        idle = 15 * 60
    return spares if spares > 0 else max(2, os.cpu_count() or 2), idle


def serve(expected: str | None = None, lock_fd: int | None = None, directory: str | None = None) -> int:
    """Run the server until it is idle, stopped or outdated; the exit status."""
    directory = directory or paths.runtime_dir()
    if paths.ensure_private(directory) is not None:
        return 1
    build_id = buildid.current()
    if lock_fd is not None and expected != build_id:
        os.close(lock_fd)  # the lock of the build the client expected, not this one's
        lock_fd = None
    lock = _take_lock(paths.lock_path(directory, build_id), lock_fd)
    if lock is None:
        return 0  # another server of this build is running or starting
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)  # the server and its workers: one process group, named by the server's pid
    log = Log(paths.log_path(directory, build_id))
    if expected is not None and expected != build_id:
        log(f"a client of build {expected} started this server; serving {build_id}")
    started = time.monotonic()
    preload(log)
    sock_path = paths.socket_path(directory, build_id)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(sock_path)  # a dead server's (we hold the lock)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_umask = os.umask(0o177)
    try:
        listener.bind(sock_path)
    finally:
        os.umask(old_umask)
    listener.listen(128)
    ident = os.stat(sock_path).st_ino
    spares, idle_limit = _settings()
    log(f"serving {build_id} at {sock_path} (ready in {time.monotonic() - started:.2f} s, "
        f"{spares} spare workers, idle exit after {idle_limit:.0f} s)")
    gc.collect()
    gc.freeze()  # the workers share these pages; the collector would write to all of them
    valid = paths.valid_path(directory, build_id)
    watcher = _watch(log)
    try:
        if buildid.compute() != build_id:  # (now that the watches are in place)
            log("exiting (package changed on disk while starting)")
            return 0
        if watcher is not None:
            os.close(os.open(valid, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600))
        return _loop(listener, sock_path, ident, build_id, spares, idle_limit, watcher, log)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(valid)  # first: from now on clients check the package themselves
        listener.close()
        try:
            if os.stat(sock_path).st_ino == ident:
                os.unlink(sock_path)
        except OSError:
            pass
        if watcher is not None:
            watcher.close()
        os.close(lock)


def _watch(log):
    """Watches on the package (:mod:`.watch`), or None if inotify is not available (then
    the server checks the package every few seconds and clients check it on every call)."""
    try:
        from .watch import Watcher

        return Watcher()
    except Exception as exc:
        log(f"not watching the package: {exc!r}")
        return None


def _loop(listener: socket.socket, sock_path: str, ident: int, build_id: str, spares: int, idle_limit: float,
          watcher, log) -> int:
    from .worker import worker_main

    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    signal.signal(signal.SIGINT, lambda *_: stop.append(True))
    notify_r, notify_w = os.pipe()
    os.set_blocking(notify_r, False)
    idle: set[int] = set()
    busy: set[int] = set()
    last = checked = time.monotonic()
    served = 0
    why = "idle"
    try:
        while not stop:
            while len(idle) < spares:
                pid = os.fork()
                if pid == 0:
                    os.close(notify_r)
                    worker_main(listener, notify_w, build_id, log)
                idle.add(pid)
            now = time.monotonic()
            watched = [notify_r] if watcher is None else [notify_r, watcher]
            try:
                ready, _, _ = select.select(watched, [], [], max(0.05, min(1.0, idle_limit - (now - last))))
            except InterruptedError:
                ready = []
            now = time.monotonic()
            if watcher is not None and watcher in ready and watcher.changed():
                why = "package changed on disk"
                break
            if notify_r in ready:
                try:
                    data = os.read(notify_r, 4096)
                except BlockingIOError:
                    data = b""
                for (pid,) in struct.iter_unpack("<i", data[: len(data) // 4 * 4]):
                    idle.discard(pid)
                    busy.add(pid)
                    served += 1
                    last = now
            _reap(idle, busy)
            if now - last >= idle_limit and not busy:
                break
            if now - checked >= RECHECK:
                checked = now
                try:
                    if os.stat(sock_path).st_ino != ident:
                        why = "socket replaced"
                        break
                except OSError:
                    why = "socket removed"
                    break
                if watcher is None and last >= now - RECHECK - 1 and buildid.compute() != build_id:
                    why = "package changed on disk"
                    break
        else:
            why = "stopped"
    finally:
        for pid in idle:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
        log(f"exiting ({why}) after {served} requests")
    return 0


def _reap(idle: set[int], busy: set[int]) -> None:
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        idle.discard(pid)
        busy.discard(pid)
