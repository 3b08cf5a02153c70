# SPDX-License-Identifier: GPL-2.0-only
"""Decoded code of an object, arch-neutral, as the isolation walk needs it.

For every executable section: the instructions (offset, length, kind, the
direct branch target within the section, whether execution falls through),
so that the walk can (1) classify a relocation as a call, a jump or an
address reference, (2) see calls and jumps that the assembler resolved
without a relocation (to a static function in the same section), and (3)
follow control flow when assumptions make a path dead.

arm64 uses pyobjtool's own fixed-width decoder; x86-64 uses the objtool
engine's decoder (pyobjtool.arch.x86), without running any objtool check.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ...arch import insn as K
from ...elf.constants import EM_AARCH64, EM_X86_64
from ...elf.file import ElfFile
from ...elf.model import Section

CALL = "call"
JUMP = "jump"
ADDRESS = "address"


@dataclass
class CodeSection:
    """The instructions of one executable section, in offset order."""

    sec: Section
    offsets: list[int]
    lengths: list[int]
    kinds: list[int]
    #: direct branch/call target (section offset), or -1
    targets: list[int]
    fallthrough: list[bool]
    index: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = {off: i for i, off in enumerate(self.offsets)}

    def containing(self, offset: int) -> int | None:
        """Index of the instruction that covers *offset*."""
        i = bisect_right(self.offsets, offset) - 1
        if i >= 0 and offset < self.offsets[i] + self.lengths[i]:
            return i
        return None

    def ref_kind(self, i: int) -> str:
        """What a reference made by instruction *i* is: a call, a jump or an address."""
        kind = self.kinds[i]
        if kind == K.CALL:
            return CALL
        if kind in (K.JUMP_CONDITIONAL, K.JUMP_UNCONDITIONAL):
            return JUMP
        return ADDRESS


def decode_code(elf: ElfFile) -> dict[int, CodeSection]:
    """Section index -> decoded code, for every executable section with contents."""
    out: dict[int, CodeSection] = {}
    for sec in elf.sections:
        if not sec.is_exec or not sec.data or not sec.has_data:
            continue
        if elf.e_machine == EM_AARCH64:
            code = _decode_arm64(sec)
        elif elf.e_machine == EM_X86_64:
            code = _decode_x86(sec)
        else:
            code = None
        if code is not None:
            out[sec.idx] = code
    return out


def _decode_arm64(sec: Section) -> CodeSection:
    from ...arch.arm64 import decoder as d

    dec = d.decode_words(bytes(sec.data), 0)
    forms = dec.form.tolist()
    targets = dec.target.tolist()
    n = len(forms)
    branch = d.BRANCH_FORMS
    kind_of = d.FORM_KIND
    no_ft = d.NO_FALLTHROUGH
    return CodeSection(
        sec,
        list(range(0, 4 * n, 4)),
        [4] * n,
        [kind_of[f] for f in forms],
        [t if f in branch else -1 for f, t in zip(forms, targets, strict=True)],
        [f not in no_ft for f in forms],
    )


_X86_NO_FALLTHROUGH = {K.JUMP_UNCONDITIONAL, K.JUMP_DYNAMIC, K.RETURN, K.CONTEXT_SWITCH, K.BUG, K.TRAP}


def _record(offset: int, length: int, kind: int, immediate: int, ops: tuple) -> tuple:
    return offset, length, kind, immediate


def _decode_x86(sec: Section) -> CodeSection | None:
    from ...arch.base import DecodeHooks
    from ...arch.insn import DecodeError
    from ...arch.x86 import ARCH

    def in_function(offset: int) -> bool:
        return sec.symbols.func_containing(offset) is not None

    try:
        records = ARCH.decode_section(bytes(sec.data), DecodeHooks(sec.name, in_function, lambda _msg: None),
                                      _record)
    except DecodeError:
        return None  # not decodable (data in a code section): relocations only
    offsets, lengths, kinds, targets, fts = [], [], [], [], []
    for offset, length, kind, immediate in records:
        offsets.append(offset)
        lengths.append(length)
        kinds.append(kind)
        direct = kind in (K.CALL, K.JUMP_CONDITIONAL, K.JUMP_UNCONDITIONAL)
        targets.append(offset + length + immediate if direct else -1)
        fts.append(kind not in _X86_NO_FALLTHROUGH)
    return CodeSection(sec, offsets, lengths, kinds, targets, fts)
