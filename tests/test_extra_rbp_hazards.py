# SPDX-License-Identifier: GPL-2.0-only
"""--extra-checks=rbp-hazards: RBP holding a non-frame value while a call can run."""

from __future__ import annotations

from pathlib import Path

from conftest import assemble, compile_c, run_both, run_pyobjtool
from fixtures_asm import OBJ, PRELUDE, warning

RBP = ["--stackval", "--extra-checks=rbp-hazards"]
OBJTOOL_NO_FRAME = "call without frame pointer save/setup"

# The shape of arch/x86/kvm/vmx/vmenter.S's __vmx_vcpu_run (6.1): frame, callee-saved
# registers, arguments saved, guest registers loaded (RBP among them), VMRESUME or
# VMLAUNCH, VM-exit re-entering at vmx_vmexit (an UNWIND_HINT_RESTORE of the state
# saved before VM-entry), guest registers stored, host state back, calls, return.
# Unlike the kernel's, this one saves the frame pointer before loading the guest's
# RBP and restores it from that slot right after VM-exit, before any call.
VMENTER = r"""
#define VCPU_RAX 0
#define VCPU_RCX 8
#define VCPU_RBP 40
#define VCPU_RDI 56
    .section .noinstr.text, "ax"
FUNC __vmx_vcpu_run
    push %rbp
    mov  %rsp, %rbp
    push %r15
    push %r14
    push %r13
    push %r12
    push %rbx
    push %rdi
    push %rdx
    push %rsi
    mov %dl, %bl
    lea (%rsp), %rsi
    call vmx_update_host_rsp
    push %rbp                       /* save the frame pointer */
    mov 8(%rsp), %rax               /* @regs */
    bt $0, %bx
    mov VCPU_RCX(%rax), %rcx
    mov VCPU_RBP(%rax), %rbp        /* the guest's RBP */
    mov VCPU_RDI(%rax), %rdi
    mov VCPU_RAX(%rax), %rax
    UNWIND_HINT_SAVE
    jnc .Lvmlaunch
.Lvmresume:
    vmresume
    jmp .Lvmfail
.Lvmlaunch:
    vmlaunch
    jmp .Lvmfail
EXTABLE
    .globl vmx_vmexit
vmx_vmexit:
    UNWIND_HINT_RESTORE
    push %rax
    mov 16(%rsp), %rax
    pop VCPU_RAX(%rax)
    mov %rcx, VCPU_RCX(%rax)
    mov %rbp, VCPU_RBP(%rax)
    mov %rdi, VCPU_RDI(%rax)
    xor %ebx, %ebx
.Lclear_regs:
IN_WINDOW
    pop %rbp                        /* restore the frame pointer from its slot */
    pop %rax
    xor %eax, %eax
    xor %ecx, %ecx
    xor %edi, %edi
    pop %rdx
    pop %rdi
    call vmx_spec_ctrl_restore_host
    mov %rbx, %rax
    pop %rbx
    pop %r12
    pop %r13
    pop %r14
    pop %r15
    pop %rbp
    ret
.Lvmfail:
    mov $1, %ebx
    jmp .Lclear_regs
ENDF __vmx_vcpu_run
"""


def _vmenter(workdir: Path, in_window: str = "", extable: bool = False) -> Path:
    source = VMENTER.replace("IN_WINDOW", in_window)
    source = source.replace("EXTABLE", "    EX_TABLE .Lvmresume, .Lvmfail\n    EX_TABLE .Lvmlaunch, .Lvmfail"
                            if extable else "")
    return assemble(PRELUDE + source, workdir / OBJ)


def test_vm_enter_pattern_is_clean(workdir: Path) -> None:
    obj = _vmenter(workdir)
    ours, real = run_both(obj, ["--stackval"])
    # objtool 6.1 takes the restoring pop for the end of the frame
    assert ours.stderr == [warning("__vmx_vcpu_run+0x61", OBJTOOL_NO_FRAME)]
    if real is not None:
        assert real.stderr == ours.stderr
    assert run_pyobjtool(obj, RBP, cwd=workdir).stderr == []
    # objtool's --backtrace lines go with the warning they belong to
    assert run_pyobjtool(obj, RBP + ["--backtrace"], cwd=workdir).stderr == []
    assert run_pyobjtool(obj, ["--extra-checks=rbp-hazards"], cwd=workdir).stderr == []


