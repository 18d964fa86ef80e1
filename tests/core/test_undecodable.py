"""Undecodable bytes in arguments and file names become visible escapes, never output errors."""

from __future__ import annotations

import os

from desktop.core.undecodable import escape_undecodable


def test_undecodable_bytes_are_shown_as_byte_escapes() -> None:
    name = os.fsdecode(b"/news/caf\xe9 \xed\xa0\x80.txt")
    assert escape_undecodable(name) == "/news/caf\\xe9 \\xed\\xa0\\x80.txt"


def test_other_lone_surrogates_are_shown_as_code_point_escapes() -> None:
    assert escape_undecodable("a\ud800b\udfffc") == "a\\ud800b\\udfffc"
    assert escape_undecodable("a\ud800").encode("utf-8") == b"a\\ud800"


def test_valid_text_is_unchanged() -> None:
    text = "Київ “quoted” 😀 \\xe9"
    assert escape_undecodable(text) == text
