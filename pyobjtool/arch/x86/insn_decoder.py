# SPDX-License-Identifier: GPL-2.0-only
"""The kernel's x86 instruction decoder (arch/x86/lib/insn.c), for lengths and decodability.

objtool decodes with ``insn_decode(..., INSN_MODE_64)``: a table-driven
decoder that knows each opcode's ModRM and immediate layout from
x86-opcode-map.txt but not which instructions exist.  It takes bytes that
no CPU accepts as instructions (``0f a6`` is two bytes, ``ud0`` has no
ModRM, a 5th distinct legacy prefix is an opcode of its own) and refuses
only what runs past the section or the 15-byte limit, a VEX/EVEX prefix on
an opcode that does not accept one, a VEX-only opcode without one, and a
far pointer with a 64-bit operand size.  pyobjtool must find the same
instruction boundaries and refuse the same bytes, so this module follows
insn.c step by step (prefixes, the Xen/KVM emulate prefix, REX, REX2 since
6.10, VEX/EVEX, opcode and escapes, ModRM and groups, SIB, displacement,
immediates), with the attribute tables the kernel generates from its
opcode map (``inat_tables.py``, made by ``bench/gen_inat_tables.py``).

:func:`decoder_for` returns ``decode(data, offset, size)`` for one objtool
release: ``(length, opcode_pos, rex, vex)`` or ``None`` where objtool says
"can't decode instruction".  ``opcode_pos`` is where the first opcode byte
is, ``rex`` the REX (or REX2's first) byte or 0, ``vex`` true when a
VEX/EVEX prefix was decoded (objtool does not classify those).
"""

from __future__ import annotations

from .inat_tables import tables

# attribute layout (Linux 6.12's inat.h; the generator writes every release in it)
PFX_MASK = 0x1F
ESC_OFFS, ESC_MASK = 5, 0x3 << 5
GRP_OFFS, GRP_MASK = 7, 0x1F << 7
IMM_OFFS, IMM_MASK = 12, 0x7 << 12
MODRM = 1 << 15
FORCE64 = 1 << 16
SCNDIMM = 1 << 17
MOFFSET = 1 << 18
VARIANT = 1 << 19
VEXOK = 1 << 20
VEXONLY = 1 << 21
EVEXONLY = 1 << 22
EVEX_SCALABLE = 1 << 25

PFX_OPNDSZ, PFX_ADDRSZ, PFX_REX, PFX_VEX2, PFX_VEX3, PFX_EVEX, PFX_REX2 = 1, 11, 12, 13, 14, 15, 16
LGCPFX_MAX = 11
LSTPFX_MAX = 3
IMM_BYTE, IMM_WORD, IMM_DWORD, IMM_QWORD, IMM_PTR, IMM_VWORD32, IMM_VWORD = 1, 2, 3, 4, 5, 6, 7
MAX_INSN_SIZE = 15
X86_VEX_M_MAX = 0x1F

_EMULATE_PREFIXES = (b"\x0f\x0bxen", b"\x0f\x0bkvm")


def decoder_for(release: str):
    """``decode(data, offset, size)`` as objtool *release*'s insn_decode() does it."""
    decoder = _DECODERS.get(release)
    if decoder is None:
        decoder = _DECODERS[release] = _make_decoder(tables(release), rex2=release != "6.1")
    return decoder


_DECODERS: dict = {}


