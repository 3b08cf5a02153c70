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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁCFIǁ__init____mutmut: MutantDict = {}  # type: ignore


class CFI:
    """One interned call-frame state.  Never mutate: build a CFIWork instead."""

    __slots__ = ("key", "cfa_base", "cfa_offset", "regs", "vals", "stack_size", "drap_reg",
                 "drap_offset", "type", "bp_scratch", "drap", "end", "orc")

    @_mutmut_mutated(mutants_xǁCFIǁ__init____mutmut)
    def __init__(self, key: tuple) -> None:
        self.key = key
        (self.cfa_base, self.cfa_offset, self.regs, self.vals, self.stack_size, self.drap_reg,
         self.drap_offset, self.type, self.bp_scratch, self.drap, self.end) = key
        #: cached ORC entry fields (filled by the ORC generator)
        self.orc = None

    def xǁCFIǁ__init____mutmut_orig(self, key: tuple) -> None:
        self.key = key
        (self.cfa_base, self.cfa_offset, self.regs, self.vals, self.stack_size, self.drap_reg,
         self.drap_offset, self.type, self.bp_scratch, self.drap, self.end) = key
        #: cached ORC entry fields (filled by the ORC generator)
        self.orc = None

    def xǁCFIǁ__init____mutmut_1(self, key: tuple) -> None:
        self.key = None
        (self.cfa_base, self.cfa_offset, self.regs, self.vals, self.stack_size, self.drap_reg,
         self.drap_offset, self.type, self.bp_scratch, self.drap, self.end) = key
        #: cached ORC entry fields (filled by the ORC generator)
        self.orc = None

    def xǁCFIǁ__init____mutmut_2(self, key: tuple) -> None:
        self.key = key
        (self.cfa_base, self.cfa_offset, self.regs, self.vals, self.stack_size, self.drap_reg,
         self.drap_offset, self.type, self.bp_scratch, self.drap, self.end) = None
        #: cached ORC entry fields (filled by the ORC generator)
        self.orc = None

    def xǁCFIǁ__init____mutmut_3(self, key: tuple) -> None:
        self.key = key
        (self.cfa_base, self.cfa_offset, self.regs, self.vals, self.stack_size, self.drap_reg,
         self.drap_offset, self.type, self.bp_scratch, self.drap, self.end) = key
        #: cached ORC entry fields (filled by the ORC generator)
        self.orc = ""

    def __repr__(self) -> str:
        return f"<CFI cfa={self.cfa_base}{self.cfa_offset:+d} ss={self.stack_size} type={self.type}>"

mutants_xǁCFIǁ__init____mutmut['_mutmut_orig'] = CFI.xǁCFIǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁCFIǁ__init____mutmut['xǁCFIǁ__init____mutmut_1'] = CFI.xǁCFIǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁCFIǁ__init____mutmut['xǁCFIǁ__init____mutmut_2'] = CFI.xǁCFIǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁCFIǁ__init____mutmut['xǁCFIǁ__init____mutmut_3'] = CFI.xǁCFIǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁCFIWorkǁkey__mutmut: MutantDict = {}  # type: ignore


