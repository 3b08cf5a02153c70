# SPDX-License-Identifier: GPL-2.0-only
"""A batch's worker processes (pyobjtool/workers.py): results in order whatever the ranges,
a worker that dies costs the one line it was on, and a batch given up stops its workers."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from pyobjtool import workers


def square(task: int) -> int:
    return task * task


def lost(task: int, why: str) -> str:
    return f"lost {task}: {why}"


def nothing() -> None:
    pass


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pids of the workers forked during the test."""
    pids: list[int] = []
    real = workers._fork

    def recording(*args):
        worker = real(*args)
        pids.append(worker.pid)
        return worker

    monkeypatch.setattr(workers, "_fork", recording)
    return pids


def all_reaped(pids: list[int]) -> bool:
    """Every one of *pids* has ended and been waited for (no worker left, no zombie)."""
    for pid in pids:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return bool(pids)


@pytest.mark.parametrize(("count", "jobs", "chunk"), [(1, 2, 1), (10, 2, 1), (100, 2, 7), (100, 3, 64), (5, 4, 2)])
def test_results_come_in_order(count: int, jobs: int, chunk: int, forked: list[int]) -> None:
    assert list(workers.run_ordered(list(range(count)), square, jobs, chunk, nothing, nothing, lost)) == [
        i * i for i in range(count)]
    assert all_reaped(forked)


def die_on_multiples_of_seven(task: int) -> int:
    if task % 7 == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return task * task


def test_a_dead_worker_costs_only_its_line(forked: list[int]) -> None:
    left: list[tuple[int, list[int]]] = []
    got = list(workers.run_ordered(list(range(50)), die_on_multiples_of_seven, 2, 4, nothing, nothing, lost,
                                   lambda pid, tasks: left.append((pid, tasks))))
    for task, result in enumerate(got):
        if task % 7 == 3:
            assert result == f"lost {task}: the worker process checking it was killed by SIGKILL"
        else:
            assert result == task * task
    assert len(left) == sum(1 for task in range(50) if task % 7 == 3)  # told of every death
    assert all(3 in tasks or any(t % 7 == 3 for t in tasks) for _pid, tasks in left)
    assert all_reaped(forked)


def exit_always(task: int) -> int:
    os._exit(3)


def test_a_batch_ends_even_if_every_line_kills_its_worker() -> None:
    got = list(workers.run_ordered(list(range(6)), exit_always, 2, 2, nothing, nothing, lost))
    assert got == [f"lost {i}: the worker process checking it exited with status 3" for i in range(6)]


def slow(task: int) -> int:
    import time

    time.sleep(0.2 if task else 0)
    return task


def test_a_batch_given_up_stops_its_workers(forked: list[int]) -> None:
    run = workers.run_ordered(list(range(40)), slow, 2, 1, nothing, nothing, lost)
    assert next(run) == 0
    run.close()
    assert all_reaped(forked)


def test_each_worker_starts_and_ends(tmp_path: Path) -> None:
    def start() -> None:
        (tmp_path / f"start-{os.getpid()}").touch()

    def end() -> None:
        (tmp_path / f"end-{os.getpid()}").touch()

    list(workers.run_ordered(list(range(20)), square, 2, 2, start, end, lost))
    starts = {p.name.split("-")[1] for p in tmp_path.glob("start-*")}
    ends = {p.name.split("-")[1] for p in tmp_path.glob("end-*")}
    assert len(starts) == 2 and starts == ends and str(os.getpid()) not in starts


def test_no_line_runs_twice(tmp_path: Path) -> None:
    """Lines a dead worker had not started go to others once each (handing them out again in
    the wrong ranges once ran other workers' lines a second time)."""
    log = tmp_path / "ran"

    def run(task: int) -> int:
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.write(fd, b"%d\n" % task)
        os.close(fd)
        if task % 5 == 1:
            os.kill(os.getpid(), signal.SIGKILL)
        return task

    got = list(workers.run_ordered(list(range(60)), run, 3, 3, nothing, nothing, lost))
    assert [r for r in got if isinstance(r, int)] == [t for t in range(60) if t % 5 != 1]
    ran = sorted(int(line) for line in log.read_text().split())
    assert ran == list(range(60))


