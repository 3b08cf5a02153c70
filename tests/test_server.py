# SPDX-License-Identifier: GPL-2.0-only
"""The kbuild client and the per-user server (pyobjtool/server/, docs/server.md).

Each test installs the client against a snapshot of the package (so that
other work on the checkout does not change the build id under it) and runs
its server in a folder of its own.  What must hold whatever happens: every
call prints its output exactly once, the object ends up exactly as a run in
one process leaves it, and no temporary file is left behind.
"""

from __future__ import annotations

import contextlib
import json
import lzma
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from pyobjtool.server import paths, protocol, worker

PACKAGE = Path(__file__).resolve().parent.parent / "pyobjtool"
DATA = Path(__file__).parent / "data"
MANIFEST = json.loads((DATA / "objtool-6.1.json").read_text())
OBJECTS = {entry["obj"]: entry for entry in MANIFEST["objects"]}
OBJ = "mm/mincore.o"
ALREADY = [f"{OBJ}: warning: objtool: file already has .static_call_sites section, skipping",
           f"{OBJ}: warning: objtool: file already has .return_sites, skipping",
           f"{OBJ}: warning: objtool: file already has .orc_unwind section, skipping"]
HAVE_CC = any(shutil.which(cc) for cc in ("cc", "gcc", "clang"))


def unpack(obj: str, kind: str) -> bytes:
    return lzma.decompress((DATA / f"{obj[:-2].replace('/', '__')}.{kind}.o.xz").read_bytes())


def snapshot_and_install(base: Path, python_client: bool = False) -> tuple[Path, Path]:
    """A copy of the package under *base* and a client installed for it: (package dir, client)."""
    shutil.copytree(PACKAGE, base / "pkg" / "pyobjtool", ignore=shutil.ignore_patterns("__pycache__"))
    client = base / "tree" / "tools" / "objtool" / "objtool"
    code = ("import sys, compileall; sys.path.insert(0, sys.argv[1]); "
            "compileall.compile_dir(sys.argv[1] + '/pyobjtool', quiet=2); "
            "from pyobjtool.server.__main__ import main; sys.exit(main(sys.argv[2:]))")
    args = [sys.executable, "-c", code, str(base / "pkg"), "install", "--kernel-tree", str(base / "tree")]
    if python_client:
        args.append("--python-client")
    proc = subprocess.run(args, cwd=base, env=dict(os.environ, XDG_CACHE_HOME=str(base / "xdg")),
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return base / "pkg" / "pyobjtool", client


class Setup:
    """An installed client, its server folder, cache and trace file, and a build folder."""

    def __init__(self, base: Path, client: Path, package: Path) -> None:
        self.base = base
        self.client = client
        self.package = package
        self.run_dir = Path(tempfile.mkdtemp(prefix="pyo-", dir="/tmp"))  # short: sun_path is 108 bytes
        self.run_dir.chmod(0o700)
        self.build = base / "build"
        self.build.mkdir(exist_ok=True)
        self.trace = base / "trace.txt"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("OBJTOOL_", "PYOBJTOOL_"))}
        self.env.update(PYOBJTOOL_SERVER_DIR=str(self.run_dir), PYOBJTOOL_CACHE_DIR=str(base / "cache"),
                        XDG_CACHE_HOME=str(base / "xdg"), PYOBJTOOL_SERVER_TRACE=str(self.trace),
                        PYOBJTOOL_CACHE="0", PYOBJTOOL_PROFILE="6.1", PYOBJTOOL_SERVER_SPARES="2")

    def stage(self, obj: str = OBJ, kind: str = "pre") -> Path:
        path = self.build / obj
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(unpack(obj, kind))
        return path

    def popen(self, obj: str = OBJ, **env: str) -> subprocess.Popen:
        return subprocess.Popen([str(self.client), *OBJECTS[obj]["args"]], cwd=self.build,
                                env=dict(self.env, **env), stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def call(self, obj: str = OBJ, **env: str) -> tuple[int, list[str], str]:
        proc = self.popen(obj, **env)
        out, err = proc.communicate(timeout=120)
        return proc.returncode, err.decode().splitlines(), out.decode()

    def traced(self) -> list[str]:
        text = self.trace.read_text() if self.trace.exists() else ""
        self.trace.unlink(missing_ok=True)
        return text.split()

    def sockets(self) -> list[Path]:
        return sorted(self.run_dir.glob("*.sock"))

    def wait_for_server(self, count: int = 1, timeout: float = 30) -> set[Path]:
        """The sockets servers started here listen on, once *count* servers have started."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            started = self.log().split("serving ")[1:]
            if len(started) >= count:
                return {Path(line.split(" at ", 1)[1].split(" (", 1)[0]) for line in started}
            time.sleep(0.02)
        raise AssertionError(f"no server started; log: {self.log()}")

    def server_pids(self) -> list[int]:
        pids = []
        for lock in self.run_dir.glob("*.lock"):
            text = lock.read_text().strip()
            if text.isdigit() and _alive(int(text)):
                pids.append(int(text))
        return pids

    def wait_unlocked(self, timeout: float = 30) -> None:
        """Until no process holds a server lock (all of a killed server's processes are gone)."""
        import fcntl

        deadline = time.monotonic() + timeout
        for lock in self.run_dir.glob("*.lock"):
            with open(lock) as fh:
                while True:
                    try:
                        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        fcntl.flock(fh, fcntl.LOCK_UN)
                        break
                    except OSError:
                        assert time.monotonic() < deadline
                        time.sleep(0.02)

    def log(self) -> str:
        return "".join(p.read_text() for p in sorted(self.run_dir.glob("*.log")))

    def stop(self) -> None:
        for pid in self.server_pids():
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while self.server_pids() and time.monotonic() < deadline:
            time.sleep(0.02)

    def leftovers(self, wait: float = 10) -> list[Path]:
        """Temporary files left in the build folder (after the workers have had time to delete
        the old objects, which they do after their clients exit)."""
        deadline = time.monotonic() + wait
        while True:
            found = sorted(self.build.rglob(".pyobjtool-*"))
            if not found or time.monotonic() > deadline:
                return found
            time.sleep(0.02)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie is not alive
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path, Path]:
    if not HAVE_CC:
        pytest.skip("no C compiler")
    base = tmp_path_factory.mktemp("server")
    package, client = snapshot_and_install(base)
    return base, package, client


@pytest.fixture
def setup(installed, tmp_path: Path):
    base, package, client = installed
    work = Setup(tmp_path, client, package)
    yield work
    work.stop()
    shutil.rmtree(work.run_dir, ignore_errors=True)


def test_client_and_python_agree_on_the_build_id(installed) -> None:
    base, package, client = installed
    info = subprocess.run([str(client), "--pyobjtool-client"], capture_output=True, text=True).stdout
    python = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                             "from pyobjtool.server import buildid; print(buildid.compute())", str(package.parent)],
                            capture_output=True, text=True).stdout.strip()
    assert f"build {python} (current" in info


