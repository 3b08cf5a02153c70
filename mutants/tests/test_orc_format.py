# SPDX-License-Identifier: GPL-2.0-only
"""The ORC entry layouts: 6.1 (default, byte-compatible) and 6.12 (--orc-format 6.12)."""

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


@pytest.mark.parametrize("layout", [ORC_6_1, ORC_6_12])
def test_round_trip_and_dump(layout) -> None:
    raw = layout.entry(state(CFI_SP, 8))
    assert len(raw) == 6 and layout.decode(raw)[:4] == (8, 0, 5, 0)
    assert "sp:sp+8 bp:(und)" in layout.dump_line(".text+0:", raw, 0)


def test_undefined_states() -> None:
    assert ORC_6_1.entry(state(CFI_UNDEFINED, 0)) == b"\0" * 6
    assert ORC_6_1.decode(ORC_6_1.entry(state(CFI_UNDEFINED, 0, end=True)))[5] == 1
    assert ORC_6_12.entry(state(CFI_UNDEFINED, 0)) == b"\0" * 6
    assert ORC_6_12.decode(ORC_6_12.entry(state(CFI_SP, 8, end=True)))[4] == ORC_6_12.END_OF_STACK


def test_612_types() -> None:
    call = ORC_6_12.decode(ORC_6_12.entry(state(CFI_BP, 16, (CFI_CFA, -16))))
    assert call == (16, -16, 4, 1, ORC_6_12.CALL, 0)
    regs = ORC_6_12.decode(ORC_6_12.entry(state(CFI_SP, 8, kind=1)))
    assert regs[4] == ORC_6_12.REGS and regs[5] == 1  # REGS entries are signal frames


def test_inexpressible_states() -> None:
    with pytest.raises(UnwindEntryError, match="unknown CFA base reg"):
        ORC_6_1.entry(state(CFI_R12, 8))
    with pytest.raises(UnwindEntryError, match="unknown BP base reg"):
        ORC_6_1.entry(state(CFI_SP, 8, (CFI_R12, 0)))
    assert ORC_REG_BP_INDIRECT == 8


def test_orc_format_option_writes_and_dumps_612(tmp_path: Path) -> None:
    obj = assemble(frame_function(), tmp_path / "f.o")
    assert run_pyobjtool(obj, KBUILD_ARGS + ["--orc-format", "6.12"]).status == 0
    dump = run_pyobjtool(obj, ["--dump", "--orc-format", "6.12"]).stdout
    assert dump == [
        ".text+0: type:call sp:sp+8 bp:(und) signal:0",
        ".text+1: type:call sp:sp+16 bp:prevsp-16 signal:0",
        ".text+4: type:call sp:bp+16 bp:prevsp-16 signal:0",
        ".text+a: type:call sp:sp+8 bp:(und) signal:0",
        ".text+b: type:(und) sp:(und) bp:(und) signal:0",  # section end
    ]
