"""The model browser: search the Hub, read a model's page, pick a quantization that fits,
download it (pause, resume, cancel, retry), and manage the models on this computer."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from chatapp.context import AppContext
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.fit import Machine, detect_machine
from chatapp.hub.client import HubClient, ModelPage, SearchHit
from chatapp.hub.config import (
    OFFLINE,
    HubConfig,
    env_offline,
    forget_app_offline,
    read_saved_token,
    save_token,
)
from chatapp.hub.download import CANCELLED, FAILED, DownloadManager
from chatapp.hub.download_record import ACTIVE
from chatapp.machine import MachineCosts, machine_costs
from chatapp.remote.client import offline_now
from chatapp.ui.background import Background
from chatapp.ui.browser_downloads import (
    DOWNLOADS_HEIGHT,
    DownloadRow,
    DownloadsPanel,
    row_key,
)
from chatapp.ui.browser_hub import SEARCH_LIMIT, HubTab
from chatapp.ui.browser_library import LibraryTab
from chatapp.ui.conversation_settings import ok_cancel_column
from chatapp.ui.errors import error_text, message_box
from chatapp.ui.interrupted_notice import show_interrupted
from chatapp.ui.label import Label, StatusBar
from chatapp.ui.layouts import bring_to_front, exec_once
from chatapp.ui.model_settings import edit_model_settings
from chatapp.ui.open_url import open_url
from chatapp.ui.sizing import fit_to_screen
from chatapp.ui.units import counted, data_size

log = logging.getLogger(__name__)
TOKEN_DIALOG_WIDTH = 480  # pixels: the token dialog's text wraps to this width
MEMORY_EVERY_MS = 3000  # the memory line is measured again this often while the window shows


class ModelBrowser(HubTab, LibraryTab, DownloadsPanel, QMainWindow):
    """Find, check, download and manage models.

    Signals:
        downloadChanged(str): a download's progress or status changed (its id; emitted from
            the download threads, delivered on the GUI thread).
        downloadFinished(str): a download's verified file is in the library (its id).
        modelsChanged(): the library changed (a download finished, a model was added or
            deleted); the main window reloads its model picker.
        useModelRequested(str): the user wants to chat with this model (its key).
        modelSettingsRequested(object): the user wants this LocalModel's settings.

    Attributes:
        page: the model page shown, if any.
        machine: this machine's memory, for the fit badges.
    """

    downloadChanged = Signal(str)
    downloadFinished = Signal(str)
    modelsChanged = Signal()
    useModelRequested = Signal(str)
    modelSettingsRequested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Models"))
        fit_to_screen(self, 1180, 740)
        self.page: ModelPage | None = None
        self.machine: Machine | None = None
        self._costs: MachineCosts | None = None  # the fixed costs the estimates counted
        self.shapes: dict[str, object] = {}
        self._shapes: dict[tuple, object] = {}  # local files' shapes by (path, size, mtime)
        self.damaged: dict[str, Exception] = {}  # entries whose header shows them unusable
        self.hits: list[SearchHit] = []
        self._search_seq = 0
        self.search_limit = SEARCH_LIMIT  # models the last search asked for
        self._page_seq = 0
        self._page_error = False  # the model page shown could not be loaded
        self._measuring = False  # a measure of the memory is under way
        self.memory_timer = QTimer(self, interval=MEMORY_EVERY_MS, timeout=self._detect_machine)
        self.manager = DownloadManager(ctx.paths, self.hub_config,
                                       max_parallel=max(ctx.settings.downloads_parallel, 1))
        self.manager.subscribe(lambda d: self.downloadChanged.emit(d.id),
                               lambda d: self.downloadFinished.emit(d.id))
        self.downloadChanged.connect(self._download_changed)
        self.downloadFinished.connect(self._download_finished)
        self.rows: dict[str, DownloadRow] = {}

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_hub_tab(), self.tr("Hugging Face Hub"))
        self.tabs.addTab(self._build_library_tab(), self.tr("On this computer"))
        downloads = self._build_downloads()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(downloads)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([480, DOWNLOADS_HEIGHT])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.setStatusBar(StatusBar(self))  # a long message ends in "…", whole on hover
        for keys in (QKeySequence("Ctrl+W"), QKeySequence("Esc")):
            QShortcut(keys, self, self.close)  # downloads go on in the background

        self._paused_offline: list[str] = []  # by the offline switch, resumed by it
        for d in self.manager.downloads():
            if d.status != CANCELLED:
                self._add_row(d)
        self._update_downloads_title()
        self.manager.start()
        self._resume_offline_failed()
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
        if self._measuring:
            return
        self._measuring = True
        Background(detect_machine, self, done=self._machine_ready,
                   failed=self._machine_failed).start()

    def _machine_failed(self, _error: Exception) -> None:
        self._measuring = False  # (logged by Background; the next tick measures again)

    def _machine_ready(self, machine: Machine) -> None:
        self._measuring = False
        ram = self.tr("RAM: {free} free of {total}").format(
            free=data_size(machine.ram_available), total=data_size(machine.ram_total))
        if machine.gpu:
            ram += " · " + self.tr("GPU: {free} free of {total}").format(
                free=data_size(machine.vram_free), total=data_size(machine.vram_total))
        costs = machine_costs()  # (a dry run measures a worker's fixed cost once)
        if self.machine is not None and ram == self.machine_label.text() \
                and costs == self._costs:
            return  # nothing shown changed: the badges and estimates stand
        self.machine, self._costs = machine, costs
        self.machine_label.setText(ram)
        self._update_badges()
        self._estimate_library()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Shown (again): the memory line is measured now, then every MEMORY_EVERY_MS while
        the window shows (a model loaded or let go, other programs, change it)."""
        super().showEvent(event)
        if self.machine is not None:  # (the first measure is under way from the start)
            self._detect_machine()
        self.memory_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """Hidden or minimized: the memory is not measured meanwhile."""
        super().hideEvent(event)
        self.memory_timer.stop()

    # offline, token, life cycle

    def set_offline(self, offline: bool) -> None:
        """Turn the offline switch on or off (blocks every Hub request when on): downloads
        under way pause, and go on when it is turned off again."""
        if offline:  # paused before the Hub is blocked: a request that goes out between
            self._paused_offline = self.active_ids()  # the two is a pause, not a failure
            for download_id in self._paused_offline:
                self.manager.pause(download_id)
        self.ctx.settings.offline = offline
        self.ctx.save_settings()
        if offline:  # no connection stays open to a server on another machine
            self.ctx.catalogue.close_off_loopback()
        else:
            forget_app_offline()
        self.hub_config().apply()
        self._update_offline()
        said = self.tr("Downloads paused: offline mode is on. They go on when it is turned "
                       "off.")
        if offline:
            if self._paused_offline:
                self.statusBar().showMessage(said, 15000)
        else:
            if self.statusBar().currentMessage() == said:
                self.statusBar().clearMessage()
            for download_id in self._paused_offline:
                self.manager.resume(download_id)
            self._paused_offline = []
            self._resume_offline_failed()

    def _resume_offline_failed(self) -> None:
        """With offline mode off, the downloads that failed only because it was on (asked
        for, or retried, while it was) go on: nothing else kept them from the Hub."""
        if self.hub_config().offline:
            return
        for d in self.manager.downloads():
            if d.status == FAILED and d.error_template == OFFLINE \
                    and not self.manager.elsewhere(d.id):
                self.manager.resume(d.id)

    def active_ids(self) -> list[str]:
        """The downloads under way or waiting their turn."""
        return [d.id for d in self.manager.downloads() if d.status in ACTIVE]

    def _update_offline(self) -> None:
        offline = self.hub_config().offline
        self.offline_banner.setVisible(offline)
        self.show_search_hint(offline)
        for widget in (self.search_edit, self.search_button, self.sort_box, self.size_box):
            widget.setEnabled(not offline)
        self._mark_downloading()  # (its Download buttons)

    def token_dialog(self) -> tuple[QDialog, QLineEdit]:
        """The dialog that asks for a Hugging Face access token, and its field (the saved
        token in it); its text wraps, so that it fits a small screen in every language."""
        dialog = QDialog(self, windowTitle=self.tr("Hugging Face token"))
        label = Label(self.tr("Access token for gated and private models (starts with hf_). "
                              "It is kept in a file only you can read. Leave empty to remove "
                              "it."), dialog, wordWrap=True)
        field = QLineEdit(read_saved_token(self.ctx.paths), dialog,
                          echoMode=QLineEdit.EchoMode.Password,
                          accessibleName=self.tr("Hugging Face token"))
        label.setBuddy(field)
        ok_cancel_column(dialog, label, field)
        dialog.resize(TOKEN_DIALOG_WIDTH,
                      dialog.layout().totalHeightForWidth(TOKEN_DIALOG_WIDTH))
        return dialog, field

    def edit_token(self) -> None:
        """Ask for a Hugging Face access token; stored in a file only this user can read."""
        dialog, field = self.token_dialog()
        self.token_box = dialog  # for tests and screenshots
        if exec_once(dialog):
            text = field.text()
            save_token(self.ctx.paths, text)
            self.statusBar().showMessage(self.tr("Token saved.") if text.strip()
                                         else self.tr("Token removed."), 5000)
            if self.page is not None and (self.page.gated or self.page.private):
                self.open_model(self.page.repo_id)  # what the token lets it read now

    def _confirm(self, text: str, parent: QWidget | None = None) -> bool:
        """Ask before something risky (a file deleted, a model that will not fit fetched):
        No is the default."""
        return message_box(parent or self, self.tr("Models"), text, question=True, risky=True)

    def show_error(self, error: Exception) -> None:
        message_box(self, self.tr("Models"), error_text(error))

    def show_skipped(self, reasons: list[str]) -> None:
        """Say what was left out when adding models, one line per entry."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Models"),
                          self.tr("Not added ({count}):").format(count=len(reasons)),
                          QMessageBox.StandardButton.Ok, self)
        shown = ["• " + reason for reason in reasons[:10]]  # apart: each wraps on lines
        if len(reasons) > len(shown):
            shown.append(self.tr("… and {count} more (see Show Details)").format(
                count=len(reasons) - len(shown)))
        box.setInformativeText("\n\n".join(shown))
        box.setDetailedText("\n".join(reasons))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.skipped_box = box
        box.open()

    def may_quit(self) -> bool:
        """Whether the app may close now: while downloads run or wait their turn, the user is
        asked first, No the default (they stop where they are; the next start offers Resume,
        which goes on from there)."""
        active = {row_key(d) for d in self.manager.downloads() if d.status in ACTIVE}
        return not active or message_box(self.parentWidget() or self, self.tr("Quit"), counted(
            "ModelBrowser", QT_TRANSLATE_NOOP(
                "ModelBrowser", "A download is not finished. Quit anyway? It stops where it is; "
                "next time, “Resume” in the status bar goes on with it from there."),
            QT_TRANSLATE_NOOP(
                "ModelBrowser", "{n} downloads are not finished. Quit anyway? They stop where "
                "they are; next time, “Resume” in the status bar goes on with them from there."),
            len(active)), question=True, risky=True)

    def shutdown(self) -> None:
        """Pause running downloads (they resume on the next start)."""
        self.manager.close()


def open_models_folder(window) -> bool:
    """Show the models folder in the file manager (or its path, when there is none)."""
    window.ctx.paths.models.mkdir(parents=True, exist_ok=True)
    return open_url(window, QUrl.fromLocalFile(str(window.ctx.paths.models)))


# downloads under way when the window closed to open again (a language switch): they go on
# in the new window (chatapp.ui.app.reopened), and are not said to have stopped
going_on: set[str] = set()
# the model browser as it was shown when the window closed to open again (keep_browser):
# the new window shows it again, with its search (restore_browser)
kept_browser: dict = {}


def keep_browser(window) -> None:
    """Remember the main window's model browser, when it is shown, before the window closes
    to open again in another language: its tab, search, results and the model shown."""
    kept_browser.clear()
    browser = getattr(window, "model_browser", None)
    if browser is None or not browser.isVisible():
        return
    kept_browser.update(
        tab=browser.tabs.currentIndex(), query=browser.search_edit.text(),
        sort=browser.sort_box.currentIndex(), size=browser.size_box.currentIndex(),
        hits=list(browser.hits), limit=browser.search_limit, opened=browser.opened,
        geometry=browser.saveGeometry(), filter=browser.library_filter.text())


def restore_browser(window) -> ModelBrowser | None:
    """Show the new main window's model browser as keep_browser remembered it (the results
    as they were, not asked of the Hub again); None when none was shown."""
    if not kept_browser:
        return None
    state = dict(kept_browser)
    kept_browser.clear()
    browser = model_browser_for(window)
    for box, index in ((browser.sort_box, state["sort"]), (browser.size_box, state["size"])):
        with QSignalBlocker(box):  # (a change searches)
            box.setCurrentIndex(index)
    browser.search_edit.setText(state["query"])
    browser.library_filter.setText(state["filter"])
    browser.search_limit = state["limit"]
    if state["hits"] or state["query"]:
        browser._show_hits(browser._search_seq, state["hits"])
    if state["opened"]:
        browser.open_model(state["opened"])
    browser.restoreGeometry(state["geometry"])
    show_model_browser(window, state["tab"])
    return browser


def model_browser_for(window) -> ModelBrowser:
    """The main window's model browser (made on first use, not shown)."""
    existing = getattr(window, "model_browser", None)
    if existing is None:
        existing = ModelBrowser(window.ctx, window)
        existing.setWindowFlag(Qt.WindowType.Window, True)
        existing.modelsChanged.connect(window.reload_models)
        existing.useModelRequested.connect(lambda key: use_model(window, key))
        existing.modelSettingsRequested.connect(
            lambda model: edit_model_settings(window, model, parent=existing))
        window.model_browser = existing
    return existing


