# SPDX-License-Identifier: GPL-2.0-only
"""Analyses beyond objtool 6.1, run after (or instead of) objtool's checks.

Each analysis is a function ``run(ctx)`` that reports through
``ctx.reporter`` in objtool's ``file.o: warning: objtool: func+0xoff: message``
shape, so existing log scrapers keep working.  They are off by default:
pyobjtool without these options is byte-for-byte objtool 6.1.

* extra checks on x86-64 objects (``--extra-checks=NAME,...`` or ``=all``):
  see :data:`EXTRA_CHECKS`;
* section isolation (``--isolation=RULES``, with ``--assume CAP=on|off``);
* arm64 branch ranges (``--branch-range[=BYTES]``).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import OptionError

if TYPE_CHECKING:
    from ..elf.file import ElfFile
    from ..engine.objfile import ObjtoolFile
    from ..options import Options
    from ..output.diagnostics import Reporter

#: name -> module (in this package) providing ``run(ctx)``; the order is the run order
EXTRA_CHECKS: dict[str, str] = {
    "split-fragments": "split_fragments",
    "rbp-hazards": "rbp_hazards",
    "contracts": "contracts",
    "noreturn": "noreturn_inference",
    "eh-frame": "eh_frame",
}


@dataclass
class ExtensionContext:
    """What an analysis gets: the object, the options, the reporter, and (on x86-64)
    the checker state if objtool's checks ran."""

    elf: ElfFile
    opts: Options
    reporter: Reporter
    objtool_file: ObjtoolFile | None = None
    #: free-form results analyses may share (e.g. noreturn inference for contracts)
    shared: dict = field(default_factory=dict)

    def decoded_file(self) -> ObjtoolFile:
        """An ObjtoolFile with everything objtool knows before following paths (decoded,
        functions, jump and call destinations, alternatives, hints), built on first use."""
        if self.objtool_file is None:
            from ..engine.cfi import func_cfi_key, init_cfi_key
            from ..engine.check import decode_sections
            from ..engine.decode import link_cold_functions
            from ..engine.objfile import ObjtoolFile

            file = ObjtoolFile(self.elf, self.opts, self.reporter)
            link_cold_functions(file)
            decode_sections(file, file.cfis.intern(init_cfi_key()), file.cfis.intern(func_cfi_key()))
            self.objtool_file = file
        return self.objtool_file


def _load(module: str):
    try:
        return importlib.import_module(f"{__name__}.{module}")
    except ModuleNotFoundError as exc:
        if exc.name == f"{__name__}.{module}":
            raise OptionError(f"analysis '{module}' is not available in this version") from None
        raise


def run_extensions(ctx: ExtensionContext) -> None:
    opts = ctx.opts
    for name, module in EXTRA_CHECKS.items():
        if name in opts.extra_checks:
            _load(module).run(ctx)
    if opts.isolation:
        _load("isolation").run(ctx)
    if opts.branch_range:
        _load("branch_range").run(ctx)
