"""Cross-checks between figures: do the parts add up to the stated total?

``sum``: a total and its parts in the same or adjacent sentences, recognised by how English
splits a total: "113 drones ..., 57 of which were shot down and another 56 were lost";
"$10 million, of which $6 million ... and $4 million ..."; "3 soldiers and 4 civilians, 7 people
in total"; a total followed by its breakdown: "$12 million: $5 million for roads, $4 million for
schools", "£9 million, split into ...", "€30m, with €18m for rail and €12m for buses".
``percent_of``: "40 of the 200 members (20%)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from desktop.nlp.model import Check, Figure
from desktop.nlp.parsed_doc import ParsedDoc

_PARTITIVE_AFTER = re.compile(r"\s*,?\s*of\s+(?:which|whom|them|those|these)(?![^\W\d_])", re.IGNORECASE)
_TOTAL_NEAR = re.compile(
    r"(?<![^\W\d_])(?:a\s+total\s+of|in\s+total|total|in\s+all|altogether|combined)(?![^\W\d_])"
)
# Between a total and its first part: a colon, a dash, "split/divided/broken down into", "with".
_BREAKDOWN_AFTER = re.compile(
    r"\s*(?::|[—–]|\s-\s|,?\s+(?:is\s+|was\s+|will\s+be\s+)?(?:split|divided|broken\s+down|shared)"
    r"\s+(?:into|between|among|as)|,\s*with)\s*$",
    re.IGNORECASE,
)
# ... or, right after the total and the few words it is of, a verb that shares the whole of it out:
# "the £2.5bn package sets aside £1.5bn for ...", "the €9m fund allocates ...", "comprises";
# not "includes", which may list only some of the parts.
_SHARED_OUT_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}\s+(?:(?:sets?|setting)\s+aside|allocat(?:es|ed|ing)|earmark(?:s|ed|ing)?"
    r"|compris(?:es|ed|ing)|consist(?:s|ed)?\s+of|(?:is\s+|was\s+)?made\s+up\s+of)\s*",
    re.IGNORECASE,
)
# A part of a breakdown says what it goes to or comes from: "$5 million for roads", "€18m to rail",
# "€8.1bn from EU visitors".
_ALLOCATED_TO = re.compile(r"\s+(?:for|to|on|towards?|from)(?![^\W\d_])", re.IGNORECASE)
_OF_BETWEEN = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?", re.IGNORECASE)
_MAX_PARTS = 6


def find_checks(doc: Doc | ParsedDoc, figures: Sequence[Figure]) -> list[Check]:
    """Sum and percent-of checks over figures (as returned by extract_figures for doc)."""
    text = doc.text
    checks = [
        *_partitive_sums(text, figures),
        *_total_sums(text, figures),
        *_breakdown_sums(text, figures),
        *_percent_of(text, figures),
    ]
    return sorted(checks, key=lambda check: (check.total, check.parts))


def _same_quantity(a: Figure, b: Figure) -> bool:
    """Two figures measure the same thing: same unit, or counts of the same noun."""
    if a.kind != b.kind or a.unit != b.unit:
        return False
    return a.unit is not None or a.counts is None or b.counts is None or a.counts == b.counts


def _adjacent(a: Figure, b: Figure) -> bool:
    """b is in a's sentence or the sentence right after it."""
    return b.sentence.start == a.sentence.start or 0 <= b.sentence.start - a.sentence.end <= 2


def _partitive_sums(text: str, figures: Sequence[Figure]) -> list[Check]:
    checks = []
    for index, figure in enumerate(figures):
        partitive = _PARTITIVE_AFTER.match(text, _number_end(text, figure))
        if partitive is None:
            continue
        # "113 drones, of which 57 ..." names the total; "57 of which" is the first part.
        names_total = "," in partitive.group()
        total_index = index if names_total else _previous_same(figures, index)
        if total_index is None:
            continue
        parts = _following_same(figures, total_index, index + 1 if names_total else index)
        if len(parts) >= 2:
            checks.append(_sum_check(figures, total_index, parts))
    return checks


def _number_end(text: str, figure: Figure) -> int:
    """Where the number itself ends inside the figure, for "57 of which" spans."""
    match = re.search(r"\s*,?\s*of\s+(?:which|whom|them|those|these)\s*$", text[figure.start : figure.end])
    return figure.start + match.start() if match else figure.end


def _previous_same(figures: Sequence[Figure], index: int) -> int | None:
    for earlier in range(index - 1, -1, -1):
        if _same_quantity(figures[earlier], figures[index]) and _adjacent(figures[earlier], figures[index]):
            return earlier if figures[earlier].value > figures[index].value else None
    return None


