"""Speech acts whose noun object is what is stated: "revealed plans for …", "announced an order",
"claimed responsibility for …", "ruled out a cut", "denied reports that …".

Most reporting verbs report a clause ("said that …"); these also report a noun phrase. Senses
that are not speech ("claimed the lives of", "admitted 30 patients", "denied bail") are kept out
by the object: a verb with a wide non-speech use takes only objects that name a stance.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose noun object is a statement, whatever the object ("announced a partnership").
_ANY_OBJECT = frozenset(
    {
        "announce", "reveal", "disclose", "confirm", "acknowledge", "estimate", "predict",
        "forecast", "concede", "pledge", "vow", "promise", "deny",
    }
)  # fmt: skip
# Verbs with a common non-speech sense: only these objects make them a statement.
_STANCE_OBJECTS = {
    "claim": frozenset({"responsibility", "credit", "victory", "authorship", "innocence"}),
    "admit": frozenset(
        {"guilt", "mistake", "error", "wrongdoing", "failure", "responsibility", "liability", "defeat",
         "fault", "negligence", "charge", "offence", "offense", "breach"}
    ),
}  # fmt: skip
# "denied bail", "denied entry": a refusal, not a statement.
_REFUSED_THINGS = frozenset(
    {"bail", "entry", "access", "permission", "request", "application", "visa", "appeal", "asylum", "service"}
)
# Phrasal verbs that state a position: "ruled out a cut", "played down the risk".
_PHRASAL = frozenset({("rule", "out"), ("play", "down")})
_OBJECT_POS = frozenset({"NOUN", "PROPN", "NUM"})


def phrasal_particle(verb: Token) -> Token | None:
    """The particle of a stance-taking phrasal verb ("out" of "ruled out"), if ``verb`` is one."""
    for child in verb.rights:
        if child.dep_ == "prt" and (verb.lemma_, child.lower_) in _PHRASAL:
            return child
    return None


def object_content(verb: Token, start: int, end: int) -> set[int]:
    """The tokens stating what a speech act with a noun object reports: the object and what
    follows it in the verb's phrase, up to a coordinated verb ("ruled out X and said Y");
    empty when ``verb`` has no such object."""
    particle = phrasal_particle(verb)
    if particle is None and verb.lemma_ not in _ANY_OBJECT and verb.lemma_ not in _STANCE_OBJECTS:
        return set()
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in _OBJECT_POS]
    if particle is not None:
        # "ruled out paying a ransom": a position on an action, named by its gerund.
        # (parsed as an object, a complement or, right after the particle, an adverbial clause).
        objects += [
            c
            for c in verb.rights
            if c.tag_ == "VBG"
            and (c.dep_ in ("xcomp", "dobj") or (c.dep_ == "advcl" and c.i == particle.i + 1))
        ]
    if not objects:
        return set()
    thing = objects[0].lemma_.lower()
    if verb.lemma_ in _STANCE_OBJECTS and particle is None and thing not in _STANCE_OBJECTS[verb.lemma_]:
        return set()
    if verb.lemma_ == "deny" and thing in _REFUSED_THINGS:
        return set()
    # A coordinated verb ends the phrase, and so, after the object, do a date ("Tuesday") and a
    # participle ("…, telling lawmakers that …"): what they add is not what is announced.
    stops = [
        c.left_edge.i
        for c in verb.rights
        if c.dep_ in ("cc", "conj") or (c.i > objects[0].i and (c.dep_ == "npadvmod" or _participle(c)))
    ]
    last = min([verb.right_edge.i + 1, end, *stops])
    phrase = [c for c in verb.rights if c.dep_ not in ("prt", "punct", "cc", "conj") and c.i < last]
    first = max(min(c.left_edge.i for c in phrase), start)
    return set(range(first, last))


def _participle(child: Token) -> bool:
    return child.dep_ == "advcl" and child.tag_ == "VBG"
