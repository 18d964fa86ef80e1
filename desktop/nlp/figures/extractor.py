"""Figures: every quantity a reader would check, normalised.

Numbers are found in the text by ``numbers.find_numbers`` (spaCy's tokenizer splits numbers
against their meaning), then read in context: the unit or currency around them (``units``), the
qualifier before them and range partners (``fig_context``), what a bare count counts
(``counted``), and spaCy's entities to leave out numbers that are dates, clock times or parts
of names.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from desktop.nlp import model
from desktop.nlp.figures.context import follows_change_verb, is_not_a_figure, is_range_link, qualifier_before
from desktop.nlp.figures.counted import counted_noun, number_root, plural_of_object
from desktop.nlp.figures.measured import Measured, measured
from desktop.nlp.figures.numbers import VULGAR_FRACTION, NumberPhrase, find_numbers, trailing_scale
from desktop.nlp.figures.units import UnitMatch, currency_before, exchange_rate_currency, to_si, unit_after
from desktop.nlp.model import MEASURED_KINDS, Figure, FigureKind, Qualifier
from desktop.nlp.parsed_doc import ParsedDoc, parsed

# Entities whose numbers are part of a name ("Boeing 777", "Apollo 11").
_NAME_LABELS = ("PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT")
_TIME_UNITS = ("year", "month", "week", "day", "hour", "minute", "second", "decade", "century")
_AGE_AFTER = re.compile(r"(?:\s*-\s*|\s+)olds?(?![^\W\d_])|\s+of\s+age(?![^\W\d_])", re.IGNORECASE)
_AGE_YO_AFTER = re.compile(r"[ \t]*(?:yo|y/o|yrs?\.? old)(?![^\W\d_])", re.IGNORECASE)
# "31 consecutive days", "five straight years", "10 working days": a word between the number and
# its unit of time that does not change the unit.
_TIME_ADJECTIVE = re.compile(
    r"[ \t]+(?:consecutive|straight|successive|full|whole|working|business|calendar|more|additional|extra"
    r"|further)(?=[ \t])",
    re.IGNORECASE,
)
# "Pensioners over 75", "children under 5": a bare number bounding a group of people is an age.
_PEOPLE_BOUNDED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:people|persons|pensioners|retirees|adults|children|kids|men|women|boys|girls|babies"
    r"|patients|residents|drivers|workers|employees|voters|citizens|seniors|teenagers|students|players"
    r"|smokers|individuals|those|anyone|everyone|someone)\s+(?:over|under|above|below)\s+$",
    re.IGNORECASE,
)
_MAX_AGE = 130
# "a one-off payment", "a one-time fee", "a one-way ticket": "one" in a set compound is no count.
_ONE_COMPOUND_AFTER = re.compile(
    r"-(?:off|time|way|sided|stop|liner|shot|on-one|to-one|of-a-kind)(?![^\W\d_])", re.IGNORECASE
)
# "at one point", "at one stage": some moment, not one of them.
_AT_ONE_BEFORE = re.compile(r"(?<![^\W\d_])at\s+$", re.IGNORECASE)
_AT_ONE_AFTER = re.compile(r"\s+(?:point|time|stage|moment)(?![^\W\d_])", re.IGNORECASE)
# "One day, she left", "until one morning": a story's "some day", at the start of its clause.
_NARRATIVE_ONE_BEFORE = re.compile(
    r"(?:^|[.!?:;,\n]\s*|(?<![^\W\d_])(?:then|until|till|and|but|when)\s+)$", re.IGNORECASE
)
_NARRATIVE_ONE_AFTER = re.compile(
    r"\s+(?:day|morning|afternoon|evening|night)(?![^\W\d_])(?!\s+(?:later|earlier|before|after|ago|of)(?![^\W\d_]))",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"(?<![^\W\d_])(?:aged|age|age\s+of)\s+$", re.IGNORECASE)
# "in her 50s", "in their early twenties" is not written in digits often enough to matter.
_DECADE_AGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:his|her|their|my|your|our)\s+(?:early\s+|mid-?\s*|late\s+)?$", re.IGNORECASE
)
_DECADE_AFTER = re.compile(r"['’]?s(?![^\W\d_])")
# "Jane Doe, 34, a nurse": a number set off by commas right after a person's name is an age.
_APPOSITIVE_AFTER = re.compile(r"\s*[,)]")
_APPOSITIVE_BEFORE = re.compile(r"[,(]\s*$")
# "a decade", "an hour": the article is the number one before a unit of time; not in a possessive
# ("a month's worth", "a year's salary"), which measures something else by that time.
_ONE_TIME_UNIT = re.compile(
    r"(?<![^\W\d_])(?P<one>an?)\s+(?=(?:decade|century|year|month|week|fortnight|day|hour|minute)(?![^\W\d_])"
    r"(?!['’]s(?![^\W\d_])))",
    re.IGNORECASE,
)
# "once a year", "twice a day", "$700 a year", "barrels of oil a day": the article makes a rate.
_RATE_WORDS = ("once", "twice", "thrice", "times", "per")
_RATE_AFTER_POS = ("NOUN", "PROPN", "NUM", "SYM")
# "half a percentage point", "a quarter of a mile": a fraction of one unit.
_OF_ONE = re.compile(r"\s+(?:of\s+)?(?:a|an)(?=\s)", re.IGNORECASE)
# "5-foot-10", "6 ft 2 in", "5 feet 10 inches": inches after feet add to them.
_INCHES_AFTER_FEET = re.compile(
    r"-(?P<bare>\d{1,2})(?![\d.,]?\d)(?![^\W_])"
    r"|[ \t]*(?:and[ \t]+)?(?P<inches>\d{1,2}(?:\.\d+)?)[ \t]*-?[ \t]*(?:inches|inch|ins?\.?|[\"″”])(?![^\W_])",
    re.IGNORECASE,
)
_INCHES_PER_FOOT = 12
# "-5C", "104F": a glued capital C or F is a temperature when the sentence talks about one.
_DEGREE_LETTER_AFTER = re.compile(r"(?P<letter>[CF])(?![^\W_])")
# ... or when a verb states or reaches it: "the rock is 60C", "Phoenix hit 48C", "rose to 41C";
# not after a seat, a size or a room, which a number and a letter name ("his seat was 14C").
_DEGREE_VERB_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:is|was|are|were|be|been|hit|hits|hitting|reach\w*|top\w*|touch\w*|to"
    r"|above|below|over|under|exceed\w*)\s+$",
    re.IGNORECASE,
)
_LETTERED_LABEL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:seat|size|row|gate|room|flat|apartment|platform|bay|cup)s?(?![^\W\d_])[^.;]{0,25}$",
    re.IGNORECASE,
)
# "over 3 years" after a noun or verb means during them; a qualifier after these words only.
_DURATION_OVER_AFTER = re.compile(
    r"(?<![^\W\d_])(?:for|lasted|lasts|last|lasting|took|take|takes|taking|spent|spend|spends|after|in|within"
    r"|just|well|ago|of|wait|waits|waited|waiting)\s+$",
    re.IGNORECASE,
)
_AGO_AFTER = re.compile(r"\s+ago(?![^\W\d_])|\s+(?:earlier|later|before)(?![^\W\d_])", re.IGNORECASE)
# "€40m", "$3T", "$1.2tn": a scale letter glued to money.
_SCALE_AFTER_MONEY = re.compile(r"(?P<scale>m|T|tn|trn)(?![^\W\d_])")
_MONEY_SCALES = {"m": 1e6, "T": 1e12, "tn": 1e12, "trn": 1e12}
# "4.5m people", "1.2m of them": a plural (or "of them") after a glued "m" makes it million.
_PLURAL_AFTER = re.compile(
    r"[ \t]+(?:people|children|men|women|of[ \t]+(?:them|those|these|which|whom|us)"
    r"|(?!(?:across|less|plus|as|is|was|has|his|its|this|thus|us)(?![^\W\d_]))[^\W\d_]*[^\W\d_s]s)(?![^\W\d_])"
)
# "3.2 Mt of ore", "37 Gt of CO2": mining and climate news write megatonnes and gigatonnes so.
_SCALED_TONNES = re.compile(r"[ \t]*(?P<scale>[MG])t(?![^\W_])")
_TONNE_SCALES = {"M": 1e6, "G": 1e9}
_RAND_BEFORE = re.compile(r"(?<![^\W\d_])R$")
_MILLION = 1e6
_OF_AFTER = re.compile(r"[ \t]+of[ \t]+", re.IGNORECASE)
# "a year and a half", "two days and a half": half a unit more.
_AND_A_HALF = re.compile(r"[ \t]+and[ \t]+a[ \t]+half(?![^\W\d_])", re.IGNORECASE)
# "fell by a fifth": a share; "lifts the age by two years to 64": an amount of change.
_BY_BEFORE = re.compile(r"(?<![^\W\d_])by\s+$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s+(?:of\s|the\s|a\s|an\s|their\s|its\s|his\s|her\s|our\s)", re.IGNORECASE)
_TEMPERATURE_WORDS = re.compile(
    r"temperature|thermo|degrees? (?:warmer|colder|hotter)|heat|weather|fever|celsius|fahrenheit|°"
    r"|mercury|cold|warm|hot|freez|frost|chill|boil|melt|cool|forecast",
    re.IGNORECASE,
)
# An angle, not a temperature, when the sentence turns, tilts or points somewhere.
_ANGLE_WORDS = re.compile(
    r"(?<![^\W\d_])(?:angle|turn|u-turn|rotat|tilt|spin|spun|swivel|pivot|steer|slope|incline|gradient"
    r"|latitude|longitude|north|south|east|west|bearing|compass|axis|arc|lean)",
    re.IGNORECASE,
)
# "1 in 5 adults", "one in three children": a share written as a ratio.
_RATIO_LINK = re.compile(r"\s+in\s+", re.IGNORECASE)
_RATIO_MAX_DENOMINATOR = 1000  # "2 in 2019" is a count and a year
# "3 dollars 50 cents", "2 euros and 50 cents": the subunit adds to the currency before it.
_SUBUNIT_AFTER = re.compile(
    r"[ \t]+(?:and[ \t]+)?(?P<sub>\d{1,2})[ \t]*(?:cents?|pence|p)(?![^\W_])", re.IGNORECASE
)
_SUBUNITS_PER_UNIT = 100
# "climbs 1,100 feet over 4.5 miles": "over" right after another figure means across, not more.
_ACROSS_BEFORE = re.compile(r"\d\S*(?:\s+[^\W\d_]+){0,2}\s+$")
_YEAR_RANGE = (1000, 2100)
_FRACTION_NOUNS = ("half", "halve", "third", "quarter", "fifth", "sixth", "eighth", "tenth")
_RANGE_MAX_RATIO_AFTER_CHANGE = 3
# "½ mile", "⅓ of the orchards": a vulgar fraction standing alone (not glued to a whole number).
# The fraction comes first and the look-behinds include it: a search then skips straight to the
# fraction characters instead of testing the look-behinds at every character of the article.
_VULGAR_FRACTION = re.compile(rf"{VULGAR_FRACTION}(?<![\d.,].)(?<!\d[ \t].)")
# "787-9", "A350-1000" is a model: digits, a glued hyphen and a shorter number ("52-48" is a tally).
_MODEL_PAIR = re.compile(r"(?<![\d.,])(?P<model>\d{3,})-(?P<variant>\d+)(?![\d.,])")
# "its 737 Max fleet", "five 787 Dreamliner jets": digits naming the capitalised model after them.
_MODEL_BEFORE_TAGS = ("DT", "PRP$", "CD", "POS")
# A vote just before a tally: "voted 7 to 2", "passed the Senate 52-48", "approved it 5-4".
_VOTE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:vot\w*|pass\w*|approv\w*|reject\w*|back\w*|defeat\w*|confirm\w*|ballot\w*|rul\w*|decid\w*)"
    r"(?:\s+[^\W\d_]+){0,3}\s+$",
    re.IGNORECASE,
)
# ... or just after it: "a 6-3 ruling", "a 5-4 decision".
_VOTE_AFTER = re.compile(r"\s+(?:ruling|decision|vote|verdict|majority)(?![^\W\d_])", re.IGNORECASE)
# "iOS", "macOS", "iPhone", "PlayStation": a capital inside a word is a brand's spelling, and a
# number after it is the product's version, not a count.
_BRAND_SPELLING = re.compile(r"(?=[^\W\d_]*[a-z])[^\W\d_]+[A-Z][^\W\d_]*")
# "growth of 2.9% in 2024 and 3.1% in 2025": a year is not the first of two coordinated measures.
_YEAR_AFTER_PREPOSITION = re.compile(
    r"(?<![^\W\d_])(?:in|since|by|from|until|of)\s+[12]\d{3}$", re.IGNORECASE
)
_SCORE_AFTER = re.compile(r"[-–](?P<other>\d{1,2})(?![\d.,]?\d)")
# "40 per cent of voters": the words of the percentage are not the whole it is a share of.
_PERCENT_WORDS = ("cent", "percent", "percentage", "point", "pc", "pct")
# "3G", "5G network": a mobile network generation, not three billion ("10G" may still be ten giga).
_GENERATION = re.compile(r"[1-6]G")
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+|\s*,\s*", re.IGNORECASE)
# Whole words only: "decades" is no "dec", "month" no "mon", "market" no "mar" ("35 a decade
# ago"); abbreviations may end in a dot ("Jan."), days and seasons may be plural ("Mondays").
_CALENDAR_WORDS = re.compile(
    r"(?<![^\W\d_])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?"
    r"|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
    r"|spring|summer|autumn|winter|o'clock|noon|midnight|morning|evening|night)s?\.?(?![^\W\d_])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    """A number with its unit, read in the text alone, before the parse tells whether it is a Figure."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: float
    kind: FigureKind
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier | None = None
    counts: str | None = None
    spelled: bool = False
    vague: bool = False  # see NumberPhrase.vague


