"""Entity corrections on top of the statistical NER.

``en_core_web_sm`` often mislabels place names it has rarely seen (Kyiv as PERSON, Kursk as
PRODUCT, Saratov as ORG) and sometimes misses them. Two passes fix what a reader would call
broken:

1. ``place_names`` (a pipeline component, per document): an entity whose whole text is a
   gazetteer place becomes GPE, unless the same words are part of a longer PERSON name in the
   document ("Jordan" after "Michael Jordan"), or the NER, which knows country names well,
   called a country name a PERSON ("Jordan scored 30 points"), or the NER said ORG and nothing around the name
   reads like a place ("Toyota said", but "officials in Saratov"); a proper noun the NER missed
   becomes GPE when it is a prominent place. In a sentence about a match, a city name that is
   not where something happens is a club ("Chelsea beat Arsenal 2-1"): ORG. Names that merely
   contain a place ("Kazan International Airport") are untouched because only whole-entity
   matches are relabelled.
2. ``unify_labels`` (per article, after chunks are merged): a one-word PERSON runs on over the
   proper noun right after it that it is part of, when the article uses that noun alone too
   ("Dan" of "InfoNation President Dan McDowell", then "McDowell said"), and a one-word PERSON
   right after a capitalised "He" takes it in: the common Chinese surname, which the tagger reads
   as the pronoun ("He Jianxiong, a professor", "written by He Jiankui"; a pronoun is never
   followed by a name); a name the NER took for an organisation is a PERSON when an apposition
   says what person it is ("Eswar Prasad, a trade professor at Cornell"); a surname that repeats a
   full PERSON name given elsewhere ("Vasquez" after "Elena Vasquez"), or a name right after a
   personal title ("Governor Marcus Hale"), is a PERSON even where the NER said otherwise or
   missed it; then one surface form carries one label throughout the article, by majority
   vote, ties going to the place label.

The name of a temperature scale after "degrees" ("95 degrees Fahrenheit") is no entity.
Before the gazetteer, ``kind_label`` fixes labels the name itself gives away: a bridge, street,
airport or building is a FAC ("Market Street"); a newspaper or broadcaster is an ORG, never a
PERSON ("Der Spiegel", "the BBC"); a social platform is an ORG ("Twitter"); a bare number is
never a PRODUCT. A name right after a personal title or role is a PERSON, and no word of it
becomes a place ("Mayor Ana Lima said": Lima stays part of the person).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from desktop.nlp.entities.gazetteer import Gazetteer, load_gazetteer
from desktop.nlp.parsed_doc import ParsedDoc, parsed

PLACE_LABELS = frozenset({"GPE", "LOC"})
# Labels a gazetteer match may override: the NER's usual confusions for unfamiliar place names.
_OVERRIDABLE = frozenset({"PERSON", "ORG", "PRODUCT", "NORP", "WORK_OF_ART", "FAC", "EVENT", "LAW"})
# Numeric labels describe the value, not the name: they never take part in label voting.
NUMERIC_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL", "DATE", "TIME"})

PLACE_NAMES_COMPONENT = "reading_assistant_place_names"


@Language.factory(PLACE_NAMES_COMPONENT)
def create_place_names(nlp: Language, name: str) -> PlaceNames:
    return PlaceNames(load_gazetteer())


class PlaceNames:
    """Relabel and add place names from the gazetteer (see the module docstring)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        titled = titled_names(doc)
        in_titled = {i for span in titled for i in range(span.start, span.end)}
        person_words = _words_of_multiword_persons(doc)
        # A club named once in a match report is the club in the rest of the paragraph too.
        clubs = {ent.text for ent in doc.ents if self._names_a_club(ent)}
        corrected: list[Span] = list(titled)
        for ent in doc.ents:
            named_by_kind = kind_label(ent)
            if any(i in in_titled for i in range(ent.start, ent.end)):
                continue  # the titled name replaces it
            if _is_temperature_scale(ent):
                continue  # "95 degrees Fahrenheit": a unit, not a name
            if named_by_kind is not None:
                corrected.append(Span(doc, ent.start, ent.end, label=named_by_kind))
            elif ent.text in clubs and ent.label_ in _OVERRIDABLE | PLACE_LABELS:
                corrected.append(Span(doc, ent.start, ent.end, label="ORG"))
            elif (
                ent.label_ in _OVERRIDABLE
                and self.gazetteer.is_place(ent.text)
                and ent.text not in person_words
                and not _is_demonym(ent)
                and (ent.label_ != "ORG" or _reads_as_place(ent))
                and not (ent.label_ == "PERSON" and self.gazetteer.is_country(ent.text))
            ):
                corrected.append(Span(doc, ent.start, ent.end, label="GPE"))
            else:
                corrected.append(ent)
        for token in doc:
            if (
                token.ent_type != 0
                or token.pos_ != "PROPN"
                or token.text in person_words
                or token.i in in_titled
            ):
                continue
            if self._names_a_club(doc[token.i : token.i + 1]):
                corrected.append(Span(doc, token.i, token.i + 1, label="ORG"))
            elif not token.is_sent_start and self.gazetteer.is_prominent_place(token.text):
                corrected.append(Span(doc, token.i, token.i + 1, label="GPE"))
        doc.ents = filter_spans(corrected)
        return doc

    def _names_a_club(self, span: Span) -> bool:
        # National teams are left alone: OntoNotes, which the NER learnt from, calls them GPE.
        return (
            self.gazetteer.is_place(span.text)
            and not self.gazetteer.is_country(span.text)
            and _is_about_a_match(span.sent)
            and _word_before(span) not in _WHERE_A_MATCH_IS
        )


