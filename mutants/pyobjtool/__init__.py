# SPDX-License-Identifier: GPL-2.0-only
"""pyobjtool: the Linux kernel's objtool (6.1) in Python, and checks beyond it."""

__version__ = "0.1.0"
