# SPDX-License-Identifier: GPL-2.0-only
"""contracts: asm helpers with non-standard calling conventions keep their word.

Some asm helpers are called from inline asm with conventions the compiler
knows nothing about: ``vmread_error_trampoline`` takes its two arguments on
the stack and preserves every register, so that the VMREAD asm blob need not
clobber any.  Nothing checks either side of that deal; a contract file (see
:mod:`.contract_file`) states it and this check verifies both sides:

* the body (when the helper is in this object): on every path to each of its
  returns (and tail calls), every register the contract says it preserves
  holds its entry value again.  Calls inside the body change what the callee
  may change: the C ABI's caller-saved registers, or what the callee's own
  contract leaves out of ``preserves``;
* every call site in the object: with ``args = "stack:N"``, exactly N pushes
  immediately before the call (no branch into the middle) and N words popped
  right after; a call that sets up argument registers instead is reported as
  a C-style call; a tail call can't pass stack words;
* with ``callers = "asm-only"``: no reference to the helper other than a
  direct call (no function pointer, no tail call).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iced_x86 import Mnemonic, OpKind, Register

from ..arch.insn import CALL, CALL_DYNAMIC, RETURN, is_jump
from ..arch.x86.registers import REG_NAMES
from ..elf.constants import SHF_ALLOC, STT_FUNC
from ..elf.naming import reloc_target
from ..engine.noreturn import is_sibling_call
from .contract_file import Contract, load_contracts
from .paths import END_RETURN, END_SIBLING, PathWalk
from .stack_values import ABI_CLOBBERED, ALL_GPRS, ORIG, StackMachine, Value, VState, entry_state
from .x86_object import IcedView, insn_location, x86_file

if TYPE_CHECKING:
    from ..elf.model import Symbol
    from ..engine.instruction import Instruction
    from ..engine.objfile import ObjtoolFile
    from .context import AnalysisContext

CHECK = "contracts"
#: C ABI argument registers, in order: rdi rsi rdx rcx r8 r9
ARG_REGS = (7, 6, 2, 1, 8, 9)
#: R_X86_64_PC32, R_X86_64_PLT32, R_X86_64_PC64
_PC_RELATIVE = frozenset({2, 4, 24})
#: sections whose references to a function are bookkeeping, not calls or pointers
_BOOKKEEPING = (".discard", ".eh_frame", ".orc_", ".debug", ".rela", "__mcount_loc", ".ibt_endbr_seal",
                ".return_sites", ".retpoline_sites", ".call_sites", ".static_call_sites", "__ex_table",
                ".altinstructions", "__jump_table", "__patchable_function_entries", ".note", ".comment")


def _reg(num: int) -> str:
    return "%" + REG_NAMES[num]


class ContractWalk(PathWalk[VState]):
    """Follows every register through a helper's body and records what its returns break."""

    def __init__(self, file: ObjtoolFile, func: Symbol, iced: IcedView, contract: Contract,
                 contracts: dict[str, Contract]) -> None:
        super().__init__(file, func)
        self.contract = contract
        self.contracts = contracts
        self.machine = StackMachine(iced, self.clobbers)
        #: register -> (the return or tail call, the state there) of the first violation seen
        self.violations: dict[int, tuple[Instruction, VState]] = {}

    def clobbers(self, insn: Instruction) -> frozenset[int]:
        dest = insn.call_dest
        callee = self.contracts.get(dest.name) if dest is not None else None
        return ABI_CLOBBERED if callee is None else ALL_GPRS - callee.preserves

    def transfer(self, insn: Instruction, state: VState) -> VState:
        return self.machine.step(insn, state)

    def at_end(self, insn: Instruction, state: VState, how: str) -> None:
        if how == END_SIBLING:
            # the callee returns to our caller: its clobbers count as ours
            state = self.machine.after_call(insn, state)
        elif how != END_RETURN:
            return
        for reg in sorted(self.contract.preserves):
            if state.regs[reg] != ORIG[reg]:
                seen = self.violations.get(reg)
                if seen is None or (insn.sec.idx, insn.offset) < (seen[0].sec.idx, seen[0].offset):
                    self.violations[reg] = (insn, state)


def _describe_value(file: ObjtoolFile, iced: IcedView, reg: int, value: Value,
                    writer: Instruction | None) -> str:
    if writer is not None and (writer.type == CALL or writer.type == CALL_DYNAMIC or is_jump(writer.type)):
        dest = writer.call_dest
        name = f"the call to {dest.name}()" if dest is not None else "the indirect call"
        return f"{name} at {insn_location(file, writer)}"
    if writer is not None:
        what = f"'{iced.text(writer)}' at {insn_location(file, writer)}"
        if value[0] == "orig":
            return f"{what} (it holds the entry value of {_reg(value[1])})"
        return what
    return "an earlier instruction"


