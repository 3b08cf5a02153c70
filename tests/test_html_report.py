# SPDX-License-Identifier: GPL-2.0-only
"""--html: the report's pages, rendered by a real headless browser (Debian's chromium).

The pages must load without console errors, and the screenshot of a finding's
page must show the control-flow graph with the path to the finding in red.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

C_SOURCE = r"""
void g(void);
static inline void helper(int x) { if (x) asm volatile("push %%rbx" ::: "memory"); }
void f(int a) { helper(a); g(); }
"""

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: the path's red (#d11) and the finding's block fill (#ff9b8f)
PATH_RED = (0xDD, 0x11, 0x11)
FINDING_FILL = (0xFF, 0x9B, 0x8F)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    (tmp_path / "f.c").write_text(C_SOURCE)
    subprocess.run(["gcc", "-O2", "-g", "-c", "-fno-asynchronous-unwind-tables", "-mcmodel=kernel", "-fno-pic",
                    "-o", "f.o", "f.c"], cwd=tmp_path, check=True)
    proc = subprocess.run([sys.executable, "-m", "pyobjtool", "--orc", "--html", "report", "f.o"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return tmp_path / "report"


def test_index_and_finding_page(report: Path) -> None:
    index = (report / "index.html").read_text()
    assert "stack state mismatch" in index
    [page] = list(report.glob("*/finding-*.html"))
    text = page.read_text()
    assert "<svg" in text and "control-flow graph" in text
    assert "f.c:3" in text                     # source line of the finding (DWARF)
    assert "static inline void helper" in text  # the source text interleaved with the disassembly
    assert "<script" not in text                # self-contained, nothing to run or fetch
    assert 'href="http' not in text and 'src="http' not in text


def _browser(args: list[str], tmp: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           f"--user-data-dir={tmp / 'profile'}", "--enable-logging=stderr", "--v=0", *args],
                          capture_output=True, text=True, timeout=120)


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes) of an 8-bit PNG, undoing the row filters."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8
            channels = {2: 3, 6: 4}[color]
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, channels, rows


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_browser_renders_the_graph(report: Path, tmp_path: Path) -> None:
    [page] = list(report.glob("*/finding-*.html"))
    shot = tmp_path / "shot.png"
    for target in (report / "index.html", page):
        proc = _browser(["--dump-dom", target.as_uri()], tmp_path)
        assert proc.returncode == 0
        console = [line for line in proc.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
        assert console == []
    proc = _browser(["--window-size=1100,1400", f"--screenshot={shot}", page.as_uri()], tmp_path)
    assert proc.returncode == 0 and shot.exists()
    width, channels, rows = read_png(shot)
    pixels = {}
    for row in rows:
        for x in range(0, width * channels, channels):
            rgb = tuple(row[x:x + 3])
            pixels[rgb] = pixels.get(rgb, 0) + 1
    assert pixels.get(PATH_RED, 0) > 100       # the path's edges and block borders
    assert pixels.get(FINDING_FILL, 0) > 1000  # the block of the finding (and its row in the listing)
