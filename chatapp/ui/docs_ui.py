"""Documents in the main window: the Documents button and dialog (docs_dialog: attach
collections to the conversation, make and update them, see what they hold and take files and
folders out of them), files dropped on the composer, indexing in the background with
progress and Cancel, the sources' share of the context meter, and the Sources list under
answers."""

from __future__ import annotations

import itertools
import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QSizePolicy

from chatapp.docs.extract import SUFFIXES
from chatapp.docs.indexer import Progress, index_collection
from chatapp.errors import UserError
from chatapp.store.doc_records import Collection, Removal
from chatapp.store.documents import Documents, normal_path
from chatapp.ui.background import Background
from chatapp.ui.docs_dialog import DocumentsDialog, indexing_text, not_indexed, pick_documents
from chatapp.ui.errors import error_text, guarded, show_failure
from chatapp.ui.label import ElidedButton
from chatapp.ui.layouts import exec_once
from chatapp.ui.sources_view import SourcesList, cited_from
from chatapp.ui.units import number

log = logging.getLogger(__name__)

BUTTON_PX = 260  # the Documents button's width at most (longer names are cut)


class DocsButton(ElidedButton):
    """The Documents button: it asks for the width of its first text ("Documents…", or its
    short form "Documents (3)" where it has one) and takes more (up to its maximum width)
    only from room the row has to spare, so that collection names never squeeze the model
    picker; where its text has no room, the short form is shown, else the text cut with
    "…" (its tooltip and accessible name have it whole)."""

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.short = ""  # shown where the text has no room ("": the text cut)
        self.setText(text)

    def setText(self, text: str, short: str = "") -> None:  # noqa: N802 (Qt's name)
        """Show text (short where it has no room); the button grows no wider than it needs,
        nor than BUTTON_PX."""
        self.short = short
        super().setText(text)
        self.setMaximumWidth(min(BUTTON_PX, QPushButton.sizeHint(self).width()))
        self.updateGeometry()

    def _needs(self, text: str) -> int:
        """Pixels the button needs to show text whole."""
        metrics = self.fontMetrics()
        whole = QPushButton.sizeHint(self).width()
        return whole - metrics.horizontalAdvance(self.text()) + metrics.horizontalAdvance(text)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        least = max(self.least, self._needs(self.short)) if self.short else self.least
        return QSize(min(hint.width(), least), hint.height())

    def shown_text(self) -> str:
        """The text as drawn: whole where it has room, else its short form, else cut."""
        if self.short and self.width() < self._needs(self.text()):
            return self.short
        return super().shown_text()


