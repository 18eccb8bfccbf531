"""A newcomer's first screen (real widgets offscreen): base models are named as such where a
model is chosen, the empty chat says what runs where, offers prompts, and lists recommended
chat models from the local Hub only when asked, with fit badges and working downloads."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from gguf_factory import CHATML_TEMPLATE, write_tiny_llama
from hub_server import FakeHub
from PySide6.QtWidgets import QApplication

from chatapp.context import open_app
from chatapp.fit import FITS, TIGHT, TOO_BIG
from chatapp.hub.recommended import RECOMMENDED, pick_entry, recommended_for
from chatapp.library import Library
from chatapp.paths import app_paths
from chatapp.ui.app import make_application
from chatapp.ui.main_window import MainWindow

pytest_plugins = ("hub_fixtures",)
needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama-cpp-python is not installed")


def open_window(qtbot, language: str = "") -> MainWindow:
    make_application()
    ctx = open_app()
    ctx.settings.language = language
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def close_window(window: MainWindow) -> None:
    """Close the window and its app, and the model browser it opened (its downloads end)."""
    browser = getattr(window, "model_browser", None)
    if browser is not None:
        browser.shutdown()
    window.close()
    window.ctx.close()


def plain(text: str) -> str:
    """text without the word joiners and zero-width spaces that say where a path wraps."""
    return text.replace("\u2060", "").replace("\u200b", "")


def path_breaks(text: str, path: str, font, widths: range) -> list[str]:
    """Where text, word-wrapped as a label wraps it at each of widths, breaks a line inside
    path: the path's part before each break (plain)."""
    from PySide6.QtGui import QTextLayout, QTextOption

    kept = [i for i, c in enumerate(text) if c not in "\u2060\u200b"]  # plain index → text's
    start = plain(text).index(path)
    first, last = kept[start], kept[start + len(path) - 1]
    found = []
    for width in widths:
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            end = line.textStart() + line.textLength()
            if first < end <= last:
                found.append(plain(text[first:end]))
        layout.endLayout()
    return found


@pytest.mark.parametrize("language", ["ms", "fil"])
def test_the_models_folder_wraps_only_after_a_slash(qtbot, chatapp_home: Path,
                                                    language: str) -> None:
    """The models folder in the offline welcome's advice and the Models window's "On this
    computer" line, at any width: a line ends inside the path only after the "/" of a folder's
    name (was: "(/" at a line's end and "tmp/…" on the next, or a break at a name's "-")."""
    from chatapp.ui.app import install_language
    from chatapp.ui.label import path_text
    from chatapp.ui.model_browser import show_model_browser

    app = make_application()
    install_language(app, language)
    window = open_window(qtbot)
    try:
        path = str(window.ctx.paths.models)
        window.ctx.settings.offline = True
        window.welcome.update_offline()
        browser = show_model_browser(window, 1)
        qtbot.waitUntil(lambda: path in plain(browser.library_info.text()))
        for label in (window.welcome.recommend_note, browser.library_info):
            breaks = path_breaks(label.text(), path, label.font(), range(80, 700, 2))
            assert breaks, label.text()  # (some widths wrap it)
            for before in breaks:
                assert before.endswith("/") and before.strip("/"), (language, before)
        assert plain(path_text("C:\\Users\\me")) == "C:\\Users\\me"
    finally:
        install_language(app, "en")
        close_window(window)


@pytest.fixture
def models_home(chatapp_home: Path, tmp_path: Path) -> Path:
    """A library with a base model (no template, plain name) and a chat model."""
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    write_tiny_llama(models / "plain-llama-Q8_0.gguf", name="Plain Llama")
    write_tiny_llama(models / "tiny-chat-Q8_0.gguf", name="Tiny Chat",
                     chat_template=CHATML_TEMPLATE)
    return chatapp_home


def test_base_models_are_told_apart_from_their_metadata(chatapp_home: Path,
                                                        tmp_path: Path) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    cases = {
        "plain.gguf": ({"name": "Plain Llama"}, True),
        "chat.gguf": ({"name": "Plain Llama", "chat_template": CHATML_TEMPLATE}, False),
        "named-Instruct.gguf": ({"name": "Tiny 1B Instruct"}, False),
        "finetune.gguf": ({"name": "Tiny", "extra_metadata": {"general.finetune": "it"}}, False),
        "pretrained.gguf": ({"name": "Tiny", "chat_template": CHATML_TEMPLATE,
                             "extra_metadata": {"general.finetune": "base"}}, True),
    }
    library = Library(app_paths().ensure())
    for file, (options, base) in cases.items():
        model = library.describe(write_tiny_llama(folder / file, **options))
        assert model.base_model is base, file
    # a header cache written before the flag existed is read again, not trusted
    library._cache[str(folder / "plain.gguf")].pop("base_model")
    assert Library.describe(library, folder / "plain.gguf").base_model is True


