"""W3C Web Annotation selectors for a highlight, and re-anchoring them on a changed text.

A highlight is described by a ``TextPositionSelector`` (start, end) and a
``TextQuoteSelector`` (exact text plus up to 32 characters of prefix and suffix).
When the text changes, :func:`anchor` looks for the quote again, in this order:

1. the old position, when the quote is still there and its context agrees;
2. the exact quote, every occurrence scored by its context and closeness to the old position;
3. a fuzzy match (rapidfuzz) scored like Hypothesis does (50·quote + 20·prefix + 20·suffix +
   2·closeness) / 92, but — unlike Hypothesis — only accepted above a minimum, so that a
   look-alike paragraph does not win. A long quote is looked for by its head and its tail
   (PROBE_CHARS each), never as a whole, so that its cost grows with the text's length only;
4. otherwise nothing: the caller keeps the highlight as an orphan.

All offsets are code-point offsets into the Python string.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

CONTEXT_CHARS = 32
# A fuzzy candidate must resemble the quote itself this much (0–100), whatever its context…
MIN_QUOTE_SIMILARITY = 75.0
# …and score this much overall, so that matching context cannot carry a different quote.
MIN_TOTAL_SCORE = 70.0
# Exact occurrences beyond this many are not scored: a quote that common carries no information.
MAX_EXACT_CANDIDATES = 1000
# How far a fuzzy match's ends may move to fit the quote better.
_NUDGE_CHARS = 8
# The longest pattern aligned in one fuzzy search: rapidfuzz's partial alignment costs grow with
# the square of the pattern (a 5,000-character quote took seconds per text, 20,000 minutes),
# while a pattern this long costs milliseconds over a 120 KB article. A longer pattern is
# aligned by its first and its last PROBE_CHARS, which place a quote as well as the whole.
PROBE_CHARS = 256

AnchorMethod = Literal["position", "exact", "fuzzy"]


@dataclass(frozen=True)
class Selectors:
    """A TextPositionSelector and a TextQuoteSelector for the same passage."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Anchor:
    """Where a highlight landed in the new text, and how it was found."""

    start: int
    end: int
    method: AnchorMethod
    score: float


