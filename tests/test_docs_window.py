"""Documents in the window, with real Qt widgets offscreen, a real model and database:
files dropped on the composer are indexed in the background, the conversation searches
them, the context meter counts the sources' share, and the answer lists its sources."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from doc_files import write_pdf  # noqa: E402
from test_window import close_window, open_window, type_and_send  # noqa: E402

from chatapp.docs.indexer import index_collection  # noqa: E402
from chatapp.docs.retrieval import source_budget  # noqa: E402
from chatapp.ui.docs_dialog import DocumentsDialog  # noqa: E402
from chatapp.ui.docs_ui import BUTTON_PX  # noqa: E402
from chatapp.ui.sources_view import SourcesList  # noqa: E402


def settle(qtbot, window) -> None:
    """Wait until the answer and the conversation's title are done (before closing)."""
    qtbot.waitUntil(lambda: window.runner is None and window.answers.titler is None, timeout=60000)


def test_dropped_files_are_indexed_and_the_answer_lists_its_sources(qtbot, roomy_home: Path,
                                                                    tmp_path: Path) -> None:
    guide = tmp_path / "guide.md"
    guide.write_text("# Parking\n\nParking is behind the bakery.\n", encoding="utf-8")
    rules = write_pdf(tmp_path / "rules.pdf", ["Dogs are welcome", "Smoking is not allowed"])
    window = open_window(qtbot, max_tokens=24)
    try:
        meter_before = window.composer.meter.value()
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(guide)), QUrl.fromLocalFile(str(rules))])
        window.composer.edit.insertFromMimeData(data)  # what a drop on the box does
        assert window.composer.edit.toPlainText() == ""  # paths are not pasted as text
        controller = window.docs
        qtbot.waitUntil(lambda: controller.runner is None, timeout=30000)
        (collection,) = controller.attached()
        assert collection.name == "guide.md and 1 more" and collection.files == 2
        assert window.docs.button.text() == "Documents: guide.md and 1 more"
        total = window.session.context_size(window.current_model())
        # the share kept for sources: no more than the two files could fill
        held = controller.documents.held([collection.id])
        assert window.composer.meter.value() == meter_before + source_budget(total, held)
        assert source_budget(total, held) < source_budget(total) // 4
        assert "document sources" in window.composer.meter.toolTip()
        # while the answer is written the meter does not drop below the count with the
        # room kept for sources (was: 1,515, then 400 while answering, then 1,690)
        before, seen = window.composer.meter.value(), []
        window.composer.meter.valueChanged.connect(
            lambda value: seen.append(value) if window.runner is not None else None)
        type_and_send(qtbot, window, "Where is parking?")
        qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
        assert seen and min(seen) >= before, (before, seen)
        answer = window.chat_view.bubbles[-1]
        sources = answer.findChild(SourcesList, "sourcesList")
        assert sources is not None and sources.isVisible()
        first = sources.rows[0]
        # Tab reaches the sources' toggles and Open file in the answer, before the message
        # box (was: the rows of a streamed answer were last in the window's Tab order)
        chain, widget = [], window.chat_view.nextInFocusChain()
        while widget is not window.composer.edit and len(chain) < 500:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        assert first.toggle in chain and first.open_button in chain
        assert first.open_button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert first.toggle.text() == "[1] guide.md — Parking"
        assert not first.text.isVisible()
        qtbot.mouseClick(first.toggle, Qt.MouseButton.LeftButton)
        assert first.text.isVisible() and "behind the bakery" in first.text.text()
        assert first.open_button.toolTip() == str(guide)
        # the conversation keeps its collection when opened again
        conversation_id = window.conversation_id
        window.new_conversation()
        assert window.docs.button.text() == "Documents…"
        window.open_conversation(conversation_id)
        assert window.docs.button.text() == "Documents: guide.md and 1 more"
        again = window.chat_view.bubbles[-1].findChild(SourcesList, "sourcesList")
        assert again.rows and again.rows[0].source.path == str(guide)
        settle(qtbot, window)
    finally:
        close_window(window)


def test_long_collection_names_do_not_widen_the_window(qtbot, roomy_home: Path) -> None:
    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        long_name = "Quarterly finance reports and board meeting minutes 2024-2025 (final)"
        ids = [documents.create(name).id for name in (long_name, "Recipes", "Handbook")]
        window.docs.attach(ids)
        button = window.docs.button
        # how many, where the names do not fit (was: "Documents: A very long collection
        # na…", the others only in the tooltip); the tooltip and screen readers have them
        assert button.text() == "Documents: 3 collections"
        # where the row has no room for it, how many in short: the model picker keeps its
        # width (was: it gave up its width for the Documents button's)
        qtbot.waitUntil(lambda: button.shown_text() in (button.text(), "Documents (3)"),
                        timeout=2000)
        assert f"Documents: Handbook, {long_name}, Recipes" in button.toolTip()
        assert long_name in button.accessibleName()
        assert window.minimumSizeHint().width() <= 1024
        assert button.width() <= BUTTON_PX
    finally:
        close_window(window)


