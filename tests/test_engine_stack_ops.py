# SPDX-License-Identifier: GPL-2.0-only
"""The stack-operation rules (engine/stack_ops.py, objtool's update_cfi_state()),
one idiom at a time: DRAP realignment, registers saved with MOV, stack
swizzles, copies of the stack pointer, Clang's frame restore, PUSHF/POPF.

Where an idiom's effect is not visible in the ORC table (a callee-saved
register's save slot, the stack size), a *probe* shows it: two paths meet,
one of them after the operation, and objtool's ``stack state mismatch``
message prints the first field that differs.  Every expectation was printed
by the real objtool 6.1 (and is compared with it again where installed).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from fixtures_asm import warning as W
from fixtures_engine import ORC, STACKVAL, EngineCase, check

from pyobjtool.arch.insn import (
    OP_DEST_MEM,
    OP_DEST_PUSH,
    OP_DEST_PUSHF,
    OP_DEST_REG,
    OP_DEST_REG_INDIRECT,
    OP_SRC_AND,
    OP_SRC_CONST,
    OP_SRC_REG,
    StackOp,
)
from pyobjtool.arch.x86.registers import CFI_AX, CFI_SP, cfi_registers
from pyobjtool.engine.cfi import CFIPool, CFIWork, func_cfi_key
from pyobjtool.engine.stack_ops import StackOpError, StackOps

#: GCC's DRAP prologue: %r10 holds the CFA while the stack is realigned
DRAP_PRO = """
    lea 0x8(%rsp), %r10
    and $-16, %rsp
    pushq -0x8(%r10)
    push %rbp
    mov %rsp, %rbp
    push %r10
"""
DRAP_EPI = """
    pop %r10
    pop %rbp
    lea -0x8(%r10), %rsp
    ret
"""

#: the code of '6.12: lea from %rbp while the CFA is %rbp+0', '6.1: lea from %rbp while the CFA is %rbp+0'
_SRC_LEA_FROM_RBP_WHILE_THE_CFA_IS_RBP_0 = """
FUNC f
    ret
    UNWIND_HINT type=UNWIND_HINT_TYPE_CALL sp_reg=ORC_REG_BP sp_offset=0
    lea 0x10(%rbp), %rsp
    test %rax, %rax
    je 1f
    push %rbx
    jmp 2f
1:  push %rax
2:  ud2
ENDF f
"""

#: the code of '6.12: stack pointer copied between registers', '6.1: stack pointer copied between registers'
_SRC_STACK_POINTER_COPIED_BETWEEN_REGISTERS = """
FUNC f
    push %rbx
    mov %rsp, %rdx
    sub $0x20, %rsp
    mov %rdx, %rbx
    mov %rbx, %rsp
    pop %rbx
    ret
ENDF f
"""

CASES = {
    # PUSHF/POPF move the stack pointer like PUSH/POP (popf is a pop into memory)
    "pushf and popf": EngineCase("""