def test_a_batch_whose_worker_dies_checks_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys,
                                                   forked: list[int]) -> None:
    """``--batch -j 2`` where checking one object kills its worker (a crash in C code, the OOM killer): that object gets one error
    line (status 2) and stays as it was, every other object is checked, no spare is left."""
    import json
    import lzma

    from pyobjtool import runner
    from pyobjtool.cli import main

    data = Path(__file__).parent / "data"
    manifest = {e["obj"]: e for e in json.loads((data / "objtool-6.1.json").read_text())["objects"]}
    objs = ["mm/mincore.o", "fs/attr.o", "kernel/bpf/core.o", "arch/x86/entry/entry_64.o"]

    def unpack(obj: str, kind: str) -> bytes:
        return lzma.decompress((data / f"{obj[:-2].replace('/', '__')}.{kind}.o.xz").read_bytes())

    monkeypatch.chdir(tmp_path)
    for obj in objs:
        Path(obj).parent.mkdir(parents=True, exist_ok=True)
        Path(obj).write_bytes(unpack(obj, "pre"))
    Path("calls.txt").write_text("".join(" ".join(manifest[obj]["args"]) + "\n" for obj in objs * 2))
    real = runner.run_object

    def crash_on_attr(path: str, opts, more_follow: bool = False):
        if path == "fs/attr.o":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, opts, more_follow)

    monkeypatch.setattr(runner, "run_object", crash_on_attr)
    status = main(["--profile", "6.1", "--batch", "calls.txt", "-j", "2"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("fs/attr.o: internal error: the worker process checking it was killed by SIGKILL") == 2
    assert Path("fs/attr.o").read_bytes() == unpack("fs/attr.o", "pre")
    for obj in objs:
        if obj != "fs/attr.o":
            assert Path(obj).read_bytes() == unpack(obj, "post")
    assert list(tmp_path.rglob(".pyobjtool*")) == []
    assert all_reaped(forked)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_a_batch_cleanly(tmp_path: Path, jobs: str) -> None:
    """SIGINT mid-batch: no traceback, the exit of a program killed by SIGINT (what make looks
    for), every object whole (its old or its new bytes), no spare file, no worker left."""
    import json
    import lzma
    import subprocess
    import sys
    import time

    data = Path(__file__).parent / "data"
    manifest = {e["obj"]: e for e in json.loads((data / "objtool-6.1.json").read_text())["objects"]}
    objs = ["mm/mincore.o", "fs/attr.o", "kernel/bpf/core.o", "arch/x86/entry/entry_64.o"]
    kinds = {obj: {lzma.decompress((data / f"{obj[:-2].replace('/', '__')}.{kind}.o.xz").read_bytes())
                   for kind in ("pre", "post")} for obj in objs}
    pre = {obj: lzma.decompress((data / f"{obj[:-2].replace('/', '__')}.pre.o.xz").read_bytes()) for obj in objs}
    for obj in objs:
        (tmp_path / obj).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / obj).write_bytes(pre[obj])
    batch = tmp_path / "calls.txt"
    batch.write_text("".join(" ".join(manifest[obj]["args"]) + "\n" for obj in objs) * 300)
    env = dict(os.environ, PYOBJTOOL_CACHE="0")
    proc = subprocess.Popen([sys.executable, "-m", "pyobjtool", "--profile", "6.1", "--batch", str(batch), "-j", jobs],
                            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while (tmp_path / objs[0]).read_bytes() == pre[objs[0]] and time.monotonic() < deadline:
        time.sleep(0.02)  # (until the batch has written something)
    proc.send_signal(signal.SIGINT)
    err = proc.communicate(timeout=60)[1].decode()
    assert proc.returncode == -signal.SIGINT, err[-2000:]
    assert "Traceback" not in err
    for obj in objs:
        assert (tmp_path / obj).read_bytes() in kinds[obj]
    assert list(tmp_path.rglob(".pyobjtool*")) == []
    time.sleep(0.2)
    left = [p for p in Path("/proc").glob("[0-9]*") if str(batch).encode() in _cmdline(p)]
    assert left == []


def _cmdline(proc_dir: Path) -> bytes:
    try:
        return (proc_dir / "cmdline").read_bytes()
    except OSError:
        return b""
