"""Who a source mention stands for: its mention span and the fullest name the article gives.

- A name ties to the fullest form of the same person given in the article ("Zelensky" →
  "Volodymyr Zelensky"); titles and roles stay in the mention, not in the name.
- "he"/"she" resolve to a person mentioned shortly before, outside quotation marks (a person
  named inside a quote is rarely its speaker), preferring earlier speakers and grammatical
  subjects, and never a person of the other known gender.
- "they"/"it"/"we" resolve to the last non-person source, else the last organisation.
- "the museum", "the force", "their union", "the retailer" resolve to the organisation whose name
  says that kind (or that was given that noun: "retailer Homewise"), before or just after; a
  role or kind given only one name reaches any distance back.
- A name in apposition to a role ("its leader, Euan MacRae") is a person whatever the tagger says;
  "Park" is "Park Ji-hoon" (a Korean family name comes first).
- A pronoun with no antecedent in reach keeps its mention and gets no name.
Resolution is called in document order so that earlier speakers inform later pronouns.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from desktop.nlp.claims.documents import has_the
from desktop.nlp.claims.gender import first_name_gender, word_gender
from desktop.nlp.model import Source
from desktop.nlp.parsed_doc import ParsedDoc, tokens_before, tokens_from

# Titles and roles that may stand before a name; compared lower-case without a final dot.
TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "gov", "governor",
        "sen", "senator", "rep", "representative", "president", "vice", "prime", "minister",
        "chancellor", "mayor", "gen", "general", "col", "colonel", "lt", "capt", "captain", "sgt",
        "adm", "admiral", "judge", "justice", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "king", "queen", "prince", "princess", "pope", "rev", "father", "sister",
        "chief", "executive", "ceo", "chairman", "chairwoman", "director", "officer", "coach",
        "ambassador", "commissioner", "deputy", "foreign", "defense", "defence", "interior",
        "state", "attorney", "former", "then", "acting", "u.s.", "us", "the",
        "superintendent", "sheriff", "inspector", "detective", "professor", "sergeant",
        "lieutenant", "councillor", "councilman", "councilwoman", "congressman", "congresswoman",
        "premier", "speaker",
    }
)  # fmt: skip
# Nouns that stand for a named organisation when used with "the" ("the company said").
ORGANISATION_NOUNS = frozenset(
    {
        "company", "firm", "corporation", "business", "group", "carmaker", "automaker", "retailer",
        "airline", "bank", "lender", "insurer", "manufacturer", "startup", "chain", "publisher",
        "broadcaster", "network", "club", "agency", "organisation", "organization", "charity",
        "union", "party", "developer", "operator", "supplier", "giant", "conglomerate", "utility",
    }
)  # fmt: skip
# Last words of institutions' names, beside the organisation nouns: "the Freight Transport Council".
INSTITUTION_WORDS = frozenset(
    {
        "council", "ministry", "department", "committee", "court", "university", "school",
        "hospital", "trust", "authority", "commission", "office", "police", "army", "government",
        "union", "association", "federation", "institute", "foundation", "board", "agency",
        "bureau", "service", "front", "movement", "terminals", "motors", "airways", "airlines",
        "inc", "ltd", "plc", "llc", "corp", "co",
    }
)  # fmt: skip
# Either kind of group noun, joined once here rather than on every lookup.
ORGANISATION_AND_INSTITUTION_NOUNS = ORGANISATION_NOUNS | INSTITUTION_WORDS
# Words in names for what a noun calls an organisation of that kind: a school system is "X City
# Schools" and "the district", a police force "Police Scotland" and "the force".
_KIND_NAME_WORDS = {
    "district": frozenset({"schools"}),
    "force": frozenset({"police", "constabulary"}),
    "orchestra": frozenset({"philharmonic", "symphony", "sinfonia"}),
}
# How many sentences back a role ("the minister") may find the person given it.
_ROLE_REACH = 12
# spaCy's id of "(" (compared for every word without making its string).
_OPENING_BRACKET = get_string_id("(")
# Shortest and longest acronym spelled out from an earlier name ("FAA", "CPSC").
_ACRONYM_LENGTHS = (2, 6)
# Roles that stand before a name without being titles to strip from it ("agronomist Tim
# Gallagher"), beside the titles above; "the agronomist said" names the same person later.
_ROLE_WORDS = frozenset(
    {
        "minister", "secretary", "governor", "mayor", "judge", "spokesman", "spokeswoman",
        "spokesperson", "director", "chairman", "chairwoman", "chair", "president", "commissioner",
        "ambassador", "coach", "councillor", "senator", "lawyer", "prosecutor", "economist",
        "analyst", "agronomist", "researcher", "professor", "chancellor",
    }
)  # fmt: skip
# Nouns for a business ("the company said"), and the last words of public bodies' names.
_COMPANY_NOUNS = frozenset(
    {
        "company", "firm", "corporation", "business", "carmaker", "automaker", "retailer", "airline",
        "lender", "insurer", "manufacturer", "startup", "chain", "publisher", "developer", "operator",
        "supplier", "conglomerate", "maker", "drugmaker", "chipmaker",
    }
)  # fmt: skip
_ORGANISATION_AND_COMPANY_NOUNS = ORGANISATION_NOUNS | _COMPANY_NOUNS
_PUBLIC_BODY_WORDS = frozenset(
    {
        "agency", "ministry", "department", "council", "court", "commission", "administration",
        "authority", "government", "police", "office", "bureau", "parliament", "senate", "congress",
        "committee", "service",
    }
)  # fmt: skip
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# Possessives stand for their owner as a document's author ("their note", "its statement").
_GROUP_PRONOUNS = frozenset({"they", "them", "their", "it", "its", "we", "us", "our"})
_NAMED_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
# Words that join the parts of one organisation's name: "Maritime and Dock Workers' Union".
_NAME_JOINERS = frozenset({"and", "of", "for", "&", "'", "’"})
# How many sentences back a pronoun may look for its antecedent.
_WINDOW = 4
# How many sentences ahead a role ("its governor") may find the name it stands for.
_NAME_FOLLOWS_WITHIN = 2
# Nouns for whoever leads an organisation ("the head of Nordline"), and the titles that name
# that person when the name follows ("Chief executive Marc-André Tessier").
_LEADER_NOUNS = frozenset({"head", "boss", "chief", "leader"})
_LEADER_TITLES = frozenset(
    {"head", "boss", "chief", "leader", "executive", "ceo", "chairman", "chairwoman", "chair", "president"}
)
# How a candidate antecedent of "he"/"she" is scored: sentences back, less these bonuses (lower wins).
_BONUS_ALREADY_SPOKE = 1.0
_BONUS_SUBJECT = 0.5
# The main clause's subject over one in a clause below ("X declined to say whether Y …").
_BONUS_MAIN_CLAUSE_SUBJECT = 0.25
# A proper-noun subject the tagger did not call a person, who has not spoken: a last resort.
_PENALTY_UNSURE = 1.5


@dataclass
class _Mention:
    """A person or group mentioned outside quotes, as a pronoun's candidate antecedent."""

    token: int
    sentence: int
    name: str
    is_subject: bool
    # A proper-noun subject the tagger did not call a person ("Burton" as ORG): a fallback.
    unsure: bool = False


