"""Speech cues on the dependency parse: reporting verbs, their passives, and "according to X".

A cue knows three things about one act of reporting: the cue words ("said", "according to"),
the token heading the source's mention (``None`` for an agentless passive), and which tokens of
its sentence are attribution (cue, source, "in a statement", "on Monday", commas) as opposed to
the content reported. Pairing with quotation marks and building claims happens in ``claims``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Token

from desktop.nlp.claims.documents import channel, content_clause, document_author, earlier_author, is_document
from desktop.nlp.claims.speakers import ORGANISATION_AND_INSTITUTION_NOUNS
from desktop.nlp.claims.speech_acts import object_content, phrasal_particle
from desktop.nlp.model import ClaimKind
from desktop.nlp.parsed_doc import ParsedDoc

# Verbs that report speech or a stated position when they govern a clause (or a quote).
REPORTING_VERBS = frozenset(
    {
        "say", "tell", "add", "claim", "report", "announce", "state", "warn", "note", "insist",
        "deny", "accuse", "confirm", "estimate", "concede", "admit", "acknowledge", "argue",
        "assert", "explain", "reply", "respond", "write", "tweet", "post", "declare", "predict",
        "suggest", "stress", "emphasize", "emphasise", "indicate", "reveal", "disclose",
        "maintain", "contend", "allege", "testify", "recall", "comment", "remark", "agree",
        "complain", "promise", "vow", "pledge", "caution", "observe", "conclude", "mention",
        "continue", "answer", "retort", "counter", "elaborate", "affirm", "reiterate", "assure",
        "boast", "joke", "shout", "scream", "whisper", "murmur", "exclaim", "lament", "muse",
        "quip", "snap", "urge", "demand", "ask", "charge", "point", "clarify", "find", "rule",
    }
)  # fmt: skip
# Verbs only counted when they introduce a quote or a that-clause, never on a bare clause link:
# "continue"/"answer" are far more often ordinary verbs; "the study found that …" reports a
# finding, "found no violations" does not; "the court ruled that …" reports, "ruled the country"
# does not.
_QUOTE_ONLY_VERBS = frozenset(
    {"continue", "answer", "point", "ask", "demand", "urge", "charge", "find", "rule"}
)
# Verbs by which evidence states something, counted only with a document or data as subject and
# a clause as content: "data from the agency show that …", not "the photos show a crowd".
_EVIDENCE_VERBS = frozenset({"show"})
# Complementizers of an indirect question: "declined to say whether …", "asked if …" state nothing.
_QUESTION_MARKS = frozenset({"whether", "if"})
# Question words opening an indirect question ("declined to say when …").
_QUESTION_WORDS = frozenset({"when", "where", "why", "how", "what", "who", "whom", "which", "whose"})
# "it says on the label" (a thing or an expletive); object pronouns are parse errors as subjects.
# "you" is generic or the person addressed ("You promised 2,000 homes" in an interviewer's turn).
_NOT_SPEAKERS = frozenset({"it", "him", "them", "us", "me", "whom", "you"})
# Verbs by which "it" (an organisation, a government) states something.
_ORGANISATION_SPEECH_VERBS = frozenset(
    {
        "say", "announce", "state", "warn", "confirm", "deny", "insist", "admit", "acknowledge",
        "reveal", "disclose", "report", "promise", "pledge", "estimate", "predict",
    }
)  # fmt: skip
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Last characters of a sentence (not a headline): full stop, question or exclamation mark, or a
# closing quotation mark after one.
_SENTENCE_ENDS = frozenset(".?!\"'”’")


@dataclass(frozen=True)
class Cue:
    """One act of reporting found in the parse."""

    kind: ClaimKind  # "reported" or "according_to"
    cue_start: int  # token range of the cue words, end exclusive
    cue_end: int
    source: Token | None  # head of the source's mention
    attribution: frozenset[int]  # token indexes that are attribution, not content
    content: tuple[int, int] | None  # token range of the reported content, if the parse shows one
    span: tuple[int, int]  # token range of the whole attributed statement
    parent: Token | None = None  # for "adding that …": the reporting verb this one elaborates
    via: Token | None = None  # head of the document the source speaks through ("a release from …")


# "before adding: '…'", "then added: '…'": words linking a further quotation to the attribution.
_FURTHER_QUOTE_LINKS = frozenset({"before", "after", "then", "and"})
_OPENING_QUOTES = frozenset({"'", '"', "‘", "“"})

Bounds = Callable[[Token], tuple[int, int]]
# spaCy's ids of the tag of a plural noun and of "according": compared for every word, without
# making its strings.
_PLURAL_NOUN_TAG = get_string_id("NNS")
_ACCORDING = get_string_id("according")
Tokens = Sequence[Token]


def find_cues(article: ParsedDoc, in_quote: Callable[[Token], bool], sentence: Bounds) -> list[Cue]:
    """Every reporting cue of ``article`` outside quotation marks, in document order.

    ``sentence`` gives the token range of a token's sentence, cut at paragraph breaks (the
    parser sometimes runs a heading into the next paragraph's sentence).
    """
    tokens = article.tokens
    cues: list[Cue] = []
    for token in tokens:
        if token.pos != VERB and token.tag != _PLURAL_NOUN_TAG and token.lower != _ACCORDING:
            continue  # neither a verb (nor one tagged a plural noun) nor "according to": no cue
        if in_quote(token):
            continue
        if token.lower_ == "according" and token.i + 1 < len(tokens) and tokens[token.i + 1].lower_ == "to":
            cue = _according_to(tokens, token, *sentence(token))
        elif (token.pos_ == "VERB" or _verb_read_as_noun(token)) and (
            token.lemma_ in REPORTING_VERBS
            or _retort(token) is not None
            or phrasal_particle(token) is not None
            or (token.lemma_ in _EVIDENCE_VERBS and _has_document_subject(token))
        ):
            cue = _reporting_verb(tokens, token, *sentence(token))
        else:
            continue
        if cue is not None:
            cues.append(cue)
    return cues


def _according_to(tokens: Tokens, according: Token, start: int, end: int) -> Cue | None:
    to = tokens[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = objects[0]
    attribution = set(range(according.i, min(source.right_edge.i + 1, end)))
    comma = next((t for t in tokens[to.i + 1 : source.i] if t.text == ","), None)
    if comma is not None and tokens[comma.i - 1].pos_ in ("NOUN", "PROPN"):
        # "According to the CPSC, lithium-ion batteries were …" parsed as one noun phrase: the
        # source ends at the comma, and the noun after it opens the content.
        source = tokens[comma.i - 1]
        attribution = set(range(according.i, comma.i + 1))
    author = document_author(source) or earlier_author(source) if is_document(source) else None
    via, source = (source, author) if author is not None else (None, source)  # "according to data from X"
    _absorb_commas(tokens, attribution, start, end)
    clause = according.head
    if clause.dep_ in ("relcl", "advcl") and clause.pos_ in ("VERB", "AUX"):
        # "a state where, according to X, one in eight bridges is …": X vouches for that clause,
        # not for the sentence around it.
        start, end = max(start, clause.left_edge.i), min(end, clause.right_edge.i + 1)
    return Cue(
        kind="according_to",
        cue_start=according.i,
        cue_end=to.i + 1,
        source=source,
        attribution=frozenset(attribution),
        content=_according_content(tokens, clause, start, end, attribution),
        span=(start, end),
        via=via,
    )


def _according_content(
    tokens: Tokens, clause: Token, start: int, end: int, attribution: set[int]
) -> tuple[int, int] | None:
    """What "according to X" vouches for: the longest run of the sentence outside the phrase,
    or, when the phrase stands between the clause's subject and its verb ("One of the officers,
    according to prison records, had worked …"), the whole clause around it, as for "Her son,
    she said, had missed …"."""
    first = min(attribution)
    if clause.dep_ in _SUBJECT_DEPS:
        clause = clause.head  # the phrase hung on the subject it follows
    subject_before = any(
        c.dep_ in _SUBJECT_DEPS and start <= c.left_edge.i and c.i < first < clause.i for c in clause.children
    )
    if subject_before:
        return _trim(tokens, start, end)
    return _largest_run(tokens, start, end, attribution)


