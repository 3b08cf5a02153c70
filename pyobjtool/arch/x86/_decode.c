// SPDX-License-Identifier: GPL-2.0-only
/*
 * pyobjtool.arch.x86._decode: the x86-64 decoder of decoder.py and
 * insn_decoder.py, in C, for whole sections.
 *
 * Why: decoding was a third of a vmlinux.o run (five million instructions at
 * ~2 us each in Python).  This file follows the Python modules step by step
 * and must stay byte-identical to them: the Python code is the reference
 * (and the fallback without a compiler); tests/test_native_decoder.py
 * compares the two on real objects and on random bytes.
 *
 * decode() returns columns (offsets, lengths, kinds, immediates, stack-op
 * indexes, made shared by intern_ops()) and the offsets of the few
 * instructions whose classification needs the Python side: those that call a
 * decode hook (iret, pv_ops stores, a bad LEA, notrack, ENQCMD) and every
 * REX2-prefixed one.  Their columns hold the length; Python fills in the rest.
 *
 * The opcode attribute tables come from Python (insn_decoder.tables()) as one
 * flat u32 buffer; see pack_tables() in native_decode.py for the layout.
 */
#define PY_SSIZE_T_CLEAN
#ifndef PYOBJTOOL_SOURCE_HASH
#define PYOBJTOOL_SOURCE_HASH "unknown"
#endif
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define DECODE_API 2

/* objtool's enum insn_type (arch/insn.py) */
enum { JUMP_CONDITIONAL = 0, JUMP_UNCONDITIONAL = 1, JUMP_DYNAMIC = 2, CALL = 4, CALL_DYNAMIC = 5,
       RETURN = 6, CONTEXT_SWITCH = 7, BUG = 8, NOP = 9, STAC = 10, CLAC = 11, STD = 12, CLD = 13,
       TRAP = 14, ENDBR = 15, OTHER = 16 };
/* enum op_dest_type / op_src_type */
enum { OP_DEST_REG = 0, OP_DEST_REG_INDIRECT = 1, OP_DEST_MEM = 2, OP_DEST_PUSH = 3, OP_DEST_PUSHF = 4 };
enum { OP_SRC_REG = 0, OP_SRC_REG_INDIRECT = 1, OP_SRC_CONST = 2, OP_SRC_POP = 3, OP_SRC_POPF = 4,
       OP_SRC_ADD = 5, OP_SRC_AND = 6 };
enum { CFI_SP = 4, CFI_BP = 5 };

/* inat attribute layout (insn_decoder.py) */
#define PFX_MASK 0x1Fu
#define ESC_OFFS 5
#define ESC_MASK (0x3u << 5)
#define GRP_OFFS 7
#define GRP_MASK (0x1Fu << 7)
#define IMM_OFFS 12
#define IMM_MASK (0x7u << 12)
#define MODRM (1u << 15)
#define FORCE64 (1u << 16)
#define SCNDIMM (1u << 17)
#define MOFFSET (1u << 18)
#define VARIANT (1u << 19)
#define VEXOK (1u << 20)
#define VEXONLY (1u << 21)
#define EVEXONLY (1u << 22)
#define EVEX_SCALABLE (1u << 25)
enum { PFX_OPNDSZ = 1, PFX_ADDRSZ = 11, PFX_REX = 12, PFX_VEX2 = 13, PFX_VEX3 = 14, PFX_EVEX = 15,
       PFX_REX2 = 16 };
#define LGCPFX_MAX 11
#define LSTPFX_MAX 3
enum { IMM_BYTE = 1, IMM_WORD = 2, IMM_DWORD = 3, IMM_QWORD = 4, IMM_PTR = 5, IMM_VWORD32 = 6, IMM_VWORD = 7 };
#define MAX_INSN_SIZE 15
#define X86_VEX_M_MAX 0x1F

/* table buffer layout, in u32 words */
#define T_PRIMARY 0
#define T_ESCAPE (T_PRIMARY + 256)			/* [4 n][4 lpfx][256] */
#define T_ESCAPE_HAVE (T_ESCAPE + 4 * 4 * 256)		/* [4][4] */
#define T_GROUP (T_ESCAPE_HAVE + 16)			/* [32 n][4 lpfx][8] */
#define T_GROUP_HAVE (T_GROUP + 32 * 4 * 8)		/* [32][4] */
#define T_AVX (T_GROUP_HAVE + 128)			/* [32 m][4 p][256] */
#define T_AVX_HAVE (T_AVX + 32 * 4 * 256)		/* [32][4] */
#define T_WORDS (T_AVX_HAVE + 128)

typedef struct {
	const uint32_t *t;
	int rex2;		/* the release decodes REX2 (6.10+) */
	uint8_t role[256];	/* 0 opcode, 1 legacy prefix, 2 REX, 3 REX2, 4 VEX/EVEX, 5 escape */
	uint8_t last_prefix_id[256];
} Tables;

static void tables_init(Tables *tb, const uint32_t *t, int rex2)
{
	tb->t = t;
	tb->rex2 = rex2;
	for (int b = 0; b < 256; b++) {
		uint32_t a = t[T_PRIMARY + b];
		uint32_t pfx = a & PFX_MASK;
		uint8_t r = 0;
		if (pfx && pfx <= LGCPFX_MAX)
			r = 1;
		else if (pfx == PFX_REX)
			r = 2;
		else if (pfx == PFX_REX2 && rex2)
			r = 3;
		else if (pfx == PFX_VEX2 || pfx == PFX_VEX3 || pfx == PFX_EVEX)
			r = 4;
		else if (a & ESC_MASK)
			r = 5;
		tb->role[b] = r;
		tb->last_prefix_id[b] = pfx <= LSTPFX_MAX ? (uint8_t)pfx : 0;
	}
}

