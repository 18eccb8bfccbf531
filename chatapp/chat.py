"""Conversations in motion: store the user's turn, stream the answer into the store."""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from typing import Any

from chatapp.answers import Answer, Pipeline
from chatapp.catalogue import AnyModel, Catalogue, is_remote
from chatapp.docs.citations import CITATION
from chatapp.engine import Engine
from chatapp.engine.lora import ADAPTER_LEFT_OUT, adapter_uses, check_adapters
from chatapp.engine.output import REASONING_TAGS, split_reasoning
from chatapp.engine.prompt_tokens import too_long
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.model_defaults import model_sampling
from chatapp.settings import Sampling
from chatapp.store import Conversation, Message, Store

log = logging.getLogger(__name__)

TITLE_CHARS = 60


# Characters that hide or reorder text where a title is shown: bidi embeddings, overrides
# and isolates, zero-width spaces, word joiners, byte order marks (the zero-width joiner and
# non-joiner stay: emoji sequences and some scripts' spelling need them).
_HIDING = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u200e\u200f\u061c]")


def visible_text(text: str) -> str:
    """text without the characters that hide or reorder it (U+202E before "evil" shows
    "live"; see _HIDING)."""
    return _HIDING.sub("", text)


# Markdown a title leaves out: fenced code blocks, and the marks of headings and quotes.
_FENCED = re.compile(r"^ {0,3}(```|~~~).*?(^ {0,3}\1[^\n]*$|\Z)", re.MULTILINE | re.DOTALL)
_LINE_MARKS = re.compile(r"^ {0,3}(#{1,6}\s+|>\s?)+", re.MULTILINE)
_FENCE_LINE = re.compile(r" {0,3}(```|~~~)")


COLLECTION_GONE = QT_TRANSLATE_NOOP(
    "errors", "The document collection {names}, searched for the answer made before, no "
    "longer exists: this one was made without it.")
COLLECTIONS_GONE = QT_TRANSLATE_NOOP(
    "errors", "The document collections {names}, searched for the answer made before, no "
    "longer exist: this one was made without them.")
STILL_WRITING = QT_TRANSLATE_NOOP(
    "errors", "The last answer of this conversation is still being written (in the window or "
    "another program): wait until it ends, or start a new conversation.")


def title_from(text: str) -> str:
    """A conversation title from its first message: one line of its visible text, Markdown
    read as text (no heading or quote marks, emphasis, link targets or images; code blocks
    left out when other text is there)."""
    text = visible_text(text)
    prose = _FENCED.sub(" ", text)
    if not prose.strip():  # code alone: its lines, without the fences
        prose = "\n".join(x for x in text.splitlines() if not _FENCE_LINE.match(x))
    flat = " ".join(_LINE_MARKS.sub("", prose).split())
    line = " ".join(_words(flat).split()) or " ".join(text.split())
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1].rstrip() + "…"


def prompt_messages(store: Store, leaf_id: int, system_prompt: str,
                    model_key: str | None = None) -> list[dict[str, str]]:
    """The messages the model sees for the branch ending at leaf_id (see branch_messages)."""
    return branch_messages(store.branch(leaf_id), system_prompt, model_key)


def branch_messages(branch: list[Message], system_prompt: str,
                    model_key: str | None = None) -> list[dict[str, str]]:
    """The messages the model sees for a branch: the system prompt, then the turns. A failed
    answer is left out; the questions it leaves in a row stay apart, so that the oldest can be
    dropped to fit (the prompt joins them: see engine.prompt_parts.joined_questions).

    An answer's reasoning goes along as ``reasoning_content`` (the name chat templates use)
    only to the model that wrote it (model_key), and the template decides whether to show it
    (most leave out the reasoning of earlier turns).
    """
    messages = [{"role": "system", "content": system_prompt}] if system_prompt.strip() else []
    for message in branch:
        if message.role == "assistant" and message.finish_reason == "error":
            continue
        item = {"role": message.role, "content": message.content}
        if message.reasoning and model_key is not None and message.model_key == model_key:
            item["reasoning_content"] = message.reasoning
        messages.append(item)
    return messages