# A place speaks as a group ("Marine Scotland", "Downing Street"), never as "he" or "she".
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "van", "von", "der", "den", "la", "le", "bin", "al", "ibn", "di"}
)


class SpeakerResolver:
    """Resolves source mentions of one document, in document order."""

    def __init__(self, article: ParsedDoc, sentence_of: list[int], in_quote: Callable[[Token], bool]) -> None:
        self._doc = article.doc
        self._tokens = tokens = article.tokens
        self._entities = article.entities
        self._sentence_of = sentence_of
        self._entity_of: dict[int, SpacySpan] = {
            t: ent for ent in article.entities for t in range(ent.start, ent.end)
        }
        self._full_names = _full_names(article)
        self._bracketed_acronyms = _bracketed_acronyms(tokens)
        self._gender: dict[str, str] = {}
        # Role noun → people given that role, in order: "the agriculture minister, Brent Maddison".
        self._role_holders: dict[str, list[tuple[int, str]]] = {}
        self._persons: list[_Mention] = []
        self._groups: list[_Mention] = []
        for ent in article.entities:
            if ent.label_ not in ("PERSON", "ORG") or in_quote(tokens[ent.start]):
                continue
            root = ent.root  # (spaCy finds a span's root anew on every access)
            mention = _Mention(root.i, self._sentence_of[root.i], "", _is_subject(root))
            if ent.label_ == "PERSON":
                mention.name = self._person_name(ent)
                self._persons.append(mention)
                self._note_title_gender(ent)
                for role in _titles_of(ent):
                    self._role_holders.setdefault(role, []).append((root.i, mention.name))
            elif ent.label_ == "ORG":
                mention.name = _name_as_written(ent.text)
                self._groups.append(mention)
        for token in tokens:
            if (
                token.dep_ == "nsubj"
                # A surname is sometimes tagged a noun, or a place ("Figgins declined", "Russo said").
                and (token.pos_ == "PROPN" or self._known_person([token]) is not None)
                and token.ent_type_ in ("", "ORG", "GPE")
                and not in_quote(token)
            ):
                names = _strip_titles([*_compounds(token), token])
                name = self._known_person(names) or " ".join(t.text for t in names)
                self._persons.append(_Mention(token.i, self._sentence_of[token.i], name, True, unsure=True))
        # People known as such only by the role they are given ("its leader, Euan MacRae").
        self._given_roles: set[str] = set()
        for token in tokens:
            if token.dep_ != "appos" or token.pos_ != "PROPN":
                continue
            # "the agriculture minister, Brent Maddison," whatever label the tagger gave the name.
            given = token.head
            if (
                given.pos_ == "NOUN"
                and given.is_lower
                and given.lemma_ not in ORGANISATION_AND_INSTITUTION_NOUNS
                and not in_quote(token)
            ):
                names = _strip_titles([*_compounds(token), token])
                if names and _reads_as_personal_name(_joined(names)):
                    self._role_holders.setdefault(given.lemma_, []).append((token.i, _joined(names)))
                    if token.ent_type_ != "PERSON":
                        # "Its leader, Euan MacRae," is a person however the tagger labelled the
                        # name: a candidate for "he"/"she", of the role's gender ("her sister, …").
                        name = _joined(names)
                        self._persons.append(
                            _Mention(token.i, self._sentence_of[token.i], name, _is_subject(given))
                        )
                        self._note_gender(name, [given.lower_])
                        self._given_roles.add(name)
        for holders in self._role_holders.values():
            holders.sort()
        # Organisation noun → organisations given that noun, in order: "Marlow's publisher, Hartwell
        # & Lane, stood by the book" (the parser often hangs such a name as a conjunct).
        self._named_groups: dict[str, list[tuple[int, str]]] = {}
        for ent in article.entities:
            noun = tokens[ent.start - 2] if ent.start >= 2 else None
            if (
                ent.label_ == "ORG"
                and noun is not None
                and tokens[ent.start - 1].text == ","
                and noun.is_lower
                and noun.lemma_ in ORGANISATION_NOUNS
                and not in_quote(ent[0])
            ):
                self._named_groups.setdefault(noun.lemma_, []).append((ent.start, _without_article(ent.text)))
        for token in tokens:
            # "UK homeware retailer Homewise": the name is "the retailer" later, whatever its label.
            kind = _kind_noun(token)
            if kind is not None and token.dep_ not in ("compound", "flat") and not in_quote(token):
                names = [t for t in _compounds(token) if t.i > kind.i] + [token]
                self._named_groups.setdefault(kind.lemma_, []).append((token.i, _joined(names)))
                self._groups.append(
                    _Mention(token.i, self._sentence_of[token.i], _joined(names), _is_subject(token))
                )
        self._groups.sort(key=_token_of)
        for named in self._named_groups.values():
            named.sort()
        # Where each role is first used bare ("the president's tactics"): a role already standing
        # for someone the reader knows keeps doing so after another holder is introduced.
        self._first_bare_role: dict[str, int] = {}
        for token in tokens:
            if (
                token.pos_ == "NOUN"
                and token.is_lower
                and token.dep_ != "appos"
                and token.lemma_ not in self._first_bare_role  # only the first use counts
                and not any(c.dep_ == "appos" for c in token.children)
                and has_the(token)
                and not in_quote(token)
            ):
                self._first_bare_role.setdefault(token.lemma_, token.i)
        self._persons.sort(key=_token_of)
        self._speakers: set[str] = set()
        self._last_group_source: _Mention | None = None
        # Common-noun sources by head lemma: "the ministry" is "the defence ministry" named before.
        self._described: dict[str, str] = {}

    def resolve(self, head: Token) -> Source:
        """The source whose mention is headed by ``head``, with its resolved name."""
        start, end = _mention_bounds(head)
        mention = self._doc[start:end]
        pronoun = head.lower_ if head.pos_ == "PRON" else ""
        named = False  # a name as written, remembered in full for later mentions
        if pronoun in _PRONOUN_GENDER:
            name = self._resolve_person_pronoun(head, _PRONOUN_GENDER[pronoun])
        elif _is_age(head):
            name = self._resolve_person_pronoun(head, None)  # "the 34-year-old": a person named before
        elif pronoun in _GROUP_PRONOUNS:
            name = self._resolve_group_pronoun(head)
        elif any(c.dep_ == "conj" and c.pos_ in ("PROPN", "PRON") for c in head.children):
            name = mention.text  # "Noel and Thomas": several speakers, kept as written
        elif _is_common_noun(head) and self._appositive_name(head, mention) is None:
            name = self._described_name(head, mention)
        else:
            name = self._name(head, mention)
            named = True
        if name is not None and (not pronoun or pronoun in _PRONOUN_GENDER):
            self._speakers.add(name)
        if name is not None and pronoun in _PRONOUN_GENDER:
            # The current speaker carries on through the pronouns that name them: "he said" after
            # a run of quotes is the man quoted, however far back his name was given.
            self._add_person(_Mention(head.i, self._sentence_of[head.i], name, True))
        if name is not None and not pronoun:
            # "The developer, Marlowe Homes": a name given to an organisation noun is a group's.
            # "retailer Homewise": the organisation noun before a name says what it names.
            # "The council denied": a noun for an institution names one, never a person.
            organisation_role = (
                head.is_lower
                and (head.lemma_ in ORGANISATION_AND_INSTITUTION_NOUNS or head.lemma_ in _KIND_NAME_WORDS)
            ) or _kind_noun(head) is not None
            named_as_person = not organisation_role and (
                self._entity_label(head) == "PERSON"
                or name in self._gender  # "Her husband, Col": a gendered role names a person
                or name in self._given_roles  # "principal conductor, Tomasz Wieczorek"
                or (
                    name in self._full_names.values()
                    and self._entity_label(head) not in _PLACE_LABELS
                    and _reads_as_personal_name(name)
                )
            )
            # "Analysts at the firm Autovista" or "Lumen Motors" speak as groups: "their note".
            if named_as_person and self._can_be_person(name) and head.tag_ not in ("NNS", "NNPS"):
                self._add_person(_Mention(head.i, self._sentence_of[head.i], name, True))
            else:
                self._last_group_source = _Mention(head.i, self._sentence_of[head.i], name, True)
        if named and name is not None:
            # Only now: a name is no person's for having just been remembered as a full name.
            self._remember_full_name(name)
        return Source(mention.start_char, mention.end_char, mention.text, name)

    def _add_person(self, mention: _Mention) -> None:
        """A person speaking is a candidate for later pronouns even where the tagger missed them
        ("Early says …" with "Early" taken for an adverb)."""
        at = bisect.bisect_left(self._persons, mention.token, key=_token_of)
        if at == len(self._persons) or self._persons[at].token != mention.token:
            self._persons.insert(at, mention)

    def _entity_label(self, token: Token) -> str:
        ent = self._entity_of.get(token.i)
        return ent.label_ if ent is not None else ""

    def _known_person(self, tokens: list[Token]) -> str | None:
        """The full name of a person the article names, when ``tokens`` end it ("Whelan" for
        "Gary Whelan"): the tagger often labels a bare surname as an organisation or place."""
        return self._full_name_ending(_joined(tokens).split()) if tokens else None

    def _full_name_ending(self, words: list[str]) -> str | None:
        """The fullest name known by now whose last words are ``words``."""
        full = self._full_names.get(words[-1].lower()) if words else None
        if full is None:
            return None
        parts = full.split()
        if parts[-len(words) :] == words or (_family_name_first(parts) and parts[: len(words)] == words):
            return full
        return None

    def _described_name(self, head: Token, mention: SpacySpan) -> str:
        """A common-noun source: "the ministry" ties to the last source with that head noun
        ("the defence ministry"); a fuller description becomes the name for later ones."""
        name = _without_article(mention.text)
        named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        named = named or _name_given(head)
        if named is not None:
            # "its maker, Corvane Therapeutics": the organisation a role noun is given.
            name = _joined([*_compounds(named), named]) + _name_continuation(named)
            self._described[head.lemma_] = name
            return name
        if has_the(head) and len(mention) <= 2:
            earlier = self._described.get(head.lemma_) or self._role_holder(head) or self._named_group(head)
            if head.lemma_ in ORGANISATION_NOUNS:
                # "Harbourside Rovers have rejected …, the club confirmed": the group the sentence
                # is about speaks of itself.
                earlier = self._group_earlier_in_sentence(head) or earlier
            if earlier is None:
                # "the university" is "Dunmore University" named before, "the museum" the
                # "National Museum of Denmark".
                earlier = self._last_group_named_as(head.lower_, head.i)
            if earlier is None and head.lemma_ in _COMPANY_NOUNS:
                earlier = self._last_company_before(head.i)
            if earlier is None and head.lemma_ in ORGANISATION_NOUNS and head.lemma_ not in _COMPANY_NOUNS:
                earlier = self._last_group_before(head.i)  # "the union" is the one just named
            name = earlier or name
        owned = any(c.dep_ == "poss" for c in head.children)
        described = all(t.pos_ != "PROPN" for t in mention) and (owned or has_the(head))
        if name == _without_article(mention.text) and described:
            # "their union has announced …. The Nursing and Midwifery Union said": named next.
            name = self._group_named_after(head) or name
        if name == _without_article(mention.text) and len(mention) <= 2:
            name = self._titled_person_after(head, {head.lower_}) or name
        if name == _without_article(mention.text) and head.lemma_ in _LEADER_NOUNS:
            # "The head of Nordline told MPs …. Chief executive Marc-André Tessier said …"
            name = self._titled_person_after(head, _LEADER_TITLES) or name
        if name == _without_article(mention.text):
            name = self._speaking_for(head, mention) or name
        self._described[head.lemma_] = name
        return name

    def _speaking_for(self, head: Token, mention: SpacySpan) -> str | None:
        """ "A spokeswoman for the publisher" speaks for the publisher named before: "spokeswoman
        for Hartwell & Lane"; "a spokesperson for the mayor" for the mayor the article names."""
        group = next(
            (
                g
                for prep in head.rights
                if prep.dep_ == "prep" and prep.lower_ == "for"
                for g in prep.children
                if g.dep_ == "pobj" and g.is_lower and g.lemma_ in ORGANISATION_NOUNS | _ROLE_WORDS
            ),
            None,
        )
        if group is None or not has_the(group):
            return None
        start, end = _mention_bounds(group)
        if end > mention.end or end - start > 2:
            return None
        named = self._described_name(group, self._doc[start:end])
        if named == _without_article(self._doc[start:end].text):
            return None
        before = self._doc[mention.start : start].text.strip()
        return _without_article(f"{before} {named}")

    def _named_group(self, noun: Token) -> str | None:
        """The organisation last given this organisation noun before it, a dozen sentences back at
        most, or however far when the article gives that noun to no other: the noun says what it
        is, as a role says who."""
        named = [(at, name) for at, name in self._named_groups.get(noun.lemma_, []) if at < noun.i]
        if not named or not self._within_reach(noun, named):
            return None
        return named[-1][1]

    def _within_reach(self, noun: Token, given: list[tuple[int, str]]) -> bool:
        """Whether the last of the names ``given`` a role or kind noun before it is what the noun
        stands for by distance: a dozen sentences back at most, unless it is the only name the
        article gives that noun ("the mayor" at the end of a story about one mayor)."""
        if self._sentence_of[noun.i] - self._sentence_of[given[-1][0]] <= _ROLE_REACH:
            return True
        everyone = {
            name
            for _, name in self._role_holders.get(noun.lemma_, []) + self._named_groups.get(noun.lemma_, [])
        }
        return len(everyone) == 1

    def _role_holder(self, role: Token) -> str | None:
        """The person last given this role before it ("Queensland's agriculture minister, Brent
        Maddison, visited …. The minister said …"), a dozen sentences back at most, unless the
        bare role already stood for someone before that person was given it."""
        holders = [(at, name) for at, name in self._role_holders.get(role.lemma_, []) if at < role.i]
        if not holders:
            return None
        at, name = holders[-1]
        if self._first_bare_role.get(role.lemma_, role.i) < at:
            return None  # "the president" meant someone else before this one was introduced
        if not self._within_reach(role, holders):
            return None
        return self._fullest(name)

    def _titled_person_after(self, role: Token, titles: set[str] | frozenset[str]) -> str | None:
        """The person a role names when the name follows shortly: "its governor ruled out a cut.
        … Governor Ines Moravec told reporters" (the role as the name's title)."""
        here = self._sentence_of[role.i]
        start = bisect.bisect_right(self._persons, role.i, key=_token_of)
        for mention in self._persons[start:]:
            if self._sentence_of[mention.token] - here > _NAME_FOLLOWS_WITHIN:
                break
            ent = self._entity_of.get(mention.token)
            if ent is None or ent.label_ != "PERSON":
                continue
            before = self._tokens[ent.start - 1] if ent.start else None
            if any(t is not None and t.lower_ in titles for t in (ent[0], before)):
                return self._fullest(mention.name)
        return None

    def _group_earlier_in_sentence(self, head: Token) -> str | None:
        """The first name in ``head``'s sentence, before it, that reads as a group's: a plural
        proper noun ("Harbourside Rovers"), one the tagger calls an organisation, or one given an
        organisation noun ("carmaker Halberg"); never a person the article names.
        """
        first = head.i
        while first and self._sentence_of[first - 1] == self._sentence_of[head.i]:
            first -= 1
        for token in self._tokens[first : head.i]:
            if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat"):
                continue
            kind_noun = any(
                c.dep_ == "compound" and c.lemma_ in _ORGANISATION_AND_COMPANY_NOUNS for c in token.lefts
            )
            names = [*_compounds(token), token]
            # The plural and the organisation noun outweigh the tagger, which calls many a
            # company a person; its organisation label does not outweigh a person's name.
            if token.tag_ == "NNPS" or kind_noun:
                return _joined(names)
            if self._entity_label(token) == "ORG" and self._known_person(names) is None:
                return _joined(names)
        return None

    def _last_group_named_as(self, noun: str, position: int) -> str | None:
        """The last organisation before ``position`` whose name has ``noun`` among its words (or a
        word naming the same kind: "the district" for "Lakeview City Schools"), a dozen sentences
        back at most, or however far when the article has named no other of that kind: the name says
        what it is, so it is found as far as a role's holder."""
        stop = bisect.bisect_left(self._groups, position, key=_token_of)
        of_kind = [g for g in self._groups[:stop] if _names_kind(g.name, noun)]
        if not of_kind:
            return None
        only_one = len({_without_article(g.name) for g in of_kind}) == 1
        if only_one or self._sentence_of[position] - of_kind[-1].sentence <= _ROLE_REACH:
            return _without_article(of_kind[-1].name)
        return None

    def _group_named_after(self, noun: Token) -> str | None:
        """The organisation named within a sentence or two after ``noun`` whose name says it is
        one ("their union has announced. The Nursing and Midwifery Union said …"), else, for an
        organisation noun, the organisation opening the next sentence as its subject ("the city's
        water utility announced …. The Municipal Water and Sanitation Service said …")."""
        here = self._sentence_of[noun.i]
        start = bisect.bisect_right(self._groups, noun.i, key=_token_of)
        for group in self._groups[start:]:
            if group.sentence - here > _NAME_FOLLOWS_WITHIN:
                break
            if _names_kind(group.name, noun.lower_):
                return _without_article(group.name)
        if noun.lemma_ not in ORGANISATION_NOUNS:
            return None
        subject = next(
            (
                t
                for t in tokens_from(self._tokens, noun.i)
                if self._sentence_of[t.i] == here + 1 and t.dep_ == "nsubj" and t.pos_ == "PROPN"
            ),
            None,
        )
        if subject is None:
            return None
        start, end = _mention_bounds(subject)
        name = _without_article(self._name(subject, self._doc[start:end]))
        # Only a name that says it is an institution ("… Service", "… Union"), never a person's.
        return None if self._can_be_person(name) else name

    def _last_company_before(self, position: int) -> str | None:
        """ "The developer, Marlowe Homes, said … signed off by the Environment Agency. … the firm
        promised": a company is the last business that spoke, else the last one named, never a
        public body named in between."""
        here = self._sentence_of[position]
        last = self._last_group_source
        if last is not None and here - last.sentence <= _WINDOW and not _is_public_body(last.name):
            return last.name
        stop = bisect.bisect_left(self._groups, position, key=_token_of)
        for group in reversed(self._groups[:stop]):
            if here - group.sentence > _WINDOW:
                break
            if not _is_public_body(group.name):
                return group.name
        return None

    def _last_group_before(self, position: int) -> str | None:
        """The organisation mentioned last before ``position``, if within the window."""
        stop = bisect.bisect_left(self._groups, position, key=_token_of)
        if stop and self._sentence_of[position] - self._groups[stop - 1].sentence <= _WINDOW:
            return self._groups[stop - 1].name
        return None

    def _name(self, head: Token, mention: SpacySpan) -> str:
        after = head.i + 1
        if after < len(self._tokens) and self._tokens[after].text == "(":
            # "The Information Commissioner's Office (ICO) said": the name the acronym spells out.
            bracketed = self._bracketed_acronyms.get(
                self._tokens[after + 1].text if after + 1 < len(self._tokens) else ""
            )
            if bracketed is not None and bracketed[0] == after:
                return bracketed[1]
        expanded = self._spelled_out(head) if len(_without_article(mention.text).split()) == 1 else None
        if expanded is not None:
            return expanded  # "the CPSC" is "the US Consumer Product Safety Commission" named before
        known = self._known_person(_strip_titles([*_compounds(head), head]))
        if known is not None:
            return known  # "Early says": a surname the tagger took for an adverb or a place
        ent = self._entity_of.get(head.i)
        if ent is not None and ent.label_ != "PERSON":
            known = self._known_person(_strip_titles(list(ent)))
            if known is not None:
                return known
        if ent is not None and ent.label_ == "PERSON":
            return self._person_name(ent)
        appositive = self._appositive_name(head, mention)
        if appositive is not None:
            return appositive  # "The Work and Pensions Secretary, Helen Carew": not the office
        if ent is not None and ent.label_ in _NAMED_LABELS:
            whole = (
                mention.text if _is_one_proper_name(mention) and len(mention.text) > len(ent.text) else None
            )
            # "the Maritime and Dock Workers' Union", cut at "and" by the tagger; "the National Cyber
            # Security Centre's" review: the name without its possessive.
            return _name_as_written(whole or ent.text)
        if head.pos_ == "PROPN":
            names = _strip_titles([*_compounds(head), head])
            if names:
                return self._fullest(_joined(names)) + _name_continuation(head)
        return _without_article(_before_appositive(head, mention))

    def _spelled_out(self, acronym: Token) -> str | None:
        """The organisation named before ``acronym`` whose capitalised words' initials it is,
        with or without a leading word ("US Consumer Product Safety Commission" for "CPSC")."""
        letters = acronym.text
        shape = letters.isalpha() and letters.isupper()
        if not (shape and _ACRONYM_LENGTHS[0] <= len(letters) <= _ACRONYM_LENGTHS[1]):
            return None
        bracketed = self._bracketed_acronyms.get(letters)
        if bracketed is not None and bracketed[0] < acronym.i:
            return bracketed[1]  # "The Canadian Radio-television … Commission (CRTC)", as the text says
        for ent in reversed(self._entities):
            if ent.start >= acronym.i or ent.label_ not in ("ORG", "FAC", "GPE", "NORP"):
                continue
            initials = "".join(
                t.text[0] for t in ent if t.text[:1].isupper() and t.lower_ not in _NAME_JOINERS
            )
            with_leading_word = len(letters) >= 3 and len(initials) == len(letters) + 1
            if initials == letters or (with_leading_word and initials.endswith(letters)):
                return _without_article(ent.text)
        return None

    def _appositive_name(self, head: Token, mention: SpacySpan) -> str | None:
        """The person named beside a role, wherever the parser hung the name: "a spokesman, John
        Smith, said", "A lawyer for the owner, Michael Strand, said", "One of them, the highways
        engineer Martin Webb, said". The role words then stand for that person later ("the
        spokeswoman said") and tell their gender."""
        for token in mention[head.i + 1 - mention.start :]:
            if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat"):
                continue
            if token.i < token.head.i < mention.end:
                continue  # a name that describes a later word: "InfoNation, a Sugar Land-based provider"
            first = min(t.i for t in [*_compounds(token), token])
            while (
                first - 1 > head.i
                and self._tokens[first - 1].pos_ == "PROPN"
                and self._tokens[first - 1].dep_
                in (
                    "compound",
                    "flat",
                )
            ):
                first -= 1  # a chain of titles: "Mrs Justice Anita Rowe", "Lt Col Ann Beck"
            run = list(self._tokens[first : token.i + 1])
            roles = self._role_before(run[0], head)
            if roles is None:
                continue
            # A name set off by commas is a name even when it reads as a title ("Her husband, Col,").
            names = _strip_titles(run) or run[-1:]
            ent = self._entity_of.get(token.i)
            titled = len(names) < len(run)
            organisation = ent is not None and ent.label_ in ("ORG", "NORP") and not titled
            if not names or (organisation and self._known_person(names) is None):
                continue
            name = self._fullest(_joined(names))
            for role in [head, token.head, *roles]:
                if role.is_lower and role.pos_ in ("NOUN", "VERB"):
                    self._described[role.lemma_] = name
            self._note_gender(name, [t.lower_.rstrip(".") for t in [head, *roles, *run]])
            return name
        return None

    def _role_before(self, first: Token, head: Token) -> list[Token] | None:
        """The words describing a role between a comma after ``head`` and a name starting at
        ``first`` ("the highways engineer"); ``None`` when no comma sets the name off."""
        roles: list[Token] = []
        for token in reversed(self._tokens[head.i + 1 : first.i]):
            if token.text == ",":
                return roles
            if not (token.is_lower and token.pos_ in ("DET", "ADJ", "NOUN", "VERB")):
                return None
            roles.append(token)
        return None

    def _remember_full_name(self, name: str) -> None:
        """A source named in full ("InfoNation President Dan McDowell") names later "McDowell"s."""
        words = name.split()
        if len(words) > 1 and words[-1][:1].isupper():
            known = self._full_names.get(words[-1].lower())
            if known is None or len(known.split()) < len(words):
                self._full_names[words[-1].lower()] = name

    def _fullest(self, name: str) -> str:
        """``name`` as the fullest form known by now: a source named in full ("Montell Figgins")
        may come after the mentions collected at the start ("Figgins")."""
        return self._full_name_ending(name.split()) or name

    def _person_name(self, ent: SpacySpan) -> str:
        tokens = _strip_titles(list(ent))
        if not tokens:
            return ent.text
        # "Peter Ellery" stays himself beside "Margaret Ellery"; a bare "Ellery" takes the fuller name.
        return self._fullest(_joined(tokens))

    def _note_title_gender(self, ent: SpacySpan) -> None:
        """Gender from the words around a person's name: a title or role before it ("Mrs",
        "businesswoman"), or a kinship or role noun in apposition ("his widow, Ann Cole",
        "Ann Cole, his widow")."""
        words = [t.lower_ for t in self._tokens[max(ent.start - 2, 0) : ent.start]] + [t.lower_ for t in ent]
        root = ent.root
        if root.dep_ == "appos":
            words.append(root.head.lower_)
        words.extend(c.lower_ for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN")
        self._note_gender(self._person_name(ent), words)

    def _note_gender(self, name: str, words: list[str]) -> None:
        """A gendered title, role or kinship word among ``words`` tells ``name``'s gender."""
        genders = [g for g in map(word_gender, words) if g is not None]
        if genders:
            self._gender.setdefault(name, genders[0])

    def _gender_of(self, name: str) -> str | None:
        """What the text says of the person's gender, else what their first name says."""
        known = self._gender.get(name)
        if known is not None:
            return known
        words = name.split()
        # A lone word is a first name only when it opens a full name the article gives ("Tom" of
        # "Tom Hale"); otherwise it is likely a surname.
        if len(words) == 1 and not any(full.split()[0] == words[0] for full in self._full_names.values()):
            return None
        return first_name_gender(words[0]) if words else None

    def _can_be_person(self, name: str) -> bool:
        """Animacy and number: "he"/"she" is never an organisation ("the Dock Workers' Union"),
        nor several people ("Noel and Thomas"). The tagger's ORG label is no evidence: it gives
        it to many people's names ("Mrs Justice Anita Rowe")."""
        words = name.split()
        if " and " in name:
            return False
        return not (words and words[-1].lower() in ORGANISATION_AND_INSTITUTION_NOUNS)

    def _resolve_person_pronoun(self, pronoun: Token, gender: str | None) -> str | None:
        here = self._sentence_of[pronoun.i]
        best: tuple[float, int] | None = None
        best_name = None
        stop = bisect.bisect_left(self._persons, pronoun.i, key=_token_of)
        for mention in reversed(self._persons[:stop]):
            distance = here - mention.sentence
            if distance > _WINDOW:
                break
            name = self._fullest(mention.name)
            if (gender and self._gender_of(name) not in (None, gender)) or not self._can_be_person(name):
                continue
            spoke = name in self._speakers
            main_clause = mention.is_subject and self._tokens[mention.token].head.dep_ == "ROOT"
            score = (
                distance
                - (_BONUS_ALREADY_SPOKE if spoke else 0.0)
                - (_BONUS_SUBJECT if mention.is_subject else 0.0)
                - (_BONUS_MAIN_CLAUSE_SUBJECT if main_clause else 0.0)
                + (_PENALTY_UNSURE if mention.unsure and not spoke else 0.0)
            )
            key = (score, -mention.token)
            if best is None or key < best:
                best, best_name = key, name
        if best_name is not None and gender is not None:
            self._gender.setdefault(best_name, gender)
        return best_name

    def _resolve_group_pronoun(self, pronoun: Token) -> str | None:
        coordinated = _coordinated_group_subject(pronoun)
        if coordinated is not None:
            return coordinated
        here = self._sentence_of[pronoun.i]
        last = self._last_group_source
        if last is not None and here - last.sentence <= 1:
            return last.name
        if pronoun.lower_ == "it":
            # "Corvane did not disclose the price. It said …": "it" continues the last sentence's
            # subject, a name that is no person's (the tagger may not have called it an organisation).
            subject = self._previous_subject(pronoun)
            if subject is not None:
                return subject
        if last is not None and here - last.sentence <= _WINDOW:
            return last.name
        return self._last_group_before(pronoun.i)

    def _previous_subject(self, pronoun: Token) -> str | None:
        """The proper-noun subject of the sentence before ``pronoun``'s, when it names no person."""
        here = self._sentence_of[pronoun.i]
        for token in tokens_before(self._tokens, pronoun.i):
            if self._sentence_of[token.i] < here - 1:
                return None
            if (
                self._sentence_of[token.i] == here - 1
                and token.dep_ == "nsubj"
                and token.head.dep_ == "ROOT"
                and token.pos_ == "PROPN"
                and self._entity_label(token) not in ("GPE", "NORP")
            ):
                name = _joined([*_compounds(token), token])
                # The tagger may call a short company name a person ("Corvane" after "Corvane
                # Therapeutics"); the organisation it shortens says otherwise.
                organisation = self._organisation_shortened_to(name)
                if organisation is not None:
                    return organisation
                person = self._entity_label(token) == "PERSON" or self._known_person([token]) is not None
                if person and name in self._speakers and self._gender_of(self._fullest(name)) is None:
                    # "Crestline said …. 'Our competition is fair,' it said": a speaker with no
                    # sign of being a man or a woman, taken up by "it", is an organisation the
                    # tagger called a person.
                    return self._fullest(name)
                return None if person else self._fullest(name)
        return None

    def _organisation_shortened_to(self, name: str) -> str | None:
        """The organisation named so far whose name starts with ``name``."""
        for group in self._groups:
            if group.name.split()[: len(name.split())] == name.split() and group.name != name:
                return group.name
        return None


def _coordinated_group_subject(pronoun: Token) -> str | None:
    """ "The mayor's office rang us, and they said …": the subject of the clause the pronoun's
    clause is joined to, when it is an organisation noun (a person would be "he" or "she")."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "conj":
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not subject.is_lower or subject.lemma_ not in ORGANISATION_AND_INSTITUTION_NOUNS:
        return None
    start, end = _mention_bounds(subject)
    return _without_article(subject.doc[start:end].text)


def _names_kind(name: str, noun: str) -> bool:
    """Whether an organisation's name says it is what ``noun`` calls it: "Arts Council England"
    for "the council", "Police Scotland" for "the force"."""
    kinds = _KIND_NAME_WORDS.get(noun, frozenset()) | {noun}
    return any(word.lower().strip("'’") in kinds for word in name.split())


def _kind_noun(name: Token) -> Token | None:
    """The organisation noun compounded before a proper name ("retailer Homewise", "carmaker
    Halberg"), which says the name is an organisation's."""
    if name.pos_ != "PROPN":
        return None
    return next(
        (
            c
            for c in name.lefts
            if c.dep_ == "compound" and c.is_lower and c.lemma_ in _ORGANISATION_AND_COMPANY_NOUNS
        ),
        None,
    )


# Verbs that give a name: "a group calling itself Black Lantern", "a man known as Kaz".
_NAMING_VERBS = frozenset({"call", "name", "know", "dub"})


def _name_given(head: Token) -> Token | None:
    """The proper noun a clause on ``head`` names it by: "A ransomware group calling itself Black
    Lantern", "a charity called Open Door", "a hacker known as Ghost"."""
    for clause in head.rights:
        if clause.dep_ != "acl" or clause.lemma_ not in _NAMING_VERBS:
            continue
        for child in clause.children:
            objects = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else [child]
            for named in objects:
                if named.pos_ == "PROPN" and named.dep_ in ("oprd", "attr", "dobj", "pobj", "xcomp"):
                    return named
    return None


def _is_age(head: Token) -> bool:
    """ "the 34-year-old", "a 70-year-old": a person described by age."""
    return head.lower_ == "old" and any(c.lemma_ == "year" for c in head.children)


def _is_public_body(name: str) -> bool:
    """An agency, ministry, court or the like, which "the company" or "the firm" never stands for;
    an acronym counts (companies are rarely named by initials in news copy: "the FAA")."""
    words = name.split()
    return bool(words) and (
        words[-1].lower() in _PUBLIC_BODY_WORDS or (len(words) == 1 and words[0].isupper())
    )


def _titles_of(ent: SpacySpan) -> list[str]:
    """Role nouns given to a person as a title before the name ("Energy Minister Taalaibek
    Ibraev", "agronomist Tim Gallagher") or after it in apposition ("Tim Gallagher, the agronomist")."""
    roles = [c.lemma_.lower() for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.pos_ in ("NOUN", "PROPN") and before.lower_ in TITLES | _ROLE_WORDS:
        roles.append(before.lemma_.lower())
    roles.extend(t.lemma_.lower() for t in ent if t.lower_ in _ROLE_WORDS)  # "Minister Ines Moravec"
    return roles


def _reads_as_personal_name(name: str) -> bool:
    """Every word capitalised but the particles of surnames: "Ewan MacRae", "Ana de Souza"; not
    "the International Council for Marine Research"."""
    return all(word[:1].isupper() or word in _NAME_PARTICLES for word in name.split())


def _token_of(mention: _Mention) -> int:
    return mention.token


# "Noel and Thomas both said", "the coaches all agreed": a quantifier after the speakers says
# how many of them spoke; it is no part of their name.
_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


def _mention_bounds(head: Token) -> tuple[int, int]:
    """Token range of the mention: the head's phrase without relative or adverbial clauses."""
    if head.pos_ == "PRON":
        return head.i, head.i + 1
    start, end = head.left_edge.i, head.right_edge.i + 1
    before = head.doc[start - 1] if start else None
    if (
        before is not None
        and before.dep_ == "dep"
        and before.head == head.head
        and before.right_edge.i == start - 1
    ):
        # "The Resolution Foundation think tank estimates": the tagger took "think" for a verb and
        # hung the name's first words on it; they are still the mention's.
        start = before.left_edge.i
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS and child.i > head.i:
            end = min(end, child.left_edge.i)
    doc = head.doc
    for i in range(start, end):
        if "\n" in doc[i].text:  # a parse run across paragraphs: keep the head's paragraph
            if i < head.i:
                start = i + 1
            else:
                end = i
                break
    while end > start + 1 and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or doc[end - 1].lower_ in ("who", "which", "that")
        or doc[end - 1].tag_ == "POS"  # "the bank's" statement: the author is "the bank"
        or doc[end - 1].lower_ in _FLOATING_QUANTIFIERS
    ):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def _is_one_proper_name(mention: SpacySpan) -> bool:
    """Capitalised words joined only by "and", "of", "for", "&" and possessives, after an article."""
    words = [t for t in mention if not (t.i == mention.start and t.lower_ in ("the", "a", "an"))]
    return (
        len(words) > 1
        and words[0].pos_ == "PROPN"
        and words[-1].pos_ == "PROPN"
        and all(t.pos_ == "PROPN" or t.lower_ in _NAME_JOINERS or t.tag_ == "POS" for t in words)
    )


def _is_common_noun(head: Token) -> bool:
    """A described source ("the ministry"): a lower-case noun, whatever the tagger called it
    (it calls some surnames nouns and some common nouns proper)."""
    return head.pos_ in ("NOUN", "PROPN") and head.text.islower()


def _without_article(text: str) -> str:
    for article in ("a ", "an ", "the "):
        if text[: len(article)].lower() == article:
            return text[len(article) :]
    return text


def _name_as_written(text: str) -> str:
    """An entity's text as a name: without a trailing possessive ("the National Cyber Security
    Centre's" review) or a lower-case "the", which is never part of a name ("The Maritime and
    Dock Workers' Union" opening a sentence is kept as written)."""
    text = text[:-2] if text.endswith(("'s", "’s")) else text
    return text[4:] if text.startswith("the ") else text


def _strip_titles(tokens: list[Token]) -> list[Token]:
    """Drop leading titles/roles and a trailing possessive: "Gov. Rustam Minnikhanov’s" → names."""
    while tokens and (tokens[0].lower_.rstrip(".") in TITLES or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    return tokens


def _full_names(article: ParsedDoc) -> dict[str, str]:
    """Last name (lower-case) → the fullest name the document gives for it, earliest first on ties."""
    names: dict[str, list[str]] = {}
    organisations: list[list[str]] = []
    for ent in article.entities:
        if ent.label_ not in ("ORG", "PERSON"):
            continue  # only people's and organisations' names are read below
        tokens = _strip_titles(list(ent))
        if not tokens:
            continue
        words = _joined(tokens).split()
        if ent.label_ == "ORG" and len(words) > 1 and all(t.pos_ == "PROPN" for t in tokens):
            organisations.append(words)
        if ent.label_ != "PERSON":
            continue
        # "Park Ji-hoon" is "Park" later: the family name comes first.
        for key in {words[-1].lower(), words[0].lower() if _family_name_first(words) else ""} - {""}:
            if key not in names or len(words) > len(names[key]):
                names[key] = words
    # "Alasdair Moir" tagged an organisation and later "Moir" alone, as a surname is used: a person.
    # The tagger may miss the bare surname too ("MacRae disputed the science" as a noun): a
    # capitalised word outside any entity, as a subject, counts.
    alone = {ent.text for ent in article.entities if len(ent) == 1 and ent[0].pos_ == "PROPN"} | {
        t.text for t in article.tokens if t.dep_ == "nsubj" and t.ent_iob_ == "O" and t.text[:1].isupper()
    }
    for words in organisations:
        known = names.get(words[-1].lower(), words[-1:])
        if words[-1] in alone and len(words) > len(known) and words[-len(known) :] == known:
            names[words[-1].lower()] = words
    return {key: " ".join(words) for key, words in names.items()}


def _family_name_first(words: list[str]) -> bool:
    """A romanised Korean name, "Park Ji-hoon", "Kim Min-jun": a hyphenated given name whose second
    half is lower-case comes after the family name (double-barrelled surnames capitalise both
    halves: "Lindqvist-Hart")."""
    return len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]) is not None


def _bracketed_acronyms(tokens: Sequence[Token]) -> dict[str, tuple[int, str]]:
    """Acronyms the text spells out itself, "Full Name (ACRONYM)": acronym → (position, full
    name), the first time. The name is the capitalised words before the bracket whose initials
    make the acronym, across joiners ("and", "of") and the lower-case halves of hyphenated words
    ("Radio-television"), whatever entities the tagger cut the name into; a word may give more
    than its initial ("Esports Integrity Commission (ESIC)")."""
    found: dict[str, tuple[int, str]] = {}
    for token in tokens[1:-2]:
        if token.orth != _OPENING_BRACKET:
            continue
        letters = tokens[token.i + 1].text
        if tokens[token.i + 2].text != ")" or not (letters.isalpha() and letters.isupper()):
            continue
        if letters in found or not _ACRONYM_LENGTHS[0] <= len(letters) <= _ACRONYM_LENGTHS[1]:
            continue
        capitals: list[Token] = []
        for word in tokens_before(tokens, token.i):
            hyphenated = word.i > 0 and tokens[word.i - 1].text == "-" and not tokens[word.i - 1].whitespace_
            if word.text[:1].isupper() and word.is_alpha:
                capitals.insert(0, word)
            elif not (
                word.lower_ in _NAME_JOINERS
                or word.tag_ == "POS"  # "Information Commissioner's Office (ICO)"
                or word.text == "-"
                or (word.is_lower and hyphenated)
            ):
                break
            if len(capitals) >= len(letters):
                break
        for count in range(2, len(capitals) + 1):
            if _spelled_by(letters, [w.text for w in capitals[-count:]]):
                found[letters] = (
                    token.i,
                    _without_article(_joined(tokens[capitals[-count].i : token.i]).strip()),
                )
                break
    return found


def _spelled_by(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the words' beginnings in order, one or more letters of each."""
    if not words:
        return not letters
    most = len(letters) - len(words) + 1
    return any(
        words[0][:n].upper() == letters[:n] and _spelled_by(letters[n:], words[1:])
        for n in range(1, most + 1)
    )


def _joined(tokens: Sequence[Token]) -> str:
    """The tokens as written ("Ellery-Kane" stays one word)."""
    return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text


def _before_appositive(head: Token, mention: SpacySpan) -> str:
    """ "Airlines for America, the trade group that …": the name is what stands before the role."""
    # Only an appositive set off by a comma is a role: "the research firm Autovista" is one name.
    cuts = [
        c.left_edge.i
        for c in head.rights
        if c.dep_ == "appos" and mention.start < c.left_edge.i and head.doc[c.left_edge.i - 1].text == ","
    ]
    if not cuts:
        return mention.text
    tokens = [t for t in head.doc[mention.start : min(cuts)] if not t.is_punct]
    return _joined(tokens) if tokens else mention.text


def _name_continuation(head: Token) -> str:
    """ "Airlines for America": a proper name going on through "for"/"of" and a proper noun."""
    for prep in head.rights:
        if prep.i == head.i + 1 and prep.lower_ in ("of", "for"):
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if objects and all(t.is_title for t in objects[0].subtree if t.is_alpha):
                last = objects[0].right_edge
                return head.doc[head.i : last.i + 1].text[len(head.text) :]
    return ""


def _compounds(head: Token) -> list[Token]:
    """Proper nouns compounded onto ``head`` before it ("Ukrainian monitoring project DeepState"),
    with the hyphen of a double-barrelled name ("Fitz-Williams" stays one word)."""
    return [
        t
        for t in head.lefts
        if (t.pos_ == "PROPN" and t.dep_ in ("compound", "flat")) or (t.tag_ == "HYPH" and not t.whitespace_)
    ]


def _is_subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass")