static uint32_t escape_attr(const Tables *tb, unsigned op, unsigned lpfx_id, uint32_t esc_attr)
{
	unsigned n = (esc_attr & ESC_MASK) >> ESC_OFFS;
	if (!tb->t[T_ESCAPE_HAVE + n * 4 + 0])
		return 0;
	const uint32_t *table = tb->t + T_ESCAPE + (n * 4 + 0) * 256;
	if ((table[op] & VARIANT) && lpfx_id) {
		if (!tb->t[T_ESCAPE_HAVE + n * 4 + lpfx_id])
			return 0;
		table = tb->t + T_ESCAPE + (n * 4 + lpfx_id) * 256;
	}
	return table[op];
}

static uint32_t group_attr(const Tables *tb, unsigned modrm, unsigned lpfx_id, uint32_t grp_attr)
{
	unsigned n = (grp_attr & GRP_MASK) >> GRP_OFFS;
	uint32_t common = grp_attr & ~GRP_MASK;
	if (!tb->t[T_GROUP_HAVE + n * 4 + 0])
		return common;
	unsigned reg = (modrm >> 3) & 7;
	const uint32_t *table = tb->t + T_GROUP + (n * 4 + 0) * 8;
	if ((table[reg] & VARIANT) && lpfx_id) {
		if (!tb->t[T_GROUP_HAVE + n * 4 + lpfx_id])
			return common;
		table = tb->t + T_GROUP + (n * 4 + lpfx_id) * 8;
	}
	return table[reg] | common;
}

static uint32_t avx_attr(const Tables *tb, unsigned op, unsigned m, unsigned p)
{
	if (m > X86_VEX_M_MAX || p > LSTPFX_MAX)
		return 0;
	if (!tb->t[T_AVX_HAVE + m * 4 + 0])
		return 0;
	const uint32_t *table = tb->t + T_AVX + (m * 4 + 0) * 256;
	if (!(table[op] & GRP_MASK) && p) {
		if (!tb->t[T_AVX_HAVE + m * 4 + p])
			return 0;
		table = tb->t + T_AVX + (m * 4 + p) * 256;
	}
	return table[op];
}

typedef struct {
	int len;	/* 0: can't decode */
	int pos;	/* offset of the first opcode byte */
	int rex;	/* REX byte, REX2's first byte (0xd5), or 0 */
	int vex;
} Decoded;

static int is_emulate_prefix(const uint8_t *d, Py_ssize_t p, Py_ssize_t size)
{
	if (p + 5 > size)
		return 0;
	return d[p] == 0x0F && d[p + 1] == 0x0B &&
	       ((d[p + 2] == 'x' && d[p + 3] == 'e' && d[p + 4] == 'n') ||
		(d[p + 2] == 'k' && d[p + 3] == 'v' && d[p + 4] == 'm'));
}

/* ModRM, SIB, displacement, immediates: insn_decoder._rest() */
static int rest(const Tables *tb, const uint8_t *d, Py_ssize_t offset, Py_ssize_t p, Py_ssize_t end,
		uint32_t attr, int opnd, int addr, unsigned lpfx_id, int rex, int is_vex, Py_ssize_t pos,
		Decoded *out)
{
	if (attr & MODRM) {
		if (p >= end)
			return 0;
		unsigned modrm = d[p++];
		if (attr & GRP_MASK) {
			attr = group_attr(tb, modrm, lpfx_id, attr);
			if (is_vex && !(attr & VEXOK))
				return 0;
		}
		unsigned mod = modrm >> 6;
		if (mod != 3) {
			unsigned rm = modrm & 7, base = 0;
			if (rm == 4) {
				if (p >= end)
					return 0;
				base = d[p] & 7;
				p++;
			}
			if (mod == 1)
				p += 1;
			else if (mod == 2 || (mod == 0 && (rm == 5 || base == 5)))
				p += 4;
		}
	}
	if (attr & FORCE64)
		opnd = 8;
	if (attr & MOFFSET) {
		p += addr;
	} else if (attr & IMM_MASK) {
		unsigned imm = (attr & IMM_MASK) >> IMM_OFFS;
		switch (imm) {
		case IMM_BYTE: p += 1; break;
		case IMM_VWORD32: p += opnd == 2 ? 2 : 4; break;
		case IMM_DWORD: p += 4; break;
		case IMM_WORD: p += 2; break;
		case IMM_VWORD: p += opnd; break;
		case IMM_QWORD: p += 8; break;
		default:	/* IMM_PTR */
			if (opnd == 8)
				return 0;
			p += opnd + 2;
		}
		if (attr & SCNDIMM)
			p += 1;
	}
	if (p > end)
		return 0;
	out->len = (int)(p - offset);
	out->pos = (int)(pos - offset);
	out->rex = rex;
	out->vex = is_vex;
	return 1;
}

