"""Full-text search (SQLite FTS5, Porter stemming) over articles and highlights.

Hits come back as :class:`SearchHit` with a plain-text snippet, the ranges of matched words
in it, and the character offset in the article text to scroll to.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.markdown_plain import markdown_as_plain
from desktop.store.records import SearchField, SearchHit

# Control characters cannot occur in the snippets' surroundings we compare against in
# practice, so they make unambiguous markers for matched words and cut ends.
_MARK_OPEN, _MARK_CLOSE, _CUT = "\x02", "\x03", "\x04"
_SNIPPET_TOKENS = 12
_DISPLAYED_CUT = "…"

_ARTICLE_COLUMNS: tuple[SearchField, ...] = ("title", "text", "note", "metadata")
_HIGHLIGHT_COLUMNS: tuple[SearchField, ...] = ("quote", "note", "tags")


# Ranking with bm25 costs about a microsecond per matching row, so a word found in most of a
# big library would take tens of milliseconds. Past this many matches in one table, the newest
# RANKED_ROWS of them (by row id, which grows as rows are added) are ranked first and the older
# ones follow, ranked among themselves: recency is a fair tie-breaker in a news archive, the
# cost of the first pages stays bounded, and paging on still reaches every match exactly once.
# Queries matching fewer rows keep the plain bm25 order.
RANKED_ROWS = 2000

# Every further term of a query multiplies the work of matching a common word (400 repetitions
# of "the": minutes over 10,000 highlights), and no reader types more than this.
MAX_QUERY_TERMS = 16
MAX_TERM_CHARS = 100
# A word or a "phrase", with a minus before it to leave it out; "OR" between two is either.
_TERM = re.compile(r'(?P<minus>-?)(?:"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+))')


@dataclass(frozen=True)
class BoundedQuery:
    """A query as searched: at most MAX_QUERY_TERMS different words or "phrases", each quoted
    for FTS5, and what was left out, worded for the user (empty when nothing was)."""

    fts_query: str
    left_out: str


def bounded_query(query: str) -> BoundedQuery:
    """``query`` as an FTS5 query matching its words literally, with the two operators a search
    box is expected to know: "-word" leaves it out, "OR" between two words takes either. Not
    "word*": the words beginning so, without a prefix index (a bigger archive file), took 3.3 s
    where a short start begins thousands of words (``benchmarks/archive_bench.py`` at 10,000
    articles). Anything else is a word: control characters (a NUL ends the query inside SQLite)
    are spaces, an unbalanced double quote is closed, repeated terms count once, and terms past
    the limits of count and length are left out."""
    cleaned = "".join(" " if unicodedata.category(char) == "Cc" else char for char in query)
    if cleaned.count('"') % 2:
        cleaned += '"'
    found: list[list[str]] = []  # each group: terms of which any will do
    left_out: list[str] = []
    seen: set[str] = set()
    too_long = too_many = either = False
    for match in _TERM.finditer(cleaned):
        if match.group() == "OR":
            either = bool(found)
            continue
        term, too_long_here = _bounded_term(match)
        too_long = too_long or too_long_here
        if not term or term.casefold() in seen:
            either = False
            continue
        if len(seen) == MAX_QUERY_TERMS:
            too_many = True
            continue
        seen.add(term.casefold())
        if match.group("minus"):
            left_out.append(term)
        elif either:
            found[-1].append(term)
        else:
            found.append([term])
        either = False
    notes = []
    if too_many:
        notes.append(f"only the first {MAX_QUERY_TERMS} different words or phrases were searched")
    if too_long:
        notes.append(f"words and phrases are searched up to {MAX_TERM_CHARS} characters")
    if left_out and not found:
        notes.append("a search needs a word to find, not only words to leave out")
        return BoundedQuery("", "; ".join(notes))
    wanted = " AND ".join(group[0] if len(group) == 1 else f"({' OR '.join(group)})" for group in found)
    fts_query = f"({wanted})" + "".join(f" NOT {term}" for term in left_out) if left_out else wanted
    return BoundedQuery(fts_query, "; ".join(notes))


def _bounded_term(match: re.Match[str]) -> tuple[str, bool]:
    """The word or phrase of ``match`` quoted for FTS5, "" if nothing is left of it; and whether
    it was cut to MAX_TERM_CHARS."""
    term = " ".join(match.group("phrase" if match.group("phrase") is not None else "word").split())
    if not any(char.isalnum() for char in term):
        return "", False  # "-" or "…" alone: no word to find, and as a phrase it would find nothing
    too_long = len(term) > MAX_TERM_CHARS
    if too_long:
        term = term[:MAX_TERM_CHARS].rsplit(" ", 1)[0] if " " in term[:MAX_TERM_CHARS] else ""
    return (f'"{term}"' if term else ""), too_long


def search(db: Database, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
    """Best hits first across article texts, titles, article notes, highlighted passages,
    highlight notes and tags. The words of ``query`` are matched literally (stemmed), so user
    input never breaks the FTS syntax; double quotes group a phrase; see :func:`bounded_query`
    for the operators known and what is searched of a very long query. A query matching more
    than RANKED_ROWS rows of a table ranks that table's newest RANKED_ROWS matches first."""
    fts_query = bounded_query(query).fts_query
    if not fts_query:
        return []
    wanted = limit + offset
    ranked = [
        (tier, rank, "articles", rowid)
        for tier, rank, rowid in _ranked(db, "articles_fts", fts_query, wanted)
    ]
    ranked += [
        (tier, rank, "highlights", rowid)
        for tier, rank, rowid in _ranked(db, "highlights_fts", fts_query, wanted)
    ]
    page = [(table, rowid) for _, _, table, rowid in sorted(ranked)[offset : offset + limit]]
    article_ids = [rowid for table, rowid in page if table == "articles"]
    highlight_ids = [rowid for table, rowid in page if table == "highlights"]
    hits = {("articles", hit_id): hit for hit_id, hit in _article_hits(db, fts_query, article_ids).items()}
    hits.update(
        {("highlights", hit_id): hit for hit_id, hit in _highlight_hits(db, fts_query, highlight_ids).items()}
    )
    return [hits[key] for key in page]