def test_the_documents_dialog_ticks_collections_for_the_conversation(qtbot, roomy_home: Path,
                                                                     tmp_path: Path) -> None:
    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        first = documents.create("Handbook")
        documents.create("Recipes")
        dialog = DocumentsDialog(window.docs, window)
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 2
        item = next(dialog.list.item(i) for i in range(2)
                    if dialog.list.item(i).text().startswith("Handbook"))
        assert item.text().startswith("Handbook — 0 files, 0 chunks")
        folder = tmp_path / "notes"
        folder.mkdir()
        (folder / "tea.txt").write_text("Green tea is steeped at 80 degrees.", encoding="utf-8")
        (folder / "blank.txt").write_text("", encoding="utf-8")
        notes = documents.create("Notes")
        documents.add_roots(notes.id, [str(folder)])
        for _ in index_collection(documents, documents.collection("Notes")):
            pass
        dialog.refresh()
        (row,) = [dialog.list.item(i).text() for i in range(3)
                  if dialog.list.item(i).text().startswith("Notes")]
        assert row == "Notes — 1 file, 1 chunk, searched by words · 1 file not indexed"
        item = next(dialog.list.item(i) for i in range(3)
                    if dialog.list.item(i).text().startswith("Handbook"))
        item.setCheckState(Qt.CheckState.Checked)
        assert [c.id for c in window.docs.attached()] == [first.id]
        assert window.docs.button.text() == "Documents: Handbook"
        assert not dialog.cancel_button.isVisible()
        dialog.reject()
        type_and_send(qtbot, window, "hello")
        qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
        assert window.ctx.chat.attached_docs(window.conversation_id) == ["Handbook"]
        answer = window.chat_view.bubbles[-1]
        sources = answer.findChild(SourcesList, "sourcesList")
        assert sources.isVisible() and not sources.rows
        assert "Nothing in Handbook matched" in sources.title.text()
        settle(qtbot, window)
    finally:
        close_window(window)


CITING_TEMPLATE = (
    "{{ bos_token }}{% for m in messages %}{% if m['role'] == 'assistant' %}<|assistant|>"
    "{{ m['content'] }}</s>{% else %}<|user|>{{ m['content'] }}{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}")