/* insn_decoder.decode_full(): 1 and *out* filled, or 0 for "can't decode" */
static int decode_one(const Tables *tb, const uint8_t *d, Py_ssize_t offset, Py_ssize_t size, Decoded *out)
{
	Py_ssize_t end = offset + MAX_INSN_SIZE;
	if (end > size)
		end = size;
	Py_ssize_t p = offset;
	const uint32_t *primary = tb->t + T_PRIMARY;
	unsigned b = d[p];
	if (b == 0x0F && p + 1 < size && d[p + 1] == 0x0B && is_emulate_prefix(d, p, size) && p + 5 <= end) {
		p += 5;
		if (p >= end)
			return 0;
		b = d[p];
	}
	int opnd = 4, addr = 8, rex = 0;
	unsigned last = 0;
	unsigned r = tb->role[b];
	if (r == 1) {
		unsigned seen[4];
		int nseen = 0;
		while (r == 1) {
			int dup = 0;
			for (int i = 0; i < nseen; i++)
				if (seen[i] == b)
					dup = 1;
			if (!dup) {
				if (nseen == 4)
					break;	/* "invalid instruction": this byte becomes the opcode */
				seen[nseen++] = b;
				uint32_t pfx = primary[b] & PFX_MASK;
				if (pfx == PFX_ADDRSZ)
					addr ^= 12;
				else if (pfx == PFX_OPNDSZ)
					opnd ^= 6;
			}
			last = b;
			p++;
			if (p >= end)
				return 0;
			b = d[p];
			r = tb->role[b];
		}
	}
	if (r == 2) {
		rex = (int)b;
		if (b & 8)
			opnd = 8;
		p++;
		if (p >= end)
			return 0;
		b = d[p];
		r = tb->role[b];
	} else if (r == 3) {
		if (p + 2 > end)
			return 0;
		rex = (int)b;
		unsigned rex2_byte = d[p + 1];
		if (rex2_byte & 8)
			opnd = 8;
		p += 2;
		if (p >= end)
			return 0;
		unsigned op = d[p];
		p++;
		unsigned lpfx_id = tb->last_prefix_id[last];
		uint32_t attr = (rex2_byte & 0x80) ? escape_attr(tb, op, lpfx_id, primary[0x0F]) : primary[op];
		return rest(tb, d, offset, p, end, attr, opnd, addr, lpfx_id, rex, 0, p - 1, out);
	}
	if (r == 4) {
		uint32_t pfx = primary[b] & PFX_MASK;
		if (p + 2 > end)
			return 0;
		unsigned v1 = d[p + 1], v2, m;
		int vex_n;
		if (pfx == PFX_EVEX) {
			if (p + 4 > end)
				return 0;
			v2 = d[p + 2];
			if (d[p + 3] & 0x80)
				opnd = 8;	/* (insn.c tests the 4th byte for EVEX.W) */
			vex_n = 4;
			m = v1 & 0x07;
		} else if (pfx == PFX_VEX3) {
			if (p + 3 > end)
				return 0;
			v2 = d[p + 2];
			if (v2 & 0x80)
				opnd = 8;
			vex_n = 3;
			m = v1 & 0x1F;
		} else {
			v2 = v1 & 0x7F;
			vex_n = 2;
			m = 1;
		}
		p += vex_n;
		if (p >= end)
			return 0;
		unsigned op = d[p];
		p++;
		unsigned vp = (vex_n == 2 ? v1 : v2) & 3;
		uint32_t attr = avx_attr(tb, op, m, vp);
		if (tb->rex2 && (attr & EVEX_SCALABLE) && !(vex_n >= 3 && (v2 & 0x80)) && vp == PFX_OPNDSZ)
			opnd = 2;
		if (((attr & EVEXONLY) && vex_n != 4) || (!(attr & VEXOK) && !(attr & GRP_MASK)))
			return 0;
		return rest(tb, d, offset, p, end, attr, opnd, addr, vp, rex, 1, p - 1, out);
	}
	/* opcode, with escapes */
	Py_ssize_t pos = p;
	uint32_t attr = primary[b];
	p++;
	if (r == 5) {
		unsigned lpfx_id = tb->last_prefix_id[last];
		while (attr & ESC_MASK) {
			if (p >= end)
				return 0;
			attr = escape_attr(tb, d[p], lpfx_id, attr);
			p++;
		}
	}
	if (attr & (VEXONLY | EVEXONLY))
		return 0;
	if (!(attr & (MODRM | IMM_MASK | MOFFSET))) {
		out->len = (int)(p - offset);
		out->pos = (int)(pos - offset);
		out->rex = rex;
		out->vex = 0;
		return 1;
	}
	return rest(tb, d, offset, p, end, attr, opnd, addr, tb->last_prefix_id[last], rex, 0, pos, out);
}

/* --- classification (decoder.py) -------------------------------------- */

typedef struct {
	int kind;
	int64_t imm;
	int nops;
	int op[2][6];	/* dest_type, dest_reg, dest_offset, src_type, src_reg, src_offset */
	int slow;	/* Python must classify it */
} Class;

static void op_set(Class *c, int dt, int dr, int doff, int st, int sr, int soff)
{
	int *o = c->op[c->nops++];
	o[0] = dt; o[1] = dr; o[2] = doff; o[3] = st; o[4] = sr; o[5] = soff;
}

static int32_t rd_s32(const uint8_t *d) { return (int32_t)((uint32_t)d[0] | (uint32_t)d[1] << 8 | (uint32_t)d[2] << 16 | (uint32_t)d[3] << 24); }
static int64_t rel(const uint8_t *d, Py_ssize_t end, int width) { return width == 1 ? (int8_t)d[end - 1] : rd_s32(d + end - 4); }
static int32_t s32(int64_t v) { return (int32_t)(uint32_t)(uint64_t)v; }

