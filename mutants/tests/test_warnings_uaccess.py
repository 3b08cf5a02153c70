# SPDX-License-Identifier: GPL-2.0-only
"""--uaccess warnings: STAC/CLAC (SMAP user access), PUSHF/POPF inside
alternatives, and the direction flag (STD/CLD)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_asm import Case, check_case
from fixtures_asm import warning as W

UACCESS = ["--uaccess"]
#: a function objtool knows to be UACCESS-safe (uaccess_safe_builtin[])
SAFE = "__asan_load1_noabort"

CASES = {
    "call with UACCESS enabled": Case("""
FUNC f
    stac
    call g
    clac
    ret
ENDF f
""", UACCESS, [W("f+0x3", "call to g() with UACCESS enabled")]),

    "call to a UACCESS-safe function": Case(f"""
FUNC f
    stac
    call {SAFE}
    clac
    ret
ENDF f
""", UACCESS, []),

    "return with UACCESS enabled": Case("""
FUNC f
    stac
    ret
ENDF f
""", UACCESS, [W("f+0x3", "return with UACCESS enabled")]),

    "return with UACCESS enabled (C)": Case("""
void f(void) { asm volatile("stac"); }
""", UACCESS, [W("f+0x3", "return with UACCESS enabled")], c=True),

    # without --uaccess, STAC/CLAC are not followed
    "STAC ignored without --uaccess": Case("""
FUNC f
    stac
    ret
ENDF f
""", ["--orc"], []),

    # a hint path starts with UACCESS off, even in a UACCESS-safe function
    "return with UACCESS disabled from a UACCESS-safe function": Case(f"""
FUNC {SAFE}
    ret
    UNWIND_HINT_FUNC
    ret
ENDF {SAFE}
""", UACCESS, [W(f"{SAFE}+0x1", "return with UACCESS disabled from a UACCESS-safe function")]),

    "recursive UACCESS enable": Case("""
FUNC f
    stac
    stac
    clac
    ret
ENDF f
""", UACCESS, [W("f+0x3", "recursive UACCESS enable")]),

    "redundant UACCESS disable": Case("""
FUNC f
    clac
    ret
ENDF f
""", UACCESS, [W("f+0x0", "redundant UACCESS disable")]),

    "UACCESS-safe disables UACCESS": Case(f"""
FUNC {SAFE}
    clac
    ret
ENDF {SAFE}
""", UACCESS, [W(f"{SAFE}+0x0", "UACCESS-safe disables UACCESS")]),

    "call with DF set": Case("""
FUNC f
    std
    call g
    cld
    ret
ENDF f
""", UACCESS, [W("f+0x1", "call to g() with DF set")]),

    "return with DF set": Case("""
FUNC f
    std
    ret
ENDF f
""", UACCESS, [W("f+0x1", "return with DF set")]),

    "recursive STD": Case("""
FUNC f
    std
    std
    cld
    ret
ENDF f
""", UACCESS, [W("f+0x1", "recursive STD")]),

    "redundant CLD": Case("""
FUNC f
    cld
    ret
ENDF f
""", UACCESS, [W("f+0x0", "redundant CLD")]),

    # only PUSHFs inside alternatives are tracked (smap_save()): 32 of them fill the stack
    "PUSHF stack exhausted": Case(f"""
FUNC f
    ALTERNATIVE "", "{'pushf;' * 33}", 1
    ud2
ENDF f
""", UACCESS, [W(".altinstr_replacement+0x1f", "PUSHF stack exhausted")]),

}


@pytest.mark.parametrize("name", list(CASES))
def test_uaccess_warning(workdir: Path, name: str) -> None:
    check_case(workdir, CASES[name])
