# SPDX-License-Identifier: GPL-2.0-only
"""The ORC entry layouts and init_orc_entry() rules of objtool 6.1 and 6.12."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import KBUILD_ARGS, assemble, run_pyobjtool
from fixtures_asm import frame_function

from pyobjtool.arch.base import CFI_CFA, CFI_UNDEFINED, UnwindEntryError
from pyobjtool.arch.x86.orc import ORC_6_1, ORC_6_12, ORC_REG_BP_INDIRECT
from pyobjtool.arch.x86.registers import CFI_BP, CFI_NUM_REGS, CFI_R12, CFI_SP

UNDEF = (CFI_UNDEFINED, 0)


def state(base: int, offset: int, bp: tuple[int, int] = UNDEF, kind: int = 0, end: bool = False):
    regs = [UNDEF] * CFI_NUM_REGS
    regs[CFI_BP] = bp
    return SimpleNamespace(cfa_base=base, cfa_offset=offset, regs=tuple(regs), type=kind, end=end)


def test_61_bit_layout() -> None:
    # s16 sp_offset, s16 bp_offset, then sp_reg:4, bp_reg:4, type:2, end:1
    raw = ORC_6_1.entry(state(CFI_BP, 16, (CFI_CFA, -16), kind=2, end=True))
    assert raw == b"\x10\x00\xf0\xff\x14\x06"
    assert ORC_6_1.decode(raw) == (16, -16, 4, 1, 2, 1)


@pytest.mark.parametrize(("layout", "call"), [(ORC_6_1, 0), (ORC_6_12, 2)])
def test_round_trip_and_dump(layout, call: int) -> None:
    raw = layout.entry(state(CFI_SP, 8, kind=call))
    assert len(raw) == 6 and layout.decode(raw)[:5] == (8, 0, 5, 0, call)
    assert "sp:sp+8 bp:(und)" in layout.dump_line(".text+0:", raw, 0)


def test_dump_lines() -> None:
    assert ORC_6_1.dump_line(".text+4:", ORC_6_1.entry(state(CFI_BP, 16, (CFI_CFA, -16))), 0) == \
        ".text+4: sp:bp+16 bp:prevsp-16 type:call end:0"
    # 6.12: the type first, and no space after the address
    assert ORC_6_12.dump_line(".text+4:", ORC_6_12.entry(state(CFI_BP, 16, (CFI_CFA, -16), kind=2)), 0) == \
        ".text+4:type:call sp:bp+16 bp:prevsp-16 signal:0"


def test_undefined_states() -> None:
    # 6.1: no CFA gives an all-undefined CALL entry, whatever the type; the end flag is kept
    assert ORC_6_1.entry(state(CFI_UNDEFINED, 0)) == b"\0" * 6
    assert ORC_6_1.decode(ORC_6_1.entry(state(CFI_UNDEFINED, 0, end=True)))[5] == 1
    # 6.12: the hint type decides; UNDEFINED is all zero, END_OF_STACK only its type
    assert ORC_6_12.entry(state(CFI_SP, 8, kind=ORC_6_12.UNDEFINED)) == b"\0" * 6
    assert ORC_6_12.entry(state(CFI_SP, 8, kind=ORC_6_12.END_OF_STACK)) == b"\0\0\0\0\0\x01"
    with pytest.raises(UnwindEntryError, match="unknown CFA base reg -1"):
        ORC_6_12.entry(state(CFI_UNDEFINED, 0, kind=ORC_6_12.CALL))
    with pytest.raises(UnwindEntryError, match="unknown unwind hint type 5"):
        ORC_6_12.entry(state(CFI_SP, 8, kind=5))


def test_612_signal() -> None:
    regs = ORC_6_12.decode(ORC_6_12.entry(state(CFI_SP, 8, kind=ORC_6_12.REGS, end=True)))
    assert regs == (8, 0, 5, 0, ORC_6_12.REGS, 1)
    call = ORC_6_12.decode(ORC_6_12.entry(state(CFI_BP, 16, (CFI_CFA, -16), kind=ORC_6_12.CALL)))
    assert call == (16, -16, 4, 1, ORC_6_12.CALL, 0)


def test_inexpressible_states() -> None:
    with pytest.raises(UnwindEntryError, match="unknown CFA base reg"):
        ORC_6_1.entry(state(CFI_R12, 8))
    with pytest.raises(UnwindEntryError, match="unknown BP base reg"):
        ORC_6_1.entry(state(CFI_SP, 8, (CFI_R12, 0)))
    assert ORC_REG_BP_INDIRECT == 8


def test_profile_612_writes_and_dumps_its_layout(tmp_path: Path) -> None:
    obj = assemble(frame_function(), tmp_path / "f.o")
    assert run_pyobjtool(obj, ["--profile", "6.12", *KBUILD_ARGS]).status == 0
    dump = run_pyobjtool(obj, ["--profile", "6.12", "--dump"]).stdout
    assert dump == [
        ".text+0:type:call sp:sp+8 bp:(und) signal:0",
        ".text+1:type:call sp:sp+16 bp:prevsp-16 signal:0",
        ".text+4:type:call sp:bp+16 bp:prevsp-16 signal:0",
        ".text+a:type:call sp:sp+8 bp:(und) signal:0",
        ".text+b:type:(und) sp:(und) bp:(und) signal:0",  # section end
    ]
