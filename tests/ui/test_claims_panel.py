"""The Claims tab on claims the real pipeline finds: grouping, filters, search, clicks, citations."""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.nlp.model import Claim, Source, Span
from desktop.nlp.pipeline import Pipeline
from desktop.ui.panels.claims_model import (
    CLAIM_ROLE,
    GROUP_ROLE,
    UNATTRIBUTED,
    ClaimGroup,
    citation_text,
    claim_tooltip,
    group_claims,
)
from desktop.ui.panels.claims_panel import NO_MATCH_MESSAGE, ClaimsPanel, content_html
from tests.conftest import SHARED_DIR
from tests.ui.screenshots import checked_screenshot, commonest_colour, dark_palette, is_dark_colour

TITLE = "Harbour council votes on new ferry route"
URL = "https://news.example.org/ferry"
# Written for these tests: three speakers, a surname and a pronoun to resolve, an "according to",
# a quote with no speech verb of its own, and a hedged statement nobody is named for.
ARTICLE = """Harbour council votes on new ferry route

Mayor Helen Carter said on Monday that the new ferry route would open in June. "We have waited long enough," Carter told reporters. "The boats are ready and the crews are trained."

Transport minister David Osei warned that the budget could run out before the autumn. He added that the ministry had not approved the final plan.

According to the Harbour Gazette, the contract is worth 12 million dollars.

Two workers were allegedly injured during the trial run last week.
"""
KAZAN = SHARED_DIR / "samples" / "kazan-drones.txt"
KAZAN_GOLD = SHARED_DIR / "gold" / "kazan-drones.json"


@pytest.fixture(scope="module")
def claims(pipeline: Pipeline) -> tuple[Claim, ...]:
    found: tuple[Claim, ...] = pipeline.analyze(ARTICLE).claims
    return found


@pytest.fixture(scope="module")
def kazan_claims(pipeline: Pipeline) -> tuple[Claim, ...]:
    if not KAZAN.is_file():
        pytest.skip(f"../shared not present: {KAZAN} is the sample article")
    found: tuple[Claim, ...] = pipeline.analyze(KAZAN.read_text(encoding="utf-8")).claims
    return found


@pytest.fixture
def panel(qtbot: QtBot, claims: tuple[Claim, ...]) -> ClaimsPanel:
    widget = ClaimsPanel()
    qtbot.addWidget(widget)
    widget.resize(440, 760)
    widget.show()
    widget.show_claims(claims, TITLE, URL)
    return widget


def claim_at(claims: tuple[Claim, ...], opening: str) -> Claim:
    """The claim whose text starts with (or whose content is) the given words of the article."""
    matching = [c for c in claims if c.text.startswith(opening) or c.content.text.startswith(opening)]
    assert len(matching) == 1, f"one claim for {opening!r}: {matching}"
    return matching[0]


def top_rows(panel: ClaimsPanel) -> list[QModelIndex]:
    return [panel.proxy.index(row, 0) for row in range(panel.proxy.rowCount())]


def shown_claims(panel: ClaimsPanel) -> list[Claim]:
    return [
        panel.proxy.index(row, 0, group).data(CLAIM_ROLE)
        for group in top_rows(panel)
        for row in range(panel.proxy.rowCount(group))
    ]


def row_of(panel: ClaimsPanel, claim: Claim) -> QModelIndex:
    for group in top_rows(panel):
        for row in range(panel.proxy.rowCount(group)):
            index = panel.proxy.index(row, 0, group)
            if index.data(CLAIM_ROLE) == claim:
                return index
    raise AssertionError(f"{claim.content.text!r} is not listed")


def click(qtbot: QtBot, panel: ClaimsPanel, index: QModelIndex) -> None:
    panel.tree.scrollTo(index)
    rect = panel.tree.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- pure helpers --------------------------------------------------------------------------------