/* decoder._prefixes(): bytes[0..3], nbytes and the last legacy prefix byte */
static void prefixes(const uint8_t *d, Py_ssize_t offset, Py_ssize_t pos, int rex, unsigned out[4], int *count,
		     unsigned *lastp)
{
	Py_ssize_t start = offset;
	if (pos - offset >= 5 && is_emulate_prefix(d, offset, pos))
		start += 5;
	Py_ssize_t stop = (0x40 <= rex && rex <= 0x4F && pos > start && d[pos - 1] == (unsigned)rex) ? pos - 1 : pos;
	unsigned found[16];
	int nfound = 0, n = 0;
	unsigned last = 0;
	for (Py_ssize_t i = start; i < stop; i++) {
		unsigned b = d[i];
		int dup = 0;
		for (int k = 0; k < nfound; k++)
			if (found[k] == b)
				dup = 1;
		if (!dup && nfound < 16)
			found[nfound++] = b;
		n++;
		last = b;
	}
	/* found + [0] * (4 - len(found)): Python keeps every distinct byte; only [0..3] matter here */
	for (int k = 0; k < 4; k++)
		out[k] = k < nfound ? found[k] : 0;
	if (last && last != out[3]) {
		if (out[3]) {
			unsigned swap = out[3];
			for (int k = 0; k < 4; k++)
				if (out[k] == last)
					out[k] = swap;
		}
		out[3] = last;
	}
	*count = n;
	*lastp = last;
}

static void modrm_fields(const uint8_t *d, Py_ssize_t pos, int rex, int *mod, int *reg, int *rm)
{
	unsigned m = d[pos + 1];
	*mod = m >> 6;
	*reg = ((m >> 3) & 7) | ((rex & 4) << 1);
	*rm = (m & 7) | ((rex & 1) << 3);
}

/* _mem_base() (6.1) / _mem_base_612(): the base register, or -1 */
static int mem_base(const uint8_t *d, Py_ssize_t pos, int rex, int mod, int rm, int v612)
{
	if (mod == 3)
		return -1;
	int low = rm & 7;
	if (low == CFI_BP && mod == 0)
		return -1;
	if (low == CFI_SP) {
		unsigned sib = d[pos + 2];
		if ((int)(((sib >> 3) & 7) | ((rex & 2) << 2)) != CFI_SP)
			return -1;
		if (v612 && (sib & 7) == CFI_BP && mod == 0)
			return -1;
		return (int)((sib & 7) | ((rex & 1) << 3));
	}
	return rm;
}

static int32_t displacement(const uint8_t *d, Py_ssize_t pos, int mod, int rm)
{
	int have_sib = (rm & 7) == CFI_SP && mod != 3;
	Py_ssize_t at = pos + 2 + have_sib;
	if (mod == 1)
		return (int8_t)d[at];
	if (mod == 2 || (mod == 0 && ((rm & 7) == 5 || (have_sib && (d[pos + 2] & 7) == 5))))
		return rd_s32(d + at);
	return 0;
}

static void classify_0f(const uint8_t *d, Py_ssize_t offset, Py_ssize_t end, Py_ssize_t pos, Class *c)
{
	unsigned op2 = d[pos + 1];
	unsigned pf[4], last;
	int count;
	if (0x80 <= op2 && op2 <= 0x8F) {
		c->kind = JUMP_CONDITIONAL;
		c->imm = rel(d, end, 4);
	} else if (op2 == 0x01) {
		unsigned modrm = d[pos + 2];
		c->kind = modrm == 0xCA ? CLAC : modrm == 0xCB ? STAC : OTHER;
	} else if (op2 == 0x05 || op2 == 0x07 || op2 == 0x34 || op2 == 0x35) {
		c->kind = CONTEXT_SWITCH;
	} else if (op2 == 0x0B || op2 == 0xB9) {
		c->kind = BUG;
	} else if (op2 == 0x0D || op2 == 0x1F) {
		c->kind = NOP;
	} else if (op2 == 0x1E) {
		if (d[pos + 2] == 0xFA || d[pos + 2] == 0xFB) {
			/* (Python passes data[pos - 1]; it only matters when a prefix precedes) */
			prefixes(d, offset, pos, pos > offset ? d[pos - 1] : 0, pf, &count, &last);
			if (pf[0] == 0xF3)
				c->kind = ENDBR;
		}
	} else if (op2 == 0x38 && d[pos + 2] == 0xF8) {
		c->slow = 1;	/* may warn (ENQCMD) */
	} else if (op2 == 0xA0 || op2 == 0xA8) {
		op_set(c, OP_DEST_PUSH, 0, 0, OP_SRC_CONST, 0, 0);
	} else if (op2 == 0xA1 || op2 == 0xA9) {
		op_set(c, OP_DEST_MEM, 0, 0, OP_SRC_POP, 0, 0);
	}
}

