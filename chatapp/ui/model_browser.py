"""The model browser: search the Hub, read a model's page, pick a quantization that fits,
download it (pause, resume, cancel, retry), and manage the models on this computer."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chatapp.context import AppContext
from chatapp.fit import (
    FITS,
    TIGHT,
    TOO_BIG,
    Estimate,
    Machine,
    detect_machine,
    estimate,
    largest_context,
)
from chatapp.hub.client import HubClient, ModelPage, SearchHit
from chatapp.hub.config import HubConfig, forget_app_offline, read_saved_token, save_token
from chatapp.hub.download import (
    CANCELLED,
    DONE,
    FAILED,
    PAUSED,
    QUEUED,
    RUNNING,
    VERIFIED,
    VERIFYING,
    Download,
    DownloadManager,
)
from chatapp.hub.files import QuantEntry
from chatapp.library import LocalModel
from chatapp.ui.card_claims import ClaimsView
from chatapp.ui.errors import error_text
from chatapp.ui.hub_bridge import Call, DownloadBridge
from chatapp.ui.markdown_view import MarkdownView
from chatapp.ui.model_notes import BaseModelNote, base_model_tag, base_model_text
from chatapp.ui.open_url import open_url
from chatapp.ui.sizing import fit_to_screen
from chatapp.ui.theme import status_color

log = logging.getLogger(__name__)

BADGE_KINDS = {FITS: "good", TIGHT: "warn", TOO_BIG: "bad"}
SIZE_FILTERS = (("", ""), ("", "3B"), ("3B", "8B"), ("8B", "20B"), ("20B", ""))


def fmt_bytes(size: float | None) -> str:
    """Bytes as MB or GB (decimal, as the Hub shows sizes)."""
    if size is None:
        return "?"
    if size >= 1e9:
        return f"{size / 1e9:.1f} GB"
    if size >= 1e6:
        return f"{size / 1e6:.0f} MB"
    return f"{size / 1e3:.0f} KB"


def fmt_count(n: int) -> str:
    """A count as 1.2K, 3.4M, 7.0B."""
    for unit, scale in (("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f}{unit}"
    return str(n)


def fmt_duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


def verdict_text(verdict: str) -> str:
    """The badge text, translated."""
    return {
        FITS: QCoreApplication.translate("fit", "fits"),
        TIGHT: QCoreApplication.translate("fit", "tight"),
        TOO_BIG: QCoreApplication.translate("fit", "too big"),
    }[verdict]


class Badge(QLabel):
    """A coloured "fits" / "tight" / "too big" label with the memory breakdown as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = ""
        self.largest: int | None = None
        self._color = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText("…")

    def set_estimate(self, result: Estimate, machine: Machine,
                     largest: int | None = None) -> None:
        """Show a verdict with its breakdown; largest: the largest context that fits, offered
        when the one asked for does not."""
        self.verdict = result.verdict
        self.largest = largest if result.verdict != FITS else None
        self.setText(verdict_text(result.verdict))
        self._paint()
        where = {
            "gpu": self.tr("free GPU memory"),
            "gpu+cpu": self.tr("free GPU memory and RAM"),
            "cpu": self.tr("free RAM"),
        }[result.device]
        tip = self.tr(
            "Weights {weights} + context {kv} ({ctx} tokens) + work buffers {work} + fixed "
            "cost {fixed} = {total}\n{free} {where}").format(
            weights=fmt_bytes(result.weights), kv=fmt_bytes(result.kv_cache), ctx=result.n_ctx,
            work=fmt_bytes(result.compute), fixed=fmt_bytes(result.overhead),
            total=fmt_bytes(result.total), free=fmt_bytes(result.budget), where=where)
        if self.largest:
            tip += "\n" + self.tr("Fits with a context of {n} tokens.").format(n=self.largest)
        self.setToolTip(tip)

    def set_problem(self, text: str) -> None:
        self.verdict = ""
        self.largest: int | None = None
        self._color = ""
        self.setText("?")
        self.setStyleSheet("")
        self.setToolTip(text)

    def _paint(self) -> None:
        """The verdict's colour for the theme in use."""
        color = status_color(BADGE_KINDS[self.verdict])
        if color == self._color:
            return
        self._color = color
        self.setStyleSheet(f"QLabel {{ background: {color}; color: white; border-radius: 8px;"
                           " padding: 1px 8px; font-weight: 600; }")

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.verdict:
            self._paint()