FUNC f
    pushf
    popf
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+2: sp:sp+8 bp:(und)",
        ".text+3: sp:(und) bp:(und)",
    ]),

    "pop into memory": EngineCase("""
FUNC f
    push %rax
    pop (%rdi)
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+3: sp:sp+8 bp:(und)",
        ".text+4: sp:(und) bp:(und)",
    ]),

    # the pop into memory takes 8 bytes off the stack size and the CFA offset (not sets them
    # to 8: that needs a second push before it to show)
    "pop into memory below another push": EngineCase("""
FUNC f
    push %rax
    push %rcx
    pop (%rdi)
    pop %rax
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+2: sp:sp+24 bp:(und)",
        ".text+4: sp:sp+16 bp:(und)",
        ".text+5: sp:sp+8 bp:(und)",
        ".text+6: sp:(und) bp:(und)",
    ]),

    # objtool's offsets are C ints: two huge adds wrap around (8 - 2 * 0x7fffffff = 10)
    "stack pointer wraps at 32 bits": EngineCase("""
FUNC f
    test %rax, %rax
    je 1f
    add $0x7fffffff, %rsp
    add $0x7fffffff, %rsp
1:  ud2
ENDF f
""", ORC, [
        W("f+0x13", "stack state mismatch: cfa1=4+8 cfa2=4+10"),
    ]),

    # lea 8(%rsp),%r10 names the DRAP register, and $-16,%rsp makes it the CFA; push %r10
    # saves it in the frame (the CFA is then found through it: (bp-8)), callee-saved pushes
    # are recorded relative to %rbp, and lea -8(%r10),%rsp ends it
    "DRAP: GCC's realignment with pushes": EngineCase("""
FUNC f
""" + DRAP_PRO + """
    push %rbx
    sub $0x20, %rsp
    call g
    add $0x20, %rsp
    pop %rbx
""" + DRAP_EPI + """
ENDF f
""", STACKVAL, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+9: sp:r10+0 bp:(und)",
        ".text+11: sp:r10+0 bp:bp+0",
        ".text+13: sp:(bp-8) bp:bp+0",
        ".text+24: sp:r10+0 bp:bp+0",
        ".text+25: sp:r10+0 bp:(und)",
        ".text+29: sp:sp+8 bp:(und)",
        ".text+2a: sp:(und) bp:(und)",
    ]),

    # the same frame with the DRAP register and %rbx stored below %rbp and loaded back
    "DRAP: registers saved with mov": EngineCase("""
FUNC f
    lea 0x8(%rsp), %r10
    and $-16, %rsp
    pushq -0x8(%r10)
    push %rbp
    mov %rsp, %rbp
    sub $0x20, %rsp
    mov %r10, -0x8(%rbp)
    mov %rbx, -0x10(%rbp)
    call g
    mov -0x10(%rbp), %rbx
    mov -0x8(%rbp), %r10
    leave
    lea -0x8(%r10), %rsp
    ret
ENDF f
""", STACKVAL, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+9: sp:r10+0 bp:(und)",
        ".text+11: sp:r10+0 bp:bp+0",
        ".text+19: sp:(bp-8) bp:bp+0",
        ".text+2a: sp:r10+0 bp:bp+0",
        ".text+2b: sp:r10+0 bp:(und)",
        ".text+2f: sp:sp+8 bp:(und)",
        ".text+30: sp:(und) bp:(und)",
    ]),

    "DRAP: saved register not restored": EngineCase("""
FUNC f
    lea 0x8(%rsp), %r10
    and $-16, %rsp
    pushq -0x8(%r10)
    push %rbp
    mov %rsp, %rbp
    sub $0x20, %rsp
    mov %r10, -0x8(%rbp)
    mov %rbx, -0x10(%rbp)
    call g
    mov -0x8(%rbp), %r10
    leave
    lea -0x8(%r10), %rsp
    ret
ENDF f
""", STACKVAL, [
        W("f+0x2b", "return with modified stack frame"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+9: sp:r10+0 bp:(und)",
        ".text+11: sp:r10+0 bp:bp+0",
        ".text+19: sp:(bp-8) bp:bp+0",
        ".text+26: sp:r10+0 bp:bp+0",
        ".text+27: sp:r10+0 bp:(und)",
        ".text+2b: sp:sp+8 bp:(und)",
        ".text+2c: sp:(und) bp:(und)",
    ]),

    # where %rbx is saved in a DRAP frame: the mismatch message prints it (base 5 = %rbp)
    "DRAP: saved register probe": EngineCase("""
FUNC f
""" + DRAP_PRO + """
    test %rax, %rax
    je 1f
    push %rbx
    jmp 2f
1:  push %rax
2:  ud2
ENDF f
""", ORC, [
        W("f+0x1c", "stack state mismatch: reg1[3]=-1+0 reg2[3]=5-16"),
    ]),

    # once lea -8(%r10),%rsp ended DRAP mode, another realignment is not DRAP's
    "DRAP: realignment after the DRAP ended": EngineCase("""
FUNC f
""" + DRAP_PRO + """
    pop %r10
    pop %rbp
    lea -0x8(%r10), %rsp
    and $-16, %rsp
    ret
ENDF f
""", ORC, [
        W("f+0x1a", "unsupported stack pointer realignment"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+9: sp:r10+0 bp:(und)",
        ".text+11: sp:r10+0 bp:bp+0",
        ".text+13: sp:(bp-8) bp:bp+0",
        ".text+15: sp:r10+0 bp:bp+0",
        ".text+16: sp:r10+0 bp:(und)",
        ".text+1a: sp:sp+8 bp:(und)",
        ".text+1e: sp:(und) bp:(und)",
        ".text+1f: sp:(und) bp:(und)",
    ]),

    # older GCCs: and $-16,%rsp under a frame pointer changes nothing
    "realignment with a frame pointer and no DRAP": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    and $-16, %rsp
    call g
    leave
    ret
ENDF f
""", STACKVAL, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:prevsp-16",
        ".text+4: sp:bp+16 bp:prevsp-16",
        ".text+e: sp:sp+8 bp:(und)",
        ".text+f: sp:(und) bp:(und)",
    ]),

    # a DRAP register is named but the CFA is already %rbp: not a DRAP realignment
    "realignment with a DRAP register but a frame pointer CFA": EngineCase("""
FUNC f
    lea 0x8(%rsp), %r10
    push %rbp
    mov %rsp, %rbp
    and $-16, %rsp
    leave
    ret
ENDF f
""", ORC, [
        W("f+0x9", "unsupported stack pointer realignment"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+6: sp:sp+16 bp:prevsp-16",
        ".text+9: sp:bp+16 bp:prevsp-16",
        ".text+d: sp:(und) bp:(und)",
        ".text+f: sp:(und) bp:(und)",
    ]),

    # only the push that saves the DRAP register while it is the CFA moves the CFA
    "DRAP: the DRAP register pushed twice": EngineCase("""
FUNC f
""" + DRAP_PRO + """
    push %r10
    pop %r10
""" + DRAP_EPI + """
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+9: sp:r10+0 bp:(und)",
        ".text+11: sp:r10+0 bp:bp+0",
        ".text+13: sp:(bp-8) bp:bp+0",
        ".text+19: sp:r10+0 bp:bp+0",
        ".text+1a: sp:r10+0 bp:(und)",
        ".text+1e: sp:sp+8 bp:(und)",
        ".text+1f: sp:(und) bp:(und)",
    ]),

    # mov %rsp,%rax in DRAP mode changes nothing
    "DRAP: stack pointer copied": EngineCase("""
FUNC f
""" + DRAP_PRO + """
    mov %rsp, %rax
""" + DRAP_EPI + """
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+9: sp:r10+0 bp:(und)",
        ".text+11: sp:r10+0 bp:bp+0",
        ".text+13: sp:(bp-8) bp:bp+0",
        ".text+18: sp:r10+0 bp:bp+0",
        ".text+19: sp:r10+0 bp:(und)",
        ".text+1d: sp:sp+8 bp:(und)",
        ".text+1e: sp:(und) bp:(und)",
    ]),

    # mov %rsp,%rbp in DRAP mode records %rbp relative to itself (bp-8 here)
    "DRAP: frame pointer set below another push": EngineCase("""
FUNC f
    lea 0x8(%rsp), %r10
    and $-16, %rsp
    pushq -0x8(%r10)
    push %rbp
    push %rax
    mov %rsp, %rbp
    push %r10
    pop %r10
    pop %rax
    pop %rbp
    lea -0x8(%r10), %rsp
    ret
ENDF f
""", ORC, [
        W("f+0x1c", "return with modified stack frame"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+9: sp:r10+0 bp:(und)",
        ".text+12: sp:r10+0 bp:bp-8",
        ".text+14: sp:(bp-16) bp:bp-8",
        ".text+16: sp:r10+0 bp:bp-8",
        ".text+1c: sp:sp+8 bp:bp-8",
        ".text+1d: sp:(und) bp:(und)",
    ]),

    # --stackval: in DRAP mode a frame needs %rbp saved by mov %rsp,%rbp
    "DRAP: call before the frame pointer is set": EngineCase("""
FUNC f
    lea 0x8(%rsp), %r10
    and $-16, %rsp
    pushq -0x8(%r10)
    push %rbp
    call g
    pop %rbp
    lea -0x8(%r10), %rsp
    ret
ENDF f
""", STACKVAL, [
        W("f+0xe", "call without frame pointer save/setup"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+9: sp:r10+0 bp:(und)",
        ".text+13: sp:(und) bp:(und)",
        ".text+19: sp:(und) bp:(und)",
    ]),

    # popping the DRAP register or loading it from its slot both end the indirect CFA the
    # same way (and forget the slot), so the two paths meet without a mismatch
    "DRAP: pop and load of the DRAP register agree": EngineCase("""
FUNC f
""" + DRAP_PRO + """
    test %rax, %rax
    je 1f
    pop %r10
    jmp 2f
1:  mov -0x8(%rbp), %r10
    add $8, %rsp
2:  pop %rbp
    lea -0x8(%r10), %rsp
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+9: sp:r10+0 bp:(und)",
        ".text+11: sp:r10+0 bp:bp+0",
        ".text+13: sp:(bp-8) bp:bp+0",
        ".text+1a: sp:r10+0 bp:bp+0",
        ".text+1c: sp:(bp-8) bp:bp+0",
        ".text+20: sp:r10+0 bp:bp+0",
        ".text+25: sp:r10+0 bp:(und)",
        ".text+29: sp:sp+8 bp:(und)",
        ".text+2a: sp:(und) bp:(und)",
    ]),

    # below an indirect CFA a push changes only the stack size, which paths may disagree on
    "DRAP: states differing only in stack size": EngineCase("""
FUNC f
""" + DRAP_PRO + """
    test %rax, %rax
    je 1f
    push %rax
1:  ud2
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+9: sp:r10+0 bp:(und)",
        ".text+11: sp:r10+0 bp:bp+0",
        ".text+13: sp:(bp-8) bp:bp+0",
        ".text+1b: sp:(und) bp:(und)",
    ]),

    # the mismatch message names the DRAP register and its slot
    "DRAP: different DRAP registers": EngineCase("""
FUNC f
    test %rax, %rax
    je 1f
""" + DRAP_PRO + """    jmp 2f
1:  lea 0x8(%rsp), %rdi
    and $-16, %rsp
    pushq -0x8(%rdi)
    push %rbp
    mov %rsp, %rbp
    push %rdi
2:  ud2
ENDF f
""", ORC, [
        W("f+0x2b", "stack state mismatch: drap1=1(7,-8) drap2=1(10,-8)"),
    ]),

    # callee-saved registers stored to and loaded from the stack (CFA %rsp)
    "saves with mov relative to %rsp": EngineCase("""
FUNC f
    sub $0x18, %rsp
    mov %rbx, 0x8(%rsp)
    mov %r12, 0x10(%rsp)
    call g
    mov 0x8(%rsp), %rbx
    mov 0x10(%rsp), %r12
    add $0x18, %rsp
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+4: sp:sp+32 bp:(und)",
        ".text+21: sp:sp+8 bp:(und)",
        ".text+22: sp:(und) bp:(und)",
    ]),

    "mov save restored from the wrong slot": EngineCase("""
FUNC f
    sub $0x18, %rsp
    mov %rbx, 0x8(%rsp)
    call g
    mov 0x10(%rsp), %rbx
    add $0x18, %rsp
    ret
ENDF f
""", ORC, [
        W("f+0x17", "return with modified stack frame"),
    ]),

    # the saved slot is CFA-24: 0x8(%rsp) with the CFA at %rsp+32
    "mov save probe (CFA %rsp)": EngineCase("""
FUNC f
    sub $0x18, %rsp
    test %rax, %rax
    je 1f
    mov %rbx, 0x8(%rsp)
1:  ud2
ENDF f
""", ORC, [
        W("f+0xe", "stack state mismatch: reg1[3]=-1+0 reg2[3]=-2-24"),
    ]),

    # stores relative to %rbp and to %rsp while the CFA is %rbp, loaded back the same way
    "saves with mov under a frame pointer": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    sub $0x10, %rsp
    mov %rbx, -0x8(%rbp)
    mov %r12, (%rsp)
    call g
    mov -0x8(%rbp), %rbx
    mov (%rsp), %r12
    leave
    ret