def test_groups_count_claims_per_resolved_source_most_first(claims: tuple[Claim, ...]) -> None:
    groups = group_claims(claims)
    names = [group.name for group in groups]
    assert sorted(names) == sorted({"Helen Carter", "David Osei", "Harbour Gazette", UNATTRIBUTED})
    counts = [len(group.claims) for group in groups]
    assert counts == sorted(counts, reverse=True)
    by_name = {group.name: group for group in groups}
    assert names[0] == "Helen Carter" and len(by_name["Helen Carter"].claims) == 3  # said, told, a bare quote
    assert claim_at(claims, "He added") in by_name["David Osei"].claims  # the pronoun, resolved
    assert [c.kind for c in by_name[UNATTRIBUTED].claims] == ["unattributed"]
    for group in groups:
        assert list(group.claims) == sorted(group.claims, key=lambda c: c.start)


def test_citations_keep_quotes_quoted_and_paraphrase_unquoted(claims: tuple[Claim, ...]) -> None:
    quote = claim_at(claims, "We have waited long enough")
    assert (
        citation_text(quote, TITLE, URL)
        == f"“We have waited long enough” — Helen Carter (via “{TITLE}”, {URL})"
    )
    warned = claim_at(claims, "Transport minister David Osei warned")
    assert (
        citation_text(warned, TITLE, URL)
        == f"David Osei warned that the budget could run out before the autumn (via “{TITLE}”, {URL})"
    )
    # "He added…": the citation names who "he" is.
    assert citation_text(claim_at(claims, "He added"), None, None) == (
        "David Osei added that the ministry had not approved the final plan"
    )
    assert citation_text(claim_at(claims, "the contract is worth"), TITLE, None) == (
        f"According to the Harbour Gazette, the contract is worth 12 million dollars (via “{TITLE}”)"
    )
    assert citation_text(claim_at(claims, "Two workers"), None, URL) == (
        f"Two workers were allegedly injured during the trial run last week (unattributed; via {URL})"
    )


def test_citation_grammar_for_other_cues_and_sentence_openers() -> None:
    text = "The mayor told reporters the bridge is safe."
    told = Claim(
        0,
        len(text),
        text,
        "reported",
        content=Span(25, 44, "the bridge is safe."),
        source=Source(0, 9, "The mayor", "Ana Lima"),
        cue=Span(10, 14, "told"),
    )
    # "told that" is not English; "The" opening the content is lowercased, "Kyiv" would not be.
    assert citation_text(told, None, None) == "Ana Lima said that the bridge is safe"
    capital = replace(told, content=Span(25, 44, "The bridge is safe."))
    assert citation_text(capital, None, None) == "Ana Lima said that the bridge is safe"
    named = replace(told, content=Span(25, 44, "Kyiv is safe."))
    assert citation_text(named, None, None) == "Ana Lima said that Kyiv is safe"


def test_tooltips_name_the_source_kind_cue_and_hedges(claims: tuple[Claim, ...]) -> None:
    assert claim_tooltip(claim_at(claims, "He added")) == "David Osei (as “He”) · reported · cue: added"
    warned = claim_at(claims, "Transport minister David Osei warned")
    hedges = ", ".join(h.text for h in warned.hedges)
    assert "could" in hedges
    assert claim_tooltip(warned) == f"David Osei · reported · cue: warned · hedges: {hedges}"
    unattributed = claim_at(claims, "Two workers")
    assert claim_tooltip(unattributed).startswith(f"{UNATTRIBUTED} · unattributed · hedges: allegedly")


def test_rows_mark_hedge_words_in_italics(claims: tuple[Claim, ...]) -> None:
    colour = QColor("#884400")
    warned = claim_at(claims, "Transport minister David Osei warned")
    marked = content_html(warned, colour)
    assert marked.startswith('the budget <i style="color:#884400">could')
    assert marked.endswith("before the autumn")
    quote = claim_at(claims, "We have waited long enough")
    assert content_html(quote, colour) == "“We have waited long enough”"
    assert (
        content_html(replace(quote, content=replace(quote.content, text="a < b & c")), colour)
        == "“a &lt; b &amp; c”"
    )


# -- the widget ----------------------------------------------------------------------------------


def test_the_panel_lists_groups_with_their_counts(panel: ClaimsPanel, claims: tuple[Claim, ...]) -> None:
    groups: list[ClaimGroup] = [index.data(GROUP_ROLE) for index in top_rows(panel)]
    assert [(g.name, len(g.claims)) for g in groups] == [
        (g.name, len(g.claims)) for g in group_claims(claims)
    ]
    assert sorted(shown_claims(panel), key=lambda c: c.start) == sorted(claims, key=lambda c: c.start)
    assert panel.source_combo.count() == len(groups) + 1
    assert (
        panel.summary.text()
        == f"{len(claims)} claims from {len(groups)} sources · "
        + str(sum(1 for c in claims if c.hedges))
        + " hedged"
    )
    assert panel.placeholder.isHidden() and panel.tree.isVisible()


