# SPDX-License-Identifier: GPL-2.0-only
"""One profile per objtool release, and how a run picks one.

A run behaves as exactly one objtool release.  It is chosen, first match wins:

1. ``--profile RELEASE`` on the command line (or in ``OBJTOOL_ARGS``);
2. ``PYOBJTOOL_PROFILE=RELEASE`` in the environment;
3. the kernel tree kbuild runs in: kbuild exports the tree's ``VERSION`` and
   ``PATCHLEVEL`` (with ``srctree``) to every command it runs, objtool
   included; outside make, the tree in the current directory
   (``include/config/kernel.release``, else the top ``Makefile``);
4. otherwise objtool 6.1.

A kernel release pyobjtool has no profile for (say 6.6) is an error, not a
guess: applying one release's hint numbering or feature numbers to another
release's objects would give wrong results silently.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..errors import OptionError

if TYPE_CHECKING:
    from .base import Profile

#: release -> module of this package that defines ``PROFILE``
_MODULES = {"6.1": "objtool_6_1"}
SUPPORTED = tuple(_MODULES)
DEFAULT = "6.1"


def get(release: str) -> Profile:
    """The profile of *release* ("6.1", "6.12", or a full kernel release such as "6.12.117")."""
    key = _profile_key(release)
    if key is None:
        raise OptionError(f"no objtool profile for kernel {release} (supported: {', '.join(SUPPORTED)})")
    import importlib

    return importlib.import_module(f"{__name__}.{_MODULES[key]}").PROFILE


def _major_minor(release: str) -> str | None:
    """"6.12.117-amd64" -> "6.12" (no ``re``: it would cost start-up time)."""
    parts = release.strip().split(".", 2)
    if len(parts) < 2:
        return None
    minor = parts[1]
    end = 0
    while end < len(minor) and minor[end].isdigit():
        end += 1
    if not parts[0].isdigit() or not end:
        return None
    return f"{int(parts[0])}.{int(minor[:end])}"


def _profile_key(release: str) -> str | None:
    key = _major_minor(release)
    return key if key in _MODULES else None


def detect(explicit: str | None = None, environ: dict[str, str] | None = None,
           cwd: str | None = None) -> tuple[str, str]:
    """(release, how it was chosen) for this run; see the module docstring."""
    env = os.environ if environ is None else environ
    if explicit:
        return explicit, "--profile"
    if env.get("PYOBJTOOL_PROFILE"):
        return env["PYOBJTOOL_PROFILE"], "PYOBJTOOL_PROFILE"
    version, patchlevel = env.get("VERSION", ""), env.get("PATCHLEVEL", "")
    if "srctree" in env and version.isdigit() and patchlevel.isdigit():
        return f"{version}.{patchlevel}", "kbuild (VERSION, PATCHLEVEL)"
    found = tree_release(cwd or ".")
    if found is not None:
        return found
    return DEFAULT, "default"


def tree_release(top: str) -> tuple[str, str] | None:
    """The release of the kernel tree at *top*, from its build output or its Makefile."""
    try:
        with open(os.path.join(top, "include", "config", "kernel.release"), encoding="utf-8") as fh:
            release = fh.read().strip()
        if _major_minor(release):
            return release, "include/config/kernel.release"
    except OSError:
        pass
    try:
        with open(os.path.join(top, "Makefile"), encoding="utf-8", errors="replace") as fh:
            head = fh.read(4096).splitlines()
    except OSError:
        return None
    fields = dict(line.split(" = ", 1) for line in head if line.startswith(("VERSION = ", "PATCHLEVEL = ")))
    version, patchlevel = fields.get("VERSION", ""), fields.get("PATCHLEVEL", "")
    if version.isdigit() and patchlevel.isdigit():
        return f"{version}.{patchlevel}", "Makefile"
    return None


def select(explicit: str | None = None) -> Profile:
    """The profile of this run (detected as :func:`detect` says)."""
    release, how = detect(explicit)
    try:
        return get(release)
    except OptionError as exc:
        raise OptionError(f"{exc}; chosen by {how} (use --profile to pick one)") from None
