# SPDX-License-Identifier: GPL-2.0-only
"""The C accelerators against the Python code they replace (docs/native.md).

The Python code is the reference: the C section decoder must give the same
instructions, stack operations and decode-hook calls on real kernel code and
on random bytes; the C instruction record must behave like the pure-Python
class; and a whole check must produce the same bytes and messages with and
without the C modules.  When the C modules are not built these tests are
skipped, except the ones about falling back.
"""

from __future__ import annotations

import lzma
import os
import random
import subprocess
import sys
from array import array
from bisect import bisect_left
from pathlib import Path

import pytest

from pyobjtool import native
from pyobjtool.arch.base import DecodeHooks
from pyobjtool.arch.insn import CALL, CALL_DYNAMIC, DecodeError
from pyobjtool.arch.x86.decoder import decode_section
from pyobjtool.arch.x86.native_decode import decode_columns
from pyobjtool.elf.file import ElfFile
from pyobjtool.engine import instruction

DATA = Path(__file__).parent / "data"
HAVE_DECODER = native.load("pyobjtool.arch.x86._decode") is not None
HAVE_INSN = native.load("pyobjtool.engine._insn") is not None
needs_decoder = pytest.mark.skipif(not HAVE_DECODER, reason="C decoder not built")
needs_insn = pytest.mark.skipif(not HAVE_INSN, reason="C instruction record not built")
HAVE_TABLES = native.load("pyobjtool.elf._tables") is not None


class RecordingHooks(DecodeHooks):
    """Decode hooks that log every call, so both decoders' side effects can be compared."""

    def __init__(self, release: str, log: list, pv: bool) -> None:
        super().__init__(".text", self._in_function, self._warn, self._pv if pv else None, release)
        self.log = log

    def _in_function(self, offset: int) -> bool:
        self.log.append(("in_function", offset))
        return offset % 3 == 0  # any deterministic answer

    def _warn(self, text: str) -> None:
        self.log.append(("warn", text))

    def _pv(self, offset: int, length: int) -> None:
        self.log.append(("pv", offset, length))


def python_records(data: bytes, release: str, pv: bool) -> tuple[list, list, int | None]:
    log: list = []
    try:
        records = decode_section(data, RecordingHooks(release, log, pv))
        error = None
    except DecodeError as exc:
        records, error = [], exc.offset
    return records, log, error


def c_records(data: bytes, release: str, pv: bool) -> tuple[list, list, int | None]:
    log: list = []
    ops: list = [()]
    try:
        cols = decode_columns(data, RecordingHooks(release, log, pv), ops, {})
    except DecodeError as exc:
        return [], log, exc.offset
    assert cols is not None
    offsets = memoryview(cols.offsets).cast("I")
    lengths = memoryview(cols.lengths).cast("H")
    imms = memoryview(cols.immediates).cast("q")
    idx = memoryview(cols.ops_index).cast("I")
    records = [(offsets[i], lengths[i], cols.kinds[i], imms[i], tuple(ops[idx[i]])) for i in range(len(offsets))]
    return records, log, None


def code_sections(obj: str) -> list[bytes]:
    elf = ElfFile(lzma.decompress((DATA / obj).read_bytes()), obj)
    return [bytes(sec.data) for sec in elf.sections if sec.is_exec and sec.data]


def _compare(data: bytes, release: str, pv: bool) -> int:
    """Compare both decoders on *data*; returns how many instructions were compared."""
    py, py_log, py_err = python_records(data, release, pv)
    c, c_log, c_err = c_records(data, release, pv)
    assert c_err == py_err
    assert c_log == py_log
    if py_err is not None:
        # everything before the undecodable bytes must agree too
        py, _, _ = python_records(data[:py_err], release, pv)
        c, _, _ = c_records(data[:py_err], release, pv)
    assert [(r[0], r[1], r[2], r[3], tuple(r[4])) for r in py] == c
    return len(c)


@needs_decoder
@pytest.mark.parametrize("release", ["6.1", "6.12"])
@pytest.mark.parametrize("obj", sorted(p.name for p in DATA.glob("*.pre.o.xz")))
def test_c_decoder_matches_python_on_kernel_code(obj: str, release: str) -> None:
    sections = code_sections(obj)
    assert sections
    for data in sections:
        _compare(data, release, pv=True)


INTERESTING = bytes([0x0F, 0x40, 0x48, 0x4C, 0x41, 0x66, 0x67, 0xF2, 0xF3, 0x2E, 0x3E, 0x65, 0xF0, 0xC4,
                     0xC5, 0x62, 0xD5, 0x89, 0x8B, 0x8D, 0xFF, 0x83, 0x81, 0x50, 0x5D, 0xC7, 0xCF, 0xE8,
                     0xE9, 0x1E, 0x01, 0xCA, 0x38, 0xF8, 0xE5, 0x24, 0x44, 0x64, 0x9C, 0x9D, 0xC9, 0x88])


