# SPDX-License-Identifier: GPL-2.0-only
"""Loading pyobjtool's optional C accelerators, or not.

Two hot spots have a C twin of their Python code: the instruction record
(``engine/_insn.c``) and the x86-64 section decoder (``arch/x86/_decode.c``).
The Python code is the reference and the fallback: results are the same
either way, and the tests compare the two.  A C module is used only if

- it was built (``pip install`` compiles them when a C compiler is there),
- ``PYOBJTOOL_PURE`` is unset or ``0`` (``PYOBJTOOL_PURE=1`` forces pure Python),
- its interface version is the one the Python side expects, and
- its recorded source hash matches the ``.c`` file next to it, when that file
  is there (an editable install whose C file changed after the build falls
  back to Python instead of running stale code).

:func:`status` says which modules are in use (``pyobjtool --version`` prints it).
"""

from __future__ import annotations

import os
from importlib import import_module
from types import ModuleType

#: module name -> the interface version its Python callers are written for
EXPECTED_API = {
    "pyobjtool.engine._insn": 2,
    "pyobjtool.arch.x86._decode": 2,
    "pyobjtool.engine._stack_ops": 1,
    "pyobjtool.elf._tables": 1,
}

_loaded: dict[str, ModuleType | None] = {}
_why: dict[str, str] = {}


def pure_python() -> bool:
    """True if the user asked for pure Python (``PYOBJTOOL_PURE=1``)."""
    return os.environ.get("PYOBJTOOL_PURE", "0") not in ("", "0")


def load(name: str) -> ModuleType | None:
    """The C module *name*, or None if it must not or cannot be used (see the module doc)."""
    if name in _loaded:
        return _loaded[name]
    module = None
    if pure_python():
        _why[name] = "PYOBJTOOL_PURE is set"
    else:
        try:
            module = import_module(name)
        except ImportError:
            _why[name] = "not built"
        else:
            problem = _problem(name, module)
            if problem:
                _why[name] = problem
                module = None
            else:
                _why[name] = "in use"
    _loaded[name] = module
    return module


def _problem(name: str, module: ModuleType) -> str | None:
    if getattr(module, "API", None) != EXPECTED_API[name]:
        return f"interface {getattr(module, 'API', None)}, expected {EXPECTED_API[name]}: rebuild it"
    built = module.__file__ or ""
    source = os.path.splitext(built)[0].split(".")[0] + ".c"
    recorded = getattr(module, "SOURCE_HASH", "unknown")
    try:
        # (whole seconds: the build's copy step can truncate the module's time to the second,
        # which would make a source saved in that second look newer on every start)
        newer = os.stat(source).st_mtime_ns // 10**9 > os.stat(built).st_mtime_ns // 10**9
    except OSError:
        newer = False  # no source next to it (a wheel): nothing to compare
    if newer:  # (only then is the source hashed: hashlib costs a few ms on every start)
        import hashlib

        with open(source, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()[:16]
        if digest != recorded:
            return f"built from an older {os.path.basename(source)}: rebuild it (pip install -e .)"
    return None


def status() -> dict[str, str]:
    """Each C module and whether it is used (loading them all)."""
    for name in EXPECTED_API:
        load(name)
    return dict(_why)


def reset() -> None:
    """Forget what was loaded (tests that flip PYOBJTOOL_PURE)."""
    _loaded.clear()
    _why.clear()