@pytest.mark.parametrize("build", [0, 1], ids=["without libc", "with libc"])
def test_client_builds(installed, tmp_path: Path, build: int) -> None:
    """Both ways install.py builds the C client (raw system calls, or the C library) work alike."""
    base, package, _client = installed
    out = tmp_path / "objtool"
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from pyobjtool.server import install; "
            "install.compile_client(sys.argv[2], builds=(install.BUILDS[int(sys.argv[3])],))")
    subprocess.run([sys.executable, "-c", code, str(package.parent), str(out), str(build)], check=True)
    info = subprocess.run([str(out), "--pyobjtool-client"], capture_output=True, text=True).stdout
    assert "(current)" in info
    assert ("built with the C library" in info) == (build == 1)
    work = Setup(tmp_path, out, package)
    try:
        path = work.stage()
        assert work.call(PYOBJTOOL_SERVER="0") == (0, [], "")
        assert path.read_bytes() == unpack(OBJ, "post")
        assert work.traced() == ["in-process"]
    finally:
        shutil.rmtree(work.run_dir, ignore_errors=True)


def test_first_call_starts_the_server_and_later_calls_use_it(setup: Setup) -> None:
    path = setup.stage()
    assert setup.call() == (0, [], "")
    assert path.read_bytes() == unpack(OBJ, "post")
    assert setup.traced() == ["serve", "in-process"]
    setup.wait_for_server()
    for kind, stderr in (("pre", []), ("post", ALREADY)):
        path = setup.stage(kind=kind)
        assert setup.call() == (0, stderr, "")  # each warning exactly once
        assert path.read_bytes() == unpack(OBJ, "post")
        assert setup.traced() == ["server"]
    assert setup.leftovers() == []
    info = subprocess.run([str(setup.client), "--pyobjtool-client"], env=setup.env, capture_output=True, text=True)
    assert "(current, watched by its server)" in info.stdout
    setup.stop()
    log = setup.log()
    assert "after 2 requests" in log
    assert "warm-up" not in log and "preload" not in log, log  # (only failures are logged)
    assert not list(setup.run_dir.glob("*.valid"))


