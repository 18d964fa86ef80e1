"""A background loop hands the interpreter lock over between batches, and loses no item."""

from __future__ import annotations

import time

import pytest

from desktop.core.hand_over import handing_over


def test_every_item_in_order_with_a_hand_over_after_each_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(time, "sleep", lambda seconds: seen.append(f"sleep {seconds}"))
    for item in handing_over((str(number) for number in range(7)), every=3):
        seen.append(item)
    assert seen == ["0", "1", "2", "sleep 0", "3", "4", "5", "sleep 0", "6"]
