"""Models copied into the models folder show up in the pickers without a restart: the
library tells a change from folder listings and file times alone (no header is read when
nothing changed), and the window watches the folder and checks again when activated."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from gguf_factory import write_not_chat, write_tiny_llama
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

import chatapp.library as library_module
from chatapp.library import Library
from chatapp.library_sources import Links, scan
from chatapp.paths import app_paths


@pytest.fixture
def header_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every GGUF header the library reads, by file name."""
    reads: list[str] = []
    real = library_module.file_info

    def counting(path, **kwargs):
        reads.append(Path(path).name)
        return real(path, **kwargs)

    monkeypatch.setattr(library_module, "file_info", counting)
    return reads


def test_a_change_is_seen_without_reading_headers(tmp_path: Path, tiny_model: Path,
                                                  header_reads: list[str]) -> None:
    paths = app_paths().ensure()
    shutil.copy(tiny_model, paths.models / "first-F32.gguf")
    library = Library(paths)
    assert library.changed()  # never listed
    first = library.models()
    assert "first-F32.gguf" in header_reads
    header_reads.clear()
    assert not library.changed()
    assert [m.key for m in library.models()] == [m.key for m in first]
    assert header_reads == []
    # a file copied in, in a new OWNER/REPO folder
    (paths.models / "acme" / "new-GGUF").mkdir(parents=True)
    shutil.copy(tiny_model, paths.models / "acme" / "new-GGUF" / "second-F32.gguf")
    assert library.changed()
    names = [m.file_name for m in library.models()]
    assert "second-F32.gguf" in names and header_reads == ["second-F32.gguf"]
    # a linked file elsewhere that grows, and one that is removed
    elsewhere = write_tiny_llama(tmp_path / "linked-F32.gguf")
    Links(paths).add(scan(elsewhere).models, paths.models)
    assert library.changed()
    library.models()
    assert not library.changed()
    with elsewhere.open("ab") as f:
        f.write(b"\0" * 32)
    assert library.changed()
    library.models()
    (paths.models / "first-F32.gguf").unlink()
    assert library.changed()
    assert "first-F32.gguf" not in [m.file_name for m in library.models()]
    # a new file of another kind changes the listing too, but not the chat models
    write_not_chat(paths.models / "mmproj-F16.gguf", "vision-projector")
    assert library.changed()
    assert [m.file_name for m in library.others()] == ["mmproj-F16.gguf"]


def test_a_file_read_while_it_was_written_is_read_again_though_its_stat_kept(
        tiny_model: Path) -> None:
    """A file written in a moment's time may end with the size and time it had when it was
    first read half written (a filesystem's clock ticks in milliseconds): such a recent file
    that could not be read is read again, and listed once it is whole."""
    paths = app_paths().ensure()
    whole = tiny_model.read_bytes()
    target = paths.models / "quick-F32.gguf"
    target.write_bytes(b"\0" * len(whole))  # its size set first, its bytes written after
    stamp = time.time_ns()
    os.utime(target, ns=(stamp, stamp))
    library = Library(paths)
    assert [m.problem != "" for m in library.models() if m.file_name == target.name] == [True]
    target.write_bytes(whole)
    os.utime(target, ns=(stamp, stamp))  # the same size and time as when it was read
    assert library.changed()
    (model,) = [m for m in library.models() if m.file_name == target.name]
    assert not model.problem and model.is_chat


def picker_names(window) -> list[str]:
    return [window.model_box.itemText(i).split(" · ")[0] for i in range(window.model_box.count())]


