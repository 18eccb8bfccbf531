"""Documents in the main window: the Documents button and dialog (attach collections to the
conversation, make and update them, see what they hold and take files and folders out of
them), files dropped on the composer, indexing in the background with progress and Cancel,
the sources' share of the context meter, and the Sources list under answers."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chatapp.docs.extract import SUFFIXES
from chatapp.docs.indexer import Progress, index_collection
from chatapp.errors import UserError
from chatapp.store.documents import Collection, Documents, normal_path, within
from chatapp.ui.background import Background
from chatapp.ui.errors import error_text, guarded, message_box, show_failure
from chatapp.ui.file_dialogs import user_folder
from chatapp.ui.label import Label
from chatapp.ui.sources_view import SourcesList

log = logging.getLogger(__name__)

MAX_PROBLEMS = 5  # files that could not be indexed, named in the dialog
MAX_LISTED = 1000  # files listed under one folder of a collection's contents
BUTTON_TEXT_PX = 220  # the Documents button's text at most (longer names are cut)


def model_missing(collection: Collection) -> bool:
    """Whether a collection searched by meaning lacks its embedding model's file."""
    return bool(collection.embed_dim) and not Path(collection.embed_path).is_file()


def not_indexed(count: int) -> str:
    """"1 file not indexed" / "N files not indexed" (why: in the collection's problems)."""
    translate = QCoreApplication.translate
    return (translate("DocumentsDialog", "1 file not indexed") if count == 1 else
            translate("DocumentsDialog", "{count} files not indexed").format(count=count))


