# SPDX-License-Identifier: GPL-2.0-only
"""Bad input: one ``pyobjtool: error:`` line, a documented exit status, no
traceback, and the input file left exactly as it was."""

from __future__ import annotations

import os
import random
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import KBUILD_ARGS, assemble, run_pyobjtool
from fixtures_asm import frame_function

from pyobjtool.errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, EXIT_WRITE

SOURCE = frame_function()


@pytest.fixture
def good_object(tmp_path: Path) -> Path:
    return assemble(SOURCE, tmp_path / "good.o")


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real command line (a separate process, as kbuild would)."""
    env = dict(os.environ)
    env.pop("OBJTOOL_ARGS", None)
    env.pop("PYOBJTOOL_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "pyobjtool", *args], capture_output=True, text=True,
                          cwd=cwd, env=env)


def expect_error(path: Path, status: int, fragment: str, args: list[str] | None = None) -> None:
    before = path.read_bytes() if path.exists() else None
    proc = run_cli(*(args or KBUILD_ARGS), str(path))
    lines = proc.stderr.splitlines()
    assert proc.returncode == status, proc.stderr
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("pyobjtool: error: "), lines[0]
    assert fragment in lines[0]
    assert "Traceback" not in proc.stderr
    if before is not None:
        assert path.read_bytes() == before, "input file was modified"
    leftovers = [p for p in path.parent.iterdir() if p.name.startswith(".pyobjtool-")]
    assert not leftovers, leftovers


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_missing_file(tmp_path: Path) -> None:
    expect_error(tmp_path / "nope.o", EXIT_INPUT, "can't open: No such file or directory")


def test_empty_file(tmp_path: Path) -> None:
    expect_error(write(tmp_path / "empty.o", b""), EXIT_INPUT, "empty file, not an ELF object")


def test_not_elf(tmp_path: Path) -> None:
    expect_error(write(tmp_path / "text.o", b"this is not an object file\n" * 4), EXIT_INPUT, "not an ELF file")


def test_truncated_header(tmp_path: Path, good_object: Path) -> None:
    data = good_object.read_bytes()[:40]
    expect_error(write(tmp_path / "trunc.o", data), EXIT_INPUT, "truncated ELF header")


def test_truncated_file(tmp_path: Path, good_object: Path) -> None:
    data = good_object.read_bytes()
    expect_error(write(tmp_path / "half.o", data[: len(data) // 2]), EXIT_INPUT, "past the end of the file")


def test_elf32_rejected(tmp_path: Path) -> None:
    obj = tmp_path / "x32.o"
    try:
        assemble(SOURCE.replace("%rbp", "%ebp").replace("%rsp", "%esp"), obj, ("-m32",))
    except subprocess.CalledProcessError:
        pytest.skip("gcc -m32 not available")
    expect_error(obj, EXIT_INPUT, "ELF32 objects are not supported")


def test_other_machine_rejected(tmp_path: Path, good_object: Path) -> None:
    data = bytearray(good_object.read_bytes())
    struct.pack_into("<H", data, 18, 20)  # EM_PPC
    expect_error(write(tmp_path / "ppc.o", bytes(data)), EXIT_INPUT, "PowerPC objects are not supported")


def test_arm64_object_needs_arm64_options(tmp_path: Path, good_object: Path) -> None:
    data = bytearray(good_object.read_bytes())
    struct.pack_into("<H", data, 18, 183)  # EM_AARCH64
    expect_error(write(tmp_path / "a64.o", bytes(data)), EXIT_INPUT, "AArch64 objects are not supported by objtool 6.1")


def test_corrupted_section_table_offset(tmp_path: Path, good_object: Path) -> None:
    data = bytearray(good_object.read_bytes())
    struct.pack_into("<Q", data, 0x28, len(data) + 0x1000)  # e_shoff past the end
    expect_error(write(tmp_path / "shoff.o", bytes(data)), EXIT_INPUT, "section header table")


def test_corrupted_section_header_size(tmp_path: Path, good_object: Path) -> None:
    data = bytearray(good_object.read_bytes())
    struct.pack_into("<H", data, 0x3A, 40)  # e_shentsize
    expect_error(write(tmp_path / "shentsize.o", bytes(data)), EXIT_INPUT, "unexpected section header size")


def test_corrupted_section_name_table_index(tmp_path: Path, good_object: Path) -> None:
    data = bytearray(good_object.read_bytes())
    struct.pack_into("<H", data, 0x3E, 0x7FFF)  # e_shstrndx
    expect_error(write(tmp_path / "shstrndx.o", bytes(data)), EXIT_INPUT, "section name table index")


def _section_headers(data: bytes) -> tuple[int, list[tuple]]:
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shnum = struct.unpack_from("<H", data, 0x3C)[0]
    return shoff, [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * 64) for i in range(shnum)]


def _first_rela(data: bytes) -> tuple[int, int]:
    """(file offset of the first RELA entry, index of its base section)."""
    shoff, headers = _section_headers(data)
    for hdr in headers:
        if hdr[1] == 4 and hdr[5]:
            return hdr[4], hdr[7]
    raise AssertionError("fixture has no relocations")


def test_relocation_past_section_end(tmp_path: Path, good_object: Path) -> None:
    data = bytearray(good_object.read_bytes())
    entry, _ = _first_rela(data)
    struct.pack_into("<Q", data, entry, 0x100000)  # r_offset far beyond .text
    expect_error(write(tmp_path / "reloc.o", bytes(data)), EXIT_INPUT, "lies past the end of .text")


def test_relocation_symbol_out_of_range(tmp_path: Path, good_object: Path) -> None:
    data = bytearray(good_object.read_bytes())
    entry, _ = _first_rela(data)
    info = struct.unpack_from("<Q", data, entry + 8)[0]
    struct.pack_into("<Q", data, entry + 8, (0xFFFF << 32) | (info & 0xFFFFFFFF))
    expect_error(write(tmp_path / "relsym.o", bytes(data)), EXIT_INPUT, "refers to symbol 65535")


def test_unknown_relocation_type(tmp_path: Path, good_object: Path) -> None:
    data = bytearray(good_object.read_bytes())
    entry, _ = _first_rela(data)
    info = struct.unpack_from("<Q", data, entry + 8)[0]
    struct.pack_into("<Q", data, entry + 8, (info & ~0xFFFFFFFF) | 200)
    expect_error(write(tmp_path / "reltype.o", bytes(data)), EXIT_INPUT, "unknown x86-64 relocation type 200")


def test_read_only_file(tmp_path: Path, good_object: Path) -> None:
    good_object.chmod(0o444)
    try:
        expect_error(good_object, EXIT_INPUT, "read-only")
    finally:
        good_object.chmod(0o644)


def test_read_only_file_is_fine_for_read_only_analyses(tmp_path: Path, good_object: Path) -> None:
    good_object.chmod(0o444)
    try:
        proc = run_cli("--isolation=noinstr", str(good_object))
        assert proc.returncode == EXIT_OK, proc.stderr
        assert "pyobjtool: error" not in proc.stderr
    finally:
        good_object.chmod(0o644)


def test_failed_write_leaves_input_untouched(tmp_path: Path, good_object: Path, monkeypatch) -> None:
    """A write that fails (disk full, ...) exits 255 and leaves the original in place."""
    before = good_object.read_bytes()

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    result = run_pyobjtool(good_object, KBUILD_ARGS)
    assert result.status == EXIT_WRITE
    assert result.stderr[-1].startswith("pyobjtool: error: ")
    assert "No space left on device" in result.stderr[-1]
    assert good_object.read_bytes() == before
    assert not [p for p in good_object.parent.iterdir() if p.name.startswith(".pyobjtool-")]


def test_undecodable_bytes_are_a_warning_not_an_error(tmp_path: Path) -> None:
    """objtool warns "can't decode instruction" and carries on (exit 0); so does pyobjtool."""
    assemble("""
        .text
        .globl f
        .type f, @function
    f:
        nop
        .byte 0x0f, 0x0b
        .byte 0xc4, 0x00
        .size f, .-f
    """, tmp_path / "undec.o")
    proc = run_cli(*KBUILD_ARGS, "undec.o", cwd=tmp_path)
    assert proc.returncode == EXIT_OK
    assert proc.stderr.splitlines() == ["undec.o: warning: objtool: can't decode instruction at .text:0x3"]


def test_usage_errors(tmp_path: Path) -> None:
    proc = run_cli("--orc")
    assert proc.returncode == EXIT_USAGE
    assert proc.stderr.startswith("pyobjtool: error: no object file given")
    proc = run_cli("--no-such-option", "x.o")
    assert proc.returncode == EXIT_USAGE
    assert "unknown option `no-such-option'" in proc.stderr
    proc = run_cli("--prefix=16", "--orc", "x.o")
    assert proc.returncode == EXIT_USAGE
    assert "not supported" in proc.stderr


def test_mutated_headers_never_crash(tmp_path: Path, good_object: Path) -> None:
    """Random corruption of the ELF and section headers: always a clean result."""
    original = good_object.read_bytes()
    shoff, headers = _section_headers(original)
    rng = random.Random(1234)
    header_bytes = list(range(16, 64)) + list(range(shoff, shoff + len(headers) * 64))
    for i in range(150):
        data = bytearray(original)
        for _ in range(rng.randint(1, 4)):
            data[rng.choice(header_bytes)] = rng.randrange(256)
        obj = write(tmp_path / f"m{i}.o", bytes(data))
        result = run_pyobjtool(obj, KBUILD_ARGS)
        assert result.status != EXIT_INTERNAL, result.stderr
        if result.status != EXIT_OK:
            assert result.stderr[-1].startswith("pyobjtool: error: "), result.stderr
            assert obj.read_bytes() == bytes(data)
