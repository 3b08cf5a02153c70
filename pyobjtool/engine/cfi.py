# SPDX-License-Identifier: GPL-2.0-only
"""Call-frame state (objtool's ``struct cfi_state``) as interned immutable values.

objtool copies a ~300-byte struct at every instruction and deduplicates the
copies through a hash table.  Here a state is an immutable :class:`CFI`; equal
states are the same object (interned per check run), so

* an instruction without stack operations just shares the previous state,
* "same state?" is an identity test on the hot path, and
* the ORC entry of a state is computed once and cached on it.

:class:`CFIWork` is the mutable scratch copy that stack operations edit; it is
frozen back into an interned :class:`CFI` after each instruction that has
stack operations.
"""

from __future__ import annotations

from ..arch.base import CFI_UNDEFINED

Reg = tuple[int, int]
_UNDEF_REG: Reg = (CFI_UNDEFINED, 0)


class CFI:
    """One interned call-frame state.  Never mutate: build a CFIWork instead."""

    __slots__ = ("key", "cfa_base", "cfa_offset", "regs", "vals", "stack_size", "drap_reg",
                 "drap_offset", "type", "bp_scratch", "drap", "end", "force_undefined", "orc")

    def __init__(self, key: tuple) -> None:
        self.key = key
        (self.cfa_base, self.cfa_offset, self.regs, self.vals, self.stack_size, self.drap_reg,
         self.drap_offset, self.type, self.bp_scratch, self.drap, self.end, self.force_undefined) = key
        #: cached ORC entry fields (filled by the ORC generator)
        self.orc = None

    def __repr__(self) -> str:
        return f"<CFI cfa={self.cfa_base}{self.cfa_offset:+d} ss={self.stack_size} type={self.type}>"


class CFIWork:
    """A mutable copy of a CFI state for applying stack operations."""

    __slots__ = ("cfa_base", "cfa_offset", "regs", "vals", "stack_size", "drap_reg", "drap_offset",
                 "type", "bp_scratch", "drap", "end", "force_undefined")

    def __init__(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = cfi.cfa_offset
        self.regs = list(cfi.regs)
        self.vals = list(cfi.vals)
        self.stack_size = cfi.stack_size
        self.drap_reg = cfi.drap_reg
        self.drap_offset = cfi.drap_offset
        self.type = cfi.type
        self.bp_scratch = cfi.bp_scratch
        self.drap = cfi.drap
        #: the hint's one-bit flag: ``end`` in 6.1, ``signal`` later
        self.end = cfi.end
        self.force_undefined = cfi.force_undefined

    def key(self) -> tuple:
        return (self.cfa_base, self.cfa_offset, tuple(self.regs), tuple(self.vals), self.stack_size,
                self.drap_reg, self.drap_offset, self.type, self.bp_scratch, self.drap, self.end,
                self.force_undefined)


class CFIPool:
    """Interning table: one CFI object per distinct state, for one check run."""

    def __init__(self) -> None:
        self._pool: dict[tuple, CFI] = {}
        #: states interned since the last :meth:`take_new` (the pool outlives one object)
        self._new: list[CFI] = []
        #: a state's key with the ids of its two register tuples in their place -> the state,
        #: for the keys whose tuples are those of an interned state: hashing those tuples cost
        #: more than working out a transition (walk_plain() fills and reads it: see _insn.c)
        self.shallow: dict[tuple, CFI] = {}

    def intern(self, key: tuple) -> CFI:
        cfi = self._pool.get(key)
        if cfi is None:
            cfi = self._pool[key] = CFI(key)
            self._new.append(cfi)
        return cfi

    def take_new(self) -> list[CFI]:
        """The states interned since the last call."""
        new, self._new = self._new, []
        return new

    def freeze(self, work: CFIWork) -> CFI:
        return self.intern(work.key())

    def states(self) -> list[CFI]:
        """Every state interned so far."""
        return list(self._pool.values())

    def __len__(self) -> int:
        return len(self._pool)


class SharedStates:
    """What stays valid from one object to the next in a process that checks many (a batch
    worker, the server): the interned states, the decoder's interned stack-operation tuples,
    and the walk's transitions between them (validate.py).

    A transition is keyed by the *identity* of a stack-operation tuple, so the
    tuples, the states and the transitions live and die together: the
    decoder only hands out tuples from :attr:`ops`, which keeps them alive,
    and a full cache is dropped as a whole before the next object starts.
    A state caches its ORC entry, whose layout is the release's, so one cache
    serves one (architecture, release, stack-operation rules) combination.
    """

    __slots__ = ("cfis", "transitions", "ops", "ops_cache", "clean_returns", "clean_siblings", "matches")

    #: a cache with more transitions than this is dropped before the next object
    LIMIT = 400_000

    def __init__(self) -> None:
        self.cfis = CFIPool()
        #: (state, id of the stack-op tuple, has a function, next has a hint) -> the state after
        #: the operations, or objtool's message if it can't follow them (validate.py)
        self.transitions: dict[tuple, object] = {}
        #: stack-operation tuples (``ops[0]`` is the empty one) and their index by value
        self.ops: list[tuple] = [()]
        self.ops_cache: dict[tuple, int] = {}
        #: states in which a return in a function that is not UACCESS-safe, on a path without
        #: noinstr, uaccess or DF state, has nothing to warn about (validate.py)
        self.clean_returns: set[CFI] = set()
        #: the same for an unconditional sibling call (its check is not a return's)
        self.clean_siblings: set[CFI] = set()
        #: (state, state) pairs that insn_cfi_match() finds in agreement (validate.py)
        self.matches: set[tuple[CFI, CFI]] = set()


_SHARED: dict[tuple, SharedStates] = {}


def shared_states(key: tuple) -> SharedStates:
    """The process's :class:`SharedStates` for *key*, a fresh one if it has grown too big."""
    shared = _SHARED.get(key)
    if shared is None or len(shared.transitions) > SharedStates.LIMIT or len(shared.ops) > SharedStates.LIMIT:
        shared = _SHARED[key] = SharedStates()
    return shared


def init_cfi_key(num_regs: int, init_type: int, force_undefined: bool = False) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's initial type."""
    regs = (_UNDEF_REG,) * num_regs
    return (CFI_UNDEFINED, 0, regs, regs, 0, CFI_UNDEFINED, -1, init_type, False, False, False, force_undefined)


def func_cfi_key(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state()), of type CALL."""
    base = init_cfi_key(arch_regs.num_regs, call_type)
    cfa_base, cfa_offset = arch_regs.initial_cfa
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[3], cfa_offset) + base[5:]
