// SPDX-License-Identifier: GPL-2.0-only
/*
 * pyobjtool.elf._tables: the ELF layer's loops over whole tables, in C.
 *
 * Each has a Python reference that is also the fallback without a compiler:
 *
 * list_order() -- objtool's per-section symbol list order (file.py's
 * _list_order_py).  A vmlinux.o has 150,000 symbols, and the Python replay of
 * objtool's insertions took 2.5 us each: a third of a second.
 *
 * objtool inserts each symbol, in table order, into a tree by offset (equal
 * offsets in insertion order) and links it into the section's list right
 * after its tree predecessor (the last symbol with a start <= its own), or at
 * the head; a zero-length symbol goes into the list but not the tree.  The
 * tree here is a sorted array cut into blocks of at most 2 * BLOCK entries, so
 * that an insertion into the middle (a linked object lists its global symbols
 * after all the local ones) moves a few hundred entries, not thousands.
 *
 * symbol_names() -- every symbol's name from the string table (file.py's
 * _symbol_names_py): a linked object has 80,000 symbols, and cutting each name
 * out in Python took 0.6 us, a third of reading the symbol table.
 *
 * pack_relocs(), pack_added() -- a relocation table's entries as written,
 * with every symbol index renumbered (relocs.py's RelocTable._pack_range).  A vmlinux.o's
 * output has 1.7 million relocations (40 MB), most in tables whose symbols
 * moved when pyobjtool added its own: 0.2 s of column shuffling and index
 * mapping in Python.
 */
#define PY_SSIZE_T_CLEAN
#ifndef PYOBJTOOL_SOURCE_HASH
#define PYOBJTOOL_SOURCE_HASH "unknown"
#endif
#include <Python.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

#define TABLES_API 1
#define BLOCK 256

typedef struct {
	uint64_t key[2 * BLOCK + 1];
	uint32_t node[2 * BLOCK + 1];
	int n;
} Block;

typedef struct {
	Block **blocks;
	Py_ssize_t count, cap;
} Tree;

static int tree_add_block(Tree *t, Py_ssize_t at)
{
	if (t->count == t->cap) {
		Py_ssize_t cap = t->cap ? t->cap * 2 : 16;
		Block **nb = PyMem_Realloc(t->blocks, sizeof(Block *) * (size_t)cap);
		if (nb == NULL)
			return -1;
		t->blocks = nb;
		t->cap = cap;
	}
	Block *b = PyMem_Calloc(1, sizeof(Block));
	if (b == NULL)
		return -1;
	memmove(t->blocks + at + 1, t->blocks + at, sizeof(Block *) * (size_t)(t->count - at));
	t->blocks[at] = b;
	t->count++;
	return 0;
}