def _ranked(db: Database, fts_table: str, fts_query: str, wanted: int) -> list[tuple[int, float, int]]:
    """The first ``wanted`` matches of one table as (tier, rank, rowid), best first: tier 0 holds
    the newest RANKED_ROWS matches (all of them when there are no more), tier 1 the older ones."""
    oldest_ranked = db.execute(
        f"SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        [fts_query, RANKED_ROWS - 1],
    ).fetchone()
    if oldest_ranked is None:
        return [(0, rank, rowid) for rowid, rank in _by_rank(db, fts_table, fts_query, "", [], wanted)]
    cutoff = oldest_ranked[0]
    newest = _by_rank(db, fts_table, fts_query, "AND rowid >= ?", [cutoff], wanted)
    older = _by_rank(db, fts_table, fts_query, "AND rowid < ?", [cutoff], wanted - len(newest))
    return [(0, rank, rowid) for rowid, rank in newest] + [(1, rank, rowid) for rowid, rank in older]


# Ranking and snippets are separate queries on purpose: a common word matches most of the
# library, and only the rows on the page should pay for a snippet.
def _by_rank(
    db: Database, fts_table: str, fts_query: str, rowid_filter: str, filter_values: list[int], limit: int
) -> list[tuple[int, float]]:
    if limit <= 0:
        return []
    rows = db.execute(
        f"SELECT rowid, rank FROM {fts_table} WHERE {fts_table} MATCH ? {rowid_filter} ORDER BY rank LIMIT ?",
        [fts_query, *filter_values, limit],
    ).fetchall()
    return [(row[0], row[1]) for row in rows]


def _snippets(
    db: Database, fts_table: str, fields: tuple[SearchField, ...], fts_query: str, rowids: list[int]
) -> dict[int, list[str]]:
    columns = ", ".join(
        f"snippet({fts_table}, {column}, '{_MARK_OPEN}', '{_MARK_CLOSE}', '{_CUT}', {_SNIPPET_TOKENS})"
        for column in range(len(fields))
    )
    placeholders = ", ".join("?" * len(rowids))
    rows = db.execute(
        f"SELECT rowid, {columns} FROM {fts_table} WHERE {fts_table} MATCH ? AND rowid IN ({placeholders})",
        [fts_query, *rowids],
    ).fetchall()
    return {row[0]: [snippet or "" for snippet in row[1:]] for row in rows}


def _article_hits(db: Database, fts_query: str, ids: list[int]) -> dict[int, SearchHit]:
    if not ids:
        return {}
    snippets = _snippets(db, "articles_fts", _ARTICLE_COLUMNS, fts_query, ids)
    placeholders = ", ".join("?" * len(ids))
    hits: dict[int, SearchHit] = {}
    for article_id, title, text in db.execute(
        f"SELECT id, title, text FROM articles WHERE id IN ({placeholders})", ids
    ).fetchall():
        field, snippet = _first_marked(_ARTICLE_COLUMNS, snippets[article_id])
        plain, marks = _unmark(_as_shown(field, snippet))
        offset = _offset_in(text, snippet) if field == "text" else None
        hits[article_id] = SearchHit(article_id, title, None, field, offset, plain, marks)
    return hits


def _highlight_hits(db: Database, fts_query: str, ids: list[int]) -> dict[int, SearchHit]:
    if not ids:
        return {}
    snippets = _snippets(db, "highlights_fts", _HIGHLIGHT_COLUMNS, fts_query, ids)
    placeholders = ", ".join("?" * len(ids))
    hits: dict[int, SearchHit] = {}
    for highlight_id, article_id, title, exact, start, orphan in db.execute(
        "SELECT h.id, h.article_id, a.title, h.exact, h.pos_start, h.orphan FROM highlights h"
        f" JOIN articles a ON a.id = h.article_id WHERE h.id IN ({placeholders})",
        ids,
    ).fetchall():
        field, snippet = _first_marked(_HIGHLIGHT_COLUMNS, snippets[highlight_id])
        plain, marks = _unmark(_as_shown(field, snippet))
        offset: int | None = None
        if not orphan:
            within = _offset_in(exact, snippet) if field == "quote" else 0
            offset = start + (within or 0)
        hits[highlight_id] = SearchHit(article_id, title, highlight_id, field, offset, plain, marks)
    return hits


def _first_marked(fields: tuple[SearchField, ...], snippets: list[str]) -> tuple[SearchField, str]:
    # Prefer the body text (the reader can scroll to it), then the other columns in order.
    order = sorted(range(len(fields)), key=lambda index: fields[index] not in ("text", "quote"))
    for index in order:
        if _MARK_OPEN in (snippets[index] or ""):
            return fields[index], snippets[index]
    return fields[order[0]], snippets[order[0]] or ""


def _as_shown(field: SearchField, snippet: str) -> str:
    # Notes are written in Markdown and shown rendered; article text and quotes are shown as typed.
    return markdown_as_plain(snippet) if field == "note" else snippet


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