@pytest.fixture
def citing_home(chatapp_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A model that answers every prompt with "Behind the bakery [1] [7]." (real llama.cpp,
    a scripted tiny model with room for sources in its context)."""
    import scripted_gguf

    monkeypatch.setattr(scripted_gguf, "N_CTX", 4096)
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    scripted_gguf.write_scripted(
        models / "citing-tiny-F32.gguf", template=CITING_TEMPLATE,
        specials=[("<|user|>", "control"), ("<|assistant|>", "control")],
        script=["<|assistant|>", "▁Behind", "▁the", "▁bakery", "▁[1]", "▁[7]", ".", "</s>"],
        name="Citing Tiny")
    return chatapp_home


def test_a_citation_in_the_answer_opens_its_source(qtbot, citing_home: Path,
                                                   tmp_path: Path) -> None:
    from PySide6.QtCore import QPoint

    guide = tmp_path / "guide.md"
    guide.write_text("# Parking\n\nParking is behind the bakery.\n", encoding="utf-8")
    window = open_window(qtbot, max_tokens=16)
    try:
        window.select_model(next(m.key for m in window.models
                                 if "citing" in str(getattr(m, "path", ""))))
        window.docs.add_paths([str(guide)])
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=30000)
        type_and_send(qtbot, window, "Where is parking?")
        qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
        answer = window.chat_view.bubbles[-1]
        stored = window.ctx.store.message(answer.message.id)
        assert stored.content == "Behind the bakery [1] [7]."
        body = answer.body
        html = body.document().toHtml()
        # the answer had one source: [1] links to it, [7] stays text
        assert 'href="chatapp-source:1"' in html and "chatapp-source:7" not in html
        sources = answer.findChild(SourcesList, "sourcesList")
        (row,) = sources.rows
        assert not row.text.isVisible()
        assert sources.unknown.isVisible() and sources.unknown.text() == (
            "Cited in the answer, but not among its sources (the model made them up): [7]")
        cursor = body.document().find("[1]")
        point = body.cursorRect(cursor).center() - QPoint(6, 0)
        with qtbot.waitSignal(body.citationClicked, timeout=3000) as clicked:
            qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert clicked.args == [1]
        assert row.text.isVisible() and "behind the bakery" in row.text.text()
        # copied, the answer takes the sources its citations point at along
        from PySide6.QtGui import QGuiApplication

        for action, head in (("copy-md", "**Sources:**"), ("copy-text", "Sources:")):
            window.tree.message_action(action, answer.message.id)
            copied = QGuiApplication.clipboard().text()
            assert f"{head}\n\n- [1] guide.md — Parking" in copied, copied
            assert copied.endswith("(the model made them up): [7]"), copied
        # a conversation opened again links its citations too
        conversation_id = window.conversation_id
        window.new_conversation()
        window.open_conversation(conversation_id)
        again = window.chat_view.bubbles[-1].body.document().toHtml()
        assert 'href="chatapp-source:1"' in again
        settle(qtbot, window)
    finally:
        close_window(window)


def test_the_dialog_names_the_files_that_could_not_be_indexed_and_why(
        qtbot, roomy_home: Path, tmp_path: Path) -> None:
    from doc_files import write_encrypted_pdf

    from chatapp.docs import extract
    from chatapp.docs.indexer import run_to_end

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "fine.txt").write_text("Tea at four.", encoding="utf-8")
    write_encrypted_pdf(folder / "a-locked.pdf", "secret plans")
    (folder / "b-random.txt").write_bytes(bytes(range(256)) * 8)  # binary in a text type
    for number in range(6):
        (folder / f"empty-{number}.md").write_text("  \n", encoding="utf-8")
    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        collection = documents.create("Office")
        documents.add_roots(collection.id, [str(folder)])
        run_to_end(documents, documents.collection("Office"))
        dialog = DocumentsDialog(window.docs, window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.problems.isVisible()  # nothing selected yet
        dialog.list.setCurrentRow(0)
        lines = dialog.problems.text().splitlines()
        assert dialog.problems.isVisible() and lines[0] == "Not indexed in Office:"
        assert lines[1] == extract.ENCRYPTED.format(name="a-locked.pdf")
        assert lines[2] == extract.NOT_TEXT.format(name="b-random.txt")
        assert lines[3] == extract.EMPTY.format(name="empty-0.md")
        assert lines[-1] == "…and 3 more."  # five named, of eight
        assert str(folder / "a-locked.pdf") in dialog.problems.toolTip()  # with their folders
        assert len(lines) == 1 + 5 + 1
        # a folder gone since is said apart from the files' reasons
        other = tmp_path / "other"
        other.mkdir()
        documents.add_roots(collection.id, [str(other)])
        other.rmdir()
        dialog.show_problems()
        reasons, gone = dialog.problems.text().split("\n\n")
        assert len(reasons.splitlines()) == 7
        assert gone == f"{other} is no longer there: select it below and take it out of the " \
            "collection."
    finally:
        close_window(window)


def test_compare_panes_answer_with_and_without_documents(qtbot, roomy_home: Path,
                                                         tmp_path: Path) -> None:
    from test_compare_window import open_compare, send, wait_done

    from chatapp.docs.indexer import run_to_end

    guide = tmp_path / "guide.md"
    guide.write_text("# Parking\n\nParking is behind the bakery.\n", encoding="utf-8")
    window = open_window(qtbot, max_tokens=4)
    try:
        documents = window.docs.documents
        office = documents.create("Office")
        documents.add_roots(office.id, [str(guide)])
        run_to_end(documents, documents.collection("Office"))
        view = open_compare(qtbot, window)
        plain, with_docs = view.panes
        assert plain.docs_box.isVisible()
        assert [with_docs.docs_box.itemText(i) for i in range(with_docs.docs_box.count())] \
            == ["No documents", "Office"]
        with_docs.docs_box.setCurrentIndex(1)
        assert with_docs.header.text().endswith(" + Office")
        send(qtbot, view, "Where is parking?")
        wait_done(qtbot, view)
        assert documents.retrieval(plain.message.id) is None
        retrieval = documents.retrieval(with_docs.message.id)
        assert retrieval.sources[0].heading == "Parking"
        assert window.ctx.store.message(with_docs.message.id).sampling["docs"] == ["Office"]
        view.arena_box.setChecked(True)  # blind: no per-pane choices
        assert not any(p.docs_box.isVisible() for p in view.panes)
        view.close()
    finally:
        close_window(window)


def test_the_eval_dialog_runs_each_model_with_and_without_documents(
        qtbot, roomy_home: Path, tmp_path: Path) -> None:
    from chatapp.compare.evaluate import load_results
    from chatapp.context import open_app
    from chatapp.docs.indexer import run_to_end
    from chatapp.store.documents import Documents
    from chatapp.ui.app import make_application
    from chatapp.ui.eval_dialog import EvalDialog

    guide = tmp_path / "guide.md"
    guide.write_text("# Parking\n\nParking is behind the bakery.\n", encoding="utf-8")
    prompts = tmp_path / "set.txt"
    prompts.write_text("Where is parking?\n", encoding="utf-8")
    make_application()
    ctx = open_app()
    try:
        documents = Documents(ctx.store)
        office = documents.create("Office")
        documents.add_roots(office.id, [str(guide)])
        run_to_end(documents, documents.collection("Office"))
        dialog = EvalDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.prompt_edit.setText(str(prompts))
        dialog.folder_edit.setText(str(tmp_path / "out"))
        dialog.max_tokens.setValue(4)
        dialog.model_list.set_checked({m.key for m in dialog.models if "tiny" in m.file_name})
        dialog.docs_box.setCurrentIndex(dialog.docs_box.findData("Office"))
        with qtbot.waitSignal(dialog.done, timeout=120000):
            dialog.start_button.click()
        results = load_results(tmp_path / "out")
        assert sorted(r.model for r in results) == ["tiny-llama-F32.gguf",
                                                    "tiny-llama-F32.gguf + Office"]
        retrieved = {r.model: documents.retrieval(r.message_id) for r in results}
        assert retrieved["tiny-llama-F32.gguf"] is None
        assert retrieved["tiny-llama-F32.gguf + Office"].sources[0].heading == "Parking"
        dialog.close()
    finally:
        ctx.close()


def test_a_drop_does_not_change_a_collection_other_conversations_search(
        qtbot, roomy_home: Path, tmp_path: Path) -> None:
    shared_file = tmp_path / "shared.md"
    shared_file.write_text("# Shared\n\nThe office opens at nine.\n", encoding="utf-8")
    dropped = tmp_path / "drop.txt"
    dropped.write_text("Only for this conversation.\n", encoding="utf-8")
    window = open_window(qtbot, max_tokens=2)
    try:
        controller, documents = window.docs, window.docs.documents
        office = documents.create("Office")
        documents.add_roots(office.id, [str(shared_file)])
        ids = []
        for title in ("first", "second"):
            conversation = window.ctx.store.create_conversation(title)
            documents.attach(conversation.id, [office.id])
            ids.append(conversation.id)
        window.open_conversation(ids[0])
        controller.add_paths([str(dropped)])  # what a drop on the message box does
        qtbot.waitUntil(lambda: controller.runner is None, timeout=30000)
        assert documents.collection("Office").roots == [str(shared_file.resolve())]
        names = sorted(c.name for c in documents.attached(ids[0]))
        assert names == ["Office", "drop.txt"]
        assert [c.name for c in documents.attached(ids[1])] == ["Office"]
        # a second drop goes to this conversation's own collection, no third one
        more = tmp_path / "more.txt"
        more.write_text("More for this conversation.\n", encoding="utf-8")
        controller.add_paths([str(more)])
        qtbot.waitUntil(lambda: controller.runner is None, timeout=30000)
        assert documents.collection("drop.txt").files == 2
        assert len(documents.collections()) == 2
    finally:
        close_window(window)


def test_attach_picks_documents_for_this_conversation(qtbot, roomy_home: Path,
                                                      tmp_path: Path) -> None:
    """The Attach button beside Send (and Ctrl+Shift+A) opens a file dialog; the files
    chosen go to this conversation's own collection, as a drop on the message box does."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nThe boat leaves at noon.\n", encoding="utf-8")
    window = open_window(qtbot, max_tokens=2)
    offered = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, choose)
            return
        offered.append(dialog.nameFilters())
        dialog.setDirectory(str(tmp_path))
        dialog.selectFile(str(notes))
        dialog.accept()

    try:
        button = window.composer.attach_button
        assert button.isVisible() and button.toolTip().startswith("Attach documents")
        QTimer.singleShot(0, choose)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert offered and offered[0][0].startswith("Documents (*.txt *.md *.pdf")
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=30000)
        (attached,) = window.docs.attached()
        assert attached.name == "notes.md" and attached.files == 1
        assert window.docs.button.text() == "Documents: notes.md"
        assert window.docs.attach_action.shortcut().toString() == "Ctrl+Shift+A"
        window.new_conversation()  # several files at once: named after the first and the rest
        more = [tmp_path / f"part{n:02d}.txt" for n in range(1, 4)]
        for path in more:
            path.write_text(f"Part {path.stem} of the plan.", encoding="utf-8")
        window.docs.add_paths([str(p) for p in more])
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=30000)
        (attached,) = window.docs.attached()
        assert attached.name == "part01.txt and 2 more" and attached.files == 3
    finally:
        close_window(window)


