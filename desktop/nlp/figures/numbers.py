"""Finding and parsing written numbers: numerals, number words and mixes of both.

Works on raw text, not on spaCy tokens, because the tokenizer splits numbers in ways that
do not follow their meaning ("twenty-one" is three tokens, "200lbs" is one). Offsets are
character offsets into the text given.

Handled: "1,500,000", "1 234 567", "12,34,567.89", ".25", "1.3e6", "2.5^-1", "2 1/2", "3/4",
"Eight", "twenty-one", "a hundred and two", "1.3 million", "10k", "1.2bn", "13 lakh",
"a dozen", "half a dozen", "two thirds", "one and a half", "3 million and a half",
"two hundred point zero three", "one over three", "minus five".
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import NamedTuple

SMALL = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Multipliers written as words or as the usual newsroom abbreviations. Case matters for the
# one-letter ones: "10M" is ten million but "10m" is ten metres, "10G" giga but "10g" grams.
SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "mil": 1e6, "mln": 1e6, "mn": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "tln": 1e12,
}  # fmt: skip
SCALE_LETTERS = {"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "G": 1e9, "b": 1e9, "B": 1e9}
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "fourth": 4, "fourths": 4,
    "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12, "twentieth": 20, "twentieths": 20,
    "thirtieth": 30, "thirtieths": 30, "hundredth": 100, "hundredths": 100,
    "thousandth": 1e3, "thousandths": 1e3, "millionth": 1e6, "millionths": 1e6,
    "billionth": 1e9, "billionths": 1e9, "trillionth": 1e12, "trillionths": 1e12,
}  # fmt: skip
# "half" and "quarter" stand alone as fractions ("half the city"); other denominators need
# a numerator in front, or "the third quarter" would become a number.
BARE_FRACTIONS = {"half": 2, "quarter": 4}
NEGATIVE_WORDS = {"minus", "negative"}
DOZEN = {"dozen": 12, "dozens": 12, "dzs": 12, "doz": 12, "dozs": 12}
MULTIPLIERS = {"hundred", "thousand", "million", "billion", "trillion", *DOZEN}
# Plural multipliers with no number before them ("dozens of", "hundreds of thousands", "tens of
# millions") name no exact number: the smallest such plural (24, 200,000, 20 million) stands for
# them and the phrase is marked approximate. "tens" and "scores" need the "of" to be numbers.
VAGUE_PLURALS = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
_VAGUE_NEEDS_OF = ("tens", "scores")

# Regex character class of the vulgar fraction characters ("½", "⅞"); the extractor reads them alone.
VULGAR_FRACTION = "[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]"
_DIGITS = (
    rf"(?P<vulgar_mixed>\d+[ \t]?{VULGAR_FRACTION})"
    r"""
  | (?P<mixed>\d+[ \t]+\d+[ \t]*/[ \t]*\d+)(?![/\d])
  | (?P<frac>\d+[ \t]*/[ \t]*\d+)(?![/\d])
  | (?P<power>\d*\.?\d+\^[-+]*\d+)
  | (?P<sci>\d*\.?\d+e[-+]?\d+)(?![a-z])
  | (?P<grouped>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?)(?![\d])
  | (?P<spaced>\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:\.\d+)?)(?![\d,.]\d|\d|(?-i:[A-Z]))
  | (?<!\d,)(?P<comma_decimal>\d+,\d{1,2})(?![\d,])
  | (?P<plain>\d*\.\d+|\d+)
