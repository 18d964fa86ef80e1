"""Entities across the archive through the real window: "in N other articles" in the Entities
tab, the entity page, the Library's People & Organisations view, related articles, and the
background indexing of analyses archived before the upgrade."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from desktop.core.entity_corrections import EntityCorrection
from desktop.nlp.pipeline import Pipeline
from desktop.nlp.serialization import analysis_to_json
from desktop.store.records import AnalysisCacheKey
from desktop.ui.entity_page import MAX_COLUMN_CHARS, EntityPageWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.panels.entities_panel import ARCHIVE_COLUMN, ENTITY_ID_ROLE, NAME_ROLE
from desktop.ui.related_articles import RelatedArticlesWindow
from tests.store.knowledge_stories import KYIV_POST, STORY, archive_from_before_knowledge, story_article
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS, make_window
from tests.ui.screenshots import assert_not_uniform, save_screenshot

WAIT_MS = 20_000


def row_texts(tree: QTreeWidget, column: int) -> list[str]:
    return [item.text(column) for row in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(row))]


def show_and_wait(qtbot: QtBot, window: MainWindow, index: int) -> None:
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.show_article(STORY[index])


def open_page(qtbot: QtBot, window: MainWindow, name: str, label: str | None = None) -> EntityPageWindow:
    """The entity page of the archive's ``name`` (of ``label``), opened and read."""
    archive = window.annotations.archive
    assert archive is not None
    entity = archive.knowledge.find_entity(name, label)
    assert entity is not None
    window.knowledge.open_entity(entity)
    page = window.knowledge.pages[entity]
    qtbot.waitUntil(lambda: page.page is not None, timeout=WAIT_MS)
    return page


def open_related(qtbot: QtBot, window: MainWindow) -> tuple[RelatedArticlesWindow, int]:
    """The related articles of the article shown, opened and listed, and how many are."""
    window.knowledge.open_related()
    related = window.knowledge.related
    assert related is not None
    with qtbot.waitSignal(related.relatedShown, timeout=WAIT_MS) as shown:
        pass
    return related, int(shown.args[0])


def archive_cell(window: MainWindow, label: str, name: str) -> QModelIndex:
    """The Entities tab's "in N other articles" cell of an entity (in the proxy)."""
    panel = window.entities_panel
    for group_row in range(panel.model.rowCount()):
        heading = panel.model.item(group_row)
        for row in range(heading.rowCount()):
            if heading.child(row).data(NAME_ROLE) == (label, name):
                return panel.proxy.mapFromSource(
                    panel.model.indexFromItem(heading.child(row, ARCHIVE_COLUMN))
                )
    raise AssertionError(f"{name} is not listed")


@pytest.fixture
def story_window(qtbot: QtBot, window: MainWindow) -> Iterator[MainWindow]:
    for index in range(3):
        show_and_wait(qtbot, window, index)
    archive = window.annotations.archive
    assert archive is not None
    # Analyses are stored (and indexed) by the window's background writer: wait for the three.
    qtbot.waitUntil(
        lambda: all(archive.cached_analysis_of(article.content_hash) is not None for article in STORY[:3]),
        timeout=WAIT_MS,
    )
    yield window
    window.knowledge.shutdown()


