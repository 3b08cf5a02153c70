# SPDX-License-Identifier: GPL-2.0-only
"""Real kernel objects, checked as kbuild checked them, against the real objtool's output.

``tests/data`` holds a few small objects of a Linux 6.1 build (GPL-2.0, like
the kernel) before and after the real objtool ran, with the exact arguments
kbuild gave it (``objtool-6.1.json``).  They are chosen for what fixtures
made at test time rarely exercise: the entry code's unwind hints (IRET and
full register frames, intra-function calls, alternatives, exception tables),
retpoline thunks, GCC's DRAP stack realignment, an annotated C jump table
(the BPF interpreter), jump labels and reachable annotations.  pyobjtool must
reproduce every output byte (ORC tables included), objtool's stderr and its
exit status.
"""

from __future__ import annotations

import json
import lzma
from pathlib import Path

import pytest

from pyobjtool.arch.x86.orc import ORC_6_1
from pyobjtool.cli import parse_args
from pyobjtool.elf.file import ElfFile
from pyobjtool.output.orc_dump import orc_dump_lines
from pyobjtool.runner import ObjectResult, run_object

DATA = Path(__file__).parent / "data"
MANIFEST = json.loads((DATA / "objtool-6.1.json").read_text())
OBJECTS = {entry["obj"]: entry for entry in MANIFEST["objects"]}


def unpack(obj: str, kind: str) -> bytes:
    return lzma.decompress((DATA / f"{obj[:-2].replace('/', '__')}.{kind}.o.xz").read_bytes())


def run_in(tree: Path, args: list[str]) -> ObjectResult:
    """Run as kbuild does: from the top of the tree, with the object's relative path."""
    parsed = parse_args(["--profile", MANIFEST["release"], *args])
    cwd = Path.cwd()
    try:
        import os

        os.chdir(tree)
        return run_object(parsed.objects[0], parsed.opts)
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("obj", sorted(OBJECTS))
def test_same_output_as_objtool(tmp_path: Path, obj: str) -> None:
    entry = OBJECTS[obj]
    path = tmp_path / obj
    path.parent.mkdir(parents=True)
    path.write_bytes(unpack(obj, "pre"))
    run = run_in(tmp_path, entry["args"])
    assert run.status == entry["rc"]
    assert run.stderr == entry["stderr"].splitlines()
    expected = unpack(obj, "post")
    out = path.read_bytes()
    if out != expected:
        # say where, in ORC terms, before failing on the bytes
        ours = orc_dump_lines(ElfFile(out), ORC_6_1)
        theirs = orc_dump_lines(ElfFile(expected), ORC_6_1)
        first = next((i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b),
                     min(len(ours), len(theirs)))
        assert ours[first:first + 3] == theirs[first:first + 3], f"ORC differs at entry {first}"
    assert out == expected


def test_second_run_changes_nothing(tmp_path: Path) -> None:
    """A processed object run again: objtool's 'already has' warnings, no rewrite."""
    obj = "mm/mincore.o"
    path = tmp_path / obj
    path.parent.mkdir(parents=True)
    post = unpack(obj, "post")
    path.write_bytes(post)
    run = run_in(tmp_path, OBJECTS[obj]["args"])
    assert run.status == 0
    # (the real objtool 6.1 prints these three lines too)
    assert run.stderr == [f"{obj}: warning: objtool: file already has .static_call_sites section, skipping",
                          f"{obj}: warning: objtool: file already has .return_sites, skipping",
                          f"{obj}: warning: objtool: file already has .orc_unwind section, skipping"]
    assert path.read_bytes() == post


def test_states_shared_between_objects(tmp_path: Path) -> None:
    """One process checks one object after another with the states, stack-operation tuples and
    transitions it learned before (engine/cfi.py, SharedStates): each output is still
    objtool's, in any order, and every transition is keyed by a tuple the shared table keeps
    alive (a transition keyed by a dead tuple's id could be found again by a new one)."""
    from pyobjtool.engine import cfi

    order = sorted(OBJECTS) + sorted(OBJECTS, reverse=True)
    for n, obj in enumerate(order):
        entry = OBJECTS[obj]
        tree = tmp_path / str(n)
        path = tree / obj
        path.parent.mkdir(parents=True)
        path.write_bytes(unpack(obj, "pre"))
        run = run_in(tree, entry["args"])
        assert run.status == entry["rc"], obj
        assert path.read_bytes() == unpack(obj, "post"), obj
    assert cfi._SHARED, "no shared states were used"
    for shared in cfi._SHARED.values():
        kept = {id(ops) for ops in shared.ops}
        assert shared.transitions and all(key[1] in kept for key in shared.transitions)
        states = {id(state) for state in shared.cfis.states()}
        assert all(id(key[0]) in states for key in shared.transitions)