# Conjunctions making a clause a condition: "can leave only if a doctor concludes that …".
_CONDITIONS = frozenset({"if", "unless"})
# Verbs of contradiction whose negation grants the clause: "did not deny that …", "does not dispute that …".
_CONCEDED_WHEN_NEGATED = frozenset({"deny", "dispute"})


def _reporting_verb(tokens: Tokens, verb: Token, start: int, end: int) -> Cue | None:
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return None  # "only if a doctor concludes that …": a condition, not something said
    negated = any(c.dep_ == "neg" for c in verb.children)
    # "did not deny that sales had fallen" concedes the clause: a claim all the same.
    conceded = verb.lemma_ in _CONCEDED_WHEN_NEGATED and any(c.dep_ == "ccomp" for c in verb.children)
    if negated and not conceded:
        return None  # "did not say", "denied nothing": no claim is made
    subject, parent = _subject(verb)
    if subject is None or not start <= subject.i < end:
        # The parser ran a heading into this sentence and hung its start on the heading.
        orphan = _orphan_subject(tokens, verb, start, end)
        if orphan is not None:
            subject, parent = orphan, None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        # "it was announced that …" reports without a source; "X was reported injured" is a hedge.
        agents = [c for c in verb.children if c.dep_ == "agent"]
        objects = [g for a in agents for g in a.children if g.dep_ == "pobj"]
        has_clause = any(c.dep_ == "ccomp" for c in verb.children)
        expletive = subject is not None and subject.lower_ == "it"
        if not has_clause or not (expletive or objects):
            return None  # "He was told that …", "is charged with": no report of a source's words
        subject = objects[0] if objects else None
    elif subject is None or not start <= subject.i < end:
        return None  # no subject in this sentence (a heading above is not one)
    elif _reduced_relative(verb, subject):
        return None
    elif verb.tag_ == "VBN" and subject.i > verb.i and not any(c.dep_ == "aux" for c in verb.children):
        return None  # "Added together, these measures …": a fronted participle, not a report
    if subject is not None and subject.lower_ in _NOT_SPEAKERS and not passive:
        # "It said it would appeal", "X happened, it said", "it ruled out a cut": an organisation
        # speaking, when a verb of saying reports something (checked below: content is required);
        # "it says on the label" and "it suggests that" stay out.
        speaks = verb.lemma_ in _ORGANISATION_SPEECH_VERBS or phrasal_particle(verb) is not None
        if not (subject.lower_ == "it" and speaks):
            return None
    via = channel(verb)
    author = None
    if subject is not None and is_document(subject):
        author = document_author(subject) or earlier_author(subject)
    if subject is not None and author is not None:
        via, subject = subject, author  # "a release from the union said": the union speaks
    attribution, content, whole_sentence = _split(tokens, verb, start, end)
    if content is not None and _cuts_a_word(tokens, content):
        content = None  # "declares president re-elected": "re" is part of a word, not a report
    particle = _retort(verb) or phrasal_particle(verb)
    if content is None and (
        (subject is not None and subject.lower_ == "it")
        or (verb.lemma_ in _QUOTE_ONLY_VERBS and not _bare_after_quotation(tokens, verb))
        or verb.lemma_ in _EVIDENCE_VERBS
        or parent is not None
        or particle
    ):
        return None
    if verb.lemma_ == "point":
        particle = next((c for c in verb.children if c.i == verb.i + 1 and c.dep_ == "prt"), None)
    return Cue(
        kind="reported",
        cue_start=verb.i,
        cue_end=particle.i + 1 if particle is not None else verb.i + 1,
        source=subject,
        attribution=frozenset(attribution),
        content=content,
        span=(start, end) if whole_sentence else _union(verb, content, start, end),
        parent=parent,
        via=via,
    )