class DocsController(QObject):
    """The window's documents: which collections the shown conversation searches (or the
    new one will), indexing, and the sources under answers.

    Signals:
        changed(): collections, attachments or indexing changed.

    Attributes:
        button: the Documents button beside the model picker; action: its menu entry.
        runner: the indexing under way, if any; progress: where it is.
        notice: what the last indexing had to tell beyond its counts (folders gone, the
            embedding model missing), one line each; "" when nothing.
    """

    changed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.pipeline = window.ctx.chat.pipeline
        self.runner: Background | None = None
        self._stop = threading.Event()
        self._indexing = ""  # the collection being indexed
        self.progress: Progress | None = None
        self.notice = ""
        self.button = QToolButton(window.composer)
        self.button.setObjectName("docsButton")
        self.button.setAutoRaise(True)
        self.button.setToolTip(self.tr("Documents the answers search and cite"))
        self.action = QAction(self.tr("Search &in documents…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+D"))

    def show_state(self) -> None:
        """Name the attached collections on the Documents button; update the meter."""
        attached = self.attached()
        names = ", ".join(c.name for c in attached)
        full = (self.tr("Documents: {names}").format(names=names) if attached
                else self.tr("Documents…"))
        # long names are cut, so that the window still fits a small screen; the tip has them
        self.button.setText(self.button.fontMetrics().elidedText(
            full, Qt.TextElideMode.ElideRight, BUTTON_TEXT_PX))
        self.button.setAccessibleName(full)
        self.button.setToolTip(full + "\n" + self.tr("Documents the answers search and cite")
                               if attached else self.tr("Documents the answers search and cite"))
        self.window.update_meter()

    def open_dialog(self) -> None:
        """Show the collections (modal)."""
        DocumentsDialog(self, self.window).exec()

    @property
    def documents(self) -> Documents:
        return self.pipeline.retriever.documents

    # attachments

    def attached(self) -> list[Collection]:
        """The collections the shown conversation (or the new one) searches."""
        conversation_id = self.window.conversation_id
        if conversation_id is None:  # the new conversation: attached once it is stored
            picked = self.window.session.collections
            return [c for c in self.documents.collections() if c.id in picked]
        return self.documents.attached(conversation_id)

    def attach(self, collection_ids: list[int]) -> None:
        """Make these the collections the shown conversation searches."""
        conversation_id = self.window.conversation_id
        if conversation_id is None:
            self.window.session.collections = list(collection_ids)
        else:
            self.documents.attach(conversation_id, collection_ids)
        self.changed.emit()

    def reserved_tokens(self, n_ctx: int) -> int:
        """The context tokens set aside for sources (0 without collections)."""
        return self.window.session.sources_budget(n_ctx)

    # indexing

    def index(self, collection: Collection) -> None:
        """Bring a collection up to date in the background (one at a time)."""
        if self.runner is not None:
            self.window.statusBar().showMessage(self.tr(
                "Documents are being indexed; wait for that to finish first."), 6000)
            return
        collection = self.documents.collection(collection.name)
        embedder = self.pipeline.retriever.embedder(collection)
        documents, stop = self.documents, threading.Event()
        self._stop, self._indexing = stop, collection.name

        def work() -> Progress:
            last = Progress()
            for last in index_collection(documents, collection, embedder, stop):
                runner.report(last)
            return last

        self.notice = ""
        runner = self.runner = Background(work, self, "index")
        runner.progressed.connect(self._on_progress)
        runner.done.connect(self._on_finished)
        runner.failed.connect(self._on_finished)
        self.progress = Progress()
        runner.start()
        self.changed.emit()

    def cancel(self) -> None:
        """Stop indexing after the file being read (it stays as it was)."""
        self._stop.set()

    def _on_progress(self, progress: Progress) -> None:
        self.progress = progress
        if progress.path:
            self.window.statusBar().showMessage(self.tr("Indexing {name} ({done}/{total})…")
                                                .format(name=Path(progress.path).name,
                                                        done=progress.done,
                                                        total=progress.total))
        self.changed.emit()

    def _on_finished(self, outcome: object) -> None:
        """The last Progress, or the exception that ended the indexing."""
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.deleteLater()
        failure = outcome if isinstance(outcome, Exception) else None
        progress = outcome if isinstance(outcome, Progress) else self.progress or Progress()
        self.progress = None
        indexed = progress.indexed + progress.unchanged
        parts = [self.tr("1 file indexed") if indexed == 1
                 else self.tr("{count} files indexed").format(count=indexed)]
        if progress.failed:
            parts.append(not_indexed(progress.failed))
        text = self.tr("{name}: {what}.").format(name=self._indexing, what="; ".join(parts))
        if self._stop.is_set():
            text = self.tr("Indexing stopped; what was indexed is kept.")
        notes = [self.tr("{path} is no longer there, so its files left the index: take it "
                         "out of the collection under Documents.").format(path=path)
                 for path in progress.gone]
        if progress.no_vectors is not None:
            notes.append(error_text(progress.no_vectors))
        if progress.embedded:
            notes.append(self.tr("Added vectors to 1 chunk that had none.")
                         if progress.embedded == 1 else
                         self.tr("Added vectors to {count} chunks that had none.").format(
                             count=progress.embedded))
        self.notice = "\n".join(notes)
        self.window.statusBar().showMessage(" ".join([text, *notes]), 10000)
        self.changed.emit()
        if failure is not None:
            show_failure(self.window, failure)

    def add_paths(self, paths: list[str], collection: Collection | None = None) -> None:
        """Add files or folders to a collection (a new one named after the first file when
        none is given, attached to the conversation) and index them."""
        paths = [p for p in paths if Path(p).is_dir() or Path(p).suffix.lower() in SUFFIXES]
        if not paths:
            self.window.statusBar().showMessage(self.tr(
                "Only .txt, .md, .pdf, .docx, .html and .csv files can be added."), 8000)
            return
        if collection is None:
            attached = self.attached()
            collection = attached[0] if attached else self._new_collection(Path(paths[0]).name)
            if not attached:
                self.attach([collection.id])
        covered = self.documents.add_roots(collection.id, paths)
        if covered and len(covered) == len(paths):
            self.window.statusBar().showMessage(self.tr(
                "{path} is already in {name} (through {root}): nothing new was added.").format(
                    path=covered[0][0], name=collection.name, root=covered[0][1]), 10000)
            return
        self.index(collection)

    def take_out(self, collection: Collection, path: str) -> int:
        """Take a file or folder out of a collection (its text leaves the index; the files
        stay); how many indexed files left. UserError when it is not in the collection."""
        dropped = self.documents.remove_path(collection, path)
        self.window.statusBar().showMessage(self.tr("Took {path} out of {name}.").format(
            path=path, name=collection.name), 10000)
        self.changed.emit()
        return dropped

    def _new_collection(self, name: str) -> Collection:
        taken = {c.name.casefold() for c in self.documents.collections()}
        candidate, number = name, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{name} ({number})"
        return self.documents.create(candidate)

    # answers

    def decorate(self, bubble) -> None:
        """Give an answer's bubble its Sources list (shown when it used documents)."""
        message = bubble.message
        if message.role != "assistant":
            return
        sources = bubble.findChild(SourcesList, "sourcesList")
        if sources is None:
            sources = SourcesList(bubble)
            layout = bubble.layout()
            layout.insertWidget(layout.indexOf(bubble.footer) + 1, sources)
            bubble.body.citationClicked.connect(
                lambda number: self._reveal(sources, number))
        retrieval = (self.documents.retrieval(message.id)
                     if message.sampling.get("docs") else None)
        sources.show_retrieval(retrieval)
        bubble.body.set_citations(len(retrieval.sources) if retrieval is not None else 0)

    def _reveal(self, sources: SourcesList, number: int) -> None:
        """A citation was clicked: show its source's text and scroll to it."""
        row = sources.reveal(number)
        if row is not None:
            self.window.chat_view.ensureWidgetVisible(row)


