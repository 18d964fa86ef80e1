"""A fragment of a Markdown note as the plain text a reader sees in its preview.

Search shows a few words cut out of a note (FTS5's snippet), so the Markdown in it may be
unbalanced: the closing ``**`` of a bold phrase that started before the cut, a link whose
``[`` was cut off. Rendering such a fragment would be wrong, so the markers are taken out one
by one where Markdown would read them as markers: emphasis and code delimiters beside a word,
heading, quote and list prefixes at a line's start, rules, and link syntax around a link's
text, also where the cut left only one half of a link. Control characters (the snippet's marks
around matched words) are kept in place and are looked through when deciding whether a ``*`` or
``_`` touches a word.
"""

from __future__ import annotations

import re

# Backslash escapes Python-Markdown honours: the character is shown, its meaning dropped.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
# Escaped characters are parked in Unicode's private use plane while the markers are removed.
_PARKED = 0xF0000
_CONTROL = "[\x00-\x08\x0b-\x1f]"
_RULE_LINE = re.compile(
    rf"^(?P<keep>{_CONTROL}*)[ ]{{0,3}}(?P<char>[-=*_])(?:[ ]*(?P=char)){{2,}}[ ]*$", re.M
)
_LINE_PREFIX = re.compile(
    rf"^(?P<keep>{_CONTROL}*)[ ]{{0,3}}(?:>[ ]?)*(?:#{{1,6}}[ ]+|[*+-][ ]+(?:\[[ xX]\][ ]+)?|\d+\.[ ]+)?",
    re.M,
)
_LINK = re.compile(r"!?\[(?P<text>[^\]\n]*)\]\((?P<target>[^)\n]*)\)")
# The halves of a link the cut split: "Center](https://…)" whose "[" came before the snippet, and
# "[the report](https://exa" whose address ran past its end.
_LINK_TAIL = re.compile(r"\]\((?P<target>[^)\s]*)\)")
_LINK_HEAD = re.compile(r"!?\[(?P<text>[^\]\n]*)\]\((?P<target>[^)\s]*)$")
_REFERENCE_LINK = re.compile(r"!?\[(?P<text>[^\]\n]*)\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<(?P<address>(?:https?://|mailto:)[^>\s]+)>")
_CODE = re.compile(r"`+")
_DELIMITERS = re.compile(r"[*_]+")
_CONTROL_CHAR = re.compile(_CONTROL)


def markdown_as_plain(text: str) -> str:
    """``text`` (Markdown, possibly cut anywhere) with its markup removed and its words kept."""
    parked = _ESCAPE.sub(lambda match: chr(_PARKED + ord(match[1])), text)
    parked = _RULE_LINE.sub(r"\g<keep>", parked)
    parked = _LINE_PREFIX.sub(r"\g<keep>", parked)
    parked = _LINK.sub(_link_text, parked)
    parked = _LINK_TAIL.sub(lambda match: _link_text(match, ""), parked)
    parked = _LINK_HEAD.sub(_link_text, parked)
    parked = _REFERENCE_LINK.sub(r"\g<text>", parked)
    parked = _AUTOLINK.sub(r"\g<address>", parked)
    parked = _CODE.sub("", parked)
    parked = _DELIMITERS.sub(_without_emphasis, parked)
    return "".join(
        chr(ord(char) - _PARKED) if _PARKED <= ord(char) < _PARKED + 128 else char for char in parked
    )


def _link_text(match: re.Match[str], text: str | None = None) -> str:
    """A link's text (``text`` when the match has none of its own: the text came before)."""
    shown = match["text"] if text is None else text
    # A word found in the address would lose its mark with the address: it is kept, bracketed.
    target = match["target"]
    return f"{shown} ({target})" if _CONTROL_CHAR.search(target) else shown


def _without_emphasis(match: re.Match[str]) -> str:
    """Removes a run of ``*`` or ``_`` that opens or closes emphasis (it touches a word on one
    side and not on the other); one inside a word (snake_case) or between spaces is text."""
    run = match[0]
    if len(run) > 3 or run.strip(run[0]):
        return run
    before = _neighbour(match.string, match.start() - 1, -1)
    after = _neighbour(match.string, match.end(), 1)
    opens = after is not None and not after.isspace() and (before is None or not before.isalnum())
    closes = before is not None and not before.isspace() and (after is None or not after.isalnum())
    return "" if opens or closes else run


def _neighbour(text: str, index: int, step: int) -> str | None:
    """The first character from ``index`` on in direction ``step`` that is not a control character."""
    while 0 <= index < len(text):
        if not _CONTROL_CHAR.fullmatch(text[index]):
            return text[index]
        index += step
    return None
