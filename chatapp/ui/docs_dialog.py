"""The Documents dialog: tick, make, fill, update, rename and remove collections, take files
out."""

from __future__ import annotations

import os
from functools import partialmethod
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chatapp.docs.indexer import Progress, find_files
from chatapp.errors import UserError
from chatapp.store.doc_records import Collection, DocFile
from chatapp.store.documents import normal_path, within
from chatapp.ui.ask_name import ask_name
from chatapp.ui.errors import error_text, guarded, message_box
from chatapp.ui.file_dialogs import DOCUMENTS, remember, user_folder
from chatapp.ui.label import Label
from chatapp.ui.layouts import fill
from chatapp.ui.units import number

if TYPE_CHECKING:
    from chatapp.ui.docs_ui import DocsController


MAX_PROBLEMS = 5  # files that could not be indexed, named in the dialog
MAX_LISTED = 1000  # files listed under one folder of a collection's contents


def model_missing(collection: Collection) -> bool:
    """Whether a collection searched by meaning lacks its embedding model's file."""
    return bool(collection.embed_dim) and not Path(collection.embed_path).is_file()


def not_indexed(count: int) -> str:
    """"1 file not indexed" / "N files not indexed" (why: in the collection's problems)."""
    translate = QCoreApplication.translate
    return (translate("DocumentsDialog", "1 file not indexed") if count == 1 else
            translate("DocumentsDialog", "{count} files not indexed").format(
                count=number(count)))


def indexing_text(progress: Progress) -> str:
    """Where indexing is: the file being read and its number, with how many of its chunks
    have their vectors while they get them (a large file takes long)."""
    translate = QCoreApplication.translate
    if progress.waiting:
        return translate("DocumentsDialog", "Another ChatApp is indexing this collection: "
                         "waiting for it to end…")
    fields = {"name": Path(progress.path).name if progress.path else "…",
              "done": progress.done, "total": progress.total}
    if progress.part is None:
        return translate("DocumentsDialog", "Indexing {name} ({done}/{total})…").format(**fields)
    count, chunks = (number(n) for n in progress.part)
    return translate("DocumentsDialog", "Indexing {name} ({done}/{total}): {count} of {chunks} "
                     "chunks…").format(count=count, chunks=chunks, **fields)