@needs_decoder
@pytest.mark.parametrize("release", ["6.1", "6.12"])
@pytest.mark.parametrize("seed", range(30))
def test_c_decoder_matches_python_on_mutated_code(seed: int, release: str) -> None:
    """Kernel code with bytes overwritten (often by prefixes, escapes, REX/REX2/VEX and the
    opcodes the classifier looks at), read from every starting byte of a window: the two
    decoders meet odd encodings and both ways of failing."""
    rng = random.Random(seed)
    objs = sorted(p.name for p in DATA.glob("*.pre.o.xz"))
    code = max(code_sections(objs[seed % len(objs)]), key=len)
    start = rng.randrange(max(1, len(code) - 4000))
    data = bytearray(code[start:start + 4000])
    for _ in range(rng.randrange(5, 60)):
        data[rng.randrange(len(data))] = rng.choice(INTERESTING) if rng.random() < 0.7 else rng.randrange(256)
    compared = 0
    for skip in range(8):
        compared += _compare(bytes(data[skip:]), release, pv=skip % 2 == 0)
    assert compared > 10  # the test must look at real instruction streams, not just errors


@needs_decoder
@pytest.mark.parametrize("release", ["6.1", "6.12"])
@pytest.mark.parametrize("seed", range(10))
def test_c_decoder_matches_python_on_random_bytes(seed: int, release: str) -> None:
    rng = random.Random(seed)
    data = bytes(rng.choice(INTERESTING) if rng.random() < 0.5 else rng.randrange(256) for _ in range(3000))
    for skip in range(16):
        _compare(data[skip:], release, pv=seed % 2 == 0)


@needs_decoder
def test_c_decoder_reports_the_first_undecodable_offset() -> None:
    data = b"\x90\x55\x48\x89\xe5" + b"\xc4"  # a VEX prefix with nothing after it
    _, _, err = c_records(data, "6.1", False)
    assert err == 5


@needs_insn
def test_c_instruction_has_the_python_instructions_attributes_and_defaults() -> None:
    c = instruction.Instruction(None, 0x10, 3, 8, -5, ())
    py = instruction.PyInstruction(None, 0x10, 3, 8, -5, ())
    for name in instruction.PyInstruction.__slots__:
        if name == "_reloc":
            continue
        assert getattr(c, name) == getattr(py, name), name
    assert c.known_reloc() is None and py.known_reloc() is None
    # every field can be set and read back
    for name, value in (("visited", 3), ("instr", -2), ("type", 16), ("immediate", -(1 << 40)),
                        ("alts", [1]), ("alt_group", "g"), ("call_list", "endbr"), ("hint", True),
                        ("fake", True), ("cfi", "c"), ("jump_dest", py), ("offset", 0xFFFFFFFF)):
        setattr(c, name, value)
        assert getattr(c, name) == value, name
    c.alts = None
    assert c.alts is None
    with pytest.raises(OverflowError):
        c.offset = 1 << 32
    assert instruction.Instruction(None, 0, 1, 16, 0, ()).dead_end is False


#: the attributes the 96-byte record packs (shared slots, flags, codes) and values for them
_PACKED_VALUES = {
    "sym": [None, "A", "B"],
    "func": [None, "A", "B", "C"],
    "jump_dest": [None, "J", "K"],
    "call_dest": [None, "A", "X"],
    "_reloc": [instruction._UNSET, None, "R"],
    "immediate": [0, -1, (1 << 31) - 1, -(1 << 31), 1 << 31, -(1 << 31) - 1, -(1 << 63), (1 << 63) - 1],
    "call_list": [None, "static_call", "retpoline", "mcount", "return_thunk", "endbr", "other"],
    "first_jump_src": [None, "S"],
    "instr": [0, 1, -1, 127, -128],
}


@needs_insn
@pytest.mark.parametrize("seed", range(4))
def test_c_packed_fields_hold_what_the_python_class_holds(seed: int) -> None:
    """Random assignments in any order: the packed record reads back like the pure-Python class
    (both destinations at once, a function that is not the symbol, a wide immediate, a list name
    it has no code for), and release() frees whatever went to its side array."""
    rng = random.Random(seed)
    names = sorted(_PACKED_VALUES)
    for _ in range(300):
        c = instruction.Instruction(None, 4, 2, 16, 0, ())
        py = instruction.PyInstruction(None, 4, 2, 16, 0, ())
        for _ in range(rng.randrange(1, 12)):
            name = rng.choice(names)
            value = rng.choice(_PACKED_VALUES[name])
            if name == "func" and value == "A" and rng.random() < 0.5:
                value = py.sym  # the usual case: the function is the symbol
            setattr(c, name, value)
            setattr(py, name, value)
            for other in names:
                assert getattr(c, other) == getattr(py, other), (other, name, value)
        instruction.release([c])
        assert c.jump_dest is None and c.call_dest is None and c.func is None and c.immediate == 0
    with pytest.raises(OverflowError):
        c.len = 256
    with pytest.raises(OverflowError):
        c.instr = 128


@needs_insn
def test_c_instruction_lookup_by_offset() -> None:
    insns = [instruction.Instruction(None, off, 2, 16, 0, ()) for off in range(0, 40, 2)]
    index = instruction.offset_index(insns)
    assert index.get(10) is insns[5]
    assert index.get(11) is None and 11 not in index and 12 in index
    assert index.get(1 << 40) is None and index.get(40) is None and index.get(-2) is None
    assert index.get(0xFFFFFFFFFFFFFFCE) is None  # a jump far past the section (seen in a fuzzed object)



