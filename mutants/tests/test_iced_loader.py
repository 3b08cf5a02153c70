# SPDX-License-Identifier: GPL-2.0-only
"""The fast iced-x86 loader gives the same classes and constants as the package."""

from __future__ import annotations

import iced_x86

from pyobjtool.arch.x86 import iced


def test_constants_match_the_package() -> None:
    assert iced.CODE_INVALID == iced_x86.Code.INVALID
    assert iced.NO_INVALID_CHECK == iced_x86.DecoderOptions.NO_INVALID_CHECK


def test_loaded_decoder_decodes() -> None:
    decoder = iced.Decoder(64, b"\x55\x48\x89\xe5\x0f\x0b", iced.NO_INVALID_CHECK)
    lengths = [insn.len for insn in decoder]
    assert lengths == [1, 3, 2]
    bad = next(iter(iced.Decoder(64, b"\x06", iced.NO_INVALID_CHECK)))
    assert bad.code == iced.CODE_INVALID