def test_filter_by_source_kind_and_search(panel: ClaimsPanel, claims: tuple[Claim, ...]) -> None:
    panel.set_source_filter("David Osei")
    assert [index.data(GROUP_ROLE).name for index in top_rows(panel)] == ["David Osei"]
    assert {c.source.name for c in shown_claims(panel) if c.source} == {"David Osei"}
    panel.set_source_filter(None)

    panel.set_kind_filter("quote")
    quotes = shown_claims(panel)
    assert quotes and quotes == [c for c in claims if c.kind == "quote"]
    assert panel.summary.text() == f"Showing {len(quotes)} of {len(claims)} claims"
    panel.set_source_filter("David Osei")  # no quotes of his: the two filters combine
    assert not shown_claims(panel) and panel.placeholder.text() == NO_MATCH_MESSAGE
    panel.set_source_filter(None)
    panel.set_kind_filter(None)

    panel.search_edit.setText("FERRY")  # case-insensitive, in the content
    assert shown_claims(panel) == [c for c in claims if "ferry" in c.content.text.lower()]
    panel.search_edit.setText("osei")  # the source's name finds the claim made as "He"
    assert claim_at(claims, "He added") in shown_claims(panel)
    panel.search_edit.setText("no such words anywhere")
    assert not shown_claims(panel)
    assert panel.tree.isHidden() and panel.placeholder.text() == NO_MATCH_MESSAGE
    panel.search_edit.clear()
    assert len(shown_claims(panel)) == len(claims)


def test_a_kept_search_filters_the_next_articles_claims_too(
    panel: ClaimsPanel, claims: tuple[Claim, ...]
) -> None:
    panel.search_edit.setText("ferry")
    ferry = [c for c in claims if "ferry" in c.content.text.lower()]
    assert ferry and len(ferry) < len(claims)
    # The same article again, as when its analysis arrives: the same filters, not applied anew.
    panel.show_claims(claims, "Harbour", "example.org")
    assert shown_claims(panel) == ferry
    assert panel.summary.text() == f"Showing {len(ferry)} of {len(claims)} claims"
    panel.search_edit.clear()
    assert len(shown_claims(panel)) == len(claims)
    assert panel.summary.text().startswith(f"{len(claims)} claims from ")


def test_clicking_a_claim_or_pressing_enter_asks_for_the_whole_claim(
    qtbot: QtBot, panel: ClaimsPanel, claims: tuple[Claim, ...]
) -> None:
    added = claim_at(claims, "He added")
    index = row_of(panel, added)
    with qtbot.waitSignal(panel.claimRequested) as blocker:
        click(qtbot, panel, index)
    assert blocker.args == [added.start, added.end]
    assert ARTICLE[added.start : added.end].startswith("He added that the ministry")

    quote = claim_at(claims, "The boats are ready")
    panel.select(row_of(panel, quote))
    with qtbot.waitSignal(panel.claimRequested) as blocker:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert blocker.args == [quote.start, quote.end]


def test_clicking_a_source_asks_for_its_first_mention(qtbot: QtBot, panel: ClaimsPanel) -> None:
    carter = next(index for index in top_rows(panel) if index.data(GROUP_ROLE).name == "Helen Carter")
    with qtbot.waitSignal(panel.sourceRequested) as blocker:
        click(qtbot, panel, carter)
    start, end = blocker.args
    assert ARTICLE[start:end] == "Mayor Helen Carter"
    assert start == ARTICLE.index("Mayor Helen Carter")

    osei = next(index for index in top_rows(panel) if index.data(GROUP_ROLE).name == "David Osei")
    panel.select(osei)
    with qtbot.waitSignal(panel.sourceRequested) as blocker:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Enter)
    mention = "Transport minister David Osei"
    assert blocker.args == [ARTICLE.index(mention), ARTICLE.index(mention) + len(mention)]


