#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""A vmlinux.o-sized run: pyobjtool and the real objtool on one big linked object.

IBT and LTO kernels run objtool once on ``vmlinux.o`` (with ``--link``)
instead of on each object.  This links the corpus's built-in objects with
``ld -r`` into one relocatable object (modules left out: they define
``init_module``), runs both tools on copies with the same arguments, and
prints whether the outputs are identical and each tool's time and peak
memory (``/usr/bin/time``-style, from ``wait4``).

    python bench/linked_object.py ../corpus/x86-6.1
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

DEFAULT_OBJTOOL = "/usr/lib/linux-kbuild-6.1/tools/objtool/objtool"
ARGS = ["--hacks=jump_label", "--hacks=noinstr", "--orc", "--retpoline", "--rethunk", "--static-call",
        "--uaccess", "--link"]


def built_in_objects(corpus: Path) -> list[Path]:
    calls = [json.loads(line) for line in (corpus / "calls.jsonl").read_text().splitlines() if line.strip()]
    module_dirs = {os.path.dirname(c["obj"]) for c in calls if "--module" in c["args"]}
    out = []
    for call in calls:
        obj = call["obj"]
        if "--module" in call["args"] or os.path.dirname(obj) in module_dirs:
            continue
        out.append(corpus / (obj[:-2].replace("/", "__") + ".pre.o"))
    return out


def timed(cmd: list[str], cwd: Path) -> tuple[float, int, subprocess.CompletedProcess]:
    """(seconds, peak RSS in KiB, process) of one command, the RSS from wait4()."""
    env = dict(os.environ)
    env.pop("OBJTOOL_ARGS", None)
    env.setdefault("PYOBJTOOL_CACHE", "0")  # measure the work, not a replay from the result cache
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return seconds, usage.ru_maxrss, subprocess.CompletedProcess(cmd, proc.returncode, out.read(), err.read())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--objtool", default=DEFAULT_OBJTOOL)
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="pyobjtool-linked-"))
    try:
        objects = built_in_objects(args.corpus)
        big = work / "vmlinux.o"
        subprocess.run(["ld", "-r", "-o", str(big), *map(str, objects)], check=True, capture_output=True)
        shutil.copyfile(big, work / "real.o")
        shutil.copyfile(big, work / "ours.o")
        real_s, real_kb, real = timed([args.objtool, *ARGS, "real.o"], work)
        ours_s, ours_kb, ours = timed([sys.executable, "-m", "pyobjtool", *ARGS, "ours.o"], work)
        same_bytes = (work / "real.o").read_bytes() == (work / "ours.o").read_bytes()
        same_err = real.stderr.replace(b"real.o", b"X") == ours.stderr.replace(b"ours.o", b"X")
        print(f"linked object: {len(objects)} objects, {big.stat().st_size / 1e6:.1f} MB")
        print(f"output byte-identical: {same_bytes}; stderr identical: {same_err}; "
              f"exit status {ours.returncode} (objtool {real.returncode})")
        print(f"objtool:   {real_s:6.2f} s  {real_kb / 1024:7.0f} MB peak")
        print(f"pyobjtool: {ours_s:6.2f} s  {ours_kb / 1024:7.0f} MB peak")
        return 0 if same_bytes and same_err else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
