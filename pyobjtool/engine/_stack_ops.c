// SPDX-License-Identifier: GPL-2.0-only
/*
 * pyobjtool.engine._stack_ops: the common cases of stack_ops.py's
 * update_cfi_state() on an interned state's key, in C.
 *
 * Why: the path walk remembers each (state, operations) transition it has
 * worked out, but every new pair is worked out once in Python: a mutable
 * copy of the state, the rules, a new key (validate.py).  On a corpus of
 * small objects that is one exit from the C walk in three, and the pushes,
 * pops and stack-pointer adjustments of prologues and epilogues are nearly
 * all of them.  Those are done here; anything else (DRAP, frame-pointer
 * moves, stack swizzles, UNWIND_HINT_REGS areas, warnings but the simplest)
 * returns None and the Python code, the reference, does it.
 *
 * step(key, ops, has_func, config) -> the key after *ops*, objtool's message,
 * or None (not handled here)
 *
 *   key: a CFI key (cfi.py: cfa_base, cfa_offset, regs, vals, stack_size,
 *        drap_reg, drap_offset, type, bp_scratch, drap, end, force_undefined)
 *   ops: a tuple of StackOp (dest_type, dest_reg, dest_offset, src_type,
 *        src_reg, src_offset)
 *   config: StackOps.native_config (sp, bp, callee-saved bit mask, initial
 *        regs, regs types, stackval, precise_bp)
 */
#define PY_SSIZE_T_CLEAN
#ifndef PYOBJTOOL_SOURCE_HASH
#define PYOBJTOOL_SOURCE_HASH "unknown"
#endif
#include <Python.h>
#include <stdint.h>

/* Must match EXPECTED_API in pyobjtool/native.py. */
#define STACK_OPS_API 1

/* arch/base.py and arch/insn.py */
enum { CFI_UNDEFINED = -1, CFI_CFA = -2, CFI_SP_INDIRECT = -3 };
enum { OP_DEST_REG = 0, OP_DEST_REG_INDIRECT = 1, OP_DEST_MEM = 2, OP_DEST_PUSH = 3, OP_DEST_PUSHF = 4 };
enum { OP_SRC_REG = 0, OP_SRC_REG_INDIRECT = 1, OP_SRC_POP = 3, OP_SRC_POPF = 4, OP_SRC_ADD = 5 };
enum { K_BASE, K_OFFSET, K_REGS, K_VALS, K_SS, K_DRAP_REG, K_DRAP_OFFSET, K_TYPE, K_BP_SCRATCH, K_DRAP, K_END,
       K_FORCE_UNDEFINED, K_LEN };
#define MAX_REGS 64

static long s32(long long v)
{
	return (long)(int32_t)(uint32_t)(uint64_t)v;
}

/* a register slot's (base, offset); -1 if it is not a pair of ints */
static int slot_of(PyObject *t, long *base, long *offset)
{
	if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 2)
		return -1;
	*base = PyLong_AsLong(PyTuple_GET_ITEM(t, 0));
	*offset = PyLong_AsLong(PyTuple_GET_ITEM(t, 1));
	if (PyErr_Occurred()) {
		PyErr_Clear();
		return -1;
	}
	return 0;
}

/* register slots being edited: borrowed from the key until an operation replaces one */
typedef struct {
	Py_ssize_t n;
	PyObject *item[MAX_REGS];
	PyObject *made[MAX_REGS];	/* owned replacements */
	int changed;
} Slots;

static int slots_set(Slots *s, Py_ssize_t r, long base, long long offset)
{
	PyObject *t = Py_BuildValue("(lL)", base, offset);
	if (t == NULL)
		return -1;
	Py_XSETREF(s->made[r], t);
	s->item[r] = t;
	s->changed = 1;
	return 0;
}

static void slots_copy(Slots *s, Py_ssize_t r, PyObject *value)
{
	Py_INCREF(value);
	Py_XSETREF(s->made[r], value);
	s->item[r] = value;
	s->changed = 1;
}

static PyObject *slots_tuple(Slots *s, PyObject *unchanged)
{
	if (!s->changed)
		return Py_NewRef(unchanged);
	PyObject *t = PyTuple_New(s->n);
	if (t == NULL)
		return NULL;
	for (Py_ssize_t r = 0; r < s->n; r++)
		PyTuple_SET_ITEM(t, r, Py_NewRef(s->item[r]));
	return t;
}

static void slots_clear(Slots *s)
{
	for (Py_ssize_t r = 0; r < s->n; r++)
		Py_XDECREF(s->made[r]);
}