def check_body(ctx: AnalysisContext, file: ObjtoolFile, iced: IcedView, func: Symbol, contract: Contract,
               contracts: dict[str, Contract]) -> None:
    walk = ContractWalk(file, func, iced, contract, contracts)
    walk.run(entry_state())
    for reg, (insn, state) in sorted(walk.violations.items()):
        how = "tail-calls" if insn.type != RETURN else "returns"
        cause = _describe_value(file, iced, reg, state.regs[reg], state.writers[reg])
        ctx.reporter.warn_func(
            f"contract violation: {func.name}() must preserve {_reg(reg)}, but {how} here with "
            f"{_reg(reg)} changed by {cause}", insn.sec, insn.offset, check=CHECK)
    if walk.incomplete:
        ctx.reporter.warn_func(f"contract not fully verified: {func.name}() has too many distinct paths",
                               func.sec, func.offset, check=CHECK)


# -- call sites --

def _contiguous_prev(insn: Instruction) -> Instruction | None:
    prev = insn.prev
    if prev is None or prev.sec is not insn.sec or prev.offset + prev.len != insn.offset:
        return None
    return prev


def _contiguous_next(insn: Instruction) -> Instruction | None:
    nxt = insn.next
    if nxt is None or nxt.sec is not insn.sec or insn.offset + insn.len != nxt.offset:
        return None
    return nxt


def _branch_targets(file: ObjtoolFile) -> set[Instruction]:
    targets = set()
    for insn in file.insns():
        if insn.jump_dest is not None:
            targets.add(insn.jump_dest)
        for alt in insn.alts or ():
            if alt.insn is not None:
                targets.add(alt.insn)
    return targets


def _pushes_before(iced: IcedView, call: Instruction) -> list[Instruction]:
    """The push instructions immediately before *call*, nearest first."""
    out = []
    cur = _contiguous_prev(call)
    while cur is not None and iced.get(cur).mnemonic == Mnemonic.PUSH:
        out.append(cur)
        cur = _contiguous_prev(cur)
    return out


def _words_popped_after(iced: IcedView, call: Instruction, want: int) -> int:
    """How many words the instructions right after *call* drop before anything else runs."""
    words = 0
    cur = _contiguous_next(call)
    while cur is not None and words < want:
        ins = iced.get(cur)
        if ins.mnemonic == Mnemonic.POP:
            words += 1
        elif (ins.mnemonic in (Mnemonic.ADD, Mnemonic.LEA) and ins.op_count == 2
              and ins.op_kind(0) == OpKind.REGISTER and ins.op0_register == Register.RSP):
            step = ins.immediate(1) if ins.mnemonic == Mnemonic.ADD else ins.memory_displacement
            if ins.mnemonic == Mnemonic.LEA and ins.memory_base != Register.RSP:
                break
            if step % 8 or step >= 1 << 31:
                break
            words += step // 8
        else:
            break
        cur = _contiguous_next(cur)
    return words


def _register_args(file: ObjtoolFile, iced: IcedView, call: Instruction, skip: int,
                   targets: set[Instruction]) -> list[int]:
    """Argument registers written in the straight-line code before *call*."""
    found: list[int] = []
    cur = call
    for _ in range(skip):
        cur = _contiguous_prev(cur)
    for _ in range(16):
        if cur is None or cur in targets:
            break
        cur = _contiguous_prev(cur)
        if cur is None or cur.type in (CALL, CALL_DYNAMIC, RETURN) or is_jump(cur.type):
            break
        for reg in ARG_REGS:
            if reg in iced.written_gprs(cur) and reg not in found:
                found.append(reg)
    return sorted(found, key=ARG_REGS.index)


