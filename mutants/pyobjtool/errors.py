# SPDX-License-Identifier: GPL-2.0-only
"""Errors and exit codes.

objtool 6.1 exits 0 even when it prints warnings; it exits non-zero only for
option errors (1), usage errors (129), an input it cannot open (1) and a
failed write (255).  pyobjtool keeps those codes and gives every bad input a
single ``pyobjtool: error: ...`` line instead of a traceback.
"""

from __future__ import annotations

#: Everything went through (warnings may have been printed).
EXIT_OK = 0
#: Bad option combination, or an input file that cannot be read or is not a
#: well-formed x86-64 ELF relocatable object (objtool also exits 1 here).
EXIT_INPUT = 1
#: Command line could not be parsed (objtool's parse-options exits 129).
EXIT_USAGE = 129
#: pyobjtool itself failed (a bug): one error line, the input left untouched.
EXIT_INTERNAL = 2
#: The result could not be written (objtool returns -1 from main: 255).
EXIT_WRITE = 255


class PyobjtoolError(Exception):
    """A fatal problem that ends the run for one object with one error line."""

    exit_code = EXIT_INPUT


class ElfFormatError(PyobjtoolError):
    """The input is not a well-formed ELF object of a supported kind."""


class UnsupportedInputError(PyobjtoolError):
    """A well-formed ELF file that this engine does not handle (ELF32, other machines)."""


class WriteError(PyobjtoolError):
    """The output could not be written; the input file is left as it was."""

    exit_code = EXIT_WRITE


class UsageError(PyobjtoolError):
    """The command line is wrong."""

    exit_code = EXIT_USAGE


class OptionError(PyobjtoolError):
    """A combination of options that objtool rejects (printed as objtool does)."""

    exit_code = EXIT_INPUT
