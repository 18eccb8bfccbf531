"""The model browser window (real widgets offscreen) against the local Hub: search, model
page, quant list with fit badges, downloads with pause/resume, and the local library."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from hub_server import FakeHub
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from chatapp.context import open_app
from chatapp.fit import FITS, TIGHT, TOO_BIG, Machine, estimate
from chatapp.hub.config import OFFLINE
from chatapp.hub.download import DONE, FAILED, PAUSED
from chatapp.hub.download_record import CHUNK
from chatapp.ui.app import make_application
from chatapp.ui.browser_downloads import row_key
from chatapp.ui.model_browser import ModelBrowser

pytest_plugins = ("hub_fixtures",)
SHOTS = os.environ.get("CHATAPP_SCREENSHOTS")


@pytest.fixture
def browser(qtbot, hub: FakeHub):
    make_application()
    ctx = open_app()
    ctx.settings.context_length = 32768
    window = ModelBrowser(ctx)
    window.manager.reserve_bytes = 0
    window.manager.retry_delays = (0.05, 0.05)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.machine is not None, timeout=10000)
    yield window
    window.shutdown()
    window.close()
    ctx.close()


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def search(qtbot, window: ModelBrowser, text: str) -> None:
    window.search_edit.setText(text)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "found" in window.results_label.text()
                    or "No GGUF" in window.results_label.text(), timeout=5000)


def open_tiny(qtbot, window: ModelBrowser) -> None:
    search(qtbot, window, "tiny")
    assert window.results.count() == 1
    window.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.page is not None, timeout=5000)
    qtbot.waitUntil(lambda: len(window.shapes) == 3, timeout=10000)


def test_search_page_badges_and_download(qtbot, browser: ModelBrowser, hub: FakeHub) -> None:
    window = browser
    search(qtbot, window, "")
    assert window.results.count() == 4  # the public GGUF repos: not private, not safetensors
    window.size_box.setCurrentIndex(window.size_box.count() - 1)  # over 20B: none here
    qtbot.waitUntil(lambda: window.results.count() == 0, timeout=5000)
    assert window.results_label.text() == (
        "No GGUF models of this size found: Any size shows the others.")
    window.size_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.results.count() == 4, timeout=5000)
    assert window.results.item(0).text().startswith("tester/other-GGUF")
    window.sort_box.setCurrentIndex(1)  # most liked
    qtbot.waitUntil(lambda: window.results.count() and
                    window.results.item(0).text().startswith("tester/liked-GGUF"), timeout=5000)
    # Down in the search box goes to the results (as the conversations' search box does)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    assert window.results.hasFocus() and window.results.currentRow() == 0
    open_tiny(qtbot, window)
    page = window.page
    assert window.title_label.text() == "tester/tiny-GGUF"
    assert "apache-2.0" in window.meta_label.text()
    assert window.quant_tree.topLevelItemCount() == 3
    assert [window.quant_tree.topLevelItem(i).text(0) for i in range(3)] == [
        "Q4_K_M", "Q8_0 ★ recommended", "F16"]  # by size (see test_hub_page)
    assert "2 parts" in window.quant_tree.topLevelItem(2).text(1)
    card = window.card_view.toPlainText()
    assert "Tiny Llama GGUF" in card and "license:" not in card
    assert "<script>" in card or "alert" not in window.card_view.toHtml().split("<body")[0]
    # badges: set this machine's memory so the three files fit, are tight, are too big
    medium = estimate(window.shapes[page.models[1].key], 32768, Machine(1 << 40, 1 << 40))
    window.machine = Machine(4 << 30, int(medium.total / 0.9))
    window._update_badges()
    verdicts = [window.badge(e.key).verdict for e in page.models]
    assert verdicts == [FITS, TIGHT, TOO_BIG]
    assert window.badge(page.models[0].key).text() == "fits"
    assert "Weights" in window.badge(page.models[0].key).toolTip()
    # a file that does not fit at this context is offered the largest one that does
    too_big = window.badge(page.models[2].key)
    shape = window.shapes[page.models[2].key]
    assert too_big.largest is not None and too_big.largest < 32768
    from PySide6.QtCore import QLocale

    largest = QLocale().toString(too_big.largest)  # as the locale writes numbers
    assert f"Fits with a context of {largest} tokens." in too_big.toolTip()
    assert estimate(shape, too_big.largest, window.machine).verdict == FITS
    assert estimate(shape, too_big.largest + 256, window.machine).verdict != FITS
    assert window.badge(page.models[0].key).largest is None
    window.resize(1180, 800)
    shot(window, "model-browser")
    # download the Q4_K_M from the window
    models_changed = []
    window.modelsChanged.connect(lambda: models_changed.append(True))
    button = window.quant_tree.itemWidget(window.quant_tree.topLevelItem(0), 5)
    with qtbot.waitSignal(window.downloadFinished, timeout=15000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    download = window.manager.downloads()[0]
    assert download.status == DONE
    row = window.rows[row_key(download)]
    qtbot.waitUntil(lambda: "verified" in row.status.text(), timeout=5000)
    assert row.use_button.isVisible()
    assert models_changed
    # it is in the library tab with its metadata, and "Chat with it" picks it
    names = [window.library_tree.topLevelItem(i).text(0)
             for i in range(window.library_tree.topLevelItemCount())]
    assert "tiny-Q4_K_M" in names and names == sorted(names)  # A to Z by name
    # one memory figure for a file at a context, on the Hub as On this computer (was: the
    # answers decoded together counted only there, 594 MB against the Hub's 443 MB)
    window.machine = Machine(64 << 30, 32 << 30)  # room for answers decoded together
    window.context_spin.setValue(window.ctx.engine.n_ctx)
    window._update_badges()
    on_hub = window.quant_tree.topLevelItem(0).text(3)
    assert "for the answers of the local API" in window.badge(page.models[0].key).toolTip()
    here = window.library_tree.topLevelItem(names.index("tiny-Q4_K_M"))
    here.setText(7, "")
    window._estimate_library()
    qtbot.waitUntil(lambda: here.text(7) != "", timeout=10000)
    assert here.text(7).split(" · ")[0] == on_hub, (here.text(7), on_hub)
    used = []
    window.useModelRequested.connect(used.append)
    qtbot.mouseClick(row.use_button, Qt.MouseButton.LeftButton)
    assert used and used[0].startswith("sha256:")
    window.tabs.setCurrentIndex(1)
    shot(window, "model-browser-library")
    # deleted behind the app's back: the row says so once the library is read again (as
    # its watcher does), instead of a button that does nothing
    Path(download.target).unlink()
    window.refresh_library()
    assert "deleted or moved" in row.status.text() and not row.use_button.isVisible()
    window.use_download(row_key(download))
    assert len(used) == 1
    assert "no longer in the library" in window.statusBar().currentMessage()
    assert "deleted or moved" in row.status.text() and not row.use_button.isVisible()
    # and it offers to download it again (was: only Clear), also with no page shown
    assert row.again_button.isVisibleTo(window) and row.remove_button.isVisibleTo(window)
    window._show_page(None)
    with qtbot.waitSignal(window.downloadFinished, timeout=15000):
        qtbot.mouseClick(row.again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "verified" in row.status.text(), timeout=5000)
    assert Path(download.target).is_file() and list(window.rows) == [row_key(download)]
    assert row.use_button.isVisibleTo(window) and not row.again_button.isVisibleTo(window)


def test_pause_resume_and_failure_rows(qtbot, browser: ModelBrowser, hub: FakeHub) -> None:
    window = browser
    open_tiny(qtbot, window)
    # no downloads: their area is its title line, the tabs have the room
    box = window.downloads_scroll.parentWidget()
    assert window.downloads_scroll.isHidden() and box.height() < 60
    hub.faults.rate = 100_000
    key = window.page.models[1].key
    window.download(key)
    download = window.manager.downloads()[0]
    row = window.rows[row_key(download)]
    assert not window.downloads_scroll.isHidden() and box.height() > 200
    qtbot.waitUntil(lambda: download.done_bytes > 0, timeout=5000)
    qtbot.waitUntil(lambda: "left" in row.status.text() or "/s" in row.status.text(),
                    timeout=5000)
    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: download.status == PAUSED, timeout=5000)
    qtbot.waitUntil(lambda: row.resume_button.isVisible(), timeout=5000)
    shot(window, "model-browser-paused")
    hub.faults.rate = None
    with qtbot.waitSignal(window.downloadFinished, timeout=15000):
        qtbot.mouseClick(row.resume_button, Qt.MouseButton.LeftButton)
    assert download.status == DONE
    # a corrupted file shows as failed with the reason, with a Retry button
    hub.faults.corrupt_byte("tiny-Q4_K_M.gguf", window.page.models[0].files[0].size - 10)
    window.download(window.page.models[0].key)
    failed = next(d for d in window.manager.downloads() if d.file_name == "tiny-Q4_K_M.gguf")
    qtbot.waitUntil(lambda: failed.status == FAILED, timeout=10000)
    qtbot.waitUntil(lambda: window.rows[row_key(failed)].resume_button.text() == "Retry",
                    timeout=5000)
    assert "checksum" in window.rows[row_key(failed)].status.text()
    assert not Path(failed.target).exists()
    key = window.page.models[0].key
    quant_button = window.quant_tree.itemWidget(window.quant_item(key), 5)
    qtbot.waitUntil(lambda: quant_button.text() == "Retry", timeout=5000)  # nothing kept


def test_quant_row_of_a_file_in_the_library_offers_to_chat(qtbot, browser: ModelBrowser,
                                                           tiny_files: dict[str, Path]) -> None:
    window = browser
    # already there before the page opens: copied into the library by hand
    folder = window.ctx.paths.models / "tester" / "tiny-GGUF"
    folder.mkdir(parents=True)
    shutil.copy(tiny_files["medium"], folder / "tiny-Q8_0.gguf")
    open_tiny(qtbot, window)
    tree = window.quant_tree

    def row(i: int) -> tuple[str, str]:
        return tree.topLevelItem(i).text(1), tree.itemWidget(tree.topLevelItem(i), 5).text()

    assert row(0) == ("tiny-Q4_K_M.gguf", "Download")
    assert row(1) == ("tiny-Q8_0.gguf", "Chat with it")  # the button says it is here
    assert window.quant_tree.topLevelItem(1).toolTip(1) == (
        "tiny-Q8_0.gguf: in your library already")
    used = []
    window.useModelRequested.connect(used.append)
    qtbot.mouseClick(tree.itemWidget(tree.topLevelItem(1), 5), Qt.MouseButton.LeftButton)
    [model] = [m for m in window.ctx.library.models() if m.file_name == "tiny-Q8_0.gguf"]
    assert used == [model.key] and window.manager.downloads() == []
    # downloaded from the page: the row changes when the file is in the library
    with qtbot.waitSignal(window.downloadFinished, timeout=15000):
        qtbot.mouseClick(tree.itemWidget(tree.topLevelItem(0), 5), Qt.MouseButton.LeftButton)
    assert row(0) == ("tiny-Q4_K_M.gguf", "Chat with it")
    # the split F16 comes whole; its row waits for both parts
    qtbot.mouseClick(tree.itemWidget(tree.topLevelItem(2), 5), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row(2) == ("tiny-F16.gguf (2 parts)", "Chat with it"),
                    timeout=15000)
    assert all(d.status == DONE for d in window.manager.downloads())
    # and is announced once whole, by the name that stands for its parts
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == (
        "tiny-F16.gguf (2 parts) is downloaded, verified and ready."), timeout=5000)
    # one row for the split model, by its shared name, with one "Chat with it"
    offers = {row.name.text().rsplit(" · ", 1)[1]: row.use_button.isVisibleTo(window)
              for row in window.rows.values()}
    assert offers == {"tiny-Q4_K_M.gguf": True, "tiny-F16.gguf (2 parts)": True}
    split = window.rows[row_key(window.manager.downloads()[-1])]
    assert split.status.text().startswith("Downloaded and verified")
    shot(window, "model-browser-in-library")


def test_gated_model_page_says_what_to_do(qtbot, browser: ModelBrowser) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit
    from test_window_failures import answer_box

    window = browser
    search(qtbot, window, "gated")
    window.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.page is not None, timeout=5000)
    assert window.gated_label.isVisible() and "accept its license" in window.gated_label.text()
    key = window.page.models[0].key
    qtbot.waitUntil(lambda: window.badge(key).toolTip() != "", timeout=5000)
    assert "accept the license" in window.badge(key).toolTip()
    # settled: the memory is not known, the badge says why (was "…" and "?" for ever)
    assert window.quant_item(key).text(3) == "—" and window.badge(key).text() == "gated"
    seen: list[str] = []
    answer_box(QMessageBox.StandardButton.Ok, seen)
    window.download(key)  # no token: said at once, nothing queued that must fail
    assert seen[0].startswith("corp/gated-GGUF is gated") and window.manager.downloads() == []
    # a token that may read it: the page is read again with it
    def enter_token() -> None:
        box = window.token_box
        box.findChild(QLineEdit).setText("hf_allowed")
        box.accept()

    QTimer.singleShot(0, enter_token)
    window.edit_token()
    qtbot.waitUntil(lambda: window.quant_item(key) is not None
                    and window.quant_item(key).text(3) not in ("…", "—"), timeout=10000)
    assert window.badge(key).text() != "gated"
    assert "fetched with your access token" in window.gated_label.text()  # not "add a token"


def test_offline_switch_blocks_the_window(qtbot, browser: ModelBrowser, hub: FakeHub) -> None:
    window = browser
    hub.reset_log()
    hint = "Type a name and press Enter to search the Hub."
    assert window.results_label.text() == hint
    hub.faults.fail("/api/models", 401)  # a search refused: its line, and Try again
    window.search_edit.setText("tiny")
    window.search()
    qtbot.waitUntil(window.retry_button.isVisible)
    window.set_offline(True)
    assert not window.retry_button.isVisible()  # (it would do nothing)
    assert window.results_label.text() == ""
    hub.faults.clear()
    hub.reset_log()
    assert window.offline_banner.isVisible() and not window.search_edit.isEnabled()
    assert window.results_label.text() == ""  # no hint that the banner contradicts
    window.search()
    window.open_model("tester/tiny-GGUF")  # (as a recommended model's link opens it)
    qtbot.waitUntil(lambda: window.meta_label.text().startswith("Offline mode is on"))
    assert not window.page_retry.isVisible()  # (trying again offline would do the same)
    assert hub.requests == []
    assert window.ctx.settings_file.load().offline
    window.set_offline(False)
    assert window.results_label.text() == hint
    # the page that could not be loaded is loaded now: no "offline" left on it
    qtbot.waitUntil(lambda: window.page is not None
                    and window.page.repo_id == "tester/tiny-GGUF", timeout=10000)
    assert "Offline" not in window.meta_label.text()
    key = window.page.models[0].key
    button = window.quant_tree.itemWidget(window.quant_item(key), 5)
    assert button.text() == "Download" and button.isEnabled()
    window.set_offline(True)  # a download would only fail: its button says so
    assert not button.isEnabled()
    assert button.toolTip() == "Offline mode is on: turn it off to download."
    window.set_offline(False)
    assert button.isEnabled() and button.toolTip() == ""
    search(qtbot, window, "tiny")
    assert window.results.count() == 1
    # Resume pressed while offline: the download waits, it has not failed
    window.manager.max_parallel = 0  # (it stays queued: the state below is set by hand)
    window.download(window.page.models[0].key)
    row = next(iter(window.rows.values()))
    d = row.parts()[0]
    d.status, d.error_template, d.error_params = FAILED, OFFLINE, {}
    row.refresh()
    assert row.status.text().startswith("Offline mode is on: the Hugging Face Hub is not "
                                        "contacted.") and not row.status.property("failed")


def test_a_folder_added_with_no_model_in_it_is_not_linked(
        qtbot, browser: ModelBrowser, tmp_path: Path, tiny_files: dict[str, Path]) -> None:
    """was: kept as a linked folder all the same, its damaged files said again on each
    listing; a folder with models is kept, and what comes there later is added."""
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "junk.gguf").write_text("not a model")
    assert browser.link_path(broken) == 0
    browser.skipped_box.close()
    assert browser.statusBar().currentMessage() == (
        f"No GGUF models in {broken}, so it is not linked: add it again once it holds models.")
    assert browser.ctx.library.folders.folders() == []
    shutil.copy(tiny_files["small"], broken / "mine-Q4_0.gguf")
    assert browser.link_path(broken) == 1
    assert [p for p, _layout in browser.ctx.library.folders.folders()] == [broken]


def test_a_damaged_header_with_a_count_beyond_64_bits_is_one_line(
        qtbot, browser: ModelBrowser, tmp_path: Path) -> None:
    """A header that claims more metadata entries than any integer Qt writes is refused
    with its reason, not "Something unexpected went wrong (OverflowError)"."""
    import struct

    damaged = tmp_path / "broken.gguf"
    damaged.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, 13857305367396801973)
                        + os.urandom(4096))
    assert browser.link_path(damaged) == 0
    box = browser.skipped_box
    assert box.text() == "Not added (1):"
    assert "13857305367396801973 metadata entries" in box.informativeText()
    box.close()
    browser.show_skipped(["a.gguf is damaged.", "b.gguf is not a model."])
    assert browser.skipped_box.text() == "Not added (2):"  # each apart, not run together
    assert browser.skipped_box.informativeText() == (
        "• a.gguf is damaged.\n\n• b.gguf is not a model.")
    browser.skipped_box.close()


def test_library_tab_links_and_deletes(qtbot, browser: ModelBrowser, tmp_path: Path,
                                       tiny_files: dict[str, Path],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = browser
    folder = tmp_path / "lmstudio" / "models" / "someone" / "x-GGUF"
    folder.mkdir(parents=True)
    shutil.copy(tiny_files["small"], folder / "x-Q4_0.gguf")
    from gguf_factory import write_not_chat

    write_not_chat(folder / "mmproj-x-F16.gguf", "vision-projector")
    os.symlink(tmp_path / "unplugged" / "y.gguf", folder / "y-Q4_0.gguf")
    assert window.link_path(tmp_path / "lmstudio" / "models", "lmstudio") == 2
    box = window.skipped_box  # what was not added is said, not skipped in silence
    assert box.text() == "Not added (1):"
    assert box.informativeText() == (
        f"• {folder / 'y-Q4_0.gguf'} is a symbolic link to {tmp_path / 'unplugged' / 'y.gguf'}, "
        "which does not exist; skipped.")
    box.close()
    tree = window.library_tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    projector = next(i for i in items if i.text(0) == "mmproj-x-F16")
    assert projector.text(1) == "vision projector"
    assert projector.text(5) == "–"  # no template to lack (was: "no · base model")
    for column in (0, 6):  # below the chat models, whichever way a column sorts
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tree.sortByColumn(column, order)
            assert tree.topLevelItem(tree.topLevelItemCount() - 1) is projector, (column, order)
    tree.clearSelection()
    assert window.library_info.text().endswith("\n1 other file, not for chatting")
    assert window.library_info.text().startswith("2 models · folder: ")
    tree.setCurrentItem(projector)
    assert not window.use_button.isEnabled() and window.delete_button.isEnabled()
    item = next(i for i in items if i.text(0) == "x-Q4_0")
    assert item.text(1) == "llama" and item.text(5) == "yes" and "LM Studio" in item.text(8)
    # a linked file deleted since is listed as missing, not as an unreadable file of 0 bytes
    moved = tmp_path / "moved.gguf"
    os.rename(folder / "x-Q4_0.gguf", moved)
    window.refresh_library()
    gone = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0) == "x-Q4_0")
    assert gone.text(1) == "missing" and gone.text(6) == "–"
    assert "is not there any more" in gone.toolTip(1)
    tree.setCurrentItem(gone)  # picked, it says why under the list too (not only on hover)
    assert window.library_info.text().splitlines()[1].startswith("The linked file ")
    os.rename(moved, folder / "x-Q4_0.gguf")
    window.refresh_library()
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    item = next(i for i in items if i.text(0) == "x-Q4_0")
    tree.setCurrentItem(item)
    assert window.delete_button.text() == "Remove from list…"
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)
    window.delete_selected()
    assert any(tree.topLevelItem(i).text(0) == "x-Q4_0" for i in range(tree.topLevelItemCount()))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    tree.setCurrentItem(next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                             if tree.topLevelItem(i).text(0) == "x-Q4_0"))
    window.delete_selected()
    assert not any(tree.topLevelItem(i).text(0) == "x-Q4_0"
                   for i in range(tree.topLevelItemCount()))
    assert (folder / "x-Q4_0.gguf").exists()


def test_main_window_menu_opens_the_browser(qtbot, hub: FakeHub, starter_home: Path) -> None:
    from chatapp.ui.main_window import MainWindow

    make_application()
    ctx = open_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        actions = [a.text() for a in window.models_menu.actions()]
        assert actions[:3] == ["&Browse models…", "&Add models from disk…",
                               "Open models &folder"]
        window.models_menu.actions()[0].trigger()
        browser = window.model_browser
        assert browser.isVisible()
        before = window.model_box.count()
        folder = ctx.paths.models / "tester" / "x"
        folder.mkdir(parents=True)
        from gguf_factory import write_tiny_llama

        write_tiny_llama(folder / "new-F32.gguf")
        browser.modelsChanged.emit()
        assert window.model_box.count() == before + 1
        key = next(m.key for m in ctx.library.models() if m.file_name == "new-F32.gguf")
        browser.useModelRequested.emit(key)
        assert window.current_model().file_name == "new-F32.gguf"
        # an answer by it since: the browser shown again says when it was used last
        conversation = ctx.store.create_conversation()
        question = ctx.store.add_message(conversation.id, None, "user", "hi")
        ctx.store.add_message(conversation.id, question.id, "assistant", "hello", model_key=key)
        browser.hide()
        from chatapp.ui.model_browser import show_model_browser

        show_model_browser(window, 1)
        tree = browser.library_tree
        row = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                   if tree.topLevelItem(i).text(0) == "new-F32")
        assert row.text(9) != "never"
        browser.hide()  # opened on the Hub's tab: what is typed is a search (was: lost)
        show_model_browser(window, 0)
        qtbot.waitUntil(browser.isActiveWindow)
        assert browser.focusWidget() is browser.search_edit
        browser.shutdown()
    finally:
        window.close()
        ctx.close()


def test_offline_setting_from_the_last_run_can_be_turned_off(
        qtbot, hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.delenv("CHATAPP_OFFLINE_SETTING", raising=False)
    make_application()
    ctx = open_app()
    ctx.settings.offline = True
    ctx.save_settings()
    ctx.close()
    ctx = open_app()  # starts offline: the app sets HF_HUB_OFFLINE for huggingface_hub
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    window = ModelBrowser(ctx)
    qtbot.addWidget(window)
    try:
        assert window.offline_banner.isVisibleTo(window) and window.hub_config().offline
        window.set_offline(False)
        assert not window.hub_config().offline
        search(qtbot, window, "tiny")
        assert window.results.count() == 1
    finally:
        window.shutdown()
        ctx.close()


def test_the_window_closes_with_ctrl_w_and_esc(qtbot, browser: ModelBrowser) -> None:
    for keys in ((Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
                 (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)):
        browser.show()
        browser.activateWindow()
        qtbot.waitUntil(browser.isActiveWindow)
        qtbot.keyClick(browser.tabs, *keys)
        qtbot.waitUntil(lambda: not browser.isVisible())


def test_a_retrying_download_says_so_and_the_next_one_says_why_it_waits(
        qtbot, browser: ModelBrowser, hub: FakeHub) -> None:
    window = browser
    open_tiny(qtbot, window)
    window.manager.max_parallel = 1
    window.manager.retry_delays = (2.0, 2.0)
    hub.faults.fail("/tester/tiny-GGUF/resolve/*", 500, times=1)
    window.download(window.page.models[1].key)
    window.download(window.page.models[0].key)
    first, second = window.manager.downloads()
    qtbot.waitUntil(lambda: "trying again" in window.rows[row_key(first)].status.text(),
                    timeout=5000)
    text = window.rows[row_key(first)].status.text()
    assert "The Hub answered HTTP 500, trying again in 2 s (attempt 2 of 3)" in text
    assert "/s" not in text and "left" not in text
    assert window.rows[row_key(second)].status.text().startswith(
        "Waiting: the downloads ahead lost their connection and are trying again")
    qtbot.waitUntil(lambda: "in 1 s" in window.rows[row_key(first)].status.text(), timeout=3000)
    window.download(window.page.models[2].key)  # a third row, and a quant row that waits
    assert window.quant_tree.itemWidget(window.quant_tree.topLevelItem(1), 5).text() == "↓ 0 %"
    assert window.downloads_title.text() == "Downloads (1 active, 2 waiting)"  # one at a time
    qtbot.wait(100)
    shot(window, "model-browser-retrying")
    qtbot.waitUntil(lambda: first.status == DONE and second.status == DONE, timeout=20000)


def cancel_answering(qtbot, row, button) -> list[tuple[str, str, str]]:
    """Click the row's Cancel and answer its question with button: (title, text, the
    default button's text) of each question asked."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    asked: list[tuple[str, str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append((box.windowTitle(), box.text(), box.defaultButton().text()
                          .replace("&", "")))
            box.button(button).click()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    return asked