def test_entities_tab_says_in_how_many_other_articles_and_opens_the_page(
    qtbot: QtBot, story_window: MainWindow
) -> None:
    window = story_window
    qtbot.waitUntil(
        lambda: archive_cell(window, "PERSON", "Zelensky").data() == "in 2 other articles", timeout=WAIT_MS
    )
    assert archive_cell(window, "ORG", "NATO").data() == "in 1 other article"
    cell = archive_cell(window, "PERSON", "Zelensky")
    assert cell.data(ENTITY_ID_ROLE) is not None
    tree = window.entities_panel.tree
    window.side_tabs.setCurrentWidget(window.entities_panel)
    assert window.entities_panel.related_link.isVisible()
    name_cell = cell.siblingAtColumn(0)
    assert tree.visualRect(name_cell).width() >= tree.fontMetrics().horizontalAdvance(name_cell.data())
    assert tree.visualRect(cell).width() >= tree.fontMetrics().horizontalAdvance(cell.data())
    heading = name_cell.parent()
    assert tree.visualRect(heading).width() >= tree.fontMetrics().horizontalAdvance(heading.data()) + 10
    assert_not_uniform(save_screenshot(window, "entities-tab-archive-counts.png"))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(cell).center())
    page = window.knowledge.pages[int(cell.data(ENTITY_ID_ROLE))]
    qtbot.waitUntil(lambda: page.page is not None, timeout=WAIT_MS)
    assert page.isVisible()
    assert page.title.text() in {"Volodymyr Zelensky", "Volodymyr Zelenskyy"}
    assert page.articles.topLevelItemCount() == 3
    assert row_texts(page.claims_by, 3) == [
        "the attack targeted the energy grid",
        "We will rebuild every station,",
        "the strikes on Kherson were deliberate",
        "Russia wants our cities dark,",
        "the West may need to send more air defence",
    ]
    assert row_texts(page.claims_by, 4)[1] == "told"
    assert row_texts(page.claims_by, 5)[-1] == "may"
    assert "also written" in page.subtitle.text()
    image = save_screenshot(page, "entity-page.png")
    assert_not_uniform(image)

    # An article row opens that article at the entity's first mention.
    kyiv_post = page.articles.findItems("Drones over Ukraine", Qt.MatchFlag.MatchExactly, 0)[0]
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        page.articles.itemDoubleClicked.emit(kyiv_post, 0)
    assert window.article is not None and window.article.text == KYIV_POST
    selected = window.reader.selected_range()
    assert selected is not None
    assert KYIV_POST[selected[0] : selected[1]] == "Volodymyr Zelensky"
    # Offsets from an earlier version of a text that no longer fit it select nothing.
    article_id = window.annotations.article_id
    assert article_id is not None
    window.open_archived_at(article_id, 5, len(KYIV_POST) + 40)
    assert window.reader.selected_range() == selected


def test_people_view_lists_searches_and_opens_entity_pages(qtbot: QtBot, story_window: MainWindow) -> None:
    window = story_window
    window.open_library()
    library = window.library
    assert library is not None
    with qtbot.waitSignal(library.people.entitiesLoaded, timeout=WAIT_MS) as loaded:
        library.tabs.setCurrentIndex(library.PEOPLE_TAB)
    assert loaded.args is not None and loaded.args[0] >= 8
    people = library.people
    first = people.proxy.record_at(people.proxy.index(0, 0))
    assert first.article_count == 3  # sorted by articles, most first
    people.view.sortByColumn(people.model.CLAIMS, Qt.SortOrder.DescendingOrder)
    assert people.proxy.record_at(people.proxy.index(0, 0)).name.startswith("Volodymyr Zelensk")
    qtbot.keyClicks(people.filter_edit, "prokud")
    assert people.proxy.rowCount() == 1
    assert people.count_label.text() == "1 of " + f"{people.model.rowCount():,}"
    people.view.setCurrentIndex(people.proxy.index(0, 0))
    people.view.setFocus()
    with qtbot.waitSignal(people.entityRequested) as requested:
        qtbot.keyClick(people.view, Qt.Key.Key_Return)
    assert requested.args is not None
    page = window.knowledge.pages[requested.args[0]]
    qtbot.waitUntil(lambda: page.page is not None, timeout=WAIT_MS)
    assert page.title.text() == "Oleksandr Prokudin"
    assert page.claims_by.topLevelItemCount() == 2
    save_screenshot(library, "people-view.png")
    library.close()


def test_a_name_tagged_as_another_kind_is_not_merged_and_the_page_says_how_to_correct_it(
    qtbot: QtBot, story_window: MainWindow, pipeline: Pipeline
) -> None:
    window = story_window
    archive = window.annotations.archive
    assert archive is not None
    # An article whose tagger read the place as a person (as it does now and then in a headline;
    # made here by a correction at its analysis).
    text = "Kherson mourns. Eight people were killed in Kherson, Oleksandr Prokudin said."
    archive.open_article(story_article(text, "Kherson mourns", "local.example", "2026-03-03"))
    misread = pipeline.analyze(text, corrections=(EntityCorrection("Kherson", "PERSON"),))
    archive.put_cached_analysis(AnalysisCacheKey.of(text, pipeline), analysis_to_json(misread))
    assert archive.knowledge.labels_named("kherson") == ["GPE", "PERSON"]
    told: list[str] = []

    def merge(page: EntityPageWindow, name: str) -> None:
        page.tell = told.append
        page.ask_name = lambda _title, _question: name
        with qtbot.waitSignal(page.changeSettled, timeout=WAIT_MS):
            page.merge_with_other()

    place = open_page(qtbot, window, "Kherson", "GPE")
    merge(place, "Kherson")
    assert told[-1] == (
        "“Kherson” is on this page, and in some articles it is tagged as Person. Where such an"
        " article means this one, correct the label there (select the name, then Correct Label ▸"
        " Place (GPE)): the article then counts here."
    )
    merge(open_page(qtbot, window, "NATO", "ORG"), "Kherson")
    assert told[-1] == (
        "“Kherson” is in the archive as Place (GPE) or Person, not as Organisation: only names of one"
        " kind are merged."
    )
    assert archive.knowledge.labels_named("Kherson") == ["GPE", "PERSON"]  # nothing merged


