"""Units written next to numbers: canonical names, figure kinds and SI conversion via pint.

Canonical names follow the analyze contract: singular, snake_case unit names (``mile``,
``degree_celsius``), ISO 4217 codes for currencies. Conversion is pint's; this module only
names units and picks which metric unit a reader would expect (600 mile -> 965.6 kilometer).
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.nlp.figures import unit_tables as tables
from desktop.nlp.figures.patterns import first_characters
from desktop.nlp.model import FigureKind, SIValue

_NO_SI_KINDS = ("duration", "percent", "money")


@dataclass(frozen=True)
class UnitMatch:
    """A unit found next to a number: where it is written and what it is."""

    start: int
    end: int
    unit: str
    kind: FigureKind


def _alternation(forms: list[str]) -> str:
    # Longest first so "square miles" wins over "miles"; spaces may be runs of blanks.
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(form).replace(r"\ ", r"[ \t]+") for form in ordered)


def _build_lookup() -> dict[str, tuple[str, FigureKind]]:
    lookup: dict[str, tuple[str, FigureKind]] = {}
    for name, (kind, forms) in tables.UNITS.items():
        for form in forms:
            lookup[form] = (name, kind)
    for word, code in tables.CURRENCY_WORDS.items():
        lookup[word] = (code, "money")
    for word, name in tables.SUBUNITS.items():
        lookup[word] = (name, "money")
    for symbol, code in tables.SYMBOLS.items():
        lookup[symbol] = (code, "money")  # "15 €": the symbol written after the number
    return lookup


_LOOKUP = _build_lookup()
_END = r"(?![^\W_])"  # not running on into a word or digits ("m212" is a code, not metres)
# Between number and unit: nothing, blanks, a hyphen ("3-inch") or a bracket ("20 (kg)").
_GAP = r"[ \t]*(?:-[ \t]*)?(?P<open>[(\[{<])?[ \t]*"
_CLOSE = r"(?(open)[)\]}>])"  # a closing bracket only when one was opened
_UNIT_AFTER = re.compile(
    rf"{_GAP}(?={first_characters(_LOOKUP)})(?P<unit>{_alternation(list(_LOOKUP))}){_END}{_CLOSE}",
    re.IGNORECASE,
)
_CASED_AFTER = re.compile(
    rf"{_GAP}(?P<unit>{_alternation(list(tables.CASE_SENSITIVE))}|{'|'.join(tables.CURRENCY_CODES)}){_END}{_CLOSE}"
)
_CURRENCY_BEFORE = re.compile(
    rf"(?:(?:(?<![^\W\d_'’])(?P<prefix>{_alternation(list(tables.DOLLAR_PREFIXES))})[ \t]?"
    rf"|(?<![^\W\d_'’])(?-i:(?P<letter>[{''.join(tables.DOLLAR_LETTERS)}])))?\$"
    rf"|(?P<symbol>[{''.join(tables.SYMBOLS)}])"
    rf"|(?<![^\W\d_])(?P<abbreviation>{_alternation(list(tables.CURRENCY_ABBREVIATIONS))})[ \t]?"
    rf"|(?<![^\W\d_])(?P<code>{'|'.join(tables.CURRENCY_CODES)})[ \t]?)[ \t]*$",
    re.IGNORECASE,
)


# Units beyond the table that pint reads ("kilovolts", "MHz", "kPa", "psi"), recognised only in
# these shapes so that English words pint also knows ("are", "bar", "hand", "point") stay words.
_SI_PREFIX_WORDS = (
    "yotta|zetta|exa|peta|tera|giga|mega|kilo|hecto|deca|deka|deci|centi|milli|micro|nano|pico|femto"
)
_STEMS_ALONE = (
    "hertz|watt|volt|ampere|amp|ohm|joule|newton|pascal|calorie|electronvolt|sievert|becquerel|lux"
    "|lumen|farad|coulomb|psi|rpm|horsepower|atmosphere|torr|btu|therm|ppm|ppb|fathom|furlong"
    "|angstrom|parsec|quart|pint|cup|tablespoon|teaspoon|bushel|stone|decibel"
)
_STEMS_PREFIXED = (
    f"{_STEMS_ALONE}|meter|metre|gram|gramme|liter|litre|second|bar|gray|mole|tesla|pixel|curie|byte|bit"
)
_PINT_WORDS = re.compile(
    rf"(?P<unit>(?:{_SI_PREFIX_WORDS})(?:{_STEMS_PREFIXED})|(?:{_STEMS_ALONE}))(?:e?s)?{_END}", re.IGNORECASE
)
_SI_PREFIX_SYMBOLS = "[YZEPTGMkhdcmµμnpf]"
_PINT_SYMBOLS = re.compile(
    rf"(?P<unit>{_SI_PREFIX_SYMBOLS}?(?:Hz|Wh|W|V|bps)|{_SI_PREFIX_SYMBOLS}(?:Ah|A|J|N|Pa|eV|Sv|Gy|Bq|mol|B|cal)"
    rf"|[mµμnp]s|[µμn]m|[mcdkµμ]L|[µμn]g|mmHg|dB|kcal|kWh|MWh|GWh|TWh|mAh){_END}"
)
# A second unit dividing the first: "km/s", "kilometres per second", "mg/L".
_PER = re.compile(r"[ \t]*/[ \t]*|[ \t]+per[ \t]+", re.IGNORECASE)
# "7.8 kilometres a second": the article divides too, but only a length by a short time (a
# speed); "15 metres a day" or "$700 a year" is an amount with its rate, read as the amount.
_PER_ARTICLE = re.compile(r"[ \t]+an?[ \t]+", re.IGNORECASE)
_SPEED = "[length] / [time]"
_SPEED_TIMES = ("second", "minute", "hour")
_PER_TIME: dict[str, str] = {
    "h": "hour", "hr": "hour", "s": "second", "sec": "second", "second": "second", "min": "minute", "d": "day",
}  # fmt: skip
# How far the bounded look-arounds read: a time word and the character after it; the blanks and
# hyphen between a number and its unit ("3 - inch"); a dollar prefix, a blank, "$" and up to six
# blanks before a number ("US $ 5").
_PER_TIME_REACH = max(map(len, _PER_TIME)) + 1
_GAP_REACH = 8
_CURRENCY_REACH = max(map(len, tables.DOLLAR_PREFIXES)) + len(" $") + 6


# "40 t of grain", "75 cl bottles", "a 55 in screen": a short symbol, then what it measures.
# At the end of a clause ("can lift 120 t.") the symbol stands alone.
_SHORT_SYMBOL_AFTER = re.compile(
    rf"[ \t]+(?P<unit>{'|'.join(tables.SHORT_SYMBOLS)})"
    rf"(?:[ \t]+(?P<next>[a-z]+){_END}|(?=[.,;:!?)]*(?:\s|$)))"
)


def short_symbol_after(text: str, position: int) -> UnitMatch | None:
    """ "t" and "cl" before a lower-case word ("40 t of grain") or ending a clause ("lift 120 t.");
    "in" only before a dimension or an object sized in inches, since "3 in succession" and
    "5 in 10" are no inches."""
    match = _SHORT_SYMBOL_AFTER.match(text, position)
    if match is None:
        return None
    symbol = match.group("unit")
    if symbol == "in" and (match.group("next") or "") not in tables.INCH_CONTEXT:
        return None
    return UnitMatch(match.start("unit"), match.end("unit"), tables.SHORT_SYMBOLS[symbol], "measure")


def unit_after(text: str, position: int) -> UnitMatch | None:
    """The unit written right after a number ending at position, if any."""
    found = _single_unit_after(text, position, gap=True) or short_symbol_after(text, position)
    if found is None or found.kind not in ("measure", "duration"):
        return found
    per = _PER.match(text, found.end)
    speed_only = per is None
    if per is None:
        per = _PER_ARTICLE.match(text, found.end)
    if per is None:
        return found
    divisor = _single_unit_after(text, per.end(), gap=False)
    if divisor is None:
        time = re.match(r"[a-z]+(?![^\W_])", text[per.end() : per.end() + _PER_TIME_REACH])
        if time is None or time.group() not in _PER_TIME:
            return found
        divisor = UnitMatch(per.end(), per.end() + time.end(), _PER_TIME[time.group()], "duration")
    if divisor.kind not in ("measure", "duration") or found.kind == "duration" == divisor.kind:
        return found
    name = _quotient_name(found.unit, divisor.unit)
    if name is None or (speed_only and (divisor.unit not in _SPEED_TIMES or _dimensionality(name) != _SPEED)):
        return found
    return UnitMatch(found.start, divisor.end, name, "measure")


def _single_unit_after(text: str, position: int, *, gap: bool) -> UnitMatch | None:
    """One unit from the table, or one pint reads in the shapes above, starting at position."""
    found = None
    for pattern in (_UNIT_AFTER, _CASED_AFTER):
        match = pattern.match(text, position)
        if (
            match
            and (found is None or match.end() > found.end())
            and (gap or match.start("unit") == position)
        ):
            found = match
    if found is not None:
        written = found.group("unit")
        if written in tables.CASE_SENSITIVE:
            name, kind = tables.CASE_SENSITIVE[written]
        elif written in tables.CURRENCY_CODES:
            name, kind = written, "money"
        else:
            name, kind = _LOOKUP[re.sub(r"\s+", " ", written.lower())]
        return UnitMatch(found.start("unit"), found.end(), name, kind)
    start = re.match(r"[ \t]*(?:-[ \t]*)?", text[position : position + _GAP_REACH]) if gap else None
    unit_start = position + (start.end() if start else 0)
    for pattern in (_PINT_SYMBOLS, _PINT_WORDS):
        match = pattern.match(text, unit_start)
        canonical = _pint_canonical(match.group("unit")) if match else None
        if match and canonical is not None:
            return UnitMatch(unit_start, match.end(), canonical, _kind_of_dimension(canonical))
    return None


@lru_cache(maxsize=512)
def _pint_canonical(written: str) -> str | None:
    """Our canonical name for a unit pint reads: singular, snake_case, lower case."""
    registry = _registry()
    try:
        parsed = registry.parse_units(written)
    except Exception:  # pint raises several error types for names it does not know
        try:
            parsed = registry.parse_units(written.lower())
        except Exception:
            return None
    return _name_of(parsed)


def _name_of(parsed: Any) -> str:
    def part(name: str, power: float) -> str:
        return {1: "", 2: "square_", 3: "cubic_"}.get(int(abs(power)), "") + name.lower()

    items = list(_registry().Quantity(1, parsed).unit_items())
    above = "_".join(part(name, power) for name, power in items if power > 0)
    below = "_".join(part(name, power) for name, power in items if power < 0)
    return f"{above}_per_{below}" if below else above


def _quotient_name(unit: str, divisor: str) -> str | None:
    quotient = pint_unit(unit)
    by = pint_unit(divisor)
    if quotient is None or by is None:
        return None
    return _name_of(quotient / by)


def _kind_of_dimension(unit: str) -> FigureKind:
    dimensionality = _dimensionality(unit)
    if dimensionality == "[temperature]":
        return "temperature"
    return "duration" if dimensionality == "[time]" else "measure"


def _dimensionality(unit: str) -> str:
    parsed = pint_unit(unit)
    return str(parsed.dimensionality) if parsed is not None else ""


def currency_before(text: str, position: int) -> UnitMatch | None:
    """A currency symbol or code written right before a number starting at position."""
    window_start = max(0, position - _CURRENCY_REACH)
    match = _CURRENCY_BEFORE.search(text, window_start, position)
    if match is None:
        return None
    if match.group("symbol"):
        code = tables.SYMBOLS[match.group("symbol")]
    elif match.group("code"):
        code = match.group("code").upper()
    elif match.group("abbreviation"):
        code = tables.CURRENCY_ABBREVIATIONS[match.group("abbreviation").lower()]
    elif match.group("letter"):
        code = tables.DOLLAR_LETTERS[match.group("letter")]
    else:
        prefix = (match.group("prefix") or "").lower()
        code = tables.DOLLAR_PREFIXES.get(prefix, "USD")
    return UnitMatch(match.start(), match.end(), code, "money")


# "the yen was at 108.55 per dollar": a currency named earlier in the sentence, before a rate
# given "per" another currency (scanned back this far, to the sentence's start at most).
_CURRENCY_NAMED = re.compile(
    rf"(?<![^\W\d_])(?:{_alternation(list(tables.CURRENCY_WORDS))})(?![^\W\d_])", re.IGNORECASE
)
_PER_WORD = re.compile(r"[ \t]+per[ \t]+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_RATE_CURRENCY_REACH = 200


def exchange_rate_currency(text: str, number_start: int, number_end: int) -> UnitMatch | None:
    """The currency an exchange rate is written in: "the yen strengthened to 108.55 per dollar"
    is 108.55 yen for a dollar; None unless "per" a currency follows the number and the sentence
    named another currency before it."""
    per = _PER_WORD.match(text, number_end)
    divisor = _single_unit_after(text, per.end(), gap=False) if per else None
    if divisor is None or divisor.kind != "money":
        return None
    window_start = max(0, number_start - _RATE_CURRENCY_REACH)
    sentence_start = max(
        (end.end() for end in _SENTENCE_END.finditer(text, window_start, number_start)), default=window_start
    )
    named = [
        (match, tables.CURRENCY_WORDS[re.sub(r"\s+", " ", match.group().lower())])
        for match in _CURRENCY_NAMED.finditer(text, sentence_start, number_start)
    ]
    others = [(match, code) for match, code in named if code != divisor.unit]
    if not others:
        return None
    match, code = others[-1]
    return UnitMatch(match.start(), match.end(), code, "money")


_registry_lock = threading.Lock()
_built_registry: list[Any] = []  # the registry, once built


def _registry() -> Any:
    """The one pint registry: building it takes a noticeable fraction of a second."""
    if not _built_registry:
        # Threads asking at once build one registry, not one each.
        with _registry_lock:
            if not _built_registry:
                _built_registry.append(_new_registry())
    return _built_registry[0]


def _new_registry() -> Any:
    import pint

    try:
        # pint's own cache of its parsed definitions (in the user's cache folder) cuts the
        # build from most of a second to a twentieth, at every launch after the first.
        return pint.UnitRegistry(cache_folder=":auto:")
    except Exception:  # no writable cache folder, or a damaged cache file: build without it
        return pint.UnitRegistry()


def _pint_name(unit: str) -> str:
    """How pint spells a canonical name: "square_kilometer_per_hour" -> "kilometer ** 2 / hour"."""
    if unit in tables.PINT_NAMES:
        return tables.PINT_NAMES[unit]

    def power(part: str) -> str:
        for prefix, exponent in (("square_", 2), ("cubic_", 3)):
            if part.startswith(prefix):
                return f"{tables.PINT_NAMES.get(part[len(prefix) :], part[len(prefix) :])} ** {exponent}"
        return tables.PINT_NAMES.get(part, part)

    return " / ".join(power(part) for part in unit.split("_per_"))


@lru_cache(maxsize=256)
def pint_unit(unit: str) -> Any | None:
    """pint's unit for one of our canonical unit names, or None where pint has none
    (currencies, percent…). Shares the one registry, so callers never build another."""
    registry = _registry()
    for spelling in (unit, _pint_name(unit), unit.replace("_", " ")):
        try:
            return registry.parse_units(spelling)
        except Exception:  # pint raises several error types for names it does not know
            continue
    return None


@lru_cache(maxsize=256)
def _si_target(unit: str) -> tuple[str, ...]:
    """The metric units the figure may be shown in, or () when it has none."""
    if (unit in tables.UNITS and tables.UNITS[unit][0] in _NO_SI_KINDS) or unit == "degree":
        return ()
    parsed = pint_unit(unit)
    if parsed is None:
        return ()
    return tables.METRIC_TARGETS.get(str(parsed.dimensionality), ())


@lru_cache(maxsize=4096)
def to_si(value: float, unit: str) -> SIValue | None:
    """The value in the metric unit a reader expects (600 mile -> 965.6 kilometer), or None."""
    targets = _si_target(unit)
    if not targets:
        return None
    if unit in targets:
        return SIValue(value, unit)
    quantity = _registry().Quantity(value, pint_unit(unit))
    converted = [(target, float(quantity.to(pint_unit(target)).magnitude)) for target in targets]
    # The largest unit that still gives at least 1: 6 miles is 9.656 km, 3 inches 7.62 cm.
    chosen = next(((t, v) for t, v in reversed(converted) if abs(v) >= 1), converted[0])
    if not math.isfinite(chosen[1]):
        return None  # "1e308 light-years" in meters: beyond any float
    return SIValue(_significant(chosen[1]), chosen[0])


def _significant(value: float, digits: int = 4) -> float:
    return float(f"{value:.{digits}g}")
