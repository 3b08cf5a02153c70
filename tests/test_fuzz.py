# SPDX-License-Identifier: GPL-2.0-only
"""Fuzzing (hypothesis): the ELF reader, the x86 decoder and the whole run.

Structure-aware: objects are real kernel objects (tests/data) with ELF
header fields, section header fields, special-section entries, relocation
entries or code bytes replaced by values chosen to hit limits (0, 1, sizes
plus or minus one, all-ones, ...); code is random bytes or instruction-shaped
sequences.  The properties:

* reader: an object is read or refused with a :class:`PyobjtoolError`,
  never another exception;
* decoder: every byte sequence is decoded to instructions that tile it, or
  stops with :class:`DecodeError` at an instruction boundary; the lengths are
  the kernel decoder's (``insn_decoder``), at most 15 bytes;
* whole run: exit status 0, 1 or 255, never 2 (an internal error); on an
  error exit the file is untouched and the error is one line.

CI runs a bounded, derandomized number of examples.  A longer run:

    PYOBJTOOL_FUZZ_EXAMPLES=20000 PYOBJTOOL_FUZZ_RANDOM=1 python3 -m pytest -q tests/test_fuzz.py

Every crash found becomes a regression test below (``REGRESSIONS``).
"""

from __future__ import annotations

import contextlib
import lzma
import os
import struct
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from pyobjtool.arch.base import DecodeHooks  # noqa: E402
from pyobjtool.arch.insn import DecodeError  # noqa: E402
from pyobjtool.arch.x86.decoder import decode_section  # noqa: E402
from pyobjtool.arch.x86.insn_decoder import decoder_for  # noqa: E402
from pyobjtool.cli import parse_args  # noqa: E402
from pyobjtool.elf.file import ElfFile  # noqa: E402
from pyobjtool.errors import EXIT_INPUT, EXIT_OK, EXIT_WRITE, PyobjtoolError  # noqa: E402
from pyobjtool.runner import run_object  # noqa: E402

DATA = Path(__file__).parent / "data"
EXAMPLES = int(os.environ.get("PYOBJTOOL_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("PYOBJTOOL_FUZZ_RANDOM"),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture], database=None)
SEEDS = ["arch__x86__lib__retpoline", "mm__mincore", "net__netfilter__nf_nat_ftp"]
KBUILD = ["--hacks=jump_label", "--hacks=noinstr", "--orc", "--retpoline", "--rethunk", "--static-call",
          "--uaccess"]
SHDR = struct.Struct("<IIQQQQIIQQ")

_seed_cache: dict[str, bytes] = {}


def seed(name: str) -> bytes:
    data = _seed_cache.get(name)
    if data is None:
        data = _seed_cache[name] = lzma.decompress((DATA / f"{name}.pre.o.xz").read_bytes())
    return data


def _sections(data: bytes) -> tuple[int, list[tuple], dict[str, int]]:
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shnum = struct.unpack_from("<H", data, 0x3C)[0]
    shstrndx = struct.unpack_from("<H", data, 0x3E)[0]
    headers = [SHDR.unpack_from(data, shoff + i * 64) for i in range(shnum)]
    strtab = headers[shstrndx]
    table = data[strtab[4]:strtab[4] + strtab[5]]
    names = {table[h[0]:table.index(b"\0", h[0])].decode(): i for i, h in enumerate(headers)}
    return shoff, headers, names


#: ELF header fields (offset, size) and section header fields (offset in the entry, size)
EHDR_FIELDS = [(4, 1), (5, 1), (6, 1), (7, 1), (16, 2), (18, 2), (20, 4), (0x28, 8), (0x34, 2), (0x3A, 2),
               (0x3C, 2), (0x3E, 2)]
SHDR_FIELDS = [(0, 4), (4, 4), (8, 8), (24, 8), (32, 8), (40, 4), (44, 4), (48, 8), (56, 8)]
SPECIAL = [".altinstructions", "__jump_table", "__ex_table", ".rela.altinstructions", ".rela__jump_table",
           ".rela__ex_table", ".rela.text", ".symtab", ".strtab", ".shstrtab", ".text", ".retpoline_sites",
           ".static_call_sites", ".discard.reachable", ".discard.unreachable"]


def _interesting(size: int, around: int):
    top = (1 << (8 * size)) - 1
    near = [max(0, min(top, around + d)) for d in (-9, -8, -1, 1, 8, 24)]
    return st.one_of(st.sampled_from([0, 1, 2, 3, 0x7F, 0x80, 0xFF, top, top >> 1, *near]),
                     st.integers(0, top))


@st.composite
def mutated_object(draw) -> bytes:
    """A real object with one to four structure-aware changes."""
    data = bytearray(seed(draw(st.sampled_from(SEEDS))))
    shoff, headers, names = _sections(bytes(data))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["ehdr", "shdr", "shdr", "section", "section", "section"]))
        if kind == "ehdr":
            off, size = draw(st.sampled_from(EHDR_FIELDS))
        elif kind == "shdr":
            idx = draw(st.integers(0, len(headers) - 1))
            field, size = draw(st.sampled_from(SHDR_FIELDS))
            off = shoff + idx * 64 + field
        else:
            present = [n for n in SPECIAL if n in names and headers[names[n]][5]]
            hdr = headers[names[draw(st.sampled_from(present))]]
            size = draw(st.sampled_from([1, 1, 2, 4, 8]))
            if hdr[5] < size:
                size = 1
            off = hdr[4] + draw(st.integers(0, hdr[5] - size))
        if off + size > len(data):
            continue
        current = int.from_bytes(data[off:off + size], "little")
        value = draw(_interesting(size, current))
        data[off:off + size] = value.to_bytes(size, "little")
    return bytes(data)


