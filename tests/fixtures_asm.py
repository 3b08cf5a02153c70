# SPDX-License-Identifier: GPL-2.0-only
"""Shared pieces of the warning fixtures: annotation macros and a check helper.

The macros write the ``.discard.*`` / special-section data exactly as the
6.1 kernel headers do (include/linux/objtool.h, arch/x86/include/asm/
alternative.h, jump_label.h, asm.h, nospec-branch.h, instrumentation.h), so
the fixtures need no kernel tree.  Every fixture is assembled at test time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from conftest import ToolRun, assemble, compile_c, run_both

#: the object file name every fixture uses: warning lines start with it
OBJ = "t.o"


def _common_macros(hint_flag: str) -> str:
    """FUNC/ENDF, UNWIND_HINT and STACK_FRAME_NON_STANDARD as both releases' headers write them;
    the hint's last byte is *hint_flag* (6.1's ``end``, 6.12's ``signal``)."""
    return r"""
.macro FUNC name
    .globl \name
    .type \name, @function
\name:
.endm

.macro ENDF name
    .size \name, .-\name
.endm

.macro UNWIND_HINT type:req sp_reg=0 sp_offset=0 FLAG=0
.Lunwind_hint_ip_\@:
    .pushsection .discard.unwind_hints
    .long .Lunwind_hint_ip_\@ - .
    .short \sp_offset
    .byte \sp_reg
    .byte \type
    .byte \FLAG
    .balign 4
    .popsection
.endm

.macro STACK_FRAME_NON_STANDARD func:req
    .pushsection .discard.func_stack_frame_non_standard, "aw"
    .quad \func
    .popsection
.endm
""".replace("FLAG", hint_flag)


PRELUDE = r"""
#define UNWIND_HINT_TYPE_CALL 0
#define UNWIND_HINT_TYPE_REGS 1
#define UNWIND_HINT_TYPE_REGS_PARTIAL 2
#define UNWIND_HINT_TYPE_FUNC 3
#define UNWIND_HINT_TYPE_ENTRY 4
#define UNWIND_HINT_TYPE_SAVE 5
#define UNWIND_HINT_TYPE_RESTORE 6
#define ORC_REG_SP 5
#define ORC_REG_BP 4
#define ORC_REG_SP_INDIRECT 9

""" + _common_macros("end") + r"""

.macro UNWIND_HINT_FUNC
    UNWIND_HINT sp_reg=ORC_REG_SP sp_offset=8 type=UNWIND_HINT_TYPE_FUNC
.endm

.macro UNWIND_HINT_EMPTY
    UNWIND_HINT type=UNWIND_HINT_TYPE_CALL end=1
.endm

.macro UNWIND_HINT_IRET_REGS base=ORC_REG_SP offset=0
    UNWIND_HINT sp_reg=\base sp_offset=\offset type=UNWIND_HINT_TYPE_REGS_PARTIAL
.endm

.macro UNWIND_HINT_SAVE
    UNWIND_HINT type=UNWIND_HINT_TYPE_SAVE
.endm

.macro UNWIND_HINT_RESTORE
    UNWIND_HINT type=UNWIND_HINT_TYPE_RESTORE
.endm

.macro ANNOTATE_INTRA_FUNCTION_CALL
.Lifc_\@:
    .pushsection .discard.intra_function_calls
    .long .Lifc_\@
    .popsection
.endm

.macro ANNOTATE_RETPOLINE_SAFE
.Lannotate_\@:
    .pushsection .discard.retpoline_safe
    .quad .Lannotate_\@
    .popsection
.endm

.macro ANNOTATE_NOENDBR
.Lhere_\@:
    .pushsection .discard.noendbr
    .quad .Lhere_\@
    .popsection
.endm

.macro ANNOTATE_IGNORE_ALTERNATIVE
.Lannotate_\@:
    .pushsection .discard.ignore_alts
    .long .Lannotate_\@ - .
    .popsection
.endm

.macro REACHABLE
.Lhere_\@:
    .pushsection .discard.reachable
    .long .Lhere_\@ - .
    .popsection
.endm

.macro UNREACHABLE
.Lhere_\@:
    .pushsection .discard.unreachable
    .long .Lhere_\@ - .
    .popsection
.endm

.macro INSTR_BEGIN
.Lhere_\@:
    nop
    .pushsection .discard.instr_begin
    .long .Lhere_\@ - .
    .popsection
.endm

.macro INSTR_END
.Lhere_\@:
    nop
    .pushsection .discard.instr_end
    .long .Lhere_\@ - .
    .popsection
.endm

/* arch/x86/include/asm/alternative.h: struct alt_instr, 12 bytes */
.macro ALTERNATIVE oldinstr, newinstr, feature=0
140:
    \oldinstr
141:
    .skip -(((144f-143f)-(141b-140b)) > 0) * ((144f-143f)-(141b-140b)),0x90
142:
    .pushsection .altinstructions,"a"
    .long 140b - .
    .long 143f - .
    .word \feature
    .byte 142b-140b
    .byte 144f-143f
    .popsection
    .pushsection .altinstr_replacement,"ax"
143:
    \newinstr
144:
    .popsection
.endm

/* struct jump_entry, 16 bytes: code, target, key (arch/x86/include/asm/jump_label.h) */
.macro JUMP_ENTRY code, target, key
    .pushsection __jump_table, "aw"
    .balign 8
    .long \code - .
    .long \target - .
    .quad \key - .
    .popsection
.endm

/* _ASM_EXTABLE_TYPE: 12-byte exception table entries */
.macro EX_TABLE from, to, type=0
    .pushsection "__ex_table","a"
    .balign 4
    .long (\from) - .
    .long (\to) - .
    .long \type
    .popsection
.endm

    .text
"""

