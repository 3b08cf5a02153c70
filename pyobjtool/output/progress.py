# SPDX-License-Identifier: GPL-2.0-only
"""Progress of long work on a terminal: objects done of a batch (with rate and ETA),
or the phase and percentage of one big object.

Shown only on an interactive stderr and never under make (``MAKELEVEL`` set:
kbuild's normal use) unless ``PYOBJTOOL_PROGRESS=1`` asks for it;
``PYOBJTOOL_PROGRESS=0`` turns it off.  It draws one line that it rewrites,
and wipes it before any other output.
"""

from __future__ import annotations

import os
import sys
import time

#: an object with more instructions than this reports its phases
BIG_OBJECT = 300_000


def wanted() -> bool:
    setting = os.environ.get("PYOBJTOOL_PROGRESS")
    if setting is not None:
        return setting == "1"
    if "MAKELEVEL" in os.environ:
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """One rewritable status line on stderr, updated at most ten times a second."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def show(self, text: str, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        self.stream.write("\r\x1b[K" + text)
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    def objects(self, done: int, total: int) -> None:
        """A batch: ``[done/total] rate/s ETA m:ss``."""
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = done / elapsed
        left = (total - done) / rate if rate > 0 else 0.0
        self.show(f"pyobjtool: [{done}/{total}] {rate:.1f} objects/s, ETA {int(left) // 60}:{int(left) % 60:02d}",
                  force=done == total)

    def phase(self, name: str, done: int, total: int) -> None:
        """One big object: ``decoding 42%``."""
        pct = 100 * done // total if total else 100
        self.show(f"pyobjtool: {name} {pct}%")