def test_pickers_follow_the_models_folder(qtbot, chatapp_home: Path, tiny_model: Path,
                                          tmp_path: Path) -> None:
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow

    paths = app_paths().ensure()
    shutil.copy(tiny_model, paths.models / "first-F32.gguf")
    make_application()
    ctx = open_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        assert "first-F32" in picker_names(window)
        # copied in while the window is open: the folder watcher sees it
        folder = paths.models / "acme" / "copied-GGUF"
        folder.mkdir(parents=True)
        shutil.copy(tiny_model, folder / "copied-F32.gguf.part")
        os.replace(folder / "copied-F32.gguf.part", folder / "copied-F32.gguf")
        qtbot.waitUntil(lambda: "copied-F32" in picker_names(window), timeout=5000)
        # written in place, slowly (as cp does): listed once it is whole
        data = tiny_model.read_bytes()
        watcher = window.library_watcher
        with (folder / "slow-F32.gguf").open("wb") as f:
            with qtbot.waitSignal(watcher.changed, timeout=5000):
                f.write(data[:1000])
                f.flush()
            assert "slow-F32" not in picker_names(window)  # seen, unreadable yet
            watcher.watcher.blockSignals(True)  # writing into a file may not be reported
            f.write(data[1000:])
        qtbot.waitUntil(lambda: "slow-F32" in picker_names(window), timeout=5000)
        watcher.watcher.blockSignals(False)
        # a projector copied in is not offered
        write_not_chat(folder / "mmproj-copied-F16.gguf", "vision-projector")
        qtbot.waitUntil(lambda: not window.ctx.library.changed(), timeout=5000)
        assert "mmproj-copied-F16" not in picker_names(window)
        # a linked file on another disk is not watched: activating the window checks it
        other = write_tiny_llama(tmp_path / "other-F32.gguf", seed=9)
        watcher.watcher.blockSignals(True)
        Links(paths).add(scan(other).models, paths.models)
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
        qtbot.waitUntil(lambda: "other-F32" in picker_names(window), timeout=5000)
        # removed while open
        watcher.watcher.blockSignals(False)
        (folder / "copied-F32.gguf").unlink()
        qtbot.waitUntil(lambda: "copied-F32" not in picker_names(window), timeout=5000)
        # speeds measured by `chatapp bench` in a terminal: the picker says them (was: only
        # once something else reloaded it)
        from chatapp.engine.bench import BenchResult, BenchStore

        key = next(m.key for m in window.ctx.library.entries()
                   if m.display_name.startswith("first-F32"))
        BenchStore(paths.data / "bench.json").put(BenchResult(
            "first-F32.gguf", key, 2, 0, 256, 64, 2, 300.0, 1.0, 41.0, 1.0, 40.0, 0.1, 0.5,
            1 << 20, time.time()))
        qtbot.waitUntil(lambda: any(
            "first-F32" in window.model_box.itemText(i) and "41 tok/s here"
            in window.model_box.itemText(i) for i in range(window.model_box.count())),
            timeout=5000)
    finally:
        window.close()
        ctx.close()


def test_a_linked_folder_is_watched_too(qtbot, chatapp_home: Path, tiny_model: Path,
                                       tmp_path: Path) -> None:
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow

    elsewhere = tmp_path / "lmstudio-like" / "acme" / "tiny-GGUF"
    elsewhere.mkdir(parents=True)
    shutil.copy(tiny_model, elsewhere / "linked-F32.gguf")
    make_application()
    ctx = open_app()
    ctx.library.folders.add(tmp_path / "lmstudio-like")
    Links(ctx.paths).add(scan(tmp_path / "lmstudio-like").models, ctx.paths.models)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        assert "linked-F32" in picker_names(window)
        # another app puts a model there while the window is open: listed, no restart
        newer = elsewhere.parent / "newer-GGUF"
        newer.mkdir()
        shutil.copy(tiny_model, newer / "newer-F32.gguf.part")
        os.replace(newer / "newer-F32.gguf.part", newer / "newer-F32.gguf")
        qtbot.waitUntil(lambda: "newer-F32" in picker_names(window), timeout=5000)
        # taken out of the list, it stays out while its file stays there
        ctx.library.delete(next(m for m in ctx.library.models() if m.stem == "newer-F32"))
        window.reload_models()
        (newer / "other.txt").write_text("the folder changes again")
        qtbot.wait(1000)
        assert "newer-F32" not in picker_names(window)
        # a damaged file put there is not linked, and that is said (not left out in silence)
        window.statusBar().clearMessage()
        broken = newer / "cut-Q4_K_M.gguf"
        broken.write_bytes(tiny_model.read_bytes()[:5000])
        old = time.time() - 3600
        os.utime(broken, (old, old))
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10000)
        said = window.statusBar().currentMessage()  # was: "/…/cut-Q4_K_M.gguf is a damaged
        # GGUF file and was skipped. …", its folder and reason one long line, cut off
        assert said == ("cut-Q4_K_M.gguf was not added: see Models → Browse models… → "
                        "Not added…"), said
        assert "cut-Q4_K_M" not in picker_names(window)
    finally:
        window.close()
        ctx.close()


def test_model_files_that_cannot_be_used_are_said_once(qtbot, chatapp_home: Path,
                                                       tiny_model: Path) -> None:
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow

    paths = app_paths().ensure()
    shutil.copy(tiny_model, paths.models / "good-F32.gguf")
    broken = paths.models / "broken-Q4_K_M.gguf"
    broken.write_bytes(tiny_model.read_bytes()[:5000])  # cut short
    old = time.time() - 3600
    os.utime(broken, (old, old))
    make_application()
    ctx = open_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")  # once shown
        said = window.statusBar().currentMessage()
        assert said.startswith("broken-Q4_K_M.gguf cannot be used: The file is truncated"), said
        assert "broken-Q4_K_M" not in picker_names(window)
        window.statusBar().clearMessage()
        window.reload_models()
        assert window.statusBar().currentMessage() == ""  # once
        # one still being written (modified just now) is not called broken yet
        (paths.models / "copying-Q8_0.gguf").write_bytes(b"GGUF")
        window.reload_models()
        assert window.statusBar().currentMessage() == ""
        # said again for another file, then taken back once that file is whole again
        other = paths.models / "other-Q4_K_M.gguf"
        other.write_bytes(tiny_model.read_bytes()[:5000])
        os.utime(other, (old, old))
        window.reload_models()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(
            "other-Q4_K_M.gguf cannot be used"))
        shutil.copy(tiny_model, other)
        window.reload_models()
        assert "other-Q4_K_M" in picker_names(window)
        assert window.statusBar().currentMessage() == ""
    finally:
        window.close()
        ctx.close()


