# SPDX-License-Identifier: GPL-2.0-only
"""Build of pyobjtool's optional C accelerators (everything else is in pyproject.toml).

The C modules are compiled when a C compiler and the Python headers are
there; when they are not, the build says so and pyobjtool runs in pure
Python, with the same results (the Python code is the reference; see
docs/native.md).  Each module records a hash of its source so that a stale
build is never used after the C file changed (pyobjtool/native.py).
"""

import hashlib
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
NATIVE = {
    "pyobjtool.engine._insn": "pyobjtool/engine/_insn.c",
    "pyobjtool.arch.x86._decode": "pyobjtool/arch/x86/_decode.c",
    "pyobjtool.engine._stack_ops": "pyobjtool/engine/_stack_ops.c",
    "pyobjtool.elf._tables": "pyobjtool/elf/_tables.c",
}


def _extension(name: str, source: str) -> Extension:
    digest = hashlib.sha256((HERE / source).read_bytes()).hexdigest()[:16]
    return Extension(name, [source], define_macros=[("PYOBJTOOL_SOURCE_HASH", f'"{digest}"')],
                     extra_compile_args=["-O2", "-std=c11", "-Wall", "-Wno-missing-braces"], optional=True)


class OptionalBuildExt(build_ext):
    """build_ext that never fails the install: a module that can't be built is left out."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler at all, no headers, ...
            self.warn(f"pyobjtool: C accelerators not built ({exc}); running in pure Python")

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:
            self.warn(f"pyobjtool: {ext.name} not built ({exc}); running in pure Python")


setup(ext_modules=[_extension(name, src) for name, src in NATIVE.items()],
      cmdclass={"build_ext": OptionalBuildExt})