def drop_oldest(messages: list[dict[str, str]], count: int) -> list[dict[str, str]]:
    """The messages without the oldest count turns (the system prompt and last message stay)."""
    first = 1 if messages and messages[0]["role"] == "system" else 0
    count = max(0, min(count, len(messages) - first - 1))
    kept = messages[:first] + messages[first + count:]
    # a conversation starts with the user: drop an answer left first
    while len(kept) > first + 1 and kept[first]["role"] != "user":
        del kept[first]
    return kept


def turns_to_drop(messages: list[dict[str, str]], sizes: list[int], budget: int) -> int | None:
    """How many of the oldest messages to leave out so that the sizes (tokens per message,
    same order) fit budget; 0 if they fit, None if even the last message alone does not."""
    first = 1 if messages and messages[0]["role"] == "system" else 0
    total = sum(sizes)
    dropped = 0
    while total > budget:
        if first + dropped >= len(messages) - 1:
            return None
        total -= sizes[first + dropped]
        dropped += 1
    while first + dropped < len(messages) - 1 and messages[first + dropped]["role"] != "user":
        dropped += 1
    return dropped


def continue_stored(pipeline: Pipeline, message: Message, model: AnyModel,
                    params: dict[str, Any], system_prompt: str) -> Answer:
    """Go on writing a finished stored answer (message) with model and params, its history
    read with system_prompt; the branch through it becomes its conversation's shown one. One
    cut off inside its reasoning goes on reasoning. (The chat's Continue and a compare
    pane's.)"""
    store = pipeline.store
    messages = prompt_messages(store, message.id, system_prompt, model.key)
    reasoning_only = not message.content.strip() and bool(message.reasoning)
    params = {**params, "continue": "reasoning" if reasoning_only else True}
    store.set_current_leaf(message.conversation_id, store.leaf_below(message.id))
    return pipeline.resume(message, model, messages, params)


def sampling_params(sampling: Sampling | dict[str, Any], overrides: dict[str, Any]) -> dict:
    """The parameters of an answer: the defaults with the conversation's own on top."""
    params = sampling.to_dict() if isinstance(sampling, Sampling) else dict(sampling)
    params.update({k: v for k, v in overrides.items()
                   if k in params or k in ("continue", "adapters")})
    if not params.get("stop"):  # (none: not written into every answer's record)
        params.pop("stop", None)
    return params


_REASONING_OPENINGS = tuple(opening for opening, _closing in REASONING_TAGS)
# Markdown images (left out) and links (their text stays).
_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
# Markdown emphasis, strike-through and code around words: the marks go, the words stay.
_EMPHASIS = re.compile(r"(?<![\w*~`])(\*\*|__|~~|\*|`)(?=\S)(.+?)(?<=\S)\1(?![\w*~`])")
# A label before the title ("Title:", "**Here's a title**:", Indonesian "Judul:", Malay
# "Tajuk:", Filipino "Pamagat:").
_LABEL = re.compile(
    r"^(?:(?:sure|okay|ok)\W*\s*)?(?:here(?:'s|\u2019s|\s+is)\s+)?(?:(?:a|the|my|your)\s+)?"
    r"(?:(?:suggested|short|possible|proposed|conversation|chat)\s+)?"
    r"(?:title|judul|tajuk|pamagat|t[i\u00ed]tulo)\s*(?:[:\uff1a]|\s[-\u2013\u2014]\s)\s*",
    re.IGNORECASE)
# Marks that wrap a whole title: emphasis, code, strike-through.
_WRAPPING_MARKS = "*_~`"
# Opening quote -> its closing quote. The apostrophes (' and \u2019) go only in pairs: alone
# they are part of a word ("Lovers'").
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb",
           "\u300c": "\u300d", "\u300e": "\u300f", "'": "'", "\u2018": "\u2019"}
_APOSTROPHES = "'\u2019"

TITLE_PROMPT = ("Write a title of at most six words for a conversation that starts with "
                "the message below. Reply with the title only.\n\n{text}")


