"""The entities an article names, by where: which are named inside a stretch of its text (a
claim's content, a figure's sentence), for the knowledge index.

Asking every mention of every entity for each claim and figure cost a book's indexer tens of
millions of comparisons, seconds of pure Python holding the interpreter lock that the window's
thread (the indexer is one of its threads) waits for; the mentions sorted by start are bisected
straight to those inside the stretch."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence


class NamedSpans:
    def __init__(
        self,
        mentions: Mapping[tuple[str, str], Sequence[tuple[int, int]]],
        entity_ids: Mapping[tuple[str, str], int],
    ) -> None:
        """``mentions``: (label, name) → its mention spans; ``entity_ids``: (label, name) → its entity."""
        self._spans = sorted(
            (start, end, entity_ids[key]) for key, spans in mentions.items() for start, end in spans
        )
        self._starts = [start for start, _end, _entity_id in self._spans]

    def entities_within(self, start: int, end: int) -> set[int]:
        """The entities with a mention wholly inside [start, end)."""
        first = bisect_left(self._starts, start)
        last = bisect_right(self._starts, end)
        return {entity_id for _start, mention_end, entity_id in self._spans[first:last] if mention_end <= end}
