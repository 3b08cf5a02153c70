# SPDX-License-Identifier: GPL-2.0-only
"""Where the server's socket, lock and log live, and the checks that make them private.

``$PYOBJTOOL_SERVER_DIR``, else ``$XDG_RUNTIME_DIR/pyobjtool``, else
``/tmp/pyobjtool-$UID``.  The directory must be a real directory (not a
symlink) owned by the user with no access for group or others: in ``/tmp``
another user could create it first and put a socket there that answers with
made-up results.  The C client applies the same rules (``client.c``:
``runtime_dir()``/``dir_is_private()``).
"""

from __future__ import annotations

import os
import stat


def runtime_dir(environ: os._Environ | dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    explicit = env.get("PYOBJTOOL_SERVER_DIR")
    if explicit:
        return explicit
    xdg = env.get("XDG_RUNTIME_DIR")
    if xdg and os.path.isdir(xdg):
        return os.path.join(xdg, "pyobjtool")
    return f"/tmp/pyobjtool-{os.getuid()}"


def socket_path(directory: str, build_id: str) -> str:
    return os.path.join(directory, f"{build_id}.sock")


def lock_path(directory: str, build_id: str) -> str:
    return os.path.join(directory, f"{build_id}.lock")


def valid_path(directory: str, build_id: str) -> str:
    """Present while a server watching the package vouches that it is unchanged (see watch.py)."""
    return os.path.join(directory, f"{build_id}.valid")


def log_path(directory: str, build_id: str) -> str:
    return os.path.join(directory, f"{build_id}.log")


def problem(directory: str) -> str | None:
    """Why *directory* can't hold the socket (None if it is private to this user)."""
    try:
        st = os.lstat(directory)
    except OSError as exc:
        return f"{directory}: {exc.strerror}"
    if not stat.S_ISDIR(st.st_mode):
        return f"{directory} is not a directory"
    if st.st_uid != os.getuid():
        return f"{directory} belongs to uid {st.st_uid}, not {os.getuid()}"
    if st.st_mode & 0o077:
        return f"{directory} is accessible to other users (mode {stat.S_IMODE(st.st_mode):o})"
    return None


def ensure_private(directory: str) -> str | None:
    """Create *directory* (mode 0700) if needed; the reason it can't be used, or None."""
    try:
        os.makedirs(os.path.dirname(directory), exist_ok=True)
        os.mkdir(directory, 0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        return f"can't create {directory}: {exc.strerror}"
    return problem(directory)


def peer_allowed(peer_uid: int, peer_gid: int, uid: int | None = None, gid: int | None = None) -> bool:
    """Serve only the server's own user, with the same primary group (files the worker
    creates get the server's group)."""
    return peer_uid == (os.getuid() if uid is None else uid) and peer_gid == (os.getgid() if gid is None else gid)
