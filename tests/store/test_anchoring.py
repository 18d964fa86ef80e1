"""Re-anchoring highlights on edited texts, with examples and hypothesis properties."""

from __future__ import annotations

import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.store.anchoring import CONTEXT_CHARS, anchor, describe
from tests.store.made_up import prose

PARAGRAPHS = [
    "The council approved the budget on Tuesday after a long debate about school funding.",
    "Opposition members said the plan would cut bus services in three rural districts.",
    "The mayor promised that no library would close before the next election in May.",
    "Analysts at the regional bank expect inflation to fall below four percent next year.",
]
TEXT = "\n\n".join(PARAGRAPHS)


def span_of(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def test_describe_takes_quote_and_32_characters_of_context() -> None:
    start, end = span_of(TEXT, "cut bus services")
    selectors = describe(TEXT, start, end)
    assert selectors.exact == "cut bus services"
    assert selectors.prefix == TEXT[start - CONTEXT_CHARS : start]
    assert selectors.suffix == TEXT[end : end + CONTEXT_CHARS]


@pytest.mark.parametrize(("start", "end"), [(5, 5), (-1, 3), (10, len(TEXT) + 1), (7, 3)])
def test_describe_refuses_empty_or_outside_spans(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="not inside"):
        describe(TEXT, start, end)


def test_unchanged_text_keeps_the_position() -> None:
    selectors = describe(TEXT, *span_of(TEXT, "no library would close"))
    found = anchor(TEXT, selectors)
    assert found is not None
    assert (found.start, found.end, found.method) == (selectors.start, selectors.end, "position")


def test_text_inserted_before_moves_the_highlight() -> None:
    selectors = describe(TEXT, *span_of(TEXT, "no library would close"))
    edited = "A new opening paragraph.\n\n" + TEXT
    found = anchor(edited, selectors)
    assert found is not None
    assert edited[found.start : found.end] == "no library would close"
    assert found.method == "exact"


def test_duplicated_paragraph_goes_to_the_copy_with_the_right_context() -> None:
    quote = "cut bus services in three rural districts"
    selectors = describe(TEXT, *span_of(TEXT, quote))
    # The same sentence now also appears at the top, in other surroundings and nearer the old
    # position's neighbourhood: the original surroundings must win.
    copy = "Quoted earlier: Opposition members said the plan would " + quote + " (archive)."
    edited = copy + "\n\n" + TEXT
    found = anchor(edited, selectors)
    assert found is not None
    assert found.start == len(copy) + 2 + selectors.start


def test_quote_edited_slightly_is_found_by_fuzzy_match() -> None:
    quote = "Analysts at the regional bank expect inflation to fall below four percent"
    selectors = describe(TEXT, *span_of(TEXT, quote))
    edited = TEXT.replace("four percent", "4 percent")
    found = anchor(edited, selectors)
    assert found is not None
    assert found.method == "fuzzy"
    assert edited[found.start : found.end].startswith("Analysts at the regional bank")
    assert edited[found.start : found.end].endswith("4 percent")


def test_deleted_quote_becomes_an_orphan() -> None:
    selectors = describe(TEXT, *span_of(TEXT, PARAGRAPHS[2]))
    edited = TEXT.replace(PARAGRAPHS[2], "")
    assert anchor(edited, selectors) is None


def test_look_alike_paragraph_is_not_taken() -> None:
    selectors = describe(TEXT, *span_of(TEXT, PARAGRAPHS[2]))
    # The highlighted paragraph is gone; a different statement with the same shape remains.
    look_alike = "The governor promised that no hospital would open before the final vote in June."
    edited = TEXT.replace(PARAGRAPHS[2], look_alike)
    assert anchor(edited, selectors) is None


# -- properties -------------------------------------------------------------------------------

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
INSERTS = st.text(alphabet="ABCDEFGHIJ ,.0123456789", min_size=1, max_size=40)


@st.composite
def texts_with_quote(draw: st.DrawFn) -> tuple[str, int, int]:
    words = draw(st.lists(WORDS, min_size=30, max_size=120, unique=True))
    text = " ".join(words)
    first = draw(st.integers(0, len(words) - 6))
    count = draw(st.integers(4, min(15, len(words) - first)))
    start = len(" ".join(words[:first])) + (1 if first else 0)
    end = start + len(" ".join(words[first : first + count]))
    return text, start, end


@settings(max_examples=150, deadline=None)
@given(texts_with_quote(), INSERTS, st.data())
def test_insertion_before_the_quote_shifts_it(
    case: tuple[str, int, int], inserted: str, data: st.DataObject
) -> None:
    text, start, end = case
    selectors = describe(text, start, end)
    at = data.draw(st.integers(0, start))
    edited = text[:at] + inserted + text[at:]
    assume(edited.count(selectors.exact) == 1)
    found = anchor(edited, selectors)
    assert found is not None
    assert (found.start, found.end) == (start + len(inserted), end + len(inserted))


@settings(max_examples=150, deadline=None)
@given(texts_with_quote(), INSERTS, st.data())
def test_insertion_after_the_quote_keeps_it(
    case: tuple[str, int, int], inserted: str, data: st.DataObject
) -> None:
    text, start, end = case
    selectors = describe(text, start, end)
    at = data.draw(st.integers(end, len(text)))
    edited = text[:at] + inserted + text[at:]
    found = anchor(edited, selectors)
    assert found is not None
    assert (found.start, found.end) == (start, end)


@settings(max_examples=150, deadline=None)
@given(texts_with_quote(), st.data())
def test_insertion_inside_the_quote_widens_it(case: tuple[str, int, int], data: st.DataObject) -> None:
    text, start, end = case
    selectors = describe(text, start, end)
    # Edits smaller than the quote's own head and tail: the quote is still recognisably there.
    inserted = data.draw(INSERTS.filter(lambda extra: len(extra) <= (end - start) // 4))
    at = data.draw(st.integers(start + (end - start) // 3, end - (end - start) // 3))
    edited = text[:at] + inserted + text[at:]
    found = anchor(edited, selectors)
    assert found is not None
    assert (found.start, found.end) == (start, end + len(inserted))


@settings(max_examples=150, deadline=None)
@given(texts_with_quote())
def test_deleted_quote_is_orphaned(case: tuple[str, int, int]) -> None:
    text, start, end = case
    selectors = describe(text, start, end)
    assert anchor(text[:start] + text[end:], selectors) is None


@settings(max_examples=100, deadline=None)
@given(texts_with_quote(), st.text(alphabet="XYZ ", min_size=3, max_size=20))
def test_duplicated_quote_is_matched_by_its_context(case: tuple[str, int, int], other: str) -> None:
    text, start, end = case
    selectors = describe(text, start, end)
    # A copy of the quote in other surroundings, inserted at the very start of the text.
    copy = other + selectors.exact + other
    edited = copy + text
    found = anchor(edited, selectors)
    assert found is not None
    assert (found.start, found.end) == (start + len(copy), end + len(copy))


# -- long quotes: bounded cost, same accuracy -------------------------------------------------


@pytest.mark.parametrize(("quote_chars", "text_chars"), [(5_000, 30_000), (20_000, 120_000)])
def test_long_quote_that_is_gone_is_orphaned_quickly(quote_chars: int, text_chars: int) -> None:
    text = prose(text_chars, seed=1)
    selectors = describe(text, text_chars // 3, text_chars // 3 + quote_chars)
    unrelated = prose(text_chars, seed=2)
    started = time.perf_counter()
    found = anchor(unrelated, selectors)
    # Took 7.5 s and over 180 s when the whole quote was aligned against the text.
    assert time.perf_counter() - started < 2.0
    assert found is None


def test_long_quote_edited_and_moved_is_found_with_its_edits() -> None:
    text = prose(60_000, seed=3)
    start, end = 20_000, 25_000
    selectors = describe(text, start, end)
    inserted = "A new opening paragraph. " * 40
    edited_quote = text[start : start + 10] + "XYZ" + text[start + 10 : 22_500] + "EDITED" + text[22_600:end]
    edited = inserted + text[:start] + edited_quote + text[end:]
    started = time.perf_counter()
    found = anchor(edited, selectors)
    assert time.perf_counter() - started < 2.0
    assert found is not None and found.method == "fuzzy"
    assert (found.start, found.end) == (len(inserted) + start, len(inserted) + start + len(edited_quote))
