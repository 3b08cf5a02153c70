# SPDX-License-Identifier: GPL-2.0-only
"""Noticing an edit of the package while a server runs, so that clients need not look.

A client must not run outdated code (see :mod:`.buildid`), and checking
costs it a stat() of every package file on every call: a third of a cache
replay.  While a server runs it watches the package's folders (inotify) and
keeps ``<build id>.valid`` next to its socket; a client that finds that file
skips its own check.  The server removes the file at the first change it is
told of (and exits: its code is outdated), and whenever it exits.  A call
that starts in the instant between an edit and the server hearing of it runs
the old code, as it would had the edit come that instant later.
"""

from __future__ import annotations

import os

from . import buildid

IN_MODIFY = 0x2
IN_ATTRIB = 0x4
IN_CLOSE_WRITE = 0x8
IN_MOVED_FROM = 0x40
IN_MOVED_TO = 0x80
IN_CREATE = 0x100
IN_DELETE = 0x200
IN_DELETE_SELF = 0x400
IN_MOVE_SELF = 0x800
IN_NONBLOCK = 0o4000
IN_CLOEXEC = 0o2000000
#: every change to a folder's entries or a file's contents or metadata
MASK = (IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE
        | IN_DELETE_SELF | IN_MOVE_SELF)


class Watcher:
    """inotify watches on every folder the build id covers."""

    def __init__(self, root: str = buildid.PACKAGE_DIR) -> None:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        self.fd = libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        try:
            for rel, is_dir in buildid.entries(root):
                if is_dir and libc.inotify_add_watch(self.fd, os.fsencode(os.path.join(root, rel)), MASK) < 0:
                    raise OSError(ctypes.get_errno(), f"inotify_add_watch {rel}")
        except BaseException:
            os.close(self.fd)
            raise

    def fileno(self) -> int:
        return self.fd

    def changed(self) -> bool:
        """Has anything happened since the last call? (Reads the pending events.)"""
        seen = False
        while True:
            try:
                if not os.read(self.fd, 65536):
                    return seen
                seen = True
            except BlockingIOError:
                return seen

    def close(self) -> None:
        os.close(self.fd)