def extract_figures(doc: Doc | ParsedDoc, readings: Sequence[Reading] | None = None) -> list[Figure]:
    """All figures in the doc, sorted by start, offsets into doc.text; ``readings``: its text's
    ``read_numbers``, when the caller has them."""
    article = _Article(parsed(doc))
    merged = read_numbers(article.text) if readings is None else readings
    figure_readings = [r for r in merged if _is_figure(article, r)]
    figures: list[Figure] = []
    earlier_counts: list[tuple[Span, str]] = []
    for reading in figure_readings:
        figure = _to_figure(article, reading, earlier_counts)
        if _is_finite(figure) and (not figures or figure.start >= figures[-1].end):
            figures.append(figure)
    return figures


def _is_finite(figure: Figure) -> bool:
    """False for "1e999" or "10^400": no float holds them, and JSON has no infinity to write."""
    return all(math.isfinite(value) for value in (figure.value, figure.low, figure.high) if value is not None)


def read_numbers(text: str) -> list[Reading]:
    """The numbers of ``text`` read with their units, ranges and ratios: the part of the figures
    that needs the text alone, not its parse (a long text's is read while it is being parsed)."""
    found = [*find_numbers(text), *_one_time_unit(text), *_vulgar_fractions(text)]
    phrases = sorted(found, key=lambda phrase: phrase.start)
    read = (_read(text, phrase) for phrase in phrases)
    ratios = _merge_ratios(text, [r for r in read if r is not None])
    return _mark_votes(text, _share_units(text, _merge_ranges(text, ratios)))


