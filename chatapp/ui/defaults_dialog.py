"""Settings → Defaults: the system prompt new conversations start with, the sampling
parameters every answer uses where its conversation sets none, and the processor threads."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

from chatapp.settings import Sampling, Settings, checked_sampling
from chatapp.ui.conversation_settings import ParametersForm, ok_cancel_column
from chatapp.ui.label import Label
from chatapp.ui.layouts import exec_once


class DefaultsDialog(QDialog):
    """Edit the defaults of settings (nothing changes until OK).

    Attributes:
        form: the system prompt and the sampling parameters ("Use the app's defaults" puts
            back the built-in ones).
        threads: processor threads for one answer (0: automatic, as many as cores).
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Defaults"))
        self.form = ParametersForm(Sampling(), settings.system_prompt,
                                   settings.sampling.to_dict(), self)
        self.form.system.setPlaceholderText(self.tr("How models should behave in new chats"))
        cores = os.cpu_count() or 1
        self.threads = QSpinBox(self)
        self.threads.setRange(0, cores)
        self.threads.setSpecialValueText(self.tr("automatic ({n})").format(n=cores))
        self.threads.setValue(settings.threads)
        self.threads.setAccessibleName(self.tr("Processor threads"))
        self.threads.setToolTip(self.tr(
            "Threads llama.cpp uses for an answer on the processor. Fewer leave the computer "
            "more responsive; answers running together share them. From the next answer."))
        rows = self.form.layout()  # lined up with the parameters, above their reset button
        rows.insertRow(rows.rowCount() - 1, self.tr("Processor t&hreads"), self.threads)
        note = Label(self.tr(
            "New chats start with this system prompt. Every chat answers with these "
            "parameters where it sets none of its own (Chat → System prompt & parameters, or "
            "its preset); a model file's recommended ones come first."), self, wordWrap=True)
        ok_cancel_column(self, note, self.form)
        self.resize(520, 560)

    def values(self) -> tuple[str, Sampling, int]:
        """The system prompt, the sampling parameters and the threads chosen."""
        system, params = self.form.values()
        sampling: dict[str, Any] = Sampling().to_dict()
        sampling.update((k, v) for k, v in checked_sampling(params).items() if k in sampling)
        return system, Sampling(**sampling), self.threads.value()


def edit_defaults(window) -> None:
    """The window's dialog for the defaults; on OK they are saved and used: by new chats
    (the new chat shown takes the new system prompt if it still had the old one), and from
    the next answer for the threads."""
    ctx = window.ctx
    dialog = DefaultsDialog(ctx.settings, window)
    if not exec_once(dialog):
        return
    settings, session = ctx.settings, window.session
    before = settings.system_prompt
    settings.system_prompt, settings.sampling, settings.threads = dialog.values()
    ctx.save_settings()
    ctx.engine.n_threads = settings.threads
    window.show_model_status()  # the threads an answer takes from now on
    if session.conversation_id is None and session.system_prompt == before:
        session.system_prompt = settings.system_prompt
    window.update_meter()
