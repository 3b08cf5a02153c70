#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Shared set-up of the kbuild drop-in benchmarks (bench/per_call.py, bench/cache_replay.py).

A snapshot of the package (so that work on the checkout during a run does
not make the client outdated), the C client installed for it, and a
private server folder and result cache, all under one scratch folder; and
a process runner that times one call as kbuild makes it (``posix_spawn``,
``wait4``: wall time and the child's CPU time).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from conformance import OBJTOOLS, corpus_key, load_calls  # noqa: E402

__all__ = ["OBJTOOLS", "Corpus", "Harness", "corpus_parser", "Timed", "corpus_key", "load_calls", "machine_load", "release_of", "stage_fresh", "write_json_and_status"]


class Corpus:
    """A recorded corpus's calls (*n* of them, evenly spread, if *n*), the release they are
    of, and by object argument each one's ``pre.o`` path and ``post.o`` bytes."""

    def __init__(self, folder: Path, n: int = 0) -> None:
        calls = load_calls(folder)
        self.release = release_of(folder, calls)
        if n and n < len(calls):
            step = len(calls) / n
            calls = [calls[int(i * step)] for i in range(n)]
        self.calls = calls
        self.pre = {c["args"][-1]: folder / f"{corpus_key(c)}.pre.o" for c in calls}
        self.post = {c["args"][-1]: (folder / f"{corpus_key(c)}.post.o").read_bytes() for c in calls}


def corpus_parser(doc: str | None) -> argparse.ArgumentParser:
    """A drop-in benchmark's command line: the corpus, ``-n`` (a sample of it), ``--rounds``."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-n", "--objects", type=int, default=0, help="this many objects, evenly spread (default all)")
    ap.add_argument("--rounds", type=int, default=3)
    return ap


def write_json_and_status(path: Path | None, result: dict, wrong: dict[str, int]) -> int:
    """Write *result* to *path* (if given); the exit status: 1 if any output was wrong."""
    if path:
        path.write_text(json.dumps(result, indent=1) + "\n")
    return 1 if any(wrong.values()) else 0


def release_of(corpus: Path, calls: list[dict]) -> str:
    """6.12 if the calls carry 6.12's options (--prefix, --hacks=skylake), else 6.1."""
    return "6.12" if any(a.startswith(("--prefix", "--hacks=skylake")) for c in calls for a in c["args"]) else "6.1"


class Timed:
    """One timed call."""

    __slots__ = ("wall", "cpu", "status", "stdout", "stderr")

    def __init__(self, wall: float, cpu: float, status: int, stdout: bytes, stderr: bytes) -> None:
        self.wall = wall
        self.cpu = cpu
        self.status = status
        self.stdout = stdout
        self.stderr = stderr


class Harness:
    """Scratch folder, package snapshot, installed client, and the environments of the tools."""

    def __init__(self, scratch: Path | None = None, python: str = sys.executable) -> None:
        self.scratch = scratch or Path(tempfile.mkdtemp(prefix="pyobjtool-bench-"))
        self.python = python
        self.pkg = self.scratch / "pkg"
        self.run_dir = Path(tempfile.mkdtemp(prefix="pyo-bench-", dir="/tmp"))  # sun_path: keep it short
        self.run_dir.chmod(0o700)
        self.cache_dir = self.scratch / "cache"
        self.client = self.scratch / "client" / "objtool"
        self._out = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the harness)
        self._err = tempfile.TemporaryFile()  # noqa: SIM115
        base = {k: v for k, v in os.environ.items() if not k.startswith(("OBJTOOL_", "PYOBJTOOL_"))}
        base.pop("MAKELEVEL", None)
        self.base_env = base
        self.server_env = dict(base, PYOBJTOOL_SERVER_DIR=str(self.run_dir), PYOBJTOOL_CACHE_DIR=str(self.cache_dir),
                               XDG_CACHE_HOME=str(self.scratch / "xdg"))

    def install(self) -> None:
        shutil.copytree(ROOT / "pyobjtool", self.pkg / "pyobjtool", ignore=shutil.ignore_patterns("__pycache__"))
        code = ("import sys, compileall; sys.path.insert(0, sys.argv[1]); "
                "compileall.compile_dir(sys.argv[1] + '/pyobjtool', quiet=2); "
                "from pyobjtool.server.__main__ import main; sys.exit(main(sys.argv[2:]))")
        subprocess.run([self.python, "-c", code, str(self.pkg), "install", str(self.client)], check=True,
                       cwd=self.scratch, env=self.server_env, stdout=subprocess.DEVNULL)

    def pyobjtool_env(self, release: str, **extra: str) -> dict[str, str]:
        """``python3 -m pyobjtool`` on the snapshot (site and all, as a user runs it)."""
        return dict(self.base_env, PYTHONPATH=str(self.pkg), PYOBJTOOL_PROFILE=release, PYOBJTOOL_CACHE="0",
                    **extra)

    def client_env(self, release: str, cache: bool, **extra: str) -> dict[str, str]:
        return dict(self.server_env, PYOBJTOOL_PROFILE=release, PYOBJTOOL_CACHE="1" if cache else "0", **extra)

    def run(self, argv: list[str], cwd: Path, env: dict[str, str]) -> Timed:
        """Run *argv* once, as make would, and time it."""
        for fh in (self._out, self._err):
            fh.seek(0)
            fh.truncate()
        actions = [(os.POSIX_SPAWN_DUP2, self._out.fileno(), 1), (os.POSIX_SPAWN_DUP2, self._err.fileno(), 2)]
        old = os.getcwd()
        os.chdir(cwd)
        try:
            start = time.perf_counter()
            pid = os.posix_spawn(argv[0], argv, env, file_actions=actions)
            _pid, status, usage = os.wait4(pid, 0)
            wall = time.perf_counter() - start
        finally:
            os.chdir(old)
        self._out.seek(0)
        self._err.seek(0)
        return Timed(wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status), self._out.read(),
                     self._err.read())

    def wait_for_server(self, timeout: float = 60) -> int:
        """The pid of the running server (after the first call started it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for lock in self.run_dir.glob("*.lock"):
                text = lock.read_text().strip()
                if text.isdigit() and list(self.run_dir.glob("*.sock")):
                    return int(text)
            time.sleep(0.05)
        raise RuntimeError("the server did not start")

    def server_cpu(self, pid: int) -> float:
        """CPU seconds of the server and its finished workers so far (/proc/PID/stat)."""
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))  # utime stime cutime cstime
        return ticks / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        subprocess.run([self.python, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                        "from pyobjtool.server.__main__ import main; main(['stop', '--all'])", str(self.pkg)],
                       env=self.server_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.run_dir, ignore_errors=True)


def machine_load() -> str:
    """The load average and the CPU pressure (the share of time runnable tasks waited for a CPU):
    on a shared machine, what a short process's wall time mostly depends on."""
    try:
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        some = Path("/proc/pressure/cpu").read_text().split("\n")[0].split()
        return f"load {load}, CPU pressure {some[1].split('=')[1]}%/10 s {some[2].split('=')[1]}%/60 s"
    except (OSError, IndexError):
        return "load unknown"


def stage_fresh(src: Path, dest: Path) -> None:
    """Put *src*'s bytes at *dest* as a compiler does: a new file (binutils unlinks the old one
    first), not the old one truncated (that would start ext4's writeback of the old data)."""
    try:
        dest.unlink()
    except FileNotFoundError:
        dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "wb") as fh:
        fh.write(src.read_bytes())
