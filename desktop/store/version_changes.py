"""What changed between two versions of an article, worded for the reader: its figures ("the
number of people changed from 6 to 8"), its claims (a quote removed, a claim's source changed),
then its sentences (see :mod:`desktop.core.version_diff`).

Figures are matched by what they measure (the counted noun, else their kind and unit) and then
by their sentence; claims by what they say and then by who says it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar, cast

from desktop.core.version_diff import SentenceChange, sentence_diff
from desktop.nlp.model import Analysis, Claim, Figure
from desktop.nlp.serialization import analysis_from_json
from desktop.store.archive import Archive
from desktop.store.figure_groups import figure_topic, topic_name, unit_topic
from desktop.store.records import ArticleVersion

ChangeKind = Literal["changed", "removed", "added"]
ClaimChangeKind = Literal["removed", "added", "source changed", "quote changed"]
# A claim (or a figure's sentence) sharing at least this share of its words with one in the
# other version is the same one edited (Jaccard overlap of the sets of words).
SAME_MIN_OVERLAP = 0.5
_Item = TypeVar("_Item")


@dataclass(frozen=True)
class Passage:
    """Where a change is in one version: ``text[start:end]`` of that version's text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class FigureChange:
    """A figure whose value changed (``old`` and ``new``), or that was removed or added.
    ``measures`` is what it counts or its kind ("people", "drone", "date")."""

    kind: ChangeKind
    measures: str
    old_value: float | None
    new_value: float | None
    old: Passage | None
    new: Passage | None
    summary: str


@dataclass(frozen=True)
class ClaimChange:
    """A quote or attributed claim removed, added, reworded (quotes) or given another source."""

    kind: ClaimChangeKind
    claim_kind: str
    old_source: str | None
    new_source: str | None
    old: Passage | None
    new: Passage | None
    summary: str


@dataclass(frozen=True)
class VersionChanges:
    """What changed from version ``old_version`` to ``new_version`` of an article (stored at
    ``old_stored_at`` and ``new_stored_at``): figures and claims first, then every sentence
    removed, added or edited. ``analysed`` is False when an analysis of either version was not
    at hand: then only the sentences are compared."""

    article_id: int
    title: str
    old_version: int
    new_version: int
    old_stored_at: str
    new_stored_at: str
    analysed: bool
    figures: tuple[FigureChange, ...]
    claims: tuple[ClaimChange, ...]
    sentences: tuple[SentenceChange, ...]


def version_changes(
    old: ArticleVersion, new: ArticleVersion, old_analysis: Analysis | None, new_analysis: Analysis | None
) -> VersionChanges:
    analysed = old_analysis is not None and new_analysis is not None
    return VersionChanges(
        new.article_id,
        new.article.title or "",
        old.number,
        new.number,
        old.stored_at,
        new.stored_at,
        analysed,
        tuple(figure_changes(old_analysis, new_analysis)) if old_analysis and new_analysis else (),
        tuple(claim_changes(old_analysis, new_analysis)) if old_analysis and new_analysis else (),
        tuple(sentence_diff(old.article.text, new.article.text)),
    )


def archived_changes(
    archive: Archive,
    article_id: int,
    analyze: Callable[[str], Analysis | None],
    versions: tuple[int, int] | None = None,
) -> VersionChanges | None:
    """What changed between two of an archived article's versions (``versions``, else those
    :meth:`Archive.compared_versions` names; None when it has one version only). Analyses are
    taken from the archive's cache, else from ``analyze(text)`` (None: not at hand)."""
    numbers = versions or archive.compared_versions(article_id)
    if numbers is None:
        return None
    old, new = (archive.article_version(article_id, number) for number in numbers)
    return version_changes(old, new, _analysis(archive, old, analyze), _analysis(archive, new, analyze))


def _analysis(
    archive: Archive, version: ArticleVersion, analyze: Callable[[str], Analysis | None]
) -> Analysis | None:
    cached = archive.cached_analysis_of(version.article.content_hash)
    if cached is not None:
        try:
            return analysis_from_json(cached)
        except ValueError:
            pass  # written by an older layout: analysed again
    return analyze(version.article.text)


def figure_changes(old: Analysis, new: Analysis) -> list[FigureChange]:
    """Figures of ``old`` whose value differs in ``new``, then those removed and added."""
    changes: list[FigureChange] = []
    old_by_measure, new_by_measure = _grouped(old.figures, _measures), _grouped(new.figures, _measures)
    for measures in sorted(old_by_measure.keys() | new_by_measure.keys()):
        # Figures with the same value are the same figure wherever they went; of the others,
        # those in alike sentences are one figure whose value changed.
        _, before, after = _same(old_by_measure.get(measures, []), new_by_measure.get(measures, []), _value)
        edited, removed, added = _alike(before, after, lambda figure: figure.sentence.text)
        changes += [_changed_figure(measures, a, b) for a, b in edited]
        changes += [_figure_gone_or_new("removed", measures, figure) for figure in removed]
        changes += [_figure_gone_or_new("added", measures, figure) for figure in added]
    order = {"changed": 0, "removed": 1, "added": 2}
    return sorted(changes, key=lambda change: order[change.kind])


def claim_changes(old: Analysis, new: Analysis) -> list[ClaimChange]:
    """Claims given another source, quotes reworded, then claims removed and added."""
    same, before, after = _same(old.claims, new.claims, _words)
    edited, removed, added = _alike(before, after, _words)
    changes: list[ClaimChange] = []
    for a, b in [*same, *edited]:
        if _source(a) != _source(b):
            changes.append(
                _claim_change(
                    "source changed", a, b, f"source changed from {_source(a)} to {_source(b)}: “{_words(b)}”"
                )
            )
        elif a.kind == "quote" and _words(a) != _words(b):
            changes.append(_claim_change("quote changed", a, b, f"quote from {_source(b)} changed"))
    changes += [_claim_change("removed", claim, None, f"{_said(claim)} removed") for claim in removed]
    changes += [_claim_change("added", None, claim, f"{_said(claim)} added") for claim in added]
    return changes


