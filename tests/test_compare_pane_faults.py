"""Faults found in the Compare window, on real Qt widgets offscreen, real llama.cpp workers
on tiny models and a real database: a reopened comparison keeps its panes' order; pane
headers cut with "…" beside their state in every language; source labels use the room they
have (in a pane and under the main window's answers); "Continue in chat" says what it does
and is off for an answer without text; an answer cut at a full context says so."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from chatapp.context import open_app  # noqa: E402
from chatapp.i18n import LANGUAGES  # noqa: E402
from chatapp.store.doc_records import Retrieval, Source  # noqa: E402
from chatapp.ui.app import install_language, make_application  # noqa: E402

HEADING = "Kestrel Lab Handbook › Access and keys"


@pytest.fixture
def app():
    application = make_application()
    yield application
    install_language(application, "en")


def install(home: Path, files: dict[str, Path]) -> None:
    """Copy model files into the home's models folder under the given names."""
    folder = home / "data" / "models"
    folder.mkdir(parents=True, exist_ok=True)
    for name, source in files.items():
        shutil.copy(source, folder / name)


def pick(view, *names: str) -> None:
    for pane, name in zip(view.panes, names, strict=True):
        pane.picker.setCurrentIndex(next(i for i, m in enumerate(view.models)
                                         if m.file_name.startswith(name)))


def send(qtbot, view, text: str) -> None:
    view.composer.setPlainText(text)
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        view.send_button.click()


def wait_done(qtbot, view, timeout: int = 120000) -> None:
    qtbot.waitUntil(lambda: not view.busy, timeout=timeout)


def translated(text: str) -> str:
    return QCoreApplication.translate("PaneWidget", text)


# 1. the order of a reopened comparison's panes


def test_a_reopened_comparison_keeps_its_pane_order(qtbot, app, chatapp_home: Path,
                                                     tiny_model: Path) -> None:
    """Four panes whose order is neither their models' names nor their answers' ids: the
    last two panes were added later and the fourth answered before the third."""
    from chatapp.ui.main_window import MainWindow

    install(chatapp_home, {f"{name}-tiny.gguf": tiny_model
                           for name in ("delta", "bravo", "alpha", "charlie")})
    ctx = open_app()
    ctx.settings.sampling.max_tokens = 4
    ctx.settings.sampling.seed = 1
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        next(a for a in window.compare_menu.actions() if a.text() == "&Side by side…").trigger()
        view = window.compare_window
        pick(view, "delta", "bravo")
        send(qtbot, view, "Name a colour")
        wait_done(qtbot, view)
        third, fourth = view.add_pane(), view.add_pane()
        pick(view, "delta", "bravo", "alpha", "charlie")
        for later in (fourth, third):  # the fourth pane answers first
            qtbot.waitUntil(later.answer_button.isVisible, timeout=5000)
            with qtbot.waitSignal(view.busyChanged, timeout=5000):
                later.answer_button.click()
            wait_done(qtbot, view)
        store = ctx.store
        answers = [store.message(p.message.id) for p in view.panes]
        order = ["delta-tiny", "bravo-tiny", "alpha-tiny", "charlie-tiny"]
        assert [m.model_name.removesuffix(".gguf") for m in answers] == order
        by_id = sorted(answers, key=lambda m: m.id)
        assert by_id != answers and sorted(order) != order  # no order of either kind
        assert [m.sampling["pane"] for m in answers] == [1, 2, 3, 4]
        conversation_id = answers[0].conversation_id
        view.new_comparison()
        view.close()
        window.open_conversation(conversation_id)
        reopen = next(a for a in window.compare_menu.actions()
                      if a.text() == "&Open this conversation side by side")
        for _ in range(2):
            reopen.trigger()
            view = window.compare_window
            assert view.conversation_id == conversation_id and len(view.panes) == 4
            assert [p.chosen().file_name.removesuffix(".gguf") for p in view.panes] == order
            assert [p.header.text() for p in view.panes] == order
            assert [p.message.id for p in view.panes] == [m.id for m in answers]
            # it goes on in that order: each pane along its own branch
            send(qtbot, view, "Another")
            wait_done(qtbot, view)
            assert [store.message(store.message(p.message.id).parent_id).parent_id
                    for p in view.panes] == [m.id for m in answers]
            answers = [store.message(p.message.id) for p in view.panes]
            view.new_comparison()
            view.close()
    finally:
        window.close()
        ctx.close()


# 2–5. four panes in a 1024 px wide window, in every language


def shown(label: QLabel) -> str:
    """What a label shows (an ElidedLabel's text() is its whole text)."""
    return QLabel.text(label)


def check_header(pane, name: str) -> None:
    """The pane's header shows its whole text, or as much as fits cut with "…" (the model's
    name first), whole in the tooltip and for screen readers; its state is not cut."""
    header, state = pane.header, pane.state_label
    full, cut = header.text(), shown(header)
    room = header.contentsRect().width()
    assert header.fontMetrics().horizontalAdvance(cut) <= room, (full, cut, room)
    if cut != full:
        assert cut.endswith("…") and full.startswith(cut[:-1]), (full, cut)
        assert header.toolTip() == full
    metrics = header.fontMetrics()
    if metrics.horizontalAdvance(name + "…") <= room:
        assert cut.startswith(name), (name, cut)  # the model's name kept as long as it fits
    assert header.accessibleName() == full
    assert state.width() >= state.sizeHint().width(), state.text()
    assert state.geometry().right() <= pane.title.width()


