"""The time windows offered wherever articles are compared with others close in date."""

from __future__ import annotations

# The windows offered, in days either side of the article's date (None: any time).
TIME_WINDOWS: tuple[tuple[str, float | None], ...] = (
    ("within 3 days", 3.0),
    ("within a week", 7.0),
    ("within a month", 31.0),
    ("within a year", 366.0),
    ("any time", None),
)
DEFAULT_WINDOW = 1