def test_concurrent_first_calls_start_one_server(setup: Setup) -> None:
    objs = sorted(OBJECTS)
    for obj in objs:
        setup.stage(obj)
    procs = {obj: setup.popen(obj) for obj in objs}
    for obj, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        assert (proc.returncode, err.decode(), out.decode()) == (0, OBJECTS[obj]["stderr"], ""), obj
        assert (setup.build / obj).read_bytes() == unpack(obj, "post"), obj
    setup.wait_for_server()
    assert setup.log().count("serving ") == 1
    setup.traced()
    for obj in objs:
        setup.stage(obj)
    procs = {obj: setup.popen(obj) for obj in objs}
    for obj, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        assert (proc.returncode, err.decode()) == (0, OBJECTS[obj]["stderr"]), obj
        assert (setup.build / obj).read_bytes() == unpack(obj, "post"), obj
    assert setup.traced().count("server") == len(objs)
    assert setup.leftovers() == []


@pytest.mark.parametrize("fault", ["before-result", "after-result"])
def test_worker_dying_costs_one_in_process_run(setup: Setup, fault: str) -> None:
    setup.call(OBJ)  # starts the server
    setup.wait_for_server()
    setup.traced()
    for kind, stderr in (("pre", []), ("post", ALREADY)):
        path = setup.stage(kind=kind)
        assert setup.call(PYOBJTOOL_SERVER_FAULT=fault) == (0, stderr, "")
        assert path.read_bytes() == unpack(OBJ, "post")
        if fault == "before-result":  # no result: nothing applied, the client ran it itself
            assert setup.traced() == ["server-failed", "in-process"]  # (the server is alive)
            assert setup.leftovers() == []
        else:  # the whole result arrived: applied, printed, done
            assert setup.traced() == ["server"]


def test_server_killed_mid_request(setup: Setup) -> None:
    setup.call(OBJ)
    setup.wait_for_server()
    setup.traced()
    (server,) = setup.server_pids()
    path = setup.stage()
    proc = setup.popen(PYOBJTOOL_SERVER_FAULT="hang-before-result")
    deadline = time.monotonic() + 60
    while not setup.leftovers(0):  # the worker has written the new object to its temporary file
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.01)
    os.killpg(server, signal.SIGKILL)  # the server and every worker
    out, err = proc.communicate(timeout=120)
    assert (proc.returncode, err, out) == (0, b"", b"")
    assert path.read_bytes() == unpack(OBJ, "post")
    assert setup.leftovers() == []
    trace = setup.traced()
    # (a new server is started by this call if the old one has finished dying, else by the next)
    assert trace in (["server-failed", "serve", "in-process"], ["server-failed", "in-process"]), trace
    setup.stage(kind="post")
    setup.call()
    setup.wait_for_server(2)
    setup.traced()
    path = setup.stage(kind="post")
    assert setup.call() == (0, ALREADY, "")
    assert setup.traced() == ["server"]


def test_server_gone_falls_back(setup: Setup) -> None:
    setup.call(OBJ)
    (sock,) = setup.wait_for_server()
    (server,) = setup.server_pids()
    os.killpg(server, signal.SIGKILL)
    setup.wait_unlocked()
    assert sock.exists()  # a dead server's socket: connections are refused
    path = setup.stage()
    assert setup.call() == (0, [], "")
    assert path.read_bytes() == unpack(OBJ, "post")
    assert setup.traced()[-2:] == ["serve", "in-process"]


def test_idle_server_exits(setup: Setup) -> None:
    setup.env["PYOBJTOOL_SERVER_IDLE"] = "0.02"  # minutes
    setup.call(OBJ)
    setup.wait_for_server()
    deadline = time.monotonic() + 30
    while setup.sockets() or setup.server_pids():
        assert time.monotonic() < deadline, setup.log()
        time.sleep(0.05)
    assert "exiting (idle) after 0 requests" in setup.log()


def test_cache_hit_in_the_client(setup: Setup) -> None:
    setup.env["PYOBJTOOL_CACHE"] = "1"
    path = setup.stage(kind="post")
    first = setup.call()
    assert first == (0, ALREADY, "")
    assert setup.traced()[-1] == "in-process"
    for count, kind in ((1, "post"), (2, "pre")):
        path = setup.stage(kind=kind)
        setup.call()  # (pre: recorded now, after the result went out)
        setup.traced()
        deadline = time.monotonic() + 30
        while len(list((setup.base / "cache").glob("??/*"))) < count:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        path = setup.stage(kind=kind)
        assert setup.call() == (0, ALREADY if kind == "post" else [], "")
        assert path.read_bytes() == unpack(OBJ, "post")
        assert setup.traced() == ["hit"]
    # a corrupted entry is removed, not applied
    for entry in (setup.base / "cache").glob("??/*"):
        raw = bytearray(entry.read_bytes())
        raw[-300] ^= 0xFF  # (inside the recorded object, or the recorded warnings)
        entry.write_bytes(bytes(raw))
    path = setup.stage()
    assert setup.call()[:2] == (0, [])
    assert path.read_bytes() == unpack(OBJ, "post")
    assert "hit" not in setup.traced()
    assert setup.leftovers() == []


