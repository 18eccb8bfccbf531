"""One window's conversation state without the window: which conversation is shown, what a new
one starts with, what the next answer will see and whether it fits, and the deletions Undo
brings back.

The window asks and shows; the decisions live here, so they are tested without Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from chatapp.answers import Answer
from chatapp.catalogue import AnyModel, is_remote
from chatapp.chat import (
    Chat,
    branch_messages,
    drop_oldest,
    turns_to_drop,
)
from chatapp.errors import UserError
from chatapp.settings import Settings
from chatapp.store import Conversation, DeletedBranch, Message, Store
from chatapp.store.documents import Documents

log = logging.getLogger(__name__)

# rough tokens of a chat template's markers around one message
MARKER_TOKENS = 4
# past this many messages, all but the last are estimated (counting each would be slow)
EXACT_LIMIT = 200


@dataclass(frozen=True)
class Overflow:
    """What to do with a message that would not fit the model's context.

    kind: "fits" (send as it is), "ask" (let the user choose), "alone" (the message with
    the system prompt does not fit even in a new conversation: it must be shorter or the
    context longer), with used and total tokens and droppable, how many of the oldest
    messages could go (0: none would help) of the earlier ones (before the message, the
    system prompt not counted); estimated: the counts are estimates (the model is not
    loaded), not its tokenizer's; room: the tokens of total kept free for the answer;
    again: the message is a question answered again (no new message is sent); system: for
    "alone", the system prompt's tokens when the message would fit without it (else 0).
    """

    kind: str
    used: int = 0
    total: int = 0
    droppable: int = 0
    estimated: bool = False
    earlier: int = 0
    room: int = 0
    again: bool = False
    system: int = 0

    @property
    def must_ask(self) -> bool:
        """Whether to ask before sending: whenever it does not fit, but for a message only
        estimated to be too long on its own, when the estimate is far past the context
        (SURELY_OVER times it); nearer, the model's own count decides."""
        if self.kind == "alone" and self.estimated:
            return self.used > SURELY_OVER * self.total
        return self.kind != "fits"


@dataclass(frozen=True)
class Decision:
    """The user's answer to an Overflow: "keep" (send as it is), "drop" the oldest messages
    (dropped of them), "new" conversation, or "cancel"."""

    kind: str
    dropped: int = 0


@dataclass(frozen=True)
class Deletion:
    """One deletion Undo can bring back: a conversation, a branch or an evaluation run.

    kind: "conversation", "answer" or "message" (a branch from that message down), "run",
    or "all" (every conversation of the list: conversations); title: the conversation's
    title (the run's name) to name it by; draft: a deleted conversation's unsent text (it
    comes back with it), drafts: those of "all" by conversation.
    """

    kind: str
    title: str
    conversation_id: int | None = None
    branch: DeletedBranch | None = None
    run: tuple[int, float] | None = None
    draft: str = ""
    conversations: tuple[int, ...] = ()
    drafts: dict[int, str] = field(default_factory=dict)


NEW = "new"  # the key of a new conversation's draft in the settings
BYTES_PER_TOKEN = 4.0  # an estimate's bytes a token before a model's own answers tell
SURELY_OVER = 1.5  # an estimate this many times the context is too long whatever the count


def spread(sizes: list[int], total: int) -> list[int]:
    """sizes changed to add up to total: the difference shared among all but the last (the
    one being written, counted exactly), or given to the only one."""
    head = max(len(sizes) - 1, 1)
    share, rest = divmod(total - sum(sizes), head)
    return [size + share + (1 if i < rest else 0) if i < head else size
            for i, size in enumerate(sizes)]