def show_model_browser(window, tab: int = 0) -> ModelBrowser:
    """Show the main window's model browser on a tab (0: the Hub, 1: this computer)."""
    browser = model_browser_for(window)
    browser.tabs.setCurrentIndex(tab)
    browser.refresh_library()  # shown before: what was used since (Last used) is new
    bring_to_front(browser)
    if tab == 0:  # what is typed next is a search
        browser.search_edit.setFocus()
    return browser


def install_models_menu(window) -> QMenu:
    """Add the Models menu to the main window: browse, add from disk, folder, offline, token."""
    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("ModelsMenu", "&Models"))

    browse = menu.addAction(translate("ModelsMenu", "&Browse models…"),
                            lambda: show_model_browser(window, 0))
    browse.setShortcut(QKeySequence("Ctrl+Shift+M"))
    menu.addAction(translate("ModelsMenu", "&Add models from disk…"),
                   lambda: show_model_browser(window, 1).add_button.showMenu())
    menu.addAction(translate("ModelsMenu", "Open models &folder"),
                   lambda: open_models_folder(window))
    menu.addSeparator()
    offline = menu.addAction(translate("ModelsMenu", "Work &offline"))
    offline.setCheckable(True)
    offline.setChecked(window.ctx.settings.offline or env_offline())
    offline.setEnabled(not env_offline())  # HF_HUB_OFFLINE decides until chatapp starts again
    sign = Label(translate("ModelsMenu", "Offline"), window, objectName="offlineSign")
    sign.setToolTip(translate(
        "ModelsMenu", "Work offline is on: nothing is sent to the Hugging Face Hub or to "
        "servers on other machines. Models → Work offline turns it off.") if not env_offline()
        else translate("ModelsMenu", "HF_HUB_OFFLINE is set: nothing is sent to the Hugging "
                       "Face Hub or to servers on other machines until chatapp starts without "
                       "it."))
    window.statusBar().addPermanentWidget(sign)
    sign.setVisible(offline_now(window.ctx.settings.offline))

    def set_offline(on: bool) -> None:
        model_browser_for(window).set_offline(on)
        sign.setVisible(offline_now(on))
        window.reload_models()  # models on other machines are marked blocked, or no more
        if not on:
            window.model_list.ask_failing_again()
        welcome = getattr(window, "welcome", None)
        if welcome is not None:  # the empty chat's advice follows the switch at once
            welcome.update_offline()

    offline.toggled.connect(set_offline)
    window.offline_sign = sign

    def say(text: str) -> None:  # once the window is shown (a message shown before it is
        # overlaid), and not once it is gone
        QTimer.singleShot(0, window, lambda: window.statusBar().showMessage(text, 20000))

    told = [""]  # the last unusable files said, taken back once one is mended

    def say_unusable(text: str) -> None:
        told[0] = text
        say(text)

    def mended() -> None:
        if told[0] and window.statusBar().currentMessage() == told[0]:
            window.statusBar().clearMessage()

    window.model_list.unusableFound.connect(say_unusable)  # the pickers leave them out
    window.model_list.unusableMended.connect(mended)
    # said once at the start, with a Resume that goes on with all of them
    show_interrupted(window, [d.id for d in DownloadManager.interrupted(window.ctx.paths)
                              if d.id not in going_on])
    menu.addAction(translate("ModelsMenu", "Hugging Face &token…"),
                   lambda: model_browser_for(window).edit_token())
    window.models_menu = menu
    return menu


def use_model(window, key: str) -> None:
    """Pick the model with key for the main window's next answer, and keep it as the default
    once the picker shows it (a model that cannot be used leaves both as they were)."""
    window.reload_models()
    window.select_model(key)
    shown = window.current_model()
    if shown is not None and shown.key == key:
        window.ctx.settings.default_model = key
        window.ctx.save_settings()
    window.raise_()
    window.activateWindow()