def test_attached_files_that_cannot_be_indexed_are_not_kept_and_say_why(
        qtbot, roomy_home: Path, tmp_path: Path) -> None:
    """As chatapp docs add: a file that cannot be indexed is taken out again with its
    reason, and a collection made for files none of which could be indexed is not kept."""
    empty, binary = tmp_path / "empty.txt", tmp_path / "binary.txt"
    empty.write_text("", encoding="utf-8")
    binary.write_bytes(bytes(range(256)) * 8)
    good = tmp_path / "good.md"
    good.write_text("# Boats\n\nThe boat leaves at noon.\n", encoding="utf-8")
    window = open_window(qtbot, max_tokens=2)
    try:
        controller = window.docs
        controller.add_paths([str(empty), str(binary)])
        qtbot.waitUntil(lambda: controller.runner is None, timeout=30000)
        assert controller.attached() == [] and controller.documents.collections() == []
        said = controller.notice.splitlines()
        assert said[0] == "empty.txt and 1 more: 0 files indexed; 2 files not indexed.", said
        assert said[1].startswith("Not added: ") and "empty.txt is empty" in " ".join(said)
        assert "binary.txt is not text" in " ".join(said)
        assert said[-1] == ("No file could be indexed, so the collection empty.txt and 1 more "
                            "was not made.")
        assert window.docs.button.text() == "Documents…"
        # with one file that can be: the collection is kept with that file only, named after
        # it (was: "binary.txt and 1 more", after the file refused)
        controller.add_paths([str(binary), str(good)])
        qtbot.waitUntil(lambda: controller.runner is None, timeout=30000)
        (attached,) = controller.attached()
        assert attached.name == "good.md"
        assert attached.roots == [str(good.resolve())]
        assert controller.notice.splitlines()[1].startswith("Not added: binary.txt")
    finally:
        close_window(window)


def test_a_new_collection_is_shown_and_the_dialog_says_what_became_of_a_request(
        qtbot, roomy_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from chatapp.ui.ask_name import BOX_PX

    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        documents.create("Handbook")
        note = tmp_path / "falcon.txt"
        note.write_text("Project Falcon is due in March.", encoding="utf-8")
        dialog = DocumentsDialog(window.docs, window)
        qtbot.addWidget(dialog)
        assert dialog.selected() is None or dialog.selected().name == "Handbook"
        monkeypatch.setattr(dialog, "_pick_paths", lambda folder: [str(note)])
        widths: list[int] = []

        def name_it() -> None:  # the real question: wide enough for its title, then typed
            box = QApplication.activeModalWidget()
            if not isinstance(box, QInputDialog):
                QTimer.singleShot(20, name_it)
                return
            widths.append(box.width())
            box.setTextValue("Falcon")
            box.accept()
        QTimer.singleShot(0, name_it)
        dialog.new_collection()
        assert widths[0] >= BOX_PX
        assert dialog.selected().name == "Falcon"  # the new one, with its indexing, is shown
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=30000)
        assert dialog.selected().name == "Falcon"
        assert dialog.status.text() == "Falcon: 1 file indexed."
        window.docs.add_paths([str(note)], documents.collection("Falcon"))  # again
        assert dialog.status.text().startswith(f"{note} is already in Falcon")
        from chatapp.store.documents import Documents

        Documents(window.ctx.store).create("Loop")  # as `chatapp docs add` would meanwhile
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        dialog.show()
        dialog.activateWindow()  # coming back to it: it lists what is there now
        qtbot.waitUntil(lambda: "Loop" in [dialog.list.item(r).data(Qt.ItemDataRole.UserRole)
                                           for r in range(dialog.list.count())])
        dialog.reject()
    finally:
        close_window(window)


def test_a_source_whose_file_went_away_says_so(qtbot, tmp_path: Path) -> None:
    from chatapp.store.doc_records import Retrieval, Source

    kept, gone = tmp_path / "a" / "notes.txt", tmp_path / "b" / "notes.txt"
    kept.parent.mkdir()
    kept.write_text("Falcon is due in March.", encoding="utf-8")
    sources = [Source(n, n, 1, 1.0, n, None, str(path), None, "", "Falcon…")
               for n, path in ((1, kept), (2, gone))]
    view = SourcesList()
    qtbot.addWidget(view)
    view.show_retrieval(Retrieval(1, "Falcon", [{"id": 1, "name": "Work"}], "bm25", 500, 20,
                                  sources))
    assert [row.toggle.text() for row in view.rows] == [
        "[1] a/notes.txt — “Falcon…”", "[2] b/notes.txt (no longer there) — “Falcon…”"]