# What a bare attribution verb may govern besides its subject: '"…?" Schiff asked Volker on Tuesday.'
_BARE_ATTRIBUTION_DEPS = frozenset({"nsubj", "punct", "advmod", "npadvmod"})


def _bare_after_quotation(tokens: Tokens, verb: Token) -> bool:
    """'"Will the plant close?" Jenkins asked.': a verb of asking or going on ("asked",
    "continued") standing bare right after a closing quotation mark attributes that quotation
    (the splitter often ends the sentence at its "?"); with an object or a clause of its own
    ("The company continued to grow") it is an ordinary verb."""
    for child in verb.children:
        person = child.dep_ == "dobj" and child.pos_ in ("PROPN", "PRON")
        if child.dep_ not in _BARE_ATTRIBUTION_DEPS and not person:
            return False
    before = verb.left_edge.i - 1
    return before >= 0 and tokens[before].tag_ == "''"


def _reduced_relative(verb: Token, subject: Token) -> bool:
    """ "X happened, a prospect Vindman denied on Monday": after a comma, an indefinite noun and
    a verb of contradiction make "a prospect (that) Vindman denied", a relative clause describing
    X, whatever the parser made of it ("a prospect Vindman" as the subject, "an accusation" as a
    fronted object): the speaker denies X, the opposite of claiming it."""
    if verb.lemma_ not in _CONCEDED_WHEN_NEGATED:
        return False
    fronted = [c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i]
    article = min(t.left_edge for t in (subject, *fronted))
    doc = verb.doc
    if article.lower_ not in ("a", "an") or article.i == 0 or doc[article.i - 1].text != ",":
        return False
    return article.i + 1 < verb.i and doc[article.i + 1].pos_ == "NOUN"


