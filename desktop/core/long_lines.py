"""Where to cut a line too long to handle whole (a text with no line breaks): at sentence ends.

The analysis parses such a line in pieces, and the reader shows it as several paragraphs; both
cut after the last sentence end that fits, so the pieces stay sentences. Cutting never changes
the text: the analysis concatenates its pieces back, the reader puts a line break in place of
one whitespace character (one position for one, so every offset stays the same).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

# Sentence-final punctuation, closing quotes or brackets, whitespace: where a line may be cut.
_SENTENCE_FINAL = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")
# The end of the word before it, as far as an abbreviation or an initial reaches back.
_WORD_END = re.compile(r"\w+$")
_WORD_END_CHARS = 8
# What a new sentence starts with after such an end.
_SENTENCE_START = re.compile(r"[\"'“‘(\[]?[A-Z0-9]")
# A full stop after these ends no sentence ("Mr. Vasquez", "No. 5", "Acme Inc. said").
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st mt ft gen col lt capt sgt gov sen rep jr sr inc co corp ltd no nos vs etc"  # noqa: SIM905
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_WHITESPACE = re.compile(r"\s+")
# A character a sentence end may hold (see ``_SENTENCE_FINAL``).
_SENTENCE_END_CHAR = re.compile(r"[.!?…\"'”’)\]\s]")
# How far back from a cut its sentence end is looked for first (a sentence or two).
_FIRST_STRETCH = 256


def cuts(text: str, start: int, end: int, longest: int) -> Iterator[int]:
    """Positions cutting ``text[start:end]`` into pieces of at most ``longest`` characters, each
    after the last sentence end that fits (failing that, after the last sentence-final
    punctuation, then after the last whitespace, then anywhere)."""
    while end - start > longest:
        limit = start + longest
        start = _last_sentence_end(text, start, limit) or _last_space(text, start, limit) or limit
        yield start


def break_long_lines(text: str, longest: int) -> str:
    """``text`` with each line longer than ``longest`` broken at its sentence ends (a line break
    in place of the whitespace before the next sentence): same length, same positions."""
    breaks: list[int] = []  # positions of the whitespace turned into line breaks
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start > longest:
            breaks += (
                cut - 1 for cut in cuts(text, line_start, line_end, longest) if text[cut - 1].isspace()
            )
        line_start = line_end + 1
    if not breaks:
        return text
    # Joined from slices: a list of every character of a 20 MB text took a third of a second.
    pieces = [text[start + 1 : end] for start, end in itertools.pairwise([-1, *breaks, len(text)])]
    return "\n".join(pieces)


def _last_sentence_end(text: str, start: int, limit: int) -> int | None:
    """Where the last sentence in ``text[start:limit]`` ends (after its trailing whitespace):
    preferably before a capital or a digit and not after an initial or an abbreviation, else
    after any sentence-final punctuation; None if there is none.

    Looked for in the last stretch before ``limit`` first, going further back only while no
    sentence end there qualifies: walking every sentence of each 2,000-character cut took seconds
    on a 20 MB line."""
    anywhere = None
    stretch = _FIRST_STRETCH
    end = limit
    while end > start:
        begin = _outside_sentence_end(text, start, max(start, limit - stretch))
        safe, last = _sentence_ends_in(text, begin, end, limit)
        anywhere = anywhere or last
        if safe is not None:
            return safe
        end, stretch = begin, stretch * 2
    return anywhere


def _outside_sentence_end(text: str, start: int, position: int) -> int:
    """``position``, moved back (not before ``start``) until no sentence end runs across it: a
    search from there finds the same sentence ends as one from ``start``."""
    while position > start and _SENTENCE_END_CHAR.match(text, position - 1):
        position -= 1
    return position


def _sentence_ends_in(text: str, begin: int, end: int, limit: int) -> tuple[int | None, int | None]:
    """The last sentence end starting in ``text[begin:end]`` that qualifies, and the last of any
    kind (None for none): neither ending at ``limit``, where the whitespace or the sentence may go
    on."""
    safe = anywhere = None
    for match in _SENTENCE_FINAL.finditer(text, begin, limit):
        if match.start() >= end:
            break
        if match.end() == limit:
            continue
        anywhere = match.end()
        if _ends_sentence(text, match):
            safe = match.end()
    return safe, anywhere


def sentence_ends(text: str, start: int, end: int) -> Iterator[int]:
    """Where the sentences of ``text[start:end]`` end (after their trailing whitespace), by the
    rule that cuts long lines: a capital or a digit follows, and no initial or abbreviation
    precedes."""
    for match in _SENTENCE_FINAL.finditer(text, start, end):
        if _ends_sentence(text, match):
            yield match.end()


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    word_end = _WORD_END.search(text, max(0, match.start() - _WORD_END_CHARS), match.start())
    word = word_end[0] if word_end else ""
    return (
        _SENTENCE_START.match(text, match.end()) is not None
        and not (len(word) == 1 and word.isalpha())
        and word.lower() not in _ABBREVIATIONS
    )


def _last_space(text: str, start: int, limit: int) -> int | None:
    ends = [match.end() for match in _WHITESPACE.finditer(text, start + 1, limit) if match.end() < limit]
    return ends[-1] if ends else None
