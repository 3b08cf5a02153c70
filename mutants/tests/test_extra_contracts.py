# SPDX-License-Identifier: GPL-2.0-only
"""--contracts FILE: asm helpers with non-standard calling conventions (body and call sites)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assemble, compile_c, run_pyobjtool
from fixtures_asm import OBJ, PRELUDE, warning

from pyobjtool.analyses.contract_file import parse_contracts, tomllib
from pyobjtool.errors import OptionError

CONTRACTS = """\
# arch/x86/kvm/vmx/vmenter.S: called from the VMREAD inline asm in vmx_ops.h
[vmread_error_trampoline]
preserves = "all"
args = "stack:2"
callers = "asm-only"
"""

# vmread_error_trampoline as in arch/x86/kvm/vmx/vmenter.S (6.1, x86-64)
TRAMPOLINE = r"""
FUNC vmread_error_trampoline
    push %rbp
    mov  %rsp, %rbp
    push %rax
    push %rcx
    push %rdx
    push %rdi
    push %rsi
    push %r8
    push %r9
    push %r10
    PUSH_R11
    mov 3*8(%rbp), %rsi             /* @fault */
    mov 2*8(%rbp), %rdi             /* @field */
    call vmread_error
    movq $0, 3*8(%rbp)              /* zero @fault: it is popped into the result */
    POP_R11
    pop %r10
    pop %r9
    pop %r8
    pop %rsi
    pop %rdi
    pop %rdx
    pop %rcx
    pop %rax
    pop %rbp
    ret
ENDF vmread_error_trampoline
"""

# the VMREAD inline asm of vmx_ops.h's __vmcs_readl() (without asm goto outputs)
VMCS_READL = r"""
FUNC vmcs_readl
1:  vmread %rdi, %rax
    .byte 0x3e
    ja 3f
    xorl %eax, %eax
2:
    push %rax
    push %rdi
    call vmread_error_trampoline
    pop %rdi
    pop %rax
3:
    ret
    EX_TABLE 1b, 2b
ENDF vmcs_readl
"""

BAD_CALLERS = r"""
FUNC one_push
    push %rdi
    call vmread_error_trampoline
    pop %rdi
    ret
ENDF one_push

FUNC no_pop
    push %rax
    push %rdi
    call vmread_error_trampoline
    add $8, %rsp
    ret
ENDF no_pop

FUNC pointer
    lea vmread_error_trampoline(%rip), %rax
    ret
ENDF pointer
"""


def _run(workdir: Path, source: str, args: list[str] | None = None) -> list[str]:
    contracts = workdir / "contracts.toml"
    contracts.write_text(CONTRACTS)
    obj = assemble(PRELUDE + source, workdir / OBJ)
    out = run_pyobjtool(obj, (args or []) + ["--contracts", str(contracts)], cwd=workdir)
    assert out.status == 0
    return out.stderr


def _trampoline(save_r11: bool = True) -> str:
    return (TRAMPOLINE.replace("PUSH_R11", "push %r11" if save_r11 else "")
            .replace("POP_R11", "pop %r11" if save_r11 else ""))


def test_correct_trampoline_and_call_site(workdir: Path) -> None:
    assert _run(workdir, _trampoline() + VMCS_READL) == []
    # with objtool's checks as well: the contract adds nothing, objtool is happy too
    assert _run(workdir, _trampoline() + VMCS_READL, ["--orc"]) == []


def test_trampoline_that_forgets_a_register(workdir: Path) -> None:
    assert _run(workdir, _trampoline(save_r11=False) + VMCS_READL) == [warning(
        "vmread_error_trampoline+0x30",
        "contract violation: vmread_error_trampoline() must preserve %r11, but returns here with %r11 "
        "changed by the call to vmread_error() at vmread_error_trampoline+0x17")]


def test_trampoline_that_restores_the_wrong_register(workdir: Path) -> None:
    swapped = _trampoline().replace("    pop %rcx\n    pop %rax\n", "    pop %rax\n    pop %rcx\n")
    assert _run(workdir, swapped) == [
        warning("vmread_error_trampoline+0x34",
                "contract violation: vmread_error_trampoline() must preserve %rax, but returns here with "
                "%rax changed by 'pop %rax' at vmread_error_trampoline+0x31 (it holds the entry value of %rcx)"),
        warning("vmread_error_trampoline+0x34",
                "contract violation: vmread_error_trampoline() must preserve %rcx, but returns here with "
                "%rcx changed by 'pop %rcx' at vmread_error_trampoline+0x32 (it holds the entry value of %rax)"),
    ]


def test_wrong_call_sites(workdir: Path) -> None:
    assert _run(workdir, _trampoline() + BAD_CALLERS) == [
        warning("one_push+0x1", "contract violation: call to vmread_error_trampoline() has 1 push right "
                "before it, not the 2 its contract wants (args = \"stack:2\")"),
        warning("no_pop+0x2", "contract violation: call to vmread_error_trampoline() is not followed by "
                "popping the 2 words pushed for it (1 popped)"),
        warning("pointer+0x0", "contract violation: vmread_error_trampoline's address is taken here, but "
                "only direct calls from asm may reach it (callers = \"asm-only\")"),
    ]


C_CALLER = r"""
void vmread_error_trampoline(unsigned long field, _Bool fault);

