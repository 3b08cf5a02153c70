# SPDX-License-Identifier: GPL-2.0-only
"""--format json / sarif carry the same diagnostics as the text lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import assemble

SOURCE = r"""
    .text
    .globl f
    .type f, @function
f:
    push %rbx
    ret
    .size f, .-f
"""


def _run(tmp_path: Path, fmt: str) -> tuple[subprocess.CompletedProcess, Path]:
    obj = assemble(SOURCE, tmp_path / "f.o")
    proc = subprocess.run([sys.executable, "-m", "pyobjtool", "--orc", "--format", fmt, "f.o", "nope.o"],
                          cwd=tmp_path, capture_output=True, text=True)
    return proc, obj


def test_json(tmp_path: Path) -> None:
    proc, _ = _run(tmp_path, "json")
    assert proc.returncode == 1  # the missing second object
    doc = json.loads(proc.stdout)
    first, second = doc["objects"]
    assert first["path"] == "f.o" and first["status"] == 0 and first["written"]
    [diag] = first["diagnostics"]
    assert diag["message"] == "return with modified stack frame"
    assert (diag["section"], diag["offset"], diag["symbol"], diag["symbol_offset"]) == (".text", 1, "f", 1)
    assert diag["location"] == "f+0x1"
    assert second["status"] == 1
    assert second["errors"] == ["pyobjtool: error: nope.o: can't open: No such file or directory"]
    assert proc.stderr == ""  # everything went into the document


def test_sarif(tmp_path: Path) -> None:
    proc, _ = _run(tmp_path, "sarif")
    doc = json.loads(proc.stdout)
    assert doc["version"] == "2.1.0"
    [result] = doc["runs"][0]["results"]
    assert result["level"] == "warning"
    assert result["message"]["text"] == "f+0x1: return with modified stack frame"
    assert result["ruleId"] == "objtool/stack/return-modified-frame"
    [rule] = doc["runs"][0]["tool"]["driver"]["rules"]
    assert rule["id"] == result["ruleId"]
    assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
    location = result["locations"][0]
    assert location["logicalLocations"][0] == {"name": "f", "fullyQualifiedName": "f+0x1", "kind": "function"}
    # no DWARF: the object and the instruction's address
    physical = location["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "f.o"
    assert physical["address"]["relativeAddress"] == 1
    # the path from the function's entry to the return
    steps = result["codeFlows"][0]["threadFlows"][0]["locations"]
    assert [s["location"]["message"]["text"].split(":")[0] for s in steps] == ["f+0x0", "f+0x1"]
    assert len(result["partialFingerprints"]["pyobjtool/v1"]) == 32
