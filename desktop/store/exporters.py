"""Exports of archived articles: Markdown for notes apps (Obsidian-friendly) and JSON in the
W3C Web Annotation model, and the validated import of that JSON.

The JSON is an ``AnnotationCollection``; the articles' own texts travel with it under
``ra:articles`` (extension terms in the ``ra:`` namespace), so that an import into an empty
archive restores everything. Output is deterministic: export → import → export is identical.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast, get_args

from desktop.core.article import (
    METADATA_KEYS,
    Article,
    ArticleFormat,
    article_name,
    with_current_metadata_keys,
)
from desktop.core.chapters import places_in
from desktop.core.citation import web_url
from desktop.core.one_line import one_line
from desktop.store.layout import layout_from_data, layout_to_data, pages_from_data
from desktop.store.records import ArticleExport, Colour, Highlight, ImportRejected, StoredArticle

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
RA_NAMESPACE = "urn:reading-assistant:ns:"
FORMAT_VERSION = 1

# Limits on imported data: anything larger is hostile or broken, never a real reading archive.
MAX_IMPORT_BYTES = 256 * 1024 * 1024
MAX_TEXT_CHARS = 20_000_000
MAX_NOTE_CHARS = 1_000_000
MAX_QUOTE_CHARS = 200_000
MAX_CONTEXT_CHARS = 1_000
MAX_SHORT_CHARS = 10_000
MAX_TAG_CHARS = 100
MAX_ITEMS = 1_000_000
MAX_BODIES = 1_000
MAX_METADATA_ENTRIES = 100
MAX_METADATA_KEY_CHARS = 100
# Several commenting bodies of one annotation become one note, separated by a blank line.
NOTE_SEPARATOR = "\n\n"

_MEDIA_TYPES: dict[str, str] = {
    "text": "text/plain",
    "markdown": "text/markdown",
    "html": "text/html",
    "pdf": "application/pdf",
    "epub": "application/epub+zip",
}
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?(Z|[+-]\d\d:\d\d)")
# JSON's \ud800 escape decodes to a lone surrogate: not text, and SQLite cannot store it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")

T = TypeVar("T")


@dataclass(frozen=True)
class AnnotationImport:
    """A validated import file: articles with their highlights, and colour meanings."""

    articles: list[ArticleExport]
    colours: list[Colour]


# -- Markdown ---------------------------------------------------------------------------------


def to_markdown(export: ArticleExport, colours: Sequence[Colour]) -> str:
    """One article as a Markdown note: YAML front matter as Obsidian and Zettelkasten notes
    have it (title, author, site, published, url, tags, created), the title, source, the
    article note, then each highlight as a block quote followed by its note, ``#tags`` and
    page; orphans last."""
    article = export.stored.article
    meanings = {colour.key: colour.meaning for colour in colours}
    title = article_name(article.title, article.source, article.text)
    lines = ["---", front_matter(export).rstrip("\n"), "---", "", f"# {' '.join(title.split())}", ""]
    url = web_url(article)
    if url or article.source:
        lines += [f"Source: <{url or article.source}>", ""]
    if export.stored.note:
        lines += ["## Note", "", _under_a_heading(export.stored.note.strip()), ""]
    placed = [highlight for highlight in export.highlights if not highlight.orphan]
    orphans = [highlight for highlight in export.highlights if highlight.orphan]
    # A book's highlights say their chapter; a PDF's, their page.
    place = places_in(article)
    for heading, highlights in (("Highlights", placed), ("Highlights no longer found in the text", orphans)):
        if highlights:
            lines += [f"## {heading}", ""]
            for highlight in highlights:
                where = None if highlight.orphan else place(highlight.start)
                lines += _markdown_highlight(highlight, meanings, where)
    return "\n".join(lines).rstrip("\n") + "\n"


def front_matter(export: ArticleExport) -> str:
    """The note's YAML front matter (without its ``---`` lines); any title, quotes, colons,
    emoji or line breaks included, reads back as written (PyYAML quotes what needs it)."""
    article = export.stored.article
    # One line each: YAML folds line breaks (and PyYAML reads a lone U+0085 back as a space).
    fields: dict[str, object] = {"title": article_name(article.title, article.source, article.text)}
    fields.update({key: one_line(article.metadata.get(key, "")) for key in METADATA_KEYS})
    if article.source and article.source != fields.get("url"):
        fields["source"] = one_line(article.source)
    fields = {key: value for key, value in fields.items() if value}
    fields["tags"] = sorted(
        {tag for highlight in export.highlights for tag in highlight.tags}, key=str.casefold
    )
    fields["created"] = export.stored.added_at
    import yaml  # here: exports are rare, and the window imports this module at launch

    return str(yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1_000_000))


def _markdown_highlight(highlight: Highlight, meanings: dict[str, str], where: str | None) -> list[str]:
    """The quote, its note, then its tags, colour meaning and place (page or chapter)."""
    lines = [f"> {line}".rstrip() for line in highlight.exact.strip().splitlines()]
    lines.append("")
    if highlight.note.strip():
        lines += [_under_a_heading(highlight.note.strip()), ""]
    meaning = meanings.get(highlight.colour, highlight.colour)
    tags = " ".join(f"#{tag}" for tag in highlight.tags)
    lines += [" ".join(part for part in (tags, f"*{meaning}*", where) if part), ""]
    return lines


_ATX_HEADING = re.compile(r"^(#{1,6})(?=[ \t]|$)")
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")


def _under_a_heading(note: str) -> str:
    """``note`` placed under the export's second-level headings: its own headings two levels
    down ("# Plan" becomes "### Plan", at most "######"), so that a note's heading does not
    become a heading of the export itself; fenced code is left as written."""
    lines = []
    fence = ""
    for line in note.splitlines():
        opening = _FENCE.match(line)
        if fence:
            fence = (
                ""
                if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence)
                else fence
            )
        elif opening:
            fence = opening.group(1)
        else:
            line = _ATX_HEADING.sub(lambda hashes: "#" * min(6, len(hashes.group(1)) + 2), line)
        lines.append(line)
    return "\n".join(lines)


# -- W3C Web Annotation JSON ----------------------------------------------------------------


def to_web_annotation(exports: Sequence[ArticleExport], colours: Sequence[Colour]) -> str:
    """Articles and their highlights as a W3C Web Annotation ``AnnotationCollection`` (JSON)."""
    annotations = [_annotation(export, highlight) for export in exports for highlight in export.highlights]
    collection = {
        "@context": [ANNO_CONTEXT, {"ra": RA_NAMESPACE}],
        "type": "AnnotationCollection",
        "label": "Reading Assistant export",
        "total": len(annotations),
        "ra:formatVersion": FORMAT_VERSION,
        "ra:colours": [{"key": colour.key, "meaning": colour.meaning} for colour in colours],
        "ra:articles": [_article_resource(export.stored) for export in exports],
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": annotations},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def _article_id(article: Article) -> str:
    return f"urn:sha256:{article.content_hash}"


def _article_resource(stored: StoredArticle) -> dict[str, Any]:
    article = stored.article
    return {
        "id": _article_id(article),
        "type": "Text",
        "format": _MEDIA_TYPES[article.format],
        "title": article.title,
        "ra:source": article.source,
        "ra:text": article.text,
        "ra:metadata": dict(sorted(article.metadata.items())),
        "ra:layout": layout_to_data(article.blocks, article.inlines, article.pages),
        "ra:added": stored.added_at,
        "ra:opened": stored.opened_at,
        "ra:readingPosition": stored.reading_position,
        "ra:note": stored.note,
    }


def _annotation(export: ArticleExport, highlight: Highlight) -> dict[str, Any]:
    body: list[dict[str, str]] = []
    if highlight.note:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "format": "text/markdown",
                "value": highlight.note,
            }
        )
    body += [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in highlight.tags]
    return {
        "id": f"urn:uuid:{uuid.UUID(hex=highlight.uid)}",
        "type": "Annotation",
        "motivation": "commenting" if highlight.note else "highlighting",
        "created": highlight.created_at,
        "modified": highlight.updated_at,
        "body": body,
        "target": {
            "source": _article_id(export.stored.article),
            "selector": [
                {"type": "TextPositionSelector", "start": highlight.start, "end": highlight.end},
                {
                    "type": "TextQuoteSelector",
                    "exact": highlight.exact,
                    "prefix": highlight.prefix,
                    "suffix": highlight.suffix,
                },
            ],
        },
        "ra:colour": highlight.colour,
        "ra:orphan": highlight.orphan,
    }


# -- import -----------------------------------------------------------------------------------


def parse_web_annotation(json_text: str) -> AnnotationImport:
    """Validate an export made by :func:`to_web_annotation` (or a compatible tool). Raises
    :class:`ImportRejected` naming the first problem; nothing is returned half-checked."""
    if len(json_text) > MAX_IMPORT_BYTES:
        raise ImportRejected(f"the file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    try:
        data = json.loads(json_text, parse_constant=_reject_constant, object_pairs_hook=_json_object)
    except RecursionError as error:
        raise ImportRejected("the JSON is nested too deeply") from error
    except ValueError as error:
        raise ImportRejected(f"not valid JSON: {error}") from error
    # Only an escape or an undecodable byte carried along can make a lone surrogate: the walk
    # over every value is skipped for the files that have neither.
    if _SURROGATE_ESCAPE.search(json_text) or _LONE_SURROGATE.search(json_text):
        _reject_lone_surrogates(data)
    collection = _Object(data, "the file")
    if collection.get("type", str) != "AnnotationCollection":
        raise ImportRejected("the file is not a W3C AnnotationCollection")
    colours = [
        Colour(item.get("key", str, MAX_TAG_CHARS), item.get("meaning", str, MAX_SHORT_CHARS))
        for item in collection.objects("ra:colours", required=False)
    ]
    articles: dict[str, StoredArticle] = {}
    for item in collection.objects("ra:articles"):
        resource_id = item.get("id", str, MAX_SHORT_CHARS)
        if resource_id in articles:
            raise ImportRejected(f"{item.where}: article {resource_id[:80]} appears twice")
        articles[resource_id] = _parse_article(item)
    page = _Object(collection.get("first", dict), "first")
    highlights: dict[str, list[Highlight]] = {resource_id: [] for resource_id in articles}
    seen: set[str] = set()
    for item in page.objects("items"):
        source, highlight = _parse_annotation(item, articles)
        if highlight.uid in seen:
            raise ImportRejected(f"{item.where}: annotation id appears twice")
        seen.add(highlight.uid)
        highlights[source].append(highlight)
    return AnnotationImport(
        [ArticleExport(stored, tuple(highlights[resource_id])) for resource_id, stored in articles.items()],
        colours,
    )


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A Python function on purpose: ``json.loads`` holds the GIL for its whole run (2.5 s for a
    # 100 MB export), and each call of a Python hook lets other threads — the window's —
    # take their turn. Later keys win, as with json.loads' own dict.
    return dict(pairs)


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def _reject_lone_surrogates(data: object) -> None:
    """ImportRejected naming the first string (or key) holding a lone surrogate."""
    pending: list[tuple[object, tuple[str | int, ...]]] = [(data, ())]
    while pending:
        value, path = pending.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                _check_text(key, (*path, key))
                pending.append((item, (*path, key)))
        elif isinstance(value, list):
            pending.extend((item, (*path, index)) for index, item in enumerate(value))
        elif isinstance(value, str):
            _check_text(value, path)


def _printable(key: str) -> str:
    """A JSON key as it can be shown and printed: cut short, lone surrogates escaped."""
    return key[:80].encode("utf-8", "backslashreplace").decode("utf-8")


def _check_text(value: str, path: tuple[str | int, ...]) -> None:
    found = _LONE_SURROGATE.search(value)
    if found is not None:
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{_printable(part)}" for part in path)
        raise ImportRejected(
            f"{where.lstrip('.') or 'the file'} holds an invalid character ({found.group()!a}, half of a UTF-16"
            " pair): the file is damaged or was not written as text"
        )


class _Object:
    """A JSON object being validated; ``where`` names it in error messages."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise ImportRejected(f"{where} must be a JSON object")
        self.data: dict[str, Any] = data
        self.where = where

    def get(self, key: str, kind: type[T], max_chars: int = MAX_SHORT_CHARS, *, required: bool = True) -> T:
        value = self.data.get(key)
        if value is None and not required:
            return cast(T, None)
        # bool is an int to Python, never to a JSON schema.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ImportRejected(f"{self.where}: {key!r} must be {_KIND_NAMES.get(kind, kind.__name__)}")
        if isinstance(value, str) and len(value) > max_chars:
            raise ImportRejected(f"{self.where}: {key!r} is longer than {max_chars} characters")
        if isinstance(value, int) and not 0 <= value <= MAX_TEXT_CHARS:
            raise ImportRejected(f"{self.where}: {key!r} is out of range")
        return value

    def objects(self, key: str, *, required: bool = True, max_items: int = MAX_ITEMS) -> list[_Object]:
        items = self.get(key, list, required=required) or []
        if len(items) > max_items:
            raise ImportRejected(f"{self.where}: {key!r} has more than {max_items} entries")
        return [_Object(item, f"{key}[{index}]") for index, item in enumerate(items)]

    def timestamp(self, key: str) -> str:
        value = self.get(key, str, 40)
        if not _TIMESTAMP.fullmatch(value):
            raise ImportRejected(f"{self.where}: {key!r} is not an ISO 8601 time")
        try:
            datetime.fromisoformat(value)
        except ValueError as error:
            raise ImportRejected(f"{self.where}: {key!r} is not a real date and time ({error})") from error
        return value


