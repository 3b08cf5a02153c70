# SPDX-License-Identifier: GPL-2.0-only
"""Reading the compiler's call-frame information (``.eh_frame``) of a relocatable object.

Only what the eh-frame cross-check needs: each FDE's code range and the CFA
rule (register and offset, or ``*(reg+off)`` for GCC's DRAP frames) at every
address in it.  Written here rather than taken from pyelftools because in a
relocatable object every FDE's ``pc_begin`` is 0 plus a relocation (to the
function's section with the function's offset as addend), which a reader of
linked binaries doesn't apply; and the format is small.

Rules name registers by their DWARF numbers; the architecture maps them to
its CFI numbering (:attr:`pyobjtool.arch.base.CfiRegisters.dwarf_to_cfi`).
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING, NamedTuple

from ..elf.naming import reloc_target
from .leb128 import sleb128, uleb128

if TYPE_CHECKING:
    from ..elf.file import ElfFile
    from ..elf.model import Section

# pointer encodings (DW_EH_PE_*)
_PE_OMIT = 0xFF
_PE_FORMAT = 0x0F
_PE_SIZES = {0x00: 8, 0x02: 2, 0x03: 4, 0x04: 8, 0x0A: 2, 0x0B: 4, 0x0C: 8}

#: a CFA rule: ("reg", dwarf_reg, offset), ("deref", dwarf_reg, offset) or ("expr", raw bytes)
Rule = tuple


class CFIError(Exception):
    """.eh_frame contents this reader does not understand."""


class FDE:
    """One function's unwind table: the CFA rule from each address on."""

    def __init__(self, sec: Section, start: int, size: int) -> None:
        self.sec = sec
        self.start = start
        self.size = size
        #: (section offset, rule) in address order; a rule holds until the next row
        self.rows: list[tuple[int, Rule]] = []

    def rule_at(self, offset: int) -> Rule | None:
        rule = None
        for at, row_rule in self.rows:
            if at > offset:
                break
            rule = row_rule
        return rule


class _CIE(NamedTuple):
    code_align: int
    data_align: int
    fde_encoding: int
    has_z: bool
    initial: bytes


class _Reader:
    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data = data
        self.pos = pos

    def u8(self) -> int:
        value = self.data[self.pos]
        self.pos += 1
        return value

    def fixed(self, fmt: str) -> int:
        value = struct.unpack_from(fmt, self.data, self.pos)[0]
        self.pos += struct.calcsize(fmt)
        return value

    def uleb(self) -> int:
        value, self.pos = uleb128(self.data, self.pos)
        return value

    def sleb(self) -> int:
        value, self.pos = sleb128(self.data, self.pos)
        return value

    def cstr(self) -> bytes:
        end = self.data.index(b"\0", self.pos)
        text = self.data[self.pos:end]
        self.pos = end + 1
        return text


def read_eh_frame(elf: ElfFile) -> list[FDE]:
    """All FDEs of ``.eh_frame`` with their rows; [] when there is no ``.eh_frame``."""
    return _read_frames(elf, ".eh_frame", debug=False)


def read_debug_frame(elf: ElfFile) -> list[FDE]:
    """All FDEs of ``.debug_frame`` (GCC's CFI with debug info and
    ``-fno-asynchronous-unwind-tables``, as in kernel builds); [] when there is none.

    The same CIE/FDE records as ``.eh_frame`` with these differences: a CIE's id
    is all ones, an FDE's CIE pointer is an offset from the start of the section
    (itself relocated in an object), addresses are absolute and of the CIE's
    address size (``pc_begin`` is a relocation against the function's section),
    and there is no augmentation data unless the augmentation string starts
    with ``z``.
    """
    return _read_frames(elf, ".debug_frame", debug=True)


def read_frames(elf: ElfFile) -> tuple[str, list[FDE]]:
    """(section name, FDEs): ``.eh_frame`` if it has any, else ``.debug_frame``."""
    fdes = read_eh_frame(elf)
    if fdes:
        return ".eh_frame", fdes
    return ".debug_frame", read_debug_frame(elf)