class DocsController(QObject):
    """The window's documents: which collections the shown conversation searches (or the
    new one will), indexing, and the sources under answers.

    Signals:
        changed(): collections, attachments or indexing changed.

    Attributes:
        button: the Documents button beside the model picker; action: its menu entry.
        runner: the indexing under way, if any; progress: where it is; indexing: the name
            of the collection it indexes.
        notice: what the Documents dialog says under its lists until it closes: how the
            last indexing went and what it had to tell (folders gone, the embedding model
            missing), or what became of the last request, one line each.
    """

    changed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.pipeline = window.ctx.chat.pipeline
        self.runner: Background | None = None
        self._stop = threading.Event()
        self.indexing = ""  # the name of the collection being indexed
        self._adding: tuple[Collection, list[str], bool] | None = None  # see add_paths
        self.progress: Progress | None = None
        self.notice = ""
        self._shown: tuple[int | None, list[str]] = (None, [])  # conversation, names shown
        self.button = DocsButton(self.tr("Documents…"), window.composer)
        self.button.setObjectName("docsButton")
        self.button.setToolTip(self.tr("Documents the answers search and cite"))
        self.action = QAction(self.tr("Document collect&ions…"), window,  # (it opens them)
                              shortcut=QKeySequence("Ctrl+Shift+D"))
        self.attach_action = QAction(self.tr("Attach &files…"), window,
                                     shortcut=QKeySequence("Ctrl+Shift+A"))
        self._said = ""  # the status bar's line that Details… goes with
        self.details_button = QPushButton(self.tr("Details…"), window, flat=True)
        self.details_button.setObjectName("docsDetails")
        self.details_button.setToolTip(self.tr("Show the whole message in Documents"))
        self.details_button.hide()
        window.composer.attach_button.setToolTip(self.tr(
            "Attach documents (.txt, .md, .pdf, .docx, .html, .csv): this conversation's "
            "answers search them and cite them (Ctrl+Shift+A; dropping files here does the "
            "same)"))

    def show_state(self) -> None:
        """Name the attached collections on the Documents button; update the meter."""
        attached = self.attached()
        self._shown = (self.window.conversation_id, [c.name for c in attached])
        names = ", ".join(c.name for c in attached)
        full = (self.tr("Documents: {names}").format(names=names) if attached
                else self.tr("Documents…"))
        shown = full  # several names too long for the button: how many, rather than one cut
        if len(attached) > 1 and self.button.fontMetrics().horizontalAdvance(full) \
                > BUTTON_PX - 2 * self.button.fontMetrics().averageCharWidth():
            shown = self.tr("Documents: {count} collections").format(count=len(attached))
        # where the row has no room for it: how many (several) or the name cut (one); the
        # tooltip has it whole
        self.button.setText(shown, self.tr("Documents ({count})").format(
            count=len(attached)) if len(attached) > 1 else "")
        self.button.setAccessibleName(full)
        self.button.setToolTip(full + "\n" + self.tr("Documents the answers search and cite")
                               if attached else self.tr("Documents the answers search and cite"))
        self.window.update_meter()

    def deleted_since_shown(self) -> list[str]:
        """The collections the Documents button names for the conversation on screen that
        are no longer there (deleted in another window or program since)."""
        conversation_id, names = self._shown
        if conversation_id not in (None, self.window.conversation_id):  # (None: stored since)
            return []
        there = {c.name for c in self.documents.collections()}
        return [name for name in names if name not in there]

    def open_dialog(self) -> None:
        """Show the collections (modal)."""
        exec_once(DocumentsDialog(self, self.window))
        self.notice = ""  # seen
        self._said = ""  # (what Details… showed has been seen)
        self.details_button.hide()

    def attach_files(self) -> None:
        """Pick documents in a file dialog and add them as a drop on the message box does."""
        paths = pick_documents(self.window)
        if paths:
            self.add_paths(paths)

    def say(self, text: str, ms: int = 10000) -> None:
        """Say text in the Documents dialog (see notice) and in the window's status bar: its
        first line, with a Details… button beside it where it has more (the whole text in
        the Documents dialog, and in the bar's tooltip)."""
        self.notice = text
        first, *more = text.split("\n")
        bar = self.window.statusBar()
        self._said = first if more else ""
        if more and hasattr(bar, "show_line"):
            bar.show_line(first, text, ms)
        else:
            bar.showMessage(first, ms)
        self.details_button.setVisible(bool(more))
        self.changed.emit()

    def _message_changed(self, _message: str) -> None:
        """The status bar says something else: Details… goes with what it was for."""
        if not self._said or self.window.statusBar().currentMessage() != self._said:
            self._said = ""
            self.details_button.hide()

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

    # indexing

    def index(self, collection: Collection) -> None:
        """Bring a collection up to date in the background (one at a time)."""
        if self.runner is not None:
            self.say(self.tr("Documents are being indexed; wait for that to finish first."),
                     6000)
            return
        collection = self.documents.collection(collection.name)
        embedder = self.pipeline.retriever.embedder(collection)
        documents, stop = self.documents, threading.Event()
        self._stop, self.indexing = stop, collection.name

        def work() -> Progress:
            last = Progress()
            for last in index_collection(documents, collection, embedder, stop):
                runner.report(last)
            return last

        self.notice = ""
        runner = self.runner = Background(work, self, "index", progressed=self._on_progress,
                                          done=self._on_finished, failed=self._on_finished)
        self.progress = Progress()
        runner.start()
        self.changed.emit()

    def cancel(self) -> None:
        """Stop indexing after the file being read (it stays as it was)."""
        self._stop.set()

    def _on_progress(self, progress: Progress) -> None:
        self.progress = progress
        if progress.path:
            self.window.statusBar().showMessage(indexing_text(progress))
        self.changed.emit()

    def _on_finished(self, outcome: object) -> None:
        """The last Progress, or the exception that ended the indexing."""
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.deleteLater()
        failure = outcome if isinstance(outcome, Exception) else None
        progress = outcome if isinstance(outcome, Progress) else self.progress or Progress()
        self.progress = None
        self.window.answers.unsay_notice()  # no longer "still being indexed"
        if failure is not None:  # (what was indexed before it may be gone: not counted)
            self._adding = None
        notes = self._refuse(progress)  # (first: a collection it made takes its name)
        indexed, unchanged = progress.indexed, progress.unchanged
        parts = [self.tr("1 file indexed") if indexed == 1
                 else self.tr("{count} files indexed").format(count=number(indexed))]
        if unchanged:  # (an update indexes only what changed)
            parts.append(self.tr("1 unchanged") if unchanged == 1
                         else self.tr("{count} unchanged").format(count=number(unchanged)))
        if progress.failed:
            parts.append(not_indexed(progress.failed))
        text = self.tr("{name}: {what}.").format(name=self.indexing, what="; ".join(parts))
        left = self._vectors_left() if self._stop.is_set() and failure is None else 0
        if self._stop.is_set() and (progress.done < progress.total or left):  # (else done)
            text = self.tr("Indexing stopped; what was indexed is kept. Update indexes the "
                           "rest.")
        if failure is not None:
            text = error_text(failure)
        notes += [self.tr("{path} is no longer there, so what it held left the index: take "
                          "it out of the collection under Documents.").format(path=path)
                  for path in progress.gone]
        if progress.no_vectors is not None:
            notes.append(error_text(progress.no_vectors))
        if progress.embedded:
            notes.append(self.tr("Added vectors to 1 chunk that had none.")
                         if progress.embedded == 1 else
                         self.tr("Added vectors to {count} chunks that had none.").format(
                             count=number(progress.embedded)))
        if left:  # (found by words only until Update gives them theirs)
            notes.append(self.tr("1 chunk has no vector yet: it is found by its words only.")
                         if left == 1 else self.tr(
                             "{count} chunks have no vector yet: they are found by their "
                             "words only.").format(count=number(left)))
        self.say("\n".join([text, *notes]))
        if failure is not None:
            show_failure(self.window, failure)

    def _vectors_left(self) -> int:
        """The chunks of the collection just indexed that have no vector yet (0: none, or it
        has no embedding model, or it is gone)."""
        try:
            collection = self.documents.collection(self.indexing)
        except UserError:
            return 0
        return self.documents.count_without_vectors(collection) if collection.embed_dim else 0

    def add_paths(self, paths: list[str], collection: Collection | None = None) -> None:
        """Add files or folders to a collection and index them. With none given (a drop on
        the message box): the conversation's own collection, one that no other conversation
        searches; when it has none, a new one, attached beside the shared ones (a drop never
        changes what other conversations search) and named after the files it keeps once
        indexed (the first one's name and how many more; none kept: it is not made)."""
        paths = [p for p in paths if Path(p).is_dir() or Path(p).suffix.lower() in SUFFIXES]
        if not paths:
            self.say(self.tr("Only .txt, .md, .pdf, .docx, .html and .csv files can be added."),
                     8000)
            return
        made = False
        if collection is None:
            attached = self.attached()
            conversation_id = self.window.conversation_id
            own = [c for c in attached if not self.documents.shared(c.id, conversation_id)]
            made = not own
            collection = own[0] if own else self.documents.create(
                self._free_name(self._name_of(paths)))
            if not own:
                self.attach([*(c.id for c in attached), collection.id])
        covered = self.documents.add_roots(collection.id, paths)
        if covered and len(covered) == len(paths):
            self.say(self.tr("{path} is already in {name} (through {root}): nothing new was "
                             "added.").format(path=covered[0][0], name=collection.name,
                                              root=covered[0][1]))
            return
        if self.runner is None:  # (else index() says to wait)
            self._adding = (collection, [p for p in paths if p not in dict(covered)], made)
        self.index(collection)

    def _refuse(self, progress: Progress) -> list[str]:
        """After indexing what add_paths added: the files named that could not be indexed
        are taken out again, and a collection made for them that holds nothing is removed
        (as chatapp docs add does); the lines that say so, with the reasons."""
        adding, self._adding = self._adding, None
        if adding is None or self._stop.is_set():
            return []
        collection, added, made = adding
        reasons = {normal_path(path): error for path, error in progress.errors}
        lines = []
        for path in added:
            error = reasons.get(normal_path(path))
            if error is not None and Path(path).is_file():
                self.documents.remove_path(collection, path)
                lines.append(self.tr("Not added: {reason}").format(reason=error_text(error)))
        if made and not (progress.indexed or progress.unchanged):
            self.attach([c.id for c in self.attached() if c.id != collection.id])
            self.documents.remove(collection)
            lines.append(self.tr("No file could be indexed, so the collection {name} was not "
                                 "made.").format(name=collection.name))
        elif made and lines:  # named after what it holds, not after the files refused
            self._name_after(collection)
        return lines

    def _name_after(self, collection: Collection) -> None:
        """Name a collection made for the files given after those of them it kept (see
        add_paths), where that name is not its name already."""
        try:
            roots = self.documents.collection(collection.name).roots
        except UserError:  # (removed meanwhile)
            return
        if not roots:
            return
        name = self._name_of(roots)
        if name.casefold() != collection.name.casefold():
            try:
                name = self.documents.rename(collection, self._free_name(name)).name
            except UserError:  # a name it cannot take (too long): the first one stays
                return
            self.indexing = name
            self.changed.emit()

    def _name_of(self, paths: list[str]) -> str:
        """A new collection's name for the files or folders given: the first one's name and
        how many more."""
        first = Path(paths[0]).name
        return first if len(paths) == 1 else self.tr("{name} and {count} more").format(
            name=first, count=len(paths) - 1)

    def take_out(self, collection: Collection, path: str) -> Removal:
        """Take a file or folder out of a collection (its text leaves the index; the files
        stay), said with the paths of the collection inside it that went too; what left.
        UserError when it is not in the collection."""
        removal = self.documents.remove_path(collection, path)
        lines = [self.tr("Took {path} out of {name}.").format(path=path, name=collection.name)]
        lines += [self.tr("{inner}, added on its own before, is inside {path}: it was taken "
                          "out too.").format(inner=inner, path=path) for inner in removal.inner]
        self.say("\n".join(lines))
        return removal

    def rename(self, collection: Collection, name: str) -> Collection:
        """Give a collection another name (said; its files, index and the conversations that
        search it stay); the collection renamed. UserError for a name empty of letters and
        digits, too long, or another collection's."""
        renamed = self.documents.rename(collection, name)
        if renamed.name != collection.name:
            self.say(self.tr("Renamed the collection {old} to {new}.").format(
                old=collection.name, new=renamed.name))
        self.changed.emit()
        return renamed

    def _free_name(self, name: str) -> str:
        """name, or "name (2)"… where another collection has it."""
        taken = {c.name.casefold() for c in self.documents.collections()}
        candidates = (f"{name} ({n})" if n > 1 else name for n in itertools.count(1))
        return next(c for c in candidates if c.casefold() not in taken)

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
        retrieval = cited_from(self.documents.retrieval_of(message), message)
        sources.show_retrieval(retrieval, message.content, self._gone(retrieval))
        bubble.body.set_citations(len(retrieval.sources) if retrieval is not None else 0)

    def _gone(self, retrieval) -> list[str]:
        """The files and folders of the collections searched that are no longer there (for
        an answer that found nothing: what is said of them; [] for the others, unread)."""
        if retrieval is None or retrieval.sources:
            return []
        names = {c.name: c for c in self.documents.collections()}
        return [root for c in retrieval.collections
                if c.get("name") in names for root in names[c["name"]].roots
                if not os.path.lexists(root)]

    def _reveal(self, sources: SourcesList, number: int) -> None:
        """A citation was clicked: show its source's text and scroll to it."""
        row = sources.reveal(number)
        if row is not None:
            self.window.chat_view.ensureWidgetVisible(row)