@needs_insn
@pytest.mark.parametrize("seed", range(6))
def test_c_offset_index_finds_what_a_dict_finds(seed: int) -> None:
    """The per-64-byte table in front of the search: every offset around every instruction,
    block edges, gaps of many blocks, lengths up to 15, and an unordered list (whole-list search)."""
    rng = random.Random(seed)
    off, insns = rng.choice((0, 1, 63, 64, 65)), []
    for _ in range(rng.randrange(1, 400)):
        length = rng.randrange(1, 16)
        insns.append(instruction.Instruction(None, off, length, 16, 0, ()))
        off += length + (rng.choice((0, 0, 0, 1, 64, 200, 1000)) if rng.random() < 0.2 else 0)
    if seed == 5:
        rng.shuffle(insns)  # (not in offset order: a dict still finds each)
    index = instruction.offset_index(insns)
    by_offset = {insn.offset: insn for insn in insns}
    assert index.insns is insns and len(index) == len(insns)
    offsets = [insn.offset for insn in insns]
    for probe in range(-3, off + 130):
        assert index.get(probe) is by_offset.get(probe), probe
        assert (probe in index) == (probe in by_offset)
        if seed != 5:  # (positions only in an ordered list)
            assert index.span(probe, probe + 7) == (bisect_left(offsets, probe), bisect_left(offsets, probe + 7))
    assert index.span(-1 << 70, 1 << 70) == ((0, len(insns)) if seed != 5 else None)
    with pytest.raises(TypeError):
        instruction.offset_index([*insns, object()])

@needs_insn
@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="reads Linux's /proc")
def test_c_instruction_slabs_are_given_back() -> None:
    """Records come from 2 MiB slabs (see _insn.c); a slab goes back to the system when its
    last record dies: five rounds of 200,000 records (19 MB each) leave the memory as it was."""
    def rss() -> int:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    insns = [instruction.Instruction(None, off, 1, 16, 0, ()) for off in range(200_000)]
    assert [insn.offset for insn in insns[::50_000]] == [0, 50_000, 100_000, 150_000]
    del insns
    before = rss()
    for _ in range(5):
        insns = [instruction.Instruction(None, off, 1, 16, 0, ()) for off in range(200_000)]
        assert insns[-1].offset == 199_999 and insns[-1].len == 1
        del insns
    assert rss() - before < 8 << 20


@needs_insn
def test_c_select_by_kind_and_flag() -> None:
    """select(): the kinds, the flag (by its attribute name) and the visited filter together."""
    insns = [instruction.Instruction(None, off, 1, 16 if off % 3 else 6, 0, ()) for off in range(12)]
    insns[3].unret = insns[4].unret = insns[6].entry = True
    insns[9].unret = True
    insns[9].visited = 1
    assert instruction.select(insns, None, flag="unret") == [insns[3], insns[4], insns[9]]
    assert instruction.select(insns, (6,), flag="unret") == [insns[3], insns[9]]
    assert instruction.select(insns, None, unvisited=True, flag="unret") == [insns[3], insns[4]]
    assert instruction.select(insns, None, flag="entry") == [insns[6]]
    with pytest.raises(ValueError):
        instruction.select(insns, None, flag="nonesuch")


@needs_insn
def test_c_reloc_index_is_reloc_idx() -> None:
    """reloc_index() finds what reloc() finds (without making it), on every instruction of a
    real object, before and after reloc() was asked."""
    from pyobjtool.arch import for_machine
    from pyobjtool.engine.decode import decode_instructions
    from pyobjtool.engine.objfile import ObjtoolFile
    from pyobjtool.options import Options
    from pyobjtool.output.diagnostics import Reporter
    from pyobjtool.profiles import select

    data = lzma.decompress((DATA / "fs__attr.pre.o.xz").read_bytes())
    elf = ElfFile(data, "x.o")
    opts = Options()
    file = ObjtoolFile(elf, opts, Reporter("x.o"), for_machine(elf.e_machine), select("6.1"))
    decode_instructions(file)
    checked = with_reloc = 0
    for insn in file.insns():
        fresh = insn.reloc_index()
        rel = insn.reloc()
        assert fresh == (-1 if rel is None else rel.idx)
        assert insn.reloc_index() == fresh  # (and from the cached answer)
        checked += 1
        with_reloc += rel is not None
    assert checked > 100 and with_reloc > 10


@needs_decoder
def test_prefetched_sections_decode_as_on_the_main_thread() -> None:
    """A Prefetch thread's result gives the same columns as decoding on the main thread, and
    is not used for bytes other than those it decoded."""
    from pyobjtool.arch.x86.native_decode import Prefetch

    data = lzma.decompress((DATA / "fs__attr.pre.o.xz").read_bytes())
    elf = ElfFile(data, "x.o")
    sections = [sec for sec in elf.sections if sec.is_exec and sec.data]
    assert sections
    prefetch = Prefetch(sections, "6.12")
    hooks = DecodeHooks("x", None, None, None, "6.12")
    for sec in sections:
        ops, cache = [()], {}
        mine = decode_columns(sec.data, hooks, ops, cache)
        ops2, cache2 = [()], {}
        theirs = decode_columns(sec.data, hooks, ops2, cache2, prefetch.take(sec, sec.data))
        assert tuple(mine) == tuple(theirs) and ops == ops2
    assert prefetch.take(sections[0], bytes(sections[0].data)) is None  # (already taken)
    other = Prefetch(sections[:1], "6.12")
    assert other.take(sections[0], bytes(bytearray(sections[0].data))) is None  # (other bytes)


