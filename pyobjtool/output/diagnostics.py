# SPDX-License-Identifier: GPL-2.0-only
"""Warnings in objtool's format, kept as structured records.

objtool prints ``<obj>: warning: objtool: <location>: <message>`` where the
location is ``func+0xoff`` (the STT_FUNC containing the address, for code),
else the first symbol containing it, else ``section+0xoff``; ``--sec-address``
appends `` (section+0xoff)``.  Records keep the section, offset and symbol as
well, so that the JSON and SARIF writers do not have to parse text back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..elf.model import Section


class Diagnostic:
    """One line of objtool output."""

    __slots__ = ("severity", "message", "location", "section", "offset", "symbol", "symbol_offset",
                 "is_backtrace", "check", "extra")

    def __init__(self, severity: str, message: str, location: str = "", section: str | None = None,
                 offset: int | None = None, symbol: str | None = None, symbol_offset: int | None = None,
                 is_backtrace: bool = False, check: str = "objtool", extra: dict | None = None) -> None:
        #: "warning" or "error"
        self.severity = severity
        self.message = message
        #: the formatted location ("func+0x1c"), empty for file-level messages
        self.location = location
        self.section = section
        self.offset = offset
        self.symbol = symbol
        self.symbol_offset = symbol_offset
        #: a backtrace line ("  func+0x10: (branch)") that --backtrace adds after a warning
        self.is_backtrace = is_backtrace
        #: short identifier of the check that produced it (for JSON/SARIF)
        self.check = check
        self.extra = extra if extra is not None else {}

    def __getstate__(self):
        return {k: getattr(self, k) for k in self.__slots__}

    def __setstate__(self, state) -> None:
        for k, v in state.items():
            setattr(self, k, v)

    def __repr__(self) -> str:
        return f"Diagnostic({self.severity!r}, {self.message!r}, {self.location!r})"


class Reporter:
    """Collects the diagnostics of one object and renders them like objtool."""

    def __init__(self, objname: str, sec_address: bool = False, source_lines: bool = False) -> None:
        self.objname = objname
        self.sec_address = sec_address
        #: --source-lines: append the source location (when DWARF gives one) to warnings
        self.source_lines = source_lines
        self.records: list[Diagnostic] = []

    # -- location formatting (objtool's offstr()) --
    def locate(self, sec: Section, offset: int) -> tuple[str, str | None, int | None]:
        sym = None
        if sec.is_exec:
            sym = sec.symbols.func_containing(offset)
        if sym is None:
            sym = sec.symbols.containing(offset)
        if sym is not None:
            text = f"{sym.name}+0x{offset - sym.offset:x}"
            if self.sec_address:
                text += f" ({sec.name}+0x{offset:x})"
            return text, sym.name, offset - sym.offset
        return f"{sec.name}+0x{offset:x}", None, None

    def offstr(self, sec: Section, offset: int) -> str:
        return self.locate(sec, offset)[0]

    # -- objtool's WARN / WARN_FUNC / BT_FUNC --
    def warn(self, message: str, check: str = "objtool") -> None:
        self.records.append(Diagnostic("warning", message, check=check))

    def warn_func(self, message: str, sec: Section, offset: int, check: str = "objtool") -> None:
        text, sym, sym_off = self.locate(sec, offset)
        self.records.append(Diagnostic("warning", message, text, sec.name, offset, sym, sym_off, check=check))

    def backtrace(self, label: str, sec: Section, offset: int) -> None:
        text, sym, sym_off = self.locate(sec, offset)
        self.records.append(Diagnostic("warning", label, "  " + text, sec.name, offset, sym, sym_off,
                                       is_backtrace=True, check="backtrace"))

    def error(self, message: str) -> None:
        """objtool's option errors: ``error: objtool: <message>`` (no object name)."""
        self.records.append(Diagnostic("error", message))

    def raw(self, text: str) -> None:
        """A line another program printed on objtool's stderr (``-v``'s disassembly)."""
        self.records.append(Diagnostic("info", text, check="raw"))

    def perror(self, what: str, exc: OSError) -> None:
        """A libc ``perror(what)`` line, printed as is: objtool prints some before its warning."""
        self.records.append(Diagnostic("error", f"{what}: {exc.strerror or exc}", check="perror"))

    # -- rendering --
    def render(self, diag: Diagnostic) -> str:
        if diag.check == "perror" or diag.check == "raw":
            return diag.message
        if diag.severity == "error":
            return f"error: objtool: {diag.message}"
        if diag.location:
            line = f"{self.objname}: warning: objtool: {diag.location}: {diag.message}"
        else:
            line = f"{self.objname}: warning: objtool: {diag.message}"
        if self.source_lines and "source" in diag.extra:
            source = diag.extra["source"]
            text = f"{source['file']}:{source['line']}"
            for call in source["inlined"]:
                text += f", {call['function']}() inlined at {call['file']}:{call['line']}"
            line += f" [{text}]"
        return line

    def lines(self) -> list[str]:
        return [self.render(d) for d in self.records]