def pick_documents(parent: QWidget) -> list[str]:
    """The documents chosen in a file dialog (their paths; none when it was cancelled)."""
    translate = QCoreApplication.translate
    paths, _ = QFileDialog.getOpenFileNames(
        parent, translate("DocumentsDialog", "Add documents"), user_folder(kind=DOCUMENTS),
        translate("DocumentsDialog", "Documents (*.txt *.md *.pdf *.docx *.html *.htm *.csv)"))
    return [remember(path, kind=DOCUMENTS) for path in paths]


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
                               "their text is indexed in the conversation database."), self,
                      wordWrap=True)
        self.list = QListWidget(self, accessibleName=self.tr("Document collections"),
                                wordWrap=True)  # long lines wrap (was: scrolled sideways)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.embed_box = QComboBox(self, accessibleName=self.tr("Search new collections by"))
        self.embed_box.addItem(self.tr("Words only (works without a model)"), "")
        window = controller.window
        from chatapp.library_kinds import EMBEDDING

        for model in window.ctx.library.others():
            if model.kind == EMBEDDING and not model.problem:
                self.embed_box.addItem(self.tr("Words and meaning ({model})")
                                       .format(model=model.list_name), model.key)
        settings = window.ctx.settings  # the choice is kept for the next time
        self.embed_box.setCurrentIndex(max(self.embed_box.findData(settings.docs_embedding), 0))
        self.embed_box.currentIndexChanged.connect(self._keep_embedding)
        embed_row = fill(QHBoxLayout(), Label(self.tr("New collections search by:"), self,
                                              buddy=self.embed_box), (self.embed_box, 1))
        self.new_button = QPushButton(self.tr("&New collection"), self)
        new_menu = QMenu(self.new_button)
        self.new_files_action = new_menu.addAction(self.tr("From &files…"))
        self.new_folder_action = new_menu.addAction(self.tr("From a f&older…"))
        self.new_button.setMenu(new_menu)
        self.new_button.setToolTip(self.tr(
            "Make a collection: name it, then pick its files or a folder"))
        self.files_button = QPushButton(self.tr("Add &files…"), self)
        self.folder_button = QPushButton(self.tr("Add f&older…"), self)
        self.update_button = QPushButton(self.tr("&Update"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.rename_button = QPushButton(self.tr("Rena&me…"), self)
        self.rename_button.setToolTip(self.tr("Give the selected collection another name (F2)"))
        self.rename_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.list,
                                    context=Qt.ShortcutContext.WidgetShortcut)
        self.contents = QTreeWidget(self, headerHidden=True,
                                    accessibleName=self.tr("Files and folders of the collection"),
                                    uniformRowHeights=True)
        self._contents_key: tuple | None = None
        self.take_out_button = QPushButton(self.tr("&Take out of collection"), self)
        self.take_out_button.setToolTip(self.tr(
            "Take the selected file or folder out of the collection: its text leaves the "
            "index; the file stays where it is"))
        contents_row = fill(QHBoxLayout(), (Label(self.tr("In the selected collection:"), self,
                                                  buddy=self.contents), 1), self.take_out_button)
        buttons = fill(QHBoxLayout(), self.new_button, self.files_button, self.folder_button,
                       self.update_button, self.rename_button, self.remove_button, 1)
        self.progress = QProgressBar(self, accessibleName=self.tr("Indexing progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel indexing"), self)
        progress_row = fill(QHBoxLayout(), (self.progress, 1), self.cancel_button)
        self.status = Label(self, wordWrap=True)
        self.problems = Label(self, objectName="docProblems", wordWrap=True,
                              textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse,
                              accessibleName=self.tr("Files that could not be indexed"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self, rejected=self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(buttons)  # above the list: they stay put as the lines below change
        fill(column, (self.list, 1), self.problems, contents_row, (self.contents, 1), embed_row,
             progress_row, self.status, close)
        for signal, slot in ((self.new_files_action.triggered, self.new_collection),
                             (self.new_folder_action.triggered, self.new_folder_collection),
                             (self.files_button.clicked, self.add_files),
                             (self.folder_button.clicked, self.add_folder),
                             (self.update_button.clicked, self.update_selected),
                             (self.remove_button.clicked, self.remove_selected),
                             (self.rename_button.clicked, self.rename_selected),
                             (self.rename_key.activated, self.rename_selected),
                             (self.take_out_button.clicked, self.take_out_selected),
                             (self.cancel_button.clicked, controller.cancel)):
            signal.connect(guarded(slot, self))
        self.list.itemChanged.connect(guarded(self._ticked, self))
        self.list.currentItemChanged.connect(guarded(self.show_problems, self))
        self.list.currentItemChanged.connect(guarded(self._can_remove, self))
        self.list.currentItemChanged.connect(guarded(self.show_contents, self))
        self.contents.itemExpanded.connect(guarded(self._fill, self))
        self.contents.currentItemChanged.connect(guarded(self._can_take_out, self))
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, select: str = "") -> None:
        """Show the collections, what is ticked, and the indexing state; the collection named
        select selected (else the one that was)."""
        controller = self.controller
        attached = {c.id for c in controller.attached()}
        selected = select or (chosen.name if (chosen := self.selected()) else "")
        self.list.blockSignals(True)
        self.list.clear()
        for c in controller.documents.collections():
            how = (self.tr("words only (its embedding model is missing)") if model_missing(c)
                   else self.tr("words and meaning") if c.embed_dim else self.tr("words"))
            files = (self.tr("1 file") if c.files == 1
                     else self.tr("{count} files").format(count=number(c.files)))
            chunks = (self.tr("1 chunk") if c.chunks == 1
                      else self.tr("{count} chunks").format(count=number(c.chunks)))
            text = self.tr("{name} — {files}, {chunks}, searched by {how}").format(
                name=c.name, files=files, chunks=chunks, how=how)
            if c.errors:
                text += " · " + not_indexed(c.errors)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, c.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in attached
                               else Qt.CheckState.Unchecked)
            item.setToolTip("\n".join([text, *c.roots]))  # (a narrow window elides it)
            if c.name == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        busy = controller.runner is not None
        progress = controller.progress
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy and progress is not None:
            count, chunks = progress.part or (0, 1)
            if progress.part is not None and progress.done >= progress.total:
                self.progress.setRange(0, max(chunks, 1))  # the vectors of large files
                self.progress.setValue(count)
            else:
                self.progress.setRange(0, 100 * max(1, progress.total))
                self.progress.setValue(100 * progress.done + 100 * count // max(chunks, 1))
            self.status.setText(indexing_text(progress))
        elif not busy:
            self.status.setText(controller.notice)
        for button in (self.files_button, self.folder_button, self.update_button):
            button.setEnabled(not busy and self.list.count() > 0)
        self.new_button.setEnabled(not busy)
        self._can_remove()
        self.show_problems()
        self.show_contents()

    def _keep_embedding(self, _index: int) -> None:
        ctx = self.controller.window.ctx
        ctx.settings.docs_embedding = self.embed_box.currentData()
        ctx.save_settings()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
                and not self.controller.window.ctx.closed):
            self.refresh()  # collections made or removed meanwhile (the command line)
        super().changeEvent(event)

    def show_problems(self, *_args) -> None:
        """Say which files of the selected collection could not be indexed, and why."""
        collection = self.selected()
        failed, total = (self.controller.documents.failed_files(collection.id, MAX_PROBLEMS)
                         if collection is not None else ([], 0))
        lines = [error_text(f.problem) for f in failed if f.problem is not None]
        if total > len(failed):
            lines.append(self.tr("…and {count} more.").format(
                count=number(total - len(failed))))
        if lines:
            lines.insert(0, self.tr("Not indexed in {name}:").format(name=collection.name))
        notes = []  # about the collection, apart from its files' reasons
        if collection is not None:
            partly, _ = self.controller.documents.failed_files(collection.id, MAX_PROBLEMS,
                                                               "indexed")
            notes += [error_text(f.problem) for f in partly if f.problem is not None]
            notes += [self.tr("{path} is no longer there: select it below and take it out of "
                              "the collection.").format(path=root)
                      for root in collection.roots if not os.path.lexists(root)]
            if model_missing(collection):
                notes.append(self.tr(
                    "Its embedding model {model} is missing: it is searched by words only, "
                    "and text indexed now gets no vectors until the model is back.").format(
                        model=Path(collection.embed_path).name))
        text = "\n\n".join(block for block in ("\n".join(lines), "\n".join(notes)) if block)
        self.problems.setText(text)
        self.problems.setToolTip("\n".join(f.path for f in failed))  # where each one is
        self.problems.setVisible(bool(text))

    def show_contents(self, *_args) -> None:
        """List the selected collection's files and folders (a folder's files shown when it
        is opened); those no longer there, and files not indexed yet (indexing was stopped),
        are marked; those taken out of its folders follow."""
        collection = self.selected()
        busy = self.controller.runner is not None
        key = None if collection is None else (
            collection.id, tuple(collection.roots), tuple(collection.left_out), busy,
            -1 if busy else collection.files)
        if key != self._contents_key:
            self._contents_key = key
            self.contents.clear()
            known = {} if collection is None else {
                normal_path(f.path): f for f in self.controller.documents.files(collection.id)}
            for root in collection.roots if collection is not None else []:
                gone = not os.path.lexists(root)
                waiting = not busy and os.path.isfile(root) and normal_path(root) not in known
                unread = 0 if busy or not os.path.isdir(root) else len(  # (a stopped indexing)
                    {normal_path(p) for p in find_files([root], [], collection.left_out, [])}
                    - set(known))  # (both with links followed: a linked file is indexed as found)
                item = QTreeWidgetItem(self.contents, [
                    self.tr("{path} (no longer there)").format(path=root) if gone else
                    self.tr("{path} (not indexed yet: Update indexes it)").format(path=root)
                    if waiting else (self.tr("{path} (1 file not indexed yet: Update indexes "
                                             "it)") if unread == 1 else self.tr(
                        "{path} ({count} files not indexed yet: Update indexes them)")).format(
                        path=root, count=number(unread)) if unread else root])
                item.setData(0, Qt.ItemDataRole.UserRole, root)
                item.setToolTip(0, item.text(0))  # the whole line (elided where narrow)
                if not (gone or waiting) and normal_path(root) in known:
                    self._show_file(item, root, known[normal_path(root)])
                if os.path.isdir(root):
                    item.setChildIndicatorPolicy(
                        QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            for path in collection.left_out if collection is not None else []:
                item = QTreeWidgetItem(self.contents, [self.tr(
                    "{path} (taken out: adding it again puts it back)").format(path=path)])
                item.setToolTip(0, item.text(0))  # the whole line (nothing to take out)
        self._can_take_out()

    def _fill(self, item: QTreeWidgetItem) -> None:
        """List the indexed files of an opened folder (at most MAX_LISTED)."""
        collection = self.selected()
        if collection is None or item.childCount() or item.parent() is not None:
            return
        folder = normal_path(item.data(0, Qt.ItemDataRole.UserRole))
        files = [f for f in self.controller.documents.files(collection.id)
                 if within(f.path, folder)]
        paths = [f.path for f in files]
        for file in files[:MAX_LISTED]:
            child = QTreeWidgetItem(item)
            child.setData(0, Qt.ItemDataRole.UserRole, file.path)
            self._show_file(child, os.path.relpath(file.path, folder), file)
        if len(paths) > MAX_LISTED:
            more = QTreeWidgetItem(item, [self.tr("…and {count} more.").format(
                count=number(len(paths) - MAX_LISTED))])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
        if not paths:
            item.setChildIndicatorPolicy(
                QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)

    def _show_file(self, item: QTreeWidgetItem, shown: str, file: DocFile | None) -> None:
        """A file's row: its name (shown) with its chunks, or marked as not indexed, its
        reason in the tooltip, greyed (file None: not read yet)."""
        tip = file.path if file is not None else item.data(0, Qt.ItemDataRole.UserRole)
        if file is not None and file.status == "indexed":
            chunks = (self.tr("1 chunk") if file.chunks == 1
                      else self.tr("{count} chunks").format(count=number(file.chunks)))
            item.setText(0, self.tr("{name} · {chunks}").format(name=shown, chunks=chunks))
        elif file is not None:
            item.setText(0, self.tr("{name} (not indexed)").format(name=shown))
            item.setForeground(0, self.palette().brush(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        else:
            item.setText(0, shown)
        if file is not None and file.problem is not None:  # (an indexed file's: what was left
            tip += "\n" + error_text(file.problem)  # out of it)
        item.setToolTip(0, tip)

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
        question = self.tr("Take {path} out of the collection {name}? Its text leaves the "
                           "index; your files are not touched.").format(path=path,
                                                                         name=collection.name)
        inner = [r for r in collection.roots if normal_path(r) != normal_path(path)
                 and within(normal_path(r), normal_path(path))]
        if inner:  # (added on their own before: they go with it)
            question += "\n\n" + self.tr("These were added on their own before and are "
                                          "inside it: they go too.") + "\n" + "\n".join(inner)
        if message_box(self, self.tr("Take out of collection"), question, question=True):
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
        items = (self.list.item(row) for row in range(self.list.count()))
        self.controller.attach([
            self.controller.documents.collection(item.data(Qt.ItemDataRole.UserRole)).id
            for item in items if item.checkState() == Qt.CheckState.Checked])

    def _pick_paths(self, folder: bool) -> list[str]:
        if folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Add a folder"),
                                                    user_folder(kind=DOCUMENTS))
            return [remember(path, folder=True, kind=DOCUMENTS)] if path else []
        return pick_documents(self)

    def new_collection(self, folder: bool = False) -> None:
        """Name a new collection, then pick its files (or a folder: folder), index them and
        tick it. With nothing picked it is kept, empty and not ticked, as a knowledge base
        named in Open WebUI or a workspace in AnythingLLM is: said, with how to fill it."""
        name = ask_name(self, self.tr("New collection"), self.tr("Name:"))
        if name is None:
            return
        documents = self.controller.documents
        collection = documents.create(name)
        key = self.embed_box.currentData()
        if key:
            self._use_embedding(collection, key)
        self.refresh(select=collection.name)  # its files and its indexing are the ones shown
        paths = self._pick_paths(folder=folder)
        if paths:
            self.controller.attach([c.id for c in self.controller.attached()] + [collection.id])
            self.controller.add_paths(paths, documents.collection(collection.name))
        else:
            self.controller.say(self.tr(
                "Made the collection {name}, with no files yet: Add files… or Add folder… "
                "fills it, and ticking it makes this conversation search it.").format(
                    name=collection.name))
        self.refresh(select=collection.name)

    new_folder_collection = partialmethod(new_collection, folder=True)

    def _use_embedding(self, collection: Collection, key: str) -> None:
        from chatapp.docs.embedder import Embedder

        model = next(m for m in self.controller.window.ctx.library.others() if m.key == key)
        probe = Embedder(Path(model.path), model.key)
        try:
            dim = probe.load()
        finally:
            probe.close()
        self.controller.documents.set_embedding(collection, model.key, str(model.path), dim)

    def _chosen(self) -> Collection | None:
        """The selected collection; None, said with what to do, when none is."""
        collection = self.selected()
        if collection is None:
            self.controller.say(self.tr(
                "Select a collection in the list first, or make one with New collection "
                "(from files or a folder)."), 8000)
        return collection

    def add_files(self, folder: bool = False) -> None:
        """Pick files (or a folder: folder) and add them to the selected collection."""
        collection = self._chosen()
        paths = self._pick_paths(folder=folder) if collection is not None else []
        if paths:
            self.controller.add_paths(paths, collection)

    add_folder = partialmethod(add_files, folder=True)

    def update_selected(self) -> None:
        collection = self._chosen()
        if collection is not None:
            self.controller.index(collection)

    def _can_remove(self, *_items) -> None:
        """Remove works on a collection that is not being indexed (the others stay in
        reach while one is)."""
        chosen = self.selected()
        can = chosen is not None and (
            self.controller.runner is None or chosen.name != self.controller.indexing)
        self.remove_button.setEnabled(can)
        self.rename_button.setEnabled(can)  # (as Remove: not the one being indexed)

    def rename_selected(self) -> None:
        """Ask the selected collection's new name and give it (Rename…, F2); a bad or taken
        name is refused in one line, and asked again."""
        collection = self.selected()
        if collection is None or not self.rename_button.isEnabled():
            return
        name: str | None = collection.name
        while (name := ask_name(self, self.tr("Rename collection"), self.tr("New name:"),
                                name)) is not None:
            try:
                renamed = self.controller.rename(collection, name)
            except UserError as error:
                message_box(self, self.tr("Rename collection"), error_text(error))
                continue
            self.refresh(select=renamed.name)
            return

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
            self.controller.say(self.tr("Removed the collection {name}; your files were not "
                                        "touched.").format(name=collection.name))

    def done(self, result: int) -> None:  # noqa: D102 - QDialog's
        self.controller.changed.disconnect(self.refresh)
        super().done(result)
