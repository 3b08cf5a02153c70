# SPDX-License-Identifier: GPL-2.0-only
"""pyobjtool without its C accelerators (a machine without a compiler) passes the same tests.

The rest of the suite runs with the C modules when they are built; this runs
the tests that exercise the engine hardest (every warning fixture, the real
kernel objects, the 6.12 profile against the real objtool) once more with
``PYOBJTOOL_PURE=1``, in a child pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SUITES = ["test_warnings_stack.py", "test_warnings_flow.py", "test_warnings_annotations.py",
          "test_warnings_mitigations.py", "test_warnings_uaccess.py", "test_real_objects.py",
          "test_profile_612.py"]


def test_engine_suites_pass_in_pure_python() -> None:
    env = dict(os.environ, PYOBJTOOL_PURE="1")
    code = "import pyobjtool.engine.instruction as i; assert i.Instruction is i.PyInstruction"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
                           *(str(TESTS / name) for name in SUITES)],
                          env=env, cwd=TESTS.parent, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout.splitlines()[-1]