class CFIWork:
    """A mutable copy of a CFI state for applying stack operations."""

    __slots__ = ("cfa_base", "cfa_offset", "regs", "vals", "stack_size", "drap_reg", "drap_offset",
                 "type", "bp_scratch", "drap", "end")

    @_mutmut_mutated(mutants_xǁCFIWorkǁ__init____mutmut)
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
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_orig(self, cfi: CFI) -> None:
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
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_1(self, cfi: CFI) -> None:
        self.cfa_base = None
        self.cfa_offset = cfi.cfa_offset
        self.regs = list(cfi.regs)
        self.vals = list(cfi.vals)
        self.stack_size = cfi.stack_size
        self.drap_reg = cfi.drap_reg
        self.drap_offset = cfi.drap_offset
        self.type = cfi.type
        self.bp_scratch = cfi.bp_scratch
        self.drap = cfi.drap
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_2(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = None
        self.regs = list(cfi.regs)
        self.vals = list(cfi.vals)
        self.stack_size = cfi.stack_size
        self.drap_reg = cfi.drap_reg
        self.drap_offset = cfi.drap_offset
        self.type = cfi.type
        self.bp_scratch = cfi.bp_scratch
        self.drap = cfi.drap
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_3(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = cfi.cfa_offset
        self.regs = None
        self.vals = list(cfi.vals)
        self.stack_size = cfi.stack_size
        self.drap_reg = cfi.drap_reg
        self.drap_offset = cfi.drap_offset
        self.type = cfi.type
        self.bp_scratch = cfi.bp_scratch
        self.drap = cfi.drap
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_4(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = cfi.cfa_offset
        self.regs = list(None)
        self.vals = list(cfi.vals)
        self.stack_size = cfi.stack_size
        self.drap_reg = cfi.drap_reg
        self.drap_offset = cfi.drap_offset
        self.type = cfi.type
        self.bp_scratch = cfi.bp_scratch
        self.drap = cfi.drap
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_5(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = cfi.cfa_offset
        self.regs = list(cfi.regs)
        self.vals = None
        self.stack_size = cfi.stack_size
        self.drap_reg = cfi.drap_reg
        self.drap_offset = cfi.drap_offset
        self.type = cfi.type
        self.bp_scratch = cfi.bp_scratch
        self.drap = cfi.drap
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_6(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = cfi.cfa_offset
        self.regs = list(cfi.regs)
        self.vals = list(None)
        self.stack_size = cfi.stack_size
        self.drap_reg = cfi.drap_reg
        self.drap_offset = cfi.drap_offset
        self.type = cfi.type
        self.bp_scratch = cfi.bp_scratch
        self.drap = cfi.drap
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_7(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = cfi.cfa_offset
        self.regs = list(cfi.regs)
        self.vals = list(cfi.vals)
        self.stack_size = None
        self.drap_reg = cfi.drap_reg
        self.drap_offset = cfi.drap_offset
        self.type = cfi.type
        self.bp_scratch = cfi.bp_scratch
        self.drap = cfi.drap
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_8(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = cfi.cfa_offset
        self.regs = list(cfi.regs)
        self.vals = list(cfi.vals)
        self.stack_size = cfi.stack_size
        self.drap_reg = None
        self.drap_offset = cfi.drap_offset
        self.type = cfi.type
        self.bp_scratch = cfi.bp_scratch
        self.drap = cfi.drap
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_9(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = cfi.cfa_offset
        self.regs = list(cfi.regs)
        self.vals = list(cfi.vals)
        self.stack_size = cfi.stack_size
        self.drap_reg = cfi.drap_reg
        self.drap_offset = None
        self.type = cfi.type
        self.bp_scratch = cfi.bp_scratch
        self.drap = cfi.drap
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_10(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = cfi.cfa_offset
        self.regs = list(cfi.regs)
        self.vals = list(cfi.vals)
        self.stack_size = cfi.stack_size
        self.drap_reg = cfi.drap_reg
        self.drap_offset = cfi.drap_offset
        self.type = None
        self.bp_scratch = cfi.bp_scratch
        self.drap = cfi.drap
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_11(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = cfi.cfa_offset
        self.regs = list(cfi.regs)
        self.vals = list(cfi.vals)
        self.stack_size = cfi.stack_size
        self.drap_reg = cfi.drap_reg
        self.drap_offset = cfi.drap_offset
        self.type = cfi.type
        self.bp_scratch = None
        self.drap = cfi.drap
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_12(self, cfi: CFI) -> None:
        self.cfa_base = cfi.cfa_base
        self.cfa_offset = cfi.cfa_offset
        self.regs = list(cfi.regs)
        self.vals = list(cfi.vals)
        self.stack_size = cfi.stack_size
        self.drap_reg = cfi.drap_reg
        self.drap_offset = cfi.drap_offset
        self.type = cfi.type
        self.bp_scratch = cfi.bp_scratch
        self.drap = None
        self.end = cfi.end

    def xǁCFIWorkǁ__init____mutmut_13(self, cfi: CFI) -> None:
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
        self.end = None

    @_mutmut_mutated(mutants_xǁCFIWorkǁkey__mutmut)
    def key(self) -> tuple:
        return (self.cfa_base, self.cfa_offset, tuple(self.regs), tuple(self.vals), self.stack_size,
                self.drap_reg, self.drap_offset, self.type, self.bp_scratch, self.drap, self.end)

    def xǁCFIWorkǁkey__mutmut_orig(self) -> tuple:
        return (self.cfa_base, self.cfa_offset, tuple(self.regs), tuple(self.vals), self.stack_size,
                self.drap_reg, self.drap_offset, self.type, self.bp_scratch, self.drap, self.end)

    def xǁCFIWorkǁkey__mutmut_1(self) -> tuple:
        return (self.cfa_base, self.cfa_offset, tuple(None), tuple(self.vals), self.stack_size,
                self.drap_reg, self.drap_offset, self.type, self.bp_scratch, self.drap, self.end)

    def xǁCFIWorkǁkey__mutmut_2(self) -> tuple:
        return (self.cfa_base, self.cfa_offset, tuple(self.regs), tuple(None), self.stack_size,
                self.drap_reg, self.drap_offset, self.type, self.bp_scratch, self.drap, self.end)

mutants_xǁCFIWorkǁ__init____mutmut['_mutmut_orig'] = CFIWork.xǁCFIWorkǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_1'] = CFIWork.xǁCFIWorkǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_2'] = CFIWork.xǁCFIWorkǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_3'] = CFIWork.xǁCFIWorkǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_4'] = CFIWork.xǁCFIWorkǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_5'] = CFIWork.xǁCFIWorkǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_6'] = CFIWork.xǁCFIWorkǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_7'] = CFIWork.xǁCFIWorkǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_8'] = CFIWork.xǁCFIWorkǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_9'] = CFIWork.xǁCFIWorkǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_10'] = CFIWork.xǁCFIWorkǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_11'] = CFIWork.xǁCFIWorkǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_12'] = CFIWork.xǁCFIWorkǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁ__init____mutmut['xǁCFIWorkǁ__init____mutmut_13'] = CFIWork.xǁCFIWorkǁ__init____mutmut_13 # type: ignore # mutmut generated

mutants_xǁCFIWorkǁkey__mutmut['_mutmut_orig'] = CFIWork.xǁCFIWorkǁkey__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCFIWorkǁkey__mutmut['xǁCFIWorkǁkey__mutmut_1'] = CFIWork.xǁCFIWorkǁkey__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCFIWorkǁkey__mutmut['xǁCFIWorkǁkey__mutmut_2'] = CFIWork.xǁCFIWorkǁkey__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCFIPoolǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁCFIPoolǁintern__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCFIPoolǁfreeze__mutmut: MutantDict = {}  # type: ignore


class CFIPool:
    """Interning table: one CFI object per distinct state, for one check run."""

    @_mutmut_mutated(mutants_xǁCFIPoolǁ__init____mutmut)
    def __init__(self) -> None:
        self._pool: dict[tuple, CFI] = {}

    def xǁCFIPoolǁ__init____mutmut_orig(self) -> None:
        self._pool: dict[tuple, CFI] = {}

    def xǁCFIPoolǁ__init____mutmut_1(self) -> None:
        self._pool: dict[tuple, CFI] = None

    @_mutmut_mutated(mutants_xǁCFIPoolǁintern__mutmut)
    def intern(self, key: tuple) -> CFI:
        cfi = self._pool.get(key)
        if cfi is None:
            cfi = self._pool[key] = CFI(key)
        return cfi

    def xǁCFIPoolǁintern__mutmut_orig(self, key: tuple) -> CFI:
        cfi = self._pool.get(key)
        if cfi is None:
            cfi = self._pool[key] = CFI(key)
        return cfi

    def xǁCFIPoolǁintern__mutmut_1(self, key: tuple) -> CFI:
        cfi = None
        if cfi is None:
            cfi = self._pool[key] = CFI(key)
        return cfi

    def xǁCFIPoolǁintern__mutmut_2(self, key: tuple) -> CFI:
        cfi = self._pool.get(None)
        if cfi is None:
            cfi = self._pool[key] = CFI(key)
        return cfi

    def xǁCFIPoolǁintern__mutmut_3(self, key: tuple) -> CFI:
        cfi = self._pool.get(key)
        if cfi is not None:
            cfi = self._pool[key] = CFI(key)
        return cfi

    def xǁCFIPoolǁintern__mutmut_4(self, key: tuple) -> CFI:
        cfi = self._pool.get(key)
        if cfi is None:
            cfi = self._pool[key] = None
        return cfi

    def xǁCFIPoolǁintern__mutmut_5(self, key: tuple) -> CFI:
        cfi = self._pool.get(key)
        if cfi is None:
            cfi = self._pool[key] = CFI(None)
        return cfi

    @_mutmut_mutated(mutants_xǁCFIPoolǁfreeze__mutmut)
    def freeze(self, work: CFIWork) -> CFI:
        return self.intern(work.key())

    def xǁCFIPoolǁfreeze__mutmut_orig(self, work: CFIWork) -> CFI:
        return self.intern(work.key())

    def xǁCFIPoolǁfreeze__mutmut_1(self, work: CFIWork) -> CFI:
        return self.intern(None)

    def __len__(self) -> int:
        return len(self._pool)

mutants_xǁCFIPoolǁ__init____mutmut['_mutmut_orig'] = CFIPool.xǁCFIPoolǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁCFIPoolǁ__init____mutmut['xǁCFIPoolǁ__init____mutmut_1'] = CFIPool.xǁCFIPoolǁ__init____mutmut_1 # type: ignore # mutmut generated

mutants_xǁCFIPoolǁintern__mutmut['_mutmut_orig'] = CFIPool.xǁCFIPoolǁintern__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCFIPoolǁintern__mutmut['xǁCFIPoolǁintern__mutmut_1'] = CFIPool.xǁCFIPoolǁintern__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCFIPoolǁintern__mutmut['xǁCFIPoolǁintern__mutmut_2'] = CFIPool.xǁCFIPoolǁintern__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCFIPoolǁintern__mutmut['xǁCFIPoolǁintern__mutmut_3'] = CFIPool.xǁCFIPoolǁintern__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCFIPoolǁintern__mutmut['xǁCFIPoolǁintern__mutmut_4'] = CFIPool.xǁCFIPoolǁintern__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCFIPoolǁintern__mutmut['xǁCFIPoolǁintern__mutmut_5'] = CFIPool.xǁCFIPoolǁintern__mutmut_5 # type: ignore # mutmut generated

mutants_xǁCFIPoolǁfreeze__mutmut['_mutmut_orig'] = CFIPool.xǁCFIPoolǁfreeze__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCFIPoolǁfreeze__mutmut['xǁCFIPoolǁfreeze__mutmut_1'] = CFIPool.xǁCFIPoolǁfreeze__mutmut_1 # type: ignore # mutmut generated
mutants_x_init_cfi_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_init_cfi_key__mutmut)
def init_cfi_key(num_regs: int, call_type: int) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's CALL type."""
    regs = (_UNDEF_REG,) * num_regs
    return (CFI_UNDEFINED, 0, regs, regs, 0, CFI_UNDEFINED, -1, call_type, False, False, False)


def x_init_cfi_key__mutmut_orig(num_regs: int, call_type: int) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's CALL type."""
    regs = (_UNDEF_REG,) * num_regs
    return (CFI_UNDEFINED, 0, regs, regs, 0, CFI_UNDEFINED, -1, call_type, False, False, False)


def x_init_cfi_key__mutmut_1(num_regs: int, call_type: int) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's CALL type."""
    regs = None
    return (CFI_UNDEFINED, 0, regs, regs, 0, CFI_UNDEFINED, -1, call_type, False, False, False)


def x_init_cfi_key__mutmut_2(num_regs: int, call_type: int) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's CALL type."""
    regs = (_UNDEF_REG,) / num_regs
    return (CFI_UNDEFINED, 0, regs, regs, 0, CFI_UNDEFINED, -1, call_type, False, False, False)


def x_init_cfi_key__mutmut_3(num_regs: int, call_type: int) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's CALL type."""
    regs = (_UNDEF_REG,) * num_regs
    return (CFI_UNDEFINED, 1, regs, regs, 0, CFI_UNDEFINED, -1, call_type, False, False, False)


def x_init_cfi_key__mutmut_4(num_regs: int, call_type: int) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's CALL type."""
    regs = (_UNDEF_REG,) * num_regs
    return (CFI_UNDEFINED, 0, regs, regs, 1, CFI_UNDEFINED, -1, call_type, False, False, False)


def x_init_cfi_key__mutmut_5(num_regs: int, call_type: int) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's CALL type."""
    regs = (_UNDEF_REG,) * num_regs
    return (CFI_UNDEFINED, 0, regs, regs, 0, CFI_UNDEFINED, +1, call_type, False, False, False)


def x_init_cfi_key__mutmut_6(num_regs: int, call_type: int) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's CALL type."""
    regs = (_UNDEF_REG,) * num_regs
    return (CFI_UNDEFINED, 0, regs, regs, 0, CFI_UNDEFINED, -2, call_type, False, False, False)


def x_init_cfi_key__mutmut_7(num_regs: int, call_type: int) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's CALL type."""
    regs = (_UNDEF_REG,) * num_regs
    return (CFI_UNDEFINED, 0, regs, regs, 0, CFI_UNDEFINED, -1, call_type, True, False, False)


def x_init_cfi_key__mutmut_8(num_regs: int, call_type: int) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's CALL type."""
    regs = (_UNDEF_REG,) * num_regs
    return (CFI_UNDEFINED, 0, regs, regs, 0, CFI_UNDEFINED, -1, call_type, False, True, False)


def x_init_cfi_key__mutmut_9(num_regs: int, call_type: int) -> tuple:
    """objtool's init_cfi_state(): everything undefined, no DRAP, the release's CALL type."""
    regs = (_UNDEF_REG,) * num_regs
    return (CFI_UNDEFINED, 0, regs, regs, 0, CFI_UNDEFINED, -1, call_type, False, False, True)

mutants_x_init_cfi_key__mutmut['_mutmut_orig'] = x_init_cfi_key__mutmut_orig # type: ignore # mutmut generated
mutants_x_init_cfi_key__mutmut['x_init_cfi_key__mutmut_1'] = x_init_cfi_key__mutmut_1 # type: ignore # mutmut generated
mutants_x_init_cfi_key__mutmut['x_init_cfi_key__mutmut_2'] = x_init_cfi_key__mutmut_2 # type: ignore # mutmut generated
mutants_x_init_cfi_key__mutmut['x_init_cfi_key__mutmut_3'] = x_init_cfi_key__mutmut_3 # type: ignore # mutmut generated
mutants_x_init_cfi_key__mutmut['x_init_cfi_key__mutmut_4'] = x_init_cfi_key__mutmut_4 # type: ignore # mutmut generated
mutants_x_init_cfi_key__mutmut['x_init_cfi_key__mutmut_5'] = x_init_cfi_key__mutmut_5 # type: ignore # mutmut generated
mutants_x_init_cfi_key__mutmut['x_init_cfi_key__mutmut_6'] = x_init_cfi_key__mutmut_6 # type: ignore # mutmut generated
mutants_x_init_cfi_key__mutmut['x_init_cfi_key__mutmut_7'] = x_init_cfi_key__mutmut_7 # type: ignore # mutmut generated
mutants_x_init_cfi_key__mutmut['x_init_cfi_key__mutmut_8'] = x_init_cfi_key__mutmut_8 # type: ignore # mutmut generated
mutants_x_init_cfi_key__mutmut['x_init_cfi_key__mutmut_9'] = x_init_cfi_key__mutmut_9 # type: ignore # mutmut generated
mutants_x_func_cfi_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_func_cfi_key__mutmut)
def func_cfi_key(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state())."""
    base = init_cfi_key(arch_regs.num_regs, call_type)
    cfa_base, cfa_offset = arch_regs.initial_cfa
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[3], cfa_offset) + base[5:]


def x_func_cfi_key__mutmut_orig(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state())."""
    base = init_cfi_key(arch_regs.num_regs, call_type)
    cfa_base, cfa_offset = arch_regs.initial_cfa
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[3], cfa_offset) + base[5:]


def x_func_cfi_key__mutmut_1(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state())."""
    base = None
    cfa_base, cfa_offset = arch_regs.initial_cfa
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[3], cfa_offset) + base[5:]


def x_func_cfi_key__mutmut_2(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state())."""
    base = init_cfi_key(None, call_type)
    cfa_base, cfa_offset = arch_regs.initial_cfa
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[3], cfa_offset) + base[5:]