def test_cancelling_one_part_of_a_split_model_cancels_it_whole(
        qtbot, browser: ModelBrowser, hub: FakeHub) -> None:
    from chatapp.hub.download import CANCELLED

    window = browser
    open_tiny(qtbot, window)
    hub.faults.rate = 50_000
    tree = window.quant_tree
    button = tree.itemWidget(tree.topLevelItem(2), 5)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    parts = window.manager.downloads()
    assert len(parts) == 2
    qtbot.waitUntil(lambda: button.text().startswith("↓ ") and button.text().endswith(" %"),
                    timeout=5000)
    assert not button.isEnabled()
    assert row_key(parts[0]) == row_key(parts[1])  # one row for the parts
    row = window.rows[row_key(parts[0])]
    assert row.name.text().endswith("(2 parts)") and len(window.rows) == 1
    qtbot.waitUntil(lambda: sum(d.done_bytes for d in parts) > 0, timeout=5000)
    asked = cancel_answering(qtbot, row, QMessageBox.StandardButton.No)  # data would be lost
    assert asked[0][0] == "Cancel the download?" and asked[0][2] == "No"
    # no size frozen as the question opened (was: "The 6 MB downloaded so far will be
    # deleted." while the row behind it went on to 7 MB of 17 MB)
    assert asked[0][1] == (f"Cancel the download of {row.name.text()}? The part downloaded "
                           "so far will be deleted.")
    assert all(d.status != CANCELLED for d in parts)
    cancel_answering(qtbot, row, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: all(d.status == CANCELLED for d in parts), timeout=10000)
    qtbot.waitUntil(lambda: button.text() == "Download" and button.isEnabled(), timeout=5000)
    qtbot.waitUntil(lambda: not row.cancel_button.isVisible(), timeout=5000)
    assert row.status.text() == "Cancelled"
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)  # Clear takes both parts
    assert window.rows == {} and window.manager.downloads() == []
    qtbot.waitUntil(lambda: not list(window.manager.folder.glob("*.incomplete")),
                    timeout=5000)


