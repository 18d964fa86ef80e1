"""How counts and cut texts read in the interface: "1 article", "2,017 articles", "a long na…"
— one rule everywhere."""

from __future__ import annotations

from urllib.parse import urlsplit


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` with ``noun``, plural unless one; ``plural`` for nouns not made with -s."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


def unplaced_highlights(number: int) -> str:
    """What became of the highlights a changed text had no place for, as every message says it."""
    return (
        f"{counted(number, 'highlight')} could not be placed on the new text;"
        " they are kept under Orphans in the Notes tab."
    )


def shortened(text: str, chars: int) -> str:
    """``text`` cut to at most ``chars`` characters, the cut marked with an ellipsis."""
    return text if len(text) <= chars else text[: chars - 1] + "…"


def short_address(url: str, chars: int = 60) -> str:
    """A web address as a message names it: site and path without the scheme, "www.", query or
    fragment; a path too long keeps the site and the last part ("site.org/…/slug")."""
    parts = urlsplit(url.strip())
    site = (parts.netloc.rpartition("@")[2] or url).lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    if len(site + path) > chars and path.count("/") > 1:
        path = "/…/" + path.rpartition("/")[2]
    return shortened(site + path, chars)
