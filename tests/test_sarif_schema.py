# SPDX-License-Identifier: GPL-2.0-only
"""SARIF that code-scanning tools accept: checked against the official SARIF 2.1.0
schema, and by the SARIF SDK's own validator (the Microsoft SARIF Multitool).

Both come from the npm registry (package @microsoft/sarif-multitool-linux, which
carries ``sarif-2.1.0.json`` and the self-contained ``Sarif.Multitool``); .ci/run
unpacks it into ``$PYOBJTOOL_SARIF_TOOLS`` (default ``~/.cache/pyobjtool-tests/sarif``).
The findings cover a stack warning on a path (with its code flow and, with -g,
source lines), a file-level warning and an added check's warning.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import assemble

TOOLS = Path(os.environ.get("PYOBJTOOL_SARIF_TOOLS", Path.home() / ".cache" / "pyobjtool-tests" / "sarif"))
SCHEMA = TOOLS / "package" / "sarif-2.1.0.json"
MULTITOOL = TOOLS / "package" / "Sarif.Multitool"

needs_schema = pytest.mark.skipif(not SCHEMA.exists(), reason=f"SARIF schema not unpacked in {TOOLS}")

C_SOURCE = r"""
void g(void);
static inline void helper(int x) { if (x) asm volatile("push %%rbx" ::: "memory"); }
void f(int a) { helper(a); g(); }
"""
ASM = r"""
    .text
    .globl h
    .type h, @function
h:
    push %rbx
    ret
    .size h, .-h
"""


@pytest.fixture
def sarif(tmp_path: Path) -> Path:
    src = tmp_path / "f.c"
    src.write_text(C_SOURCE)
    subprocess.run(["gcc", "-O2", "-g", "-c", "-fno-asynchronous-unwind-tables", "-mcmodel=kernel", "-fno-pic",
                    "-o", str(tmp_path / "f.o"), str(src)], check=True)
    assemble(ASM, tmp_path / "h.o")
    out = tmp_path / "out.sarif"
    proc = subprocess.run([sys.executable, "-m", "pyobjtool", "--orc", "--format", "sarif",
                           "--extra-checks=noreturn", "f.o", "h.o"], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    out.write_text(proc.stdout)
    return out


def test_findings_carry_source_lines_and_paths(sarif: Path) -> None:
    doc = json.loads(sarif.read_text())
    results = doc["runs"][0]["results"]
    mismatch = next(r for r in results if r["ruleId"] == "objtool/stack/state-mismatch")
    physical = mismatch["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"].endswith("f.c")
    assert physical["region"]["startLine"] == 4
    flow = mismatch["codeFlows"][0]["threadFlows"][0]["locations"]
    assert flow[-1]["location"]["message"]["text"].endswith("warning")
    assert all(step["location"]["message"]["text"] for step in flow)


@needs_schema
def test_valid_against_the_official_schema(sarif: Path) -> None:
    import jsonschema

    schema = json.loads(SCHEMA.read_text())
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(json.loads(sarif.read_text())), key=lambda e: list(e.path))
    assert [f"{list(e.path)}: {e.message}" for e in errors] == []


@pytest.mark.skipif(not MULTITOOL.exists(), reason=f"SARIF Multitool not unpacked in {TOOLS}")
def test_sarif_multitool_finds_no_error(sarif: Path, tmp_path: Path) -> None:
    log = tmp_path / "validation.sarif"
    proc = subprocess.run([str(MULTITOOL), "validate", str(sarif), "-o", str(log)], capture_output=True,
                          text=True, env=dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="1"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    results = json.loads(log.read_text())["runs"][0].get("results", [])
    errors = [r for r in results if r.get("level", "warning") == "error"]
    assert errors == []
