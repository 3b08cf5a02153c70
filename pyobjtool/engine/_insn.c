// SPDX-License-Identifier: GPL-2.0-only
/*
 * pyobjtool.engine._insn: the checker's instruction record as a compact C type.
 * (Its type name is pyobjtool.engine.instruction.Instruction: it is that class.)
 *
 * Why: a vmlinux.o has five million instructions.  As a Python object with
 * __slots__ one costs 304 bytes; here it is 96 (numbers and flags packed, no
 * GC header; the rarely set fields in one lazily made side array; a call
 * destination shares its slot with the jump destination, which no
 * instruction has at the same time as a call destination; the function is
 * a flag saying "the symbol", which it is but for copies made by hand; the
 * cached relocation is a flag unless there is one; the list an instruction is
 * on is a small code).  Whatever does not fit the packed form (both
 * destinations, a function other than the symbol, an immediate wider than
 * 32 bits, an unknown list name) goes to the side array, so every attribute
 * still holds any value the pure-Python class would.  The
 * attributes are the same as the pure-Python class in instruction.py, which
 * stays the fallback; engine code cannot tell them apart.
 *
 * Instructions are not tracked by the cyclic garbage collector (that would
 * add 16 bytes each, and the checker runs with the collector off anyway).
 * Their references form cycles (next/prev, jump_dest), so whoever is done
 * with a set of instructions calls release() on them (the batch runner
 * does; a single run ends the process).
 *
 * Also here: build() turns a decoder's columns into linked instructions,
 * and find() looks an instruction up by offset in a section's
 * offset-ordered list (a dict per section cost another 45 bytes each).
 */
#define PY_SSIZE_T_CLEAN
#ifndef PYOBJTOOL_SOURCE_HASH
#define PYOBJTOOL_SOURCE_HASH "unknown"
#endif
#include <Python.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Must match NATIVE_API in pyobjtool/native.py's expectations for this module. */
#define INSN_API 2

enum {
	F_DEAD_END = 1 << 0,
	F_IGNORE = 1 << 1,
	F_IGNORE_ALTS = 1 << 2,
	F_HINT = 1 << 3,
	F_SAVE = 1 << 4,
	F_RESTORE = 1 << 5,
	F_RETPOLINE_SAFE = 1 << 6,
	F_NOENDBR = 1 << 7,
	F_ENTRY = 1 << 8,
	F_UNRET = 1 << 9,
	F_FAKE = 1 << 10,
	/* how the packed fields are stored (not attributes) */
	F_FUNC_IS_SYM = 1 << 11,	/* func is sym */
	F_FUNC_EXTRA = 1 << 12,		/* func is extra[X_FUNC] */
	F_DEST_CALL = 1 << 13,		/* dest is call_dest, extra[X_OTHER_DEST] jump_dest */
	F_RELOC_KNOWN = 1 << 14,	/* reloc() looked up: None, or extra[X_RELOC] with ... */
	F_RELOC_EXTRA = 1 << 15,	/* ... this */
	F_WIDE_IMM = 1 << 16,		/* the immediate is extra[X_WIDE_IMM] */
};

/* call_list as a code in the flags: 0 None, 1-5 these names, 7 extra[X_CALL_LIST] */
#define CL_SHIFT 17
#define CL_MASK (7u << CL_SHIFT)
#define CL_EXTRA 7u
static const char *const call_list_names[] = {NULL, "static_call", "retpoline", "mcount", "return_thunk", "endbr"};
#define CL_NAMES ((unsigned)(sizeof(call_list_names) / sizeof(call_list_names[0])))
#define CL_ENDBR 5	/* call_list_names[CL_ENDBR] is "endbr" */
static PyObject *call_list_str[CL_NAMES];	/* the interned names */

/* the rarely set fields live in `extra`, a malloc'ed array of this many references */
enum { X_FIRST_JUMP_SRC, X_JUMP_TABLE, X_ALTS, X_ALT_GROUP, X_CALL_LIST, X_FUNC, X_OTHER_DEST, X_RELOC, X_WIDE_IMM,
       X_COUNT };

/* objtool's INSN_BUG: such an instruction starts as a dead end (must match arch/insn.py) */
static long insn_kind_bug = -1;

typedef struct {
	PyObject_HEAD
	PyObject *sec;
	PyObject *stack_ops;
	PyObject *next;
	PyObject *prev;
	PyObject *sym;
	PyObject *dest;		/* jump_dest, or call_dest with F_DEST_CALL */
	PyObject *cfi;
	PyObject **extra;	/* NULL or X_COUNT references (never NULL items) */
	int32_t imm;		/* the immediate unless F_WIDE_IMM */
	uint32_t offset;
	uint32_t flags;
	uint8_t len;
	uint8_t type;
	uint8_t visited;
	int8_t instr;		/* s8, as in objtool */
} Insn;

static PyObject *unset_sentinel;	/* module.UNSET */

static void set_ref(PyObject **slot, PyObject *value)
{
	PyObject *old = *slot;
	Py_XINCREF(value);
	*slot = value;
	Py_XDECREF(old);
}

static void insn_clear_refs(Insn *self)
{
	Py_CLEAR(self->sec);
	Py_CLEAR(self->stack_ops);
	Py_CLEAR(self->next);
	Py_CLEAR(self->prev);
	Py_CLEAR(self->sym);
	Py_CLEAR(self->dest);
	Py_CLEAR(self->cfi);
	self->flags &= ~(uint32_t)(F_FUNC_IS_SYM | F_FUNC_EXTRA | F_DEST_CALL | F_RELOC_KNOWN | F_RELOC_EXTRA |
				   F_WIDE_IMM | CL_MASK);
	self->imm = 0;
	if (self->extra != NULL) {
		PyObject **extra = self->extra;
		self->extra = NULL;
		for (int k = 0; k < X_COUNT; k++)
			Py_DECREF(extra[k]);
		PyMem_Free(extra);
	}
}

/*
 * Insn records come from 2 MiB slabs, handed out in order and given back as a whole when the
 * last record in one dies (a run's records die together): a bump of a pointer instead of
 * pymalloc's pool bookkeeping, for a vmlinux.o's 5 million records (linked corpus: -3% time).
 * Measured and left out: asking for huge pages (MADV_HUGEPAGE) made the same runs 10% slower
 * here, the kernel compacting memory on the first touch of each slab.
 */
#if defined(__unix__) || defined(__APPLE__)
#include <sys/mman.h>
#define SLAB_BYTES ((size_t)2 << 20)
#define SLAB_HEAD 64	/* SlabHead, padded */

typedef struct {
	size_t live;	/* records not yet freed */
	size_t used;	/* bytes handed out, SLAB_HEAD included */
} SlabHead;

static SlabHead *slab_current;
static int slab_populate;	/* set_slab_populate() */

/* a SLAB_BYTES-aligned anonymous mapping of SLAB_BYTES, or NULL */
static SlabHead *slab_map(void)
{
	size_t len = 2 * SLAB_BYTES;
	char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return NULL;
	uintptr_t at = ((uintptr_t)m + SLAB_BYTES - 1) & ~(uintptr_t)(SLAB_BYTES - 1);
	size_t head = at - (uintptr_t)m, tail = len - head - SLAB_BYTES;
	if (head)
		munmap(m, head);
	if (tail)
		munmap((char *)at + SLAB_BYTES, tail);
#ifdef MAP_POPULATE
	/* for a giant object, the slab's pages faulted in by one call rather than one fault each
	 * (its records are written at once); the same zero-filled pages either way.  Not for a
	 * small one: the rest of its first slab would be memory it never uses. */
	if (slab_populate && mmap((void *)at, SLAB_BYTES, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_POPULATE, -1, 0) == MAP_FAILED) {
		munmap((void *)at, SLAB_BYTES);
		return NULL;
	}
#endif
	SlabHead *slab = (SlabHead *)at;
	slab->live = 0;
	slab->used = SLAB_HEAD;
	return slab;
}

static PyObject *insn_alloc(PyTypeObject *tp, Py_ssize_t nitems)
{
	size_t size = (size_t)tp->tp_basicsize;
	SlabHead *slab = slab_current;
	if (slab == NULL || slab->used + size > SLAB_BYTES) {
		slab = slab_map();
		if (slab == NULL)
			return PyErr_NoMemory();
		SlabHead *old = slab_current;
		slab_current = slab;
		if (old != NULL && old->live == 0)
			munmap(old, SLAB_BYTES);
	}
	PyObject *obj = (PyObject *)((char *)slab + slab->used);
	slab->used += size;
	slab->live++;
	/* (no memset: a slab's memory is fresh from mmap(), all zeros, and never handed out twice) */
	return PyObject_Init(obj, tp);
}

static void insn_free(void *obj)
{
	SlabHead *slab = (SlabHead *)((uintptr_t)obj & ~(uintptr_t)(SLAB_BYTES - 1));
	if (--slab->live == 0 && slab != slab_current)
		munmap(slab, SLAB_BYTES);
}
#define INSN_ALLOC insn_alloc
#define INSN_FREE insn_free
#else
#define INSN_ALLOC PyType_GenericAlloc
#define INSN_FREE PyObject_Free
#endif

static void insn_dealloc(Insn *self)
{
	/* (a Python subclass's subtype_dealloc drops the reference to its type) */
	insn_clear_refs(self);
	Py_TYPE(self)->tp_free((PyObject *)self);
}

static void insn_set_defaults(Insn *self)
{
	self->sec = Py_NewRef(Py_None);
	self->stack_ops = NULL;
	self->next = Py_NewRef(Py_None);
	self->prev = Py_NewRef(Py_None);
	self->sym = Py_NewRef(Py_None);
	self->dest = Py_NewRef(Py_None);
	self->cfi = Py_NewRef(Py_None);
	self->extra = NULL;
}

static int store_imm(Insn *self, int64_t v);

static int check_range(const char *what, long long value, long long lo, long long hi)
{
	if (value < lo || value > hi) {
		PyErr_Format(PyExc_OverflowError, "instruction %s %lld out of range", what, value);
		return -1;
	}
	return 0;
}

static int insn_init(Insn *self, PyObject *args, PyObject *kwds)
{
	PyObject *sec, *ops;
	long long offset, length, kind, immediate;
	static char *kwlist[] = {"sec", "offset", "length", "kind", "immediate", "ops", NULL};

	if (!PyArg_ParseTupleAndKeywords(args, kwds, "OLLLLO", kwlist, &sec, &offset, &length, &kind,
					 &immediate, &ops))
		return -1;
	if (check_range("offset", offset, 0, UINT32_MAX) || check_range("length", length, 0, UINT8_MAX) ||
	    check_range("kind", kind, 0, UINT8_MAX))
		return -1;
	insn_clear_refs(self);
	insn_set_defaults(self);
	set_ref(&self->sec, sec);
	set_ref(&self->stack_ops, ops);
	self->offset = (uint32_t)offset;
	self->len = (uint8_t)length;
	self->type = (uint8_t)kind;
	self->visited = 0;
	self->instr = 0;
	self->flags = kind == insn_kind_bug ? F_DEAD_END : 0;
	return store_imm(self, (int64_t)immediate);
}

/* --- attributes -------------------------------------------------------- */