def test_edited_package_is_not_served_by_the_old_server(tmp_path: Path) -> None:
    if not HAVE_CC:
        pytest.skip("no C compiler")
    package, client = snapshot_and_install(tmp_path)
    work = Setup(tmp_path, client, package)
    try:
        work.call(OBJ)
        work.wait_for_server()
        work.traced()
        time.sleep(0.01)
        (valid,) = work.run_dir.glob("*.valid")  # the server vouches for the package
        with open(package / "errors.py", "a") as fh:
            fh.write("# edited\n")
        deadline = time.monotonic() + 30
        while valid.exists() or work.server_pids():  # it hears of the edit and exits
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert "exiting (package changed on disk)" in work.log()
        path = work.stage()
        assert work.call() == (0, [], "")
        assert path.read_bytes() == unpack(OBJ, "post")
        assert work.traced() == ["stale", "refresh", "in-process"]
        deadline = time.monotonic() + 60  # the client rebuilds itself in the background
        while "(current" not in subprocess.run([str(client), "--pyobjtool-client"], capture_output=True,
                                                text=True).stdout:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        work.call()
        assert len(work.wait_for_server(2)) == 2  # a server for the new build id
        work.traced()
        work.stage(kind="post")
        assert work.call() == (0, ALREADY, "")
        assert work.traced() == ["server"]
    finally:
        work.stop()
        shutil.rmtree(work.run_dir, ignore_errors=True)


def test_python_client(tmp_path: Path) -> None:
    package, client = snapshot_and_install(tmp_path, python_client=True)
    work = Setup(tmp_path, client, package)
    try:
        path = work.stage()
        assert work.call() == (0, [], "")
        assert path.read_bytes() == unpack(OBJ, "post")
        assert work.traced() == ["serve", "in-process"]
        work.wait_for_server()
        work.stage(kind="post")
        assert work.call() == (0, ALREADY, "")
        assert work.traced() == ["server"]
    finally:
        work.stop()
        shutil.rmtree(work.run_dir, ignore_errors=True)


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to connect as another user")
def test_other_users_are_refused(tmp_path: Path) -> None:
    """SO_PEERCRED: a connection from another uid gets nothing (its client runs in-process)."""
    shared = Path(tempfile.mkdtemp(prefix="pyo-", dir="/tmp"))
    shared.chmod(0o777)
    path = str(shared / "s.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    os.chmod(path, 0o777)
    listener.listen(1)
    pid = os.fork()
    if pid == 0:  # the other user
        try:
            os.setgid(65534)
            os.setuid(65534)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.connect(path)
            try:
                sock.sendall(protocol.encode_request(protocol.Request(0, b"id", b"/", 0o22, [b"a.o"], [])))
                got = sock.recv(1)
            except (BrokenPipeError, ConnectionResetError):  # closed, the request unread
                got = b""
            os._exit(0 if got == b"" else 1)
        except BaseException:
            os._exit(2)
    conn, _ = listener.accept()
    said = []
    worker.serve_connection(conn, "id", said.append)
    conn.close()
    _, status = os.waitpid(pid, 0)
    listener.close()
    shutil.rmtree(shared)
    assert os.waitstatus_to_exitcode(status) == 0
    assert said == ["refused a client of uid 65534 gid 65534"]


def test_peer_and_directory_checks(tmp_path: Path) -> None:
    assert paths.peer_allowed(1000, 1000, 1000, 1000)
    assert not paths.peer_allowed(1001, 1000, 1000, 1000)
    assert not paths.peer_allowed(1000, 1001, 1000, 1000)
    private = tmp_path / "private"
    assert paths.ensure_private(str(private)) is None
    private.chmod(0o755)
    assert "accessible to other users" in paths.problem(str(private))
    link = tmp_path / "link"
    link.symlink_to(private)
    assert "not a directory" in paths.problem(str(link))


def test_protocol_round_trip() -> None:
    req = protocol.Request(3, b"0.1-ab", b"/tmp/x", 0o22, [b"--orc", b"a b.o"], [b"A=1", b"B="])
    data = protocol.encode_request(req)
    back = protocol.decode_request(data[:protocol.HEADER.size], data[protocol.HEADER.size:])
    assert (back.flags, back.build_id, back.cwd, back.umask, back.argv, back.environ) == (
        3, b"0.1-ab", b"/tmp/x", 0o22, [b"--orc", b"a b.o"], [b"A=1", b"B="])
    frame = protocol.result_frame(1, [(2, b"warn\n"), (1, b"out\n")])
    assert protocol.decode_result(frame[protocol.FRAME.size:]) == (1, [(2, b"warn\n"), (1, b"out\n")])
