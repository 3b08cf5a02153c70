# SPDX-License-Identifier: GPL-2.0-only
"""A big object is not held twice: the whole-file bytes are dropped after parsing and
read again (checked to be the same file) by the rare readers that need them (DWARF)."""

from __future__ import annotations

import lzma
import os
from pathlib import Path

import pytest

from pyobjtool.elf import file as elf_file
from pyobjtool.errors import ElfFormatError

DATA = Path(__file__).parent / "data"


def test_big_file_is_read_again_when_needed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = lzma.decompress((DATA / "mm__mincore.pre.o.xz").read_bytes())
    path = tmp_path / "m.o"
    path.write_bytes(raw)
    monkeypatch.setattr(elf_file, "KEEP_RAW_LIMIT", 1024)
    elf = elf_file.ElfFile(raw, str(path))
    assert elf._raw is None
    assert elf.raw == raw
    path.write_bytes(raw + b"\0")  # the file changed under us: refuse rather than mix two files
    with pytest.raises(ElfFormatError):
        _ = elf.raw


def test_small_or_in_memory_files_are_kept(tmp_path: Path) -> None:
    raw = lzma.decompress((DATA / "mm__mincore.pre.o.xz").read_bytes())
    assert elf_file.ElfFile(raw)._raw is raw
    path = tmp_path / "m.o"
    path.write_bytes(raw)
    assert len(raw) < elf_file.KEEP_RAW_LIMIT and os.path.getsize(path) == len(raw)
    assert elf_file.ElfFile(raw, str(path))._raw is raw
