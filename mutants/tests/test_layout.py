# SPDX-License-Identifier: GPL-2.0-only
"""The layering rules of docs/architecture.md, checked on the source.

The engine and the objtool profiles must not know the instruction set: they
reach the architecture only through :mod:`pyobjtool.arch.base`'s interface.
Nothing on the path kbuild runs may import the ``iced_x86`` package (its
import alone costs more than checking a typical object).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pyobjtool"


def imported_modules(path: Path) -> set[str]:
    """Absolute names of every module *path* imports (relative imports resolved)."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.add(name)
            out.update(f"{name}.{alias.name}" for alias in node.names)
    return out


@pytest.mark.parametrize("layer", ["engine", "profiles"])
def test_layer_knows_no_instruction_set(layer: str) -> None:
    offenders = {}
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        bad = {m for m in imported_modules(path)
               if m.startswith(("pyobjtool.arch.x86", "pyobjtool.arch.arm64", "iced_x86"))}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


def test_engine_reaches_the_arch_through_the_interface() -> None:
    for path in sorted((PACKAGE / "engine").rglob("*.py")):
        for module in imported_modules(path):
            if module.startswith("pyobjtool.arch"):
                assert module.startswith(("pyobjtool.arch.base", "pyobjtool.arch.insn")), (path, module)


def test_kbuild_path_does_not_import_iced_package(tmp_path: Path) -> None:
    """The check of one object (as kbuild runs it) loads no iced_x86 Python modules."""
    from conftest import KBUILD_ARGS, assemble
    from fixtures_asm import frame_function

    obj = assemble(frame_function(), tmp_path / "f.o")
    code = ("import sys; from pyobjtool.cli import main; rc = main(sys.argv[1:]); "
            "bad = [m for m in sys.modules if m == 'iced_x86' or m.startswith('iced_x86.') "
            "and m != 'iced_x86._iced_x86_py']; print(bad); sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, *KBUILD_ARGS, str(obj)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