def test_merge_and_split_on_the_entity_page_stick(qtbot: QtBot, story_window: MainWindow) -> None:
    window = story_window
    page = open_page(qtbot, window, "NATO", "ORG")
    archive = window.annotations.archive
    assert archive is not None
    told: list[str] = []
    page.tell = told.append

    def merge(name: str) -> None:
        """Ask for the merge; it is written on the window's background writer."""
        page.ask_name = lambda _title, _question: name
        with qtbot.waitSignal(page.changeSettled, timeout=WAIT_MS):
            page.merge_with_other()
            assert page.busy_label.text() == "Merging…" and not page.merge_button.isEnabled()
        assert page.busy_label.isHidden() and page.merge_button.isEnabled()

    merge("nowhere at all")
    assert told and "No organisations called “nowhere at all”" in told[0]
    assert archive.knowledge.find_entity("Kyiv", "GPE") is not None
    merge("Kyiv")  # a place is not an organisation
    assert len(told) == 2
    merge("NATO")
    assert "already on this page" in told[2]

    zelensky = archive.knowledge.find_entity("Zelensky")
    assert zelensky is not None
    window.knowledge.open_entity(zelensky)
    person = window.knowledge.pages[zelensky]
    qtbot.waitUntil(lambda: person.page is not None, timeout=WAIT_MS)
    person.choose_name = lambda _title, _question, names: "Volodymyr Zelenskyy"
    with qtbot.waitSignal(person.pageShown, timeout=WAIT_MS):
        person.split_name_off()
        assert person.busy_label.text() == "Splitting…" and not person.split_button.isEnabled()
    assert person.articles.topLevelItemCount() == 2
    split_off = archive.knowledge.find_entity("Volodymyr Zelenskyy")
    assert split_off is not None and split_off != zelensky

    # Merged back: the page of the name merged in goes away, the Entities tab counts one again.
    window.knowledge.open_entity(split_off)
    other_page = window.knowledge.pages[split_off]
    qtbot.waitUntil(lambda: other_page.page is not None, timeout=WAIT_MS)
    person.tell = told.append
    person.ask_name = lambda _title, _question: "Volodymyr Zelenskyy"
    with qtbot.waitSignal(person.pageShown, timeout=WAIT_MS):
        person.merge_with_other()
    assert len(told) == 3  # nothing to tell
    assert split_off not in window.knowledge.pages
    assert person.articles.topLevelItemCount() == 3
    assert archive.knowledge.find_entity("Volodymyr Zelenskyy") == zelensky
    qtbot.waitUntil(
        lambda: archive_cell(window, "PERSON", "Zelensky").data() == "in 2 other articles", timeout=WAIT_MS
    )


def test_merging_on_a_read_only_archive_says_so(qtbot: QtBot, story_window: MainWindow) -> None:
    window = story_window
    page = open_page(qtbot, window, "NATO", "ORG")
    archive = window.annotations.archive
    assert archive is not None
    told: list[str] = []
    page.tell = told.append
    page.ask_name = lambda _title, _question: "Kyiv"
    page._write = lambda _change, _done, _error: False  # as on a read-only archive
    page.merge_with_other()
    assert told == ["The archive is open read-only: merges and splits cannot be saved."]
    assert page.merge_button.isEnabled() and page.busy_label.isHidden()


def test_entity_page_shows_more_on_request(qtbot: QtBot, story_window: MainWindow) -> None:
    window = story_window
    page = open_page(qtbot, window, "Zelensky")
    assert page.more_button.isHidden()  # three articles and five claims: all listed
    newest_first = row_texts(page.articles, 0)
    # A name met in more articles than a page lists shows the first of them, newest first.
    page.rows = 1
    with qtbot.waitSignal(page.pageShown, timeout=WAIT_MS):
        page.refresh()
    assert row_texts(page.articles, 0) == newest_first[:1]
    assert page.claims_by.topLevelItemCount() == 1
    assert "(1 of 3)" in page.articles_heading.text()
    assert "(1 of 5)" in page.claims_heading.text()
    assert page.more_button.isVisible()
    save_screenshot(page, "entity-page-show-more.png")
    with qtbot.waitSignal(page.pageShown, timeout=WAIT_MS):
        qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert row_texts(page.articles, 0) == newest_first
    assert page.claims_by.topLevelItemCount() == 5
    assert "(3)" in page.articles_heading.text()
    assert page.more_button.isHidden()