def _read_frames(elf: ElfFile, name: str, debug: bool) -> list[FDE]:
    sec = elf.find_section(name)
    if sec is None or not sec.data:
        return []
    data = bytes(sec.data)
    relocs = {rel.offset: rel for rel in sec.reloc.relocs} if sec.reloc is not None else {}
    cies: dict[int, _CIE] = {}
    fdes = []
    pos = 0
    while pos + 4 <= len(data):
        length = struct.unpack_from("<I", data, pos)[0]
        if length == 0 and not debug:
            break  # terminator
        head, idsize = 4, 4
        if length == 0xFFFFFFFF:
            length = struct.unpack_from("<Q", data, pos + 4)[0]
            head, idsize = 12, 8
        body = pos + head
        end = body + length
        if end > len(data) or length < idsize:
            raise CFIError(f"truncated record at {name}+0x{pos:x}")
        cie_ptr = struct.unpack_from("<I" if idsize == 4 else "<Q", data, body)[0]
        if debug:
            is_cie = cie_ptr == (1 << (8 * idsize)) - 1
            rel = relocs.get(body)
            cie_pos = (rel.addend if rel is not None else cie_ptr)
        else:
            is_cie = cie_ptr == 0
            cie_pos = body - cie_ptr
        if is_cie:
            cies[pos] = _parse_cie(data, body + idsize, end, debug)
        else:
            cie = cies.get(cie_pos)
            if cie is None:
                raise CFIError(f"FDE at {name}+0x{pos:x} refers to an unknown CIE")
            fde = _parse_fde(data, body + idsize, end, cie, relocs)
            if fde is not None:
                fdes.append(fde)
        pos = end
    return fdes


def _parse_cie(data: bytes, pos: int, end: int, debug: bool = False) -> _CIE:
    rd = _Reader(data, pos)
    version = rd.u8()
    aug = rd.cstr()
    if b"eh" in aug:
        rd.fixed("<Q")
    fde_encoding = 0
    if debug:
        address_size = 8
        if version >= 4:
            address_size = rd.u8()
            rd.u8()  # segment selector size
        # absolute addresses of the target's size (DW_EH_PE_absptr is 8 bytes: say so explicitly)
        fde_encoding = {2: 0x02, 4: 0x03, 8: 0x04}.get(address_size, 0x04)
    code_align = rd.uleb()
    data_align = rd.sleb()
    if version == 1:
        rd.u8()
    else:
        rd.uleb()
    has_z = aug.startswith(b"z")
    if has_z:
        aug_len = rd.uleb()
        aug_end = rd.pos + aug_len
        for char in aug[1:]:
            if char == ord("R"):
                fde_encoding = rd.u8()
            elif char == ord("L"):
                rd.u8()
            elif char == ord("P"):
                enc = rd.u8()
                rd.pos += _PE_SIZES.get(enc & _PE_FORMAT, 8)
            elif char in (ord("S"), ord("B")):
                continue
            else:
                break
        rd.pos = aug_end
    return _CIE(code_align, data_align, fde_encoding, has_z, data[rd.pos:end])


def _parse_fde(data: bytes, pos: int, end: int, cie: _CIE, relocs: dict) -> FDE | None:
    size = _PE_SIZES.get(cie.fde_encoding & _PE_FORMAT)
    if size is None:
        raise CFIError(f"unsupported FDE pointer encoding 0x{cie.fde_encoding:x}")
    rel = relocs.get(pos)
    if rel is None:
        return None  # discarded or absolute: nothing to compare with
    sec, start = reloc_target(rel.sym, rel.addend)
    fmt = {2: "<H", 4: "<I", 8: "<Q"}[size]
    pc_range = struct.unpack_from(fmt, data, pos + size)[0]
    rd = _Reader(data, pos + 2 * size)
    if cie.has_z:
        aug_len = rd.uleb()
        rd.pos += aug_len
    fde = FDE(sec, start, pc_range)
    _run_program(fde, cie, data[rd.pos:end])
    return fde


def _run_program(fde: FDE, cie: _CIE, program: bytes) -> None:
    """Execute the CIE's initial instructions and the FDE's, recording the CFA rule per row."""
    state = {"cfa": ("reg", 4, 8)}
    loc = fde.start
    stack: list[Rule] = []
    _execute(cie.initial, cie, state, stack, None, loc)
    fde.rows.append((loc, state["cfa"]))
    _execute(program, cie, state, stack, fde, loc)