@needs_insn
@needs_decoder
@pytest.mark.parametrize("obj", ["fs__attr.pre.o.xz", "arch__x86__entry__entry_64.pre.o.xz"])
def test_whole_check_with_prefetch_is_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture, obj: str) -> None:
    """A run whose code is decoded on a thread (any object, with the size floor at 0) writes
    the same object and says the same as one without."""
    from pyobjtool import runner
    from pyobjtool.cli import main

    data = lzma.decompress((DATA / obj).read_bytes())
    results = []
    for floor in (1 << 62, 0):
        monkeypatch.setattr(runner, "PREFETCH_MIN_BYTES", floor)
        path = tmp_path / f"{floor}.o"
        path.write_bytes(data)
        rc = main(["--no-cache", "--profile", "6.1", "--hacks=jump_label", "--hacks=noinstr", "--orc",
                   "--retpoline", "--rethunk", "--static-call", "--uaccess", "--ibt", "--noinstr", "--link", str(path)])
        err = capsys.readouterr().err.replace(str(path), "X")
        results.append((rc, err, path.read_bytes()))
    assert results[0] == results[1]
    assert results[0][2] != data  # (something was written)


@pytest.mark.skipif(not HAVE_TABLES, reason="C table loops not built")
@pytest.mark.parametrize("release", ["6.1", "6.12"])
def test_relocation_bytes_let_go_write_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture, release: str) -> None:
    """A big object's relocation sections keep no bytes of their own (their columns do: see
    RelocTable.take_contents); with the size floor at 0 every object is such, and writes the
    same object as with its bytes kept, symbols moved by 6.12's prefix symbols or not."""
    from pyobjtool.cli import main
    from pyobjtool.elf import file as elf_file

    data = lzma.decompress((DATA / "fs__attr.pre.o.xz").read_bytes())
    monkeypatch.setattr(elf_file, "KEEP_RAW_LIMIT", 0)
    taken = ElfFile(data, str(tmp_path / "none.o"))
    relocs = [sec for sec in taken.sections if sec.relocs is not None]
    assert relocs and all(sec.data is None and sec.relocs.holds_contents for sec in relocs)
    results = []
    for floor in (1 << 62, 0):
        monkeypatch.setattr(elf_file, "KEEP_RAW_LIMIT", floor)
        path = tmp_path / f"{floor}.o"
        path.write_bytes(data)
        args = ["--prefix=16", "--ibt"] if release == "6.12" else []
        rc = main(["--no-cache", "--profile", release, "--hacks=jump_label", "--hacks=noinstr", "--orc",
                   "--retpoline", "--rethunk", "--static-call", "--uaccess", *args, "--link", str(path)])
        err = capsys.readouterr().err.replace(str(path), "X")
        results.append((rc, err, path.read_bytes()))
    assert results[0] == results[1]
    assert results[0][2] != data  # (something was written)