def test_entity_page_columns_at_large_text_are_whole_or_scrolled_to(
    qtbot: QtBot, story_window: MainWindow, large_text: None
) -> None:
    page = open_page(qtbot, story_window, "Zelensky", "PERSON")
    page.show()
    qtbot.waitExposed(page)
    save_screenshot(page, "entity-page-large-text.png")
    for tree in (page.articles, page.claims_by, page.claims_about):
        header = tree.header()
        limit = MAX_COLUMN_CHARS * tree.fontMetrics().averageCharWidth()
        for column in range(1, tree.columnCount()):  # the first of the articles stretches
            wanted = min(max(header.sectionSizeHint(column), tree.sizeHintForColumn(column)), limit)
            title = tree.headerItem().text(column)
            assert header.sectionSize(column) >= wanted, f"{title} is cut off"
    # Wider than the page at 20 pt, the claims made are scrolled sideways to.
    assert page.claims_by.horizontalScrollBar().maximum() > 0


def test_related_articles_within_the_chosen_window(qtbot: QtBot, story_window: MainWindow) -> None:
    window = story_window
    show_and_wait(qtbot, window, 3)  # the unrelated one, in May
    show_and_wait(qtbot, window, 1)
    related, listed = open_related(qtbot, window)
    assert listed == 2
    assert row_texts(related.list, 0)[0] == "Drones over Ukraine"
    assert "Kherson" in row_texts(related.list, 4)[0]
    with qtbot.waitSignal(related.relatedShown, timeout=WAIT_MS) as shown:
        related.window_choice.setCurrentIndex(0)  # within 3 days
    assert shown.args == [2]
    with qtbot.waitSignal(related.relatedShown, timeout=WAIT_MS) as shown:
        related.window_choice.setCurrentIndex(related.window_choice.count() - 1)  # any time
    assert shown.args == [2]  # the Sydney bridge shares no name
    save_screenshot(related, "related-articles.png")
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        related.list.itemDoubleClicked.emit(
            related.list.findItems("Drones over Ukraine", Qt.MatchFlag.MatchExactly, 0)[0], 0
        )
    assert window.article is not None and window.article.text == KYIV_POST