def install_docs(window) -> DocsController:
    """Give the window its documents: a Documents button beside the model, a Chat menu
    entry, files dropped on the composer, the Sources under answers."""
    controller = DocsController(window)
    button = controller.button
    button.clicked.connect(guarded(controller.open_dialog, window))
    window.composer.add_button(button)
    action = controller.action
    action.triggered.connect(guarded(controller.open_dialog, window))
    window.addAction(action)
    chat_menu = next((a.menu() for a in window.menuBar().actions()
                      if a.menu() is not None and window.send_action in a.menu().actions()),
                     None)
    attach = controller.attach_action
    attach.triggered.connect(guarded(controller.attach_files, window))
    window.composer.attachRequested.connect(attach.trigger)
    window.addAction(attach)
    if chat_menu is not None:
        chat_menu.insertAction(window.settings_action, attach)
        chat_menu.insertAction(window.settings_action, action)
    controller.changed.connect(controller.show_state)
    window.statusBar().addPermanentWidget(controller.details_button)
    window.statusBar().messageChanged.connect(controller._message_changed)
    controller.details_button.clicked.connect(guarded(controller.open_dialog, window))
    window.composer.filesDropped.connect(guarded(controller.add_paths, window))
    window.chat_view.on_bubble = controller.decorate
    controller.show_state()
    return controller
