# SPDX-License-Identifier: GPL-2.0-only
"""arm64 branch ranges: limited-range relocations that leave their section
(the ``cbz x0, hyp_panic`` case and its fix), and the margins of a linked
image."""

from __future__ import annotations

from pathlib import Path

from arm64_helpers import assemble_arm64, link_arm64, needs_arm64_tools
from conftest import run_pyobjtool

pytestmark = needs_arm64_tools

CBZ_HYP_PANIC = r"""
    .text
    .globl __host_exit
    .type __host_exit, %function
__host_exit:
    cbz     x0, hyp_panic
    ret
    .size __host_exit, . - __host_exit

    .section .text.hyp_panic, "ax"
    .globl hyp_panic
    .type hyp_panic, %function
hyp_panic:
    b       .
    .size hyp_panic, . - hyp_panic
"""

FIXED_FORM = r"""
    .text
    .globl __host_exit
    .type __host_exit, %function
__host_exit:
    cbnz    x0, 1f
    b       hyp_panic
1:  ret
    .size __host_exit, . - __host_exit

    .section .text.hyp_panic, "ax"
    .globl hyp_panic
    .type hyp_panic, %function
hyp_panic:
    b       .
    .size hyp_panic, . - hyp_panic
"""

OTHER_FORMS = r"""
    .text
    .globl f
    .type f, %function
f:
    tbnz    w1, #3, external_fn
    adr     x2, table
    ldr     x3, literal
    b.eq    local_label
    bl      external_fn
    b       external_fn
local_label:
    ret
    .size f, . - f

    .section .hyp.text, "ax"
    .globl g
    .type g, %function
g:
    bl      external_fn
    b       h
    .size g, . - g
    .type h, %function
h:
    ret
    .size h, . - h

    .section .rodata
table:
    .quad 0
literal:
    .quad 1
"""


def _findings(run) -> list[str]:
    return [line for line in run.stderr if "branch-range" in line]


def test_cbz_to_function_in_another_section(workdir: Path) -> None:
    obj = assemble_arm64(CBZ_HYP_PANIC, workdir / "host.o")
    run = run_pyobjtool(obj, ["--branch-range"], cwd=workdir)
    assert run.status == 0
    assert _findings(run) == [
        "host.o: warning: objtool: __host_exit+0x0: branch-range: R_AARCH64_CONDBR19 (b.cond/cbz/cbnz, reach ±1MiB) "
        "to hyp_panic (in .text.hyp_panic) outside .text",
    ]


def test_fixed_form_is_not_reported(workdir: Path) -> None:
    obj = assemble_arm64(FIXED_FORM, workdir / "host.o")
    assert _findings(run_pyobjtool(obj, ["--branch-range"], cwd=workdir)) == []


def test_other_limited_forms_and_veneerless_sections(workdir: Path) -> None:
    obj = assemble_arm64(OTHER_FORMS, workdir / "forms.o")
    found = [line.split("branch-range: ")[1] for line in _findings(run_pyobjtool(obj, ["--branch-range"],
                                                                                  cwd=workdir))]
    assert found == [
        "R_AARCH64_TSTBR14 (tbz/tbnz, reach ±32KiB) to external_fn (undefined symbol) outside .text",
        "R_AARCH64_ADR_PREL_LO21 (adr, reach ±1MiB) to table (in .rodata) outside .text",
        "R_AARCH64_LD_PREL_LO19 (ldr (literal), reach ±1MiB) to literal (in .rodata) outside .text",
        # b/bl from .text may get veneers; from the hyp text they may not
        "R_AARCH64_CALL26 (bl, reach ±128MiB) to external_fn (undefined symbol) outside .hyp.text, "
        "which gets no veneers",
    ]


def test_no_veneer_sections_from_a_rules_file(workdir: Path) -> None:
    obj = assemble_arm64(OTHER_FORMS, workdir / "forms.o")
    rules = workdir / "r.toml"
    rules.write_text('[branch_range]\nno_veneers = [".text"]\n[[rule]]\nname = "n"\nfrom = [".x"]\nto = [".x"]\n')
    found = _findings(run_pyobjtool(obj, ["--branch-range", f"--isolation={rules}"], cwd=workdir))
    assert sum("CALL26" in line for line in found) == 1 and sum("JUMP26" in line for line in found) == 1
    assert all("outside .hyp.text" not in line for line in found)


FAR = r"""
    .text
    .globl _start
    .type _start, %function
_start:
    cbz     x0, far_target
    tbz     x1, #1, near_target
    bl      far_target
    adr     x2, far_target
near_target:
    ret
    .size _start, . - _start

    .section .text.far, "ax"
    .globl far_target
    .type far_target, %function
far_target:
    ret
    .size far_target, . - far_target
"""

# far_target lands 0xc bytes short of cbz's +1MiB reach (0xffffc) and 0x1b short of adr's (0xfffff)
SCRIPT = """
SECTIONS {
  . = 0x400000;
  .text : { *(.text) }
  . = 0x400000 + 0xFFFF0;
  .text.far : { *(.text.far) }
}
"""


def test_linked_image_margins(workdir: Path) -> None:
    obj = assemble_arm64(FAR, workdir / "far.o")
    image = link_arm64([obj], SCRIPT, workdir / "image")
    run = run_pyobjtool(image, ["--branch-range=0x100"], cwd=workdir)
    assert run.status == 0
    lines = [line.split("objtool: ")[1] for line in _findings(run)]
    assert lines == [
        "branch-range: CALL26 (bl, reach ±128MiB): 1 in the image, smallest margin 0x7f00014 bytes "
        "at _start+0x8 -> far_target",
        "branch-range: CONDBR19 (b.cond/cbz/cbnz, reach ±1MiB): 1 in the image, smallest margin 0xc bytes "
        "at _start -> far_target",
        "branch-range: TSTBR14 (tbz/tbnz, reach ±32KiB): 1 in the image, smallest margin 0x7ff0 bytes "
        "at _start+0x4 -> _start+0x10",
        "branch-range: ADR_PREL_LO21 (adr, reach ±1MiB): 1 in the image, smallest margin 0x1b bytes "
        "at _start+0xc -> far_target",
        "_start+0x0: branch-range: cbz to far_target is 0xc bytes from the ±1MiB limit of CONDBR19 "
        "(threshold 0x100)",
        "_start+0xc: branch-range: adr to far_target is 0x1b bytes from the ±1MiB limit of ADR_PREL_LO21 "
        "(threshold 0x100)",
    ]
    # without a threshold: the summary only
    assert len(_findings(run_pyobjtool(image, ["--branch-range"], cwd=workdir))) == 4


def test_x86_objects_are_left_alone(workdir: Path) -> None:
    from conftest import assemble

    obj = assemble("    .text\nf:\n    jmp g\n", workdir / "x.o")
    run = run_pyobjtool(obj, ["--branch-range"], cwd=workdir)
    assert run.status == 0 and _findings(run) == []
