# SPDX-License-Identifier: GPL-2.0-only
"""The output image (elf/writer.py): written piece by piece, it must give the same bytes
as laid out in memory, also when the kernel takes fewer bytes per call than offered."""

from __future__ import annotations

import os
import random
import threading

from pyobjtool.elf.writer import Image, write_output


def _read_all(fd: int, out: list[bytes]) -> None:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    out.append(b"".join(chunks))


def test_image_written_through_short_writes_equals_its_bytes() -> None:
    rng = random.Random(7)
    pieces = []
    at = 0
    for _ in range(3000):  # more pieces than one writev() takes
        at += rng.choice((0, 0, 1, 7, 4096))
        data = rng.randbytes(rng.choice((1, 3, 100, 70000)))
        pieces.append((at, data))
        at += len(data)
    image = Image(at + 13, pieces)
    read, write = os.pipe()  # a pipe takes at most 64 KiB per call: short writes
    out: list[bytes] = []
    reader = threading.Thread(target=_read_all, args=(read, out))
    reader.start()
    try:
        write_output(write, image)
    finally:
        os.close(write)
        reader.join()
        os.close(read)
    assert out[0] == bytes(image)
    assert len(out[0]) == len(image) == at + 13
    assert out[0][pieces[5][0]:pieces[5][0] + len(pieces[5][1])] == pieces[5][1]


def test_image_gaps_and_tail_are_zeros() -> None:
    image = Image(20, [(0, b"ab"), (8, b"cd")])
    assert bytes(image) == b"ab" + bytes(6) + b"cd" + bytes(10)


def test_deferred_pieces_are_made_when_written_and_checked() -> None:
    from pyobjtool.elf.writer import Deferred
    from pyobjtool.errors import WriteError

    made = []

    def make() -> list[bytes]:
        made.append(1)
        return [b"x", b"yz"]  # (in pieces, written one after the other)

    image = Image(10, [(0, b"ab"), (4, Deferred(3, make))])
    assert not made  # laid out, not made
    assert bytes(image) == b"ab\0\0xyz\0\0\0"
    read, write = os.pipe()
    try:
        write_output(write, image)
    finally:
        os.close(write)
    assert os.read(read, 100) == b"ab\0\0xyz\0\0\0"
    os.close(read)
    assert len(made) == 2
    wrong = Image(10, [(0, Deferred(4, make))])
    try:
        bytes(wrong)
    except WriteError as exc:
        assert "3 bytes made where 4 were laid out" in str(exc)
    else:
        raise AssertionError("a deferred piece of the wrong size went unnoticed")