def test_two_files_of_the_same_size_and_time_are_two_models(tmp_path: Path) -> None:
    """Keys of files without a known sha256 come from size and time: where two files share
    both, their names tell them apart (a picker must never swap one for the other)."""
    paths = app_paths().ensure()
    first, second = paths.models / "tiny-a-F32.gguf", paths.models / "tiny-b-F32.gguf"
    write_tiny_llama(first)
    write_tiny_llama(second, seed=7)
    stamp = first.stat().st_mtime
    os.utime(second, (stamp, stamp))
    library = Library(paths)
    keys = {m.file_name: m.key for m in library.models()}
    assert keys["tiny-a-F32.gguf"] != keys["tiny-b-F32.gguf"]
    assert keys["tiny-b-F32.gguf"].endswith(":tiny-b-F32.gguf")
    first.unlink()  # alone again: the plain key, as before
    (only,) = [m for m in Library(paths).models() if m.file_name == "tiny-b-F32.gguf"]
    assert not only.key.endswith(".gguf")
    # a copy that keeps the time (cp -p): the file there first keeps its key, and with it
    # its settings (was: both keys changed, and the settings were lost)
    import shutil
    import time

    time.sleep(0.05)  # (the copy's inode is made later)
    shutil.copy2(second, paths.models / "a-copy-F32.gguf")  # (sorts before it)
    keys = {m.file_name: m.key for m in Library(paths).models()}
    assert keys["tiny-b-F32.gguf"] == only.key
    assert keys["a-copy-F32.gguf"] == only.key + ":a-copy-F32.gguf"


def test_a_new_modification_time_alone_keeps_the_models_key(tmp_path: Path) -> None:
    """A model without a known sha256 keeps its key (and so its settings, conversations and
    votes) when only its modification time changes (touch, a copy tool, a restored backup);
    a new size is a new file with a new key."""
    paths = app_paths().ensure()
    write_tiny_llama(paths.models / "another-F32.gguf", seed=3)
    elsewhere = write_tiny_llama(tmp_path / "linked-F32.gguf")
    Links(paths).add(scan(elsewhere).models, paths.models)
    (before,) = [m for m in Library(paths).models() if m.file_name == "linked-F32.gguf"]
    assert before.key.startswith("size:")
    later = before.mtime + 3600
    os.utime(elsewhere, (later, later))
    library = Library(paths)  # a new process: the key comes from the stored header cache
    (touched,) = [m for m in library.models() if m.file_name == "linked-F32.gguf"]
    assert touched.mtime == later and touched.key == before.key
    assert library.default_model(before.key).path == before.path  # the remembered default
    with elsewhere.open("ab") as f:
        f.write(b"\0" * 32)
    (grown,) = [m for m in Library(paths).models() if m.file_name == "linked-F32.gguf"]
    assert grown.key != before.key


def test_the_databases_files_changing_do_not_make_the_library_check_itself(
        qtbot, chatapp_home: Path, tiny_model: Path, tmp_path: Path) -> None:
    """The database's files in the data folder change with every answer, and reading it for
    Last used touches them (as root, SQLite changes their owner): no check for those (was: a
    check every 0.6 s, each reading every message, 6–8 % of a core while idle); a file linked
    by the command line (its list in the same folder) is still seen. Last used is read again
    only when the database changed."""
    from test_conversation_window import close_window, open_window

    from chatapp.library_used import last_used_times

    paths = app_paths().ensure()
    window = open_window(qtbot)
    try:
        watcher = window.library_watcher
        checks: list[bool] = []
        real_check = watcher.check
        watcher.timer.timeout.disconnect()
        watcher.timer.timeout.connect(lambda: checks.append(real_check()))
        qtbot.wait(600)
        checks.clear()
        for _ in range(3):  # what SQLite does to its files while the window is idle
            wal = Path(f"{paths.database}-wal")
            wal.touch()
            os.chmod(wal, 0o600)
            (paths.data / "scratch.tmp").write_text("x", encoding="utf-8")
            (paths.data / "scratch.tmp").unlink()
            qtbot.wait(700)
        assert checks == []
        other = write_tiny_llama(tmp_path / "later-F32.gguf", seed=3)
        Links(paths).add(scan(other).models, paths.models)  # as `chatapp link` does
        qtbot.waitUntil(lambda: "later-F32" in picker_names(window), timeout=5000)
        first = last_used_times(paths.database)
        assert last_used_times(paths.database) == first  # (not read again: unchanged)
    finally:
        close_window(window)