#define OBJ_FIELD(name) \
	static PyObject *get_##name(Insn *self, void *c) { return Py_NewRef(self->name ? self->name : Py_None); } \
	static int set_##name(Insn *self, PyObject *v, void *c) \
	{ \
		if (v == NULL) { PyErr_SetString(PyExc_AttributeError, "can't delete " #name); return -1; } \
		set_ref(&self->name, v); \
		return 0; \
	}
OBJ_FIELD(sec)
OBJ_FIELD(stack_ops)
OBJ_FIELD(next)
OBJ_FIELD(prev)
OBJ_FIELD(cfi)

/* --- the side array and the packed fields ------------------------------ */

/* extra[i], borrowed (None when there is no side array) */
static PyObject *extra_item(Insn *x, int i)
{
	return x->extra == NULL ? Py_None : x->extra[i];
}

/* extra[i] = v; the array is made on the first value other than None */
static int extra_store(Insn *self, int i, PyObject *v)
{
	if (self->extra == NULL) {
		if (v == Py_None)
			return 0;
		self->extra = PyMem_Malloc(sizeof(PyObject *) * X_COUNT);
		if (self->extra == NULL) {
			PyErr_NoMemory();
			return -1;
		}
		for (Py_ssize_t k = 0; k < X_COUNT; k++)
			self->extra[k] = Py_NewRef(Py_None);
	}
	PyObject *old = self->extra[i];
	self->extra[i] = Py_NewRef(v);
	Py_DECREF(old);
	return 0;
}

static PyObject *get_extra(Insn *self, void *c)
{
	return Py_NewRef(extra_item(self, (int)(intptr_t)c));
}

static int set_extra(Insn *self, PyObject *v, void *c)
{
	if (v == NULL) {
		PyErr_SetString(PyExc_AttributeError, "can't delete attribute");
		return -1;
	}
	return extra_store(self, (int)(intptr_t)c, v);
}

/* the function (borrowed): the symbol, a value kept aside, or None */
static inline PyObject *insn_func(Insn *x)
{
	if (x->flags & F_FUNC_IS_SYM)
		return x->sym != NULL ? x->sym : Py_None;	/* (NULL after release()) */
	return x->flags & F_FUNC_EXTRA ? extra_item(x, X_FUNC) : Py_None;
}

static int store_func(Insn *self, PyObject *v)
{
	if ((self->flags & F_FUNC_EXTRA) && extra_store(self, X_FUNC, Py_None) < 0)
		return -1;
	self->flags &= ~(uint32_t)(F_FUNC_IS_SYM | F_FUNC_EXTRA);
	if (v == Py_None)
		return 0;
	if (v == self->sym) {
		self->flags |= F_FUNC_IS_SYM;
		return 0;
	}
	if (extra_store(self, X_FUNC, v) < 0)
		return -1;
	self->flags |= F_FUNC_EXTRA;
	return 0;
}

/* a new symbol; the function stays what it was */
static int store_sym(Insn *self, PyObject *v)
{
	PyObject *func = Py_NewRef(insn_func(self));
	set_ref(&self->sym, v);
	int err = store_func(self, func);
	Py_DECREF(func);
	return err;
}

static inline PyObject *insn_jump_dest(Insn *x)
{
	return x->flags & F_DEST_CALL ? extra_item(x, X_OTHER_DEST) : x->dest != NULL ? x->dest : Py_None;
}

static inline PyObject *insn_call_dest(Insn *x)
{
	return x->flags & F_DEST_CALL ? x->dest : extra_item(x, X_OTHER_DEST);	/* (flag off after release()) */
}

/* set the call (*call*) or jump destination: the slot holds the jump destination unless only
 * the call destination is set */
static int store_dest(Insn *self, int call, PyObject *v)
{
	PyObject *jd = Py_NewRef(call ? insn_jump_dest(self) : v);
	PyObject *cd = Py_NewRef(call ? v : insn_call_dest(self));
	int as_call = jd == Py_None && cd != Py_None;
	set_ref(&self->dest, as_call ? cd : jd);
	int err = extra_store(self, X_OTHER_DEST, as_call ? jd : cd);
	if (as_call)
		self->flags |= F_DEST_CALL;
	else
		self->flags &= ~(uint32_t)F_DEST_CALL;
	Py_DECREF(jd);
	Py_DECREF(cd);
	return err;
}

/* the cached relocation (borrowed): the UNSET sentinel until looked up, then None or the Reloc */
static inline PyObject *insn_reloc(Insn *x)
{
	if (!(x->flags & F_RELOC_KNOWN))
		return unset_sentinel;
	return x->flags & F_RELOC_EXTRA ? extra_item(x, X_RELOC) : Py_None;
}

static int store_reloc(Insn *self, PyObject *v)
{
	if ((self->flags & F_RELOC_EXTRA) && extra_store(self, X_RELOC, Py_None) < 0)
		return -1;
	self->flags &= ~(uint32_t)(F_RELOC_KNOWN | F_RELOC_EXTRA);
	if (v == unset_sentinel)
		return 0;
	self->flags |= F_RELOC_KNOWN;
	if (v == Py_None)
		return 0;
	if (extra_store(self, X_RELOC, v) < 0)
		return -1;
	self->flags |= F_RELOC_EXTRA;
	return 0;
}

/* the immediate: 32 bits in the record, wider ones as an int in the side array */
static inline int64_t insn_imm(Insn *x)
{
	if (!(x->flags & F_WIDE_IMM))
		return x->imm;
	return (int64_t)PyLong_AsLongLong(extra_item(x, X_WIDE_IMM));	/* (always fits: set below) */
}

static int store_imm(Insn *self, int64_t v)
{
	if ((self->flags & F_WIDE_IMM) && extra_store(self, X_WIDE_IMM, Py_None) < 0)
		return -1;
	self->flags &= ~(uint32_t)F_WIDE_IMM;
	if (v >= INT32_MIN && v <= INT32_MAX) {
		self->imm = (int32_t)v;
		return 0;
	}
	PyObject *o = PyLong_FromLongLong((long long)v);
	if (o == NULL)
		return -1;
	int err = extra_store(self, X_WIDE_IMM, o);
	Py_DECREF(o);
	if (err)
		return -1;
	self->imm = 0;
	self->flags |= F_WIDE_IMM;
	return 0;
}

static inline PyObject *insn_call_list(Insn *x)
{
	unsigned code = (x->flags & CL_MASK) >> CL_SHIFT;
	if (code == CL_EXTRA)
		return extra_item(x, X_CALL_LIST);
	return code == 0 || code >= CL_NAMES ? Py_None : call_list_str[code];
}

static int store_call_list(Insn *self, PyObject *v)
{
	unsigned code = CL_EXTRA;
	if (v == Py_None) {
		code = 0;
	} else if (PyUnicode_Check(v)) {
		for (unsigned i = 1; i < CL_NAMES; i++) {
			if (v == call_list_str[i] || PyUnicode_Compare(v, call_list_str[i]) == 0) {
				code = i;
				break;
			}
		}
	}
	if (extra_store(self, X_CALL_LIST, code == CL_EXTRA ? v : Py_None) < 0)
		return -1;
	self->flags = (self->flags & ~(uint32_t)CL_MASK) | (code << CL_SHIFT);
	return 0;
}

static int no_delete(PyObject *v)
{
	if (v != NULL)
		return 0;
	PyErr_SetString(PyExc_AttributeError, "can't delete attribute");
	return -1;
}

#define PACKED_FIELD(name, get_expr, store_call) \
	static PyObject *get_##name(Insn *self, void *c) { return Py_NewRef(get_expr); } \
	static int set_##name(Insn *self, PyObject *v, void *c) { return no_delete(v) ? -1 : (store_call); }
PACKED_FIELD(sym, self->sym != NULL ? self->sym : Py_None, store_sym(self, v))
PACKED_FIELD(func, insn_func(self), store_func(self, v))
PACKED_FIELD(jump_dest, insn_jump_dest(self), store_dest(self, 0, v))
PACKED_FIELD(call_dest, insn_call_dest(self), store_dest(self, 1, v))
PACKED_FIELD(reloc, insn_reloc(self), store_reloc(self, v))
PACKED_FIELD(call_list, insn_call_list(self), store_call_list(self, v))

static PyObject *get_flag(Insn *self, void *c)
{
	return PyBool_FromLong(self->flags & (uint32_t)(intptr_t)c);
}

static int set_flag(Insn *self, PyObject *v, void *c)
{
	if (no_delete(v))
		return -1;
	int truth = PyObject_IsTrue(v);
	if (truth < 0)
		return -1;
	if (truth)
		self->flags |= (uint32_t)(intptr_t)c;
	else
		self->flags &= ~(uint32_t)(intptr_t)c;
	return 0;
}

static int int_arg(PyObject *v, long long lo, long long hi, const char *what, long long *out)
{
	if (no_delete(v))
		return -1;
	long long x = PyLong_AsLongLong(v);
	if (x == -1 && PyErr_Occurred())
		return -1;
	if (check_range(what, x, lo, hi))
		return -1;
	*out = x;
	return 0;
}

#define INT_FIELD(name, lo, hi, ctype) \
	static PyObject *get_##name(Insn *self, void *c) { return PyLong_FromLongLong((long long)self->name); } \
	static int set_##name(Insn *self, PyObject *v, void *c) \
	{ \
		long long x; \
		if (int_arg(v, lo, hi, #name, &x)) return -1; \
		self->name = (ctype)x; \
		return 0; \
	}
INT_FIELD(offset, 0, UINT32_MAX, uint32_t)
INT_FIELD(len, 0, UINT8_MAX, uint8_t)
INT_FIELD(type, 0, UINT8_MAX, uint8_t)
INT_FIELD(visited, 0, UINT8_MAX, uint8_t)
INT_FIELD(instr, INT8_MIN, INT8_MAX, int8_t)

static PyObject *get_immediate(Insn *self, void *c)
{
	if (self->flags & F_WIDE_IMM)
		return Py_NewRef(extra_item(self, X_WIDE_IMM));
	return PyLong_FromLong((long)self->imm);
}

static int set_immediate(Insn *self, PyObject *v, void *c)
{
	long long x;
	if (int_arg(v, INT64_MIN, INT64_MAX, "immediate", &x))
		return -1;
	return store_imm(self, (int64_t)x);
}

#define GS_OBJ(name) {#name, (getter)get_##name, (setter)set_##name, NULL, NULL}
#define GS_EXTRA(name, idx) {#name, (getter)get_extra, (setter)set_extra, NULL, (void *)(intptr_t)(idx)}
#define GS_FLAG(name, bit) {#name, (getter)get_flag, (setter)set_flag, NULL, (void *)(intptr_t)(bit)}

static PyGetSetDef insn_getset[] = {
	GS_OBJ(sec), GS_OBJ(stack_ops), GS_OBJ(next), GS_OBJ(prev), GS_OBJ(func), GS_OBJ(sym),
	GS_OBJ(call_dest), GS_OBJ(jump_dest), GS_OBJ(cfi), GS_OBJ(call_list),
	{"_reloc", (getter)get_reloc, (setter)set_reloc, NULL, NULL},
	GS_OBJ(offset), GS_OBJ(len), GS_OBJ(type), GS_OBJ(visited), GS_OBJ(instr), GS_OBJ(immediate),
	GS_EXTRA(first_jump_src, X_FIRST_JUMP_SRC), GS_EXTRA(jump_table, X_JUMP_TABLE),
	GS_EXTRA(alts, X_ALTS), GS_EXTRA(alt_group, X_ALT_GROUP),
	GS_FLAG(dead_end, F_DEAD_END), GS_FLAG(ignore, F_IGNORE), GS_FLAG(ignore_alts, F_IGNORE_ALTS),
	GS_FLAG(hint, F_HINT), GS_FLAG(save, F_SAVE), GS_FLAG(restore, F_RESTORE),
	GS_FLAG(retpoline_safe, F_RETPOLINE_SAFE), GS_FLAG(noendbr, F_NOENDBR), GS_FLAG(entry, F_ENTRY),
	GS_FLAG(unret, F_UNRET), GS_FLAG(fake, F_FAKE),
	{NULL},
};

/* --- methods (the Python class's reloc(), known_reloc(), __repr__) --------- */

static PyObject *str_reloc, *str_relocs, *str_find_in_range, *str_name;

static PyObject *str_sorted_offsets_attr, *str_order_attr, *str_sorted_offsets, *str_get;

/*
 * RelocTable.find_in_range(offset, length) (elf/relocs.py) without its Python frame: a
 * binary search of the table's sorted offsets (u64 array) and the entry at that place in its
 * order (a range or a u32 array), handed out by the table's own get().  A table whose
 * columns are not typed arrays is asked in Python.
 */
static Py_ssize_t find_index_in_range(PyObject *table, uint64_t offset, uint64_t length)
{
	PyObject *offs = PyObject_GetAttr(table, str_sorted_offsets_attr);
	if (offs == NULL)
		return -3;
	if (offs == Py_None) {
		Py_DECREF(offs);
		offs = PyObject_CallMethodNoArgs(table, str_sorted_offsets);	/* (builds the order) */
		if (offs == NULL)
			return -3;
	}
	PyObject *order = PyObject_GetAttr(table, str_order_attr);
	if (order == NULL) {
		Py_DECREF(offs);
		return -3;
	}
	Py_ssize_t result = -2;
	Py_buffer ob = {0}, rb = {0};
	int have_ob = PyObject_GetBuffer(offs, &ob, PyBUF_FORMAT) == 0;
	int ranged = PyRange_Check(order);
	int have_rb = !ranged && PyObject_GetBuffer(order, &rb, PyBUF_FORMAT) == 0;
	if (!have_ob || ob.itemsize != 8 || (!ranged && (!have_rb || rb.itemsize != 4)) ||
	    (!ranged && rb.len / 4 != ob.len / 8)) {
		PyErr_Clear();
		goto out;	/* -2: Python's find_in_range() */
	}
	const uint64_t *o = ob.buf;
	Py_ssize_t lo = 0, hi = ob.len / 8;
	while (lo < hi) {
		Py_ssize_t mid = (lo + hi) / 2;
		if (o[mid] < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < ob.len / 8 && o[lo] < offset + length)
		result = ranged ? lo : (Py_ssize_t)((const uint32_t *)rb.buf)[lo];
	else
		result = -1;
out:
	if (have_ob)
		PyBuffer_Release(&ob);
	if (have_rb)
		PyBuffer_Release(&rb);
	Py_DECREF(offs);
	Py_DECREF(order);
	return result;
}

/*
 * RelocTable.find_in_range(offset, length) (elf/relocs.py) without its Python frame: a
 * binary search of the table's sorted offsets (u64 array) and the entry at that place in its
 * order (a range or a u32 array), handed out by the table's own get().  A table whose
 * columns are not typed arrays is asked in Python.
 */
static PyObject *find_in_range(PyObject *table, uint64_t offset, uint64_t length)
{
	Py_ssize_t idx = find_index_in_range(table, offset, length);
	if (idx == -3)
		return NULL;
	if (idx == -2)
		return PyObject_CallMethod(table, "find_in_range", "KK", (unsigned long long)offset,
					   (unsigned long long)length);
	if (idx == -1)
		Py_RETURN_NONE;
	PyObject *i = PyLong_FromSsize_t(idx);
	if (i == NULL)
		return NULL;
	PyObject *result = PyObject_CallMethodOneArg(table, str_get, i);
	Py_DECREF(i);
	return result;
}

/*
 * reloc_index(): the index in its table of what reloc() gives, or -1 for none, without
 * making the entry's Reloc object (a vmlinux.o's calls alone would make 600,000).
 */
static PyObject *insn_reloc_index(Insn *self, PyObject *unused)
{
	PyObject *known = insn_reloc(self);
	if (known == Py_None)
		return PyLong_FromLong(-1);
	if (known != unset_sentinel)
		return PyObject_GetAttrString(known, "idx");
	PyObject *rsec = PyObject_GetAttr(self->sec, str_reloc);
	if (rsec == NULL)
		return NULL;
	if (rsec == Py_None) {
		Py_DECREF(rsec);
		return store_reloc(self, Py_None) < 0 ? NULL : PyLong_FromLong(-1);
	}
	PyObject *table = PyObject_GetAttr(rsec, str_relocs);
	Py_DECREF(rsec);
	if (table == NULL)
		return NULL;
	Py_ssize_t idx = find_index_in_range(table, self->offset, self->len);
	if (idx == -2) {	/* (not typed arrays: the Reloc object, from Python) */
		PyObject *rel = PyObject_CallMethod(table, "find_in_range", "II", (unsigned)self->offset,
						    (unsigned)self->len);
		Py_DECREF(table);
		if (rel == NULL)
			return NULL;
		int err = store_reloc(self, rel);
		PyObject *res = err ? NULL : rel == Py_None ? PyLong_FromLong(-1) : PyObject_GetAttrString(rel, "idx");
		Py_DECREF(rel);
		return res;
	}
	Py_DECREF(table);
	if (idx == -3)
		return NULL;
	if (idx == -1 && store_reloc(self, Py_None) < 0)
		return NULL;
	return PyLong_FromSsize_t(idx);
}

/* reloc(): the first relocation inside the instruction's bytes (objtool's insn_reloc()), cached */
static PyObject *insn_reloc_method(Insn *self, PyObject *unused)
{
	PyObject *known = insn_reloc(self);
	if (known != unset_sentinel)
		return Py_NewRef(known);
	PyObject *rsec = PyObject_GetAttr(self->sec, str_reloc);
	if (rsec == NULL)
		return NULL;
	PyObject *rel;
	if (rsec == Py_None) {
		rel = Py_NewRef(Py_None);
	} else {
		PyObject *table = PyObject_GetAttr(rsec, str_relocs);
		if (table == NULL) {
			Py_DECREF(rsec);
			return NULL;
		}
		rel = find_in_range(table, self->offset, self->len);
		Py_DECREF(table);
	}
	Py_DECREF(rsec);
	if (rel == NULL)
		return NULL;
	if (store_reloc(self, rel) < 0) {
		Py_DECREF(rel);
		return NULL;
	}
	return rel;
}

/* known_reloc(): the relocation if an earlier pass looked it up, else None */
static PyObject *insn_known_reloc(Insn *self, PyObject *unused)
{
	PyObject *known = insn_reloc(self);
	return Py_NewRef(known == unset_sentinel ? Py_None : known);
}

static PyObject *insn_repr(Insn *self)
{
	PyObject *name = self->sec == Py_None ? PyUnicode_FromString("?") : PyObject_GetAttr(self->sec, str_name);
	if (name == NULL)
		return NULL;
	PyObject *r = PyUnicode_FromFormat("<insn %S+0x%x len %u type %u>", name, (unsigned)self->offset,
					   (unsigned)self->len, (unsigned)self->type);
	Py_DECREF(name);
	return r;
}

static PyMethodDef insn_methods[] = {
	{"reloc", (PyCFunction)insn_reloc_method, METH_NOARGS,
	 "The first relocation inside the instruction's bytes (objtool's insn_reloc())."},
	{"known_reloc", (PyCFunction)insn_known_reloc, METH_NOARGS,
	 "The relocation if an earlier pass already looked it up, else None."},
	{"reloc_index", (PyCFunction)insn_reloc_index, METH_NOARGS,
	 "The index in its table of the relocation reloc() gives, or -1 (no Reloc object made)."},
	{NULL},
};

static PyTypeObject InsnType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "pyobjtool.engine.instruction.Instruction",
	.tp_basicsize = sizeof(Insn),
	/* no subclasses: a Python subclass would be tracked by the GC (16 bytes more each) */
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "A decoded instruction (objtool's struct instruction), packed.",
	.tp_dealloc = (destructor)insn_dealloc,
	.tp_alloc = INSN_ALLOC,
	.tp_free = INSN_FREE,
	.tp_init = (initproc)insn_init,
	.tp_new = PyType_GenericNew,
	.tp_getset = insn_getset,
	.tp_methods = insn_methods,
	.tp_repr = (reprfunc)insn_repr,
};

/* --- module functions -------------------------------------------------- */

static Insn *new_insn(PyTypeObject *tp)
{
	Insn *insn = (Insn *)tp->tp_alloc(tp, 0);
	if (insn == NULL)
		return NULL;
	insn_set_defaults(insn);
	return insn;
}

/*
 * build(cls, sec, prev, offsets, lengths, kinds, immediates, ops_index, ops) -> list
 *
 * One instruction per entry of the decoder's columns (offsets: u32 array,
 * lengths: u16, kinds: u8, immediates: i64, ops_index: u32 into the ops
 * list), linked to each other and after *prev* (the last instruction of the
 * previous section, or None).
 */
static PyObject *build(PyObject *mod, PyObject *args)
{
	PyObject *cls, *sec, *prev, *ops;
	Py_buffer offs, lens, kinds, imms, opsi;
	PyObject *out = NULL;

	if (!PyArg_ParseTuple(args, "O!OOy*y*y*y*y*O!", &PyType_Type, &cls, &sec, &prev, &offs, &lens, &kinds,
			      &imms, &opsi, &PyList_Type, &ops))
		return NULL;
	PyTypeObject *tp = (PyTypeObject *)cls;
	if (!PyType_IsSubtype(tp, &InsnType)) {
		PyErr_SetString(PyExc_TypeError, "build() needs a subclass of Insn");
		goto done;
	}
	Py_ssize_t n = offs.len / 4;
	if (lens.len != n * 2 || kinds.len != n || imms.len != n * 8 || opsi.len != n * 4) {
		PyErr_SetString(PyExc_ValueError, "build(): columns of different lengths");
		goto done;
	}
	const uint32_t *o = offs.buf;
	const uint16_t *l = lens.buf;
	const uint8_t *k = kinds.buf;
	const int64_t *im = imms.buf;
	const uint32_t *oi = opsi.buf;
	Py_ssize_t nops = PyList_GET_SIZE(ops);
	out = PyList_New(n);
	if (out == NULL)
		goto done;
	PyObject *last = prev;
	for (Py_ssize_t i = 0; i < n; i++) {
		if (oi[i] >= (uint32_t)nops) {
			PyErr_SetString(PyExc_IndexError, "build(): stack-op index out of range");
			Py_CLEAR(out);
			goto done;
		}
		Insn *insn = new_insn(tp);
		if (insn == NULL) {
			Py_CLEAR(out);
			goto done;
		}
		set_ref(&insn->sec, sec);
		insn->stack_ops = Py_NewRef(PyList_GET_ITEM(ops, oi[i]));
		insn->offset = o[i];
		if (l[i] > UINT8_MAX) {
			Py_DECREF(insn);
			PyErr_SetString(PyExc_OverflowError, "build(): instruction length out of range");
			Py_CLEAR(out);
			goto done;
		}
		insn->len = (uint8_t)l[i];
		insn->type = k[i];
		insn->flags = k[i] == insn_kind_bug ? F_DEAD_END : 0;
		if (im[i] >= INT32_MIN && im[i] <= INT32_MAX) {
			insn->imm = (int32_t)im[i];
		} else if (store_imm(insn, im[i]) < 0) {
			Py_DECREF(insn);
			Py_CLEAR(out);
			goto done;
		}
		if (last != Py_None) {
			set_ref(&insn->prev, last);
			set_ref(&((Insn *)last)->next, (PyObject *)insn);
		}
		PyList_SET_ITEM(out, i, (PyObject *)insn);
		last = (PyObject *)insn;
	}
done:
	PyBuffer_Release(&offs);
	PyBuffer_Release(&lens);
	PyBuffer_Release(&kinds);
	PyBuffer_Release(&imms);
	PyBuffer_Release(&opsi);
	return out;
}

/* the instruction at *off* in an offset-ordered list of Insn (binary search), or NULL */
static Insn *find_offset(PyObject *list, uint32_t off)
{
	Py_ssize_t lo = 0, hi = PyList_GET_SIZE(list);
	while (lo < hi) {
		Py_ssize_t mid = (lo + hi) / 2;
		if (((Insn *)PyList_GET_ITEM(list, mid))->offset < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < PyList_GET_SIZE(list)) {
		Insn *insn = (Insn *)PyList_GET_ITEM(list, lo);
		if (insn->offset == off)
			return insn;
	}
	return NULL;
}

/* --- OffsetIndex: lookup by offset in one section ------------------------ */

/*
 * A binary search over a section's instruction list touches about 2 * log2(n) cold cache
 * lines (the list slot, then the record): some 40 misses a lookup in vmlinux.o's 4-million-
 * instruction .text.  The index keeps, for every 64-byte block of the section, the list
 * position of the first instruction at or after the block's start, so a lookup reads one
 * table slot and searches a handful of neighbouring records (built once per section; 4 bytes
 * per 64 bytes of code).
 */
#define INDEX_SHIFT 6

typedef struct {
	PyObject_HEAD
	PyObject *insns;	/* the section's list (never changed after the index is made) */
	PyObject *search;	/* insns, or a copy in offset order if insns is not (never in a run) */
	uint32_t *first;	/* first[k]: position of the first instruction at offset >= k << INDEX_SHIFT */
	Py_ssize_t nblocks;	/* first[] has nblocks + 1 entries; NULL: search the whole list */
} OffsetIndex;

static PyTypeObject OffsetIndexType;

static Insn *index_find(OffsetIndex *ix, uint32_t off)
{
	if (ix->first == NULL)
		return find_offset(ix->search, off);
	Py_ssize_t k = off >> INDEX_SHIFT;
	if (k >= ix->nblocks)
		return NULL;
	Py_ssize_t lo = ix->first[k], hi = ix->first[k + 1];
	while (lo < hi) {
		Py_ssize_t mid = (lo + hi) / 2;
		if (((Insn *)PyList_GET_ITEM(ix->search, mid))->offset < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < ix->first[k + 1]) {
		Insn *insn = (Insn *)PyList_GET_ITEM(ix->search, lo);
		if (insn->offset == off)
			return insn;
	}
	return NULL;
}

/* the instruction at *off* in a section's OffsetIndex or offset-ordered list, or NULL */
static Insn *lookup_offset(PyObject *where, uint32_t off)
{
	if (Py_IS_TYPE(where, &OffsetIndexType))
		return index_find((OffsetIndex *)where, off);
	return find_offset(where, off);
}

/* a section's lookup as the C loops take it from their {section: lookup} dict: an OffsetIndex
 * or a list of Insn, else NULL (not code) */
static int is_offset_lookup(PyObject *x)
{
	return x != NULL && (Py_IS_TYPE(x, &OffsetIndexType) || PyList_Check(x));
}

/* qsort order for an unordered section list: by offset, and of equal offsets the later
 * entry first (a dict built from the list keeps the last one) */
typedef struct {
	uint32_t offset;
	uint32_t pos;
	PyObject *insn;
} OffsetEntry;

static int entry_order(const void *a, const void *b)
{
	const OffsetEntry *x = a, *y = b;
	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	return x->pos > y->pos ? -1 : x->pos < y->pos;
}

/* a new list of *insns* (all Insn) in offset order (see entry_order) */
static PyObject *offset_ordered_copy(PyObject *insns)
{
	Py_ssize_t n = PyList_GET_SIZE(insns);
	OffsetEntry *e = PyMem_Malloc((size_t)n * sizeof(*e));
	PyObject *out = e ? PyList_New(n) : NULL;
	if (out == NULL) {
		PyMem_Free(e);
		return e ? NULL : PyErr_NoMemory();
	}
	for (Py_ssize_t i = 0; i < n; i++) {
		e[i].insn = PyList_GET_ITEM(insns, i);
		e[i].offset = ((Insn *)e[i].insn)->offset;
		e[i].pos = (uint32_t)i;
	}
	qsort(e, (size_t)n, sizeof(*e), entry_order);
	for (Py_ssize_t i = 0; i < n; i++)
		PyList_SET_ITEM(out, i, Py_NewRef(e[i].insn));
	PyMem_Free(e);
	return out;
}

/* fill first[0..nblocks] for the offset-ordered *search* list; 0 if it is not in order or not
 * all Insn (-1 and TypeError) */
static int fill_blocks(uint32_t *first, Py_ssize_t nblocks, PyObject *search)
{
	Py_ssize_t n = PyList_GET_SIZE(search), k = 0;
	uint32_t prev = 0;
	for (Py_ssize_t i = 0; i < n; i++) {
		PyObject *item = PyList_GET_ITEM(search, i);
		if (!PyObject_TypeCheck(item, &InsnType)) {
			PyErr_SetString(PyExc_TypeError, "OffsetIndex() needs a list of instructions");
			return -1;
		}
		uint32_t o = ((Insn *)item)->offset;
		if (o < prev || (Py_ssize_t)(o >> INDEX_SHIFT) >= nblocks) {
			for (i++; i < n; i++)	/* (all of them checked all the same) */
				if (!PyObject_TypeCheck(PyList_GET_ITEM(search, i), &InsnType)) {
					PyErr_SetString(PyExc_TypeError, "OffsetIndex() needs a list of instructions");
					return -1;
				}
			return 0;
		}
		prev = o;
		while (k <= (Py_ssize_t)(o >> INDEX_SHIFT))
			first[k++] = (uint32_t)i;
	}
	while (k <= nblocks)
		first[k++] = (uint32_t)n;
	return 1;
}

/* ix->first for ix->search, sized by its last record: 1, 0 if the list is not in order, -1 on
 * an error */
static int index_fill(OffsetIndex *ix, Py_ssize_t n)
{
	PyObject *last = PyList_GET_ITEM(ix->search, n - 1);
	uint32_t last_off = PyObject_TypeCheck(last, &InsnType) ? ((Insn *)last)->offset : 0;
	Py_ssize_t nblocks = ((Py_ssize_t)last_off >> INDEX_SHIFT) + 1;
	uint32_t *first = PyMem_Malloc((size_t)(nblocks + 1) * sizeof(uint32_t));
	if (first == NULL) {
		PyErr_NoMemory();
		return -1;
	}
	int r = fill_blocks(first, nblocks, ix->search);
	if (r <= 0) {
		PyMem_Free(first);
		return r;
	}
	ix->first = first;
	ix->nblocks = nblocks;
	return 1;
}

static PyObject *index_new(PyTypeObject *tp, PyObject *args, PyObject *kw)
{
	PyObject *insns;
	if (!PyArg_ParseTuple(args, "O!:OffsetIndex", &PyList_Type, &insns))
		return NULL;
	Py_ssize_t n = PyList_GET_SIZE(insns);
	if ((uint64_t)n > UINT32_MAX) {
		PyErr_SetString(PyExc_OverflowError, "OffsetIndex(): too many instructions");
		return NULL;
	}
	OffsetIndex *ix = (OffsetIndex *)tp->tp_alloc(tp, 0);
	if (ix == NULL)
		return NULL;
	ix->insns = Py_NewRef(insns);
	ix->search = Py_NewRef(insns);
	if (n == 0)
		return (PyObject *)ix;	/* (first stays NULL: nothing to find) */
	/* one pass over the records when the list is in order (as every section's is); if it
	 * is not, the table is made from a sorted copy */
	int r = index_fill(ix, n);
	if (r == 0) {
		PyObject *sorted = offset_ordered_copy(insns);
		if (sorted == NULL) {
			Py_DECREF(ix);
			return NULL;
		}
		Py_SETREF(ix->search, sorted);
		r = index_fill(ix, n);
		if (r == 0)
			PyErr_SetString(PyExc_SystemError, "OffsetIndex(): a sorted copy out of order");
	}
	if (r <= 0) {
		Py_DECREF(ix);
		return NULL;
	}
	return (PyObject *)ix;
}

static void index_dealloc(OffsetIndex *ix)
{
	PyMem_Free(ix->first);
	Py_XDECREF(ix->search);
	Py_XDECREF(ix->insns);
	Py_TYPE(ix)->tp_free((PyObject *)ix);
}

static PyObject *index_get(OffsetIndex *ix, PyObject *arg)
{
	int overflow;
	long long off = PyLong_AsLongLongAndOverflow(arg, &overflow);
	if (off == -1 && PyErr_Occurred())
		return NULL;
	if (overflow || off < 0 || off > UINT32_MAX)
		Py_RETURN_NONE;
	Insn *insn = index_find(ix, (uint32_t)off);
	return Py_NewRef(insn ? (PyObject *)insn : Py_None);
}

/* bisect_left over the list's offsets: the position of the first instruction at or after *off* */
static Py_ssize_t index_position(OffsetIndex *ix, long long off)
{
	Py_ssize_t n = PyList_GET_SIZE(ix->search);
	if (off <= 0)
		return 0;
	if (off > UINT32_MAX)
		return n;
	Py_ssize_t lo = 0, hi = n;
	if (ix->first != NULL) {
		Py_ssize_t k = (Py_ssize_t)(off >> INDEX_SHIFT);
		if (k >= ix->nblocks)
			return n;
		lo = ix->first[k];
		hi = ix->first[k + 1];
	}
	while (lo < hi) {
		Py_ssize_t mid = (lo + hi) / 2;
		if (((Insn *)PyList_GET_ITEM(ix->search, mid))->offset < (uint32_t)off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* span(start, end) -> (i, j): the list positions bisect_left() gives for two offsets (None if the
 * list is not in offset order: positions in it mean nothing) */
static PyObject *index_span(OffsetIndex *ix, PyObject *const *args, Py_ssize_t nargs)
{
	if (nargs != 2) {
		PyErr_SetString(PyExc_TypeError, "span(start, end)");
		return NULL;
	}
	if (ix->search != ix->insns)
		Py_RETURN_NONE;
	int overflow;
	long long a = PyLong_AsLongLongAndOverflow(args[0], &overflow);
	if (overflow)
		a = overflow > 0 ? LLONG_MAX : LLONG_MIN;
	else if (a == -1 && PyErr_Occurred())
		return NULL;
	long long b = PyLong_AsLongLongAndOverflow(args[1], &overflow);
	if (overflow)
		b = overflow > 0 ? LLONG_MAX : LLONG_MIN;
	else if (b == -1 && PyErr_Occurred())
		return NULL;
	return Py_BuildValue("nn", index_position(ix, a), index_position(ix, b));
}

static int index_contains(OffsetIndex *ix, PyObject *arg)
{
	PyObject *r = index_get(ix, arg);
	if (r == NULL)
		return -1;
	Py_DECREF(r);
	return r != Py_None;
}

static PyMethodDef index_methods[] = {
	{"get", (PyCFunction)index_get, METH_O, "The instruction at an offset, or None."},
	{"span", (PyCFunction)(void (*)(void))index_span, METH_FASTCALL,
	 "The list positions bisect_left() gives for two offsets, or None."},
	{NULL},
};

static PyObject *index_insns(OffsetIndex *ix, void *closure)
{
	return Py_NewRef(ix->insns);
}

static PyGetSetDef index_getset[] = {
	{"insns", (getter)index_insns, NULL, "The section's instructions in offset order.", NULL},
	{NULL},
};

static Py_ssize_t index_length(OffsetIndex *ix)
{
	return PyList_GET_SIZE(ix->insns);
}

static PySequenceMethods index_as_sequence = {
	.sq_length = (lenfunc)index_length,
	.sq_contains = (objobjproc)index_contains,
};

static PyTypeObject OffsetIndexType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "pyobjtool.engine.instruction.OffsetIndex",
	.tp_basicsize = sizeof(OffsetIndex),
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "OffsetIndex(insns): lookup by offset in a section's offset-ordered instructions.",
	.tp_new = index_new,
	.tp_dealloc = (destructor)index_dealloc,
	.tp_methods = index_methods,
	.tp_getset = index_getset,
	.tp_as_sequence = &index_as_sequence,
};

/* find(insns, offset): the instruction at *offset* in an offset-ordered list of Insn, or None */
static PyObject *find(PyObject *mod, PyObject *const *args, Py_ssize_t nargs)
{
	if (nargs != 2 || !PyList_Check(args[0])) {
		PyErr_SetString(PyExc_TypeError, "find(insns: list, offset: int)");
		return NULL;
	}
	int overflow;
	long long off = PyLong_AsLongLongAndOverflow(args[1], &overflow);
	if (off == -1 && PyErr_Occurred())
		return NULL;
	if (overflow || off < 0 || off > UINT32_MAX)
		Py_RETURN_NONE;	/* (a dict would just not have it) */
	Insn *insn = find_offset(args[0], (uint32_t)off);
	if (insn == NULL)
		Py_RETURN_NONE;
	return Py_NewRef((PyObject *)insn);
}

/* chain(first) -> list: *first* and every instruction after it by the next links */
static PyObject *chain(PyObject *mod, PyObject *first)
{
	PyObject *out = PyList_New(0);
	if (out == NULL)
		return NULL;
	PyObject *x = first;
	while (x != Py_None) {
		if (!PyObject_TypeCheck(x, &InsnType)) {
			Py_DECREF(out);
			PyErr_SetString(PyExc_TypeError, "chain() needs instructions");
			return NULL;
		}
		if (PyList_Append(out, x) < 0) {
			Py_DECREF(out);
			return NULL;
		}
		x = ((Insn *)x)->next;
	}
	return out;
}

/*
 * pad_start(insn, size, nop_kind) -> the instruction or None
 *
 * prefix.py's search for a function's padding: going back from *insn* over
 * instructions of its section of kind *nop_kind*, the one that starts exactly
 * *size* bytes before it; None if a non-NOP, a NOP across that point or the
 * section's start comes first.
 */
static PyObject *pad_start(PyObject *mod, PyObject *args)
{
	PyObject *first;
	long long size;
	long nop;
	if (!PyArg_ParseTuple(args, "O!Ll", &InsnType, &first, &size, &nop))
		return NULL;
	Insn *insn = (Insn *)first;
	PyObject *p = insn->prev;
	while (p != Py_None && PyObject_TypeCheck(p, &InsnType) && ((Insn *)p)->sec == insn->sec) {
		Insn *prev = (Insn *)p;
		if (prev->type != nop)
			break;
		long long distance = (long long)insn->offset - prev->offset;
		if (distance > size)
			break;
		if (distance == size)
			return Py_NewRef(p);
		p = prev->prev;
	}
	Py_RETURN_NONE;
}

/* fill_cfi(start, stop, cfi): the state of every instruction from *start* up to *stop* (excluded) */
static PyObject *fill_cfi(PyObject *mod, PyObject *args)
{
	PyObject *start, *stop, *cfi;
	if (!PyArg_ParseTuple(args, "OOO", &start, &stop, &cfi))
		return NULL;
	PyObject *x = start;
	while (x != stop && x != Py_None && PyObject_TypeCheck(x, &InsnType)) {
		set_ref(&((Insn *)x)->cfi, cfi);
		x = ((Insn *)x)->next;
	}
	Py_RETURN_NONE;
}

/* release(insns): drop every reference the instructions hold (breaks their cycles) */
static PyObject *release(PyObject *mod, PyObject *arg)
{
	PyObject *seq = PySequence_Fast(arg, "release() needs a sequence");
	if (seq == NULL)
		return NULL;
	Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
	PyObject **items = PySequence_Fast_ITEMS(seq);
	for (Py_ssize_t i = 0; i < n; i++) {
		if (PyObject_TypeCheck(items[i], &InsnType))
			insn_clear_refs((Insn *)items[i]);
	}
	Py_DECREF(seq);
	Py_RETURN_NONE;
}

/*
 * kinds the path walk does nothing special for (OTHER, NOP, ENDBR, TRAP, ...), and kinds
 * that are plain only on a path without noinstr/uaccess/DF state and without --stackval
 * (calls): set by set_plain_kinds()
 */
static uint8_t plain_kind[256], plain_call_kind[256];
/* the direct jump kinds walk_plain() follows with a pending list: conditional, unconditional */
static long jump_kind[2] = {-1, -1};
/* the return kind: walk_plain() ends a path at a return it knows is clean (see there) */
static long return_kind = -1;
static PyObject *str_pfunc;

/*
 * walk_plain(insn, func, cfi, visited_bit, noinstr, transitions, calls_plain[, pending, rest, sec]) -> (insn, cfi)
 *
 * The path walk's inner loop (validate.py, BranchValidator._branch) for the
 * instructions that need nothing but their state recorded and, for those with
 * stack operations, a state change the walk has already worked out once:
 * no alternative group or alternatives, no hint, a kind the walk does nothing
 * special for (calls too when *calls_plain*: no noinstr, uaccess or DF state
 * on the path and no --stackval), not
 * visited yet, no dead end, not ignored, owned by *func* (or no function),
 * followed by an instruction in the same section, and (on a noinstr path) no
 * instrumentation marks.  Stack operations are looked up in *transitions*
 * (validate.py's dict: (state, id(ops), has a function, next has a hint) ->
 * the state after them, or a message); a miss or a message stops the loop.
 * For each instruction it does exactly what the Python loop would
 * (insn.cfi = cfi; insn.visited |= visited_bit; cfi = the state after) and
 * moves on; it returns the first instruction that is not plain, which the
 * Python loop then handles in full, and the state at it.  The walk calls it
 * only without --stats and --trace.
 *
 * With a *pending* list it also follows direct jumps (no stack operations,
 * not a sibling call) to a destination in the path's section *sec* that is
 * not a hint, as the Python loop would recurse into them: it records the jump
 * and goes on at the destination, after appending (jump, fall-through or
 * None, state, *rest*) to *pending*, the way back that the Python side
 * takes when this path ends (validate.py: BranchValidator._branch).  A
 * conditional jump to an instruction already walked in this state (a walk
 * from there would stop at once) needs no way back: it just falls through.
 *
 * With *step*, *step_config* and *intern* (and *shallow*: see there) it works
 * out a new transition itself (new_transition()).  It then also returns whether the path ended
 * here with nothing to say: at an instruction walked before in the same
 * state, or at a return in a state the set *returns* holds (the Python walk
 * found a return in that state clean, in a function that is not
 * UACCESS-safe, on a path without noinstr, uaccess or DF state: the caller
 * passes the set only for such paths), or at an unconditional sibling call in
 * a state the set *siblings* holds (found clean the same way for a sibling call).
 *
 * With *matches* (a set of (recorded state, path state) pairs the Python walk
 * found to agree: insn_cfi_match() without a warning), an instruction walked
 * before in the same kind of walk with such a state also ends the path.  And
 * a call that is a dead end (a noreturn callee), plain, without stack
 * operations, ends the path there as the Python loop does.
 */
static PyObject *str_key;

/* the owner of *x* (x->func.pfunc) through a one-entry cache; NULL on an error */
static PyObject *pfunc_of(Insn *x, PyObject **cached_of, PyObject **cached)
{
	PyObject *func = insn_func(x);
	if (func != *cached_of) {
		PyObject *pf = PyObject_GetAttr(func, str_pfunc);
		if (pf == NULL)
			return NULL;
		Py_XSETREF(*cached, pf);
		*cached_of = func;
	}
	return *cached;
}

/*
 * (state key) -> the same with the ids of its register tuples in their
 * place: *shallow*'s key for a state whose register tuples are those of an
 * interned state (see new_transition())
 */
static PyObject *shallow_key(PyObject *key)
{
	Py_ssize_t n = PyTuple_GET_SIZE(key);
	PyObject *out = PyTuple_New(n);
	if (out == NULL)
		return NULL;
	for (Py_ssize_t i = 0; i < n; i++) {
		PyObject *v = PyTuple_GET_ITEM(key, i);
		v = (i == 2 || i == 3) ? PyLong_FromVoidPtr(v) : Py_NewRef(v);
		if (v == NULL) {
			Py_DECREF(out);
			return NULL;
		}
		PyTuple_SET_ITEM(out, i, v);
	}
	return out;
}

/*
 * A transition walk_plain() has not seen: the C rules (step, from _stack_ops.c)
 * on the state's key, the new state interned by *intern* and remembered in
 * *transitions* under *key*.  Returns the state (borrowed: the dict keeps
 * it), Py_None when the Python walk must do it (also for a message, which it
 * then finds in *transitions*), or NULL on an error.
 *
 * Interning hashes the whole key, its two tuples of register slots too,
 * which cost more than the rest of the transition.  Five new states in six
 * keep the register tuples of the state before, which is interned: those
 * are looked up first in *shallow* (cfi.py: CFIPool.shallow, or NULL) by
 * the key with the tuples' ids in their place.  An id stands for its tuple
 * for as long as the pool lives: the pool keeps every interned state.
 */
static PyObject *new_transition(PyObject *transitions, PyObject *key, PyObject *cfi, Insn *x, PyObject *step,
				PyObject *step_cfg, PyObject *intern, PyObject *shallow)
{
	PyObject *cfi_key = PyObject_GetAttr(cfi, str_key);
	if (cfi_key == NULL)
		return NULL;
	PyObject *argv[4] = {cfi_key, x->stack_ops, insn_func(x) != Py_None ? Py_True : Py_False, step_cfg};
	PyObject *got = PyObject_Vectorcall(step, argv, 4, NULL);
	if (got == NULL) {
		Py_DECREF(cfi_key);
		return NULL;
	}
	PyObject *after = got;
	if (PyTuple_Check(got)) {
		PyObject *skey = NULL;
		after = NULL;
		if (shallow != NULL && PyTuple_Check(cfi_key) && PyTuple_GET_SIZE(got) == PyTuple_GET_SIZE(cfi_key) &&
		    PyTuple_GET_SIZE(got) > 3 && PyTuple_GET_ITEM(got, 2) == PyTuple_GET_ITEM(cfi_key, 2) &&
		    PyTuple_GET_ITEM(got, 3) == PyTuple_GET_ITEM(cfi_key, 3)) {
			skey = shallow_key(got);
			if (skey != NULL) {
				after = Py_XNewRef(PyDict_GetItemWithError(shallow, skey));
				if (after == NULL && PyErr_Occurred())
					Py_CLEAR(skey);
			}
			if (skey == NULL) {
				Py_DECREF(got);
				Py_DECREF(cfi_key);
				return NULL;
			}
		}
		if (after == NULL) {
			after = PyObject_CallOneArg(intern, got);
			if (after != NULL && skey != NULL && PyDict_SetItem(shallow, skey, after) < 0)
				Py_CLEAR(after);
		}
		Py_XDECREF(skey);
		Py_DECREF(got);
		if (after == NULL) {
			Py_DECREF(cfi_key);
			return NULL;
		}
	}
	Py_DECREF(cfi_key);
	if (after != Py_None && PyDict_SetItem(transitions, key, after) < 0) {
		Py_DECREF(after);
		return NULL;
	}
	int message = PyUnicode_Check(after);
	Py_DECREF(after);	/* (the dict holds it, or it is None) */
	return message ? Py_None : after;
}

/*
 * When a path ends with nothing to say, the innermost way back in *pending* is
 * what validate.py's _branch() takes next: if it was left in this walk's
 * state (*rest*), take it here.  A way back without a fall-through (an
 * unconditional jump's) is just dropped; one with a fall-through moves the
 * walk there, in the state of the frame (kept alive in *held*).  Returns 1
 * if the walk goes on (*x*, *cfi* set), 0 if Python must take over, -1 on an
 * error.
 */
static int take_way_back(PyObject *pending, PyObject *rest, Insn **x, PyObject **cfi, PyObject **held)
{
	if (pending == NULL)
		return 0;
	for (;;) {
		Py_ssize_t n = PyList_GET_SIZE(pending);
		if (n == 0)
			return 0;
		PyObject *frame = PyList_GET_ITEM(pending, n - 1);
		if (!PyTuple_Check(frame) || PyTuple_GET_SIZE(frame) != 4)
			return 0;
		PyObject *frame_rest = PyTuple_GET_ITEM(frame, 3);
		if (frame_rest != rest) {
			int same = PyObject_RichCompareBool(frame_rest, rest, Py_EQ);
			if (same <= 0)
				return same;
		}
		PyObject *fall_through = PyTuple_GET_ITEM(frame, 1);
		if (fall_through != Py_None && !PyObject_TypeCheck(fall_through, &InsnType))
			return 0;
		PyObject *state = Py_NewRef(PyTuple_GET_ITEM(frame, 2));
		Py_INCREF(fall_through);
		if (PyList_SetSlice(pending, n - 1, n, NULL) < 0) {
			Py_DECREF(state);
			Py_DECREF(fall_through);
			return -1;
		}
		if (fall_through == Py_None) {
			Py_DECREF(state);
			Py_DECREF(fall_through);
			continue;
		}
		Py_XSETREF(*held, state);
		*cfi = state;
		*x = (Insn *)fall_through;
		Py_DECREF(fall_through);	/* (its section's list keeps it) */
		return 1;
	}
}

/*
 * The walk's transitions, looked up by identity: walk_plain() looks up the
 * state after an instruction's stack operations once per instruction with
 * any, and a dict lookup on a new (state, id(ops), has a function, next has
 * a hint) tuple costs about as much as the rest of the loop.  This table in
 * front of validate.py's dict maps the same key, by the objects' addresses,
 * to the state after.  It holds a reference to each of the three objects, so
 * an address can't be reused while its entry is there; and it belongs to one
 * transitions dict (a reference too): given another one (another
 * SharedStates: other rules, other states) it starts again empty, and
 * walk_cache_clear() empties it when that dict is cleared.  Only states are
 * kept, never a message or None.
 */
typedef struct {
	PyObject *cfi, *ops, *after;
	uintptr_t flags;
} Transition;

static Transition *tc_table;
static size_t tc_mask, tc_used;
static PyObject *tc_owner;

static inline size_t tc_hash(PyObject *cfi, PyObject *ops, uintptr_t flags)
{
	uint64_t h = (uint64_t)(uintptr_t)cfi * 0x9E3779B97F4A7C15ull;
	h ^= ((uint64_t)(uintptr_t)ops + flags) * 0xC2B2AE3D27D4EB4Full;
	return (size_t)(h ^ (h >> 31));
}

static void tc_clear(void)
{
	Transition *t = tc_table;
	size_t n = t != NULL ? tc_mask + 1 : 0;
	tc_table = NULL;
	tc_mask = tc_used = 0;
	for (size_t i = 0; i < n; i++) {
		if (t[i].cfi != NULL) {
			Py_DECREF(t[i].cfi);
			Py_DECREF(t[i].ops);
			Py_DECREF(t[i].after);
		}
	}
	PyMem_Free(t);
	Py_CLEAR(tc_owner);
}

/* the state after (borrowed), or NULL */
static inline PyObject *tc_find(PyObject *cfi, PyObject *ops, uintptr_t flags)
{
	if (tc_table == NULL)
		return NULL;
	for (size_t i = tc_hash(cfi, ops, flags) & tc_mask;; i = (i + 1) & tc_mask) {
		Transition *t = &tc_table[i];
		if (t->cfi == NULL)
			return NULL;
		if (t->cfi == cfi && t->ops == ops && t->flags == flags)
			return t->after;
	}
}

static void tc_put(Transition *table, size_t mask, Transition e)
{
	size_t i = tc_hash(e.cfi, e.ops, e.flags) & mask;
	while (table[i].cfi != NULL)
		i = (i + 1) & mask;
	table[i] = e;
}

/* remember a transition; -1 (an error set) when out of memory */
static int tc_add(PyObject *cfi, PyObject *ops, uintptr_t flags, PyObject *after)
{
	if (tc_table == NULL || 2 * (tc_used + 1) > tc_mask + 1) {
		size_t size = tc_table != NULL ? 2 * (tc_mask + 1) : 4096;
		Transition *bigger = PyMem_Calloc(size, sizeof(Transition));
		if (bigger == NULL) {
			PyErr_NoMemory();
			return -1;
		}
		for (size_t i = 0; tc_table != NULL && i <= tc_mask; i++)
			if (tc_table[i].cfi != NULL)
				tc_put(bigger, size - 1, tc_table[i]);
		PyMem_Free(tc_table);
		tc_table = bigger;
		tc_mask = size - 1;
	}
	Transition e = {Py_NewRef(cfi), Py_NewRef(ops), Py_NewRef(after), flags};
	tc_put(tc_table, tc_mask, e);
	tc_used++;
	return 0;
}

/* walk_cache_clear(): empty walk_plain()'s table (the transitions dict was cleared) */
static PyObject *walk_cache_clear(PyObject *mod, PyObject *unused)
{
	tc_clear();
	Py_RETURN_NONE;
}

static PyObject *walk_plain(PyObject *mod, PyObject *const *args, Py_ssize_t nargs)
{
	if ((nargs != 7 && nargs != 10 && nargs != 13 && nargs != 14 && nargs != 16 && nargs != 17) ||
	    !PyObject_TypeCheck(args[0], &InsnType) ||
	    !PyDict_Check(args[5]) || (nargs >= 10 && args[7] != Py_None && !PyList_Check(args[7])) ||
	    (nargs >= 14 && args[13] != Py_None && !PySet_Check(args[13])) ||
	    (nargs >= 16 && ((args[14] != Py_None && !PySet_Check(args[14])) ||
			     (args[15] != Py_None && !PySet_Check(args[15])))) ||
	    (nargs == 17 && args[16] != Py_None && !PyDict_Check(args[16]))) {
		PyErr_SetString(PyExc_TypeError,
				"walk_plain(insn, func, cfi, visited_bit, noinstr, transitions, calls_plain"
				"[, pending, rest, sec[, step, step_config, intern[, returns[, matches, siblings[, shallow]]]]])");
		return NULL;
	}
	PyObject *returns = nargs >= 14 && args[13] != Py_None ? args[13] : NULL;
	PyObject *matches = nargs >= 16 && args[14] != Py_None ? args[14] : NULL;
	PyObject *siblings = nargs >= 16 && args[15] != Py_None ? args[15] : NULL;
	PyObject *shallow = nargs == 17 && args[16] != Py_None ? args[16] : NULL;
	PyObject *step = nargs >= 13 && args[10] != Py_None ? args[10] : NULL;
	PyObject *step_cfg = step != NULL ? args[11] : NULL, *intern = step != NULL ? args[12] : NULL;
	int ended = 0, moved = 0;
	PyObject *held = NULL;	/* the state taken from a way back (its frame is gone) */
	int calls_plain = PyObject_IsTrue(args[6]);
	if (calls_plain < 0)
		return NULL;
	Insn *x = (Insn *)args[0];
	PyObject *func = args[1], *cfi = args[2], *transitions = args[5];
	PyObject *pending = nargs >= 10 && args[7] != Py_None ? args[7] : NULL;
	PyObject *rest = nargs >= 10 ? args[8] : Py_None, *path_sec = nargs >= 10 ? args[9] : Py_None;
	long bit = PyLong_AsLong(args[3]);
	if (bit == -1 && PyErr_Occurred())
		return NULL;
	int noinstr = PyObject_IsTrue(args[4]);
	if (noinstr < 0)
		return NULL;
	PyObject *pfunc_of_func = NULL, *pfunc = NULL;	/* one-entry cache of x->func.pfunc */
	PyObject *result = NULL;
	if (transitions != tc_owner) {
		tc_clear();
		tc_owner = Py_NewRef(transitions);
	}
	for (;;) {
		if (x->visited & 3) {
			/* reached again: the path ends here with nothing to say if the Python loop would
			 * find the instruction its function's (or not ignored, outside any), and its state
			 * the same (or set by a hint) in a walk of the same kind */
			int same = x->flags & F_HINT || x->cfi == cfi;
			if (!same && matches != NULL && x->cfi != NULL && (x->visited & bit)) {
				PyObject *pair = PyTuple_Pack(2, x->cfi, cfi);
				same = pair ? PySet_Contains(matches, pair) : -1;
				Py_XDECREF(pair);
				if (same < 0)
					goto out;
			}
			if (same && (x->visited & bit)) {
				ended = 1;
				if (func != Py_None) {
					if (x->flags & F_IGNORE)
						ended = 0;
					else if (insn_func(x) != Py_None) {
						PyObject *pf = pfunc_of(x, &pfunc_of_func, &pfunc);
						if (pf == NULL)
							goto out;
						ended = pf == func;
					}
				}
			}
			if (ended)
				goto path_end;
			break;
		}
		if (extra_item(x, X_ALT_GROUP) != Py_None || (x->flags & F_HINT))
			break;
		/* a dead end: only a plain call's is this loop's (it ends the path below) */
		int dead = (x->flags & F_DEAD_END) != 0;
		if (dead && !(calls_plain && plain_call_kind[x->type]))
			break;
		int jump = pending != NULL && (x->type == jump_kind[0] || x->type == jump_kind[1]);
		int ret = returns != NULL && x->type == return_kind;
		if (!jump && !ret && !plain_kind[x->type] && !(calls_plain && plain_call_kind[x->type]))
			break;
		PyObject *alts = extra_item(x, X_ALTS);
		if (alts != Py_None && !(x->flags & F_IGNORE_ALTS) && PyObject_IsTrue(alts) != 0)
			break;
		if (noinstr && x->instr)
			break;
		if (func != Py_None) {
			if (x->flags & F_IGNORE)
				break;
			if (insn_func(x) != Py_None) {
				PyObject *pf = pfunc_of(x, &pfunc_of_func, &pfunc);
				if (pf == NULL)
					goto out;
				if (pf != func)
					break;
			}
		}
		int has_ops = x->stack_ops != NULL && PyObject_IsTrue(x->stack_ops) != 0;
		/* the path ends here with nothing to say, as the Python walk would end it: at a plain
		 * call that is a dead end, and at a return or an unconditional sibling call in a state
		 * the walk found clean for one before (*returns*, *siblings*: the checks differ, a
		 * return's also looks at BP used as a scratch register) */
		int sibling = jump && insn_func(x) != Py_None && insn_call_dest(x) != Py_None;
		if (ret || dead || sibling) {
			if (has_ops || (sibling && (siblings == NULL || x->type != jump_kind[1])))
				break;	/* (Python) */
			if (!dead) {
				int clean = PySet_Contains(sibling ? siblings : returns, cfi);
				if (clean < 0)
					goto out;
				if (!clean)
					break;
			}
			set_ref(&x->cfi, cfi);
			x->visited |= (uint8_t)bit;
			ended = 1;
			goto path_end;
		}
		Insn *next = (Insn *)x->next;
		if ((PyObject *)next == Py_None || next == NULL || next->sec != x->sec)
			break;
		if (jump) {
			if (has_ops)
				break;
			PyObject *jd = insn_jump_dest(x);
			if (!PyObject_TypeCheck(jd, &InsnType))
				break;
			Insn *dest = (Insn *)jd;
			if (dest->sec != path_sec || (dest->flags & F_HINT))
				break;
			int conditional = x->type == jump_kind[0];
			if (conditional && (dest->visited & bit) && dest->cfi == cfi) {
				/* walked from there in this state: would it stop at once, with nothing to say? */
				int stops = func == Py_None;
				if (!stops && !(dest->flags & F_IGNORE)) {
					stops = insn_func(dest) == Py_None;
					if (!stops) {
						PyObject *pf = PyObject_GetAttr(insn_func(dest), str_pfunc);
						if (pf == NULL)
							goto out;
						stops = pf == func;
						Py_DECREF(pf);
					}
				}
				if (stops) {
					set_ref(&x->cfi, cfi);
					x->visited |= (uint8_t)bit;
					x = next;
					continue;
				}
			}
			PyObject *frame = PyTuple_Pack(4, (PyObject *)x, conditional ? (PyObject *)next : Py_None, cfi,
						       rest);
			if (frame == NULL)
				goto out;
			int failed = PyList_Append(pending, frame);
			Py_DECREF(frame);
			if (failed < 0)
				goto out;
			set_ref(&x->cfi, cfi);
			x->visited |= (uint8_t)bit;
			x = dest;
			continue;
		}
		PyObject *after = cfi;
		if (has_ops && PyTuple_Check(x->stack_ops)) {
			uintptr_t tflags = (insn_func(x) != Py_None) | ((next->flags & F_HINT) ? 2 : 0);
			after = tc_find(cfi, x->stack_ops, tflags);
			if (after == NULL) {
				PyObject *id = PyLong_FromVoidPtr(x->stack_ops);
				if (id == NULL)
					goto out;
				PyObject *key = PyTuple_Pack(4, cfi, id, (tflags & 1) ? Py_True : Py_False,
							     (tflags & 2) ? Py_True : Py_False);
				Py_DECREF(id);
				if (key == NULL)
					goto out;
				after = PyDict_GetItemWithError(transitions, key);	/* borrowed */
				if (after == NULL && !PyErr_Occurred() && step != NULL)
					after = new_transition(transitions, key, cfi, x, step, step_cfg, intern, shallow);
				Py_DECREF(key);
				if (after == NULL) {
					if (PyErr_Occurred())
						goto out;
					break;	/* not worked out yet: Python does it */
				}
				if (after == Py_None || PyUnicode_Check(after))
					break;	/* Python does it, or prints objtool's warning */
				if (tc_add(cfi, x->stack_ops, tflags, after) < 0)
					goto out;
			}
		} else if (has_ops) {
			break;
		}
		set_ref(&x->cfi, cfi);
		x->visited |= (uint8_t)bit;
		cfi = after;	/* (the dict and the table keep it alive) */
		x = next;
		continue;
path_end:
		/* the path ended with nothing to say: go on at a way back left in this state */
		switch (take_way_back(pending, rest, &x, &cfi, &held)) {
		case -1:
			goto out;
		case 1:
			ended = 0;
			moved = 1;
			continue;
		}
		break;
	}
	if (PyErr_Occurred())
		goto out;
	if (nargs >= 13) {
		PyObject *how = PyLong_FromLong(ended ? 1 : moved ? 2 : 0);
		if (how != NULL) {
			result = PyTuple_Pack(3, (PyObject *)x, cfi, how);
			Py_DECREF(how);
		}
	} else {
		result = PyTuple_Pack(2, (PyObject *)x, cfi);
	}
out:
	Py_XDECREF(pfunc);
	Py_XDECREF(held);
	return result;
}

/*
 * walk_functions(symbols, start, lookup, func_kind, uaccess, walk_args) -> (position, first walk) or None
 *
 * validate.py's validate_section() loop over a section's symbol list, from
 * position *start*, for the functions whose whole walk ends in walk_plain()'s
 * first call: four in five.  For each STT_FUNC (*func_kind*) it does what
 * validate_symbol() would up to that call (a function that is not its own
 * parent or the alias others share is skipped, as is one whose first
 * instruction (by *lookup*, the section's OffsetIndex) is missing, ignored or
 * walked already) and makes the call with *walk_args* (walk_plain()'s 17
 * arguments for a function's entry state in this section; the instruction,
 * its function and a new pending list are put in).  If the walk ended there
 * with no way back left, it goes on to the next symbol.  Otherwise it returns
 * the symbol's position and what the call returned with its pending list
 * (validate_symbol() goes on with them), or None as the first walk for a
 * symbol validate_symbol() must take whole: no size (a warning), UACCESS
 * safe (another entry state, with *uaccess*, or other clean-state sets), or
 * a number too big for C (a malformed object's).
 * None when the list is done.
 */
static PyObject *str_len, *str_alias, *str_uaccess_safe;
static PyObject *str_type, *str_offset;	/* (defined further down) */

/* *name* of *obj* as a C integer: 0; 1 if it does not fit one (a malformed object's symbol
 * can be 2**64 - 1 bytes long: the Python loop takes that symbol); -1 with an error set */
static int int_attr(PyObject *obj, PyObject *name, long long *out)
{
	PyObject *v = PyObject_GetAttr(obj, name);
	if (v == NULL)
		return -1;
	int overflow;
	*out = PyLong_AsLongLongAndOverflow(v, &overflow);
	Py_DECREF(v);
	if (overflow)
		return 1;
	return *out == -1 && PyErr_Occurred() ? -1 : 0;
}

/* the truth of *name* of *obj*: 1, 0, or -1 with an error set */
static int bool_attr(PyObject *obj, PyObject *name)
{
	PyObject *v = PyObject_GetAttr(obj, name);
	if (v == NULL)
		return -1;
	int truth = PyObject_IsTrue(v);
	Py_DECREF(v);
	return truth;
}

static PyObject *walk_functions(PyObject *mod, PyObject *args)
{
	PyObject *syms, *lookup, *walk_args, *result = NULL;
	Py_ssize_t start;
	long func_kind;
	int uaccess;
	if (!PyArg_ParseTuple(args, "O!nO!lpO!", &PyList_Type, &syms, &start, &OffsetIndexType, &lookup, &func_kind,
			      &uaccess, &PyTuple_Type, &walk_args))
		return NULL;
	if (PyTuple_GET_SIZE(walk_args) != 17) {
		PyErr_SetString(PyExc_TypeError, "walk_functions: walk_plain() takes 17 arguments here");
		return NULL;
	}
	PyObject *argv[17];
	for (int k = 0; k < 17; k++)
		argv[k] = PyTuple_GET_ITEM(walk_args, k);
	for (Py_ssize_t i = start < 0 ? 0 : start; i < PyList_GET_SIZE(syms); i++) {
		PyObject *sym = PyList_GET_ITEM(syms, i);
		long long kind, size, offset;
		int wide = int_attr(sym, str_type, &kind);
		if (wide < 0)
			return NULL;
		if (!wide && kind != func_kind)
			continue;
		if (!wide && (wide = int_attr(sym, str_len, &size)) < 0)
			return NULL;
		int whole = wide || size == 0;	/* validate_symbol() takes it whole */
		if (!whole) {
			PyObject *pfunc = PyObject_GetAttr(sym, str_pfunc), *alias = PyObject_GetAttr(sym, str_alias);
			Py_XDECREF(pfunc);	/* (the symbol keeps them: only compared) */
			Py_XDECREF(alias);
			if (pfunc == NULL || alias == NULL)
				return NULL;
			if (pfunc != sym || alias != sym)
				continue;
			if ((wide = int_attr(sym, str_offset, &offset)) < 0)
				return NULL;
			if (wide)
				return Py_BuildValue("(nO)", i, Py_None);
			Insn *x = offset >= 0 && offset <= UINT32_MAX ? index_find((OffsetIndex *)lookup, (uint32_t)offset) : NULL;
			if (x == NULL || (x->flags & F_IGNORE) || x->visited)
				continue;
			PyObject *func = insn_func(x);
			whole = func == Py_None;	/* (walk_args are a function's) */
			if (!whole && uaccess)
				whole = bool_attr(sym, str_uaccess_safe);
			if (!whole && func != Py_None)
				whole = bool_attr(func, str_uaccess_safe);
			if (whole < 0)
				return NULL;
			if (!whole) {
				PyObject *pending = PyList_New(0);
				if (pending == NULL)
					return NULL;
				argv[0] = (PyObject *)x;
				argv[1] = func;
				argv[7] = pending;
				PyObject *got = walk_plain(mod, argv, 17);
				if (got == NULL) {
					Py_DECREF(pending);
					return NULL;
				}
				PyObject *how = PyTuple_GET_ITEM(got, 2);
				if (PyLong_Check(how) && PyLong_AsLong(how) == 1 && PyList_GET_SIZE(pending) == 0) {
					Py_DECREF(got);
					Py_DECREF(pending);
					continue;
				}
				result = Py_BuildValue("(n(NN))", i, got, pending);
				return result;
			}
		}
		return Py_BuildValue("(nO)", i, Py_None);
	}
	Py_RETURN_NONE;
}

/*
 * func_scan(insn, kind, mark_forward) -> (the first of *kind* or None, the last one scanned)
 *
 * objfile.py's func_insns() loop over one stretch of a function: *insn*,
 * then its successors while they belong to its function (none if it has
 * none), up to and including the first instruction of kind *kind*.  With
 * *mark_forward* it gives each forward jump on the way its destination's
 * first_jump_src if that has none yet, as jump_tables.py's
 * _mark_func_jump_tables() does before it looks at an indirect jump.  The
 * caller resumes after the instruction found, and moves on to the .cold
 * child itself.
 */
static PyObject *func_scan(PyObject *mod, PyObject *args)
{
	PyObject *first;
	long kind;
	int mark_forward;
	if (!PyArg_ParseTuple(args, "O!lp", &InsnType, &first, &kind, &mark_forward))
		return NULL;
	Insn *x = (Insn *)first;
	PyObject *func = insn_func(x);
	for (;;) {
		PyObject *jd = insn_jump_dest(x);
		if (mark_forward && jd != Py_None && PyObject_TypeCheck(jd, &InsnType)) {
			Insn *dest = (Insn *)jd;
			if (dest->offset > x->offset && extra_item(dest, X_FIRST_JUMP_SRC) == Py_None &&
			    set_extra(dest, (PyObject *)x, (void *)(intptr_t)X_FIRST_JUMP_SRC) < 0)
				return NULL;
		}
		if (x->type == kind)
			return Py_BuildValue("(OO)", (PyObject *)x, (PyObject *)x);
		if (func == Py_None || x->next == Py_None || !PyObject_TypeCheck(x->next, &InsnType) ||
		    insn_func((Insn *)x->next) != func)
			return Py_BuildValue("(OO)", Py_None, (PyObject *)x);
		x = (Insn *)x->next;
	}
}

/*
 * call_scan(calls, verdicts, verdict, other, section_info, call_list) -> None
 *
 * destinations.py's add_call_destinations() loop: for each instruction of
 * *calls* in order, the callee is the symbol its relocation names or, without
 * one, the function (else the symbol) starting at its target in its section.
 * A callee that verdict(sym) (asked once per symbol, kept in the dict
 * *verdicts*) calls plain (1) or plain and never returning (2) becomes the
 * call destination, with no stack operations; then, by the section's code
 * (0: replacement code, nothing more; 1: appended to *call_list*; 2: not),
 * the dead end.  section_info(sec) gives (code, function-by-offset map,
 * symbol-by-offset map) once per run of calls in a section.  Any other call
 * (a section symbol or thunk named, another verdict, no symbol at the target,
 * a function calling a non-function, a table that is not typed columns) goes
 * to other(insn), in its turn.
 */
static PyObject *str_symbols, *str_symidx, *str_type;

typedef struct {
	PyObject *sec;		/* borrowed: compared by identity */
	PyObject *symbols;	/* the table's symbol list, or NULL: Python */
	PyObject *symidx_obj;	/* its symbol-index column */
	Py_buffer symidx;	/* ... as a buffer while have_buf (not while Python code runs) */
	int have_buf;
	long code;
	PyObject *first_func, *first_any;	/* the section's maps by offset, or NULL */
} CallSection;

static void call_section_unbuffer(CallSection *cs)
{
	if (cs->have_buf)
		PyBuffer_Release(&cs->symidx);
	cs->have_buf = 0;
}

static void call_section_clear(CallSection *cs)
{
	call_section_unbuffer(cs);
	Py_CLEAR(cs->symbols);
	Py_CLEAR(cs->symidx_obj);
	Py_CLEAR(cs->first_func);
	Py_CLEAR(cs->first_any);
	cs->code = -1;
}

/* the symbol-index column as u32 (have_buf), else 0: Python */
static int call_section_buffer(CallSection *cs)
{
	if (cs->have_buf || cs->symbols == NULL)
		return cs->have_buf;
	if (PyObject_GetBuffer(cs->symidx_obj, &cs->symidx, PyBUF_FORMAT) < 0) {
		PyErr_Clear();
		return 0;
	}
	cs->have_buf = 1;
	if (cs->symidx.itemsize != 4)
		call_section_unbuffer(cs);
	return cs->have_buf;
}

/* sec.reloc.relocs (a new reference), or None when the section has no relocations; NULL on
 * an error */
static PyObject *reloc_table_of(PyObject *sec)
{
	PyObject *rsec = PyObject_GetAttr(sec, str_reloc);
	if (rsec == NULL || rsec == Py_None)
		return rsec;
	PyObject *table = PyObject_GetAttr(rsec, str_relocs);
	Py_DECREF(rsec);
	return table;
}

static int call_section_load(CallSection *cs, PyObject *sec, PyObject *section_info)
{
	call_section_clear(cs);
	cs->sec = sec;
	PyObject *info = PyObject_CallOneArg(section_info, sec);
	if (info == NULL)
		return -1;
	if (!PyTuple_Check(info) || PyTuple_GET_SIZE(info) != 3 || !PyDict_Check(PyTuple_GET_ITEM(info, 1)) ||
	    !PyDict_Check(PyTuple_GET_ITEM(info, 2))) {
		Py_DECREF(info);
		PyErr_SetString(PyExc_TypeError, "call_scan(): section_info() gives (code, dict, dict)");
		return -1;
	}
	cs->code = PyLong_AsLong(PyTuple_GET_ITEM(info, 0));
	cs->first_func = Py_NewRef(PyTuple_GET_ITEM(info, 1));
	cs->first_any = Py_NewRef(PyTuple_GET_ITEM(info, 2));
	Py_DECREF(info);
	if (cs->code == -1 && PyErr_Occurred())
		return -1;
	PyObject *table = reloc_table_of(sec);
	if (table == NULL)
		return -1;
	if (table == Py_None) {
		Py_DECREF(table);
		return 0;
	}
	PyObject *symbols = PyObject_GetAttr(table, str_symbols);
	PyObject *symidx = symbols ? PyObject_GetAttr(table, str_symidx) : NULL;
	Py_DECREF(table);
	if (symidx == NULL) {
		Py_XDECREF(symbols);
		return -1;
	}
	if (PyList_Check(symbols)) {
		cs->symbols = symbols;
		cs->symidx_obj = symidx;
	} else {
		Py_DECREF(symbols);
		Py_DECREF(symidx);
	}
	return 0;
}

/* the callee of a call without a relocation: the function, else the symbol, starting at its
 * target (borrowed; NULL with no error: none, or a function calling a non-function) */
static PyObject *local_callee(Insn *x, CallSection *cs)
{
	uint64_t off = (uint64_t)x->offset + x->len + (uint64_t)insn_imm(x);
	PyObject *key = PyLong_FromUnsignedLongLong(off);
	if (key == NULL)
		return NULL;
	PyObject *sym = PyDict_GetItemWithError(cs->first_func, key);
	if (sym == NULL && !PyErr_Occurred())
		sym = PyDict_GetItemWithError(cs->first_any, key);
	Py_DECREF(key);
	if (sym == NULL || insn_func(x) == Py_None)
		return sym;
	/* (a function's call to a non-function: objtool's warning, from Python) */
	PyObject *type = PyObject_GetAttr(sym, str_type);
	if (type == NULL)
		return NULL;
	long t = PyLong_AsLong(type);
	Py_DECREF(type);
	if (t == -1 && PyErr_Occurred())
		return NULL;
	return t == 2 /* STT_FUNC */ ? sym : NULL;
}

static PyObject *call_scan(PyObject *mod, PyObject *args)
{
	PyObject *calls, *verdicts, *verdict, *other, *section_info, *call_list;
	if (!PyArg_ParseTuple(args, "O!O!OOOO!", &PyList_Type, &calls, &PyDict_Type, &verdicts, &verdict, &other,
			      &section_info, &PyList_Type, &call_list))
		return NULL;
	PyObject *empty = PyTuple_New(0);
	if (empty == NULL)
		return NULL;
	CallSection cs = {0};
	PyObject *result = NULL;
	for (Py_ssize_t i = 0; i < PyList_GET_SIZE(calls); i++) {
		PyObject *item = PyList_GET_ITEM(calls, i);
		if (!PyObject_TypeCheck(item, &InsnType)) {
			PyErr_SetString(PyExc_TypeError, "call_scan() needs instructions");
			goto out;
		}
		Insn *x = (Insn *)item;
		Py_INCREF(item);	/* (other() may change the list's owners) */
		PyObject *sym = NULL;
		long v = 0;
		PyObject *ri = insn_reloc_index(x, NULL);
		Py_ssize_t idx = ri ? PyLong_AsSsize_t(ri) : -1;
		Py_XDECREF(ri);
		if (PyErr_Occurred())
			goto fail_item;
		if (x->sec != cs.sec && call_section_load(&cs, x->sec, section_info) < 0)
			goto fail_item;
		if (idx < 0) {
			sym = local_callee(x, &cs);	/* borrowed */
			if (sym == NULL && PyErr_Occurred())
				goto fail_item;
		} else if (call_section_buffer(&cs) && idx < cs.symidx.len / 4) {
			uint32_t si = ((const uint32_t *)cs.symidx.buf)[idx];
			if ((Py_ssize_t)si < PyList_GET_SIZE(cs.symbols))
				sym = PyList_GET_ITEM(cs.symbols, si);	/* borrowed */
		}
		if (sym != NULL) {
			PyObject *found = PyDict_GetItemWithError(verdicts, sym);	/* borrowed */
			if (found == NULL) {
				if (PyErr_Occurred())
					goto fail_item;
				call_section_unbuffer(&cs);	/* (Python runs) */
				PyObject *made = PyObject_CallOneArg(verdict, sym);
				if (made == NULL || PyDict_SetItem(verdicts, sym, made) < 0) {
					Py_XDECREF(made);
					goto fail_item;
				}
				v = PyLong_AsLong(made);
				Py_DECREF(made);
			} else {
				v = PyLong_AsLong(found);
			}
			if (v == -1 && PyErr_Occurred())
				goto fail_item;
		}
		if (v != 1 && v != 2) {
			/* (no buffer held while Python runs: it may add to a table) */
			call_section_unbuffer(&cs);
			PyObject *r = PyObject_CallOneArg(other, item);
			if (r == NULL)
				goto fail_item;
			Py_DECREF(r);
			Py_DECREF(item);
			continue;
		}
		if (store_dest(x, 1, sym) < 0)
			goto fail_item;
		set_ref(&x->stack_ops, empty);
		if (cs.code != 0) {
			if (cs.code == 1 && PyList_Append(call_list, item) < 0)
				goto fail_item;
			if (v == 2)
				x->flags |= F_DEAD_END;
		}
		Py_DECREF(item);
		continue;
fail_item:
		Py_DECREF(item);
		goto out;
	}
	result = Py_NewRef(Py_None);
out:
	call_section_clear(&cs);
	Py_DECREF(empty);
	return result;
}

/*
 * local_jumps(insns, kinds, lists, endbr_kind) -> [the jumps left to the caller]
 *
 * destinations.py's add_jump_destinations() for its common case, in one
 * loop: a jump of one of *kinds* (a kind table as select() takes) with no
 * destination yet and no relocation (known: mark_no_reloc()), to an
 * instruction of its own section (*lists*: section -> its OffsetIndex or
 * offset-ordered list of instructions) of the same symbol and function, which neither starts its
 * symbol nor follows an ENDBR (kind *endbr_kind*): the Python loop would
 * just set jump_dest, and so does this.  Every other jump of those kinds is
 * returned, in order, for the Python loop (the reference, and the whole
 * story without the C accelerators).
 */
static int kind_table(PyObject *kinds, uint8_t table[256]);

static PyObject *local_jumps(PyObject *mod, PyObject *args)
{
	PyObject *list, *kinds, *lists;
	long endbr;
	if (!PyArg_ParseTuple(args, "O!OO!l", &PyList_Type, &list, &kinds, &PyDict_Type, &lists, &endbr))
		return NULL;
	uint8_t table[256];
	if (kind_table(kinds, table) < 0)
		return NULL;
	PyObject *out = PyList_New(0);
	if (out == NULL)
		return NULL;
	PyObject *cur_sec = NULL, *cur_list = NULL;
	Py_ssize_t n = PyList_GET_SIZE(list);
	for (Py_ssize_t i = 0; i < n; i++) {
		PyObject *item = PyList_GET_ITEM(list, i);
		if (!PyObject_TypeCheck(item, &InsnType))
			continue;
		Insn *x = (Insn *)item;
		if (!table[x->type] || insn_jump_dest(x) != Py_None)
			continue;
		Insn *dest = NULL;
		if (insn_reloc(x) == Py_None) {
			if (x->sec != cur_sec) {
				cur_sec = x->sec;
				cur_list = PyDict_GetItemWithError(lists, cur_sec);	/* borrowed */
				if (cur_list == NULL && PyErr_Occurred())
					goto fail;
				if (!is_offset_lookup(cur_list))
					cur_list = NULL;
			}
			long long off = (long long)x->offset + x->len + insn_imm(x);
			if (cur_list != NULL && off >= 0 && off <= UINT32_MAX)
				dest = lookup_offset(cur_list, (uint32_t)off);
		}
		if (dest != NULL && dest->sym == x->sym && insn_func(dest) == insn_func(x) && dest->sec == x->sec &&
		    PyObject_TypeCheck(dest->prev, &InsnType)) {
			Insn *before = (Insn *)dest->prev;
			if (before->sym == dest->sym && before->sec == dest->sec && before->type != endbr) {
				if (store_dest(x, 0, (PyObject *)dest) < 0)
					goto fail;
				continue;
			}
		}
		if (PyList_Append(out, item) < 0)
			goto fail;
	}
	return out;
fail:
	Py_DECREF(out);
	return NULL;
}

/*
 * mark_no_reloc(insns, sorted_offsets) -> how many were marked
 *
 * For a section's offset-ordered instructions and its relocations' offsets in
 * ascending order (a u64 buffer), record "no relocation" (reloc() returns
 * None) on every instruction with no relocation inside its bytes.  That is
 * what reloc()'s lookup would find for them; the others stay unknown and are
 * looked up when asked.  IBT validation asks for every instruction.
 */
static PyObject *mark_no_reloc(PyObject *mod, PyObject *args)
{
	PyObject *list;
	Py_buffer offs;
	if (!PyArg_ParseTuple(args, "O!y*", &PyList_Type, &list, &offs))
		return NULL;
	const uint64_t *o = offs.buf;
	Py_ssize_t nrel = offs.len / 8, j = 0, marked = 0;
	Py_ssize_t n = PyList_GET_SIZE(list);
	for (Py_ssize_t i = 0; i < n; i++) {
		PyObject *item = PyList_GET_ITEM(list, i);
		if (!PyObject_TypeCheck(item, &InsnType))
			continue;
		Insn *x = (Insn *)item;
		uint64_t start = x->offset, end = start + x->len;
		while (j < nrel && o[j] < start)
			j++;
		if (!(x->flags & F_RELOC_KNOWN) && !(j < nrel && o[j] < end)) {
			x->flags |= F_RELOC_KNOWN;	/* (None) */
			marked++;
		}
	}
	PyBuffer_Release(&offs);
	return PyLong_FromSsize_t(marked);
}

static PyObject *str_orc;

static int kind_table(PyObject *kinds, uint8_t table[256])
{
	memset(table, 0, 256);
	PyObject *it = PyObject_GetIter(kinds);
	if (it == NULL)
		return -1;
	PyObject *item;
	while ((item = PyIter_Next(it)) != NULL) {
		long v = PyLong_AsLong(item);
		Py_DECREF(item);
		if (v < 0 || v > 255) {
			Py_DECREF(it);
			if (!PyErr_Occurred())
				PyErr_SetString(PyExc_ValueError, "kinds are 0..255");
			return -1;
		}
		table[v] = 1;
	}
	Py_DECREF(it);
	return PyErr_Occurred() ? -1 : 0;
}

/*
 * ibt_code_refs(insns, lists, pc_relative) -> [(insn, dest), ...]
 *
 * passes.py's _validate_ibt_insn() up to its decisions: for each instruction
 * (in order), the relocations in its bytes as objtool visits them (the first
 * at or after its start, then the first past each one's offset: the table's
 * sorted offsets and order), skipping those to a static-call trampoline, and
 * for each the instruction at the target (symbol offset plus addend, the
 * addend as a 32-bit PC-relative one for the types in *pc_relative*) in
 * *lists* (section -> OffsetIndex or offset-ordered list).  The pairs with a target
 * instruction are returned in order; the Python side marks ENDBRs used and
 * warns.  None if a table's columns are not typed arrays (then Python does
 * all of it).
 */
typedef struct {
	PyObject *sec;		/* the instruction section these columns are of (borrowed), or NULL */
	PyObject *symbols;	/* table.symbols (new reference) */
	Py_buffer sorted, order, symidx, addends, offsets, types;
	int have, ranged;
	Py_ssize_t count;
} RelocCols;

static void cols_release(RelocCols *c)
{
	if (c->have) {
		PyBuffer_Release(&c->sorted);
		if (!c->ranged)
			PyBuffer_Release(&c->order);
		PyBuffer_Release(&c->symidx);
		PyBuffer_Release(&c->addends);
		PyBuffer_Release(&c->offsets);
		PyBuffer_Release(&c->types);
	}
	Py_CLEAR(c->symbols);
	c->have = 0;
	c->sec = NULL;
	c->count = 0;
}

static int get_col(PyObject *table, const char *attr, int call, Py_buffer *view, Py_ssize_t itemsize)
{
	PyObject *v = call ? PyObject_CallMethod(table, attr, NULL) : PyObject_GetAttrString(table, attr);
	if (v == NULL)
		return -1;
	int err = PyObject_GetBuffer(v, view, PyBUF_FORMAT);
	Py_DECREF(v);
	if (err < 0) {
		PyErr_Clear();
		return 1;
	}
	if (view->itemsize != itemsize) {
		PyBuffer_Release(view);
		return 1;
	}
	return 0;
}

/* the columns of *sec*'s relocation table: 0, 1 for "no relocations", 2 for "not typed", -1 */
static int cols_load(RelocCols *c, PyObject *sec)
{
	cols_release(c);
	c->sec = sec;
	PyObject *table = reloc_table_of(sec);
	if (table == NULL)
		return -1;
	if (table == Py_None) {
		Py_DECREF(table);
		return 1;
	}
	int r = 2;
	PyObject *order = NULL;
	c->symbols = PyObject_GetAttrString(table, "symbols");
	if (c->symbols == NULL || !PyList_Check(c->symbols)) {
		r = c->symbols == NULL ? -1 : 2;
		goto done;
	}
	int got = get_col(table, "sorted_offsets", 1, &c->sorted, 8);
	if (got) {
		r = got < 0 ? -1 : 2;
		goto done;
	}
	order = PyObject_CallMethod(table, "entry_order", NULL);
	if (order == NULL) {
		PyBuffer_Release(&c->sorted);
		r = -1;
		goto done;
	}
	c->ranged = PyRange_Check(order);
	int bad = 0;
	if (!c->ranged) {
		if (PyObject_GetBuffer(order, &c->order, PyBUF_FORMAT) < 0) {
			PyErr_Clear();
			bad = 1;
		} else if (c->order.itemsize != 4) {
			PyBuffer_Release(&c->order);
			bad = 1;
		}
	}
	if (bad) {
		PyBuffer_Release(&c->sorted);
		goto done;
	}
	int g1 = get_col(table, "symidx", 0, &c->symidx, 4);
	int g2 = g1 ? 1 : get_col(table, "addends", 0, &c->addends, 8);
	int g3 = g1 || g2 ? 1 : get_col(table, "offsets", 0, &c->offsets, 8);
	int g4 = g1 || g2 || g3 ? 1 : get_col(table, "types", 0, &c->types, 4);
	if (g1 || g2 || g3 || g4) {
		if (!g1)
			PyBuffer_Release(&c->symidx);
		if (!g1 && !g2)
			PyBuffer_Release(&c->addends);
		if (!g1 && !g2 && !g3)
			PyBuffer_Release(&c->offsets);
		PyBuffer_Release(&c->sorted);
		if (!c->ranged)
			PyBuffer_Release(&c->order);
		r = PyErr_Occurred() ? -1 : 2;
		goto done;
	}
	c->count = c->sorted.len / 8;
	Py_ssize_t n = c->offsets.len / 8;
	c->have = 1;
	if (c->symidx.len / 4 != n || c->addends.len / 8 != n || c->types.len / 4 != n || c->count != n ||
	    (!c->ranged && c->order.len / 4 != n)) {
		cols_release(c);
		c->sec = sec;
		r = 2;
		goto done;
	}
	r = 0;
done:
	Py_XDECREF(order);
	Py_DECREF(table);
	if (r != 0 && !c->have)
		Py_CLEAR(c->symbols);
	return r;
}

static PyObject *str_static_call_tramp, *str_sec, *str_offset;

static PyObject *ibt_code_refs(PyObject *mod, PyObject *args)
{
	PyObject *list, *lists, *pcrel;
	if (!PyArg_ParseTuple(args, "O!O!O", &PyList_Type, &list, &PyDict_Type, &lists, &pcrel))
		return NULL;
	/* the PC-relative types below 256 as a table (the set is asked only for larger ones) */
	uint8_t pc_small[256] = {0};
	PyObject *it = PyObject_GetIter(pcrel), *type_obj;
	if (it == NULL)
		return NULL;
	while ((type_obj = PyIter_Next(it)) != NULL) {
		long v = PyLong_AsLong(type_obj);
		Py_DECREF(type_obj);
		if (v == -1 && PyErr_Occurred())
			break;
		if (v >= 0 && v < 256)
			pc_small[v] = 1;
	}
	Py_DECREF(it);
	if (PyErr_Occurred())
		return NULL;
	PyObject *out = PyList_New(0);
	if (out == NULL)
		return NULL;
	RelocCols c;
	memset(&c, 0, sizeof(c));
	int state = 1;	/* of c: 0 loaded, 1 no relocations */
	Py_ssize_t n = PyList_GET_SIZE(list);
	for (Py_ssize_t k = 0; k < n; k++) {
		PyObject *item = PyList_GET_ITEM(list, k);
		if (!PyObject_TypeCheck(item, &InsnType))
			goto untyped;
		Insn *x = (Insn *)item;
		if (x->sec != c.sec) {
			state = cols_load(&c, x->sec);
			if (state < 0)
				goto fail;
			if (state == 2)
				goto untyped;
		}
		if (state)
			continue;
		const uint64_t *so = c.sorted.buf, *offs = c.offsets.buf;
		const uint32_t *ord = c.ranged ? NULL : c.order.buf, *si = c.symidx.buf, *ty = c.types.buf;
		const int64_t *ad = c.addends.buf;
		uint64_t start = x->offset, end = start + x->len;
		Py_ssize_t lo = 0, hi = c.count;
		while (lo < hi) {
			Py_ssize_t mid = (lo + hi) / 2;
			if (so[mid] < start)
				lo = mid + 1;
			else
				hi = mid;
		}
		Py_ssize_t pos = lo;
		while (pos < c.count && so[pos] < end) {
			Py_ssize_t i = ord ? (Py_ssize_t)ord[pos] : pos;
			if ((Py_ssize_t)si[i] >= PyList_GET_SIZE(c.symbols)) {
				PyErr_SetString(PyExc_IndexError, "ibt_code_refs(): symbol index out of range");
				goto fail;
			}
			PyObject *sym = PyList_GET_ITEM(c.symbols, si[i]);
			PyObject *tramp = PyObject_GetAttr(sym, str_static_call_tramp);
			if (tramp == NULL)
				goto fail;
			int is_tramp = PyObject_IsTrue(tramp);
			Py_DECREF(tramp);
			if (is_tramp < 0)
				goto fail;
			if (!is_tramp) {
				PyObject *ssec = PyObject_GetAttr(sym, str_sec);
				PyObject *soff = ssec ? PyObject_GetAttr(sym, str_offset) : NULL;
				long long off = soff ? PyLong_AsLongLong(soff) : -1;
				Py_XDECREF(soff);
				if (ssec == NULL || (off == -1 && PyErr_Occurred())) {
					Py_XDECREF(ssec);
					goto fail;
				}
				int pc;
				if (ty[i] < 256) {
					pc = pc_small[ty[i]];
				} else {
					PyObject *t = PyLong_FromUnsignedLong(ty[i]);
					pc = t ? PySequence_Contains(pcrel, t) : -1;
					Py_XDECREF(t);
				}
				if (pc < 0) {
					Py_DECREF(ssec);
					goto fail;
				}
				off += pc ? (long long)(int32_t)(uint32_t)(uint64_t)ad[i] + 4 : ad[i];
				PyObject *dl = PyDict_GetItemWithError(lists, ssec);	/* borrowed */
				Py_DECREF(ssec);
				if (dl == NULL && PyErr_Occurred())
					goto fail;
				if (is_offset_lookup(dl) && off >= 0 && off <= UINT32_MAX) {
					Insn *dest = lookup_offset(dl, (uint32_t)off);
					if (dest != NULL) {
						PyObject *pair = PyTuple_Pack(2, item, (PyObject *)dest);
						if (pair == NULL || PyList_Append(out, pair) < 0) {
							Py_XDECREF(pair);
							goto fail;
						}
						Py_DECREF(pair);
					}
				}
			}
			/* the next entry past this one's offset */
			uint64_t next = offs[i] + 1;
			Py_ssize_t a = pos + 1, b = c.count;
			while (a < b) {
				Py_ssize_t mid = (a + b) / 2;
				if (so[mid] < next)
					a = mid + 1;
				else
					b = mid;
			}
			pos = a;
		}
	}
	cols_release(&c);
	return out;
untyped:
	cols_release(&c);
	Py_DECREF(out);
	Py_RETURN_NONE;
fail:
	cols_release(&c);
	Py_DECREF(out);
	return NULL;
}

/*
 * ibt_data_refs(sec, lists) -> [entry index, ...] or None
 *
 * passes.py's _validate_ibt_data_relocs() up to its decisions: the entries
 * (in table order, those read) of *sec*'s relocation table whose target
 * (symbol offset plus addend) is an instruction in *lists*.  None if the
 * table's columns are not typed arrays.
 */
static PyObject *ibt_data_refs(PyObject *mod, PyObject *args)
{
	PyObject *sec, *lists;
	if (!PyArg_ParseTuple(args, "OO!", &sec, &PyDict_Type, &lists))
		return NULL;
	RelocCols c;
	memset(&c, 0, sizeof(c));
	int state = cols_load(&c, sec);
	if (state < 0)
		return NULL;
	if (state == 2)
		Py_RETURN_NONE;
	PyObject *out = PyList_New(0);
	if (out == NULL || state == 1) {
		cols_release(&c);
		return out;
	}
	const uint32_t *si = c.symidx.buf;
	const int64_t *ad = c.addends.buf;
	Py_ssize_t nsyms = PyList_GET_SIZE(c.symbols);
	PyObject *last_sec = NULL, *last_list = NULL;
	for (Py_ssize_t i = 0; i < c.count; i++) {
		if ((Py_ssize_t)si[i] >= nsyms) {
			PyErr_SetString(PyExc_IndexError, "ibt_data_refs(): symbol index out of range");
			goto fail;
		}
		PyObject *sym = PyList_GET_ITEM(c.symbols, si[i]);
		PyObject *ssec = PyObject_GetAttr(sym, str_sec);
		if (ssec == NULL)
			goto fail;
		if (ssec != last_sec) {
			last_sec = ssec;	/* (compared by identity only: the symbol keeps it alive) */
			last_list = PyDict_GetItemWithError(lists, ssec);
			if (last_list == NULL && PyErr_Occurred()) {
				Py_DECREF(ssec);
				goto fail;
			}
		}
		Py_DECREF(ssec);
		if (!is_offset_lookup(last_list))
			continue;	/* not code */
		PyObject *soff = PyObject_GetAttr(sym, str_offset);
		long long off = soff ? PyLong_AsLongLong(soff) : -1;
		Py_XDECREF(soff);
		if (off == -1 && PyErr_Occurred())
			goto fail;
		off += ad[i];
		if (off < 0 || off > UINT32_MAX || lookup_offset(last_list, (uint32_t)off) == NULL)
			continue;
		PyObject *idx = PyLong_FromSsize_t(i);
		if (idx == NULL || PyList_Append(out, idx) < 0) {
			Py_XDECREF(idx);
			goto fail;
		}
		Py_DECREF(idx);
	}
	cols_release(&c);
	return out;
fail:
	cols_release(&c);
	Py_DECREF(out);
	return NULL;
}

/*
 * select(insns, kinds, with_reloc=False, unvisited=False) -> list
 *
 * The instructions of *insns* (in order) whose kind is in *kinds* (None: any),
 * and with *with_reloc* only those not known to have no relocation, with
 * *unvisited* only those no walk visited: the passes that look at a few kinds
 * of instruction iterate over this instead of over all of them.
 */
static PyObject *select_insns(PyObject *mod, PyObject *args)
{
	PyObject *list, *kinds;
	int with_reloc = 0, unvisited = 0;
	const char *flag = NULL;
	if (!PyArg_ParseTuple(args, "O!O|ppz", &PyList_Type, &list, &kinds, &with_reloc, &unvisited, &flag))
		return NULL;
	uint8_t table[256];
	if (kinds == Py_None)
		memset(table, 1, sizeof(table));
	else if (kind_table(kinds, table) < 0)
		return NULL;
	/* *flag*: only the instructions with that flag attribute set (its bit, from the getsets) */
	uint32_t mask = 0;
	if (flag != NULL) {
		for (PyGetSetDef *gs = insn_getset; gs->name != NULL; gs++)
			if ((getter)gs->get == (getter)get_flag && !strcmp(gs->name, flag))
				mask = (uint32_t)(intptr_t)gs->closure;
		if (mask == 0) {
			PyErr_Format(PyExc_ValueError, "select(): no flag %s", flag);
			return NULL;
		}
	}
	PyObject *out = PyList_New(0);
	if (out == NULL)
		return NULL;
	Py_ssize_t n = PyList_GET_SIZE(list);
	for (Py_ssize_t i = 0; i < n; i++) {
		PyObject *item = PyList_GET_ITEM(list, i);
		if (!PyObject_TypeCheck(item, &InsnType)) {
			Py_DECREF(out);
			PyErr_SetString(PyExc_TypeError, "select() needs instructions");
			return NULL;
		}
		Insn *x = (Insn *)item;
		if (!table[x->type] || (with_reloc && insn_reloc(x) == Py_None) || (unvisited && x->visited) ||
		    (mask && !(x->flags & mask)))
			continue;
		if (PyList_Append(out, item) < 0) {
			Py_DECREF(out);
			return NULL;
		}
	}
	return out;
}

/*
 * assign_owners(index, symbols, size, notype_owns, func_kind, notype_kind, endbr_kind)
 *     -> (position, [(function, [ENDBRs]), ...]) or None
 *
 * decode.py's loops giving each instruction its symbol and function
 * (_assign_functions(), and with *notype_owns* 6.12's _assign_symbols()) over
 * a section's symbol list, with the section's OffsetIndex *index* (its list
 * is the section's instructions): each STT_FUNC that is the alias others
 * share (and with *notype_owns* each STT_NOTYPE, not an embedded-instruction
 * thunk, not at the section's end *size*) gives the instructions it covers
 * its symbol, and its function if it is one.  Returns the ENDBRs found for
 * each function and -1, or the position of the first symbol the Python loop
 * must take from: one it warns about (no instruction at its start, or an
 * STT_FUNC at the section's end), or one with a number too big for C (a
 * malformed object's).  None: the index's list is not in offset order (never
 * in a run) or the section's size is too big, Python does it all.
 */
static PyObject *str_embedded_insn;

static PyObject *assign_owners(PyObject *mod, PyObject *args)
{
	PyObject *index, *syms;
	long long size;
	int notype;
	long func_kind, notype_kind, endbr;
	PyObject *size_obj;
	if (!PyArg_ParseTuple(args, "O!O!O!plll", &OffsetIndexType, &index, &PyList_Type, &syms, &PyLong_Type,
			      &size_obj, &notype, &func_kind, &notype_kind, &endbr))
		return NULL;
	int overflow;
	size = PyLong_AsLongLongAndOverflow(size_obj, &overflow);
	if (size == -1 && PyErr_Occurred())
		return NULL;
	OffsetIndex *ix = (OffsetIndex *)index;
	if (overflow || ix->search != ix->insns)
		Py_RETURN_NONE;
	PyObject *list = ix->insns, *counts = PyList_New(0), *v;
	if (counts == NULL)
		return NULL;
	Py_ssize_t stop = -1;
	for (Py_ssize_t i = 0; i < PyList_GET_SIZE(syms); i++) {
		PyObject *sym = PyList_GET_ITEM(syms, i);
		long long kind, offset, len;
		int wide = int_attr(sym, str_type, &kind);	/* (1: the Python loop takes it from here) */
		if (wide < 0)
			goto fail;
		if (!wide && kind != func_kind && !(notype && kind == notype_kind))
			continue;
		if (!wide && (wide = int_attr(sym, str_offset, &offset)) < 0)
			goto fail;
		if (wide) {
			stop = i;
			break;
		}
		if (notype) {
			if (offset == size) {
				if (kind == notype_kind)
					continue;
				stop = i;	/* STT_FUNC at end of section */
				break;
			}
			int embedded = bool_attr(sym, str_embedded_insn);
			if (embedded < 0)
				goto fail;
			if (embedded)
				continue;
		}
		if ((v = PyObject_GetAttr(sym, str_alias)) == NULL)
			goto fail;
		Py_DECREF(v);	/* (only compared: the symbol keeps it) */
		if (v != sym)
			continue;
		if (offset < 0 || offset > UINT32_MAX || index_find(ix, (uint32_t)offset) == NULL) {
			stop = i;	/* can't find starting instruction */
			break;
		}
		if ((wide = int_attr(sym, str_len, &len)) < 0)
			goto fail;
		if (wide || len < 0) {
			stop = i;
			break;
		}
		Py_ssize_t start = index_position(ix, offset);
		Py_ssize_t end = index_position(ix, offset > LLONG_MAX - len ? LLONG_MAX : offset + len);
		PyObject *func = kind == func_kind ? sym : Py_None, *found = NULL;
		for (Py_ssize_t k = start; k < end; k++) {
			PyObject *item = PyList_GET_ITEM(list, k);
			if (!PyObject_TypeCheck(item, &InsnType))
				continue;
			Insn *x = (Insn *)item;
			set_ref(&x->sym, sym);
			if (store_func(x, func) < 0)
				goto fail;
			if (func != Py_None && x->type == endbr && insn_call_list(x) == Py_None) {
				if (found == NULL && (found = PyList_New(0)) == NULL)
					goto fail;
				/* an ENDBR at the function's start goes on the ENDBR list now, as
				 * decode.py's _count_endbr() does before the next symbol (which then
				 * leaves it alone); the caller lists it there */
				if (PyList_Append(found, item) < 0 ||
				    (x->offset == offset && store_call_list(x, call_list_str[CL_ENDBR]) < 0)) {
					Py_DECREF(found);
					goto fail;
				}
			}
		}
		if (found != NULL) {
			PyObject *pair = PyTuple_Pack(2, func, found);
			Py_DECREF(found);
			if (pair == NULL || PyList_Append(counts, pair) < 0) {
				Py_XDECREF(pair);
				goto fail;
			}
			Py_DECREF(pair);
		}
	}
	return Py_BuildValue("(nN)", stop, counts);
fail:
	Py_DECREF(counts);
	return NULL;
}

/*
 * orc_scan(insn, sec, null, prev, entries, offsets) -> (insn, prev)
 *
 * orc_gen.py's loop over a text section for instructions outside alternative
 * groups whose state already has its unwind entry (cfi.orc, bytes; *null*
 * for no state): at every change of entry, append the entry to the list
 * *entries* and the instruction's offset to the bytearray *offsets* (a u64
 * each, native order), as the Python loop does.  Stops at the section's end
 * (insn None or in another section), at an instruction in an alternative
 * group, or at a state without its entry yet; the Python loop takes over there.
 */
static PyObject *orc_scan(PyObject *mod, PyObject *const *args, Py_ssize_t nargs)
{
	if (nargs != 6 || !PyList_Check(args[4]) || !PyByteArray_Check(args[5])) {
		PyErr_SetString(PyExc_TypeError, "orc_scan(insn, sec, null, prev, entries, offsets)");
		return NULL;
	}
	PyObject *cur = args[0], *sec = args[1], *null = args[2], *prev = args[3], *out = args[4];
	PyObject *offsets = args[5];
	PyObject *prev_cfi = NULL, *prev_cfi_entry = NULL;
	while (cur != Py_None && PyObject_TypeCheck(cur, &InsnType)) {
		Insn *x = (Insn *)cur;
		if (x->sec != sec || extra_item(x, X_ALT_GROUP) != Py_None)
			break;
		PyObject *entry;
		if (x->cfi == Py_None) {
			entry = null;
		} else if (x->cfi == prev_cfi) {
			entry = prev_cfi_entry;
		} else {
			PyObject *e = PyObject_GetAttr(x->cfi, str_orc);
			if (e == NULL)
				return NULL;
			Py_DECREF(e);	/* the state keeps it */
			if (!PyBytes_Check(e))
				break;
			entry = e;
			prev_cfi = x->cfi;
			prev_cfi_entry = e;
		}
		if (entry != prev && (PyBytes_GET_SIZE(entry) != PyBytes_GET_SIZE(prev) ||
				      memcmp(PyBytes_AS_STRING(entry), PyBytes_AS_STRING(prev), PyBytes_GET_SIZE(prev)))) {
			Py_ssize_t at = PyByteArray_GET_SIZE(offsets);
			uint64_t off = x->offset;
			if (PyList_Append(out, entry) < 0 || PyByteArray_Resize(offsets, at + 8) < 0)
				return NULL;
			memcpy(PyByteArray_AS_STRING(offsets) + at, &off, 8);
			prev = entry;
		}
		cur = x->next;
	}
	return Py_BuildValue("(OO)", cur, prev);
}

/*
 * next_hint(insn, sec) -> the first instruction with an unwind hint from *insn* on (by the
 * next links; only in *sec* unless it is None), or None: validate.py's
 * validate_unwind_hints() loop over a whole vmlinux.o for its few hints.
 */
static PyObject *next_hint(PyObject *mod, PyObject *args)
{
	PyObject *cur, *sec;
	if (!PyArg_ParseTuple(args, "OO", &cur, &sec))
		return NULL;
	while (cur != Py_None && PyObject_TypeCheck(cur, &InsnType)) {
		Insn *x = (Insn *)cur;
		if (sec != Py_None && x->sec != sec)
			break;
		if (x->flags & F_HINT)
			return Py_NewRef(cur);
		cur = x->next;
	}
	Py_RETURN_NONE;
}

static PyObject *set_plain_kinds(PyObject *mod, PyObject *args)
{
	PyObject *plain, *calls;
	uint8_t a[256], b[256];
	if (!PyArg_ParseTuple(args, "OO", &plain, &calls))
		return NULL;
	if (kind_table(plain, a) < 0 || kind_table(calls, b) < 0)
		return NULL;
	memcpy(plain_kind, a, sizeof(a));
	memcpy(plain_call_kind, b, sizeof(b));
	Py_RETURN_NONE;
}

static PyObject *set_jump_kinds(PyObject *mod, PyObject *args)
{
	long cond, uncond, ret = -1;
	if (!PyArg_ParseTuple(args, "ll|l", &cond, &uncond, &ret))
		return NULL;
	jump_kind[0] = cond;
	jump_kind[1] = uncond;
	return_kind = ret;
	Py_RETURN_NONE;
}

static PyObject *set_bug_kind(PyObject *mod, PyObject *arg)
{
	long v = PyLong_AsLong(arg);
	if (v == -1 && PyErr_Occurred())
		return NULL;
	insn_kind_bug = v;
	Py_RETURN_NONE;
}

/* set_slab_populate(flag): new record slabs are faulted in when made (a giant object) */
static PyObject *set_slab_populate(PyObject *mod, PyObject *arg)
{
	int flag = PyObject_IsTrue(arg);
	if (flag < 0)
		return NULL;
#if defined(__unix__) || defined(__APPLE__)
	slab_populate = flag;
#endif
	Py_RETURN_NONE;
}

static PyMethodDef module_methods[] = {
	{"build", build, METH_VARARGS, "Instructions from a decoder's columns, linked."},
	{"find", (PyCFunction)(void (*)(void))find, METH_FASTCALL, "The instruction at an offset, or None."},
	{"pad_start", pad_start, METH_VARARGS, "Where a function's padding of some size starts (see _insn.c)."},
	{"fill_cfi", fill_cfi, METH_VARARGS, "The state of a run of instructions (see _insn.c)."},
	{"chain", chain, METH_O, "An instruction and all after it by their next links, as a list."},
	{"release", release, METH_O, "Drop the references a sequence of instructions holds."},
	{"walk_cache_clear", walk_cache_clear, METH_NOARGS, "Empty walk_plain()'s table of transitions (see _insn.c)."},
	{"walk_plain", (PyCFunction)(void (*)(void))walk_plain, METH_FASTCALL,
	 "The path walk over instructions that need only their state recorded (see _insn.c)."},
	{"walk_functions", walk_functions, METH_VARARGS,
	 "validate_section()'s loop over functions whose walk ends in one walk_plain() call (see _insn.c)."},
	{"func_scan", func_scan, METH_VARARGS, "A function's next instruction of a kind (see _insn.c)."},
	{"next_hint", next_hint, METH_VARARGS, "The next instruction with an unwind hint (see _insn.c)."},
	{"local_jumps", local_jumps, METH_VARARGS, "add_jump_destinations()'s common case (see _insn.c)."},
	{"call_scan", call_scan, METH_VARARGS, "add_call_destinations()'s plain callees (see _insn.c)."},
	{"ibt_code_refs", ibt_code_refs, METH_VARARGS, "validate_ibt()'s code relocations to instructions (see _insn.c)."},
	{"ibt_data_refs", ibt_data_refs, METH_VARARGS, "validate_ibt()'s data relocations to instructions (see _insn.c)."},
	{"select", select_insns, METH_VARARGS, "The instructions of some kinds (see _insn.c)."},
	{"assign_owners", assign_owners, METH_VARARGS,
	 "decode.py's loops giving instructions their symbol and function (see _insn.c)."},
	{"orc_scan", (PyCFunction)(void (*)(void))orc_scan, METH_FASTCALL,
	 "The unwind-table loop over instructions whose entries are known (see _insn.c)."},
	{"mark_no_reloc", mark_no_reloc, METH_VARARGS,
	 "Record 'no relocation' on the instructions without one (see _insn.c)."},
	{"set_plain_kinds", set_plain_kinds, METH_VARARGS, "The kinds walk_plain() passes over, always and on plain paths (see _insn.c)."},
	{"set_jump_kinds", set_jump_kinds, METH_VARARGS, "The direct jump kinds walk_plain() follows (see _insn.c)."},
	{"set_bug_kind", set_bug_kind, METH_O, "The kind number that starts as a dead end (INSN_BUG)."},
	{"set_slab_populate", set_slab_populate, METH_O, "Fault new record slabs in when made (see _insn.c)."},
	{NULL},
};

static struct PyModuleDef module_def = {
	PyModuleDef_HEAD_INIT, "pyobjtool.engine._insn", "Compact instruction records (see _insn.c).", -1,
	module_methods,
};

PyMODINIT_FUNC PyInit__insn(void)
{
	if (PyType_Ready(&InsnType) < 0 || PyType_Ready(&OffsetIndexType) < 0)
		return NULL;
	str_reloc = PyUnicode_InternFromString("reloc");
	str_relocs = PyUnicode_InternFromString("relocs");
	str_find_in_range = PyUnicode_InternFromString("find_in_range");
	str_sorted_offsets_attr = PyUnicode_InternFromString("_sorted_offsets");
	str_order_attr = PyUnicode_InternFromString("_order");
	str_sorted_offsets = PyUnicode_InternFromString("sorted_offsets");
	str_get = PyUnicode_InternFromString("get");
	str_name = PyUnicode_InternFromString("name");
	str_pfunc = PyUnicode_InternFromString("pfunc");
	str_key = PyUnicode_InternFromString("key");
	str_len = PyUnicode_InternFromString("len");
	str_embedded_insn = PyUnicode_InternFromString("embedded_insn");
	if (!str_embedded_insn)
		return NULL;
	str_alias = PyUnicode_InternFromString("alias");
	str_uaccess_safe = PyUnicode_InternFromString("uaccess_safe");
	if (!str_len || !str_alias || !str_uaccess_safe)
		return NULL;
	str_static_call_tramp = PyUnicode_InternFromString("static_call_tramp");
	str_sec = PyUnicode_InternFromString("sec");
	str_offset = PyUnicode_InternFromString("offset");
	str_symbols = PyUnicode_InternFromString("symbols");
	str_symidx = PyUnicode_InternFromString("symidx");
	str_type = PyUnicode_InternFromString("type");
	if (!str_symbols || !str_symidx || !str_type)
		return NULL;
	if (!str_static_call_tramp || !str_sec || !str_offset)
		return NULL;
	str_orc = PyUnicode_InternFromString("orc");
	if (!str_reloc || !str_relocs || !str_find_in_range || !str_name || !str_pfunc || !str_orc)
		return NULL;
	for (unsigned i = 1; i < CL_NAMES; i++) {
		call_list_str[i] = PyUnicode_InternFromString(call_list_names[i]);
		if (call_list_str[i] == NULL)
			return NULL;
	}
	PyObject *m = PyModule_Create(&module_def);
	if (m == NULL)
		return NULL;
	unset_sentinel = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
	if (unset_sentinel == NULL || PyModule_AddObjectRef(m, "UNSET", unset_sentinel) < 0 ||
	    PyModule_AddObjectRef(m, "Insn", (PyObject *)&InsnType) < 0 ||
	    PyModule_AddObjectRef(m, "OffsetIndex", (PyObject *)&OffsetIndexType) < 0 ||
	    PyModule_AddStringConstant(m, "SOURCE_HASH", PYOBJTOOL_SOURCE_HASH) < 0 ||
	    PyModule_AddIntConstant(m, "API", INSN_API) < 0 ||
	    PyModule_AddIntConstant(m, "SIZE", (long)sizeof(Insn)) < 0) {
		Py_DECREF(m);
		return NULL;
	}
	return m;
}
