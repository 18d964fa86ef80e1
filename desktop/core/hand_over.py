"""Long loops on a background thread of the window's process let the window's thread in.

A thread running Python keeps the interpreter lock until the thread waiting for it has waited
the switch interval (Python's 5 ms; the window sets 0.5 ms, ``desktop.ui.app``), and the window's
thread gives the lock up and waits for it again around its calls into Qt: a repaint of hundreds
of calls, each waiting up to the interval, held the window for tens of milliseconds while the
knowledge indexer inserted a book's figures. Given up between batches, the lock goes to a
waiting thread at once."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

# Items a loop works through between two hand-overs: a tenth of a millisecond of the indexer's work.
HAND_OVER_EVERY = 10

_Item = TypeVar("_Item")


def handing_over(items: Iterable[_Item], every: int = HAND_OVER_EVERY) -> Iterator[_Item]:
    """The items, with the interpreter lock given up (``time.sleep(0)``) after each ``every``."""
    for number, item in enumerate(items, start=1):
        yield item
        if number % every == 0:
            time.sleep(0)