def _following_same(figures: Sequence[Figure], total: int, first: int) -> list[int]:
    parts: list[int] = []
    for index in range(first, min(len(figures), first + _MAX_PARTS)):
        candidate = figures[index]
        if not (_same_quantity(figures[total], candidate) and _adjacent(figures[total], candidate)):
            break
        parts.append(index)
    return parts


def _total_sums(text: str, figures: Sequence[Figure]) -> list[Check]:
    """ "3 soldiers and 4 civilians, 7 people in total": parts before a total marked as such."""
    checks = []
    for index, figure in enumerate(figures):
        around = text[
            max(figure.sentence.start, figure.start - 14) : min(figure.sentence.end, figure.end + 12)
        ]
        if not _TOTAL_NEAR.search(around) or figure.kind not in ("count", "money", "measure"):
            continue
        parts = [
            earlier
            for earlier in range(max(0, index - _MAX_PARTS), index)
            if figures[earlier].sentence.start == figure.sentence.start
            and figures[earlier].kind == figure.kind
            and figures[earlier].unit == figure.unit
        ]
        if len(parts) >= 2:
            checks.append(_sum_check(figures, index, parts))
    return checks


def _breakdown_sums(text: str, figures: Sequence[Figure]) -> list[Check]:
    """ "$12 million: $5 million for roads, $4 million for schools": a total, then its parts in
    the same sentence, each smaller than the total and allocated ("for", "to", "on") to something
    or coming from it ("€8.1bn from EU visitors");
    "$12 million, with $5 million in profit" is no breakdown."""
    checks = []
    for index in range(len(figures) - 2):
        total, first = figures[index], figures[index + 1]
        if first.sentence.start != total.sentence.start:
            continue
        if total.kind not in ("count", "money", "measure"):
            continue
        between = (total.end, first.start)
        if not (_SHARED_OUT_AFTER.fullmatch(text, *between) or _BREAKDOWN_AFTER.search(text, *between)):
            continue
        parts = [
            later
            for later in _following_same(figures, index, index + 1)
            if figures[later].sentence.start == total.sentence.start
            and figures[later].value < total.value
            and _ALLOCATED_TO.match(text, figures[later].end)
        ]
        if len(parts) >= 2:
            checks.append(_sum_check(figures, index, parts))
    return checks


def _sum_check(figures: Sequence[Figure], total: int, parts: list[int]) -> Check:
    total_value = figures[total].value
    part_sum = sum(figures[p].value for p in parts)
    holds = abs(part_sum - total_value) <= 1e-9 * max(1.0, abs(total_value))
    qualifier = figures[total].qualifier
    if qualifier is not None:
        holds = holds or _within_qualifier(part_sum, total_value, qualifier)
    written = " + ".join(_fmt(figures[p].value) for p in parts)
    note = f"{written} = {_fmt(part_sum)}"
    note += "" if holds else f", not {_fmt(total_value)}"
    return Check(kind="sum", total=total, parts=tuple(parts), holds=holds, note=note)


def _within_qualifier(part_sum: float, total: float, qualifier: str) -> bool:
    """Parts may add up to a qualified total: "more than 100" holds for 60 + 45."""
    return {
        "more_than": part_sum > total,
        "at_least": part_sum >= total,
        "less_than": part_sum < total,
        "at_most": part_sum <= total,
        "approximately": abs(part_sum - total) <= 0.05 * abs(total),
    }.get(qualifier, False)


def _percent_of(text: str, figures: Sequence[Figure]) -> list[Check]:
    """ "40 of the 200 members (20%)": the share stated must match the two counts."""
    checks = []
    for index in range(len(figures) - 1):
        part, whole = figures[index], figures[index + 1]
        if part.kind != "count" or whole.kind != "count" or whole.value == 0:
            continue
        if not _OF_BETWEEN.fullmatch(text[part.end : whole.start]):
            continue
        percents = [
            p
            for p in range(index + 2, min(len(figures), index + 4))
            if figures[p].unit == "percent" and _adjacent(whole, figures[p])
        ]
        if not percents:
            continue
        stated = figures[percents[0]]
        share = 100 * part.value / whole.value
        tolerance = 0.5 if stated.qualifier is None else 2.5  # stated shares are rounded
        holds = abs(share - stated.value) <= tolerance
        note = f"{_fmt(part.value)} / {_fmt(whole.value)} = {share:.1f}%"
        note += "" if holds else f", not {_fmt(stated.value)}%"
        checks.append(
            Check(kind="percent_of", total=index + 1, parts=(index, percents[0]), holds=holds, note=note)
        )
    return checks


def _fmt(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.6g}"
