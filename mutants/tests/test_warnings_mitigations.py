# SPDX-License-Identifier: GPL-2.0-only
"""Mitigation checks: --retpoline, --rethunk, --sls, --ibt, --noinstr (with
paravirt tables), and --unret, the last three with --link as objtool needs."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_asm import Case, check_case
from fixtures_asm import warning as W

LINK = ["--link"]
UNRET = ["--unret", "--rethunk", "--link"]
NOINSTR = ["--noinstr", "--link"]

ENTRY_HINT = "UNWIND_HINT type=UNWIND_HINT_TYPE_ENTRY end=1"

#: a pv_ops table whose second slot points at foo(), an instrumentable function
PV_OPS = """
    .text
FUNC foo
    ret
ENDF foo
    .data
    .globl pv_ops
    .type pv_ops, @object
pv_ops:
    .quad 0
    .quad foo
    .size pv_ops, 16
"""

CASES = {
    # -- retpoline / rethunk --
    "indirect call and jump found in RETPOLINE build": Case("""
FUNC f
    call *%rax
    jmp *%rax
ENDF f
""", ["--retpoline"], [
        W("f+0x0", "indirect call found in RETPOLINE build"),
        W("f+0x2", "indirect jump found in RETPOLINE build"),
    ]),

    "indirect call found in RETPOLINE build (C)": Case("""
int f(int (*fn)(void)) { return fn() + 1; }
""", ["--retpoline"], [W("f+0x4", "indirect call found in RETPOLINE build")], c=True),

    "ANNOTATE_RETPOLINE_SAFE": Case("""
FUNC f
    ANNOTATE_RETPOLINE_SAFE
    call *%rax
    ret
ENDF f
""", ["--retpoline"], []),

    "'naked' return found in RETHUNK build": Case("""
FUNC f
    ret
ENDF f
""", ["--retpoline", "--rethunk"], [W("f+0x0", "'naked' return found in RETHUNK build")]),

    # .init.text runs before user space: exempt, except in modules
    ".init.text is exempt": Case("""
    .section .init.text, "ax"
FUNC f
    call *%rax
    ret
ENDF f
""", ["--retpoline", "--rethunk"], []),

    ".init.text of a module is not": Case("""
    .section .init.text, "ax"
FUNC f
    call *%rax
    ret
ENDF f
""", ["--retpoline", "--rethunk", "--module"], [
        W("f+0x0", "indirect call found in RETPOLINE build"),
        W("f+0x2", "'naked' return found in RETHUNK build"),
    ]),

    # -- straight-line speculation --
    "missing int3 after ret / indirect jump": Case("""
FUNC f
    test %rax, %rax
    je 1f
    ret
1:  jmp *%rax
ENDF f
""", ["--sls"], [
        W("f+0x5", "missing int3 after ret"),
        W("f+0x6", "missing int3 after indirect jump"),
    ]),

    "int3 after ret and indirect jump": Case("""
FUNC f
    test %rax, %rax
    je 1f
    ret
    int3
1:  jmp *%rax
    int3
ENDF f
""", ["--sls"], []),

    # -- IBT --
    "relocation to !ENDBR": Case("""
FUNC f
    endbr64
    lea g(%rip), %rax
    ret
ENDF f
FUNC g
    ret
ENDF g
""", ["--ibt"] + LINK, [W("f+0x4", "relocation to !ENDBR: g+0x0")]),

    "data relocation to !ENDBR": Case("""
FUNC f
    endbr64
    ret
ENDF f
FUNC g
    ret
ENDF g
    .data
    .quad f
    .quad g
""", ["--ibt"] + LINK, [W(".data+0x8", "data relocation to !ENDBR: g+0x0")]),

    "ANNOTATE_NOENDBR silences !ENDBR": Case("""
FUNC f
    endbr64
    lea g(%rip), %rax
    ret
ENDF f
FUNC g
    ANNOTATE_NOENDBR
    ret
ENDF g
""", ["--ibt"] + LINK, []),

    # -- noinstr --
    "call leaves .noinstr.text section": Case("""
    .section .noinstr.text, "ax"
FUNC f
    call g
    ret
ENDF f
""", NOINSTR, [W("f+0x0", "call to g() leaves .noinstr.text section")]),

    "call leaves .noinstr.text section (with --orc)": Case("""
    .section .noinstr.text, "ax"
FUNC f
    call g
    ret
ENDF f
""", NOINSTR + ["--orc"], [W("f+0x0", "call to g() leaves .noinstr.text section")]),

    "instrumentation_begin()/end() allow the call": Case("""
    .section .noinstr.text, "ax"
FUNC f
    INSTR_BEGIN
    call g
    INSTR_END
    ret