def test_copy_puts_citations_on_the_clipboard(
    qtbot: QtBot, panel: ClaimsPanel, claims: tuple[Claim, ...]
) -> None:
    clipboard = QApplication.clipboard()
    quote = claim_at(claims, "We have waited long enough")
    panel.tree.setFocus()
    panel.select(row_of(panel, quote))
    clipboard.clear()
    qtbot.keyClick(panel.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == citation_text(quote, TITLE, URL)

    warned = claim_at(claims, "Transport minister David Osei warned")
    menu = panel.context_menu(row_of(panel, warned))
    actions = {action.text(): action for action in menu.actions()}
    panel.select(row_of(panel, warned))
    clipboard.clear()
    actions["Copy as sentence"].trigger()
    assert clipboard.text() == citation_text(warned, TITLE, URL)

    # A whole source: its claims' citations, one a line, in text order.
    osei = next(index for index in top_rows(panel) if index.data(GROUP_ROLE).name == "David Osei")
    panel.select(osei)
    panel.copy_selection()
    group = osei.data(GROUP_ROLE)
    assert clipboard.text().splitlines() == [citation_text(c, TITLE, URL) for c in group.claims]


def test_the_context_menu_can_narrow_to_one_source(panel: ClaimsPanel, claims: tuple[Claim, ...]) -> None:
    menu = panel.context_menu(row_of(panel, claim_at(claims, "He added")))
    actions = {action.text(): action for action in menu.actions()}
    actions["Show only David Osei"].trigger()
    assert panel.selected_source_filter() == "David Osei"
    assert [index.data(GROUP_ROLE).name for index in top_rows(panel)] == ["David Osei"]


def test_the_placeholder_shows_the_callers_message(qtbot: QtBot) -> None:
    widget = ClaimsPanel()
    qtbot.addWidget(widget)
    widget.show()
    assert widget.placeholder.isVisible() and widget.tree.isHidden() and widget.filters.isHidden()
    widget.show_claims((), None, None, "Analysing…")
    assert widget.placeholder.text() == "Analysing…"


def test_rows_rewrap_when_the_panel_narrows(qtbot: QtBot, panel: ClaimsPanel) -> None:
    def height() -> int:
        return sum(panel.tree.visualRect(row_of(panel, claim)).height() for claim in shown_claims(panel))

    assert panel.minimumSizeHint().width() <= 300, "fits a narrow side panel"
    panel.resize(900, 760)
    qtbot.waitUntil(lambda: panel.tree.viewport().width() > 800)
    wide = height()
    panel.resize(300, 760)
    qtbot.waitUntil(lambda: height() > wide)


def test_a_few_hundred_claims_show_quickly(qtbot: QtBot, claims: tuple[Claim, ...]) -> None:
    # The article's claims repeated as if the text were 50 times longer.
    shift = len(ARTICLE)
    many = [_shifted(claim, copy * shift) for copy in range(50) for claim in claims]
    widget = ClaimsPanel()
    qtbot.addWidget(widget)
    widget.resize(440, 760)
    widget.show()
    started = time.perf_counter()
    widget.show_claims(many, TITLE, URL)
    widget.grab()
    widget.search_edit.setText("ferry")
    widget.search_edit.clear()
    widget.grab()
    elapsed = time.perf_counter() - started
    assert len(shown_claims(widget)) == len(many) >= 300
    assert elapsed < 2.0, f"{len(many)} claims took {elapsed:.2f} s"


def _shifted(claim: Claim, by: int) -> Claim:
    def move(span: Span) -> Span:
        return replace(span, start=span.start + by, end=span.end + by)

    return replace(
        claim,
        start=claim.start + by,
        end=claim.end + by,
        content=move(claim.content),
        source=replace(claim.source, start=claim.source.start + by, end=claim.source.end + by)
        if claim.source
        else None,
        cue=move(claim.cue) if claim.cue else None,
        hedges=tuple(move(h) for h in claim.hedges),
    )


# -- the sample article --------------------------------------------------------------------------


def test_the_sample_article_groups_as_the_gold_attributes(
    qtbot: QtBot, panel: ClaimsPanel, kazan_claims: tuple[Claim, ...]
) -> None:
    gold = json.loads(KAZAN_GOLD.read_text(encoding="utf-8"))["claims"]
    text = KAZAN.read_text(encoding="utf-8")
    panel.show_claims(kazan_claims, "Kazan drones", str(KAZAN))
    first = top_rows(panel)[0].data(GROUP_ROLE)
    gold_sources = Counter(
        "Volodymyr Zelensky" if g["source"].endswith("Zelensky") else g["source"] for g in gold
    )
    assert first.name == gold_sources.most_common(1)[0][0]
    assert len(first.claims) == gold_sources["Volodymyr Zelensky"]
    with qtbot.waitSignal(panel.sourceRequested) as blocker:
        click(qtbot, panel, top_rows(panel)[0])
    assert text[blocker.args[0] : blocker.args[1]].endswith("Zelensky")

    panel.set_kind_filter("quote")
    assert len(shown_claims(panel)) == sum(1 for g in gold if g["kind"] == "quote")
    panel.set_kind_filter(None)

    panel.search_edit.setText("reportedly killed")
    (hearsay,) = shown_claims(panel)
    assert hearsay.kind == "unattributed" and hearsay.source is None
    assert row_of(panel, hearsay).parent().data(GROUP_ROLE).name == UNATTRIBUTED


# -- screenshots ---------------------------------------------------------------------------------


def test_screenshots_light_and_dark(
    qtbot: QtBot, panel: ClaimsPanel, kazan_claims: tuple[Claim, ...]
) -> None:
    panel.resize(440, 1180)
    panel.show_claims(kazan_claims, "Kazan drones", str(KAZAN))
    panel.select(panel.proxy.index(1, 0, panel.proxy.index(0, 0)))
    QApplication.processEvents()
    key_widgets = (panel.filters, panel.search_edit, panel.tree)
    light = checked_screenshot(panel, "claims-panel.png", *key_widgets)
    panel.setPalette(dark_palette())
    panel.show_claims(kazan_claims, "Kazan drones", str(KAZAN))
    QApplication.processEvents()
    dark = checked_screenshot(panel, "claims-panel-dark.png", *key_widgets)
    assert not is_dark_colour(commonest_colour(light)) and is_dark_colour(commonest_colour(dark))


# -- documents speaking for their authors --------------------------------------------------------

RELEASE_ARTICLE = """Dock workers walk out

A release from the Maritime Workers' Union said the stoppage would last five days. The union's leader, Aoife Brennan, spoke to reporters. Her statement said members had voted for the strike.
"""


@pytest.fixture(scope="module")
def release_claims(pipeline: Pipeline) -> tuple[Claim, ...]:
    found: tuple[Claim, ...] = pipeline.analyze(RELEASE_ARTICLE).claims
    return found


def test_a_document_is_shown_as_the_channel_of_its_author(release_claims: tuple[Claim, ...]) -> None:
    release = claim_at(release_claims, "the stoppage would last")
    assert release.source is not None and release.source.via is not None
    assert claim_tooltip(release).startswith("Maritime Workers' Union (via a release) · reported")
    statement = claim_at(release_claims, "members had voted")
    assert claim_tooltip(statement).startswith("Aoife Brennan (as “Her”) (via her statement) · reported")


def test_the_row_names_the_document_beside_the_cue(qtbot: QtBot, release_claims: tuple[Claim, ...]) -> None:
    """The row of a claim made through a document differs from the same claim made in person
    only in its meta line, where "via a release" is drawn."""
    release = claim_at(release_claims, "the stoppage would last")
    assert release.source is not None
    in_person = replace(release, source=replace(release.source, via=None))
    images = []
    for claim in (release, in_person):
        widget = ClaimsPanel()
        qtbot.addWidget(widget)
        widget.resize(440, 300)
        widget.show()
        widget.show_claims((claim,), TITLE, URL)
        QApplication.processEvents()
        row = row_of(widget, claim)
        rect = widget.tree.visualRect(row)
        images.append(widget.tree.viewport().grab(rect).toImage())
    images[0].save("/tmp/claims-row-via.png")
    width, half = images[0].width(), images[0].height() // 2
    assert images[0].size() == images[1].size()
    assert images[0].copy(0, 0, width, half) != images[1].copy(0, 0, width, half)  # the meta line
    assert images[0].copy(0, half, width, half) == images[1].copy(0, half, width, half)  # the content
