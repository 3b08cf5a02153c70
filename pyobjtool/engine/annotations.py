# SPDX-License-Identifier: GPL-2.0-only
"""Annotations: what the kernel tells objtool through ``.discard.*`` sections and
symbol names.

* ``.discard.func_stack_frame_non_standard`` (STACK_FRAME_NON_STANDARD): skip a function;
* ``.discard.ignore_alts``: don't follow an instruction's alternatives;
* ``.discard.noendbr``: an address that may be reached indirectly without ENDBR;
* ``.discard.unwind_hints``: the CFI state at an instruction (UNWIND_HINT_*);
* ``.discard.retpoline_safe``: an indirect branch that is fine in a retpoline build;
* ``.discard.instr_begin``/``instr_end``: instrumentation windows in noinstr code;
* ``.discard.intra_function_calls``: a CALL that is really a jump with a push;
* ``.discard.unreachable``/``reachable``: dead ends the compiler can't express.

Symbol classification (static call trampolines, retpoline and return thunks,
``__fentry__``, sanitizer hooks, the UACCESS-safe list) is here as well.
"""

from __future__ import annotations

from ..arch.insn import CALL, CALL_DYNAMIC, ENDBR, JUMP_DYNAMIC, JUMP_UNCONDITIONAL, NOP, RETURN
from ..elf.constants import STB_GLOBAL, STT_FUNC, STT_NOTYPE, STT_SECTION
from .cfi import CFIWork
from .objfile import CheckAborted, ObjtoolFile


def _relocs_of(file: ObjtoolFile, rela_name: str):
    sec = file.elf.find_section(rela_name)
    if sec is None or sec.relocs is None:
        return None, None
    return sec, sec.relocs


def _section_reloc_target(file: ObjtoolFile, sec, reloc):
    """The instruction a ``.discard`` entry points at; rejects non-section relocations."""
    if reloc.sym.type != STT_SECTION:
        file.reporter.warn(f"unexpected relocation symbol type in {sec.name}")
        raise CheckAborted
    return file.find_insn(reloc.sym.sec, reloc.addend)


def add_ignores(file: ObjtoolFile) -> None:
    """STACK_FRAME_NON_STANDARD: mark every instruction of the function (and its .cold part)."""
    sec, relocs = _relocs_of(file, ".rela.discard.func_stack_frame_non_standard")
    if relocs is None:
        return
    for reloc in relocs:
        sym = reloc.sym
        if sym.type == STT_FUNC:
            func = sym
        elif sym.type == STT_SECTION:
            func = sym.sec.symbols.func_by_offset(reloc.addend)
            if func is None:
                continue
        else:
            file.reporter.warn(f"unexpected relocation symbol type in {sec.name}: {sym.type}")
            continue
        for insn in file.func_insns(func):
            insn.ignore = True


def add_uaccess_safe(file: ObjtoolFile) -> None:
    if not file.opts.uaccess:
        return
    by_name = file.elf.symbol_by_name
    for name in file.profile.uaccess_safe:
        func = by_name.get(name)
        if func is not None:
            func.uaccess_safe = True


def classify_symbols(file: ObjtoolFile) -> None:
    classify = file.arch.classify_symbol
    names = file.profile.symbol_names
    for sec in file.elf.sections:
        for sym in sec.symbol_list:
            if sym.type == STT_NOTYPE and sym.name.startswith(".L"):
                sym.local_label = True
            if sym.bind == STB_GLOBAL:
                classify(sym, names)


def add_ignore_alternatives(file: ObjtoolFile) -> None:
    sec, relocs = _relocs_of(file, ".rela.discard.ignore_alts")
    if relocs is None:
        return
    for reloc in relocs:
        insn = _section_reloc_target(file, sec, reloc)
        if insn is None:
            file.reporter.warn("bad .discard.ignore_alts entry")
            raise CheckAborted
        insn.ignore_alts = True


def read_noendbr_hints(file: ObjtoolFile) -> None:
    sec, relocs = _relocs_of(file, ".rela.discard.noendbr")
    if relocs is None:
        return
    for reloc in relocs:
        insn = file.find_insn(reloc.sym.sec, reloc.sym.offset + reloc.addend)
        if insn is None:
            file.reporter.warn("bad .discard.noendbr entry")
            raise CheckAborted
        insn.noendbr = True


