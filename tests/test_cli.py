# SPDX-License-Identifier: GPL-2.0-only
"""The command line: objtool's option syntax, OBJTOOL_ARGS, several objects, batches."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import HAVE_REAL_OBJTOOL, REAL_OBJTOOL, assemble

from pyobjtool.elf.file import ElfFile
from pyobjtool.errors import EXIT_INPUT, EXIT_OK, EXIT_USAGE

SOURCE = r"""
    .text
    .globl f
    .type f, @function
f:
    push %rbx
    call g
    ret
    .size f, .-f
"""
WARNING = "warning: objtool: f+0x6: return with modified stack frame"


def cli(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = dict(os.environ)
    full_env.pop("OBJTOOL_ARGS", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "pyobjtool", *args], cwd=cwd, capture_output=True,
                          text=True, env=full_env)


@pytest.fixture
def objs(tmp_path: Path) -> list[Path]:
    first = assemble(SOURCE, tmp_path / "a.o")
    second = tmp_path / "b.o"
    shutil.copyfile(first, second)
    return [first, second]


def has_orc(path: Path) -> bool:
    return ElfFile.open(str(path)).find_section(".orc_unwind") is not None


def test_objtool_args_environment(tmp_path: Path, objs: list[Path]) -> None:
    proc = cli("--uaccess", "a.o", cwd=tmp_path, env={"OBJTOOL_ARGS": "--orc --backtrace"})
    assert proc.returncode == EXIT_OK
    assert has_orc(objs[0])
    assert proc.stderr.splitlines()[0] == f"a.o: {WARNING}"
    assert proc.stderr.splitlines()[1] == "a.o: warning: objtool:   f+0x0: <=== (sym)"


def test_bundled_short_options_and_abbreviations(tmp_path: Path, objs: list[Path]) -> None:
    assert cli("-or", "a.o", cwd=tmp_path).returncode == EXIT_OK
    assert has_orc(objs[0])
    assert ElfFile.open(str(objs[0])).find_section(".retpoline_sites") is None  # no indirect calls
    assert cli("--or", "--retp", "b.o", cwd=tmp_path).returncode == EXIT_OK
    assert has_orc(objs[1])


def test_ambiguous_and_negated_options(tmp_path: Path, objs: list[Path]) -> None:
    proc = cli("--ret", "a.o", cwd=tmp_path)
    assert proc.returncode == EXIT_USAGE
    assert "Ambiguous option: ret" in proc.stderr
    proc = cli("--orc", "--no-orc", "a.o", cwd=tmp_path)
    assert proc.returncode == EXIT_INPUT
    assert proc.stderr == "error: objtool: At least one command required\n"


@pytest.mark.skipif(not HAVE_REAL_OBJTOOL, reason="real objtool 6.1 not installed")
def test_same_option_syntax_as_objtool(tmp_path: Path, objs: list[Path]) -> None:
    """objtool accepts the same spellings and prints the same lines."""
    env = dict(os.environ, OBJTOOL_ARGS="--orc")
    real = subprocess.run([REAL_OBJTOOL, "-u", "--retp", "b.o"], cwd=tmp_path, capture_output=True, text=True,
                          env=env)
    ours = cli("-u", "--retp", "a.o", cwd=tmp_path, env={"OBJTOOL_ARGS": "--orc"})
    assert real.returncode == ours.returncode == 0
    assert real.stderr.replace("b.o", "a.o") == ours.stderr
    assert objs[0].read_bytes() == objs[1].read_bytes()


def test_several_objects_in_one_process(tmp_path: Path, objs: list[Path]) -> None:
    proc = cli("--orc", "a.o", "missing.o", "b.o", cwd=tmp_path)
    assert proc.returncode == EXIT_INPUT  # the worst status of the three
    assert proc.stderr.splitlines() == [
        f"a.o: {WARNING}",
        "pyobjtool: error: missing.o: can't open: No such file or directory",
        f"b.o: {WARNING}",
    ]
    assert has_orc(objs[0]) and has_orc(objs[1])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_with_report(tmp_path: Path, objs: list[Path], jobs: str) -> None:
    batch = tmp_path / "calls.txt"
    batch.write_text("# one objtool argument list per line\n"
                     "objtool --orc a.o\n"
                     "--uaccess --dry-run b.o\n")
    report = tmp_path / "report.jsonl"
    proc = cli("--batch", str(batch), "-j", jobs, "--report", str(report), cwd=tmp_path)
    assert proc.returncode == EXIT_OK
    assert proc.stderr.splitlines() == [f"a.o: {WARNING}", f"b.o: {WARNING}"]
    records = [json.loads(line) for line in report.read_text().splitlines()]
    assert [(r["path"], r["status"], r["written"]) for r in records] == [("a.o", 0, True), ("b.o", 0, False)]
    assert has_orc(objs[0]) and not has_orc(objs[1])


def test_batch_errors(tmp_path: Path, objs: list[Path]) -> None:
    """A bad line gets the exit status and message objtool would give that call; the other
    lines still run (objtool runs once per object, so one bad call stops nothing else)."""
    batch = tmp_path / "calls.txt"
    batch.write_text("--dump --orc a.o\n--frobnicate b.o\n--orc b.o\n")
    report = tmp_path / "r.jsonl"
    proc = cli("--batch", str(batch), "--report", str(report), cwd=tmp_path)
    assert proc.returncode == EXIT_USAGE  # the worst of the lines
    assert "error: objtool: --dump can't be combined with other options" in proc.stderr
    assert "calls.txt:2: unknown option `frobnicate'" in proc.stderr
    records = [json.loads(line) for line in report.read_text().splitlines()]
    assert [(r["path"], r["status"], r["written"]) for r in records] == [
        ("a.o", EXIT_INPUT, False), ("b.o", EXIT_USAGE, False), ("b.o", 0, True)]
    assert has_orc(objs[1]) and not has_orc(objs[0])


def test_batch_line_with_its_own_release(tmp_path: Path, objs: list[Path]) -> None:
    """A line's --profile chooses the options of the whole line, wherever it stands (6.12's
    --hacks=skylake before it); a release without a profile is that line's error."""
    batch = tmp_path / "calls.txt"
    batch.write_text("--hacks=skylake --orc --profile 6.12 a.o\n--orc --profile=6.6 b.o\n--hacks=skylake b.o\n")
    report = tmp_path / "r.jsonl"
    proc = cli("--batch", str(batch), "--report", str(report), cwd=tmp_path)
    records = [json.loads(line) for line in report.read_text().splitlines()]
    assert [(r["path"], r["status"]) for r in records] == [("a.o", 0), ("b.o", EXIT_INPUT), ("b.o", EXIT_USAGE)]
    assert "calls.txt:2: no objtool profile for kernel 6.6" in proc.stderr
    assert "calls.txt:3: option `hacks' does not accept `skylake'" in proc.stderr  # 6.1's options
    assert has_orc(objs[0]) and not has_orc(objs[1])