class Session:
    """The conversation on screen and what follows from it.

    Attributes:
        conversation_id: the conversation shown (None: a new one, stored with its first
            message).
        system_prompt, params: what a new conversation starts with (a preset's, or the
            settings' system prompt and no parameters of its own).
        collections: the document collections (ids) a new conversation's answers search.
        deleted: the deletions Undo can bring back, the latest last (each Undo brings back
            the latest one left).
        drafts: the unsent text of each conversation not shown (None: a new one).
        always_drop: the conversations whose oldest messages are left out when a message
            would overflow the context, without asking each time (kept in the settings:
            drop_from_now_on).
    """

    def __init__(self, store: Store, chat: Chat, settings: Settings) -> None:
        self.store = store
        self.chat = chat
        self.settings = settings
        self.conversation_id: int | None = None
        self.system_prompt = settings.system_prompt
        self.params: dict[str, Any] | None = None
        self.collections: list[int] = []
        self.deleted: list[Deletion] = []
        self.drafts: dict[int | None, str] = {}
        self.always_drop: set[int] = {c for c in settings.always_drop
                                      if isinstance(c, int) and not isinstance(c, bool)}
        self._tokens: dict[tuple[str, str], int] = {}
        self._prompt: tuple[tuple[str, str], int] | None = None  # the last prompt counted
        # the sizes of the messages before the draft, last counted, and whether exactly
        self._counted: tuple[tuple[str, str], list[int], bool] | None = None

    # which conversation

    def new(self, system_prompt: str | None = None, params: dict | None = None) -> None:
        """Show a new, empty conversation (a preset gives its prompt and parameters)."""
        self.conversation_id = None
        self.system_prompt = self.settings.system_prompt if system_prompt is None \
            else system_prompt
        self.params = params
        self.collections = []

    def read(self, conversation_id: int, message_id: int | None = None) -> list[Message]:
        """A stored conversation's current branch, or the branch through message_id (a search
        hit, made current), to show next; the one shown stays (what fails changes nothing)."""
        store = self.store
        if message_id is not None and message_id not in {
                m.id for m in store.current_branch(conversation_id)}:
            store.switch_branch(conversation_id, message_id)
        return store.current_branch(conversation_id)

    def open(self, conversation_id: int, message_id: int | None = None) -> list[Message]:
        """Show a stored conversation (as read() reads it); returns its branch."""
        branch = self.read(conversation_id, message_id)
        self.conversation_id = conversation_id
        return branch

    def branch_model(self, branch: Sequence[Message]) -> str | None:
        """In a comparison (side by side or arena: each branch another model's) the key of
        the model that wrote the branch shown, which the conversation goes on with; None in
        a chat (it goes on with its own model)."""
        if not branch or self.store.conversation(branch[0].conversation_id).kind not in (
                "compare", "arena"):
            return None
        return next((m.model_key for m in reversed(branch)
                     if m.role == "assistant" and m.model_key), None)

    def swap_draft(self, text: str, to: int | None) -> str | None:
        """Keep text as the unsent draft of the conversation shown, before conversation to
        (None: a new one) is shown, and give to's own draft ("" when it has none); None when
        to is the one shown (its text stays as it is)."""
        if to == self.conversation_id:
            return None
        if text.strip():
            self.drafts[self.conversation_id] = text
        else:
            self.drafts.pop(self.conversation_id, None)
        return self.drafts.pop(to, "")

    def restore(self) -> int | None:
        """The conversation to show at the start, the drafts kept at the last close back in
        drafts: the conversation shown then while it is in the chat list (None: a new one,
        as then), else the one used last."""
        listed = {c.id for c in self.store.conversations()}
        kept = self.settings.drafts
        self.drafts = {None if key == NEW else int(key): text for key, text in kept.items()
                       if isinstance(text, str) and (key == NEW or key.isdigit()
                                                     and int(key) in listed)}
        shown = self.settings.last_conversation
        latest = self.store.latest_conversation(shown) if shown >= 0 else None
        return latest.id if latest is not None else None

    def keep(self, text: str) -> None:
        """Put the conversation shown and every unsent draft (text: the shown one's) into
        the settings, to come back at the next start (see restore)."""
        drafts = {**self.drafts, self.conversation_id: text}
        self.settings.drafts = {NEW if key is None else str(key): value
                                for key, value in drafts.items() if value.strip()}
        self.settings.last_conversation = self.conversation_id or -1

    def start_here(self) -> bool:
        """Make the shown conversation the one the next start shows, as an answer begins in
        it (the app may not close cleanly while it is written); whether that changed the
        settings (then they are to be saved)."""
        shown = self.conversation_id or -1
        changed = self.settings.last_conversation != shown
        self.settings.last_conversation = shown
        return changed

    def drop_kept_draft(self) -> bool:
        """Forget the shown conversation's draft kept in the settings at the last close (it
        is sent now: after a crash it must not come back); whether there was one (then the
        settings are to be saved)."""
        key = NEW if self.conversation_id is None else str(self.conversation_id)
        return self.settings.drafts.pop(key, None) is not None

    def branch(self) -> list[Message]:
        """The shown conversation's current branch ([] for a new one)."""
        if self.conversation_id is None:
            return []
        return self.store.current_branch(self.conversation_id)

    def ensure_conversation(self, model: AnyModel) -> int:
        """The shown conversation, stored now if it is new (with what it starts with)."""
        if self.conversation_id is None:
            conversation = self.store.create_conversation(system_prompt=self.system_prompt)
            self.conversation_id = conversation.id
            if self.params:
                self.store.set_conversation_params(conversation.id, self.params)
            self.store.set_conversation_model(conversation.id, model.key)
            if self.collections:
                Documents(self.store).attach(conversation.id, self.collections)
                self.collections = []
        return self.conversation_id

    def settings_of_conversation(self) -> tuple[str, dict[str, Any]]:
        """The system prompt and parameters the next answer uses."""
        conversation = self._shown()
        if conversation is None:
            return self.system_prompt, dict(self.params or {})
        return conversation.system_prompt, conversation.sampling

    def _shown(self) -> Conversation | None:
        """The shown conversation (None: a new chat, or one deleted for good elsewhere)."""
        with suppress(KeyError):
            return self.store.conversation(self.conversation_id)
        return None

    def set_settings_of_conversation(self, system_prompt: str, params: dict[str, Any]) -> None:
        """Set the system prompt and parameters of the conversation (or of the new one)."""
        if self.conversation_id is None:
            self.system_prompt, self.params = system_prompt, params
            return
        self.store.set_system_prompt(self.conversation_id, system_prompt)
        self.store.set_conversation_params(self.conversation_id, params)

    # answering

    def send(self, text: str, model: AnyModel, dropped: int = 0) -> tuple[Message, Answer]:
        """Store the user's message in the shown conversation and start its answer."""
        conversation_id = self.ensure_conversation(model)
        return self.chat.send(conversation_id, text, model, self.settings.sampling,
                              dropped=dropped)

    # what the next answer sees

    def next_messages(self, draft: str, shown: list[Message] | None = None,
                      before: list[Message] | None = None) -> list[dict]:
        """The messages the model would see if draft were sent now (shown: the branch on
        screen, read instead of the store when it is the current one; before: the messages
        before draft as they are, in place of the current branch)."""
        system, _params = self.settings_of_conversation()
        messages = branch_messages(self._branch(shown, before), system)
        messages.append({"role": "user", "content": draft})
        return messages

    def _branch(self, shown: list[Message] | None,
                before: list[Message] | None = None) -> list[Message]:
        """The shown conversation's current branch (shown, when it is that one; before, when
        given)."""
        if before is not None:
            return before
        leaf = getattr(self._shown(), "current_leaf_id", None)  # (none: nothing sent from it)
        if shown and shown[-1].id == leaf:
            return shown
        return self.store.branch(leaf) if leaf is not None else []

    @staticmethod
    def bytes_per_token(model: AnyModel, branch: Sequence[Message] = ()) -> float:
        """How many bytes of text make a token for model, as its own answers in branch
        counted them (their UTF-8 bytes over their completion tokens); 4 without any."""
        answers = [m for m in branch if m.role == "assistant"
                   and m.model_key == model.key and m.completion_tokens and not m.reasoning]
        tokens = sum(m.completion_tokens or 0 for m in answers)
        size = sum(len(m.content.encode("utf-8")) for m in answers)
        return min(max(size / tokens, 1.0), 8.0) if tokens >= 16 else BYTES_PER_TOKEN

    def context_size(self, model: AnyModel) -> int:
        """The context length the model runs (or will run) with."""
        return self.chat.pipeline.context_size(model)

    def count_tokens(self, model: AnyModel, text: str, busy: bool = False,
                     per_token: float = BYTES_PER_TOKEN) -> tuple[int, bool]:
        """Tokens of text for model: exact when it is loaded and free (busy: the window is
        using it), else an estimate (per_token bytes a token). Returns (count, exact)."""
        key = (model.key, text)
        if key in self._tokens:
            return self._tokens[key], True
        count = self._ask_free(model, busy, lambda worker: len(worker.tokenize(text)))
        if count is None:
            return int(len(text.encode("utf-8")) / per_token) + 1, False
        if len(self._tokens) > 5000:
            self._tokens.clear()
        self._tokens[key] = count
        return count, True

    def prompt_tokens(self, model: AnyModel, messages: list[dict], busy: bool = False
                      ) -> int | None:
        """Tokens of the prompt messages make in model's chat template (the generation
        prompt included), when it is loaded and free (see count_tokens); else None."""
        key = (model.key, repr(messages))
        if self._prompt is not None and self._prompt[0] == key:
            return self._prompt[1]
        count = self._ask_free(model, busy, lambda worker: len(worker.render(messages)[1]))
        if count is not None:
            self._prompt = (key, count)
        return count

    def _ask_free(self, model: AnyModel, busy: bool, ask: Callable[[Any], int]) -> int | None:
        """ask(worker) of model's worker when the model is on this computer, loaded and free
        now (its lock taken without waiting; busy: the window is using it); else, or when the
        worker fails, None."""
        if busy or is_remote(model) or not self.chat.pipeline.is_free(model):
            return None
        lock = self.chat.pipeline.lock_for(model)
        if not lock.acquire(blocking=False):
            return None
        try:
            return ask(self.chat.pipeline.engine_worker(model))
        except UserError:
            log.info("the model could not count tokens")
            return None
        finally:
            lock.release()

    def context_use(self, draft: str, model: AnyModel, shown: list[Message] | None = None,
                    busy: bool = False, before: list[Message] | None = None
                    ) -> tuple[list[dict], list[int], bool]:
        """The next prompt's messages, their token sizes (with the turn markers), and
        whether the sizes are estimates. With the model loaded and free the sizes add up to
        the exact prompt (prompt_tokens), what the template adds shared among the messages
        before the last; else the messages before the draft keep the sizes the last exact
        count gave them, or (none since the start) those up to the branch's last answer add
        up to the tokens the model counted for it (see _answered). before: see
        next_messages."""
        shown = self._branch(shown, before)  # read once
        messages = self.next_messages(draft, before=shown)
        per_token = self.bytes_per_token(model, shown)
        exact, sizes = True, []
        many = len(messages) > EXACT_LIMIT
        for message in messages:
            if many and message is not messages[-1]:
                count = int(len(message["content"].encode("utf-8")) / per_token) + 1
                known = False
            else:
                count, known = self.count_tokens(model, message["content"], busy, per_token)
            sizes.append(count + MARKER_TOKENS)
            exact = exact and known
        total = None if many or not exact else self.prompt_tokens(model, messages, busy)
        before = (model.key, repr(messages[:-1]))
        if total is not None and sizes:
            sizes = spread(sizes, total)
            self._counted = (before, sizes[:-1], True)
        elif self._counted is not None and self._counted[0] == before:
            sizes = [*self._counted[1], sizes[-1]]  # only the draft is an estimate
            exact = exact and self._counted[2]
        else:
            # the messages' own counts (even exact ones) leave out what the template adds
            # around them: without the whole prompt counted, the sizes are estimates
            exact = False
            sizes = self._answered(model, shown, messages, sizes)
            # kept as the last count: the meter asks 4 times a second while an answer streams
            self._counted = (before, sizes[:-1], False)
        return messages, sizes, not exact

    def _answered(self, model: AnyModel, branch: Sequence[Message], messages: list[dict],
                  sizes: list[int]) -> list[int]:
        """sizes (estimates of messages, the prompt of branch) with those of the messages up
        to the branch's last answer made to add up to the tokens model counted for it (its
        prompt and its own tokens, kept with the answer: also after a restart, the model not
        loaded), when that answer is model's, left no message out and was made with the
        system prompt of messages; else sizes as they are. The messages after it (the draft)
        stay estimates."""
        upto = next((i for i in range(len(branch) - 1, -1, -1) if branch[i].role == "assistant"
                     and branch[i].finish_reason not in (None, "error")), None)
        last = branch[upto] if upto is not None else None
        if (last is None or last.model_key != model.key or last.prompt_tokens is None
                or last.completion_tokens is None or last.dropped_messages
                or (last.reasoning and last.reasoning_tokens is None)):
            return sizes
        first = 1 if messages and messages[0]["role"] == "system" else 0
        system = messages[0]["content"] if first else ""
        if last.system_prompt is not None and last.system_prompt != system:
            return sizes
        retrieval = Documents(self.store).retrieval_of(last)
        total = (last.prompt_tokens + last.completion_tokens  # reasoning is not sent back
                 - ((last.reasoning_tokens or 0) if last.reasoning else 0)
                 - (retrieval.used_tokens if retrieval is not None else 0))  # nor sources
        count = first + sum(  # messages of the prompt up to the answer
            1 for m in branch[:upto + 1] if m.role != "assistant" or m.finish_reason != "error")
        if total <= 0 or count >= len(sizes):
            return sizes
        return [*spread([*sizes[:count], 0], total)[:-1], *sizes[count:]]

    def answer_room(self, total: int) -> int:
        """Tokens kept free for the answer in a context of total tokens, as the model
        process keeps them: what the conversation's own longest answer (else the app's) may
        use, at most half the context (a longest answer below 0: no limit)."""
        from chatapp.docs.retrieval import answer_room

        return answer_room(total, self.settings_of_conversation()[1],
                           self.settings.sampling.max_tokens or 512)

    def overflow(self, text: str, model: AnyModel, shown: list[Message] | None = None,
                 busy: bool = False, before: list[Message] | None = None) -> Overflow:
        """Whether text fits the context with the conversation (and room for the answer and
        for document sources); before: the messages before text, in place of the current
        branch (a question answered again)."""
        messages, sizes, estimated = self.context_use(text, model, shown, busy, before)
        total = self.context_size(model)
        sources = self.sources_budget(total, messages, sizes)
        room = self.answer_room(total)
        budget = total - room - sources
        if sum(sizes) <= budget:
            return Overflow("fits")
        system = sizes[0] if messages and messages[0].get("role") == "system" else 0
        if system + sizes[-1] > budget:  # answered in what it leaves, 64 tokens at least
            from chatapp.engine.prompt_tokens import least_answer_room

            least_room = least_answer_room(room)
            least = total - least_room - sources
            if system + sizes[-1] > least:
                return Overflow("alone", system + sizes[-1] + sources, total, 0, estimated,
                                room=least_room,
                                system=system if sizes[-1] <= least else 0)
            budget = system + sizes[-1]  # (what comes before it goes)
            if len(sizes) == (2 if system else 1):
                return Overflow("fits")
        drop = turns_to_drop(messages, sizes, budget) or 0
        droppable = len(messages) - len(drop_oldest(messages, drop)) if drop else 0
        earlier = len(messages) - 1 - (1 if messages[0].get("role") == "system" else 0)
        return Overflow("ask", sum(sizes) + sources, total, droppable, estimated, earlier,
                        room)

    def drop_from_now_on(self, conversation_id: int) -> None:
        """Leave out the oldest messages of this conversation whenever it overflows, from now
        on (also after a restart: the settings keep it)."""
        self.always_drop.add(conversation_id)
        self.settings.always_drop = sorted(self.always_drop)

    def left_out(self, messages: list[dict], sizes: list[int], total: int) -> tuple[int, int]:
        """In a conversation whose oldest messages are left out from now on (always_drop):
        how many of messages the next send leaves out to fit a context of total tokens, and
        their tokens (sizes: per message, as context_use gives them); (0, 0) elsewhere."""
        if self.conversation_id not in self.always_drop:
            return 0, 0
        budget = total - self.answer_room(total) - self.sources_budget(total, messages, sizes)
        drop = turns_to_drop(messages, sizes, budget) or 0
        first = 1 if messages and messages[0].get("role") == "system" else 0
        return drop, sum(sizes[first:first + drop])

    def next_prompt(self, draft: str, model: AnyModel,
                    shown: list[Message] | None = None) -> list[dict]:
        """The messages the model would see if draft were sent now as the send leaves them:
        in a conversation whose oldest messages are left out to fit (always_drop), without
        them (see next_messages for shown)."""
        messages, sizes, _ = self.context_use(draft, model, shown)
        dropped, _ = self.left_out(messages, sizes, self.context_size(model))
        return drop_oldest(messages, dropped) if dropped else messages

    def sources_budget(self, total: int, messages: list[dict] | None = None,
                       sizes: list[int] | None = None) -> int:
        """Tokens of a context of total set aside for document sources: a share when the
        conversation (or the new one) searches collections (no more than their passages
        could fill), else 0; with the messages of the next prompt and their sizes (tokens,
        see context_use), no more than the system prompt, the last message and the
        answer's room leave (as the answer pipeline gives them: sources never make a
        message that fits fail)."""
        share = self._sources_share(total)
        if share and messages and sizes:
            system = sizes[0] if messages[0].get("role") == "system" else 0
            share = min(share, max(0, total - self.answer_room(total) - system - sizes[-1]))
        return share

    def _sources_share(self, total: int) -> int:
        documents = Documents(self.store)
        searched = (list(self.collections) if self.conversation_id is None
                    else documents.attached_ids(self.conversation_id))
        if not searched:
            return 0
        from chatapp.docs.retrieval import FILLING_CHUNKS, source_budget

        return source_budget(total, documents.held(searched, most=FILLING_CHUNKS))

    # deleting and undoing

    def delete_conversation(self, conversation_id: int) -> None:
        """Move a conversation to the trash, its draft kept apart (undo() brings both back;
        the shown one's draft is taken by swap_draft first)."""
        title = self.store.conversation(conversation_id).title
        self.store.delete_conversation(conversation_id)
        self.deleted.append(Deletion("conversation", title, conversation_id=conversation_id,
                                     draft=self.drafts.pop(conversation_id, "")))
        if conversation_id == self.conversation_id:
            self.new()

    def delete_all(self) -> int:
        """Move every conversation of the list to the trash, their drafts kept apart (one
        undo() brings them all back); how many went."""
        ids = [c.id for c in self.store.conversations()]
        if not ids:
            return 0
        self.store.delete_conversations(ids)
        self.deleted.append(Deletion("all", "", conversations=tuple(ids), drafts={
            i: self.drafts.pop(i) for i in ids if i in self.drafts}))
        if self.conversation_id in ids:
            self.new()
        return len(ids)

    def delete_branch(self, message_id: int) -> None:
        """Delete a message and its replies (undo() brings them back)."""
        message = self.store.message(message_id)
        kind = "answer" if message.role == "assistant" else "message"
        title = self.store.conversation(message.conversation_id).title
        self.deleted.append(Deletion(kind, title, branch=self.store.delete_branch(message_id)))

    def delete_eval_run(self, run_id: int) -> None:
        """Move an evaluation run and its conversations to the trash (undo() brings them
        back)."""
        if self.conversation_id is not None and self.store.conversation(
                self.conversation_id).eval_run_id == run_id:
            self.new()
        name = self.store.eval_run(run_id).name
        self.deleted.append(Deletion("run", name, run=(run_id, self.store.delete_eval_run(run_id))))

    def next_undo(self) -> Deletion | None:
        """What the next undo() brings back (None: nothing is left to bring back); deleted
        conversations that came back another way (an import of them) are left out."""
        while self.deleted and self.deleted[-1].kind == "conversation" \
                and not self._in_trash(self.deleted[-1].conversation_id):
            self.deleted.pop()
        return self.deleted[-1] if self.deleted else None

    def _in_trash(self, conversation_id: int | None) -> bool:
        try:
            return self.store.conversation(conversation_id).deleted_at is not None
        except KeyError:  # emptied from the trash
            return False

    def undo(self) -> int | None:
        """Bring back the latest deletion not brought back yet (the one before it at the next
        call); the conversation to show (None: stay). A deletion that fails to come back
        stays for the next try."""
        deletion = self.next_undo()
        if deletion is None:
            return None
        show = deletion.conversation_id
        if deletion.run is not None:
            self.store.restore_eval_run(*deletion.run)
        elif deletion.branch is not None:
            self.store.restore_branch(deletion.branch)
            show = deletion.branch.conversation_id
        elif deletion.conversations:
            self.store.restore_conversations(list(deletion.conversations))
            self.drafts.update(deletion.drafts)
        else:
            self.store.restore_conversation(deletion.conversation_id)
            if deletion.draft:
                self.drafts[deletion.conversation_id] = deletion.draft
        self.deleted.pop()
        return show
