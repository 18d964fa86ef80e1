"""How entity names are written once, in one article and across the archive: "the Kyiv
Independent" is "Kyiv Independent", "Delhi’s" is "Delhi", and a surname alone ("Vasquez") stands
for the one full name in its company that ends with it ("Elena Vasquez")."""

from __future__ import annotations

from collections.abc import Iterable


def display_name(text: str) -> str:
    """An entity's text without a leading "the" or a trailing possessive."""
    for possessive in ("’s", "'s"):
        text = text.removesuffix(possessive)
    words = text.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def surname_owners(names: Iterable[str]) -> dict[str, str]:
    """Each one-word name mapped to the full name that ends with it, when exactly one does."""
    unique = list(dict.fromkeys(names))
    full_names = [name for name in unique if " " in name]
    owners: dict[str, str] = {}
    for name in unique:
        if " " in name:
            continue
        matching = [full for full in full_names if full.split()[-1] == name]
        if len(matching) == 1:
            owners[name] = matching[0]
    return owners
