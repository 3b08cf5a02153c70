# SPDX-License-Identifier: GPL-2.0-only
"""Shared pieces of the ``tests/test_engine_*.py`` files.

Those files pin down the behaviour of the engine's core modules (stack
operations, CFI states, the path walk, ORC generation, switch tables and
special sections) closely enough that mutation testing finds their changes
(docs/mutation-testing.md).  Each fixture is assembled at test time; the
check asserts pyobjtool's warnings, exit status and, where asked, its ORC
table or ``--stats`` lines, and where the real objtool 6.1 is installed it
must print the same lines and leave the same bytes (so every expected ORC
table is objtool's own).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from conftest import ToolRun, assemble, have_real_objtool, run_both
from fixtures_asm import OBJ, PRELUDE_612, Case, check_case

from pyobjtool.arch.x86.orc import ORC_6_1, ORC_6_12
from pyobjtool.elf.file import ElfFile
from pyobjtool.output.orc_dump import orc_dump_lines

ORC = ["--orc"]
STACKVAL = ["--orc", "--stackval"]
UACCESS = ["--uaccess"]
NOINSTR = ["--noinstr", "--link"]

#: A function with an instruction no path reaches.  objtool looks for such
#: instructions only when the path walk reported nothing, so the
#: ``unreachable instruction`` line of this fixture shows whether the walk
#: *counted* a warning (a path that stops with a warning, or one that stops
#: cleanly) even where the printed lines are otherwise the same.
SENTINEL = """
FUNC zz_sentinel
    ret
    inc %eax
ENDF zz_sentinel
"""
#: the warning line of SENTINEL (its arguments for fixtures_asm.warning)
SENTINEL_WARNING = ("zz_sentinel+0x1", "unreachable instruction")


@dataclass
class EngineCase(Case):
    """A fixture (see fixtures_asm.Case) and, optionally, its ORC table and the release."""

    #: the ORC entries as ``objtool --dump`` prints them, ``type:call end:0`` left out
    orc: list[str] | None = None
    #: the objtool release pyobjtool behaves as (``--profile``), checked against that objtool
    release: str = "6.1"


def orc_table(data: bytes | None, release: str = "6.1") -> list[str]:
    """The ORC entries of an object as ``--dump`` prints them (6.1's lines without the
    common `` type:call end:0``)."""
    assert data is not None
    if release != "6.1":
        return orc_dump_lines(ElfFile(data), ORC_6_12)
    return [line.removesuffix(" type:call end:0") for line in orc_dump_lines(ElfFile(data), ORC_6_1)]


def check(workdir: Path, case: EngineCase) -> tuple[ToolRun, ToolRun | None]:
    """check_case() plus the ORC table (which the real objtool, when there, wrote byte for byte)."""
    if case.release == "6.1":
        ours, real = check_case(workdir, case)
    else:
        ours, real = run_both(assemble(PRELUDE_612 + case.source, workdir / OBJ), case.args, case.release)
        assert ours.stderr == case.expected, f"pyobjtool printed {ours.stderr}"
        assert ours.status == case.status, f"pyobjtool exited {ours.status}"
        if case.stdout is not None:
            assert ours.stdout == case.stdout, f"pyobjtool stdout {ours.stdout}"
        if real is not None:
            assert have_real_objtool(case.release)
            assert (real.stderr, real.status, real.stdout) == (ours.stderr, ours.status, ours.stdout)
            assert real.output == ours.output, "objtool left different bytes"
    if case.orc is not None:
        assert orc_table(ours.output, case.release) == case.orc
    return ours, real
