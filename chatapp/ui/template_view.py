"""The chat template viewer: the exact prompt of the next turn, the template's source, and
the user's own template, checked by rendering it before it is kept."""

from __future__ import annotations

import os

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chatapp.catalogue import AnyModel
from chatapp.engine.templates import ChatTemplate, TemplateError, choose_template, render
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.gguf_meta import GGUFError, GGUFInfo, file_info, token_texts
from chatapp.library import LocalModel
from chatapp.ui.errors import error_text
from chatapp.ui.label import Label
from chatapp.ui.layouts import exec_once, fill
from chatapp.ui.provenance import template_source_text

LEAVES_OUT = QT_TRANSLATE_NOOP(
    "errors", "the prompt it makes leaves out the conversation's messages (the model would "
    "never see what you write)")


def _markers(path: str, meta: GGUFInfo) -> tuple[str, str]:
    """The texts of the model's begin- and end-of-text tokens ("" where it has none)."""
    ids = {name: meta.metadata.get(f"tokenizer.ggml.{name}_token_id") for name in ("bos", "eos")}
    try:
        texts = token_texts(path, meta, {i for i in ids.values() if isinstance(i, int)})
    except (GGUFError, OSError):
        texts = {}
    return tuple(texts.get(ids[name], "") for name in ("bos", "eos"))  # type: ignore[return-value]


def model_template(model: LocalModel, override: str | None) -> tuple[ChatTemplate, str, str]:
    """The template the engine will use for model, and its begin/end-of-text markers."""
    try:
        meta = file_info(model.path)
    except GGUFError:
        return choose_template(None, model.architecture, model.file_name, override), "", ""
    bos, eos = _markers(model.path, meta)
    from chatapp.engine.templates import looks_like_base_model

    template = choose_template(meta.chat_template, meta.architecture,
                               meta.name or os.path.basename(model.path), override,
                               base_model=looks_like_base_model(meta.metadata,
                                                                os.path.basename(model.path)))
    return template, bos, eos


def check_template(text: str, messages: list[dict[str, str]]) -> str:
    """Render text with messages (and a plain two-turn chat); the prompt, or TemplateError
    (also when the prompt leaves out the chat's last message: the model would never see
    what the user wrote)."""
    sample = [{"role": "user", "content": "Hello"}, {"role": "assistant", "content": "Hi!"},
              {"role": "user", "content": "How are you?"}]
    if sample[-1]["content"] not in render(text, sample):
        raise TemplateError(LEAVES_OUT)
    return render(text, messages)


