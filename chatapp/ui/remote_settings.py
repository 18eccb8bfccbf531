"""Model settings of a model on a server: how it loads is the server's; the app keeps only its
context length, where the server does not say it (the context meter and the room kept for
answers use it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from chatapp.ui.units import number

MIN_CONTEXT, MAX_CONTEXT = 256, 1 << 20


def edit_remote_model_settings(window, model) -> None:
    """Say the context length the server gives the model, or ask for it when the server does
    not say (kept with the model's options as n_ctx)."""
    ctx = window.ctx

    def tr(text: str) -> str:
        return QCoreApplication.translate("RemoteSettings", text)

    title = tr("Settings of {model}").format(model=model.display_name)
    server = model.host or model.endpoint
    if model.context_length:
        QMessageBox.information(window, title, tr(
            "{model} runs on {server} with {tokens} tokens of context, as the server says. How "
            "it loads (GPU layers, KV cache, context) is set on the server.").format(
                model=model.display_name, server=server, tokens=number(model.context_length)))
        return
    options = ctx.settings.model_options
    entry = dict(options.get(model.key) or {})
    current = ctx.chat.pipeline.context_size(model)
    value, ok = QInputDialog.getInt(window, title, tr(
        "{server} does not say how long the context of {model} is. Its length in tokens, as "
        "the server runs it (the context meter and the room kept for answers use it; how it "
        "loads is set on the server):").format(server=server, model=model.display_name),
        current, MIN_CONTEXT, MAX_CONTEXT, 256)
    if not ok:
        return
    entry["n_ctx"] = value
    options[model.key] = entry
    ctx.chat.pipeline.model_options = options
    ctx.save_settings()
    window.update_meter()
