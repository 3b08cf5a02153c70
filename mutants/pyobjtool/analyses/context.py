# SPDX-License-Identifier: GPL-2.0-only
"""What an analysis gets, and running the enabled ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import registry

if TYPE_CHECKING:
    from ..arch.base import Arch
    from ..elf.file import ElfFile
    from ..engine.objfile import ObjtoolFile
    from ..options import Options
    from ..output.diagnostics import Reporter
    from ..profiles.base import Profile


class AnalysisContext:
    """The object, the options, the reporter, the architecture and release, and (when
    objtool's checks ran) the engine's state."""

    def __init__(self, elf: ElfFile, opts: Options, reporter: Reporter, profile: Profile | None = None,
                 arch: Arch | None = None, objtool_file: ObjtoolFile | None = None) -> None:
        if profile is None:
            from ..profiles import select

            profile = select(opts.profile)
        if arch is None:
            from ..arch import for_machine

            arch = for_machine(elf.e_machine)
        self.elf = elf
        self.opts = opts
        self.reporter = reporter
        self.profile = profile
        self.arch = arch
        self.objtool_file = objtool_file
        #: results analyses share (e.g. noreturn inference for contracts)
        self.shared: dict = {}

    def decoded_file(self) -> ObjtoolFile:
        """An ObjtoolFile with everything objtool knows before following paths (decoded,
        functions, jump and call destinations, alternatives, hints), built on first use."""
        if self.objtool_file is None:
            from ..engine.decode import link_cold_functions
            from ..engine.objfile import ObjtoolFile

            file = ObjtoolFile(self.elf, self.opts, self.reporter, self.arch, self.profile,
                               registry.engine_hooks(self.opts))
            link_cold_functions(file)
            self.profile.decode(file)
            self.objtool_file = file
        return self.objtool_file


def run_analyses(ctx: AnalysisContext) -> None:
    """Run every enabled analysis, in the registry's order."""
    for analysis in registry.enabled(ctx.opts):
        analysis.load().run(ctx)