_KIND_NAMES: dict[type, str] = {str: "a string", int: "a whole number", list: "a list", dict: "an object"}


def _checked(where: str, check: Callable[[], T]) -> T:
    try:
        return check()
    except ValueError as error:
        raise ImportRejected(f"{where}: {error}") from error


def _parse_article(item: _Object) -> StoredArticle:
    text = item.get("ra:text", str, MAX_TEXT_CHARS)
    article_format = {media: name for name, media in _MEDIA_TYPES.items()}.get(item.get("format", str))
    if article_format not in get_args(ArticleFormat):
        raise ImportRejected(f"{item.where}: unknown 'format'")
    metadata = item.get("ra:metadata", dict)
    if len(metadata) > MAX_METADATA_ENTRIES:
        raise ImportRejected(f"{item.where}: 'ra:metadata' has more than {MAX_METADATA_ENTRIES} entries")
    if any(len(key) > MAX_METADATA_KEY_CHARS for key in metadata):
        raise ImportRejected(
            f"{item.where}: 'ra:metadata' names must be at most {MAX_METADATA_KEY_CHARS} characters"
        )
    if not all(isinstance(value, str) and len(value) <= MAX_SHORT_CHARS for value in metadata.values()):
        raise ImportRejected(f"{item.where}: 'ra:metadata' values must be short strings")
    layout = item.get("ra:layout", dict)
    blocks, inlines = _checked(item.where, lambda: layout_from_data(layout, len(text)))
    pages = _checked(item.where, lambda: pages_from_data(layout, len(text)))
    article = Article(
        text=text,
        title=item.get("title", str, required=False),
        source=item.get("ra:source", str, required=False),
        format=cast(ArticleFormat, article_format),
        blocks=blocks,
        inlines=inlines,
        pages=pages,
        metadata=with_current_metadata_keys(metadata),
    )
    if item.get("id", str) != _article_id(article):
        raise ImportRejected(f"{item.where}: 'id' does not match the SHA-256 of the article text")
    return StoredArticle(
        0,
        article,
        item.timestamp("ra:added"),
        item.timestamp("ra:opened"),
        min(item.get("ra:readingPosition", int), len(text)),
        item.get("ra:note", str, MAX_NOTE_CHARS),
    )


