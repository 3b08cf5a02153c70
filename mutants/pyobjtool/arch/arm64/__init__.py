# SPDX-License-Identifier: GPL-2.0-only
"""AArch64: relocation types, an instruction decoder for branches and
address-forming instructions, and the layouts of the arm64
``.altinstructions`` and ``__jump_table`` entries.

objtool has no arm64 support (6.1 and 6.12), so :data:`ARCH` serves
pyobjtool's own analyses (section isolation, branch ranges) and says
``engine_support = False``: no stack operations, no ORC.  The capability
numbers that alternatives carry are a kernel-release fact and live in the
objtool profiles.
"""

from __future__ import annotations

from ...elf.constants import EM_AARCH64
from ..base import Arch, CfiRegisters, RelocKinds, SpecialEntry
from . import relocs as _r


class Arm64(Arch):
    name = "arm64"
    e_machine = EM_AARCH64
    engine_support = False
    # x0..x30, sp; x29 is the frame pointer, x30 the link register (DWARF numbers are the same)
    regs = CfiRegisters(num_regs=32, sp=31, bp=29, ra=30, callee_saved=frozenset(range(19, 31)),
                        names=tuple(f"x{i}" for i in range(31)) + ("sp",), initial_cfa=(31, 0), ra_offset=0,
                        hint_sp_regs={}, dwarf_to_cfi={i: i for i in range(32)})
    relocs = RelocKinds(none=_r.R_AARCH64_NONE, abs64=_r.R_AARCH64_ABS64, pc32=_r.R_AARCH64_PREL32,
                        pc_relative=frozenset((_r.R_AARCH64_PREL32,)), max_type=1032)
    # struct alt_instr { s32 orig_offset; s32 alt_offset; u16 cpucap; u8 orig_len; u8 alt_len; }
    alternatives_entry = SpecialEntry(".altinstructions", size=12, orig=0, new=4, group=True, orig_len=10,
                                      new_len=11, feature=8)
    # struct jump_entry { s32 code; s32 target; long key; }
    jump_table_entry = SpecialEntry("__jump_table", size=16, orig=0, new=4, jump_or_nop=True, key=8)
    # struct exception_table_entry { int insn, fixup; short type, data; }
    ex_table_entry = SpecialEntry("__ex_table", size=12, orig=0, new=4)
    special_entries = (alternatives_entry, jump_table_entry, ex_table_entry)
    #: older kernels keep replacements in their own section; newer ones in a subsection of .altinstructions
    replacement_sections = frozenset((".altinstr_replacement",))
    alternatives_replacement = ".altinstr_replacement"
    #: the ALTERNATIVE_CB flag in struct alt_instr's cpufeature field
    alt_callback_bit = 1 << 15
    #: sizeof(struct static_key): cpu_hwcap_keys[N] lies at N * 16
    static_key_size = 16

    def decode_section(self, data, hooks, make):
        from .decoder import FORM_KIND, decode_words

        dec = decode_words(bytes(data), 0)
        kinds = [FORM_KIND[f] for f in dec.form.tolist()]
        return [make(4 * i, 4, kind, disp, ()) for i, (kind, disp) in enumerate(zip(kinds, dec.disp.tolist(),
                                                                                     strict=True))]

    def dest_reloc_offset(self, addend: int) -> int:
        return addend

    def nop_bytes(self, length: int) -> bytes:
        if length % 4:
            raise ValueError(f"invalid NOP size: {length}")
        return b"\x1f\x20\x03\xd5" * (length // 4)


ARCH = Arm64()