ENDF f
""", STACKVAL, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:prevsp-16",
        ".text+4: sp:bp+16 bp:prevsp-16",
        ".text+1e: sp:sp+8 bp:(und)",
        ".text+1f: sp:(und) bp:(und)",
    ]),

    "mov save probe (relative to %rbp)": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    sub $0x10, %rsp
    test %rax, %rax
    je 1f
    mov %rbx, -0x8(%rbp)
1:  ud2
ENDF f
""", ORC, [
        W("f+0x11", "stack state mismatch: reg1[3]=-1+0 reg2[3]=-2-24"),
    ]),

    "mov save probe (relative to %rsp under a frame pointer)": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    sub $0x10, %rsp
    test %rax, %rax
    je 1f
    mov %r12, 0x8(%rsp)
1:  ud2
ENDF f
""", ORC, [
        W("f+0x12", "stack state mismatch: reg1[12]=-1+0 reg2[12]=-2-24"),
    ]),

    # only the first save of a callee-saved register counts
    "second save of a register is ignored": EngineCase("""
FUNC f
    push %rbx
    sub $0x10, %rsp
    mov %rbx, (%rsp)
    add $0x10, %rsp
    pop %rbx
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+5: sp:sp+32 bp:(und)",
        ".text+d: sp:sp+16 bp:(und)",
        ".text+e: sp:sp+8 bp:(und)",
        ".text+f: sp:(und) bp:(und)",
    ]),

    # mov (%rsp),%rbp while the CFA is %rbp switches the CFA back to %rsp
    "frame pointer restored with mov": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    mov (%rsp), %rbp
    add $8, %rsp
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:prevsp-16",
        ".text+4: sp:bp+16 bp:prevsp-16",
        ".text+8: sp:sp+16 bp:(und)",
        ".text+c: sp:sp+8 bp:(und)",
        ".text+d: sp:(und) bp:(und)",
    ]),

    # mov %rsp,(%rdi); mov %rdi,%rsp: the CFA is found at (%rsp)+8 until pop %rsp
    "stack swizzle without a frame pointer": EngineCase("""
FUNC f
    mov %rsp, (%rdi)
    mov %rdi, %rsp
    call *%rax
    pop %rsp
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+6: sp:(sp)+8 bp:(und)",
        ".text+9: sp:sp+8 bp:(und)",
        ".text+a: sp:(und) bp:(und)",
    ]),

    # under a frame pointer the swizzle only counts as a push
    "stack swizzle with a frame pointer": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    mov %rsp, (%rdi)
    mov %rdi, %rsp
    call *%rax
    pop %rsp
    leave
    ret
ENDF f
""", STACKVAL, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:prevsp-16",
        ".text+4: sp:bp+16 bp:prevsp-16",
        ".text+e: sp:sp+8 bp:(und)",
        ".text+f: sp:(und) bp:(und)",
    ]),

    # with a frame pointer the swizzle adds 8 to the stack size, which the register probe shows
    "stack swizzle probe": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    mov %rsp, (%rdi)
    test %rax, %rax
    je 1f
    mov %rdi, %rsp
    push %rbx
    jmp 2f