"""
)
# The blanks before an atom are part of its match (the atom is the named group), so that the
# search does not stop at every blank; words come first: most atoms are words, and no numeral
# starts with a letter.
_ATOM = re.compile(
    rf"\s*(?:(?P<word>[^\W\d_]+)|(?<![\d./])(?P<num>{_DIGITS})|(?P<hyphen>[-–])|(?P<other>\S))",
    re.VERBOSE | re.IGNORECASE,
)
_SIGN_BEFORE = re.compile(r"[-−][ \t]?$")
# Words that start a number only with the word after them: "a hundred", "minus five".
_STARTS_WITH_NEXT_WORD = frozenset({"a", "an", *NEGATIVE_WORDS})
# Every word a number phrase may start with (_Parser.starts_number, _Parser.vague_plural).
_NUMBER_START_WORDS = frozenset({*SMALL, *TENS, *BARE_FRACTIONS, *_STARTS_WITH_NEXT_WORD, *VAGUE_PLURALS})
# Words before "half" or "quarter" that make it a named part ("the second half", "this quarter").
_PART_DETERMINERS = (
    "the", "this", "each", "every", "per", "next", "last", "previous", "same", "final",
    "latest", "current", "opening", "first", "second", "latter", "former",
)  # fmt: skip
_ORDINAL_SUFFIX = re.compile(r"st|nd|rd|th")  # "the 4th quarter": the letters after the digits


class Atom(NamedTuple):
    """A numeral, word, hyphen or other character of the text (a tuple: an article has tens of
    thousands, and a tuple is made several times faster than a frozen dataclass)."""

    start: int
    end: int
    text: str
    low: str  # the text in lower case, compared often
    kind: str  # "num", "word", "hyphen" or "other"
    number: float | None = None


@dataclass(frozen=True)
class NumberPhrase:
    """One number as written: its span, value and how it was written."""

    start: int
    end: int
    text: str
    value: float
    spelled: bool  # written (at least partly) in words
    fraction_only: bool  # a bare fraction with no whole part: "a third", "half", "3/4"
    # A vague plural ("dozens", "hundreds of thousands"), read as the least it can mean (24, 200,000).
    vague: bool = False
    share: bool = False  # a ratio of a whole: "nine out of 10"


def atomize(text: str) -> list[Atom]:
    """Split text into numerals, words, hyphens and other single characters."""
    atoms = []
    for match in _ATOM.finditer(text):
        kind = "num" if match.group("num") is not None else match.lastgroup or "other"
        written = match.group(kind)
        number = _numeral_value(match) if kind == "num" else None
        atoms.append(Atom(match.start(kind), match.end(kind), written, written.lower(), kind, number))
    return atoms


def _numeral_value(match: re.Match[str]) -> float:
    text = match.group("num")
    if match.group("vulgar_mixed") is not None:  # "1½ hours"
        return float(text[:-1]) + unicodedata.numeric(text[-1])
    if match.group("mixed") is not None:
        whole, frac = text.split(None, 1)
        return float(whole) + _slash_value(frac)
    if match.group("frac") is not None:
        return _slash_value(text)
    if match.group("power") is not None:
        base, exponent = text.split("^")
        sign = -1 if exponent.count("-") % 2 else 1
        try:
            power: float = float(base) ** (sign * float(exponent.strip("+-")))
        except OverflowError:
            return math.inf  # "10^400": beyond any float, as "1e999" is; no figure is made of it
        return power
    if match.group("comma_decimal") is not None:
        return float(text.replace(",", "."))
    return float(re.sub(r"[,\s\u202f\u00a0]", "", text))


def _slash_value(text: str) -> float:
    numerator, denominator = (float(part) for part in text.split("/"))
    return numerator / denominator if denominator else float("nan")


def _gap(text: str, left: Atom, right: Atom) -> str:
    return text[left.end : right.start]


def _is_digit_run_id(text: str, atom: Atom) -> bool:
    """Digits glued to a letter or a dot on the left belong to a name or code ("SCP173", "v.2"),
    but for a lone capital R, which may be the rand ("R4.5 billion"): the extractor decides."""
    if atom.start == 0:
        return False
    left = text[atom.start - 1]
    lone_r = left == "R" and (atom.start == 1 or not text[atom.start - 2].isalnum())
    return (left.isalpha() and not lone_r) or left == "_"


class _Parser:
    """Reads one number phrase from a list of atoms, starting at a given atom."""

    def __init__(self, text: str, atoms: list[Atom]) -> None:
        self.text = text
        self.atoms = atoms

    def word(self, i: int) -> str:
        if i >= len(self.atoms) or self.atoms[i].kind != "word":
            return ""
        return self.atoms[i].low

    def joined(self, i: int, j: int) -> bool:
        """Atoms i and j are parts of one phrase: only spaces between them."""
        if j >= len(self.atoms):
            return False
        gap = _gap(self.text, self.atoms[i], self.atoms[j])
        return "\n" not in gap and gap.strip() == ""

    def next_word_index(self, i: int) -> int | None:
        """Index of the atom after atom i, skipping one hyphen between words ("twenty-one")."""
        j = i + 1
        if j < len(self.atoms) and self.atoms[j].kind == "hyphen" and self.joined(i, j):
            j += 1
            if not self.joined(j - 1, j):
                return None
            return j
        return j if self.joined(i, j) else None

    def starts_number(self, i: int) -> bool:
        atom = self.atoms[i]
        word = atom.low if atom.kind == "word" else ""
        if atom.kind == "num":
            return True
        if word in SMALL or word in TENS or word in BARE_FRACTIONS:
            return True
        if word not in _STARTS_WITH_NEXT_WORD:
            return False
        nxt = self.next_word_index(i)
        if nxt is None:
            return False
        if word in ("a", "an"):
            return self.word(nxt) in MULTIPLIERS or self.word(nxt) in DENOMINATORS
        if word in NEGATIVE_WORDS:
            return self.starts_number(nxt) and self.word(nxt) not in ("a", "an")
        return False

    def vague_plural(self, i: int) -> tuple[NumberPhrase, int] | None:
        """ "dozens", "hundreds of thousands", "tens of millions": see VAGUE_PLURALS."""
        word = self.word(i)
        if word not in VAGUE_PLURALS:
            return None
        value, last, followed_by_of = 2 * VAGUE_PLURALS[word], i, False
        while (of := self.next_word_index(last)) is not None and self.word(of) == "of":
            followed_by_of = True
            larger = self.next_word_index(of)
            if larger is None or VAGUE_PLURALS.get(self.word(larger), 0) <= VAGUE_PLURALS[self.word(last)]:
                break
            value, last = value * VAGUE_PLURALS[self.word(larger)], larger
        if word in _VAGUE_NEEDS_OF and not followed_by_of:
            return None
        first, end = self.atoms[i], self.atoms[last].end
        text = self.text[first.start : end]
        return NumberPhrase(
            first.start, end, text, value, spelled=True, fraction_only=False, vague=True
        ), last + 1

    def parse(self, i: int) -> tuple[NumberPhrase, int] | None:
        """Parse the phrase starting at atom i; return it and the index after its last atom."""
        state = _State()
        j: int | None = i
        sign = 1.0
        if self.word(i) in NEGATIVE_WORDS:
            sign = -1.0
            j = self.next_word_index(i)
        last_end: int | None = None
        while j is not None and j < len(self.atoms):
            consumed = self.step(state, j)
            if consumed is None:
                break
            if state.last != "and":  # a trailing "and" belongs to the text, not the number
                last_end = consumed
            j = self.next_word_index(consumed - 1) if consumed < len(self.atoms) else None
        if last_end is None or not state.seen_number:
            return None
        first, last = self.atoms[i], self.atoms[last_end - 1]
        phrase = NumberPhrase(
            start=first.start,
            end=last.end,
            text=self.text[first.start : last.end],
            value=float(f"{sign * state.value():.15g}"),  # 16.4 * 1e6 is 16399999.999999998
            spelled=state.spelled,
            fraction_only=state.fraction_only(),
            share=state.out_of,
        )
        return phrase, last_end

    def step(self, state: _State, j: int) -> int | None:
        """Consume the atom(s) at j into state; return the index after them, or None to stop."""
        atom = self.atoms[j]
        word = self.word(j)
        if atom.kind == "num" and atom.number is not None:
            return self.numeral(state, j, atom.number)
        if word in SCALE_WORDS or (atom.text in SCALE_LETTERS and state.last == "digits"):
            return self.scale(state, j, SCALE_WORDS.get(word) or SCALE_LETTERS[atom.text])
        if atom.text in SCALE_LETTERS:
            return None
        if word in SMALL or word in TENS:
            return self.number_word(state, j, SMALL.get(word, TENS.get(word, 0)))
        if word == "hundred" or word == "hundreds":
            if state.last in ("hundred", "fraction"):
                return None
            state.current = (state.current or 1) * 100
            state.mark("hundred", spelled=True)
            return j + 1
        if word in DOZEN:
            if state.last == "fraction" and state.pending_fraction is not None:
                state.current, state.pending_fraction = state.pending_fraction * DOZEN[word], None
            else:
                state.current = (state.current or 1) * DOZEN[word]
            state.mark("dozen", spelled=True)
            return j + 1
        if word in ("a", "an"):
            return self.article(state, j)
        if word in DENOMINATORS:
            return self.denominator(state, j)
        if word == "and":
            return self.conjunction(state, j)
        if word == "point" and state.seen_number:
            return self.decimal_words(state, j)
        if word in ("over", "out") and state.seen_number:
            return self.ratio(state, j)
        if word == "of" and state.last == "fraction":
            nxt = self.next_word_index(j)
            after = self.next_word_index(nxt) if nxt is not None else None
            if (
                nxt is not None
                and self.word(nxt) in ("a", "an")
                and after is not None
                and self.word(after) in SCALE_WORDS
            ):
                return self.scale(state, after, SCALE_WORDS[self.word(after)])
        return None

    def numeral(self, state: _State, j: int, number: float) -> int | None:
        if state.seen_number and state.last not in ("hundred", "scale", "and"):
            return None
        if state.last == "and" and not float(number).is_integer():
            return None  # "3 hundred and 2.12 hundred" is two numbers
        if state.last == "scale" and (state.decimal or self.modifies_a_noun(j)):
            return None  # "66.4 million 60-kilogram bags": a number with a decimal and a scale is whole
        if _is_digit_run_id(self.text, self.atoms[j]):
            return None
        state.decimal = state.decimal or not float(number).is_integer()
        state.current += number
        state.mark("digits", spelled=False)
        return j + 1

    def modifies_a_noun(self, j: int) -> bool:
        """A numeral glued by a hyphen to a word ("60-kilogram", "10-year") describes a noun."""
        hyphen = j + 1
        return (
            hyphen + 1 < len(self.atoms)
            and self.atoms[hyphen].kind == "hyphen"
            and self.atoms[hyphen].start == self.atoms[j].end
            and self.atoms[hyphen + 1].kind == "word"
            and self.atoms[hyphen + 1].start == self.atoms[hyphen].end
        )

    def number_word(self, state: _State, j: int, number: int) -> int | None:
        is_ten = number >= 20
        if state.seen_number:
            allowed = state.last in ("hundred", "scale", "and") or (
                state.last == "ten" and not is_ten and number < 10
            )
            if not allowed:
                return None
        state.current += number
        state.mark("ten" if is_ten else "small", spelled=True)
        return j + 1

    def scale(self, state: _State, j: int, factor: float) -> int | None:
        if state.last == "scale" and state.current == 0 and factor > state.last_scale:
            state.total *= factor  # "three lakh crore"
        elif state.last == "fraction" and state.pending_fraction is not None and state.last_scale < factor:
            # "half million"; "two and a half million": the whole part takes the scale too.
            state.total = (state.total + state.pending_fraction) * factor
            state.pending_fraction = None
        elif state.last == "fraction" and state.pending_fraction is not None:
            state.total += state.pending_fraction * factor
            state.pending_fraction = None
        elif state.last == "and" or not state.seen_number:
            return None
        else:
            state.total += (state.current or 1) * factor
            state.current = 0
        state.last_scale = factor
        state.mark("scale", spelled=True)
        return j + 1

    def article(self, state: _State, j: int) -> int | None:
        """ "a"/"an" is 1 before a multiplier or denominator: "a hundred", "a dozen", "a third"."""
        nxt = self.next_word_index(j)
        follower = self.word(nxt) if nxt is not None else ""
        multiplier = follower in MULTIPLIERS
        if state.seen_number and state.last == "fraction" and multiplier:
            return j + 1  # "half a dozen", "half a million"
        if state.seen_number and state.last != "and":
            return None
        if not (multiplier or follower in DENOMINATORS):
            return None
        state.current += 1
        state.mark("article", spelled=True)
        return j + 1

    def denominator(self, state: _State, j: int) -> int | None:
        word = self.word(j)
        plural = word.endswith("s") and word not in ("halves",)
        if state.last in ("small", "ten", "hundred", "article"):
            numerator = state.current
            # A singular denominator only follows "a"/"one" ("one eighth"); "two millionth" is not
            # a fraction, and plurals need a numerator other than one.
            if plural == (numerator == 1) and word not in ("half", "quarter", "quarters"):
                return None
        elif not state.seen_number and word in BARE_FRACTIONS:
            if self.names_a_part(j):
                return None
            numerator = 1
        else:
            return None
        state.current = 0
        state.pending_fraction = numerator / DENOMINATORS[word]
        state.mark("fraction", spelled=True)
        return j + 1

    def names_a_part(self, j: int) -> bool:
        """ "the first half", "the fourth quarter", "a fourth-quarter loss", "each quarter": a
        determiner or an ordinal before "half"/"quarter" names a part of a period, not a number."""
        before = j - 2 if j > 0 and self.atoms[j - 1].kind == "hyphen" else j - 1
        if before < 0:
            return False
        word = self.word(before)
        return (
            word in _PART_DETERMINERS
            or (word in DENOMINATORS and word not in BARE_FRACTIONS)
            or (self.atoms[before].kind == "word" and _ORDINAL_SUFFIX.fullmatch(word) is not None)
        )

    def conjunction(self, state: _State, j: int) -> int | None:
        nxt = self.next_word_index(j)
        if nxt is None or not state.seen_number or not self.starts_number(nxt):
            return None
        # "one and a half", "one hundred and three quarters": a fraction after the whole part.
        probe = _Parser(self.text, self.atoms).parse(nxt)
        if probe is not None and (
            (probe[0].fraction_only and probe[0].value < 1) or self.starts_fraction(nxt)
        ):
            if state.last not in ("small", "ten", "digits", "dozen", "hundred", "scale"):
                return None
            state.flush_fraction()
        elif state.last not in ("hundred", "scale"):
            return None  # "10 and 12" are two numbers
        state.mark("and", spelled=state.spelled)
        return j + 1

    def starts_fraction(self, j: int) -> bool:
        """ "a half million", "a quarter billion": a fraction of a scale starts at word j."""
        if self.word(j) in ("a", "an", "one"):
            nxt = self.next_word_index(j)
            return nxt is not None and self.word(nxt) in ("half", "quarter")
        return False

    def decimal_words(self, state: _State, j: int) -> int | None:
        """ "point zero three", "point seventy-one", "point eleven": digit words after "point"."""
        digits = ""
        end: int | None = None
        k = self.next_word_index(j)
        while k is not None and (self.word(k) in SMALL or self.word(k) in TENS):
            number = SMALL.get(self.word(k), TENS.get(self.word(k), 0))
            nxt = self.next_word_index(k)
            if number >= 20 and nxt is not None and 0 < SMALL.get(self.word(nxt), 10) < 10:
                number += SMALL[self.word(nxt)]
                k = nxt
            digits += str(number)
            end = k + 1
            k = self.next_word_index(k)
        if end is None:
            return None
        state.current += float("0." + digits)
        state.mark("small", spelled=True)
        return end

    def ratio(self, state: _State, j: int) -> int | None:
        """ "one over three", "one out of three": only with a whole numerator and nothing pending."""
        k = self.next_word_index(j)
        out_of = self.word(j) == "out"
        if out_of:
            if k is None or self.word(k) != "of":
                return None
            k = self.next_word_index(k)
        elif state.value() != 1:
            return None  # "$2000 over 3 years" is not a fraction
        if k is None or not self.starts_number(k):
            return None
        parsed = _Parser(self.text, self.atoms).parse(k)
        if parsed is None or parsed[0].value == 0:
            return None
        numerator = state.value()
        state.total, state.current, state.pending_fraction = numerator / parsed[0].value, 0, None
        state.out_of = out_of
        state.mark("ratio", spelled=True)
        return parsed[1]


class _State:
    def __init__(self) -> None:
        self.total = 0.0
        self.current = 0.0
        self.pending_fraction: float | None = None
        self.last = ""
        self.last_scale = 0.0
        self.seen_number = False
        self.spelled = False
        self.out_of = False
        self.decimal = False  # a numeral with a fractional part was read

    def mark(self, last: str, *, spelled: bool) -> None:
        self.last = last
        self.seen_number = True
        self.spelled = self.spelled or spelled

    def flush_fraction(self) -> None:
        self.total += self.current
        self.current = 0

    def value(self) -> float:
        fraction = self.pending_fraction or 0.0
        if fraction and self.last == "fraction" and self.current == 0 and self.last_scale >= 1e3:
            # "3 million and a half" is three and a half million.
            whole = self.total
            return whole + fraction * self.last_scale
        return self.total + self.current + fraction

    def fraction_only(self) -> bool:
        return self.pending_fraction is not None and self.total == 0 and self.current == 0


def find_numbers(text: str) -> list[NumberPhrase]:
    """Every number phrase in text, left to right, none overlapping."""
    atoms = atomize(text)
    parser = _Parser(text, atoms)
    found: list[NumberPhrase] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if atom.kind != "num" and (atom.kind != "word" or atom.low not in _NUMBER_START_WORDS):
            i += 1  # most atoms: neither a numeral nor a word a number may start with
            continue
        if (vague := parser.vague_plural(i)) is not None:
            found.append(vague[0])
            i = vague[1]
            continue
        if parser.starts_number(i) and (parsed := parser.parse(i)) is not None:
            phrase, i = parsed
            found.append(_with_sign(text, phrase, found))
            continue
        i += 1
    return found


def _with_sign(text: str, phrase: NumberPhrase, before: list[NumberPhrase]) -> NumberPhrase:
    """Take a minus sign written before a numeral ("-5", "- 20") unless it joins two numbers."""
    if phrase.spelled and not text[phrase.start].isdigit():
        return phrase
    sign = _SIGN_BEFORE.search(text, max(0, phrase.start - 2), phrase.start)
    if sign is None:
        return phrase
    ahead = text[max(0, sign.start() - 20) : sign.start()].rstrip()
    ahead_end = sign.start() - (len(text[max(0, sign.start() - 20) : sign.start()]) - len(ahead))
    if ahead and (ahead[-1].isdigit() or ahead[-1] in "%$£€" or (before and before[-1].end >= ahead_end)):
        return phrase  # "40 - 50", "8-16": a range, not a negative number
    if ahead and ahead[-1].isalpha() and sign.end() - sign.start() == 1 and text[sign.start() - 1] != " ":
        return phrase  # "SCP-173": a code
    return replace(phrase, start=sign.start(), text=text[sign.start() : phrase.end], value=-phrase.value)


def parse_number(text: str) -> float | None:
    """The value of text when the whole of it (trimmed) is one number, else None."""
    stripped = text.strip()
    phrases = find_numbers(stripped)
    if len(phrases) == 1 and phrases[0].start == 0 and phrases[0].end == len(stripped):
        return phrases[0].value
    return None


_TRAILING_SCALE = re.compile(
    r"(?<![^\W\d_])(?P<word>" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + r")$"
    r"|\d(?P<letter>" + "|".join(sorted(SCALE_LETTERS, key=len, reverse=True)) + r")$",
    re.IGNORECASE,
)


def trailing_scale(written: str) -> float:
    """The multiplier a number phrase ends with ("3 million" -> 1e6, "5bn" -> 1e9), else 1."""
    match = _TRAILING_SCALE.search(written)
    if match is None:
        return 1.0
    if match.group("word"):
        return SCALE_WORDS[match.group("word").lower()]
    letter = match.group("letter")
    return SCALE_LETTERS.get(letter, 1.0)
