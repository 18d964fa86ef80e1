"""Article layout from stored or imported data: malformed entries are refused, unsafe links dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.article import Article, Inline
from desktop.store.archive import Archive
from desktop.store.exporters import parse_web_annotation, to_web_annotation
from desktop.store.layout import layout_from_data

TEXT = "Read the report, write to the desk, or open the share."
SAFE_LINKS = [
    Inline(9, 15, "link", "https://example.org/report"),
    Inline(26, 30, "link", "mailto:desk@example.org"),
]


@pytest.mark.parametrize(
    "href",
    [
        "file:///etc/passwd",
        "smb://attacker.example/share",
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "/relative/path",
    ],
)
def test_links_other_than_web_and_mail_are_dropped(href: str) -> None:
    data = {
        "inlines": [[inline.start, inline.end, inline.style, inline.href] for inline in SAFE_LINKS]
        + [[48, 53, "link", href], [0, 4, "bold", None]]
    }
    _blocks, inlines = layout_from_data(data, len(TEXT))
    assert inlines == (*SAFE_LINKS, Inline(0, 4, "bold", None))


def test_an_imported_article_keeps_no_unsafe_link(tmp_path: Path) -> None:
    article = Article(
        text=TEXT, title="Links", inlines=(*SAFE_LINKS, Inline(48, 53, "link", "https://x.org"))
    )
    with Archive(tmp_path / "source.sqlite3") as source:
        source.open_article(article)
        collection = json.loads(to_web_annotation(source.export_articles(), source.colours()))
    stored = collection["ra:articles"][0]
    assert stored["ra:layout"]["inlines"][-1] == [48, 53, "link", "https://x.org"]
    stored["ra:layout"]["inlines"][-1][3] = "file:///etc/passwd"
    parsed = parse_web_annotation(json.dumps(collection))
    with Archive(tmp_path / "target.sqlite3") as target:
        target.import_articles(parsed.articles, parsed.colours)
        (article_id,) = [entry.id for entry in target.list_articles()]
        imported = target.load_article(article_id)
    assert imported.text == TEXT
    assert imported.inlines == tuple(SAFE_LINKS)
