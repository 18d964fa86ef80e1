"""Text from the command line or a file name may carry bytes that are not UTF-8."""

from __future__ import annotations

import re

# Python decodes such bytes to lone surrogates (U+DC80-U+DCFF, "surrogateescape"), which
# no UTF-8 output can hold; JSON can, as a \udcff escape, but strict readers reject it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTES = range(0xDC80, 0xDD00)


def escape_undecodable(text: str) -> str:
    """``text`` with each undecodable byte written as ``\\xNN`` (as ``ls -b`` shows it) and
    any other lone surrogate as ``\\uNNNN``: plain text that encodes as UTF-8 and still
    tells which file was meant. Text without them is returned unchanged."""
    return _LONE_SURROGATE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in _ESCAPED_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"
