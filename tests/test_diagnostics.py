# SPDX-License-Identifier: GPL-2.0-only
"""Diagnostics beyond objtool's line: --trace, --explain, --source-lines, progress.

objtool's own lines must stay byte-for-byte the same unless one of these is asked for.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import assemble

FRAME = r"""
    .text
    .globl f
    .type f, @function
f:
    push %rbp
    mov %rsp, %rbp
    push %rbx
    test %rdi, %rdi
    je 1f
    call g
    pop %rbx
    pop %rbp
    ret
1:  pop %rbx
    ret
    .size f, .-f
"""
WARNING = "f.o: warning: objtool: f+0x13: return with modified stack frame"


def run(tmp: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pyobjtool", *args], cwd=tmp, capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def obj(tmp_path: Path) -> Path:
    return assemble(FRAME, tmp_path / "f.o")


def test_trace_prints_the_walk(obj: Path, tmp_path: Path) -> None:
    proc = run(tmp_path, "--orc", "--trace=f", "f.o")
    lines = proc.stderr.splitlines()
    assert lines[0] == "f.o: trace: f: walk from f+0x0 (function entry)"
    assert lines[1].split() == ["f+0x0", "push", "%rbp", "cfa=rsp+16", "rbp=cfa-16"]
    assert lines[2].split() == ["f+0x1", "mov", "%rsp,%rbp", "cfa=rbp+16", "rbp=cfa-16"]
    assert ["f+0x8", "->", "branch", "taken"] in [line.split() for line in lines]
    # the branch is followed one level deeper, and the warning comes where the walk finds it
    assert lines[lines.index(WARNING) - 1].split() == ["f+0x13", "ret"]
    assert lines[lines.index(WARNING) - 1].startswith("f+0x13" + " " * 19)  # indented: inside the branch


def test_explain_gives_the_shortest_path(obj: Path, tmp_path: Path) -> None:
    proc = run(tmp_path, "--orc", "--explain", "f.o")
    lines = proc.stderr.splitlines()
    assert lines[0] == WARNING
    assert lines[1] == "  shortest path from f+0x0 to f+0x13:"
    # the entry, each stack change, the branch taken, and the return that finds the push unpopped
    assert [line.split()[0] for line in lines[2:]] == ["f+0x0", "f+0x1", "f+0x4", "f+0x8", "f+0x12", "f+0x13"]
    assert lines[5].endswith("[branch taken]")
    assert lines[6].split()[-2:] == ["cfa=rbp+16", "rbp=cfa-16"]  # after pop %rbx: only rbp saved
    assert lines[7].endswith("[warning]")


def test_objtool_lines_unchanged_without_the_options(obj: Path, tmp_path: Path) -> None:
    proc = run(tmp_path, "--orc", "f.o")
    assert proc.stderr.splitlines() == [WARNING]


def test_source_lines_name_the_inlined_call(tmp_path: Path) -> None:
    (tmp_path / "c.c").write_text("void g(void);\n"
                                  "static inline void helper(int x) { if (x) asm volatile(\"push %%rbx\" ::: \"memory\"); }\n"
                                  "void f(int a) { helper(a); g(); }\n")
    subprocess.run(["gcc", "-O2", "-g", "-c", "-fno-asynchronous-unwind-tables", "-mcmodel=kernel", "-fno-pic",
                    "c.c"], cwd=tmp_path, check=True)
    proc = run(tmp_path, "--orc", "--source-lines", "c.o")
    assert proc.stderr.splitlines()[0] == \
        "c.o: warning: objtool: f+0x5: stack state mismatch: cfa1=4+8 cfa2=4+16 [c.c:3]"
    from pyobjtool.dwarf.source import SourceLocator
    from pyobjtool.elf.file import ElfFile

    elf = ElfFile((tmp_path / "c.o").read_bytes())
    # the push comes from helper(), inlined into f() at line 3
    assert SourceLocator(elf).text(elf.find_section(".text"), 4) == "c.c:2, helper() inlined at c.c:3"


def test_progress_only_when_asked_or_on_a_terminal(obj: Path, tmp_path: Path) -> None:
    (tmp_path / "g.o").write_bytes(obj.read_bytes())
    quiet = run(tmp_path, "--orc", "f.o", "g.o")
    assert "\x1b[K" not in quiet.stderr
    shown = run(tmp_path, "--orc", "f.o", "g.o", env={"PYOBJTOOL_PROGRESS": "1"})
    assert "[2/2]" in shown.stderr and "\x1b[K" in shown.stderr
    under_make = run(tmp_path, "--orc", "f.o", "g.o", env={"MAKELEVEL": "1"})
    assert "\x1b[K" not in under_make.stderr