def _after_reasoning(text: str) -> str | None:
    """The answer after every reasoning block it starts with; None when it is cut off inside
    one."""
    while True:
        answer, _reasoning, unfinished = split_reasoning(text)
        if unfinished:
            return None
        if answer == text or not answer.lstrip().startswith(_REASONING_OPENINGS):
            return answer
        text = answer


def _without_quotes(line: str) -> str:
    """line without the quotes around it, or without one quote left open at either end."""
    if len(line) >= 2 and _QUOTES.get(line[0]) == line[-1]:
        inner = line[1:-1]
        if line[0] not in inner and line[-1] not in inner:
            return inner
    if line and line[0] in _QUOTES and line[0] not in _APOSTROPHES and (
            _QUOTES[line[0]] not in line[1:]):
        return line[1:]
    closing = {close: open_ for open_, close in _QUOTES.items()}
    if line and line[-1] in closing and line[-1] not in _APOSTROPHES and (
            closing[line[-1]] not in line[:-1]):
        return line[:-1]
    return line


def _words(line: str) -> str:
    """A line of Markdown as its words: images left out, links' text kept, the marks of
    emphasis, strike-through and code dropped."""
    line = _LINK.sub(r"\1", _IMAGE.sub(" ", line))
    while (plain := _EMPHASIS.sub(r"\2", line)) != line:
        line = plain
    return line


def _unwrapped(line: str) -> str:
    """line without the heading marks, labels, emphasis, quotes and trailing dots around the
    title, however they are combined ("**Title:** \"Cactus Care\"")."""
    while True:
        before = line
        line = line.strip().lstrip("#>").strip().strip(_WRAPPING_MARKS).strip()
        line = _without_quotes(_LABEL.sub("", line, count=1)).rstrip(".")
        if line == before:
            return line


# A run of citations, with the spaces before it, that ends where punctuation or the text does.
_CITATIONS_BEFORE_STOP = re.compile(
    r"\s*(?:" + CITATION.pattern + r"\s*)*" + CITATION.pattern + r"(?=[.,;:!?\u2026)\]]|\s*$)")


def clean_title(text: str) -> str:
    """A model's title answer made tidy: its reasoning, Markdown (emphasis, links,
    images), citations of sources ([1]), labels ("Title:") and quotes left out, one line of
    visible text, no trailing dot; "" when nothing usable is left (cut off inside its
    reasoning, the request itself said back, or words all in lower case where letters have
    a case: a base model behind a server goes on with the text instead of titling it)."""
    answer = _after_reasoning(text)
    if answer is None:
        return ""
    # the text as its bubble shows it: markers that came as tokens were dropped before, and
    # what the model wrote as characters ("<end_of_turn>", "<b>") stays, as it does there
    answer = visible_text(answer)
    lines = [line for line in answer.strip().splitlines() if line.strip()]
    first = " ".join(lines[0].split()) if lines else ""
    # no citation marks ([1], [2, 3]): one before punctuation goes with the space before it
    # ("14 hari [1]." -> "14 hari."), one between words leaves a space
    uncited = CITATION.sub(" ", _CITATIONS_BEFORE_STOP.sub("", first))
    line = _unwrapped(" ".join(_words(uncited).split()))
    echo = line.casefold().split()[:4] == TITLE_PROMPT.casefold().split()[:4]
    if echo or "\ufffd" in line or not any(c.isalpha() for c in line) or any(
            unicodedata.category(c) == "Cc" for c in line) or (
            any(c.islower() for c in line) and not any(c.isupper() for c in line)):
        return ""  # not a usable title (the request said back, say): the rule's title stays
    return title_from(line)