ENDF f
""", NOINSTR, []),

    "__ubsan_handle_ calls are allowed": Case("""
    .section .noinstr.text, "ax"
FUNC f
    call __ubsan_handle_out_of_bounds
    ret
ENDF f
""", NOINSTR, []),

    "return with instrumentation enabled": Case("""
    .section .noinstr.text, "ax"
FUNC f
    INSTR_BEGIN
    ret
ENDF f
FUNC g
    INSTR_END
    ret
ENDF g
""", NOINSTR, [W("f+0x1", "return with instrumentation enabled")]),

    "pv_ops target outside noinstr": Case("""
    .section .noinstr.text, "ax"
FUNC f
    call *pv_ops+8(%rip)
    ret
ENDF f
""" + PV_OPS, NOINSTR, [
        W("", "pv_ops[1]: foo"),
        W("f+0x0", "call to pv_ops[0]() leaves .noinstr.text section"),
    ]),

    "indirect call leaves .noinstr.text section": Case("""
    .section .noinstr.text, "ax"
FUNC f
    call *%rax
    ret
ENDF f
""", NOINSTR, [W("f+0x0", "call to {dynamic}() leaves .noinstr.text section")]),

    # the paravirt patch store in .init.text names a place without a symbol
    "no func for pv_ops[]": Case("""
    .section .init.text, "ax"
FUNC f
    movq $.Lx, pv_ops+8(%rip)
    ret
ENDF f
    .text
    nop
.Lx: ret
    .data
    .globl pv_ops
    .type pv_ops, @object
pv_ops:
    .quad 0
    .quad 0
    .size pv_ops, 16
""", NOINSTR, [W("", "no func for pv_ops[]")]),

    # -- unret (entry code must untrain before returning) --
    "RET before UNTRAIN": Case(f"""
FUNC entry
    {ENTRY_HINT}
    nop
    ret
ENDF entry
""", UNRET, [W("entry+0x1", "RET before UNTRAIN")]),

    "UNTRAIN_RET (retpoline_safe NOP) ends the check": Case(f"""
FUNC entry
    {ENTRY_HINT}
    ANNOTATE_RETPOLINE_SAFE
    nop
    ret
ENDF entry
""", UNRET, []),

    "early indirect call": Case(f"""
FUNC entry
    {ENTRY_HINT}
    call *%rax
    ud2
ENDF entry
""", UNRET, [W("entry+0x0", "early indirect call")]),

    # the next three make objtool's check() itself fail: exit 255, nothing written
    "unresolved jump target after linking": Case(f"""
entry:
    {ENTRY_HINT}
    jmp ext
""", UNRET, [
        W(".text+0x0", "unresolved jump target after linking?!?"),
        W(".text+0x0", "Failed UNRET validation"),
    ], status=255),

    "Unresolved function after linking": Case(f"""
FUNC entry
    {ENTRY_HINT}
    call ext
    ud2
ENDF entry
""", UNRET, [
        W("", "Unresolved function after linking!?: ext"),
        W("entry+0x0", "Failed UNRET validation"),
    ], status=255),

    "teh end!": Case(f"""
entry:
    {ENTRY_HINT}
    nop
""", UNRET, [
        W(".text+0x0", "teh end!"),
        W(".text+0x0", "Failed UNRET validation"),
    ], status=255),

    "unret backtrace: (call)": Case(f"""
FUNC entry
    {ENTRY_HINT}
    test %rax, %rax
    jne 1f
    call helper
    ud2
1:  ud2
ENDF entry
FUNC helper
    ret
ENDF helper
""", UNRET + ["--backtrace"], [
        W("helper+0x0", "RET before UNTRAIN"),
        W("  entry+0x5", "(call)"),
    ]),

    "unret backtrace: (branch) and (branch-cond)": Case(f"""
FUNC entry
    {ENTRY_HINT}
    test %rax, %rax
    jne 1f
    ud2
1:  jmp 2f
2:  ret
ENDF entry
""", UNRET + ["--backtrace"], [
        W("entry+0x9", "RET before UNTRAIN"),
        W("  entry+0x7", "(branch)"),
        W("  entry+0x3", "(branch-cond)"),
    ]),

    "unret backtrace: (alt)": Case(f"""
FUNC entry
    {ENTRY_HINT}
    ALTERNATIVE "ud2", "ret", 1
ENDF entry
""", UNRET + ["--backtrace"], [
        W(".altinstr_replacement+0x0", "RET before UNTRAIN"),
        W("  entry+0x0", "(alt)"),
    ]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_mitigation_warning(workdir: Path, name: str) -> None:
    check_case(workdir, CASES[name])