def _make_decoder(tables: dict, rex2: bool):
    primary = tables["primary"]
    escape = tables["escape"]
    group = tables["group"]
    avx = tables["avx"]
    # the first byte's role, from the primary table: 0 = opcode, 1 = legacy prefix,
    # 2 = REX, 3 = REX2, 4 = VEX/EVEX, 5 = escape (0x0f)
    role = bytearray(256)
    for b in range(256):
        pfx = primary[b] & PFX_MASK
        if pfx and pfx <= LGCPFX_MAX:
            role[b] = 1
        elif pfx == PFX_REX:
            role[b] = 2
        elif pfx == PFX_REX2 and rex2:
            role[b] = 3
        elif pfx in (PFX_VEX2, PFX_VEX3, PFX_EVEX):
            role[b] = 4
        elif primary[b] & ESC_MASK:
            role[b] = 5
    role = bytes(role)
    # for a plain one-byte opcode: its attribute with the group resolved later
    last_prefix_id = [0] * 256
    for b in range(256):
        pfx = primary[b] & PFX_MASK
        last_prefix_id[b] = pfx if pfx <= LSTPFX_MAX else 0
    esc_attr_0f = primary[0x0F]

    def escape_attr(op: int, lpfx_id: int, esc_attr: int) -> int:
        n = (esc_attr & ESC_MASK) >> ESC_OFFS
        table = escape.get((n, 0))
        if table is None:
            return 0
        if table[op] & VARIANT and lpfx_id:
            table = escape.get((n, lpfx_id))
            if table is None:
                return 0
        return table[op]

    def group_attr(modrm: int, lpfx_id: int, grp_attr: int) -> int:
        n = (grp_attr & GRP_MASK) >> GRP_OFFS
        common = grp_attr & ~GRP_MASK
        table = group.get((n, 0))
        if table is None:
            return common
        reg = (modrm >> 3) & 7
        if table[reg] & VARIANT and lpfx_id:
            table = group.get((n, lpfx_id))
            if table is None:
                return common
        return table[reg] | common

    def avx_attr(op: int, m: int, p: int) -> int:
        if m > X86_VEX_M_MAX or p > LSTPFX_MAX:
            return 0
        table = avx.get((m, 0))
        if table is None:
            return 0
        if not table[op] & GRP_MASK and p:
            table = avx.get((m, p))
            if table is None:
                return 0
        return table[op]

    def imm_size(attr: int, opnd: int) -> int | None:
        """Bytes of immediate (and moffset) without 0x67: None where the slow path must decide."""
        if attr & FORCE64:
            opnd = 8
        if attr & MOFFSET:
            return 8
        imm = (attr & IMM_MASK) >> IMM_OFFS
        size = (0, 1, 2, 4, 8, None, 4, opnd)[imm]
        if size is None:
            return None
        return size + (1 if imm and attr & SCNDIMM else 0)

    def simple_info(attr: int):
        """(has ModRM, immediate bytes at operand size 4, at 8, per-ModRM.reg pairs or None) for
        an opcode whose length needs no prefix logic; None for the others."""
        if attr & (PFX_MASK | ESC_MASK | VEXONLY | EVEXONLY):
            return None
        if not attr & GRP_MASK:
            imm4, imm8 = imm_size(attr, 4), imm_size(attr, 8)
            if imm4 is None or imm8 is None:
                return None
            return bool(attr & MODRM), imm4, imm8, None
        pairs = []
        for reg in range(8):
            sub = group_attr(reg << 3, 0, attr)
            pair = (imm_size(sub, 4), imm_size(sub, 8))
            if None in pair:
                return None
            pairs.append(pair)
        if len(set(pairs)) == 1:
            return True, pairs[0][0], pairs[0][1], None
        return True, 0, 0, tuple(pairs)

    simple1 = [simple_info(primary[b]) for b in range(256)]
    simple2 = [simple_info(escape_attr(b, 0, esc_attr_0f)) for b in range(256)]
    # bytes after the ModRM byte (displacement), -1 where a SIB byte follows
    modrm_extra = [(-1 if (m >> 6) != 3 and m & 7 == 4 else
                    1 if m >> 6 == 1 else 4 if m >> 6 == 2 or (m >> 6 == 0 and m & 7 == 5) else 0)
                   for m in range(256)]

    def decode(data, offset: int, size: int):
        """insn_decode(): the common case (at most a REX prefix, a one-byte or 0x0f opcode
        that needs no prefix logic) here, everything else in decode_full()."""
        end = offset + MAX_INSN_SIZE
        if end > size:
            end = size
        p = offset
        b = data[p]
        rex = 0
        if 0x40 <= b <= 0x4F:
            rex = b
            p += 1
            if p >= end:
                return None
            b = data[p]
        pos = p
        if b == 0x0F:
            if p + 1 >= end:
                return None
            op2 = data[p + 1]
            if op2 == 0x0B and not rex:
                return decode_full(data, offset, size)  # maybe the Xen/KVM emulate prefix
            info = simple2[op2]
            p += 2
        else:
            info = simple1[b]
            p += 1
        if info is None:
            return decode_full(data, offset, size)
        has_modrm, imm4, imm8, per_reg = info
        if has_modrm:
            if p >= end:
                return None
            modrm = data[p]
            p += 1
            extra = modrm_extra[modrm]
            if extra < 0:
                if p >= end:
                    return None
                mod = modrm >> 6
                extra = 1 if mod == 1 else 4 if mod == 2 or data[p] & 7 == 5 else 0
                p += 1
            p += extra
            if per_reg is not None:
                imm4, imm8 = per_reg[(modrm >> 3) & 7]
        p += imm8 if rex & 8 else imm4
        if p > end:
            return None
        return p - offset, pos, rex, False

    def decode_full(data, offset: int, size: int):
        end = offset + MAX_INSN_SIZE
        if end > size:
            end = size
        p = offset
        b = data[p]
        if b == 0x0F and data[p + 1:p + 2] == b"\x0b" and data[p:p + 5] in _EMULATE_PREFIXES and p + 5 <= end:
            p += 5
            if p >= end:
                return None
            b = data[p]
        opnd = 4
        addr = 8
        rex = 0
        vex_n = 0
        last = 0
        r = role[b]
        if r == 1:
            # legacy prefixes: up to 4 different ones, repeats skipped
            seen = []
            while r == 1:
                if b not in seen:
                    if len(seen) == 4:
                        break  # "invalid instruction": this byte becomes the opcode
                    seen.append(b)
                    pfx = primary[b] & PFX_MASK
                    if pfx == PFX_ADDRSZ:
                        addr ^= 12
                    elif pfx == PFX_OPNDSZ:
                        opnd ^= 6
                last = b
                p += 1
                if p >= end:
                    return None
                b = data[p]
                r = role[b]
        if r == 2:
            rex = b
            if b & 8:
                opnd = 8
            p += 1
            if p >= end:
                return None
            b = data[p]
            r = role[b]
        elif r == 3:
            if p + 2 > end:
                return None
            rex = b
            rex2_byte = data[p + 1]
            if rex2_byte & 8:
                opnd = 8
            p += 2
            if p >= end:
                return None
            op = data[p]
            p += 1
            lpfx_id = last_prefix_id[last]
            if rex2_byte & 0x80:
                attr = escape_attr(op, lpfx_id, esc_attr_0f)
            else:
                attr = primary[op]
            return _rest(data, offset, p, end, attr, opnd, addr, lpfx_id, rex, False, p - 1)
        if r == 4:
            pfx = primary[b] & PFX_MASK
            if p + 2 > end:
                return None
            v1 = data[p + 1]
            if pfx == PFX_EVEX:
                if p + 4 > end:
                    return None
                v2 = data[p + 2]
                if data[p + 3] & 0x80:
                    opnd = 8  # (insn.c tests the 4th byte for EVEX.W)
                vex_n = 4
                m = v1 & 0x07
            elif pfx == PFX_VEX3:
                if p + 3 > end:
                    return None
                v2 = data[p + 2]
                if v2 & 0x80:
                    opnd = 8
                vex_n = 3
                m = v1 & 0x1F
            else:
                v2 = v1 & 0x7F
                vex_n = 2
                m = 1
            p += vex_n
            if p >= end:
                return None
            op = data[p]
            p += 1
            vp = (v1 if vex_n == 2 else v2) & 3
            attr = avx_attr(op, m, vp)
            if rex2 and attr & EVEX_SCALABLE and not (vex_n >= 3 and v2 & 0x80) and vp == PFX_OPNDSZ:
                opnd = 2
            if (attr & EVEXONLY and vex_n != 4) or (not attr & VEXOK and not attr & GRP_MASK):
                return None
            return _rest(data, offset, p, end, attr, opnd, addr, vp, rex, True, p - 1)
        # opcode, with escapes
        pos = p
        attr = primary[b]
        p += 1
        lpfx_id = 0
        if r == 5:
            lpfx_id = last_prefix_id[last]
            while attr & ESC_MASK:
                if p >= end:
                    return None
                attr = escape_attr(data[p], lpfx_id, attr)
                p += 1
        if attr & (VEXONLY | EVEXONLY):
            return None
        if not attr & (MODRM | IMM_MASK | MOFFSET):
            # no ModRM, no immediate: done (most one-byte instructions)
            return p - offset, pos, rex, False
        return _rest(data, offset, p, end, attr, opnd, addr, last_prefix_id[last], rex, False, pos)

    def _rest(data, offset, p, end, attr, opnd, addr, lpfx_id, rex, is_vex, pos):
        """ModRM, SIB, displacement and immediates (insn_get_modrm() .. insn_get_immediate())."""
        if attr & MODRM:
            if p >= end:
                return None
            modrm = data[p]
            p += 1
            if attr & GRP_MASK:
                attr = group_attr(modrm, lpfx_id, attr)
                if is_vex and not attr & VEXOK:
                    return None
            mod = modrm >> 6
            if mod != 3:
                rm = modrm & 7
                base = 0
                if rm == 4:
                    if p >= end:
                        return None
                    base = data[p] & 7
                    p += 1
                if mod == 1:
                    p += 1
                elif mod == 2 or (mod == 0 and (rm == 5 or base == 5)):
                    p += 4
        if attr & FORCE64:
            opnd = 8
        if attr & MOFFSET:
            p += addr
        elif attr & IMM_MASK:
            imm = (attr & IMM_MASK) >> IMM_OFFS
            if imm == IMM_BYTE:
                p += 1
            elif imm == IMM_VWORD32:
                p += 2 if opnd == 2 else 4
            elif imm == IMM_DWORD:
                p += 4
            elif imm == IMM_WORD:
                p += 2
            elif imm == IMM_VWORD:
                p += opnd
            elif imm == IMM_QWORD:
                p += 8
            else:  # IMM_PTR: ptr16:16/32; there is no ptr16:64
                if opnd == 8:
                    return None
                p += opnd + 2
            if attr & SCNDIMM:
                p += 1
        if p > end:
            return None
        return p - offset, pos, rex, is_vex

    def rex2_fields(data, offset: int, size: int) -> tuple[int | None, int]:
        """For a REX2 instruction that ``decode`` accepted: (its ModRM byte or None, the
        value objtool takes for its immediate, ``ins.immediate.value``, or 0)."""
        p = offset
        if data[p:p + 5] in _EMULATE_PREFIXES:
            p += 5
        start = p
        last = 0
        while role[data[p]] == 1:
            last = data[p]
            p += 1
        opnd = 8 if data[p + 1] & 8 else 4
        if opnd == 4 and any(primary[b] & PFX_MASK == PFX_OPNDSZ for b in data[start:p]):
            opnd = 2
        m_bit = data[p + 1] & 0x80
        op = data[p + 2]
        p += 3
        lpfx_id = last_prefix_id[last]
        attr = escape_attr(op, lpfx_id, esc_attr_0f) if m_bit else primary[op]
        modrm = None
        if attr & MODRM:
            modrm = data[p]
            p += 1
            if attr & GRP_MASK:
                attr = group_attr(modrm, lpfx_id, attr)
            mod = modrm >> 6
            if mod != 3:
                base = 0
                if modrm & 7 == 4:
                    base = data[p] & 7
                    p += 1
                if mod == 1:
                    p += 1
                elif mod == 2 or (mod == 0 and (modrm & 7 == 5 or base == 5)):
                    p += 4
        if attr & FORCE64:
            opnd = 8
        width = 0
        if attr & MOFFSET:
            width = 4
        elif attr & IMM_MASK:
            imm = (attr & IMM_MASK) >> IMM_OFFS
            width = {IMM_BYTE: 1, IMM_WORD: 2, IMM_DWORD: 4, IMM_QWORD: 4, IMM_PTR: min(opnd, 4),
                     IMM_VWORD32: 2 if opnd == 2 else 4, IMM_VWORD: min(opnd, 4)}[imm]
        value = int.from_bytes(data[p:p + width], "little", signed=True) if width else 0
        return modrm, value

    decode.rex2_fields = rex2_fields
    return decode
