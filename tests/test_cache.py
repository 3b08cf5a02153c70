# SPDX-License-Identifier: GPL-2.0-only
"""The result cache (pyobjtool/cache.py): a replay is byte-identical to the run it recorded,
bad entries are never applied, the size cap holds, and it can be turned off."""

from __future__ import annotations

import json
import lzma
import os
from pathlib import Path

import pytest

from pyobjtool import cache, runner
from pyobjtool.cli import main

DATA = Path(__file__).parent / "data"
MANIFEST = json.loads((DATA / "objtool-6.1.json").read_text())
OBJECTS = {entry["obj"]: entry for entry in MANIFEST["objects"]}
OBJ = "mm/mincore.o"


def unpack(obj: str, kind: str) -> bytes:
    return lzma.decompress((DATA / f"{obj[:-2].replace('/', '__')}.{kind}.o.xz").read_bytes())


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A build folder with the cache on, in a folder of its own."""
    monkeypatch.setenv("PYOBJTOOL_CACHE", "1")
    monkeypatch.setenv("PYOBJTOOL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("OBJTOOL_ARGS", raising=False)
    build = tmp_path / "build"
    build.mkdir()
    monkeypatch.chdir(build)
    return build


def stage(tree: Path, obj: str, kind: str = "pre") -> Path:
    path = tree / obj
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(unpack(obj, kind))
    return path


def entries(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("??/*") if ".tmp-" not in p.name) if root.exists() else []


class Counter:
    """Counts real runs (a replay does not call runner.run_object)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = runner.run_object

        def counted(*args, **kwargs):
            self.calls += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(runner, "run_object", counted)


def run(args: list[str], capsys) -> tuple[int, str, str]:
    status = main(args)
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.mark.parametrize("obj", ["mm/mincore.o", "kernel/bpf/core.o", "arch/x86/entry/entry_64.o"])
def test_replay_is_byte_identical(tree: Path, obj: str, capsys, monkeypatch) -> None:
    args = ["--profile", "6.1", *OBJECTS[obj]["args"]]
    path = stage(tree, obj)
    counter = Counter(monkeypatch)
    first = run(args, capsys)
    assert path.read_bytes() == unpack(obj, "post")
    assert len(entries(tree.parent / "cache")) == 1
    path.write_bytes(unpack(obj, "pre"))
    second = run(args, capsys)
    assert counter.calls == 1  # the second was a replay
    assert second == first
    assert path.read_bytes() == unpack(obj, "post")


def test_replay_prints_the_recorded_warnings(tree: Path, capsys, monkeypatch) -> None:
    """An object objtool already processed: three warnings, nothing written."""
    args = ["--profile", "6.1", *OBJECTS[OBJ]["args"]]
    path = stage(tree, OBJ, "post")
    counter = Counter(monkeypatch)
    first = run(args, capsys)
    second = run(args, capsys)
    assert counter.calls == 1
    assert first == second and first[2].count("already has") == 3
    assert path.read_bytes() == unpack(OBJ, "post")


def test_key_covers_arguments_path_environment_and_bytes(tree: Path) -> None:
    data = unpack(OBJ, "pre")
    base = cache.request_key("id", ["--orc", "a.o"], data)
    assert cache.request_key("id", ["--orc", "a.o"], data) == base
    assert cache.request_key("id2", ["--orc", "a.o"], data) != base
    assert cache.request_key("id", ["--orc", "./a.o"], data) != base
    assert cache.request_key("id", ["--orc", "--uaccess", "a.o"], data) != base
    assert cache.request_key("id", ["--orc", "a.o"], data + b"\0") != base
    env = dict(os.environb)
    for name, changes in ((b"OBJTOOL_ARGS", True), (b"PYOBJTOOL_PROFILE", True), (b"VERSION", True),
                          (b"PYOBJTOOL_CACHE_SIZE", False), (b"PYOBJTOOL_SERVER_IDLE", False), (b"HOME2", False)):
        other = dict(env)
        other[name] = b"x"
        assert (cache.request_key("id", ["--orc", "a.o"], data, other) != cache.request_key(
            "id", ["--orc", "a.o"], data, env)) == changes, name
    (tree / "Makefile").write_text("VERSION = 6\nPATCHLEVEL = 1\n")
    assert cache.request_key("id", ["--orc", "a.o"], data) != base


