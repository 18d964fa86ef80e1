"""The reader's entity corrections applied by the real pipeline to articles analysed after them."""

from __future__ import annotations

from desktop.core.entity_corrections import EntityCorrection
from desktop.core.entity_names import surname_owners
from desktop.nlp.model import Analysis
from desktop.nlp.pipeline import Pipeline

# Texts written for these tests. The small model misses "Sunflower Aid" and calls "Marko
# Sunflower" an organisation and "Zelenyi" (of "Zelenyi Hai") a place of its own.
AID_REPORT = (
    "Volunteers from Sunflower Aid drove the trucks to Odesa on Monday.\n"
    "The trucks left early because Sunflower Aid had fuel, said Marko Sunflower.\n"
    "Grain from Zelenyi Hai reached the port. Farmers in Zelenyi Hai were relieved.\n"
    "Later, Sunflower thanked the drivers of Kyiv Independent Logistics and the mayor of Kyiv.\n"
)
CORRECTIONS = (
    EntityCorrection("Sunflower Aid", "ORG"),
    EntityCorrection("Zelenyi Hai", "GPE"),
    EntityCorrection("Marko Sunflower", "PERSON"),
)


def labelled(analysis: Analysis) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analysis.entities]


def test_a_corrected_label_applies_where_the_model_erred_and_where_it_missed(pipeline: Pipeline) -> None:
    before = pipeline.analyze(AID_REPORT)
    after = pipeline.analyze(AID_REPORT, corrections=CORRECTIONS)
    assert ("Sunflower Aid", "ORG") not in labelled(before)
    assert labelled(after).count(("Sunflower Aid", "ORG")) == 2
    # The piece the model took for a place gives way to the whole corrected name.
    assert labelled(after).count(("Zelenyi Hai", "GPE")) == 2
    assert not any(text == "Zelenyi" for text, _ in labelled(after))
    assert ("Marko Sunflower", "PERSON") in labelled(after)


def test_unrelated_names_are_untouched(pipeline: Pipeline) -> None:
    before = pipeline.analyze(AID_REPORT)
    after = pipeline.analyze(AID_REPORT, corrections=CORRECTIONS)
    corrected_words = {word for c in CORRECTIONS for word in c.surface.split()}
    untouched = [e for e in before.entities if not corrected_words.intersection(e.text.split())]
    assert untouched  # Odesa, Monday, Kyiv…
    assert set(untouched) <= set(after.entities)


def test_not_a_name_removes_every_mention_also_nested_ones(pipeline: Pipeline) -> None:
    before = pipeline.analyze(AID_REPORT)
    assert ("Kyiv", "GPE") in labelled(before)
    after = pipeline.analyze(AID_REPORT, corrections=(EntityCorrection("Kyiv", None),))
    assert not any(text == "Kyiv" for text, _ in labelled(after))
    # A longer name holding the word is another name: still there.
    assert {text for text, _ in labelled(after)} >= {text for text, _ in labelled(before) if text != "Kyiv"}


def test_matching_is_case_sensitive_and_on_whole_names(pipeline: Pipeline) -> None:
    text = "Officials in ODESA and Odesan traders met in Odesa.\n"
    analysis = pipeline.analyze(text, corrections=(EntityCorrection("Odesa", "LOC"),))
    assert ("Odesa", "LOC") in labelled(analysis)
    assert not any(label == "LOC" and text != "Odesa" for text, label in labelled(analysis))


def test_a_name_corrected_to_a_person_takes_its_surname_along(pipeline: Pipeline) -> None:
    before = labelled(pipeline.analyze(AID_REPORT))
    assert ("Marko Sunflower", "ORG") in before and ("Sunflower", "PERSON") not in before
    after = labelled(pipeline.analyze(AID_REPORT, corrections=CORRECTIONS))
    # "Later, Sunflower thanked…": the Entities tab lists it under Marko Sunflower.
    assert ("Sunflower", "PERSON") in after
    assert surname_owners(text for text, label in after if label == "PERSON") == {
        "Sunflower": "Marko Sunflower"
    }


def test_a_name_with_a_hyphen_is_matched_whole(pipeline: Pipeline) -> None:
    text = "Engines from Rolls-Royce powered the jet, and Rolls-Royce engineers flew with it.\n"
    analysis = pipeline.analyze(text, corrections=(EntityCorrection("Rolls-Royce", "PRODUCT"),))
    assert labelled(analysis).count(("Rolls-Royce", "PRODUCT")) == 2