def describe(text: str, start: int, end: int) -> Selectors:
    """The selectors of ``text[start:end]``; raises ValueError for an empty or out-of-range span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}–{end} is not inside a text of {len(text)} characters")
    return Selectors(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def anchor(text: str, selectors: Selectors) -> Anchor | None:
    """Place ``selectors`` in ``text``; None when no placement is trustworthy (an orphan)."""
    if not selectors.exact:
        return None
    still_there = text.startswith(selectors.exact, selectors.start)
    # The quote unchanged in its unchanged context (the common case) needs no search at all.
    if still_there and _context_score(text, selectors, selectors.start, selectors.end) == 100.0:
        return Anchor(selectors.start, selectors.end, "position", 100.0)
    occurrences = _exact_occurrences(text, selectors.exact)
    if still_there and len(occurrences) == 1:
        return Anchor(selectors.start, selectors.end, "position", 100.0)
    if occurrences:
        return max(
            (_scored(text, selectors, start, start + len(selectors.exact), "exact") for start in occurrences),
            key=lambda candidate: candidate.score,
        )
    return _fuzzy_anchor(text, selectors)


def _exact_occurrences(text: str, exact: str) -> list[int]:
    found: list[int] = []
    index = text.find(exact)
    while index != -1 and len(found) < MAX_EXACT_CANDIDATES:
        found.append(index)
        index = text.find(exact, index + 1)
    return found


def _similarity(expected: str, actual: str) -> float:
    # Missing context at the start or end of the text is no evidence either way.
    if not expected:
        return 100.0
    return fuzz.ratio(expected, actual)


def _context_score(text: str, selectors: Selectors, start: int, end: int) -> float:
    before = text[max(0, start - len(selectors.prefix)) : start]
    after = text[end : end + len(selectors.suffix)]
    return (_similarity(selectors.prefix, before) + _similarity(selectors.suffix, after)) / 2


def _closeness(text: str, selectors: Selectors, start: int) -> float:
    return 100.0 * (1.0 - min(1.0, abs(start - selectors.start) / max(1, len(text))))


def _scored(text: str, selectors: Selectors, start: int, end: int, method: AnchorMethod) -> Anchor:
    quote = _similarity(selectors.exact, text[start:end])
    context = _context_score(text, selectors, start, end)
    score = (50 * quote + 40 * context + 2 * _closeness(text, selectors, start)) / 92
    return Anchor(start, end, method, score)


def _fuzzy_anchor(text: str, selectors: Selectors) -> Anchor | None:
    best: Anchor | None = None
    for rough_start, rough_end in _rough_candidates(text, selectors):
        start, end = _refine_bounds(text, selectors.exact, rough_start, rough_end)
        candidate = _scored(text, selectors, start, end, "fuzzy")
        if best is None or candidate.score > best.score:
            best = candidate
    if best is None:
        return None
    quote = _similarity(selectors.exact, text[best.start : best.end])
    if quote < MIN_QUOTE_SIMILARITY or best.score < MIN_TOTAL_SCORE:
        return None
    return best


def _rough_candidates(text: str, selectors: Selectors) -> list[tuple[int, int]]:
    """Approximate spans for the quote: best match of the quote alone, of the quote in its
    context, and of the quote near its old position."""
    length = len(selectors.exact)
    near_start = max(0, selectors.start - 2 * length)
    near = text[near_start : selectors.end + 2 * length]
    searches = [
        *((probe, offset, text, 0) for probe, offset in _probes(selectors.exact, 0)),
        *(
            (probe, offset, text, 0)
            for probe, offset in _probes(
                selectors.prefix + selectors.exact + selectors.suffix, len(selectors.prefix)
            )
        ),
        *((probe, offset, near, near_start) for probe, offset in _probes(selectors.exact, 0)),
    ]
    candidates: list[tuple[int, int]] = []
    for pattern, quote_offset, haystack, haystack_offset in searches:
        alignment = fuzz.partial_ratio_alignment(pattern, haystack, score_cutoff=MIN_QUOTE_SIMILARITY / 2)
        if alignment is None:
            continue
        # Map the quote's place in the pattern onto the text through the alignment.
        start = haystack_offset + alignment.dest_start + (quote_offset - alignment.src_start)
        start = min(max(0, start), len(text))
        candidates.append((start, min(len(text), start + length)))
    return list(dict.fromkeys(candidates))


def _probes(pattern: str, quote_offset: int) -> list[tuple[str, int]]:
    """``pattern`` as patterns of at most PROBE_CHARS, each with the offset in it where the quote
    starts (negative for a tail that starts inside the quote)."""
    if len(pattern) <= PROBE_CHARS:
        return [(pattern, quote_offset)]
    tail_start = len(pattern) - PROBE_CHARS
    return [(pattern[:PROBE_CHARS], quote_offset), (pattern[tail_start:], quote_offset - tail_start)]


def _refine_bounds(text: str, exact: str, rough_start: int, rough_end: int) -> tuple[int, int]:
    """Find the quote's own head and tail around a rough span, so that text inserted inside the
    quote ends up inside the highlight rather than cutting its end off."""
    length = len(exact)
    piece = max(1, min(CONTEXT_CHARS, length // 3))
    region_start = max(0, rough_start - length)
    region = text[region_start : rough_end + length]
    head = fuzz.partial_ratio_alignment(exact[:piece], region, score_cutoff=MIN_QUOTE_SIMILARITY)
    tail = fuzz.partial_ratio_alignment(exact[-piece:], region, score_cutoff=MIN_QUOTE_SIMILARITY)
    if head is None or tail is None:
        return rough_start, rough_end
    start = region_start + head.dest_start - head.src_start
    end = region_start + tail.dest_end + (piece - tail.src_end)
    if not 0 <= start < end <= len(text) or not length / 2 <= end - start <= 2 * length:
        start, end = rough_start, rough_end
    return _nudge_bounds(text, exact, start, end)


def _nudge_bounds(text: str, exact: str, start: int, end: int) -> tuple[int, int]:
    """Move each end a few characters where the span resembles the quote best: an edit at the
    very edge of the quote leaves the approximate match off by a character or two. Each end is
    compared by the quote's last (first) PROBE_CHARS: the rest of a long quote cannot tell."""
    head, tail = exact[:PROBE_CHARS], exact[-PROBE_CHARS:]

    def tail_similarity(candidate_end: int) -> float:
        return fuzz.ratio(tail, text[max(start, candidate_end - PROBE_CHARS) : candidate_end])

    def head_similarity(candidate_start: int) -> float:
        return fuzz.ratio(head, text[candidate_start : min(end, candidate_start + PROBE_CHARS)])

    reach = range(-_NUDGE_CHARS, _NUDGE_CHARS + 1)
    end = max((min(len(text), max(start + 1, end + step)) for step in reach), key=tail_similarity)
    start = max((min(end - 1, max(0, start + step)) for step in reach), key=head_similarity)
    return start, end
