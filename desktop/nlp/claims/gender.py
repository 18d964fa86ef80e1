"""Grammatical gender of a person for "he"/"she" agreement, from the text first, then the name.

The text tells it by titles ("Mrs", "Sir"), gendered roles ("spokeswoman", "chairman") and
kinship nouns ("his mother, Mary Ellery"). Failing those, a first name common in one gender
only decides: the lists are the US Census 1990 first-name frequencies (public domain) shipped in
the MIT-licensed ``names`` package, read from the installed package, never downloaded. A name
common in both genders ("Jordan", "Leslie") decides nothing.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

Gender = str  # "m" or "f"

_MALE_WORDS = frozenset(
    {
        "mr", "sir", "lord", "king", "prince", "father", "spokesman", "chairman", "husband", "son",
        "brother", "grandfather", "grandson", "uncle", "nephew", "widower", "boyfriend", "dad",
        "stepfather", "businessman", "congressman", "councilman", "policeman", "headmaster",
        "duke", "baron", "earl", "emperor", "actor", "monk", "fiance", "fiancé", "sultan", "tsar",
        "czar", "archduke", "boy", "man", "gentleman", "bishop", "cardinal", "archbishop",
    }
)  # fmt: skip
_FEMALE_WORDS = frozenset(
    {
        "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "spokeswoman",
        "chairwoman", "wife", "mother", "daughter", "granddaughter", "grandmother", "aunt", "niece",
        "widow", "girlfriend", "mum", "mom", "stepmother", "businesswoman", "congresswoman",
        "councilwoman", "policewoman", "headmistress", "duchess", "baroness", "countess", "empress",
        "actress", "nun", "fiancee", "fiancée", "tsarina", "girl", "woman", "madam", "madame",
    }
)  # fmt: skip
# A first name decides when this many times more frequent in one gender than in the other.
_DECISIVE_RATIO = 10.0
_LISTED_FLOOR = 0.0005
# Percent of people so named below which a name decides nothing: rare in the US Census lists
# means either rare or mostly given elsewhere, where its gender may differ.
_COMMON_ENOUGH = 0.02


def word_gender(word: str) -> Gender | None:
    """The gender a title, role or kinship word gives the person it names ("Mrs", "widow")."""
    word = word.lower().rstrip(".")
    if word in _MALE_WORDS:
        return "m"
    if word in _FEMALE_WORDS:
        return "f"
    return None


def first_name_gender(name: str) -> Gender | None:
    """The gender of a first name common in one gender only, else ``None``."""
    male = _frequencies("dist.male.first").get(name.upper(), 0.0)
    female = _frequencies("dist.female.first").get(name.upper(), 0.0)
    if max(male, female) < _COMMON_ENOUGH:
        return None  # a rare name in US records says little of, say, a Russian "Sasha"
    if male > female * _DECISIVE_RATIO:
        return "m"
    if female > male * _DECISIVE_RATIO:
        return "f"
    return None


@cache
def _frequencies(file_name: str) -> dict[str, float]:
    """Name → percentage of people so named, from one of the ``names`` package's Census lists;
    empty when the package is missing (gender then comes from the text alone)."""
    try:
        text = resources.files("names").joinpath(file_name).read_text(encoding="ascii")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    frequencies: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            # The lists round to 0.001 %: a listed name, however rare, counts for something.
            frequencies[fields[0]] = max(float(fields[1]), _LISTED_FLOOR)
    return frequencies