/* first index in keys[0:n] with keys[i] > x */
static int upper(const uint64_t *keys, int n, uint64_t x)
{
	int lo = 0, hi = n;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (keys[mid] <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* the block and place where *x* goes (after equal keys), and its predecessor's node or -1 */
static int64_t tree_find(const Tree *t, uint64_t x, Py_ssize_t *block, int *at)
{
	if (t->count == 0) {
		*block = 0;
		*at = 0;
		return -1;
	}
	Py_ssize_t lo = 0, hi = t->count;	/* first block whose last key > x */
	while (lo < hi) {
		Py_ssize_t mid = (lo + hi) / 2;
		const Block *b = t->blocks[mid];
		if (b->key[b->n - 1] <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == t->count)
		lo--;
	const Block *b = t->blocks[lo];
	int i = upper(b->key, b->n, x);
	*block = lo;
	*at = i;
	if (i)
		return b->node[i - 1];
	if (lo) {
		const Block *p = t->blocks[lo - 1];
		return p->node[p->n - 1];
	}
	return -1;
}

static int tree_insert(Tree *t, Py_ssize_t block, int at, uint64_t x, uint32_t node)
{
	if (t->count == 0 && tree_add_block(t, 0) < 0)
		return -1;
	Block *b = t->blocks[block];
	memmove(b->key + at + 1, b->key + at, sizeof(uint64_t) * (size_t)(b->n - at));
	memmove(b->node + at + 1, b->node + at, sizeof(uint32_t) * (size_t)(b->n - at));
	b->key[at] = x;
	b->node[at] = node;
	b->n++;
	if (b->n > 2 * BLOCK) {
		if (tree_add_block(t, block + 1) < 0)
			return -1;
		Block *c = t->blocks[block + 1];
		int half = b->n / 2;
		c->n = b->n - half;
		memcpy(c->key, b->key + half, sizeof(uint64_t) * (size_t)c->n);
		memcpy(c->node, b->node + half, sizeof(uint32_t) * (size_t)c->n);
		b->n = half;
	}
	return 0;
}

/*
 * list_order(offsets, lengths) -> bytes: u32 indexes into the inputs in objtool's list order
 *
 * *offsets* (u64) and *lengths* (u64; only zero or not matters) are the
 * section's symbols in table order.
 */
static PyObject *list_order(PyObject *mod, PyObject *args)
{
	Py_buffer offs, lens;
	PyObject *result = NULL;
	int64_t *next = NULL;
	Tree tree = {0};
	if (!PyArg_ParseTuple(args, "y*y*", &offs, &lens))
		return NULL;
	Py_ssize_t n = offs.len / 8;
	if (lens.len != offs.len || n >= UINT32_MAX) {
		PyErr_SetString(PyExc_ValueError, "list_order(): columns of different lengths");
		goto out;
	}
	const uint64_t *o = offs.buf, *l = lens.buf;
	next = PyMem_Malloc(sizeof(int64_t) * (size_t)(n + 1));	/* next[n] is the head */
	if (next == NULL) {
		PyErr_NoMemory();
		goto out;
	}
	next[n] = -1;
	for (Py_ssize_t i = 0; i < n; i++) {
		Py_ssize_t block;
		int at;
		int64_t prev = tree_find(&tree, o[i], &block, &at);
		Py_ssize_t link = prev < 0 ? n : (Py_ssize_t)prev;
		next[i] = next[link];
		next[link] = i;
		if (l[i] && tree_insert(&tree, block, at, o[i], (uint32_t)i) < 0) {
			PyErr_NoMemory();
			goto out;
		}
	}
	result = PyBytes_FromStringAndSize(NULL, n * 4);
	if (result == NULL)
		goto out;
	uint32_t *order = (uint32_t *)PyBytes_AS_STRING(result);
	Py_ssize_t k = 0;
	for (int64_t x = next[n]; x >= 0 && k < n; x = next[x])
		order[k++] = (uint32_t)x;
out:
	for (Py_ssize_t i = 0; i < tree.count; i++)
		PyMem_Free(tree.blocks[i]);
	PyMem_Free(tree.blocks);
	PyMem_Free(next);
	PyBuffer_Release(&offs);
	PyBuffer_Release(&lens);
	return result;
}

static inline void put64le(uint8_t *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

/*
 * pack_relocs(out, words, offsets, types, symidx, addends, current) -> None
 *
 * The first len(offsets) entries of a relocation table into *out* (writable,
 * at least that many entries of *words* little-endian u64: 3 for RELA, 2 for
 * REL): r_offset from *offsets* (u64), r_info from *types* (u32) and the
 * current index *current*[symidx[i]] (u32 columns) of the symbol, r_addend
 * from *addends* (s64; not read for REL).  IndexError for a symbol index
 * past *current*, as the Python mapping raises.
 */
static PyObject *pack_relocs(PyObject *mod, PyObject *args)
{
	Py_buffer out, offs, types, syms, adds, cur;
	int words;
	if (!PyArg_ParseTuple(args, "w*iy*y*y*y*y*", &out, &words, &offs, &types, &syms, &adds, &cur))
		return NULL;
	PyObject *result = NULL;
	Py_ssize_t n = offs.len / 8, ncur = cur.len / 4;
	if ((words != 2 && words != 3) || types.len < n * 4 || syms.len < n * 4 ||
	    (words == 3 && adds.len < n * 8) || out.len < n * words * 8) {
		PyErr_SetString(PyExc_ValueError, "pack_relocs(): columns of different lengths");
		goto done;
	}
	const uint64_t *o = offs.buf, *a = adds.buf;
	const uint32_t *t = types.buf, *s = syms.buf, *c = cur.buf;
	uint8_t *p = out.buf;
	for (Py_ssize_t i = 0; i < n; i++, p += 8 * words) {
		uint32_t sym = s[i];
		if ((Py_ssize_t)sym >= ncur) {
			PyErr_SetString(PyExc_IndexError, "pack_relocs(): symbol index out of range");
			goto done;
		}
		uint64_t v;
		memcpy(&v, o + i, 8);	/* (a buffer need not be aligned) */
		put64le(p, v);
		put64le(p + 8, ((uint64_t)c[sym] << 32) | t[i]);
		if (words == 3) {
			memcpy(&v, a + i, 8);
			put64le(p + 16, v);
		}
	}
	result = Py_NewRef(Py_None);
done:
	PyBuffer_Release(&out);
	PyBuffer_Release(&offs);
	PyBuffer_Release(&types);
	PyBuffer_Release(&syms);
	PyBuffer_Release(&adds);
	PyBuffer_Release(&cur);
	return result;
}

/*
 * pack_added(out, words, offsets, types, syms, addends) -> None
 *
 * The same for entries pyobjtool added: *syms* is a list of symbols, each
 * written with its current ``idx`` (a run of entries against one symbol, as
 * the unwind table's are, reads it once).
 */
static PyObject *pack_added(PyObject *mod, PyObject *args)
{
	Py_buffer out, offs, types, adds;
	PyObject *syms;
	int words;
	if (!PyArg_ParseTuple(args, "w*iy*y*O!y*", &out, &words, &offs, &types, &PyList_Type, &syms, &adds))
		return NULL;
	PyObject *result = NULL, *last = NULL, *str_idx = PyUnicode_InternFromString("idx");
	uint64_t last_idx = 0;
	Py_ssize_t n = offs.len / 8;
	if (str_idx == NULL)
		goto done;
	if ((words != 2 && words != 3) || types.len < n * 4 || PyList_GET_SIZE(syms) < n ||
	    (words == 3 && adds.len < n * 8) || out.len < n * words * 8) {
		PyErr_SetString(PyExc_ValueError, "pack_added(): columns of different lengths");
		goto done;
	}
	const uint64_t *o = offs.buf, *a = adds.buf;
	const uint32_t *t = types.buf;
	uint8_t *p = out.buf;
	for (Py_ssize_t i = 0; i < n; i++, p += 8 * words) {
		PyObject *sym = PyList_GET_ITEM(syms, i);
		if (sym != last) {
			PyObject *idx = PyObject_GetAttr(sym, str_idx);
			if (idx == NULL)
				goto done;
			unsigned long long v = PyLong_AsUnsignedLongLong(idx);
			Py_DECREF(idx);
			if (v == (unsigned long long)-1 && PyErr_Occurred())
				goto done;
			if (v > UINT32_MAX) {
				PyErr_SetString(PyExc_OverflowError, "pack_added(): symbol index past 32 bits");
				goto done;
			}
			last = sym;	/* (compared by identity only: the list keeps it alive) */
			last_idx = v;
		}
		uint64_t v;
		memcpy(&v, o + i, 8);
		put64le(p, v);
		put64le(p + 8, (last_idx << 32) | t[i]);
		if (words == 3) {
			memcpy(&v, a + i, 8);
			put64le(p + 16, v);
		}
	}
	result = Py_NewRef(Py_None);
done:
	Py_XDECREF(str_idx);
	PyBuffer_Release(&out);
	PyBuffer_Release(&offs);
	PyBuffer_Release(&types);
	PyBuffer_Release(&adds);
	return result;
}

/*
 * steady_mmap_threshold(nbytes) -> bool
 *
 * glibc serves allocations of *nbytes* and more by mmap() from now on, and
 * no longer raises that threshold by itself (it does after each big free, to
 * at most 32 MiB, which puts later big blocks on the heap, where they
 * fragment it).  Measured on the linked 6.12 corpus: peak RSS 427-467 MiB
 * from run to run, depending on the order the decoder thread and the main
 * thread freed their blocks in; with 1 MiB, 405 MiB every time, at the same
 * speed.  False (nothing done) with another C library.
 */
#if defined(__GLIBC__)
#include <malloc.h>
#endif
/*
 * symbol_names(symtab, count, strtab) -> [name of each of the first *count*
 * entries], or None if a name offset lies past the string table (the Python
 * reference then reports it).  A name runs to the next NUL or the table's end,
 * decoded as latin-1 (one character a byte), as the reference does.
 */
static PyObject *symbol_names(PyObject *mod, PyObject *args)
{
	Py_buffer sym, str;
	Py_ssize_t count;
	if (!PyArg_ParseTuple(args, "y*ny*", &sym, &count, &str))
		return NULL;
	PyObject *out = NULL;
	if (count < 0 || count > sym.len / 24) {
		PyErr_SetString(PyExc_ValueError, "symbol_names: more entries than the table holds");
		goto done;
	}
	out = PyList_New(count);
	if (out == NULL)
		goto done;
	const unsigned char *entries = sym.buf;
	const char *strings = str.buf;
	for (Py_ssize_t i = 0; i < count; i++) {
		const unsigned char *e = entries + 24 * i;
		uint32_t off = (uint32_t)e[0] | (uint32_t)e[1] << 8 | (uint32_t)e[2] << 16 | (uint32_t)e[3] << 24;
		if ((Py_ssize_t)off >= str.len) {
			Py_SETREF(out, Py_NewRef(Py_None));
			goto done;
		}
		const char *start = strings + off;
		const char *nul = memchr(start, 0, (size_t)(str.len - off));
		PyObject *name = PyUnicode_DecodeLatin1(start, nul != NULL ? nul - start : str.len - off, NULL);
		if (name == NULL) {
			Py_CLEAR(out);
			goto done;
		}
		PyList_SET_ITEM(out, i, name);
	}
done:
	PyBuffer_Release(&sym);
	PyBuffer_Release(&str);
	return out;
}

static PyObject *steady_mmap_threshold(PyObject *mod, PyObject *arg)
{
	long n = PyLong_AsLong(arg);
	if (n == -1 && PyErr_Occurred())
		return NULL;
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
	if (n > 0 && n <= INT_MAX)
		return PyBool_FromLong(mallopt(M_MMAP_THRESHOLD, (int)n) == 1);
#endif
	Py_RETURN_FALSE;
}

static PyMethodDef methods[] = {
	{"list_order", list_order, METH_VARARGS, "objtool's per-section symbol list order (see _tables.c)."},
	{"symbol_names", symbol_names, METH_VARARGS, "Every symbol's name from the string table (see _tables.c)."},
	{"pack_relocs", pack_relocs, METH_VARARGS, "A relocation table's entries as written (see _tables.c)."},
	{"pack_added", pack_added, METH_VARARGS, "Added relocation entries as written (see _tables.c)."},
	{"steady_mmap_threshold", steady_mmap_threshold, METH_O, "A fixed glibc mmap threshold (see _tables.c)."},
	{NULL},
};

static struct PyModuleDef module_def = {
	PyModuleDef_HEAD_INIT, "pyobjtool.elf._tables", "The ELF layer's loops over whole tables in C (see _tables.c).", -1,
	methods,
};

PyMODINIT_FUNC PyInit__tables(void)
{
	PyObject *m = PyModule_Create(&module_def);
	if (m == NULL)
		return NULL;
	if (PyModule_AddStringConstant(m, "SOURCE_HASH", PYOBJTOOL_SOURCE_HASH) < 0 ||
	    PyModule_AddIntConstant(m, "API", TABLES_API) < 0) {
		Py_DECREF(m);
		return NULL;
	}
	return m;
}
