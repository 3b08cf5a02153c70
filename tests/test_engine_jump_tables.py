# SPDX-License-Identifier: GPL-2.0-only
"""Switch jump tables (engine/jump_tables.py, objtool's find_jump_table() and
add_jump_table()): the backward search from an indirect jump to the
instruction that loads its table, and where a table ends.

A case that is not found is an unreachable instruction, and an indirect
jump without a table is a tail call, so the warnings (or their absence) show
which cases each jump got.  Every expectation was printed by the real
objtool 6.1 (and is compared with it again where installed).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_asm import warning as W
from fixtures_engine import ORC, EngineCase, check

#: a two-entry table of cases 1: and 2:
TABLE = """
    .section .rodata, "a"
.Ltable:
    .quad 1b
    .quad 2b
"""

#: the code of 'two adjacent tables of one function', '6.12: two adjacent tables of one function'
_SRC_TWO_ADJACENT_TABLES_OF_ONE_FUNCTION = """
FUNC f
    push %rbx
    mov $.Ltable, %rdx
    test %rdi, %rdi
    jne 5f
    jmp *(%rdx,%rdi,8)
1:  pop %rbx
    ret
2:  pop %rbx
    ret
5:  pop %rbx
    mov $.Lnext, %rdx
    jmp *(%rdx,%rdi,8)
3:  ret
4:  ret
ENDF f
    .section .rodata, "a"
    .quad 0
.Ltable:
    .quad 1b
    .quad 2b
.Lnext:
    .quad 3b
    .quad 4b
"""

#: the code of "6.12: Clang's switch entry past the function", "6.1: Clang's switch entry past the function"
_SRC_CLANG_S_SWITCH_ENTRY_PAST_THE_FUNCTION = """
FUNC f
    jmp *.Ltable(,%rdi,8)
1:  ret
2:  ret
3:
ENDF f
FUNC g
    ret
ENDF g
    .section .rodata, "a"
.Ltable:
    .quad 1b
    .quad 3b
    .quad 2b
"""

#: the code of '6.12: three adjacent tables of one function', '6.1: three adjacent tables of one function'
_SRC_THREE_ADJACENT_TABLES_OF_ONE_FUNCTION = """
FUNC f
    mov $.Lt1, %rdx
    test %rdi, %rdi
    jne 5f
    jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
5:  push %rbx
    mov $.Lt2, %rdx
    test %rsi, %rsi
    jne 6f
    jmp *(%rdx,%rdi,8)
3:  pop %rbx
    ret
4:  pop %rbx
    ret
6:  push %r12
    mov $.Lt3, %rdx
    jmp *(%rdx,%rdi,8)
7:  pop %r12
    pop %rbx
    ret
8:  pop %r12
    pop %rbx
    ret
ENDF f
    .section .rodata, "a"
    .quad 0
.Lt1:
    .quad 1b
    .quad 2b
.Lt2:
    .quad 3b
    .quad 4b
.Lt3:
    .quad 7b
    .quad 8b
"""

CASES = {
    # the backward search from the indirect jump finds the instruction that loads the table
    "table loaded before the jump": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    cmp $1, %rdi
    ja 3f
    jmp *(%rdx,%rdi,8)
1:  push %rax
    pop %rax
    ret
2:  ret
3:  ret
ENDF f
""" + TABLE, ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+11: sp:sp+16 bp:(und)",
        ".text+12: sp:sp+8 bp:(und)",
        ".text+15: sp:(und) bp:(und)",
    ]),

    # the jump's first forward jump source leads the search past another table's load
    "search skips code a forward jump goes around": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    test %rdi, %rdi
    jne 5f
    mov $.Lother, %rdx
    ret
5:  jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
3:  ret
4:  ret
ENDF f
""" + TABLE + """
    .quad 0
.Lother:
    .quad 3b
    .quad 4b
""", ORC, [
        W("f+0x19", "unreachable instruction"),
    ]),

    "search passes a backward conditional jump": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
4:  dec %rcx
    jne 4b
    jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
ENDF f
""" + TABLE, ORC, []),

    "search passes a conditional jump to itself": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
4:  jne 4b
    jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