def test_passages_of_a_plain_text_are_told_apart_by_their_words(qtbot, tmp_path: Path) -> None:
    """A .txt file has neither pages nor headings: its sources are named by their first
    words, not five rows of the same file name."""
    from chatapp.store.doc_records import Retrieval, Source

    notes = tmp_path / "notes.txt"
    notes.write_text("x", encoding="utf-8")
    texts = ["The canteen serves lunch from noon until two.", "Parking is behind the bakery."]
    sources = [Source(n, n, 1, 1.0, n, None, str(notes), None, "", text)
               for n, text in enumerate(texts, 1)]
    sources.append(Source(3, 3, 1, 1.0, 3, None, str(notes), 2, "", "On a page."))
    view = SourcesList()
    qtbot.addWidget(view)
    view.show_retrieval(Retrieval(1, "lunch", [{"id": 1, "name": "Work"}], "bm25", 500, 20,
                                  sources))
    assert [row.toggle.text() for row in view.rows] == [
        "[1] notes.txt — “The canteen serves lunch from noon…”",
        "[2] notes.txt — “Parking is behind the bakery.”", "[3] notes.txt, page 2"]


def test_files_not_indexed_yet_are_marked_until_update_indexes_them(qtbot, roomy_home: Path,
                                                                     tmp_path: Path) -> None:
    from chatapp.docs.indexer import run_to_end

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Tea at four.", encoding="utf-8")
    second.write_text("Coffee at nine.", encoding="utf-8")
    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        collection = documents.create("Drinks")
        documents.add_roots(collection.id, [str(first)])
        run_to_end(documents, documents.collection("Drinks"))
        documents.add_roots(collection.id, [str(second)])  # as after a stopped indexing
        dialog = DocumentsDialog(window.docs, window)
        qtbot.addWidget(dialog)
        dialog.list.setCurrentRow(0)
        shown = [dialog.contents.topLevelItem(i).text(0)
                 for i in range(dialog.contents.topLevelItemCount())]
        assert shown == [f"{first} · 1 chunk", f"{second} (not indexed yet: Update indexes it)"]
        run_to_end(documents, documents.collection("Drinks"))
        dialog.refresh()
        shown = [dialog.contents.topLevelItem(i).text(0)
                 for i in range(dialog.contents.topLevelItemCount())]
        assert shown == [f"{first} · 1 chunk", f"{second} · 1 chunk"]
        folder = tmp_path / "menu"  # a folder of which only some files were indexed
        folder.mkdir()
        for name in ("soup.txt", "rice.txt", "tea.txt"):
            (folder / name).write_text(f"The {name[:-4]} is hot.", encoding="utf-8")
        (folder / "shared.txt").symlink_to(first)  # a link to a file elsewhere: indexed
        documents.add_roots(collection.id, [str(folder)])
        run_to_end(documents, documents.collection("Drinks"))
        dialog.refresh()
        shown = [dialog.contents.topLevelItem(i).text(0)
                 for i in range(dialog.contents.topLevelItemCount())]
        assert str(folder) in shown  # (was: "1 file not indexed yet" for the link)
        run_to_end(documents, documents.collection("Drinks"))  # (as if stopped after one)
        documents.drop_files(documents.collection("Drinks"), [
            f.id for f in documents.files(collection.id) if f.path.endswith(("rice.txt",
                                                                             "tea.txt"))])
        dialog.refresh()
        shown = [dialog.contents.topLevelItem(i).text(0)
                 for i in range(dialog.contents.topLevelItemCount())]
        assert f"{folder} (2 files not indexed yet: Update indexes them)" in shown
    finally:
        close_window(window)


def test_a_collection_deleted_by_another_program_is_said_before_the_next_answer(
        qtbot, roomy_home: Path, tmp_path: Path) -> None:
    """`chatapp docs rm` while the window shows a conversation that searches the collection:
    the Documents button stops naming it, the status bar says so, and the next message is
    held back once with the reason (sent again, it is answered without documents)."""
    from chatapp.store import Store
    from chatapp.store.documents import Documents

    guide = tmp_path / "guide.md"
    guide.write_text("# Parking\n\nParking is behind the bakery.\n", encoding="utf-8")
    window = open_window(qtbot, max_tokens=4)
    try:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(guide))])
        window.composer.edit.insertFromMimeData(data)
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=30000)
        type_and_send(qtbot, window, "Where is parking?")
        settle(qtbot, window)
        assert window.docs.button.text() == "Documents: guide.md"
        other = Store(window.ctx.store.path)  # another program's connection
        try:
            Documents(other).remove(Documents(other).collection("guide.md"))
        finally:
            other.close()
        said = ("The document collection guide.md was deleted in another window or program: "
                "this conversation's answers no longer search it.")
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=5000)
        assert window.docs.button.text() == "Documents…"
        answers = len(window.chat_view.bubbles)
        type_and_send(qtbot, window, "And the bikes?")
        assert window.composer.edit.toPlainText() == "And the bikes?"  # held back once
        assert window.statusBar().currentMessage() == said + " Send again to go on."
        assert len(window.chat_view.bubbles) == answers
        with qtbot.waitSignal(window.composer.sendRequested, timeout=2000):
            qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
        assert window.statusBar().currentMessage() != said + " Send again to go on."
        settle(qtbot, window)
        assert len(window.chat_view.bubbles) == answers + 2
        assert window.chat_view.bubbles[-1].findChild(SourcesList, "sourcesList") is None or \
            not window.chat_view.bubbles[-1].findChild(SourcesList, "sourcesList").rows
    finally:
        close_window(window)


def test_the_cli_says_which_citations_name_no_source(citing_home: Path, tmp_path: Path) -> None:
    from test_docs_answers import cli

    guide = tmp_path / "guide.md"
    guide.write_text("# Parking\n\nParking is behind the bakery.\n", encoding="utf-8")
    assert cli("docs", "add", "Guide", str(guide)).returncode == 0
    answered = cli("chat", "-m", "citing-tiny-F32", "--docs", "Guide", "--max-tokens", "16",
                   "Where is parking?")
    assert answered.returncode == 0, answered.stderr
    assert answered.stdout.splitlines()[-2:] == [
        "[1] guide.md — Parking",
        "Cited in the answer, but not among its sources (the model made them up): [7]"]