static void classify(const uint8_t *d, Py_ssize_t offset, Py_ssize_t end, Py_ssize_t pos, int rex, int v612,
		     int pv_store, Class *c)
{
	unsigned op1 = d[pos];
	int mod, reg, rm, base;
	c->kind = OTHER;
	c->imm = 0;
	c->nops = 0;
	c->slow = 0;
	if (rex == 0xD5) {	/* REX2: rare, and full of objtool's quirks; Python does it */
		c->slow = 1;
		return;
	}
	if (op1 >= 0x50 && op1 <= 0x57) {
		op_set(c, OP_DEST_PUSH, 0, 0, OP_SRC_REG, (int)((op1 & 7) | ((rex & 1) << 3)), 0);
		return;
	}
	if (op1 >= 0x58 && op1 <= 0x5F) {
		op_set(c, OP_DEST_REG, (int)((op1 & 7) | ((rex & 1) << 3)), 0, OP_SRC_POP, 0, 0);
		return;
	}
	if ((op1 >= 0x70 && op1 <= 0x7F) || (op1 >= 0xE0 && op1 <= 0xE3)) {
		c->kind = JUMP_CONDITIONAL;
		c->imm = rel(d, end, 1);
		return;
	}
	switch (op1) {
	case 0x01:
	case 0x29:
		if (!(rex & 8))
			return;
		modrm_fields(d, pos, rex, &mod, &reg, &rm);
		if (mod == 3 && rm == CFI_SP)
			op_set(c, OP_DEST_REG, CFI_SP, 0, OP_SRC_ADD, reg, 0);
		return;
	case 0x80: case 0x81: case 0x82: case 0x83: {
		if (!(rex & 8))
			return;
		modrm_fields(d, pos, rex, &mod, &reg, &rm);
		if (mod != 3 || rm != CFI_SP)
			return;
		int64_t imm = op1 == 0x81 ? rd_s32(d + end - 4) : (int8_t)d[end - 1];
		int sub_op = reg & 7;
		if (sub_op == 5)
			op_set(c, OP_DEST_REG, CFI_SP, 0, OP_SRC_ADD, CFI_SP, s32(-imm));
		else if (sub_op == 0)
			op_set(c, OP_DEST_REG, CFI_SP, 0, OP_SRC_ADD, CFI_SP, s32(imm));
		else if (sub_op == 4)
			op_set(c, OP_DEST_REG, CFI_SP, 0, OP_SRC_AND, CFI_SP, s32(imm));
		return;
	}
	case 0x0F:
		if (v612 && d[pos + 1] == 0x01 && (d[pos + 2] == 0xCA || d[pos + 2] == 0xCB)) {
			unsigned pf[4], last;
			int count;
			prefixes(d, offset, pos, 0, pf, &count, &last);
			if (last == 0xF3 || last == 0xF2) {
				c->kind = d[pos + 2] == 0xCA ? CONTEXT_SWITCH : OTHER;
				return;
			}
		}
		classify_0f(d, offset, end, pos, c);
		return;
	case 0x68:
	case 0x6A:
		op_set(c, OP_DEST_PUSH, 0, 0, OP_SRC_CONST, 0, 0);
		return;
	case 0x88:
	case 0x89:
		if (!(rex & 8))
			return;
		modrm_fields(d, pos, rex, &mod, &reg, &rm);
		if (!v612) {
			if (op1 == 0x89) {
				if (reg == CFI_SP) {
					if (mod == 3) {
						op_set(c, OP_DEST_REG, rm, 0, OP_SRC_REG, CFI_SP, 0);
						return;
					}
					base = mem_base(d, pos, rex, mod, rm, 0);
					if (base < 0)
						return;
					op_set(c, OP_DEST_REG_INDIRECT, base, displacement(d, pos, mod, rm), OP_SRC_REG,
					       CFI_SP, 0);
					return;
				}
				if (mod == 3) {
					if (rm == CFI_SP)
						op_set(c, OP_DEST_REG, CFI_SP, 0, OP_SRC_REG, reg, 0);
					return;
				}
			}
		} else if (op1 == 0x89) {
			if (mod == 3) {
				op_set(c, OP_DEST_REG, rm, 0, OP_SRC_REG, reg, 0);
				return;
			}
			if ((rm & 7) == CFI_BP && mod == 0)
				return;
			int dest = rm;
			if ((rm & 7) == CFI_SP) {
				unsigned sib = d[pos + 2];
				if ((int)(((sib >> 3) & 7) | ((rex & 2) << 2)) != CFI_SP)
					return;
				dest = (int)((sib & 7) | ((rex & 1) << 3));
			}
			if (reg == CFI_SP) {
				op_set(c, OP_DEST_REG_INDIRECT, dest, displacement(d, pos, mod, rm), OP_SRC_REG, CFI_SP, 0);
				return;
			}
		}
		base = mem_base(d, pos, rex, mod, rm, v612);
		if (base == CFI_BP || base == CFI_SP)
			op_set(c, OP_DEST_REG_INDIRECT, base, displacement(d, pos, mod, rm), OP_SRC_REG, reg, 0);
		return;
	case 0x8B:
		if (!(rex & 8))
			return;
		modrm_fields(d, pos, rex, &mod, &reg, &rm);
		base = mem_base(d, pos, rex, mod, rm, v612);
		if (base == CFI_BP || base == CFI_SP)
			op_set(c, OP_DEST_REG, reg, 0, OP_SRC_REG_INDIRECT, base, displacement(d, pos, mod, rm));
		return;
	case 0x8D: {
		modrm_fields(d, pos, rex, &mod, &reg, &rm);
		if (mod == 3) {
			c->slow = 1;	/* warns: invalid LEA encoding */
			return;
		}
		if (!(rex & 8))
			return;
		base = mem_base(d, pos, rex, mod, rm, 0);
		if (base < 0)
			return;
		int32_t disp = displacement(d, pos, mod, rm);
		op_set(c, OP_DEST_REG, reg, 0, disp ? OP_SRC_ADD : OP_SRC_REG, base, disp);
		return;
	}
	case 0x8F:
		op_set(c, OP_DEST_MEM, 0, 0, OP_SRC_POP, 0, 0);
		return;
	case 0x90:
		c->kind = NOP;
		return;
	case 0x9C:
		op_set(c, OP_DEST_PUSHF, 0, 0, OP_SRC_CONST, 0, 0);
		return;
	case 0x9D:
		op_set(c, OP_DEST_MEM, 0, 0, OP_SRC_POPF, 0, 0);
		return;
	case 0xC2:
	case 0xC3:
		c->kind = RETURN;
		return;
	case 0xC7:
		if (pv_store)
			c->slow = 1;	/* the pv_ops store hook */
		return;
	case 0xC9:
		op_set(c, OP_DEST_REG, CFI_SP, 0, OP_SRC_REG, CFI_BP, 0);
		op_set(c, OP_DEST_REG, CFI_BP, 0, OP_SRC_POP, 0, 0);
		return;
	case 0xCA:
	case 0xCB:
		c->kind = CONTEXT_SWITCH;
		return;
	case 0xCC:
		c->kind = TRAP;
		return;
	case 0xCF:
		c->slow = 1;	/* iret: depends on whether a function holds it */
		return;
	case 0xE8:
		c->kind = CALL;
		c->imm = rel(d, end, 4);
		op_set(c, OP_DEST_PUSH, 0, 0, OP_SRC_CONST, 0, 0);
		return;
	case 0xE9:
		c->kind = JUMP_UNCONDITIONAL;
		c->imm = rel(d, end, 4);
		return;
	case 0xEB:
		c->kind = JUMP_UNCONDITIONAL;
		c->imm = rel(d, end, 1);
		return;
	case 0xFC:
		c->kind = CLD;
		return;
	case 0xFD:
		c->kind = STD;
		return;
	case 0xFF: {
		int r = (int)(((d[pos + 1] >> 3) & 7) | ((rex & 4) << 1));
		if (r == 2 || r == 3 || r == 4) {
			unsigned pf[4], last;
			int count;
			prefixes(d, offset, pos, rex, pf, &count, &last);
			/* Python tests membership in every distinct prefix; a 0x3e beyond the
			 * first four distinct ones is a decode the kernel refuses anyway */
			for (Py_ssize_t i = offset; i < pos; i++)
				if (d[i] == 0x3E)
					c->slow = 1;	/* may warn: notrack */
			if (!c->slow)
				c->kind = r == 4 ? JUMP_DYNAMIC : CALL_DYNAMIC;
		} else if (r == 5) {
			c->kind = CONTEXT_SWITCH;
		} else if (r == 6) {
			op_set(c, OP_DEST_PUSH, 0, 0, OP_SRC_CONST, 0, 0);
		}
		return;
	}
	default:
		return;
	}
}

