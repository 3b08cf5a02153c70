// SPDX-License-Identifier: GPL-2.0-only
/*
 * pyobjtool.elf._symorder: objtool's per-section symbol list order, in C.
 *
 * Why: a vmlinux.o has 150,000 symbols, and file.py's _objtool_list_order()
 * (the reference, and the fallback without a compiler) took 2.5 us each to
 * replay objtool's insertions: a third of a second.  This is the same replay
 * on plain integers.
 *
 * objtool inserts each symbol, in table order, into a tree by offset (equal
 * offsets in insertion order) and links it into the section's list right
 * after its tree predecessor (the last symbol with a start <= its own), or at
 * the head; a zero-length symbol goes into the list but not the tree.  The
 * tree here is a sorted array cut into blocks of at most 2 * BLOCK entries, so
 * that an insertion into the middle (a linked object lists its global symbols
 * after all the local ones) moves a few hundred entries, not thousands.
 */
#define PY_SSIZE_T_CLEAN
#ifndef PYOBJTOOL_SOURCE_HASH
#define PYOBJTOOL_SOURCE_HASH "unknown"
#endif
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define SYMORDER_API 1
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

static PyMethodDef methods[] = {
	{"list_order", list_order, METH_VARARGS, "objtool's per-section symbol list order (see _symorder.c)."},
	{NULL},
};

static struct PyModuleDef module_def = {
	PyModuleDef_HEAD_INIT, "pyobjtool.elf._symorder", "objtool's symbol list order in C (see _symorder.c).", -1,
	methods,
};

PyMODINIT_FUNC PyInit__symorder(void)
{
	PyObject *m = PyModule_Create(&module_def);
	if (m == NULL)
		return NULL;
	if (PyModule_AddStringConstant(m, "SOURCE_HASH", PYOBJTOOL_SOURCE_HASH) < 0 ||
	    PyModule_AddIntConstant(m, "API", SYMORDER_API) < 0) {
		Py_DECREF(m);
		return NULL;
	}
	return m;
}
