"""Labels a name's own words give away, through the real pipeline: facilities, the press,
platforms, bare numbers, and people named after a title even when their name holds a place."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from desktop.nlp.entities.labels import kind_label
from desktop.nlp.pipeline import Pipeline


def labels(pipeline: Pipeline, text: str) -> dict[str, str]:
    return {entity.text: entity.label for entity in pipeline.analyze(text).entities}


def test_bridges_streets_airports_and_towers_are_facilities(pipeline: Pipeline) -> None:
    found = labels(
        pipeline,
        "Traffic was stopped on Market Street and the Tower Bridge, flights left Heathrow Airport late,"
        " and Grenfell Tower was closed.",
    )
    facilities = [name for name in found if name.split()[-1] in ("Street", "Bridge", "Airport", "Tower")]
    assert len(facilities) >= 3
    assert all(found[name] == "FAC" for name in facilities), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Monde and Der Spiegel both published the leaked files.", "Der Spiegel"),
        ("The Guardian said the minister would resign.", "Guardian"),
        ("The story ran in the Kansas City Star and on Sky News.", "Sky News"),
    ],
)
def test_newspapers_and_broadcasters_are_organisations(pipeline: Pipeline, text: str, name: str) -> None:
    assert labels(pipeline, text).get(name) == "ORG"


def test_platforms_are_not_people(pipeline: Pipeline) -> None:
    found = labels(pipeline, "He posted the video on Twitter and Instagram before deleting it.")
    assert (found.get("Twitter"), found.get("Instagram")) == ("ORG", "ORG")


def test_a_bare_number_is_never_a_product(pipeline: Pipeline) -> None:
    assert "PRODUCT" not in labels(pipeline, "The airline bought ten of the 787 and two A350s.").values()


def test_a_titled_name_holding_a_place_stays_a_person(pipeline: Pipeline) -> None:
    found = labels(pipeline, "Mayor Ana Lima said the budget was balanced.")
    assert found == {"Ana Lima": "PERSON"}


def test_a_titled_name_and_the_place_it_repeats(pipeline: Pipeline) -> None:
    found = labels(pipeline, "Governor Austin Chen spoke in Austin on Friday.")
    assert (found.get("Austin Chen"), found.get("Austin")) == ("PERSON", "GPE")


def test_a_number_tagged_product_is_relabelled_a_cardinal(nlp: Language) -> None:
    doc = nlp("The airline bought the 787 last year.")
    number = Span(doc, 4, 5, label="PRODUCT")
    assert (number.text, kind_label(number)) == ("787", "CARDINAL")
    assert kind_label(Span(doc, 4, 5, label="CARDINAL")) is None


def test_a_title_word_inside_a_company_name_makes_no_person(pipeline: Pipeline) -> None:
    found = labels(pipeline, "General Motors said on Tuesday that it would cut 2,000 jobs.")
    assert "PERSON" not in found.values(), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ishan Prasad, a trade professor at Cornell, said the deal was weak.", "Ishan Prasad"),
        ("Ines Okonkwo-Hale, a researcher at the institute, led the study.", "Ines Okonkwo-Hale"),
    ],
)
def test_a_name_described_as_a_person_is_a_person(pipeline: Pipeline, text: str, name: str) -> None:
    assert labels(pipeline, text)[name] == "PERSON"


def test_an_organisation_described_as_a_firm_stays_an_organisation(pipeline: Pipeline) -> None:
    found = labels(pipeline, "Flexport, a logistics firm, said shipping costs rose at Cornell.")
    assert found["Flexport"] == "ORG"