class DocumentsDialog(QDialog):
    """The collections: tick those the conversation searches; make, fill, update and remove
    collections; the selected one's files and folders (those no longer there marked), any of
    which can be taken out of it; indexing progress with Cancel."""

    def __init__(self, controller: DocsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Documents"))
        self.resize(560, 560)
        intro = Label(self.tr("Answers in this conversation search the ticked collections "
                               "and cite them as [1], [2]. Your files stay where they are; "
                               "their text is indexed in the conversation database."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Document collections"))
        self.embed_box = QComboBox(self)
        self.embed_box.setAccessibleName(self.tr("Search new collections by"))
        self.embed_box.addItem(self.tr("Words only (works without a model)"), "")
        window = controller.window
        from chatapp.library_kinds import EMBEDDING

        for model in window.ctx.library.others():
            if model.kind == EMBEDDING and not model.problem:
                self.embed_box.addItem(self.tr("Words and meaning ({model})")
                                       .format(model=model.list_name), model.key)
        embed_row = QHBoxLayout()
        embed_label = Label(self.tr("New collections search by:"), self)
        embed_label.setBuddy(self.embed_box)
        embed_row.addWidget(embed_label)
        embed_row.addWidget(self.embed_box, 1)
        self.new_button = QPushButton(self.tr("&New collection…"), self)
        self.files_button = QPushButton(self.tr("Add &files…"), self)
        self.folder_button = QPushButton(self.tr("Add f&older…"), self)
        self.update_button = QPushButton(self.tr("&Update"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.contents = QTreeWidget(self)
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Files and folders of the collection"))
        self.contents.setUniformRowHeights(True)
        self._contents_key: tuple | None = None
        self.take_out_button = QPushButton(self.tr("&Take out of collection"), self)
        self.take_out_button.setToolTip(self.tr(
            "Take the selected file or folder out of the collection: its text leaves the "
            "index; the file stays where it is"))
        contents_row = QHBoxLayout()
        contents_label = Label(self.tr("In the selected collection:"), self)
        contents_label.setBuddy(self.contents)
        contents_row.addWidget(contents_label, 1)
        contents_row.addWidget(self.take_out_button)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.files_button, self.folder_button,
                       self.update_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Indexing progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel indexing"), self)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.status = Label(self)
        self.status.setWordWrap(True)
        self.problems = Label(self)
        self.problems.setObjectName("docProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setAccessibleName(self.tr("Files that could not be indexed"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.list, 1)
        column.addWidget(self.problems)
        column.addLayout(buttons)
        column.addLayout(contents_row)
        column.addWidget(self.contents, 1)
        column.addLayout(embed_row)
        column.addLayout(progress_row)
        column.addWidget(self.status)
        column.addWidget(close)
        for signal, slot in ((self.new_button.clicked, self.new_collection),
                             (self.files_button.clicked, self.add_files),
                             (self.folder_button.clicked, self.add_folder),
                             (self.update_button.clicked, self.update_selected),
                             (self.remove_button.clicked, self.remove_selected),
                             (self.take_out_button.clicked, self.take_out_selected),
                             (self.cancel_button.clicked, controller.cancel)):
            signal.connect(guarded(slot, self))
        self.list.itemChanged.connect(guarded(self._ticked, self))
        self.list.currentItemChanged.connect(guarded(self.show_problems, self))
        self.list.currentItemChanged.connect(guarded(self.show_contents, self))
        self.contents.itemExpanded.connect(guarded(self._fill, self))
        self.contents.currentItemChanged.connect(guarded(self._can_take_out, self))
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the collections, what is ticked, and the indexing state."""
        controller = self.controller
        attached = {c.id for c in controller.attached()}
        selected = self.selected()
        self.list.blockSignals(True)
        self.list.clear()
        for c in controller.documents.collections():
            how = (self.tr("words only (its embedding model is missing)") if model_missing(c)
                   else self.tr("words and meaning") if c.embed_dim else self.tr("words"))
            files = (self.tr("1 file") if c.files == 1
                     else self.tr("{count} files").format(count=c.files))
            chunks = (self.tr("1 chunk") if c.chunks == 1
                      else self.tr("{count} chunks").format(count=c.chunks))
            text = self.tr("{name} — {files}, {chunks}, searched by {how}").format(
                name=c.name, files=files, chunks=chunks, how=how)
            if c.errors:
                text += " · " + not_indexed(c.errors)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, c.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in attached
                               else Qt.CheckState.Unchecked)
            item.setToolTip("\n".join(c.roots))
            if selected is not None and c.name == selected.name:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        busy = controller.runner is not None
        progress = controller.progress
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy and progress is not None:
            self.progress.setRange(0, max(1, progress.total))
            self.progress.setValue(progress.done)
            self.status.setText(self.tr("Indexing {name} ({done}/{total})…").format(
                name=Path(progress.path).name if progress.path else "…",
                done=progress.done, total=progress.total))
        elif not busy:
            self.status.setText(controller.notice)
        for button in (self.files_button, self.folder_button, self.update_button,
                       self.remove_button):
            button.setEnabled(not busy and self.list.count() > 0)
        self.new_button.setEnabled(not busy)
        self.show_problems()
        self.show_contents()

    def show_problems(self, *_args) -> None:
        """Say which files of the selected collection could not be indexed, and why."""
        collection = self.selected()
        failed, total = (self.controller.documents.failed_files(collection.id, MAX_PROBLEMS)
                         if collection is not None else ([], 0))
        lines = [error_text(f.problem) for f in failed if f.problem is not None]
        if total > len(failed):
            lines.append(self.tr("…and {count} more.").format(count=total - len(failed)))
        if lines:
            lines.insert(0, self.tr("Not indexed in {name}:").format(name=collection.name))
        if collection is not None:
            lines += [self.tr("{path} is no longer there: select it below and take it out of "
                              "the collection.").format(path=root)
                      for root in collection.roots if not os.path.lexists(root)]
            if model_missing(collection):
                lines.append(self.tr(
                    "Its embedding model {model} is missing: it is searched by words only, "
                    "and text indexed now gets no vectors until the model is back.").format(
                        model=Path(collection.embed_path).name))
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def show_contents(self, *_args) -> None:
        """List the selected collection's files and folders (a folder's files shown when it
        is opened); those no longer there are marked."""
        collection = self.selected()
        busy = self.controller.runner is not None
        key = None if collection is None else (
            collection.id, tuple(collection.roots), tuple(collection.left_out), busy,
            -1 if busy else collection.files)
        if key != self._contents_key:
            self._contents_key = key
            self.contents.clear()
            for root in collection.roots if collection is not None else []:
                gone = not os.path.lexists(root)
                item = QTreeWidgetItem(self.contents, [
                    self.tr("{path} (no longer there)").format(path=root) if gone else root])
                item.setData(0, Qt.ItemDataRole.UserRole, root)
                item.setToolTip(0, root)
                if os.path.isdir(root):
                    item.setChildIndicatorPolicy(
                        QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        self._can_take_out()

    def _fill(self, item: QTreeWidgetItem) -> None:
        """List the indexed files of an opened folder (at most MAX_LISTED)."""
        collection = self.selected()
        if collection is None or item.childCount() or item.parent() is not None:
            return
        folder = normal_path(item.data(0, Qt.ItemDataRole.UserRole))
        paths = [f.path for f in self.controller.documents.files(collection.id)
                 if within(f.path, folder)]
        for path in paths[:MAX_LISTED]:
            child = QTreeWidgetItem(item, [os.path.relpath(path, folder)])
            child.setData(0, Qt.ItemDataRole.UserRole, path)
            child.setToolTip(0, path)
        if len(paths) > MAX_LISTED:
            more = QTreeWidgetItem(item, [self.tr("…and {count} more.").format(
                count=len(paths) - MAX_LISTED)])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
        if not paths:
            item.setChildIndicatorPolicy(
                QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)

    def _can_take_out(self, *_args) -> None:
        item = self.contents.currentItem()
        self.take_out_button.setEnabled(
            self.controller.runner is None and item is not None
            and bool(item.data(0, Qt.ItemDataRole.UserRole)))

    def take_out_selected(self) -> None:
        """Take the selected file or folder out of the collection (after asking)."""
        collection = self.selected()
        item = self.contents.currentItem()
        path = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if collection is None or not path:
            return
        if message_box(
                self, self.tr("Take out of collection"),
                self.tr("Take {path} out of the collection {name}? Its text leaves the index; "
                        "your files are not touched.").format(path=path, name=collection.name),
                question=True):
            self.controller.take_out(collection, path)

    def selected(self) -> Collection | None:
        item = self.list.currentItem()
        if item is None:
            return None
        try:
            return self.controller.documents.collection(item.data(Qt.ItemDataRole.UserRole))
        except UserError:
            return None

    def _ticked(self, _item: QListWidgetItem) -> None:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(self.controller.documents.collection(
                    item.data(Qt.ItemDataRole.UserRole)).id)
        self.controller.attach(ids)

    def _pick_paths(self, folder: bool) -> list[str]:
        if folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Add a folder"), user_folder())
            return [path] if path else []
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add documents"), user_folder(),
            self.tr("Documents (*.txt *.md *.pdf *.docx *.html *.htm *.csv)"))
        return paths

    def new_collection(self) -> None:
        """Name a new collection, pick its files, index them and tick it."""
        name, ok = QInputDialog.getText(self, self.tr("New collection"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        documents = self.controller.documents
        collection = documents.create(name)
        key = self.embed_box.currentData()
        if key:
            self._use_embedding(collection, key)
        self.controller.attach([c.id for c in self.controller.attached()] + [collection.id])
        paths = self._pick_paths(folder=False)
        if paths:
            self.controller.add_paths(paths, documents.collection(collection.name))
        self.refresh()

    def _use_embedding(self, collection: Collection, key: str) -> None:
        from chatapp.docs.embedder import Embedder

        model = next(m for m in self.controller.window.ctx.library.others() if m.key == key)
        probe = Embedder(Path(model.path), model.key)
        try:
            dim = probe.load()
        finally:
            probe.close()
        self.controller.documents.set_embedding(collection, model.key, str(model.path), dim)

    def add_files(self) -> None:
        collection = self.selected()
        if collection is not None:
            paths = self._pick_paths(folder=False)
            if paths:
                self.controller.add_paths(paths, collection)

    def add_folder(self) -> None:
        collection = self.selected()
        if collection is not None:
            paths = self._pick_paths(folder=True)
            if paths:
                self.controller.add_paths(paths, collection)

    def update_selected(self) -> None:
        collection = self.selected()
        if collection is not None:
            self.controller.index(collection)

    def remove_selected(self) -> None:
        collection = self.selected()
        if collection is None:
            return
        if message_box(
                self, self.tr("Remove collection"),
                self.tr("Remove the collection {name} and its index? Your files are not "
                        "touched, and answers keep the sources they cited.").format(
                    name=collection.name), question=True):
            self.controller.documents.remove(collection)
            self.controller.changed.emit()

    def done(self, result: int) -> None:  # noqa: D102 - QDialog's
        self.controller.changed.disconnect(self.refresh)
        super().done(result)


def install_docs(window) -> DocsController:
    """Give the window its documents: a Documents button beside the model, a Chat menu
    entry, files dropped on the composer, the Sources under answers."""
    controller = DocsController(window)
    button = controller.button
    button.clicked.connect(guarded(controller.open_dialog, window))
    window.composer.tools.insertWidget(window.composer.tools.count() - 2, button)
    action = controller.action
    action.triggered.connect(guarded(controller.open_dialog, window))
    window.addAction(action)
    chat_menu = next((a.menu() for a in window.menuBar().actions()
                      if a.menu() is not None and window.send_action in a.menu().actions()),
                     None)
    if chat_menu is not None:
        chat_menu.insertAction(window.settings_action, action)
    controller.changed.connect(controller.show_state)
    window.composer.filesDropped.connect(guarded(controller.add_paths, window))
    window.chat_view.on_bubble = controller.decorate
    controller.show_state()
    return controller