class DownloadRow(QFrame):
    """One download: name, progress, speed and ETA, and its buttons."""

    def __init__(self, browser: ModelBrowser, download: Download) -> None:
        super().__init__(browser)
        self.setObjectName("downloadRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.browser = browser
        self.download_id = download.id
        self.name = QLabel(f"{download.repo_id} · {download.file_name}", self)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.use_button = QPushButton(self.tr("Chat with it"), self)
        self.remove_button = QPushButton(self.tr("Clear"), self)
        manager = browser.manager
        self.pause_button.clicked.connect(lambda: manager.pause(self.download_id))
        self.resume_button.clicked.connect(lambda: manager.resume(self.download_id))
        self.cancel_button.clicked.connect(lambda: manager.cancel(self.download_id))
        self.use_button.clicked.connect(lambda: browser.use_download(self.download_id))
        self.remove_button.clicked.connect(lambda: browser.clear_download(self.download_id))
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        for button in (self.pause_button, self.resume_button, self.cancel_button,
                       self.use_button, self.remove_button):
            top.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        self.refresh(download)

    def refresh(self, d: Download) -> None:
        fraction = d.done_bytes / d.size if d.size else 0.0
        self.progress.setValue(int(fraction * 1000))
        sizes = self.tr("{done} of {total}").format(done=fmt_bytes(d.done_bytes),
                                                     total=fmt_bytes(d.size))
        if d.status == RUNNING:
            text = sizes
            if d.speed > 0:
                text += " · " + self.tr("{speed}/s").format(speed=fmt_bytes(d.speed))
            if d.eta_s is not None:
                text += " · " + self.tr("{time} left").format(time=fmt_duration(d.eta_s))
        elif d.status == QUEUED:
            text = self.tr("Waiting…") + " · " + sizes
        elif d.status == VERIFYING:
            text = self.tr("Checking the sha256 checksum…")
        elif d.status == VERIFIED:
            text = self.tr("Verified · waits for the other parts of this model")
        elif d.status == PAUSED:
            text = self.tr("Paused") + " · " + sizes
        elif d.status == DONE:
            text = self.tr("Downloaded and verified · {size}").format(size=fmt_bytes(d.size))
        elif d.status == CANCELLED:
            text = self.tr("Cancelled")
        else:
            error = d.user_error()
            text = self.tr("Failed: {reason}").format(
                reason=error_text(error) if error is not None else d.error)
        self.status.setText(text)
        self.status.setProperty("failed", d.status == FAILED)
        self.pause_button.setVisible(d.status in (QUEUED, RUNNING))
        self.resume_button.setVisible(d.status in (PAUSED, FAILED))
        self.resume_button.setText(self.tr("Retry") if d.status == FAILED else self.tr("Resume"))
        self.cancel_button.setVisible(d.status in (QUEUED, RUNNING, PAUSED, FAILED, VERIFIED))
        self.use_button.setVisible(d.status == DONE)
        self.remove_button.setVisible(d.status in (DONE, CANCELLED))


class _ShapeSignals(QObject):
    """Per-file results of the header reads for one model page."""

    ready = Signal(str, object)
    failed = Signal(str, object)


class ModelBrowser(QMainWindow):
    """Find, check, download and manage models.

    Signals:
        modelsChanged(): the library changed (a download finished, a model was added or
            deleted); the main window reloads its model picker.
        useModelRequested(str): the user wants to chat with this model (its key).

    Attributes:
        page: the model page shown, if any.
        machine: this machine's memory, for the fit badges.
    """

    modelsChanged = Signal()
    useModelRequested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Models"))
        fit_to_screen(self, 1180, 740)
        self.page: ModelPage | None = None
        self.machine: Machine | None = None
        self.shapes: dict[str, object] = {}
        self.hits: list[SearchHit] = []
        self._search_seq = 0
        self._page_seq = 0
        self.manager = DownloadManager(ctx.paths, self.hub_config,
                                       max_parallel=max(ctx.settings.downloads_parallel, 1))
        self.bridge = DownloadBridge(self.manager, self)
        self.bridge.downloadChanged.connect(self._download_changed)
        self.bridge.downloadFinished.connect(self._download_finished)
        self.rows: dict[str, DownloadRow] = {}

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_hub_tab(), self.tr("Hugging Face Hub"))
        self.tabs.addTab(self._build_library_tab(), self.tr("On this computer"))
        downloads = self._build_downloads()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(downloads)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([600, 200])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.statusBar().showMessage("")

        for d in self.manager.downloads():
            if d.status != CANCELLED:
                self._add_row(d)
        self._update_downloads_title()
        self.manager.start()
        self._update_offline()
        self._detect_machine()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # configuration

    def hub_config(self) -> HubConfig:
        """The Hub configuration now (offline switch, token, endpoint)."""
        return HubConfig.load(self.ctx.paths, self.ctx.settings.offline)

    def client(self) -> HubClient:
        return HubClient(self.hub_config(), self.ctx.paths.cache / "hub-headers",
                         self.ctx.paths.card_claims)

    def _detect_machine(self) -> None:
        call = Call(detect_machine, self)
        call.done.connect(self._machine_ready)
        call.start()

    def _machine_ready(self, machine: Machine) -> None:
        self.machine = machine
        ram = self.tr("RAM: {free} free of {total}").format(
            free=fmt_bytes(machine.ram_available), total=fmt_bytes(machine.ram_total))
        if machine.gpu:
            ram += " · " + self.tr("GPU: {free} free of {total}").format(
                free=fmt_bytes(machine.vram_free), total=fmt_bytes(machine.vram_total))
        self.machine_label.setText(ram)
        self._update_badges()

    # the Hub tab

    def _build_hub_tab(self) -> QWidget:
        tab = QWidget(self)
        self.search_edit = QLineEdit(tab)
        self.search_edit.setPlaceholderText(self.tr("Search GGUF models, e.g. qwen, gemma, llama"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
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
        self.search_button = QPushButton(self.tr("Search"), tab)
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.sort_box.currentIndexChanged.connect(lambda _i: self.search())
        self.size_box.currentIndexChanged.connect(lambda _i: self.search())
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.sort_box)
        row.addWidget(self.size_box)
        row.addWidget(self.search_button)

        self.offline_banner = QLabel(tab)
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setText(self.tr(
            "Offline mode is on: nothing is sent to the Hub. Turn it off in Models → Work "
            "offline to search and download."))

        self.results = QListWidget(tab)
        self.results.setObjectName("searchResults")
        self.results.setMinimumWidth(300)
        self.results.currentRowChanged.connect(self._result_chosen)
        self.results_label = QLabel(tab)
        self.results_label.setObjectName("resultsLabel")
        left = QWidget(tab)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.results_label)
        left_column.addWidget(self.results, 1)

        self.page_widget = self._build_page(tab)
        split = QSplitter(tab)
        split.addWidget(left)
        split.addWidget(self.page_widget)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 850])
        split.setChildrenCollapsible(False)

        column = QVBoxLayout(tab)
        column.addLayout(row)
        column.addWidget(self.offline_banner)
        column.addWidget(split, 1)
        self.results_label.setText(self.tr("Type a name and press Enter to search the Hub."))
        return tab

    def _build_page(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        self.title_label = QLabel(page)
        self.title_label.setObjectName("modelTitle")
        self.title_label.setStyleSheet("QLabel { font-size: 14pt; font-weight: 600; }")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = QLabel(page)
        self.meta_label.setWordWrap(True)
        self.gated_label = QLabel(page)
        self.gated_label.setWordWrap(True)
        self.gated_label.setOpenExternalLinks(False)
        self.gated_label.setObjectName("noteBanner")
        self.gated_label.linkActivated.connect(lambda url: open_url(self, QUrl(url)))
        self.gated_label.hide()
        self.context_spin = QSpinBox(page)
        self.context_spin.setRange(512, 1_048_576)
        self.context_spin.setSingleStep(1024)
        self.context_spin.setValue(self.ctx.settings.context_length)
        self.context_spin.setSuffix(self.tr(" tokens"))
        self.context_spin.valueChanged.connect(lambda _v: self._update_badges())
        self.machine_label = QLabel(self.tr("Measuring this computer's memory…"), page)
        self.machine_label.setObjectName("machineLabel")
        ctx_row = QHBoxLayout()
        ctx_label = QLabel(self.tr("Context for the memory estimate:"), page)
        ctx_label.setBuddy(self.context_spin)
        ctx_row.addWidget(ctx_label)
        ctx_row.addWidget(self.context_spin)
        ctx_row.addStretch(1)
        ctx_row.addWidget(self.machine_label)

        self.quant_tree = QTreeWidget(page)
        self.quant_tree.setObjectName("quantList")
        self.quant_tree.setRootIsDecorated(False)
        self.quant_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        card_scroll = QScrollArea(page)
        card_scroll.setWidgetResizable(True)
        card_scroll.setWidget(self.card_view)
        card_scroll.setFrameShape(QFrame.Shape.StyledPanel)

        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addWidget(self.meta_label)
        column.addWidget(self.gated_label)
        column.addLayout(ctx_row)
        column.addWidget(self.quant_tree, 2)
        column.addWidget(self.claims_view)
        column.addWidget(card_scroll, 3)
        self._show_page(None)
        return page

    def search(self) -> None:
        """Search the Hub with the query, sort and size filter."""
        if self.ctx.settings.offline:
            self._update_offline()
            return
        self._search_seq += 1
        seq = self._search_seq
        query = self.search_edit.text().strip()
        sort = self.sort_box.currentData()
        low, high = self.size_box.currentData()
        self.results_label.setText(self.tr("Searching…"))
        client = self.client()
        call = Call(lambda: client.search(query, sort=sort, min_params=low, max_params=high),
                    self)
        call.done.connect(lambda hits: self._show_hits(seq, hits))
        call.failed.connect(lambda exc: self._search_failed(seq, exc))
        call.start()

    def _show_hits(self, seq: int, hits: list[SearchHit]) -> None:
        if seq != self._search_seq:
            return
        self.hits = hits
        self.results.blockSignals(True)
        self.results.clear()
        for hit in hits:
            details = [fmt_count(hit.parameters) + self.tr(" params") if hit.parameters else "",
                       hit.architecture,
                       "↓ " + fmt_count(hit.downloads), "♥ " + fmt_count(hit.likes)]
            if hit.gated:
                details.append(self.tr("gated"))
            item = QListWidgetItem(f"{hit.repo_id}\n{' · '.join(d for d in details if d)}")
            item.setData(Qt.ItemDataRole.UserRole, hit.repo_id)
            item.setToolTip(hit.repo_id)
            self.results.addItem(item)
        self.results.blockSignals(False)
        self.results_label.setText(self.tr("Models found: {count}").format(count=len(hits))
                                   if hits else self.tr("No GGUF models found."))

    def _search_failed(self, seq: int, exc: Exception) -> None:
        if seq == self._search_seq:
            self.results_label.setText(error_text(exc))
            self.results_label.setWordWrap(True)

    def _result_chosen(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.open_model(self.hits[row].repo_id)

    def open_model(self, repo_id: str) -> None:
        """Load and show a model's page."""
        self._page_seq += 1
        seq = self._page_seq
        self.title_label.setText(repo_id)
        self.meta_label.setText(self.tr("Loading…"))
        self.quant_tree.clear()
        self.card_view.set_content("", markdown=False)
        self.gated_label.hide()
        client = self.client()
        call = Call(lambda: client.model(repo_id), self)
        call.done.connect(lambda page: self._page_loaded(seq, page))
        call.failed.connect(lambda exc: self._page_failed(seq, exc))
        call.start()

    def _page_failed(self, seq: int, exc: Exception) -> None:
        if seq == self._page_seq:
            self.meta_label.setText(error_text(exc))

    def _page_loaded(self, seq: int, page: ModelPage) -> None:
        if seq != self._page_seq:
            return
        self._show_page(page)
        client = self.client()
        entries = list(page.models)

        signals = _ShapeSignals(self)
        signals.ready.connect(lambda key, shape: self._shape_ready(seq, (key, shape)))
        signals.failed.connect(lambda key, exc: self._shape_failed(seq, (key, exc)))

        def fetch_all() -> None:
            for entry in entries:
                if seq != self._page_seq:
                    return  # another page is shown now
                try:
                    shape = client.header_shape(page.repo_id, entry, page.commit)
                except Exception as exc:  # noqa: BLE001 - shown on the badge
                    signals.failed.emit(entry.key, exc)
                    continue
                signals.ready.emit(entry.key, shape)

        self._shape_signals = signals
        Call(fetch_all, self).start()

    def _show_page(self, page: ModelPage | None) -> None:
        self.page = page
        self.shapes = {}
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
            parts.append(self.tr("{count} parameters").format(count=fmt_count(page.parameters)))
        if page.architecture:
            parts.append(page.architecture)
        parts.append(self.tr("{count} downloads").format(count=fmt_count(page.downloads)))
        parts.append(self.tr("{count} likes").format(count=fmt_count(page.likes)))
        if page.last_modified is not None:
            parts.append(self.tr("updated {date}").format(
                date=page.last_modified.strftime("%Y-%m-%d")))
        self.meta_label.setText(" · ".join(parts))
        if page.gated:
            url = f"{self.hub_config().endpoint}/{page.repo_id}"
            self.gated_label.setText(self.tr(
                "This model is gated: accept its license on <a href=\"{url}\">its Hub page</a> "
                "with your account, then add an access token (Models → Hugging Face token…)."
            ).format(url=url))
            self.gated_label.show()
        for entry in page.models:
            self._add_quant_row(entry)
        self._mark_installed()
        if not page.models:
            item = QTreeWidgetItem([self.tr("This repository has no GGUF model files.")])
            self.quant_tree.addTopLevelItem(item)
        self.claims_view.show_claims(page.repo_id, page.claims, page.base_claims)
        self.card_view.set_content(page.card or self.tr("(This model has no description.)"))

    def _add_quant_row(self, entry: QuantEntry) -> None:
        name = entry.name
        if entry.split:
            name += " " + self.tr("({count} parts)").format(count=len(entry.files))
        item = QTreeWidgetItem([entry.quant or "—", name, fmt_bytes(entry.size), "…", "", ""])
        item.setData(0, Qt.ItemDataRole.UserRole, entry.key)
        item.setToolTip(1, "\n".join(f.path for f in entry.files))
        self.quant_tree.addTopLevelItem(item)
        badge = Badge(self.quant_tree)
        self.quant_tree.setItemWidget(item, 4, badge)
        button = QPushButton(self.tr("Download"), self.quant_tree)
        button.setObjectName("downloadButton")
        button.clicked.connect(lambda _=False, key=entry.key: self._quant_action(key))
        self.quant_tree.setItemWidget(item, 5, button)

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
            first = entry.files[0]
            model = self.ctx.library.installed(self.page.repo_id, first.name, first.sha256)
            name = entry.name
            if entry.split:
                name += " " + self.tr("({count} parts)").format(count=len(entry.files))
            usable = model is not None and model.is_chat and not model.problem
            item.setData(5, Qt.ItemDataRole.UserRole, model.key if usable else None)
            if model is None:
                item.setText(1, name)
                button.setText(self.tr("Download"))
                button.setEnabled(True)
                continue
            item.setText(1, f"{name} · {self.tr('In library')}")
            button.setText(self.tr("Chat with it") if usable else self.tr("In library"))
            button.setEnabled(usable)

    def quant_item(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.quant_tree.topLevelItemCount()):
            item = self.quant_tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == key:
                return item
        return None

    def badge(self, key: str) -> Badge | None:
        item = self.quant_item(key)
        widget = self.quant_tree.itemWidget(item, 4) if item is not None else None
        return widget if isinstance(widget, Badge) else None

    def _shape_ready(self, seq: int, item: tuple) -> None:
        if seq != self._page_seq:
            return
        key, shape = item
        self.shapes[key] = shape
        self._update_badges()

    def _shape_failed(self, seq: int, item: tuple) -> None:
        if seq != self._page_seq:
            return
        key, exc = item
        badge = self.badge(key)
        if badge is not None:
            badge.set_problem(error_text(exc))

    def _update_badges(self) -> None:
        if self.machine is None:
            return
        n_ctx = self.context_spin.value()
        for key, shape in self.shapes.items():
            item = self.quant_item(key)
            badge = self.badge(key)
            if item is None or badge is None:
                continue
            result = estimate(shape, n_ctx, self.machine)
            item.setText(3, fmt_bytes(result.total))
            largest = None if result.verdict == FITS else largest_context(
                shape, self.machine, high=n_ctx)
            badge.set_estimate(result, self.machine, largest)

    # downloads

    def _build_downloads(self) -> QWidget:
        box = QWidget(self)
        self.downloads_title = QLabel(box)
        self.downloads_title.setStyleSheet("QLabel { font-weight: 600; }")
        self.rows_widget = QWidget(box)
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(4)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_widget)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 4, 8, 4)
        column.addWidget(self.downloads_title)
        column.addWidget(scroll, 1)
        return box

    def _update_downloads_title(self) -> None:
        active = sum(1 for d in self.manager.downloads() if d.status in (QUEUED, RUNNING))
        if not self.rows:
            self.downloads_title.setText(self.tr("Downloads: none yet. Files are checked "
                                                 "against the Hub's sha256 before use."))
        elif active:
            self.downloads_title.setText(self.tr("Downloads ({count} active)").format(
                count=active))
        else:
            self.downloads_title.setText(self.tr("Downloads"))

    def download(self, key: str) -> None:
        """Queue the files of a model entry of the page shown."""
        if self.page is None:
            return
        entry = next((e for e in self.page.models if e.key == key), None)
        if entry is None:
            return
        shape = self.shapes.get(key)
        if shape is not None and self.machine is not None:
            result = estimate(shape, self.context_spin.value(), self.machine)
            largest = None if result.verdict != TOO_BIG else largest_context(
                shape, self.machine, high=self.context_spin.value())
            if not self.confirm_fit(entry.name, result, largest=largest):
                return
        self.queue(self.page.repo_id, entry, self.page.commit)

    def confirm_fit(self, name: str, result: Estimate, parent: QWidget | None = None,
                    largest: int | None = None) -> bool:
        """True when a model fits, or the user wants it although it is too big (largest: the
        largest context that fits, named in the question)."""
        if result.verdict != TOO_BIG:
            return True
        if largest:
            return self._confirm(self.tr(
                "{name} needs about {need} of memory at a context of {ctx} tokens but this "
                "computer has {free} free. It fits with a context of {fits} tokens (set it in "
                "Model settings after the download). Download it?").format(
                name=name, need=fmt_bytes(result.total), ctx=result.n_ctx,
                free=fmt_bytes(result.budget), fits=largest), parent)
        return self._confirm(self.tr(
            "{name} needs about {need} of memory but this computer has {free} free. "
            "It will probably not run here. Download it anyway?").format(
            name=name, need=fmt_bytes(result.total), free=fmt_bytes(result.budget)), parent)

    def queue(self, repo_id: str, entry: QuantEntry, commit: str) -> list[Download]:
        """Download a model entry's files (shown in the Downloads list); [] after an error,
        which is shown."""
        try:
            jobs = self.manager.add(repo_id, entry.files, commit, group=entry.key)
        except Exception as exc:  # noqa: BLE001 - a refused file name or a disk error
            self.show_error(exc)
            return []
        for job in jobs:
            self._add_row(job)
        self._update_downloads_title()
        return jobs

    def _add_row(self, d: Download) -> DownloadRow:
        row = self.rows.get(d.id)
        if row is None:
            row = DownloadRow(self, d)
            self.rows[d.id] = row
            self.rows_layout.insertWidget(0, row)
        row.refresh(d)
        return row

    def _download_changed(self, download_id: str) -> None:
        try:
            d = self.manager.get(download_id)
        except KeyError:
            return
        self._add_row(d)
        self._update_downloads_title()

    def _download_finished(self, download_id: str) -> None:
        d = self.manager.get(download_id)
        self.statusBar().showMessage(self.tr("{file} is downloaded, verified and ready.")
                                     .format(file=d.file_name), 10000)
        self.refresh_library()
        self.modelsChanged.emit()

    def clear_download(self, download_id: str) -> None:
        row = self.rows.pop(download_id, None)
        if row is not None:
            row.setParent(None)
            row.deleteLater()
        self.manager.remove(download_id)
        self._update_downloads_title()

    def use_download(self, download_id: str) -> None:
        """Pick a downloaded model for the next chat message."""
        d = self.manager.get(download_id)
        model = next((m for m in self.ctx.library.models() if d.target in m.all_paths), None)
        if model is not None:
            self.useModelRequested.emit(model.key)

    # the library tab

    def _build_library_tab(self) -> QWidget:
        tab = QWidget(self)
        self.library_tree = QTreeWidget(tab)
        self.library_tree.setObjectName("libraryList")
        self.library_tree.setRootIsDecorated(False)
        self.library_tree.setSortingEnabled(True)
        self.library_tree.setHeaderLabels([
            self.tr("Model"), self.tr("Architecture"), self.tr("Parameters"),
            self.tr("Quantization"), self.tr("Context"), self.tr("Template"), self.tr("Size"),
            self.tr("From"), self.tr("Last used")])
        self.library_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.library_tree.itemSelectionChanged.connect(self._library_selection)
        self.library_tree.itemDoubleClicked.connect(lambda *_: self.use_selected())
        self.add_button = QPushButton(self.tr("Add from disk"), tab)
        add_menu = QMenu(self.add_button)
        add_menu.addAction(self.tr("A GGUF file…"), self.add_file)
        add_menu.addAction(self.tr("A folder…"), self.add_folder)
        self.store_actions = add_menu.addSection(self.tr("Other apps"))
        from chatapp.library_sources import known_stores

        self.stores = known_stores()
        names = {"hf-cache": self.tr("Hugging Face cache"), "lmstudio": self.tr("LM Studio"),
                 "ollama": self.tr("Ollama")}
        for kind, path in self.stores:
            add_menu.addAction(f"{names[kind]} ({path})",
                               lambda p=path, k=kind: self.link_path(p, k))
        if not self.stores:
            none = add_menu.addAction(self.tr("No other apps' models found"))
            none.setEnabled(False)
        self.add_button.setMenu(add_menu)
        self.use_button = QPushButton(self.tr("Chat with it"), tab)
        self.use_button.clicked.connect(self.use_selected)
        self.reveal_button = QPushButton(self.tr("Show in folder"), tab)
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.delete_button = QPushButton(self.tr("Delete…"), tab)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for button in (self.use_button, self.reveal_button, self.delete_button):
            buttons.addWidget(button)
        self.library_info = QLabel(tab)
        self.library_info.setWordWrap(True)
        self.library_base_note = BaseModelNote(tab)
        self.library_base_note.button.setText(self.tr("Search the Hub"))
        self.library_base_note.browseRequested.connect(self._find_chat_model)
        self.library_base_note.hide()
        column = QVBoxLayout(tab)
        column.addWidget(self.library_tree, 1)
        column.addWidget(self.library_base_note)
        column.addWidget(self.library_info)
        column.addLayout(buttons)
        self.refresh_library()
        return tab

    def refresh_library(self) -> None:
        """List the local models with their metadata, then the other GGUF files by kind."""
        from chatapp.library_kinds import LABELS

        self.local_models: list[LocalModel] = self.ctx.library.entries()
        sources = {
            "starter": self.tr("comes with the app"), "library": self.tr("models folder"),
            "downloaded": self.tr("downloaded"), "hf-cache": self.tr("Hugging Face cache"),
            "lmstudio": self.tr("LM Studio"), "ollama": self.tr("Ollama"),
            "folder": self.tr("linked folder"), "file": self.tr("linked file"),
        }
        self.library_tree.setSortingEnabled(False)
        self.library_tree.clear()
        for index, model in enumerate(self.local_models):
            source = sources.get(model.source, model.source)
            if model.repo_id and model.source not in ("starter",):
                source = f"{source} · {model.repo_id}"
            used = (time.strftime("%Y-%m-%d %H:%M", time.localtime(model.last_used))
                    if model.last_used else self.tr("never"))
            name = model.display_name
            if model.parts:
                name += " " + self.tr("({count} parts)").format(count=len(model.parts))
            item = QTreeWidgetItem([
                name, model.architecture or "?",
                fmt_count(model.parameters) if model.parameters else "?",
                model.quantization or "?",
                str(model.context_length) if model.context_length else "?",
                " · ".join(p for p in (self.tr("yes") if model.has_template else self.tr("no"),
                                       base_model_tag() if model.base_model else "") if p),
                fmt_bytes(model.size), source, used])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(0, model.path)
            if model.base_model:
                item.setToolTip(5, base_model_text())
            if model.problem:
                item.setText(1, self.tr("unreadable"))
                item.setToolTip(1, error_text(model.problem_error()))
            elif not model.is_chat:
                item.setText(1, QCoreApplication.translate("library", LABELS[model.kind]))
                item.setToolTip(1, model.architecture)
            self.library_tree.addTopLevelItem(item)
        self.library_tree.setSortingEnabled(True)
        for column in range(1, self.library_tree.columnCount()):
            self.library_tree.resizeColumnToContents(column)
        self._library_selection()
        self._mark_installed()

    def selected_model(self) -> LocalModel | None:
        items = self.library_tree.selectedItems()
        if not items:
            return None
        index = items[0].data(0, Qt.ItemDataRole.UserRole)
        return self.local_models[index] if 0 <= index < len(self.local_models) else None

    def _find_chat_model(self) -> None:
        """From a base model in the library to the Hub search."""
        self.tabs.setCurrentIndex(0)
        self.search_edit.setFocus()

    def _library_selection(self) -> None:
        model = self.selected_model()
        self.library_base_note.setVisible(model is not None and model.base_model)
        for button in (self.use_button, self.reveal_button, self.delete_button):
            button.setEnabled(model is not None)
        if model is not None:
            self.use_button.setEnabled(model.is_chat and not model.problem)
            self.delete_button.setEnabled(not model.starter)
            linked = model.source not in ("library", "downloaded", "starter")
            self.delete_button.setText(self.tr("Remove from list…") if linked
                                       else self.tr("Delete…"))
            self.library_info.setText(model.path)
        else:
            self.library_info.setText(self.tr("{count} models · folder: {path}").format(
                count=len(self.local_models), path=str(self.ctx.paths.models)))

    def use_selected(self) -> None:
        model = self.selected_model()
        if model is not None and model.is_chat and not model.problem:
            self.useModelRequested.emit(model.key)

    def reveal_selected(self) -> None:
        model = self.selected_model()
        if model is not None:
            open_url(self, QUrl.fromLocalFile(str(Path(model.path).parent)))

    def delete_selected(self) -> None:
        """Delete the selected library file, or forget a linked one, after confirming."""
        model = self.selected_model()
        if model is None or model.starter:
            return
        linked = model.source not in ("library", "downloaded")
        text = (self.tr("Remove {name} from the list? The file stays in {path}.")
                if linked else
                self.tr("Delete {name} ({size}) from this computer? This cannot be undone."))
        if not self._confirm(text.format(name=model.display_name, path=model.path,
                                         size=fmt_bytes(model.size))):
            return
        try:
            self.ctx.library.delete(model)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.show_error(exc)
            return
        self.refresh_library()
        self.modelsChanged.emit()

    def add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a GGUF model"), str(Path.home()),
                                              self.tr("GGUF models (*.gguf);;All files (*)"))
        if path:
            self.link_path(Path(path))

    def add_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add the models in a folder"),
                                                str(Path.home()))
        if path:
            self.link_path(Path(path))

    def link_path(self, path: Path, layout: str = "") -> int:
        """Add the models in a file, folder or other app's store, without copying."""
        from chatapp.library_sources import Links, scan

        try:
            result = scan(path, layout)
            found = Links(self.ctx.paths).add(result.models, self.ctx.paths.models)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.show_error(exc)
            return 0
        if result.skipped:
            self.show_skipped([error_text(s.reason) for s in result.skipped])
        if found:
            self.statusBar().showMessage(
                self.tr("Added {count} models from {path} (not copied).").format(
                    count=len(found), path=str(path)), 10000)
        else:
            self.statusBar().showMessage(self.tr("No new GGUF models in {path}.").format(
                path=str(path)), 10000)
        self.refresh_library()
        self.tabs.setCurrentIndex(1)
        self.modelsChanged.emit()
        return len(found)

    # offline, token, life cycle

    def set_offline(self, offline: bool) -> None:
        """Turn the offline switch on or off (blocks every Hub request when on)."""
        self.ctx.settings.offline = offline
        self.ctx.save_settings()
        if not offline:
            forget_app_offline()
        self.hub_config().apply()
        self._update_offline()

    def _update_offline(self) -> None:
        offline = self.hub_config().offline
        self.offline_banner.setVisible(offline)
        for widget in (self.search_edit, self.search_button, self.sort_box, self.size_box):
            widget.setEnabled(not offline)

    def edit_token(self) -> None:
        """Ask for a Hugging Face access token; stored in a file only this user can read."""
        text, ok = QInputDialog.getText(
            self, self.tr("Hugging Face token"),
            self.tr("Access token for gated and private models (starts with hf_). It is "
                    "kept in a file only you can read. Leave empty to remove it."),
            QLineEdit.EchoMode.Password, read_saved_token(self.ctx.paths))
        if ok:
            save_token(self.ctx.paths, text)
            self.statusBar().showMessage(self.tr("Token saved.") if text.strip()
                                         else self.tr("Token removed."), 5000)

    def _confirm(self, text: str, parent: QWidget | None = None) -> bool:
        answer = QMessageBox.question(parent or self, self.tr("Models"), text)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Models"), error_text(error))

    def show_skipped(self, reasons: list[str]) -> None:
        """Say what was left out when adding models, one line per entry."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Models"),
                          self.tr("Not added ({count}):").format(count=len(reasons)),
                          QMessageBox.StandardButton.Ok, self)
        shown = reasons[:10]
        if len(reasons) > len(shown):
            shown.append(self.tr("… and {count} more (see Show Details)").format(
                count=len(reasons) - len(shown)))
        box.setInformativeText("\n".join(shown))
        box.setDetailedText("\n".join(reasons))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.skipped_box = box
        box.open()

    def shutdown(self) -> None:
        """Pause running downloads (they resume on the next start)."""
        self.manager.close()


def open_models_folder(window) -> bool:
    """Show the models folder in the file manager (or its path, when there is none)."""
    window.ctx.paths.models.mkdir(parents=True, exist_ok=True)
    return open_url(window, QUrl.fromLocalFile(str(window.ctx.paths.models)))


def model_browser_for(window) -> ModelBrowser:
    """The main window's model browser (made on first use, not shown)."""
    existing = getattr(window, "model_browser", None)
    if existing is None:
        existing = ModelBrowser(window.ctx, window)
        existing.setWindowFlag(Qt.WindowType.Window, True)
        existing.modelsChanged.connect(window.reload_models)
        existing.useModelRequested.connect(lambda key: use_model(window, key))
        window.model_browser = existing
    return existing


