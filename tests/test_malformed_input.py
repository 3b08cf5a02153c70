# SPDX-License-Identifier: GPL-2.0-only
"""Objects that libelf (and so objtool) refuses as malformed are refused by pyobjtool too:
one ``pyobjtool: error:`` line naming the section and the rule, exit 1, the file untouched.

Each class is made from a well-formed object by changing one header field or
byte.  Where the real objtools are installed, each mutant is also run through
them and must be refused there (exit status other than 0, or a libelf error
line), so that the list stays the list of what objtool refuses.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import KBUILD_ARGS, REAL_OBJTOOLS, assemble, have_real_objtool, run_pyobjtool
from fixtures_asm import frame_function
from test_bad_input import expect_error

from pyobjtool.errors import EXIT_INPUT, EXIT_OK

SOURCE = frame_function() + """
    .section .rodata.cst8, "aM", @progbits, 8
    .quad 1
    .section .comment.x, "", @progbits
    .ascii "abcdefghij"
"""

SHDR = "<IIQQQQIIQQ"
SH_NAME, SH_TYPE, SH_FLAGS, SH_OFFSET, SH_SIZE, SH_ENTSIZE = 0, 1, 2, 4, 5, 9


class Obj:
    """A mutable copy of an object with its section headers by name."""

    def __init__(self, data: bytes) -> None:
        self.data = bytearray(data)
        self.shoff = struct.unpack_from("<Q", data, 0x28)[0]
        shnum = struct.unpack_from("<H", data, 0x3C)[0]
        shstrndx = struct.unpack_from("<H", data, 0x3E)[0]
        self.headers = [list(struct.unpack_from(SHDR, data, self.shoff + i * 64)) for i in range(shnum)]
        strtab = self.headers[shstrndx]
        table = data[strtab[SH_OFFSET]:strtab[SH_OFFSET] + strtab[SH_SIZE]]
        self.index = {table[h[SH_NAME]:table.index(b"\0", h[SH_NAME])].decode(): i
                      for i, h in enumerate(self.headers)}
        self.shstrndx = shstrndx

    def header(self, name: str) -> list[int]:
        return self.headers[self.index[name]]

    def set(self, name: str, field: int, value: int) -> Obj:
        idx = self.index[name]
        self.headers[idx][field] = value
        struct.pack_into(SHDR, self.data, self.shoff + idx * 64, *self.headers[idx])
        return self

    def poke(self, offset: int, value: int) -> Obj:
        self.data[offset] = value
        return self

    def write(self, path: Path) -> Path:
        path.write_bytes(bytes(self.data))
        return path


@pytest.fixture
def good(tmp_path: Path) -> bytes:
    return assemble(SOURCE, tmp_path / "good.o").read_bytes()


def _last_byte(obj: Obj, name: str) -> int:
    hdr = obj.header(name)
    return hdr[SH_OFFSET] + hdr[SH_SIZE] - 1


#: (name, how to break the object, what the error line says)
CASES = [
    ("rela-size", lambda o: o.set(".rela.text", SH_SIZE, o.header(".rela.text")[SH_SIZE] - 8),
     "section [2] .rela.text: size 0x10 is not a multiple of 24, the entry size of its type"),
    ("strtab-no-nul", lambda o: o.poke(_last_byte(o, ".strtab"), 0x41),
     ".strtab: string table does not end with a NUL byte"),
    ("shstrtab-no-nul", lambda o: o.poke(_last_byte(o, ".shstrtab"), 0x41),
     "the section name table [9] does not end with a NUL byte"),
    ("entsize", lambda o: o.set(".text", SH_ENTSIZE, 5),
     "section [1] .text: size 0xb is not a multiple of its entry size (sh_entsize 5)"),
    ("entsize-nobits", lambda o: o.set(".bss", SH_SIZE, 10).set(".bss", SH_ENTSIZE, 7),
     ".bss: size 0xa is not a multiple of its entry size (sh_entsize 7)"),
    ("name-past-shstrtab", lambda o: o.set(".data", SH_NAME, 0x4000),
     "name offset 0x4000 is past the end of the section name table"),
    ("null-section-name", lambda o: o.poke(o.shoff, 0xFF).poke(o.shoff + 1, 0x7F),
     "section [0]: name offset 0x7fff is past the end of the section name table"),
    ("null-section-size", lambda o: o.poke(o.shoff + 37, 0x10),
     "section [0] (0x100000000000 bytes at 0x0) lies past the end of the file"),
    ("ei-version", lambda o: o.poke(6, 2), "ELF header: EI_VERSION is 2, not 1 (EV_CURRENT)"),
    ("e-version", lambda o: o.poke(20, 2), "ELF header: e_version is 2, not 1 (EV_CURRENT)"),
    ("compressed-table", lambda o: o.set(".symtab", SH_FLAGS, 0x800),
     ".symtab: SHF_COMPRESSED is set on a section objtool reads as a table"),
    ("compressed-rela", lambda o: o.set(".rela.text", SH_FLAGS, 0x840),
     ".rela.text: SHF_COMPRESSED is set on a section objtool reads as a table"),
    ("compressed-alloc", lambda o: o.set(".text", SH_FLAGS, 0x806),
     ".text: SHF_COMPRESSED is set on an allocated (SHF_ALLOC) section"),
    ("compressed-no-header", lambda o: o.set(".comment.x", SH_FLAGS, 0x800),
     ".comment.x: SHF_COMPRESSED is set but the section has no compression header"),
    ("strtab-type", lambda o: o.set(".strtab", SH_TYPE, 1),
     "its string table [8] .strtab is not a string table (type 1)"),
    ("shstrtab-type", lambda o: o.set(".shstrtab", SH_TYPE, 1),
     "the section name table [9] is not a string table (type 1)"),
    ("symtab-type-size", lambda o: o.set(".symtab", SH_SIZE, o.header(".symtab")[SH_SIZE] - 4),
     ".symtab: size 0x"),
]


@pytest.mark.parametrize("name,mutate,message", CASES, ids=[c[0] for c in CASES])
def test_malformed_object_is_refused(tmp_path: Path, good: bytes, name, mutate, message) -> None:
    obj = Obj(good)
    path = mutate(obj).write(tmp_path / f"{name}.o")
    expect_error(path, EXIT_INPUT, message)


@pytest.mark.parametrize("release", ["6.1", "6.12"])
@pytest.mark.parametrize("name,mutate,message", CASES, ids=[c[0] for c in CASES])
def test_real_objtool_refuses_it_too(tmp_path: Path, good: bytes, release, name, mutate, message) -> None:
    """The classes are libelf's: the real objtool refuses each (or, for SHF_COMPRESSED on
    code and data, rewrites compressed-flagged bytes, which no well-formed object has)."""
    if not have_real_objtool(release):
        pytest.skip(f"real objtool {release} not installed")
    if name in ("compressed-alloc", "compressed-no-header"):
        pytest.skip("objtool reads such a section's bytes as they are")
    path = Obj(good)
    path = mutate(path).write(tmp_path / f"{name}.o")
    before = path.read_bytes()
    proc = subprocess.run([REAL_OBJTOOLS[release], *KBUILD_ARGS, str(path)], capture_output=True, text=True)
    assert proc.returncode != 0 or "elf_" in proc.stderr, proc.stderr
    assert path.read_bytes() == before


def test_well_formed_compressed_section_is_accepted(tmp_path: Path) -> None:
    """Compressed debug information (SHF_COMPRESSED with an Elf64_Chdr) is well-formed."""
    src = tmp_path / "dbg.c"
    src.write_text("int f(int x) { return x + 1; }\n")
    obj = tmp_path / "dbg.o"
    proc = subprocess.run(["gcc", "-c", "-O2", "-g", "-gz=zlib", "-o", str(obj), str(src)], capture_output=True)
    if proc.returncode or b"zlib" in proc.stderr:
        pytest.skip("gcc -gz=zlib not available")
    sections = subprocess.run(["readelf", "-SW", str(obj)], capture_output=True, text=True).stdout
    if " C " not in sections and "C " not in sections:
        pytest.skip("no compressed section produced")
    result = run_pyobjtool(obj, KBUILD_ARGS)
    assert result.status == EXIT_OK, result.stderr


def test_error_line_escapes_control_characters(tmp_path: Path, good: bytes) -> None:
    """A name with a newline or an escape sequence in it can't split or colour the error line."""
    obj = Obj(good)
    name_at = obj.header(".shstrtab")[SH_OFFSET] + obj.header(".comment.x")[SH_NAME]
    obj.poke(name_at + 3, 0x0A).poke(name_at + 4, 0x1B)
    obj.set(".comment.x", SH_ENTSIZE, 7)
    path = obj.write(tmp_path / "ctl.o")
    expect_error(path, EXIT_INPUT, "section [6] .co\\x0a\\x1bent.x: size 0xa is not a multiple of its entry size")


