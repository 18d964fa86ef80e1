"""Article layout (blocks, inlines and pages) to and from JSON-compatible data, with validation,
so that an article opened from the archive is laid out and paginated as when first loaded."""

from __future__ import annotations

from typing import Any, get_args

from desktop.core.article import Block, BlockKind, Inline, InlineStyle, Page
from desktop.core.note_markdown import is_openable_link

LayoutData = dict[str, list[list[Any]]]

_BLOCK_KINDS = frozenset(get_args(BlockKind))
_INLINE_STYLES = frozenset(get_args(InlineStyle))


def layout_to_data(
    blocks: tuple[Block, ...], inlines: tuple[Inline, ...], pages: tuple[Page, ...] = ()
) -> LayoutData:
    data: LayoutData = {
        "blocks": [[block.start, block.end, block.kind, block.level] for block in blocks],
        "inlines": [[inline.start, inline.end, inline.style, inline.href] for inline in inlines],
    }
    if pages:
        data["pages"] = [[page.number, page.start, page.end] for page in pages]
    return data


def pages_from_data(data: object, text_length: int) -> tuple[Page, ...]:
    """Rebuild a paginated article's pages; raises ValueError naming the first malformed one."""
    entries = data.get("pages", []) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError("layout pages must be a list")
    pages: list[Page] = []
    for index, entry in enumerate(entries):
        if not (isinstance(entry, list) and len(entry) == 3 and all(_is_int(value) for value in entry)):
            raise ValueError(f"layout page {index} must be a list of 3 whole numbers")
        number, start, end = entry
        if not (number > 0 and 0 <= start <= end <= text_length):
            raise ValueError(f"layout page {index} has offsets outside the text")
        pages.append(Page(number, start, end))
    return tuple(pages)


def layout_from_data(data: object, text_length: int) -> tuple[tuple[Block, ...], tuple[Inline, ...]]:
    """Rebuild blocks and inlines; raises ValueError naming the first malformed entry.

    Links other than http, https and mailto are dropped."""
    if not isinstance(data, dict):
        raise ValueError("layout must be an object")
    blocks = tuple(
        Block(start, end, kind, level)
        for start, end, kind, level in _entries(data.get("blocks", []), "block", text_length, _BLOCK_KINDS)
    )
    inlines = tuple(
        Inline(start, end, style, href)
        for start, end, style, href in _entries(
            data.get("inlines", []), "inline", text_length, _INLINE_STYLES
        )
        # An imported link to anything but a web or mail address (javascript:, file:, smb:) is
        # not kept: its text stays, as the HTML loader does with such links.
        if href is None or is_openable_link(href)
    )
    return blocks, inlines


def _entries(
    entries: object, name: str, text_length: int, kinds: frozenset[str]
) -> list[tuple[int, int, Any, Any]]:
    if not isinstance(entries, list):
        raise ValueError(f"layout {name}s must be a list")
    checked: list[tuple[int, int, Any, Any]] = []
    for index, entry in enumerate(entries):
        if not (isinstance(entry, list) and len(entry) == 4):
            raise ValueError(f"layout {name} {index} must be a list of 4 values")
        start, end, kind, extra = entry
        if not (_is_int(start) and _is_int(end) and 0 <= start <= end <= text_length):
            raise ValueError(f"layout {name} {index} has offsets outside the text")
        if kind not in kinds:
            raise ValueError(f"layout {name} {index} has an unknown kind {str(kind)[:40]!r}")
        # Blocks carry a heading level, inlines an optional link target.
        valid_extra = _is_int(extra) if name == "block" else (extra is None or isinstance(extra, str))
        if not valid_extra:
            raise ValueError(f"layout {name} {index} has a malformed last value")
        checked.append((start, end, kind, extra))
    return checked


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