def test_call_inside_the_window_names_the_load(workdir: Path) -> None:
    obj = _vmenter(workdir, in_window="    call kvm_record_exit")
    expected = warning("__vmx_vcpu_run+0x2a",
                       "frame-pointer hazard: 'mov 0x28(%rax),%rbp' puts a non-frame value in RBP, and "
                       "the call to kvm_record_exit() at __vmx_vcpu_run+0x57 can run before RBP is restored")
    ours, real = run_both(obj, ["--stackval"])
    if real is not None:
        # objtool 6.1 misses the real hazard and flags the call after the restore instead
        assert real.stderr == [warning("__vmx_vcpu_run+0x66", OBJTOOL_NO_FRAME)]
    assert run_pyobjtool(obj, RBP, cwd=workdir).stderr == [expected]
    assert run_pyobjtool(obj, ["--extra-checks=rbp-hazards"], cwd=workdir).stderr == [expected]


def test_exception_table_entry_inside_the_window(workdir: Path) -> None:
    # the kernel's VMRESUME/VMLAUNCH have exception-table entries: a fault there runs
    # the fixup (and possibly a stack dump) with the guest's RBP
    obj = _vmenter(workdir, extable=True)
    out = run_pyobjtool(obj, ["--extra-checks=rbp-hazards"], cwd=workdir)
    assert out.stderr == [warning(
        "__vmx_vcpu_run+0x2a",
        "frame-pointer hazard: 'mov 0x28(%rax),%rbp' puts a non-frame value in RBP, and 'vmresume' "
        "(it has an exception-table entry) at __vmx_vcpu_run+0x37 can run before RBP is restored")]


SCRATCH = r"""
FUNC scratch
    push %rbp
    mov %rsp, %rbp
    push %rbx
    mov %rdi, %rbp
    call helper
    pop %rbx
    pop %rbp
    ret
ENDF scratch

FUNC tail
    push %rbp
    mov %rsp, %rbp
    lea 8(%rdi), %rbp
    jmp helper
ENDF tail

FUNC fine
    push %rbp
    mov %rsp, %rbp
    push %rbp
    xor %ebp, %ebp
    pop %rbp
    call helper
    leave
    ret
ENDF fine
"""


def test_mov_to_rbp_is_noticed(workdir: Path) -> None:
    obj = assemble(PRELUDE + SCRATCH, workdir / OBJ)
    ours, real = run_both(obj, ["--stackval"])
    if real is not None:
        assert real.stderr == ours.stderr
    # objtool 6.1 sees no problem in scratch(); it stops at tail's stack frame
    assert not any("scratch" in line for line in ours.stderr)
    ext = run_pyobjtool(obj, RBP, cwd=workdir)
    hazards = [line for line in ext.stderr if "frame-pointer hazard" in line]
    assert hazards == [
        warning("scratch+0x5", "frame-pointer hazard: 'mov %rdi,%rbp' puts a non-frame value in RBP, and "
                "the call to helper() at scratch+0x8 can run before RBP is restored"),
        warning("tail+0x4", "frame-pointer hazard: 'lea 0x8(%rdi),%rbp' puts a non-frame value in RBP, and "
                "the tail call to helper() at tail+0x8 can run before RBP is restored"),
    ]


INLINE_ASM_C = r"""
extern int after(void);
extern unsigned long guest_rbp;

int enter_guest(void)
{
    asm volatile("push %%rbp\n\t"
             "mov %0, %%rbp\n\t"
             "vmcall\n\t"
             "pop %%rbp" :: "m"(guest_rbp) : "memory");
    return after() + 1;
}
"""


def test_inline_asm_save_restore_in_frame_pointer_build(workdir: Path) -> None:
    obj = compile_c(INLINE_ASM_C, workdir / OBJ, ("-fno-omit-frame-pointer",))
    ours, real = run_both(obj, ["--stackval"])
    assert [line for line in ours.stderr if OBJTOOL_NO_FRAME in line]
    if real is not None:
        assert real.stderr == ours.stderr
    assert run_pyobjtool(obj, RBP, cwd=workdir).stderr == []


def test_orc_builds_are_left_alone(workdir: Path) -> None:
    # without frame pointers RBP is an ordinary register: nothing to check
    obj = _vmenter(workdir, in_window="    call kvm_record_exit")
    out = run_pyobjtool(obj, ["--orc", "--extra-checks=rbp-hazards"], cwd=workdir)
    assert not any("frame-pointer hazard" in line for line in out.stderr)


def test_kernel_hint_layout(workdir: Path) -> None:
    # vmenter.S puts UNWIND_HINT_SAVE after the jnc, on the VMRESUME
    _vmenter(workdir)
    source = (workdir / "t.S").read_text().replace("    UNWIND_HINT_SAVE\n    jnc .Lvmlaunch\n",
                                                   "    jnc .Lvmlaunch\n    UNWIND_HINT_SAVE\n")
    obj = assemble(source, workdir / OBJ)
    assert run_pyobjtool(obj, RBP, cwd=workdir).stderr == []