def test_corrupted_entry_is_removed_and_never_applied(tree: Path, capsys, monkeypatch) -> None:
    args = ["--profile", "6.1", *OBJECTS[OBJ]["args"]]
    path = stage(tree, OBJ)
    run(args, capsys)
    (entry,) = entries(tree.parent / "cache")
    raw = bytearray(entry.read_bytes())
    raw[-200] ^= 0xFF  # inside the recorded object
    entry.write_bytes(bytes(raw))
    path.write_bytes(unpack(OBJ, "pre"))
    counter = Counter(monkeypatch)
    status, out, err = run(args, capsys)
    assert counter.calls == 1  # checked again, not replayed
    assert (status, err) == (0, "")
    assert path.read_bytes() == unpack(OBJ, "post")
    assert entries(tree.parent / "cache") == [entry] and cache.decode_entry(entry.name, entry.read_bytes())


@pytest.mark.parametrize("damage", ["truncate", "header", "other key", "garbage"])
def test_bad_entries_do_not_decode(damage: str) -> None:
    key = "ab" * 32
    good = cache.encode_entry(key, cache.Entry(0, b"out\n", b"err\n", b"\x7fELF...", b"note"))
    assert cache.decode_entry(key, good).output == b"\x7fELF..."
    bad = {"truncate": good[:-1], "header": b"X" + good[1:], "other key": good,
           "garbage": os.urandom(len(good))}[damage]
    assert cache.decode_entry("cd" * 32 if damage == "other key" else key, bad) is None


