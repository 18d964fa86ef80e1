"""Documents that speak for their authors: "a release from the union said", "her statement said",
"the report by the auditor found", "said in a statement that …".

The source of such a claim is the author; the document is the channel it came through (``via``
in the analyze contract). A document with no author in the text ("the report found") stays the
source itself.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns naming a written or recorded statement that can stand as the subject of a reporting verb.
DOCUMENT_NOUNS = frozenset(
    {
        "statement", "release", "report", "letter", "note", "message", "memo", "email", "e-mail",
        "filing", "post", "communique", "communiqué", "document", "study", "survey", "analysis",
        "paper", "briefing", "notice", "bulletin", "review", "audit", "complaint", "lawsuit",
        "submission", "ruling", "judgment", "judgement", "affidavit", "transcript", "tweet",
        "blog", "website", "video", "advisory", "assessment", "announcement", "newsletter",
        "presentation", "prospectus", "update", "circular", "dossier", "indictment", "petition",
        "decision", "dissent", "order", "testimony", "deposition",
    }
)  # fmt: skip
# Plural words for data that speak for whoever gathered them ("data from the agency show",
# "figures from the authority suggest"); only as written, for "a senior figure said" is a person.
_DATA_WORDS = frozenset({"data", "figures", "records", "statistics"})
# "a release from the union", "the report by the auditor"; not "of": "a review of the records"
# names its topic.
_AUTHOR_PREPOSITIONS = frozenset({"from", "by"})
# How many sentences back "the report" may find the report named before with its author.
_EARLIER_SENTENCES = 3
# Tokens of the document's phrase before its noun ("a", "new", "press", "joint", "her").
_DOCUMENT_PHRASE_DEPS = frozenset({"det", "amod", "compound", "nmod", "nummod", "poss"})


def is_document(token: Token) -> bool:
    if token.lower_ == "order" and not any(c.dep_ in ("det", "poss") for c in token.children):
        return False  # "in order to": an idiom; "its order", "an order" are a ruling's text
    return token.pos_ in ("NOUN", "PROPN") and (
        token.lemma_.lower() in DOCUMENT_NOUNS or token.lower_ in _DATA_WORDS
    )


def document_author(document: Token) -> Token | None:
    """The head of the author's mention of ``document``: its possessor ("her", "the bank's") or
    the object of "from"/"by" ("a release from the union", "records held by the museum");
    ``None`` when the text names none."""
    for child in document.children:
        if child.dep_ == "poss":
            return child
    for child in document.children:
        if child.i < document.i:
            continue
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPOSITIONS:
            author = _object_of(child)
        elif child.dep_ == "acl" and child.tag_ == "VBN":  # "held by", "published by", "kept by"
            author = next((_object_of(a) for a in child.children if a.dep_ == "agent"), None)
        else:
            continue
        if author is not None and is_document(author):
            # "figures compiled by the transfer website TransferDesk": the named site is an author.
            author = next((c for c in author.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if author is not None:
            return author
    return None


def has_the(noun: Token) -> bool:
    """Whether ``noun`` has "the" as its determiner ("the report", "the union")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def earlier_author(document: Token) -> Token | None:
    """ "a report released by the department. The report said …": "the report" is the one named
    before with its author, within a few sentences; its author speaks."""
    if not has_the(document):
        return None
    starts_passed = 0
    for token in reversed(document.doc[: document.i]):
        if token.lemma_ == document.lemma_ and is_document(token):
            return document_author(token)
        starts_passed += bool(token.is_sent_start)
        if starts_passed > _EARLIER_SENTENCES:
            break
    return None


def _object_of(preposition: Token) -> Token | None:
    return next((g for g in preposition.children if g.dep_ == "pobj"), None)


def document_phrase(document: Token) -> tuple[int, int]:
    """Token range of the document's words before it ("A release" of "A release from the
    union", "Her statement", "The bank's statement"), without clauses or phrases after it."""
    first = min(
        (c.left_edge.i for c in document.lefts if c.dep_ in _DOCUMENT_PHRASE_DEPS), default=document.i
    )
    return first, document.i + 1


def channel(verb: Token) -> Token | None:
    """The document a reporting verb names as its channel: "said in a statement", "In a message
    posted online, the group said", "wrote in a letter"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            objects = [g for g in child.children if g.dep_ == "pobj" and is_document(g)]
            if objects:
                return objects[0]
    return None


def content_clause(document: Token) -> Token | None:
    """ "said in a statement that it had offered …": the parser hangs the reported clause on the
    document noun; it is the verb's content."""
    for child in document.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        ):
            return child
    return None
