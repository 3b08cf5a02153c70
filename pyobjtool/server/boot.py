# SPDX-License-Identifier: GPL-2.0-only
"""How the clients start Python: ``python -I -S -c CODE COMMAND ARGS``.

``-I -S`` skips ``site``: no ``.pth`` files (an editable install's import
hook, certifi, setuptools' distutils shim: tens of milliseconds before the
first line of pyobjtool runs) and no environment variables steering the
interpreter; CODE sets ``sys.path`` to the one the installing interpreter
had (so third-party packages are found as usual) and calls :func:`main`.

``run ARGS`` is ``python3 -m pyobjtool ARGS`` (the same ``__main__``);
``serve`` starts the server in the foreground (the client has detached it);
``refresh`` recompiles an outdated client in place.
"""

from __future__ import annotations

import os
import sys


def search_path() -> list[str]:
    """This interpreter's module search path, with the package's parent first and without
    the current directory (it could shadow modules when a client runs in a build tree)."""
    from .buildid import PACKAGE_DIR

    parent = os.path.dirname(PACKAGE_DIR)
    cwd = os.getcwd()
    out = [parent]
    for entry in sys.path:
        if entry and entry != cwd and entry not in out and os.path.isdir(entry):
            out.append(entry)
    return out


def code(path: list[str] | None = None) -> str:
    """The ``-c`` program the clients give the interpreter."""
    return f"import sys;sys.path[:]={path or search_path()!r};from pyobjtool.server.boot import main;main()"


def command(*args: str) -> list[str]:
    """The argv that runs ``boot.main`` with *args* in a fresh interpreter."""
    return [sys.executable, "-I", "-S", "-c", code(), *args]


def _options(args: list[str]) -> dict[str, str]:
    out = {}
    for i in range(0, len(args) - 1, 2):
        if args[i].startswith("--"):
            out[args[i][2:]] = args[i + 1]
    return out


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    if what == "run":
        del sys.argv[1]
        import pyobjtool.__main__  # noqa: F401  (runs pyobjtool as -m would)

        return
    opts = _options(sys.argv[2:])
    lock_fd = int(opts["lock-fd"]) if "lock-fd" in opts else None
    if what == "serve":
        from .daemon import serve

        sys.exit(serve(opts.get("build-id"), lock_fd))
    if what == "refresh":
        from .install import refresh

        sys.exit(refresh(opts["target"], lock_fd))
    sys.stderr.write(f"pyobjtool.server.boot: unknown command {what!r}\n")
    sys.exit(2)
