"""The model browser's "On this computer" tab: the models in the library, adding files and
folders (copied or linked), revealing and deleting them."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chatapp.fit_library import library_estimates
from chatapp.fit_total import InAll
from chatapp.library import LocalModel
from chatapp.library_removal import CONTEXT, linked, removal_question
from chatapp.ui.background import Background
from chatapp.ui.browser_hub import count_text
from chatapp.ui.column_fit import ColumnFit
from chatapp.ui.errors import error_text
from chatapp.ui.file_dialogs import MODELS, remember, user_folder
from chatapp.ui.fit_badge import estimate_tip, need_text, verdict_text
from chatapp.ui.focus import select_current_on_focus
from chatapp.ui.label import Label, path_text
from chatapp.ui.layouts import fill
from chatapp.ui.model_notes import BaseModelNote, base_model_tag, base_model_text
from chatapp.ui.open_url import open_url
from chatapp.ui.units import data_size, number
from chatapp.units import format_time

log = logging.getLogger(__name__)

COLUMN_GAP = 12  # px after the widest text of a column
FROM_COLUMN = 8  # "From": where a model comes from, with its repository id
NAME_CHARS = 30  # the Model column's least width, in average characters, before scrolling
FROM_CHARS = 16  # the From column's least width, in average characters, before scrolling
FILTERED = (0, 1, 3, 8)  # the columns the filter reads: name, architecture, quantization, from
SORT_KEY = Qt.ItemDataRole.UserRole + 1  # a column's value to sort by, where it is a number
CHAT_ROLE = Qt.ItemDataRole.UserRole + 2  # (column 1) whether the row is a chat model


class _Row(QTreeWidgetItem):
    """A library row that sorts by its columns' values (sizes, counts, times), not by their
    text ("90 MB" after "259 kB"); a column without one sorts by its text. Chat models stay
    above the other files (projectors, embedding models, adapters) either way round."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        chat, other_chat = self.data(1, CHAT_ROLE), other.data(1, CHAT_ROLE)
        if chat != other_chat:  # (a descending sort asks other < self)
            return bool(chat) != (tree is not None and tree.header().sortIndicatorOrder()
                                  == Qt.SortOrder.DescendingOrder)
        column = tree.sortColumn() if tree is not None else 0
        mine, theirs = self.data(column, SORT_KEY), other.data(column, SORT_KEY)
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return mine < theirs
        return self.text(column).casefold() < other.text(column).casefold()


