"""The store's records: conversations, messages with their provenance, search hits, presets,
evaluation runs, and the SQL conditions that say which conversations are listed."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from typing import Any

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.settings import checked_sampling

FINISH_REASONS = ("stop", "length", "stopped", "error", "interrupted")
# how an answer ended, in words (translation context "finish"; None: still being written)
FINISH_WORDS: dict[str | None, str] = {
    None: QT_TRANSLATE_NOOP("finish", "still writing"),
    "stop": QT_TRANSLATE_NOOP("finish", "finished (end of turn)"),
    "length": QT_TRANSLATE_NOOP("finish", "cut off at the token limit"),
    # by the user, or by the program that asked through the local API (it went away)
    "stopped": QT_TRANSLATE_NOOP("finish", "stopped before the end"),
    "error": QT_TRANSLATE_NOOP("finish", "failed"),
    "interrupted": QT_TRANSLATE_NOOP("finish", "interrupted: the app closed first"),
}


#: an answer cut off at the token limit where the prompt and it filled the context
FILLED_CONTEXT = QT_TRANSLATE_NOOP("finish", "cut off where the context was full")


def as_is(_context: str, text: str) -> str:
    """A translate(context, text) that keeps the English text."""
    return text


def finish_words(reason: str | None, translate: Callable[[str, str], str] = as_is) -> str:
    """How an answer with this finish reason (FINISH_REASONS, None while written) ended, in
    words given by translate(context, text); an unknown reason as it is."""
    words = FINISH_WORDS.get(reason)
    return translate("finish", words) if words else reason or ""
KINDS = ("chat", "compare", "arena", "api")
"""What a conversation is: a chat, a side-by-side comparison (branches answering the same
prompts), a blind arena round (kept out of sight until it is voted on), or one that another
program had through the local API (kept only when the user asks for it)."""

# the conversations of the chat list: not trashed, not an evaluation run's, not a blind
# arena round still waiting for its vote
BLIND = ("conversations.kind = 'arena' AND NOT EXISTS"
          " (SELECT 1 FROM votes WHERE votes.conversation_id = conversations.id)")
LISTED = ("conversations.deleted_at IS NULL AND conversations.eval_run_id IS NULL"
           f" AND NOT ({BLIND})")
FINDABLE = f"conversations.deleted_at IS NULL AND NOT ({BLIND})"
# "id IN {IN_IDS}" with the ids as one parameter, json_ids(ids): any number of them in one
# statement (a "?" for each stops at SQLite's limit on variables)
IN_IDS = "(SELECT value FROM json_each(?))"


def json_ids(ids: Iterable[int]) -> str:
    """ids as the JSON list IN_IDS reads ("[3, 5]")."""
    return json.dumps(list(ids))


@dataclass
class Conversation:
    """One conversation: a tree of messages and the leaf being shown."""

    id: int
    title: str
    system_prompt: str
    current_leaf_id: int | None
    created_at: float
    updated_at: float
    deleted_at: float | None = None
    pinned: int = 0
    params: str | None = None
    model_key: str | None = None
    kind: str = "chat"
    eval_run_id: int | None = None

    @property
    def sampling(self) -> dict[str, Any]:
        """The conversation's own sampling parameters (empty: the app's defaults), each
        within its range (settings.checked_sampling)."""
        return _checked_params(self.params)

    @property
    def mark(self) -> str:
        """What its title is marked with in lists: "⇆" for a side-by-side comparison or an
        arena round, "API ·" for another program's through the local API, else ""."""
        return {"compare": "⇆", "arena": "⇆", "api": "API ·"}.get(self.kind, "")


# the tokens an answer may spend before its first text (markers, spaces) before it counts as
# one that writes no text at all
NO_TEXT_TOKENS = 16


