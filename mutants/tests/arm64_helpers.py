# SPDX-License-Identifier: GPL-2.0-only
"""Helpers for arm64 fixtures: assemble, compile and link with Debian's
aarch64-linux-gnu cross toolchain at test time."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

AS = "aarch64-linux-gnu-as"
CC = "aarch64-linux-gnu-gcc"
LD = "aarch64-linux-gnu-ld"
OBJDUMP = "aarch64-linux-gnu-objdump"
HAVE_ARM64_TOOLS = all(shutil.which(t) for t in (AS, CC, LD, OBJDUMP))

needs_arm64_tools = pytest.mark.skipif(not HAVE_ARM64_TOOLS,
                                       reason="aarch64-linux-gnu cross toolchain not installed")


def assemble_arm64(source: str, path: Path) -> Path:
    """Assemble arm64 GNU as source (run through the C preprocessor) into *path*."""
    src = path.with_suffix(".S")
    src.write_text(source)
    subprocess.run([CC, "-c", "-x", "assembler-with-cpp", "-o", str(path), str(src)], check=True,
                   capture_output=True)
    return path


def compile_arm64(source: str, path: Path, extra_flags: tuple[str, ...] = ()) -> Path:
    """Compile kernel-style C (no libc, no PIC) for arm64 into *path*."""
    src = path.with_suffix(".c")
    src.write_text(source)
    flags = ["-O2", "-fno-pic", "-ffreestanding", "-fno-stack-protector", "-fno-asynchronous-unwind-tables",
             "-mgeneral-regs-only"]
    subprocess.run([CC, "-c", *flags, *extra_flags, "-o", str(path), str(src)], check=True, capture_output=True)
    return path


def link_arm64(objs: list[Path], script: str, out: Path) -> Path:
    """Link *objs* into an executable with the linker script text *script*."""
    lds = out.with_suffix(".lds")
    lds.write_text(script)
    subprocess.run([LD, "-T", str(lds), "-o", str(out), *map(str, objs)], check=True, capture_output=True)
    return out


def objdump_lines(obj: Path, *extra: str) -> list[str]:
    proc = subprocess.run([OBJDUMP, "-d", "--no-show-raw-insn", *extra, str(obj)], check=True,
                          capture_output=True, text=True)
    return proc.stdout.splitlines()
