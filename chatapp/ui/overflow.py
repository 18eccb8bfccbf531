"""The question asked when a message would not fit the model's context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox

from chatapp.session import Decision, Overflow
from chatapp.ui.layouts import exec_once
from chatapp.ui.units import number


def ask_overflow(window, overflow: Overflow) -> Decision:
    """Leave out the oldest messages, start a new conversation or cancel (leaving out can be
    chosen for the rest of the conversation: then it is not asked again); for a message too
    long on its own: say so, and offer the model's settings (its context length)."""
    translate = QCoreApplication.translate
    session = window.session
    if overflow.kind != "alone" and overflow.droppable \
            and session.conversation_id in session.always_drop:
        return Decision("drop", overflow.droppable)
    warning, role = QMessageBox.Icon.Warning, QMessageBox.ButtonRole
    if overflow.kind == "alone":
        title, text = (translate("MainWindow", "The system prompt is too long"), translate(
            "MainWindow", "The system prompt and this message need about {used} tokens even "
            "in a new conversation, {system} of them the system prompt's. The model holds "
            "{total}, and {room} of them are kept free for the answer. Shorten the system "
            "prompt, or give the model a longer context in Model settings.")
        ) if overflow.system else (translate("MainWindow", "The message is too long"), translate(
            "MainWindow", "This message needs about {used} tokens even in a new conversation. "
            "The model holds {total}, and {room} of them are kept free for the answer. "
            "Shorten it, or give the model a longer context in Model settings."))
        box = QMessageBox(warning, title, text.format(
            used=number(overflow.used), system=number(overflow.system),
            total=number(overflow.total), room=number(overflow.room)),
            QMessageBox.StandardButton.Cancel, window)
        settings = box.addButton(translate("MainWindow", "Model settings…"), role.ActionRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter changes no setting
        exec_once(box)
        if box.clickedButton() is settings:
            window.edit_model_settings()
        return Decision("cancel")
    text = (translate("MainWindow", "The conversation up to this question needs about {used} "
                      "tokens. The model holds {total}, and {room} of them are kept free for "
                      "the answer. What should happen?") if overflow.again else
            translate("MainWindow", "The conversation and your message need about {used} "
                      "tokens. The model holds {total}, and {room} of them are kept free for "
                      "the answer. What should happen?"))
    box = QMessageBox(warning, translate("MainWindow", "The conversation is too long"),
                      text.format(used=number(overflow.used), total=number(overflow.total),
                                  room=number(overflow.room)),
                      QMessageBox.StandardButton.NoButton, window)
    drop_button = None
    if overflow.droppable:
        box.setCheckBox(QCheckBox(translate(
            "MainWindow", "Leave out the oldest messages from now on in this conversation"),
            box))
        drop_button = box.addButton(
            translate("MainWindow", "Leave out all earlier messages")
            if 0 < overflow.earlier <= overflow.droppable
            else translate("MainWindow", "Leave out the oldest message") if overflow.droppable == 1
            else translate("MainWindow", "Leave out the oldest {n} messages").format(
                n=overflow.droppable), role.AcceptRole)
    new_button = box.addButton(translate("MainWindow", "Start a new conversation"),
                               role.ActionRole)
    # Enter keeps the message to decide again (typing on, one may press it unawares)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    exec_once(box)
    if drop_button is not None and box.clickedButton() is drop_button:
        if box.checkBox().isChecked() and session.conversation_id is not None:
            session.drop_from_now_on(session.conversation_id)
            window.save_settings()
        return Decision("drop", overflow.droppable)
    return Decision("new" if box.clickedButton() is new_button else "cancel")
