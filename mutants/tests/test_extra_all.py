# SPDX-License-Identifier: GPL-2.0-only
"""--extra-checks=all on a kernel object: objtool's own output and the written object don't change."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import KBUILD_ARGS, run_pyobjtool

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "strncpy_from_user.o"


def test_all_checks_leave_objtool_output_alone(workdir: Path) -> None:
    plain_dir, all_dir = workdir / "plain", workdir / "all"
    plain_dir.mkdir()
    all_dir.mkdir()
    shutil.copyfile(EXAMPLE, plain_dir / EXAMPLE.name)
    shutil.copyfile(EXAMPLE, all_dir / EXAMPLE.name)
    plain = run_pyobjtool(plain_dir / EXAMPLE.name, KBUILD_ARGS, cwd=plain_dir)
    extra = run_pyobjtool(all_dir / EXAMPLE.name, KBUILD_ARGS + ["--extra-checks=all"], cwd=all_dir)
    assert extra.status == plain.status == 0
    assert extra.output == plain.output
    assert extra.stderr == plain.stderr
