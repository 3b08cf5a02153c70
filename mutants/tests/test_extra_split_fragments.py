# SPDX-License-Identifier: GPL-2.0-only
"""--extra-checks=split-fragments: STACK_FRAME_NON_STANDARD covers GCC's split-off fragments."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assemble, compile_c, run_both, run_pyobjtool
from fixtures_asm import OBJ, PRELUDE, warning

from pyobjtool.analyses.split_fragments import fragment_base

# foo and bar have a cheap early exit and a big body: GCC -O2 inlines the early
# exit into use() and moves the body into foo.part.0 / bar.part.0.  The body
# realigns the stack in inline asm, which objtool can't follow.
SPLIT_C = r"""
#define STACK_FRAME_NON_STANDARD(func) \
	static void __attribute__((__used__, section(".discard.func_stack_frame_non_standard"))) \
		*__func_stack_frame_non_standard_##func = func

extern void consume(long);
extern long table[64];

#define BODY(k) \
	asm volatile("and $-16, %%rsp" ::: "memory"); \
	for (long i = 0; i < n; i++) { \
		consume(table[(i + k) & 63] * i + n); \
		consume(table[(i * k) & 63] - i); \
		consume(table[(i ^ k) & 63] | n); \
		consume(table[(i - k) & 63] & n); \
	} \
	consume(n * k); consume(n + k); consume(n - k);

int foo(long n)
{
	if (__builtin_expect(n < 64, 1))
		return 0;
	BODY(1)
	return 1;
}
STACK_FRAME_NON_STANDARD(foo);

int bar(long n)
{
	if (__builtin_expect(n < 64, 1))
		return 0;
	BODY(2)
	return 2;
}

int use(long a, long b) { return foo(a) + bar(b) + foo(b) + bar(a); }
"""

REALIGN = "unsupported stack pointer realignment"


def _fragment_lines(lines: list[str], name: str) -> list[str]:
    return [line for line in lines if f": {name}+0x" in line]


def test_part_fragment_of_annotated_function_is_ignored(workdir: Path) -> None:
    obj = compile_c(SPLIT_C, workdir / OBJ)
    ours, real = run_both(obj, ["--orc"])
    # objtool 6.1 (and pyobjtool by default) warns on the fragment of the annotated foo
    assert any(REALIGN in line for line in _fragment_lines(ours.stderr, "foo.part.0"))
    assert any(REALIGN in line for line in _fragment_lines(ours.stderr, "bar.part.0"))
    if real is not None:
        assert real.stderr == ours.stderr

    ext_dir = workdir / "ext"
    ext_dir.mkdir()
    (ext_dir / OBJ).write_bytes(obj.read_bytes())
    with_option = run_pyobjtool(ext_dir / OBJ, ["--orc", "--extra-checks=split-fragments"], cwd=ext_dir)
    assert _fragment_lines(with_option.stderr, "foo.part.0") == []
    # the unannotated bar's fragment is still checked
    assert _fragment_lines(with_option.stderr, "bar.part.0") == _fragment_lines(ours.stderr, "bar.part.0")
    assert with_option.stderr == [line for line in ours.stderr if "foo.part.0" not in line]


FRAGMENTS_ASM = r"""
.macro BAD name
FUNC \name
    and $-16, %rsp
    ret
ENDF \name
.endm

FUNC foo
    ret
ENDF foo
STACK_FRAME_NON_STANDARD foo
    BAD foo.part.0
    BAD foo.isra.0
    BAD foo.constprop.0
    BAD foo.constprop.0.isra.0
    BAD foo.part.0.cold
    BAD foo.cold
    BAD food.part.0
    BAD bar.part.0
"""


def test_every_gcc_suffix_is_covered(workdir: Path) -> None:
    obj = assemble(PRELUDE + FRAGMENTS_ASM, workdir / OBJ)
    ours, real = run_both(obj, ["--orc"])
    if real is not None:
        assert real.stderr == ours.stderr
    warned = {line.split(": ")[3].split("+")[0] for line in ours.stderr}
    # objtool 6.1 only extends the annotation to foo.cold (a .cold child is only
    # checked through its parent's jumps, so foo.part.0.cold stays quiet)
    assert warned == {"foo.part.0", "foo.isra.0", "foo.constprop.0", "foo.constprop.0.isra.0",
                      "food.part.0", "bar.part.0"}

    ext = run_pyobjtool(obj, ["--orc", "--extra-checks=split-fragments"], cwd=workdir)
    assert ext.stderr == [warning("food.part.0+0x0", REALIGN), warning("bar.part.0+0x0", REALIGN)]


@pytest.mark.parametrize(("name", "base"), [
    ("foo", "foo"),
    ("foo.cold", "foo"),
    ("foo.cold.3", "foo"),
    ("foo.part.0", "foo"),
    ("foo.isra.12", "foo"),
    ("foo.constprop.0.isra.0", "foo"),
    ("foo.part.0.cold", "foo"),
    ("foo.lto_priv.0", "foo"),
    ("foo.part", "foo.part"),
    ("foo.constprop.x", "foo.constprop.x"),
    ("__x86.indirect_thunk", "__x86.indirect_thunk"),
])
def test_fragment_base(name: str, base: str) -> None:
    assert fragment_base(name) == base
