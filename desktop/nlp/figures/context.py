"""Text around a number that changes what it means: qualifiers, range connectors, and the
shapes that make a number not a figure at all (codes, phone numbers, clock times, dates)."""

from __future__ import annotations

import re

from desktop.nlp.figures.patterns import first_characters
from desktop.nlp.model import Qualifier

_QUALIFIERS: dict[str, Qualifier] = {
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "just over": "more_than",
    "well over": "more_than",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "just under": "less_than",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "up to": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    "a maximum of": "at_most",
    "within": "at_most",
    "about": "approximately",
    "around": "approximately",
    "nearly": "approximately",
    "almost": "approximately",
    "roughly": "approximately",
    "some": "approximately",
    "approximately": "approximately",
    "approx.": "approximately",
    "an estimated": "approximately",
    "estimated": "approximately",
    "close to": "approximately",
    "circa": "approximately",
    "aproximately": "approximately",
    "~": "approximately",
}
_QUALIFIER_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?={first_characters(_QUALIFIERS)})(?P<q>"
    + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
_NUMBER_BEFORE = re.compile(r"[\d%]\s*$")
# Words kept in a figure's span without changing its value: "another 56".
_DETERMINER_BEFORE = re.compile(r"(?<![^\W\d_])(?P<d>another|an additional|a further)\s+$", re.IGNORECASE)

# Between the two ends of a range: "8- to 16-meter", "40 - 50", "10–12", "eight to 10".
_RANGE_LINK = re.compile(r"\s*(?:-\s*)?(?:to|through|-|–|—)\s*$", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"\s+and\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?<![^\W\d_])between\s+$", re.IGNORECASE)
# "rose from 20 to 15" reports a change, not a range; "from 3 to 5 million people" with no verb
# of change before it (in its clause) is a range.
_FROM_BEFORE = re.compile(r"(?<![^\W\d_])from\s+$", re.IGNORECASE)
_CHANGE_BEFORE_FROM = re.compile(
    r"(?<![^\W\d_])(?:ros|ris|fell|fall|increas|decreas|grew|grow|drop|climb|jump|cut|rais|lower"
    r"|reduc|up|down|chang|went|go|gone|mov|boost|slash|surg|soar|plung|slid|slip|dip|shr[iu]nk"
    r"|expand|revis|extend|push|swung|swing|tripl|doubl|halv|widen|narrow|improv|worsen|hik|trim"
    r"|recover|rebound|tumbl|sank|sink|slump|gain|los|lift)[^\W\d_]*(?![^\W\d_])[^.;:!?]{0,60}$",
    re.IGNORECASE,
)

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?![^\W\d_])", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"(?::\d|\s*(?:a\.m\.|p\.m\.|am|pm)(?![^\W\d_]))", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"\d[:.]$")
_DATE_SLASHES = re.compile(r"^\s*[/.-]\s*\d{1,4}\s*[/.-]\s*\d")
# "the 2024/25 season", "1999-00": a span of two calendar years named by the first and the next.
_SEASON = re.compile(r"(?<![\d.,])(?P<year>1\d{3}|20\d{2})[/–-](?P<next>\d{2})(?![\d.,]?\d)")
_RANK_BEFORE = re.compile(r"(?:(?<![^\W\d_])no\.|#)\s*$", re.IGNORECASE)
# Digit groups chained by dots or dashes: phone numbers, IP addresses, product codes.
_CODE_AROUND = re.compile(r"[+(]?\d+(?:[-.)/]\d+){2,}")
# Letters glued to digits, then a hyphenated variant: "A350-900", "E195-E2", "SU-30".
_MODEL_VARIANT = re.compile(r"[^\W\d_]+\d+(?:-[^\W\d_]*\d+)+")
# Phone numbers written with blanks or a bracketed area code: "020 7946 0321", "(555) 123-4567".
_PHONE = re.compile(r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}")
_PHONE_MIN_DIGITS = 7


# "2. Never urged Ukraine ...", "3) Costs": a number opening a line before a dot or bracket
# numbers a heading or a list item.
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
_LIST_MARK_AFTER = re.compile(r"[.)][ \t]")