def test_not_enough_space_is_said_before_the_memory_question(
        qtbot, browser: ModelBrowser, monkeypatch: pytest.MonkeyPatch) -> None:
    window = browser
    open_tiny(qtbot, window)
    free = shutil.disk_usage(window.ctx.paths.data).free
    window.manager.reserve_bytes = free - 1000
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or
                        QMessageBox.StandardButton.Ok)
    window.download(window.page.models[1].key)
    [text] = shown
    assert text.startswith("Not enough disk space for tiny-Q8_0.gguf: it needs ")
    assert "is kept free for the system" in text and " 0 bytes is free" not in text
    assert window.manager.downloads() == []


def test_counts_use_the_locales_decimal_separator(qtbot, browser: ModelBrowser) -> None:
    from PySide6.QtCore import QLocale

    from chatapp.ui.browser_hub import breakable

    before = QLocale()
    QLocale.setDefault(QLocale("id_ID"))
    try:
        search(qtbot, browser, "tiny")
        assert "120K params" in browser.results.item(0).text()  # (a tenth of 0: not shown)
        browser.results.setCurrentRow(0)
        qtbot.waitUntil(lambda: browser.page is not None, timeout=5000)
        assert "120K" in browser.meta_label.text() and "120,0K" not in browser.meta_label.text()
        from chatapp.ui.browser_hub import count_text
        from chatapp.units import people_count

        # as the downloads beside it, in the app's language (was: "120,4K" beside "1.2K")
        assert count_text(120_400) == people_count(120_400) == "120.4K"
    finally:
        QLocale.setDefault(before)
    text = "Could not reach (http://127.0.0.1:9/api/models?search=x&limit=50)."
    assert breakable(text).replace("\u200b", "").replace("\u2060", "") == text
    assert "(http://\u2060127.0.0.1:9/\u200bapi/\u200bmodels?\u200bsearch=\u200bx&\u200blimit" \
        in breakable(text)


