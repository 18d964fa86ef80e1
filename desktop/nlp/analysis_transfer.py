"""An ``Analysis`` packed to cross from the analysis process to the window's process.

The receiving end must not stall the window: unpickling a book's analysis in one call holds
the GIL for a tenth of a second. So every list is pickled in pieces of ``PIECE_ITEMS`` and
unpacked piece by piece (the interpreter can switch threads between pieces). The text is
left out: the window sent it and still has it.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Any

from desktop.nlp.model import Analysis

# Unpickling this many entities or figures takes a few milliseconds.
PIECE_ITEMS = 1_000
_LISTS = ("entities", "figures", "claims", "checks", "sentences")


@dataclass(frozen=True)
class PackedAnalysis:
    pipeline: str
    pieces: dict[str, list[bytes]]  # list name → its items, pickled ``PIECE_ITEMS`` at a time


def pack_analysis(analysis: Analysis) -> PackedAnalysis:
    pieces: dict[str, list[bytes]] = {}
    for name in _LISTS:
        items: tuple[Any, ...] = getattr(analysis, name)
        pieces[name] = [
            pickle.dumps(items[start : start + PIECE_ITEMS], protocol=pickle.HIGHEST_PROTOCOL)
            for start in range(0, len(items), PIECE_ITEMS)
        ]
    return PackedAnalysis(analysis.pipeline, pieces)


def unpack_analysis(packed: PackedAnalysis, text: str) -> Analysis:
    """The analysis ``pack_analysis`` packed, of ``text``."""
    lists: dict[str, tuple[Any, ...]] = {}
    for name in _LISTS:
        items: list[Any] = []
        for piece in packed.pieces[name]:
            items += pickle.loads(piece)
        lists[name] = tuple(items)
    return Analysis(text=text, pipeline=packed.pipeline, **lists)