# Prepositions that put a name in the role of a place ("officials in Saratov", "near Kursk").
_LOCATIVE_PREPOSITIONS = frozenset(
    [
        "in",
        "near",
        "from",
        "to",
        "into",
        "at",
        "outside",
        "around",
        "across",
        "towards",
        "toward",
        "through",
        "throughout",
        "inside",
        "via",
    ]
)
# Nouns that make "<noun> of X" a place ("the governor of Kharkiv", "residents of Kherson").
_PLACE_NOUNS_BEFORE_OF = frozenset(
    [
        "city",
        "town",
        "village",
        "region",
        "province",
        "capital",
        "governor",
        "mayor",
        "residents",
        "people",
        "outskirts",
        "centre",
        "center",
        "north",
        "south",
        "east",
        "west",
        "suburbs",
        "streets",
        "port",
        "area",
        "oblast",
    ]
)
# Nouns that make "X <noun>" a place ("the Donetsk region", "the Kursk border region").
_PLACE_NOUNS_AFTER = frozenset(["region", "oblast", "province", "city", "area", "border", "governor"])
# In a sentence about a match, these are the only prepositions that make a city the venue.
_WHERE_A_MATCH_IS = frozenset({"in", "at", "near"})
# Words that make a sentence a sports report; a score ("2-1") does too.
_MATCH_WORDS = frozenset(
    [
        "match",
        "goal",
        "goalless",
        "penalty",
        "league",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "derby",
        "fixture",
        "cup",
        "club",
        "stadium",
        "manager",
    ]
)
_SCORE = re.compile(r"\b\d{1,2}[-–]\d{1,2}\b")


def _word_before(span: Span) -> str:
    start = span.start - 1
    if start >= 0 and span.doc[start].lower_ == "the":
        start -= 1
    return span.doc[start].lower_ if start >= 0 else ""


