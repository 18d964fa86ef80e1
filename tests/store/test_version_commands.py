"""`reading-assistant add` and `reading-assistant changes` through the command line, with the
real pipeline: the Kyiv Post's story archived, edited by the outlet, added again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.core.article import Article
from desktop.core.entity_corrections import EntityCorrection
from desktop.nlp.model import Entity
from desktop.nlp.pipeline import Pipeline
from desktop.nlp.serialization import analysis_from_json
from desktop.store.archive import Archive
from tests.changing_site import changing_site
from tests.store.knowledge_stories import KYIV_POST, KYIV_POST_EDITED, TABLOID, WIRE


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, Any]], str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, [json.loads(line) for line in captured.out.splitlines()], captured.err


@pytest.fixture
def story_files(tmp_path: Path, pipeline: Pipeline) -> list[Path]:
    """The story's three articles as files (``pipeline``: loaded once for the session)."""
    folder = tmp_path / "news"
    folder.mkdir()
    paths = [folder / "kyiv-post.txt", folder / "wire.txt", folder / "tabloid.txt"]
    for path, text in zip(paths, (KYIV_POST, WIRE, TABLOID), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


def test_add_archives_new_articles_then_knows_them_then_keeps_a_changed_one_as_a_new_version(
    tmp_path: Path, story_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    archive = str(tmp_path / "archive.sqlite3")
    status, added, _ = run(capsys, "add", *map(str, story_files), "--archive", archive)
    assert status == 0
    assert [(record["version"], record["status"]) for record in added] == [(1, "new")] * 3
    assert [record["source"] for record in added] == [str(path) for path in story_files]
    kyiv_id = added[0]["id"]
    status, again, _ = run(capsys, "add", str(story_files[0]), "--archive", archive)
    assert (status, again[0]["id"], again[0]["version"], again[0]["status"]) == (0, kyiv_id, 1, "same")
    story_files[0].write_text(KYIV_POST_EDITED, encoding="utf-8")
    status, edited, _ = run(capsys, "add", str(story_files[0]), "--archive", archive)
    assert (status, edited[0]["id"], edited[0]["version"], edited[0]["status"]) == (
        0,
        kyiv_id,
        2,
        "new-version",
    )


def test_changes_lists_the_changed_figure_quote_source_and_sentences(
    tmp_path: Path, story_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    archive = str(tmp_path / "archive.sqlite3")
    _, added, _ = run(capsys, "add", str(story_files[0]), "--archive", archive)
    story_files[0].write_text(KYIV_POST_EDITED, encoding="utf-8")
    run(capsys, "add", str(story_files[0]), "--archive", archive)
    status, [changes], _ = run(capsys, "changes", str(story_files[0]), "--archive", archive)
    assert status == 0
    assert (changes["article_id"], changes["old_version"], changes["new_version"]) == (added[0]["id"], 1, 2)
    [toll] = changes["figures"]
    assert (toll["kind"], toll["old_value"], toll["new_value"]) == ("changed", 6, 8)
    assert (toll["old"]["text"], toll["new"]["text"]) == ("six people", "eight people")
    claims = {(claim["kind"], claim["old_source"], claim["new_source"]) for claim in changes["claims"]}
    assert claims == {
        ("source changed", "air force", "defence ministry"),
        ("removed", "Volodymyr Zelensky", None),
    }
    assert [sentence["kind"] for sentence in changes["sentences"]] == ["changed", "removed", "changed"]
    # The same by the article's id.
    status, [by_id], _ = run(capsys, "changes", str(added[0]["id"]), "--archive", archive)
    assert (status, by_id) == (0, changes)


def test_changes_says_why_when_there_is_nothing_to_compare(
    tmp_path: Path, story_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    archive = str(tmp_path / "archive.sqlite3")
    _, [added], _ = run(capsys, "add", str(story_files[1]), "--archive", archive)
    status, out, err = run(capsys, "changes", str(added["id"]), "--archive", archive)
    assert (status, out) == (1, [])
    assert f"article {added['id']} has one version only" in err
    status, out, err = run(capsys, "changes", "https://nowhere.example/story", "--archive", archive)
    assert (status, out) == (1, [])
    assert "no article 'https://nowhere.example/story'" in err


def test_add_reports_a_file_it_cannot_load_and_goes_on(
    tmp_path: Path, story_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    status, added, err = run(
        capsys, "add", str(missing), str(story_files[2]), "--archive", str(tmp_path / "archive.sqlite3")
    )
    assert status == 1
    assert [record["status"] for record in added] == ["new"]
    assert str(missing) in err


def test_add_says_a_folder_holds_no_article_files_and_goes_on(
    tmp_path: Path, story_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    status, added, err = run(
        capsys, "add", str(empty), str(story_files[2]), "--archive", str(tmp_path / "archive.sqlite3")
    )
    assert status == 1
    assert [record["status"] for record in added] == ["new"]
    assert f"error: {empty}: The folder holds no supported article files." in err
    assert "not a file" not in err


def test_changes_analyses_versions_never_analysed_and_keeps_their_analyses(
    tmp_path: Path, pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "archive.sqlite3"
    source = "https://kyivpost.example/drones"
    with Archive(path) as archive:
        archive.open_article(Article(text=KYIV_POST, source=source))
        archive.open_article(Article(text=KYIV_POST_EDITED, source=source))
    status, [changes], _ = run(capsys, "changes", source, "--archive", str(path))
    assert (status, changes["figures"][0]["new_value"]) == (0, 8)
    with Archive(path) as archive:
        for text in (KYIV_POST, KYIV_POST_EDITED):
            assert archive.cached_analysis_of(Article(text=text).content_hash) is not None


def test_a_web_article_added_again_after_the_outlet_edited_it_is_its_next_version(
    tmp_path: Path, pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = str(tmp_path / "archive.sqlite3")
    with changing_site(KYIV_POST) as (url, pages):
        _, [first], _ = run(capsys, "add", url, "--archive", archive)
        pages.append(KYIV_POST_EDITED)
        _, [second], _ = run(capsys, "add", url, "--archive", archive)
    assert (first["status"], second["status"], second["version"]) == ("new", "new-version", 2)
    assert first["id"] == second["id"] and second["source"] == url
    status, [changes], _ = run(capsys, "changes", url, "--archive", archive)
    assert (status, changes["figures"][0]["old_value"], changes["figures"][0]["new_value"]) == (0, 6, 8)


def test_add_analyses_with_the_corrections_the_reader_made_in_the_archive(
    tmp_path: Path, story_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    def entities_added(archive_path: Path) -> tuple[Entity, ...]:
        status, added, _ = run(capsys, "add", str(story_files[0]), "--archive", str(archive_path))
        assert status == 0
        with Archive(archive_path, read_only=True) as archive:
            stored = archive.stored_article(added[0]["id"]).article
            cached = archive.cached_analysis_of(stored.content_hash)
        assert cached is not None
        return analysis_from_json(cached).entities

    plain = entities_added(tmp_path / "plain.sqlite3")
    named = next(entity for entity in plain if entity.label in ("GPE", "ORG") and " " not in entity.text)
    corrected = tmp_path / "corrected.sqlite3"
    with Archive(corrected) as archive:
        archive.set_entity_correction(EntityCorrection(named.text, None))
    assert named.text not in {entity.text for entity in entities_added(corrected)}