def test_a_failed_search_offers_to_try_again(qtbot, browser: ModelBrowser, hub: FakeHub,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from llama_server import free_port

    search(qtbot, browser, "tiny")
    browser.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: browser.page is not None, timeout=5000)
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{free_port()}")  # nothing answers
    browser.search_edit.setText("tiny")
    qtbot.keyClick(browser.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(browser.retry_button.isVisible, timeout=20000)
    assert browser.results_label.text().startswith("Could not reach the Hugging Face Hub")
    # what the last search found is not shown as if this one had found it
    assert browser.results.count() == 0 and browser.page is None
    assert browser.title_label.text() == "No model selected"
    monkeypatch.setenv("HF_ENDPOINT", hub.url)  # the network is back
    qtbot.mouseClick(browser.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "found" in browser.results_label.text(), timeout=5000)
    assert not browser.retry_button.isVisible() and browser.results.count() == 1


def test_a_search_that_hits_the_limit_says_so(qtbot, browser: ModelBrowser,
                                              hub: FakeHub) -> None:
    for n in range(55):
        hub.add_repo(f"many/m{n:02d}-GGUF", {f"m{n:02d}-Q4_0.gguf": b"GGUF" + bytes(60)})
    browser.search_edit.setText("m")
    qtbot.keyClick(browser.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "shown" in browser.results_label.text(), timeout=5000)
    assert browser.results_label.text() == (
        "The first 50 models found are shown; more match: Show more lists more, or refine the "
        "search.")
    assert browser.results.count() == 50 and browser.more_button.isVisible()
    browser.results.setCurrentRow(40)
    qtbot.mouseClick(browser.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: browser.results.count() > 50, timeout=5000)
    assert browser.results_label.text() == "Models found: 55"
    assert not browser.more_button.isVisible() and browser.results.currentRow() == 40
    assert len({browser.results.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(55)}) == 55  # the next page, not the first again
    browser.search_edit.setText("m0")  # a new search starts from the first 50 again
    qtbot.keyClick(browser.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: browser.results_label.text() == "Models found: 10", timeout=5000)
    assert browser.search_limit == 50


def test_a_file_the_hub_serves_damaged_says_so_and_is_not_downloaded(
        qtbot, browser: ModelBrowser, hub: FakeHub, tiny_files: dict[str, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    whole = tiny_files["large"].read_bytes()
    hub.add_repo("broken/cut-GGUF", {"cut-Q4_K_M.gguf": whole[: len(whole) // 2]})
    window = browser
    search(qtbot, window, "cut")
    window.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.page is not None and bool(window.damaged), timeout=10000)
    badge = window.badge(window.page.models[0].key)
    assert badge.text() == "damaged" and "is incomplete" in badge.toolTip()
    # its button is off and says why (was: Download, which only answered with the reason)
    item = window.quant_item(window.page.models[0].key)
    button = window.quant_tree.itemWidget(item, 5)
    assert not button.isEnabled() and "is incomplete" in button.toolTip()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or
                        QMessageBox.StandardButton.Ok)
    window.download(window.page.models[0].key)
    [text] = shown
    assert text.startswith("cut-Q4_K_M.gguf on the Hub is incomplete, so it is not downloaded")
    assert window.manager.downloads() == []
    shot(window, "model-browser-damaged")


def test_a_split_model_with_a_part_missing_on_the_hub_is_listed_as_incomplete(
        qtbot, browser: ModelBrowser, hub: FakeHub, tiny_files: dict[str, Path]) -> None:
    """A split model whose repo lacks a part gets a row that says which part, with no
    Download (was: left out of the table without a word)."""
    hub.add_repo("tester/halved-GGUF", {
        "halved-Q8_0.gguf": tiny_files["small"],
        "halved-IQ2_XXS-00001-of-00002.gguf": tiny_files["large"]})
    window = browser
    search(qtbot, window, "halved")
    window.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.page is not None and len(window.shapes) == 1, timeout=10000)
    assert window.quant_tree.topLevelItemCount() == 2
    [cut] = window.page.incomplete
    row = window.quant_item(cut.key)
    assert row.text(0) == "IQ2_XXS"
    assert row.text(1) == "halved-IQ2_XXS.gguf (incomplete: part 2 of 2 missing)"
    assert window.quant_tree.itemWidget(row, 5) is None  # nothing to download
    badge = window.badge(cut.key)
    assert badge.text() == "incomplete"
    assert badge.toolTip() == (
        "halved-IQ2_XXS.gguf in tester/halved-GGUF is a model split into 2 parts, and part 2 "
        "is not in the repository, so it cannot be downloaded. Ask its authors, or choose "
        "another file.")
    window.download(cut.key)
    assert window.manager.downloads() == []
    whole = window.quant_item(window.page.models[0].key)  # the whole model is offered still
    assert window.quant_tree.itemWidget(whole, 5).text() == "Download"


def test_a_download_the_app_stopped_is_said_at_the_next_start(
        qtbot, hub: FakeHub, starter_home: Path, tmp_path: Path) -> None:
    """The app closed while a download ran: the next start says so in the status bar, in a
    sentence, with a Resume button right there that goes on with it (was: "…: Resume in
    Models → Browse models… goes on with it.", a menu to hunt in, and in Malay a sentence
    that did not parse); nothing resumes before the click."""
    from gguf_factory import write_tiny_llama

    from chatapp.hub.client import HubClient
    from chatapp.hub.config import HubConfig
    from chatapp.hub.download import DownloadManager
    from chatapp.ui.main_window import MainWindow

    model = write_tiny_llama(tmp_path / "m.gguf", n_embd=256, n_ff=512)
    hub.add_repo("tester/slow-GGUF", {"slow-F32.gguf": model})
    config = HubConfig(hub.url, None, False)
    page = HubClient(config).model("tester/slow-GGUF", with_card=False)
    make_application()
    ctx = open_app()
    hub.faults.rate = 2e6
    manager = DownloadManager(ctx.paths, lambda: config, reserve_bytes=0)
    job = manager.add("tester/slow-GGUF", page.models[0].files, page.commit)[0]
    qtbot.waitUntil(lambda: job.done_bytes > 0, timeout=10000)
    manager.close()  # the app closed
    hub.faults.rate = None
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        window.show()
        notice = window.interrupted_notice
        assert notice.isVisible() and notice.label.text() == (
            "A download stopped when ChatApp last closed. “Resume” goes on with it from where "
            "it stopped.")
        assert notice.resume_button.text() == "Resume"
        assert getattr(window, "model_browser", None) is None  # not resumed unasked
        kept = job.done_bytes
        qtbot.mouseClick(notice.resume_button, Qt.MouseButton.LeftButton)
        browser = window.model_browser
        assert browser.isVisible() and not notice.isVisible()
        again = browser.manager.get(job.id)
        qtbot.waitUntil(lambda: again.status == DONE, timeout=20000)
        resumed = [r for r in hub.requests if r.range == f"bytes={kept}-"]
        assert len(resumed) == 1  # from where it stopped
        browser.shutdown()
    finally:
        window.close()
        ctx.close()


def test_the_estimate_says_when_the_model_takes_less_context_than_asked(
        qtbot, browser: ModelBrowser) -> None:
    window = browser
    open_tiny(qtbot, window)
    key = window.page.models[0].key
    item = window.quant_item(key)
    counted_at_most = item.text(3)
    assert " at " not in counted_at_most and item.toolTip(3) == ""
    window.context_spin.setValue(window.context_spin.maximum())  # past the model's 32,768
    from PySide6.QtCore import QLocale

    assert item.text(3) == f"{counted_at_most} at {QLocale().toString(32768)}"
    assert "the most this model takes" in item.toolTip(3)


def test_download_counts_use_the_languages_own_abbreviations(qtbot) -> None:
    """Indonesian writes a million "jt" and a thousand "rb" (its "M" is a billion); the
    parameters of a model too, as the downloads beside them."""
    from PySide6.QtCore import QLocale

    from chatapp.ui.app import install_language
    from chatapp.ui.browser_hub import count_text
    from chatapp.units import people_count

    app = make_application()
    before = QLocale()
    try:
        assert (people_count(5_000_000), people_count(1_234), people_count(950)) == (
            "5M", "1.2K", "950")
        install_language(app, "id")
        QLocale.setDefault(QLocale("id_ID"))
        assert (people_count(5_000_000), people_count(1_234), people_count(2e9)) == (
            "5 jt", "1,2 rb", "2 M")
        assert people_count(999_999) == "1 jt"  # not "1.000 rb"
        assert count_text(268_100_000) == "268,1 jt"  # as its downloads (was: "268,1M")
    finally:
        install_language(app, "en")
        QLocale.setDefault(before)


def test_a_download_that_gets_no_bytes_says_how_long_it_waited(qtbot, browser: ModelBrowser,
                                                               hub: FakeHub) -> None:
    window = browser
    open_tiny(qtbot, window)
    entry = window.page.models[1]
    assert entry.files[0].size > 3 * CHUNK
    hub.faults.stall_after(entry.files[0].path, 2 * CHUNK)  # fast at first, then nothing
    window.download(entry.key)
    download = window.manager.downloads()[0]
    row = window.rows[row_key(download)]
    qtbot.waitUntil(lambda: download.done_bytes > 0, timeout=5000)
    qtbot.waitUntil(lambda: "no data for 0:0" in row.status.text(), timeout=6000)
    assert "/s" not in row.status.text() and "left" not in row.status.text()
    shown = row.status.text()
    qtbot.waitUntil(lambda: row.status.text() != shown, timeout=3000)  # it counts on
    shot(window, "model-browser-no-data")
    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    hub.faults.clear()
    qtbot.waitUntil(lambda: download.status == PAUSED, timeout=15000)
    qtbot.waitUntil(lambda: row.status.text().startswith("Paused"), timeout=5000)


def test_a_slow_download_is_not_taken_for_a_stalled_one() -> None:
    from chatapp.hub.download_record import RUNNING, Download

    download = Download("id", "tester/tiny-GGUF", "tiny.gguf", "main", 10 << 20, "", "/x",
                        status=RUNNING, speed=30_000.0, data_at=100.0)
    # 30 kB/s: the next block of CHUNK bytes is due after about 9 s
    assert download.waiting_s(now=110.0) is None
    assert download.waiting_s(now=130.0) == pytest.approx(30.0)
    download.speed = 10e6  # fast: three seconds of nothing is a stall
    assert download.waiting_s(now=102.0) is None and download.waiting_s(now=103.5) == 3.5


def test_a_new_search_keeps_the_page_only_of_a_model_it_lists(qtbot,
                                                              browser: ModelBrowser) -> None:
    """The page shown stays (its row marked) when a new search lists its model, and gives way
    to "No model selected" when the results no longer hold it."""
    window = browser
    open_tiny(qtbot, window)
    search(qtbot, window, "")
    assert window.page.repo_id == "tester/tiny-GGUF"
    row = window.results.currentRow()
    assert window.results.item(row).data(Qt.ItemDataRole.UserRole) == "tester/tiny-GGUF"
    search(qtbot, window, "other")
    assert window.page is None and window.quant_tree.topLevelItemCount() == 0
    assert window.title_label.text() == "No model selected"
    assert window.results.currentRow() == -1


def window_downloading(qtbot, hub: FakeHub, tmp_path: Path):
    """The main window with its model browser, downloading a slow model: (ctx, window, the
    download, once it has bytes)."""
    from gguf_factory import write_tiny_llama

    from chatapp.ui.main_window import MainWindow

    model = write_tiny_llama(tmp_path / "m.gguf", n_embd=256, n_ff=512)
    hub.add_repo("tester/slow-GGUF", {"slow-F32.gguf": model})
    make_application()
    ctx = open_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.models_menu.actions()[0].trigger()
    browser = window.model_browser
    assert browser.may_quit()  # no download: no question
    browser.manager.reserve_bytes = 0
    hub.faults.rate = 2e5
    page = browser.client().model("tester/slow-GGUF", with_card=False)
    job = browser.manager.add("tester/slow-GGUF", page.models[0].files, page.commit)[0]
    qtbot.waitUntil(lambda: job.done_bytes > 0, timeout=10000)
    return ctx, window, job


def test_quitting_while_a_download_runs_asks_first(qtbot, hub: FakeHub, starter_home: Path,
                                                   tmp_path: Path) -> None:
    """Closing the app while a download runs asks first: No keeps the app and the download
    going; a signal closes it without asking and stops it where it is (resumable at the next
    start)."""
    from test_window_failures import answer_box

    from chatapp.hub.download import PAUSED, RUNNING

    ctx, window, job = window_downloading(qtbot, hub, tmp_path)
    browser = window.model_browser
    seen: list[str] = []
    default: list[bool] = []

    def no_is_default() -> None:
        box = QApplication.activeModalWidget()
        default.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))

    answer_box(QMessageBox.StandardButton.No, seen, before=no_is_default)
    window.close()
    assert window.isVisible() and job.status == RUNNING
    # a sentence, and Enter keeps the app open (was: "Downloads not finished: 1. Quit
    # anyway?…" with Yes the default)
    assert seen[0] == ("A download is not finished. Quit anyway? It stops where it is; next "
                       "time, “Resume” in the status bar goes on with it from there.")
    assert default == [True]
    asked = len(seen)
    window.close_without_asking()  # a signal (a logout, `kill`): nobody is asked
    assert not window.isVisible() and len(seen) == asked
    browser.shutdown()
    assert job.status == PAUSED and job.done_bytes < job.size
    hub.faults.rate = None
    ctx.close()


def test_retry_now_starts_a_waiting_download_once_the_hub_is_back(
        qtbot, browser: ModelBrowser, hub: FakeHub) -> None:
    """The Hub stops answering: the row waits out its retry timer with a Retry now button;
    the Hub back, Retry now fetches at once (was: the row waited "trying again in 47 s" with
    only Pause, then Resume, to cut it short)."""
    window = browser
    open_tiny(qtbot, window)
    window.manager.retry_delays = (120.0, 120.0)
    hub.close()  # the network is gone
    window.download(window.page.models[0].key)
    download = window.manager.downloads()[0]
    row = window.rows[row_key(download)]
    qtbot.waitUntil(lambda: "trying again in" in row.status.text(), timeout=10000)
    assert row.retry_now_button.isVisible() and row.retry_now_button.text() == "Retry now"
    hub.reopen()  # and back
    qtbot.mouseClick(row.retry_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: download.status == DONE, timeout=15000)  # not after 120 s
    assert not row.retry_now_button.isVisible()


def test_rows_keep_their_place_and_offline_mode_pauses_downloads_until_it_is_off(
        qtbot, browser: ModelBrowser, hub: FakeHub) -> None:
    """A row that starts again stays where it is (the Cancel under the pointer is still its
    own); Work offline pauses what is under way, and turned off again it goes on."""
    from chatapp.hub.download import DONE, PAUSED

    window = browser
    open_tiny(qtbot, window)
    hub.faults.rate = 50_000
    window.download(window.page.models[1].key)
    window.download(window.page.models[2].key)
    first, *_ = window.manager.downloads()
    rows = window.rows_layout
    order = [rows.itemAt(i).widget() for i in range(rows.count())]
    row = window.rows[row_key(first)]
    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.status == PAUSED, timeout=5000)
    qtbot.mouseClick(row.resume_button, Qt.MouseButton.LeftButton)
    assert [rows.itemAt(i).widget() for i in range(rows.count())] == order
    downloads = window.manager.downloads()
    qtbot.waitUntil(lambda: any(d.done_bytes > 0 for d in downloads), timeout=5000)
    window.set_offline(True)  # (a transfer stops at its next chunk: seconds at this rate)
    # (one that came whole before the switch, at a loaded machine's pace, stays done)
    qtbot.waitUntil(lambda: all(d.status in (PAUSED, DONE) for d in downloads)
                    and any(d.status == PAUSED for d in downloads), timeout=20000)
    assert window.statusBar().currentMessage() == (
        "Downloads paused: offline mode is on. They go on when it is turned off.")
    got = [d.done_bytes for d in downloads]
    qtbot.wait(300)
    assert [d.done_bytes for d in downloads] == got  # nothing more comes
    hub.faults.rate = None
    window.set_offline(False)
    assert window.statusBar().currentMessage() == ""  # (it said they were paused)
    qtbot.waitUntil(lambda: all(d.status == DONE for d in downloads), timeout=20000)