class LibraryTab:
    """The model browser's "On this computer" tab: the library, add, link, reveal, delete
    (part of ModelBrowser)."""

    def _build_library_tab(self) -> QWidget:
        tab = QWidget(self)
        self.library_tree = QTreeWidget(tab, objectName="libraryList", rootIsDecorated=False,
                                        sortingEnabled=True)
        self.library_tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # A to Z by name
        # a long repository id keeps both ends ("LM Studio · lmst…Instruct-GGUF")
        self.library_tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.library_tree.setHeaderLabels([
            self.tr("Model"), self.tr("Architecture"), self.tr("Parameters"),
            self.tr("Quantization"), self.tr("Context"), self.tr("Template"), self.tr("Size"),
            self.tr("Memory needed"), self.tr("From"), self.tr("Last used")])
        # the short columns as wide as their contents, the name and From share the rest
        # (was: the name whole, From cut at 40 characters, Last used reached by scrolling)
        self.library_columns = ColumnFit(self.library_tree, {0: NAME_CHARS,
                                                             FROM_COLUMN: FROM_CHARS},
                                         COLUMN_GAP)
        self.library_filter = QLineEdit(tab, clearButtonEnabled=True, placeholderText=self.tr(
            "Filter by name, architecture, quantization or where it is from"))
        self.library_filter.setAccessibleName(self.tr("Filter the models"))
        self.library_filter.textChanged.connect(self._filter_library)
        self.library_tree.itemSelectionChanged.connect(self._library_selection)
        select_current_on_focus(self.library_tree)
        self.library_tree.itemDoubleClicked.connect(lambda *_: self.use_selected())
        self.add_button = QPushButton(self.tr("Add from disk"), tab)
        add_menu = QMenu(self.add_button, aboutToShow=self._fill_add_menu)
        self.add_button.setMenu(add_menu)
        self.use_button = QPushButton(self.tr("Chat with it"), tab, clicked=self.use_selected)
        self.settings_button = QPushButton(self.tr("Model settings…"), tab,
                                           clicked=self.edit_selected)
        self.reveal_button = QPushButton(self.tr("Show in folder"), tab,
                                         clicked=self.reveal_selected)
        self.delete_button = QPushButton(self.tr("Delete…"), tab, clicked=self.delete_selected,
                                         shortcut=QKeySequence.StandardKey.Delete)
        self.not_added_button = QPushButton(self.tr("Not added…"), tab, clicked=lambda: (
            self.show_skipped([error_text(e.reason) for e in self.ctx.library.skipped()])))
        self.not_added_button.setToolTip(self.tr(
            "Files found that could not be added as models, and why"))
        buttons = fill(QHBoxLayout(), self.add_button, self.not_added_button, 1,
                       self.use_button, self.settings_button, self.reveal_button,
                       self.delete_button)
        self.library_info = Label(tab, wordWrap=True)
        self.library_base_note = BaseModelNote(tab)
        self.library_base_note.button.setText(self.tr("Search the Hub"))
        self.library_base_note.browseRequested.connect(self._find_chat_model)
        self.library_base_note.hide()
        column = QVBoxLayout(tab)
        fill(column, self.library_filter, (self.library_tree, 1), self.library_base_note,
             self.library_info, buttons)
        self.refresh_library()
        return tab

    def refresh_library(self) -> None:
        """List the local models with their metadata, then the other GGUF files by kind."""
        from chatapp.library_kinds import LABELS
        from chatapp.library_model import source_label

        chosen = self.selected_model() if hasattr(self, "local_models") else None
        self.local_models: list[LocalModel] = self.ctx.library.entries()
        # the row chosen stays chosen, and its buttons enabled throughout a refresh (a button
        # that has the keyboard keeps it)
        with QSignalBlocker(self.library_tree):
            self.library_tree.setSortingEnabled(False)
            self.library_tree.clear()
            for index, model in enumerate(self.local_models):
                source = source_label(model.source)
                if model.repo_id and model.source not in ("starter",):
                    source = f"{source} · {model.repo_id}"
                used = format_time(model.last_used) if model.last_used else self.tr("never")
                name = model.display_name
                if model.parts:
                    name += " " + self.tr("({count} parts)").format(count=len(model.parts))
                item = _Row([
                    name, model.architecture or "?",
                    count_text(model.parameters) if model.parameters else "?",
                    model.quantization or "?",
                    number(model.context_length) if model.context_length else "?",
                    " · ".join(p for p in (self.tr("yes") if model.has_template else self.tr("no"),
                                           base_model_tag() if model.base_model else "") if p),
                    data_size(model.size), "", source, used])
                item.setData(0, Qt.ItemDataRole.UserRole, index)
                item.setData(1, CHAT_ROLE, model.is_chat)
                for column, value in ((2, model.parameters), (4, model.context_length),
                                      (6, model.size), (9, model.last_used)):
                    item.setData(column, SORT_KEY, float(value or 0))  # unknown / never: first
                item.setToolTip(0, f"{name}\n{model.path}")  # (whole where it is elided)
                item.setToolTip(FROM_COLUMN, source)  # (whole where the column elides it)
                if model.base_model:
                    item.setToolTip(5, base_model_text())
                if model.problem:
                    there = [Path(p).exists() for p in model.parts or [model.path]]
                    gone = not any(there)
                    item.setText(1, self.tr("missing") if gone else self.tr("part missing")
                                 if not all(there) else self.tr("unreadable"))
                    item.setToolTip(1, error_text(model.problem_error()))
                    if gone:  # no file: no size, nor a template known to be there or not
                        item.setText(5, "–")
                        item.setText(6, "–")
                        item.setData(6, SORT_KEY, -1.0)
                    else:  # a file that cannot be read: whether it has a template is unknown
                        item.setText(5, "?")
                elif not model.is_chat:
                    item.setText(1, QCoreApplication.translate("library", LABELS[model.kind]))
                    item.setToolTip(1, model.architecture)
                if not model.is_chat:  # no chat template to have or lack
                    item.setText(5, "–")
                    item.setToolTip(5, "")
                self.library_tree.addTopLevelItem(item)
                if chosen is not None and model.path == chosen.path:
                    self.library_tree.setCurrentItem(item)
            self.library_tree.setSortingEnabled(True)
        self.library_columns.fit()
        self._filter_library(self.library_filter.text())  # (every row measured first)
        self.not_added_button.setVisible(bool(self.ctx.library.skipped()))
        self._estimate_library()
        self._mark_installed()
        for row in self.rows.values():  # a downloaded file deleted since: said on its row
            row.refresh()

    def _estimate_library(self) -> None:
        """Fill the Memory column on a thread: what each chat model needs with the options
        it loads with, and whether that fits this machine (the header's estimate, as the Hub
        tab's badges; the model's Model settings say more)."""
        machine = self.machine
        models = [m for m in self.local_models if m.is_chat and not m.problem]
        if machine is None or not models:
            return
        # a model loaded now gives its memory back as it loads again (as Model settings says)
        estimates = library_estimates(self.ctx, models, machine, self._shapes)
        Background(estimates, self, done=self._show_memory).start()

    def _show_memory(self, found: dict[str, InAll]) -> None:
        tree = self.library_tree
        for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount())):
            index = item.data(0, Qt.ItemDataRole.UserRole)
            result = found.get(self.local_models[index].path) \
                if index < len(self.local_models) else None
            if result is not None:
                # what the figure is (was: an estimate and llama.cpp's count looked alike)
                item.setText(7, f"{need_text(result.total, result.estimate)} · "
                                f"{verdict_text(result.estimate.verdict)}")
                item.setData(7, SORT_KEY, float(result.total))
                item.setToolTip(7, estimate_tip(result.estimate, result.batch_bytes))
        self.library_columns.fit()  # (the Memory column's width from the name's and From's)

    def _filter_library(self, text: str) -> None:
        """Show only the rows whose name, architecture, quantization, source or path hold
        text (any case); all rows for none."""
        wanted = text.strip().casefold()
        tree = self.library_tree
        for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount())):
            texts = [item.text(c) for c in FILTERED] + [item.toolTip(0)]
            item.setHidden(bool(wanted) and not any(wanted in t.casefold() for t in texts))
        self._library_selection()  # (says when nothing matches)

    def selected_model(self) -> LocalModel | None:
        items = self.library_tree.selectedItems()
        if not items:
            return None
        index = items[0].data(0, Qt.ItemDataRole.UserRole)
        return self.local_models[index] if 0 <= index < len(self.local_models) else None

    def _find_chat_model(self) -> None:
        """From a base model in the library to the Hub search."""
        self.tabs.setCurrentIndex(0)
        self.search_edit.setFocus()

    def _library_selection(self) -> None:
        model = self.selected_model()
        self.library_base_note.setVisible(model is not None and model.base_model)
        for button in (self.use_button, self.settings_button, self.reveal_button,
                       self.delete_button):
            button.setEnabled(model is not None)
        if model is not None:
            self.use_button.setEnabled(model.is_chat and not model.problem)
            self.settings_button.setEnabled(model.is_chat and not model.problem)
            self.delete_button.setEnabled(not model.starter)
            self.delete_button.setText(self.tr("Remove from list…") if linked(model)
                                       else self.tr("Delete…"))
            problem = error_text(model.problem_error()) if model.problem else ""
            self.library_info.setText(path_text(model.path) + (f"\n{problem}" if problem else ""))
        else:
            count = sum(m.is_chat for m in self.local_models)
            text = (self.tr("{count} model · folder: {path}") if count == 1
                    else self.tr("{count} models · folder: {path}"))
            text = text.format(count=count, path=path_text(str(self.ctx.paths.models)))
            others = len(self.local_models) - count
            if others:  # listed below the models
                text += "\n" + (self.tr("1 other file, not for chatting") if others == 1 else
                                self.tr("{count} other files, not for chatting")
                                .format(count=others))
            tree, wanted = self.library_tree, self.library_filter.text().strip()
            if wanted and all(tree.topLevelItem(i).isHidden()
                              for i in range(tree.topLevelItemCount())):
                text = self.tr("Nothing here matches “{text}”.").format(text=wanted) + "\n" + text
            self.library_info.setText(text)

    def use_selected(self) -> None:
        model = self.selected_model()
        if model is not None and model.is_chat and not model.problem:
            self.useModelRequested.emit(model.key)

    def edit_selected(self) -> None:
        """The selected model's Model settings; the Memory column follows what is saved."""
        model = self.selected_model()
        if model is not None and model.is_chat and not model.problem:
            self.modelSettingsRequested.emit(model)
            self.refresh_library()
            tree = self.library_tree  # the same row stays selected
            for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount())):
                if self.local_models[item.data(0, Qt.ItemDataRole.UserRole)].path == model.path:
                    tree.setCurrentItem(item)

    def reveal_selected(self) -> None:
        model = self.selected_model()
        if model is not None:
            open_url(self, QUrl.fromLocalFile(str(Path(model.path).parent)))

    def delete_selected(self) -> None:
        """Delete the selected library file, or forget a linked one, after confirming."""
        model = self.selected_model()
        if model is None or model.starter:
            return
        question, fields = removal_question(model)
        fields["size"] = data_size(model.size)
        if not self._confirm(QCoreApplication.translate(CONTEXT, question).format(**fields)):
            return
        try:
            self.ctx.library.delete(model)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.show_error(exc)
            return
        self.refresh_library()
        self.modelsChanged.emit()

    def _fill_add_menu(self) -> None:
        """The Add from disk menu, with the other apps' stores found as it opens (one made
        since the window opened is there too)."""
        from chatapp.library_sources import known_stores

        menu = self.add_button.menu()
        menu.clear()
        menu.addAction(self.tr("A GGUF file…"), self.add_file)
        menu.addAction(self.tr("A folder…"), self.add_folder)
        menu.addSection(self.tr("Other apps"))
        names = {"hf-cache": self.tr("Hugging Face cache"), "lmstudio": self.tr("LM Studio"),
                 "ollama": self.tr("Ollama")}
        stores = known_stores()
        linked = {os.path.realpath(p) for p, _layout in self.ctx.library.folders.folders()}
        # a long path is cut in its middle (whole in the tooltip): a menu wider than the
        # room right of the button would be moved off it, to the screen's left edge
        metrics = menu.fontMetrics()
        screen = self.add_button.screen().availableGeometry()
        linked_note = self.tr("{store} · linked: new models come by themselves")
        room = max(metrics.averageCharWidth() * 20, screen.right()
                   - self.add_button.mapToGlobal(self.add_button.rect().topLeft()).x()
                   - metrics.horizontalAdvance(linked_note + "Hugging Face cache ()") - 80)
        menu.setToolTipsVisible(True)
        for kind, path in stores:  # one linked already: its new models come by themselves
            shown = metrics.elidedText(str(path), Qt.TextElideMode.ElideMiddle, room)
            item = menu.addAction(f"{names[kind]} ({shown})",
                                  lambda p=path, k=kind: self.link_path(p, k))
            item.setToolTip(str(path))
            if os.path.realpath(path) in linked:
                item.setText(linked_note.format(store=item.text()))
        if not stores:
            menu.addAction(self.tr("No other apps' models found")).setEnabled(False)

    def add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a GGUF model"),
                                              user_folder(kind=MODELS),
                                              self.tr("GGUF models (*.gguf);;All files (*)"))
        if path:
            self.link_path(Path(remember(path, kind=MODELS)))

    def add_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add the models in a folder"),
                                                user_folder(kind=MODELS))
        if path:
            self.link_path(Path(remember(path, folder=True, kind=MODELS)))

    def link_path(self, path: Path, layout: str = "") -> int:
        """Add the models in a file, folder or other app's store, without copying."""
        from chatapp.library_folders import keeps
        from chatapp.library_sources import Links, scan

        try:
            result = scan(path, layout)
            found = Links(self.ctx.paths).add(result.models, self.ctx.paths.models)
            kept = keeps(path, layout, len(result.models))
            if kept:  # what appears there later comes too (a folder with none: not kept)
                self.ctx.library.folders.add(path, layout)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.show_error(exc)
            return 0
        if result.skipped:
            self.show_skipped([error_text(s.reason) for s in result.skipped])
        self.refresh_library()
        if found:
            text = (self.tr("Added {count} model from {path} (not copied).") if len(found) == 1
                    else self.tr("Added {count} models from {path} (not copied).")).format(
                count=len(found), path=str(path))
            added = {m.path for m in found}  # one that cannot be used yet says why
            text = " ".join([text, *(f"{m.display_name}: {error_text(m.problem_error())}"
                                     for m in self.local_models
                                     if m.problem and added & set(m.all_paths))])
            self.statusBar().showMessage(text, 10000)
        elif not kept and path.is_dir():
            self.statusBar().showMessage(self.tr(
                "No GGUF models in {path}, so it is not linked: add it again once it holds "
                "models.").format(path=str(path)), 10000)
        else:
            self.statusBar().showMessage(self.tr("No new GGUF models in {path}.").format(
                path=str(path)), 10000)
        self.tabs.setCurrentIndex(1)
        self.modelsChanged.emit()
        return len(found)