def _one_time_unit(text: str) -> list[NumberPhrase]:
    """ "a decade", "an hour": the article as the number one (rates are left out in _is_figure)."""
    return [
        NumberPhrase(
            match.start(), match.end("one"), match.group("one"), 1.0, spelled=True, fraction_only=False
        )
        for match in _ONE_TIME_UNIT.finditer(text)
    ]


def _vulgar_fractions(text: str) -> list[NumberPhrase]:
    return [
        NumberPhrase(
            match.start(),
            match.end(),
            match.group(),
            unicodedata.numeric(match.group()),
            spelled=False,
            fraction_only=True,
        )
        for match in _VULGAR_FRACTION.finditer(text)
    ]


def _read(text: str, phrase: NumberPhrase) -> Reading | None:
    reading = _read_unit(text, phrase)
    if reading is not None and phrase.vague:
        reading = replace(reading, vague=True)
    return reading


def _read_unit(text: str, phrase: NumberPhrase) -> Reading | None:
    if phrase.value != phrase.value:  # NaN from "1/0"
        return None
    value, end = phrase.value, phrase.end
    currency = currency_before(text, phrase.start) or _rand_before(text, phrase)
    unit = unit_after(text, phrase.end)
    if unit is None and (between := _TIME_ADJECTIVE.match(text, end)):
        later = unit_after(text, between.end())
        unit = later if later is not None and later.kind == "duration" else None
    of_one = _OF_ONE.match(text, end) if phrase.fraction_only and unit is None else None
    if of_one is not None:
        unit = unit_after(text, of_one.end())  # "half a percentage point", "half an hour"
    if unit is None and currency is None and phrase.vague:
        unit = _currency_of_vague(text, end, value)
    if unit is None and currency is None and (rate := exchange_rate_currency(text, phrase.start, end)):
        # "the yen at 108.55 per dollar": yen, given per dollar (the figure's ``per``)
        return Reading(
            phrase.start, end, phrase.start, end, value, "money", rate.unit, spelled=phrase.spelled
        )
    start = currency.start if currency else phrase.start
    if currency is not None:
        scale = _SCALE_AFTER_MONEY.match(text, phrase.end)
        if scale:
            value, end = value * _MONEY_SCALES[scale.group("scale")], scale.end()
        elif unit is not None and unit.kind == "money":
            end = unit.end
        return Reading(
            start, end, phrase.start, phrase.end, value, "money", currency.unit, spelled=phrase.spelled
        )
    if unit is not None and _is_million_not_metres(text, phrase, unit):
        # "4.5m people", "1.2m of them": millions, not metres; "m" is part of the number
        return Reading(start, unit.end, phrase.start, unit.end, value * 1e6, "count")
    if unit is None and (tonnes := _SCALED_TONNES.match(text, end)):
        value *= _TONNE_SCALES[tonnes.group("scale")]  # "3.2 Mt of iron ore": megatonnes
        unit = UnitMatch(tonnes.start("scale"), tonnes.end(), "metric_ton", "measure")
    if unit is not None and unit.unit == "pound" and trailing_scale(phrase.text) > 1:
        unit = replace(unit, unit="GBP", kind="money")  # "200 million pounds" is money, not weight
    if unit is not None and unit.unit == "foot" and (inches := _INCHES_AFTER_FEET.match(text, unit.end)):
        written = inches.group("bare") or inches.group("inches")
        if float(written) < _INCHES_PER_FOOT:
            value += float(written) / _INCHES_PER_FOOT
            unit = replace(unit, end=inches.end())
    # A currency code is upper case; "cents" itself takes no subunit after it.
    subunit = _SUBUNIT_AFTER.match(text, unit.end) if unit is not None and unit.unit.isupper() else None
    if unit is not None and subunit is not None and unit.kind == "money":
        value += float(subunit.group("sub")) / _SUBUNITS_PER_UNIT
        unit = replace(unit, end=subunit.end())
    if unit is not None and unit.kind == "duration" and (half := _AND_A_HALF.match(text, unit.end)):
        value += 0.5
        unit = replace(unit, end=half.end())
    if unit is not None:
        kind, unit_name = _kind_of(text, unit)
        return Reading(
            start, unit.end, phrase.start, phrase.end, value, kind, unit_name, spelled=phrase.spelled
        )
    degree = _DEGREE_LETTER_AFTER.match(text, end)
    if degree and not phrase.spelled and _states_a_temperature(text, start, end):
        unit_name = "degree_celsius" if degree.group("letter") == "C" else "degree_fahrenheit"
        return Reading(start, degree.end(), phrase.start, phrase.end, value, "temperature", unit_name)
    decade = _DECADE_AFTER.match(text, end)
    in_decade = not phrase.spelled and value % 10 == 0 and 10 <= value <= 120
    if decade and in_decade and _DECADE_AGE_BEFORE.search(text, max(0, start - 20), start):
        return Reading(
            start,
            decade.end(),
            phrase.start,
            phrase.end,
            value,
            "age",
            "year",
            low=value,
            high=value + 9,
        )
    _, bound_start = qualifier_before(text, start)  # "fell by almost three-quarters"
    by = _BY_BEFORE.search(text, max(0, bound_start - 4), bound_start)
    if phrase.share or (phrase.fraction_only and (_SHARE_AFTER.match(text, phrase.end) or by)):
        # "a third of the vote", "half the city", "nine out of 10": a share, shown as a percentage.
        return Reading(start, end, phrase.start, phrase.end, value * 100, "percent", "percent", spelled=True)
    if aged := _AGE_BEFORE.search(text, max(0, start - 12), start):
        return Reading(
            aged.start(), end, phrase.start, phrase.end, value, "age", "year", spelled=phrase.spelled
        )
    age = _AGE_YO_AFTER.match(text, end)
    if age:
        return Reading(
            start, age.end(), phrase.start, phrase.end, value, "age", "year", spelled=phrase.spelled
        )
    return Reading(start, end, phrase.start, phrase.end, value, "count", spelled=phrase.spelled)


