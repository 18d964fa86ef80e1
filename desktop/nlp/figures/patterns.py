"""A regular-expression piece the figure modules share."""

from __future__ import annotations

import re
from collections.abc import Iterable


def first_characters(forms: Iterable[str]) -> str:
    """A character class of the characters ``forms`` start with. Put before an alternation of
    many forms (it follows the pattern's case flag, as the forms do), it rejects at once a
    position where no form can start, instead of trying every form there."""
    return "[" + "".join(re.escape(first) for first in sorted({form[0] for form in forms})) + "]"