def test_a_collections_folder_that_is_gone_is_said_with_the_answer(
        qtbot, citing_home: Path, tmp_path: Path) -> None:
    """The folder a collection takes in was deleted: the answer that found nothing says so,
    on the command line and in the window (was: only "Nothing in … matched")."""
    from test_docs_answers import cli

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "cats.md").write_text("# Cats\n\nCats sleep a lot.\n", encoding="utf-8")
    assert cli("docs", "add", "Tmp", str(folder)).returncode == 0
    shutil.rmtree(folder)
    answered = cli("chat", "-m", "citing-tiny-F32", "--docs", "Tmp", "--max-tokens", "16",
                   "cats")
    assert answered.returncode == 0, answered.stderr
    assert "Nothing in Tmp matched this question." in answered.stdout
    assert answered.stdout.splitlines()[-1] == (  # as the window flags them (was: not said)
        "Cited in the answer, but not among its sources (the model made them up): [1], [7]")
    assert f"{folder} is no longer there, so what it held left the index. To take it out of " \
           f"Tmp: chatapp docs rm Tmp {folder}" in answered.stderr
    window = open_window(qtbot, max_tokens=16)
    try:
        conversation = window.ctx.store.latest_conversation()
        window.open_conversation(conversation.id)
        sources = window.chat_view.bubbles[-1].findChild(SourcesList, "sourcesList")
        assert sources.title.text() == "Nothing in Tmp matched this question."
        assert not sources.unknown.isHidden() and sources.unknown.text() == (
            f"{folder} is no longer there.\n"
            "Cited in the answer, but not among its sources (the model made them up): [1], [7]")
    finally:
        close_window(window)


def test_passages_found_but_left_out_for_room_are_said_under_the_sources(qtbot,
                                                                          tmp_path: Path) -> None:
    """Of three passages found, the answer was given one (its context had no room for more):
    the list says two more matched; none is said when all were given."""
    from chatapp.store.doc_records import Retrieval, Source

    notes = tmp_path / "notes.txt"
    notes.write_text("x", encoding="utf-8")
    given = [Source(1, 1, 1, 1.0, 1, None, str(notes), None, "", "Tea at four.")]
    view = SourcesList()
    qtbot.addWidget(view)
    view.show_retrieval(Retrieval(1, "tea", [{"id": 1, "name": "Work"}], "bm25", 500, 20,
                                  given, found=3), "Tea is at four [1].")
    assert view.unknown.text() == ("2 more passages matched the question, with no room left "
                                   "for them in this model's context.")
    view.show_retrieval(Retrieval(1, "tea", [{"id": 1, "name": "Work"}], "bm25", 500, 20,
                                  given, found=1), "Tea is at four [1].")
    assert view.unknown.text() == "" and not view.unknown.isVisibleTo(view)


def test_a_stop_that_came_after_the_last_file_says_all_was_indexed(qtbot,
                                                                   roomy_home: Path) -> None:
    from chatapp.docs.indexer import Progress

    window = open_window(qtbot)
    try:
        docs = window.docs
        docs.indexing = "Big"
        docs._stop.set()  # Cancel pressed while the one big file was being written
        docs._on_finished(Progress(done=1, total=1, indexed=1))
        assert docs.notice == "Big: 1 file indexed."
        docs._on_finished(Progress(done=1, total=3, indexed=1))  # stopped part way
        assert docs.notice == ("Indexing stopped; what was indexed is kept. Update indexes "
                               "the rest.")
    finally:
        close_window(window)


def test_a_stop_while_chunks_get_their_vectors_says_so(qtbot, roomy_home: Path,
                                                       tmp_path: Path) -> None:
    """Cancel pressed while the chunks of the last file got their vectors: "stopped", and how
    many chunks have none yet (was: "1 file indexed", as if it had got to the end)."""
    from chatapp.docs.indexer import Progress, run_to_end

    notes = tmp_path / "notes.txt"
    notes.write_text("\n\n".join(f"Paragraph {i} about tea and trains." for i in range(40)),
                     encoding="utf-8")
    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        collection = documents.create("Office")
        documents.add_roots(collection.id, [str(notes)])
        run_to_end(documents, documents.collection("Office"))  # words only so far
        collection = documents.set_embedding(documents.collection("Office"), "k", "e.gguf", 8)
        left = documents.count_without_vectors(collection)
        assert left > 1
        docs = window.docs
        docs.indexing = "Office"
        docs._stop.set()  # Cancel pressed while vectors were being made
        docs._on_finished(Progress(done=1, total=1, indexed=1, embedded=0))
        assert docs.notice.splitlines() == [
            "Indexing stopped; what was indexed is kept. Update indexes the rest.",
            f"{left} chunks have no vector yet: they are found by their words only."]
    finally:
        close_window(window)


