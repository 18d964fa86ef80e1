"""Units written next to numbers: canonical names, figure kinds and SI conversion via pint.

Canonical names follow the analyze contract: singular, snake_case unit names (``mile``,
``degree_celsius``), ISO 4217 codes for currencies. Conversion is pint's; this module only
names units and picks which metric unit a reader would expect (600 mile -> 965.6 kilometer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.nlp.model import FigureKind, SIValue

# canonical name -> (figure kind, ways it is written). Matching is case-insensitive except for
# the forms in _CASE_SENSITIVE, where case tells units apart ("m" metre vs "M" million).
_UNITS: dict[str, tuple[FigureKind, tuple[str, ...]]] = {
    "mile": ("measure", ("miles", "mile", "mi")),
    "nautical_mile": ("measure", ("nautical miles", "nautical mile")),
    "kilometer": ("measure", ("kilometers", "kilometres", "kilometer", "kilometre", "kms", "km")),
    "meter": ("measure", ("meters", "metres", "meter", "metre")),
    "decimeter": ("measure", ("decimeters", "decimetres", "decimeter", "decimetre", "dm")),
    "centimeter": ("measure", ("centimeters", "centimetres", "centimeter", "centimetre", "cm")),
    "millimeter": ("measure", ("millimeters", "millimetres", "millimeter", "millimetre")),
    "micrometer": ("measure", ("micrometers", "micrometres", "microns", "micron", "µm", "μm")),
    "nanometer": ("measure", ("nanometers", "nanometres", "nanometer", "nanometre", "nm")),
    "picometer": ("measure", ("picometers", "picometres", "picometer", "picometre")),
    "foot": ("measure", ("feet", "foot", "ft")),
    "inch": ("measure", ("inches", "inch")),
    "yard": ("measure", ("yards", "yard", "yds", "yd")),
    "light_year": ("measure", ("light-years", "light years", "light-year", "light year")),
    "pound": ("measure", ("pounds", "pound", "lbs", "lb")),
    "ounce": ("measure", ("ounces", "ounce", "oz")),
    "ton": ("measure", ("short tons", "short ton", "tons", "ton")),
    "metric_ton": ("measure", ("metric tons", "metric ton", "tonnes", "tonne")),
    "kilogram": (
        "measure",
        ("kilograms", "kilogrammes", "kilogram", "kilogramme", "kilos", "kilo", "kgs", "kg"),
    ),
    "gram": ("measure", ("grams", "grammes", "gram", "gramme")),
    "milligram": ("measure", ("milligrams", "milligrammes", "milligram", "milligramme", "mg")),
    "microgram": ("measure", ("micrograms", "microgrammes", "microgram", "microgramme", "mcg", "µg", "μg")),
    "carat": ("measure", ("carats", "carat")),
    "liter": ("measure", ("liters", "litres", "liter", "litre")),
    "milliliter": ("measure", ("milliliters", "millilitres", "milliliter", "millilitre", "ml")),
    "gallon": ("measure", ("gallons", "gallon", "gal")),
    "barrel": ("measure", ("barrels", "barrel", "bbl")),
    "cubic_foot": ("measure", ("cubic feet", "cubic foot", "cu ft")),
    "cubic_meter": ("measure", ("cubic meters", "cubic metres", "cubic meter", "cubic metre", "m³", "m3")),
    "acre": ("measure", ("acres", "acre")),
    "hectare": ("measure", ("hectares", "hectare", "ha")),
    "square_meter": (
        "measure",
        ("square meters", "square metres", "square meter", "square metre", "sq m", "sqm", "m²", "m2"),
    ),
    "square_kilometer": (
        "measure",
        (
            "square kilometers",
            "square kilometres",
            "square kilometer",
            "square kilometre",
            "sq km",
            "km2",
            "km²",
        ),
    ),
    "square_mile": ("measure", ("square miles", "square mile", "sq mi")),
    "square_foot": ("measure", ("square feet", "square foot", "sq ft")),
    "mile_per_hour": ("measure", ("miles per hour", "miles an hour", "mile per hour", "mph")),
    "kilometer_per_hour": (
        "measure",
        (
            "kilometers per hour",
            "kilometres per hour",
            "kilometers an hour",
            "kilometres an hour",
            "km/h",
            "km/hr",
            "kmph",
            "kph",
        ),
    ),
    "knot": ("measure", ("knots",)),
    "kilowatt_hour": (
        "measure",
        ("kilowatt-hours", "kilowatt hours", "kilowatt-hour", "kilowatt hour", "kwh"),
    ),
    "megawatt_hour": ("measure", ("megawatt-hours", "megawatt hours", "megawatt-hour", "mwh")),
    "gigawatt_hour": ("measure", ("gigawatt-hours", "gigawatt hours", "gigawatt-hour", "gwh")),
    "terawatt_hour": ("measure", ("terawatt-hours", "terawatt hours", "terawatt-hour", "twh")),
    "watt": ("measure", ("watts", "watt")),
    "kilowatt": ("measure", ("kilowatts", "kilowatt", "kw")),
    "megawatt": ("measure", ("megawatts", "megawatt", "mw")),
    "gigawatt": ("measure", ("gigawatts", "gigawatt", "gw")),
    "bit": ("measure", ("bits", "bit")),
    "byte": ("measure", ("bytes", "byte")),
    "kilobyte": ("measure", ("kilobytes", "kilobyte", "kb")),
    "megabyte": ("measure", ("megabytes", "megabyte", "mb")),
    "gigabyte": ("measure", ("gigabytes", "gigabyte", "gb")),
    "terabyte": ("measure", ("terabytes", "terabyte", "tb")),
    "megabit": ("measure", ("megabits", "megabit")),
    "degree_celsius": (
        "temperature",
        (
            "degrees celsius",
            "degree celsius",
            "degrees celcius",
            "degrees centigrade",
            "degrees c",
            "degree c",
            "deg celsius",
            "deg c",
            "°c",
            "° c",
            "celsius",
            "celcius",
            "centigrade",
            "centigrate",
        ),
    ),
    "degree_fahrenheit": (
        "temperature",
        (
            "degrees fahrenheit",
            "degree fahrenheit",
            "degrees farenheit",
            "degrees f",
            "degree f",
            "deg fahrenheit",
            "deg f",
            "°f",
            "° f",
            "fahrenheit",
            "farenheit",
        ),
    ),
    "kelvin": ("temperature", ("kelvins", "kelvin")),
    "degree": ("temperature", ("degrees", "degree", "deg.", "deg", "°")),
    "percent": ("percent", ("percentage", "percents", "per cent", "percent", "pct", "%")),
    "percentage_point": ("percent", ("percentage points", "percentage point")),
    "year": ("duration", ("years", "year", "yrs", "yr")),
    "month": ("duration", ("months", "month")),
    "week": ("duration", ("weeks", "week", "wks")),
    "day": ("duration", ("days", "day")),
    "hour": ("duration", ("hours", "hour", "hrs", "hr")),
    "minute": ("duration", ("minutes", "minute", "mins")),
    "second": ("duration", ("seconds", "secs")),
    "decade": ("duration", ("decades", "decade")),
    "century": ("duration", ("centuries", "century")),
}
_CASE_SENSITIVE: dict[str, str] = {"m": "meter", "mm": "millimeter", "g": "gram", "L": "liter", "l": "liter"}

# Currency written after the number: "5 dollars", "420 million finnish markka", "40 rmb".
_CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "hong kong dollars": "HKD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "taiwan dollars": "TWD",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "japanese yen": "JPY",
    "yen": "JPY",
    "chinese yuan": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "indian rupees": "INR",
    "rupees": "INR",
    "rupee": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "ruble": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "hryvnia's": "UAH",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "francs": "CHF",
    "franc": "CHF",
    "mexican pesos": "MXN",
    "pesos": "MXN",
    "peso": "MXN",
    "finnish markka": "FIM",
    "markka": "FIM",
    "pesetas": "ESP",
    "peseta": "ESP",
    "dutch guilders": "NLG",
    "guilders": "NLG",
    "guilder": "NLG",
    "lira": "TRY",
    "lire": "ITL",
    "kronor": "SEK",
    "kroner": "NOK",
    "zloty": "PLN",
    "shekels": "ILS",
    "元": "CNY",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "ரூ": "LKR",
}
_CURRENCY_CODES = (
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "CHF",
    "CAD",
    "AUD",
    "NZD",
    "HKD",
    "SGD",
    "INR",
    "RUB",
    "UAH",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "HUF",
    "TRY",
    "ILS",
    "MXN",
    "BRL",
    "ZAR",
    "KRW",
)
# Hundredths of a currency keep their own unit: "50 cents" is worth 50 of them, as written.
_SUBUNITS: dict[str, str] = {
    "cents": "cent",
    "cent": "cent",
    "pence": "penny",
    "pennies": "penny",
    "penny": "penny",
}
# Letters before "$" naming whose dollar it is; one-letter "a" and "s" are left out ("a $5 fee", "Singapore’s $2bn").
_DOLLAR_PREFIXES: dict[str, str] = {
    "us": "USD",
    "u.s.": "USD",
    "u.s": "USD",
    "c": "CAD",
    "ca": "CAD",
    "au": "AUD",
    "hk": "HKD",
    "nz": "NZD",
    "mex": "MXN",
    "r": "BRL",
}
_SYMBOLS: dict[str, str] = {
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₴": "UAH",
    "₪": "ILS",
}

# Metric units a reader expects, per pint dimensionality, smallest first.
_METRIC_TARGETS: dict[str, tuple[str, ...]] = {
    "[length]": ("millimeter", "centimeter", "meter", "kilometer"),
    "[mass]": ("milligram", "gram", "kilogram", "metric_ton"),
    "[length] ** 3": ("milliliter", "liter", "cubic_meter"),
    "[length] ** 2": ("square_meter", "hectare", "square_kilometer"),
    "[length] / [time]": ("kilometer_per_hour",),
    "[temperature]": ("degree_celsius",),
    "[mass] * [length] ** 2 / [time] ** 3": ("watt", "kilowatt", "megawatt", "gigawatt"),
    "[mass] * [length] ** 2 / [time] ** 2": (
        "kilowatt_hour",
        "megawatt_hour",
        "gigawatt_hour",
        "terawatt_hour",
    ),
}
# Canonical names that pint spells differently.
_PINT_NAMES: dict[str, str] = {
    "square_meter": "meter ** 2",
    "square_kilometer": "kilometer ** 2",
    "square_mile": "mile ** 2",
    "square_foot": "foot ** 2",
    "cubic_meter": "meter ** 3",
    "degree_celsius": "degree_Celsius",
    "degree_fahrenheit": "degree_Fahrenheit",
    "barrel": "oil_barrel",
}
# Units whose quantity is not a physical measure pint should convert for the reader.
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
    for name, (kind, forms) in _UNITS.items():
        for form in forms:
            lookup[form] = (name, kind)
    for word, code in _CURRENCY_WORDS.items():
        lookup[word] = (code, "money")
    for word, name in _SUBUNITS.items():
        lookup[word] = (name, "money")
    return lookup


_LOOKUP = _build_lookup()
_END = r"(?![^\W_])"  # not running on into a word or digits ("m212" is a code, not metres)
# Between number and unit: nothing, blanks, a hyphen ("3-inch") or a bracket ("20 (kg)").
_GAP = r"[ \t]*(?:-[ \t]*)?(?P<open>[(\[{<])?[ \t]*"
_CLOSE = r"(?(open)[)\]}>])"  # a closing bracket only when one was opened
_UNIT_AFTER = re.compile(rf"{_GAP}(?P<unit>{_alternation(list(_LOOKUP))}){_END}{_CLOSE}", re.IGNORECASE)
_CASED_AFTER = re.compile(
    rf"{_GAP}(?P<unit>{_alternation(list(_CASE_SENSITIVE))}|{'|'.join(_CURRENCY_CODES)}){_END}{_CLOSE}"
)
_CURRENCY_BEFORE = re.compile(
    rf"(?:(?:(?<![^\W\d_'’])(?P<prefix>{_alternation(list(_DOLLAR_PREFIXES))})[ \t]?)?\$"
    rf"|(?P<symbol>[{''.join(_SYMBOLS)}])"
    rf"|(?<![^\W\d_])(?P<code>{'|'.join(_CURRENCY_CODES)})[ \t]?)[ \t]*$",
    re.IGNORECASE,
)


def unit_after(text: str, position: int) -> UnitMatch | None:
    """The unit written right after a number ending at position, if any."""
    found = None
    for pattern in (_UNIT_AFTER, _CASED_AFTER):
        match = pattern.match(text, position)
        if match and (found is None or match.end() > found.end()):
            found = match
    if found is None:
        return None
    written = found.group("unit")
    if written in _CASE_SENSITIVE:
        name, kind = _CASE_SENSITIVE[written], "measure"
    elif written in _CURRENCY_CODES:
        name, kind = written, "money"
    else:
        name, kind = _LOOKUP[re.sub(r"\s+", " ", written.lower())]
    return UnitMatch(found.start("unit"), found.end(), name, kind)  # type: ignore[arg-type]


def currency_before(text: str, position: int) -> UnitMatch | None:
    """A currency symbol or code written right before a number starting at position."""
    window_start = max(0, position - 12)
    match = _CURRENCY_BEFORE.search(text, window_start, position)
    if match is None:
        return None
    if match.group("symbol"):
        code = _SYMBOLS[match.group("symbol")]
    elif match.group("code"):
        code = match.group("code").upper()
    else:
        prefix = (match.group("prefix") or "").lower()
        code = _DOLLAR_PREFIXES.get(prefix, "USD")
    return UnitMatch(match.start(), match.end(), code, "money")


@lru_cache(maxsize=1)
def _registry() -> Any:
    """The one pint registry: building it takes a noticeable fraction of a second."""
    import pint

    return pint.UnitRegistry()


def _pint_name(unit: str) -> str:
    return _PINT_NAMES.get(unit, unit)


@lru_cache(maxsize=256)
def pint_unit(unit: str) -> Any | None:
    """pint's unit for one of our canonical unit names, or None where pint has none
    (currencies, percent…). Shares the one registry, so callers never build another."""
    registry = _registry()
    for spelling in (_pint_name(unit), unit.replace("_", " ")):
        try:
            return registry.parse_units(spelling)
        except Exception:  # pint raises several error types for names it does not know
            continue
    return None


@lru_cache(maxsize=256)
def _si_target(unit: str) -> tuple[str, ...]:
    """The metric units the figure may be shown in, or () when it has none."""
    if unit not in _UNITS or _UNITS[unit][0] in _NO_SI_KINDS or unit == "degree":
        return ()
    registry = _registry()
    try:
        dimensionality = str(registry.Quantity(1, _pint_name(unit)).dimensionality)
    except Exception:  # pint raises several error types for names it does not know
        return ()
    return _METRIC_TARGETS.get(dimensionality, ())


@lru_cache(maxsize=4096)
def to_si(value: float, unit: str) -> SIValue | None:
    """The value in the metric unit a reader expects (600 mile -> 965.6 kilometer), or None."""
    targets = _si_target(unit)
    if not targets:
        return None
    if unit in targets:
        return SIValue(value, unit)
    quantity = _registry().Quantity(value, _pint_name(unit))
    converted = [(target, float(quantity.to(_pint_name(target)).magnitude)) for target in targets]
    # The largest unit that still gives at least 1: 6 miles is 9.656 km, 3 inches 7.62 cm.
    chosen = next(((t, v) for t, v in reversed(converted) if abs(v) >= 1), converted[0])
    return SIValue(_significant(chosen[1]), chosen[0])


def _significant(value: float, digits: int = 4) -> float:
    return float(f"{value:.{digits}g}")


def unit_kind(unit: str) -> FigureKind:
    """The figure kind a canonical unit gives ("mile" -> measure, "USD" -> money)."""
    if unit in _UNITS:
        return _UNITS[unit][0]
    return "money"