def _cuts_a_word(tokens: Tokens, content: tuple[int, int]) -> bool:
    """Whether the content range ends or starts inside a hyphenated word ("re" of "re-elected")."""
    first, end = content
    ends_at_hyphen = end < len(tokens) and tokens[end].text == "-" and not tokens[end - 1].whitespace_
    starts_after_hyphen = first > 0 and tokens[first - 1].text == "-" and not tokens[first - 1].whitespace_
    return ends_at_hyphen or starts_after_hyphen


def _verb_read_as_noun(token: Token) -> bool:
    """ "the 34-year-old claims that …" tagged as a plural noun: a sentence whose root is no verb
    has a reporting word governing a that-clause for its verb."""
    return (
        token.tag_ == "NNS"
        and any(_is_that_clause(c) for c in token.children)
        and token.sent.root.pos_ not in ("VERB", "AUX")
    )


def _is_that_clause(token: Token) -> bool:
    """A clause opened by "that" with a subject of its own ("that the company had no choice")."""
    return _has_that(token) and any(c.dep_ in _SUBJECT_DEPS for c in token.children)


def _has_document_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and is_document(c) for c in verb.children)


# Verbs whose "back" is a return, not an answer.
_MOTION_VERBS = frozenset({"come", "go", "get", "move", "head", "walk", "run", "fly", "drive", "bounce"})


def _retort(verb: Token) -> Token | None:
    """The "back" of "fired back", "hit back", "shot back": any verb so used answers someone, but a
    verb of motion ("coming back from two maps down", "went back to work") returns."""
    if verb.lemma_ in _MOTION_VERBS:
        return None
    following = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.lower_ == "back" and following.head == verb:
        return following
    return None


def _subject(verb: Token) -> tuple[Token | None, Token | None]:
    """The verb's subject and, for a subjectless participle or conjunct, the verb it hangs on.

    "Zelensky said, adding that …": "adding" takes "Zelensky" from "said", which is its parent.
    "He said X and warned Y": "warned" takes "He" too, but is a claim of its own (no parent).
    """
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                if child.lower_ == "which" and not _can_speak(verb.head):
                    return None, None  # "a wooden box, which suggested …": a thing says nothing
                return verb.head, None  # "Smith, who said …": the relative pronoun stands for Smith
            return child, None
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        verb.pos_ == "NOUN"
        and before is not None
        and before.head == verb
        and before.dep_ in ("amod", "compound")
    ):
        return before, None  # "the 34-year-old claims that …": the modifier is the subject
    if (
        before is not None
        and before.head == verb
        and before.dep_ in ("advmod", "npadvmod", "compound", "dep")
        and before.is_title
        and not before.is_sent_start
    ):
        return before, None  # "…, Early says there is …": a surname the tagger took for an adverb
    stranded = stranded_appositive_subject(verb)
    if stranded is not None:
        return stranded, None
    reporter = _reporter_above(verb)
    if reporter is not None:
        # "The minister said X would be extended, adding that Y" with "adding" hung on "extended":
        # the minister adds Y, a claim of its own beside X.
        return _subject(reporter)[0], None
    if _trailing_speaker(verb):
        return verb.head, None  # "X will happen, the city's water utility announced on Thursday"
    head = verb.head
    if head is not verb and verb.dep_ in ("advcl", "conj", "xcomp"):
        # "criticised the bill, saying …": the participle shares its head's subject.
        inherited, _ = _subject(head)
        if inherited is None:
            return None, None
        # "X happened, Lee said, adding that Y" is one statement; in "Lee said X, adding that Y"
        # the report comes first and Y is a second claim of Lee's.
        # So is "Lee acknowledged shortages, telling lawmakers that Y": the object is reported first.
        reported_before = any(c.dep_ in ("ccomp", "dobj") and head.i < c.i < verb.i for c in head.children)
        elaborates = head.lemma_ in REPORTING_VERBS and verb.dep_ != "conj" and not reported_before
        return inherited, (head if elaborates else None)
    return None, None