@dataclass
class Message:
    """One message; assistant messages carry provenance and stats."""

    id: int
    conversation_id: int
    parent_id: int | None
    role: str
    content: str
    created_at: float
    finish_reason: str | None = None
    error: str | None = None
    model_name: str | None = None
    model_key: str | None = None
    model_quant: str | None = None
    model_arch: str | None = None
    template_source: str | None = None
    template_name: str | None = None
    template_sha256: str | None = None
    params: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    ttft_s: float | None = None
    tokens_per_s: float | None = None
    duration_s: float | None = None
    deleted_at: float | None = None
    model_path: str | None = None
    n_ctx: int | None = None
    n_gpu_layers: int | None = None
    dropped_messages: int | None = None
    reasoning: str | None = None
    reasoning_tokens: int | None = None
    reasoning_s: float | None = None
    endpoint: str | None = None
    endpoint_host: str | None = None
    served_model: str | None = None
    system_fingerprint: str | None = None
    kv_type: str | None = None
    flash_attn: bool | None = None
    speculation: str | None = None
    draft_tokens: int | None = None
    accepted_tokens: int | None = None
    error_data: str | None = None  # the error as UserError.to_dict() JSON, for its translation
    system_prompt: str | None = None  # the one the answer was made with ("": none)
    picked_child_id: int | None = None  # the reply shown last (None: the newest is shown)

    @property
    def streaming(self) -> bool:
        """True while an assistant answer is still being written."""
        return self.role == "assistant" and self.finish_reason is None

    @property
    def sampling(self) -> dict[str, Any]:
        """The sampling parameters the answer was made with."""
        return json.loads(self.params) if self.params else {}

    @property
    def wrote_no_text(self) -> bool:
        """Whether the answer spent its token limit (NO_TEXT_TOKENS at least) without one
        visible character, answer or reasoning: the model writes tokens that are not text (a
        damaged file, or a template it does not suit), which more tokens would not change."""
        return (self.role == "assistant" and self.finish_reason == "length"
                and not self.content.strip() and not (self.reasoning or "").strip()
                and (self.completion_tokens or 0) >= NO_TEXT_TOKENS)

    @property
    def first_token_s(self) -> float | None:
        """Seconds to the first token; None when no token came (an answer that failed before
        one, or that the model ended empty: earlier versions stored the whole wait then)."""
        return self.ttft_s if self.completion_tokens != 0 else None

    @property
    def from_base_model(self) -> bool:
        """Whether the answer was asked of a base model, as a question/answer transcript."""
        return self.template_source == "fallback" and self.template_name == "plain"

    @property
    def filled_context(self) -> bool:
        """Whether the prompt and the answer filled the model's context (an answer cut off
        there gets no more from a higher token limit)."""
        return bool(self.n_ctx and self.prompt_tokens is not None and self.completion_tokens
                    and self.prompt_tokens + self.completion_tokens >= self.n_ctx)


MESSAGE_FIELDS = {f.name for f in fields(Message)}
PROVENANCE = MESSAGE_FIELDS - {"id", "conversation_id", "parent_id", "role", "content",
                                 "created_at", "finish_reason", "error", "deleted_at",
                                 "error_data", "picked_child_id"}
CONVERSATION_FIELDS = {f.name for f in fields(Conversation)}
MESSAGE_ORDER = [f.name for f in fields(Message)]


@dataclass
class SearchHit:
    """A message matching a search, with the matching words marked.

    Attributes:
        snippet: a short excerpt; matches are between HIT_START and HIT_END.
    """

    message_id: int
    conversation_id: int
    conversation_title: str
    role: str
    snippet: str

    @property
    def plain(self) -> str:
        """The excerpt without the marks around the matching words."""
        return self.snippet.replace(HIT_START, "").replace(HIT_END, "")


HIT_START = "\x02"
HIT_END = "\x03"


@dataclass
class Preset:
    """A saved start for new chats: a system prompt, sampling parameters and a model."""

    id: int
    name: str
    system_prompt: str
    params: str | None
    model_key: str | None
    created_at: float
    updated_at: float

    @property
    def sampling(self) -> dict[str, Any]:
        """The preset's sampling parameters, each within its range."""
        return _checked_params(self.params)


@dataclass
class EvalRunRecord:
    """An evaluation run as stored: its name (the prompt file's), its output folder, the
    model file names (JSON list), how many prompts, how many conversations it holds and how
    many answers they hold that ended well (not failed, stopped or interrupted), and which
    of its conversations hold such answers (answered: a conversation's id once for each of
    them, comma-joined; answers_in)."""

    id: int
    name: str
    folder: str
    models: str | None
    prompts: int
    created_at: float
    updated_at: float
    deleted_at: float | None = None
    conversations: int = 0
    answers: int = 0
    answered: str | None = None

    @property
    def answers_in(self) -> dict[int, int]:
        """Conversation id -> how many answers that ended well it holds (those with none
        left out)."""
        counts: dict[int, int] = {}
        for i in (self.answered or "").split(","):
            if i.strip().isdigit():
                counts[int(i)] = counts.get(int(i), 0) + 1
        return counts

    @property
    def model_names(self) -> list[str]:
        """The models the run answers with."""
        return json.loads(self.models) if self.models else []


@dataclass
class DeletedBranch:
    """What delete_branch removed, for undo (count: the messages hidden, replies included;
    previous_updated_at: the conversation's updated time before, in seconds since the epoch,
    which undo puts back so that the list order comes back too)."""

    conversation_id: int
    message_id: int
    previous_leaf_id: int | None
    deleted_at: float
    count: int = 1
    previous_updated_at: float | None = None


def conversation_from(row: dict[str, Any]) -> Conversation:
    return Conversation(**{k: v for k, v in row.items() if k in CONVERSATION_FIELDS})


def message_from(row: dict[str, Any]) -> Message:
    return Message(**{k: v for k, v in row.items() if k in MESSAGE_FIELDS})


def _checked_params(text: str | None) -> dict[str, Any]:
    """Stored parameters (JSON) as checked_sampling makes them; {} when unreadable."""
    try:
        return checked_sampling(json.loads(text)) if text else {}
    except ValueError:
        return {}