def no_room(row) -> bool:
    """Whether a source row's label has all of the row's width its button leaves."""
    spacing = row.layout().itemAt(0).layout().spacing()
    return row.toggle.width() + spacing + row.open_button.width() >= row.width() - 1


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_four_panes_fit_a_small_window_and_say_how_their_answers_ended(
        qtbot, app, chatapp_home: Path, tiny_model: Path, roomy_model: Path, tmp_path: Path,
        long_answers, language: str) -> None:
    from chatapp.docs.indexer import run_to_end
    from chatapp.store.documents import Documents
    from chatapp.ui.compare_view import CompareWindow

    assert install_language(app, language) == language
    install(chatapp_home, {"gemma-3-270m-q4_k_m.gguf": roomy_model,
                           "gemma-twin-q4_k_m.gguf": tiny_model})
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "handbook.md").write_text(
        f"# {HEADING}\n\nThe keys hang by the door of the Kestrel lab.\n", encoding="utf-8")
    ctx = open_app()
    ctx.settings.sampling.seed = 1
    documents = Documents(ctx.store)
    documents.add_roots(documents.create("Lab").id, [str(docs)])
    run_to_end(documents, documents.collection("Lab"))
    view = CompareWindow(ctx)
    qtbot.addWidget(view)
    try:
        view.add_pane()
        view.add_pane()
        view.resize(1024, 700)
        view.show()
        pick(view, "gemma-3", "gemma-twin", "gemma-twin", "gemma-3")
        first, second, third, fourth = view.panes
        first.docs_box.setCurrentIndex(first.docs_box.findData("Lab"))
        for pane, limit in zip(view.panes, (30, 30, 5000, 30), strict=True):
            pane.set_overrides({"max_tokens": limit})
        send(qtbot, view, "Where are the keys of the Kestrel lab?")
        fourth.stop_button.click()  # before its model has written anything
        wait_done(qtbot, view)
        QApplication.processEvents()
        view.grab().save(str(tmp_path / f"four-panes-{language}.png"))
        assert view.minimumSizeHint().width() <= 1024 and view.width() == 1024
        for pane in view.panes:  # "Parameters (1 changed)…" is cut, not widening the pane
            button = pane.params_button
            cut = button.shown_text()
            assert cut == button.text() or (cut.endswith("…") and button.width()
                                            < button.sizeHint().width()), cut
        store = ctx.store
        messages = [store.message(p.message.id) for p in view.panes]
        assert [m.finish_reason for m in messages] == ["length", "length", "length", "stopped"]
        assert messages[2].filled_context and not messages[1].filled_context
        # 5. the reason an answer was cut
        assert first.state_label.text() == second.state_label.text() \
            == translated("done (token limit)")
        assert third.state_label.text() == translated("done (context full)")
        # 2. the headers
        for pane, message in zip(view.panes, messages, strict=True):
            name = message.model_name.removesuffix(".gguf")
            assert pane.header.text().startswith(name) and QCoreApplication.translate(
                "Parameters", "Longest answer") in pane.header.text()
            check_header(pane, name)
        assert first.header.text() == "gemma-3-270m-q4_k_m + Lab · {} 30".format(
            QCoreApplication.translate("Parameters", "Longest answer"))
        assert any(shown(p.header) != p.header.text() for p in view.panes)  # cut somewhere
        assert all(p.title.stacked() for p in view.panes)  # the states under the headers
        # 4. Continue in chat: what it does, and not for an answer without text
        for pane in (first, second, third):
            assert pane.continue_button.text() == translated("Continue in chat")
            assert pane.continue_button.isEnabled()
            assert pane.continue_button.toolTip() == translated(
                "Continue the conversation with this answer in the main window")
        assert fourth.state_label.text() == translated("stopped before the first token")
        assert not fourth.continue_button.isEnabled()
        assert fourth.continue_button.toolTip() == translated(
            "This answer has no text to continue the conversation with.")
        # 3. the source labels use the room there is, cut only where the pane is narrower
        rows = first.sources.rows
        assert rows and rows[0].toggle.text() == f"[1] handbook.md — {HEADING}"
        for row in rows:
            check_source(row)
        view.remove_pane()
        view.remove_pane()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        view.resize(1280, 700)  # (room for the parameters' names in every language)
        qtbot.waitUntil(lambda: not first.title.stacked(), timeout=2000)  # one line again
        view.grab().save(str(tmp_path / f"two-panes-{language}.png"))
        for pane, message in zip(view.panes, messages, strict=False):
            check_header(pane, message.model_name.removesuffix(".gguf"))
        assert shown(first.header) == first.header.text()  # room for all of it now
        for row in first.sources.rows:  # whole once the wider pane is laid out, or cut
            qtbot.waitUntil(lambda row=row: row.toggle.shown_text() == row.toggle.text()
                            or no_room(row), timeout=2000)  # where this font needs more
            check_source(row)
    finally:
        view.close()
        ctx.close()


