"""Starting the window: Qt application, language, theme, and a clear message on failure."""

from __future__ import annotations

import contextlib
import functools
import logging
import signal
import socket
import sys

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QSettings,
    QSocketNotifier,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from chatapp.i18n import (
    choose_language,
    qt_translation_files,
    resources_dir,
    translation_file,
    use_language,
)
from chatapp.paths import app_paths
from chatapp.ui.app_filters import AppFilters
from chatapp.ui.errors import install_excepthook, show_failure
from chatapp.ui.theme import apply_theme, style_sheet

log = logging.getLogger(__name__)
CLOSE_WAIT_S = 3.0  # the longest the window waits for background calls when it closes

APP_ID = "io.github.chatapp.ChatApp"


# the translators installed, each with the bytes it reads (Qt reads them in place: a .qm
# file loaded by name is mapped, and rewriting it, as an upgrade may, would change the texts
# of a window already open)
_installed: list[tuple[QTranslator, bytes]] = []


def install_language(app: QCoreApplication, setting: str) -> str:
    """Load the chosen language's translations, the app's and Qt's own texts (standard
    buttons, file dialogs, text menus), in place of those loaded before; return its code."""
    for translator, _data in _installed:
        if shiboken6.isValid(translator):  # gone with an application that was closed
            app.removeTranslator(translator)
    _installed.clear()
    language = choose_language(setting)
    app_file = translation_file(language)
    for path in [*qt_translation_files(language), *([app_file] if app_file else [])]:
        translator = QTranslator(app)
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if translator.load(data, str(path.parent)):
            app.installTranslator(translator)  # the last installed is asked first
            _installed.append((translator, data))
    QLocale.setDefault(QLocale(language))
    use_language(language)  # the core's texts (errors, reports) follow the same choice
    return language


def app_icon() -> QIcon:
    """The application icon."""
    return QIcon(str(resources_dir() / "icons" / "chatapp.svg"))


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, icon and style sheet set."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("chatapp")
    app.setApplicationDisplayName("ChatApp")
    app.setOrganizationName("chatapp")
    # what Qt keeps of its own (the file dialogs' recent folders, QtProject.conf) goes in
    # the app's config folder, CHATAPP_HOME's too, not beside other programs' settings
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(app_paths().config))
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    # Qt measures a label without the underline of its Alt letter but draws that letter apart
    # from the next, unkerned: "&Temperature" came out 2 px wider than its room and was cut.
    # Text without kerning is drawn as wide as it is measured.
    font = app.font()
    font.setKerning(False)
    app.setFont(font)
    if not any(isinstance(child, AppFilters) for child in app.children()):
        app.installEventFilter(AppFilters(app))
    app.setStyleSheet(style_sheet(dark=False))  # (the theme's, once it is applied)
    return app


class _SignalWatch:
    """Ctrl+C in the terminal (SIGINT) and SIGTERM (a logout, `kill`) close the window the way
    its close button does, so answers stop and are saved and model processes end (without
    the question about unfinished downloads: nobody may be there to answer it).

    Python runs signal handlers only when it runs; the wakeup socket lets Qt's event loop
    notice a signal at once. A signal that comes before the window is shown closes it as
    soon as it is."""

    def __init__(self, app: QApplication) -> None:
        self.window = None
        self.requested = False
        self._reader, writer = socket.socketpair()
        self._writer = writer
        self._reader.setblocking(False)
        writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, app,
                                         activated=self._drain)
        signal.set_wakeup_fd(writer.fileno())
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, self._close)

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)

    def _close(self, number: int, _frame) -> None:
        log.info("closing on signal %d", number)
        self.requested = True
        QTimer.singleShot(0, self._close_now)

    def _close_now(self) -> None:
        """Dismiss the dialogs that wait for an answer (each holds the app in a loop of its
        own), then close the window."""
        for _ in range(16):
            modal = QApplication.activeModalWidget()
            if modal is None:
                break
            if hasattr(modal, "reject"):
                modal.reject()
            else:
                modal.close()
            if shiboken6.isValid(modal) and modal.isVisible():  # (one deleted on close is not)
                modal.hide()
        if self.window is not None:
            self.window.close_without_asking()

    def watch(self, window) -> None:
        """Close window on the next signal (at once if one came already)."""
        self.window = window
        if self.requested:  # closed from the event loop, so that closing ends it
            QTimer.singleShot(0, window.close_without_asking)


def reopened(old, icon: QIcon | None = None):
    """The main window again (its language changed): the same conversation on screen, the
    same model picked for the next answer (not the one the conversation's last answer used)
    and the downloads that ran going on."""
    from chatapp.ui.main_window import MainWindow

    window = MainWindow(old.ctx, icon)
    if old.conversation_id is not None:
        window.open_conversation(old.conversation_id)
    picked = old.current_model()
    if picked is not None:
        window.select_model(picked.key)
    from chatapp.ui.model_browser import going_on, model_browser_for, restore_browser

    if going_on:  # downloads that ran when the language changed
        manager = model_browser_for(window).manager
        for download_id in sorted(going_on):
            manager.resume(download_id)
        going_on.clear()
    if getattr(old, "reopen", False) is True:  # (a language switch) the Models window as it was
        restore_browser(window)
    return window


def next_window(old, paths):
    """(ctx, window) after a window closed to open again: in the language just chosen (the
    same context), or once the damaged database it found was recovered (a new context);
    None when the user gave up."""
    if old.reopen != "recover":
        return old.ctx, reopened(old, app_icon())
    old.ctx.close()
    recovered(paths.database)  # (said when it could not be: the window opens all the same)
    return first_window(paths)