ALT_NEAR_END = """
    .text
    .globl f
    .type f, @function
f:
    push %rbp
    mov %rsp, %rbp
    pop %rbp
661:
    nop
    nop
    nop
662:
    ret
    .size f, .-f
    .section .altinstructions, "a"
    .long 661b - .
    .long 663f - .
    .word 1
    .byte 662b - 661b
    .byte 664f - 663f
    .section .altinstr_replacement, "ax"
663:
    nop
    nop
    nop
664:
"""


@pytest.mark.parametrize("field,what", [(10, "original code .text+0x5 (255 bytes)"),
                                        (11, "replacement code .altinstr_replacement+0x0 (255 bytes)")])
def test_alternative_running_past_its_section_is_refused(tmp_path: Path, field: int, what: str) -> None:
    """An .altinstructions entry whose length runs past the code's section: objtool segfaults,
    pyobjtool refuses the object (it used to fail with an internal error)."""
    good = assemble(ALT_NEAR_END, tmp_path / "alt.o").read_bytes()
    assert run_pyobjtool(tmp_path / "alt.o", KBUILD_ARGS).status == EXIT_OK
    obj = Obj(good)
    obj.poke(obj.header(".altinstructions")[SH_OFFSET] + field, 0xFF)
    path = obj.write(tmp_path / "alt-bad.o")
    expect_error(path, EXIT_INPUT, f".altinstructions entry 0: {what} runs past the end")


