# SPDX-License-Identifier: GPL-2.0-only
"""AArch64 support: relocation types, an instruction decoder for the branch and
address-forming instructions, the 6.1 CPU capability numbers, and readers for
the arm64 ``.altinstructions`` and ``__jump_table`` entries.

objtool 6.1 has no arm64 support at all; these pieces serve pyobjtool's own
analyses (section isolation and branch ranges), not objtool's checks.
"""
