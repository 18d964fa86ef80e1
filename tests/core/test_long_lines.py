"""A long line is broken for display at its sentence ends without moving any position."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.long_lines import break_long_lines, cuts, sentence_ends
from tests.conftest import SAMPLES_DIR

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"


def test_a_text_on_one_line_is_shown_as_sentences_grouped_in_short_lines() -> None:
    one_line = SAMPLE.read_text(encoding="utf-8").replace("\n", " ") * 5
    shown = break_long_lines(one_line, 500)
    assert len(shown) == len(one_line)
    changed = [i for i, (a, b) in enumerate(zip(one_line, shown, strict=True)) if a != b]
    assert changed and all(one_line[i] == " " and shown[i] == "\n" for i in changed)
    assert all(shown[i - 1] in '.”"' for i in changed)  # each break follows a sentence's end
    assert max(len(line) for line in shown.split("\n")) <= 500


def test_text_with_short_lines_is_shown_as_it_is() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert break_long_lines(text, 2_000) is text


@given(st.text(alphabet=st.sampled_from("aB .!\n\t😀"), max_size=400), st.integers(min_value=1, max_value=60))
def test_only_whitespace_becomes_line_breaks(text: str, longest: int) -> None:
    shown = break_long_lines(text, longest)
    assert len(shown) == len(text)
    assert all(a == b or (a.isspace() and b == "\n") for a, b in zip(text, shown, strict=True))


def _cuts_by_every_sentence_end(text: str, longest: int) -> list[int]:
    """The rule of ``cuts``, by walking every sentence end before each cut (as it once did)."""
    found: list[int] = []
    start = 0
    while len(text) - start > longest:
        limit = start + longest
        ends = [m.end() for m in _ANY_SENTENCE_END.finditer(text, start, limit) if m.end() < limit]
        good = [end for end in sentence_ends(text, start, limit) if end < limit]
        spaces = [
            m.end() for m in re.finditer(r"\s+", text[start + 1 : limit]) if start + 1 + m.end() < limit
        ]
        start = (good or ends or [start + 1 + end for end in spaces] or [limit])[-1]
        found.append(start)
    return found


_ANY_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            ["Mr. ", "J. ", "word ", "said. ", "Then ", '"Yes." ', "no.  ", "A", "?! ", "…\n", "  "]
        ),
        max_size=400,
    ),
    st.integers(min_value=20, max_value=900),
)
def test_a_line_is_cut_at_the_last_sentence_end_that_fits(pieces: list[str], longest: int) -> None:
    # The last sentence end is looked for near the cut first, further back only when none
    # qualifies there: the cuts are those of walking every sentence end of the line.
    text = "".join(pieces)
    assert list(cuts(text, 0, len(text), longest)) == _cuts_by_every_sentence_end(text, longest)
