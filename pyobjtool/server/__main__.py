# SPDX-License-Identifier: GPL-2.0-only
"""``python3 -m pyobjtool.server COMMAND``: install the kbuild client, manage the server and the cache.

    install --kernel-tree TREE | PATH [--python-client] [--cc CC]
    uninstall --kernel-tree TREE | PATH
    status | start | stop | serve
    cache [--clear]
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import signal
import sys
import time

from . import buildid, paths


def _servers(directory: str) -> list[tuple[str, int | None]]:
    """(build id, pid or None) of every server lock in *directory* that is held."""
    out = []
    try:
        names = sorted(n for n in os.listdir(directory) if n.endswith(".lock") and not n.startswith("refresh-"))
    except OSError:
        return out
    for name in names:
        path = os.path.join(directory, name)
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            fcntl.flock(fd, fcntl.LOCK_UN)
            continue  # nobody holds it: no server
        except OSError:
            pass
        finally:
            text = os.pread(fd, 32, 0).strip()
            os.close(fd)
        out.append((name[:-5], int(text) if text.isdigit() else None))
    return out


def cmd_status(_args) -> int:
    directory = paths.runtime_dir()
    ident = buildid.current()
    print(f"build id:  {ident}")
    print(f"directory: {directory}" + (f" (unusable: {paths.problem(directory)})" if paths.problem(directory) else ""))
    running = _servers(directory)
    for server_id, pid in running:
        mark = " (this build)" if server_id == ident else ""
        print(f"server:    {server_id} pid {pid}{mark}, log {paths.log_path(directory, server_id)}")
    if not running:
        print("server:    none running")
    from .. import cache

    root = cache.cache_root()
    print(f"cache:     {root}, {_du(root) / 2**20:.1f} MiB of {cache.size_limit() / 2**20:.0f} MiB"
          + (" (off: PYOBJTOOL_CACHE=0)" if cache.disabled_by_env() else ""))
    return 0


def _du(root: str) -> int:
    total = 0
    for base, _dirs, files in os.walk(root):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.stat(os.path.join(base, name)).st_size
    return total


def cmd_start(_args) -> int:
    from .spawn import start_server

    ident = buildid.current()
    started = start_server(ident)
    print(f"started a server for {ident}" if started else "a server for this build is running or starting")
    return 0


def cmd_stop(args) -> int:
    directory = paths.runtime_dir()
    ident = buildid.current()
    stopped = 0
    for server_id, pid in _servers(directory):
        if pid and (args.all or server_id == ident):
            try:
                os.kill(pid, signal.SIGTERM)
                stopped += 1
            except OSError as exc:
                print(f"can't stop {pid}: {exc.strerror}", file=sys.stderr)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(
            args.all or server_id == ident for server_id, _ in _servers(directory)):
        time.sleep(0.05)
    print(f"stopped {stopped} server(s)")
    return 0


def cmd_serve(_args) -> int:
    from .daemon import serve

    return serve()


def cmd_install(args) -> int:
    from .install import install, target_of

    target = target_of(args.kernel_tree, args.path)
    try:
        kind = install(target, python_only=args.python_client, cc=args.cc)
    except OSError as exc:
        print(f"pyobjtool.server: error: {exc}", file=sys.stderr)
        return 1
    print(f"installed the pyobjtool kbuild client ({'C' if kind == 'c' else 'Python'}) at {target}")
    return 0


def cmd_uninstall(args) -> int:
    from .install import target_of, uninstall

    target = target_of(args.kernel_tree, args.path)
    if not uninstall(target):
        print(f"no saved objtool for {target}", file=sys.stderr)
        return 1
    print(f"restored {target}")
    return 0


def cmd_cache(args) -> int:
    import shutil

    from .. import cache

    root = cache.cache_root()
    if args.clear:
        shutil.rmtree(root, ignore_errors=True)
        print(f"cleared {root}")
        return 0
    print(f"{root}: {_du(root) / 2**20:.1f} MiB (limit {cache.size_limit() / 2**20:.0f} MiB)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m pyobjtool.server", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("install", "uninstall"):
        p = sub.add_parser(name, help=f"{name} the kbuild client as a kernel tree's objtool (or at PATH)")
        p.add_argument("path", nargs="?", help="where the objtool binary goes (e.g. tools/objtool/objtool)")
        p.add_argument("--kernel-tree", help="the kernel build tree: TREE/tools/objtool/objtool")
        if name == "install":
            p.add_argument("--python-client", action="store_true", help="the Python client, not the C one")
            p.add_argument("--cc", help="the C compiler (default: $CC, cc, gcc, clang)")
    sub.add_parser("status", help="build id, running servers, socket directory, cache size")
    sub.add_parser("start", help="start a server for this build now (clients do it on first use)")
    p = sub.add_parser("stop", help="stop this build's server")
    p.add_argument("--all", action="store_true", help="every build's server")
    sub.add_parser("serve", help="run a server in the foreground")
    p = sub.add_parser("cache", help="the result cache's size")
    p.add_argument("--clear", action="store_true", help="delete every entry")
    args = parser.parse_args(argv)
    handler = {"install": cmd_install, "uninstall": cmd_uninstall, "status": cmd_status, "start": cmd_start,
               "stop": cmd_stop, "serve": cmd_serve, "cache": cmd_cache}[args.command]
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
