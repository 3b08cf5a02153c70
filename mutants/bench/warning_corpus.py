#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Build a mutation-seeded *warning* corpus and record the real objtool on it.

Real kernel builds produce no objtool warnings, so a corpus recorded from a
build never checks that a re-implementation warns like objtool does.  This
takes such a corpus (``NAME.pre.o``, ``NAME.post.o`` and ``calls.jsonl``),
patches bytes of each object's executable sections in place -- same length,
so the ELF layout, symbols and relocations stay valid -- to break what
objtool validates (stack balance, returns, noreturn calls, UACCESS and DF
state, control flow, retpolines/rethunks, decodability), runs the real
objtool on every mutant with the source object's recorded arguments and
writes a corpus folder in the very same format::

    OUT_DIR/<mutant>.pre.o    the mutated object, before objtool
    OUT_DIR/<mutant>.post.o   what objtool left at the path afterwards
    OUT_DIR/calls.jsonl       {"obj", "obj_arg", "args", "rc", "seconds",
                               "stderr", "mutation", "source"[, "crashed",
                               "timeout", "deleted"]}

Mutation kinds (the part of the name after the object's):

* ``nop-*``: one instruction NOP-ed -- push/pop, ret or the
  ``jmp __x86_return_thunk``, pushf/popf, leave, ud2, stac/clac, std/cld,
  ``mov %rsp,%rbp``, ``add``/``sub $imm,%rsp`` and other %rsp writes, a call
  to a noreturn function, a jump, a tail call, an annotated intra-function
  call;
* ``imm-add-rsp``/``imm-sub-rsp`` (immediate changed), ``swap-pops``,
  ``naked-ret`` (return thunk jump turned into ``ret; int3...``),
  ``jcc-to-jmp``, ``jmp-to-jcc``, ``jmp-retarget`` (a short jump sent to
  another instruction), ``jmp-misalign`` (into the middle of one);
* ``ins-*``: a template (push/pop, std/cld, stac/clac, ret, ud2, iretq,
  indirect jump/call, %rsp arithmetic, invalid encodings, ...) written over
  a NOP or over a straight-line instruction that objtool sees as
  stack-neutral, padded with NOPs;
* ``alt-*``: an alternative's replacement instruction NOP-ed or replaced;
  ``jump-label-push``: a static key's NOP/JMP replaced;
* ``glue-*``, ``prefix-func-start``: the instruction before one that a table
  or annotation (or a function symbol) points at becomes NOPs and a ``cs``
  prefix byte, which glues it to that instruction, so objtool's lookup by
  offset fails; ``retpoline-safe-push``: an annotated indirect branch
  replaced.

A mutant of ``kernel/fork.o`` is called e.g. ``kernel/fork.nop-push-0x1a3.o``
(kind and section offset visible in the name; ``-sN`` is appended when two
sections would give the same name), so ``bench/conformance.py`` finds
``kernel__fork.nop-push-0x1a3.pre.o`` with its usual
``obj[:-2].replace('/', '__')`` mapping and replays the folder unchanged.

Only the standard library, pyelftools and iced_x86 are used (not pyobjtool:
the generator must not depend on the code it is meant to test).  The result
is deterministic for a given ``--seed``: every object gets its own random
generator seeded from the seed and the object's path, whatever ``-j`` is.

    python3 bench/warning_corpus.py ../corpus/x86-6.1 ../corpus/x86-6.1-mutants \\
        --objtool /usr/lib/linux-kbuild-6.1/tools/objtool/objtool --seed 1 -j 2
"""

from __future__ import annotations

import argparse
import collections
import json
import multiprocessing
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import iced_x86
from elftools.elf.constants import SH_FLAGS
from elftools.elf.elffile import ELFFile
from elftools.elf.relocation import RelocationSection
from elftools.elf.sections import SymbolTableSection

DEFAULT_OBJTOOL = "/usr/lib/linux-kbuild-6.1/tools/objtool/objtool"
DEFAULT_TIMEOUT = 10.0
MAX_SOURCE_SIZE = 300 * 1024
# objects above this size get fewer mutants: they cost more disk per mutant
LARGE_SOURCE_SIZE = 100 * 1024
# a kind offered by at most this share of the objects is "rare"; an object
# gets one extra mutant per rare kind it offers, up to RARE_BONUS_MAX
RARE_SHARE = 0.03
RARE_BONUS_MAX = 3

# objtool 6.1's global_noreturns[] (tools/objtool/check.c): a call to one of
# these ends the path, so turning the call into NOPs makes execution fall
# through into whatever follows
NORETURN_FUNCS = frozenset({
    "__invalid_creds", "__module_put_and_kthread_exit", "__reiserfs_panic", "__stack_chk_fail",
    "__ubsan_handle_builtin_unreachable", "cpu_bringup_and_idle", "cpu_startup_entry", "do_exit",
    "do_group_exit", "do_task_dead", "ex_handler_msr_mce", "fortify_panic", "kthread_complete_and_exit",
    "kthread_exit", "kunit_try_catch_throw", "lbug_with_loc", "machine_real_restart", "make_task_dead",
    "panic", "rewind_stack_and_make_dead", "sev_es_terminate", "snp_abort", "stop_this_cpu",
    "usercopy_abort", "xen_start_kernel",
})
RETURN_THUNK = "__x86_return_thunk"
# objtool 6.1's uaccess_safe_builtin[] entries that are code of their own
# (not sanitizer hooks): these start with UACCESS enabled
UACCESS_SAFE_FUNCS = frozenset({
    "csum_partial_copy_generic", "copy_mc_fragile", "copy_mc_fragile_handle_tail",
    "copy_mc_enhanced_fast_string", "ftrace_likely_update", "clear_user_erms", "clear_user_rep_good",
    "clear_user_original",
})

# relocation types whose field is 4 bytes wide (everything else we meet is 8)
_RELOC_SIZE = {1: 8, 2: 4, 4: 4, 9: 4, 10: 4, 11: 4, 24: 8, 41: 4, 42: 4}

# Instructions written over a "slot" (a NOP or an instruction that objtool
# sees as stack-neutral, straight-line code), padded with NOPs.  Each one
# targets a different objtool check; comments name the warning hoped for.
INSERT_TEMPLATES: dict[str, bytes] = {
    "ins-push-rax": bytes.fromhex("50"),          # return with modified stack frame / mismatch
    "ins-pop-rax": bytes.fromhex("58"),           # same, the other direction
    "ins-push-imm": bytes.fromhex("6a00"),        # push $0: OP_SRC_CONST push
    "ins-pushf": bytes.fromhex("9c"),             # PUSHF: stack and uaccess_stack
    "ins-popf": bytes.fromhex("9d"),              # POPF without PUSHF
    "ins-std": bytes.fromhex("fd"),               # return/call with DF set, recursive STD
    "ins-cld": bytes.fromhex("fc"),               # redundant CLD
    "ins-stac": bytes.fromhex("0f01cb"),          # return/call with UACCESS enabled
    "ins-clac": bytes.fromhex("0f01ca"),          # redundant UACCESS disable
    "ins-leave": bytes.fromhex("c9"),             # leave without a frame pointer
    "ins-ret": bytes.fromhex("c3"),               # 'naked' return / unreachable instruction
    "ins-ud2": bytes.fromhex("0f0b"),             # dead end: unreachable instruction
    "ins-int3": bytes.fromhex("cc"),              # INSN_TRAP in the middle of a function
    "ins-iretq": bytes.fromhex("48cf"),           # unsupported instruction in callable function
    "ins-sysretq": bytes.fromhex("480f07"),       # same, INSN_CONTEXT_SWITCH via 0f 07
    "ins-jmp-rax": bytes.fromhex("ffe0"),         # indirect jump found in RETPOLINE build
    "ins-call-rax": bytes.fromhex("ffd0"),        # indirect call found in RETPOLINE build
    "ins-mov-rax-rsp": bytes.fromhex("4889c4"),   # unsupported stack register modification
    "ins-mov-rbp-rsp": bytes.fromhex("4889ec"),   # mov %rbp,%rsp without a frame
    "ins-mov-rsp-rbp": bytes.fromhex("4889e5"),   # mov %rsp,%rbp: frame setup out of place
    "ins-and-rsp": bytes.fromhex("4883e4f0"),     # unsupported stack pointer realignment
    "ins-sub-rsp": bytes.fromhex("4883ec08"),     # stack size changes
    "ins-add-rsp": bytes.fromhex("4883c408"),
    "ins-lea-rsp": bytes.fromhex("488d642408"),   # lea 8(%rsp),%rsp
    "ins-mov-rsp-mem": bytes.fromhex("48892424"),  # mov %rsp,(%rsp): stack-related memory op
    "ins-pop-mem": bytes.fromhex("8f00"),         # pop (%rax): OP_DEST_MEM pop
    "ins-call-next": bytes.fromhex("e800000000"),  # unannotated intra-function call
    "ins-bad-opcode": bytes.fromhex("0f38f2c0"),  # can't decode instruction (ANDN needs VEX)
    "ins-lea-reg": bytes.fromhex("488dc0"),       # invalid LEA encoding (register operand)
    "ins-enqcmd": bytes.fromhex("f20f38f800"),    # ENQCMD instruction
    "ins-notrack-jmp": bytes.fromhex("3effe0"),   # notrack prefix found
    "ins-notrack-call": bytes.fromhex("3effd0"),
    "ins-lret": bytes.fromhex("cb"),              # far return: INSN_CONTEXT_SWITCH
    "ins-std-std": bytes.fromhex("fdfd"),         # recursive STD
    "ins-stac-stac": bytes.fromhex("0f01cb0f01cb"),  # recursive UACCESS enable
    "ins-pop-push-r15": bytes.fromhex("415f4157"),   # r15 "saved" where it wasn't: register state mismatch
    "ins-save-r15": bytes.fromhex("4c893c24"),    # mov %r15,(%rsp): the same through a store
}

# Sections whose relocations point at instructions objtool looks up by
# offset: (entry size -- the pointer is the entry's first field -- , glue kind).
# struct jump_entry { s32 code; s32 target; long key; } and struct alt_instr
# { s32 instr_offset; s32 repl_offset; u16 cpuid; u8 instrlen, replacementlen; }.
ANNOTATIONS: dict[str, tuple[int, str]] = {
    "__jump_table": (16, "glue-jump-label"),
    ".altinstructions": (12, "glue-alt-orig"),
    ".discard.reachable": (1, "glue-reachable"),
    ".discard.unreachable": (1, "glue-unreachable"),
    ".discard.noendbr": (1, "glue-noendbr"),
    ".discard.retpoline_safe": (1, "glue-retpoline-safe"),
    ".discard.unwind_hints": (1, "glue-unwind-hint"),
    ".discard.intra_function_calls": (1, "glue-intra-call"),
}
# legacy prefixes: an instruction starting with one is not glued to another
_PREFIX_BYTES = frozenset(b"\x26\x2e\x36\x3e\x64\x65\x66\x67\xf0\xf2\xf3")

# Relative weight of each kind when choosing what to do to an object (before
# the correction for how many objects offer the kind at all).  Kinds that
# rarely make objtool warn, or that always give the same fatal message, get
# less.
KIND_WEIGHT: dict[str, float] = collections.defaultdict(lambda: 1.0, {
    "nop-call": 0.3,
    "ins-int3": 0.15,
    "ins-mov-rsp-mem": 0.15,
    "ins-mov-rsp-rbp": 0.25,
    "ins-pop-mem": 0.5,
    "ins-push-imm": 0.5,
    "ins-bad-opcode": 0.3,
    "jmp-misalign": 0.3,
    "ins-call-next": 0.5,
    "ins-sysretq": 0.5,
    "ins-lret": 0.5,
    "ins-notrack-call": 0.5,
    "ins-notrack-jmp": 0.5,
    "nop-ud2": 0.3,
    "nop-jmp": 0.5,
    "jmp-to-jcc": 0.5,
    "jmp-retarget": 0.6,
    "nop-jcc": 0.5,
})

_GPR_SP_BP = frozenset({
    iced_x86.Register.RSP, iced_x86.Register.ESP, iced_x86.Register.SP, iced_x86.Register.SPL,
    iced_x86.Register.RBP, iced_x86.Register.EBP, iced_x86.Register.BP, iced_x86.Register.BPL,
})
_M = iced_x86.Mnemonic
_FC = iced_x86.FlowControl
# straight-line instructions that still matter to objtool and so are never slots
_SPECIAL_MNEMONICS = frozenset({
    _M.PUSH, _M.POP, _M.PUSHF, _M.PUSHFQ, _M.POPF, _M.POPFQ, _M.LEAVE, _M.ENTER, _M.STAC, _M.CLAC,
    _M.STD, _M.CLD, _M.UD2, _M.INT3, _M.ENDBR64, _M.ENDBR32, _M.HLT, _M.LFENCE,
})


# --------------------------------------------------------------------------- analysis

@dataclass
class Insn:
    """One decoded instruction: what the mutation kinds need to know about it."""

    off: int
    length: int
    mnemonic: int
    flow: int
    raw: bytes
    reloc: str | None = None      # name of the symbol of a relocation inside it, if any
    func: int = -1                # index into Section.funcs, -1 outside any function
    target: int | None = None     # direct near-branch target (section offset), no reloc
    writes_rsp: bool = False      # first operand is %rsp
    sp_bp: bool = False           # some operand is %rsp/%rbp or addresses memory through them


@dataclass
class Section:
    """An executable section with its decoded instructions and functions."""

    index: int
    name: str
    file_offset: int
    size: int
    insns: list[Insn] = field(default_factory=list)
    funcs: list[tuple[int, int, str]] = field(default_factory=list)   # (start, end, name)
    starts: set[int] = field(default_factory=set)                     # instruction starts


@dataclass(frozen=True)
class Site:
    """One concrete byte patch: ``patch`` goes at ``sec_off`` of section ``sec``."""

    kind: str
    sec: int
    sec_off: int
    patch: bytes


@dataclass
class Slot:
    """An instruction that an ``ins-*`` template may overwrite (NOP-padded)."""

    sec: int
    off: int
    length: int
    is_nop: bool
    func: str            # containing function, "" outside functions
    alt: bool            # in .altinstr_replacement


@dataclass
class ObjectInfo:
    """What one source object offers: concrete sites per kind and insertion slots."""

    sections: dict[int, tuple[str, int]]          # index -> (name, file offset)
    sites: dict[str, list[Site]]                  # modify-in-place kinds
    slots: list[Slot]                             # for the ins-* kinds


@dataclass
class Tables:
    """The symbol and relocation facts of one object that the mutation kinds use."""

    funcs: dict[int, list[tuple[int, int, str]]]          # section -> sorted (start, end, name) of STT_FUNC
    others: dict[int, list[tuple[int, str]]]              # section -> (offset, name) of other named symbols
    relocs: dict[int, dict[int, tuple[int, str]]]         # section -> {offset: (size, symbol name)}
    annotations: dict[str, dict[int, set[int]]]           # ANNOTATIONS key -> section -> annotated offsets
    alternatives: list[tuple[int, int, int, int, int, int]]  # (orig sec, off, len, repl sec, off, len)


def read_tables(elf: ELFFile) -> Tables:
    """Symbols by section, relocations by patched section, and the jump-label sites."""
    symtab = elf.get_section_by_name(".symtab")
    names: list[str] = []
    where: list[tuple[int, int]] = []        # (st_shndx or -1, st_value)
    funcs: dict[int, list[tuple[int, int, str]]] = collections.defaultdict(list)
    others: dict[int, list[tuple[int, str]]] = collections.defaultdict(list)
    if isinstance(symtab, SymbolTableSection):
        for sym in symtab.iter_symbols():
            shndx = sym["st_shndx"] if isinstance(sym["st_shndx"], int) else -1
            stype = sym["st_info"]["type"]
            names.append(elf.get_section(shndx).name if stype == "STT_SECTION" and shndx > 0 else sym.name)
            where.append((shndx, sym["st_value"]))
            if shndx <= 0 or not sym.name:
                continue
            if stype == "STT_FUNC" and sym["st_size"]:
                funcs[shndx].append((sym["st_value"], sym["st_value"] + sym["st_size"], sym.name))
            elif stype in ("STT_NOTYPE", "STT_OBJECT") and not sym.name.startswith(".L"):
                others[shndx].append((sym["st_value"], sym.name))
    for items in funcs.values():
        items.sort()
    relocs: dict[int, dict[int, tuple[int, str]]] = {}
    annotations: dict[str, dict[int, set[int]]] = collections.defaultdict(lambda: collections.defaultdict(set))
    alt_fields: dict[int, list[tuple[int, int]]] = collections.defaultdict(lambda: [(-1, 0), (-1, 0)])
    for sec in elf.iter_sections():
        if not isinstance(sec, RelocationSection) or not sec.is_RELA():
            continue
        target = elf.get_section(sec["sh_info"])
        table = relocs.setdefault(sec["sh_info"], {})
        for rel in sec.iter_relocations():
            sym = rel["r_info_sym"]
            table[rel["r_offset"]] = (_RELOC_SIZE.get(rel["r_info_type"], 4),
                                      names[sym] if sym < len(names) else "?")
            if target.name == ".altinstructions" and rel["r_offset"] % 12 in (0, 4) and sym < len(where):
                shndx, value = where[sym]
                alt_fields[rel["r_offset"] // 12][rel["r_offset"] % 12 // 4] = (shndx, value + rel["r_addend"])
            stride = ANNOTATIONS.get(target.name, (0, ""))[0]
            if stride and rel["r_offset"] % stride == 0 and sym < len(where):
                shndx, value = where[sym]
                if shndx > 0:
                    annotations[target.name][shndx].add(value + rel["r_addend"])
    alternatives = []
    alt_sec = elf.get_section_by_name(".altinstructions")
    if alt_sec is not None and alt_fields:
        raw = alt_sec.data()
        for n, ((osec, ooff), (rsec, roff)) in sorted(alt_fields.items()):
            if osec > 0 and rsec > 0 and n * 12 + 12 <= len(raw):
                alternatives.append((osec, ooff, raw[n * 12 + 10], rsec, roff, raw[n * 12 + 11]))
    return Tables(funcs, others, relocs, annotations, alternatives)


def decode_section(index: int, name: str, file_offset: int, data: bytes,
                   relocs: dict[int, tuple[int, str]], funcs: list[tuple[int, int, str]]) -> Section:
    """Decode a section linearly, as objtool does, and attach relocations and functions.

    objtool decodes every executable section from start to end, so the
    instruction boundaries found here are the ones it will see.
    """
    sec = Section(index, name, file_offset, len(data), funcs=funcs)
    reloc_at: dict[int, str] = {}
    for off, (size, sym) in relocs.items():
        for b in range(off, off + size):
            reloc_at[b] = sym
    fi = 0
    decoder = iced_x86.Decoder(64, data, ip=0)
    for ins in decoder:
        off = ins.ip
        length = ins.len
        if ins.code == iced_x86.Code.INVALID:
            mnemonic, flow = -1, -1
        else:
            mnemonic, flow = ins.mnemonic, ins.flow_control
        rel = next((reloc_at[b] for b in range(off, off + length) if b in reloc_at), None)
        while fi < len(funcs) and funcs[fi][1] <= off:
            fi += 1
        func = fi if fi < len(funcs) and funcs[fi][0] <= off < funcs[fi][1] else -1
        item = Insn(off, length, mnemonic, flow, data[off:off + length], rel, func)
        if mnemonic != -1:
            item.writes_rsp = bool(ins.op_count) and ins.op0_kind == iced_x86.OpKind.REGISTER \
                and ins.op0_register == iced_x86.Register.RSP
            item.sp_bp = _touches_sp_bp(ins)
        if rel is None and flow in (_FC.UNCONDITIONAL_BRANCH, _FC.CONDITIONAL_BRANCH, _FC.CALL) \
                and ins.op0_kind in (iced_x86.OpKind.NEAR_BRANCH64, iced_x86.OpKind.NEAR_BRANCH32,
                                     iced_x86.OpKind.NEAR_BRANCH16):
            item.target = ins.near_branch_target
        sec.insns.append(item)
        sec.starts.add(off)
    return sec


def _touches_sp_bp(ins: iced_x86.Instruction) -> bool:
    """True if any register or memory operand of ``ins`` is %rsp/%rbp (or a part of them)."""
    for i in range(ins.op_count):
        kind = ins.op_kind(i)
        if kind == iced_x86.OpKind.REGISTER and ins.op_register(i) in _GPR_SP_BP:
            return True
        if kind == iced_x86.OpKind.MEMORY and (ins.memory_base in _GPR_SP_BP or ins.memory_index in _GPR_SP_BP):
            return True
    return False


def _nops(n: int) -> bytes:
    """``n`` single-byte NOPs: every byte stays an instruction start."""
    return b"\x90" * n


def _is_pop_reg(i: Insn) -> bool:
    """A ``pop %reg`` (1 byte, or 2 with REX.B): what ``swap-pops`` may exchange."""
    return i.mnemonic == _M.POP and i.reloc is None and (len(i.raw) == 1 or (len(i.raw) == 2 and i.raw[0] == 0x41))


def find_sites(sec: Section, tables: Tables) -> tuple[dict[str, list[Site]], list[Slot]]:
    """All modify-in-place sites and insertion slots of one decoded section."""
    sites: dict[str, list[Site]] = collections.defaultdict(list)
    slots: list[Slot] = []
    idx = sec.index
    insns = sec.insns
    targets = {i.target for i in insns if i.target is not None}
    is_alt = sec.name == ".altinstr_replacement"
    jump_labels = tables.annotations.get("__jump_table", {}).get(idx, set())
    retpoline_safe = tables.annotations.get(".discard.retpoline_safe", {}).get(idx, set())
    intra_calls = tables.annotations.get(".discard.intra_function_calls", {}).get(idx, set())
    glue_at = {off: ANNOTATIONS[name][1] for name, by_sec in tables.annotations.items()
               for off in by_sec.get(idx, ())}
    func_starts = {f[0] for f in sec.funcs}

    def add(kind: str, off: int, patch: bytes) -> None:
        sites[kind].append(Site(kind, idx, off, patch))

    for n, i in enumerate(insns):
        if i.mnemonic == -1:
            continue
        raw = i.raw
        m = i.mnemonic
        nxt = insns[n + 1] if n + 1 < len(insns) else None
        in_func = i.func >= 0
        if m == _M.PUSH and i.reloc is None:
            add("nop-push", i.off, _nops(i.length))
        elif m == _M.POP and i.reloc is None:
            add("nop-pop", i.off, _nops(i.length))
            if nxt is not None and _is_pop_reg(i) and _is_pop_reg(nxt) and nxt.raw != raw \
                    and (len(raw) == len(nxt.raw) or nxt.off not in targets):
                add("swap-pops", i.off, nxt.raw + raw)
        elif m == _M.RET and raw == b"\xc3":
            add("nop-ret", i.off, b"\x90")
        elif m in (_M.PUSHF, _M.PUSHFQ) and len(raw) == 1:
            add("nop-pushf", i.off, b"\x90")
        elif m in (_M.POPF, _M.POPFQ) and len(raw) == 1:
            add("nop-popf", i.off, b"\x90")
        elif m == _M.LEAVE and raw == b"\xc9":
            add("nop-leave", i.off, b"\x90")
        elif m == _M.UD2 and raw == b"\x0f\x0b":
            # mostly a negative sample: BUG()'s ud2 is also annotated as a
            # dead end (.discard.unreachable), which objtool keeps honouring
            add("nop-ud2", i.off, b"\x90\x90")
        elif m == _M.STAC:
            add("nop-stac", i.off, _nops(i.length))
        elif m == _M.CLAC:
            add("nop-clac", i.off, _nops(i.length))
        elif m == _M.STD:
            add("nop-std", i.off, _nops(i.length))
        elif m == _M.CLD:
            add("nop-cld", i.off, _nops(i.length))
        elif raw == b"\x48\x89\xe5":
            add("nop-mov-rsp-rbp", i.off, _nops(3))
        elif m in (_M.ADD, _M.SUB) and len(raw) in (4, 7) and raw[0] == 0x48 and raw[1] in (0x83, 0x81) \
                and raw[2] in (0xc4, 0xec) and i.reloc is None:
            what = "add-rsp" if raw[2] == 0xc4 else "sub-rsp"
            add(f"nop-{what}", i.off, _nops(i.length))
            for delta in (8, -8, 16, -16):
                if raw[1] == 0x83:
                    imm = int.from_bytes(raw[3:4], "little", signed=True) + delta
                    if -128 <= imm <= 127:
                        add(f"imm-{what}", i.off, raw[:3] + imm.to_bytes(1, "little", signed=True))
                else:
                    imm = int.from_bytes(raw[3:7], "little", signed=True) + delta
                    add(f"imm-{what}", i.off, raw[:3] + imm.to_bytes(4, "little", signed=True))
        elif i.flow == _FC.CALL and raw[0] == 0xe8 and i.reloc is not None:
            func_end = sec.funcs[i.func][1] if in_func else -1
            if i.reloc in NORETURN_FUNCS or (in_func and i.off + i.length == func_end):
                add("nop-noreturn-call", i.off, _nops(5))
            elif not i.reloc.startswith("__x86_indirect_thunk"):
                add("nop-call", i.off, _nops(5))
        elif raw[0] == 0xe9 and len(raw) == 5:
            if i.reloc == RETURN_THUNK:
                add("nop-retthunk", i.off, _nops(5))
                add("naked-ret", i.off, b"\xc3\xcc\xcc\xcc\xcc")
            elif i.reloc is not None:
                add("nop-tailcall", i.off, _nops(5))
            else:
                add("nop-jmp", i.off, _nops(5))
        elif raw[0] == 0xeb and len(raw) == 2:
            add("nop-jmp", i.off, _nops(2))
            add("jmp-to-jcc", i.off, bytes([0x74 + (i.off & 1)]) + raw[1:])
        elif 0x70 <= raw[0] <= 0x7f and len(raw) == 2:
            add("jcc-to-jmp", i.off, b"\xeb" + raw[1:])
            add("nop-jcc", i.off, _nops(2))
        elif raw[0] == 0x0f and len(raw) == 6 and 0x80 <= raw[1] <= 0x8f and i.reloc is None:
            add("jcc-to-jmp", i.off, b"\x90\xe9" + raw[2:])
            add("nop-jcc", i.off, _nops(6))
        # short jumps: retarget to another instruction of the same function,
        # or to the second byte of an instruction (objtool can't find it)
        if len(raw) == 2 and (raw[0] == 0xeb or 0x70 <= raw[0] <= 0x7f) and in_func and i.target is not None:
            start, end, _ = sec.funcs[i.func]
            end_of = i.off + 2
            lo, hi = max(start, end_of - 128), min(end - 1, end_of + 127)
            for j in insns[max(0, n - 40):n + 40]:
                if lo <= j.off <= hi and j.off != i.target and j.off != i.off and j.mnemonic != -1:
                    add("jmp-retarget", i.off, raw[:1] + (j.off - end_of).to_bytes(1, "little", signed=True))
            dest = i.target
            if dest + 1 <= hi and dest + 1 not in sec.starts and dest in sec.starts:
                add("jmp-misalign", i.off, raw[:1] + (dest + 1 - end_of).to_bytes(1, "little", signed=True))
        # any other instruction writing %rsp (lea/mov/and ... ,%rsp)
        if m not in (_M.PUSH, _M.POP, _M.ADD, _M.SUB, _M.LEAVE, _M.CALL, _M.RET, _M.PUSHF, _M.PUSHFQ,
                     _M.POPF, _M.POPFQ) and i.reloc is None:
            if i.writes_rsp:
                add("nop-rsp-insn", i.off, _nops(i.length))
            elif i.flow == _FC.NEXT and m not in _SPECIAL_MNEMONICS and (m == _M.NOP or not i.sp_bp):
                slots.append(Slot(idx, i.off, i.length, m == _M.NOP,
                                  sec.funcs[i.func][2] if in_func else "", is_alt))
        # a static key's NOP/JMP turned into something objtool can't patch
        if i.off in jump_labels and i.reloc is None:
            add("jump-label-push", i.off, b"\x50" + _nops(i.length - 1))
        # alternative replacements: objtool follows them as if patched in place
        if is_alt:
            add("alt-nop-insn", i.off, _nops(i.length))
            if i.reloc is None:
                add("alt-push-rax", i.off, b"\x50" + _nops(i.length - 1))
                add("alt-ret", i.off, b"\xc3" + _nops(i.length - 1))
        # padding before a function start gets a prefix byte that glues it to
        # the function's first instruction: the symbol no longer starts one
        glued = nxt is not None and nxt.raw[0] not in _PREFIX_BYTES and i.reloc is None
        if glued and nxt.off in func_starts and m in (_M.NOP, _M.INT3):
            add("prefix-func-start", i.off, _nops(i.length - 1) + b"\x2e")
        # the same for an instruction that a table or annotation points at:
        # objtool's lookup by offset fails ("bad ... entry", "can't find ...")
        if glued and nxt.off in glue_at:
            add(glue_at[nxt.off], i.off, _nops(i.length - 1) + b"\x2e")
        if i.off in intra_calls and raw[0] == 0xe8 and i.length == 5:
            add("nop-intra-call", i.off, _nops(5))
        if i.off in retpoline_safe:
            add("retpoline-safe-push", i.off, b"\x50" + _nops(i.length - 1))
    # calls (without relocation) from a slot to a named non-function symbol
    for slot in slots:
        if slot.length >= 5 and slot.func and not slot.alt:
            for value, _name in tables.others.get(idx, [])[:8]:
                rel = value - (slot.off + 5)
                if -(1 << 31) <= rel < (1 << 31) and value not in func_starts:
                    add("ins-call-nonfunc", slot.off, b"\xe8" + rel.to_bytes(4, "little", signed=True)
                        + _nops(slot.length - 5))
    # in a UACCESS-safe function the user access is on from the start
    for slot in slots:
        if slot.func in UACCESS_SAFE_FUNCS and slot.length >= 3:
            add("ins-clac-safe", slot.off, b"\x0f\x01\xca" + _nops(slot.length - 3))
    return sites, slots


def analyse(path: Path) -> ObjectInfo | None:
    """Decode a source object's executable sections and list what can be mutated.

    Returns None for objects that are not x86-64 ELF64 (objtool 6.1 would
    misdecode ELF32 code; bench/conformance.py rejects those anyway).
    """
    with open(path, "rb") as fh:
        head = fh.read(20)
        if head[:4] != b"\x7fELF" or head[4] != 2 or int.from_bytes(head[18:20], "little") != 62:
            return None
        fh.seek(0)
        elf = ELFFile(fh)
        tables = read_tables(elf)
        info = ObjectInfo({}, collections.defaultdict(list), [])
        decoded_all: dict[int, Section] = {}
        for index, sec in enumerate(elf.iter_sections()):
            if sec["sh_type"] != "SHT_PROGBITS" or not sec["sh_flags"] & SH_FLAGS.SHF_EXECINSTR \
                    or not sec["sh_size"]:
                continue
            data = sec.data()
            decoded = decode_section(index, sec.name, sec["sh_offset"], data, tables.relocs.get(index, {}),
                                     tables.funcs.get(index, []))
            info.sections[index] = (sec.name, sec["sh_offset"])
            sites, slots = find_sites(decoded, tables)
            for kind, items in sites.items():
                info.sites[kind].extend(items)
            info.slots.extend(slots)
            decoded_all[index] = decoded
    for kind, items in alt_conflict_sites(decoded_all, tables).items():
        info.sites[kind].extend(items)
    return info


def alt_conflict_sites(sections: dict[int, Section], tables: Tables) -> dict[str, list[Site]]:
    """``push %rax; pop %rax`` over a replacement instruction of an alternative.

    Stack-neutral as a whole, but inside the group the CFA after the push
    differs from the original's at the same group offset -- when the
    original has an instruction starting there (single-byte NOP padding):
    "stack layout conflict in alternatives".
    """
    out: dict[str, list[Site]] = collections.defaultdict(list)
    for osec, ooff, olen, rsec, roff, rlen in tables.alternatives:
        orig, repl = sections.get(osec), sections.get(rsec)
        if orig is None or repl is None:
            continue
        for i in repl.insns:
            k = i.off - roff
            if 0 <= k < rlen and i.length >= 2 and i.reloc is None and i.mnemonic not in (-1, _M.STAC, _M.CLAC) \
                    and k + 1 < olen and ooff + k + 1 in orig.starts:
                out["alt-push-pop"].append(Site("alt-push-pop", rsec, i.off, b"\x50\x58" + _nops(i.length - 2)))
    return out


def available_kinds(info: ObjectInfo) -> dict[str, int]:
    """{kind: number of sites} for this object, insertion kinds included."""
    out = {k: len(v) for k, v in info.sites.items() if v}
    for kind, tpl in INSERT_TEMPLATES.items():
        n = sum(1 for s in info.slots if s.length >= len(tpl))
        if n:
            out[kind] = n
    return out


def pick_site(info: ObjectInfo, kind: str, rng: random.Random) -> Site:
    """One site of ``kind``.

    Insertion kinds mostly take a slot inside a function (objtool validates
    only what it can reach from a function or an unwind hint), there
    preferring NOPs a third of the time; one time in eight any slot, which
    includes the padding between functions.
    """
    if kind not in INSERT_TEMPLATES:
        return rng.choice(info.sites[kind])
    tpl = INSERT_TEMPLATES[kind]
    fitting = [s for s in info.slots if s.length >= len(tpl)]
    in_func = [s for s in fitting if s.func]
    pool = fitting
    if in_func and rng.random() >= 0.125:
        nops = [s for s in in_func if s.is_nop]
        pool = nops if nops and rng.random() < 0.33 else in_func
    slot = rng.choice(pool)
    return Site(kind, slot.sec, slot.off, tpl + _nops(slot.length - len(tpl)))


# --------------------------------------------------------------------------- planning

@dataclass
class Source:
    """A source object of the input corpus with its recorded objtool call."""

    call: dict
    pre: Path

    @property
    def obj(self) -> str:
        """The object's path as the build (and objtool) saw it."""
        return self.call["obj"]


@dataclass
class Mutant:
    """One planned mutant: everything a worker needs to build and run it."""

    source: str          # source pre.o file name
    src_path: str
    obj: str             # relative path objtool sees
    args: list[str]
    patch_file_off: int
    patch: bytes
    mutation: str


def corpus_key(obj: str) -> str:
    """The file-name stem bench/conformance.py derives from a calls.jsonl ``obj``."""
    return obj[:-2].replace("/", "__") if obj.endswith(".o") else obj.replace("/", "__")


def load_sources(src: Path) -> list[Source]:
    """The recorded calls whose pre.o exists and is not too large, in corpus order."""
    out = []
    with open(src / "calls.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            call = json.loads(line)
            pre = src / (corpus_key(call["obj"]) + ".pre.o")
            if call["obj"].endswith(".o") and pre.is_file() and pre.stat().st_size <= MAX_SOURCE_SIZE:
                out.append(Source(call, pre))
    return out


def _analyse_counts(path: str) -> dict[str, int] | None:
    """Pool helper: which kinds one object offers (for the global kind weights)."""
    info = analyse(Path(path))
    return None if info is None else available_kinds(info)


def _plan_object(job: tuple[str, str, int, int, dict[str, float]]) -> list[tuple[str, int, bytes, str, int, int]]:
    """Choose this object's mutants: (kind, file offset, patch, "kind at section+0xoff", section, offset).

    Kinds are drawn without replacement, weighted so that rare kinds
    (available in few objects) are taken whenever an object offers them.
    """
    path, obj, seed, count, weights = job
    info = analyse(Path(path))
    if info is None:
        return []
    rng = random.Random(f"{seed}:{obj}")
    avail = available_kinds(info)
    kinds = sorted(avail)
    chosen: list[str] = []
    while kinds and len(chosen) < count:
        k = rng.choices(kinds, weights=[weights.get(x, 1.0) for x in kinds])[0]
        kinds.remove(k)
        chosen.append(k)
    out = []
    for kind in chosen:
        site = pick_site(info, kind, rng)
        name, file_off = info.sections[site.sec]
        out.append((kind, file_off + site.sec_off, site.patch, f"{kind} at {name}+0x{site.sec_off:x}",
                    site.sec, site.sec_off))
    return out


def plan(sources: list[Source], seed: int, per_object: int, max_total: int, jobs: int) -> list[Mutant]:
    """Decide every mutant, deterministically for ``seed``."""
    with multiprocessing.Pool(jobs) as pool:
        counts = pool.map(_analyse_counts, [str(s.pre) for s in sources], chunksize=8)
    usable = [(s, c) for s, c in zip(sources, counts, strict=True) if c]
    objects_with: collections.Counter[str] = collections.Counter()
    for _, c in usable:
        objects_with.update(c.keys())
    n = max(len(usable), 1)
    # weight ~ 1 / share of objects offering the kind: every kind ends up
    # with about the same number of mutants unless it is simply too rare
    weights = {k: KIND_WEIGHT[k] * n / v for k, v in objects_with.items()}
    # the few objects that offer rare kinds (entry code with unwind hints,
    # UACCESS-safe functions, annotated intra-function calls, ...) get extra
    # mutants, or a per-object budget would leave those checks nearly untested
    rare = {k for k, v in objects_with.items() if v <= RARE_SHARE * n}
    jobs_in = []
    for s, c in usable:
        count = per_object if s.pre.stat().st_size <= LARGE_SOURCE_SIZE else max(1, per_object // 2)
        count += min(RARE_BONUS_MAX, len(rare.intersection(c)))
        jobs_in.append((str(s.pre), s.obj, seed, count, weights))
    with multiprocessing.Pool(jobs) as pool:
        planned = pool.map(_plan_object, jobs_in, chunksize=4)
    mutants: list[Mutant] = []
    for (s, _), items in zip(usable, planned, strict=True):
        used: set[str] = set()
        stem = s.obj[:-2]
        for kind, file_off, patch, mutation, sec, sec_off in items:
            name = f"{kind}-0x{sec_off:x}"
            if name in used:
                name += f"-s{sec}"
            used.add(name)
            obj = f"{stem}.{name}.o"
            args = list(s.call["args"][:-1]) + [obj]
            mutants.append(Mutant(s.pre.name, str(s.pre), obj, args, file_off, patch, mutation))
    if max_total and len(mutants) > max_total:
        keep = set(random.Random(seed).sample(range(len(mutants)), max_total))
        mutants = [m for i, m in enumerate(mutants) if i in keep]
    return mutants


# --------------------------------------------------------------------------- running

def run_mutant(job: tuple[Mutant, str, str, float]) -> dict:
    """Write the mutant, run objtool on a copy at its relative path, save pre/post; the calls.jsonl record."""
    m, out_dir, objtool, timeout = job
    data = bytearray(Path(m.src_path).read_bytes())
    end = m.patch_file_off + len(m.patch)
    if end > len(data):
        raise ValueError(f"{m.obj}: patch beyond end of file")
    data[m.patch_file_off:end] = m.patch
    key = corpus_key(m.obj)
    out = Path(out_dir)
    (out / f"{key}.pre.o").write_bytes(data)
    env = dict(os.environ)
    env.pop("OBJTOOL_ARGS", None)
    rec: dict = {"obj": m.obj, "obj_arg": m.obj, "args": m.args}
    with tempfile.TemporaryDirectory(prefix="warning-corpus-") as tmp:
        dest = Path(tmp) / m.obj
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        t0 = time.perf_counter()
        timed_out = False
        try:
            proc = subprocess.run([objtool] + m.args, cwd=tmp, env=env, capture_output=True,
                                  timeout=timeout)
            rc, stderr = proc.returncode, proc.stderr
        except subprocess.TimeoutExpired as exc:
            timed_out = True
            rc, stderr = -9, exc.stderr or b""
        seconds = time.perf_counter() - t0
        deleted = not dest.exists()
        (out / f"{key}.post.o").write_bytes(bytes(data) if deleted else dest.read_bytes())
    rec.update(rc=rc, seconds=round(seconds, 6), stderr=stderr.decode("utf-8", "replace"),
               mutation=m.mutation, source=m.source)
    if rc < 0 or rc >= 128 or timed_out:
        rec["crashed"] = True
    if timed_out:
        rec["timeout"] = True
    if deleted:
        rec["deleted"] = True
    return rec


# --------------------------------------------------------------------------- summary

_WARN_RE = re.compile(r"^(?:\S+): warning: objtool: (.*)$")
_FUNC_OFF_RE = re.compile(r"^[^\s:]+\+0x[0-9a-f]+(?: \([^)]*\))?: ")
_SECTION_PREFIX_RE = re.compile(r"^[\w.$]+: (unexpected end of section)")


def normalise(message: str) -> str:
    """A warning's text without location, symbol names and numbers (for the histogram)."""
    message = _FUNC_OFF_RE.sub("", message)
    message = _SECTION_PREFIX_RE.sub(r"SEC: \1", message)
    message = re.sub(r"(?:[\w.$]+|\{dynamic\})\(\)", "FUNC()", message)
    message = re.sub(r"[\w.$]+\+0x[0-9a-f]+", "SYM+N", message)
    message = re.sub(r"[\w.$]+:(?:0x)?[0-9a-f]+\b", "SEC:N", message)
    message = re.sub(r"(?<![A-Za-z_])(?:0x[0-9a-f]+|\d+)", "N", message)
    message = re.sub(r"[+-]?N[+-]N", "N±N", message)
    return message


def warnings_of(stderr: str) -> list[str]:
    """The messages of objtool's ``warning: objtool:`` lines."""
    return [mt.group(1) for line in stderr.splitlines() if (mt := _WARN_RE.match(line))]


def summarise(records: Iterable[dict], runtime: float | None, command: str | None) -> str:
    """Counts, the histogram of distinct warning texts, crashes and runtime as text."""
    records = list(records)
    hist: collections.Counter[str] = collections.Counter()
    by_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    warn = crashed = 0
    for r in records:
        msgs = warnings_of(r["stderr"])
        kind = r["mutation"].split(" at ", 1)[0]
        by_kind[kind][0] += 1
        if msgs:
            warn += 1
            by_kind[kind][1] += 1
        hist.update({normalise(x) for x in msgs})
        crashed += bool(r.get("crashed"))
    lines = [f"mutants: {len(records)}", f"with at least one warning: {warn}",
             f"crashed/timed out: {crashed}", f"distinct warning texts: {len(hist)}"]
    if runtime is not None:
        lines.append(f"runtime: {runtime:.1f} s")
    if command:
        lines.append(f"command: {command}")
    lines.append("\nwarning texts (mutants showing each):")
    lines += [f"  {n:6d}  {text}" for text, n in hist.most_common()]
    lines.append("\nkinds (mutants, of which warn):")
    lines += [f"  {k:20s} {v[0]:5d} {v[1]:5d}" for k, v in sorted(by_kind.items())]
    return "\n".join(lines)


def _iter_records(path: Path) -> Iterator[dict]:
    """The records of a calls.jsonl file."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


# --------------------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src", type=Path, metavar="SRC_CORPUS")
    ap.add_argument("out", type=Path, metavar="OUT_DIR")
    ap.add_argument("--objtool", default=DEFAULT_OBJTOOL)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-object", type=int, default=2, help="mutants per source object (halved above 100 KB)")
    ap.add_argument("--max", type=int, default=0, help="at most this many mutants in all (0: no limit)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per objtool run")
    ap.add_argument("--force", action="store_true", help="clear an OUT_DIR that already holds a corpus")
    ap.add_argument("--summary-only", action="store_true", help="only print the summary of OUT_DIR")
    args = ap.parse_args()

    calls_path = args.out / "calls.jsonl"
    if args.summary_only:
        print(summarise(_iter_records(calls_path), None, None))
        return 0
    if not os.access(args.objtool, os.X_OK):
        ap.error(f"objtool not found: {args.objtool}")
    if calls_path.exists():
        if not args.force:
            ap.error(f"{args.out} already holds a corpus (use --force to replace it)")
        for p in args.out.iterdir():
            if p.name == "calls.jsonl" or p.name.endswith((".pre.o", ".post.o")):
                p.unlink()
    args.out.mkdir(parents=True, exist_ok=True)

    t0 = time.perf_counter()
    sources = load_sources(args.src)
    mutants = plan(sources, args.seed, args.per_object, args.max, args.jobs)
    print(f"{len(sources)} source objects, {len(mutants)} mutants planned "
          f"({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    records = []
    jobs = [(m, str(args.out), args.objtool, args.timeout) for m in mutants]
    with open(calls_path, "w", encoding="utf-8") as fh, multiprocessing.Pool(args.jobs) as pool:
        for n, rec in enumerate(pool.imap(run_mutant, jobs, chunksize=4), 1):
            fh.write(json.dumps(rec) + "\n")
            records.append(rec)
            if n % 250 == 0:
                fh.flush()
                print(f"  {n}/{len(mutants)}", file=sys.stderr)
    runtime = time.perf_counter() - t0
    command = " ".join([os.path.basename(sys.executable)] + sys.argv)
    print(summarise(records, runtime, command))
    return 0


if __name__ == "__main__":
    sys.exit(main())