1:  push %rax
2:  ud2
ENDF f
""", ORC, [
        W("f+0x13", "stack state mismatch: reg1[3]=-1+0 reg2[3]=-2-32"),
    ]),

    "return on the swizzled stack": EngineCase("""
FUNC f
    mov %rsp, (%rdi)
    mov %rdi, %rsp
    ret
ENDF f
""", ORC, [
        W("f+0x6", "return with modified stack frame"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+6: sp:(sp)+8 bp:(und)",
        ".text+7: sp:(und) bp:(und)",
    ]),

    # mov %rsp,8(%rdi) is not a swizzle
    "swizzle from another displacement": EngineCase("""
FUNC f
    mov %rsp, 8(%rdi)
    mov %rdi, %rsp
    ret
ENDF f
""", ORC, [
        W("f+0x7", "return with modified stack frame"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+7: sp:(und) bp:(und)",
        ".text+8: sp:(und) bp:(und)",
    ]),

    # the saved stack pointer must match the current CFA offset
    "swizzle at another stack depth": EngineCase("""
FUNC f
    mov %rsp, (%rdi)
    push %rax
    mov %rdi, %rsp
    ret
ENDF f
""", ORC, [
        W("f+0x7", "return with modified stack frame"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+4: sp:sp+16 bp:(und)",
        ".text+7: sp:(und) bp:(und)",
        ".text+8: sp:(und) bp:(und)",
    ]),

    # mov %rsp,%rbx ... mov %rbx,%rsp restores the CFA offset the copy was taken at
    "stack pointer kept in a register": EngineCase("""