def test_related_articles_open_from_the_article_menu_and_its_key(qtbot: QtBot, window: MainWindow) -> None:
    action = window.knowledge.related_action
    assert action in window.article_menu.actions()
    assert not action.isEnabled(), "no archived article on the welcome page"
    with qtbot.waitSignal(window.articleShown, timeout=WAIT_MS):
        window.show_article(STORY[0])
    assert action.isEnabled()
    window.reader.setFocus()
    QTest.keyClick(
        window.reader, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    related = window.knowledge.related
    assert related is not None and related.isVisible()
    assert related.article_id == window.annotations.article_id
    related.close()
    window.close_document(0)
    assert not action.isEnabled(), "closed: nothing is shown to relate to"


def test_older_archived_analyses_are_indexed_in_the_background_with_progress(
    qtbot: QtBot, pipeline: Pipeline, settings_file: Path, archive_file: Path
) -> None:
    archive_from_before_knowledge(archive_file, pipeline)
    window = make_window(qtbot, settings_file, archive_file)
    steps: list[tuple[int, int]] = []
    window.knowledge.indexer.progressed.connect(lambda done, total: steps.append((done, total)))
    try:
        with qtbot.waitSignal(window.knowledge.indexer.finished, timeout=WAIT_MS) as finished:
            pass
        assert finished.args == [4]
        assert steps[-1] == (4, 4)
        assert not window.knowledge.status.isVisible()
        reopened = window.annotations.archive
        assert reopened is not None
        assert reopened.knowledge.pending_count() == 0
        zelensky = reopened.knowledge.find_entity("Zelensky")
        assert zelensky is not None and reopened.knowledge.entity(zelensky).article_count == 3
    finally:
        window.knowledge.shutdown()
        window.controller.shutdown()
        window.annotations.close()


def test_figures_tab_marks_a_figure_other_articles_contradict(qtbot: QtBot, story_window: MainWindow) -> None:
    window = story_window
    show_and_wait(qtbot, window, 0)  # back to the first article: six dead, where others say eight
    model = window.figures_panel.model
    rows = {model.figure(row).text: row for row in range(model.rowCount())}
    qtbot.waitUntil(lambda: model.is_contradicted(rows["six people"]), timeout=WAIT_MS)
    assert not model.is_contradicted(rows["113 drones"])  # "over 100" elsewhere agrees
    tooltip = model.index(rows["six people"], 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Other articles say otherwise: eight people in Zelenskyy condemns strikes (2026-03-02)" in tooltip
    flagged = model.index(rows["six people"], 0).data(Qt.ItemDataRole.ForegroundRole)
    assert flagged is not None
    assert model.index(rows["113 drones"], 0).data(Qt.ItemDataRole.ForegroundRole) is None
    window.side_tabs.setCurrentWidget(window.figures_panel)
    assert_not_uniform(save_screenshot(window, "figures-tab-contradicted.png"))


def test_compare_figures_view_lists_disagreements_drawn_by_date(
    qtbot: QtBot, story_window: MainWindow
) -> None:
    window = story_window
    window.open_library()
    library = window.library
    assert library is not None
    view = library.compare_figures
    with qtbot.waitSignal(view.groupsShown, timeout=WAIT_MS) as shown:
        library.tabs.setCurrentIndex(library.FIGURES_TAB)
    assert shown.args == [1]
    model = view.model
    assert [model.cells(row) for row in range(model.rowCount())] == [
        ("people: 6 to 8", "", "2 figures", ""),
        ("six people", "6", "Drones over Ukraine", "2026-03-01"),
        ("eight people", "8", "Zelenskyy condemns strikes", "2026-03-02"),
    ]
    heading = model.index(0, 0)
    assert heading.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert "eight people" in str(model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert model.passage(0) is None  # a heading leads nowhere
    assert view.table.currentIndex().row() == 0
    assert [f.value for f in view.timeline.figures] == [6.0, 8.0]
    low, high = view.timeline.points()
    assert low.x() < high.x() and low.y() > high.y()  # later and higher
    assert view.table.columnWidth(0) >= view.table.fontMetrics().horizontalAdvance("people: 6 to 8")
    image = save_screenshot(library, "compare-figures.png")
    assert_not_uniform(image)
    with qtbot.waitSignal(view.groupsShown, timeout=WAIT_MS) as shown:
        view.window_choice.setCurrentIndex(0)  # within 3 days: still
    assert shown.args == [1]
    # Enter on a figure's row opens its article with the figure selected.
    view.table.setFocus()
    view.table.setCurrentIndex(model.index(2, 0))
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    selected = window.reader.selected_range()
    assert selected is not None and window.reader.text[selected[0] : selected[1]] == "eight people"
    library.close()


def test_a_book_sized_analysis_is_indexed_in_the_background(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store import archive as archive_module

    # Every analysis counts as a book's here: none is indexed while the window waits.
    monkeypatch.setattr(archive_module, "INLINE_INDEX_MAX_SIZE", 0)
    for index in range(3):
        show_and_wait(qtbot, window, index)
    archive = window.annotations.archive
    assert archive is not None
    qtbot.waitUntil(
        lambda: archive_cell(window, "PERSON", "Zelensky").data() == "in 2 other articles", timeout=WAIT_MS
    )
    assert archive.knowledge.pending_count() == 0
    window.knowledge.shutdown()


def test_an_open_entity_page_drops_an_article_deleted_from_the_archive(
    qtbot: QtBot, story_window: MainWindow
) -> None:
    window = story_window
    page = open_page(qtbot, window, "Zelensky")
    archive = window.annotations.archive
    assert archive is not None
    assert page.articles.topLevelItemCount() == 3
    kyiv_post = archive.find_article(STORY[0].content_hash)
    assert kyiv_post is not None
    with qtbot.waitSignal(page.pageShown, timeout=WAIT_MS):
        window.delete_archived_article(kyiv_post)
    assert "Drones over Ukraine" not in row_texts(page.articles, 0)
    assert page.articles.topLevelItemCount() == 2


def test_open_related_articles_drop_an_article_deleted_from_the_archive(
    qtbot: QtBot, story_window: MainWindow
) -> None:
    window = story_window
    show_and_wait(qtbot, window, 1)
    related, listed = open_related(qtbot, window)
    assert listed == 2
    archive = window.annotations.archive
    assert archive is not None
    kyiv_post = archive.find_article(STORY[0].content_hash)
    assert kyiv_post is not None
    with qtbot.waitSignal(related.relatedShown, timeout=WAIT_MS) as shown:
        window.delete_archived_article(kyiv_post)
    assert shown.args == [1]
    assert "Drones over Ukraine" not in [
        row_texts(related.list, row)[0] for row in range(related.list.topLevelItemCount())
    ]
