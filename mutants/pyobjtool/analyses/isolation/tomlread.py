# SPDX-License-Identifier: GPL-2.0-only
"""Reading rules files (TOML): the standard library's tomllib (Python 3.11+),
or the tomli package it came from on 3.10 (a declared dependency there)."""

from __future__ import annotations

from typing import Any

try:
    import tomllib as _toml
except ModuleNotFoundError:  # Python 3.10
    import tomli as _toml  # type: ignore[no-redef]


class RulesSyntaxError(ValueError):
    """A rules file is not valid TOML."""


def loads(text: str) -> dict[str, Any]:
    """Parse TOML text into a dict."""
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        raise RulesSyntaxError(str(exc)) from None
