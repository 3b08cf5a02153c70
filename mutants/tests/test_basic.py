# SPDX-License-Identifier: GPL-2.0-only
"""End-to-end basics: a clean object is rewritten like objtool rewrites it."""

from __future__ import annotations

from pathlib import Path

from conftest import KBUILD_ARGS, assemble, needs_real_objtool, run_both, run_pyobjtool
from fixtures_asm import frame_function

from pyobjtool.arch.x86.orc import ORC_6_1
from pyobjtool.elf.file import ElfFile
from pyobjtool.output.orc_dump import orc_dump_lines

FRAME_FUNC = frame_function("jmp __x86_return_thunk")


def test_clean_function_gets_orc(workdir: Path) -> None:
    obj = assemble(FRAME_FUNC, workdir / "f.o")
    ours, real = run_both(obj, KBUILD_ARGS)
    assert ours.status == 0
    assert ours.stderr == []
    elf = ElfFile(ours.output)
    assert elf.find_section(".orc_unwind") is not None
    assert elf.find_section(".return_sites") is not None
    lines = orc_dump_lines(elf, ORC_6_1)
    assert lines == [
        ".text+0: sp:sp+8 bp:(und) type:call end:0",
        ".text+1: sp:sp+16 bp:prevsp-16 type:call end:0",
        ".text+4: sp:bp+16 bp:prevsp-16 type:call end:0",
        ".text+a: sp:sp+8 bp:(und) type:call end:0",
        ".text+f: sp:(und) bp:(und) type:call end:0",
    ]
    if real is not None:
        assert real.stderr == ours.stderr
        assert real.output == ours.output


@needs_real_objtool
def test_dump_matches_real_objtool(workdir: Path) -> None:
    from conftest import run_real_objtool

    obj = assemble(FRAME_FUNC, workdir / "f.o")
    run_pyobjtool(obj, KBUILD_ARGS)
    ours = run_pyobjtool(obj, ["--dump"])
    real = run_real_objtool(obj, ["--dump"])
    assert ours.stdout == real.stdout
    assert len(ours.stdout) == 5


def test_second_run_skips_existing_sections(workdir: Path) -> None:
    obj = assemble(FRAME_FUNC, workdir / "f.o")
    run_pyobjtool(obj, KBUILD_ARGS, cwd=workdir)
    before = obj.read_bytes()
    again = run_pyobjtool(obj, KBUILD_ARGS, cwd=workdir)
    assert again.stderr == [
        "f.o: warning: objtool: file already has .return_sites, skipping",
        "f.o: warning: objtool: file already has .orc_unwind section, skipping",
    ]
    assert obj.read_bytes() == before
