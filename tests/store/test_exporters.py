"""Markdown and W3C Web Annotation exports, the round trip, and hostile imports."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.article import Article, Block
from desktop.store.archive import Archive
from desktop.store.exporters import MAX_NOTE_CHARS, parse_web_annotation, to_markdown, to_web_annotation
from desktop.store.records import ImportRejected

TEXT = (
    "The ministry said 40 drones were shot down overnight.\n\n"
    "Local residents reported explosions near the airport and a fire at a warehouse."
)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive(tmp_path / "source.sqlite3") as opened:
        article_id = opened.open_article(
            Article(
                text=TEXT, title="Night attack", source="https://example.org/night", blocks=(Block(0, 53),)
            )
        ).article_id
        opened.add_highlight(
            article_id,
            18,
            52,
            "red",
            "Only the ministry's figure.\nNo **independent** count.",
            ["drones", "figures"],
        )
        opened.add_highlight(article_id, TEXT.index("explosions"), TEXT.index(" near"), "blue")
        opened.set_article_note(article_id, "Wait for satellite images.")
        opened.set_reading_position(article_id, 60)
        opened.rename_colour("blue", "to check")
        second = opened.open_article(Article(text="A second, unrelated article.", title="Other")).article_id
        opened.add_highlight(second, 2, 8, "green", tags=["misc"])
        yield opened


def export_json(archive: Archive) -> str:
    return to_web_annotation(archive.export_articles(), archive.colours())


def test_markdown_has_title_source_quotes_notes_and_tags(archive: Archive) -> None:
    [first, _] = archive.export_articles()
    markdown = to_markdown(first, archive.colours())
    assert markdown.startswith(
        "---\ntitle: Night attack\nsource: https://example.org/night\ntags:\n- drones\n"
    )
    assert "# Night attack\n\nSource: <https://example.org/night>\n" in markdown
    assert "## Note\n\nWait for satellite images.\n" in markdown
    assert (
        "> 40 drones were shot down overnight\n\nOnly the ministry's figure.\nNo **independent** count.\n\n"
        "#drones #figures *disputed*\n"
    ) in markdown
    assert "> explosions\n\n*to check*\n" in markdown


def test_headings_in_notes_stay_under_the_exports_own(archive: Archive) -> None:
    article_id = archive.find_article("https://example.org/night")
    assert article_id is not None
    archive.set_article_note(article_id, "# Plan\n## Calls\n```\n# a comment, not a heading\n```\n#drones")
    [first, _] = archive.export_articles()
    markdown = to_markdown(first, archive.colours())
    # "# Plan" would be a heading of the export itself, beside the article's title.
    assert "## Note\n\n### Plan\n#### Calls\n```\n# a comment, not a heading\n```\n#drones\n" in markdown
    assert "\n# Plan" not in markdown and "\n## Calls" not in markdown


def test_orphans_are_exported_in_their_own_section(archive: Archive) -> None:
    article_id = archive.find_article("https://example.org/night")
    assert article_id is not None
    archive.open_article(
        Article(text=TEXT.replace("explosions", "sirens"), source="https://example.org/night")
    )
    [export] = archive.export_articles([article_id])
    markdown = to_markdown(export, archive.colours())
    assert markdown.index("## Highlights no longer found in the text") < markdown.index("> explosions")


def test_json_follows_the_web_annotation_model(archive: Archive) -> None:
    collection = json.loads(export_json(archive))
    assert collection["type"] == "AnnotationCollection"
    assert collection["total"] == 3
    annotation = collection["first"]["items"][0]
    assert annotation["type"] == "Annotation" and annotation["motivation"] == "commenting"
    assert annotation["id"].startswith("urn:uuid:")
    position, quote = annotation["target"]["selector"]
    assert position == {"type": "TextPositionSelector", "start": 18, "end": 52}
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == TEXT[18:52]
    assert [body["purpose"] for body in annotation["body"]] == ["commenting", "tagging", "tagging"]


def test_round_trip_through_an_empty_archive_is_identical(archive: Archive, tmp_path: Path) -> None:
    exported = export_json(archive)
    parsed = parse_web_annotation(exported)
    with Archive(tmp_path / "empty.sqlite3") as empty:
        summary = empty.import_articles(parsed.articles, parsed.colours)
        assert (summary.articles_added, summary.highlights_added) == (2, 3)
        assert export_json(empty) == exported
        markdown = [to_markdown(export, empty.colours()) for export in empty.export_articles()]
    assert markdown == [to_markdown(export, archive.colours()) for export in archive.export_articles()]


def test_importing_twice_adds_nothing_the_second_time(archive: Archive, tmp_path: Path) -> None:
    parsed = parse_web_annotation(export_json(archive))
    with Archive(tmp_path / "target.sqlite3") as target:
        target.import_articles(parsed.articles, parsed.colours)
        again = target.import_articles(parsed.articles, parsed.colours)
        assert (
            again.articles_added,
            again.articles_merged,
            again.highlights_added,
            again.highlights_skipped,
        ) == (
            0,
            2,
            0,
            3,
        )


def test_an_article_already_here_receives_the_imported_article_note(archive: Archive, tmp_path: Path) -> None:
    """The article's own note was dropped when the archive already had the article: read on
    two computers, the note written on one never reached the other."""
    parsed = parse_web_annotation(export_json(archive))
    with Archive(tmp_path / "target.sqlite3") as target:
        blank = target.open_article(Article(text=TEXT, title="Night attack")).article_id
        written = target.open_article(Article(text="A second, unrelated article.")).article_id
        target.set_article_note(written, "My own note.")
        target.import_articles(parsed.articles, parsed.colours)
        target.import_articles(parsed.articles, parsed.colours)  # a second import doubles nothing
        notes = {export.stored.id: export.stored.note for export in target.export_articles()}
    assert notes[blank] == "Wait for satellite images."
    # A note written here is kept; the other, empty, adds nothing.
    assert notes[written] == "My own note."


def test_import_does_not_override_a_renamed_colour(archive: Archive, tmp_path: Path) -> None:
    parsed = parse_web_annotation(export_json(archive))
    with Archive(tmp_path / "target.sqlite3") as target:
        target.rename_colour("blue", "ask the editor")
        target.import_articles(parsed.articles, parsed.colours)
        assert {colour.key: colour.meaning for colour in target.colours()}["blue"] == "ask the editor"


def test_quote_that_no_longer_matches_its_position_is_reanchored(archive: Archive, tmp_path: Path) -> None:
    collection = json.loads(export_json(archive))
    position = collection["first"]["items"][0]["target"]["selector"][0]
    position["start"], position["end"] = 0, 34
    parsed = parse_web_annotation(json.dumps(collection))
    with Archive(tmp_path / "target.sqlite3") as target:
        target.import_articles(parsed.articles, parsed.colours)
        quotes = [
            (item.highlight.start, item.highlight.exact) for item in target.find_highlights(colour="red")
        ]
    assert quotes == [(18, TEXT[18:52])]


Mutation = Callable[[dict[str, Any]], object]


def first_item(collection: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = collection["first"]["items"][0]
    return item


HOSTILE: list[tuple[str, Mutation, str]] = [
    (
        "offset past the end",
        lambda c: first_item(c)["target"]["selector"][0].update(end=10**6),
        "out of range",
    ),
    ("negative offset", lambda c: first_item(c)["target"]["selector"][0].update(start=-4), "out of range"),
    ("start after end", lambda c: first_item(c)["target"]["selector"][0].update(start=53), "out of range"),
    ("offset as text", lambda c: first_item(c)["target"]["selector"][0].update(start="18"), "whole number"),
    (
        "offset as boolean",
        lambda c: first_item(c)["target"]["selector"][0].update(start=True),
        "whole number",
    ),
    ("huge note", lambda c: first_item(c)["body"][0].update(value="x" * (MAX_NOTE_CHARS + 1)), "longer than"),
    ("note as a list", lambda c: first_item(c)["body"][0].update(value=["a"]), "must be a string"),
    ("tag too long", lambda c: first_item(c)["body"][1].update(value="t" * 101), "longer than"),
    ("unknown colour", lambda c: first_item(c).update({"ra:colour": "ultraviolet"}), "unknown colour"),
    (
        "unknown article",
        lambda c: first_item(c)["target"].update(source="urn:sha256:" + "0" * 64),
        "not one of",
    ),
    (
        "tampered text",
        lambda c: c["ra:articles"][0].update({"ra:text": TEXT.replace("40", "90")}),
        "does not match",
    ),
    ("bad time", lambda c: first_item(c).update(created="yesterday"), "ISO 8601"),
    ("items not a list", lambda c: c["first"].update(items={"a": 1}), "must be a list"),
    ("duplicate annotation", lambda c: c["first"]["items"].append(first_item(c)), "appears twice"),
    (
        "bad layout",
        lambda c: c["ra:articles"][0]["ra:layout"].update(blocks=[[0, 10**7, "paragraph", 0]]),
        "layout",
    ),
    ("empty quote", lambda c: first_item(c)["target"]["selector"][1].update(exact=""), "quotes nothing"),
    ("not a collection", lambda c: c.update(type="Annotation"), "AnnotationCollection"),
    ("impossible date", lambda c: first_item(c).update(created="2024-13-45T99:99:99Z"), "not a real date"),
    (
        "impossible added date",
        lambda c: c["ra:articles"][0].update({"ra:added": "2023-02-29T10:00:00Z"}),
        "not a real date",
    ),
    (
        "too many metadata entries",
        lambda c: c["ra:articles"][0]["ra:metadata"].update({f"key{n}": "v" for n in range(101)}),
        "more than 100 entries",
    ),
    (
        "huge metadata name",
        lambda c: c["ra:articles"][0]["ra:metadata"].update({"k" * 10_000: "v"}),
        "names must be at most",
    ),
    (
        "too many bodies",
        lambda c: first_item(c).update(body=[{"type": "TextualBody", "value": "x"}] * 1001),
        "more than 1000 entries",
    ),
    (
        "notes together too long",
        lambda c: first_item(c).update(
            body=[{"type": "TextualBody", "value": "x" * (MAX_NOTE_CHARS // 2 + 1)}] * 2
        ),
        "notes together are longer",
    ),
    (
        "lone surrogate in the text",
        lambda c: c["ra:articles"][0].update({"ra:text": TEXT + "\ud800"}),
        r"ra:articles\[0\]\.ra:text holds an invalid character \('\\ud800'",
    ),
    ("lone surrogate in a title", lambda c: c["ra:articles"][0].update(title="Night \udfff"), "title holds"),
    (
        "lone surrogate in a colour meaning",
        lambda c: c["ra:colours"][0].update(meaning="\ud800important"),
        r"ra:colours\[0\]\.meaning holds",
    ),
    (
        "lone surrogate in a metadata name",
        lambda c: c["ra:articles"][0]["ra:metadata"].update({"\udc80": "v"}),
        r"ra:metadata\.\\udc80 holds",
    ),
]


@pytest.mark.parametrize(("label", "mutate", "message"), HOSTILE, ids=[case[0] for case in HOSTILE])
def test_hostile_import_is_rejected_whole_with_a_named_problem(
    archive: Archive, tmp_path: Path, label: str, mutate: Mutation, message: str
) -> None:
    collection = json.loads(export_json(archive))
    mutate(collection)
    with Archive(tmp_path / "target.sqlite3") as target:
        with pytest.raises(ImportRejected, match=message) as rejected:
            parsed = parse_web_annotation(json.dumps(collection))
            target.import_articles(parsed.articles, parsed.colours)
        assert target.list_articles() == [] and target.find_highlights() == []
    # The message is shown and printed: it must be text that can be written out.
    assert str(rejected.value).encode("utf-8")


@pytest.mark.parametrize(
    ("payload", "message"),
    [("{not json", "not valid JSON"), ("[" * 100_000 + "]" * 100_000, "nested too deeply|not valid JSON"),
     ('{"type": NaN}', "not valid JSON"), ("[]", "must be a JSON object")],
)  # fmt: skip
def test_malformed_json_is_rejected(payload: str, message: str) -> None:
    with pytest.raises(ImportRejected, match=message):
        parse_web_annotation(payload)


def test_every_comment_body_is_kept_in_the_note(archive: Archive, tmp_path: Path) -> None:
    collection = json.loads(export_json(archive))
    first_item(collection)["body"] = [
        {"type": "TextualBody", "purpose": "commenting", "value": "First thought."},
        {"type": "TextualBody", "purpose": "tagging", "value": "drones"},
        {"type": "TextualBody", "value": "Second thought."},
    ]
    parsed = parse_web_annotation(json.dumps(collection))
    with Archive(tmp_path / "target.sqlite3") as target:
        target.import_articles(parsed.articles, parsed.colours)
        (listing,) = target.find_highlights(colour="red")
    assert listing.highlight.note == "First thought.\n\nSecond thought."
    assert listing.highlight.tags == ("drones",)


def test_a_paginated_article_keeps_its_pages_through_export_and_import(tmp_path: Path) -> None:
    from desktop.core.article import Page
    from desktop.store.exporters import parse_web_annotation, to_web_annotation

    text = "Page one text.\nPage two text."
    article = Article(text=text, title="Report", format="pdf", pages=(Page(1, 0, 14), Page(2, 15, len(text))))
    with Archive(tmp_path / "a.sqlite3") as archive:
        archive.open_article(article)
        exported = to_web_annotation(archive.export_articles(), archive.colours())
    [imported] = parse_web_annotation(exported).articles
    assert imported.stored.article.pages == article.pages
