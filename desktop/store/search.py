"""Full-text search (SQLite FTS5, Porter stemming) over articles and highlights.

Hits come back as :class:`SearchHit` with a plain-text snippet, the ranges of matched words
in it, and the character offset in the article text to scroll to.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from desktop.store.records import SearchField, SearchHit

# Control characters cannot occur in the snippets' surroundings we compare against in
# practice, so they make unambiguous markers for matched words and cut ends.
_MARK_OPEN, _MARK_CLOSE, _CUT = "\x02", "\x03", "\x04"
_SNIPPET_TOKENS = 12
_DISPLAYED_CUT = "…"

_ARTICLE_COLUMNS: tuple[SearchField, ...] = ("title", "text", "note")
_HIGHLIGHT_COLUMNS: tuple[SearchField, ...] = ("quote", "note", "tags")


def _snippets(table: str, count: int) -> str:
    return ", ".join(
        f"snippet({table}, {column}, '{_MARK_OPEN}', '{_MARK_CLOSE}', '{_CUT}', {_SNIPPET_TOKENS})"
        for column in range(count)
    )


_ARTICLE_SQL = f"""
    SELECT articles_fts.rank, a.id, a.title, a.text, {_snippets("articles_fts", 3)}
    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
    WHERE articles_fts MATCH :query ORDER BY articles_fts.rank LIMIT :limit"""

_HIGHLIGHT_SQL = f"""
    SELECT highlights_fts.rank, h.article_id, a.title, h.exact, h.id, h.pos_start, h.orphan,
           {_snippets("highlights_fts", 3)}
    FROM highlights_fts
    JOIN highlights h ON h.id = highlights_fts.rowid
    JOIN articles a ON a.id = h.article_id
    WHERE highlights_fts MATCH :query ORDER BY highlights_fts.rank LIMIT :limit"""


def search(db: Database, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
    """Best hits first across article texts, titles, article notes, highlighted passages,
    highlight notes and tags. The words of ``query`` are matched literally (stemmed), so user
    input never breaks the FTS syntax; double quotes group a phrase."""
    fts_query = db.quote_fts(query)
    if not fts_query.strip('" '):
        return []
    wanted = {"query": fts_query, "limit": limit + offset}
    ranked: list[tuple[float, SearchHit]] = []
    for row in db.execute(_ARTICLE_SQL, wanted).fetchall():
        ranked.append((row[0], _article_hit(row)))
    for row in db.execute(_HIGHLIGHT_SQL, wanted).fetchall():
        ranked.append((row[0], _highlight_hit(row)))
    ranked.sort(key=lambda pair: pair[0])
    return [hit for _, hit in ranked[offset : offset + limit]]


def _article_hit(row: tuple[Any, ...]) -> SearchHit:
    _, article_id, title, text, *snippets = row
    field, snippet = _first_marked(_ARTICLE_COLUMNS, snippets)
    plain, marks = _unmark(snippet)
    offset = _offset_in(text, snippet) if field == "text" else None
    return SearchHit(article_id, title, None, field, offset, plain, marks)


def _highlight_hit(row: tuple[Any, ...]) -> SearchHit:
    _, article_id, title, exact, highlight_id, start, orphan, *snippets = row
    field, snippet = _first_marked(_HIGHLIGHT_COLUMNS, snippets)
    plain, marks = _unmark(snippet)
    offset: int | None = None
    if not orphan:
        within = _offset_in(exact, snippet) if field == "quote" else 0
        offset = start + (within or 0)
    return SearchHit(article_id, title, highlight_id, field, offset, plain, marks)


def _first_marked(fields: tuple[SearchField, ...], snippets: list[str]) -> tuple[SearchField, str]:
    # Prefer the body text (the reader can scroll to it), then the other columns in order.
    order = sorted(range(len(fields)), key=lambda index: fields[index] not in ("text", "quote"))
    for index in order:
        if _MARK_OPEN in (snippets[index] or ""):
            return fields[index], snippets[index]
    return fields[order[0]], snippets[order[0]] or ""


def _unmark(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Plain text for display and the ranges of the matched words in it."""
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    mark_start = 0
    for char in snippet:
        if char == _MARK_OPEN:
            mark_start = length
        elif char == _MARK_CLOSE:
            marks.append((mark_start, length))
        else:
            shown = _DISPLAYED_CUT if char == _CUT else char
            plain.append(shown)
            length += len(shown)
    return "".join(plain), tuple(marks)


def _offset_in(text: str, snippet: str) -> int | None:
    """Offset in ``text`` of the first matched word of ``snippet`` (an FTS5 snippet copies the
    text between tokens verbatim, so the unmarked snippet is a substring of the text)."""
    body = snippet.strip(_CUT)
    first_mark = body.find(_MARK_OPEN)
    if first_mark == -1:
        return None
    plain_body = body.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
    found = text.find(plain_body)
    if found == -1:
        return None
    return found + first_mark