def test_switching_the_language_keeps_downloads_going_without_the_quit_question(
        qtbot, hub: FakeHub, starter_home: Path, tmp_path: Path) -> None:
    from test_window_failures import answer_box

    from chatapp.hub.download import DONE, PAUSED, RUNNING
    from chatapp.ui.app import install_language, reopened

    ctx, window, job = window_downloading(qtbot, hub, tmp_path)
    browser = window.model_browser
    seen: list[str] = []
    answer_box("Beralih sekarang", seen)
    indonesian = next(a for a in window.findChildren(QAction) if a.data() == "language:id")
    try:
        indonesian.trigger()
        assert not window.isVisible() and len(seen) == 2  # the language question only
        browser.shutdown()  # as the event loop ends
        assert job.status == PAUSED
        hub.faults.rate = None  # (read as a transfer starts)
        again = reopened(window)
        qtbot.addWidget(again)
        qtbot.wait(50)  # (what the new window says at its start)
        assert "chatapp" not in again.statusBar().currentMessage()  # not "stopped when …"
        moved = next(d for d in again.model_browser.manager.downloads() if d.id == job.id)
        qtbot.waitUntil(lambda: moved.status in (RUNNING, DONE), timeout=5000)
        qtbot.waitUntil(lambda: moved.status == DONE, timeout=20000)
    finally:  # (a failure leaves no question open: the test run goes on)
        for shown in (window, locals().get("again")):
            if shown is not None and getattr(shown, "model_browser", None) is not None:
                shown.model_browser.shutdown()
                shown.close_without_asking()
        install_language(QApplication.instance(), "en")
        ctx.close()


