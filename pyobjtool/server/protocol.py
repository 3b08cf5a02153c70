# SPDX-License-Identifier: GPL-2.0-only
"""The client-server protocol (one request per connection), shared with client.c.

Request, client to server, one ``sendmsg`` with the client's standard input
attached (``SCM_RIGHTS``: ``--batch -`` reads it)::

    "PYOQ"  u32 version  u32 flags  u32 length    (little-endian)
    length bytes of NUL-terminated strings:
        build id, cwd, umask (octal), argc (decimal), argv[1..], then NAME=value for the whole environment

Response, server to client, a sequence of frames ``u8 type, u32 length, payload``:

``T``  ``tmp NUL``: the worker is about to create *tmp* (sent before it
       exists, so that a client whose worker dies knows what to remove).
``W``  ``tmp NUL target NUL``: *tmp* is written whole and is to replace *target*.
``R``  the result: ``u32 status, u32 count``, then *count* chunks ``u8 fd
       (1 or 2), u32 length, bytes`` in the order they were written.
``F``  a reason: the worker won't run this request; the client runs it itself.

After ``R`` the client renames each ``W`` *tmp* over its *target*
(exchanging them where the filesystem can: then *tmp* holds the old object,
and the worker, not the client, pays for deleting it), prints the chunks,
and sends one byte ``A``.  The worker then deletes what is left at each
``T`` path; a client that got no ``R`` deletes them itself.

Nothing reaches the object or the terminal before ``R`` has arrived whole:
a worker or server that dies earlier leaves the object untouched and nothing
printed, and the client runs the request in-process instead.
"""

from __future__ import annotations

import struct

MAGIC = b"PYOQ"
VERSION = 1
HEADER = struct.Struct("<4sIII")
FRAME = struct.Struct("<cI")
STATUS = struct.Struct("<II")
CHUNK = struct.Struct("<BI")

#: the client looked the result cache up itself and missed: the worker need not
FLAG_CACHE_MISSED = 1
#: the client's standard input is attached
FLAG_STDIN = 2
#: requests bigger than this are refused (an environment of megabytes is not a kbuild call)
MAX_REQUEST = 16 << 20


class Request:
    """What the client sent: everything a process's run depends on."""

    __slots__ = ("flags", "build_id", "cwd", "umask", "argv", "environ")

    def __init__(self, flags: int, build_id: bytes, cwd: bytes, umask: int, argv: list[bytes],
                 environ: list[bytes]) -> None:
        self.flags = flags
        self.build_id = build_id
        self.cwd = cwd
        self.umask = umask
        self.argv = argv
        self.environ = environ


def encode_request(req: Request) -> bytes:
    strings = [req.build_id, req.cwd, b"%o" % req.umask, b"%d" % len(req.argv), *req.argv, *req.environ]
    payload = b"".join(s + b"\0" for s in strings)
    return HEADER.pack(MAGIC, VERSION, req.flags, len(payload)) + payload


def decode_request(header: bytes, payload: bytes) -> Request:
    magic, version, flags, length = HEADER.unpack(header)
    if magic != MAGIC or version != VERSION or length != len(payload) or not payload.endswith(b"\0"):
        raise ValueError("malformed request")
    strings = payload[:-1].split(b"\0")
    if len(strings) < 4:
        raise ValueError("malformed request")
    argc = int(strings[3])
    if argc < 0 or 4 + argc > len(strings):
        raise ValueError("malformed request")
    return Request(flags, strings[0], strings[1], int(strings[2], 8), strings[4:4 + argc], strings[4 + argc:])


def frame(kind: bytes, payload: bytes) -> bytes:
    return FRAME.pack(kind, len(payload)) + payload


def result_frame(status: int, chunks: list[tuple[int, bytes]]) -> bytes:
    parts = [STATUS.pack(status & 0xFFFFFFFF, len(chunks))]
    for fd, data in chunks:
        parts.append(CHUNK.pack(fd, len(data)))
        parts.append(data)
    return frame(b"R", b"".join(parts))


def decode_result(payload: bytes) -> tuple[int, list[tuple[int, bytes]]]:
    status, count = STATUS.unpack_from(payload)
    pos = STATUS.size
    chunks = []
    for _ in range(count):
        fd, length = CHUNK.unpack_from(payload, pos)
        pos += CHUNK.size
        chunks.append((fd, payload[pos:pos + length]))
        pos += length
    if pos != len(payload):
        raise ValueError("malformed result")
    return status, chunks


def recv_exact(sock, size: int) -> bytes | None:
    """*size* bytes from *sock*, or None if it closed first."""
    buf = bytearray()
    while len(buf) < size:
        chunk = sock.recv(min(size - len(buf), 1 << 20))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


def recv_frame(sock) -> tuple[bytes, bytes] | None:
    head = recv_exact(sock, FRAME.size)
    if head is None:
        return None
    kind, length = FRAME.unpack(head)
    payload = recv_exact(sock, length) if length else b""
    return None if payload is None else (kind, payload)