FUNC f
    push %rbx
    mov %rsp, %rbx
    sub $0x40, %rsp
    call g
    mov %rbx, %rsp
    pop %rbx
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+8: sp:sp+80 bp:(und)",
        ".text+10: sp:sp+16 bp:(und)",
        ".text+11: sp:sp+8 bp:(und)",
        ".text+12: sp:(und) bp:(und)",
    ]),

    "stack pointer kept in a register at depth": EngineCase("""
FUNC f
    push %rbx
    push %r12
    mov %rsp, %r12
    sub $0x40, %rsp
    mov %r12, %rsp
    pop %r12
    pop %rbx
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+3: sp:sp+24 bp:(und)",
        ".text+a: sp:sp+88 bp:(und)",
        ".text+d: sp:sp+24 bp:(und)",
        ".text+f: sp:sp+16 bp:(und)",
        ".text+10: sp:sp+8 bp:(und)",
        ".text+11: sp:(und) bp:(und)",
    ]),

    # lea 8(%rsp),%rcx ... mov %rcx,%rsp (GCC)
    "stack pointer copied with lea": EngineCase("""
FUNC f
    push %rbx
    lea 0x10(%rsp), %rcx
    sub $0x40, %rsp
    call g
    mov %rcx, %rsp
    sub $8, %rsp
    ret
ENDF f
""", ORC, [
        W("f+0x16", "return with modified stack frame"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+a: sp:sp+80 bp:(und)",
        ".text+12: sp:sp+0 bp:(und)",
        ".text+16: sp:sp+8 bp:(und)",
        ".text+17: sp:(und) bp:(und)",
    ]),

    "stack pointer from an unknown register": EngineCase("""
FUNC f
    push %rbx
    mov %rax, %rsp
    pop %rbx
    ret
ENDF f
""", ORC, [
        W("f+0x4", "undefined stack state"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+4: sp:(und) bp:(und)",
        ".text+6: sp:(und) bp:(und)",
    ]),

    # mov %rsp,%reg is only tracked while the CFA is %rsp
    "stack pointer copy under a frame pointer": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    mov %rsp, %rax
    sub $0x10, %rsp
    mov %rax, %rsp
    leave
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:prevsp-16",
        ".text+4: sp:bp+16 bp:prevsp-16",
        ".text+f: sp:sp+8 bp:(und)",
        ".text+10: sp:(und) bp:(und)",
    ]),

    "mov %rbp,%rsp without a frame pointer": EngineCase("""
FUNC f
    push %rbp
    mov %rbp, %rsp
    pop %rbp
    ret
ENDF f
""", ORC, [
        W("f+0x4", "undefined stack state"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:prevsp-16",
        ".text+4: sp:(und) bp:(und)",
        ".text+6: sp:(und) bp:(und)",
    ]),

    # mov %rbp,%rsp sets the stack size from where %rbp was saved
    "Clang's frame restore": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    push %rbx
    sub $0x18, %rsp
    call g
    add $0x18, %rsp
    pop %rbx
    mov %rbp, %rsp
    pop %rbp
    ret
ENDF f
""", STACKVAL, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:prevsp-16",
        ".text+4: sp:bp+16 bp:prevsp-16",
        ".text+17: sp:sp+8 bp:(und)",
        ".text+18: sp:(und) bp:(und)",
    ]),

    # mov %rbp,%rsp: the stack size is 16 again, so a later push saves %rbx at CFA-24
    "Clang's frame restore probe": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    sub $0x28, %rsp
    mov %rbp, %rsp
    test %rax, %rax
    je 1f
    push %rbx
    jmp 2f
