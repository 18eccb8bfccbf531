"""The columns of the Models window's "On this computer" list: every one in sight, the
short ones as wide as their contents, the name and From sharing the rest."""

from __future__ import annotations

from pathlib import Path

from gguf_factory import write_tiny_llama

from chatapp.paths import app_paths

LONG_NAMES = [
    "DeepSeek-R1-Distill-Qwen-14B-abliterated-v2-uncensored-instruct-Q4_K_M",
    "Meta-Llama-3.1-8B-Instruct-abliterated-long-name-for-the-list-Q5_K_M",
    "Mistral-Small-24B-Instruct-2501-reasoning-and-tools-edition-Q6_K",
    "Qwen2.5-Coder-32B-Instruct-with-a-very-long-file-name-here-Q8_0",
    "gemma-2-27b-it-SimPO-37K-a-file-name-that-goes-on-and-on-IQ4_XS",
]


def open_library(qtbot, width: int, language: str = "en"):
    """The Models window, width px wide, on its "On this computer" tab."""
    from chatapp.context import open_app
    from chatapp.ui.app import install_language, make_application
    from chatapp.ui.model_browser import ModelBrowser

    app = make_application()
    install_language(app, language)
    ctx = open_app()
    browser = ModelBrowser(ctx)
    qtbot.addWidget(browser)
    browser.resize(width, 800)
    browser.show()
    browser.tabs.setCurrentIndex(1)
    tree = browser.library_tree
    qtbot.waitUntil(lambda: tree.viewport().width() > width - 100)
    return app, ctx, browser, tree


def close_library(app, ctx, browser) -> None:
    from chatapp.ui.app import install_language

    install_language(app, "en")
    browser.shutdown()
    browser.close()
    ctx.close()


def test_every_column_is_in_sight_at_1440_px_with_long_model_names(
        qtbot, chatapp_home: Path) -> None:
    """At a 1440 px window with five long-named models, every column is in the viewport,
    in English and in Indonesian, with no horizontal scrollbar; the long names are elided
    with the whole name in their tooltip, the short columns whole (was: every column as
    wide as its widest text, so that From and Last used were behind a horizontal scrollbar
    even with the window maximised)."""
    from chatapp.ui.browser_library import FROM_COLUMN

    paths = app_paths().ensure()
    repo = paths.models / "tester" / "Long-Names-GGUF"
    repo.mkdir(parents=True)
    for seed, name in enumerate(LONG_NAMES, start=1):
        write_tiny_llama(repo / f"{name}.gguf", seed=seed)
    for language in ("en", "id"):
        app, ctx, browser, tree = open_library(qtbot, 1440, language)
        try:
            widths = [tree.columnWidth(c) for c in range(tree.columnCount())]
            assert sum(widths) <= tree.viewport().width(), (language, widths)
            assert tree.horizontalScrollBar().maximum() == 0
            metrics = tree.fontMetrics()
            rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
            long_rows = [r for r in rows if r.text(0) in LONG_NAMES]
            assert len(long_rows) == 5
            for row in long_rows:
                assert row.toolTip(0).startswith(row.text(0) + "\n")  # whole on hover
            for column in range(1, tree.columnCount()):
                if column == FROM_COLUMN:
                    continue
                header = tree.headerItem().text(column)
                wanted = max([metrics.horizontalAdvance(r.text(column)) for r in rows]
                             + [tree.header().fontMetrics().horizontalAdvance(header)])
                assert tree.columnWidth(column) > wanted, (language, header)
        finally:
            close_library(app, ctx, browser)


def test_a_short_repo_id_is_not_elided_when_there_is_room(qtbot, chatapp_home: Path) -> None:
    """A short repository id is whole in the From column of a 1180 px window (was:
    "models folder · t…kenTemplate-GGUF" for tester/BrokenTemplate-GGUF, the column cut
    at 40 characters while Architecture and Quantization had room to spare)."""
    from chatapp.ui.browser_library import FROM_COLUMN

    paths = app_paths().ensure()
    repo = paths.models / "tester" / "BrokenTemplate-GGUF"
    repo.mkdir(parents=True)
    write_tiny_llama(repo / "broken-template-Q8_0.gguf", seed=3)
    app, ctx, browser, tree = open_library(qtbot, 1180)
    try:
        rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        text = next(r.text(FROM_COLUMN) for r in rows if "BrokenTemplate" in r.text(FROM_COLUMN))
        assert text == "models folder · tester/BrokenTemplate-GGUF"
        assert tree.fontMetrics().horizontalAdvance(text) < tree.columnWidth(FROM_COLUMN)
        widths = [tree.columnWidth(c) for c in range(tree.columnCount())]
        assert sum(widths) <= tree.viewport().width()
    finally:
        close_library(app, ctx, browser)
