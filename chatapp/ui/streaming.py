"""The answer being written, shown in the main window: its bubble grows, the status bar gives
its live numbers, a failure to save it keeps it in memory with Retry, and when it ends its
stats, its title and (for a model too big for free memory) an offer to load it anyway."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from chatapp.answer_aside import KEPT_ASIDE, write_aside
from chatapp.answers import Answer
from chatapp.catalogue import is_remote
from chatapp.chat import title_from
from chatapp.errors import DiskFull, UserError
from chatapp.store import Message
from chatapp.ui.background import Background
from chatapp.ui.bridge import AnswerRunner
from chatapp.ui.bubble import live_stats_text, stats_text
from chatapp.ui.errors import answer_error_text, error_text, message_box, show_failure
from chatapp.ui.layouts import exec_once
from chatapp.ui.units import number


class AnswerPresenter(QObject):
    """Streams one answer at a time into the window (one answer at a time on the window).

    Attributes:
        runner: the answer being written, or None.
        titler: the title being made in the background, or None.
        unsaved: a finished or streaming answer kept in memory until Retry saves it.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.runner: AnswerRunner | None = None
        self.titler: Background | None = None
        self._titled = 0  # the conversation whose title is being made
        self.unsaved: Answer | None = None
        self.closed = False  # the window closed: late signals change nothing
        self._busy_said = ""  # the status bar's line that an answer is being written
        self._failed_said = ""  # the banner's line that an answer could not go on
        self._notice_said = ""  # the banner's line about the last answer (a partial index)
        self._ticker = QTimer(self)  # the prompt's reading and the context meter, 4 times a second
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)

    # starting and stopping

    def start(self, answer: Answer) -> None:
        """Stream an answer whose bubble is shown."""
        window = self.window
        model = answer.model
        if is_remote(model):
            window.model_status.setText(self.tr("Asking {host} ({model})…").format(
                host=model.host, model=model.display_name))
        elif window.ctx.engine.loaded_info(model.path) is None:
            window.model_status.setText(self.tr("Loading {model}…").format(
                model=model.display_name))
        else:  # the model that writes (Regenerate with… may take another than the picked)
            window.model_status.setText(window.model_list.status(model))
        self._unsay_failed()  # another answer is written now
        self.unsay_notice()  # (the banner was about the answer before)
        runner = self.runner = AnswerRunner(answer, window)
        window.speed_status.setText(live_stats_text({}))  # not the previous answer's numbers
        runner.textChanged.connect(self._on_text)
        runner.reasoningChanged.connect(self._on_reasoning)
        runner.finished.connect(self._on_finished)
        runner.unsavedChanged.connect(self._on_unsaved)
        window.composer.set_busy(True)
        window.chat_view.set_busy(True)
        runner.start()
        self._ticker.start()
        if window.session.start_here():  # the app may not close cleanly while it is written
            window.save_settings()
        window.picker.settle()  # the conversation goes on with the model that answers
        window.refresh_sidebar()

    def stop(self) -> None:
        """Stop the answer being written (its text so far is kept)."""
        if self.runner is not None:
            self.runner.cancel()

    def elsewhere(self) -> bool:
        """True, and say so until it ends, while an answer is being written (one at a time:
        the message stays in the box to be sent then)."""
        if self.runner is None:
            return False
        if self.writes_in(self.window.session.conversation_id):
            return True
        title = self.window.ctx.store.conversation(self.runner.conversation_id).title
        self._say_busy(self.tr("The answer in “{title}” is still being written: wait "
                               "for it to end, or stop it with Esc.").format(
                                   title=title or self.tr("New conversation")))
        return True

    def here(self) -> bool:
        """Whether the answer being written belongs to the conversation on screen."""
        return (self.runner is not None
                and self.runner.conversation_id == self.window.session.conversation_id)

    def writes_in(self, conversation_id: int | None) -> bool:
        """True, and say so, while an answer is being written in the conversation (its
        messages and the conversation itself wait for it to end)."""
        if self.runner is None or conversation_id is None \
                or self.runner.conversation_id != conversation_id:
            return False
        self._say_busy(self.tr("This conversation's answer is still being written. Wait for "
                               "it, or stop it with Esc."))
        return True

    def _say_busy(self, text: str) -> None:
        """Say in the status bar that an answer is being written (until it ends)."""
        self._busy_said = text
        self.window.statusBar().showMessage(text)

    def show_state(self) -> None:
        """Stop button and locked tree only where the answer is being written; its bubble
        shows the text so far (the answer went on while another conversation was shown)."""
        window, here = self.window, self.here()
        window.composer.set_busy(here)
        window.chat_view.set_busy(here)
        if not here:  # the status bar's numbers are of the answer on screen only
            window.speed_status.setText("")
        if here:
            runner = self.runner
            bubble = window.chat_view.bubble_for(runner.message_id)
            if bubble is not None and (bubble.text != runner.text
                                       or bubble.thinking.text != runner.reasoning):
                bubble.catch_up(runner.text, runner.reasoning)
        self._show_unsaved_answer()

    def close(self) -> None:
        """End the answer and the title being made (the window closes)."""
        self.closed = True
        self._ticker.stop()
        if self.runner is not None:
            self.runner.textChanged.disconnect(self._on_text)
            self.runner.reasoningChanged.disconnect(self._on_reasoning)
            self.runner.finished.disconnect(self._on_finished)
            self.runner.cancel()
            self.runner.wait(5)
        if self.titler is not None:
            self.titler.done.disconnect(self._on_title)
            self.titler.failed.disconnect(self._on_title)
            self.titler.wait(10)

    def keep_unsaved(self, may_stay: bool) -> bool:
        """Before the window closes: an answer kept in memory (the database could not take
        it) is saved if that works now, else written to a file of its own, and where is
        said. When even that fails it is said too, and (may_stay) the user may keep the
        window open: False then."""
        runner = self.runner
        answer = self.unsaved or (runner.answer if runner is not None else None)
        if answer is None or answer.unsaved is None or (
                may_stay and runner is not None and runner.answer is answer):
            return True  # (one still written is seen to once it stopped)
        try:
            answer.save()
            return True
        except UserError as exc:
            answer.unsaved = exc
        try:
            path = write_aside(answer)
        except OSError:
            text = self.tr("The answer could not be saved ({reason}), nor written to a file of "
                           "its own: it is lost when the app quits.").format(
                reason=error_text(answer.unsaved))
            if not may_stay:
                message_box(self.window, self.tr("The answer is not saved"), text)
                return True
            return message_box(self.window, self.tr("The answer is not saved"), text + " "
                               + self.tr("Quit all the same?"), question=True, risky=True)
        message_box(self.window, self.tr("The answer is in a file"), error_text(
            UserError(KEPT_ASIDE, reason=answer.unsaved, path=str(path))))
        answer.unsaved = None
        return True

    # streaming

    def _on_text(self, message_id: int, piece: str, total: int) -> None:
        runner = self.runner
        if runner is None:
            return
        bubble = self.window.chat_view.bubble_for(message_id)
        if bubble is not None:
            if len(bubble.text) + len(piece) == total:
                bubble.append(piece)
            elif len(bubble.text) < total or not runner.text.startswith(bubble.text):
                bubble.catch_up(runner.text[:total], runner.reasoning)  # (or taken back)
        self._writing(bubble)

    def _writing(self, bubble) -> None:
        """A token came (text or reasoning): the numbers so far, and the model's status
        (no longer "Loading…")."""
        window, runner = self.window, self.runner
        live = live_stats_text(runner.answer.live)
        if self.here():
            window.speed_status.setText(live)
        if bubble is not None:
            bubble.show_live_stats(live)
        status = window.model_status.text()
        if not status.endswith(")") or "…" in status:  # the model writing now, loaded
            window.model_status.setText(window.model_list.status(runner.answer.model))

    def _tick(self) -> None:
        """Before the first token: how much of the prompt was read; all along: the context
        meter with the prompt and the tokens written so far."""
        runner = self.runner
        if runner is None or not self.here():
            return
        answer = runner.answer
        if not answer.live:
            text = live_stats_text({}, answer)
            self.window.speed_status.setText(text)
            bubble = self.window.chat_view.bubble_for(runner.message_id)
            if bubble is not None:
                bubble.show_live_stats(text)
        self.window.update_meter()

    def _on_reasoning(self, message_id: int, piece: str, total: int) -> None:
        if self.runner is None:
            return
        bubble = self.window.chat_view.bubble_for(message_id)
        if bubble is not None:
            if len(bubble.thinking.text) + len(piece) == total:
                bubble.append_reasoning(piece)
            elif len(bubble.thinking.text) < total:
                bubble.catch_up(bubble.text, self.runner.reasoning[:total])
        self._writing(bubble)

    # an answer that cannot be saved yet

    def _on_unsaved(self, _message_id: int, unsaved: bool) -> None:
        """Say that the answer is kept in memory while it cannot be saved, with Retry."""
        runner = self.runner
        if unsaved and runner is not None and runner.answer.unsaved is not None:
            self.unsaved = runner.answer
            self.window.notice.show_notice(self._unsaved_text(runner.answer.unsaved),
                                           retry=True)
        elif not unsaved and self.unsaved is not None and self.unsaved is getattr(
                runner, "answer", None):
            self.unsaved = None
            self.window.notice.hide()

    def _unsaved_text(self, error: UserError) -> str:
        if isinstance(error, DiskFull):
            return self.tr("The disk is full — the answer so far is kept in memory; free some "
                           "space and press Retry.")
        return error_text(error) + " " + self.tr(
            "The answer so far is kept in memory; press Retry to save it.")

    def _show_unsaved_answer(self) -> None:
        """A finished answer kept in memory shows its text, not the older stored one."""
        answer = self.unsaved
        if answer is None or (self.runner is not None and self.runner.answer is answer):
            return
        bubble = self.window.chat_view.bubble_for(answer.message.id)
        if bubble is not None:
            self.window.chat_view.replace(answer.message)
            bubble.refresh(answer.message)

    def save_unsaved(self) -> None:
        """Retry saving the answer kept in memory; say so when it worked."""
        window, answer = self.window, self.unsaved
        if answer is None:
            return
        message = answer.save()
        if self.runner is not None and self.runner.answer is answer:
            return  # still streaming: it goes on saving by itself
        self.unsaved = None
        window.notice.hide()
        self._show_final(message)
        window.statusBar().showMessage(self.tr("The answer was saved."), 8000)
        window.refresh_sidebar()

    # the end

    def _show_final(self, message: Message) -> None:
        window = self.window
        window.chat_view.replace(message)
        bubble = window.chat_view.bubble_for(message.id)
        if bubble is not None:
            bubble.refresh(message, window.ctx.store.sibling_ids([message])[message.id])
            window.docs.decorate(bubble)  # its sources, now that they are stored
            window.chat_view.order_tabs()  # (their rows, made now, where Tab reads them)

    def _on_finished(self, message_id: int) -> None:
        window, runner = self.window, self.runner
        self.runner = None
        self._ticker.stop()
        if runner is not None:
            runner.deleteLater()
        unsaved = runner is not None and runner.answer.unsaved is not None
        if unsaved:  # the text and how it ended are kept in memory until Retry saves them
            message = runner.answer.message
            self.unsaved = runner.answer
            window.notice.show_notice(self._unsaved_text(runner.answer.unsaved), retry=True)
        else:
            message = window.ctx.store.message(message_id)
        # a model too big for free memory: asked first, shown as failed only if kept so
        too_big = runner is not None and runner.answer.too_big and not unsaved
        if not too_big:
            self._show_final(message)
        window.composer.set_busy(False)
        window.chat_view.set_busy(False)
        if window.statusBar().currentMessage() == self._busy_said:  # no longer so
            window.statusBar().clearMessage()
        if message.conversation_id == window.conversation_id:
            window.speed_status.setText(stats_text(message))
        failed = runner is not None and runner.answer.result is not None \
            and runner.answer.result.finish_reason == "error"
        if runner is not None and is_remote(runner.answer.model) and (
                failed or message.finish_reason == "error"  # is its server still there?
                or window.model_list.failing(runner.answer.model.endpoint)):  # or back?
            window.model_list.refresh_remote([runner.answer.model.endpoint])
        if message.finish_reason in ("stop", "length"):  # (a failure told before is past)
            self._unsay_failed()
        if message.finish_reason == "error" and not too_big:
            self._say_failed()
        elif failed and message.finish_reason != "error":  # going on failed before it
            answer = runner.answer  # wrote anything: the answer is as it was
            self._failed_said = self.tr("This answer could not go on: {reason}").format(
                reason=error_text(answer.error) if answer.error is not None
                else answer.result.error or "")
            window.notice.show_notice(self._failed_said)
        elif runner is not None and runner.answer.notice is not None:  # (until the next)
            self._notice_said = error_text(runner.answer.notice)
            window.notice.show_notice(self._notice_said)
        window.show_model_status()
        if not unsaved:
            self._maybe_make_title(message)
        window.refresh_sidebar()
        window.update_meter()
        if runner is not None and runner.error is not None:
            show_failure(window, runner.error)
        if too_big and not self._offer_to_load_anyway(runner.answer, message):
            self._show_final(message)
            self._say_failed()

    def _unsay_failed(self) -> None:
        """The banner that an answer could not go on goes (it is no longer what happened
        last)."""
        self.window.notice.take_back(self._failed_said)
        self._failed_said = ""

    def unsay_notice(self) -> None:
        """The banner about the last answer (what it searched while a collection was still
        being indexed) goes: another answer is written, or the indexing ended."""
        self.window.notice.take_back(self._notice_said)
        self._notice_said = ""

    def _say_failed(self) -> None:
        self.window.statusBar().showMessage(self.tr("The answer failed. You can send again."),
                                            8000)

    def _offer_to_load_anyway(self, answer: Answer, message: Message) -> bool:
        """The model looked too big for free memory: offer the largest context that fits
        (kept in its Model settings), or ask before loading it all the same. Whether it
        answers again (beside message)."""
        window = self.window
        fits = answer.error.params.get("fits") if answer.error is not None else None
        if isinstance(fits, int) and fits > 0:
            return self._offer_smaller_context(answer, message, fits)
        if message_box(
                window, self.tr("Load anyway?"),
                self.tr("{reason}\n\nLoading it anyway may make this computer very slow or "
                        "stop the model. Load it anyway?").format(
                            reason=answer_error_text(message)),
                question=True, risky=True):
            window.ctx.engine.allow(Path(answer.model.path))
            self._answer_again(answer, message)
            return True
        return False

    def _answer_again(self, answer: Answer, message: Message) -> None:
        """Answer message's question again with its model, in place of message, the try that
        did not fit: it goes for good (was: hidden beside the new answer, "2/2" while that
        loaded). When no answer starts (the question no longer fits and the user keeps it
        as it is), the question shows without one."""
        window = self.window
        window.ctx.store.drop_failed_answer(message.id)
        window.tree.regenerate(message.parent_id, answer.model)
        if self.runner is None and not window.tree.loading:
            window.tree.show_branch()

    def _offer_smaller_context(self, answer: Answer, message: Message, fits: int) -> bool:
        """Offer to answer again with a context of fits tokens (saved as the model's load
        option), or with the model loaded as it is; whether it answers again."""
        window = self.window
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Too big at this context"),
                          answer_error_text(message), QMessageBox.StandardButton.Cancel, window)
        box.setInformativeText(self.tr(
            "Answer again with a context of {fits} tokens? Model settings keep it for this "
            "model.").format(fits=number(fits)))
        use = box.addButton(self.tr("&Use {fits} tokens").format(fits=number(fits)),
                            QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("&Load anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(use)
        window._fit_offer = box  # for tests and screenshots
        exec_once(box)
        chosen = box.clickedButton()
        if chosen is use:
            ctx = window.ctx
            options = ctx.settings.model_options
            options[answer.model.key] = {**(options.get(answer.model.key) or {}), "n_ctx": fits}
            ctx.chat.pipeline.model_options = options
            ctx.save_settings()
            window.update_meter()
        elif chosen is anyway:
            window.ctx.engine.allow(Path(answer.model.path))
        else:
            return False
        self._answer_again(answer, message)
        return True

    def _maybe_make_title(self, message: Message) -> None:
        """After the first exchange, let the model title the conversation in the background."""
        window = self.window
        if message.finish_reason not in ("stop", "length") or self.titler is not None:
            return
        store = window.ctx.store
        conversation = store.conversation(message.conversation_id)
        branch = store.current_branch(conversation.id)
        if len(branch) != 2 or conversation.title != title_from(branch[0].content):
            return
        model = window.model_list.find(message.model_key or "")
        chat, self._titled = window.ctx.chat, conversation.id
        self.titler = Background(lambda: chat.make_title(conversation.id, model), window, "title",
                                 done=self._on_title, failed=self._on_title).start()

    def _on_title(self, title: object) -> None:
        titler, self.titler = self.titler, None
        if titler is not None:
            titler.deleteLater()
        if self.closed:  # delivered after the window closed: its store may be gone
            return
        if isinstance(title, str) and self._titled == self.window.session.conversation_id:
            self.window.title_label.setText(title)
        self.window.refresh_sidebar()
        self.window.update_meter()  # the model is free again: its exact count