def x_func_cfi_key__mutmut_3(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state())."""
    base = init_cfi_key(arch_regs.num_regs, None)
    cfa_base, cfa_offset = arch_regs.initial_cfa
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[3], cfa_offset) + base[5:]


def x_func_cfi_key__mutmut_4(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state())."""
    base = init_cfi_key(call_type)
    cfa_base, cfa_offset = arch_regs.initial_cfa
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[3], cfa_offset) + base[5:]


def x_func_cfi_key__mutmut_5(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state())."""
    base = init_cfi_key(arch_regs.num_regs, )
    cfa_base, cfa_offset = arch_regs.initial_cfa
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[3], cfa_offset) + base[5:]


def x_func_cfi_key__mutmut_6(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state())."""
    base = init_cfi_key(arch_regs.num_regs, call_type)
    cfa_base, cfa_offset = None
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[3], cfa_offset) + base[5:]


def x_func_cfi_key__mutmut_7(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state())."""
    base = init_cfi_key(arch_regs.num_regs, call_type)
    cfa_base, cfa_offset = arch_regs.initial_cfa
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[3], cfa_offset) - base[5:]


def x_func_cfi_key__mutmut_8(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state())."""
    base = init_cfi_key(arch_regs.num_regs, call_type)
    cfa_base, cfa_offset = arch_regs.initial_cfa
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[4], cfa_offset) + base[5:]


