"""The Models window across a language switch (real windows offscreen, the local Hub)."""

from __future__ import annotations

from pathlib import Path

from hub_server import FakeHub
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from chatapp.context import open_app
from chatapp.ui.app import make_application

pytest_plugins = ("hub_fixtures",)


def test_switching_the_language_keeps_the_models_window_and_its_search(
        qtbot, hub: FakeHub, starter_home: Path) -> None:
    """Settings → Language → "Change now" with the Models window open on a search: the new
    window shows it again, in the new language, with the search text, its results and the
    model shown (was: closed, the search and its results gone)."""
    from test_window_failures import answer_box

    from chatapp.ui.app import install_language, reopened
    from chatapp.ui.main_window import MainWindow

    make_application()
    ctx = open_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.models_menu.actions()[0].trigger()
    browser = window.model_browser
    browser.sort_box.setCurrentIndex(1)  # most liked (searches)
    browser.search_edit.setText("GGUF")
    browser.search()
    qtbot.waitUntil(lambda: len(browser.hits) > 1, timeout=10000)
    found = [hit.repo_id for hit in browser.hits]
    browser.results.setCurrentRow(found.index("tester/tiny-GGUF"))
    qtbot.waitUntil(lambda: browser.page is not None, timeout=10000)
    again = None
    try:
        seen: list[str] = []
        answer_box("Beralih sekarang", seen)
        indonesian = next(a for a in window.findChildren(QAction)
                          if a.data() == "language:id")
        indonesian.trigger()
        assert not window.isVisible()
        browser.shutdown()  # as the event loop ends
        hub.reset_log()
        again = reopened(window)
        qtbot.addWidget(again)
        shown = again.model_browser
        assert shown is not browser and shown.isVisible()
        assert shown.windowTitle() != "Models"  # in Indonesian
        assert shown.search_edit.text() == "GGUF" and shown.sort_box.currentIndex() == 1
        assert [shown.results.item(i).data(0x0100) for i in range(shown.results.count())] \
            == found  # the results as they were (Qt.UserRole)
        assert not [r for r in hub.requests if r.path.startswith("/api/models?")]
        qtbot.waitUntil(lambda: shown.page is not None
                        and shown.page.repo_id == "tester/tiny-GGUF", timeout=10000)
    finally:
        for open_window in (window, again):
            if open_window is not None and getattr(open_window, "model_browser", None):
                open_window.model_browser.shutdown()
                open_window.close_without_asking()
        install_language(QApplication.instance(), "en")
        ctx.close()
