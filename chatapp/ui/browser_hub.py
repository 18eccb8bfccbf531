"""The model browser's Hugging Face Hub tab: search, a model's page and card, and its
quantizations with a fit badge each."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chatapp.hub.client import ModelPage, SearchHit
from chatapp.hub.config import env_offline
from chatapp.hub.download import (
    CANCELLED,
    DONE,
    FAILED,
    QUEUED,
    RUNNING,
    VERIFIED,
    VERIFYING,
    Download,
)
from chatapp.hub.errors import GATED_DENIED
from chatapp.hub.files import QuantEntry, incomplete_split
from chatapp.library import LocalModel
from chatapp.ui.background import Background
from chatapp.ui.browser_hub_fit import HubFit
from chatapp.ui.card_claims import ClaimsView
from chatapp.ui.errors import error_text, hub_error_text
from chatapp.ui.fit_badge import Badge
from chatapp.ui.label import ElidedLabel, Label
from chatapp.ui.layouts import fill
from chatapp.ui.markdown_view import MarkdownView
from chatapp.ui.open_url import open_url
from chatapp.ui.units import data_size
from chatapp.units import people_count

SIZE_FILTERS = (("", ""), ("", "3B"), ("3B", "8B"), ("8B", "20B"), ("20B", ""))
SEARCH_LIMIT = 50  # results asked of the Hub per search
ZWSP = "\u200b"


def count_text(n: float) -> str:
    """A model's parameters as the language writes a count of downloads beside it (English
    1.2K / 3.4M / 7B, Malay "3.4 juta"): one style in one line."""
    return people_count(n)


def breakable(text: str) -> str:
    """text with places to wrap (zero-width spaces) after the path's slashes and the ?, &
    and = of its addresses, and none inside "http://host" (a word joiner after the //: a
    label wraps only at spaces, else anywhere in a long address, and after a // too)."""
    text = re.sub(r"(?<=[^/]/)(?=[^/\s])|(?<=[?&=])(?=\S)", ZWSP, text)
    return re.sub(r"(?<=://)(?=\S)", "\u2060", text)


class HubTab(HubFit):
    """The model browser's Hub tab: search, a model's page, its quantizations with fit
    badges (part of ModelBrowser)."""

    def _to_results(self) -> None:
        """Down in the search box: the keyboard goes to the results, the first one chosen."""
        if self.results.count():
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)

    def _build_hub_tab(self) -> QWidget:
        tab = QWidget(self)
        self.search_edit = QLineEdit(tab)
        self.search_edit.setPlaceholderText(self.tr("Search GGUF models, e.g. qwen, gemma, llama"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(lambda: self.search())
        self.sort_box = QComboBox(tab)
        for key, text in (("downloads", self.tr("Most downloaded")),
                          ("likes", self.tr("Most liked")),
                          ("recent", self.tr("Recently updated"))):
            self.sort_box.addItem(text, key)
        self.size_box = QComboBox(tab)
        for (low, high), text in zip(SIZE_FILTERS, (
                self.tr("Any size"), self.tr("Up to 3B parameters"), self.tr("3B to 8B"),
                self.tr("8B to 20B"), self.tr("Over 20B")), strict=True):
            self.size_box.addItem(text, (low, high))
        self.search_edit.setAccessibleName(self.tr("Search the Hub"))
        self.sort_box.setAccessibleName(self.tr("Sort results by"))
        self.size_box.setAccessibleName(self.tr("Model size"))
        self.search_button = QPushButton(self.tr("Search"), tab, default=True,
                                         clicked=lambda: self.search())
        self.sort_box.currentIndexChanged.connect(lambda _i: self.search())
        self.size_box.currentIndexChanged.connect(lambda _i: self.search())
        row = QHBoxLayout()
        fill(row, (self.search_edit, 1), self.sort_box, self.size_box, self.search_button)

        self.offline_banner = Label(tab, objectName="offlineBanner", wordWrap=True)
        self.offline_banner.setText(self.tr(
            "Offline mode is on: nothing is sent to the Hub. Turn it off in Models → Work "
            "offline to search and download.") if not env_offline() else self.tr(
            "Offline mode is on because HF_HUB_OFFLINE is set: nothing is sent to the Hub. "
            "Start chatapp without it to search and download."))

        self.results = QListWidget(tab, objectName="searchResults", minimumWidth=300,
                                   currentRowChanged=self._result_chosen)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_edit,
                         context=Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._to_results)  # as the conversations' search box does
        self.results_label = Label(tab, objectName="resultsLabel", wordWrap=True)
        self.retry_button = QPushButton(self.tr("Try again"), tab,
                                        clicked=self._retry)  # after a failed search
        self.retry_button.hide()
        self.more_button = QPushButton(self.tr("Show &more"), tab)
        self.more_button.setToolTip(self.tr("Ask the Hub for the next {count} models").format(
            count=SEARCH_LIMIT))
        # the same search for SEARCH_LIMIT more models (the list keeps its place)
        self.more_button.clicked.connect(lambda: self.search(self.search_limit + SEARCH_LIMIT))
        self.more_button.hide()
        left = QWidget(tab)
        left_column = fill(QVBoxLayout(left), self.results_label, self.retry_button,
                           (self.results, 1), self.more_button)
        left_column.setContentsMargins(0, 0, 0, 0)

        self.page_widget = self._build_page(tab)
        split = QSplitter(tab)
        split.addWidget(left)
        split.addWidget(self.page_widget)
        split.setStretchFactor(0, 1)  # both grow with the window (was: the results stayed
        split.setStretchFactor(1, 2)  # 330 px wide, their lines cut, maximised)
        split.setSizes([330, 850])
        split.setChildrenCollapsible(False)

        column = QVBoxLayout(tab)
        fill(column, row, self.offline_banner, (split, 1))
        return tab

    def show_search_hint(self, offline: bool) -> None:
        """Before any search: how to search, unless offline mode (its banner says why not);
        back online, a model page that could not be loaded is loaded again."""
        hint = self.tr("Type a name and press Enter to search the Hub.")
        if offline and self.retry_button.isVisibleTo(self):  # a failed search's line goes too
            self.retry_button.hide()
            self.results_label.clear()
        if not self.results.count() and self.results_label.text() in ("", hint):
            self.results_label.setText("" if offline else hint)
        if not offline and self.opened is not None and self._page_error:
            self.open_model(self.opened)

    def _build_page(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        self.title_label = ElidedLabel(page, objectName="modelTitle",
                                       mode=Qt.TextElideMode.ElideMiddle)
        self.title_label.setStyleSheet("QLabel { font-size: 14pt; font-weight: 600; }")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = Label(page, wordWrap=True)
        self.page_retry = QPushButton(self.tr("Try again"), page, visible=False,
                                      clicked=lambda: self.open_model(self.opened))
        self.gated_label = Label(page, wordWrap=True)
        self.gated_label.setTextFormat(Qt.TextFormat.RichText)  # a link to the Hub page
        self.gated_label.setOpenExternalLinks(False)
        self.gated_label.setObjectName("noteBanner")
        self.gated_label.linkActivated.connect(lambda url: open_url(self, QUrl(url)))
        self.gated_label.hide()
        self.context_spin = QSpinBox(page)
        self.context_spin.setRange(512, 1_048_576)
        self.context_spin.setSingleStep(1024)
        self.context_spin.setValue(self.ctx.settings.context_length)
        self.context_spin.setSuffix(self.tr(" tokens"))
        self.context_spin.setGroupSeparatorShown(True)
        self.context_spin.valueChanged.connect(lambda _v: self._update_badges())
        self.machine_label = Label(self.tr("Measuring this computer's memory…"), page,
                                   objectName="machineLabel", wordWrap=True)
        ctx_row = QHBoxLayout()
        ctx_label = Label(self.tr("Context for the memory estimate:"), page)
        ctx_label.setBuddy(self.context_spin)
        fill(ctx_row, ctx_label, self.context_spin, (self.machine_label, 1))

        self.quant_tree = QTreeWidget(page, objectName="quantList", rootIsDecorated=False)
        self.quant_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.quant_tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps "…Q4_K_M.gguf"
        self.quant_tree.setHeaderLabels([self.tr("Quantization"), self.tr("File"),
                                         self.tr("Size"), self.tr("Memory needed"),
                                         self.tr("This computer"), ""])
        header = self.quant_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.quant_tree.setMinimumHeight(180)

        self.claims_view = ClaimsView(page)
        self.card_view = MarkdownView(page)
        self.card_view.setObjectName("modelCard")
        card_scroll = QScrollArea(page, widgetResizable=True)
        card_scroll.setWidget(self.card_view)
        card_scroll.setFrameShape(QFrame.Shape.StyledPanel)

        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        fill(column, self.title_label, self.meta_label)
        column.addWidget(self.page_retry, 0, Qt.AlignmentFlag.AlignLeft)
        fill(column, self.gated_label, ctx_row, (self.quant_tree, 2), self.claims_view,
             (card_scroll, 3))
        self._show_page(None)
        return page

    def search(self, limit: int = SEARCH_LIMIT) -> None:
        """Search the Hub with the query, sort and size filter, for the first limit models."""
        if self.ctx.settings.offline:
            self._update_offline()
            return
        self.search_limit = limit
        self.more_button.hide()
        self.retry_button.hide()
        self._search_seq += 1
        seq = self._search_seq
        query = self.search_edit.text().strip()
        sort = self.sort_box.currentData()
        low, high = self.size_box.currentData()
        self.results_label.setText(self.tr("Searching…"))
        client = self.client()
        Background(lambda: client.search(query, sort=sort, min_params=low, max_params=high,
                                         limit=limit), self,
                   done=lambda hits: self._show_hits(seq, hits),
                   failed=lambda exc: self._search_failed(seq, exc)).start()

    def _retry(self) -> None:
        """Search again after a failure; the keys stay in the search field (the button that
        had them hides)."""
        self.search_edit.setFocus()
        self.search(self.search_limit)

    def _show_hits(self, seq: int, hits: list[SearchHit]) -> None:
        if seq != self._search_seq:
            return
        self.hits = hits
        self.results.blockSignals(True)
        row, scrolled = self.results.currentRow(), self.results.verticalScrollBar().value()
        self.results.clear()
        for hit in hits:
            details = [count_text(hit.parameters) + self.tr(" params") if hit.parameters else "",
                       hit.architecture,
                       "↓ " + people_count(hit.downloads), "♥ " + people_count(hit.likes)]
            if hit.gated:
                details.append(self.tr("gated"))
            item = QListWidgetItem(f"{hit.repo_id}\n{' · '.join(d for d in details if d)}")
            item.setData(Qt.ItemDataRole.UserRole, hit.repo_id)
            item.setToolTip(hit.repo_id)
            self.results.addItem(item)
        found = [hit.repo_id for hit in hits]
        if self.search_limit > SEARCH_LIMIT:  # more of the same search: stay where you were
            self.results.setCurrentRow(row)
            self.results.verticalScrollBar().setValue(scrolled)
        elif self.opened in found:  # the model shown is among the new results: marked there
            self.results.setCurrentRow(found.index(self.opened))
        elif self.opened is not None:  # no page of a model the results do not list
            self._page_seq += 1
            self._show_page(None)
        self.results.blockSignals(False)
        more = len(hits) >= self.search_limit
        self.more_button.setVisible(more)
        if more:
            text = self.tr("The first {count} models found are shown; more match: Show more "
                           "lists more, or refine the search.").format(count=len(hits))
        elif hits:
            text = self.tr("Models found: {count}").format(count=len(hits))
        elif self.size_box.currentIndex() > 0:  # what the size filter hides is said
            text = self.tr("No GGUF models of this size found: Any size shows the others.")
        else:
            text = self.tr("No GGUF models found.")
        self.results_label.setText(text)
        self.results_label.setToolTip("")

    def _search_failed(self, seq: int, exc: Exception) -> None:
        if seq == self._search_seq:
            if self.search_limit <= SEARCH_LIMIT:  # a new search: no results of the last one
                self.hits = []
                self.results.clear()
                if self.opened is not None:
                    self._page_seq += 1
                    self._show_page(None)
            text = hub_error_text(exc)
            self.results_label.setText(breakable(text))
            self.results_label.setToolTip(text)
            self.results_label.setWordWrap(True)
            self.retry_button.show()

    def _result_chosen(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.open_model(self.hits[row].repo_id)

    def open_model(self, repo_id: str) -> None:
        """Load and show a model's page."""
        self._page_seq += 1
        seq = self._page_seq
        self.opened = repo_id
        self.title_label.setText(repo_id)
        self.meta_label.setText(self.tr("Loading…"))
        self.page_retry.hide()
        self.quant_tree.clear()
        self.claims_view.show_claims("", [], [])  # (the page before's, while this one loads)
        self.card_view.set_content("", markdown=False)
        self.gated_label.hide()
        client = self.client()
        Background(lambda: client.model(repo_id), self,
                   done=lambda page: self._page_loaded(seq, page),
                   failed=lambda exc: self._page_failed(seq, exc)).start()

    def _page_failed(self, seq: int, exc: Exception) -> None:
        if seq == self._page_seq:
            self._page_error = True
            self.meta_label.setText(hub_error_text(exc))
            # (a limit's wait, a server that was down: over by then; offline mode: not
            # before it is turned off, which loads the page again)
            self.page_retry.setVisible(not self.hub_config().offline)

    def _page_loaded(self, seq: int, page: ModelPage) -> None:
        if seq != self._page_seq:
            return
        self._page_error = False
        self._show_page(page)
        client = self.client()
        entries = list(page.models)

        def fetch_all() -> None:  # each file's (key, shape or the error that stopped it)
            for entry in entries:
                if seq != self._page_seq:
                    return  # another page is shown now
                try:
                    read.report((entry.key, client.header_shape(page.repo_id, entry,
                                                                 page.commit)))
                except Exception as exc:  # noqa: BLE001 - shown on the badge
                    read.report((entry.key, exc))

        read = Background(fetch_all, self, progressed=lambda item: self._shape_ready(seq, item))
        read.start()

    def _show_page(self, page: ModelPage | None) -> None:
        self.page = page
        self.opened = page.repo_id if page is not None else None
        self.shapes = {}
        self.damaged = {}
        self.quant_tree.clear()
        self.claims_view.show_claims("", [], [])
        if page is None:
            self.title_label.setText(self.tr("No model selected"))
            self.meta_label.setText(self.tr(
                "Pick a search result to see its description and its files. Each "
                "quantization gets a badge that says whether it fits this computer."))
            self.card_view.set_content("", markdown=False)
            return
        self.title_label.setText(page.repo_id)
        parts = []
        if page.license:
            parts.append(self.tr("License: {license}").format(license=page.license))
        if page.parameters:
            parts.append(self.tr("{count} parameters").format(count=count_text(page.parameters)))
        if page.architecture:
            parts.append(page.architecture)
        parts.append(self.tr("1 download") if page.downloads == 1 else
                     self.tr("{count} downloads").format(count=people_count(page.downloads)))
        parts.append(self.tr("1 like") if page.likes == 1 else
                     self.tr("{count} likes").format(count=people_count(page.likes)))
        if page.last_modified is not None:
            parts.append(self.tr("updated {date}").format(
                date=page.last_modified.strftime("%Y-%m-%d")))
        self.meta_label.setText(" · ".join(parts))
        if page.gated:
            denied = getattr(page.card_error, "template", None) == GATED_DENIED
            self._show_gated(page.repo_id, denied)
        # smallest file first (was: A to Z, F16 at the top)
        for entry in sorted(page.models, key=lambda e: (e.size or 0, e.name)):
            self._add_quant_row(entry)
        for entry in page.incomplete:
            self._add_incomplete_row(entry, page.repo_id)
        self._mark_installed()
        if not page.models and not page.incomplete:
            item = QTreeWidgetItem([self.tr("This repository has no GGUF model files.")])
            self.quant_tree.addTopLevelItem(item)
        self.claims_view.show_claims(page.repo_id, page.claims, page.base_claims)
        self.card_view.set_content(page.card or (self.tr(
            "(The description could not be read: {reason})").format(
            reason=error_text(page.card_error)) if page.card_error is not None
            else self.tr("(This model has no description.)")))

    def _entry_name(self, entry: QuantEntry) -> str:
        """A quantization's file name, with how many parts a split one has."""
        return entry.name + (" " + self.tr("({count} parts)").format(count=len(entry.files))
                             if entry.split else "")

    def _installed(self, entry: QuantEntry) -> LocalModel | None:
        """The library's model of the page's entry, if it is in the library."""
        first = entry.files[0]
        return self.ctx.library.installed(self.page.repo_id, first.name, first.sha256,
                                          0 if entry.split else first.size or 0)

    def _add_quant_row(self, entry: QuantEntry) -> None:
        item = QTreeWidgetItem([entry.quant or "—", self._entry_name(entry),
                                data_size(entry.size), "…", "", ""])
        item.setData(0, Qt.ItemDataRole.UserRole, entry.key)
        item.setToolTip(1, "\n".join(f.path for f in entry.files))
        self.quant_tree.addTopLevelItem(item)
        badge = Badge(self.quant_tree)
        item.setSizeHint(4, badge.widest(self.tr("gated"), self.tr("damaged"), "?"))
        self.quant_tree.setItemWidget(item, 4, badge)
        button = QPushButton(self.tr("Download"), self.quant_tree, objectName="downloadButton",
                             clicked=lambda _=False, key=entry.key: self._quant_action(key))
        hint = button.sizeHint()  # the column is as wide as the longest thing it may say
        for text in (self.tr("Chat with it"), self.tr("In library"), self.tr("Retry"),
                     self.tr("Resume"), self.tr("↓ {percent} %").format(percent=100)):
            button.setText(text)
            hint = hint.expandedTo(button.sizeHint())
        button.setText(self.tr("Download"))
        item.setSizeHint(5, hint)
        self.quant_tree.setItemWidget(item, 5, button)

    def _add_incomplete_row(self, entry: QuantEntry, repo_id: str) -> None:
        """A split model with parts missing from the repo: said, with nothing to download."""
        missing = entry.missing_parts
        note = (self.tr("(incomplete: part {part} of {total} missing)") if len(missing) == 1
                else self.tr("(incomplete: parts {parts} of {total} missing)")).format(
            part=missing[0], parts=", ".join(map(str, missing)), total=entry.expected_parts)
        item = QTreeWidgetItem([entry.quant or "—", f"{entry.name} {note}", "—", "—", "", ""])
        item.setData(0, Qt.ItemDataRole.UserRole, entry.key)
        why = error_text(incomplete_split(entry, repo_id))
        for column in range(item.columnCount()):
            item.setToolTip(column, why)
        self.quant_tree.addTopLevelItem(item)
        badge = Badge(self.quant_tree)
        item.setSizeHint(4, badge.widest(self.tr("incomplete")))
        badge.set_problem(why, self.tr("incomplete"))
        self.quant_tree.setItemWidget(item, 4, badge)

    def _quant_action(self, key: str) -> None:
        """A quant row's button: chat with the file when it is in the library, else get it."""
        item = self.quant_item(key)
        installed = item.data(5, Qt.ItemDataRole.UserRole) if item is not None else None
        if installed:
            self.useModelRequested.emit(installed)
        else:
            self.download(key)

    def _mark_installed(self) -> None:
        """Rows of files already in the library say so and offer "Chat with it"."""
        if self.page is None:
            return
        for entry in self.page.models:
            item = self.quant_item(entry.key)
            button = self.quant_tree.itemWidget(item, 5) if item is not None else None
            if not isinstance(button, QPushButton):
                continue
            model, name = self._installed(entry), self._entry_name(entry)
            usable = model is not None and model.is_chat and not model.problem
            item.setData(5, Qt.ItemDataRole.UserRole, model.key if usable else None)
            item.setText(1, name)  # (cut in its middle: the quantization at its end shows)
            item.setToolTip(1, name if model is None else self.tr(
                "{file}: in your library already").format(file=name))
            if model is None:
                button.setText(self.tr("Download"))
                button.setEnabled(True)
                continue
            button.setText(self.tr("Chat with it") if usable else self.tr("In library"))
            button.setEnabled(usable)
        self._mark_downloading()

    def _mark_downloading(self, changed: Download | None = None) -> None:
        """Rows of quantizations being downloaded show its progress (or offer to resume it)
        instead of "Download"; changed: the download that changed, if one did."""
        if self.page is None or (changed is not None and changed.repo_id != self.page.repo_id):
            return
        downloads = [d for d in self.manager.downloads() if d.repo_id == self.page.repo_id
                     and d.status not in (DONE, CANCELLED)]
        offline = self.hub_config().offline  # nothing can be downloaded until it is off
        for entry in self.page.models:
            item = self.quant_item(entry.key)
            button = self.quant_tree.itemWidget(item, 5) if item is not None else None
            if not isinstance(button, QPushButton) or item.data(5, Qt.ItemDataRole.UserRole):
                continue  # in the library
            paths = {f.path for f in entry.files}
            parts = [d for d in downloads if d.path in paths]
            if not parts:
                damaged = self.damaged.get(entry.key)
                if button.text() != self.tr("In library"):
                    button.setText(self.tr("Download"))
                    button.setEnabled(not offline and damaged is None)
                button.setToolTip(error_text(damaged) if damaged is not None else self.tr(
                    "Offline mode is on: turn it off to download.") if offline else "")
                continue
            statuses = {d.status for d in parts}
            done = sum(d.done_bytes for d in parts)
            size = sum(d.size for d in parts) or 1
            if statuses & {QUEUED, RUNNING, VERIFYING} or statuses == {VERIFIED}:
                button.setText(self.tr("↓ {percent} %").format(percent=int(100 * done / size)))
                button.setToolTip(self.tr("Downloading: see Downloads below"))
                button.setEnabled(False)
            elif FAILED in statuses:  # as its row below says; it goes on from what was kept
                button.setText(self.tr("Retry"))
                button.setToolTip(self.tr("The download failed: see Downloads below"))
                button.setEnabled(True)
            else:
                button.setText(self.tr("Resume"))
                button.setToolTip(self.tr("Downloading: see Downloads below"))
                button.setEnabled(True)