def _run_check(tmp_path: Path, obj: str, pure: bool) -> tuple[bytes, str, int]:
    import json

    manifest = json.loads((DATA / "objtool-6.1.json").read_text())
    entry = next(e for e in manifest["objects"] if e["obj"].replace("/", "__")[:-2] == obj.split(".pre.o")[0])
    tree = tmp_path / ("pure" if pure else "native")
    path = tree / entry["obj"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(lzma.decompress((DATA / obj).read_bytes()))
    env = dict(os.environ, PYOBJTOOL_PURE="1" if pure else "0", PYOBJTOOL_CACHE="0")
    proc = subprocess.run([sys.executable, "-m", "pyobjtool", "--profile", "6.1", *entry["args"]], cwd=tree,
                          env=env, capture_output=True, text=True)
    return path.read_bytes(), proc.stderr, proc.returncode


@needs_insn
@pytest.mark.parametrize("obj", sorted(p.name for p in DATA.glob("*.pre.o.xz")))
def test_whole_check_is_the_same_with_and_without_c(tmp_path: Path, obj: str) -> None:
    assert _run_check(tmp_path, obj, pure=True) == _run_check(tmp_path, obj, pure=False)


def test_pure_switch_and_stale_builds_fall_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PYOBJTOOL_PURE", "1")
    native.reset()
    try:
        assert native.load("pyobjtool.engine._insn") is None
        assert native.status()["pyobjtool.engine._insn"] == "PYOBJTOOL_PURE is set"
    finally:
        monkeypatch.delenv("PYOBJTOOL_PURE")
        native.reset()
    # a build older than its source, made from other source: not used
    source = Path(native.__file__).parent / "engine" / "_insn.c"
    (tmp_path / "_insn.c").write_bytes(source.read_bytes())
    built = tmp_path / "_insn.cpython-311-x86_64-linux-gnu.so"
    built.write_bytes(b"")
    os.utime(built, ns=(1, 1))

    class Stale:
        API = native.EXPECTED_API["pyobjtool.engine._insn"]
        SOURCE_HASH = "0" * 16
        __file__ = str(built)

    assert "older _insn.c" in (native._problem("pyobjtool.engine._insn", Stale) or "")
    import hashlib

    Stale.SOURCE_HASH = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    assert native._problem("pyobjtool.engine._insn", Stale) is None  # touched, not changed
    Stale.API = 999
    assert "interface 999" in (native._problem("pyobjtool.engine._insn", Stale) or "")
    # a build whose time the copy step cut to the second, in the second the source was saved:
    # not older (and not hashed on every start)
    Stale.API = native.EXPECTED_API["pyobjtool.engine._insn"]
    Stale.SOURCE_HASH = "0" * 16
    saved = 1_700_000_000 * 10**9 + 449_000_000
    os.utime(tmp_path / "_insn.c", ns=(saved, saved))
    os.utime(built, ns=(saved // 10**9 * 10**9,) * 2)
    assert native._problem("pyobjtool.engine._insn", Stale) is None


def test_pure_python_run_loads_no_c_module(tmp_path: Path) -> None:
    code = ("import sys; import pyobjtool.engine.instruction as i; import pyobjtool.native as n; "
            "print(i.Instruction is i.PyInstruction, n.status())")
    env = dict(os.environ, PYOBJTOOL_PURE="1")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.startswith("True ")


# ---------------------------------------------------------------- stack operations

HAVE_STACK_OPS = native.load("pyobjtool.engine._stack_ops") is not None


def _random_key(rng: random.Random, regs) -> tuple:
    """A state as the walk could meet it, with the corner values the rules test for."""
    from pyobjtool.arch.base import CFI_BP_INDIRECT, CFI_CFA, CFI_SP_INDIRECT, CFI_UNDEFINED

    bases = (regs.sp, regs.sp, regs.bp, CFI_UNDEFINED, CFI_SP_INDIRECT, CFI_BP_INDIRECT, 10)
    size = rng.choice((0, 8, 16, 24, 40, 0x1a8, -8, 0x7FFFFFF8))
    offset = rng.choice((size, size + 8, 0, 16))

    def slot(initial):
        if rng.random() < 0.6:
            return initial
        return (rng.choice((CFI_CFA, CFI_SP_INDIRECT, regs.bp, CFI_UNDEFINED)),
                rng.choice((-size, -size - 8, -offset, 16 - offset, -16, 8, 0)))

    slots = tuple(slot(regs.initial_regs[r]) for r in range(regs.num_regs))
    vals = tuple(slot((CFI_UNDEFINED, 0)) for _ in range(regs.num_regs))
    return (rng.choice(bases), offset, slots, vals, size, rng.choice((CFI_UNDEFINED, CFI_UNDEFINED, 10, regs.bp)),
            -1, rng.choice((0, 1, 2)), rng.random() < 0.2, rng.random() < 0.1, False, rng.random() < 0.05)


def _random_ops(rng: random.Random, regs) -> tuple:
    """One to three operations of every kind the decoders emit."""
    from pyobjtool.arch import insn as k

    def reg() -> int:
        return rng.choice((regs.sp, regs.bp, 3, 12, 15, 0, 7))

    def disp() -> int:
        return rng.choice((0, 8, -8, 16, 0x1a8, -0x1a8, -(1 << 31), 24))

    def one() -> k.StackOp:
        kind = rng.randrange(9)
        if kind == 0:
            return k.StackOp(k.OP_DEST_REG, reg(), 0, k.OP_SRC_ADD, reg(), disp())
        if kind == 1:
            return k.StackOp(rng.choice((k.OP_DEST_PUSH, k.OP_DEST_PUSHF)), 0, 0,
                             rng.choice((k.OP_SRC_REG, k.OP_SRC_CONST)), reg(), 0)
        if kind == 2:
            return k.StackOp(k.OP_DEST_REG, reg(), 0, rng.choice((k.OP_SRC_POP, k.OP_SRC_POPF)), 0, 0)
        if kind == 3:
            return k.StackOp(k.OP_DEST_REG, reg(), 0, k.OP_SRC_REG, reg(), 0)
        if kind == 4:
            return k.StackOp(k.OP_DEST_REG, reg(), 0, k.OP_SRC_REG_INDIRECT, reg(), disp())
        if kind == 5:
            return k.StackOp(k.OP_DEST_REG_INDIRECT, reg(), disp(), k.OP_SRC_REG, reg(), 0)
        if kind == 6:
            return k.StackOp(k.OP_DEST_MEM, 0, 0, rng.choice((k.OP_SRC_POP, k.OP_SRC_POPF, k.OP_SRC_CONST)), 0, 0)
        if kind == 7:
            return k.StackOp(k.OP_DEST_REG, regs.sp, 0, k.OP_SRC_AND, regs.sp, -16)
        return k.StackOp(k.OP_DEST_REG, reg(), 0, k.OP_SRC_CONST, 0, 0)

    return tuple(one() for _ in range(rng.choice((1, 1, 1, 2, 3))))


@pytest.mark.skipif(not HAVE_STACK_OPS, reason="C stack operations not built")
@pytest.mark.parametrize("stackval,precise_bp,release_612", [(False, False, False), (True, False, False),
                                                              (False, True, False), (False, False, True)])
def test_native_stack_step_matches_python(stackval: bool, precise_bp: bool, release_612: bool) -> None:
    """_stack_ops.c's step() gives the key (or message) the Python rules give, or declines."""
    from types import SimpleNamespace

    from pyobjtool.arch.x86.registers import cfi_registers
    from pyobjtool.engine.cfi import CFI, CFIWork
    from pyobjtool.engine.rules import EngineRules
    from pyobjtool.engine.stack_ops import StackOpError, StackOps

    regs = cfi_registers()
    rules = EngineRules()
    rules.track_register_copies = rules.lea_bp_sp_needs_offset = release_612
    ops_rules = StackOps(regs, (1,), stackval, precise_bp, rules)
    assert ops_rules.native_step is not None
    rng = random.Random(20261129)
    handled = declined = messages = changed_vals = 0
    for _ in range(40000):
        key = _random_key(rng, regs)
        ops = _random_ops(rng, regs)
        has_func = rng.random() < 0.8
        got = ops_rules.native_step(key, ops, has_func, ops_rules.native_config)
        if got is None:
            declined += 1
            continue
        insn = SimpleNamespace(func=object() if has_func else None)
        work = CFIWork(CFI(key))
        try:
            for op in ops:
                ops_rules.update(insn, None, work, op)
            want: object = work.key()
        except (StackOpError, IndexError) as exc:
            want = str(exc) if isinstance(exc, StackOpError) else exc
        assert got == want, (key, ops, has_func)
        handled += 1
        messages += isinstance(got, str)
        changed_vals += not isinstance(got, str) and got[3] != key[3]
    # the C cases, the declined ones and the messages are all exercised
    assert handled > 15000 and declined > 3000 and messages > 100 and changed_vals > 150



@pytest.mark.skipif(not HAVE_TABLES, reason="C table loops not built")
@pytest.mark.parametrize("seed", range(6))
def test_c_symbol_list_order_matches_python(seed: int) -> None:
    """_tables.c replays objtool's list insertions as file.py's Python does: random symbol
    tables with equal offsets, zero-length labels, and runs of later symbols (the globals of a
    linked object) that go back into the middle; enough of them to split the C blocks."""
    from pyobjtool.elf import file as elf_file
    from pyobjtool.elf.model import Symbol

    rng = random.Random(seed)
    count = rng.choice((2, 3, 40, 700, 3000))
    syms = []
    for i in range(count):
        offset = rng.randrange(0, count // 2 + 2) * rng.choice((1, 4, 16))
        size = rng.choice((0, 0, 1, 8, 64))
        syms.append(Symbol(i, f"s{i}", 0, 2, 0, 1, offset, size, None, i))
    if seed % 2:
        syms.sort(key=lambda s: s.offset)  # locals in order, then globals anywhere
        syms += [Symbol(count + k, f"g{k}", 0, 0x12, 0, 1, rng.randrange(0, count * 8), rng.choice((0, 8)), None)
                 for k in range(count // 2)]
    native_order = [s.idx for s in elf_file._objtool_list_order(syms)]
    python_order = [s.idx for s in elf_file._list_order_py(syms)]
    assert native_order == python_order
    assert sorted(native_order) == sorted(s.idx for s in syms)


@pytest.mark.skipif(not HAVE_TABLES, reason="C table loops not built")
@pytest.mark.parametrize("seed", range(6))
def test_c_symbol_names_match_python(seed: int) -> None:
    """_tables.c's symbol_names() cuts the names out of the string table as file.py's Python
    does: names at shared offsets and in the middle of others (suffixes), bytes above 127,
    an empty name, the last one without its NUL; an offset past the table gives None."""
    from pyobjtool.elf.file import SYM

    rng = random.Random(seed)
    strtab = bytearray(b"\0")
    offsets = [0]
    for _ in range(rng.choice((1, 5, 300))):
        at = len(strtab)
        strtab += bytes(rng.randrange(1, 256) for _ in range(rng.randrange(0, 12))) + b"\0"
        offsets += [at, at + rng.randrange(0, 3)]
    if seed % 2:
        offsets.append(len(strtab))
        strtab += b"tail_without_nul"
    offsets = [offset for offset in offsets if offset < len(strtab)]
    entries = [(rng.choice(offsets), 0, 0, 0, 0, 0) for _ in range(rng.choice((1, 50, 2000)))]
    symtab = b"".join(SYM.pack(*entry) for entry in entries)
    elf = ElfFile.__new__(ElfFile)
    tables = native.load("pyobjtool.elf._tables")
    got = tables.symbol_names(symtab, len(entries), bytes(strtab))
    assert got == elf._symbol_names_py(entries, bytes(strtab))
    assert tables.symbol_names(symtab + SYM.pack(len(strtab), 0, 0, 0, 0, 0), len(entries) + 1, bytes(strtab)) is None


@pytest.mark.skipif(not HAVE_TABLES, reason="C table loops not built")
@pytest.mark.parametrize("seed", range(4))
def test_c_relocation_packing_matches_python(seed: int) -> None:
    """_tables.c's pack_relocs() writes a table's read entries as relocs.py's Python does
    (random REL and RELA tables, symbols renumbered, with added entries after them), and the
    typed columns read back are the struct reader's."""
    from pyobjtool.elf import relocs
    from pyobjtool.elf.constants import SHT_REL, SHT_RELA
    from pyobjtool.elf.model import Section, Symbol

    rng = random.Random(seed)
    words = 3 if seed % 2 else 2
    count = rng.choice((0, 1, 7, 500))
    data = bytes(rng.randrange(256) for _ in range(count * words * 8))
    cols = relocs._columns(data, count, words, words == 3)
    offsets, types, symidx, addends = relocs._typed_columns(data, words)
    assert list(offsets) == cols[0] and list(types) == [i & 0xFFFFFFFF for i in cols[1]]
    assert list(symidx) == [i >> 32 for i in cols[1]] and list(addends) == (cols[2] if words == 3 else [0] * count)
    symidx = array("I", [rng.randrange(50) for _ in range(count)])
    current = array("I", rng.sample(range(1 << 31), 50))
    sec = Section(1, ".rela.text" if words == 3 else ".rel.text", 0, SHT_RELA if words == 3 else SHT_REL,
                  0, 0, 0, len(data), 0, 0, 8, 8 * words, data)
    syms = [Symbol(i, f"s{i}", 0, 0, 0, 0, 0, 0, None, i) for i in range(50)]
    table = relocs.RelocTable(sec, syms, offsets, types, symidx, addends)
    extra = rng.choice((0, 3, 40))
    table.add_many([rng.randrange(1 << 40) for _ in range(extra)], 2,
                   [syms[rng.choice((0, 0, 7, 49))] for _ in range(extra)], [rng.randrange(-9, 9) for _ in range(extra)])
    for sym, idx in zip(syms, rng.sample(range(1 << 31), 50), strict=True):
        sym.idx = idx  # (renumbered: the added entries are written with these)
    c_code = native.load("pyobjtool.elf._tables")
    step = rng.choice((1, 3, 1 << 15))
    want = b"".join(table._pack_range(None, words, a, min(n, a + step), cur)
                    for cur, n in ((current, count), (None, extra)) for a in range(0, n, step))
    got = b"".join(table._pack_range(c_code, words, a, min(n, a + step), cur)
                   for cur, n in ((current, count), (None, extra)) for a in range(0, n, step))
    assert got == want and len(got) == 8 * words * (count + extra)
    assert table.serialize(current) == want
    if count:
        symidx[0] = 49
        with pytest.raises(IndexError):
            c_code.pack_relocs(bytearray(8 * words * count), words, offsets, types, symidx, addends, current[:49])


@needs_insn
@pytest.mark.parametrize("obj", sorted(p.name for p in DATA.glob("*.pre.o.xz")))
def test_c_ibt_reference_scan_matches_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture, obj: str) -> None:
    """validate_ibt() with the C scans of code and data relocations (ibt_code_refs,
    ibt_data_refs) says and writes what the Python loops do: these objects were built
    without IBT, so --ibt finds many references to instructions that are not ENDBRs."""
    from pyobjtool.cli import main
    from pyobjtool.engine import passes

    data = lzma.decompress((DATA / obj).read_bytes())
    results = []
    for use_c in (False, True):
        if not use_c:
            monkeypatch.setattr(passes, "ibt_code_refs", None)
            monkeypatch.setattr(passes, "ibt_data_refs", None)
        else:
            monkeypatch.undo()
        path = tmp_path / f"{use_c}.o"
        path.write_bytes(data)
        rc = main(["--no-cache", "--profile", "6.1", "--ibt", "--link", "--orc", "--noinstr", str(path)])
        err = capsys.readouterr().err.replace(str(path), "X")
        results.append((rc, err, path.read_bytes()))
    assert results[0] == results[1]
    if obj.startswith("fs__attr"):
        assert "relocation to !ENDBR" in results[0][1]


@needs_insn
@pytest.mark.parametrize("obj", sorted(p.name for p in DATA.glob("*.pre.o.xz")))
def test_c_call_scan_matches_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture, obj: str) -> None:
    """add_call_destinations() with its C loop (call_scan) leaves every call as the Python loop
    does: its destination, stack operations and dead end, and the call-site list in order."""
    from pyobjtool.cli import main
    from pyobjtool.engine import destinations, rules
    from pyobjtool.profiles import objtool_6_1

    data = lzma.decompress((DATA / obj).read_bytes())
    real = destinations.add_call_destinations
    seen = []

    def recorded(file) -> None:
        real(file)
        calls = [(insn.offset, insn.call_dest.name if insn.call_dest is not None else None, insn.dead_end,
                  insn.stack_ops == (), insn.call_list) for insn in file.insns() if insn.type in (CALL, CALL_DYNAMIC)]
        seen.append((calls, [insn.offset for insn in file.call_list]))

    monkeypatch.setattr(objtool_6_1, "add_call_destinations", recorded)
    monkeypatch.setattr(rules.EngineRules, "call_sites", True)  # (6.12's .call_sites list, on 6.1 objects)
    for scan in (None, destinations.call_scan):
        monkeypatch.setattr(destinations, "call_scan", scan)
        path = tmp_path / "x.o"
        path.write_bytes(data)
        main(["--no-cache", "--profile", "6.1", "--hacks=jump_label", "--hacks=noinstr", "--rethunk", "--orc",
              "--link", "--retpoline", "--static-call", "--uaccess", str(path)])
        capsys.readouterr()
    assert len(seen) == 2 and seen[0] == seen[1]
    assert sum(dest is not None for _, dest, *_ in seen[0][0]) >= 5 and (seen[0][1] or "retpoline" in obj)


@pytest.mark.skipif(not HAVE_TABLES, reason="C table loops not built")
def test_giant_objects_fix_the_mmap_threshold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture) -> None:
    """An object of STEADY_MALLOC_BYTES or more fixes glibc's mmap threshold before it is read
    (see elf/_tables.c); a smaller one leaves it alone."""
    import platform

    from pyobjtool import runner
    from pyobjtool.cli import main

    if platform.libc_ver()[0] == "glibc":
        assert native.load("pyobjtool.elf._tables").steady_mmap_threshold(1 << 20) is True
    calls = []
    monkeypatch.setattr(runner, "_steady_malloc", lambda: calls.append(1))
    data = lzma.decompress((DATA / "mm__mincore.pre.o.xz").read_bytes())
    for floor in (1 << 62, len(data)):
        monkeypatch.setattr(runner, "STEADY_MALLOC_BYTES", floor)
        path = tmp_path / "x.o"
        path.write_bytes(data)
        assert main(["--no-cache", "--profile", "6.1", "--orc", str(path)]) == 0
        capsys.readouterr()
    assert calls == [1]


@needs_insn
@pytest.mark.parametrize("extra", [["--stackval", "--backtrace"], ["--ibt", "--noinstr", "--link"]])
def test_a_batch_says_and_writes_what_single_runs_do(tmp_path: Path, extra: list[str]) -> None:
    """One process checking every test object in turn, each object twice (what it remembered
    from the ones before: interned states, clean returns and sibling calls, matching states,
    transitions) writes and says for each what a process of its own does."""
    names = sorted(p.name for p in DATA.glob("*.pre.o.xz"))
    args = ["--hacks=jump_label", "--hacks=noinstr", "--orc", "--retpoline", "--rethunk", "--static-call",
            "--uaccess", *extra]
    env = dict(os.environ, PYOBJTOOL_CACHE="0")
    single = {}
    for name in names:
        path = tmp_path / "single" / f"{name}.o"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(lzma.decompress((DATA / name).read_bytes()))
        proc = subprocess.run([sys.executable, "-m", "pyobjtool", "--profile", "6.1", *args, path.name],
                              cwd=path.parent, env=env, capture_output=True, text=True)
        single[name] = (path.read_bytes(), proc.stderr, proc.returncode)
    batch_dir = tmp_path / "batch"
    batch_dir.mkdir()
    lines = []
    for round_ in (1, 2):
        for name in (names if round_ == 1 else names[::-1]):
            obj = f"{round_}-{name}.o"
            (batch_dir / obj).write_bytes(lzma.decompress((DATA / name).read_bytes()))
            lines.append(" ".join([*args, obj]))
    (batch_dir / "calls.txt").write_text("\n".join(lines) + "\n")
    proc = subprocess.run([sys.executable, "-m", "pyobjtool", "--profile", "6.1", "--batch", "calls.txt"],
                          cwd=batch_dir, env=env, capture_output=True, text=True)
    for name in names:
        want_bytes, want_err, _ = single[name]
        for round_ in (1, 2):
            obj = f"{round_}-{name}.o"
            assert (batch_dir / obj).read_bytes() == want_bytes, obj
            said = "".join(line + "\n" for line in proc.stderr.splitlines() if line.startswith(obj + ":"))
            assert said == want_err.replace(f"{name}.o:", obj + ":"), obj
    assert any(err for _, err, _ in single.values())  # (something was said)


OWNERS_SOURCE = """
    .text
    .globl f
    .type f, @function
f:
    endbr64
    nop
    call g
inner:
    endbr64
    ret
    .size f, . - f
    .type f_alias, @function
    .set f_alias, f
    .size f_alias, . - f
    .type f_head, @function
    .set f_head, f
    .size f_head, 5
    .globl g
    .type g, @function
g:
    endbr64
    ret
    .size g, . - g
    .type label, @notype
label:
    endbr64
    nop
    ret
    .size label, . - label
    .type h, @function
h:
    ret
    .size h, . - h
end_label:
"""


@needs_insn
@pytest.mark.parametrize("release", ["6.1", "6.12"])
def test_c_symbol_owners_match_python(tmp_path: Path, release: str) -> None:
    """assign_owners() (_insn.c) gives instructions their symbols and functions and finds the
    ENDBRs as decode.py's loops do: aliases, a label with code, ENDBRs at and after a
    function's start, one ENDBR at the start of two functions (the sealed ones end up in
    .ibt_endbr_seal, in list order)."""
    from conftest import assemble

    outputs = []
    for pure in ("1", "0"):
        obj = assemble(OWNERS_SOURCE, tmp_path / f"owners{pure}.o")
        env = dict(os.environ, PYOBJTOOL_PURE=pure, PYOBJTOOL_CACHE="0")
        proc = subprocess.run([sys.executable, "-m", "pyobjtool", "--profile", release, "--ibt", "--orc", "--link", "--stats",
                               str(obj)], env=env, capture_output=True, text=True)
        outputs.append((obj.read_bytes(), proc.stdout, proc.stderr.replace(f"owners{pure}", "owners"), proc.returncode))
    assert outputs[0] == outputs[1]
    assert b".ibt_endbr_seal" in outputs[1][0]
