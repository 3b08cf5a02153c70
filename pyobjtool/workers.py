# SPDX-License-Identifier: GPL-2.0-only
"""A batch's worker processes: forked, handed ranges of line numbers, their results given
back in line order; a worker that dies costs the line it was on, not the batch.

Why not ``multiprocessing.Pool``: when a worker dies in the middle of a line
(a crash in C code, the OOM killer, a stray ``kill``), ``Pool.imap`` waits
for that line's result forever and the batch hangs.  Here the line the
worker was on gets an error result (:func:`run_ordered`'s *lost*), the lines
it had not started go to the other workers, and a new worker takes its
place.  It also starts quicker (multiprocessing's imports are 13 ms, a
twentieth of replaying the corpus from the result cache) and sends no task
over a pipe: a worker is forked with the list of tasks and gets only
``(first, end)`` ranges of positions in it.

Protocol: main to worker, 8 bytes per range (``<II``); worker to main, per
line, its position and the length of the pickled result (``<IQ``) and the
pickle.  A worker ends at the end of its range pipe.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import time
from collections import deque

TYPE_CHECKING = False  # typing's import costs start-up time; type checkers take this as True
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

_RANGE = struct.Struct("<II")
_RESULT = struct.Struct("<IQ")
#: ranges a worker is given ahead, so that it never waits for the next one
_AHEAD = 2
#: seconds the main process lets results gather while every worker has work in hand.
#: Replaying the 6.1 corpus from the result cache with two workers (five runs each),
#: reading each result as it came took 930-1,110 wake-ups and 0.11-0.13 s of the main
#: process's CPU time, the batch 0.19 s (median); with 1 ms, 170-200 wake-ups,
#: 0.08-0.11 s, 0.16 s
_GATHER = 0.001


class _Worker:
    """One forked worker, as the main process sees it."""

    __slots__ = ("pid", "ranges_w", "results_r", "given", "buffer", "handed")

    def __init__(self, pid: int, ranges_w: int, results_r: int) -> None:
        self.pid = pid
        self.ranges_w = ranges_w
        self.results_r = results_r
        #: positions handed to it and not yet answered, in the order it runs them
        self.given: deque[int] = deque()
        self.buffer = bytearray()
        #: every range it was handed
        self.handed: list[tuple[int, int]] = []


def run_ordered(tasks: Sequence, run_one: Callable, workers: int, chunk: int,
                start: Callable[[], None], end: Callable[[], None],
                lost: Callable[[object, str], object],
                left_by: Callable[[int, list], None] | None = None) -> Iterator:
    """``run_one(task)`` for every task, computed in *workers* forked processes, yielded in
    order.  Each worker calls *start* first and *end* when it is done; the task a worker
    died on gets ``lost(task, why)`` as its result, and ``left_by(pid, its tasks)`` may
    clear up after it (what its *end* would have)."""
    pending: deque[tuple[int, int]] = deque((i, min(i + chunk, len(tasks))) for i in range(0, len(tasks), chunk))
    ready: dict[int, object] = {}
    running: dict[int, _Worker] = {}  # by the fd its results come from
    import select

    poller = select.poll()

    def spawn() -> None:
        worker = _fork(tasks, run_one, start, end, running)
        running[worker.results_r] = worker
        poller.register(worker.results_r, select.POLLIN)

    def feed(worker: _Worker) -> None:
        while pending and len(worker.given) < _AHEAD * chunk:
            first, stop = pending[0]
            try:
                os.write(worker.ranges_w, _RANGE.pack(first, stop))
            except BrokenPipeError:
                return  # (it has died: its end of file is next)
            pending.popleft()
            worker.given.extend(range(first, stop))
            worker.handed.append((first, stop))

    def retire(worker: _Worker) -> None:
        poller.unregister(worker.results_r)
        del running[worker.results_r]
        os.close(worker.results_r)
        os.close(worker.ranges_w)
        _pid, status = os.waitpid(worker.pid, 0)
        if status and left_by is not None:
            left_by(worker.pid, [tasks[i] for first, stop in worker.handed for i in range(first, stop)])
        if worker.given:  # died on the first of these: the others go to someone else
            dead = worker.given.popleft()
            ready[dead] = lost(tasks[dead], _how_it_ended(status))
            for first, stop in reversed(_runs(worker.given)):
                pending.appendleft((first, stop))

    want = 0  # the position to yield next
    try:
        for _ in range(min(workers, len(pending))):
            spawn()
        for worker in list(running.values()):
            feed(worker)
        while want < len(tasks):
            while want in ready:
                yield ready.pop(want)
                want += 1
            if want >= len(tasks):
                break
            events = poller.poll()
            if all(len(worker.given) > chunk for worker in running.values()):
                # every worker has a range in hand after this one: let more results come
                # before reading (fewer wake-ups: the main process leaves the CPUs to them)
                time.sleep(_GATHER)
            for fd, _event in events:
                worker = running[fd]
                data = os.read(fd, 1 << 20)
                if not data:
                    retire(worker)
                    if pending:  # (else what is left is with the other workers)
                        spawn()
                        for other in list(running.values()):
                            feed(other)
                    continue
                worker.buffer += data
                for position, result in _take_results(worker.buffer):
                    worker.given.remove(position)  # (the first: a worker runs its lines in order)
                    ready[position] = result
                feed(worker)
    finally:
        for worker in list(running.values()):
            os.close(worker.ranges_w)  # (the end of its ranges: it finishes and exits)
        for worker in list(running.values()):
            if want < len(tasks):
                os.kill(worker.pid, signal.SIGTERM)  # (the batch was given up: stop now)
            os.close(worker.results_r)
            os.waitpid(worker.pid, 0)


def _runs(positions: deque[int]) -> list[tuple[int, int]]:
    """*positions* (ascending) as ranges ``(first, end)`` of consecutive ones."""
    out: list[tuple[int, int]] = []
    for position in positions:
        if out and out[-1][1] == position:
            out[-1] = (out[-1][0], position + 1)
        else:
            out.append((position, position + 1))
    return out


def _take_results(buffer: bytearray) -> Iterator[tuple[int, object]]:
    """The whole results at the front of *buffer*, removed from it."""
    at = 0
    while len(buffer) - at >= _RESULT.size:
        position, length = _RESULT.unpack_from(buffer, at)
        if len(buffer) - at - _RESULT.size < length:
            break
        body = at + _RESULT.size
        yield position, pickle.loads(buffer[body:body + length])
        at = body + length
    del buffer[:at]


def _how_it_ended(status: int) -> str:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"the worker process checking it was killed by {name}"
    return f"the worker process checking it exited with status {os.waitstatus_to_exitcode(status)}"


def _fork(tasks: Sequence, run_one: Callable, start: Callable[[], None], end: Callable[[], None],
          running: dict[int, _Worker]) -> _Worker:
    ranges_r, ranges_w = os.pipe()
    results_r, results_w = os.pipe()
    pid = os.fork()
    if pid:
        os.close(ranges_r)
        os.close(results_w)
        return _Worker(pid, ranges_w, results_r)
    # the worker
    status = 0
    try:
        os.close(ranges_w)
        os.close(results_r)
        for other in running.values():  # (the main process's ends to the other workers)
            os.close(other.ranges_w)
            os.close(other.results_r)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # (Ctrl-C: the main process stops the batch)
        signal.signal(signal.SIGTERM, lambda _sig, _frame: os._exit(_finish(end, 143)))
        start()
        while True:
            head = _read_exact(ranges_r, _RANGE.size)
            if not head:
                break
            first, stop = _RANGE.unpack(head)
            for position in range(first, stop):
                data = pickle.dumps(run_one(tasks[position]), pickle.HIGHEST_PROTOCOL)
                _write_all(results_w, _RESULT.pack(position, len(data)) + data)
    except BaseException:  # noqa: BLE001 - never back into the main process's code
        status = 70
    os._exit(_finish(end, status))


def _finish(end: Callable[[], None], status: int) -> int:
    try:
        end()
    except BaseException:  # noqa: BLE001
        return status or 70
    return status


def _read_exact(fd: int, size: int) -> bytes:
    data = b""
    while len(data) < size:
        more = os.read(fd, size - len(data))
        if not more:
            return b""
        data += more
    return data


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