def stranded_appositive_subject(verb: Token) -> Token | None:
    """ "X would appeal, its secretary general, Moses Banda, said": the parser hangs the speaker,
    a role with a name in apposition, on the last noun of the report before the verb. The role
    ending right before the verb, with the name set off in commas, is the verb's subject."""
    doc = verb.doc
    before = verb.i - 1
    while before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 0 or doc[before].dep_ != "appos" or doc[before].pos_ != "PROPN":
        return None
    role = doc[before].head
    if (
        role.dep_ != "appos"
        or role.pos_ != "NOUN"
        or role.i > before
        or doc[role.left_edge.i - 1].text != ","
    ):
        return None
    return role if before <= role.right_edge.i < verb.i else None


def _reporter_above(verb: Token) -> Token | None:
    """The reporting verb whose content clause holds ``verb``, a subjectless reporting participle
    ("adding that …") the parser hung inside that clause rather than on the reporting verb."""
    if verb.lemma_ not in REPORTING_VERBS:
        return None  # (looked at first: this is asked of every word of every reported clause)
    parallel = _parallel_report(verb)
    if parallel is not None:
        return parallel
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_ not in REPORTING_VERBS:
        return None
    if verb.head.lemma_ in REPORTING_VERBS:
        return None  # hung on the reporting verb itself: the ordinary elaboration
    token = verb.head
    while token.dep_ in ("ccomp", "conj") and token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.lemma_ in REPORTING_VERBS:
            return token.head
        token = token.head
    return None


def _parallel_report(verb: Token) -> Token | None:
    """ "He acknowledged that A but insisted that B": the parser joins "insisted" to A's verb, yet
    two "that" clauses side by side are two reports by the same speaker."""
    if verb.dep_ != "conj" or verb.lemma_ not in REPORTING_VERBS:
        return None
    clause = verb.head
    if clause.dep_ != "ccomp":
        return None
    if clause.head.lemma_ not in REPORTING_VERBS or not _has_that(clause):
        return None
    if not any(c.dep_ == "ccomp" and _has_that(c) for c in verb.children):
        return None
    return clause.head


def _trailing_speaker(verb: Token) -> bool:
    """ "Households will get water four days a week, the city's water utility announced on
    Thursday": the parser reads the attribution after the comma as a noun with a participle
    ("the utility announced"); a speaker's noun set off by a comma whose verb takes neither an
    object nor a clause is a trailing attribution."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.lemma_ not in REPORTING_VERBS or noun.i > verb.i:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "agent", "xcomp") for c in verb.children):
        return False
    opening = noun.left_edge.i
    if opening == 0 or noun.doc[opening - 1].text != ",":
        return False
    return noun.lemma_.lower() in ORGANISATION_AND_INSTITUTION_NOUNS or noun.ent_type_ in (
        "ORG",
        "PERSON",
    )


def _can_speak(antecedent: Token) -> bool:
    """Whether what "which" stands for can be a source: a name, an organisation or a document
    ("the ministry, which said …", "a report, which found …"), not a thing or an event."""
    return (
        antecedent.pos_ == "PROPN"
        or antecedent.ent_type_ != ""
        or antecedent.lemma_.lower() in ORGANISATION_AND_INSTITUTION_NOUNS
        or is_document(antecedent)
    )


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _orphan_subject(tokens: Tokens, verb: Token, start: int, end: int) -> Token | None:
    """The noun opening a sentence whose parse crosses a paragraph break, when the verb depends
    outside it: "Headline without a full stop\n\nThe ministry said …" parses "ministry" as an
    object of the heading's verb. The last such noun before the verb stands for its subject."""
    if start <= verb.head.i < end and verb.dep_ != "ROOT":
        return None
    for i in range(verb.i - 1, start - 1, -1):
        token = tokens[i]
        if not start <= token.head.i < end and token.pos_ in ("NOUN", "PROPN", "PRON"):
            return token
    return None