void report(unsigned long field)
{
	vmread_error_trampoline(field, 0);
	vmread_error_trampoline(field + 1, 1);
}
"""


def test_c_style_call_is_reported(workdir: Path) -> None:
    contracts = workdir / "contracts.toml"
    contracts.write_text(CONTRACTS)
    obj = compile_c(C_CALLER, workdir / OBJ)
    out = run_pyobjtool(obj, ["--contracts", str(contracts)], cwd=workdir)
    # GCC passes @field through in %rdi, sets %rsi, and makes the second call a tail call
    assert out.stderr == [
        warning("report+0x6", "contract violation: C-style call to vmread_error_trampoline() with arguments "
                "in registers (%rsi); its contract wants 2 words pushed right before the call "
                "(args = \"stack:2\")"),
        warning("report+0x15", "contract violation: tail call to vmread_error_trampoline(), which only asm "
                "may call directly (callers = \"asm-only\")"),
    ]


def test_branch_into_the_pushes(workdir: Path) -> None:
    source = _trampoline() + r"""
FUNC skipper
    test %rdi, %rdi
    jz 1f
    push %rax
1:  push %rdi
    call vmread_error_trampoline
    pop %rdi
    pop %rax
    ret
ENDF skipper
"""
    assert _run(workdir, source) == [warning(
        "skipper+0x7", "contract violation: a branch to skipper+0x6 skips some of the 2 pushes the call to "
        "vmread_error_trampoline() needs")]


def test_callee_contract_limits_its_clobbers(workdir: Path) -> None:
    contracts = workdir / "contracts.toml"
    contracts.write_text(CONTRACTS + '\n[save_all_helper]\npreserves = "all"\n\n[outer]\npreserves = ["rbx", "r11"]\n')
    source = r"""
FUNC outer
    call save_all_helper
    mov $1, %eax
    ret
ENDF outer
"""
    obj = assemble(PRELUDE + source, workdir / OBJ)
    assert run_pyobjtool(obj, ["--contracts", str(contracts)], cwd=workdir).stderr == []


def test_no_contract_file_means_no_check(workdir: Path) -> None:
    obj = assemble(PRELUDE + _trampoline(save_r11=False), workdir / OBJ)
    assert run_pyobjtool(obj, ["--extra-checks=contracts"], cwd=workdir).stderr == []


@pytest.mark.parametrize(("text", "error"), [
    ("[f]\npreserve = 'all'\n", "unknown key 'preserve'"),
    ("[f]\npreserves = ['rax', 'rsp']\n", "'rsp' is not a general-purpose register"),
    ("[f]\nargs = 'stack:two'\n", "args must be \"regs\" or \"stack:N\""),
    ("[f]\ncallers = 'c-only'\n", "callers must be \"any\" or \"asm-only\""),
])
def test_contract_file_errors(text: str, error: str) -> None:
    with pytest.raises(OptionError, match=error.replace("(", r"\(").replace(")", r"\)")):
        parse_contracts(tomllib.loads(text))


def test_bad_contract_file_is_an_error(workdir: Path) -> None:
    contracts = workdir / "contracts.toml"
    contracts.write_text("[vmread_error_trampoline]\nargs = 'stack'\n")
    obj = assemble(PRELUDE + _trampoline(), workdir / OBJ)
    out = run_pyobjtool(obj, ["--contracts", str(contracts)], cwd=workdir)
    assert out.status == 1
    assert out.stderr[-1].startswith("pyobjtool: error: t.o: contract file ")
