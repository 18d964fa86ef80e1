"""Convert between Python string offsets (code points) and Qt text positions (UTF-16 units).

Characters outside the Basic Multilingual Plane (most emoji) are one code point but two UTF-16
units, so every position after one shifts by one. Texts without such characters (the usual
case) convert by identity at no cost.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

# Found by the regex engine, a book is scanned in milliseconds.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    def __init__(self, text: str) -> None:
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        # UTF-16 position just after each astral character.
        self._astral_ends = [cp + j + 2 for j, cp in enumerate(self._astral)]

    @property
    def identity(self) -> bool:
        """True when code points and UTF-16 positions coincide (the text has no astral characters)."""
        return not self._astral

    def to_utf16(self, codepoint: int) -> int:
        if not self._astral:
            return codepoint
        return codepoint + bisect_left(self._astral, codepoint)

    def to_utf16_many(self, codepoints: Sequence[int]) -> list[int]:
        """``to_utf16`` of each of ``codepoints``, a book's tens of thousands at once."""
        astral = self._astral
        if not astral:
            return list(codepoints)
        return [codepoint + bisect_left(astral, codepoint) for codepoint in codepoints]

    def to_codepoint(self, utf16: int) -> int:
        """Map a UTF-16 position back; a position inside a surrogate pair maps past the character."""
        if not self._astral:
            return utf16
        # Each astral character that ends at or before ``utf16`` took one extra unit; one whose
        # pair straddles ``utf16`` counts as passed, which lands just after it.
        return utf16 - bisect_right(self._astral_ends, utf16)