#: The macros of objtool 6.12's inputs (include/linux/objtool.h and
#: arch/x86/include/asm/alternative.h of Linux 6.12): unwind hints with 6.12's type
#: numbers, and the 14-byte ``struct alt_instr`` (a 32-bit feature/flags word).
PRELUDE_612 = r"""
#define UNWIND_HINT_TYPE_UNDEFINED 0
#define UNWIND_HINT_TYPE_END_OF_STACK 1
#define UNWIND_HINT_TYPE_CALL 2
#define UNWIND_HINT_TYPE_REGS 3
#define UNWIND_HINT_TYPE_REGS_PARTIAL 4
#define UNWIND_HINT_TYPE_FUNC 5
#define UNWIND_HINT_TYPE_SAVE 6
#define UNWIND_HINT_TYPE_RESTORE 7
#define ORC_REG_SP 5
#define ORC_REG_BP 4

""" + _common_macros("signal") + r"""
.macro ALTERNATIVE oldinstr, newinstr, feature=0
140:
    \oldinstr
141:
    .skip -(((144f-143f)-(141b-140b)) > 0) * ((144f-143f)-(141b-140b)),0x90
142:
    .pushsection .altinstructions,"a"
    .long 140b - .
    .long 143f - .
    .long \feature
    .byte 142b-140b
    .byte 144f-143f
    .popsection
    .pushsection .altinstr_replacement,"ax"
143:
    \newinstr
144:
    .popsection
.endm

    .text
"""



@dataclass
class Case:
    """One warning fixture: assembly (or C) source, objtool options, the expected stderr."""

    source: str
    args: list[str]
    expected: list[str]
    status: int = 0
    c: bool = False
    cflags: tuple[str, ...] = ()
    stdout: list[str] | None = None
    extra: dict = field(default_factory=dict)


def warning(location: str, message: str) -> str:
    """A warning line as objtool prints it for the fixture object."""
    if location:
        return f"{OBJ}: warning: objtool: {location}: {message}"
    return f"{OBJ}: warning: objtool: {message}"


def build(workdir: Path, case: Case) -> Path:
    """Assemble (with the macro prelude) or compile the fixture into ``workdir/t.o``."""
    obj = workdir / OBJ
    if case.c:
        return compile_c(case.source, obj, case.cflags)
    return assemble(PRELUDE + case.source, obj, case.cflags)


def check_case(workdir: Path, case: Case) -> tuple[ToolRun, ToolRun | None]:
    """Run pyobjtool (and the real objtool if installed) and compare with the expectation.

    The assertions about pyobjtool's own output come first and never depend on
    the real objtool being installed; the real objtool, when there, must print
    the same lines, exit the same way and leave the same bytes.
    """
    obj = build(workdir, case)
    ours, real = run_both(obj, case.args)
    assert ours.stderr == case.expected, f"pyobjtool printed {ours.stderr}"
    assert ours.status == case.status, f"pyobjtool exited {ours.status}"
    if case.stdout is not None:
        assert ours.stdout == case.stdout, f"pyobjtool stdout {ours.stdout}"
    if real is not None:
        assert real.stderr == ours.stderr, f"objtool printed {real.stderr}"
        assert real.status == ours.status, f"objtool exited {real.status}"
        assert real.output == ours.output, "objtool left different bytes"
        if case.stdout is not None:
            assert real.stdout == ours.stdout, f"objtool stdout {real.stdout}"
    return ours, real


def frame_function(exit_insn: str = "ret") -> str:
    """A function ``f`` that sets up a frame pointer, calls ``g`` and leaves with *exit_insn*."""
    return f"""
    .text
    .globl f
    .type f, @function
f:
    push %rbp
    mov %rsp, %rbp
    call g
    pop %rbp
    {exit_insn}
    .size f, .-f
"""