def test_corpus_object_mutants_never_crash(tmp_path: Path) -> None:
    """Length bytes of a real object's alternatives set to 0xff: never an internal error."""
    data_dir = Path(__file__).parent / "data"
    packed = data_dir / "arch__x86__entry__entry_64.pre.o.xz"
    if not packed.exists() or shutil.which("xz") is None:
        pytest.skip("packed real object not available")
    good = subprocess.run(["xz", "-dc", str(packed)], capture_output=True, check=True).stdout
    obj = Obj(good)
    hdr = obj.header(".altinstructions")
    count = hdr[SH_SIZE] // 12
    for entry in (0, 1, count - 2, count - 1):
        for field in (10, 11):
            mutant = Obj(good).poke(hdr[SH_OFFSET] + entry * 12 + field, 0xFF)
            path = mutant.write(tmp_path / "m.o")
            result = run_pyobjtool(path, KBUILD_ARGS)
            assert result.status in (EXIT_OK, EXIT_INPUT), result.stderr


@pytest.mark.parametrize("release", ["6.1", "6.12"])
@pytest.mark.parametrize("size", [0xFFFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000])
def test_function_too_long_for_c_is_no_internal_error(tmp_path: Path, good: bytes, release: str, size: int) -> None:
    """A function whose ELF size does not fit a C integer (a mutant of the 6.12 corpus had one):
    the C loops over symbols leave it to the Python ones, and the result is theirs."""
    obj = Obj(good)
    symtab, strtab = obj.header(".symtab"), obj.header(".strtab")
    names = bytes(obj.data[strtab[SH_OFFSET]:strtab[SH_OFFSET] + strtab[SH_SIZE]])
    for at in range(symtab[SH_OFFSET], symtab[SH_OFFSET] + symtab[SH_SIZE], 24):
        name_off, info = struct.unpack_from("<IB", obj.data, at)
        if info & 0xF == 2:  # STT_FUNC
            struct.pack_into("<Q", obj.data, at + 16, size)
            break
    else:
        pytest.fail("no function in the fixture")
    assert names[name_off:names.index(b"\0", name_off)]
    outputs = []
    for pure in ("0", "1"):
        path = obj.write(tmp_path / f"long{pure}.o")
        env = dict(os.environ, PYOBJTOOL_PURE=pure, PYOBJTOOL_CACHE="0")
        proc = subprocess.run([sys.executable, "-m", "pyobjtool", "--profile", release, *KBUILD_ARGS, path.name],
                              cwd=tmp_path, env=env, capture_output=True, text=True)
        assert proc.returncode in (EXIT_OK, EXIT_INPUT, 1), proc.stderr
        assert "internal error" not in proc.stderr
        outputs.append((path.read_bytes(), proc.stderr.replace(path.name, "long.o"), proc.returncode))
    assert outputs[0] == outputs[1]