def _same(
    old: Sequence[_Item], new: Sequence[_Item], key: Callable[[_Item], Hashable]
) -> tuple[list[tuple[_Item, _Item]], list[_Item], list[_Item]]:
    """Old and new items with equal keys paired in order; then the old and the new items left."""
    waiting: dict[Hashable, list[int]] = defaultdict(list)
    for j, item in enumerate(new):
        waiting[key(item)].append(j)
    paired: dict[int, int] = {}
    for i, item in enumerate(old):
        if candidates := waiting.get(key(item)):
            paired[i] = candidates.pop(0)
    return _split(old, new, paired)


def _alike(
    old: Sequence[_Item], new: Sequence[_Item], words_of: Callable[[_Item], str]
) -> tuple[list[tuple[_Item, _Item]], list[_Item], list[_Item]]:
    """Old and new items whose words are alike (``SAME_MIN_OVERLAP`` of them shared), the most
    alike first, each in one pair at most; then the old and the new items left."""
    old_words = [frozenset(words_of(item).casefold().split()) for item in old]
    new_words = [frozenset(words_of(item).casefold().split()) for item in new]
    scored = sorted(
        (
            (overlap, i, j)
            for i, a in enumerate(old_words)
            for j, b in enumerate(new_words)
            if (overlap := len(a & b) / (len(a | b) or 1)) >= SAME_MIN_OVERLAP
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    paired: dict[int, int] = {}
    taken: set[int] = set()
    for _overlap, i, j in scored:
        if i not in paired and j not in taken:
            paired[i] = j
            taken.add(j)
    return _split(old, new, paired)


def _split(
    old: Sequence[_Item], new: Sequence[_Item], paired: dict[int, int]
) -> tuple[list[tuple[_Item, _Item]], list[_Item], list[_Item]]:
    taken = set(paired.values())
    return (
        [(old[i], new[j]) for i, j in sorted(paired.items())],
        [item for i, item in enumerate(old) if i not in paired],
        [item for j, item in enumerate(new) if j not in taken],
    )


def _grouped(figures: Iterable[Figure], key: Callable[[Figure], str]) -> dict[str, list[Figure]]:
    groups: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        groups[key(figure)].append(figure)
    return groups


def _measures(figure: Figure) -> str:
    """What the figure is of, across two versions of one article: what it counts, else its kind
    and unit (an amount whose sentence was reworded may name its thing differently)."""
    if figure.counts:
        return figure.counts.casefold()
    return unit_topic(figure) or figure.kind


def _value(figure: Figure) -> Hashable:
    return (figure.value, figure.low, figure.high, figure.qualifier)


def _changed_figure(measures: str, old: Figure, new: Figure) -> FigureChange:
    what = f"the number of {_counted_words(measures, new)}" if old.counts else f"the {_amount_name(old, new)}"
    summary = f"{what} changed from {_number(old)} to {_number(new)} (“{old.text}” → “{new.text}”)"
    return FigureChange("changed", measures, old.value, new.value, _passage(old), _passage(new), summary)


def _counted_words(lemma: str, figure: Figure) -> str:
    """What a count counts as its text writes it ("shelters" for the lemma "shelter" in "six
    shelters"), else the lemma (the noun is outside the figure's words: "the number of trawlers
    rose to 212")."""
    words = (word.casefold().strip(".,;:") for word in figure.text.split())
    return next((word for word in words if word.startswith(lemma) and word.isalpha()), lemma)


def _figure_gone_or_new(kind: Literal["removed", "added"], measures: str, figure: Figure) -> FigureChange:
    summary = f"figure {kind}: “{figure.text}” in “{figure.sentence.text}”"
    if kind == "removed":
        return FigureChange(kind, measures, figure.value, None, _passage(figure), None, summary)
    return FigureChange(kind, measures, None, figure.value, None, _passage(figure), summary)


def _number(figure: Figure) -> str:
    if figure.low is not None and figure.high is not None:
        return f"{_plain(figure.low)}–{_plain(figure.high)}"
    return _plain(figure.value)


def _amount_name(old: Figure, new: Figure) -> str:
    """ "repair (USD)" when both versions say what the amount is of, else "money (USD)",
    "duration"."""
    topic = figure_topic(new) if old.measures == new.measures else None
    topic = topic or unit_topic(new)
    return topic_name(topic) if topic is not None else new.kind


def _plain(value: float) -> str:
    """ "48,000,000", "2.5": as a reader writes a number, thousands grouped."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.6g}"


def _passage(item: Figure | Claim) -> Passage:
    return Passage(item.start, item.end, item.text)


def _words(claim: Claim) -> str:
    return " ".join(claim.content.text.split()).strip(" ,.")


def _source(claim: Claim) -> str:
    """Who the claim is attributed to, as the reader would name them."""
    if claim.source is None:
        return "no one named"
    return claim.source.name or claim.source.text


def _said(claim: Claim) -> str:
    if claim.kind == "quote":
        return f"quote from {_source(claim)}"
    if claim.source is None:
        return "unattributed claim"
    return f"claim attributed to {_source(claim)}"


def _claim_change(kind: ClaimChangeKind, old: Claim | None, new: Claim | None, summary: str) -> ClaimChange:
    return ClaimChange(
        kind,
        (new if new is not None else cast(Claim, old)).kind,
        None if old is None else _source(old),
        None if new is None else _source(new),
        None if old is None else _passage(old),
        None if new is None else _passage(new),
        summary,
    )
