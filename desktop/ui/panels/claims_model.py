"""Claims grouped by who makes them: the pure text helpers and the item model behind the Claims tab.

The helpers (grouping, citation and tooltip text, search) take the plain ``Claim`` dataclasses
and return plain values, so the reader and the tests can use them without building a widget.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.nlp.model import Claim, ClaimKind
from desktop.ui.model_index import NO_PARENT
from desktop.ui.wording import counted

UNATTRIBUTED = "Unattributed"
KIND_LABELS: dict[ClaimKind, str] = {
    "quote": "quote",
    "reported": "reported",
    "according_to": "according to",
    "unattributed": "unattributed",
}
KINDS: tuple[ClaimKind, ...] = tuple(KIND_LABELS)

CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1  # the Claim of a claim row, None on a group row
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # the ClaimGroup of a group row or of a claim's group

# Reporting verbs that read naturally as "<source> <verb> that <content>" in a citation; any other
# cue ("told", "in a post") is cited as "said that" rather than producing broken grammar.
_THAT_VERBS = frozenset(
    {
        "acknowledged",
        "added",
        "admitted",
        "announced",
        "argued",
        "asserted",
        "claimed",
        "concluded",
        "confirmed",
        "declared",
        "denied",
        "estimated",
        "explained",
        "indicated",
        "insisted",
        "maintained",
        "noted",
        "reported",
        "revealed",
        "said",
        "stated",
        "suggested",
        "warned",
        "wrote",
    }
)
# Words opening a document's phrase that read lower-case after "via": "via a release".
_OPENING_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})
# Sentence-initial words that are not names, so lowercasing them after "said that" is safe.
_LOWERCASE_OPENERS = frozenset(
    {
        "a",
        "all",
        "an",
        "another",
        "any",
        "both",
        "each",
        "every",
        "few",
        "he",
        "her",
        "his",
        "it",
        "its",
        "many",
        "more",
        "most",
        "much",
        "no",
        "none",
        "our",
        "several",
        "she",
        "some",
        "such",
        "that",
        "the",
        "their",
        "these",
        "they",
        "this",
        "those",
        "we",
    }
)
# A quote's own trailing comma belongs to the sentence around it ("…come,” he said).
QUOTE_TRAILERS = ",;: \n\t"
_STATEMENT_TRAILERS = ".,;: "


@dataclass(frozen=True)
class ClaimGroup:
    """The claims of one resolved source, in text order."""

    name: str
    claims: tuple[Claim, ...]

    @property
    def first_mention(self) -> tuple[int, int]:
        """Where the source is first named; for unattributed claims, the first claim itself."""
        mentions = [(c.source.start, c.source.end) for c in self.claims if c.source is not None]
        return min(mentions) if mentions else (self.claims[0].start, self.claims[0].end)


def heading(name: str) -> str:
    """A source name as a heading: "the Moscow Times" → "The Moscow Times", "reports" → "Reports"."""
    return name[:1].upper() + name[1:]


def source_name(claim: Claim) -> str:
    """The name claims are grouped under: the resolved name, else the mention as written."""
    if claim.source is None:
        return UNATTRIBUTED
    return claim.source.name or claim.source.text


def _cited_name(claim: Claim) -> str:
    """The source's name as a sentence says it: "the Harbour Gazette" where the article wrote it
    so (the name claims are grouped under drops the article)."""
    name = source_name(claim)
    written = claim.source.text if claim.source is not None else ""
    return written if written.lower() == f"the {name}".lower() else name


def group_claims(claims: Iterable[Claim]) -> list[ClaimGroup]:
    """Claims by source, the source with most claims first; ties keep the order of first appearance."""
    by_name: dict[str, list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: (c.start, c.end)):
        by_name.setdefault(source_name(claim), []).append(claim)
    ordered = sorted(by_name.items(), key=lambda item: -len(item[1]))  # stable: first appearance
    return [ClaimGroup(name, tuple(members)) for name, members in ordered]


def display_content(claim: Claim) -> str:
    """The content as the panel shows it: quotes inside curly quotation marks."""
    if claim.kind == "quote":
        return f"“{claim.content.text.strip().rstrip(QUOTE_TRAILERS)}”"
    return claim.content.text.strip()


def indirect_mention(claim: Claim) -> str | None:
    """The mention when it does not name the source ("he", "the governor"), worth showing beside it."""
    if claim.source is None or not claim.source.name:
        return None
    surname = claim.source.name.split()[-1].casefold()
    return None if surname in claim.source.text.casefold() else claim.source.text


def via_phrase(claim: Claim) -> str | None:
    """The document the source spoke through, as a phrase: "via a release", "via her statement"."""
    via = claim.source.via if claim.source is not None else None
    if via is None:
        return None
    first, _, rest = via.text.partition(" ")
    if rest and first.casefold() in _OPENING_DETERMINERS:
        first = first.casefold()
    return "via " + (f"{first} {rest}" if rest else first)


def claim_tooltip(claim: Claim) -> str:
    """One line for a hover: "Volodymyr Zelensky (as “he”) · quote · cue: said · hedges: likely";
    a document speaking for its author shows as "Union (via a release)"."""
    mention = indirect_mention(claim)
    via = via_phrase(claim)
    parts = [source_name(claim) + (f" (as “{mention}”)" if mention else "") + (f" ({via})" if via else "")]
    parts.append(KIND_LABELS[claim.kind])
    if claim.cue is not None:
        parts.append(f"cue: {claim.cue.text}")
    if claim.hedges:
        parts.append("hedges: " + ", ".join(h.text for h in claim.hedges))
    return " · ".join(parts)


def citation_text(claim: Claim, title: str | None, source: str | None) -> str:
    """The claim with who said it and where it was read, ready to paste into notes.

    Quotes keep their quotation marks; reported speech never gets them, so a citation does not
    turn a paraphrase into words the speaker did not say.
    """
    name = _cited_name(claim)
    via = _via(title, source)
    if claim.kind == "quote":
        body = display_content(claim)
        attribution = f" — {name}" if claim.source is not None else " — unattributed"
        return f"{body}{attribution}{f' ({via})' if via else ''}"
    statement = claim.content.text.strip().rstrip(_STATEMENT_TRAILERS)
    if claim.kind == "unattributed" or claim.source is None:
        return f"{statement} (unattributed{f'; {via}' if via else ''})"
    if claim.kind == "according_to":
        body = f"According to {name}, {_lowercase_opener(statement)}"
    else:
        body = f"{name} {_reporting_verb(claim)} that {_lowercase_opener(statement)}"
    return f"{body}{f' ({via})' if via else ''}"


def _via(title: str | None, source: str | None) -> str:
    where = [f"“{title.strip()}”" if title and title.strip() else "", (source or "").strip()]
    where = [part for part in where if part]
    return "via " + ", ".join(where) if where else ""


def _reporting_verb(claim: Claim) -> str:
    cue = claim.cue.text.strip().lower() if claim.cue is not None else ""
    return cue if cue in _THAT_VERBS else "said"


def _lowercase_opener(statement: str) -> str:
    first, _, rest = statement.partition(" ")
    if first.lower() in _LOWERCASE_OPENERS and first[:1].isupper() and first[1:].islower():
        return first.lower() + (" " + rest if rest else "")
    return statement


def matches_search(claim: Claim, needle: str) -> bool:
    """Case-insensitive search in what a claim says and who says it."""
    if not needle:
        return True
    folded = needle.casefold()
    haystacks = [claim.content.text, source_name(claim)]
    if claim.source is not None:
        haystacks.append(claim.source.text)
    return any(folded in text.casefold() for text in haystacks)


class ClaimsModel(QAbstractItemModel):
    """Two levels: a row per source group, its claims as children.

    A claim row's internal id is its group's row + 1; group rows have id 0. That is all the tree
    needs to find parents, with no per-row Python objects kept alive by Qt.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[ClaimGroup] = []

    @property
    def groups(self) -> Sequence[ClaimGroup]:
        return self._groups

    def set_claims(self, claims: Iterable[Claim]) -> None:
        self.beginResetModel()
        self._groups = group_claims(claims)
        self.endResetModel()

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = NO_PARENT
    ) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() == 0 and row < len(self._groups[parent.row()].claims):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: QModelIndex | QPersistentModelIndex = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0:
            return len(self._groups[parent.row()].claims)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        group, claim = self.locate(index)
        if role == CLAIM_ROLE:
            return claim
        if role == GROUP_ROLE:
            return group
        if role == Qt.ItemDataRole.DisplayRole:
            return display_content(claim) if claim else f"{heading(group.name)} ({len(group.claims)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            if claim is not None:
                return claim_tooltip(claim) + "\nClick or press Enter to show it in the article"
            return f"{heading(group.name)}: {counted(len(group.claims), 'claim')}\nClick to show the first mention"
        return None

    def locate(self, index: QModelIndex | QPersistentModelIndex) -> tuple[ClaimGroup, Claim | None]:
        if index.internalId() == 0:
            return self._groups[index.row()], None
        group = self._groups[index.internalId() - 1]
        return group, group.claims[index.row()]


