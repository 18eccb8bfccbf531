"""Opening a folder, a report or a link without a desktop opener (no xdg-open here): the
action says so and shows the path or address with a Copy button."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication

from chatapp.context import open_app
from chatapp.ui.app import make_application
from chatapp.ui.open_url import LocationDialog, open_url


@pytest.fixture
def no_opener(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A desktop without any program that opens files or links (no xdg-open, gio, kde-open
    on PATH, no desktop named)."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    for name in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                 "GNOME_DESKTOP_SESSION_ID", "BROWSER", "DEFAULT_BROWSER"):
        monkeypatch.delenv(name, raising=False)
    make_application()
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(tmp_path))):
        pytest.skip("this platform opens files without an opener on PATH")


def shown_dialog() -> LocationDialog:
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, LocationDialog) and w.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, LocationDialog):
            widget.close()


def test_a_folder_that_cannot_be_opened_is_shown_with_copy(qtbot, no_opener,
                                                           tmp_path: Path) -> None:
    folder = tmp_path / "some folder"
    folder.mkdir()
    assert open_url(None, QUrl.fromLocalFile(str(folder))) is False
    dialog = shown_dialog()
    assert dialog.field.text() == str(folder) and dialog.field.isReadOnly()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(folder)
    close_dialogs()
    assert open_url(None, QUrl("https://example.org/a?b=1")) is False
    assert shown_dialog().field.text() == "https://example.org/a?b=1"
    close_dialogs()


def test_show_in_folder_and_models_folder_say_where(qtbot, no_opener, chatapp_home: Path,
                                                    tmp_path: Path) -> None:
    from gguf_factory import write_tiny_llama

    from chatapp.ui.main_window import MainWindow
    from chatapp.ui.model_browser import open_models_folder, show_model_browser

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    write_tiny_llama(models / "tiny-Q8_0.gguf")
    ctx = open_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    browser = show_model_browser(window, 1)
    browser.library_tree.setCurrentItem(browser.library_tree.topLevelItem(0))
    browser.reveal_button.click()
    assert shown_dialog().field.text() == str(Path(browser.selected_model().path).parent)
    close_dialogs()
    assert open_models_folder(window) is False
    assert shown_dialog().field.text() == str(ctx.paths.models)
    close_dialogs()
    browser.shutdown()
    window.close()
    ctx.close()


def test_open_report_says_where_the_report_is(qtbot, no_opener, chatapp_home: Path,
                                              tmp_path: Path) -> None:
    from chatapp.ui.eval_dialog import EvalDialog

    ctx = open_app()
    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)
    report = tmp_path / "run" / "report.html"
    report.parent.mkdir()
    report.write_text("<html></html>", encoding="utf-8")
    dialog.report = report
    dialog.open_report()
    assert shown_dialog().field.text() == str(report)
    close_dialogs()
    ctx.close()
