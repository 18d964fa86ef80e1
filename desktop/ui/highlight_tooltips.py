"""What hovering the text explains: a highlight's note (Markdown rendered safely) and tags, above
what the analysis says about the same words."""

from __future__ import annotations

import html

from desktop.core.note_markdown import render_note_html
from desktop.ui.annotations import AnnotationSession
from desktop.ui.reader import TooltipSource

# A tooltip shows the start of a long note; the Notes tab has all of it.
MAX_TOOLTIP_NOTE_CHARS = 1200


class ReaderTooltips:
    """A ``TooltipSource`` for the reader: the user's highlight first, then the analysis."""

    def __init__(self, session: AnnotationSession, analysis: TooltipSource) -> None:
        self.session = session
        self.analysis = analysis

    def tooltip_at(self, codepoint: int) -> str:
        explained = self.analysis.tooltip_at(codepoint)
        highlight = self.session.highlight_at(codepoint)
        if highlight is None or not (highlight.note.strip() or highlight.tags):
            return explained
        parts = []
        note = highlight.note.strip()
        if note:
            shortened = len(note) > MAX_TOOLTIP_NOTE_CHARS
            parts.append(render_note_html(note[:MAX_TOOLTIP_NOTE_CHARS] + ("…" if shortened else "")))
        if highlight.tags:
            parts.append("<p><i>Tags:</i> " + html.escape(", ".join(highlight.tags)) + "</p>")
        if explained:
            parts.append("<hr>" + "<br>".join(html.escape(line) for line in explained.splitlines()))
        return "<qt>" + "".join(parts) + "</qt>"
