# SPDX-License-Identifier: GPL-2.0-only
"""Warming the server up before it forks: one real check of a small kernel object per release.

A worker is a fork of the server, so whatever the first run of a process
builds lazily (decoder tables, option tables, interned states, the first
call of every function) it would build again in every worker.  Checking one
object in the server first makes every worker start as the second object of
a batch does, which the conformance runs show gives the same bytes.

The object is ``lib/strncpy_from_user.o`` of Linux 6.1 (GPL-2.0, as
``examples/strncpy_from_user.o``) before objtool ran, xz-compressed.
"""

from __future__ import annotations

import base64
import contextlib
import io
import lzma
import os
import sys
import tempfile

OBJECT = (
    "{Wp48S^xk9=GL@E0stWa8~^|S5YJf5;0vb%I$Z!ikwt`PJ&C5;oTjWUE6dH}*4Xp-^A}i~w#{t&eKY#EwHUzc_qd-Nl;l&W3"
    "-t^%iIAXzsi+&`^$Z+3aRunC(q^P^>sv;?ZMyDHqA_vcE$m;?Jg^mq^eV#Yj9f1GJE;|CAuVlINuqJ&l5#nB{p14nW-|!Kwy"
    "*w@m_=cx)7ZA07|AswQuRpGWB8_M)A6=J4T-NR9t<cOe>ZdOy^OXc?GdJp&+NH1F!`Eb72);|Y52zUtv(Vyy1DXtejZ~!$#}"
    "J;9Q1sXr*kLY@%3$v_;Cie^#Cyklbp-IwG?CFJY*w+*G(i?9Oj`Pjq!>AO`EB0byw3-Z*jP;qAIO@2yaZzq_P@gM6Mqxm_i)"
    "RwL4B@y*2=ty>L1C588j2$d^bEP|5mGkM*jkA7Y~3=@`R9Aj&iBrSD1ZP`b2%2JO~%hGC1UR>57wHIL08at;^F*|K64Yk$$C"
    "`;FYjh0DGON)|A22??{ri|^xWsVMILQ@R~!&`Y%qM)N=(566R^j1u7J)RS;7XC0u%x?LOaP!w2TxKMN_XSco%!^B>BHlOXW4"
    "-5;=#R{fFS#M37YCSQUd7jpcy7F59_ENFEP8_wXSM-x`bF;)5o+Rwp6UVn@f+77hs_xu<oIf2I9J;tgc6VKM^yBFt+7QS!-8"
    "a1SrN{|K<>-i$P6tGKHA`@@)Ax#f#|S??Qhd~IdmW8vcKvXYFR0%~6)+zeNWRDhtN>d>>I{Rq;CQpy;<x*<>f7gtRUo50ObG"
    "^n#F}qvML#7ESXi6j;c*-#Ur8^Y7)E|F)aV0xr$BkF^9eRtgv8_q8sJ>dsj~QrCAM$$G%h-r{AU{&gb$mY8<z!o5H;Hn?4mk"
    "NR9(SnaLu(_kj~R;syQQA+%c($waHa<Vq7)V+0Q$<o}bB0w};K$v<>BCU=h-rr$tE**^&0A*umlSlps8Wy6Lz~Y1Yfg1<4q?"
    "lfkW4!5uGar1SDjO748qFAC(HT!mranF~j}K>9P0y?lU}oBcjPKKQ@l*6zSTan4M@`!1mz=arH3Cg1Ck=A#T&)q)tZc)l3&&"
    "r>k%F-z)}8)Ky?#sB~Satfo&lmS$100Gtps22bLP+G(pvBYQl0ssI200dcD"
)
ARGS = ("--hacks=jump_label", "--hacks=noinstr", "--orc", "--retpoline", "--rethunk", "--static-call", "--uaccess",
        "--no-cache")


def run(log) -> None:
    """Check the object with every release's profile, quietly, in a clean environment."""
    from ..cli import main
    from ..profiles import SUPPORTED

    data = lzma.decompress(base64.b85decode(OBJECT))
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update({k: v for k, v in saved.items() if k in ("PATH", "HOME")})
    out = io.StringIO()
    try:
        with tempfile.TemporaryDirectory(prefix="pyobjtool-warmup-") as work, \
                contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            path = os.path.join(work, "strncpy_from_user.o")
            for release in SUPPORTED:
                with open(path, "wb") as fh:
                    fh.write(data)
                status = main(["--profile", release, *ARGS, path])
                if status:
                    log(f"warm-up with {release}: status {status}: {out.getvalue()!r}")
    except Exception as exc:
        log(f"warm-up: {exc!r}")
    finally:
        os.environ.clear()
        os.environ.update(saved)
        sys.stdout.flush()