1:  push %rax
2:  ud2
ENDF f
""", ORC, [
        W("f+0x14", "stack state mismatch: reg1[3]=-1+0 reg2[3]=-2-24"),
    ]),

    "call below a pushed register (--stackval)": EngineCase("""
FUNC f
    push %rax
    call g
    pop %rax
    ret
ENDF f
""", STACKVAL, [
        W("f+0x1", "call without frame pointer save/setup"),
    ]),

    # the CFA is %rbp but no frame pointer was saved
    "call under a frame-pointer hint (--stackval)": EngineCase("""
FUNC f
    UNWIND_HINT sp_reg=ORC_REG_BP sp_offset=16 type=UNWIND_HINT_TYPE_CALL
    call g
    ud2
ENDF f
""", STACKVAL, [
        W("f+0x0", "call without frame pointer save/setup"),
    ]),

    # a hint sets the CFA but the stack size stays 0: the push saves %rbx at CFA-8
    "push after a hint": EngineCase("""
FUNC f
    ret
    UNWIND_HINT sp_reg=ORC_REG_SP sp_offset=16 type=UNWIND_HINT_TYPE_CALL
    test %rax, %rax
    je 1f
    push %rbx
    jmp 2f
1:  push %rax
2:  ud2
ENDF f
""", ORC, [
        W("f+0xa", "stack state mismatch: reg1[3]=-1+0 reg2[3]=-2-8"),
    ]),

    # mov %rbx,-0x10(%rbp) in DRAP mode saves %rbx relative to %rbp (base 5)
    "DRAP: register saved with mov, probe": EngineCase("""
FUNC f
    lea 0x8(%rsp), %r10
    and $-16, %rsp
    pushq -0x8(%r10)
    push %rbp
    mov %rsp, %rbp
    sub $0x20, %rsp
    mov %r10, -0x8(%rbp)
    test %rax, %rax
    je 1f
    mov %rbx, -0x10(%rbp)
