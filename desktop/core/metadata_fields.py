"""What an article's editable fields accept: the checks behind Article ▸ Properties."""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

# The dates a user may type: a year, a month or a day, ISO 8601 style, optionally with a time.
_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2})?\Z")


def published_problem(value: str) -> str | None:
    """Why ``value`` is not a publication date, or None if it is one (or empty: unknown)."""
    value = value.strip()
    if not value:
        return None
    try:
        if _PARTIAL_DATE.match(value):
            date.fromisoformat(value + "-01-01"[len(value) - 4 :])
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return f"“{value}” is not a date: write it as 2024-03-05 (or 2024-03, or 2024)."
    return None


def url_problem(value: str) -> str | None:
    """Why ``value`` is not a web address, or None if it is one (or empty: unknown)."""
    value = value.strip()
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        return f"“{value}” is not a web address: it should start with https:// or http://."
    return None