def _parse_annotation(item: _Object, articles: dict[str, StoredArticle]) -> tuple[str, Highlight]:
    if item.get("type", str) != "Annotation":
        raise ImportRejected(f"{item.where}: 'type' must be \"Annotation\"")
    uid = _uid(item.get("id", str, MAX_SHORT_CHARS))
    target = _Object(item.get("target", dict), f"{item.where}.target")
    source = target.get("source", str)
    if source not in articles:
        raise ImportRejected(f"{target.where}: 'source' is not one of the file's articles")
    selectors = {selector.get("type", str): selector for selector in target.objects("selector")}
    if "TextPositionSelector" not in selectors or "TextQuoteSelector" not in selectors:
        raise ImportRejected(f"{target.where}: needs a TextPositionSelector and a TextQuoteSelector")
    position, quote = selectors["TextPositionSelector"], selectors["TextQuoteSelector"]
    start, end = position.get("start", int), position.get("end", int)
    orphan = item.get("ra:orphan", bool, required=False) or False
    text_length = len(articles[source].article.text)
    if start > end or (not orphan and (start == end or end > text_length)):
        raise ImportRejected(f"{target.where}: offsets {start}–{end} are out of range for the article text")
    comments: list[str] = []
    tags: list[str] = []
    for body in item.objects("body", required=False, max_items=MAX_BODIES):
        value = body.get("value", str, MAX_NOTE_CHARS)
        if body.get("purpose", str, required=False) == "tagging":
            tags.append(body.get("value", str, MAX_TAG_CHARS))
        else:
            comments.append(value)
    note = NOTE_SEPARATOR.join(comments)
    if len(note) > MAX_NOTE_CHARS:
        raise ImportRejected(f"{item.where}: its notes together are longer than {MAX_NOTE_CHARS} characters")
    highlight = Highlight(
        id=0,
        uid=uid,
        article_id=0,
        start=start,
        end=end,
        exact=quote.get("exact", str, MAX_QUOTE_CHARS),
        prefix=quote.get("prefix", str, MAX_CONTEXT_CHARS, required=False) or "",
        suffix=quote.get("suffix", str, MAX_CONTEXT_CHARS, required=False) or "",
        colour=item.get("ra:colour", str, MAX_TAG_CHARS, required=False) or "yellow",
        note=note,
        tags=tuple(tags),
        orphan=orphan,
        created_at=item.timestamp("created"),
        updated_at=item.timestamp("modified"),
    )
    if not highlight.exact:
        raise ImportRejected(f"{item.where}: the TextQuoteSelector quotes nothing")
    return source, highlight


def _uid(annotation_id: str) -> str:
    """Our own annotations carry ``urn:uuid:…``; another tool's id maps to a stable uuid, so a
    second import of the same file adds nothing twice."""
    if annotation_id.startswith("urn:uuid:"):
        try:
            return uuid.UUID(annotation_id.removeprefix("urn:uuid:")).hex
        except ValueError as error:
            raise ImportRejected(f"annotation id {annotation_id[:80]!r} is not a valid urn:uuid") from error
    return uuid.uuid5(uuid.NAMESPACE_URL, annotation_id).hex
