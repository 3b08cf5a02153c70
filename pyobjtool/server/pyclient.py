# SPDX-License-Identifier: GPL-2.0-only
"""The kbuild client in Python, for machines without a C compiler (``client.c`` is the
fast one; this follows the same steps and protocol).

It imports as little as it can (``_socket`` rather than ``socket``, whose
import alone costs ~15 ms; no ``hashlib``): result cache, then the server,
else start the server and run this call in-process.  It never goes stale: it
computes the build id of the package as it is on disk.
"""

from __future__ import annotations

import os
import struct
import sys

from .. import cache
from . import buildid, paths, protocol


def _apply_hit(obj: str, entry: cache.Entry) -> bool:
    if entry.output is not None:
        directory = os.path.dirname(obj) or "."
        tmp = os.path.join(directory, f".pyobjtool-{os.getpid()}-p.tmp")
        try:
            mode = os.stat(obj).st_mode & 0o7777
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(entry.output)
            os.chmod(tmp, mode)
            os.replace(tmp, obj)
        except OSError:
            _discard([tmp])
            return False
    _write(1, entry.stdout)
    _write(2, entry.stderr)
    return True


def _trace(what: str) -> None:
    """Which way the call went, appended to ``$PYOBJTOOL_SERVER_TRACE`` (tests, benchmarks)."""
    path = os.environ.get("PYOBJTOOL_SERVER_TRACE")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(what + "\n")


def _write(fd: int, data: bytes) -> None:
    while data:
        data = data[os.write(fd, data):]


def try_cache(argv: list[str], build_id: str) -> tuple[bool, int]:
    """(looked up, status if replayed else -1)."""
    if cache.disabled_by_env() or not argv or argv[-1].startswith("-"):
        return False, -1
    obj = argv[-1]
    try:
        st = os.stat(obj)
        if not st.st_mode & 0o222 or not os.access(obj, os.W_OK):
            return False, -1
        with open(obj, "rb") as fh:
            data = fh.read()
    except OSError:
        return False, -1
    key = cache.request_key(build_id, argv, data)
    entry = cache.lookup(cache.cache_root(), key)
    if entry is None or not _apply_hit(obj, entry):
        return True, -1
    _trace("hit")
    return True, entry.status


def via_server(argv: list[str], build_id: str, looked_up: bool) -> int | None:
    """The status of the call run by the server, or None (nothing applied or printed)."""
    import _socket

    directory = paths.runtime_dir()
    if paths.problem(directory) is not None:
        return None
    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    tmps: list[str] = []  # T: the worker's temporary files
    writes: list[tuple[str, str]] = []  # W: the ones to put in place
    try:
        sock.connect(paths.socket_path(directory, build_id))
        _pid, uid, _gid = struct.unpack("3i", sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, 12))
        if uid != os.getuid():
            return None
        umask = os.umask(0)
        os.umask(umask)
        req = protocol.Request(
            (protocol.FLAG_CACHE_MISSED if looked_up else 0) | protocol.FLAG_STDIN, build_id.encode(),
            os.fsencode(os.getcwd()), umask, [os.fsencode(a) for a in argv],
            [k + b"=" + v for k, v in os.environb.items()])
        data = protocol.encode_request(req)
        size = protocol.HEADER.size
        sock.sendmsg([data[:size]], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, struct.pack("i", 0))])
        sock.sendall(data[size:])
        while True:
            got = protocol.recv_frame(sock)
            if got is None or got[0] == b"F":
                return _discard(tmps)
            kind, payload = got
            if kind == b"T":
                tmps.append(os.fsdecode(payload.split(b"\0")[0]))
                continue
            if kind == b"W":
                tmp, target = payload.split(b"\0")[:2]
                writes.append((os.fsdecode(tmp), os.fsdecode(target)))
                continue
            status, chunks = protocol.decode_result(payload)
            for i, (tmp, target) in enumerate(writes):
                try:
                    os.replace(tmp, target)
                except OSError as exc:
                    if i == 0:
                        return _discard(tmps)
                    chunks.append((2, f"pyobjtool: error: {target}: can't write {target}: {exc.strerror}\n"
                                   .encode()))
                    status = 255
                    break
            for fd, chunk in chunks:
                _write(2 if fd == 2 else 1, chunk)
            _trace("server")
            _ack(sock)
            return status
    except (OSError, ValueError, struct.error):
        return _discard(tmps)
    finally:
        sock.close()


def _ack(sock) -> bool:
    """Tell the worker the renames are done (it then deletes what is left at the temporary paths)."""
    try:
        return sock.send(b"A") == 1
    except OSError:
        return False


def _discard(tmps: list[str]) -> None:
    """Remove the temporary files a worker made (nothing was applied): returns None, 'no result'."""
    for tmp in tmps:
        cache._unlink(tmp)
    return None


def _start_quietly(start, build_id: str) -> bool:
    try:
        return start(build_id)
    except OSError:
        return False


def main() -> None:
    argv = sys.argv[1:]
    build_id = buildid.current()
    looked_up, status = try_cache(argv, build_id)
    if status >= 0:
        sys.exit(status)
    if os.environ.get("PYOBJTOOL_SERVER") != "0":
        status = via_server(argv, build_id, looked_up)
        if status is not None:
            sys.exit(status)
        from .spawn import start_server

        if _start_quietly(start_server, build_id):
            _trace("serve")
    _trace("in-process")
    import pyobjtool.__main__  # noqa: F401  (this call in-process, as python3 -m pyobjtool)
