# SPDX-License-Identifier: GPL-2.0-only
"""rbp-hazards: where RBP is not a frame pointer while a call can run.

A frame-pointer unwinder (CONFIG_UNWINDER_FRAME_POINTER, the builds objtool
checks with ``--stackval``) follows RBP from every callee and from every
exception handler.  objtool 6.1 models RBP only through its CFI state: it
takes any ``pop %rbp`` for the end of the frame (and then warns "call
without frame pointer save/setup" at calls after a ``push %rbp ... pop
%rbp`` pair around inline asm, although RBP is the frame pointer again), and
it does not notice ``mov <something>, %rbp`` at all.

This check follows what RBP *holds* on every path (see
:mod:`.stack_values`): the caller's RBP, a pointer to a stack slot that holds
a valid RBP (a frame pointer), or anything else.  When a call, a tail call or
an instruction with an exception-table entry can run while RBP holds
anything else, it warns at the instruction that put that value in RBP::

    vmx.o: warning: objtool: __vmx_vcpu_run+0x5b: frame-pointer hazard:
    'mov 0x28(%rax),%rbp' puts a non-frame value in RBP, and the call to
    kvm_foo() at __vmx_vcpu_run+0x9a can run before RBP is restored

With this check on, the checker itself ends the frame only at the ``pop
%rbp`` from the caller's RBP save slot (see ``check.stack_ops._pop_reg()``),
so objtool's "call without frame pointer save/setup" no longer fires after
a ``push %rbp ... pop %rbp`` pair that restores the frame pointer.

The check is about frame-pointer builds.  With ``--stackval`` it checks every
function; with other objtool actions but no ``--stackval`` (an ORC build,
where RBP is an ordinary register) it does nothing; alone, it checks the
functions that set up a frame pointer (``push %rbp; mov %rsp,%rbp``) and takes
the others for code built without frame pointers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arch.insn import CALL, CALL_DYNAMIC, JUMP_DYNAMIC, JUMP_DYNAMIC_CONDITIONAL, RETURN
from ..arch.x86.registers import CFI_BP
from ..elf.constants import STT_FUNC
from ..engine.noreturn import is_sibling_call
from .paths import PathWalk
from .stack_values import ABI_CLOBBERED, JUNK, ORIG, StackMachine, Value, VState, entry_state, is_sp
from .x86_object import IcedView, extable_sites, insn_location, x86_file

if TYPE_CHECKING:
    from ..elf.model import Symbol
    from ..engine.instruction import Instruction
    from ..engine.objfile import ObjtoolFile
    from .context import AnalysisContext

CHECK = "rbp-hazards"
#: objtool's warning that this check corrects for mid-function restores
_CALLER_RBP = ORIG[CFI_BP]
_MOV_RSP_RBP = b"\x48\x89\xe5"
_LEAVE = b"\xc9"


def _canon(value: Value) -> Value:
    """Only RBP's entry value and stack addresses matter for frame pointers."""
    return value if value == _CALLER_RBP or is_sp(value) else JUNK


def rbp_is_frame_value(state: VState, value: Value, depth: int = 0) -> bool:
    """The caller's RBP, or a pointer to a slot holding a valid RBP (a frame pointer)."""
    if value == _CALLER_RBP:
        return True
    if not is_sp(value) or depth > 8:
        return False
    saved = state.slot((value[1], value[2]))
    return saved is not None and rbp_is_frame_value(state, saved, depth + 1)


class RbpWalk(PathWalk[VState]):
    """Follows RBP through one function and collects hazards."""

    def __init__(self, file: ObjtoolFile, func: Symbol, iced: IcedView, ex_sites: set[tuple[int, int]]) -> None:
        super().__init__(file, func)
        self.machine = StackMachine(iced, lambda _insn: ABI_CLOBBERED, _canon, frozenset({CFI_BP}))
        self.ex_sites = ex_sites
        #: instruction that made RBP a non-frame value -> the hazards it leads to
        self.hazards: dict[Instruction, set[Instruction]] = {}
        #: calls -> True while every path reaching them had RBP pointing at a frame

    def transfer(self, insn: Instruction, state: VState) -> VState:
        return self.machine.step(insn, state)

    def at_insn(self, insn: Instruction, state: VState) -> None:
        kind = insn.type
        is_call = kind == CALL or kind == CALL_DYNAMIC
        rbp = state.regs[CFI_BP]
        valid = rbp_is_frame_value(state, rbp)
        if valid:
            return
        # a tail call runs the callee with our RBP, like a call
        if is_call or is_sibling_call(insn) or (insn.sec is not None
                                                and (insn.sec.idx, insn.offset) in self.ex_sites):
            origin = state.writers[CFI_BP] or insn
            self.hazards.setdefault(origin, set()).add(insn)


