# SPDX-License-Identifier: GPL-2.0-only
"""The build id: which pyobjtool code a server runs and a cache entry was made by.

``<version>-<16 hex digits>``: the package version and a BLAKE2b digest of the
interpreter's version and the identity (size, modification time, inode) of
every file and directory of the installed package.  Any reinstall or edit
changes it, so a client never talks to a server running older code and never
replays a result that older code recorded.

Identity rather than contents, because the C client recomputes it on every
call (a few hundred microseconds of stat() calls, where hashing the sources
would take milliseconds): it stats the list of paths it was compiled with, in
the same order, and formats the same records (:func:`records` is the
definition both follow).  Directories are in the list so that a file added
since then changes their modification time and with it the id.
"""

from __future__ import annotations

import os
import sys

from .. import __version__

#: the package's directory (resolved: the C client bakes this path in)
PACKAGE_DIR = os.path.dirname(os.path.realpath(os.path.join(os.path.dirname(__file__), "..", "__init__.py")))

_current: str | None = None


def entries(root: str = PACKAGE_DIR) -> list[tuple[str, bool]]:
    """(relative path, is directory) of everything the id covers, in the order it is hashed.

    Hidden names and ``__pycache__`` are left out: the interpreter writes
    bytecode there on its own.  Paths sort as bytes (the C client's order).
    """
    out: list[tuple[str, bool]] = [(".", True)]
    stack = [""]
    while stack:
        rel = stack.pop()
        with os.scandir(os.path.join(root, rel) if rel else root) as it:
            for entry in it:
                name = entry.name
                if name.startswith(".") or name == "__pycache__":
                    continue
                path = f"{rel}/{name}" if rel else name
                if entry.is_dir():
                    out.append((path, True))
                    stack.append(path)
                elif entry.is_file():
                    out.append((path, False))
    out.sort(key=lambda item: os.fsencode(item[0]))
    return out


def records(root: str, listing: list[tuple[str, bool]]) -> bytes | None:
    """The hashed text: one line per entry, or None if one is gone (the listing is stale)."""
    lines = [f"pyobjtool-build\npy{sys.version_info[0]}.{sys.version_info[1]}\n".encode()]
    for rel, is_dir in listing:
        try:
            st = os.stat(os.path.join(root, rel))
        except OSError:
            return None
        if is_dir:
            lines.append(b"d %s %d\n" % (os.fsencode(rel), st.st_mtime_ns))
        else:
            lines.append(b"f %s %d %d %d\n" % (os.fsencode(rel), st.st_size, st.st_mtime_ns, st.st_ino))
    return b"".join(lines)


def digest(data: bytes, size: int) -> bytes:
    """BLAKE2b of *data* (``_blake2`` directly: ``hashlib`` would load OpenSSL, ~2 ms)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - every CPython build has it
        from hashlib import blake2b
    return blake2b(data, digest_size=size).digest()


def compute(root: str = PACKAGE_DIR) -> str:
    """The build id of the package at *root*, as it is on disk now."""
    for _attempt in range(3):
        text = records(root, entries(root))
        if text is not None:
            return f"{__version__}-{digest(text, 8).hex()}"
    raise OSError(f"the package at {root} keeps changing")


def current() -> str:
    """This process's build id (computed once: a process runs the code it loaded)."""
    global _current
    if _current is None:
        _current = compute()
    return _current
