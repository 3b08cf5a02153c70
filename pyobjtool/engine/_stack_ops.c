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
enum { OP_DEST_REG = 0, OP_DEST_PUSH = 3, OP_DEST_PUSHF = 4 };
enum { OP_SRC_REG = 0, OP_SRC_POP = 3, OP_SRC_POPF = 4, OP_SRC_ADD = 5 };
enum { K_BASE, K_OFFSET, K_REGS, K_VALS, K_SS, K_DRAP_REG, K_DRAP_OFFSET, K_TYPE, K_BP_SCRATCH, K_DRAP, K_END,
       K_FORCE_UNDEFINED, K_LEN };
#define MAX_REGS 64

static long s32(long long v)
{
	return (long)(int32_t)(uint32_t)(uint64_t)v;
}

static PyObject *step(PyObject *mod, PyObject *const *args, Py_ssize_t nargs)
{
	if (nargs != 4 || !PyTuple_Check(args[0]) || PyTuple_GET_SIZE(args[0]) != K_LEN || !PyTuple_Check(args[1]) ||
	    !PyTuple_Check(args[3]) || PyTuple_GET_SIZE(args[3]) != 7) {
		PyErr_SetString(PyExc_TypeError, "step(key, ops, has_func, config)");
		return NULL;
	}
	PyObject *key = args[0], *ops = args[1], *cfg = args[3];
	int has_func = PyObject_IsTrue(args[2]);
	long sp = PyLong_AsLong(PyTuple_GET_ITEM(cfg, 0)), bp = PyLong_AsLong(PyTuple_GET_ITEM(cfg, 1));
	unsigned long long callee_saved = PyLong_AsUnsignedLongLong(PyTuple_GET_ITEM(cfg, 2));
	PyObject *init_regs = PyTuple_GET_ITEM(cfg, 3), *regs_types = PyTuple_GET_ITEM(cfg, 4);
	int stackval = PyObject_IsTrue(PyTuple_GET_ITEM(cfg, 5)), precise_bp = PyObject_IsTrue(PyTuple_GET_ITEM(cfg, 6));
	long base = PyLong_AsLong(PyTuple_GET_ITEM(key, K_BASE));
	long offset = PyLong_AsLong(PyTuple_GET_ITEM(key, K_OFFSET));
	long ss = PyLong_AsLong(PyTuple_GET_ITEM(key, K_SS));
	int bp_scratch = PyObject_IsTrue(PyTuple_GET_ITEM(key, K_BP_SCRATCH));
	int drap = PyObject_IsTrue(PyTuple_GET_ITEM(key, K_DRAP));
	int force_undefined = PyObject_IsTrue(PyTuple_GET_ITEM(key, K_FORCE_UNDEFINED));
	PyObject *regs_in = PyTuple_GET_ITEM(key, K_REGS);
	if (PyErr_Occurred())
		return NULL;
	if (has_func < 0 || stackval < 0 || precise_bp < 0 || bp_scratch < 0 || drap < 0 || force_undefined < 0)
		return NULL;
	if (!PyTuple_Check(regs_in) || !PyTuple_Check(init_regs) || !PyTuple_Check(regs_types))
		Py_RETURN_NONE;
	Py_ssize_t nregs = PyTuple_GET_SIZE(regs_in);
	if (nregs > MAX_REGS || PyTuple_GET_SIZE(init_regs) != nregs || sp < 0 || sp >= nregs || bp < 0 || bp >= nregs)
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
	/* the register slots, new ones made only where an operation changes them */
	PyObject *regs[MAX_REGS];
	int changed = 0;
	for (Py_ssize_t r = 0; r < nregs; r++)
		regs[r] = PyTuple_GET_ITEM(regs_in, r);	/* borrowed until replaced */
	PyObject *made[MAX_REGS] = {NULL};	/* owned replacements */
	PyObject *result = NULL;

	Py_ssize_t nops = PyTuple_GET_SIZE(ops);
	for (Py_ssize_t i = 0; i < nops; i++) {
		PyObject *op = PyTuple_GET_ITEM(ops, i);
		if (!PyTuple_Check(op) || PyTuple_GET_SIZE(op) != 6)
			goto fallback;
		long dest_type = PyLong_AsLong(PyTuple_GET_ITEM(op, 0)), dest_reg = PyLong_AsLong(PyTuple_GET_ITEM(op, 1));
		long src_type = PyLong_AsLong(PyTuple_GET_ITEM(op, 3)), src_reg = PyLong_AsLong(PyTuple_GET_ITEM(op, 4));
		long long src_offset = PyLong_AsLongLong(PyTuple_GET_ITEM(op, 5));
		if (PyErr_Occurred())
			goto out;
		if (base == CFI_UNDEFINED) {
			if (has_func) {
				result = PyUnicode_FromString("undefined stack state");
				goto out;
			}
			continue;
		}
		if (dest_type == OP_DEST_REG && src_type == OP_SRC_ADD && dest_reg == sp && src_reg == sp) {
			/* add imm, %rsp */
			ss = s32(ss - src_offset);
			if (base == sp)
				offset = s32(offset - src_offset);
		} else if (dest_type == OP_DEST_PUSH || dest_type == OP_DEST_PUSHF) {
			ss += 8;
			if (base == sp)
				offset += 8;
			if (src_type != OP_SRC_REG)
				continue;
			if (src_reg < 0 || src_reg >= nregs)
				goto fallback;
			/* push %reg: its slot, if callee-saved and not saved yet */
			if ((callee_saved >> src_reg) & 1) {
				PyObject *t = regs[src_reg];
				if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 2)
					goto fallback;
				long rb = PyLong_AsLong(PyTuple_GET_ITEM(t, 0));
				if (rb == -1 && PyErr_Occurred())
					goto out;
				if (rb == CFI_UNDEFINED) {
					PyObject *slot = Py_BuildValue("(ll)", (long)CFI_CFA, s32(-(long long)ss));
					if (slot == NULL)
						goto out;
					Py_XSETREF(made[src_reg], slot);
					regs[src_reg] = slot;
					changed = 1;
				}
			}
			/* asm that uses the frame pointer as a scratch register */
			if (stackval && has_func && src_reg == bp && base != bp)
				bp_scratch = 1;
		} else if (dest_type == OP_DEST_REG && (src_type == OP_SRC_POP || src_type == OP_SRC_POPF)) {
			if (dest_reg < 0 || dest_reg >= nregs)
				goto fallback;
			if (dest_reg == sp && base == CFI_SP_INDIRECT) {
				base = sp;	/* pop %rsp: back from a stack swizzle */
				continue;
			}
			PyObject *t = regs[dest_reg];
			if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 2)
				goto fallback;
			long saved_at = PyLong_AsLong(PyTuple_GET_ITEM(t, 1));
			if (saved_at == -1 && PyErr_Occurred())
				goto out;
			if (dest_reg == base && (!precise_bp || ss == -saved_at))
				base = sp;	/* pop %rbp */
			if (ss == -saved_at) {
				/* pop %reg: restored */
				PyObject *initial = PyTuple_GET_ITEM(init_regs, dest_reg);
				Py_XSETREF(made[dest_reg], Py_NewRef(initial));
				regs[dest_reg] = initial;
				changed = 1;
			}
			ss -= 8;
			if (base == sp)
				offset -= 8;
		} else {
			goto fallback;
		}
	}
	PyObject *new_regs = regs_in;
	if (changed) {
		new_regs = PyTuple_New(nregs);
		if (new_regs == NULL)
			goto out;
		for (Py_ssize_t r = 0; r < nregs; r++)
			PyTuple_SET_ITEM(new_regs, r, Py_NewRef(regs[r]));
	} else {
		Py_INCREF(new_regs);
	}
	result = PyTuple_New(K_LEN);
	if (result == NULL) {
		Py_DECREF(new_regs);
		goto out;
	}
	for (Py_ssize_t k = 0; k < K_LEN; k++) {
		PyObject *v;
		switch (k) {
		case K_BASE: v = PyLong_FromLong(base); break;
		case K_OFFSET: v = PyLong_FromLong(offset); break;
		case K_SS: v = PyLong_FromLong(ss); break;
		case K_REGS: v = new_regs; break;	/* (the reference passes to the tuple) */
		case K_BP_SCRATCH: v = Py_NewRef(bp_scratch ? Py_True : Py_False); break;
		default: v = Py_NewRef(PyTuple_GET_ITEM(key, k)); break;
		}
		if (v == NULL) {
			if (k < K_REGS)
				Py_DECREF(new_regs);	/* (not in the tuple yet) */
			Py_CLEAR(result);
			goto out;
		}
		PyTuple_SET_ITEM(result, k, v);
	}
	goto out;
fallback:
	result = Py_NewRef(Py_None);
out:
	for (Py_ssize_t r = 0; r < nregs; r++)
		Py_XDECREF(made[r]);
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