def _currency_of_vague(text: str, end: int, value: float) -> UnitMatch | None:
    """ "billions of dollars", "millions of euros": a vague plural of a currency is money
    ("millions of pounds" too, which no one weighs)."""
    of = _OF_AFTER.match(text, end)
    money = unit_after(text, of.end()) if of else None
    if money is not None and money.unit == "pound" and value >= _MILLION:
        return replace(money, unit="GBP", kind="money")
    return money if money is not None and money.kind == "money" else None


def _states_a_temperature(text: str, start: int, end: int) -> bool:
    """The words around a number with a glued "C" or "F" talk about a temperature (looked for only
    then: the search over the words around every number was a tenth of the figures' time)."""
    return bool(
        _TEMPERATURE_WORDS.search(text, max(0, start - 80), end + 80)
        or (
            _DEGREE_VERB_BEFORE.search(text, max(0, start - 10), start)
            and not _LETTERED_LABEL_BEFORE.search(text, max(0, start - 40), start)
        )
    )


def _is_million_not_metres(text: str, phrase: NumberPhrase, unit: UnitMatch) -> bool:
    """A lower-case "m" glued to a number before a plural noun or "of them" is the newsroom's
    million ("4.5m people"); before a singular noun or an adjective it is metres ("a 50m pool")."""
    glued = unit.unit == "meter" and unit.start == phrase.end and text[unit.start : unit.end] == "m"
    return glued and not phrase.spelled and bool(_PLURAL_AFTER.match(text, unit.end))


def _rand_before(text: str, phrase: NumberPhrase) -> UnitMatch | None:
    """ "R4.5 billion", "R350m": a capital R glued to an amount with a multiplier is the South
    African rand; without one it is more often a road or a code ("the R101")."""
    rand = _RAND_BEFORE.search(text, max(0, phrase.start - 2), phrase.start)
    scaled = trailing_scale(phrase.text) > 1 or _SCALE_AFTER_MONEY.match(text, phrase.end)
    if rand is None or not scaled:
        return None
    return UnitMatch(rand.start(), rand.end(), "ZAR", "money")