def read_intra_function_calls(file: ObjtoolFile) -> None:
    """ANNOTATE_INTRA_FUNCTION_CALL: treat the CALL as a jump that keeps its push."""
    sec, relocs = _relocs_of(file, ".rela.discard.intra_function_calls")
    if relocs is None:
        return
    reporter = file.reporter
    for reloc in relocs:
        insn = _section_reloc_target(file, sec, reloc)
        if insn is None:
            reporter.warn("bad .discard.intra_function_call entry")
            raise CheckAborted
        if insn.type != CALL:
            file.warn_insn(insn, "intra_function_call not a direct call")
            raise CheckAborted
        insn.type = JUMP_UNCONDITIONAL
        dest_off = insn.offset + insn.len + insn.immediate
        insn.jump_dest = file.find_insn(insn.sec, dest_off)
        if insn.jump_dest is None:
            file.warn_insn(insn, f"can't find call dest at {insn.sec.name}+0x{dest_off:x}")
            raise CheckAborted


def _annotation_offset(file: ObjtoolFile, rsec, reloc) -> int:
    """The offset an annotation entry names in its target section.

    6.1 takes the addend whatever the symbol; later releases accept a section
    symbol (offset = addend) or an assembler-local ``.L`` label (its own
    offset) and refuse anything else.
    """
    if not file.rules.local_label_targets or reloc.sym.type == STT_SECTION:
        return reloc.addend
    if reloc.sym.local_label:
        return reloc.sym.offset
    file.reporter.warn(f"unexpected relocation symbol type in {rsec.name}")
    raise CheckAborted


def read_reachable_hints(file: ObjtoolFile) -> None:
    """ASM_REACHABLE (``.discard.reachable``; 6.12 reads no ``.discard.unreachable``).

    The annotation points just past the instruction whose dead end it lifts:
    the previous instruction of the same section.
    """
    sec, relocs = _relocs_of(file, ".rela.discard.reachable")
    if relocs is None:
        return
    for reloc in relocs:
        offset = _annotation_offset(file, sec, reloc)
        target_sec = reloc.sym.sec
        insn = file.find_insn(target_sec, offset)
        if insn is not None:
            insn = file.prev_same_sec(insn)
            if insn is None:
                # objtool 6.12 dereferences NULL here (it crashes): say so instead
                file.reporter.warn(f"can't find reachable insn at {target_sec.name}+0x{offset:x}")
                raise CheckAborted
        elif offset == target_sec.size:
            insn = _find_last_insn(file, target_sec)
            if insn is None:
                file.reporter.warn(f"can't find reachable insn at {target_sec.name}+0x{offset:x}")
                raise CheckAborted
        else:
            file.reporter.warn(f"can't find reachable insn at {target_sec.name}+0x{offset & 0xFFFFFFFFFFFFFFFF:x}")
            raise CheckAborted
        insn.dead_end = False


def read_validate_unret_hints(file: ObjtoolFile) -> None:
    """VALIDATE_UNRET_BEGIN (``.discard.validate_unret``): where --unret's walks start."""
    sec, relocs = _relocs_of(file, ".rela.discard.validate_unret")
    if relocs is None:
        return
    for reloc in relocs:
        insn = _section_reloc_target(file, sec, reloc)
        if insn is None:
            file.reporter.warn("bad .discard.instr_end entry")  # (sic, objtool 6.12)
            raise CheckAborted
        insn.unret = True


def _find_last_insn(file: ObjtoolFile, sec):
    end = sec.size - 10 if sec.size > 10 else 0
    for offset in range(sec.size - 1, end - 1, -1):
        insn = file.find_insn(sec, offset)
        if insn is not None:
            return insn
    return None


def add_dead_ends(file: ObjtoolFile) -> None:
    """``unreachable()`` and ASM_REACHABLE annotations: they point just past the instruction."""
    for rela_name, what, value in ((".rela.discard.unreachable", "unreachable", True),
                                   (".rela.discard.reachable", "reachable", False)):
        sec, relocs = _relocs_of(file, rela_name)
        if relocs is None:
            if value:
                continue
            return
        for reloc in relocs:
            insn = _section_reloc_target(file, sec, reloc)
            target_sec = reloc.sym.sec
            if insn is not None:
                insn = insn.prev
            elif reloc.addend == target_sec.size:
                insn = _find_last_insn(file, target_sec)
                if insn is None:
                    file.reporter.warn(f"can't find {what} insn at {target_sec.name}+0x{reloc.addend:x}")
                    raise CheckAborted
            else:
                file.reporter.warn(f"can't find {what} insn at {target_sec.name}+0x{reloc.addend & 0xFFFFFFFFFFFFFFFF:x}")
                raise CheckAborted
            if insn is not None:
                insn.dead_end = value
                if value:
                    file.annotated_dead_ends.append(insn)


