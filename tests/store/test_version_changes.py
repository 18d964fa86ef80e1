"""What changed between two versions of an article, from their real analyses: figures and claims
called out, then sentences."""

from __future__ import annotations

from desktop.core.article import Article
from desktop.nlp.pipeline import Pipeline
from desktop.store.records import ArticleVersion
from desktop.store.version_changes import claim_changes, figure_changes, version_changes
from tests.store.knowledge_stories import KYIV_POST, KYIV_POST_EDITED


def test_the_changed_death_toll_the_removed_quote_and_the_changed_source_are_called_out(
    pipeline: Pipeline,
) -> None:
    old, new = pipeline.analyze(KYIV_POST), pipeline.analyze(KYIV_POST_EDITED)
    [toll] = figure_changes(old, new)
    assert (toll.kind, toll.measures, toll.old_value, toll.new_value) == ("changed", "people", 6, 8)
    assert toll.summary.startswith("the number of people changed from 6 to 8")
    assert toll.old is not None and KYIV_POST[toll.old.start : toll.old.end] == "six people"
    assert toll.new is not None and KYIV_POST_EDITED[toll.new.start : toll.new.end] == "eight people"
    changes = {(change.kind, change.old_source, change.new_source) for change in claim_changes(old, new)}
    assert changes == {
        ("source changed", "air force", "defence ministry"),
        ("removed", "Volodymyr Zelensky", None),
    }


def test_an_unchanged_analysis_has_no_figure_or_claim_changes(pipeline: Pipeline) -> None:
    analysis = pipeline.analyze(KYIV_POST)
    assert figure_changes(analysis, analysis) == []
    assert claim_changes(analysis, analysis) == []


def test_version_changes_name_the_versions_and_list_the_sentences(pipeline: Pipeline) -> None:
    old = ArticleVersion(7, 1, Article(text=KYIV_POST, title="Drones"), "")
    new = ArticleVersion(7, 2, Article(text=KYIV_POST_EDITED, title="Drones"), "")
    changes = version_changes(old, new, pipeline.analyze(KYIV_POST), pipeline.analyze(KYIV_POST_EDITED))
    assert (changes.article_id, changes.title, changes.old_version, changes.new_version) == (
        7,
        "Drones",
        1,
        2,
    )
    assert [change.kind for change in changes.sentences] == ["changed", "removed", "changed"]
    assert changes.sentences[1].old is not None
    assert changes.sentences[1].old.text.startswith('"We will rebuild every station,"')


def test_a_changed_amount_is_named_by_what_it_is_the_amount_of(pipeline: Pipeline) -> None:
    old = pipeline.analyze("The council approved a $48 million repair of the harbour bridge, the mayor said.")
    new = pipeline.analyze("The council approved a $52 million repair of the harbour bridge, the mayor said.")
    [cost] = figure_changes(old, new)
    assert (
        cost.summary
        == "the repair (USD) changed from 48,000,000 to 52,000,000 (“$48 million” → “$52 million”)"
    )
    # What names nothing is named by its kind and unit.
    old = pipeline.analyze("It will cost $5 million, she said.")
    new = pipeline.analyze("It will cost $6.5 million, she said.")
    [cost] = figure_changes(old, new)
    assert (
        cost.summary == "the money (USD) changed from 5,000,000 to 6,500,000 (“$5 million” → “$6.5 million”)"
    )


def test_a_changed_count_names_what_it_counts_as_the_article_writes_it(pipeline: Pipeline) -> None:
    # The counted noun is kept as a lemma ("shelter"): the summary says "shelters", not "shelter".
    old = pipeline.analyze("Mayor Helena Okafor said the council had opened four shelters.")
    new = pipeline.analyze("Mayor Helena Okafor said the council had opened six shelters.")
    [shelters] = figure_changes(old, new)
    assert shelters.measures == "shelter"
    assert shelters.summary.startswith("the number of shelters changed from 4 to 6")