def _execute(program: bytes, cie: _CIE, state: dict, stack: list, fde: FDE | None, loc: int) -> int:
    rd = _Reader(program)

    def advance(delta: int) -> None:
        nonlocal loc
        loc += delta * cie.code_align
        if fde is not None:
            if fde.rows and fde.rows[-1][0] == loc:
                fde.rows.pop()
            fde.rows.append((loc, state["cfa"]))

    def set_cfa(rule: Rule) -> None:
        state["cfa"] = rule
        if fde is not None:
            if fde.rows and fde.rows[-1][0] == loc:
                fde.rows[-1] = (loc, rule)
            else:
                fde.rows.append((loc, rule))

    while rd.pos < len(program):
        op = rd.u8()
        high, low = op & 0xC0, op & 0x3F
        cfa = state["cfa"]
        if high == 0x40:
            advance(low)
        elif high == 0x80:
            rd.uleb()
        elif high == 0xC0 or op == 0x00:
            pass  # restore(reg), nop: no CFA change
        elif op == 0x02:
            advance(rd.u8())
        elif op == 0x03:
            advance(rd.fixed("<H"))
        elif op == 0x04:
            advance(rd.fixed("<I"))
        elif op in (0x05, 0x09, 0x14):  # offset_extended, register, val_offset
            rd.uleb()
            rd.uleb()
        elif op in (0x06, 0x07, 0x08):  # restore_extended, undefined, same_value
            rd.uleb()
        elif op == 0x0A:  # remember_state
            stack.append(cfa)
        elif op == 0x0B:  # restore_state
            set_cfa(stack.pop() if stack else cfa)
        elif op == 0x0C:  # def_cfa
            reg = rd.uleb()
            set_cfa(("reg", reg, rd.uleb()))
        elif op == 0x0D:  # def_cfa_register
            reg = rd.uleb()
            base = cfa if cfa[0] == "reg" else ("reg", 0, 0)
            set_cfa(("reg", reg, base[2]))
        elif op == 0x0E:  # def_cfa_offset
            off = rd.uleb()
            set_cfa((cfa[0], cfa[1], off) if cfa[0] == "reg" else cfa)
        elif op == 0x0F:  # def_cfa_expression
            set_cfa(_expression_rule(_block(rd)))
        elif op in (0x10, 0x16):  # expression, val_expression
            rd.uleb()
            _block(rd)
        elif op in (0x11, 0x15):  # offset_extended_sf, val_offset_sf
            rd.uleb()
            rd.sleb()
        elif op == 0x12:  # def_cfa_sf
            reg = rd.uleb()
            set_cfa(("reg", reg, rd.sleb() * cie.data_align))
        elif op == 0x13:  # def_cfa_offset_sf
            off = rd.sleb() * cie.data_align
            set_cfa((cfa[0], cfa[1], off) if cfa[0] == "reg" else cfa)
        elif op == 0x2E:  # GNU_args_size
            rd.uleb()
        elif op == 0x2F:  # GNU_negative_offset_extended
            rd.uleb()
            rd.uleb()
        elif op == 0x01:  # set_loc
            raise CFIError("DW_CFA_set_loc is not supported in relocatable objects")
        else:
            raise CFIError(f"unknown call frame instruction 0x{op:02x}")
    return loc


def _block(rd: _Reader) -> bytes:
    size = rd.uleb()
    block = rd.data[rd.pos:rd.pos + size]
    rd.pos += size
    return block


def _expression_rule(expr: bytes) -> Rule:
    """GCC's DRAP CFA: ``DW_OP_breg<r> off; DW_OP_deref`` -> ("deref", r, off)."""
    if expr and 0x70 <= expr[0] <= 0x8F and expr[-1] == 0x06:
        rd = _Reader(expr, 1)
        off = rd.sleb()
        if rd.pos == len(expr) - 1:
            reg = expr[0] - 0x70
            return ("deref", reg, off)
    return ("expr", expr)
