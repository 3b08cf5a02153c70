# SPDX-License-Identifier: GPL-2.0-only
"""Measure pyobjtool's AArch64 decoder against capstone on real objects.

Usage: python3 bench/arm64_decoder.py OBJ...   (capstone must be installed)

For every executable section it decodes the words with both, compares the
form (branch, call, conditional branch, cbz/tbz, adr/adrp, literal load,
indirect branch, return, ...) and the target of each word, and reports the
time each needed.  docs/arm64-decoder.md records the numbers.
"""

from __future__ import annotations

import re
import sys
import time

from pyobjtool.arch.arm64 import decoder as d
from pyobjtool.elf.file import ElfFile

_CS_FORMS = {
    "b": d.B, "bl": d.BL, "cbz": d.CBZ, "cbnz": d.CBNZ, "tbz": d.TBZ, "tbnz": d.TBNZ,
    "adr": d.ADR, "adrp": d.ADRP, "br": d.BR, "braa": d.BR, "brab": d.BR, "braaz": d.BR, "brabz": d.BR,
    "blr": d.BLR, "blraa": d.BLR, "blrab": d.BLR, "blraaz": d.BLR, "blrabz": d.BLR,
    "ret": d.RET, "retaa": d.RET, "retab": d.RET, "eret": d.ERET, "eretaa": d.ERET, "eretab": d.ERET,
    "nop": d.NOP, "brk": d.BRK, "udf": d.UDF, "svc": d.EXC, "hvc": d.EXC, "smc": d.EXC, "hlt": d.HLT,
}
REPEATS = 5
_HEX = re.compile(r"#(-?(?:0x[0-9a-f]+|[0-9]+))")


def capstone_forms(data: bytes, base: int) -> list[tuple[int, int | None]]:
    """(form, target) per word, classified from capstone's mnemonics."""
    import capstone

    cs = capstone.Cs(capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM)
    out: list[tuple[int, int | None]] = [(d.OTHER, None)] * (len(data) // 4)
    pos = 0
    while pos < len(data) // 4 * 4:
        progressed = False
        for addr, _size, mnem, ops in cs.disasm_lite(data[pos:], base + pos):
            progressed = True
            pos = addr - base + 4
            form = _CS_FORMS.get(mnem)
            if form is None and (mnem.startswith("b.") or mnem.startswith("bc.")):
                form = d.BCOND
            if form is None and mnem in ("ldr", "ldrsw", "prfm") and "[" not in ops:
                form = d.LDR_LIT
            if form is None:
                continue
            target = None
            if form in d.TARGET_FORMS:
                m = _HEX.findall(ops)
                target = int(m[-1], 0) if m else None
            out[(addr - base) // 4] = (form, target)
        if not progressed:
            pos += 4  # capstone stops at an undecodable word: skip it
    return out


def main(paths: list[str]) -> int:
    if not paths or paths[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    try:
        import capstone  # noqa: F401  (import time is not decoding time)
    except ModuleNotFoundError:
        print("bench/arm64_decoder.py: capstone is not installed (pip install capstone); it is the reference "
              "this benchmark measures against", file=sys.stderr)
        return 2

    words = 0
    ours_time = cs_time = 0.0
    mismatches = 0
    for path in paths:
        elf = ElfFile.open(path)
        for sec in elf.sections:
            if not sec.is_exec or not sec.data:
                continue
            best_ours = best_cs = float("inf")
            for _ in range(REPEATS):  # best of a few runs: the machine is shared
                t0 = time.perf_counter()
                ours = d.decode_words(sec.data, 0)
                forms = ours.form.tolist()
                targets = ours.target.tolist()
                t1 = time.perf_counter()
                theirs = capstone_forms(sec.data, 0)
                t2 = time.perf_counter()
                best_ours = min(best_ours, t1 - t0)
                best_cs = min(best_cs, t2 - t1)
            ours_time += best_ours
            cs_time += best_cs
            words += len(forms)
            for i, (form, target) in enumerate(theirs):
                mine_t = targets[i] if forms[i] in d.TARGET_FORMS else None
                if form != forms[i] or (target is not None and target != mine_t):
                    mismatches += 1
                    if mismatches <= 20:
                        print(f"{path}:{sec.name}+{i * 4:#x}: word {int(ours.words[i]):08x}: "
                              f"ours {d.FORM_NAMES[forms[i]]} {mine_t}, capstone {d.FORM_NAMES[form]} {target}")
    print(f"{words} words in {len(paths)} objects")
    print(f"pyobjtool numpy decoder: {ours_time * 1000:.1f} ms ({ours_time / max(words, 1) * 1e9:.0f} ns/word)")
    print(f"capstone (disasm_lite):  {cs_time * 1000:.1f} ms ({cs_time / max(words, 1) * 1e9:.0f} ns/word)")
    print(f"disagreements: {mismatches}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