static int slots_init(Slots *s, PyObject *tuple)
{
	s->n = PyTuple_GET_SIZE(tuple);
	s->changed = 0;
	if (s->n > MAX_REGS)
		return -1;
	for (Py_ssize_t r = 0; r < s->n; r++) {
		s->item[r] = PyTuple_GET_ITEM(tuple, r);
		s->made[r] = NULL;
	}
	return 0;
}

enum { C_SP, C_BP, C_CALLEE_SAVED, C_INITIAL_REGS, C_REGS_TYPES, C_STACKVAL, C_PRECISE_BP, C_TRACK_COPIES,
       C_LEA_BP_NEEDS_OFFSET, C_LEN };

static PyObject *step(PyObject *mod, PyObject *const *args, Py_ssize_t nargs)
{
	if (nargs != 4 || !PyTuple_Check(args[0]) || PyTuple_GET_SIZE(args[0]) != K_LEN || !PyTuple_Check(args[1]) ||
	    !PyTuple_Check(args[3]) || PyTuple_GET_SIZE(args[3]) != C_LEN) {
		PyErr_SetString(PyExc_TypeError, "step(key, ops, has_func, config)");
		return NULL;
	}
	PyObject *key = args[0], *ops = args[1], *cfg = args[3];
	int has_func = PyObject_IsTrue(args[2]);
	long sp = PyLong_AsLong(PyTuple_GET_ITEM(cfg, C_SP)), bp = PyLong_AsLong(PyTuple_GET_ITEM(cfg, C_BP));
	unsigned long long callee_saved = PyLong_AsUnsignedLongLong(PyTuple_GET_ITEM(cfg, C_CALLEE_SAVED));
	PyObject *init_regs = PyTuple_GET_ITEM(cfg, C_INITIAL_REGS), *regs_types = PyTuple_GET_ITEM(cfg, C_REGS_TYPES);
	int stackval = PyObject_IsTrue(PyTuple_GET_ITEM(cfg, C_STACKVAL));
	int precise_bp = PyObject_IsTrue(PyTuple_GET_ITEM(cfg, C_PRECISE_BP));
	int track_copies = PyObject_IsTrue(PyTuple_GET_ITEM(cfg, C_TRACK_COPIES));
	int lea_bp_needs_offset = PyObject_IsTrue(PyTuple_GET_ITEM(cfg, C_LEA_BP_NEEDS_OFFSET));
	long base = PyLong_AsLong(PyTuple_GET_ITEM(key, K_BASE));
	long offset = PyLong_AsLong(PyTuple_GET_ITEM(key, K_OFFSET));
	long ss = PyLong_AsLong(PyTuple_GET_ITEM(key, K_SS));
	long drap_reg = PyLong_AsLong(PyTuple_GET_ITEM(key, K_DRAP_REG));
	int bp_scratch = PyObject_IsTrue(PyTuple_GET_ITEM(key, K_BP_SCRATCH));
	int drap = PyObject_IsTrue(PyTuple_GET_ITEM(key, K_DRAP));
	int force_undefined = PyObject_IsTrue(PyTuple_GET_ITEM(key, K_FORCE_UNDEFINED));
	PyObject *regs_in = PyTuple_GET_ITEM(key, K_REGS), *vals_in = PyTuple_GET_ITEM(key, K_VALS);
	if (PyErr_Occurred())
		return NULL;
	if (has_func < 0 || stackval < 0 || precise_bp < 0 || track_copies < 0 || lea_bp_needs_offset < 0 ||
	    bp_scratch < 0 || drap < 0 || force_undefined < 0)
		return NULL;
	if (!PyTuple_Check(regs_in) || !PyTuple_Check(vals_in) || !PyTuple_Check(init_regs) ||
	    !PyTuple_Check(regs_types))
		Py_RETURN_NONE;
	Py_ssize_t nregs = PyTuple_GET_SIZE(regs_in);
	if (nregs > MAX_REGS || PyTuple_GET_SIZE(init_regs) != nregs || PyTuple_GET_SIZE(vals_in) != nregs ||
	    sp < 0 || sp >= nregs || bp < 0 || bp >= nregs)
		Py_RETURN_NONE;
	if (force_undefined)
		return Py_NewRef(key);	/* an UNWIND_HINT_UNDEFINED region: nothing changes */
	if (drap)
		Py_RETURN_NONE;
	int in_regs_area = PySequence_Contains(regs_types, PyTuple_GET_ITEM(key, K_TYPE));
	if (in_regs_area != 0) {
		if (in_regs_area < 0)
			return NULL;
		Py_RETURN_NONE;
	}
	Slots regs, vals;
	slots_init(&regs, regs_in);
	slots_init(&vals, vals_in);
	PyObject *result = NULL;

	Py_ssize_t nops = PyTuple_GET_SIZE(ops);
	for (Py_ssize_t i = 0; i < nops; i++) {
		PyObject *op = PyTuple_GET_ITEM(ops, i);
		if (!PyTuple_Check(op) || PyTuple_GET_SIZE(op) != 6)
			goto fallback;
		long dest_type = PyLong_AsLong(PyTuple_GET_ITEM(op, 0)), dest = PyLong_AsLong(PyTuple_GET_ITEM(op, 1));
		long long dest_off = PyLong_AsLongLong(PyTuple_GET_ITEM(op, 2));
		long src_type = PyLong_AsLong(PyTuple_GET_ITEM(op, 3)), src = PyLong_AsLong(PyTuple_GET_ITEM(op, 4));
		long long src_off = PyLong_AsLongLong(PyTuple_GET_ITEM(op, 5));
		if (PyErr_Occurred())
			goto out;
		if (base == CFI_UNDEFINED) {
			if (has_func) {
				result = PyUnicode_FromString("undefined stack state");
				goto out;
			}
			continue;
		}
		/* the register numbers an operation uses must be slots (Python would index them) */
		int dest_ok = dest >= 0 && dest < nregs, src_ok = src >= 0 && src < nregs;
		long rb, ro, vb, vo;
		if (dest_type == OP_DEST_REG && src_type == OP_SRC_ADD) {
			if (dest == sp && src == sp) {
				/* add imm, %rsp */
				ss = s32(ss - src_off);
				if (base == sp)
					offset = s32(offset - src_off);
			} else if (dest == sp && src == bp) {
				if (lea_bp_needs_offset && base == bp && offset == 0)
					continue;
				/* lea disp(%rbp), %rsp */
				if (slot_of(regs.item[bp], &rb, &ro) < 0)
					goto fallback;
				ss = s32(-(src_off + ro));
			} else if (src == sp && base == sp) {
				/* lea disp(%rsp), %reg: a DRAP candidate, and a copy of the stack pointer */
				if (!dest_ok)
					goto fallback;
				drap_reg = dest;
				if (slots_set(&vals, dest, CFI_CFA, s32(-(long long)ss + src_off)) < 0)
					goto out;
			} else if (dest == base) {
				goto fallback;	/* a warning, unless the next instruction has a hint */
			}
		} else if (dest_type == OP_DEST_REG && src_type == OP_SRC_REG) {
			if (!dest_ok || !src_ok)
				goto fallback;
			if (slot_of(regs.item[bp], &rb, &ro) < 0 || slot_of(vals.item[src], &vb, &vo) < 0)
				goto fallback;
			if (src == sp && dest == bp && base == sp && rb == CFI_CFA && ro == -offset) {
				base = dest;	/* mov %rsp, %rbp */
				bp_scratch = 0;
			} else if (src == sp && base == sp) {
				/* mov %rsp, %reg */
				if (slots_set(&vals, dest, CFI_CFA, s32(-(long long)ss)) < 0)
					goto out;
			} else if (src == bp && dest == sp && (base == bp || base == drap_reg)) {
				ss = s32(-(long long)ro);	/* mov %rbp, %rsp */
			} else if (dest == base) {
				goto fallback;	/* mov %reg, %rsp */
			} else if (dest == sp && vb == CFI_SP_INDIRECT && vo == offset) {
				ss += 8;	/* a stack swizzle with another CFA base */
			} else if (track_copies && vb == CFI_CFA) {
				slots_copy(&vals, dest, vals.item[src]);
			}
		} else if (dest_type == OP_DEST_REG && src_type == OP_SRC_REG_INDIRECT) {
			/* mov disp(%reg), %reg */
			if (!dest_ok)
				goto fallback;
			if (dest == base && dest == bp) {
				base = sp;
				offset = ss;
			}
			if (slot_of(regs.item[dest], &rb, &ro) < 0)
				goto fallback;
			if ((src == base && src_off == ro + offset) || (src == sp && src_off == ro + ss))
				slots_copy(&regs, dest, PyTuple_GET_ITEM(init_regs, dest));
		} else if (dest_type == OP_DEST_REG_INDIRECT) {
			/* mov %reg, disp(%reg) */
			long long at;
			if (dest == base)
				at = dest_off - offset;
			else if (dest == sp)
				at = dest_off - ss;
			else {
				if (src == sp && dest_off == 0) {
					/* mov %rsp, (%reg): a stack swizzle being set up */
					if (!dest_ok)
						goto fallback;
					if (slots_set(&vals, dest, CFI_SP_INDIRECT, offset) < 0)
						goto out;
				}
				continue;
			}
			if (src_ok && src < 64 && ((callee_saved >> src) & 1)) {
				if (slot_of(regs.item[src], &rb, &ro) < 0)
					goto fallback;
				if (rb == CFI_UNDEFINED && slots_set(&regs, src, CFI_CFA, s32(at)) < 0)
					goto out;
			}
		} else if (dest_type == OP_DEST_PUSH || dest_type == OP_DEST_PUSHF) {
			ss += 8;
			if (base == sp)
				offset += 8;
			if (src_type != OP_SRC_REG)
				continue;
			if (!src_ok)
				goto fallback;
			/* push %reg: its slot, if callee-saved and not saved yet */
			if (src < 64 && ((callee_saved >> src) & 1)) {
				if (slot_of(regs.item[src], &rb, &ro) < 0)
					goto fallback;
				if (rb == CFI_UNDEFINED && slots_set(&regs, src, CFI_CFA, s32(-(long long)ss)) < 0)
					goto out;
			}
			/* asm that uses the frame pointer as a scratch register */
			if (stackval && has_func && src == bp && base != bp)
				bp_scratch = 1;
		} else if (dest_type == OP_DEST_REG && (src_type == OP_SRC_POP || src_type == OP_SRC_POPF)) {
			if (!dest_ok)
				goto fallback;
			if (dest == sp && base == CFI_SP_INDIRECT) {
				base = sp;	/* pop %rsp: back from a stack swizzle */
				continue;
			}
			if (slot_of(regs.item[dest], &rb, &ro) < 0)
				goto fallback;
			if (dest == base && (!precise_bp || ss == -ro))
				base = sp;	/* pop %rbp */
			if (ss == -ro)
				slots_copy(&regs, dest, PyTuple_GET_ITEM(init_regs, dest));	/* pop %reg */
			ss -= 8;
			if (base == sp)
				offset -= 8;
		} else if (dest_type == OP_DEST_MEM && (src_type == OP_SRC_POP || src_type == OP_SRC_POPF)) {
			ss -= 8;	/* pop mem */
			if (base == sp)
				offset -= 8;
		} else {
			goto fallback;
		}
	}
	PyObject *new_regs = slots_tuple(&regs, regs_in);
	PyObject *new_vals = new_regs != NULL ? slots_tuple(&vals, vals_in) : NULL;
	if (new_vals == NULL) {
		Py_XDECREF(new_regs);
		goto out;
	}
	result = PyTuple_New(K_LEN);
	if (result == NULL) {
		Py_DECREF(new_regs);
		Py_DECREF(new_vals);
		goto out;
	}
	/* (the tuple owns new_regs and new_vals from here) */
	PyTuple_SET_ITEM(result, K_REGS, new_regs);
	PyTuple_SET_ITEM(result, K_VALS, new_vals);
	for (Py_ssize_t k = 0; k < K_LEN; k++) {
		PyObject *v;
		switch (k) {
		case K_REGS:
		case K_VALS: continue;
		case K_BASE: v = PyLong_FromLong(base); break;
		case K_OFFSET: v = PyLong_FromLong(offset); break;
		case K_SS: v = PyLong_FromLong(ss); break;
		case K_DRAP_REG: v = PyLong_FromLong(drap_reg); break;
		case K_BP_SCRATCH: v = Py_NewRef(bp_scratch ? Py_True : Py_False); break;
		default: v = Py_NewRef(PyTuple_GET_ITEM(key, k)); break;
		}
		if (v == NULL) {
			Py_CLEAR(result);	/* (unset items are NULL, which tuple dealloc skips) */
			goto out;
		}
		PyTuple_SET_ITEM(result, k, v);
	}
	goto out;
fallback:
	result = Py_NewRef(Py_None);
out:
	slots_clear(&regs);
	slots_clear(&vals);
	return result;
}

static PyMethodDef methods[] = {
	{"step", (PyCFunction)(void (*)(void))step, METH_FASTCALL,
	 "The state key after a tuple of stack operations, objtool's message, or None (see _stack_ops.c)."},
	{NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
	PyModuleDef_HEAD_INIT, "pyobjtool.engine._stack_ops",
	"update_cfi_state()'s common cases in C (see the comment at the top of _stack_ops.c).", -1, methods,
};

PyMODINIT_FUNC PyInit__stack_ops(void)
{
	PyObject *m = PyModule_Create(&module);
	if (m == NULL)
		return NULL;
	if (PyModule_AddIntConstant(m, "API", STACK_OPS_API) < 0 ||
	    PyModule_AddStringConstant(m, "SOURCE_HASH", PYOBJTOOL_SOURCE_HASH) < 0) {
		Py_DECREF(m);
		return NULL;
	}
	return m;
}