def _kind_of(text: str, unit: UnitMatch) -> tuple[FigureKind, str]:
    if unit.unit in _TIME_UNITS:
        if _AGE_AFTER.match(text, unit.end):
            return "age", unit.unit
        if _AGO_AFTER.match(text, unit.end):
            return "date", unit.unit
    return unit.kind, unit.unit


def _merge_ratios(text: str, readings: list[Reading]) -> list[Reading]:
    """Join "1 in 5", "one in three" into one share each, shown as a percentage."""
    merged: list[Reading] = []
    for reading in readings:
        left = merged[-1] if merged else None
        if left is not None and _is_ratio(text, left, reading):
            merged[-1] = replace(
                left,
                end=reading.end,
                number_end=reading.number_end,
                value=left.value / reading.value * 100,
                kind="percent",
                unit="percent",
            )
            continue
        merged.append(reading)
    return merged


def _is_ratio(text: str, left: Reading, right: Reading) -> bool:
    bare = all(r.kind == "count" and r.low is None and float(r.value).is_integer() for r in (left, right))
    return (
        bare
        and 0 < left.value < right.value <= _RATIO_MAX_DENOMINATOR
        and bool(_RATIO_LINK.fullmatch(text, left.end, right.start))
    )


def _merge_ranges(text: str, readings: list[Reading]) -> list[Reading]:
    """Join "8- to 16-meter", "between 10 and 12", "40 - 50 years" into one figure each."""
    merged: list[Reading] = []
    for reading in readings:
        if merged and _joins(text, merged[-1], reading):
            left = merged.pop()
            low = left.value * _shared_scale(text, left, reading)
            if left.unit is not None and reading.unit is None:
                reading = replace(reading, unit=left.unit, kind=left.kind)  # "$5-6 billion"
            reading = replace(
                reading,
                start=left.start,
                number_start=left.number_start,
                value=low,
                low=min(low, reading.value),
                high=max(low, reading.value),
            )
        merged.append(reading)
    return merged


def _share_units(text: str, readings: list[Reading]) -> list[Reading]:
    """ "45 and 50 mg", "3 or 4 miles": a bare number coordinated with a measure shares its unit."""
    shared = list(readings)
    for index in range(len(shared) - 2, -1, -1):
        left, right = shared[index], shared[index + 1]
        bare = left.kind == "count" and left.unit is None and left.low is None
        if (
            bare
            and not _YEAR_AFTER_PREPOSITION.search(text, max(0, left.start - 8), left.end)
            and right.unit is not None
            and right.kind != "count"
            and _COORDINATED.fullmatch(text, left.end, right.start)
        ):
            shared[index] = replace(left, unit=right.unit, kind=right.kind)
    return shared


def _mark_votes(text: str, readings: list[Reading]) -> list[Reading]:
    """ "voted 7 to 2", "passed the Senate 52-48": a tally after a vote counts votes."""
    marked = list(readings)
    for index in range(len(marked) - 1):
        left, right = marked[index], marked[index + 1]
        if (
            _is_tally(left, right)
            and is_range_link(text, left.end, right.start, left.start)
            and (
                _VOTE_BEFORE.search(text, max(0, left.start - 40), left.start)
                or _VOTE_AFTER.match(text, right.end)
            )
        ):
            marked[index], marked[index + 1] = replace(left, counts="vote"), replace(right, counts="vote")
    return marked


def _shared_scale(text: str, left: Reading, right: Reading) -> float:
    """ "between 2 and 3 million", "$5-6bn": a multiplier written once applies to both ends."""
    if trailing_scale(text[left.number_start : left.number_end]) > 1:
        return 1.0
    scale = trailing_scale(text[right.number_start : right.number_end])
    return scale if left.value * scale <= right.value else 1.0


def _joins(text: str, left: Reading, right: Reading) -> bool:
    if left.low is not None or _is_tally(left, right):
        return False
    if (
        left.unit is not None
        and left.unit != right.unit
        and not (right.unit is None and right.kind == "count")
    ):
        return False
    if not is_range_link(text, left.end, right.start, left.start):
        return False
    scaled_bare = right.unit is None and trailing_scale(text[right.number_start : right.number_end]) > 1
    if left.kind == "percent" and scaled_bare:
        return False  # "rose 21% to 28.2 million": a share of change, then the new level
    low = left.value * _shared_scale(text, left, right)
    if 0 < right.value < low:
        return False  # a range runs low to high: "pay 2.6 million kronor to 31 workers" is two figures
    # "rose $1.20 to $84.50": after a verb of change, far-apart ends are an amount and a new level.
    far_apart = low > 0 and right.value / low > _RANGE_MAX_RATIO_AFTER_CHANGE
    changed_by = _BY_BEFORE.search(text, max(0, left.start - 4), left.start)  # "by two years to 64"
    return not (far_apart and (changed_by or follows_change_verb(text, left.start)))


def _is_tally(left: Reading, right: Reading) -> bool:
    """ "voted 7 to 2", "won 3-1": bare whole numbers in digits written high to low are a tally
    or a score, two counts; a range is written low to high ("7 to 9 seats")."""
    bare = all(
        r.kind == "count" and r.unit is None and not r.spelled and float(r.value).is_integer()
        for r in (left, right)
    )
    return bare and left.value > right.value