def _split(
    tokens: Tokens, verb: Token, start: int, end: int
) -> tuple[set[int], tuple[int, int] | None, bool]:
    """Attribution tokens, content range, and whether the statement is the whole sentence.

    The attribution is the verb's phrase without its content clauses: subject, "in a post on
    social media", "told reporters", "smiling", commas. Content is the clause the verb governs,
    or, when the verb only hangs on the sentence ("X happened, officials said"), the rest of it.
    """
    if _trailing_speaker(verb) and start < verb.head.left_edge.i - 1:
        # "X will happen, the utility announced on Thursday, as …": what comes before the speaker.
        opening = verb.head.left_edge.i - 1
        attribution = set(range(opening, min(verb.right_edge.i + 1, end)))
        _absorb_commas(tokens, attribution, start, end)
        return attribution, _trim(tokens, start, opening), False
    subtree = set(range(max(verb.left_edge.i, start), min(verb.right_edge.i + 1, end)))
    clauses = [
        c
        for c in verb.children
        if start <= c.i < end  # a clause of the heading the parser ran in is not content
        and (
            c.dep_ in ("ccomp", "parataxis")
            or (verb.pos_ == "NOUN" and c.dep_ in ("relcl", "acl") and _is_that_clause(c))
            # "X happened, officials said" parsed as an adverbial clause; a subjectless one is a
            # participle framing the report ("Asked whether …, Forsberg said …").
            or (
                c.dep_ == "advcl"
                and c.i < verb.i
                and not any(g.dep_ == "mark" for g in c.children)
                and not _is_participle_phrase(c)
            )
        )
    ]
    if clauses and all(_is_question(c) for c in clauses):
        return subtree, None, False
    if not clauses and verb.dep_ == "ROOT":
        clauses = _orphan_clauses(tokens, verb, start)
    if not clauses and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        # "X said the public deserved answers" misparsed as a second subject after the verb: that
        # "subject" heads the reported clause.
        clauses = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and start <= c.i < end]
    if not clauses:
        clauses = _misread_relative_clauses(verb)
    document = channel(verb) if not clauses else None
    hung_on_document = content_clause(document) if document is not None else None
    if hung_on_document is not None and start <= hung_on_document.i < end:
        clauses = [hung_on_document]  # "said in a statement that X"
    content_tokens: set[int] = set()
    for clause in clauses:
        content_tokens.update(range(max(clause.left_edge.i, start), min(clause.right_edge.i + 1, end)))
    stranded = stranded_appositive_subject(verb)
    if stranded is not None:
        # The speaker the parser hung inside the report is attribution, with its comma before.
        content_tokens.difference_update(range(stranded.left_edge.i - 1, stranded.right_edge.i + 1))
    if not clauses and _states_on_its_own(tokens, verb, start, end):
        content_tokens = object_content(verb, start, end)  # "revealed plans for X", "ruled out X"
    # "…, Zelensky said, adding that X": X is what "adding" reports, not part of this attribution.
    elaborated: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_ in REPORTING_VERBS:
            for clause in child.children:
                if clause.dep_ == "ccomp":
                    elaborated.update(range(clause.left_edge.i, clause.right_edge.i + 1))
    for clause in clauses:
        for token in clause.subtree:
            if _reporter_above(token) == verb:  # "said X, adding that Y": Y is a claim of its own
                added = range(token.left_edge.i, token.right_edge.i + 1)
                elaborated.update(added)
                content_tokens.difference_update(added)
    attribution = subtree - content_tokens - elaborated
    _absorb_commas(tokens, attribution, start, end)
    attribution |= _further_quote_cue(tokens, attribution, end)
    if content_tokens:
        # The complementizer of "said that X" introduces the content; it is not part of it. In
        # "said A but that B" the second "that" joins two halves of one report: it stays inside.
        opening = min((i for i in content_tokens if not is_filler(tokens[i])), default=-1)
        content_tokens -= {
            c.i
            for clause in clauses
            for c in clause.children
            if c.dep_ == "mark" and c.lower_ == "that" and c.i == opening
        }
        content = _largest_run(tokens, start, end, set(range(start, end)) - content_tokens)
        return attribution, content, verb.dep_ == "ROOT"
    if _is_parenthetical(tokens, verb, start):
        # "X happened, officials said" / "Many prisons, she said, are aging": the rest of the
        # sentence, on both sides of the attribution, is the content.
        outside = [i for i in range(start, end) if i not in attribution]
        return attribution, (_trim(tokens, outside[0], outside[-1] + 1) if outside else None), True
    # "as he said", "he said." after a quote: no content of its own in this sentence.
    return attribution, None, verb.dep_ == "ROOT"


