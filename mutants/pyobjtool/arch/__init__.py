# SPDX-License-Identifier: GPL-2.0-only
"""Architectures behind one interface (:mod:`.base`); :func:`for_machine` picks one by ``e_machine``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..elf.constants import EM_AARCH64, EM_X86_64

if TYPE_CHECKING:
    from .base import Arch

#: e_machine -> module that defines ``ARCH`` (imported on first use: each pulls in its decoder)
_MODULES = {EM_X86_64: "x86", EM_AARCH64: "arm64"}


def for_machine(e_machine: int) -> Arch | None:
    """The architecture of an object, or None if pyobjtool has none for it."""
    module = _MODULES.get(e_machine)
    if module is None:
        return None
    import importlib

    return importlib.import_module(f"{__name__}.{module}").ARCH
