"""The leaderboard of arena votes: ratings with 95% intervals, win rates, a chart, CSV.

Models the votes cannot tell apart share a rank; one with few votes is listed but
flagged ("few votes"), with a pale bar."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chatapp.catalogue import shown_names
from chatapp.compare.judge import board, judge_votes
from chatapp.compare.ratings import FEW_VOTES, Leaderboard, leaderboard_csv, ranks
from chatapp.compare.votes import tags, vote_stamp
from chatapp.compare.votes import votes as human_votes
from chatapp.errors import UserError, os_reason
from chatapp.hub.card_cache import CardClaims
from chatapp.paths import write_file
from chatapp.store import Store
from chatapp.ui.card_claims import RankedClaims, read_only_table
from chatapp.ui.conversation_io import CANNOT_WRITE
from chatapp.ui.errors import error_text, message_box
from chatapp.ui.file_dialogs import user_folder
from chatapp.ui.label import Label
from chatapp.ui.layouts import fill
from chatapp.ui.units import number

BAR = QColor("#3b6fd4")
WATCH_MS = 500  # how often an open leaderboard looks for new votes


class RatingChart(QWidget):
    """Horizontal bars of the ratings with their 95% interval as whiskers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Leaderboard | None = None
        self.source = "both"  # whose comparisons are ranked: what an empty chart asks for
        self.setMinimumHeight(120)

    def set_board(self, board: Leaderboard, source: str = "both") -> None:
        """Draw these ratings (source: "people", "judge" or "both", whose comparisons they
        are)."""
        self.board, self.source = board, source
        self.setMinimumHeight(40 + 26 * max(1, len(board.ratings)))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(500, 40 + 26 * max(1, len(self.board.ratings) if self.board else 1))

    def labels(self) -> dict[str, str]:
        """Each rated model's name -> its bar's label (without ".gguf"; a server's path id
        by its file's name, see shown_names)."""
        names = [r.model for r in self.board.ratings] if self.board else []
        return shown_names(names)

    def empty_text(self) -> str:
        """What the chart says without ratings: what is missing for the comparisons
        ranked."""
        if self.source == "people":
            return self.tr("No votes yet: vote in an arena round (Compare → Arena…).")
        if self.source == "judge":
            return self.tr("No judge verdicts yet: in Compare → Evaluate a prompt set…, choose "
                           "a judge and tick “Let the judge compare the variants pairwise”.")
        return self.tr("No votes yet: vote in an arena round (Compare → Arena…), or let a "
                       "judge compare the answers of an evaluation (Compare → Evaluate a "
                       "prompt set…).")

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.text().color())
        ratings = self.board.ratings if self.board else []
        if not ratings:
            painter.drawText(self.rect().adjusted(12, 0, -12, 0),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text())
            return
        metrics = painter.fontMetrics()
        shown = self.labels()
        label_w = min(max(metrics.horizontalAdvance(shown[r.model])
                          for r in ratings) + 12,
                      self.width() // 3)
        low = min(1000.0, *(r.low for r in ratings)) - 20  # the 1000 line always shows
        high = max(1000.0, *(r.high for r in ratings)) + 20
        left, right = label_w, self.width() - 60
        width = max(1, right - left)

        def x(value: float) -> float:
            return left + (value - low) / (high - low) * width

        row_h = 26
        top = 8
        for i, r in enumerate(ratings):
            y = top + i * row_h
            painter.setPen(palette.text().color())
            name = metrics.elidedText(shown[r.model], Qt.TextElideMode.ElideMiddle,
                                      label_w - 8)
            painter.drawText(QRectF(0, y, label_w - 8, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            start, end = sorted((x(1000.0), x(r.rating)))  # from the average model
            bar = QRectF(start, y + 6, max(1.0, end - start), row_h - 12)
            colour = QColor(BAR)
            if r.few_votes:
                colour.setAlphaF(0.35)  # few votes: the rating can still move a lot
            painter.fillRect(bar, colour)
            pen = QPen(palette.text().color())
            pen.setWidthF(1.5)
            painter.setPen(pen)
            mid = y + row_h / 2
            painter.drawLine(int(x(r.low)), int(mid), int(x(r.high)), int(mid))
            for end in (r.low, r.high):
                painter.drawLine(int(x(end)), int(mid - 5), int(x(end)), int(mid + 5))
            # right of the whisker and of the bar (a bar below 1000 ends at the 1000 line)
            painter.drawText(QRectF(max(x(r.high), x(1000.0)) + 6, y, 60, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             number(round(r.rating)))
        # the 1000 line: the average model
        axis = top + len(ratings) * row_h + 4
        painter.setPen(QPen(palette.mid().color(), 1, Qt.PenStyle.DashLine))
        painter.drawLine(int(x(1000.0)), top, int(x(1000.0)), axis)
        painter.setPen(palette.text().color())
        painter.drawText(QRectF(x(1000.0) - 30, axis, 60, 18), Qt.AlignmentFlag.AlignCenter,
                         number(1000))


class LeaderboardDialog(QDialog):
    """Ratings from the stored arena votes, by tag; below them, apart, what the ranked models'
    cards declare (the publisher's claims), when claims_for is given (ranked names -> their
    kept card claims). While it is open it follows the store: a vote or a judge's verdict
    stored (in this window, another, or another process) shows at once."""

    def __init__(self, store: Store, parent: QWidget | None = None, rounds: int = 200,
                 claims_for: Callable[[list[str]], dict[str, CardClaims]] | None = None
                 ) -> None:
        super().__init__(parent)
        self.claims_for = claims_for
        self.setWindowTitle(self.tr("Leaderboard"))
        self.resize(820, 640)
        self.store = store
        self.rounds = rounds
        self.board: Leaderboard | None = None
        self.source_box = QComboBox(self)
        for label, source in ((self.tr("People's votes"), "people"),
                              (self.tr("The judge model's comparisons"), "judge"),
                              (self.tr("Both, counted together"), "both")):
            self.source_box.addItem(label, source)
        self.source_box.setToolTip(self.tr(
            "Whose comparisons make the ratings: people's blind votes in the arena, a judge "
            "model's pairwise verdicts from evaluations, or both"))
        source_label = Label(self.tr("&Ranked by:"), self, buddy=self.source_box)
        self.tag_box = QComboBox(self)
        tag_label = Label(self.tr("&Tag:"), self, buddy=self.tag_box)
        self.summary = Label(self)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self, clicked=self._ask_export)
        top = fill(QHBoxLayout(), source_label, self.source_box, tag_label, self.tag_box, 1,
                   self.export_button)

        self.table = read_only_table(self, [
            self.tr("Rank"), self.tr("Model"), self.tr("Rating"), self.tr("95% interval"),
            self.tr("Votes"), self.tr("Win rate")])
        self.table.horizontalHeaderItem(2).setToolTip(self.tr(
            "Bradley–Terry rating on the Elo scale: 1000 is the average model (each counted by "
            "its votes); 400 points above another, a model wins ten times as often as it "
            "loses. One virtual tie between every two models that met keeps a few votes from "
            "giving extreme ratings."))
        self.matrix = QTableWidget(0, 0, self)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setToolTip(self.tr("How often the row's model beat the column's model"))
        self.chart = RatingChart(self)
        matrix_box = QWidget(self)
        fill(QVBoxLayout(matrix_box), Label(self.tr("Win rate of the row's model against the "
                                                    "column's model"), matrix_box),
             self.matrix).setContentsMargins(0, 0, 0, 0)
        self.claims = RankedClaims(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for part in (self.table, self.chart, matrix_box, self.claims):
            splitter.addWidget(part)
        close = QPushButton(self.tr("Close"), self, clicked=self.close)
        # the summary: a line of its own, as it is long in some languages
        fill(QVBoxLayout(self), top, self.summary, (splitter, 1), fill(QHBoxLayout(), 1, close))

        self.tag_box.addItem(self.tr("All votes"), None)
        self._add_tags()
        # with no vote of people yet but comparisons by a judge, those are shown first
        if not human_votes(store, None) and judge_votes(store, None):
            self.source_box.setCurrentIndex(self.source_box.findData("judge"))
        self.tag_box.currentIndexChanged.connect(self.refresh)
        self.source_box.currentIndexChanged.connect(self.refresh)
        self._stamp = vote_stamp(store)
        self.refresh()
        self._watch = QTimer(self, interval=WATCH_MS, timeout=self._follow)
        self._watch.start()

    def _add_tags(self) -> None:
        """List the tags of the votes and verdicts that are not listed yet."""
        listed = {self.tag_box.itemData(i) for i in range(1, self.tag_box.count())}
        for tag in tags(self.store, ("votes", "judgements")):
            if tag not in listed:
                self.tag_box.addItem(tag or self.tr("(no tag)"), tag)

    def _follow(self) -> None:
        """Show the votes and verdicts stored since the leaderboard was computed (not while
        hidden; the watch ends with the store)."""
        if not self.isVisible():
            return
        try:
            stamp = vote_stamp(self.store)
        except (sqlite3.Error, UserError):
            self._watch.stop()
            return
        if stamp != self._stamp:
            self._stamp = stamp
            self._add_tags()
            self.refresh()

    def select_source(self, source: str) -> None:
        """Rank by "people", "judge" or "both"."""
        index = self.source_box.findData(source)
        if index >= 0:
            self.source_box.setCurrentIndex(index)

    def select_tag(self, tag: str | None) -> None:
        """Show the votes of one tag (None: all)."""
        index = self.tag_box.findData(tag) if tag is not None else 0
        if index >= 0:
            self.tag_box.setCurrentIndex(index)

    def refresh(self, *_args) -> None:
        """Compute the leaderboard of the chosen tag and show it."""
        tag = self.tag_box.currentData()
        self.board = result = board(self.store, self.source_box.currentData(), tag,
                                    rounds=self.rounds)
        votes = (self.tr("1 vote") if result.votes == 1
                 else self.tr("{n} votes").format(n=result.votes))
        models = (self.tr("1 model") if len(result.models) == 1
                  else self.tr("{n} models").format(n=len(result.models)))
        self.summary.setText(self.tr("{votes} · {models} · a model ranks below another only "
                                     "where their intervals do not overlap").format(
                                         votes=votes, models=models))
        self.summary.setWordWrap(True)
        self.summary.setToolTip(self.tr(
            "A model's rank is one more than the number of models whose 95% interval lies "
            "wholly above its own: models the votes cannot tell apart share a rank. Models "
            "with fewer than {n} votes are flagged and listed last in their rank.").format(
                n=FEW_VOTES))
        self.table.setRowCount(len(result.ratings))
        few = self.tr("Fewer than {n} votes: this rating can still change a lot.").format(
            n=FEW_VOTES)
        muted = self.palette().placeholderText()
        shown = shown_names(list({*result.models, *(r.model for r in result.ratings)}))
        for row, (rank, r) in enumerate(zip(ranks(result), result.ratings, strict=True)):
            votes = (self.tr("{n} · few votes").format(n=r.votes) if r.few_votes
                     else str(r.votes))
            values = [str(rank), shown[r.model], number(round(r.rating)),
                      f"{number(round(r.low))} – {number(round(r.high))}", votes,
                      f"{r.wins / r.votes:.0%}" if r.votes else "–"]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if r.few_votes:  # flagged in its votes, not greyed (as if it were off)
                    item.setToolTip(few)
                    if column == 4:
                        item.setForeground(muted)
                self.table.setItem(row, column, item)
            self.table.item(row, 5).setToolTip("\n".join(filter(None, [self.tr(
                "{won} won, {tied} tied, {both_bad} “both are bad”, {lost} lost (a tie or “both "
                "are bad” counts as half a win)").format(won=r.won, tied=r.tied,
                                                     both_bad=r.both_bad, lost=r.lost),
                few if r.few_votes else ""])))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        n = len(result.models)
        ranked = [result.models.index(r.model) for r in result.ratings
                  if r.model in result.models]
        order = ranked + [i for i in range(n) if i not in ranked]  # as in the ranking above
        self.matrix.setRowCount(n)
        self.matrix.setColumnCount(n)
        labels = [shown[result.models[i]] for i in order]
        self.matrix.setHorizontalHeaderLabels(labels)
        self.matrix.setVerticalHeaderLabels(labels)
        for i, a in enumerate(order):
            for j, b in enumerate(order):
                rate = result.win_rate[a][b]
                item = QTableWidgetItem("" if rate is None else f"{rate:.0%}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if rate is not None:
                    games = result.games[a][b]
                    item.setToolTip(self.tr("1 game") if games == 1
                                    else self.tr("{n} games").format(n=games))
                    item.setBackground(QColor.fromHslF(0.33 * rate, 0.6, 0.8))
                    item.setForeground(QColor("black"))
                self.matrix.setItem(i, j, item)
        self.matrix.resizeColumnsToContents()
        self.chart.set_board(result, self.source_box.currentData())
        self.claims.show_claims(self.claims_for(result.models) if self.claims_for else {})
        self.export_button.setEnabled(bool(result.ratings))

    def export_csv(self, path: Path) -> Path:
        """Write the shown leaderboard as CSV."""
        path = Path(path)
        write_file(path, leaderboard_csv(self.board), newline="")
        return path

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export leaderboard"),
                                              user_folder("leaderboard.csv"),
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        try:
            self.export_csv(Path(name))
        except OSError as exc:
            message_box(self, self.tr("Leaderboard"), error_text(
                UserError(CANNOT_WRITE, path=name, reason=os_reason(exc))))
