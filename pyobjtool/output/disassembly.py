# SPDX-License-Identifier: GPL-2.0-only
"""``-v``/``OBJTOOL_VERBOSE=1`` of objtool 6.12: after the checks, the functions
that got a warning are disassembled to stderr.

objtool does this with a shell pipeline (``objdump -wdr`` of the object,
filtered by a gawk program to the warned functions, each line prefixed with
the offset in its function); pyobjtool runs the same pipeline, so that the
output, and the message when the tools are missing, are objtool's.
"""

from __future__ import annotations

import os
import subprocess
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..engine.objfile import ObjtoolFile

#: objtool's gawk filter: print the lines of the named functions with their offsets
_FILTER = ("BEGIN { split(_funcs, funcs); }"
           "/^$/ { func_match = 0; }"
           "/<.*>:/ { "
           "f = gensub(/.*<(.*)>:/, \"\\\\1\", 1);"
           "for (i in funcs) {"
           "if (funcs[i] == f) {"
           "func_match = 1;"
           "base = strtonum(\"0x\" $1);"
           "break;"
           "}"
           "}"
           "}"
           "{"
           "if (func_match) {"
           "addr = strtonum(\"0x\" $1);"
           "printf(\"%04x \", addr - base);"
           "print;"
           "}"
           "}")


def warned_functions(file: ObjtoolFile) -> list[str]:
    """Symbols with a printed warning, in objtool's for_each_sym order."""
    return [sym.name for sec in file.elf.sections for sym in sec.symbol_list if sym.warned]


def disassemble_warned(file: ObjtoolFile) -> None:
    """disas_warned_funcs(): the listing goes to stderr after the warnings printed so far."""
    names = warned_functions(file)
    if not names:
        return
    objdump = os.environ.get("CROSS_COMPILE", "") + "objdump"
    command = (f"{objdump} -wdr {file.reporter.objname} | gawk -M -v _funcs='{' '.join(names)}' "
               f"'{_FILTER}' 1>&2")
    proc = subprocess.run(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        file.reporter.raw(line)
    if proc.returncode:
        # system()'s wait status: the exit code in the high byte, or the signal
        status = proc.returncode << 8 if proc.returncode > 0 else -proc.returncode
        file.reporter.warn(f"disassembly failed: {status}")
