# SPDX-License-Identifier: GPL-2.0-only
"""The arm64 decoder against aarch64-linux-gnu-objdump: hand-picked forms at
many distances, and a few thousand random words biased towards the
instruction classes the decoder recognizes."""

from __future__ import annotations

import random
import re
from pathlib import Path

from arm64_helpers import assemble_arm64, needs_arm64_tools, objdump_lines

from pyobjtool.arch.arm64 import decoder as d
from pyobjtool.arch.insn import CALL, JUMP_CONDITIONAL, JUMP_UNCONDITIONAL, RETURN
from pyobjtool.elf.file import ElfFile

pytestmark = needs_arm64_tools

#: objdump mnemonic -> our form
_FORMS = {
    "b": d.B, "bl": d.BL, "cbz": d.CBZ, "cbnz": d.CBNZ, "tbz": d.TBZ, "tbnz": d.TBNZ, "adr": d.ADR,
    "adrp": d.ADRP, "br": d.BR, "braa": d.BR, "brab": d.BR, "braaz": d.BR, "brabz": d.BR, "blr": d.BLR,
    "blraa": d.BLR, "blrab": d.BLR, "blraaz": d.BLR, "blrabz": d.BLR, "ret": d.RET, "retaa": d.RET,
    "retab": d.RET, "eret": d.ERET, "eretaa": d.ERET, "eretab": d.ERET, "nop": d.NOP, "brk": d.BRK,
    "udf": d.UDF, "svc": d.EXC, "hvc": d.EXC, "smc": d.EXC, "hlt": d.HLT,
}
_LINE = re.compile(r"^\s*([0-9a-f]+):\s+(\S+)\s*(.*)$")


def objdump_forms(obj: Path) -> dict[int, tuple[int, int | None, str]]:
    """offset -> (form, target, text) for the .text of *obj*, as objdump sees it."""
    out = {}
    for line in objdump_lines(obj, "-j", ".text"):
        m = _LINE.match(line)
        if not m or line.rstrip().endswith(">:"):
            continue
        off, mnem, ops = int(m.group(1), 16), m.group(2), m.group(3)
        ops = re.sub(r"\s*<[^>]*>", "", ops).split("//")[0].strip()
        form = _FORMS.get(mnem)
        if form is None and (mnem.startswith("b.") or mnem.startswith("bc.")):
            form = d.BCOND
        last = ops.split(",")[-1].strip()
        is_addr = bool(re.fullmatch(r"[0-9a-f]+", last))
        if form is None and mnem in ("ldr", "ldrsw", "prfm") and is_addr:
            form = d.LDR_LIT
        if form is None:
            form = d.OTHER
        target = int(last, 16) if form in d.TARGET_FORMS and is_addr else None
        out[off] = (form, target, f"{mnem} {ops}")
    return out


def compare(obj: Path) -> tuple[int, list[str]]:
    elf = ElfFile.open(str(obj))
    text = elf.find_section(".text")
    dec = d.decode_words(bytes(text.data), 0)
    theirs = objdump_forms(obj)
    problems = []
    for off, (form, target, txt) in theirs.items():
        if txt.startswith((".inst", ".word", "undefined")):
            continue  # data or unallocated encodings: objdump says nothing to compare with
        i = off // 4
        mine = int(dec.form[i])
        mine_t = int(dec.target[i]) if mine in d.TARGET_FORMS else None
        if mine != form or (target is not None and (mine_t or 0) % (1 << 64) != target):
            problems.append(f"{off:#x} {int(dec.words[i]):08x} objdump '{txt}' -> {d.FORM_NAMES[form]} {target}, "
                            f"ours {d.FORM_NAMES[mine]} {mine_t}")
    return len(theirs), problems


FORMS_SOURCE = r"""
    .arch armv8.3-a
    .text
start:
    b       far_fwd
    bl      far_back
    b.ne    near
    b.al    start
    cbz     x3, near
    cbnz    w7, start
    tbz     x0, #63, near
    tbnz    w1, #0, start
    adr     x2, near
    adrp    x4, far_fwd
    ldr     x5, lit
    ldr     w6, lit
    ldrsw   x7, lit
    ldr     q0, lit
    ldr     d1, lit
    prfm    pldl1keep, lit
    br      x16
    blr     x17
    ret
    ret     x3
    eret
    nop
    brk     #0x800
    hvc     #0
    smc     #0
    svc     #0
    hlt     #0
    udf     #0
    retaa
    braaz   x1
    blraaz  x2
    eretaa
    ldr     x0, [x1]
    add     x0, x1, #1
    mov     x29, sp
near:
    .word   0
lit:
    .quad   0
    .skip   0x1000
far_fwd:
    ret
"""


def test_forms_against_objdump(workdir: Path) -> None:
    obj = assemble_arm64(FORMS_SOURCE + "far_back:\n    ret\n", workdir / "forms.o")
    count, problems = compare(obj)
    assert count > 35
    assert problems == []


def test_random_words_against_objdump(workdir: Path) -> None:
    rng = random.Random(4)
    prefixes = [0x14000000, 0x94000000, 0x54000000, 0x34000000, 0xB5000000, 0x36000000, 0xB7000000,
                0x10000000, 0x90000000, 0x18000000, 0x58000000, 0x98000000, 0xD8000000, 0x1C000000,
                0x5C000000, 0x9C000000, 0xDC000000, 0xD61F0000, 0xD63F0000, 0xD65F0000, 0xD69F0000,
                0xD4000000, 0xD4200000, 0xD4400000, 0x00000000]
    words = []
    for i in range(3000):
        if i % 3 == 0:
            words.append(rng.getrandbits(32))
        else:
            base = rng.choice(prefixes)
            free = 0xFFFFFF if base < 0xD4000000 else 0xFFFF
            words.append((base | (rng.getrandbits(24) & free)) & 0xFFFFFFFF)
    src = "    .text\n" + "".join(f"    .inst {w:#010x}\n" for w in words)
    obj = assemble_arm64(src, workdir / "random.o")
    count, problems = compare(obj)
    assert count == len(words)
    assert problems == [], "\n".join(problems[:20])


def test_scalar_view_and_kinds() -> None:
    insn = d.decode_one(0x94000010, 0x1000)  # bl .+0x40
    assert (insn.form, insn.kind, insn.target, insn.name) == (d.BL, CALL, 0x1040, "bl")
    assert d.decode_one(0x17FFFFFF, 0x1000).target == 0xFFC  # b .-4
    assert d.decode_one(0xB4FFFFE0, 0x100).kind == JUMP_CONDITIONAL  # cbz x0, .-4
    assert d.decode_one(0x14000000).kind == JUMP_UNCONDITIONAL
    assert d.decode_one(0xD65F03C0).kind == RETURN
    adrp = d.decode_one(0xB0000000, 0x12345)  # adrp x0, .+0x1000 (page)
    assert adrp.form == d.ADRP and adrp.target == 0x13000


def test_margins() -> None:
    assert d.margin(d.BCOND, 0) == (1 << 20) - 4
    assert d.margin(d.BCOND, (1 << 20) - 4) == 0
    assert d.margin(d.BCOND, -(1 << 20)) == 0
    assert d.margin(d.TBZ, 0x7FF0) == 0xC
    assert d.margin(d.B, -(1 << 27) + 8) == 8
