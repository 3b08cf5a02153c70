# SPDX-License-Identifier: GPL-2.0-only
"""What registers and stack slots hold along one path through a function.

The RBP-hazard and contract checks both need to know, at each instruction,
what a register holds -- its value at function entry, a pointer into the
stack, or something an instruction computed -- and what the stack slots
hold, so that ``push %rbp ... pop %rbp`` reads as a save and a restore while
``mov 0x28(%rax),%rbp`` reads as a load of something else.  objtool's CFI
state only records where callee-saved registers were saved and gives up on
the first surprise; this machine tracks every general-purpose register and
every slot it can address, and never gives up: what it can't follow becomes
"a value made by this instruction".

Values are small tuples (hashable, so that path states can be compared):

* ``("orig", r)`` -- register *r*'s value at function entry;
* ``("sp", region, off)`` -- a stack address (see below);
* ``("made", insn)`` -- a value computed by *insn* (a call's clobber included);
* :data:`JUNK` -- a value the analysis declared it doesn't care about.

Stack addresses are ``(region, offset)``: region 0 is relative to the CFA at
entry (the return address is at ``(0, -8)``); when the stack pointer gets a
value the machine can't relate to the old one (``and $-16, %rsp``, ``mov
%rax, %rsp``) a new region starts, named after that instruction, so slots
pushed after a realignment are still tracked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from iced_x86 import MemorySizeExt, Mnemonic, OpKind, Register

from ..arch.insn import CALL, CALL_DYNAMIC
from ..arch.x86.registers import CFI_BP, CFI_SP
from .x86_object import IcedView, gpr_number, is_gpr64

if TYPE_CHECKING:
    from ..engine.instruction import Instruction

Value = tuple
JUNK: Value = ("junk",)
ORIG: tuple[Value, ...] = tuple(("orig", r) for r in range(16))
#: registers a C function may change (x86-64 SysV ABI): rax rcx rdx rsi rdi r8-r11
ABI_CLOBBERED = frozenset({0, 1, 2, 6, 7, 8, 9, 10, 11})
#: every general-purpose register but RSP
ALL_GPRS = frozenset(r for r in range(16) if r != CFI_SP)

_U64 = 1 << 64
_PUSHES = frozenset((Mnemonic.PUSHFQ, Mnemonic.PUSHF, Mnemonic.PUSHFD))
_POPS = frozenset((Mnemonic.POPFQ, Mnemonic.POPF, Mnemonic.POPFD))


class VState(NamedTuple):
    """The machine's state before one instruction (immutable, hashable)."""

    sp: tuple[int, int]
    regs: tuple[Value, ...]
    slots: tuple[tuple[tuple[int, int], Value], ...]
    #: for the tracked registers, the instruction that last wrote them (None: entry)
    writers: tuple[Instruction | None, ...]

    def slot(self, addr: tuple[int, int]) -> Value | None:
        for key, value in self.slots:
            if key == addr:
                return value
        return None


def entry_state() -> VState:
    """At a function's first instruction: every register holds its own value."""
    return VState((0, -8), ORIG, (), (None,) * 16)


def is_sp(value: Value) -> bool:
    return value[0] == "sp"


def _signed(disp: int) -> int:
    return disp - _U64 if disp >= 1 << 63 else disp


def _region(insn: Instruction) -> int:
    return (insn.sec.idx << 32) + insn.offset + 1


class StackMachine:
    """Applies one instruction to a :class:`VState`.

    *call_clobbers* says which registers a call changes (the contract check
    knows better than the ABI for helpers with contracts); *canon* maps every
    value the analysis stores to the form it wants to compare (the RBP check
    folds everything that is neither RBP's entry value nor a stack address to
    :data:`JUNK`, which keeps the number of distinct path states small);
    *writer_regs* are the registers whose last writer is remembered for
    messages.
    """

    def __init__(self, iced: IcedView, call_clobbers: Callable[[Instruction], frozenset[int]],
                 canon: Callable[[Value], Value] | None = None,
                 writer_regs: frozenset[int] = ALL_GPRS) -> None:
        self.iced = iced
        self.call_clobbers = call_clobbers
        self.canon = canon or (lambda v: v)
        self.writer_regs = writer_regs

    def step(self, insn: Instruction, state: VState) -> VState:
        return _Step(self, insn, state).run()

    def after_call(self, insn: Instruction, state: VState) -> VState:
        """The state once the callee of *insn* (a call or a tail call) has returned."""
        step = _Step(self, insn, state)
        step.call()
        return step.freeze()


