"""The evaluation results a model card declares, shown as the publisher's claims (apart
from anything measured here): in the model browser, and beside the leaderboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chatapp.compare.claims import by_repo
from chatapp.hub.card_cache import CardClaims
from chatapp.hub.card_results import Claim
from chatapp.library_model import without_gguf
from chatapp.ui.label import Label
from chatapp.ui.layouts import fill


def read_only_table(parent: QWidget, headers: list[str], **properties: object) -> QTableWidget:
    """A table of plain text with these column headers, no row numbers and no editing (its
    rows added later); properties: Qt properties of the table (objectName=…)."""
    table = QTableWidget(0, len(headers), parent, **properties)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


class _ClaimsTable(QWidget):
    """A heading above a read-only table of claims, hidden while it has no rows."""

    def __init__(self, parent: QWidget | None, heading: str, headers: list[str],
                 **properties: object) -> None:
        super().__init__(parent)
        self.heading = Label(heading, self, wordWrap=True)
        self.table = read_only_table(self, headers, **properties)
        column = fill(QVBoxLayout(self), self.heading, self.table)
        column.setContentsMargins(0, 0, 0, 0)
        self.hide()

    @staticmethod
    def _source(claim: Claim) -> str:
        """Who measured the result, and whether the Hub verified it."""
        source = claim.source or ""
        return QCoreApplication.translate("ClaimsView", "{source} (verified by the Hub)").format(
            source=source).strip() if claim.verified else source

    def _fill(self, rows: list[tuple[list[str], Claim]], right: int = -1) -> None:
        """Show rows (the cells, the claim: its source's address is the last cell's tooltip),
        the column right aligned to the right; shown when there are rows."""
        self.table.setRowCount(len(rows))
        for row, (cells, claim) in enumerate(rows):
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == len(cells) - 1 and claim.source_url:
                    item.setToolTip(claim.source_url)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.setVisible(bool(rows))


class ClaimsView(_ClaimsTable):
    """A heading that says whose claims these are, and a row per declared result (task,
    dataset, metric, value, source); hidden when the card declares none.

    Attributes:
        heading: the line above the table.
        table: the results, as plain text (the card is untrusted).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "", [
            self.tr("Task"), self.tr("Dataset"), self.tr("Metric"), self.tr("Value"),
            self.tr("Measured by")], objectName="claimsTable", maximumHeight=150,
            accessibleName=self.tr("Evaluation results the model card declares"))
        self.heading.setObjectName("claimsHeading")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def show_claims(self, repo_id: str, own: list[Claim], base: list[Claim]) -> None:
        """Show a page's claims: its card's own, else those of its base model's card."""
        shown = own or base
        if own:
            self.heading.setText(self.tr(
                "Evaluation results the publisher declares in the model card of {repo} — "
                "the publisher's claims, not measured here:").format(repo=repo_id))
        elif base:
            self.heading.setText(self.tr(
                "Evaluation results the publisher of the base model {base} declares in its "
                "card (this repo converts it to GGUF) — the publisher's claims, not measured "
                "here:").format(base=shown[0].repo_id))
        self._fill([([c.task, c.dataset, c.metric, c.value, self._source(c)], c)
                    for c in shown])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)


class RankedClaims(_ClaimsTable):
    """The leaderboard's "Publisher's claims" section: for the ranked models whose cards
    declare results, a row per result (the names that use the model, its card, task,
    dataset, metric, value, source), under a heading that says these are not measured here;
    hidden when there are none.

    Attributes:
        heading: the section's title and note.
        table: the claims, as plain text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr(
            "Publisher's claims — what the model cards declare, not measured here and not "
            "part of the ratings above:"), [
            self.tr("Ranked as"), self.tr("Model card"), self.tr("Task"), self.tr("Dataset"),
            self.tr("Metric"), self.tr("Value"), self.tr("Measured by")],
            objectName="rankedClaimsTable", accessibleName=self.tr("Publisher's claims"))
        self.table.horizontalHeader().setStretchLastSection(True)

    def show_claims(self, claims: dict[str, CardClaims]) -> None:
        """Show the claims of the ranked names (name -> its model's card claims)."""
        rows = []
        for names, kept in by_repo(claims):
            card = kept.repo_id if kept.own else self.tr("{repo} (base model of {model})").format(
                repo=kept.shown[0].repo_id, model=kept.repo_id)
            rows += [([", ".join(map(without_gguf, names)), card, c.task, c.dataset, c.metric,
                       c.value, self._source(c)], c) for c in kept.shown]
        self._fill(rows, right=5)