def test_several_files_not_linked_are_one_short_line_and_listed_in_models(
        qtbot, chatapp_home: Path, tiny_model: Path, tmp_path: Path) -> None:
    """Three damaged files in a linked folder are said in one line that names where they
    are listed, and Models → Not added… lists each with why (was: only the first file's
    long reason, cut off in the status bar, the others not mentioned)."""
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow
    from chatapp.ui.model_browser import ModelBrowser

    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(tiny_model, folder / "good-F32.gguf")
    make_application()
    ctx = open_app()
    ctx.library.folders.add(folder)
    Links(ctx.paths).add(scan(folder).models, ctx.paths.models)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    browser = None
    try:
        window.statusBar().clearMessage()
        old = time.time() - 3600
        for name in ("one-Q4_K_M.gguf", "two-Q4_K_M.gguf", "three-Q4_K_M.gguf"):
            (folder / name).write_bytes(tiny_model.read_bytes()[:5000])
            os.utime(folder / name, (old, old))
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10000)
        assert window.statusBar().currentMessage() == (
            "3 files were not added: see Models → Browse models… → Not added…")
        browser = ModelBrowser(ctx)
        qtbot.addWidget(browser)
        browser.show()
        assert not browser.not_added_button.isHidden()  # (on the On this computer tab)
        assert browser.not_added_button.text() == "Not added…"
        browser.not_added_button.click()
        listed = browser.skipped_box.detailedText().splitlines()
        assert len(listed) == 3 and all("damaged GGUF file" in line for line in listed)
        browser.skipped_box.close()
    finally:
        if browser is not None:
            browser.shutdown()
            browser.close()
        window.close()
        ctx.close()


def test_a_long_repo_id_in_the_from_column_is_elided_in_the_middle_with_a_tooltip(
        qtbot, chatapp_home: Path, tmp_path: Path) -> None:
    """On this computer, in Filipino (the longest source names): a downloaded file's
    "source · owner/long-repo-name-GGUF" and a linked file's source are readable, the long
    one elided in its middle with the whole text in its tooltip, so that the From column
    does not push Last used out of the window (was: a column as wide as the longest repo id,
    about 590 px, reached only by scrolling, and no tooltip)."""
    from chatapp.context import open_app
    from chatapp.ui.app import install_language, make_application
    from chatapp.ui.browser_library import FROM_COLUMN
    from chatapp.ui.model_browser import ModelBrowser

    paths = app_paths().ensure()
    repo = "bartowski/Meta-Llama-3.1-8B-Instruct-abliterated-long-repo-name-GGUF"
    (paths.models / repo).mkdir(parents=True)
    write_tiny_llama(paths.models / repo / "llama-Q4_K_M.gguf", seed=1)
    (tmp_path / "elsewhere").mkdir()
    linked = write_tiny_llama(tmp_path / "elsewhere" / "linked-Q8_0.gguf", seed=2)
    Links(paths).add(scan(linked).models, paths.models)
    app = make_application()
    ctx = open_app()
    browser = None
    try:
        install_language(app, "fil")
        browser = ModelBrowser(ctx)
        qtbot.addWidget(browser)
        browser.resize(1180, 600)  # its opening size: too narrow for every column whole
        browser.show()
        browser.tabs.setCurrentIndex(1)
        tree = browser.library_tree
        qtbot.waitUntil(lambda: tree.viewport().width() > 1080)
        rows = {tree.topLevelItem(i).text(FROM_COLUMN): tree.topLevelItem(i)
                for i in range(tree.topLevelItemCount())}
        long_text = f"folder ng mga model · {repo}"
        assert {long_text, "naka-link na file", "kasama sa app"} <= set(rows)
        assert all(row.toolTip(FROM_COLUMN) == text for text, row in rows.items())
        metrics, width = tree.fontMetrics(), tree.columnWidth(FROM_COLUMN)
        assert metrics.horizontalAdvance("naka-link na file") < width  # whole
        assert width < metrics.horizontalAdvance(long_text)  # the long one: elided
        widths = [tree.columnWidth(c) for c in range(tree.columnCount())]
        assert sum(widths) <= tree.viewport().width()  # Last used in sight
        assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    finally:
        install_language(app, "en")
        if browser is not None:
            browser.shutdown()
            browser.close()
        ctx.close()
