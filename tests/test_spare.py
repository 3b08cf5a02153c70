# SPDX-License-Identifier: GPL-2.0-only
"""A batch's replacements through exchanged spare files (pyobjtool/elf/spare.py): each object
holds exactly its new bytes and mode, an inode another name shares is never written to, and no
spare is left behind."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from pyobjtool.elf import spare
from pyobjtool.elf.writer import write_atomic


@pytest.fixture(autouse=True)
def batch():
    spare.enable()
    yield
    spare.finish()
    spare._usable = True


def hidden(root: Path) -> list[Path]:
    return sorted(root.rglob(".pyobjtool*"))


def test_objects_get_their_bytes_and_mode_and_spares_go_at_the_end(tmp_path: Path) -> None:
    sizes = [3000, 100, 5000, 5000, 1, 7000, 20]
    paths = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"d{i % 3}" / f"{i}.o"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"old" * (size // 3 + 1))
        path.chmod(0o640 if i % 2 else 0o600)
        paths.append(path)
    for round_ in range(3):
        for i, path in enumerate(paths):
            new = bytes([round_ + i]) * (sizes[-1 - i] + round_)
            mode = path.stat().st_mode & 0o7777
            inode = path.stat().st_ino
            write_atomic(str(path), new)
            assert path.read_bytes() == new
            assert path.stat().st_mode & 0o7777 == mode
            assert path.stat().st_ino != inode  # (replaced as a whole, not written into)
    if spare._usable:  # (a filesystem without RENAME_EXCHANGE renames instead)
        assert 0 < len(hidden(tmp_path)) <= spare.POOL
    spare.finish()
    assert hidden(tmp_path) == []


def test_an_inode_with_another_name_is_never_written_to(tmp_path: Path) -> None:
    obj = tmp_path / "a.o"
    other = tmp_path / "link.o"
    obj.write_bytes(b"original")
    os.link(obj, other)
    write_atomic(str(obj), b"first output")
    for i in range(spare.POOL * 2):  # every spare used again, several times
        path = tmp_path / f"x{i}.o"
        path.write_bytes(b"x")
        write_atomic(str(path), b"output %d" % i)
    assert other.read_bytes() == b"original"
    assert obj.read_bytes() == b"first output"


def test_without_the_exchange_it_renames(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def unsupported(a: str, b: str) -> None:
        raise OSError(errno.EINVAL, "not here")

    monkeypatch.setattr(spare, "_exchange", unsupported)
    for i in range(3):
        path = tmp_path / f"{i}.o"
        path.write_bytes(b"old")
        write_atomic(str(path), b"new %d" % i)
        assert path.read_bytes() == b"new %d" % i
    assert not spare._usable
    assert hidden(tmp_path) == []


def test_a_spare_removed_under_it_is_made_again(tmp_path: Path) -> None:
    for i in range(4):
        path = tmp_path / f"{i}.o"
        path.write_bytes(b"old" * 100)
        write_atomic(str(path), b"new" * (i + 1))
        for leftover in hidden(tmp_path):
            leftover.unlink()  # (someone cleaning the tree mid-batch)
        assert path.read_bytes() == b"new" * (i + 1)


def test_outside_a_batch_nothing_is_kept(tmp_path: Path) -> None:
    spare.finish()
    path = tmp_path / "a.o"
    path.write_bytes(b"old")
    write_atomic(str(path), b"new")
    assert path.read_bytes() == b"new"
    assert hidden(tmp_path) == []


def test_a_bigger_spare_is_cut_to_the_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spare, "POOL", 1)
    big = tmp_path / "big.o"
    big.write_bytes(b"B" * 50000)
    write_atomic(str(big), b"b" * 60000)  # the spare now holds the old 50,000 bytes
    small = tmp_path / "small.o"
    small.write_bytes(b"S" * 10)
    write_atomic(str(small), b"s" * 100)
    assert small.read_bytes() == b"s" * 100
    assert big.read_bytes() == b"b" * 60000
