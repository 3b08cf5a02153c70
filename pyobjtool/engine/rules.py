# SPDX-License-Identifier: GPL-2.0-only
"""The behaviours of the engine's passes that objtool releases disagree on.

The engine knows behaviours, not version numbers: each attribute below
names one way a pass can work, with objtool 6.1's choice as the default.
A profile (:mod:`pyobjtool.profiles`) sets the choices of its release;
passes whose whole logic changed are separate functions that the profile's
pass list calls instead.
"""

from __future__ import annotations


class EngineRules:
    """Switchable behaviours; the defaults are objtool 6.1's."""

    #: a ``.cold`` function's parent name may have at most 128 characters
    cold_name_limit = True
    #: instructions belong to sized STT_NOTYPE symbols too (``insn->sym``), not only to
    #: functions; such a symbol must start on an instruction, an STT_FUNC may not sit at
    #: the end of its section, and embedded-instruction symbols own no instructions
    notype_symbols = False
    #: only the first warning per symbol is printed (WARN_INSN's ``sym->warned``)
    warn_once_per_symbol = False
    #: new alternatives, jump-label targets and switch-table cases go first in an
    #: instruction's list (so they are followed in reverse order)
    prepend_alternatives = False
    #: every alternative of one site shares the original group (and its per-byte CFI)
    shared_alt_groups = False
    #: replacement code may carry any relocation (no "unsupported relocation in alternatives")
    any_alt_relocation = False
    #: a jump to a function's first instruction from code of another symbol (any type) is a
    #: sibling call, and reloc-less jumps to a thunk's start are thunk calls
    symbol_sibling_calls = False
    #: a sibling call out of non-function code is not checked for a modified stack frame
    sibling_frame_check_needs_function = False
    #: call sites are collected for ``.call_sites``; ``__fentry__`` calls are turned into
    #: NOPs only with ``--mnop``
    call_sites = False
    #: ``--mcount`` turns every ``__fentry__`` call into a NOP (6.1), else only with ``--mnop``
    mcount_always_nops = True
    #: a function named ``__pfx_*`` may fall through into the next one (like ``__cfi_*``)
    prefix_functions_fall_through = False
    #: a RESTORE hint whose SAVE was not visited yet ends a branch that starts on it quietly
    defer_unvisited_restore = False
    #: "stack layout conflict in alternatives: <where>" reported at the original instruction
    alt_conflict_at_orig = False
    #: calls from noinstr code to static-call trampolines are fine
    noinstr_static_calls = False
    #: stack operations are ignored in a region an UNWIND_HINT_UNDEFINED starts
    force_undefined_hint = False
    #: ``mov %reg,%reg`` copies a register's known stack-pointer value (Clang's RSP musical chairs)
    track_register_copies = False
    #: ``lea disp(%rbp),%rsp`` is ignored while the CFA is %rbp+0
    lea_bp_sp_needs_offset = False
    #: every unreachable instruction is reported (one per symbol), and a call to an
    #: unannotated noreturn function before one says so
    report_all_unreachable = False
    #: a UD2 after a dead end is ignored only after a dead-end instruction of the same section
    unreachable_ud2_same_section = False
    #: IBT self-references are judged by parent function, and an address just past an
    #: ENDBR/noendbr symbol is accepted
    ibt_pfunc_self_refs = False
    #: annotations point at an instruction through a section symbol or an assembler-local
    #: ``.L`` label (anything else is refused); 6.1 took any symbol's section plus the addend
    local_label_targets = False
    #: created sections come with their ``.rela`` section sized up front (6.12's
    #: elf_create_section_pair()): if a creator stops half-way, the unfilled entries
    #: are written as R_NONE; 6.1 wrote only the relocations it added
    reserve_site_relocs = False
    #: ``__mcount_loc`` is aligned to its 8-byte entries (6.1: 1)
    aligned_mcount_loc = False
    #: sealing the ENDBR of a module's init_module()/cleanup_module() says they are not
    #: indirect call targets (--ibt --module)
    seal_warns_module_init = False
    #: --unret starts at VALIDATE_UNRET_BEGIN annotations (not at entry hints), and a
    #: context switch outside a function ends the walk
    unret_hint_starts = False
    #: with ``--no-unreachable``, a jump to the end of its function is ignored
    ignore_jump_to_function_end = False
    #: a jump table ends where the next table of the same function starts (not at any table
    #: start), and entries pointing just past the function are skipped
    jump_table_next_table_end = False
