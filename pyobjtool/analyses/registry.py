# SPDX-License-Identifier: GPL-2.0-only
"""The checks beyond objtool, in one table.

Each :class:`Analysis` declares its name, its options, what it needs (the
plain ELF file, or the engine's decoded object and path walk), the
architectures it supports, and the engine hooks it installs
(:class:`~pyobjtool.engine.hooks.EngineHooks`).  The command line
(``--help`` and parsing) and the runner read this table; nothing else names
an analysis.  This module imports no analysis: each is loaded when it runs.

Adding a check: write ``pyobjtool/analyses/<name>.py`` with ``run(ctx)``
(and any hook functions), add an :class:`Analysis` here, and a test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..elf.constants import EM_AARCH64, EM_X86_64
from ..errors import UsageError
from ..options import FLAG, OPTIONAL, VALUE, OptionSpec

if TYPE_CHECKING:
    from ..engine.hooks import EngineHooks
    from ..options import Options

ENGINE = "engine"  # needs the decoded object (and may follow paths)
ELF = "elf"        # needs only the ELF file


class Analysis:
    __slots__ = ("name", "summary", "module", "needs", "machines", "extra_check", "options", "hooks",
                 "enabled", "prepare")

    def __init__(self, name: str, summary: str, module: str, *, needs: str, machines: frozenset[int],
                 extra_check: bool = True, options: tuple[OptionSpec, ...] = (),
                 hooks: Callable[[EngineHooks, Options], None] | None = None,
                 enabled: Callable[[Options], bool] | None = None,
                 prepare: Callable[[list, int], None] | None = None) -> None:
        self.name = name
        self.summary = summary
        #: module (under pyobjtool.analyses) whose ``run(ctx)`` does the work
        self.module = module
        self.needs = needs
        self.machines = machines
        #: turned on by ``--extra-checks=NAME`` (else by its own option, see *enabled*)
        self.extra_check = extra_check
        self.options = options
        self.hooks = hooks
        self.enabled = enabled or (lambda opts, name=name: name in opts.extra_checks)
        #: run once before the objects of a run are checked, with all of them (see prepare_run())
        self.prepare = prepare

    def load(self):
        import importlib

        return importlib.import_module(f"{__package__}.{self.module}")


def _hook_split_fragments(hooks: EngineHooks, opts: Options) -> None:
    from .split_fragments import extend_ignores

    hooks.after_ignores.append(extend_ignores)


def _hook_noreturn(hooks: EngineHooks, opts: Options) -> None:
    from .noreturn_inference import engine_noreturns

    hooks.noreturn_sources.append(engine_noreturns)


def _prepare_noreturn(jobs: list, workers: int) -> None:
    from .noreturn_evidence import prepare_batch

    prepare_batch(jobs, workers)


def _hook_rbp(hooks: EngineHooks, opts: Options) -> None:
    hooks.precise_frame_end = True


def _set_extra_checks(opts: Options, value: str | None) -> None:
    known = [a.name for a in ANALYSES if a.extra_check]
    for name in (n.strip() for n in (value or "").split(",")):
        if not name:
            continue
        if name == "all":
            opts.extra_checks.update(known)
        elif name in known:
            opts.extra_checks.add(name)
        else:
            raise UsageError(f"unknown extra check `{name}' (known: all, {', '.join(known)})")


def _set_contracts(opts: Options, value: str | None) -> None:
    opts.contracts = value
    opts.extra_checks.add("contracts")


def _add_isolation(opts: Options, value: str | None) -> None:
    opts.isolation.append(value)


def _set_assume(opts: Options, value: str | None) -> None:
    cap, sep, state = (value or "").partition("=")
    if not sep or state not in ("on", "off") or not cap:
        raise UsageError(f"option `assume' expects NAME=on or NAME=off, not `{value}'")
    opts.assume[cap] = state == "on"


def _set_branch_range(opts: Options, value: str | None) -> None:
    opts.branch_range = True
    if value is not None:
        try:
            opts.branch_range_threshold = int(value, 0)
        except ValueError:
            raise UsageError(f"option `branch-range' expects a byte count, not `{value}'") from None


X86 = frozenset({EM_X86_64})

ANALYSES: tuple[Analysis, ...] = (
    Analysis("split-fragments", "STACK_FRAME_NON_STANDARD also covers foo.part.N, foo.isra.N, foo.cold, ...",
             "split_fragments", needs=ENGINE, machines=X86, hooks=_hook_split_fragments),
    Analysis("rbp-hazards", "the instruction that puts a non-frame value in RBP while a call can run",
             "rbp_hazards", needs=ENGINE, machines=X86, hooks=_hook_rbp),
    Analysis("contracts", "asm helpers that must preserve registers or take stack arguments",
             "contracts", needs=ENGINE, machines=X86,
             options=(OptionSpec("contracts", kind=VALUE, metavar="file", group="checks", default=None,
                                 apply=_set_contracts, help="asm-helper contracts (TOML); implies contracts"),)),
    Analysis("noreturn", "noreturn functions inferred (bodies, DWARF, call sites), against objtool's list",
             "noreturn_inference", needs=ENGINE, machines=X86, hooks=_hook_noreturn, prepare=_prepare_noreturn,
             options=(OptionSpec("noreturn-list", kind=VALUE, metavar="file", group="checks", default=None,
                                 help="extra noreturn function names (one per line)"),)),
    Analysis("eh-frame", "pyobjtool's CFA against the compiler's .eh_frame/.debug_frame at every instruction",
             "eh_frame", needs=ENGINE, machines=X86),
    Analysis("isolation", "section-isolation rules (arm64 KVM nVHE hyp text, noinstr, init/exit)",
             "isolation", needs=ELF, machines=frozenset({EM_X86_64, EM_AARCH64}), extra_check=False,
             enabled=lambda opts: bool(opts.isolation),
             options=(OptionSpec("isolation", kind=VALUE, metavar="rules", group="checks", default=[],
                                 apply=_add_isolation,
                                 help="a built-in rule set (kvm-nvhe, noinstr, init-exit) or a TOML file"),
                      OptionSpec("assume", kind=VALUE, metavar="name=on|off", group="checks", default={},
                                 apply=_set_assume, help="CPU feature / static key assumption for --isolation"),
                      OptionSpec("modpost-wording", kind=FLAG, group="checks",
                                 help="also print init/exit findings in modpost's words"))),
    Analysis("branch-range", "arm64 limited-range branches that may not reach their target",
             "branch_range", needs=ELF, machines=frozenset({EM_AARCH64}), extra_check=False,
             enabled=lambda opts: opts.branch_range,
             options=(OptionSpec("branch-range", kind=OPTIONAL, metavar="bytes", group="checks",
                                 apply=_set_branch_range,
                                 help="arm64: limited-range branches that may not reach"),)),
)

#: --extra-checks=LIST: the x86-64 checks by name
EXTRA_CHECKS_OPTION = OptionSpec(
    "extra-checks", kind=VALUE, metavar="list", group="checks", default=set(), apply=_set_extra_checks,
    help="x86-64: " + ", ".join(a.name for a in ANALYSES if a.extra_check) + ", or all")


#: option values set by other options (``--branch-range=BYTES`` sets both)
DEFAULTS = {"branch_range_threshold": None}


def option_specs() -> tuple[OptionSpec, ...]:
    specs: list[OptionSpec] = [EXTRA_CHECKS_OPTION]
    for analysis in ANALYSES:
        specs.extend(analysis.options)
    return tuple(specs)


def enabled(opts: Options) -> list[Analysis]:
    return [a for a in ANALYSES if a.enabled(opts)]


def prepare_run(jobs: list[tuple[str, Options]], workers: int = 1) -> None:
    """Before the objects of a run are checked (and before worker processes are forked): let the
    checks that pool facts across objects see all of them (``noreturn``: call-site evidence of
    the whole batch).  *jobs* are the run's (object, options) pairs in order."""
    for analysis in ANALYSES:
        if analysis.prepare is not None:
            analysis.prepare(jobs, workers)  # (each decides whether any object wants it)


def engine_hooks(opts: Options):
    """The engine hooks of the enabled checks (objtool's behaviour when none is)."""
    from ..engine.hooks import NO_HOOKS, EngineHooks

    chosen = [a for a in enabled(opts) if a.hooks is not None]
    if not chosen:
        return NO_HOOKS
    hooks = EngineHooks()
    for analysis in chosen:
        analysis.hooks(hooks, opts)
    return hooks
