# SPDX-License-Identifier: GPL-2.0-only
"""Running recursive path walks without Python recursion.

objtool's walks (validate_branch(), validate_entry()) recurse into every
branch.  A walk here is a generator: it ``yield``s the instruction (and
whatever else the sub-walk needs) where objtool would recurse, receives the
sub-walk's result, and finally ``return``s its own.  :func:`run_walk` drives
such generators on an explicit stack, so the visiting order is objtool's and
deeply branching functions can't overflow the interpreter stack.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

Walk = Generator[Any, Any, Any]


def run_walk(start: Walk, spawn: Callable[[Any], Walk]) -> Any:
    """Run *start*; every value it (or a sub-walk) yields is turned into a sub-walk by *spawn*."""
    stack = [start]
    value = None
    while stack:
        try:
            request = stack[-1].send(value)
        except StopIteration as stop:
            stack.pop()
            value = stop.value
            continue
        stack.append(spawn(request))
        value = None
    return value