class TemplateDialog(QDialog):
    """Tabs: the next prompt, the template in use, and an override editor."""

    def __init__(self, model: LocalModel, messages: list[dict[str, str]],
                 override: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chat template: {model}").format(model=model.display_name))
        self.messages = messages
        self.model = model
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        template, self.bos, self.eos = model_template(model, override)
        self.source_label = Label(self, wordWrap=True)
        self.prompt = QPlainTextEdit(self, readOnly=True,
                                     accessibleName=self.tr("The prompt of the next turn"))
        self.template_text = QPlainTextEdit(self, readOnly=True,
                                            accessibleName=self.tr("The template in use"))
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Your template"))
        self.editor.setPlaceholderText(self.tr("Empty: use the model's own template"))
        self.editor.setPlainText(override or "")
        self.editor.setTabChangesFocus(True)  # the keyboard gets out (Jinja indents with spaces)
        for box in (self.prompt, self.template_text, self.editor):
            box.setFont(mono)
            box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.error = Label(self, objectName="templateError", wordWrap=True,
                           accessibleName=self.tr("Template check"))
        check = QPushButton(self.tr("&Check"), self)
        check.clicked.connect(self.check)
        editor_page = QWidget(self)
        fill(QVBoxLayout(editor_page), Label(self.tr(
            "A Jinja chat template used instead of the model's own. It is checked by "
            "rendering this conversation before it is kept."), editor_page), (self.editor, 1),
             check, self.error)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.prompt, self.tr("Next &prompt"))
        self.tabs.addTab(self.template_text, self.tr("&Template"))
        self.tabs.addTab(editor_page, self.tr("&Override"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self,
                                   accepted=self._save, rejected=self.reject)
        fill(QVBoxLayout(self), self.source_label, (self.tabs, 1), buttons)
        self.resize(760, 560)
        self._show(template)

    def _show(self, template: ChatTemplate) -> None:
        source = template_source_text(template.source, template.name)
        self.source_label.setText(self.tr("{model} uses {source}.")
                                  .format(model=self.model.display_name, source=source))
        self.template_text.setPlainText(template.text)
        wrap = QPlainTextEdit.LineWrapMode
        try:
            prompt = render(template, self.messages, bos_token=self.bos, eos_token=self.eos)
            self.prompt.setLineWrapMode(wrap.NoWrap)  # the prompt as the model gets it
        except TemplateError as exc:  # one sentence (naming the template): wrapped
            prompt = error_text(exc)
            self.prompt.setLineWrapMode(wrap.WidgetWidth)
        self.prompt.setPlainText(prompt)

    def override(self) -> str:
        """The user's template ("" for none)."""
        return self.editor.toPlainText().strip()

    def check(self) -> bool:
        """Render the override; show what went wrong, or the prompt it makes."""
        text = self.override()
        if not text:
            self.error.setText(self.tr("No override: the model's own template is used."))
            return True
        try:
            check_template(text, self.messages)
        except TemplateError as exc:
            reason = error_text(exc)  # a render's failure names the template itself
            self.error.setText(self.tr("This template does not work: {reason}")
                               .format(reason=reason) if exc.template == LEAVES_OUT else reason)
            self.error.setProperty("failed", True)
            return False
        self.error.setText(self.tr("The template works."))
        self.error.setProperty("failed", False)
        template, _bos, _eos = model_template(self.model, text)
        self._show(template)
        return True

    def _save(self) -> None:
        if self.check():
            self.accept()
        else:
            self.tabs.setCurrentIndex(2)
            self.editor.setFocus()


def _with_documents(window, model: LocalModel, messages: list[dict]) -> list[dict]:
    """messages with the instructions and sources the next answer is given from the
    conversation's document collections (those ticked for a new one), as it gets them."""
    from chatapp.answer_docs import with_preview_sources

    chat = window.ctx.chat
    session = window.session
    if session.conversation_id is not None:
        names = chat.attached_docs(session.conversation_id)
    else:
        ticked = set(session.collections)
        names = [c.name for c in chat.pipeline.retriever.documents.collections()
                 if c.id in ticked]
    if not names:
        return messages
    return with_preview_sources(chat.pipeline.retriever, names, messages,
                                session.context_size(model))


def show_template(window, model: AnyModel | None = None, editor: bool = False) -> None:
    """The window's template viewer for model (None: the picked one): the next turn's exact
    prompt, the template's source, and the user's own template (kept in settings); editor:
    open on the user's template, to mend one that fails."""
    from PySide6.QtCore import QCoreApplication

    from chatapp.catalogue import is_remote

    model = model or window.current_model()
    if model is not None and is_remote(model):  # said, not nothing at all
        window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "{model} runs on {host}: its server applies the chat template, "
            "which this app does not see.").format(model=model.display_name, host=model.host),
            10000)
        return
    if model is None:
        return
    overrides = window.ctx.chat.pipeline.template_overrides
    draft = window.composer.edit.toPlainText() or QCoreApplication.translate(
        "MainWindow", "(your next message)")
    messages = window.session.next_prompt(draft, model, window.chat_view.messages)
    messages = _with_documents(window, model, messages)
    dialog = TemplateDialog(model, messages, overrides.get(model.key), window)
    if editor:
        dialog.tabs.setCurrentIndex(2)
        dialog.editor.setFocus()
    if exec_once(dialog):
        override = dialog.override()
        if override:
            overrides[model.key] = override
        else:
            overrides.pop(model.key, None)
        settings = window.ctx.settings
        if hasattr(settings, "template_overrides"):
            settings.template_overrides = dict(overrides)
            window.ctx.save_settings()
        window.update_meter()