def test_the_language_question_can_be_cancelled(qtbot, starter_home: Path) -> None:
    """Escape in the language question keeps the language as it was (was: "at the next
    start", the new one saved)."""
    from test_window_failures import answer_box

    from chatapp.settings import SettingsFile
    from chatapp.ui.app import install_language
    from chatapp.ui.main_window import MainWindow

    make_application()
    ctx = open_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    before = ctx.settings.language
    seen: list[str] = []
    answer_box("Batal", seen)
    malay = next(a for a in window.findChildren(QAction) if a.data() == "language:ms")
    try:
        malay.trigger()
        assert seen and "Batal" in seen[1]  # asked in Malay, with Cancel
        assert ctx.settings.language == before
        assert SettingsFile(ctx.settings_file.path).load().language == before
        ticked = [a for a in window.findChildren(QAction)
                  if a.isCheckable() and a.isChecked() and str(a.data()).startswith("language:")]
        assert [a.data() for a in ticked] == [f"language:{before}"]
        assert window.isVisible() and not getattr(window, "reopen", False)
        assert window.menuBar().actions()[0].text() == "&File"  # English again
    finally:
        install_language(QApplication.instance(), "en")
        window.close()
        ctx.close()


def test_a_model_page_the_hub_refused_for_now_can_be_asked_again(
        qtbot, browser: ModelBrowser, hub: FakeHub) -> None:
    """A page refused with 429 (its wait said) offers Try again, which loads it; hidden
    once it is shown."""
    window = browser
    search(qtbot, window, "tiny")
    hub.faults.fail("/api/models/tester/tiny-GGUF*", 429, times=1, Retry_After="1")
    window.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.page_retry.isVisible(), timeout=5000)
    assert "limiting" in window.meta_label.text() and window.page is None
    window.page_retry.click()
    qtbot.waitUntil(lambda: window.page is not None, timeout=5000)
    assert not window.page_retry.isVisible() and window.page.repo_id == "tester/tiny-GGUF"