def read_unwind_hints(file: ObjtoolFile) -> None:
    """UNWIND_HINT_*: set the CFI state of the annotated instructions.

    As in objtool, the scratch state carries over from one hint to the next
    (only the CFA, type and end flag are taken from each hint), and an
    UNWIND_HINT_ENTRY is rewritten to a CALL hint in the section contents.
    """
    elf = file.elf
    reporter = file.reporter
    sec = elf.find_section(".discard.unwind_hints")
    if sec is None:
        return
    if sec.reloc is None:
        reporter.warn("missing .rela.discard.unwind_hints section")
        raise CheckAborted
    hints = file.profile.hints
    size = hints.size
    if sec.size % size:
        reporter.warn("struct unwind_hint size mismatch")
        raise CheckAborted
    file.hints = True
    relocs = sec.reloc.relocs
    data = sec.data or b""
    cfi = CFIWork(file.init_cfi)
    hint_sp_regs = file.arch.regs.hint_sp_regs
    for i in range(sec.size // size):
        base = i * size
        sp_offset, sp_reg, hint_type, end = hints.unpack(data, base)
        reloc = relocs.find_in_range(base, 1)
        if reloc is None:
            reporter.warn(f"can't find reloc for unwind_hints[{i}]")
            raise CheckAborted
        insn = file.find_insn(reloc.sym.sec, _annotation_offset(file, sec.reloc, reloc))
        if insn is None:
            reporter.warn(f"can't find insn for unwind_hints[{i}]")
            raise CheckAborted
        insn.hint = True
        if hint_type == hints.undefined:
            insn.cfi = file.force_undefined_cfi
            continue
        if hint_type == hints.save:
            insn.hint = False
            insn.save = True
            continue
        if hint_type == hints.restore:
            insn.restore = True
            continue
        if hint_type == hints.regs_partial:
            sym = insn.sec.symbols.by_offset(insn.offset)
            if sym is not None and sym.bind == STB_GLOBAL:
                if file.opts.ibt and insn.type != ENDBR and not insn.noendbr:
                    file.warn_insn(insn, "UNWIND_HINT_IRET_REGS without ENDBR")
                # (6.1: an IRET frame at a global symbol is an entry point for --unret)
                insn.entry = hints.entry is not None
        if hint_type == hints.entry:
            hint_type = hints.call
            sec.writable_data()[base + hints.type_offset] = hints.call
            data = sec.data
            insn.entry = True
        if hint_type == hints.func:
            insn.cfi = file.func_cfi
            continue
        if insn.cfi is not None:
            cfi = CFIWork(insn.cfi)
        base_reg = hint_sp_regs.get(sp_reg)
        if base_reg is None:
            file.warn_insn(insn, f"unsupported unwind_hint sp base reg {sp_reg}")
            raise CheckAborted
        cfi.cfa_base = base_reg
        cfi.cfa_offset = sp_offset
        cfi.type = hint_type
        cfi.end = bool(end)
        insn.cfi = file.cfis.freeze(cfi)
        if file.cfi_stats is not None:
            file.cfi_stats.lookup(insn.cfi)


def read_retpoline_hints(file: ObjtoolFile) -> None:
    sec, relocs = _relocs_of(file, ".rela.discard.retpoline_safe")
    if relocs is None:
        return
    for reloc in relocs:
        insn = _section_reloc_target(file, sec, reloc)
        if insn is None:
            file.reporter.warn("bad .discard.retpoline_safe entry")
            raise CheckAborted
        if insn.type not in (JUMP_DYNAMIC, CALL_DYNAMIC, RETURN, NOP):
            file.warn_insn(insn, "retpoline_safe hint not an indirect jump/call/ret/nop")
            raise CheckAborted
        insn.retpoline_safe = True


def read_instr_hints(file: ObjtoolFile) -> None:
    """instrumentation_begin()/end() inside noinstr code."""
    for rela_name, what, delta in ((".rela.discard.instr_end", "instr_end", -1),
                                   (".rela.discard.instr_begin", "instr_begin", 1)):
        sec, relocs = _relocs_of(file, rela_name)
        if relocs is None:
            return
        for reloc in relocs:
            insn = _section_reloc_target(file, sec, reloc)
            if insn is None:
                file.reporter.warn(f"bad .discard.{what} entry")
                raise CheckAborted
            insn.instr += delta
