#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""``--dump`` conformance: pyobjtool's ORC dump against the real objtool's.

Runs ``objtool --dump`` and ``pyobjtool --dump`` on every ``*.post.o`` of a
corpus folder (or on the files given) and compares stdout, stderr and exit
status.  pyobjtool dumps all files in one process (``--batch``), the real
objtool runs once per file; both timings are printed.

    python bench/dump_conformance.py ../corpus/x86-6.1
    python bench/dump_conformance.py ../corpus/x86-6.12 --profile 6.12
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OBJTOOLS = {"6.1": "/usr/lib/linux-kbuild-6.1/tools/objtool/objtool",
            "6.12": "/usr/lib/linux-kbuild-6.12.117+deb12/tools/objtool/objtool.real-x86"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", type=Path, help="corpus folders (their *.post.o) or object files")
    ap.add_argument("--profile", default="6.1", choices=sorted(OBJTOOLS), help="objtool release (default 6.1)")
    ap.add_argument("--objtool", help="the real objtool (default: the release's)")
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    args.objtool = args.objtool or OBJTOOLS[args.profile]

    files: list[Path] = []
    for item in args.inputs:
        files.extend(sorted(item.glob("*.post.o")) if item.is_dir() else [item])
    env = dict(os.environ)
    env.pop("OBJTOOL_ARGS", None)

    real = {}
    t0 = time.perf_counter()
    for f in files:
        proc = subprocess.run([args.objtool, "--dump", str(f)], capture_output=True, env=env)
        real[str(f)] = (proc.returncode, proc.stdout, proc.stderr)
    real_time = time.perf_counter() - t0

    # pyobjtool: one process for all files; stdout of each object is kept apart through --report
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.txt"
        report = Path(tmp) / "report.jsonl"
        batch.write_text("".join(f"--dump {f}\n" for f in files))
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pyobjtool", "--profile", args.profile, "--batch", str(batch),
                        "--report", str(report)],
                       capture_output=True, env=env)
        ours_time = time.perf_counter() - t0
        ours = {}
        for line in report.read_text().splitlines():
            rec = json.loads(line)
            ours[rec["path"]] = (rec["status"], rec["stdout"].encode(), rec["stderr"].encode())

    same = 0
    lines = 0
    diffs = []
    for f in files:
        key = str(f)
        r, o = real[key], ours.get(key)
        lines += r[1].count(b"\n")
        if o is not None and o[0] == r[0] and o[1] == r[1] and o[2] == r[2]:
            same += 1
        else:
            diffs.append(key)
    print(f"files: {len(files)}; identical --dump output (stdout, stderr, exit status): {same}/{len(files)}; "
          f"{lines} ORC lines")
    print(f"objtool one by one: {real_time:.2f} s; pyobjtool one batch process: {ours_time:.2f} s")
    for key in diffs[:args.show]:
        print(f"  differs: {key}")
    return 0 if same == len(files) else 1


if __name__ == "__main__":
    sys.exit(main())