def _reads_as_place(ent: Span) -> bool:
    doc = ent.doc
    before = _word_before(ent)
    if before in _LOCATIVE_PREPOSITIONS:
        return True
    if (
        before == "of"
        and ent.start >= 2
        and _word_before(doc[ent.start - 1 : ent.start]) in _PLACE_NOUNS_BEFORE_OF
    ):
        return True
    if ent.end < len(doc) and doc[ent.end].lower_ in _PLACE_NOUNS_AFTER:
        return True
    # Listed beside or set in apposition to a place ("Kharkiv and Kyiv", "Mobile, Alabama").
    linked = [ent.root.head] if ent.root.dep_ in {"conj", "appos"} else []
    linked += [child for child in ent.root.children if child.dep_ in {"conj", "appos"}]
    return any(token.ent_type_ in PLACE_LABELS for token in linked)


def _is_about_a_match(sentence: Span) -> bool:
    return bool(_SCORE.search(sentence.text)) or any(
        token.lemma_.lower() in _MATCH_WORDS for token in sentence
    )


# Words that, right before a name, make it a person's name.
PERSONAL_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "gov",
        "governor",
        "mayor",
        "president",
        "sen",
        "senator",
        "rep",
        "representative",
        "judge",
        "gen",
        "general",
        "col",
        "lt",
        "sgt",
        "capt",
        "minister",
        "chancellor",
        "premier",
        "secretary",
        "councillor",
        "councilman",
        "councilwoman",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    ]
)


# Last words that make a name a facility: OntoNotes' FAC is buildings, airports, roads, bridges.
_FACILITY_HEADS = frozenset(
    ["bridge", "street", "st", "road", "rd", "avenue", "ave", "boulevard", "highway", "motorway", "tunnel",
     "airport", "tower", "towers", "building", "station", "terminal", "stadium", "arena", "square"]
)  # fmt: skip
# Words that make a name a newspaper or a broadcaster: an organisation, not a person or a place.
_PRESS_WORDS = frozenset(
    ["times", "post", "journal", "herald", "guardian", "telegraph", "gazette", "tribune", "chronicle",
     "observer", "independent", "mirror", "express", "inquirer", "courier", "monde", "figaro", "spiegel",
     "zeitung", "pais", "país", "corriere", "repubblica", "radio", "tv", "television", "broadcasting",
     "bbc", "cnn", "npr", "pbs", "abc", "cbs", "nbc", "itv", "rté", "zdf", "ard", "nhk", "cbc", "rai"]
)  # fmt: skip
_PRESS_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"})
# Social platforms the small model reads as people ("posted on Twitter").
_PLATFORMS = frozenset(
    ["twitter", "facebook", "instagram", "tiktok", "youtube", "whatsapp", "telegram", "linkedin", "reddit",
     "snapchat", "bluesky", "threads", "wechat", "weibo", "truth social", "mastodon"]
)  # fmt: skip


# Temperature scales are named after people, and the NER takes them for names after "degrees".
_TEMPERATURE_SCALES = frozenset({"fahrenheit", "celsius", "centigrade", "kelvin"})
_DEGREE_WORDS = frozenset({"degree", "degrees", "deg", "°"})


def _is_temperature_scale(ent: Span) -> bool:
    """ "Fahrenheit" of "95 degrees Fahrenheit" (an ORG to the NER); "Daniel Fahrenheit" is a name."""
    return (
        len(ent) == 1
        and ent[0].lower_ in _TEMPERATURE_SCALES
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ in _DEGREE_WORDS
    )


def kind_label(ent: Span) -> str | None:
    """The label a name's own words give it, when the NER's label contradicts them."""
    words = [token.lower_ for token in ent if token.lower_ not in {"the", "'s", "’s"}]
    if not words:
        return None
    if ent.label_ == "PRODUCT" and all(token.like_num or token.is_punct for token in ent):
        return "CARDINAL"  # "the 787": a bare number is never a product
    if " ".join(words) in _PLATFORMS and ent.label_ != "ORG":
        return "ORG"
    if (
        words[-1] in _FACILITY_HEADS
        and ent.label_ in _OVERRIDABLE | PLACE_LABELS - {"FAC"}
        and len(words) > 1
    ):
        return "FAC"
    if ent.label_ in _PRESS_LABELS and any(word in _PRESS_WORDS for word in words):
        return "ORG"
    return None