def show_model_browser(window, tab: int = 0) -> ModelBrowser:
    """Show the main window's model browser on a tab (0: the Hub, 1: this computer)."""
    browser = model_browser_for(window)
    browser.tabs.setCurrentIndex(tab)
    browser.show()
    browser.raise_()
    browser.activateWindow()
    return browser


def install_models_menu(window) -> QMenu:
    """Add the Models menu to the main window: browse, add from disk, folder, offline, token."""
    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("ModelsMenu", "&Models"))

    def browser() -> ModelBrowser:
        return model_browser_for(window)

    def show(tab: int = 0) -> ModelBrowser:
        return show_model_browser(window, tab)

    browse = menu.addAction(translate("ModelsMenu", "&Browse models…"), lambda: show(0))
    browse.setShortcut(QKeySequence("Ctrl+Shift+M"))
    menu.addAction(translate("ModelsMenu", "&Add models from disk…"),
                   lambda: show(1).add_button.showMenu())
    menu.addAction(translate("ModelsMenu", "Open models &folder"),
                   lambda: open_models_folder(window))
    menu.addSeparator()
    offline = menu.addAction(translate("ModelsMenu", "Work &offline"))
    offline.setCheckable(True)
    offline.setChecked(window.ctx.settings.offline)
    offline.toggled.connect(lambda on: browser().set_offline(on))
    menu.addAction(translate("ModelsMenu", "Hugging Face &token…"),
                   lambda: browser().edit_token())
    window.models_menu = menu
    return menu


def use_model(window, key: str) -> None:
    """Pick the model with key for the main window's next answer."""
    window.ctx.settings.default_model = key
    window.ctx.save_settings()
    window.reload_models()
    window.select_model(key)
    window.raise_()
    window.activateWindow()
