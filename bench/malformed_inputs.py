#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Malformed objects: what the real objtool refuses, pyobjtool must refuse too.

Makes N machine-mutated variants of real kernel objects (ELF header fields,
section header fields, bytes of special sections, relocations, symbol and
string tables, code), runs the real objtool and pyobjtool (in-process) on a
copy each, and counts:

* objtool refused the object as malformed (a libelf error such as
  ``elf_getdata: invalid data``, or a crash) while pyobjtool exited 0 and
  rewrote it: the gap this bench exists to keep at zero, by libelf message;
* pyobjtool internal errors (exit 2), tracebacks, changed files on an error
  exit: must be zero;
* how often each tool refused, crashed or accepted.

    python3 bench/malformed_inputs.py ../corpus/x86-6.1 -n 2000 [--profile 6.12] [--seed 1]

Exits 1 if there is any gap or internal error.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OBJTOOLS = {"6.1": "/usr/lib/linux-kbuild-6.1/tools/objtool/objtool",
            "6.12": "/usr/lib/linux-kbuild-6.12.117+deb12/tools/objtool/objtool.real-x86"}
ARGS = ["--hacks=jump_label", "--hacks=noinstr", "--orc", "--retpoline", "--rethunk", "--static-call", "--uaccess"]
SHDR = struct.Struct("<IIQQQQIIQQ")
EHDR_FIELDS = [(4, 1), (5, 1), (6, 1), (7, 1), (16, 2), (18, 2), (20, 4), (0x28, 8), (0x34, 2), (0x3A, 2),
               (0x3C, 2), (0x3E, 2)]
SHDR_FIELDS = [(0, 4), (4, 4), (8, 8), (24, 8), (32, 8), (40, 4), (44, 4), (48, 8), (56, 8)]
LIBELF = re.compile(r"objtool: (g?elf\w*): (.*)$")


def mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shnum = struct.unpack_from("<H", data, 0x3C)[0]
    headers = [SHDR.unpack_from(data, shoff + i * 64) for i in range(shnum)]
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(("ehdr", "shdr", "shdr", "section", "section", "section"))
        if kind == "ehdr":
            off, size = rng.choice(EHDR_FIELDS)
        elif kind == "shdr":
            field, size = rng.choice(SHDR_FIELDS)
            off = shoff + rng.randrange(shnum) * 64 + field
        else:
            hdr = rng.choice([h for h in headers if h[5] and h[1] != 8])
            size = rng.choice((1, 1, 2, 4, 8))
            if hdr[5] < size:
                size = 1
            off = hdr[4] + rng.randrange(hdr[5] - size + 1)
        if off + size > len(out):
            continue
        cur = int.from_bytes(out[off:off + size], "little")
        top = (1 << (8 * size)) - 1
        value = rng.choice([0, 1, 2, 0x7F, 0x80, 0xFF, top, top >> 1, max(0, cur - 1), min(top, cur + 1),
                            min(top, cur + 8), max(0, cur - 8), rng.randint(0, top)])
        out[off:off + size] = value.to_bytes(size, "little")
    return bytes(out)


def run_objtool(objtool: str, path: Path) -> tuple[int, str]:
    try:
        proc = subprocess.run([objtool, *ARGS, str(path)], capture_output=True, text=True, errors="replace",
                              timeout=60)
    except subprocess.TimeoutExpired:
        return -999, "timeout"
    return proc.returncode, proc.stderr


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", default="6.1", choices=sorted(OBJTOOLS))
    ap.add_argument("--objtool")
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()

    from pyobjtool.cli import parse_args
    from pyobjtool.runner import run_object

    objtool = args.objtool or OBJTOOLS[args.profile]
    objects = sorted(args.corpus.glob("*.pre.o"))
    rng = random.Random(args.seed)
    counts: collections.Counter = collections.Counter()
    gaps: collections.Counter = collections.Counter()
    stricter: collections.Counter = collections.Counter()
    shown = 0
    with tempfile.TemporaryDirectory(prefix="pyobjtool-malformed-") as tmp:
        for i in range(args.n):
            src = rng.choice(objects)
            raw = mutate(rng, src.read_bytes())
            a, b = Path(tmp) / "a.o", Path(tmp) / "b.o"
            a.write_bytes(raw)
            rc, err = run_objtool(objtool, a)
            b.write_bytes(raw)
            result = run_object(str(b), parse_args(["--profile", args.profile, *ARGS, str(b)]).opts)
            libelf = LIBELF.search(err)
            crashed = rc < 0 or rc > 128 and rc != 255
            objtool_refused = bool(libelf) and rc != 0 or crashed
            counts["objtool crashed" if crashed else "objtool refused (libelf)" if objtool_refused
                   else f"objtool exit {rc}"] += 1
            counts[f"pyobjtool exit {result.status}"] += 1
            if result.status == 2 or any("Traceback" in line for line in result.stderr):
                counts["pyobjtool internal errors"] += 1
            if result.status != 0 and b.read_bytes() != raw:
                counts["pyobjtool changed a file on an error exit"] += 1
            if rc == 0 and result.status == 1:
                msg = re.sub(r"0x[0-9a-f]+|\d+", "N", result.stderr[-1].split(": ", 3)[-1])
                stricter[msg] += 1
            if objtool_refused and not crashed and result.status == 0:
                cls = f"{libelf.group(1)}: {libelf.group(2)}"
                gaps[cls] += 1
                if shown < args.show:
                    shown += 1
                    print(f"GAP {src.name} #{i}: objtool: {cls}; pyobjtool exit 0"
                          f"{' (rewrote it)' if b.read_bytes() != raw else ''}")
    print(f"{args.n} mutants of {len(objects)} objects ({args.corpus}), objtool {args.profile}:")
    for key, value in sorted(counts.items()):
        print(f"  {key}: {value}")
    print(f"  objtool refused as malformed, pyobjtool accepted: {sum(gaps.values())}")
    for cls, value in gaps.most_common():
        print(f"    {value:5d}  {cls}")
    print(f"  objtool exit 0, pyobjtool refused: {sum(stricter.values())}")
    for cls, value in stricter.most_common(args.show):
        print(f"    {value:5d}  {cls}")
    bad = sum(gaps.values()) + counts["pyobjtool internal errors"] + counts["pyobjtool changed a file on an error exit"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