def test_a_new_collection_whose_file_picking_is_cancelled_is_not_searched(
        qtbot, roomy_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """New collection…, named, then the file dialog cancelled: the collection is kept, as
    named, but not ticked for the conversation until it holds something (was: "Empty — 0
    files", ticked for the conversation; then: dropped without a word)."""
    window = open_window(qtbot)
    try:
        dialog = DocumentsDialog(window.docs, window)
        qtbot.addWidget(dialog)
        monkeypatch.setattr("chatapp.ui.docs_dialog.ask_name", lambda *_args: "Empty")
        monkeypatch.setattr(dialog, "_pick_paths", lambda folder: [])  # Cancel
        dialog.new_collection()
        assert [c.name for c in window.docs.documents.collections()] == ["Empty"]
        assert window.docs.attached() == []
        assert window.docs.notice.startswith("Made the collection Empty, with no files yet")
    finally:
        close_window(window)


def test_the_way_new_collections_search_is_kept(qtbot, roomy_home: Path) -> None:
    from embed_gguf import write_tiny_embedder

    from chatapp.settings import SettingsFile

    write_tiny_embedder(roomy_home / "data" / "models" / "tiny-embedder-F32.gguf")
    window = open_window(qtbot)
    try:
        first = DocumentsDialog(window.docs, window)
        qtbot.addWidget(first)
        assert first.embed_box.currentIndex() == 0  # words only, until another is chosen
        meaning = next(i for i in range(first.embed_box.count()) if first.embed_box.itemData(i))
        first.embed_box.setCurrentIndex(meaning)
        first.reject()
        again = DocumentsDialog(window.docs, window)
        qtbot.addWidget(again)
        assert again.embed_box.currentIndex() == meaning  # was: words only every time
        key = again.embed_box.currentData()
        assert SettingsFile(window.ctx.settings_file.path).load().docs_embedding == key
        again.reject()
    finally:
        close_window(window)


def test_a_collection_removed_while_the_window_indexes_it_is_said_and_not_counted(
        qtbot, roomy_home: Path, tmp_path: Path, monkeypatch) -> None:
    """`chatapp docs rm` while the window indexes: it stops at the next file, and says that
    the collection was removed (was: "Something unexpected went wrong (IntegrityError)" a
    minute later, then "62 files indexed" of a collection that was no more)."""
    from PySide6.QtWidgets import QMessageBox

    from chatapp.docs import indexer
    from chatapp.store import Store
    from chatapp.store.documents import Documents

    folder = tmp_path / "notes"
    folder.mkdir()
    for n in range(40):
        (folder / f"note_{n:03}.md").write_text(f"# Note {n}\n\nItem {n} is on shelf {n}.\n",
                                                encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    reads: list[Path] = []
    read = indexer.read_file

    def read_then_remove(path: Path) -> bytes:  # at the third file, the collection goes
        reads.append(path)
        if len(reads) == 3:
            other = Store(window.ctx.paths.database)  # as `chatapp docs rm` does
            Documents(other).remove(Documents(other).collection("Shelf"))
            other.close()
        return read(path)

    monkeypatch.setattr(indexer, "read_file", read_then_remove)
    window = open_window(qtbot)
    try:
        controller = window.docs
        collection = controller.documents.create("Shelf")
        controller.documents.add_roots(collection.id, [str(folder)])
        controller.index(controller.documents.collection("Shelf"))
        qtbot.waitUntil(lambda: controller.runner is None, timeout=30000)
        assert len(reads) == 3  # no file read once it was gone
        assert said == ["The collection Shelf was removed while it was being indexed: "
                        "nothing more of it is kept."]
        assert controller.notice.startswith("The collection Shelf was removed")
        assert "files indexed" not in controller.notice
    finally:
        close_window(window)


def test_other_collections_can_be_removed_while_one_is_indexed(
        qtbot, roomy_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While one collection is indexed, Remove works on the others (was: every collection's
    Remove off until the indexing ended)."""
    from chatapp.docs.indexer import _indexing

    (tmp_path / "a.txt").write_text("Tea at four.", encoding="utf-8")
    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        busy = documents.create("Busy")
        documents.add_roots(busy.id, [str(tmp_path / "a.txt")])
        documents.create("Idle")
        dialog = DocumentsDialog(window.docs, window)
        qtbot.addWidget(dialog)
        held = _indexing(busy.id)  # (as another indexing of it in this process holds it)
        held.acquire()
        try:
            window.docs.index(documents.collection("Busy"))
            assert window.docs.runner is not None
            dialog.refresh()

            def select(name: str) -> None:
                dialog.list.setCurrentItem(next(
                    dialog.list.item(i) for i in range(dialog.list.count())
                    if dialog.list.item(i).text().startswith(name)))

            select("Idle")
            assert dialog.remove_button.isEnabled() and not dialog.update_button.isEnabled()
            select("Busy")
            assert not dialog.remove_button.isEnabled()
            select("Idle")
            monkeypatch.setattr("chatapp.ui.docs_dialog.message_box", lambda *_a, **_k: True)
            dialog.remove_button.click()
            assert [c.name for c in documents.collections()] == ["Busy"]
        finally:
            held.release()
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=20000)
        select("Busy")
        assert dialog.remove_button.isEnabled()
        dialog.reject()
    finally:
        close_window(window)


def test_removing_a_collection_says_so_instead_of_its_last_indexing(
        qtbot, roomy_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Was: "Notes: 1 file indexed." stayed under the list (and in the status bar) after
    the collection was removed."""
    (tmp_path / "a.txt").write_text("Tea at four.", encoding="utf-8")
    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        notes = documents.create("Notes")
        documents.add_roots(notes.id, [str(tmp_path / "a.txt")])
        dialog = DocumentsDialog(window.docs, window)
        qtbot.addWidget(dialog)
        window.docs.index(documents.collection("Notes"))
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=20000)
        qtbot.waitUntil(lambda: "indexed" in dialog.status.text(), timeout=5000)
        dialog.list.setCurrentRow(0)
        monkeypatch.setattr("chatapp.ui.docs_dialog.message_box", lambda *_a, **_k: True)
        dialog.remove_button.click()
        assert documents.collections() == []
        said = "Removed the collection Notes; your files were not touched."
        assert dialog.status.text() == said
        assert window.statusBar().currentMessage() == said
        dialog.reject()
    finally:
        close_window(window)


def test_the_still_indexing_banner_goes_with_the_answer_it_was_about(
        qtbot, roomy_home: Path, tmp_path: Path) -> None:
    """The banner that an answer searched a collection still being indexed goes when the
    indexing ends and when the next answer is written (was: it stayed above the
    conversation over later answers that searched the whole index)."""
    from chatapp.docs.indexer import _indexing

    guide = tmp_path / "guide.md"
    guide.write_text("# Parking\n\nParking is behind the bakery.\n", encoding="utf-8")
    window = open_window(qtbot, max_tokens=4)
    try:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(guide))])
        window.composer.edit.insertFromMimeData(data)
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=30000)
        (collection,) = window.docs.attached()
        said = ("Still being indexed: guide.md. This answer searched what was indexed so "
                "far.")
        held = _indexing(collection.id)  # (as while another indexing of it holds it)
        held.acquire()
        try:
            type_and_send(qtbot, window, "Where is parking?")
            settle(qtbot, window)
            assert window.notice.isVisible() and window.notice.label.text() == said
            window.docs.index(window.docs.documents.collection("guide.md"))  # waits for it
        finally:
            held.release()
        qtbot.waitUntil(lambda: window.docs.runner is None, timeout=30000)
        assert not window.notice.isVisible()  # the indexing ended
        held.acquire()
        try:
            type_and_send(qtbot, window, "And the bikes?")
            settle(qtbot, window)
            assert window.notice.isVisible() and window.notice.label.text() == said
        finally:
            held.release()
        type_and_send(qtbot, window, "And the cars?")  # searches the whole index
        settle(qtbot, window)
        assert not window.notice.isVisible()
    finally:
        close_window(window)