def _is_figure(article: _Article, reading: Reading) -> bool:
    text = article.text
    glued_currency = reading.kind == "money" and reading.start < reading.number_start
    if is_not_a_figure(text, reading.number_start, reading.number_end, glued_currency=glued_currency):
        return False
    if reading.unit is None and reading.end < len(text) and text[reading.end].isalpha():
        return False  # "4th", "1990s", "777F", "3D": ordinals, decades and model names
    if reading.counts == "vote":
        return True  # "the Senate 52-48": a tally, not a model or a label after the name
    if reading.kind == "count" and _GENERATION.fullmatch(text, reading.number_start, reading.number_end):
        return False  # "5G", "4G": a network generation; a bare count is not written in giga
    if reading.kind == "count" and _is_model_number(article, reading):
        return False
    root = number_root(article.doc, reading.number_start, reading.number_end)
    if root is not None and _is_rate(article, reading, root):
        return False
    if _is_one_in_set_phrase(text, reading):
        return False
    if root is None or reading.kind != "count":
        return True
    entity = article.entities.get(root.i)
    if entity is not None and _names_something(entity):
        return False
    return not (
        _looks_like_year(text, reading, root)
        or _is_pronoun_one(text, reading, root)
        or _is_label(article, reading, root)
        or _is_ordinal_modifier(article, reading)
        or _is_fraction_compound(article, reading)
        or _is_one_compound(text, reading)
    )


def _is_model_number(article: _Article, reading: Reading) -> bool:
    """ "the 787-9", "its 737 Max fleet", "five 787 Dreamliner jets": a model, not a count."""
    text = article.text
    for pair in _MODEL_PAIR.finditer(text, max(0, reading.number_start - 8), reading.number_end + 8):
        if not (pair.start() <= reading.number_start and reading.number_end <= pair.end()):
            continue
        if len(pair.group("variant")) < len(pair.group("model")) or _after_a_name(article, pair.start()):
            return True  # "the 787-9", "Boeing 777-300" (a range such as "100-200" follows no name)
    written = text[reading.number_start : reading.number_end]
    if not written.isdigit():
        return False
    span = article.doc.char_span(reading.number_start, reading.number_end)
    if span is None or span.start == 0 or span.end >= len(article.doc):
        return False
    before, after = article.doc[span.start - 1], article.doc[span.end]
    if before.pos_ == "PROPN" and _inside_a_name(span.root, before, after, reading.value):
        return True
    if len(written) < 3:
        return False
    if before.tag_ == "CD" and after.is_title:
        return True  # "five 787 Dreamliner jets": a count, then the model it is of
    return after.is_title and after.pos_ == "PROPN" and before.tag_ in _MODEL_BEFORE_TAGS


def _inside_a_name(number: Token, before: Token, after: Token, value: float) -> bool:
    """A number right after a proper noun and before the rest of its name: "the Pixel 8 Pro",
    or before the singular noun the named thing is ("a Falcon 9 rocket": more than one of a
    thing is never a singular noun)."""
    if after.tag_ == "NNP" and after.is_title:
        return number.dep_ == "nummod" and number.head.i == after.i
    # "the STOXX 600 index", "the FTSE 100 index": an upper-case name is as much a name
    return (before.is_title or before.is_upper) and after.tag_ == "NN" and value != 1