1:  ud2
ENDF f
""", ORC, [
        W("f+0x22", "stack state mismatch: reg1[3]=-1+0 reg2[3]=5-16"),
    ]),

    # in DRAP mode, loading %rbp from the stack does not make the CFA %rsp-based
    "DRAP: frame pointer loaded from the stack": EngineCase("""
FUNC f
""" + DRAP_PRO + """
    mov 0x8(%rsp), %rbp
    pop %r10
    add $8, %rsp
    lea -0x8(%r10), %rsp
    ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+9: sp:r10+0 bp:(und)",
        ".text+11: sp:r10+0 bp:bp+0",
        ".text+13: sp:(bp-8) bp:bp+0",
        ".text+18: sp:(bp-8) bp:(und)",
        ".text+1a: sp:r10+0 bp:(und)",
        ".text+22: sp:sp+8 bp:(und)",
        ".text+23: sp:(und) bp:(und)",
    ]),

    # only a load from the slot %rbx was saved in restores it
    "DRAP: load from another slot is not a restore": EngineCase("""
FUNC f
    lea 0x8(%rsp), %r10
    and $-16, %rsp
    pushq -0x8(%r10)
    push %rbp
    mov %rsp, %rbp
    sub $0x20, %rsp
    mov %r10, -0x8(%rbp)
    mov %rbx, -0x10(%rbp)
    mov 0x18(%rsp), %rbx
    mov -0x8(%rbp), %r10
    leave
    lea -0x8(%r10), %rsp
    ret
ENDF f
""", ORC, [
        W("f+0x2b", "return with modified stack frame"),
    ]),

    # %rbx is saved at CFA-24, i.e. 0x8(%rsp); a load from -0x18(%rsp) is something else
    "load at the saved offset relative to the CFA is not a restore": EngineCase("""
FUNC f
    sub $0x18, %rsp
    mov %rbx, 0x8(%rsp)
    mov -0x18(%rsp), %rbx
    add $0x18, %rsp
    ret
ENDF f
""", ORC, [
        W("f+0x12", "return with modified stack frame"),
    ]),

    # %r12 is saved at (%rsp) = CFA-32; 0x0(%rbp) is the saved frame pointer's slot
    "load relative to %rbp at the %rsp offset is not a restore": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    sub $0x10, %rsp
    mov %r12, (%rsp)
    mov 0x0(%rbp), %r12
    leave
    ret
ENDF f
""", ORC, [
        W("f+0x11", "return with modified stack frame"),
    ]),

    # after lea -8(%r10),%rsp the state is a plain one again: no mismatch
    "DRAP: a path after the DRAP ended meets one without DRAP": EngineCase("""
FUNC f
    test %rax, %rax
    je 1f
""" + DRAP_PRO + """
    pop %r10
    pop %rbp
    lea -0x8(%r10), %rsp
1:  ret
ENDF f
""", ORC, [], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+e: sp:r10+0 bp:(und)",
        ".text+16: sp:r10+0 bp:bp+0",
        ".text+18: sp:(bp-8) bp:bp+0",
        ".text+1a: sp:r10+0 bp:bp+0",
        ".text+1b: sp:r10+0 bp:(und)",
        ".text+1f: sp:sp+8 bp:(und)",
        ".text+20: sp:(und) bp:(und)",
    ]),

    # the state after pop %rbp is the function's entry state again (--stats counts distinct states)
    "frame pointer statistics": EngineCase("""
FUNC f
    push %rbp
    mov %rsp, %rbp
    call g
    pop %rbp
    ret
ENDF f
""", ["--orc", "--stackval", "--stats"], [], stdout=[
        "nr_sections: 8",
        "section_bits: 10",
        "nr_symbols: 3",
        "symbol_bits: 10",
        "max_reloc: 1",
        "tot_reloc: 1",
        "reloc_bits: 10",
        "cfi_bits: 10",
        "nr_insns: 5",
        'jl\\\tNOP\tJMP',
        'short:\t0\t0',
        'long:\t0\t0',
        "nr_insns_visited: 5",
        "nr_cfi: 2",
        "nr_cfi_reused: 1",
        "nr_cfi_cache: 2",
    ]),

    "DRAP statistics": EngineCase("""
FUNC f
""" + DRAP_PRO + """
    push %rbx
    pop %rbx
