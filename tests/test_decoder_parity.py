# SPDX-License-Identifier: GPL-2.0-only
"""pyobjtool decodes x86 exactly as objtool's decoder (the kernel's insn.c) does.

* fixed cases, with the lengths the kernel's insn_decode() gives (checked
  against insn.c compiled from each release's sources): bytes no CPU takes
  as an instruction but objtool does, the Xen/KVM emulate prefix, a 5th
  legacy prefix, REX then a prefix, REX2 (6.12) against ``aad`` (6.1), VEX
  checks, the 15-byte limit, the end of the section;
* the committed attribute tables against the kernel's own generator, where
  the kernel sources are around;
* a bounded run of bench/decoder_differential.py against each real objtool
  installed (random, built and mutated code, a function symbol at every
  instruction boundary).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import have_real_objtool

from pyobjtool.arch.base import DecodeHooks
from pyobjtool.arch.insn import CALL, JUMP_CONDITIONAL, NOP, OTHER, DecodeError
from pyobjtool.arch.x86.decoder import decode_section
from pyobjtool.arch.x86.insn_decoder import decoder_for

BENCH = Path(__file__).resolve().parent.parent / "bench"

#: (bytes, length in 6.1, length in 6.12); None: "can't decode instruction"
CASES = [
    ("e2fe", 2, 2),                                  # loop .
    ("0fa690", None, None),                          # GrpPDLK: ModRM 0x90 wants a disp32
    ("0fa6c0", 3, 3),
    ("0f0b78656e90", 6, 6),                          # ud2; .ascii "xen" is a prefix: one instruction
    ("0f0b6b766d4889e5", 8, 8),                      # the KVM emulate prefix
    ("0f0b786e65", 2, 2),                            # not an emulate prefix: ud2
    ("662ef23e6426904889", 5, 5),                    # a 5th distinct prefix is an opcode
    ("4866900000", 2, 2),                            # REX, then 0x66 as the opcode
    ("489a000000000000", None, None),                # no ptr16:64
    ("9a00000000aaaa", 7, 7),                        # lcall ptr16:32, invalid in 64-bit mode
    ("d54189c0", 2, 4),                              # aad (6.1), REX2 + mov (6.12)
    ("d5c1e8000000", 2, 4),
    ("d50a", 2, None),
    ("0fff", 2, 2),                                  # ud0 without ModRM
    ("0fffc0", 2, 2),
    ("c5f877", 3, 3),                                # vzeroupper
    ("c5f8ff", None, None),                          # VEX on an opcode that takes none
    ("62f1fd48580000000000", 6, 6),                  # EVEX
    ("66666666666666666666666666666690", None, None),  # past 15 bytes
    ("6666666666666666666666666666", None, None),    # prefixes up to the section's end
    ("48b80100000000000000", 10, 10),                # movabs
    ("a10000000000000000", 9, 9),                    # moffset64
    ("67a100000000", 6, 6),                          # moffset32
    ("c8010002", 4, 4),                              # enter Iw, Ib
    ("f6c001", 3, 3),                                # test Eb, Ib (Grp3 /0)
    ("f6d0", 2, 2),                                  # not Eb (Grp3 /2)
    ("8f", None, None),
    ("d4", None, None),
    ("d40a", 2, 2),                                  # aam
    ("82c001", 3, 3),
    ("8dc0", 2, 2),                                  # lea with a register operand
    ("48ff15000000", None, None),                    # call *disp32(%rip) cut short
    ("e8000000", None, None),
    ("c4e27d18c0", 5, 5),
]


def _length(release: str, hexbytes: str) -> int | None:
    data = bytes.fromhex(hexbytes)
    res = decoder_for(release)(data, 0, len(data))
    return None if res is None else res[0]


@pytest.mark.parametrize("hexbytes,len61,len612", CASES, ids=[c[0] for c in CASES])
def test_lengths_as_the_kernel_decoder(hexbytes: str, len61: int | None, len612: int | None) -> None:
    assert _length("6.1", hexbytes) == len61
    assert _length("6.12", hexbytes) == len612


def _hooks(release: str) -> DecodeHooks:
    return DecodeHooks(".text", lambda off: True, lambda msg: None, None, release)


def test_decode_section_classifies_after_the_emulate_prefix() -> None:
    """After ``ud2; .ascii "xen"`` the opcode is the next byte: a nop, not a BUG."""
    insns = decode_section(bytes.fromhex("0f0b78656e90e2fe"), _hooks("6.1"))
    assert [(i[0], i[1], i[2]) for i in insns] == [(0, 6, NOP), (6, 2, JUMP_CONDITIONAL)]
    assert insns[1][3] == -2


def test_undecodable_bytes_raise_at_their_offset() -> None:
    with pytest.raises(DecodeError) as exc:
        decode_section(bytes.fromhex("90900fa690"), _hooks("6.1"))
    assert exc.value.offset == 2


def test_rex2_instructions_are_classified_from_the_kernel_fields() -> None:
    """6.12: REX2 with M set takes the opcode from map 1: ``d5 80 e8 ...`` is no call
    (0f e8 has a ModRM and no immediate), and 0xff with REX2 is never an indirect call."""
    hooks = _hooks("6.12")
    insns = decode_section(bytes.fromhex("d580e8c0" "d500ffd0" "d500e800000000"), hooks)
    assert [(i[1], i[2], i[3]) for i in insns] == [(4, CALL, 0), (4, OTHER, 0), (7, CALL, 0)]


def test_prefix_checks_use_the_kernel_decoders_prefixes() -> None:
    """ENDBR needs F3 as prefixes.bytes[0]: after an emulate prefix, and after the last-prefix swap
    of insn_get_prefixes() (f3 66 2e 3e f3: four different prefixes and F3 again, so bytes[0]
    becomes 3e and it is no ENDBR)."""
    from pyobjtool.arch.insn import ENDBR

    hooks = _hooks("6.1")
    assert decode_section(bytes.fromhex("0f0b78656ef30f1efa"), hooks)[0][2] == ENDBR
    assert decode_section(bytes.fromhex("f30f1efa"), hooks)[0][2] == ENDBR
    assert decode_section(bytes.fromhex("f3662ef30f1efa"), hooks)[0][2] == ENDBR
    assert decode_section(bytes.fromhex("f3662e3e0f1efa"), hooks)[0][2] == ENDBR
    assert decode_section(bytes.fromhex("f3662e3ef30f1efa"), hooks)[0][2] == OTHER


def test_vex_instructions_are_not_classified() -> None:
    insns = decode_section(bytes.fromhex("c5f877" "c4e27d18c0"), _hooks("6.1"))
    assert [(i[1], i[2]) for i in insns] == [(3, OTHER), (5, OTHER)]


KERNEL_TREES = {"6.1": "/work/src/linux-source-6.1", "6.12": "/work/src/linux-source-6.12"}


def test_committed_tables_match_the_kernel_generator(tmp_path: Path) -> None:
    """bench/gen_inat_tables.py --check: the Python generator against gawk and the kernel's awk script,
    and the committed module against a fresh generation."""
    trees = {r: os.environ.get(f"KERNEL_SRC_{r.replace('.', '_')}", t) for r, t in KERNEL_TREES.items()}
    if not all(os.path.exists(os.path.join(t, "arch/x86/lib/x86-opcode-map.txt")) for t in trees.values()):
        pytest.skip("kernel sources not available")
    if subprocess.run(["sh", "-c", "command -v gawk"], capture_output=True).returncode:
        pytest.skip("gawk not installed")
    out = tmp_path / "inat_tables.py"
    proc = subprocess.run([sys.executable, str(BENCH / "gen_inat_tables.py"), "--check", "-o", str(out),
                           *(f"{r}={t}" for r, t in trees.items())], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    committed = Path(__file__).resolve().parent.parent / "pyobjtool" / "arch" / "x86" / "inat_tables.py"
    assert out.read_text() == committed.read_text()


@pytest.mark.parametrize("release", ["6.1", "6.12"])
def test_differential_against_the_real_objtool(release: str) -> None:
    """A bounded run of the differential test: no disagreement with the real objtool."""
    if not have_real_objtool(release):
        pytest.skip(f"real objtool {release} not installed")
    sys.path.insert(0, str(BENCH))
    try:
        import decoder_differential
    finally:
        sys.path.remove(str(BENCH))
    lines: list[str] = []
    stats = decoder_differential.run(release, objects=6, seed=7, insns_per_object=800, log=lines.append)
    assert stats["instructions"] >= 4800
    assert stats["disagreements"] == 0, "\n".join(lines)
    assert stats["other_output_differences"] == 0, "\n".join(lines)