def _further_quote_cue(tokens: Tokens, attribution: set[int], end: int) -> set[int]:
    """ "'…,' he said, before adding: '…'": a subjectless reporting verb right after the
    attribution, introducing another quotation, is part of it (the parser hangs it on a verb
    of the quotation). Both quotations are then the speaker's."""
    i = max(attribution, default=-1) + 1
    if not attribution or i >= end:
        return set()
    if tokens[i].lower_ in _FURTHER_QUOTE_LINKS:
        i += 1
    verb = tokens[i] if i < end else None
    if (
        verb is None
        or verb.pos_ != "VERB"
        or verb.lemma_ not in REPORTING_VERBS
        or any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        return set()
    j = i + 1
    while j < end and tokens[j].text in (":", ","):
        j += 1
    if j == i + 1 or j >= end or tokens[j].text not in _OPENING_QUOTES:
        return set()
    return set(range(max(attribution) + 1, j))


def _misread_relative_clauses(verb: Token) -> list[Token]:
    """ "told analysts on a call that the company had no choice": the parser took the reported
    clause for a relative clause of "call". A relative clause whose "that" it calls a
    complementizer and which has a subject of its own is the verb's content."""
    return [
        clause
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i > verb.i
        for noun in prep.children
        if noun.dep_ == "pobj"
        for clause in noun.children
        if clause.dep_ == "relcl" and _is_that_clause(clause)
    ]


def _orphan_clauses(tokens: Tokens, verb: Token, start: int) -> list[Token]:
    """A clause before the verb that the parser hung on a heading above the sentence: "Headline
    without a full stop\n\nSleeper trains will run again, the operator said" parses "run" as a
    dependant of the heading. Such a clause is what the verb reports."""
    return [
        t
        for t in tokens[start : verb.i]
        if t.pos_ in ("VERB", "AUX") and t.head.i < start and t.dep_ in ("advcl", "conj", "ccomp")
    ][:1]


def _states_on_its_own(tokens: Tokens, verb: Token, start: int, end: int) -> bool:
    """A speech act with a noun object is a claim of its own unless it is part of what another
    report says ("Pratt said Labour had promised change") or stands in a headline (no final
    punctuation: "Bank holds rates, rules out cut"). A speech act coordinated with a report is
    one of its own: "He told reporters that X, and he ruled out Y"."""
    token = verb
    while token.head.i != token.i and start <= token.head.i < end:
        if token.head.lemma_ in REPORTING_VERBS and token.dep_ != "conj":
            return False
        token = token.head
    words = [t for t in tokens[start:end] if not t.is_space]
    return bool(words) and words[-1].text[-1] in _SENTENCE_ENDS


def _is_participle_phrase(clause: Token) -> bool:
    """ "Asked whether …", "Speaking to the BBC": a verb with no subject (whatever tense the
    tagger gave it) frames the report; an inverted copula ("Among them were …") is content."""
    return clause.pos_ == "VERB" and not any(c.dep_ in _SUBJECT_DEPS for c in clause.children)


def _is_question(clause: Token) -> bool:
    """ "whether …", "if …", and a clause opened by a question word of its own ("declined to say
    when the lander would be ready", "how many were hurt"): asked or withheld, not stated. A
    question word opening a clause inside it ("said when he arrived, the door was open") or a
    free relative as subject ("said what happened was a crime") leaves a statement, and a question
    in quotation marks is a quotation."""
    if any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in clause.children):
        return True
    opening = clause.left_edge
    if opening.lower_ not in _QUESTION_WORDS or _quoted(clause):
        return False
    asks_how_much = opening.head.pos_ in ("ADJ", "ADV") and opening.head.head == clause
    return opening.head == clause or asks_how_much


