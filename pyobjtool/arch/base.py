# SPDX-License-Identifier: GPL-2.0-only
"""What an architecture gives the engine: the one interface an ISA implements.

The line is drawn where objtool draws it in ``include/objtool/arch.h``: the
architecture decodes bytes into the arch-neutral record of
:mod:`pyobjtool.arch.insn` (kind, length, immediate, stack operations), names
its call-frame registers, knows its relocation types, its NOP and return
bytes, the layouts of the kernel's special sections, how a switch table is
found from an indirect jump, and which symbol names mean something to the
checker.  The engine (:mod:`pyobjtool.engine`) interprets all of that
without knowing the instruction set; it gets the architecture from the
object (:func:`pyobjtool.arch.for_machine`).

Facts that change between *kernel releases* (CPU feature numbers, thunk
names, the noreturn list, hint numbering) are not here but in the objtool
profile (:mod:`pyobjtool.profiles`).

An architecture that only serves pyobjtool's own analyses (arm64 today)
implements the decoding, relocation and special-section parts and says so
with ``engine_support = False``: the objtool checks then refuse its objects
with one clear error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..elf.file import ElfFile
    from ..elf.model import Section, Symbol

# Pseudo bases of a CFI rule (objtool's include/objtool/cfi.h): arch-neutral.
CFI_UNDEFINED = -1
CFI_CFA = -2
CFI_SP_INDIRECT = -3
CFI_BP_INDIRECT = -4

Reg = tuple[int, int]


class CfiRegisters:
    """The architecture's call-frame register numbering (objtool's cfi_regs.h).

    ``sp``, ``bp`` and ``ra`` are the stack pointer, frame pointer and return
    address slots; ``initial_cfa``/``initial_regs`` the state at a function's
    first instruction (arch_initial_func_cfi_state()); ``hint_sp_regs`` turns
    an unwind hint's base register into a CFI base (arch_decode_hint_reg());
    ``dwarf_to_cfi`` maps DWARF register numbers (for ``.eh_frame`` and
    ``.debug_frame``) to these numbers.
    """

    __slots__ = ("num_regs", "sp", "bp", "ra", "callee_saved", "names", "initial_cfa", "initial_regs",
                 "hint_sp_regs", "dwarf_to_cfi")

    def __init__(self, *, num_regs: int, sp: int, bp: int, ra: int, callee_saved: frozenset[int],
                 names: tuple[str, ...], initial_cfa: Reg, ra_offset: int,
                 hint_sp_regs: dict[int, int], dwarf_to_cfi: dict[int, int]) -> None:
        self.num_regs = num_regs
        self.sp = sp
        self.bp = bp
        self.ra = ra
        self.callee_saved = callee_saved
        self.names = names
        self.initial_cfa = initial_cfa
        self.initial_regs: tuple[Reg, ...] = tuple(
            (CFI_CFA, ra_offset) if i == ra else (CFI_UNDEFINED, 0) for i in range(num_regs))
        self.hint_sp_regs = hint_sp_regs
        self.dwarf_to_cfi = dwarf_to_cfi

    def name(self, num: int) -> str:
        return self.names[num] if 0 <= num < len(self.names) else f"r{num}"


class RelocKinds(NamedTuple):
    """The relocation types the engine writes or interprets."""

    none: int
    #: 64-bit absolute (``__mcount_loc`` entries, ``.debug_line`` addresses)
    abs64: int
    #: 32-bit PC-relative (site tables, ``.orc_unwind_ip``)
    pc32: int
    #: types whose addend is PC-relative to the end of a 4-byte field
    pc_relative: frozenset[int]
    #: highest type the psABI defines; anything above is refused as unknown
    max_type: int


class SpecialEntry(NamedTuple):
    """Byte layout of one kind of special-section entry (arch/*/include/arch/special.h).

    Offsets are of 32-bit PC-relative fields, or of the 1- and 2-byte fields;
    0 for ``orig_len``/``new_len``/``feature``/``key`` means "not present"
    except where ``group``/``jump_or_nop`` say otherwise.
    """

    sec: str
    size: int
    orig: int
    new: int
    group: bool = False
    jump_or_nop: bool = False
    orig_len: int = 0
    new_len: int = 0
    feature: int = 0
    key: int = 0


class DecodeHooks:
    """What a decoder may ask about the object around the bytes.

    objtool's x86 decoder peeks at symbols (an ``iret`` inside an STT_FUNC is
    sync_core()'s IRET-to-self) and at relocations (paravirt ``pv_ops``
    stores in .init.text); those are rare, so they go through callbacks.
    """

    __slots__ = ("sec_name", "in_function", "warn", "pv_store", "release")

    def __init__(self, sec_name: str, in_function: Callable[[int], bool],
                 warn: Callable[[str], None],
                 pv_store: Callable[[int, int], None] | None = None, release: str = "6.1") -> None:
        self.sec_name = sec_name
        self.in_function = in_function
        self.warn = warn
        self.pv_store = pv_store
        #: the objtool release whose decoder quirks to follow
        self.release = release


class DecodedColumns(NamedTuple):
    """A whole section decoded at once, as packed columns (one entry per instruction).

    ``offsets`` u32, ``lengths`` u16, ``kinds`` u8, ``immediates`` i64 and
    ``ops_index`` u32 (into the object-wide list of stack-operation tuples the
    decoder was given), all native-endian.  A decoder in C returns this so that
    no Python object is made per instruction before the engine's own record.
    """

    offsets: bytes
    lengths: bytes
    kinds: bytes
    immediates: bytes
    ops_index: bytes


class UnwindEntryError(Exception):
    """A call-frame state the unwind table cannot express (objtool: "unknown CFA base reg")."""


class UnwindLayout:
    """One release's layout of an unwind-table entry (x86: ORC) and its init_orc_entry() rules.

    The engine's generator (objtool's orc_gen.c) asks for the bytes of each
    state's entry and deduplicates on them; ``--dump`` decodes them.
    """

    name = ""
    #: the ``--dump`` name of the entry's one-bit flag
    flag_name = ""
    #: the entry of an instruction no path reached
    null = b""
    #: the entry after each text section
    terminator = b""

    def entry(self, cfi) -> bytes:
        """The entry of an interned CFI state; :class:`UnwindEntryError` if there is none."""
        raise NotImplementedError

    def dump_line(self, head: str, raw, offset: int) -> str:
        """``--dump``'s line for the entry at *offset* of *raw*, after *head* (the address)."""
        raise NotImplementedError


class Arch:
    """One architecture.  Subclasses fill in the class attributes and methods."""

    #: short name (``x86_64``, ``arm64``)
    name = ""
    #: ELF ``e_machine``
    e_machine = 0
    #: True if objtool's checks (the engine) run on this architecture's objects
    engine_support = False
    regs: CfiRegisters
    relocs: RelocKinds
    #: ``.altinstructions``, ``__jump_table``, ``__ex_table`` layouts, in objtool's reading order
    special_entries: tuple[SpecialEntry, ...] = ()
    #: where a kernel release changed a layout: release -> its entries
    special_entries_by_release: dict[str, tuple[SpecialEntry, ...]] = {}
    #: executable sections that hold alternative replacements, not code that runs in place
    replacement_sections: frozenset[str] = frozenset()
    #: a flag in an alternative's feature field that marks a patching callback (arm64 ALTERNATIVE_CB)
    alt_callback_bit = 0
    #: sizeof(struct static_key): an array of keys indexed by feature number (arm64 cpu_hwcap_keys[])
    static_key_size = 16
    #: the section of ``.altinstructions`` replacements (call sites there are templates, not calls)
    alternatives_replacement = ""
    #: statically initialised paravirt call tables (objtool's init_pv_ops()); the first is pv_ops itself
    pv_ops_tables: tuple[str, ...] = ()
    #: paravirt targets that are not calls into instrumentable code
    pv_ops_nops: tuple[str, ...] = ()

    #: unwind-table layouts by objtool release ("6.1", "6.12"); empty if the arch has no ORC
    unwind_layouts: dict[str, UnwindLayout] = {}

    def special_entries_for(self, release: str) -> tuple[SpecialEntry, ...]:
        """The special-section layouts of a kernel release (``.altinstructions`` grew in 6.3);
        the engine and the isolation analysis both read them from here."""
        return self.special_entries_by_release.get(release, self.special_entries)

    def special_entry(self, release: str, section: str) -> SpecialEntry | None:
        return next((e for e in self.special_entries_for(release) if e.sec == section), None)

    def decode_section(self, data: bytes, hooks: DecodeHooks, make: Callable) -> list:
        """``make(offset, length, kind, immediate, stack_ops)`` for every instruction of *data*.

        Raises :class:`~pyobjtool.arch.insn.DecodeError` at the first offset
        that is not an instruction.
        """
        raise NotImplementedError

    def decode_columns(self, data: bytes, hooks: DecodeHooks, ops: list, ops_cache: dict,
                       raw=None) -> DecodedColumns | None:
        """The whole section as :class:`DecodedColumns` from a native decoder, or None if
        the architecture has none in use (then the engine calls :meth:`decode_section`).

        *ops* (``ops[0]`` is the empty tuple) and *ops_cache* intern stack
        operations across the sections of one object.  *raw* is what a
        :meth:`prefetch_decode` thread made of this data, if anything.
        """
        return None

    def prefetch_decode(self, sections: list, release: str):
        """Start decoding *sections* (code sections whose decoding needs no decode hook) on a
        thread, if the architecture has a native decoder that runs without the GIL; returns an
        object whose ``take(sec, data)`` gives :meth:`decode_columns` its *raw*, or None."""
        return None

    def dest_reloc_offset(self, addend: int) -> int:
        """Target offset of a PC-relative branch relocation (arch_dest_reloc_offset())."""
        raise NotImplementedError

    def nop_bytes(self, length: int) -> bytes:
        """One NOP of *length* bytes (ValueError if the ISA has none that long)."""
        raise NotImplementedError

    def ret_bytes(self, length: int) -> bytes:
        """A return padded to *length* bytes (for NOPing out tail calls)."""
        raise NotImplementedError

    def support_alt_relocation(self, new_off: int, insn) -> bool:
        """May an alternative's replacement instruction carry this relocation?"""
        raise NotImplementedError

    def find_switch_table(self, file, insn):
        """The relocation of the first entry of the jump table *insn* loads, or None."""
        return None

    def classify_symbol(self, sym: Symbol, names) -> None:
        """Set the engine's flags on a global symbol (thunks, trampolines, ftrace...).

        *names* is the profile's :class:`~pyobjtool.profiles.base.SymbolNames`.
        """

    def section_is_replacement(self, sec: Section) -> bool:
        return sec.name in self.replacement_sections

    def check_relocations(self, elf: ElfFile) -> None:
        """Refuse relocation types the psABI does not define (one error, not a crash later)."""
        from ..errors import ElfFormatError

        limit = self.relocs.max_type
        for sec in elf.sections:
            table = sec.relocs
            if table is None or not table.types:
                continue
            top = max(table.types)
            if top > limit:
                idx = table.types.index(top)
                raise ElfFormatError(f"{sec.name}: unknown {self.name} relocation type {top} at offset "
                                     f"{table.offsets[idx]:#x}")
