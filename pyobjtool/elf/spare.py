# SPDX-License-Identifier: GPL-2.0-only
"""A batch's file replacements without a new inode per object: spare files, exchanged.

Replacing an object as a whole (a temporary file renamed over it) makes the
filesystem create an inode and free the old one every time.  On ext4 that is
0.2-0.3 ms per object (measured on the 6.1 corpus: creating and writing the
new file, and freeing the old one's blocks at the rename), where writing into
an existing file costs 0.01 ms; in a batch that replays recorded results it
was most of the time.

So a batch process keeps a few spare files: the output goes into a spare
(moved next to the object, overwritten in place), and
``renameat2(RENAME_EXCHANGE)`` swaps it with the object in one atomic step.
The object's name then holds the whole new contents (never a half-written
file, as with a rename), and the spare's name holds the old inode, which the
next object's output overwrites.  Before reuse the spare is checked: an inode
with another hard link is never written to (the other name keeps the old
contents, as after a rename), and a spare that is gone or replaced is
recreated.

Where the exchange is not available (not Linux, an old C library, a
filesystem without it), it falls back to the rename; a spare that can't be
moved to the next object's directory (another filesystem) is made anew there.
:func:`finish` removes the spares; a batch calls it at its end (and its
worker processes at their exit); when a worker dies, the batch removes the
``.pyobjtool-<pid>-spare<N>.tmp`` files it may have left next to the objects
it wrote (:func:`remove_left_by`).  A batch killed as a whole leaves them, as
a killed rename leaves its temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import os

#: renameat2's flag
RENAME_EXCHANGE = 2
AT_FDCWD = -100

#: spares kept (at most): an output goes into the largest spare that is not bigger than
#: it, else into a new one while there are fewer than this, for shrinking a file
#: (ftruncate) costs about as much as a new inode (0.13 ms).  Replaying the 6.1 corpus,
#: one spare shrank 505 times in 1,262 replacements (0.31 s in all), eight 207 times
#: (0.24 s), and with room for sixteen 14 were made and none shrank (0.22 s)
POOL = 16

_exchange_fn = None
#: [path, size] of each spare
_spares: list[list] = []
_made = 0
#: False once the exchange has failed in a way that won't change (fall back for good)
_usable = True
_enabled = False


def prepare() -> None:
    """Load renameat2() now, in a batch's main process, not once in each worker it forks."""
    with contextlib.suppress(OSError):
        _exchange_function()


def _exchange_function() -> tuple:
    global _exchange_fn
    if _exchange_fn is None:
        import ctypes  # (1.7 ms: only once a batch writes)

        libc = ctypes.CDLL(None, use_errno=True)
        try:
            fn = libc.renameat2
        except AttributeError as exc:  # glibc before 2.28
            raise OSError(errno.ENOSYS, "renameat2") from exc
        fn.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
        fn.restype = ctypes.c_int
        _exchange_fn = (fn, ctypes)
    return _exchange_fn


def _exchange(a: str, b: str) -> None:
    """Swap the files at *a* and *b* atomically (OSError if that is not possible)."""
    fn, ctypes = _exchange_function()
    if fn(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))


def enable() -> None:
    """Replace files through a spare from now on (until :func:`finish`)."""
    global _enabled
    _enabled = True


def finish() -> None:
    """Remove the spares and go back to plain renames."""
    global _enabled
    _enabled = False
    while _spares:
        _drop(_spares[-1])


def remove_left_by(pid: int, paths: list[str]) -> None:
    """Remove the spares a process that died (*pid*) may have left next to *paths* (the
    objects it wrote: its spares were moved next to them)."""
    prefix = f".pyobjtool-{pid}-spare"
    for directory in {os.path.dirname(path) or "." for path in paths}:
        try:
            names = [name for name in os.listdir(directory) if name.startswith(prefix) and name.endswith(".tmp")]
        except OSError:
            continue
        for name in names:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(directory, name))


def _pick(size: int) -> list | None:
    """The spare to write *size* bytes into: the largest that is not bigger, else a new one
    while there are fewer than :data:`POOL`, else the smallest."""
    fits = [s for s in _spares if s[1] <= size]
    if fits:
        return max(fits, key=lambda s: s[1])
    if len(_spares) < POOL:
        return None
    return min(_spares, key=lambda s: s[1])


def _open_spare(directory: str, size: int) -> tuple[int, list]:
    """An open spare in *directory* that is safe to overwrite: (fd, its entry)."""
    global _made
    spare = _pick(size)
    if spare is not None:
        try:
            want = os.path.join(directory, os.path.basename(spare[0]))
            if spare[0] != want:
                os.rename(spare[0], want)  # (EXDEV: another filesystem)
                spare[0] = want
            fd = os.open(want, os.O_WRONLY | os.O_NOFOLLOW)
        except OSError:
            _drop(spare)
        else:
            st = os.fstat(fd)
            if st.st_nlink == 1 and st.st_uid == os.geteuid():
                spare[1] = st.st_size
                return fd, spare
            os.close(fd)  # another name holds this inode: never written to
            _drop(spare)
    _made += 1
    path = os.path.join(directory, f".pyobjtool-{os.getpid()}-spare{_made}.tmp")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    spare = [path, 0]
    _spares.append(spare)
    return fd, spare


def _drop(spare: list) -> None:
    _spares.remove(spare)
    with contextlib.suppress(OSError):
        os.unlink(spare[0])


def replace(path: str, data, mode: int, old_size: int, write_output) -> bool:
    """Make *path* hold *data* (with *mode*) through a spare; False if the caller must
    rename instead (nothing at *path* has changed then).  OSError if writing fails.
    *old_size*: the size of the file at *path* (the spare's size after the exchange)."""
    global _usable
    if not (_enabled and _usable):
        return False
    directory = os.path.dirname(path) or "."  # (relative as the path: no getcwd())
    try:
        fd, spare = _open_spare(directory, len(data))
    except OSError:
        return False
    try:
        write_output(fd, data)
        if spare[1] > len(data):
            os.ftruncate(fd, len(data))
        os.fchmod(fd, mode)
    except OSError:
        os.close(fd)
        _drop(spare)
        raise
    os.close(fd)
    try:
        _exchange(spare[0], path)
    except OSError as exc:
        _drop(spare)
        if exc.errno in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
            _usable = False  # (the system or the filesystem can't exchange)
        return False
    spare[1] = old_size
    return True