/* --- the section loop -------------------------------------------------- */

/*
 * The loop runs without the GIL (a big object's sections are decoded on a
 * thread while Python reads the rest of the file: see native_decode.py), so
 * it touches no Python object: its columns grow with PyMem_Raw*, and the
 * distinct stack operations it meets are numbered in a C table ("local"
 * indexes, 0 for none); intern_ops() turns those into the object's shared
 * StackOp tuples afterwards.
 */

typedef struct {
	char *buf;
	Py_ssize_t len, cap;
} Growable;

static int grow_append(Growable *g, const void *item, Py_ssize_t size)
{
	if (g->len + size > g->cap) {
		Py_ssize_t cap = g->cap ? g->cap * 2 : 4096;
		while (cap < g->len + size)
			cap *= 2;
		char *nb = PyMem_RawRealloc(g->buf, (size_t)cap);
		if (nb == NULL)
			return -1;
		g->buf = nb;
		g->cap = cap;
	}
	memcpy(g->buf + g->len, item, (size_t)size);
	g->len += size;
	return 0;
}

/* a classification's stack operations as a fixed-size key: nops, then 6 fields per operation */
#define KEY_WORDS 13
typedef struct {
	int32_t w[KEY_WORDS];
} OpKey;

/* the distinct keys met so far (local index i + 1 is keys[i]) and an open-addressing index */
typedef struct {
	Growable keys;		/* OpKey items */
	uint32_t *slots;	/* 0 empty, else local index */
	size_t mask;
} KeyTable;

static void op_key(const Class *c, OpKey *k)
{
	memset(k, 0, sizeof(*k));
	k->w[0] = c->nops;
	for (int i = 0; i < c->nops; i++)
		for (int f = 0; f < 6; f++)
			k->w[1 + i * 6 + f] = c->op[i][f];
}

static size_t key_hash(const OpKey *k)
{
	uint64_t h = 1469598103934665603ull;
	for (int i = 0; i < KEY_WORDS; i++)
		h = (h ^ (uint32_t)k->w[i]) * 1099511628211ull;
	return (size_t)h;
}

static int table_rehash(KeyTable *t, size_t size)
{
	uint32_t *slots = PyMem_RawCalloc(size, sizeof(uint32_t));
	if (slots == NULL)
		return -1;
	const OpKey *keys = (const OpKey *)t->keys.buf;
	Py_ssize_t n = t->keys.len / (Py_ssize_t)sizeof(OpKey);
	for (Py_ssize_t i = 0; i < n; i++) {
		size_t h = key_hash(&keys[i]) & (size - 1);
		while (slots[h])
			h = (h + 1) & (size - 1);
		slots[h] = (uint32_t)(i + 1);
	}
	PyMem_RawFree(t->slots);
	t->slots = slots;
	t->mask = size - 1;
	return 0;
}

/* the local index of *k* (1-based), added if new; 0 on an allocation failure */
static uint32_t table_index(KeyTable *t, const OpKey *k)
{
	Py_ssize_t n = t->keys.len / (Py_ssize_t)sizeof(OpKey);
	if (t->slots == NULL || (size_t)(n + 1) * 2 > t->mask + 1) {
		if (table_rehash(t, t->slots == NULL ? 64 : (t->mask + 1) * 2) < 0)
			return 0;
	}
	const OpKey *keys = (const OpKey *)t->keys.buf;
	size_t h = key_hash(k) & t->mask;
	while (t->slots[h]) {
		if (!memcmp(&keys[t->slots[h] - 1], k, sizeof(*k)))
			return t->slots[h];
		h = (h + 1) & t->mask;
	}
	if (grow_append(&t->keys, k, sizeof(*k)) < 0)
		return 0;
	t->slots[h] = (uint32_t)(n + 1);
	return (uint32_t)(n + 1);
}