def test_eviction_keeps_the_recently_used(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    keys = [f"{i:02x}" * 32 for i in range(10)]
    for age, key in enumerate(keys):
        cache.store(str(root), key, cache.Entry(0, b"", b"", b"x" * 1000), limit=1 << 30)
        os.utime(cache.entry_path(str(root), key), (1000 + age, 1000 + age))
    size = os.path.getsize(cache.entry_path(str(root), keys[0]))
    cache.lookup(str(root), keys[0])  # used now: the newest
    left = cache.trim(str(root), 5 * size)
    kept = {p.name for p in entries(root)}
    assert left <= 5 * size
    assert keys[0] in kept and keys[-1] in kept and keys[1] not in kept
    assert len(kept) == 4  # 90% of the cap: 4 whole entries


def test_store_trims_when_due(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    for i in range(4):
        cache.store(str(root), f"{i:02x}" * 32, cache.Entry(0, b"", b"", b"x" * 1000), limit=1 << 30)
    assert len(entries(root)) == 4
    cache.store(str(root), "fe" * 32, cache.Entry(0, b"", b"", b"x" * 1000), limit=3000)
    assert len(entries(root)) == 5  # trimmed less than a minute ago
    os.utime(root / ".trimmed", (0, 0))  # last trimmed long ago
    cache.store(str(root), "ff" * 32, cache.Entry(0, b"", b"", b"x" * 1000), limit=3000)
    assert len(entries(root)) == 2


@pytest.mark.parametrize("how", ["--no-cache", "PYOBJTOOL_CACHE=0", "--backup", "--report", "two objects"])
def test_off_switches_and_uncacheable_runs(tree: Path, how: str, capsys, monkeypatch) -> None:
    args = ["--profile", "6.1", *OBJECTS[OBJ]["args"][:-1]]
    stage(tree, OBJ)
    if how == "PYOBJTOOL_CACHE=0":
        monkeypatch.setenv("PYOBJTOOL_CACHE", "0")
    elif how == "--report":
        args += ["--report", str(tree / "r.jsonl")]
    elif how == "two objects":
        stage(tree, "fs/attr.o")
        args.append("fs/attr.o")
    elif how != "PYOBJTOOL_CACHE=0":
        args.append(how)
    assert run([*args, OBJ], capsys)[0] == 0
    assert entries(tree.parent / "cache") == []


def test_read_only_object_is_refused_not_replayed(tree: Path, capsys) -> None:
    args = ["--profile", "6.1", *OBJECTS[OBJ]["args"]]
    path = stage(tree, OBJ)
    run(args, capsys)
    path.write_bytes(unpack(OBJ, "pre"))
    path.chmod(0o444)
    status, _out, err = run(args, capsys)
    assert status == 1 and "read-only" in err
    assert path.read_bytes() == unpack(OBJ, "pre")


def test_changed_object_is_a_miss(tree: Path, capsys, monkeypatch) -> None:
    args = ["--profile", "6.1", *OBJECTS[OBJ]["args"]]
    path = stage(tree, OBJ)
    run(args, capsys)
    data = bytearray(unpack(OBJ, "pre"))
    data[-1] ^= 1  # (the section header table's last byte: still a valid object)
    path.write_bytes(bytes(data))
    counter = Counter(monkeypatch)
    run(args, capsys)
    assert counter.calls == 1
    assert len(entries(tree.parent / "cache")) == 2


# --------------------------------------------------------------------------- batches

BATCH_OBJECTS = ["mm/mincore.o", "fs/attr.o", "kernel/bpf/core.o"]


def write_batch(tree: Path, objs: list[str], extra: str = "") -> Path:
    lines = [" ".join(OBJECTS[obj]["args"]) + extra for obj in objs]
    batch = tree / "calls.txt"
    batch.write_text("# kbuild's calls\n" + "\n".join(lines) + "\n")
    return batch


def hidden_files(tree: Path) -> list[Path]:
    return list(tree.rglob(".pyobjtool*"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_replays_what_it_recorded(tree: Path, jobs: str, capsys, monkeypatch) -> None:
    """Each line is recorded, then replayed: the same objects, lines and status, no spare left."""
    batch = write_batch(tree, BATCH_OBJECTS)
    for obj in BATCH_OBJECTS:
        stage(tree, obj)
    args = ["--profile", "6.1", "--batch", str(batch), "-j", jobs]
    first = run(args, capsys)
    assert len(entries(tree.parent / "cache")) == len(BATCH_OBJECTS)
    for obj in BATCH_OBJECTS:
        assert (tree / obj).read_bytes() == unpack(obj, "post")
        stage(tree, obj)
    counter = Counter(monkeypatch)
    second = run(args, capsys)
    if jobs == "1":
        assert counter.calls == 0  # (with -j 2 the workers count in their own processes)
    assert second == first
    for obj in BATCH_OBJECTS:
        assert (tree / obj).read_bytes() == unpack(obj, "post")
    assert len(entries(tree.parent / "cache")) == len(BATCH_OBJECTS)
    assert hidden_files(tree) == []


def test_a_batch_line_shares_the_entry_of_the_call_that_runs_as_it_does(tree: Path, capsys, monkeypatch) -> None:
    """A line is keyed as the single call ``--profile <the batch's release> <the line>``: that
    call's entry replays it, and a batch of another release does not."""
    path = stage(tree, OBJ)
    single = run(["--profile", "6.1", *OBJECTS[OBJ]["args"]], capsys)
    batch = write_batch(tree, [OBJ])
    counter = Counter(monkeypatch)
    path.write_bytes(unpack(OBJ, "pre"))
    assert run(["--profile", "6.1", "--batch", str(batch)], capsys) == single
    assert counter.calls == 0
    path.write_bytes(unpack(OBJ, "pre"))
    run(["--profile", "6.12", "--batch", str(batch)], capsys)
    assert counter.calls == 1  # another release: another key
    assert len(entries(tree.parent / "cache")) == 2


@pytest.mark.parametrize("how", ["--no-cache", "--report", "--format=json", "a bad line"])
def test_uncached_batches_and_lines(tree: Path, how: str, capsys) -> None:
    for obj in BATCH_OBJECTS[:2]:
        stage(tree, obj)
    args = ["--profile", "6.1"]
    if how == "--report":
        args += ["--report", str(tree / "r.jsonl")]
    elif how != "a bad line":
        args.append(how)
    batch = write_batch(tree, BATCH_OBJECTS[:2], " --no-such-option" if how == "a bad line" else "")
    run([*args, "--batch", str(batch)], capsys)
    assert entries(tree.parent / "cache") == []


def test_a_line_repeated_in_a_batch_replays_the_rewritten_object(tree: Path, capsys, monkeypatch) -> None:
    """The same object twice: the second line sees the first line's output (already has ORC),
    and each is recorded under the bytes it saw."""
    path = stage(tree, OBJ)
    batch = write_batch(tree, [OBJ, OBJ])
    first = run(["--profile", "6.1", "--batch", str(batch)], capsys)
    assert first[2].count("already has") == 3
    assert len(entries(tree.parent / "cache")) == 2
    path.write_bytes(unpack(OBJ, "pre"))
    counter = Counter(monkeypatch)
    assert run(["--profile", "6.1", "--batch", str(batch)], capsys) == first
    assert counter.calls == 0
    assert path.read_bytes() == unpack(OBJ, "post")


def test_a_cache_cleared_under_a_process_is_made_again(tmp_path: Path) -> None:
    """A long-lived process (the server) remembers the entry folders it made; after
    ``cache --clear`` its next entry still gets recorded."""
    import shutil

    root = tmp_path / "cache"
    cache.store(str(root), "ab" * 32, cache.Entry(0, b"", b"", b"x"), limit=1 << 30)
    shutil.rmtree(root)
    cache.store(str(root), "ab" + "cd" * 31, cache.Entry(0, b"", b"", b"y"), limit=1 << 30)
    assert [p.name for p in entries(root)] == ["ab" + "cd" * 31]
