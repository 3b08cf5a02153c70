# SPDX-License-Identifier: GPL-2.0-only
"""What an objtool release is: everything that differs between releases.

A :class:`Profile` gathers the facts and the pass order of one objtool
release: the options it accepts, the order of its passes (``decode()`` and
``check()``), its hand-kept lists (noreturn functions, UACCESS-safe
functions), the names it classifies symbols by, how its unwind hints are
encoded, which unwind-table layout it writes, the message texts that changed
between releases, and the kernel-release numbering of CPU features and arm64
capabilities that alternatives use.  The engine's passes are shared; a
release whose check differs in a pass gets a pass of its own in
:mod:`pyobjtool.engine`, and its profile runs that one instead.

Adding a release is a new module in this package plus the genuinely new
passes; nothing in the engine tests a version number.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from ..elf.constants import STB_GLOBAL, STB_WEAK
from ..engine.rules import EngineRules

if TYPE_CHECKING:
    from ..arch.base import Arch, UnwindLayout
    from ..elf.file import ElfFile
    from ..elf.model import Symbol
    from ..engine.objfile import ObjtoolFile
    from ..options import Options, OptionSpec


class SymbolNames:
    """Global symbol names that mean something to the checker (classify_symbols())."""

    __slots__ = ("static_call_tramp_prefix", "static_call_key_prefix", "retpoline_prefix", "return_thunks",
                 "embedded_insns", "fentry", "profiling_prefixes", "profiling_names")

    def __init__(self, *, static_call_tramp_prefix: str, static_call_key_prefix: str, retpoline_prefix: str,
                 return_thunks: frozenset[str], embedded_insns: frozenset[str], fentry: str,
                 profiling_prefixes: tuple[str, ...], profiling_names: frozenset[str]) -> None:
        self.static_call_tramp_prefix = static_call_tramp_prefix
        self.static_call_key_prefix = static_call_key_prefix
        self.retpoline_prefix = retpoline_prefix
        self.return_thunks = return_thunks
        self.embedded_insns = embedded_insns
        self.fentry = fentry
        self.profiling_prefixes = profiling_prefixes
        self.profiling_names = profiling_names


class HintEncoding:
    """``struct unwind_hint`` as a release lays it out, and its type numbers.

    ``unpack(data, base)`` gives (sp_offset, sp_reg, type, flag) of the entry
    at *base*; the flag is ``end`` in 6.1 and ``signal`` later.
    ``regs_types`` are the types whose areas track only the stack pointer.
    """

    __slots__ = ("size", "type_offset", "_unpack", "init_type", "call", "regs", "regs_partial", "func", "entry",
                 "save", "restore", "undefined", "end_of_stack", "regs_types")

    def __init__(self, *, size: int, fields_offset: int, init_type: int, call: int, regs: int, regs_partial: int,
                 func: int, save: int, restore: int, entry: int | None = None, undefined: int | None = None,
                 end_of_stack: int | None = None) -> None:
        self.size = size
        # s16 sp_offset; u8 sp_reg; u8 type; u8 flag
        self._unpack = struct.Struct("<hBBB").unpack_from
        self.type_offset = fields_offset + 3
        #: the type of init_cfi_state() (all zeroes: CALL in 6.1, UNDEFINED later)
        self.init_type = init_type
        self.call = call
        self.regs = regs
        self.regs_partial = regs_partial
        self.func = func
        self.entry = entry
        self.save = save
        self.restore = restore
        #: 6.1's UNWIND_HINT_ENTRY (turned into CALL, marks an unret entry); later releases have none
        self.entry = entry
        #: later releases: a region whose state is undefined whatever the code does
        self.undefined = undefined
        self.end_of_stack = end_of_stack
        self.regs_types = (regs, regs_partial)

    def unpack(self, data, base: int) -> tuple[int, int, int, int]:
        return self._unpack(data, base + self.type_offset - 3)


class Messages:
    """Warning texts that differ between releases (the engine's other texts are objtool's own
    and the same in every supported release)."""

    naked_return = "'naked' return found in RETHUNK build"
    #: ``{what}``: "jump" or "call"
    indirect_branch = "indirect {what} found in RETPOLINE build"
    fentry_tail_call = "Tail call to __fentry__ !?!?"


class Profile:
    """One objtool release.  Subclasses fill in the attributes and the two pass lists."""

    #: the release ("6.1")
    version = ""
    #: objtool's own options in this release (see :mod:`pyobjtool.options`)
    options: tuple[OptionSpec, ...] = ()
    #: architectures whose objects this release's checks run on (e_machine values)
    machines: frozenset[int] = frozenset()
    global_noreturns: frozenset[str] = frozenset()
    uaccess_safe: tuple[str, ...] = ()
    symbol_names: SymbolNames
    hints: HintEncoding
    messages: Messages = Messages()
    #: how the engine's passes behave where releases disagree (6.1's by default)
    rules: EngineRules = EngineRules()
    #: the unwind-table layout written and dumped (a key of ``Arch.unwind_layouts``)
    unwind_layout = ""
    #: sections whose code must not call instrumentable code
    noinstr_sections: frozenset[str] = frozenset()
    noinstr_section_prefixes: tuple[str, ...] = ()
    #: data sections whose relocations to code are not indirect-branch targets (--ibt)
    ibt_exempt_sections: frozenset[str] = frozenset()
    #: the section of annotated C jump tables (they may carry symbols)
    c_jump_table_section = ""
    #: sections --noinstr checks when no stack checks run (validate_noinstr_sections())
    noinstr_validate_sections: tuple[str, ...] = (".noinstr.text", ".entry.text")
    #: arm64 capability names in the release's numbering (cpucaps), for --assume
    arm64_cpucaps: tuple[str, ...] = ()

    def listed_noreturn(self, func: Symbol, extra: frozenset[str]) -> bool | None:
        """The hand-kept list's verdict on a callee: True (never returns), False (a weak
        function, which may be replaced), None (ask the code).  *extra* are the
        analyses' additions to the list."""
        if func.bind == STB_WEAK:
            return False
        if func.bind == STB_GLOBAL and (func.name in self.global_noreturns or func.name in extra):
            return True
        return None

    def elf_stat_lines(self, elf: ElfFile) -> list[str]:
        """What objtool's ELF reader prints with --stats."""
        from ..engine.stats import elf_stat_lines

        return elf_stat_lines(elf)

    def post_open_error(self, opts: Options) -> str | None:
        """An option error objtool reports only after opening the object (and making the backup)."""
        return None

    def is_rodata_section(self, name: str) -> bool:
        """Can this section hold switch jump tables?  (.rodata* except string sections)"""
        return name.startswith(".rodata") and ".str1." not in name

    def alternative_feature_policy(self, feature: int, opts: Options) -> tuple[bool, bool]:
        """(skip_orig, skip_alt) for an ``.altinstructions`` entry (arch_handle_alternative())."""
        return False, False

    def options_error(self, opts: Options) -> str | None:
        """objtool's opts_valid(): the message for an unusable combination, or None."""
        return None

    def decode(self, file: ObjtoolFile) -> None:
        """Everything objtool learns about the object before following paths."""
        raise NotImplementedError

    def check(self, file: ObjtoolFile) -> int:
        """objtool's check(): all passes in order; returns the warning count."""
        raise NotImplementedError

    def unwind_layout_for(self, arch: Arch) -> UnwindLayout:
        """The unwind-table layout the release writes and dumps."""
        return arch.unwind_layouts[self.unwind_layout]