@FUZZ
@given(mutated_object())
def test_reader_refuses_or_reads(raw: bytes) -> None:
    with contextlib.suppress(PyobjtoolError):
        ElfFile(raw, "fuzz.o")


@st.composite
def code_bytes(draw) -> bytes:
    """Random bytes, or instruction-shaped sequences (prefixes, REX/REX2/VEX/EVEX, escapes, ModRM)."""
    if draw(st.booleans()):
        return draw(st.binary(min_size=1, max_size=64))
    out = bytearray()
    for _ in range(draw(st.integers(1, 8))):
        out += bytes(draw(st.lists(st.sampled_from([0x66, 0x67, 0xF2, 0xF3, 0xF0, 0x2E, 0x3E, 0x64]), max_size=5)))
        out += bytes(draw(st.sampled_from([[], [0x48], [0x41], [0xD5, 0x80], [0xC5, 0xF8], [0xC4, 0xE2, 0x7D],
                                           [0x62, 0xF1, 0xFD, 0x48], [0x0F, 0x0B, 0x78, 0x65, 0x6E]])))
        out += bytes(draw(st.sampled_from([[], [0x0F], [0x0F, 0x38], [0x0F, 0x3A]])))
        out += draw(st.binary(min_size=1, max_size=8))
    return bytes(out)


@FUZZ
@given(code_bytes(), st.sampled_from(["6.1", "6.12"]))
def test_decoder_tiles_or_stops_at_a_boundary(data: bytes, release: str) -> None:
    hooks = DecodeHooks(".text", lambda off: True, lambda msg: None, None, release)
    kdecode = decoder_for(release)
    try:
        insns = decode_section(data, hooks)
        stop = None
    except DecodeError as exc:
        stop = exc.offset
        insns = decode_section(data[:stop], hooks) if stop else []
    pos = 0
    for insn in insns:
        assert insn[0] == pos
        assert 1 <= insn[1] <= 15
        assert kdecode(data, pos, len(data))[0] == insn[1]
        pos += insn[1]
    assert pos == (len(data) if stop is None else stop)
    if stop is not None:
        assert kdecode(data, stop, len(data)) is None


@FUZZ
@given(mutated_object(), st.sampled_from(["6.1", "6.12"]))
def test_whole_run_never_fails_internally(tmp_path_factory, raw: bytes, release: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "m.o"
    path.write_bytes(raw)
    parsed = parse_args(["--profile", release, *KBUILD, str(path)])
    result = run_object(str(path), parsed.opts)
    assert result.status in (EXIT_OK, EXIT_INPUT, EXIT_WRITE), result.stderr
    if result.status != EXIT_OK:
        assert path.read_bytes() == raw
        assert all("\n" not in line for line in result.stderr)
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".pyobjtool-")]


#: crashes found by fuzzing and by the differential tests, kept as regression tests:
#: (seed object, section, offset in it (negative: from its end), new bytes, release)
REGRESSIONS = [
    # an alternative's original length 0xff running past .entry.text: AttributeError (exit 2)
    ("arch__x86__entry__entry_64", ".altinstructions", 10, b"\xff", "6.1"),
    ("arch__x86__entry__entry_64", ".altinstructions", 11, b"\xff", "6.1"),
    # REX2 with M set and opcode 0xff (ud0, no ModRM) at the end of the code: IndexError (exit 2)
    ("arch__x86__lib__retpoline", ".text", -3, b"\xd5\x80\xff", "6.12"),
    # a garbage sh_size on the null section: libelf refuses it, pyobjtool rewrote the file
    ("mm__mincore", "", 32, b"\x0d\x64\xc7\x9a\xa6\x35\xe3\xc1", "6.1"),
]


@pytest.mark.parametrize("name,section,offset,value,release", REGRESSIONS)
def test_fuzz_regressions(tmp_path: Path, name: str, section: str, offset: int, value: bytes, release: str) -> None:
    raw = bytearray(seed(name))
    shoff, headers, names = _sections(bytes(raw))
    idx = names[section]
    if idx == 0:
        at = shoff + offset  # the null section's header
    else:
        hdr = headers[idx]
        at = hdr[4] + (offset if offset >= 0 else hdr[5] + offset)
    raw[at:at + len(value)] = value
    path = tmp_path / "r.o"
    path.write_bytes(bytes(raw))
    parsed = parse_args(["--profile", release, *KBUILD, str(path)])
    result = run_object(str(path), parsed.opts)
    assert result.status in (EXIT_OK, EXIT_INPUT, EXIT_WRITE), result.stderr
    if section == "":
        assert result.status == EXIT_INPUT and path.read_bytes() == bytes(raw)