def _quoted(clause: Token) -> bool:
    """Whether a quotation mark opens or closes the clause ('"Where will they park?" she asked')."""
    doc = clause.doc
    first, last = clause.left_edge.i, clause.right_edge.i
    while last + 1 < len(doc) and doc[last + 1].text in ("?", "!", ","):
        last += 1  # (not past a full stop: a quotation opening the next sentence may follow)
    return (first > 0 and doc[first - 1].is_quote) or (last + 1 < len(doc) and doc[last + 1].is_quote)


def _is_parenthetical(tokens: Tokens, verb: Token, start: int) -> bool:
    """ "X happened, officials said": a bare reporting phrase hung on the main clause after a comma."""
    # "Her son, she said, had missed …" hangs the phrase on the main verb's auxiliary.
    main = verb.head.head if verb.head.dep_ in ("aux", "auxpass") else verb.head
    # A main clause the parser hung on a heading above the sentence is still the main clause.
    is_main = main.dep_ == "ROOT" or main.head.i < start
    # "X happened, its maker announced" misparsed as a conjunct of the main verb: no "and" joins them.
    unjoined = verb.dep_ == "conj" and not any(
        c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children
    )
    if (verb.dep_ not in ("parataxis", "ccomp", "advcl") and not unjoined) or not is_main:
        return False
    if verb.lemma_ in _QUOTE_ONLY_VERBS or any(c.dep_ in ("mark", "dobj", "xcomp") for c in verb.children):
        return False  # "because she told them", "it allows him to maintain a stance"
    edge = verb.left_edge.i
    return tokens[edge].is_punct or (edge > start and tokens[edge - 1].is_punct)


def _union(verb: Token, content: tuple[int, int] | None, start: int, end: int) -> tuple[int, int]:
    first, last = max(verb.left_edge.i, start), min(verb.right_edge.i + 1, end)
    if content is None:
        return first, last
    return min(first, content[0]), max(last, content[1])


def _absorb_commas(tokens: Tokens, attribution: set[int], start: int, end: int) -> None:
    """Punctuation and spaces touching the attribution belong to it (", officials said.")."""
    for i in sorted(attribution):
        j = i - 1
        while j >= start and j not in attribution and is_filler(tokens[j]):
            attribution.add(j)
            j -= 1
        j = i + 1
        while j < end and j not in attribution and is_filler(tokens[j]):
            attribution.add(j)
            j += 1


def is_filler(token: Token) -> bool:
    """Punctuation and whitespace: neither attribution nor content."""
    return token.is_punct or token.is_space


def _largest_run(tokens: Tokens, start: int, end: int, excluded: set[int]) -> tuple[int, int] | None:
    """The longest stretch of sentence tokens outside ``excluded``, trimmed of punctuation."""
    best: tuple[int, int] | None = None
    i = start
    while i < end:
        if i in excluded:
            i += 1
            continue
        j = i
        while j < end and j not in excluded:
            j += 1
        run = _trim(tokens, i, j)
        if run is not None and (best is None or run[1] - run[0] > best[1] - best[0]):
            best = run
        i = j
    return best


def _trim(tokens: Tokens, start: int, end: int) -> tuple[int, int] | None:
    while start < end and is_filler(tokens[start]):
        start += 1
    while end > start and is_filler(tokens[end - 1]):
        end -= 1
    return (start, end) if start < end else None
