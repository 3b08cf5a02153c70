# SPDX-License-Identifier: GPL-2.0-only
"""The contract file of the ``contracts`` check (TOML, ``--contracts FILE``).

One table per symbol::

    # arch/x86/kvm/vmx/vmenter.S
    [vmread_error_trampoline]
    preserves = "all"        # "all" GPRs but RSP, "none", or a list: ["rax", "rcx", ...]
    args = "stack:2"         # "stack:N": N words pushed right before the call; "regs": C ABI
    callers = "asm-only"     # "asm-only": only direct calls from asm; "any" (default)

Mistakes in the file are errors (exit status 1, one ``pyobjtool: error:``
line), not warnings: a contract that silently checks nothing is worse than
none.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from ..arch.x86.registers import CFI_SP, REG_NAMES
from ..errors import OptionError
from .stack_values import ALL_GPRS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_KEYS = ("preserves", "args", "callers")
_REG_NUMBERS = {name: num for num, name in enumerate(REG_NAMES[:16])}


class Contract(NamedTuple):
    """What one asm helper promises and expects."""

    symbol: str
    #: registers (CFI numbers) the helper returns unchanged
    preserves: frozenset[int]
    #: words the caller pushes right before the call; None: C ABI (register arguments)
    stack_words: int | None
    #: only direct calls from asm may reach the helper
    asm_only: bool

    @property
    def args_text(self) -> str:
        return "regs" if self.stack_words is None else f"stack:{self.stack_words}"


_cache: dict[str, dict[str, Contract]] = {}


def load_contracts(path: str) -> dict[str, Contract]:
    """Parse (once per process) and validate a contract file: symbol -> Contract."""
    contracts = _cache.get(path)
    if contracts is None:
        contracts = _cache[path] = parse_contracts(_read(path), path)
    return contracts


def _read(path: str) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise OptionError(f"can't read contract file '{path}': {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise OptionError(f"contract file '{path}': {exc}") from None


def parse_contracts(data: dict, path: str = "<contracts>") -> dict[str, Contract]:
    out = {}
    for symbol, table in data.items():
        where = f"contract file '{path}': [{symbol}]"
        if not isinstance(table, dict):
            raise OptionError(f"{where}: expected a table of preserves/args/callers")
        unknown = sorted(set(table) - set(_KEYS))
        if unknown:
            raise OptionError(f"{where}: unknown key '{unknown[0]}' (known: {', '.join(_KEYS)})")
        out[symbol] = Contract(symbol, _preserves(table.get("preserves", "none"), where),
                               _args(table.get("args", "regs"), where),
                               _callers(table.get("callers", "any"), where))
    return out


def _preserves(value, where: str) -> frozenset[int]:
    if value == "all":
        return ALL_GPRS
    if value == "none":
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise OptionError(f"{where}: preserves must be \"all\", \"none\" or a list of register names")
    regs = set()
    for name in value:
        num = _REG_NUMBERS.get(name.lower().lstrip("%"))
        if num is None or num == CFI_SP:
            raise OptionError(f"{where}: preserves: '{name}' is not a general-purpose register "
                              "(rax..r15 but rsp)")
        regs.add(num)
    return frozenset(regs)


def _args(value, where: str) -> int | None:
    if value == "regs":
        return None
    if isinstance(value, str) and value.startswith("stack:") and value[6:].isdigit():
        return int(value[6:])
    raise OptionError(f"{where}: args must be \"regs\" or \"stack:N\", not {value!r}")


def _callers(value, where: str) -> bool:
    if value not in ("any", "asm-only"):
        raise OptionError(f"{where}: callers must be \"any\" or \"asm-only\", not {value!r}")
    return value == "asm-only"
