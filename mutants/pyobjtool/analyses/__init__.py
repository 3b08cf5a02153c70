# SPDX-License-Identifier: GPL-2.0-only
"""Checks beyond objtool, run after (or instead of) objtool's checks.

Each analysis is a module with ``run(ctx)`` (``ctx`` is an
:class:`~.context.AnalysisContext`) that reports through ``ctx.reporter`` in
objtool's ``file.o: warning: objtool: func+0xoff: message`` shape, so
existing log scrapers keep working.  They are off by default: pyobjtool
without their options is byte-for-byte the objtool release it runs as.
:mod:`.registry` lists them with their options, needs and engine hooks.
"""