def first_window(paths):
    """The app's context and its main window, a failure shown in one line (Retry, where the
    context could not be opened for a reason that may pass, tries again) and a damaged
    database offered for recovery, then opened again; None when the user gave up."""
    from chatapp.context import open_app
    from chatapp.store import DamagedDatabase
    from chatapp.ui.main_window import MainWindow

    while True:
        ctx, retried = None, []
        try:
            ctx = open_app(paths)
            return ctx, MainWindow(ctx, app_icon())
        except Exception as exc:  # noqa: BLE001 - one line (the log has the traceback)
            if ctx is not None:  # the window failed: its context goes
                ctx.close()
            if isinstance(exc, DamagedDatabase):  # (a damaged page read by the window too)
                if not offer_recovery(exc, paths.database):
                    return None
                continue
            show_failure(None, exc, retry=None if ctx is not None
                         else functools.partial(retried.append, True))
            if not retried:
                return None


def offer_recovery(error: BaseException, database) -> bool:
    """Say the database cannot be read and offer to recover what can be, or to start with a
    new database (either way the damaged file is kept, beside it); whether the app may open
    the database again (recovered, or a new one). Recover is offered until it found nothing
    to read."""
    from chatapp.store.salvage import aside_path
    from chatapp.ui.errors import failure_text

    readable = True
    while True:
        kept = aside_path(database)
        text = failure_text(error) + "\n\n" + QCoreApplication.translate(
            "App", "Or start with a new database: the damaged file is kept aside as {name} "
            "in {folder}.").format(name=kept.name, folder=kept.parent) if readable else \
            QCoreApplication.translate(  # (the Recover button gone, its words too)
                "App", "Nothing of {path} can be recovered. Start with a new database: the "
                "damaged file is kept aside as {name} in {folder}.").format(
                path=database, name=kept.name, folder=kept.parent)
        box = QMessageBox(QMessageBox.Icon.Warning, "ChatApp", text,
                          QMessageBox.StandardButton.NoButton,
                          textFormat=Qt.TextFormat.PlainText)
        recover = box.addButton(QCoreApplication.translate("App", "&Recover"),
                                QMessageBox.ButtonRole.AcceptRole) if readable else None
        fresh = box.addButton(QCoreApplication.translate("App", "Start with a &new database"),
                              QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(recover or fresh)
        box.exec()
        clicked = box.clickedButton()
        if clicked is recover and recover is not None:
            if recovered(database):
                return True
            readable = False  # (said why; the new database is what is left)
        elif clicked is fresh:
            if started_anew(database, kept):
                return True
        else:
            return False


def started_anew(database, kept) -> bool:
    """Move the damaged database aside to kept and say where (the app then makes a new one
    in its place); whether it was moved."""
    from chatapp.store.salvage import set_aside

    try:
        kept = set_aside(database, kept)
    except Exception as exc:  # noqa: BLE001 - one line; unknown ones are logged
        show_failure(None, exc)
        return False
    QMessageBox(QMessageBox.Icon.Information, "ChatApp", QCoreApplication.translate(
        "App", "ChatApp starts with a new, empty database. The damaged file is kept as "
        "{path}.").format(path=kept), textFormat=Qt.TextFormat.PlainText).exec()
    return True


def recovered(database) -> bool:
    """Put what can be read of the damaged database in its place (the damaged file is kept)
    and say what was; whether it was."""
    from chatapp.store.salvage import recover_text

    try:
        text = recover_text(database)
    except Exception as exc:  # noqa: BLE001 - one line; unknown ones are logged
        show_failure(None, exc)
        return False
    box = QMessageBox(QMessageBox.Icon.Information, "ChatApp", text,
                      textFormat=Qt.TextFormat.PlainText)
    box.exec()
    return True


def run() -> int:
    """Open the main window and run until it closes; with a window of the same data folder
    open already, bring that one to the front instead (0)."""
    from chatapp.paths import app_paths
    from chatapp.settings import BROKEN_SETTINGS, SettingsFile

    app = make_application()
    paths = app_paths().ensure()
    first = SettingsFile(paths.settings_file)  # the language and theme before the window
    settings = first.load()
    install_language(app, settings.language)
    apply_theme(app, settings.theme)
    install_excepthook()
    from chatapp.ui.single_instance import WindowInstance, instance_name, raise_open_window

    name = instance_name(paths.data)
    if raise_open_window(name):
        print(QCoreApplication.translate("App", "ChatApp is open already: its window was "
                                         "brought to the front."), file=sys.stderr)
        return 0
    signals = _SignalWatch(app)
    opened = first_window(paths)
    if opened is None:
        return 1
    ctx, window = opened

    broken = first.problem or ctx.settings_file.problem
    if broken is not None:
        QMessageBox.warning(window, "ChatApp", QCoreApplication.translate(
            "errors", BROKEN_SETTINGS).format(path=str(broken)))
    instance = WindowInstance(name, window)  # later starts show this window
    try:
        while True:
            window.show()
            log.info("the window is open")
            signals.watch(window)
            status = app.exec()
            if not getattr(window, "reopen", False) or signals.requested:
                return status
            # the language changed (models stay loaded) or the database was recovered
            old = window
            try:
                opened = next_window(old, paths)
            except Exception as exc:  # noqa: BLE001 - one line (the log has the traceback)
                show_failure(None, exc)
                return 1
            if opened is None:
                return 1
            ctx, window = opened
            instance.setParent(window)
            instance.window = window
            old.deleteLater()
    finally:
        from chatapp.ui.background import Background

        Background.wait_all(CLOSE_WAIT_S)  # calls still running use the store and engine
        ctx.close()
