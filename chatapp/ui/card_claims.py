"""The evaluation results a model card declares, shown as the publisher's claims (apart
from anything measured here): in the model browser, and beside the leaderboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
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


class ClaimsView(QWidget):
    """A heading that says whose claims these are, and a row per declared result (task,
    dataset, metric, value, source); hidden when the card declares none.

    Attributes:
        heading: the line above the table.
        table: the results, as plain text (the card is untrusted).
    """

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = Label(self, wordWrap=True, objectName="claimsHeading")
        self.table = QTableWidget(0, self.COLUMNS, self, objectName="claimsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Task"), self.tr("Dataset"), self.tr("Metric"), self.tr("Value"),
            self.tr("Measured by")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Evaluation results the model card declares"))
        self.table.setMaximumHeight(150)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.table)
        self.hide()

    def show_claims(self, repo_id: str, own: list[Claim], base: list[Claim]) -> None:
        """Show a page's claims: its card's own, else those of its base model's card."""
        shown = own or base
        if not shown:
            self.table.setRowCount(0)
            self.hide()
            return
        if own:
            self.heading.setText(self.tr(
                "Evaluation results the publisher declares in the model card of {repo} — "
                "the publisher's claims, not measured here:").format(repo=repo_id))
        else:
            self.heading.setText(self.tr(
                "Evaluation results the publisher of the base model {base} declares in its "
                "card (this repo converts it to GGUF) — the publisher's claims, not measured "
                "here:").format(base=shown[0].repo_id))
        self.table.setRowCount(len(shown))
        for row, claim in enumerate(shown):
            source = claim.source or ""
            if claim.verified:
                source = self.tr("{source} (verified by the Hub)").format(source=source).strip()
            for col, text in enumerate((claim.task, claim.dataset, claim.metric, claim.value,
                                        source)):
                item = QTableWidgetItem(text)
                if col == 4 and claim.source_url:
                    item.setToolTip(claim.source_url)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.show()


class RankedClaims(QWidget):
    """The leaderboard's "Publisher's claims" section: for the ranked models whose cards
    declare results, a row per result (the names that use the model, its card, task,
    dataset, metric, value, source), under a heading that says these are not measured here;
    hidden when there are none.

    Attributes:
        heading: the section's title and note.
        table: the claims, as plain text.
    """

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = Label(self, wordWrap=True)
        self.heading.setText(self.tr(
            "Publisher's claims — what the model cards declare, not measured here and not "
            "part of the ratings above:"))
        self.table = QTableWidget(0, self.COLUMNS, self, objectName="rankedClaimsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Ranked as"), self.tr("Model card"), self.tr("Task"), self.tr("Dataset"),
            self.tr("Metric"), self.tr("Value"), self.tr("Measured by")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Publisher's claims"))
        self.table.horizontalHeader().setStretchLastSection(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.table)
        self.hide()

    def show_claims(self, claims: dict[str, CardClaims]) -> None:
        """Show the claims of the ranked names (name -> its model's card claims)."""
        rows = []
        for names, kept in by_repo(claims):
            card = kept.repo_id if kept.own else self.tr("{repo} (base model of {model})").format(
                repo=kept.shown[0].repo_id, model=kept.repo_id)
            for claim in kept.shown:
                source = claim.source
                if claim.verified:
                    source = self.tr("{source} (verified by the Hub)").format(
                        source=source).strip()
                rows.append((", ".join(map(without_gguf, names)), card, claim.task,
                             claim.dataset, claim.metric, claim.value, source,
                             claim.source_url))
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for col, text in enumerate(values[:self.COLUMNS]):
                item = QTableWidgetItem(text)
                if col == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 6 and values[7]:
                    item.setToolTip(values[7])
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.setVisible(bool(rows))
