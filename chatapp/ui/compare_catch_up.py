"""A compare pane added after the panes answered: its model answers the prompt shown, and
when that is a later turn, every turn before it first, one by one along its own branch, so
that it reads its own earlier answers as the other panes' models read theirs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from chatapp.catalogue import AnyModel
from chatapp.compare.side_by_side import Comparison
from chatapp.store import Message

# how an answer ended that its pane's Try again makes again (beside it, under the same prompt)
UNFINISHED = ("error", "stopped", "interrupted")


@dataclass
class CatchUp:
    """The turns a late pane still has to answer after the one it is answering.

    Attributes:
        widget: the pane (a PaneWidget).
        turns: the user turns' texts still to ask, in order.
        total: how many turns it answers in all.
    """

    widget: Any
    model: AnyModel
    params: dict[str, Any]
    turns: list[str]
    total: int

    def status(self) -> str:
        """Which turn the pane is answering, for the window's status line."""
        return QCoreApplication.translate(
            "CompareWindow", "The new pane answers every turn in order: turn {n} of "
            "{total}.").format(n=self.total - len(self.turns), total=self.total)


def answer_prompt(view, widget) -> CatchUp | None:
    """Let widget (a pane of the CompareWindow view, added after the others answered)
    answer the prompt shown: at once when it is the first turn; else from the first turn
    on, the later ones as each answer ends (CatchUp.turns). Its answers are stored beside
    the others', each turn after the first under its own previous answer. A pane whose
    answer failed, was stopped or was cut off (same model: Try again) answers only that
    answer's turn again, beside it: its earlier turns stay as they are."""
    prompt = view.prompt_id()
    model = widget.chosen()
    if prompt is None or model is None or view.busy or widget not in view.panes:
        return None
    store = view.ctx.store
    users = [m for m in store.branch(prompt) if m.role == "user"]
    params = {**view.ctx.settings.sampling.to_dict(), **widget.overrides,
              **widget.answer_params()}
    failed = widget.message
    if (failed is not None and failed.finish_reason in UNFINISHED
            and failed.model_key == model.key and failed.parent_id is not None):
        users = [store.message(failed.parent_id)]  # its own turn: the earlier ones are there
    catch_up = CatchUp(widget, model, params, [u.content for u in users[1:]], len(users))
    _run_one(view, widget, view.conversation_id, "", model, params, prompts=[users[0].id])
    if catch_up.turns:
        view.status.setText(catch_up.status())
        return catch_up
    return None


def go_on(view, widget) -> bool:
    """Go on writing widget's answer (a pane of the CompareWindow view: its Continue, offered
    as the chat's is) in the pane, with the model that wrote it and the pane's parameters,
    through the chat's Continue (chat.continue_stored). False when it cannot now (busy, or
    that model is not among the models: said in the status line)."""
    message = widget.message
    if view.busy or message is None or widget not in view.panes:
        return False
    model = view.model_list.find(message.model_key or "")
    if model is None:
        view.status.setText(QCoreApplication.translate(
            "CompareWindow", "{model}, which wrote this answer, is not among the models now."
        ).format(model=message.model_name or message.model_key or "?"))
        return False
    params = {**view.ctx.settings.sampling.to_dict(), **widget.overrides,
              **widget.answer_params()}
    _run_one(view, widget, message.conversation_id, "", model, params, continues=[message.id])
    return True


def next_turn(view, catch_up: CatchUp, answer: Message) -> bool:
    """After the late pane's answer ended: ask its next turn under it, unless the answer
    failed or was stopped (then the pane stays where it is). Whether a turn was asked."""
    if not catch_up.turns or answer.finish_reason not in ("stop", "length"):
        return False
    text = catch_up.turns.pop(0)
    _run_one(view, catch_up.widget, view.conversation_id, text, catch_up.model,
             catch_up.params, parents=[answer.id])
    view.status.setText(catch_up.status())
    return True


def _run_one(view, widget, conversation_id: int, text: str, model: AnyModel, params: dict,
             **where: list[int]) -> None:
    """Run one pane's answer of text (a turn to ask; "": none) in the CompareWindow view,
    under the conversation's system prompt; where: the Comparison's prompts, parents or
    continues."""
    comparison = Comparison(view.ctx.chat.pipeline, conversation_id, text, [model], [params],
                            system_prompt=view.ctx.store.conversation(
                                conversation_id).system_prompt or "", **where)
    view._run(comparison, [widget], blind=False)
