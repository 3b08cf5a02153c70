# SPDX-License-Identifier: GPL-2.0-only
"""Starting the server detached, as the C client does (``client.c``: ``spawn_locked()``).

The caller takes the server's lock (``flock``, non-blocking) and hands the
descriptor to the server, which keeps it for its life: between this call
and the server's first line nobody else starts one.  Double fork and
``setsid`` so that the server is nobody's child and in no terminal's
session; stdio on ``/dev/null`` and every other descriptor closed, so that
make's pipes (its output, its jobserver) never stay open in a daemon.
"""

from __future__ import annotations

import fcntl
import os

from . import paths
from .boot import command


def start_server(build_id: str, directory: str | None = None) -> bool:
    """Start a server for *build_id* unless one is running or starting; True if started."""
    directory = directory or paths.runtime_dir()
    if paths.ensure_private(directory) is not None:
        return False
    fd = os.open(paths.lock_path(directory, build_id), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return False
    try:
        detach(command("serve", "--build-id", build_id, "--lock-fd", "3"), fd)
    finally:
        os.close(fd)
    return True


def detach(argv: list[str], keep_fd: int) -> None:
    """Run *argv* as a daemon with *keep_fd* as its descriptor 3."""
    pid = os.fork()
    if pid == 0:
        try:
            os.setsid()
            if os.fork():
                os._exit(0)
            null = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            if keep_fd == 3:
                os.set_inheritable(3, True)
            else:
                os.dup2(keep_fd, 3)
            os.closerange(4, 65536)
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    os.waitpid(pid, 0)