def test_the_quant_buttons_column_fits_what_its_buttons_say_in_every_language(
        qtbot, hub: FakeHub) -> None:
    """Filipino's "Makipag-chat dito" and "Subukang muli" are whole, not cut to the width
    "Download" needed."""
    from languages import in_each_language
    from PySide6.QtWidgets import QPushButton

    make_application()
    ctx = open_app()
    try:
        for language in in_each_language():
            window = ModelBrowser(ctx)
            qtbot.addWidget(window)
            window.show()
            window.search_edit.setText("tiny")
            qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda window=window: window.results.count() == 1, timeout=5000)
            window.results.setCurrentRow(0)
            qtbot.waitUntil(lambda window=window: len(window.shapes) == 3, timeout=10000)
            width = window.quant_tree.header().sectionSize(5)
            for source in ("Chat with it", "Retry", "Download"):
                text = QApplication.translate("HubTab", source)
                assert QPushButton(text).sizeHint().width() <= width, (language, text)
            window.shutdown()
            window.close()
    finally:
        ctx.close()


def test_the_risky_questions_default_to_no(qtbot, browser: ModelBrowser) -> None:
    """Enter does not fetch a model that will not fit (nor delete a file)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox
    from risky_question import answer_risky

    from chatapp.fit import TOO_BIG, Estimate

    too_big = Estimate(weights=30 << 30, kv_cache=5 << 30, compute=1 << 29, n_ctx=4096,
                       verdict=TOO_BIG, device="cpu", budget=8 << 30)
    asked: list[str] = []
    for largest in (None, 1024):
        QTimer.singleShot(0, lambda: answer_risky(QMessageBox.StandardButton.No, asked))
        assert not browser.confirm_fit("Big-Q4_K_M.gguf", too_big, browser, largest=largest)
    assert len(asked) == 2 and all(text.startswith("Big-Q4_K_M.gguf needs about ")
                                   for text in asked)


def test_add_from_disk_lists_another_apps_store_made_while_the_window_was_open(
        qtbot, browser: ModelBrowser, tmp_path: Path, monkeypatch) -> None:
    """Other apps' stores are looked for as the menu opens (was: once, as the window was
    built: LM Studio installed meanwhile was not offered until a restart)."""
    home = tmp_path / "user"
    monkeypatch.setenv("HOME", str(home))
    for name in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME", "XDG_CACHE_HOME",
                 "XDG_CONFIG_HOME", "OLLAMA_MODELS", "APPDATA"):
        monkeypatch.delenv(name, raising=False)
    menu = browser.add_button.menu()

    def shown() -> list[str]:
        menu.aboutToShow.emit()
        return [action.text() for action in menu.actions() if action.text()]

    assert shown()[-1] == "No other apps' models found"
    (home / ".lmstudio" / "models").mkdir(parents=True)
    assert shown() == ["A GGUF file…", "A folder…", "Other apps",
                       f"LM Studio ({home / '.lmstudio' / 'models'})"]
    browser.link_path(home / ".lmstudio" / "models", "lmstudio")  # linked: said so
    assert shown()[-1] == (f"LM Studio ({home / '.lmstudio' / 'models'}) · linked: new "
                           "models come by themselves")


def test_a_split_model_added_with_a_part_missing_says_so_as_it_is_added(
        browser: ModelBrowser, tmp_path: Path) -> None:
    """Added without one of its parts, a split model is said to be unusable at once, and
    its row says a part is missing (was: "Added 1 model", "unreadable")."""
    from gguf_factory import write_tiny_llama

    (tmp_path / "split").mkdir()
    first = write_tiny_llama(tmp_path / "split" / "Broken-F32.gguf", split_max_tensors=9)
    second = first.with_name(first.name.replace("00001-of", "00002-of"))
    second.unlink()
    assert browser.link_path(first.parent) == 1
    assert browser.statusBar().currentMessage() == (
        f"Added 1 model from {first.parent} (not copied). Broken-F32: Part 2 of "
        f"{first.name[-10:-5].lstrip('0')} of this model is missing: {second.name}")
    tree = browser.library_tree
    (row,) = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
              if tree.topLevelItem(i).text(0).startswith("Broken-F32")]
    assert row.text(1) == "part missing"


def test_a_file_that_became_unreadable_has_no_template_verdict(
        browser: ModelBrowser, tmp_path: Path) -> None:
    """A linked file damaged afterwards is "unreadable", and whether it has a chat template
    is not known: "?" (was: Template "no")."""
    from gguf_factory import write_tiny_llama

    (tmp_path / "later").mkdir()
    path = write_tiny_llama(tmp_path / "later" / "Later-F32.gguf")
    assert browser.link_path(path) == 1
    path.write_bytes(path.read_bytes()[:64])  # damaged after it was linked
    browser.ctx.library.changed()
    browser.refresh_library()
    tree = browser.library_tree
    (row,) = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
              if tree.topLevelItem(i).text(0).startswith("Later-F32")]
    assert (row.text(1), row.text(5)) == ("unreadable", "?")


def test_the_library_says_what_each_chat_model_needs_and_whether_it_fits(
        qtbot, browser: ModelBrowser) -> None:
    """Each chat model's memory at the context it loads with, and the verdict, with the
    breakdown as its tooltip (was: known only when a message was sent)."""
    tree = browser.library_tree
    assert tree.headerItem().text(7) == "Memory needed"
    browser.refresh_library()

    def rows() -> list:
        return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]

    qtbot.waitUntil(lambda: rows() and all(r.text(7) for r in rows()), timeout=20000)
    for row in rows():
        assert re.fullmatch(r"≈ [\d.,]+ [kMG]B \(estimate\) · fits", row.text(7)), row.text(7)
        assert row.toolTip(7).startswith("Estimated from the file's header")
    # with the answers it decodes together, as Model settings says in all (was: 22–33 %
    # below what the loaded model takes)
    from chatapp.fit_file import beside_the_model

    model = browser.local_models[rows()[0].data(0, Qt.ItemDataRole.UserRole)]
    batch = beside_the_model(model.path, browser.ctx.engine.n_ctx, None, None).batch_bytes
    assert batch > 0 and "decoded together" in rows()[0].toolTip(7)


def test_the_library_sorts_sizes_counts_and_contexts_by_their_values(
        qtbot, browser: ModelBrowser) -> None:
    """Clicking Size, Parameters or Context sorts by the value, not the text (was:
    "2 MB" before "491 kB", "32768" before "512")."""
    from gguf_factory import write_tiny_llama

    models = browser.ctx.paths.models
    write_tiny_llama(models / "small-F32.gguf", ctx=512)  # 491 kB
    write_tiny_llama(models / "mid-F32.gguf", n_embd=128, n_ff=256, ctx=32768)  # 1.6 MB
    browser.refresh_library()
    tree = browser.library_tree

    def column(index: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> list[str]:
        tree.sortByColumn(index, order)
        texts = [tree.topLevelItem(i).text(index) for i in range(tree.topLevelItemCount())]
        return [t for t in texts if t not in ("?", "–")]

    def values(index: int, field: str) -> list:
        column(index)
        rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        found = [getattr(browser.local_models[r.data(0, Qt.ItemDataRole.UserRole)], field)
                 for r in rows]
        return [v for v in found if v]

    assert values(6, "size") == sorted(values(6, "size")) and len(values(6, "size")) >= 3
    assert column(6)[0] == "491 kB", column(6)  # (as text, "2 MB" and "253 MB" came first)
    assert values(4, "context_length") == sorted(values(4, "context_length"))
    # (as text, 512 came last; the system's locale may group the digits)
    assert [t.replace(",", "") for t in column(4)] == ["512", "32768", "32768"], column(4)
    assert values(2, "parameters") == sorted(values(2, "parameters"))
    assert column(0) == sorted(column(0), key=str.casefold)  # names: A to Z, as before


def test_the_library_filter_shows_the_rows_that_match(qtbot, browser: ModelBrowser) -> None:
    """Typing in the filter keeps the rows whose name, architecture, quantization or source
    hold the text, in any case; clearing it shows every row, and a refresh keeps it."""
    from gguf_factory import write_tiny_llama

    write_tiny_llama(browser.ctx.paths.models / "Lighthouse-Q8_0.gguf")
    browser.refresh_library()
    tree = browser.library_tree

    def shown() -> list[str]:
        return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())
                if not tree.topLevelItem(i).isHidden()]

    everything = shown()
    assert len(everything) >= 2
    browser.library_filter.setText("lighthouse")
    assert shown() == ["Lighthouse-Q8_0"]
    browser.refresh_library()  # (a file added or removed meanwhile)
    assert shown() == ["Lighthouse-Q8_0"]
    browser.library_filter.setText("gemma3")  # an architecture
    assert "Lighthouse-Q8_0" not in shown() and shown()
    browser.library_filter.setText("zzz")  # nothing: said, not an empty list alone
    assert shown() == [] and browser.library_info.text().startswith("Nothing here matches “zzz”.")
    browser.library_filter.clear()
    assert shown() == everything and "Nothing here" not in browser.library_info.text()


def test_a_download_made_by_chatapp_pull_is_followed_while_it_runs(
        qtbot, browser: ModelBrowser, hub: FakeHub, tmp_path: Path) -> None:
    """A model the window's Downloads had cancelled, pulled again at a terminal: the row
    follows the other process (its progress, no Pause or Cancel of its own) and ends
    downloaded and ready. (Was: the row said "Cancelled" all along, then "Failed" once
    Retry was pressed there.)"""
    import subprocess
    import sys

    from gguf_factory import write_tiny_llama

    from chatapp.hub.download import CANCELLED

    window = browser
    model = write_tiny_llama(tmp_path / "big.gguf", n_embd=512, n_ff=1024)  # 22 MB
    hub.add_repo("tester/big-GGUF", {"big-F32.gguf": model})
    search(qtbot, window, "big")
    window.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.page is not None, timeout=5000)
    hub.faults.rate = 4e6  # five seconds for the file
    window.download(window.page.models[0].key)
    download = window.manager.downloads()[0]
    window.manager.cancel(download.id)
    row = window.rows[row_key(download)]
    qtbot.waitUntil(lambda: row.status.text() == "Cancelled", timeout=5000)
    pull = subprocess.Popen([sys.executable, "-m", "chatapp", "pull", "tester/big-GGUF"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: "another window or at a terminal" in row.status.text()
                        and row.progress.value() > 0, timeout=15000)
        running = window.manager.downloads()[0]
        assert running.id == download.id and window.manager.elsewhere(running.id)
        assert not row.pause_button.isVisible() and not row.cancel_button.isVisible()
        window.manager.pause(running.id)  # only the process that runs it can
        assert running.status == "running"
        shot(window, "model-browser-download-elsewhere")
        with qtbot.waitSignal(window.downloadFinished, timeout=30000):
            assert pull.wait(timeout=30) == 0, pull.stderr.read()
    finally:
        pull.kill()
        pull.communicate()
    qtbot.waitUntil(lambda: row.status.text().startswith("Downloaded and verified"),
                    timeout=5000)
    assert "is downloaded, verified and ready" in window.statusBar().currentMessage()
    assert row.use_button.isVisible() and window.manager.downloads()[0].status != CANCELLED


def test_the_add_from_disk_menu_opens_under_its_button(
        qtbot, browser: ModelBrowser, tmp_path: Path, monkeypatch) -> None:
    """was: a store with a long path made the menu wider than the room right of the button,
    so it opened about 250 px left of the button (at the screen's left edge); now the path
    is cut in its middle and shown whole in the tooltip."""
    home = tmp_path / ("a-long-folder-name-" * 6) / ("and-another-one-" * 6)
    monkeypatch.setenv("HOME", str(home))
    (home / ".lmstudio" / "models").mkdir(parents=True)
    button = browser.add_button
    browser.resize(1000, 600)
    browser.move(100, 0)
    qtbot.waitExposed(browser)
    menu = button.menu()
    seen: dict[str, object] = {}

    def look() -> None:
        if not menu.isVisible():
            QTimer.singleShot(20, look)
            return
        seen["menu"] = menu.geometry()
        menu.close()

    QTimer.singleShot(20, look)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "menu" in seen)
    under = button.mapToGlobal(button.rect().bottomLeft())
    store = [a for a in menu.actions() if a.text()][-1]
    assert "…" in store.text() and store.toolTip() == str(home / ".lmstudio" / "models")
    assert abs(seen["menu"].left() - under.x()) <= 2, (seen, under)
    assert abs(seen["menu"].top() - under.y()) <= 2, (seen, under)