ENDF f
""" + TABLE, ORC, []),

    # an unconditional jump without a destination in the function does not stop the search
    "search passes a tail call": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    test %rdi, %rdi
    jne 3f
    jmp g
4:  jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
3:  jmp 4b
ENDF f
""" + TABLE, ORC, []),

    # an unconditional jump backwards (here to itself) ends the search: no table
    "search stops at a jump to itself": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    cmp $1, %rdi
    ja 4f
    jmp 5f
4:  jmp 4b
6:  jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
5:  jmp 6b
ENDF f
""" + TABLE, ORC, [
        W("f+0x14", "unreachable instruction"),
    ]),

    # (the indirect jump is reached by a backward jump, so the search walks straight back)
    "search stops at a jump past the indirect jump": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    test %rdi, %rdi
    jne 6f
    jmp 5f
4:  jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
5:  ret
6:  jmp 4b
ENDF f
""" + TABLE, ORC, [
        W("f+0x11", "unreachable instruction"),
    ]),

    "search passes a jump to the indirect jump": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    jmp 4f
4:  jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
ENDF f
""" + TABLE, ORC, []),

    "search stops at another indirect jump": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    test %rdi, %rdi
    jne 6f
    jmp *%rax
4:  jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
6:  jmp 4b
ENDF f
""" + TABLE, ORC, []),

    "pointer into another function is not a table": EngineCase("""
FUNC f
    mov $.Lptrs, %rdx
    jmp *(%rdx,%rdi,8)
ENDF f
FUNC g
    nop
.Lg:
    ret
ENDF g
    .section .rodata, "a"
.Lptrs:
    .quad .Lg
""", ORC, []),

    "pointer into data is not a table": EngineCase("""
FUNC f
    mov $.Lptrs, %rdx
    jmp *(%rdx,%rdi,8)
ENDF f
    .data
.Ldata:
    .quad 0
    .section .rodata, "a"
.Lptrs:
    .quad .Ldata
""", ORC, []),

    # the cases are read from the table's first relocation on
    "table after other data": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
ENDF f
FUNC g
.Lg:
    ret
ENDF g
    .section .rodata, "a"
    .quad .Lg
.Ltable:
    .quad 1b
    .quad 2b
""", ORC, []),

    "table ends at a pointer into another function": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
ENDF f
FUNC g
    nop
.Lg:
    ret
ENDF g
    .section .rodata, "a"
    .quad 0
.Ltable:
    .quad 1b
    .quad 2b
    .quad .Lg
""", ORC, []),

    "table ends at a gap": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
3:  ret
ENDF f
    .section .rodata, "a"
    .quad 0
.Ltable:
    .quad 1b
    .quad 2b
    .quad 0
    .quad 3b
""", ORC, [
        W("f+0xc", "unreachable instruction"),
    ]),

    # objtool's end-of-table test uses the last entry's offset, 0 here: it reports no table
    # (the quirk: a one-entry table at offset 0 looks empty)
    "one-entry table at the start of .rodata": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    jmp *(%rdx,%rdi,8)
1:  ret
ENDF f
FUNC g
    nop
.Lg:
    ret
ENDF g
    .section .rodata, "a"
.Ltable:
    .quad 1b
    .quad .Lg
""", ORC, [
        W("f+0x7", "can't find switch jump table"),
    ]),

    "one-entry table at the start of .rodata, then data": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    jmp *(%rdx,%rdi,8)
1:  ret
ENDF f
    .data
.Ldata:
    .quad 0
    .section .rodata, "a"
.Ltable:
    .quad 1b
    .quad .Ldata
""", ORC, [
        W("f+0x7", "can't find switch jump table"),
    ]),

    "one-entry table at the start of .rodata, then another table": EngineCase("""
FUNC f
    mov $.Ltable, %rdx
    test %rdi, %rdi
    jne 5f
    jmp *(%rdx,%rdi,8)
1:  ret
5:  mov $.Lnext, %rdx
    jmp *(%rdx,%rdi,8)
2:  ret
3:  ret
ENDF f
    .section .rodata, "a"
.Ltable:
    .quad 1b
.Lnext:
    .quad 2b
    .quad 3b
