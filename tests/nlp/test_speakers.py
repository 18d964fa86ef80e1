"""Speaker resolution: pronouns with two people in play, short names, titles kept out of names."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from desktop.nlp.claims import extract_claims
from desktop.nlp.model import Source


@pytest.fixture(scope="module")
def sources_of(nlp: Language) -> Callable[[str], list[Source]]:
    def sources(text: str) -> list[Source]:
        return [c.source for c in extract_claims(nlp(text)) if c.source is not None]

    return sources


def test_short_name_resolves_to_the_full_name_with_title_left_out(
    sources_of: Callable[[str], list[Source]],
) -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky said the strikes would continue.\n"
        "Zelensky said the army was ready."
    )
    first, second = sources_of(text)
    assert (first.text, first.name) == ("Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky")
    assert (second.text, second.name) == ("Zelensky", "Volodymyr Zelensky")


def test_pronoun_prefers_the_subject_over_the_object(sources_of: Callable[[str], list[Source]]) -> None:
    (source,) = sources_of(
        "John Smith met Peter Jones in Paris on Tuesday. “The talks were useful,” he said."
    )
    assert (source.text, source.name) == ("he", "John Smith")


def test_pronoun_gender_from_titles_picks_the_right_person(sources_of: Callable[[str], list[Source]]) -> None:
    text = "Mrs. Patel met Mr. Okafor on Monday. She said the deal was close."
    (source,) = sources_of(text)
    assert (source.text, source.name) == ("She", "Patel")


def test_pronoun_follows_the_last_speaker_not_a_person_quoted(
    sources_of: Callable[[str], list[Source]],
) -> None:
    text = "Jane Ortiz said the vote was fair.\n“Nobody believes what Tom Baker says,” she added."
    sources = sources_of(text)
    assert [s.name for s in sources] == ["Jane Ortiz", "Jane Ortiz"]


def test_organisation_and_possessive_mentions_keep_their_words(
    sources_of: Callable[[str], list[Source]],
) -> None:
    text = "Eight drones hit the city, Gov. Rustam Minnikhanov’s office said."
    (source,) = sources_of(text)
    assert source.text == "Gov. Rustam Minnikhanov’s office"


def test_unresolvable_pronoun_has_no_name(sources_of: Callable[[str], list[Source]]) -> None:
    (source,) = sources_of("“We will win,” he said.")
    assert (source.text, source.name) == ("he", None)


def test_surname_tagged_as_organisation_is_the_person_named_before(
    sources_of: Callable[[str], list[Source]],
) -> None:
    text = "Rovers manager Gary Whelan was pleased.\n\n“We kept going,” Whelan said."
    assert [s.name for s in sources_of(text)] == ["Gary Whelan"]


def test_the_noun_ties_to_the_fuller_mention_or_the_organisation_named(
    sources_of: Callable[[str], list[Source]],
) -> None:
    text = (
        "The defence ministry denied that troops were massing.\n"
        "“There is no build-up,” the ministry said.\n"
        "Halvorsen Motors is recalling 80,000 cars, the company said."
    )
    assert [s.name for s in sources_of(text)] == ["defence ministry", "defence ministry", "Halvorsen Motors"]


def test_pronoun_prefers_the_main_clause_subject_named_in_full_earlier(
    sources_of: Callable[[str], list[Source]],
) -> None:
    text = (
        "Montell Figgins, who represents Thomas, said his client would fight.\n\n"
        "Figgins declined to say whether Thomas slept. “We will see,” he said."
    )
    assert [s.name for s in sources_of(text)][-1] == "Montell Figgins"


def test_relatives_sharing_a_surname_keep_their_own_names(sources_of: Callable[[str], list[Source]]) -> None:
    text = (
        "Anna Holloway, a retired nurse, died on Friday.\n"
        "Her daughter, Claire Holloway-Grant, said she had been ill for a year.\n"
        '"She never stopped working," her son, David Holloway, said.\n'
        "Her granddaughter, Julia Grant, said the family would hold a service. "
        '"She taught me everything," Ms. Grant said.'
    )
    assert [s.name for s in sources_of(text)] == [
        "Claire Holloway-Grant",
        "David Holloway",
        "Julia Grant",
        "Julia Grant",
    ]


def test_full_name_tagged_as_an_organisation_names_the_surname_later(
    sources_of: Callable[[str], list[Source]], nlp: Language
) -> None:
    text = (
        "Every morning at 6, Alasdair Moir walks down to the slipway.\n"
        "Moir will retire in October.\n"
        '"I know every rock," he said.'
    )
    labels = {ent.text: ent.label_ for ent in nlp(text).ents}
    if labels.get("Alasdair Moir") == "PERSON":
        pytest.skip("the model now tags the full name as a person; the rule is not exercised")
    assert [s.name for s in sources_of(text)] == ["Alasdair Moir"]


def test_a_name_stops_before_its_appositive_role(sources_of: Callable[[str], list[Source]]) -> None:
    text = (
        "Airlines for America, the trade group that represents the largest carriers, said in a "
        "statement that fares would rise."
    )
    assert [s.name for s in sources_of(text)] == ["Airlines for America"]


def test_words_of_a_name_misparsed_as_a_verb_stay_in_the_mention(
    sources_of: Callable[[str], list[Source]], nlp: Language
) -> None:
    text = "The Resolution Foundation think tank estimates that scrapping the cap would cost about £3.4bn a year."
    if next(t for t in nlp(text) if t.text == "think").dep_ != "dep":
        pytest.skip("the parser no longer misreads 'think tank'; the repair is not exercised")
    (source,) = sources_of(text)
    assert (source.text, source.name) == (
        "The Resolution Foundation think tank",
        "Resolution Foundation think tank",
    )


def test_person_named_after_a_role_is_the_speaker_and_the_role_refers_back(
    sources_of: Callable[[str], list[Source]],
) -> None:
    text = (
        "A lawyer for the owner, Michael Strand, told the court that repairs had cost more.\n"
        "A spokeswoman for the charity Carers First, Joanna Pike, said calls had doubled. "
        "The spokeswoman said the charity was struggling."
    )
    assert [s.name for s in sources_of(text)] == [
        "Michael Strand",
        "Joanna Pike",
        "Joanna Pike",
    ]