""" + DRAP_EPI + """
ENDF f
""", ["--orc", "--stats"], [], stdout=[
        "nr_sections: 7",
        "section_bits: 10",
        "nr_symbols: 2",
        "symbol_bits: 10",
        "max_reloc: 0",
        "tot_reloc: 0",
        "reloc_bits: 10",
        "cfi_bits: 10",
        "nr_insns: 12",
        'jl\\\tNOP\tJMP',
        'short:\t0\t0',
        'long:\t0\t0',
        "nr_insns_visited: 12",
        "nr_cfi: 8",
        "nr_cfi_reused: 0",
        "nr_cfi_cache: 4",
    ]),

    # 6.12 ignores lea disp(%rbp),%rsp while the CFA is %rbp+0: the stack size stays 0, so %rbx is saved at CFA-8
    "6.12: lea from %rbp while the CFA is %rbp+0": EngineCase(_SRC_LEA_FROM_RBP_WHILE_THE_CFA_IS_RBP_0, ORC, [
        W("f+0xe", "stack state mismatch: reg1[3]=-1+0 reg2[3]=-2-8"),
    ], release='6.12'),

    # 6.1 sets the stack size to -0x10: %rbx is saved at CFA+8
    "6.1: lea from %rbp while the CFA is %rbp+0": EngineCase(_SRC_LEA_FROM_RBP_WHILE_THE_CFA_IS_RBP_0, ORC, [
        W("f+0xe", "stack state mismatch: reg1[3]=-1+0 reg2[3]=-2+8"),
    ]),

    # 6.12 follows a copy of a saved stack pointer from one register to another (Clang)
    "6.12: stack pointer copied between registers": EngineCase(_SRC_STACK_POINTER_COPIED_BETWEEN_REGISTERS, ORC, [], orc=[
        ".text+0:type:call sp:sp+8 bp:(und) signal:0",
        ".text+1:type:call sp:sp+16 bp:(und) signal:0",
        ".text+8:type:call sp:sp+48 bp:(und) signal:0",
        ".text+e:type:call sp:sp+16 bp:(und) signal:0",
        ".text+f:type:call sp:sp+8 bp:(und) signal:0",
        ".text+10:type:(und) sp:(und) bp:(und) signal:0",
    ], release='6.12'),

    "6.1: stack pointer copied between registers": EngineCase(_SRC_STACK_POINTER_COPIED_BETWEEN_REGISTERS, ORC, [
        W("f+0xe", "undefined stack state"),
    ], orc=[
        ".text+0: sp:sp+8 bp:(und)",
        ".text+1: sp:sp+16 bp:(und)",
        ".text+8: sp:sp+48 bp:(und)",
        ".text+e: sp:(und) bp:(und)",
        ".text+10: sp:(und) bp:(und)",
    ]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_stack_operations(workdir: Path, name: str) -> None:
    check(workdir, CASES[name])


# -- operations the x86 decoder never produces ---------------------------------------
# The rules are arch-neutral; objtool's update_cfi_state() rejects these with the
# same messages (its "default:" cases and the realignment check).

def _work() -> tuple[StackOps, CFIWork]:
    regs = cfi_registers()
    return StackOps(regs, (), False), CFIWork(CFIPool().intern(func_cfi_key(regs, 0)))


#: a destination kind no OP_DEST_* constant has
UNKNOWN_DEST = max(OP_DEST_MEM, OP_DEST_PUSH, OP_DEST_PUSHF, OP_DEST_REG, OP_DEST_REG_INDIRECT) + 1


@pytest.mark.parametrize("op, message", [
    (StackOp(OP_DEST_REG, CFI_AX, 0, OP_SRC_CONST, 0, 0), "unknown stack-related instruction"),
    (StackOp(UNKNOWN_DEST, CFI_AX, 0, OP_SRC_REG, CFI_SP, 0), "unknown stack-related instruction"),
    (StackOp(OP_DEST_MEM, 0, 0, OP_SRC_REG, CFI_AX, 0), "unknown stack-related memory operation"),
    (StackOp(OP_DEST_REG, CFI_AX, 0, OP_SRC_AND, CFI_AX, -16), "unsupported stack pointer realignment"),
])
def test_operations_objtool_cannot_follow(op: StackOp, message: str) -> None:
    ops, work = _work()
    with pytest.raises(StackOpError) as exc:
        ops.update(SimpleNamespace(func=None), None, work, op)
    assert str(exc.value) == message