def test_batch_lines_that_share_options(tmp_path: Path) -> None:
    """kbuild's lines differ in the object only: the options are parsed once and shared,
    and a line whose options differ, or whose last word is an option, is parsed by itself."""
    from pyobjtool.cli import OptionTable, RunArgs, _batch_jobs
    from pyobjtool.options import Options

    batch = tmp_path / "calls.txt"
    batch.write_text("--orc --uaccess a.o\n--orc --uaccess b.o\n--orc c.o\n--orc --uaccess d.o --stackval\n")
    parsed = RunArgs(Options())
    parsed.batch = str(batch)
    jobs = _batch_jobs(parsed, OptionTable("6.1"))
    assert [path for path, _ in jobs] == ["a.o", "b.o", "c.o", "d.o"]
    (_, a), (_, b), (_, c), (_, d) = jobs
    assert a is b and a.orc and a.uaccess and not a.stackval
    assert c is not a and c.orc and not c.uaccess
    assert d is not a and d.stackval and d.uaccess


def test_short_h_is_the_usage(tmp_path: Path, objs: list[Path]) -> None:
    """libsubcmd answers -h with the usage (exit 129), even bundled; nothing is written."""
    before = objs[0].read_bytes()
    for args in (["-h"], ["-oh", "a.o"]):
        proc = cli(*args, cwd=tmp_path)
        assert proc.returncode == EXIT_USAGE
        assert "Usage:" in proc.stderr and proc.stdout == ""
    assert objs[0].read_bytes() == before


def test_version(tmp_path: Path) -> None:
    proc = cli("--version", cwd=tmp_path)
    assert proc.returncode == EXIT_OK
    assert proc.stdout.startswith("pyobjtool ") and "objtool 6.1" in proc.stdout