def check_call_site(ctx: AnalysisContext, file: ObjtoolFile, iced: IcedView, insn: Instruction,
                    contract: Contract, targets: set[Instruction]) -> None:
    rep = ctx.reporter
    name = contract.symbol
    n = contract.stack_words
    if insn.type != CALL:
        if contract.asm_only:
            rep.warn_func(f"contract violation: tail call to {name}(), which only asm may call directly "
                          f"(callers = \"asm-only\")", insn.sec, insn.offset, check=CHECK)
        elif n:
            rep.warn_func(f"contract violation: tail call to {name}() can't pass the {n} stack words its "
                          f"contract wants (args = \"{contract.args_text}\")", insn.sec, insn.offset, check=CHECK)
        return
    if n is None:
        return
    pushes = _pushes_before(iced, insn)
    if len(pushes) < n:
        regs = _register_args(file, iced, insn, len(pushes), targets)
        if regs:
            rep.warn_func(f"contract violation: C-style call to {name}() with arguments in registers "
                          f"({', '.join(_reg(r) for r in regs)}); its contract wants {n} words pushed "
                          f"right before the call (args = \"{contract.args_text}\")",
                          insn.sec, insn.offset, check=CHECK)
        else:
            pushed = f"{len(pushes)} push{'' if len(pushes) == 1 else 'es'}"
            rep.warn_func(f"contract violation: call to {name}() has {pushed} right before it, not the "
                          f"{n} its contract wants (args = \"{contract.args_text}\")",
                          insn.sec, insn.offset, check=CHECK)
        return
    inside = [insn] + pushes[:n - 1]  # the call and every push but the first
    entered = next((i for i in inside if i in targets), None)
    if entered is not None:
        rep.warn_func(f"contract violation: a branch to {insn_location(file, entered)} skips some of the "
                      f"{n} pushes the call to {name}() needs", insn.sec, insn.offset, check=CHECK)
    popped = _words_popped_after(iced, insn, n)
    if popped != n:
        rep.warn_func(f"contract violation: call to {name}() is not followed by popping the {n} words "
                      f"pushed for it ({popped} popped)", insn.sec, insn.offset, check=CHECK)


def _reference_target(file: ObjtoolFile, sec, rel) -> tuple[int, int]:
    """(section index, offset) a relocation refers to; RIP-relative code references resolved."""
    tsec, off = reloc_target(rel.sym, rel.addend)
    if rel.type in _PC_RELATIVE and sec.is_exec:
        insn = _insn_containing(file, sec, rel.offset)
        if insn is not None:
            off += insn.offset + insn.len - rel.offset
    return tsec.idx, off


def _insn_containing(file: ObjtoolFile, sec, offset: int) -> Instruction | None:
    for start in range(offset, max(offset - 15, -1), -1):
        insn = file.find_insn(sec, start)
        if insn is not None:
            return insn if offset < insn.offset + insn.len else None
    return None


def check_references(ctx: AnalysisContext, file: ObjtoolFile, contract: Contract,
                     call_relocs: set[tuple[int, int]]) -> None:
    """callers = "asm-only": report every reference that is not a direct call to the helper."""
    sym = file.elf.symbol_by_name.get(contract.symbol)
    if sym is None:
        return
    defined = sym.sec.idx != 0
    for sec in file.elf.sections:
        rsec = sec.reloc
        if rsec is None or not sec.flags & SHF_ALLOC or sec.name.startswith(_BOOKKEEPING):
            continue
        for rel in rsec.relocs:
            if (rsec.idx, rel.offset) in call_relocs:
                continue
            if rel.sym is not sym and (not defined or _reference_target(file, sec, rel) != (sym.sec.idx,
                                                                                             sym.offset)):
                continue
            where = _insn_containing(file, sec, rel.offset) if sec.is_exec else None
            ctx.reporter.warn_func(f"contract violation: {contract.symbol}'s address is taken here, but only "
                                   f"direct calls from asm may reach it (callers = \"asm-only\")",
                                   sec, where.offset if where is not None else rel.offset, check=CHECK)


def run(ctx: AnalysisContext) -> None:
    if ctx.opts.contracts is None:
        return  # --extra-checks=all without a contract file: nothing to check
    contracts = load_contracts(ctx.opts.contracts)
    file = x86_file(ctx, CHECK)
    if file is None or not contracts:
        return
    iced = IcedView()
    for name in sorted(contracts):
        sym = file.elf.symbol_by_name.get(name)
        if sym is not None and sym.type == STT_FUNC and sym.sec.is_exec and sym.len:
            check_body(ctx, file, iced, sym, contracts[name], contracts)

    targets = _branch_targets(file)
    call_relocs: set[tuple[int, int]] = set()
    for insn in file.insns():
        dest = insn.call_dest
        if dest is None or dest.name not in contracts:
            continue
        if insn.type != CALL and not is_sibling_call(insn):
            continue
        rel = insn.reloc()
        if rel is not None:
            call_relocs.add((insn.sec.reloc.idx, rel.offset))
        check_call_site(ctx, file, iced, insn, contracts[dest.name], targets)
    for name in sorted(contracts):
        if contracts[name].asm_only:
            check_references(ctx, file, contracts[name], call_relocs)