""", ORC, [
        W("f+0xc", "can't find switch jump table"),
    ]),

    # each table ends where the next one starts
    "two adjacent tables of one function": EngineCase(_SRC_TWO_ADJACENT_TABLES_OF_ONE_FUNCTION, ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+11: sp:sp+8 bp:(und)",
        ".text+12: sp:sp+16 bp:(und)",
        ".text+13: sp:sp+8 bp:(und)",
        ".text+14: sp:sp+16 bp:(und)",
        ".text+15: sp:sp+8 bp:(und)",
        ".text+21: sp:(und) bp:(und)",
    ]),

    "switch after a label that is not a function": EngineCase("""
helper:
    nop
FUNC f
    jmp *.Ltable(,%rdi,8)
1:  ret
2:  ret
ENDF f
""" + TABLE, ORC, []),

    # the table's cases are added to the alternative's replacement, which is still followed
    "indirect jump of an alternative with a table": EngineCase("""
FUNC f
    ALTERNATIVE "jmp *.Ltable(,%rdi,8)", "std; std; ud2"
1:  ret
2:  ret
ENDF f
""" + TABLE, ORC, [
        W(".altinstr_replacement+0x1", "recursive STD"),
    ]),

    "6.12: switch cases, last case first": EngineCase("""
FUNC f
    jmp *.Ltable(,%rdi,8)
1:  std
    std
    ret
2:  cld
    ret
ENDF f
""" + TABLE, ORC, [
        W("f+0xa", "redundant CLD"),
    ], release='6.12'),

    "6.1: switch cases, first case first": EngineCase("""
FUNC f
    jmp *.Ltable(,%rdi,8)
1:  std
    std
    ret
2:  cld
    ret
ENDF f
""" + TABLE, ORC, [
        W("f+0x8", "recursive STD"),
    ]),

    # 6.12 skips table entries that point just past the function (Clang's unused cases)
    "6.12: Clang's switch entry past the function": EngineCase(_SRC_CLANG_S_SWITCH_ENTRY_PAST_THE_FUNCTION, ORC, [
    ], release='6.12'),

    "6.1: Clang's switch entry past the function": EngineCase(_SRC_CLANG_S_SWITCH_ENTRY_PAST_THE_FUNCTION, ORC, [
        W("f+0x0", "can't find switch jump table"),
    ]),

    # 6.12 ends a table where the function's next table starts
    "6.12: two adjacent tables of one function": EngineCase(_SRC_TWO_ADJACENT_TABLES_OF_ONE_FUNCTION, ORC, [], orc=[
        ".text+0:type:call sp:sp+8 bp:(und) signal:0",
        ".text+1:type:call sp:sp+16 bp:(und) signal:0",
        ".text+11:type:call sp:sp+8 bp:(und) signal:0",
        ".text+12:type:call sp:sp+16 bp:(und) signal:0",
        ".text+13:type:call sp:sp+8 bp:(und) signal:0",
        ".text+14:type:call sp:sp+16 bp:(und) signal:0",
        ".text+15:type:call sp:sp+8 bp:(und) signal:0",
        ".text+21:type:(und) sp:(und) bp:(und) signal:0",
    ], release='6.12'),

    "6.12: three adjacent tables of one function": EngineCase(_SRC_THREE_ADJACENT_TABLES_OF_ONE_FUNCTION, ORC, [
    ], release='6.12'),

    "6.1: three adjacent tables of one function": EngineCase(_SRC_THREE_ADJACENT_TABLES_OF_ONE_FUNCTION, ORC, []),

    "6.12: Clang's unused entry at the end of a table": EngineCase("""
FUNC f
    jmp *.Ltable(,%rdi,8)
1:  ret
2:  ret
3:
ENDF f
FUNC g
    ret
ENDF g
""" + TABLE + """    .quad 3b
""", ORC, [
    ], release='6.12'),

    # a symbol that is not a function (here a data object in .text) is skipped, and the
    # functions after it in the section still get their tables
    "a data symbol before the function": EngineCase("""
    .globl blob
    .type blob, @object
blob:
    .byte 0x90
    .size blob, 1
FUNC f
    mov $.Ltable, %rdx
    jmp *(%rdx,%rdi,8)
1:  ret
2:  ret
ENDF f
""" + TABLE, ORC, []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_jump_tables(workdir: Path, name: str) -> None:
    check(workdir, CASES[name])