class ClaimsFilter(QSortFilterProxyModel):
    """Shows the claims that pass the source, kind and search filters, and the groups holding them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A group row is shown exactly when one of its claims is (group rows never accept alone).
        self.setRecursiveFilteringEnabled(True)
        self._source: str | None = None
        self._kinds: frozenset[ClaimKind] = frozenset(KINDS)
        self._needle = ""
        self._span: tuple[int, int] | None = None
        self._every_claim = True

    def set_filters(
        self,
        source: str | None,
        kinds: Collection[ClaimKind],
        needle: str,
        span: tuple[int, int] | None = None,
    ) -> None:
        """``source`` None shows every source; ``needle`` is matched as plain text; ``span``
        (a chapter's text range) keeps the claims that start in it."""
        filters = (source, frozenset(kinds), needle.strip(), span)
        if filters == (self._source, self._kinds, self._needle, self._span):
            return  # the rows already passed these: a book's thousands need not pass again
        self.beginFilterChange()
        self._source, self._kinds, self._needle, self._span = filters
        self._every_claim = source is None and self._kinds >= set(KINDS) and not self._needle and span is None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def shows_every_claim(self) -> bool:
        """No filter holds any claim back."""
        return self._every_claim

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not source_parent.isValid():
            return False
        if self._every_claim:  # no claim to look at: a book's thousands were a long pause
            return True
        model = self.sourceModel()
        claim = model.index(source_row, 0, source_parent).data(CLAIM_ROLE)
        return (
            (self._source is None or source_name(claim) == self._source)
            and claim.kind in self._kinds
            and (self._span is None or self._span[0] <= claim.start < self._span[1])
            and matches_search(claim, self._needle)
        )
