"""Which entities are named inside a stretch of text, for a claim's or a figure's index rows."""

from __future__ import annotations

from desktop.store.named_spans import NamedSpans

# "Ada Lovelace met Charles Babbage in London; Babbage wrote to Lovelace."
MENTIONS = {
    ("PERSON", "Ada Lovelace"): [(0, 12), (60, 68)],
    ("PERSON", "Charles Babbage"): [(17, 32), (44, 51)],
    ("GPE", "London"): [(36, 42)],
}
IDS = {("PERSON", "Ada Lovelace"): 1, ("PERSON", "Charles Babbage"): 2, ("GPE", "London"): 3}


def test_entities_named_wholly_inside_a_stretch() -> None:
    named = NamedSpans(MENTIONS, IDS)
    assert named.entities_within(0, 70) == {1, 2, 3}
    assert named.entities_within(0, 12) == {1}  # a mention ending at the stretch's end
    assert named.entities_within(17, 42) == {2, 3}
    assert named.entities_within(40, 60) == {2}  # London cut at its start, Lovelace starts at the end
    assert named.entities_within(1, 12) == set()  # cut at its start
    assert named.entities_within(13, 16) == set()


def test_no_mentions_name_nothing() -> None:
    assert NamedSpans({}, {}).entities_within(0, 100) == set()