class Chat:
    """What the window and the CLI talk to: conversations, sending, answering (through the
    one answer pipeline, chatapp.answers).

    Attributes:
        pipeline: makes the answers; its lock_for(model) is held while a local model's worker
            serves a request, so answers of different models run at the same time.
    """

    def __init__(self, store: Store, engine: Engine, catalogue: Catalogue | None = None) -> None:
        self.store = store
        self.engine = engine
        self.pipeline = Pipeline(store, engine, catalogue)

    def send(self, conversation_id: int, text: str, model: AnyModel,
             sampling: Sampling | dict[str, Any], system_prompt: str = "",
             dropped: int = 0, docs: list[str] | None = None) -> tuple[Message, Answer]:
        """Add the user's message under the current leaf and start the answer to it.
        docs: search these document collections (and attach them to the conversation).
        UserError (STILL_WRITING) while the leaf is an answer another window or program is
        still writing: nothing is stored."""
        conversation = self.store.conversation(conversation_id)
        leaf = conversation.current_leaf_id
        if leaf is not None and (last := self.store.message(leaf)).role == "assistant" \
                and last.finish_reason is None:
            raise UserError(STILL_WRITING)
        if docs is not None:  # (searched by its answers from now on)
            self.pipeline.retriever.documents.attach(
                conversation_id, [c.id for c in self.check_docs(docs)])
        if not conversation.title:
            self.store.rename_conversation(conversation_id, title_from(text))
        user = self.store.add_message(conversation_id, conversation.current_leaf_id, "user", text)
        return user, self.answer(conversation_id, user.id, model, sampling, system_prompt,
                                 dropped=dropped)

    def check_docs(self, names: list[str]) -> list:
        """The document collections named (UserError for a name that is none): asked
        before anything is stored, so that a wrong name changes nothing."""
        documents = self.pipeline.retriever.documents
        return [documents.collection(name) for name in names]

    def check_length(self, model: AnyModel, text: str) -> None:
        """PromptTooLong when text cannot fit a local model's context even at 8 bytes a
        token (more than any tokenizer makes of it): asked before anything is stored, so
        that a message that cannot be asked is not written (the model's own count decides
        the rest once it is loaded)."""
        size = len(text.encode("utf-8"))
        n_ctx = 0 if is_remote(model) else self.pipeline.context_size(model)
        if n_ctx and size // 8 > n_ctx:
            raise too_long(size // 4, n_ctx, 0, False, about=True)

    def attached_docs(self, conversation_id: int) -> list[str]:
        """The names of the collections the conversation's answers search."""
        return [c.name for c in self.pipeline.retriever.documents.attached(conversation_id)]

    def answer(self, conversation_id: int, parent_id: int, model: AnyModel,
               sampling: Sampling | dict[str, Any], system_prompt: str = "",
               dropped: int = 0, remember: bool = True) -> Answer:
        """Start an assistant answer to the branch ending at parent_id (regenerating adds a
        sibling of the answers already there). dropped: leave out that many oldest turns;
        remember: model becomes the conversation's model (the one its next answers use)."""
        conversation = self.store.conversation(conversation_id)
        system = system_prompt or conversation.system_prompt
        messages = prompt_messages(self.store, parent_id, system, model.key)
        if dropped:
            before = len(messages)
            messages = drop_oldest(messages, dropped)
            dropped = before - len(messages)
        params, notice = self._params(conversation, model, sampling)
        if remember:
            self.store.set_conversation_model(conversation_id, model.key)
        answer = self.pipeline.start(conversation_id, parent_id, model, messages, params,
                                     dropped=dropped)
        answer.notice = notice
        return answer

    def _params(self, conversation: Conversation, model: AnyModel,
                sampling: Sampling | dict[str, Any]) -> tuple[dict[str, Any], UserError | None]:
        """A chat answer's parameters: the model's sampling with the conversation's on top
        and its documents, without the conversation's LoRA adapters that do not fit model
        (a chat goes on with another model), and a notice of the first adapter left out for
        this model."""
        params = sampling_params(model_sampling(sampling, model.path), conversation.sampling)
        own = conversation.sampling  # the variant an answer taken from a pane was made as
        if isinstance(own.get("variant"), str) and own.get("variant_model") == model.key:
            params["variant"] = own["variant"]
        docs = self.attached_docs(conversation.id)
        if docs:
            params["docs"] = docs
        notice = None
        kept = []
        for use in adapter_uses(params.get("adapters")):
            try:
                check_adapters(model, {"adapters": [use]})
            except UserError as exc:
                told = f"{use.path}\0{model.key}"
                if notice is None and told not in self.pipeline.told:
                    self.pipeline.told.add(told)
                    notice = UserError(ADAPTER_LEFT_OUT, model=model.list_name,
                                       adapter=os.path.basename(use.path), reason=exc)
            else:
                kept.append(use.to_dict())
        if kept:
            params["adapters"] = kept
        else:
            params.pop("adapters", None)
        return params, notice

    def regenerate(self, message_id: int, model: AnyModel,
                   sampling: Sampling | dict[str, Any], dropped: int = 0) -> Answer:
        """A new answer (a sibling) to the same question, with model; for a question of the
        user's, an answer to it (one that never got its answer: the app ended first). The
        conversation's own model stays what it was. dropped: as in answer."""
        message = self.store.message(message_id)
        if message.role == "user":
            return self.answer(message.conversation_id, message.id, model, sampling,
                               dropped=dropped, remember=False)
        if message.role != "assistant" or message.parent_id is None:
            raise ValueError("only answers can be regenerated")
        answer = self.answer(message.conversation_id, message.parent_id, model, sampling,
                             dropped=dropped, remember=False)
        gone = self.collections_gone(message)
        if gone and answer.notice is None:  # (the answer says so, as it does for a file)
            answer.notice = UserError(COLLECTION_GONE if len(gone) == 1 else COLLECTIONS_GONE,
                                      names=", ".join(gone))
        return answer

    def collections_gone(self, message: Message) -> list[str]:
        """The names of the document collections an answer searched that no longer exist
        (removed since): an answer made again cannot search them."""
        documents = self.pipeline.retriever.documents
        retrieval = documents.retrieval_of(message)
        if retrieval is None:
            return []
        there = {c.id for c in documents.collections()}
        return [c.get("name", "") for c in retrieval.collections if c.get("id") not in there]

    def edit(self, message_id: int, text: str, model: AnyModel,
             sampling: Sampling | dict[str, Any]) -> tuple[Message, Answer]:
        """Add an edited copy of a user message as its sibling (a new branch) and answer it."""
        original = self.store.message(message_id)
        if original.role != "user":
            raise ValueError("only the user's messages can be edited")
        user = self.store.add_message(original.conversation_id, original.parent_id, "user", text)
        return user, self.answer(original.conversation_id, user.id, model, sampling)

    def continue_answer(self, message_id: int, model: AnyModel,
                        sampling: Sampling | dict[str, Any]) -> Answer:
        """Go on writing an answer that stopped (at the length limit, or by the user), with
        the model that wrote it (ValueError for another: an answer is one model's); one cut
        off inside its reasoning goes on reasoning."""
        message = self.store.message(message_id)
        if message.role != "assistant" or message.finish_reason is None:
            raise ValueError("only a finished answer can be continued")
        if message.model_key and message.model_key != model.key:
            raise ValueError("an answer goes on with the model that wrote it")
        conversation = self.store.conversation(message.conversation_id)
        params, notice = self._params(conversation, model, sampling)
        answer = continue_stored(self.pipeline, message, model, params,
                                 conversation.system_prompt)
        answer.notice = notice
        return answer

    def make_title(self, conversation_id: int, model: AnyModel | None) -> str:
        """Title a conversation from its first exchange: by the model when it is loaded
        (and free) and follows instructions, else by a simple rule (a base model only
        continues text: asked for a title it writes more of it). Returns the title (also
        stored)."""
        branch = self.store.current_branch(conversation_id)
        first = next((m for m in branch if m.role == "user"), None)
        if first is None:
            return self.store.conversation(conversation_id).title
        title = title_from(first.content)
        if model is not None and not getattr(model, "base_model", False):
            prompt = TITLE_PROMPT.format(text=first.content[:2000])
            made = self.pipeline.quick(model, [{"role": "user", "content": prompt}],
                                       {"max_tokens": 24, "temperature": 0.2, "seed": 1})
            title = clean_title(made or "") or title
        current = self.store.conversation(conversation_id).title
        if current and current != title_from(first.content):
            return current  # renamed meanwhile: the user's title stays
        self.store.rename_conversation(conversation_id, title)
        return title
