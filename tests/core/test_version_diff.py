"""The sentence-level diff of two versions of an article's text."""

from __future__ import annotations

from desktop.core.version_diff import sentence_diff, split_sentences, word_diff

OLD = (
    "The council met on Monday. Mr. Okafor said the bridge needs repairs.\n"
    "Six people were hurt. The mayor resigned.\n"
    "Traffic resumed at noon."
)
NEW = (
    "The council met on Monday. Mr. Okafor said the bridge needs urgent repairs.\n"
    "Eight people were hurt.\n"
    "A second inspection is planned for March. Traffic resumed at noon."
)


def test_sentences_are_cut_at_sentence_ends_and_paragraphs_not_after_abbreviations() -> None:
    sentences = split_sentences(OLD)
    assert [s.text for s in sentences] == [
        "The council met on Monday.",
        "Mr. Okafor said the bridge needs repairs.",
        "Six people were hurt.",
        "The mayor resigned.",
        "Traffic resumed at noon.",
    ]
    assert all(OLD[s.start : s.end] == s.text for s in sentences)


def test_edited_sentences_are_paired_and_the_others_removed_or_added_in_text_order() -> None:
    changes = [
        (change.kind, change.old and change.old.text, change.new and change.new.text)
        for change in sentence_diff(OLD, NEW)
    ]
    assert changes == [
        (
            "changed",
            "Mr. Okafor said the bridge needs repairs.",
            "Mr. Okafor said the bridge needs urgent repairs.",
        ),
        ("changed", "Six people were hurt.", "Eight people were hurt."),
        ("removed", "The mayor resigned.", None),
        ("added", None, "A second inspection is planned for March."),
    ]


def test_spacing_alone_changes_no_sentence() -> None:
    assert sentence_diff(OLD, OLD.replace(" were ", "  were ")) == []


def test_the_positions_point_into_each_version() -> None:
    for change in sentence_diff(OLD, NEW):
        if change.old is not None:
            assert OLD[change.old.start : change.old.end] == change.old.text
        if change.new is not None:
            assert NEW[change.new.start : change.new.end] == change.new.text


def test_an_edited_sentence_reads_as_words_kept_removed_and_added() -> None:
    runs = [(run.kind, run.text) for run in word_diff("Six people were hurt.", "Eight people were hurt.")]
    assert runs == [("removed", "Six "), ("added", "Eight "), ("same", "people were hurt.")]
    # What is kept and added is the new text, spacing included.
    assert "".join(run.text for run in word_diff(OLD, NEW) if run.kind != "removed") == NEW