typedef struct {
	Growable off, len, kind, imm, ops, slow;	/* u32, u16, u8, i64, u32 local index, i64 offsets */
	KeyTable table;
	Py_ssize_t error;	/* where "can't decode" struck, or -1 */
} Columns;

static void columns_free(Columns *col)
{
	PyMem_RawFree(col->off.buf);
	PyMem_RawFree(col->len.buf);
	PyMem_RawFree(col->kind.buf);
	PyMem_RawFree(col->imm.buf);
	PyMem_RawFree(col->ops.buf);
	PyMem_RawFree(col->slow.buf);
	PyMem_RawFree(col->table.keys.buf);
	PyMem_RawFree(col->table.slots);
}

/* the whole section; -1 when memory ran out (no Python error set: the GIL is not held) */
static int decode_loop(const Tables *tb, const uint8_t *d, Py_ssize_t size, int v612, int pv_store, Columns *col)
{
	Py_ssize_t offset = 0;
	uint32_t last_idx = 0;
	Class last_c = {0}, c;
	col->error = -1;
	while (offset < size) {
		Decoded dec;
		if (!decode_one(tb, d, offset, size, &dec)) {
			col->error = offset;
			break;
		}
		if (dec.vex) {
			c.kind = OTHER;
			c.imm = 0;
			c.nops = 0;
			c.slow = 0;
		} else {
			classify(d, offset, offset + dec.len, offset + dec.pos, dec.rex, v612, pv_store, &c);
		}
		uint32_t idx = 0;
		if (c.slow) {
			int64_t o64 = offset;
			if (grow_append(&col->slow, &o64, 8))
				return -1;
			c.kind = OTHER;
			c.imm = 0;
		} else if (c.nops) {
			if (last_idx && c.nops == last_c.nops && !memcmp(c.op, last_c.op, sizeof(c.op[0]) * c.nops)) {
				idx = last_idx;
			} else {
				OpKey k;
				op_key(&c, &k);
				idx = table_index(&col->table, &k);
				if (idx == 0)
					return -1;
				last_idx = idx;
				last_c = c;
			}
		}
		uint32_t o32 = (uint32_t)offset;
		uint16_t l16 = (uint16_t)dec.len;
		uint8_t k8 = (uint8_t)c.kind;
		int64_t imm = c.imm;
		if (grow_append(&col->off, &o32, 4) || grow_append(&col->len, &l16, 2) ||
		    grow_append(&col->kind, &k8, 1) || grow_append(&col->imm, &imm, 8) || grow_append(&col->ops, &idx, 4))
			return -1;
		offset += dec.len;
	}
	return 0;
}

static PyObject *growable_bytes(const Growable *g)
{
	return PyBytes_FromStringAndSize(g->buf ? g->buf : "", g->len);
}

/*
 * decode(data, tables, release_612, pv_store)
 *   -> (offsets u32, lengths u16, kinds u8, immediates i64, local ops index u32, keys, slow offsets i64,
 *       error offset)
 *
 * Without the GIL.  *keys* holds the distinct stack operations the local
 * indexes number (13 i32 each: see OpKey); intern_ops() maps them to shared
 * tuples.  The error offset is -1, or where "can't decode" struck (the
 * columns then hold everything before it).
 */
static PyObject *decode(PyObject *mod, PyObject *args)
{
	Py_buffer data, tbuf;
	int v612, pv_store;
	PyObject *result = NULL;
	Columns col;
	memset(&col, 0, sizeof(col));

	if (!PyArg_ParseTuple(args, "y*y*pp", &data, &tbuf, &v612, &pv_store))
		return NULL;
	if (tbuf.len != (Py_ssize_t)(T_WORDS * sizeof(uint32_t))) {
		PyErr_SetString(PyExc_ValueError, "decode(): the tables buffer has the wrong size");
		goto out;
	}
	Tables tb;
	tables_init(&tb, (const uint32_t *)tbuf.buf, v612);
	int failed;
	Py_BEGIN_ALLOW_THREADS
	failed = decode_loop(&tb, data.buf, data.len, v612, pv_store, &col);
	Py_END_ALLOW_THREADS
	if (failed) {
		PyErr_NoMemory();
		goto out;
	}
	PyObject *items[7] = {growable_bytes(&col.off), growable_bytes(&col.len), growable_bytes(&col.kind),
			      growable_bytes(&col.imm), growable_bytes(&col.ops), growable_bytes(&col.table.keys),
			      growable_bytes(&col.slow)};
	if (items[0] && items[1] && items[2] && items[3] && items[4] && items[5] && items[6])
		result = Py_BuildValue("OOOOOOOn", items[0], items[1], items[2], items[3], items[4], items[5], items[6],
				       col.error);
	for (int i = 0; i < 7; i++)
		Py_XDECREF(items[i]);
out:
	columns_free(&col);
	PyBuffer_Release(&data);
	PyBuffer_Release(&tbuf);
	return result;
}

