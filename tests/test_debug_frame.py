# SPDX-License-Identifier: GPL-2.0-only
"""--extra-checks=eh-frame on objects built as the kernel builds them: no .eh_frame
(-fno-asynchronous-unwind-tables), but .debug_frame from -g."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assemble, compile_c, run_pyobjtool
from fixtures_asm import OBJ, warning

from pyobjtool.analyses.eh_frame import compare_path
from pyobjtool.dwarf.cfi import read_debug_frame, read_eh_frame, read_frames
from pyobjtool.elf.file import ElfFile

C_SOURCE = r"""
extern long ext(long, long, long);
extern void sink(long *);

long frame(long a, long b)
{
	long buf[8];
	sink(buf);
	return ext(a, b, buf[3]) + ext(b, a, buf[1]);
}

long leaf(long a) { return a * 3; }

long aligned(long a)
{
	long v __attribute__((aligned(64))) = a;
	sink(&v);
	return v;
}
"""


@pytest.mark.parametrize("flags", [("-g",), ("-gdwarf-4",), ("-g", "-O0"), ("-g", "-fno-omit-frame-pointer")])
def test_debug_frame_has_the_rows_of_eh_frame(workdir: Path, flags: tuple[str, ...]) -> None:
    dbg = compile_c(C_SOURCE, workdir / "d.o", flags)
    eh = compile_c(C_SOURCE, workdir / "e.o", (*flags, "-fasynchronous-unwind-tables", "-g0"))
    a, b = ElfFile(dbg.read_bytes()), ElfFile(eh.read_bytes())
    assert read_eh_frame(a) == [] and read_debug_frame(b) == []
    assert read_frames(a)[0] == ".debug_frame" and read_frames(b)[0] == ".eh_frame"
    rows = [(f.sec.name, f.start, f.size, f.rows) for f in read_debug_frame(a)]
    assert rows == [(f.sec.name, f.start, f.size, f.rows) for f in read_eh_frame(b)]
    assert len(rows) == 3


def test_kernel_style_object_is_compared(workdir: Path) -> None:
    obj = compile_c(C_SOURCE, workdir / OBJ, ("-g",))
    result = compare_path(str(obj))
    assert result is not None and result.source == ".debug_frame"
    assert result.mismatches == [] and result.uncovered == []
    assert result.matched > 20


# the directives claim the push doesn't move the CFA; written to .debug_frame only
LYING_DEBUG_CFI = r"""
    .cfi_sections .debug_frame
    .text
    .globl f
    .type f, @function
f:
    .cfi_startproc
    push %rbx
    .cfi_def_cfa_offset 8
    call g
    pop %rbx
    .cfi_def_cfa_offset 8
    ret
    .cfi_endproc
    .size f, .-f
"""


def test_mismatch_names_debug_frame(workdir: Path) -> None:
    obj = assemble(LYING_DEBUG_CFI, workdir / OBJ)
    out = run_pyobjtool(obj, ["--extra-checks=eh-frame"], cwd=workdir)
    assert out.stderr == [
        warning("f+0x1", "CFA differs from the compiler's .debug_frame: pyobjtool has rsp+16, .debug_frame has rsp+8"),
        warning("f+0x6", "CFA differs from the compiler's .debug_frame: pyobjtool has rsp+16, .debug_frame has rsp+8"),
    ]