def test_a_base_model_is_named_where_it_is_chosen(qtbot, models_home: Path) -> None:
    from chatapp.ui.model_browser import ModelBrowser
    from chatapp.ui.model_settings import ModelSettingsDialog

    window = open_window(qtbot)
    names = [window.model_box.itemText(i) for i in range(window.model_box.count())]
    base = next(i for i, m in enumerate(window.models) if m.file_name.startswith("plain"))
    chat = next(i for i, m in enumerate(window.models) if m.file_name.startswith("tiny-chat"))
    assert "base model" in names[base] and "base model" not in names[chat]
    window.model_box.setCurrentIndex(base)
    assert window.base_note.isVisible()
    assert "instruction-tuned" in window.base_note.label.text()
    assert "base model" in window.welcome.try_label.text()  # text to go on, with a warning
    base_prompts = [b.text() for b in window.welcome.prompt_buttons]
    assert not any(p.endswith(("?", ".")) for p in base_prompts)  # beginnings, no questions
    window.model_box.setCurrentIndex(chat)
    assert not window.base_note.isVisible()
    assert "base model" not in window.welcome.try_label.text()
    assert [b.text() for b in window.welcome.prompt_buttons] != base_prompts

    # model settings say so too, with the way to a chat model
    dialog = ModelSettingsDialog(window.models[base], None, 4096, gpu=False, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.base_note is not None
    dialog.base_note.button.click()
    browser = window.model_browser
    assert isinstance(browser, ModelBrowser) and browser.isVisible()
    assert browser.tabs.currentIndex() == 0
    plain = ModelSettingsDialog(window.models[chat], None, 4096, gpu=False, parent=window)
    qtbot.addWidget(plain)
    assert plain.base_note is None

    # and the library lists it as a base model; selecting it offers the Hub
    browser.tabs.setCurrentIndex(1)
    tree = browser.library_tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    rows = {item.text(0): item for item in items}
    assert "base model" in rows["plain-llama-Q8_0"].text(5)
    assert "base model" not in rows["tiny-chat-Q8_0"].text(5)
    tree.setCurrentItem(rows["plain-llama-Q8_0"])
    assert browser.library_base_note.isVisible()
    browser.library_base_note.button.click()
    assert browser.tabs.currentIndex() == 0
    tree.setCurrentItem(rows["tiny-chat-Q8_0"])
    assert not browser.library_base_note.isVisible()
    close_window(window)


def test_the_empty_chat_says_what_runs_where(qtbot, models_home: Path) -> None:
    window = open_window(qtbot)
    welcome = window.welcome
    assert welcome.isVisible()
    qtbot.waitUntil(lambda: welcome.machine is not None, timeout=30000)
    line = welcome.model_line.text()
    assert window.current_model().display_name in line
    assert ("CPU" in line and "cores" in line) or "GPU" in line
    assert "offline" in welcome.where.text()
    assert len(welcome.prompt_buttons) == 3 and all(b.text() for b in welcome.prompt_buttons)
    measured = welcome.machine  # shown again (a new chat): the free memory measured anew
    welcome.hide()
    welcome.show()
    qtbot.waitUntil(lambda: welcome.machine is not measured, timeout=30000)
    close_window(window)


def test_offline_the_welcome_says_what_to_do_instead(qtbot, models_home: Path) -> None:
    assert os.environ["HF_HUB_OFFLINE"] == "1"  # the tests' default
    window = open_window(qtbot)
    welcome = window.welcome
    assert not welcome.show_button.isVisible()
    assert welcome.folder_button.isVisible() and welcome.disk_button.isVisible()
    note = plain(welcome.recommend_note.text())
    assert "Offline" in note and str(window.ctx.paths.models) in note and ".gguf" in note
    welcome.show_recommendations()  # refused: nothing is asked
    assert welcome.rows == []
    welcome.disk_button.click()
    browser = window.model_browser
    assert browser.isVisible() and browser.tabs.currentIndex() == 1
    popup = QApplication.activePopupWidget()
    if popup is not None:  # the "Add from disk" menu
        popup.close()
    close_window(window)


def _add_recommended(hub: FakeHub, tiny_files: dict[str, Path]) -> None:
    for recommendation in RECOMMENDED:
        stem = recommendation.repo_id.split("/")[1].removesuffix("-GGUF")
        hub.add_repo(recommendation.repo_id, {
            f"{stem}-Q8_0.gguf": tiny_files["medium"],
            f"{stem}-Q4_K_M.gguf": tiny_files["small"],
            "README.md": b"# model\n",
        })
    # one of them has grown too big for any computer
    hub.repos.pop(RECOMMENDED[1].repo_id)


def test_recommended_models_come_from_the_hub_only_when_asked(
        qtbot, models_home: Path, hub: FakeHub, tiny_files: dict[str, Path]) -> None:
    _add_recommended(hub, tiny_files)
    gone = recommended_for("id")[-1].repo_id
    gone_repo = hub.repos.pop(gone)  # one gone from the Hub
    window = open_window(qtbot, language="id")
    welcome = window.welcome
    qtbot.waitUntil(lambda: welcome.machine is not None, timeout=30000)
    qtbot.wait(200)
    assert hub.requests == []  # nothing at start-up
    assert welcome.show_button.isVisible() and not welcome.rows
    welcome.show_button.click()
    expected = recommended_for("id")
    assert [r.name.text() for r in welcome.rows] == [r.name for r in expected]
    # the user's language first: all the first ones chat in Indonesian
    assert all("id" in r.languages for r in expected[:4])
    qtbot.waitUntil(lambda: all(r.badge.verdict or r.badge.text() == "?"
                                for r in welcome.rows), timeout=20000)
    assert hub.requests
    fitted = [r for r in welcome.rows if r.suggestion is not None]
    assert fitted and all(r.badge.verdict in (FITS, TIGHT, TOO_BIG) for r in fitted)
    assert all(r.suggestion.entry.quant == "Q4_K_M" for r in fitted)
    assert all(r.button.isEnabled() and r.button.text() == "Download" for r in fitted)
    missing = [r for r in welcome.rows if r.suggestion is None]
    assert missing
    for row in missing:  # a repo that is gone says so on its row, the others still work
        assert "is not on the Hub now" in row.details.text()
        assert "Check its name" not in row.details.text()
        # nothing to try again (was: Try again, which cannot bring back a removed repo); the
        # way to another model is the Browse all models button its text names
        assert not row.button.isVisibleTo(welcome)
    assert welcome.browse_button.isVisibleTo(welcome)

    # Download uses the download manager; then the row offers to chat with it
    row = fitted[0]
    from chatapp.ui.model_browser import model_browser_for

    browser = model_browser_for(window)
    browser.manager.reserve_bytes = 0
    welcome.act(row)
    assert row.jobs and browser.rows  # listed in the model browser's downloads too
    qtbot.waitUntil(lambda: row.button.text() == "Chat with it", timeout=30000)
    row.button.click()
    target = os.path.realpath(welcome._target(row))
    assert os.path.realpath(window.current_model().path) == target
    # a row the Hub could not answer for a passing reason (a server error) offers to ask
    # again, and asking again works
    hub.repos[gone] = gone_repo  # back on the Hub
    hub.faults.fail(f"/api/models/{gone}*", 500, times=100)
    welcome.show_recommendations()
    qtbot.waitUntil(lambda: "HTTP 500" in welcome.rows[-1].details.text(), timeout=20000)
    assert welcome.rows[-1].button.text() == "Try again"
    assert welcome.rows[-1].button.isVisibleTo(welcome)
    hub.faults.clear()
    welcome.rows[-1].button.click()
    qtbot.waitUntil(lambda: welcome.rows and welcome.rows[-1].suggestion is not None,
                    timeout=20000)
    assert welcome.rows[-1].button.text() in ("Download", "Chat with it")
    close_window(window)


def test_an_unreachable_hub_gets_the_offline_advice(qtbot, models_home: Path, online) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ["HF_ENDPOINT"] = f"http://127.0.0.1:{port}"
    try:
        window = open_window(qtbot)
        welcome = window.welcome
        welcome.show_recommendations()
        qtbot.waitUntil(lambda: welcome.folder_button.isVisible(), timeout=30000)
        note = plain(welcome.recommend_note.text())
        assert "Could not reach" in note and str(window.ctx.paths.models) in note
        assert "Models → Work offline" in note  # how to stop asking
        assert welcome.show_button.isVisible() and welcome.show_button.text() == "Try again"
        assert welcome.rows == []
        close_window(window)
    finally:
        del os.environ["HF_ENDPOINT"]


def test_pick_entry_prefers_a_small_common_quantization() -> None:
    from chatapp.hub.files import HubFile, group_gguf_files

    files = [HubFile(f"m-{q}.gguf", size, "") for q, size in
             (("F16", 900), ("Q8_0", 500), ("Q4_K_M", 300), ("IQ2_XXS", 100))]
    assert pick_entry(group_gguf_files(files)).quant == "Q4_K_M"
    odd = [HubFile("m-IQ3_M.gguf", 200, ""), HubFile("m-IQ2_XXS.gguf", 100, "")]
    assert pick_entry(group_gguf_files(odd)).quant == "IQ2_XXS"
    assert pick_entry([]) is None
    assert [r.name for r in recommended_for("en", limit=2)] == [
        "Gemma 3 270M it", "SmolLM2 360M Instruct"]


@needs_llama
def test_an_example_prompt_is_sent(qtbot, tiny_home: Path) -> None:
    window = open_window(qtbot)
    window.ctx.settings.sampling.max_tokens = 4
    button = window.welcome.prompt_buttons[0]
    button.setFocus()  # as a click gives it
    with qtbot.waitSignal(window.composer.sendRequested, timeout=5000) as sent:
        button.click()
    assert sent.args == [button.property("prompt")]
    assert window.chat_view.bubbles[0].text == button.property("prompt")
    assert not window.welcome.isVisible()
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    # the next words typed go to the message box, not to whatever follows the button
    assert QApplication.focusWidget() is window.composer.edit
    window.new_conversation()
    assert window.welcome.isVisible()
    close_window(window)


def test_the_offline_switch_changes_the_welcome_at_once(qtbot, models_home: Path,
                                                        online) -> None:
    """The welcome's advice and the status bar's "Offline" follow the switch at once."""
    window = open_window(qtbot)
    welcome = window.welcome
    assert welcome.show_button.isVisible()
    offline = next(a for a in window.models_menu.actions() if a.text() == "Work &offline")
    assert not window.offline_sign.isVisible()
    offline.trigger()
    assert "Offline mode is on" in welcome.recommend_note.text()
    assert not welcome.show_button.isVisible() and welcome.folder_button.isVisible()
    assert window.offline_sign.isVisible() and window.offline_sign.text() == "Offline"
    window.grab().save(str(models_home / "offline.png"))
    offline.trigger()
    assert welcome.show_button.isVisible() and "Offline" not in welcome.recommend_note.text()
    assert not window.offline_sign.isVisible()
    close_window(window)


def test_offline_by_the_environment_shows_as_on_and_fixed(qtbot, models_home: Path,
                                                         monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("CHATAPP_OFFLINE_SETTING", raising=False)
    window = open_window(qtbot)
    offline = next(a for a in window.models_menu.actions() if a.text() == "Work &offline")
    assert offline.isChecked() and not offline.isEnabled()  # not "off" while it is on
    assert window.offline_sign.isVisible() and "HF_HUB_OFFLINE" in window.offline_sign.toolTip()
    close_window(window)


def test_a_recommended_file_already_here_under_another_path_is_not_fetched_again(
        qtbot, models_home: Path, hub: FakeHub, tiny_files: dict[str, Path]) -> None:
    import hashlib
    import json
    import shutil

    _add_recommended(hub, tiny_files)
    models = models_home / "data" / "models"
    copy = models / "elsewhere" / "mine-Q4_K_M.gguf"
    copy.parent.mkdir(parents=True)
    shutil.copy(tiny_files["small"], copy)
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    origins = models_home / "data" / "downloads" / "origins.json"
    origins.parent.mkdir(parents=True, exist_ok=True)
    origins.write_text(json.dumps({str(copy): {"repo_id": "elsewhere/mine", "sha256": digest,
                                               "path": copy.name, "revision": "main"}}))
    window = open_window(qtbot)
    welcome = window.welcome
    welcome.show_button.click()
    qtbot.waitUntil(lambda: any(r.suggestion is not None for r in welcome.rows), timeout=20000)
    row = next(r for r in welcome.rows if r.suggestion is not None)
    assert row.button.text() == "Chat with it"
    hub.reset_log()
    welcome.act(row)
    assert os.path.realpath(window.current_model().path) == os.path.realpath(copy)
    assert not [r for r in hub.requests if "/resolve/" in r.path]
    close_window(window)


def test_a_suggestion_that_cannot_be_sent_yet_says_why(qtbot, models_home: Path) -> None:
    """While an answer is written, a suggestion clicked waits in the message box, and the
    status bar says why it was not sent."""
    window = open_window(qtbot)
    chat = next(i for i, m in enumerate(window.models) if m.file_name.startswith("tiny-chat"))
    window.model_box.setCurrentIndex(chat)
    window.composer.set_busy(True)  # as while another conversation's answer is written
    button = window.welcome.prompt_buttons[0]
    button.click()
    assert window.composer.edit.toPlainText() == button.property("prompt")
    assert "An answer is being written" in window.statusBar().currentMessage()
    window.composer.set_busy(False)
    close_window(window)