/* the shared index of one key: the tuple of StackOp it stands for, interned in ops and cache */
static long intern_key(const OpKey *k, PyObject *stackop_cls, PyObject *ops, PyObject *cache)
{
	int nops = k->w[0];
	/* the cache key: nops and the fields, as bytes (the same key the Python side never makes) */
	PyObject *kb = PyBytes_FromStringAndSize((const char *)k->w, (Py_ssize_t)(sizeof(int32_t) * (1 + 6 * nops)));
	if (kb == NULL)
		return -1;
	PyObject *hit = PyDict_GetItemWithError(cache, kb);
	if (hit != NULL) {
		Py_DECREF(kb);
		return PyLong_AsLong(hit);
	}
	if (PyErr_Occurred()) {
		Py_DECREF(kb);
		return -1;
	}
	PyObject *tuple = PyTuple_New(nops);
	if (tuple == NULL) {
		Py_DECREF(kb);
		return -1;
	}
	for (int i = 0; i < nops; i++) {
		const int32_t *o = k->w + 1 + i * 6;
		PyObject *so = PyObject_CallFunction(stackop_cls, "iiiiii", o[0], o[1], o[2], o[3], o[4], o[5]);
		if (so == NULL) {
			Py_DECREF(tuple);
			Py_DECREF(kb);
			return -1;
		}
		PyTuple_SET_ITEM(tuple, i, so);
	}
	long idx = (long)PyList_GET_SIZE(ops);
	PyObject *idx_obj = PyLong_FromLong(idx);
	int err = idx_obj == NULL || PyList_Append(ops, tuple) < 0 || PyDict_SetItem(cache, kb, idx_obj) < 0;
	Py_XDECREF(idx_obj);
	Py_DECREF(tuple);
	Py_DECREF(kb);
	return err ? -1 : idx;
}

/*
 * intern_ops(local_index, keys, stackop_cls, ops, ops_cache) -> ops index u32 (bytes)
 *
 * decode()'s local indexes as indexes into *ops* (a list, its first item the
 * empty tuple) through *ops_cache* (a dict): both are shared by all the
 * sections of an object (and by later objects), so equal stack operations are
 * one tuple.
 */
static PyObject *intern_ops(PyObject *mod, PyObject *args)
{
	Py_buffer local, keys;
	PyObject *stackop_cls, *ops, *cache, *result = NULL;
	uint32_t *map = NULL;
	if (!PyArg_ParseTuple(args, "y*y*OO!O!", &local, &keys, &stackop_cls, &PyList_Type, &ops, &PyDict_Type, &cache))
		return NULL;
	Py_ssize_t nkeys = keys.len / (Py_ssize_t)sizeof(OpKey), n = local.len / 4;
	map = PyMem_Malloc(sizeof(uint32_t) * (size_t)(nkeys + 1));
	if (map == NULL) {
		PyErr_NoMemory();
		goto out;
	}
	map[0] = 0;
	for (Py_ssize_t i = 0; i < nkeys; i++) {
		long g = intern_key((const OpKey *)keys.buf + i, stackop_cls, ops, cache);
		if (g < 0)
			goto out;
		map[i + 1] = (uint32_t)g;
	}
	result = PyBytes_FromStringAndSize(NULL, n * 4);
	if (result == NULL)
		goto out;
	const uint32_t *in = local.buf;
	uint32_t *outp = (uint32_t *)PyBytes_AS_STRING(result);
	for (Py_ssize_t i = 0; i < n; i++) {
		if (in[i] > (uint32_t)nkeys) {
			PyErr_SetString(PyExc_IndexError, "intern_ops(): local index out of range");
			Py_CLEAR(result);
			goto out;
		}
		outp[i] = map[in[i]];
	}
out:
	PyMem_Free(map);
	PyBuffer_Release(&local);
	PyBuffer_Release(&keys);
	return result;
}

/* length(data, offset, tables, rex2) -> (length, pos, rex, vex) or None: one instruction (for tests) */
static PyObject *length(PyObject *mod, PyObject *args)
{
	Py_buffer data, tbuf;
	Py_ssize_t offset;
	int rex2;
	PyObject *res = NULL;
	if (!PyArg_ParseTuple(args, "y*ny*p", &data, &offset, &tbuf, &rex2))
		return NULL;
	if (tbuf.len != (Py_ssize_t)(T_WORDS * sizeof(uint32_t)) || offset < 0 || offset >= data.len) {
		PyErr_SetString(PyExc_ValueError, "length(): bad arguments");
		goto out;
	}
	Tables tb;
	tables_init(&tb, (const uint32_t *)tbuf.buf, rex2);
	Decoded dec;
	if (!decode_one(&tb, data.buf, offset, data.len, &dec))
		res = Py_NewRef(Py_None);
	else
		res = Py_BuildValue("iiiO", dec.len, dec.pos + (int)offset, dec.rex, dec.vex ? Py_True : Py_False);
out:
	PyBuffer_Release(&data);
	PyBuffer_Release(&tbuf);
	return res;
}

static PyMethodDef methods[] = {
	{"decode", decode, METH_VARARGS, "Decode a whole section into columns, without the GIL (see _decode.c)."},
	{"intern_ops", intern_ops, METH_VARARGS, "decode()'s local stack-op indexes as shared ones (see _decode.c)."},
	{"length", length, METH_VARARGS, "The kernel decoder's result for one instruction."},
	{NULL},
};

static struct PyModuleDef module_def = {
	PyModuleDef_HEAD_INIT, "pyobjtool.arch.x86._decode", "x86-64 section decoder in C (see _decode.c).", -1,
	methods,
};

PyMODINIT_FUNC PyInit__decode(void)
{
	PyObject *m = PyModule_Create(&module_def);
	if (m == NULL)
		return NULL;
	if (PyModule_AddStringConstant(m, "SOURCE_HASH", PYOBJTOOL_SOURCE_HASH) < 0 ||
	    PyModule_AddIntConstant(m, "API", DECODE_API) < 0 || PyModule_AddIntConstant(m, "TABLE_WORDS", T_WORDS) < 0) {
		Py_DECREF(m);
		return NULL;
	}
	return m;
}
