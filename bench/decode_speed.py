#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Time of the x86 decoder (decode_section(): lengths and classification) on a corpus.

Prints the median time per object, the total and the time per instruction.
``--tree DIR`` times another checkout's pyobjtool (e.g. one before a decoder
change) on the same objects; run both a few times, alternating, on a quiet
machine.

    python3 bench/decode_speed.py ../corpus/x86-6.1 [--release 6.1] [--tree /tmp/old] [--repeat 3]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--release", default="6.1")
    ap.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sys.path.insert(0, str(args.tree))
    from pyobjtool.arch.base import DecodeHooks
    from pyobjtool.arch.insn import DecodeError
    from pyobjtool.arch.x86.decoder import decode_section
    from pyobjtool.elf.file import ElfFile

    objects = []
    for path in sorted(args.corpus.glob("*.pre.o")):
        elf = ElfFile(path.read_bytes(), str(path))
        objects.append([(s.name, bytes(s.data)) for s in elf.sections if s.is_exec and s.data])
    best: list[float] = [float("inf")] * len(objects)
    insns = 0
    for _ in range(args.repeat):
        insns = 0
        for i, sections in enumerate(objects):
            start = time.perf_counter()
            for name, data in sections:
                hooks = DecodeHooks(name, lambda off: False, lambda msg: None, None, args.release)
                with contextlib.suppress(DecodeError):
                    insns += len(decode_section(data, hooks))
            best[i] = min(best[i], time.perf_counter() - start)
    total = sum(best)
    print(f"{args.tree}: {len(objects)} objects, {insns} instructions: median {statistics.median(best) * 1e3:.3f} ms "
          f"per object, total {total:.2f} s, {total / max(insns, 1) * 1e6:.2f} us per instruction (best of "
          f"{args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