def qualifier_before(text: str, start: int) -> tuple[Qualifier | None, int]:
    """The qualifier written right before start ("over 600 miles") and where the span begins."""
    window = text[max(0, start - 25) : start]
    match = _QUALIFIER_BEFORE.search(window)
    if (
        match
        and match.group("q").lower().endswith(" than")
        and _NUMBER_BEFORE.search(window, 0, match.start())
    ):
        match = None  # "200 fewer than a year earlier": the comparison belongs to the number before
    if match:
        return _QUALIFIERS[re.sub(r"\s+", " ", match.group("q").lower())], start - len(window) + match.start()
    determiner = _DETERMINER_BEFORE.search(window)
    if determiner:
        return None, start - len(window) + determiner.start()
    return None, start


def is_range_link(text: str, left_end: int, right_start: int, left_start: int) -> bool:
    """Whether the text between two numbers makes them the ends of one range."""
    between = text[left_end:right_start]
    before = text[max(0, left_start - 80) : left_start]
    if _BETWEEN_AND.fullmatch(between):
        return bool(_BETWEEN_BEFORE.search(before))
    if not _RANGE_LINK.fullmatch(between):
        return False
    source = _FROM_BEFORE.search(before)
    return source is None or not _CHANGE_BEFORE_FROM.search(before, 0, source.start())


def follows_change_verb(text: str, start: int) -> bool:
    """A verb of change in the clause before start: "rose $1.20 to $84.50" reports a move."""
    return bool(_CHANGE_BEFORE_FROM.search(text, max(0, start - 60), start))


def is_not_a_figure(text: str, start: int, end: int, *, glued_currency: bool = False) -> bool:
    """Numbers that are part of a code, a phone number, a clock time or a calendar date
    (glued_currency: a currency letter read before the number, "R4.5 billion", is no code)."""
    if _CLOCK_AFTER.match(text, end) or _CLOCK_BEFORE.search(text, max(0, start - 2), start):
        return True
    if _DATE_SLASHES.match(text[end : end + 12]) or _MONTH_AFTER.match(text, end):
        return True
    if _in_season(text, start, end) or _is_list_number(text, start, end):
        return True
    if _MONTH_BEFORE.search(text, max(0, start - 12), start) or _RANK_BEFORE.search(
        text, max(0, start - 6), start
    ):
        return True
    return _inside_code(text, start, end, glued_currency=glued_currency)


def _is_list_number(text: str, start: int, end: int) -> bool:
    return bool(
        _LIST_MARK_AFTER.match(text, end) and _LINE_START_BEFORE.search(text, max(0, start - 8), start)
    )


def _in_season(text: str, start: int, end: int) -> bool:
    for match in _SEASON.finditer(text, max(0, start - 5), min(len(text), end + 5)):
        consecutive = (int(match.group("year")) + 1) % 100 == int(match.group("next"))
        if consecutive and match.start() <= start and end <= match.end():
            return True
    return False


def _inside_code(text: str, start: int, end: int, *, glued_currency: bool) -> bool:
    if not text[start].isdigit() and text[start] not in "-−.":
        return False  # number words are never part of a code
    written = text[start:end]
    if len(written) > 1 and written[0] == "0" and written.isdigit() and written.strip("0"):
        return True  # "007", "0800": a leading zero is kept only in codes
    if _inside_phone_number(text, start, end):
        return True
    left = text[start - 1] if start > 0 else " "
    if (left.isalpha() and not glued_currency) or left == "+":
        return True  # "SCP173", "+1"
    if left == "-" and start > 1 and text[start - 2].isalpha():
        return True  # "SCP-173", "F-16"
    run_start = start
    while run_start > 0 and not text[run_start - 1].isspace():
        run_start -= 1
    run_end = end
    while run_end < len(text) and not text[run_end].isspace():
        run_end += 1
    token = text[run_start:run_end].rstrip(".,;:!?)\"'”’").lstrip("(\"'“‘")
    return bool(_CODE_AROUND.fullmatch(token) or _MODEL_VARIANT.fullmatch(token))


def _inside_phone_number(text: str, start: int, end: int) -> bool:
    """Digit groups split by blanks, dashes or a bracketed area code, long enough to dial."""
    window_start = max(0, start - 24)
    for match in _PHONE.finditer(text, window_start, min(len(text), end + 24)):
        if match.start() > start or match.end() < end:
            continue
        written = match.group()
        digits = sum(char.isdigit() for char in written)
        groups = re.findall(r"\d+", written)
        if digits < _PHONE_MIN_DIGITS or len(groups) < 2:
            return False
        spaced_thousands = all(len(group) == 3 for group in groups[1:]) and "-" not in written
        return "(" in written or (len(groups) >= 3 and not spaced_thousands)
    return False
