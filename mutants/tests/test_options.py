# SPDX-License-Identifier: GPL-2.0-only
"""objtool's command-line behaviour: option errors and their exit codes,
--link forced by a linked object, --dry-run, --backup, second runs that find
the sections already there, and --dump errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import HAVE_REAL_OBJTOOL, REAL_OBJTOOL, run_pyobjtool, run_real_objtool
from fixtures_asm import OBJ, Case, build, check_case
from fixtures_asm import warning as W

SIMPLE = Case("""
FUNC f
    push %rax
    ret
ENDF f
""", ["--orc"], [W("f+0x1", "return with modified stack frame")])


def _run_cli(tool: list[str], args: list[str], cwd: Path) -> tuple[int, list[str]]:
    proc = subprocess.run([*tool, *args], cwd=cwd, capture_output=True, text=True)
    return proc.returncode, proc.stderr.splitlines()


OPTION_ERRORS = {
    "no action": ([], "At least one command required"),
    "--link alone": (["--link"], "At least one command required"),
    "--dump with --orc": (["--dump", "--orc"], "--dump can't be combined with other options"),
    "--dump=orc with --uaccess": (["--dump=orc", "--uaccess"], "--dump can't be combined with other options"),
    "--unret without --rethunk": (["--unret"], "--unret requires --rethunk"),
    "--noinstr without --link": (["--noinstr"], "--noinstr requires --link"),
    "--ibt without --link": (["--ibt", "--orc"], "--ibt requires --link"),
    "--unret without --link": (["--unret", "--rethunk"], "--unret requires --link"),
}


@pytest.mark.parametrize("name", list(OPTION_ERRORS))
def test_option_error(workdir: Path, name: str) -> None:
    """``error: objtool: <message>``, exit 1, the object untouched."""
    args, message = OPTION_ERRORS[name]
    obj = build(workdir, SIMPLE)
    before = obj.read_bytes()
    status, stderr = _run_cli([sys.executable, "-m", "pyobjtool"], [*args, OBJ], workdir)
    assert (status, stderr) == (1, [f"error: objtool: {message}"])
    assert obj.read_bytes() == before
    if HAVE_REAL_OBJTOOL:
        assert _run_cli([REAL_OBJTOOL], [*args, OBJ], workdir) == (status, stderr)
        assert obj.read_bytes() == before


def test_linked_object_forces_link(workdir: Path) -> None:
    """Two STT_FILE symbols: a linked object, so --unret needs no --link (objtool says so as an error)."""
    case = Case("""
    .file "a.c"
FUNC f
    ret
ENDF f
    .file "b.c"
FUNC g
    ret
ENDF g
""", ["--unret", "--rethunk"], ["error: objtool: Linked object detected, forcing --link"])
    check_case(workdir, case)


def test_dry_run_leaves_the_file(workdir: Path) -> None:
    obj = build(workdir, SIMPLE)
    before = obj.read_bytes()
    for runner in (run_pyobjtool, run_real_objtool) if HAVE_REAL_OBJTOOL else (run_pyobjtool,):
        result = runner(obj, ["--orc", "--dry-run"], cwd=workdir)
        assert (result.status, result.stderr) == (0, SIMPLE.expected)
        assert result.output == before


def test_backup(workdir: Path) -> None:
    """--backup copies the object to <obj>.orig before rewriting it."""
    case = Case(SIMPLE.source, ["--orc", "--backup"], SIMPLE.expected)
    ours, real = check_case(workdir, case)
    original = (workdir / OBJ).read_bytes()
    assert (workdir / "ours" / f"{OBJ}.orig").read_bytes() == original
    assert ours.output != original
    if real is not None:
        assert (workdir / "real" / f"{OBJ}.orig").read_bytes() == original


def test_backup_failure(workdir: Path) -> None:
    """A backup that can't be written: perror's line, the warning, exit 1, nothing written."""
    obj = build(workdir, SIMPLE)
    before = obj.read_bytes()
    (workdir / f"{OBJ}.orig").mkdir()
    expected = ["failed to create backup file: Is a directory", W("", "can't create backup file")]
    ours = run_pyobjtool(obj, ["--orc", "--backup"], cwd=workdir)
    assert (ours.status, ours.stderr) == (1, expected)
    assert ours.output == before
    if HAVE_REAL_OBJTOOL:
        real = run_real_objtool(obj, ["--orc", "--backup"], cwd=workdir)
        assert (real.status, real.stderr) == (1, expected)
        assert real.output == before


#: every kind of site objtool 6.1 can write, so that a second run finds them all
ALL_SITES = """
FUNC f
    endbr64
    call __fentry__
    call __SCT__foo
    call __x86_indirect_thunk_rax
    jmp __x86_return_thunk
ENDF f
    .data
    .globl __SCK__foo
__SCK__foo:
    .quad 0
"""
ALL_SITES_ARGS = ["--orc", "--static-call", "--retpoline", "--rethunk", "--mcount", "--ibt", "--link"]


def test_second_run_finds_every_section(workdir: Path) -> None:
    obj = build(workdir, Case(ALL_SITES, ALL_SITES_ARGS, []))
    # the .return_sites entry written by the first run is data pointing at a RET site
    expected = [W(".return_sites+0x0", "data relocation to !ENDBR: f+0x13")] + [W("", line) for line in (
        "file already has .static_call_sites section, skipping",
        "file already has .retpoline_sites, skipping",
        "file already has .return_sites, skipping",
        "file already has __mcount_loc section, skipping",
        "file already has .ibt_endbr_seal, skipping",
        "file already has .orc_unwind section, skipping",
    )]
    runners = (run_pyobjtool, run_real_objtool) if HAVE_REAL_OBJTOOL else (run_pyobjtool,)
    outputs = []
    for runner in runners:
        copy = workdir / runner.__name__ / OBJ
        copy.parent.mkdir()
        shutil.copyfile(obj, copy)
        first = runner(copy, ALL_SITES_ARGS, cwd=copy.parent)
        assert (first.status, first.stderr) == (0, [])
        second = runner(copy, ALL_SITES_ARGS, cwd=copy.parent)
        assert (second.status, second.stderr) == (0, expected)
        assert second.output == first.output
        outputs.append(second.output)
    assert len(set(outputs)) == 1


def test_dump_bad_orc_size(workdir: Path) -> None:
    """--dump on an .orc_unwind whose size is not a multiple of 6: objtool returns -1 (255)."""
    case = Case("""
FUNC f
    ret
ENDF f
    .section .orc_unwind, "a"
    .byte 0, 0, 0, 0, 0
    .section .orc_unwind_ip, "a"
    .long 0
""", ["--dump"], [W("", "bad .orc_unwind section size")], status=255, stdout=[])
    check_case(workdir, case)


def test_dump_missing_relocation(workdir: Path) -> None:
    """Two ORC entries, one relocation: the first entry is printed, then libelf's error."""
    case = Case("""
FUNC f
    ret
ENDF f
    .section .orc_unwind, "a"
    .fill 12, 1, 0
    .section .orc_unwind_ip, "a"
    .long f - .
    .long 0
""", ["--dump"], [W("", "gelf_getrela: invalid section index")], status=255,
        stdout=["f+0: sp:(und) bp:(und) type:call end:0"])
    check_case(workdir, case)
