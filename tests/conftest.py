# SPDX-License-Identifier: GPL-2.0-only
"""Shared test helpers: build fixture objects at test time and run both objtools on them."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from pyobjtool.cli import options_error, parse_args
from pyobjtool.runner import run_object

# The result cache is off in tests (tests/test_cache.py turns it on in its own folders): a
# test must run the code it tests, and must not fill the user's ~/.cache.
os.environ["PYOBJTOOL_CACHE"] = "0"

REAL_OBJTOOL = os.environ.get("OBJTOOL_REAL", "/usr/lib/linux-kbuild-6.1/tools/objtool/objtool")
HAVE_REAL_OBJTOOL = os.path.exists(REAL_OBJTOOL) and os.access(REAL_OBJTOOL, os.X_OK)
#: the real objtool of each release pyobjtool has a profile for (Debian's linux-kbuild packages)
REAL_OBJTOOLS = {
    "6.1": REAL_OBJTOOL,
    "6.12": os.environ.get("OBJTOOL_REAL_612",
                           "/usr/lib/linux-kbuild-6.12.117+deb12/tools/objtool/objtool.real-x86"),
}


def have_real_objtool(release: str) -> bool:
    path = REAL_OBJTOOLS[release]
    return os.path.exists(path) and os.access(path, os.X_OK)
#: the kbuild argument list for a built-in object (GCC, 6.1 defconfig)
KBUILD_ARGS = ["--hacks=jump_label", "--hacks=noinstr", "--orc", "--retpoline", "--rethunk",
               "--static-call", "--uaccess"]

needs_real_objtool = pytest.mark.skipif(not HAVE_REAL_OBJTOOL, reason="real objtool 6.1 not installed")


@dataclass
class ToolRun:
    status: int
    stderr: list[str]
    stdout: list[str]
    output: bytes | None  # the object after the run


def assemble(source: str, path: Path, extra_flags: tuple[str, ...] = ()) -> Path:
    """Assemble GNU as source for x86-64 into *path* (a relocatable object)."""
    src = path.with_suffix(".S")
    src.write_text(source)
    subprocess.run(["gcc", "-c", "-x", "assembler-with-cpp", *extra_flags, "-o", str(path), str(src)],
                   check=True, capture_output=True)
    return path


def compile_c(source: str, path: Path, extra_flags: tuple[str, ...] = ()) -> Path:
    src = path.with_suffix(".c")
    src.write_text(source)
    flags = ["-O2", "-fno-asynchronous-unwind-tables", "-fno-pic", "-mcmodel=kernel", "-fno-stack-protector"]
    subprocess.run(["gcc", "-c", *flags, *extra_flags, "-o", str(path), str(src)], check=True, capture_output=True)
    return path


def run_pyobjtool(obj: Path, args: list[str], cwd: Path | None = None) -> ToolRun:
    """Run pyobjtool in-process on *obj* (the path is printed as given, relative to *cwd*)."""
    parsed = parse_args(list(args) + [obj.name if cwd else str(obj)])
    err = options_error(parsed.opts)
    assert err is None, err
    old = os.getcwd()
    if cwd:
        os.chdir(cwd)
    try:
        result = run_object(parsed.objects[0], parsed.opts)
    finally:
        os.chdir(old)
    return ToolRun(result.status, result.stderr, result.stdout, obj.read_bytes() if obj.exists() else None)


def run_real_objtool(obj: Path, args: list[str], cwd: Path | None = None, release: str = "6.1") -> ToolRun:
    env = dict(os.environ)
    env.pop("OBJTOOL_ARGS", None)
    env.pop("OBJTOOL_VERBOSE", None)
    target = obj.name if cwd else str(obj)
    proc = subprocess.run([REAL_OBJTOOLS[release], *args, target], cwd=cwd, env=env, capture_output=True,
                          text=True)
    return ToolRun(proc.returncode, proc.stderr.splitlines(), proc.stdout.splitlines(),
                   obj.read_bytes() if obj.exists() else None)


def run_both(obj: Path, args: list[str], release: str = "6.1") -> tuple[ToolRun, ToolRun | None]:
    """Run pyobjtool on a copy of *obj*, and the real objtool of *release* on another copy if installed.

    Both copies get the same file name so that the warning lines compare equal.
    """
    ours_dir = obj.parent / "ours"
    real_dir = obj.parent / "real"
    ours_dir.mkdir(exist_ok=True)
    real_dir.mkdir(exist_ok=True)
    ours_obj = ours_dir / obj.name
    shutil.copyfile(obj, ours_obj)
    ours = run_pyobjtool(ours_obj, ["--profile", release, *args], cwd=ours_dir)
    real = None
    if have_real_objtool(release):
        real_obj = real_dir / obj.name
        shutil.copyfile(obj, real_obj)
        real = run_real_objtool(real_obj, args, cwd=real_dir, release=release)
    return ours, real


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return tmp_path