def _functions(file: ObjtoolFile):
    for sec in file.elf.sections:
        if not sec.is_exec:
            continue
        for func in sec.symbol_list:
            if func.type != STT_FUNC or func.pfunc is not func or func.alias is not func or not func.len:
                continue
            first = file.find_insn(sec, func.offset)
            if first is None or first.ignore:
                continue
            yield func


def _is_candidate(file: ObjtoolFile, func: Symbol, iced: IcedView, need_frame: bool) -> bool:
    """Could RBP hold anything but the caller's RBP or the frame pointer in *func*?

    The usual prologue and epilogue (``push %rbp; mov %rsp,%rbp``, ``leave``,
    ``pop %rbp`` right before the return or tail call) can't; anything else
    that writes RBP needs the full walk.  With *need_frame*, only a function
    that sets up a frame pointer (``push %rbp; mov %rsp,%rbp``) counts: one that
    doesn't was built without frame pointers and uses RBP as an ordinary register.
    """
    candidate = has_frame = False
    for insn in file.func_insns(func):
        if insn.fake or CFI_BP not in iced.written_gprs(insn):
            continue
        raw = bytes(insn.sec.data[insn.offset:insn.offset + insn.len])
        if raw == _MOV_RSP_RBP:
            prev = insn.prev
            if prev is not None and prev.sec is insn.sec and prev.len == 1 and prev.sec.data[prev.offset] == 0x55:
                has_frame = True  # push %rbp; mov %rsp,%rbp: a frame, not a pointer to locals
                continue
        if raw == _LEAVE:
            continue
        if raw == b"\x5d":
            nxt = insn.next
            if nxt is not None and (nxt.type == RETURN or is_sibling_call(nxt)):
                continue
        candidate = True
    return candidate and (has_frame or not need_frame)


def _describe(file: ObjtoolFile, iced: IcedView, site: Instruction) -> str:
    kind = site.type
    dest = site.call_dest
    if kind == CALL or kind == CALL_DYNAMIC:
        what = f"the call to {dest.name}()" if dest is not None else "the indirect call"
    elif is_sibling_call(site):
        if dest is not None:
            what = f"the tail call to {dest.name}()"
        elif kind == JUMP_DYNAMIC or kind == JUMP_DYNAMIC_CONDITIONAL:
            what = "the indirect tail call"
        else:
            what = "the tail call"
    else:
        what = f"'{iced.text(site)}' (it has an exception-table entry)"
    return f"{what} at {insn_location(file, site)}"


def run(ctx: AnalysisContext) -> None:
    opts = ctx.opts
    if opts.any_action() and not opts.stackval:
        return  # an ORC build: RBP is a general-purpose register there
    file = x86_file(ctx, CHECK)
    if file is None:
        return
    iced = IcedView()
    ex_sites = extable_sites(file)
    reporter = ctx.reporter

    hazards: dict[Instruction, set[Instruction]] = {}
    for func in _functions(file):
        if not _is_candidate(file, func, iced, need_frame=not opts.stackval):
            continue
        walk = RbpWalk(file, func, iced, ex_sites)
        walk.run(entry_state())
        for origin, sites in walk.hazards.items():
            hazards.setdefault(origin, set()).update(sites)

    for origin in sorted(hazards, key=lambda i: (i.sec.idx, i.offset)):
        site = min(hazards[origin], key=lambda i: (i.sec.idx, i.offset))
        reporter.warn_func(
            f"frame-pointer hazard: '{iced.text(origin)}' puts a non-frame value in RBP, and "
            f"{_describe(file, iced, site)} can run before RBP is restored",
            origin.sec, origin.offset, check=CHECK)
