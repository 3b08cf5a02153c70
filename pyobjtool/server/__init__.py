# SPDX-License-Identifier: GPL-2.0-only
"""The kbuild drop-in: a per-user server that keeps pyobjtool loaded, and its client.

kbuild starts objtool once per object; a Python process spends most of such a
call importing itself.  The server (:mod:`.daemon`) has the run path imported
and forks a worker per request; the client (``client.c``, or
:mod:`.pyclient` where there is no C compiler) is what kbuild runs as
``tools/objtool/objtool``.  See docs/server.md.

This package's ``__init__`` imports nothing: the result cache and the client
import :mod:`.buildid` and :mod:`.paths` from here on every call.
"""