def test_long_collection_lines_wrap_show_whole_in_tooltips_and_group_counts(
        qtbot, roomy_home: Path, tmp_path: Path) -> None:
    """Was: "Arsip — 1 file, 1100 chunks, …" scrolled sideways, ungrouped where the files
    below read "1.100 chunks"; a taken-out or not-yet-indexed line was cut and its tooltip
    held only the path."""
    from chatapp.docs.indexer import run_to_end

    rules = tmp_path / "rules.md"
    rules.write_text("".join(f"# Rule {n}\n\nGate {n} opens at nine.\n\n" for n in range(1100)),
                     encoding="utf-8")
    later = tmp_path / ("a file with a long name that comes later " * 3 + ".txt")
    later.write_text("Tea at four.", encoding="utf-8")
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("id"))  # as the Indonesian tester's: "1.100"
    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        name = "Arsip Kantor dengan nama yang sangat panjang sekali"
        collection = documents.create(name)
        documents.add_roots(collection.id, [str(rules)])
        run_to_end(documents, documents.collection(name))
        documents.add_roots(collection.id, [str(later)])  # not indexed yet
        folder = tmp_path / "kantor"
        folder.mkdir()
        (folder / "latin1.txt").write_text("Coffee at nine.", encoding="utf-8")
        documents.add_roots(collection.id, [str(folder)])
        documents.remove_path(documents.collection(name), str(folder / "latin1.txt"))
        dialog = DocumentsDialog(window.docs, window)
        qtbot.addWidget(dialog)
        dialog.resize(360, 560)
        dialog.show()
        dialog.list.setCurrentRow(0)
        item = dialog.list.item(0)
        line = f"{name} — 1 file, 1.100 chunks, searched by words"  # (the folder: none yet)
        assert item.text().startswith(line)
        assert item.toolTip().startswith(item.text())  # the whole line, then the path
        qtbot.waitUntil(lambda: dialog.list.visualItemRect(item).height() > 0, timeout=2000)
        assert not dialog.list.horizontalScrollBar().isVisible()
        rect = dialog.list.visualItemRect(item)
        assert rect.width() <= dialog.list.viewport().width()
        assert rect.height() > dialog.list.fontMetrics().height() * 1.5  # wrapped
        shown = {dialog.contents.topLevelItem(i).text(0): dialog.contents.topLevelItem(i)
                 for i in range(dialog.contents.topLevelItemCount())}
        waiting = shown[f"{later} (not indexed yet: Update indexes it)"]
        assert waiting.toolTip(0) == waiting.text(0)
        taken = shown[f"{folder / 'latin1.txt'} (taken out: adding it again puts it back)"]
        assert taken.toolTip(0) == taken.text(0)
        assert shown[f"{rules} · 1.100 chunks"]
    finally:
        close_window(window)
        QLocale.setDefault(before)


def test_a_shown_passage_reads_its_markdown_without_gaps(qtbot, tmp_path: Path) -> None:
    """Was: "**14 hari kerja**" with its stars, and empty bands above and below the text."""
    from chatapp.store.doc_records import Retrieval, Source

    sop = tmp_path / "SOP.md"
    passage = ("Setiap PNS berhak atas cuti tahunan selama **14 hari kerja** per tahun. "
               "Permohonan diajukan paling lambat 7 hari kerja sebelum tanggal mulai cuti "
               "melalui aplikasi SIMPEG.")
    sop.write_text("# Cuti\n\n" + passage, encoding="utf-8")
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    answer = QWidget()  # (as in an answer: what is under the list takes the room left)
    qtbot.addWidget(answer)
    view = SourcesList(answer)
    column = QVBoxLayout(answer)
    column.addWidget(view)
    column.addStretch(1)
    answer.resize(700, 500)
    view.show_retrieval(Retrieval(1, "cuti", [{"id": 1, "name": "Arsip"}], "bm25", 500, 20,
                                  [Source(1, 1, 1, 1.0, 1, None, str(sop), None, "Cuti",
                                          passage)]))
    answer.show()
    row = view.rows[0]
    qtbot.mouseClick(row.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(row.text.isVisible, timeout=2000)
    assert "**" not in row.text.text() and "<strong>14 hari kerja</strong>" in row.text.text()
    assert row.text.alignment() & Qt.AlignmentFlag.AlignTop
    lines = row.text.fontMetrics().lineSpacing()
    needed = row.text.heightForWidth(row.text.width())
    assert row.text.height() <= needed + lines, (row.text.height(), needed)
    assert needed <= 4 * lines + 2 * row.text.margin() + 12  # (a paragraph's own margin)