def check_source(row) -> None:
    """A source's label shows all of itself, or is cut with "…" only where its row has no
    more room; whole in the tooltip."""
    toggle = row.toggle
    full, cut = toggle.text(), toggle.shown_text()
    name = full.split("] ", 1)[1]
    assert name in toggle.toolTip() and name in toggle.accessibleName()
    if cut == full:
        assert toggle.width() >= toggle.sizeHint().width() - 1
        return
    assert cut.endswith("…") and full.startswith(cut[:-1])
    assert no_room(row), (toggle.width(), row.open_button.width(), row.width())


# 3. the sources under the main window's answers


@pytest.mark.parametrize("language", ["en", "fil"])
def test_source_labels_under_an_answer_use_the_width_of_the_chat(
        qtbot, app, chatapp_home: Path, tiny_model: Path, language: str,
        tmp_path: Path) -> None:
    """Labels that fit show whole (also at exactly their width: no "…" for a pixel's
    rounding); one longer than the chat is wide is cut with "…", whole in the tooltip."""
    from chatapp.store.documents import Documents
    from chatapp.ui.main_window import MainWindow
    from chatapp.ui.sources_view import SourcesList

    assert install_language(app, language) == language
    install(chatapp_home, {"tiny-llama-F32.gguf": tiny_model})
    ctx = open_app()
    store = ctx.store
    conversation = store.create_conversation("Keys")
    question = store.add_message(conversation.id, None, "user", "Where are the keys?")
    answer = store.add_message(conversation.id, question.id, "assistant", "By the door [1].",
                               finish_reason="stop", model_name="tiny-llama-F32.gguf",
                               params=json.dumps({"docs": ["Lab"]}))
    long_heading = "Night entry, alarms, visitors and the spare keys of every lab " * 3
    lab = tmp_path / "lab"
    lab.mkdir()
    for name in ("handbook.md", "zorblax.txt", "R&D notes.md"):  # files still there
        (lab / name).write_text("x", encoding="utf-8")
    Documents(store).save_retrieval(Retrieval(answer.id, "keys", [{"id": 1, "name": "Lab"}],
                                              "bm25", 100, 50, [
        Source(1, 1, 1, 1.0, 1, None, f"{lab}/handbook.md", None, HEADING, "Keys by the door."),
        Source(2, 2, 1, 1.0, 1, None, f"{lab}/zorblax.txt", 3, "", "Zorblax."),
        Source(3, 3, 1, 1.0, 1, None, f"{lab}/R&D notes.md", None, long_heading.strip(), "x")]))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        window.resize(1024, 700)
        window.show()
        window.open_conversation(conversation.id)
        QApplication.processEvents()
        sources = window.chat_view.bubbles[-1].findChild(SourcesList, "sourcesList")
        first, page, long = sources.rows
        qtbot.waitUntil(lambda: first.toggle.width() > 0)
        window.grab().save(str(tmp_path / f"sources-{language}.png"))
        assert first.toggle.shown_text() == f"[1] handbook.md — {HEADING}"
        assert page.toggle.shown_text() == page.toggle.text()
        assert page.toggle.text().startswith("[2] zorblax.txt") and "3" in page.toggle.text()
        assert long.toggle.text().startswith("[3] R&D notes.md — Night entry")
        cut = long.toggle.shown_text()
        assert cut.endswith("…") and long.toggle.text().startswith(cut[:-1])
        assert long_heading.strip() in long.toggle.toolTip()
        for row in sources.rows:
            check_source(row)
        # wider: the long one shows more of itself
        before = len(cut)
        window.resize(1400, 700)
        QApplication.processEvents()
        assert len(long.toggle.shown_text()) > before
    finally:
        window.close()
        ctx.close()


def test_models_gone_from_the_library_are_named_once(qtbot, app, chatapp_home: Path) -> None:
    """A comparison whose two answers came from one model that is gone, and a third from
    another: each name is said once, as the pickers name it (was: "gone.gguf, gone.gguf,
    other.gguf")."""
    from chatapp.ui.main_window import MainWindow

    ctx = open_app()
    store = ctx.store
    conversation = store.create_conversation("Gone")
    question = store.add_message(conversation.id, None, "user", "Hello?")
    for name in ("gone.gguf", "gone.gguf", "other.gguf"):
        store.add_message(conversation.id, question.id, "assistant", "Hi.", finish_reason="stop",
                          model_name=name, model_key=f"/nowhere/{name}")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        window.show()
        window.open_conversation(conversation.id)
        reopen = next(a for a in window.compare_menu.actions()
                      if a.text() == "&Open this conversation side by side")
        reopen.trigger()
        view = window.compare_window
        assert len(view.panes) == 3
        assert view.status.text() == "Not in the library any more: gone, other."  # as picked
    finally:
        window.close()
        ctx.close()