def titled_names(doc: Doc) -> list[Span]:
    """ "Mayor Ana Lima", "Dr. Paris Jones": the capitalised proper nouns right after a personal
    title or role, as one PERSON span."""
    names: list[Span] = []
    for token in doc:
        if token.lower_.rstrip(".") not in PERSONAL_TITLES or (names and token.i < names[-1].end):
            continue
        if token.ent_type_ not in ("", "PERSON"):
            continue  # "General Motors", "Mayor's Office": the word is part of another name
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end > token.i + 1:
            names.append(Span(doc, token.i + 1, end, label="PERSON"))
    return names


# Names of organisations and works that often carry a place ("the Moscow Times", "the Kyiv
# Independent"): the place inside is a mention of that place too, nested in the name. Facilities
# are left whole ("Kazan International Airport" is a building, not a mention of the city).
_NESTING_LABELS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "LAW"})


def nested_places(doc: Doc | ParsedDoc) -> list[Span]:
    """Place names inside organisation and work names, as GPE spans nested in those entities.

    spaCy keeps entities flat, so these are returned beside ``doc.ents`` rather than in it.
    """
    article = parsed(doc)
    gazetteer = load_gazetteer()
    nested: list[Span] = []
    for ent in article.entities:
        if ent.label_ not in _NESTING_LABELS or len(ent) < 2:
            continue
        nested.extend(
            Span(article.doc, token.i, token.i + 1, label="GPE")
            for token in article.tokens[ent.start : ent.end]
            if token.pos_ == "PROPN" and gazetteer.is_prominent_place(token.text)
        )
    return nested


def unify_labels(doc: Doc) -> None:
    """Apply the article-wide corrections described in the module docstring."""
    _link_person_names(doc)
    _vote_labels(doc)


def _link_person_names(doc: Doc) -> None:
    # (spaCy makes doc.ents anew on every access)
    entities = _described_persons(doc, _with_surname_he(doc, _whole_person_names(doc, doc.ents)))
    surnames = {ent[-1].text for ent in entities if ent.label_ == "PERSON" and len(ent) > 1}
    corrected: list[Span] = []
    for ent in entities:
        titled = ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in PERSONAL_TITLES
        names_a_person = ent.text in surnames or (titled and all(t.pos_ == "PROPN" for t in ent))
        if ent.label_ not in NUMERIC_LABELS and ent.label_ != "PERSON" and names_a_person:
            corrected.append(Span(doc, ent.start, ent.end, label="PERSON"))
        else:
            corrected.append(ent)
    # Compared as spaCy's string ids first: a token gives its id without making its text.
    surname_ids = {get_string_id(surname) for surname in surnames}
    corrected += [
        Span(doc, token.i, token.i + 1, label="PERSON")
        for token in doc
        if token.orth in surname_ids
        and token.ent_type == 0
        and token.pos_ == "PROPN"
        and not _is_temperature_scale(doc[token.i : token.i + 1])
    ]
    doc.ents = filter_spans(corrected)


def _whole_person_names(doc: Doc, entities: Sequence[Span]) -> Sequence[Span]:
    """``entities`` with a one-word PERSON run on over the capitalised proper noun after it that
    it is a compound of, when that noun occurs elsewhere in the article: the NER's "Dan" of "Dan
    McDowell", whom the article calls "McDowell" later. ("Biden Administration" stays: the
    article does not call anyone "Administration".)"""
    found: list[tuple[int, Span]] = []
    for index, ent in enumerate(entities):
        if ent.label_ != "PERSON" or len(ent) != 1 or ent.end >= len(doc):
            continue
        after = doc[ent.end]
        if (
            after.ent_type == 0
            and after.pos_ == "PROPN"
            and after.text[:1].isupper()  # "McDowell" is no str.istitle()
            and ent.root.head.i == after.i
            and ent.root.dep_ in ("compound", "flat")
        ):
            found.append((index, Span(doc, ent.start, ent.end + 1, label="PERSON")))
    if not found:
        return entities
    counts = doc.count_by(ORTH)
    whole = list(entities)
    for index, name in found:
        if counts.get(name[-1].orth, 0) > 1:
            whole[index] = name
    return tuple(whole)


