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
_CASE_SENSITIVE: dict[str, tuple[str, FigureKind]] = {
    "m": ("meter", "measure"),
    "mm": ("millimeter", "measure"),
    "g": ("gram", "measure"),
    "L": ("liter", "measure"),
    "l": ("liter", "measure"),
    "p": ("penny", "money"),  # "50p"
}

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
# Letters before "$" naming whose dollar it is ("US$ 5", "HK$5").
_DOLLAR_PREFIXES: dict[str, str] = {
    "us": "USD",
    "u.s.": "USD",
    "u.s": "USD",
    "ca": "CAD",
    "au": "AUD",
    "hk": "HKD",
    "nz": "NZD",
    "nt": "TWD",
    "mex": "MXN",
}
# One capital glued to "$" ("A$12m", "C$5"); with a blank between they are words ("a $5 fee").
_DOLLAR_LETTERS: dict[str, str] = {"A": "AUD", "C": "CAD", "S": "SGD", "R": "BRL"}
# Abbreviations written before the amount: "Rs 10 crore", "Rp 5,000".
_CURRENCY_ABBREVIATIONS: dict[str, str] = {"rs": "INR", "rs.": "INR", "rp": "IDR", "rp.": "IDR"}
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
    "[length] / [time]": ("kilometer_per_hour", "kilometer_per_second"),
    "[temperature]": ("degree_celsius",),
    "[mass] * [length] ** 2 / [time] ** 3": ("watt", "kilowatt", "megawatt", "gigawatt"),
    "[mass] / [length] / [time] ** 2": ("pascal", "kilopascal", "megapascal"),
    "1 / [time]": ("hertz", "kilohertz", "megahertz", "gigahertz"),
    "[mass] * [length] ** 2 / [time] ** 3 / [current]": ("volt", "kilovolt"),
    "[current]": ("milliampere", "ampere"),
    "[mass] * [length] ** 2 / [time] ** 2": (
        "joule",
        "kilojoule",
        "megajoule",
        "kilowatt_hour",
        "megawatt_hour",
        "gigawatt_hour",
        "terawatt_hour",
    ),
}
# Canonical names that pint spells differently ("square_"/"cubic_"/"_per_" are read generally).
_PINT_NAMES: dict[str, str] = {
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
    rf"(?:(?:(?<![^\W\d_'’])(?P<prefix>{_alternation(list(_DOLLAR_PREFIXES))})[ \t]?"
    rf"|(?<![^\W\d_'’])(?-i:(?P<letter>[{''.join(_DOLLAR_LETTERS)}])))?\$"
    rf"|(?P<symbol>[{''.join(_SYMBOLS)}])"
    rf"|(?<![^\W\d_])(?P<abbreviation>{_alternation(list(_CURRENCY_ABBREVIATIONS))})[ \t]?"
    rf"|(?<![^\W\d_])(?P<code>{'|'.join(_CURRENCY_CODES)})[ \t]?)[ \t]*$",
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


def unit_after(text: str, position: int) -> UnitMatch | None:
    """The unit written right after a number ending at position, if any."""
    found = _single_unit_after(text, position, gap=True)
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
        time = re.match(r"[a-z]+(?![^\W_])", text[per.end() : per.end() + 7])
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
        if written in _CASE_SENSITIVE:
            name, kind = _CASE_SENSITIVE[written]
        elif written in _CURRENCY_CODES:
            name, kind = written, "money"
        else:
            name, kind = _LOOKUP[re.sub(r"\s+", " ", written.lower())]
        return UnitMatch(found.start("unit"), found.end(), name, kind)
    start = re.match(r"[ \t]*(?:-[ \t]*)?", text[position : position + 8]) if gap else None
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

    items = list(parsed._units.items())
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
    window_start = max(0, position - 12)
    match = _CURRENCY_BEFORE.search(text, window_start, position)
    if match is None:
        return None
    if match.group("symbol"):
        code = _SYMBOLS[match.group("symbol")]
    elif match.group("code"):
        code = match.group("code").upper()
    elif match.group("abbreviation"):
        code = _CURRENCY_ABBREVIATIONS[match.group("abbreviation").lower()]
    elif match.group("letter"):
        code = _DOLLAR_LETTERS[match.group("letter")]
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
    """How pint spells a canonical name: "square_kilometer_per_hour" -> "kilometer ** 2 / hour"."""
    if unit in _PINT_NAMES:
        return _PINT_NAMES[unit]

    def power(part: str) -> str:
        for prefix, exponent in (("square_", 2), ("cubic_", 3)):
            if part.startswith(prefix):
                return f"{_PINT_NAMES.get(part[len(prefix) :], part[len(prefix) :])} ** {exponent}"
        return _PINT_NAMES.get(part, part)

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
    if (unit in _UNITS and _UNITS[unit][0] in _NO_SI_KINDS) or unit == "degree":
        return ()
    parsed = pint_unit(unit)
    if parsed is None:
        return ()
    return _METRIC_TARGETS.get(str(parsed.dimensionality), ())


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
    return SIValue(_significant(chosen[1]), chosen[0])


def _significant(value: float, digits: int = 4) -> float:
    return float(f"{value:.{digits}g}")
