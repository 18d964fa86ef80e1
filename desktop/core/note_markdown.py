"""A reader's note, written in Markdown, as safe HTML for a preview.

Notes are the user's own text, but they are pasted from anywhere, so the HTML they render to
must never carry live markup: raw HTML in a note is shown as literal text, images are never
fetched (they become a link to the image, named by its alt text), and only web and mail links
keep their address (a ``javascript:`` or ``file:`` link is shown as plain text).

Python-Markdown splits a block at a heading or a rule by re-inserting the rest of the block,
which is quadratic in the block's length (30,000 characters of ``---`` lines took 4 s, setext
headings 10 s). A preprocessor ends the block after each such line, as a blank line would, so
those constructs render in linear time (the converter: ``desktop.core.note_converter``,
imported at the first note rendered). A note too long or nested too deeply for Python-Markdown
is shown as escaped plain text; long notes are rendered in a child process with a time limit
(:func:`render_note_html_limited`, for the editor's preview, run off the GUI thread), and lists
render only the start of a note (:func:`render_note_summary_html`).
"""

from __future__ import annotations

import html
import re
import threading
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop.core.time_limit import ChildFailed, TimeLimitExceeded, run_with_time_limit

if TYPE_CHECKING:
    import markdown

# A note is a few paragraphs; a long pasted article is still rendered well under a second.
MAX_NOTE_RENDER_CHARS = 100_000
# Python-Markdown recurses per nesting level (quotes, lists) and its link parser is quadratic in
# the "[" of a paragraph (2,000 take half a second); no real note comes near these.
MAX_NOTE_NESTING = 32
MAX_NOTE_BRACKETS = 200
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# Up to this length a note renders in a few milliseconds, in the calling thread; longer ones in
# a child process that is stopped after ``seconds``.
IN_PROCESS_NOTE_CHARS = 5_000
# A list row shows a few lines of a note: this much of its start is plenty.
SUMMARY_NOTE_CHARS = 2_000

_NESTING_PREFIX = re.compile(r"(?:[ \t]|>)*")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_converters = threading.local()


def render_note_html(markdown_text: str) -> str:
    """The HTML of a note: Markdown rendered, raw HTML escaped, images as links, unsafe links as text."""
    if not markdown_text.strip():
        return ""
    if not _quick_to_render(markdown_text):
        return _plain_html(markdown_text)
    converter = _converter()
    converter.reset()
    try:
        rendered: str = converter.convert(markdown_text)
    except RecursionError:
        return _plain_html(markdown_text)
    return rendered


def render_note_html_limited(markdown_text: str, seconds: float) -> str:
    """:func:`render_note_html`, in a child process stopped after ``seconds`` for a long note
    (then the note is shown as escaped text). Blocks: call it off the GUI thread."""
    if len(markdown_text) <= IN_PROCESS_NOTE_CHARS:
        return render_note_html(markdown_text)
    payload = markdown_text.encode("utf-8", "surrogatepass")
    try:
        rendered = run_with_time_limit(__name__, "render_note_html_bytes", payload, seconds)
    except (TimeLimitExceeded, ChildFailed):
        return _plain_html(markdown_text)
    return rendered.decode("utf-8", "surrogatepass")


def render_note_html_bytes(payload: bytes) -> bytes:
    """:func:`render_note_html` on UTF-8 bytes (what the child process runs)."""
    text = payload.decode("utf-8", "surrogatepass")
    return render_note_html(text).encode("utf-8", "surrogatepass")


def render_note_summary_html(markdown_text: str) -> str:
    """The start of a note rendered, for a list row that shows a few of its lines: its first
    ``SUMMARY_NOTE_CHARS`` characters, cut at a line end, so it is quick whatever the note."""
    if len(markdown_text) <= SUMMARY_NOTE_CHARS:
        return render_note_html(markdown_text)
    cut = markdown_text.rfind("\n", 0, SUMMARY_NOTE_CHARS)
    return render_note_html(markdown_text[: cut if cut > 0 else SUMMARY_NOTE_CHARS] + "\n\n…")


def is_openable_link(url: str) -> bool:
    """Whether a link in a note may be handed to the system browser or mail client."""
    return urlsplit(url.strip()).scheme.lower() in LINK_SCHEMES


def _converter() -> markdown.Markdown:
    """One converter per thread: building one costs far more than converting a note."""
    converter: markdown.Markdown | None = getattr(_converters, "converter", None)
    if converter is None:
        # Imported at the first note shown: Python-Markdown is not needed to show the window.
        from desktop.core.note_converter import new_note_converter

        converter = new_note_converter()
        _converters.converter = converter
    return converter


def _quick_to_render(text: str) -> bool:
    if len(text) > MAX_NOTE_RENDER_CHARS:
        return False
    if any(paragraph.count("[") > MAX_NOTE_BRACKETS for paragraph in _PARAGRAPH_BREAK.split(text)):
        return False
    return max(map(_nesting, text.splitlines()), default=0) <= MAX_NOTE_NESTING


def _nesting(line: str) -> int:
    """How many quotes and four-space indents (list and code levels) a line opens."""
    match = _NESTING_PREFIX.match(line)
    assert match is not None  # the pattern matches the empty string
    markup = match.group().expandtabs(4)
    return markup.count(">") + markup.count(" ") // 4


def _plain_html(text: str) -> str:
    paragraphs = _PARAGRAPH_BREAK.split(text.strip())
    return "\n".join(
        "<p>" + html.escape(paragraph).replace("\n", "<br />\n") + "</p>" for paragraph in paragraphs
    )