# Nouns that only describe a person: a name they stand in apposition to is a person's.
_PERSON_NOUNS = frozenset(
    {
        "professor", "economist", "analyst", "lawyer", "attorney", "spokesman", "spokeswoman",
        "spokesperson", "researcher", "scientist", "historian", "strategist", "trader",
        "consultant", "adviser", "advisor", "founder", "author", "doctor", "nurse", "teacher",
        "student", "farmer", "resident", "physicist", "biologist", "engineer",
        "lecturer", "scholar", "fellow", "expert", "novelist", "journalist", "columnist",
    }
)  # fmt: skip


def _described_persons(doc: Doc, entities: Sequence[Span]) -> Sequence[Span]:
    """``entities`` with a proper name the NER took for an organisation relabelled PERSON when an
    apposition says what person it is: "Eswar Prasad, a trade professor at Cornell, said"."""
    whole = list(entities)
    for index, ent in enumerate(entities):
        proper_name = all(t.pos_ == "PROPN" or t.text == "-" for t in ent)  # "Okonkwo-Hale"
        if ent.label_ not in _OVERRIDABLE - {"PERSON"} or not proper_name:
            continue
        described = any(
            child.dep_ == "appos" and child.lemma_.lower() in _PERSON_NOUNS and child.i > ent.end
            for child in ent.root.children
        )
        if described:
            whole[index] = Span(doc, ent.start, ent.end, label="PERSON")
    return whole


def _with_surname_he(doc: Doc, entities: Sequence[Span]) -> Sequence[Span]:
    """``entities`` with a one-word PERSON right after "He" (capitalised, one space between)
    taken to start there: the surname He of "He Jianxiong", which the tagger reads as the
    pronoun. The pronoun itself is never followed by a name, so a capital "He" before one is the
    surname, at the start of a sentence too."""
    whole = list(entities)
    for index, ent in enumerate(entities):
        if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0:
            continue
        before = doc[ent.start - 1]
        if before.text == "He" and before.whitespace_ == " " and before.ent_type == 0:
            whole[index] = Span(doc, ent.start - 1, ent.end, label="PERSON")
    return whole


def _vote_labels(doc: Doc) -> None:
    """Give every mention of one surface form the label most of its mentions carry."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for ent in doc.ents:
        if ent.label_ not in NUMERIC_LABELS:
            votes[_surface(ent)][ent.label_] += 1
    winners = {surface: _winner(counter) for surface, counter in votes.items() if len(counter) > 1}
    if not winners:
        return
    doc.ents = [
        Span(doc, ent.start, ent.end, label=winners[_surface(ent)])
        if ent.label_ not in NUMERIC_LABELS and _surface(ent) in winners
        else ent
        for ent in doc.ents
    ]


def _winner(counter: Counter[str]) -> str:
    # Most mentions win; on a tie prefer a place label, since ties arise mostly from the
    # NER's confusion on unfamiliar place names.
    return max(counter, key=lambda label: (counter[label], label in PLACE_LABELS))


def _surface(ent: Span) -> str:
    words = [t.text for t in ent if t.lower_ not in {"the", "'s", "’s"}]
    return " ".join(words)


def _words_of_multiword_persons(doc: Doc) -> set[str]:
    return {token.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for token in ent}


def _is_demonym(ent: Span) -> bool:
    # "Ukrainian officials": an adjective of nationality stays NORP even if a town shares the name.
    return ent.label_ == "NORP" and ent.root.pos_ == "ADJ"
