# SPDX-License-Identifier: GPL-2.0-only
"""iced-x86's decoder, loaded without the ``iced_x86`` package's start-up cost.

``import iced_x86`` executes the package's ``__init__``, which imports a
Python module for every enum the library has (thousands of ``Code`` values,
mnemonics, registers, ...): about 20 ms, more than pyobjtool spends checking
a typical object, in a tool that kbuild starts once per object.  pyobjtool
needs only ``Decoder`` and ``Instruction`` from the compiled extension, so it
loads the extension module directly (about 2 ms) and falls back to the
regular import if that ever fails (another packaging of iced-x86).

The two constants are iced-x86's ``Code.INVALID`` and
``DecoderOptions.NO_INVALID_CHECK``; a test checks them against the package.
"""

from __future__ import annotations

#: iced_x86.Code.INVALID
CODE_INVALID = 0
#: iced_x86.DecoderOptions.NO_INVALID_CHECK
NO_INVALID_CHECK = 1


def _load_extension():
    import importlib.machinery
    import importlib.util
    import os

    spec = importlib.util.find_spec("iced_x86")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("iced_x86 not found")
    for folder in spec.submodule_search_locations:
        for name in os.listdir(folder):
            if name.startswith("_iced_x86_py") and name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
                path = os.path.join(folder, name)
                loader = importlib.machinery.ExtensionFileLoader("iced_x86._iced_x86_py", path)
                ext_spec = importlib.util.spec_from_file_location("iced_x86._iced_x86_py", path, loader=loader)
                module = importlib.util.module_from_spec(ext_spec)
                loader.exec_module(module)
                return module
    raise ImportError("iced_x86 extension module not found")


try:
    _ext = _load_extension()
except Exception:  # any packaging surprise: the regular (slower) import
    import iced_x86 as _ext  # type: ignore[no-redef]

Decoder = _ext.Decoder
Instruction = _ext.Instruction