class _Step:
    """One instruction's effect, on mutable copies of the state's parts."""

    def __init__(self, machine: StackMachine, insn: Instruction, state: VState) -> None:
        self.m = machine
        self.insn = insn
        self.ins = machine.iced.get(insn)
        self.sp = state.sp
        self.regs = list(state.regs)
        self.slots = dict(state.slots)
        self.writers = list(state.writers)

    # -- helpers --
    def made(self) -> Value:
        return self.m.canon(("made", self.insn))

    def read_reg(self, reg: int) -> Value:
        if reg == CFI_SP:
            return ("sp",) + self.sp
        return self.regs[reg]

    def write_reg(self, reg: int, value: Value) -> None:
        if reg == CFI_SP:
            if is_sp(value):
                self.sp = (value[1], value[2])
            else:
                self.new_region()
            return
        self.regs[reg] = self.m.canon(value)
        if reg in self.m.writer_regs:
            self.writers[reg] = self.insn

    def new_region(self) -> None:
        self.sp = (_region(self.insn), 0)

    def addr_of(self, base: int, index: int, disp: int) -> tuple[int, int] | None:
        """The stack address a memory operand names, if its base is a known stack pointer."""
        if index != Register.NONE or not is_gpr64(base):
            return None
        value = self.read_reg(gpr_number(base))
        if not is_sp(value):
            return None
        return value[1], value[2] + _signed(disp)

    def mem_addr(self) -> tuple[int, int] | None:
        ins = self.ins
        return self.addr_of(ins.memory_base, ins.memory_index, ins.memory_displacement)

    def load(self, addr: tuple[int, int] | None) -> Value:
        if addr is None:
            return self.made()
        value = self.slots.get(addr)
        return value if value is not None else self.made()

    def store(self, addr: tuple[int, int], size: int, value: Value | None) -> None:
        region, off = addr
        for key in [k for k in self.slots if k[0] == region and off - 8 < k[1] < off + size]:
            del self.slots[key]
        if value is not None and size == 8:
            value = self.m.canon(value)
            if value is not JUNK:
                self.slots[addr] = value

    def push(self, value: Value) -> None:
        self.sp = (self.sp[0], self.sp[1] - 8)
        self.store(self.sp, 8, value)

    def pop(self) -> Value:
        value = self.load(self.sp)
        self.sp = (self.sp[0], self.sp[1] + 8)
        return value

    def op_reg(self, n: int) -> int | None:
        """CFI number of operand *n* when it is a 64-bit general-purpose register."""
        ins = self.ins
        if ins.op_kind(n) != OpKind.REGISTER:
            return None
        reg = ins.op_register(n)
        return gpr_number(reg) if is_gpr64(reg) else None

    # -- the instruction --
    def run(self) -> VState:
        insn, ins = self.insn, self.ins
        mnemonic = ins.mnemonic
        if insn.type == CALL or insn.type == CALL_DYNAMIC:
            self.call()
        elif mnemonic == Mnemonic.CALL:
            self.push(self.made())  # ANNOTATE_INTRA_FUNCTION_CALL: a jump that pushes
        elif mnemonic == Mnemonic.PUSH:
            reg = self.op_reg(0)
            self.push(self.read_reg(reg) if reg is not None else self.made())
        elif mnemonic in _PUSHES:
            self.push(self.made())
        elif mnemonic == Mnemonic.POP:
            self.do_pop()
        elif mnemonic in _POPS:
            self.pop()
        elif mnemonic == Mnemonic.LEAVE:
            self.write_reg(CFI_SP, self.read_reg(CFI_BP))
            self.write_reg(CFI_BP, self.pop())
        elif mnemonic == Mnemonic.RET:
            self.sp = (self.sp[0], self.sp[1] + 8)
        elif not self.simple_move():
            self.generic()
        return self.freeze()

    def freeze(self) -> VState:
        return VState(self.sp, tuple(self.regs), tuple(sorted(self.slots.items())), tuple(self.writers))

    def call(self) -> None:
        """A call returns with the callee's clobbers and its frame gone from below RSP."""
        made = self.made()
        for reg in self.m.call_clobbers(self.insn):
            if reg != CFI_SP:
                self.regs[reg] = made
                if reg in self.m.writer_regs:
                    self.writers[reg] = self.insn
        region, off = self.sp
        for key in [k for k in self.slots if k[0] == region and k[1] < off]:
            del self.slots[key]

    def do_pop(self) -> None:
        value = self.pop()
        reg = self.op_reg(0)
        if reg is not None:
            self.write_reg(reg, value)
        elif self.ins.op0_kind == OpKind.MEMORY:
            addr = self.mem_addr()
            if addr is not None:
                self.store(addr, 8, value)
        else:
            self.generic_regs()

    def simple_move(self) -> bool:
        """mov/lea/xchg between 64-bit registers and stack slots, add/sub/and on RSP."""
        ins = self.ins
        mnemonic = ins.mnemonic
        if ins.op_count != 2:
            return False
        kind0, kind1 = ins.op_kind(0), ins.op_kind(1)
        dst = self.op_reg(0)
        if mnemonic == Mnemonic.MOV:
            if dst is not None and kind1 == OpKind.REGISTER:
                src = self.op_reg(1)
                if src is None:
                    return False
                self.write_reg(dst, self.read_reg(src))
                return True
            if dst is not None and kind1 == OpKind.MEMORY:
                self.write_reg(dst, self.load(self.mem_addr()))
                return True
            if kind0 == OpKind.MEMORY:
                addr = self.mem_addr()
                if addr is None:
                    return True  # a store outside the tracked stack changes no register
                size = MemorySizeExt.size(ins.memory_size)
                src = self.op_reg(1)
                self.store(addr, size, self.read_reg(src) if src is not None else self.made())
                return True
            return False
        if mnemonic == Mnemonic.LEA and dst is not None:
            addr = self.mem_addr()
            self.write_reg(dst, ("sp",) + addr if addr is not None else self.made())
            return True
        if dst == CFI_SP and kind1 != OpKind.REGISTER and kind1 != OpKind.MEMORY:
            imm = _signed(ins.immediate(1) & (_U64 - 1))
            if mnemonic == Mnemonic.ADD:
                self.sp = (self.sp[0], self.sp[1] + imm)
                return True
            if mnemonic == Mnemonic.SUB:
                self.sp = (self.sp[0], self.sp[1] - imm)
                return True
            return False
        if mnemonic == Mnemonic.XCHG and dst is not None and kind1 == OpKind.REGISTER:
            src = self.op_reg(1)
            if src is None or src == CFI_SP or dst == CFI_SP:
                return False
            a, b = self.read_reg(dst), self.read_reg(src)
            self.write_reg(dst, b)
            self.write_reg(src, a)
            return True
        return False

    def generic(self) -> None:
        """Anything else: what it writes becomes a value made by it."""
        for mem in self.m.iced.memory_writes(self.insn):
            addr = self.addr_of(mem.base, mem.index, mem.displacement)
            if addr is not None:
                self.store(addr, MemorySizeExt.size(mem.memory_size) or 8, self.made())
        self.generic_regs()

    def generic_regs(self) -> None:
        made = self.made()
        for reg in self.m.iced.written_gprs(self.insn):
            if reg == CFI_SP:
                inc = self.ins.stack_pointer_increment
                if inc:
                    self.sp = (self.sp[0], self.sp[1] + inc)
                else:
                    self.new_region()
            else:
                self.write_reg(reg, made)