def _after_a_name(article: _Article, position: int) -> bool:
    """Whether the word right before the token at position is a proper noun."""
    span = article.doc.char_span(position, position + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and article.doc[span.start - 1].pos_ == "PROPN"


def _is_ordinal_modifier(article: _Article, reading: Reading) -> bool:
    """ "a seventh straight session", "a fourth consecutive title": the word that also names a
    fraction is an ordinal adjective here (shares like "a third of" were read before this)."""
    if not reading.spelled or reading.value >= 1:
        return False
    span = article.doc.char_span(reading.number_start, reading.number_end, alignment_mode="expand")
    return span is not None and span[-1].tag_ == "JJ" and span[-1].dep_ == "amod"


def _is_fraction_compound(article: _Article, reading: Reading) -> bool:
    """ "a week's half board", "at half time", "a quarter final": a fraction word fused with the
    singular noun after it names a thing ("half a litre", "half the city" were read before this)."""
    if not reading.spelled or not 0 < reading.value < 1 or reading.low is not None:
        return False
    span = article.doc.char_span(reading.number_start, reading.number_end, alignment_mode="expand")
    if span is None or span.end >= len(article.doc):
        return False
    after = article.doc[span.end]
    return span[-1].dep_ == "compound" and span[-1].head.i == after.i and after.tag_ == "NN"


def _is_one_compound(text: str, reading: Reading) -> bool:
    """ "a one-off payment", "a one-way ticket": "one" in a set compound counts nothing."""
    return (
        reading.spelled and reading.value == 1 and bool(_ONE_COMPOUND_AFTER.match(text, reading.number_end))
    )


def _is_one_in_set_phrase(text: str, reading: Reading) -> bool:
    """ "at one point", "at one time", "One day, she left": "one" meaning some, not a count of one
    (not "for one day", "one day later", which last or date one day)."""
    if not (reading.spelled and reading.value == 1 and reading.low is None):
        return False
    if _AT_ONE_BEFORE.search(text, max(0, reading.number_start - 4), reading.number_start):
        return bool(_AT_ONE_AFTER.match(text, reading.number_end))
    narrative = _NARRATIVE_ONE_BEFORE.search(text, max(0, reading.number_start - 12), reading.number_start)
    return narrative is not None and bool(_NARRATIVE_ONE_AFTER.match(text, reading.number_end))


def _is_rate(article: _Article, reading: Reading, root: Token) -> bool:
    """ "a day" after a noun or number ("1.5 litres a day", "50p an hour") or "twice a year"."""
    if reading.kind == "date" or reading.number_end - reading.number_start > 2:
        return False  # "€2.60 a week ago": a date, not a price per week
    if root.lower_ not in ("a", "an") or root.i == 0:
        return False
    before = article.doc[root.i - 1]
    return before.pos_ in _RATE_AFTER_POS or before.lower_ in _RATE_WORDS


def _is_label(article: _Article, reading: Reading, root: Token) -> bool:
    """A number naming its noun rather than counting: "room 12", "Route 66", "Boeing 777",
    "iOS 17", "junctions 23 and 24"."""
    number = article.doc.char_span(reading.number_start, reading.number_end, alignment_mode="expand")
    if number is None or number.start == 0 or _is_score_start(article.text, reading):
        return False
    if root.dep_ == "nummod" and root.head.i > root.i:
        return False  # "12 rooms" counts; a number inside a name was checked as a model's
    while root.dep_ == "conj" and root.head.i < root.i:
        # "junctions 23 and 24", "bridges 4, 7 and 9": a later number names what the first does
        # (the parser hangs it on the number before or on the noun)
        head = root.head
        numbers = (
            [head] if head.like_num else [c for c in head.children if c.dep_ == "nummod" and c.i < root.i]
        )
        if not numbers:
            break
        root = numbers[0]
    before = article.doc[root.i - 1] if root.i < number.start else article.doc[number.start - 1]
    if before.tag_ == "NNS":
        # "junctions 23", not "sold copies 3" nor "seats 242 to 330 passengers" (a verb tagged as a noun)
        after = article.doc[number.end] if number.end < len(article.doc) else None
        counts_after = reading.low is not None or (after is not None and after.pos_ in ("NOUN", "PROPN"))
        return not counts_after and root.dep_ == "nummod" and root.head.i == before.i
    return before.tag_ in ("NN", "NNP") or bool(_BRAND_SPELLING.fullmatch(before.text))


def _is_score_start(text: str, reading: Reading) -> bool:
    """ "beat the Yankees 4-2", "Arsenal 2-1": a score after a team's name is no label."""
    score = _SCORE_AFTER.match(text, reading.number_end)
    written = text[reading.number_start : reading.number_end]
    if score is None or not written.isdigit() or len(written) > 2:
        return False
    return int(written) > int(score.group("other"))


def _names_something(entity: Span) -> bool:
    """A name or calendar date the number is part of: "Apollo 11", "4 July", "Saturday 5"."""
    has_words = any(token.is_alpha and not token.like_num for token in entity)
    if entity.label_ in _NAME_LABELS:
        return has_words
    return entity.label_ in ("DATE", "TIME") and bool(_CALENDAR_WORDS.search(entity.text))


def _looks_like_year(text: str, reading: Reading, root: Token) -> bool:
    written = text[reading.number_start : reading.number_end]
    # "between 2026 and 2028": a span of years is read at both ends
    ends = (re.findall(r"\d+", written) or [written]) if reading.low is not None else [written]
    if not all(
        end.isdigit() and len(end) == 4 and _YEAR_RANGE[0] <= int(end) <= _YEAR_RANGE[1] for end in ends
    ):
        return False
    # "2000 people" counts people; "in 2000", "the 1990 model" are years.
    return not (root.dep_ == "nummod" and root.head.tag_ in ("NNS", "NNPS"))


def _is_pronoun_one(text: str, reading: Reading, root: Token) -> bool:
    """ "one that shot into a river", "one of a series of posts": "one" standing for a noun."""
    if text[reading.number_start : reading.number_end].lower() != "one" or reading.low is not None:
        return False
    if text[reading.number_end : reading.number_end + 4].lower() == " of ":
        return True
    return not (root.dep_ == "nummod" and root.head.i > root.i)


def _to_figure(article: _Article, reading: Reading, earlier_counts: list[tuple[Span, str]]) -> Figure:
    text = article.text
    root = number_root(article.doc, reading.number_start, reading.number_end)
    sent = article.sentence_of(root) if root is not None else article.doc[:]
    if (
        reading.kind == "count"
        and root is not None
        and (_is_appositive_age(article, reading, root) or _is_age_without_marker(article, reading, root))
    ):
        reading = replace(reading, kind="age", unit="year")
    qualifier, start = qualifier_before(text, reading.start)
    if qualifier is None and reading.vague:
        # "Thousands" is 2,000 or more, not about 2,000: read as about, it contradicted "12,000".
        qualifier = "at_least"
    if reading.kind == "duration":
        spread = _means_during(text, start, reading.start)
    else:
        # "children under 16 and adults over 65": an age bound, not a stretch over the ground
        spread = (
            qualifier == "more_than" and reading.kind != "age" and _means_across(text, start, reading.start)
        )
    if spread:  # "over 3 years", "over 4.5 miles": a span of time or ground, not a bound
        qualifier, start = None, reading.start
    end = reading.end
    counts = None
    if reading.kind == "count" and root is not None and _is_share_subject(reading, root):
        reading = replace(reading, value=reading.value * 100, kind="percent", unit="percent")
    if reading.counts is not None:
        counts = reading.counts
    elif reading.kind == "count" and root is not None:
        counted = counted_noun(root, sent, end, earlier_counts)
        last = number_root(article.doc, reading.number_end - 1, reading.number_end)
        if counted.lemma is None and reading.low is not None and last is not None:
            counted = counted_noun(last, sent, end, earlier_counts)  # "242 to 330 passengers"
        counts, end = counted.lemma, _closing_quote(text, reading.number_end, counted.end)
        if counts is not None:
            earlier_counts.append((sent, counts))
    elif reading.unit == "percent" and root is not None:
        _remember_whole(article, reading, sent, earlier_counts)
    elif reading.kind in ("age", "date"):
        tail = _AGE_AFTER.match(text, end) or _AGO_AFTER.match(text, end)
        end = tail.end() if tail else end
    kind = reading.kind
    # Span.text walks the tokens; slicing the text is the same string without that cost.
    sentence = model.Span(sent.start_char, sent.end_char, text[sent.start_char : sent.end_char])
    if reading.unit == "degree" and _is_angle(sentence.text):
        kind = "measure"  # "turned 180 degrees"
    unit = reading.unit
    amount_of = _measured(article.doc, start, end) if kind in MEASURED_KINDS else Measured(None, None)
    return Figure(
        start=start,
        end=end,
        text=text[start:end],
        value=reading.value,
        kind=kind,
        sentence=sentence,
        low=reading.low,
        high=reading.high,
        unit=unit,
        si=to_si(reading.value, unit) if unit else None,
        counts=counts,
        qualifier=qualifier,
        measures=amount_of.measures,
        per=amount_of.per,
    )


def _closing_quote(text: str, number_end: int, end: int) -> int:
    """ "two “deliveries” of payloads": a counted noun in quotes ends after its closing mark,
    not inside the quotation."""
    words = text[number_end:end]
    if words.count("“") > words.count("”") and text.startswith("”", end):
        return end + 1
    if words.count('"') % 2 and text.startswith('"', end):
        return end + 1
    return end


def _measured(doc: Doc, start: int, end: int) -> Measured:
    """What the amount written at [start, end) is of: read from the root of its words (the unit
    of "14 kilometres", the scale of "$3 billion") and the token after them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Measured(None, None)
    return measured(span.root, doc[span.end] if span.end < len(doc) else None)


def _remember_whole(
    article: _Article, reading: Reading, sent: Span, earlier_counts: list[tuple[Span, str]]
) -> None:
    """ "One in four children are ill, and 1,200 of them ...": a share names the whole that a
    later elided count is part of, as an earlier count would."""
    last = number_root(article.doc, reading.number_end - 1, reading.number_end)
    if last is None:
        return
    whole = counted_noun(last, sent, reading.number_end, earlier_counts).lemma
    if whole is None or not whole.isalpha() or whole in _PERCENT_WORDS:
        whole = _whole_after_percent(last)  # "40% of voters", "40 per cent of voters"
    if whole is not None:
        earlier_counts.append((sent, whole))


def _whole_after_percent(number: Token) -> str | None:
    sign = number.head if number.head.i > number.i else number
    whole = plural_of_object(sign)
    return whole.lemma_.lower() if whole is not None else None


def _is_angle(sentence: str) -> bool:
    """Bare degrees are a temperature unless the sentence turns or points ("a 45-degree slope")."""
    return not _TEMPERATURE_WORDS.search(sentence) and bool(_ANGLE_WORDS.search(sentence))


def _means_during(text: str, qualifier_start: int, number_start: int) -> bool:
    """ "hire 500 engineers over 3 years": "over"/"under" a duration is a time span, not a bound,
    unless a verb of lasting or "for" comes before it ("lasted over 3 years")."""
    written = text[qualifier_start:number_start].strip().lower()
    if written not in ("over", "under"):
        return False
    return not _DURATION_OVER_AFTER.search(text, max(0, qualifier_start - 12), qualifier_start)


def _means_across(text: str, qualifier_start: int, number_start: int) -> bool:
    """ "1,100 feet over 4.5 miles": "over" just after another figure spreads it, not a bound."""
    if text[qualifier_start:number_start].strip().lower() != "over":
        return False
    return bool(_ACROSS_BEFORE.search(text, max(0, qualifier_start - 40), qualifier_start))


def _is_share_subject(reading: Reading, root: Token) -> bool:
    """ "two thirds coming from small donors", "half said no": a fraction written in words as the
    subject stands for that share of a group named before it."""
    return (
        reading.spelled
        and 0 < reading.value < 1
        and root.dep_ in ("nsubj", "nsubjpass")
        and root.lower_.rstrip("s") in _FRACTION_NOUNS
    )


def _is_age_without_marker(article: _Article, reading: Reading, root: Token) -> bool:
    """An age written as a bare number: the new or old level of an age ("raise the pension age from
    66 to 67", "lifts the retirement age by two years to 64") or the bound of a group of people
    ("pensioners over 75", "children under 5")."""
    if reading.spelled or reading.low is not None or not reading.value.is_integer():
        return False
    if not 0 < reading.value < _MAX_AGE:
        return False
    if _PEOPLE_BOUNDED_BEFORE.search(article.text, max(0, reading.start - 40), reading.start):
        return not (root.dep_ == "nummod" and root.head.i > root.i)  # "people over 40 countries"
    return _is_level_of_age(root)


def _is_level_of_age(root: Token) -> bool:
    """ "from 66 to 67" after a verb (or noun) whose object or subject is an age."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("from", "to"):
        return False
    changed = root.head.head
    while changed.dep_ == "prep" and changed.head.i != changed.i:
        changed = changed.head  # "from 66 to 67": "to" hangs on "from"
    if changed.lemma_.lower() == "age":
        return True
    return any(
        child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.lemma_.lower() == "age"
        for child in changed.children
    )


def _is_appositive_age(article: _Article, reading: Reading, root: Token) -> bool:
    """ "Jane Doe, 34, was ...": a bare whole number in commas right after a person's name."""
    text = article.text
    if (
        reading.spelled
        or reading.low is not None
        or not reading.value.is_integer()
        or not 0 < reading.value < 120
    ):
        return False
    before = _APPOSITIVE_BEFORE.search(text, max(0, reading.start - 3), reading.start)
    if before is None or not _APPOSITIVE_AFTER.match(text, reading.end) or root.i < 2:
        return False
    name = article.doc[root.i - 2] if article.doc[root.i - 1].is_punct else article.doc[root.i - 1]
    entity = article.entities.get(name.i)
    if entity is not None and entity.label_ == "PERSON" and entity.end == name.i + 1:
        return True
    # "The goalkeeper, 38, is ...": a singular noun the number stands in apposition to.
    return name.tag_ == "NN" and root.dep_ == "appos" and root.head.i == name.i


class _Article:
    """What figures need from the doc, computed once: Doc.text and Token.sent are rebuilt by
    spaCy on every access by walking the whole doc, which is quadratic over many figures."""

    def __init__(self, article: ParsedDoc) -> None:
        self.doc = article.doc
        self.text = article.text
        self.entities = {i: entity for entity in article.entities for i in range(entity.start, entity.end)}
        self.sentences = article.sentences
        self.sentence_starts = [sent.start for sent in self.sentences]

    def sentence_of(self, token: Token) -> Span:
        return self.sentences[bisect_right(self.sentence_starts, token.i) - 1]
