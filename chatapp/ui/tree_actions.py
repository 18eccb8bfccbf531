"""Operations on the shown conversation's tree from the main window: copy, edit, regenerate
(with another model), continue, delete a branch, and step between versions."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from chatapp.answers import Answer
from chatapp.catalogue import AnyModel, is_remote
from chatapp.export import sources_markdown
from chatapp.ui.background import Background


class TreeActions(QObject):
    """The bubbles' actions and their keyboard shortcuts, on the window's conversation."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        # what a version switch by key left shown (the branch's message ids), and the
        # version it switched to
        self._stepped: tuple[list[int], int | None] = ([], None)
        self._said = ""  # the status bar's line about the conversation shown
        self._loading: Background | None = None  # a model loaded to count for an answer again

    def say(self, text: str) -> None:
        """Say in the status bar something about the conversation shown, for 10 s or until
        another conversation is shown."""
        self.window.statusBar().showMessage(text, 10000)
        self._said = text

    def leave(self) -> None:
        """Another conversation is shown: what was said about this one goes."""
        if self._said and self.window.statusBar().currentMessage() == self._said:
            self.window.statusBar().clearMessage()

    def message_action(self, action: str, message_id: int) -> None:
        """Run a bubble's action: copy-md, copy-text, edit, regenerate, continue, delete,
        template."""
        w = self.window
        if action in ("copy-md", "copy-text"):
            bubble = w.chat_view.bubble_for(message_id)
            if bubble is not None:  # with the sources its citations point at
                sources = sources_markdown(w.ctx.store, bubble.message,
                                           QCoreApplication.translate,
                                           plain=action == "copy-text")
                bubble.copy(markdown=action == "copy-md", sources=sources)
                w.statusBar().showMessage(self.tr("Copied."), 3000)
            return
        if action == "template":  # (changes no message: also while an answer is written)
            self.edit_template(message_id)
            return
        handlers = {"edit": self.edit_message, "regenerate": self.regenerate,
                    "regenerate-with": self.choose_model_for, "continue": self.continue_message,
                    "delete": self.delete_message}
        if action in handlers and not w.answers.writes_in(w.conversation_id):
            handlers[action](message_id)

    def edit_template(self, message_id: int) -> None:
        """Open the chat template editor for the model that wrote the answer (the model
        picked, where it is no longer listed)."""
        from chatapp.ui.template_view import show_template

        w = self.window
        key = w.ctx.store.message(message_id).model_key
        model = next((m for m in w.models if m.key == key), None)
        show_template(w, model, editor=True)

    def on_last(self, roles: str | tuple[str, ...], action: str) -> None:
        """A keyboard action on the focused message (nothing when its role is not one of
        roles); with no message focused, on the last message of those roles on the branch
        (made into a bubble first where only an earlier part is shown), a deletion only once
        that message is in view (the first press brings it into view)."""
        w = self.window
        roles = (roles,) if isinstance(roles, str) else roles
        bubble = self._focused_bubble()
        if bubble is None:
            view = w.chat_view
            last = next((m for m in reversed(view.messages) if m.role in roles), None)
            bubble = view.reveal(last.id) if last is not None else None
            if bubble is not None and action == "delete" and not view.in_view(bubble):
                view.ensureWidgetVisible(bubble)
                self.say(self.tr("The last answer is shown now: press Ctrl+Delete again to "
                                 "delete it."))
                return
        if bubble is not None and bubble.message.role in roles:
            self.message_action(action, bubble.message.id)

    def _focused_bubble(self):
        w = self.window
        widget = w.focusWidget()
        while widget is not None and widget not in w.chat_view.bubbles:
            widget = widget.parentWidget()
        return widget

    def step(self, delta: int) -> None:
        """Show the previous (-1) or next (1) version of the focused message; with none
        focused, of the message the last press switched while nothing else has changed what
        is shown (so Alt+Right undoes Alt+Left), else of the branch's last message that has
        versions (made into a bubble first where it is outside the part shown)."""
        w = self.window
        view = w.chat_view
        shown = [m.id for m in view.messages]
        bubble = self._focused_bubble()
        if bubble is None:
            again = self._stepped[1] if self._stepped[0] == shown else None
            if again is None:
                versions = view.siblings_for(view.messages)
                again = next((m.id for m in reversed(view.messages)
                              if len(versions.get(m.id, ())) > 1), None)
            bubble = view.reveal(again) if again is not None else None
        if bubble is not None and bubble.message.id in shown and not w.answers.here():
            depth = shown.index(bubble.message.id)
            bubble.step(delta)
            self._stepped = ([m.id for m in view.messages], view.messages[depth].id)

    def regenerate(self, message_id: int, model: AnyModel | None = None) -> None:
        """A new answer beside this one, by model (the picked one by default)."""
        w = self.window
        model = model or w.current_model()
        if model is None or w.answers.elsewhere():
            return
        message = w.ctx.store.message(message_id)
        if message.role == "assistant" and message.parent_id is None:
            self.say(self.tr(
                "This answer has no message above it, so there is nothing to answer again."))
            return
        if self._estimate_may_be_wrong(message_id, model) \
                and w.ctx.engine.loads_beside(Path(model.path)):
            # loaded first (as the answer would load it), so that the model's own count, not an
            # estimate, decides whether to ask what to leave out, as a message sent asks; not
            # where that unloads the model in use (was: unloaded even when the user cancelled)
            if self._loading is None:
                w.model_status.setText(QCoreApplication.translate(
                    "AnswerPresenter", "Loading {model}…").format(model=model.display_name))
                self._loading = Background(
                    lambda: w.ctx.chat.pipeline.engine_worker(model), self, "load",
                    done=lambda _worker: self._loaded(message_id, model),
                    failed=lambda _error: self._loaded(message_id, model))
                self._loading.start()
            return
        self._answer_again(message_id, model)

    def _estimate_may_be_wrong(self, message_id: int, model: AnyModel) -> bool:
        """Whether answering again with model (on this computer, not loaded) depends on an
        estimate that could be wrong: one that says the question fits, with more than half
        of the context's room used (estimates from bytes can be half the real count)."""
        w = self.window
        if is_remote(model) or w.ctx.chat.pipeline.is_free(model):
            return False
        question, before = self._question(message_id)
        _messages, sizes, estimated = w.session.context_use(question.content, model,
                                                            before=before)
        total = w.session.context_size(model)
        return estimated and sum(sizes) * 2 > total - w.session.answer_room(total)

    def _question(self, message_id: int) -> tuple:
        """The question an answer again answers (message_id's own, or itself) and the messages
        before it: (Message, [Message])."""
        store = self.window.ctx.store
        message = store.message(message_id)
        question = message if message.role == "user" else store.message(message.parent_id)
        before = store.branch(question.parent_id) if question.parent_id is not None else []
        return question, before

    @property
    def loading(self) -> bool:
        """Whether a model is being loaded to answer a question again (asked after)."""
        return self._loading is not None

    def _loaded(self, message_id: int, model: AnyModel) -> None:
        """The model to answer again with is loaded (or failed to load: its answer says why;
        an estimate decides then)."""
        self._loading = None
        self._answer_again(message_id, model)
        if self.window.runner is None:  # none started (kept as it is): the picked model's
            self.window.show_model_status()

    def _answer_again(self, message_id: int, model: AnyModel) -> None:
        w = self.window
        if w.answers.elsewhere():
            return
        dropped = self._room_for(message_id, model)
        if dropped is not None:
            self._start(w.ctx.chat.regenerate(message_id, model, w.ctx.settings.sampling,
                                              dropped))

    def _room_for(self, message_id: int, model: AnyModel) -> int | None:
        """How many of the oldest messages to leave out so that the question of an answer
        (or the question itself) fits model's context again, asked as a message sent would
        be (0: it fits); None when the user keeps it as it is (cancel, or a new
        conversation)."""
        w = self.window
        question, before = self._question(message_id)
        overflow = w.session.overflow(question.content, model, before=before,
                                      busy=w.answers.titler is not None)
        if not overflow.must_ask:
            return 0
        decision = w.ask_overflow(dataclasses.replace(overflow, again=True))
        if decision.kind == "new":
            w.new_conversation()
            w.composer.set_draft(question.content)
        return decision.dropped if decision.kind == "drop" else None

    def regenerate_with(self, message_id: int, key: str) -> None:
        """Regenerate with the model of that key."""
        w = self.window
        model = w.model_list.find(key)
        if model is None:  # its file went since the menu was filled
            self.say(self.tr(
                "That model is not among the models now: its file was moved or deleted."))
            return
        if why := w.model_list.picked_text(model):  # at once, not after a timeout
            self.say(why)
            return
        self.regenerate(message_id, model)

    def choose_model_for(self, message_id: int) -> None:
        """Open an answer's Regenerate with… list of models at its button (Ctrl+Shift+R)."""
        w = self.window
        bubble = w.chat_view.bubble_for(message_id)
        if bubble is None or w.answers.elsewhere():
            return
        button = bubble.regenerate_with_button
        if not button.isVisibleTo(bubble):  # an answer with nothing above it
            self.regenerate(message_id)  # (says why)
            return
        w.chat_view.ensureWidgetVisible(bubble)
        button.menu().popup(button.mapToGlobal(button.rect().bottomLeft()))

    def edit_message(self, message_id: int) -> None:
        """Edit a user message in its bubble; saving sends it as a new branch."""
        w = self.window
        bubble = w.chat_view.bubble_for(message_id)
        if bubble is None or bubble.message.role != "user" or w.answers.elsewhere():
            return
        w.chat_view.ensureWidgetVisible(bubble)
        bubble.begin_edit()

    def send_edited(self, message_id: int, text: str) -> None:
        """Send the edited text of a user message as a new branch beside it."""
        w = self.window
        model = w.current_model()
        if model is not None and not w.answers.elsewhere():
            _user, answer = w.ctx.chat.edit(message_id, text, model, w.ctx.settings.sampling)
            self._start(answer)
            w.composer.edit.setFocus()  # the edited bubble is gone: the next message

    def continue_message(self, message_id: int) -> None:
        """Go on writing an answer that was cut off or stopped, with the model that wrote
        it (whichever the picker shows)."""
        w = self.window
        if w.answers.elsewhere():
            return
        message = w.ctx.store.message(message_id)
        model = w.model_list.find(message.model_key or "")
        if model is None:
            self.say(self.tr(
                "{model}, which wrote this answer, is not among the models now: Regenerate "
                "with another model instead.").format(
                    model=message.model_name or message.model_key or "?"))
            return
        answer = w.ctx.chat.continue_answer(message_id, model, w.ctx.settings.sampling)
        self.show_branch()
        bubble = w.chat_view.bubble_for(message_id)
        if bubble is not None:
            bubble.refresh(answer.message)
        w.answers.start(answer)

    def delete_message(self, message_id: int) -> None:
        """Delete a message and its replies; Undo brings them back."""
        w = self.window
        if not w.answers.here():
            w.session.delete_branch(message_id)
            count = w.session.deleted[-1].branch.count
            w.deleted(self.tr("Message deleted.") if count == 1 else self.tr(
                "{count} messages deleted: this one and the replies below it.").format(
                    count=count))
            self.show_branch()
            w.composer.edit.setFocus()

    def switch_branch(self, message_id: int) -> None:
        """Show the branch through a sibling."""
        w = self.window
        if w.answers.here() or w.conversation_id is None:
            return
        focused = QApplication.focusWidget()  # the message box keeps the keyboard
        # a bubble's part has it: the keyboard went through the messages; the view itself
        # (or nothing) has it: a click on an arrow took it from the message box
        clicked = focused is None or focused is w or focused is w.chat_view
        among = not clicked and w.chat_view.isAncestorOf(focused)
        w.ctx.store.switch_branch(w.conversation_id, message_id)
        if key := w.session.branch_model(w.session.branch()):  # a comparison's other model
            w.select_model(key)
        self.show_branch(around=message_id)  # the versions' arrows stay in sight
        bubble = w.chat_view.bubble_for(message_id)
        if bubble is not None:
            if among:  # on the version shown now
                bubble.position.setFocus()
            elif clicked:
                w.composer.edit.setFocus()
            else:
                focused.setFocus()

    def show_branch(self, around: int | None = None) -> None:
        """Show the conversation's current branch: its end, or around that message (the
        keyboard left where it is)."""
        w = self.window
        if w.conversation_id is not None:
            w.chat_view.show_messages(w.session.branch(), around, focus=False)
            w.update_meter()
            w.answers.show_state()  # the status bar's numbers were of an answer not shown now

    def _start(self, answer: Answer) -> None:
        """Show the branch the answer is on and stream it."""
        self.show_branch()
        self.window.answers.start(answer)
