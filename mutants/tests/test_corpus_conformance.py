# SPDX-License-Identifier: GPL-2.0-only
"""The conformance gate on recorded objtool corpora (``-m corpus``; off by default).

Each corpus folder found under ``$PYOBJTOOL_CORPUS`` (default ``../corpus``
next to the project) is replayed by ``bench/conformance.py``, which exits
non-zero on any difference from the real objtool: output bytes, ORC,
stderr, exit status.  Unpack the shared corpus there first
(``tar -C ../corpus -xJf ../shared/oracle/corpus-x86-6.1-dev.tar.xz``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("PYOBJTOOL_CORPUS", ROOT.parent / "corpus"))

#: corpus folder -> (objtool release, extra conformance.py arguments)
CORPORA = {
    "x86-6.1": ("6.1", []),
    "x86-6.1-warnings": ("6.1", []),
    "x86-6.1-mutants": ("6.1", []),
    "x86-6.12": ("6.12", []),
    "x86-6.12-mutants": ("6.12", []),
}

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_conforms(name: str) -> None:
    folder = CORPUS / name
    if not (folder / "calls.jsonl").exists():
        pytest.skip(f"{folder} is not unpacked")
    release, extra = CORPORA[name]
    if release not in _supported():
        pytest.skip(f"no objtool {release} profile yet")
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "conformance.py"), str(folder), "-j",
                           str(os.cpu_count() or 1), "--no-objtool", "--profile", release, *extra],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


def _supported() -> tuple[str, ...]:
    from pyobjtool.profiles import SUPPORTED

    return SUPPORTED