def x_func_cfi_key__mutmut_9(arch_regs, call_type: int) -> tuple:
    """objtool's func_cfi: init_cfi_state() then the state at a function's entry
    (arch_initial_func_cfi_state())."""
    base = init_cfi_key(arch_regs.num_regs, call_type)
    cfa_base, cfa_offset = arch_regs.initial_cfa
    return (cfa_base, cfa_offset, arch_regs.initial_regs, base[3], cfa_offset) + base[6:]

mutants_x_func_cfi_key__mutmut['_mutmut_orig'] = x_func_cfi_key__mutmut_orig # type: ignore # mutmut generated
mutants_x_func_cfi_key__mutmut['x_func_cfi_key__mutmut_1'] = x_func_cfi_key__mutmut_1 # type: ignore # mutmut generated
mutants_x_func_cfi_key__mutmut['x_func_cfi_key__mutmut_2'] = x_func_cfi_key__mutmut_2 # type: ignore # mutmut generated
mutants_x_func_cfi_key__mutmut['x_func_cfi_key__mutmut_3'] = x_func_cfi_key__mutmut_3 # type: ignore # mutmut generated
mutants_x_func_cfi_key__mutmut['x_func_cfi_key__mutmut_4'] = x_func_cfi_key__mutmut_4 # type: ignore # mutmut generated
mutants_x_func_cfi_key__mutmut['x_func_cfi_key__mutmut_5'] = x_func_cfi_key__mutmut_5 # type: ignore # mutmut generated
mutants_x_func_cfi_key__mutmut['x_func_cfi_key__mutmut_6'] = x_func_cfi_key__mutmut_6 # type: ignore # mutmut generated
mutants_x_func_cfi_key__mutmut['x_func_cfi_key__mutmut_7'] = x_func_cfi_key__mutmut_7 # type: ignore # mutmut generated
mutants_x_func_cfi_key__mutmut['x_func_cfi_key__mutmut_8'] = x_func_cfi_key__mutmut_8 # type: ignore # mutmut generated
mutants_x_func_cfi_key__mutmut['x_func_cfi_key__mutmut_9'] = x_func_cfi_key__mutmut_9 # type: ignore # mutmut generated
