"""An answer's prompt: the conversation rendered in the model's chat template and tokenized.

Template markers become special tokens; message text (reasoning included) stays text, so a
user cannot type a control token. The oldest turns are dropped to fit a token budget.
"""

from __future__ import annotations

import json
from typing import Any

from chatapp.engine.llama_model import adds_bos, has_special, piece
from chatapp.engine.long_text import surely_over
from chatapp.engine.output import REASONING_TAGS, reasoning_close_for
from chatapp.engine.prompt_parts import (
    cut_after_last,
    joined_questions,
    split_spans,
    with_argument_objects,
)
from chatapp.engine.templates import ChatTemplate, render
from chatapp.errors import QT_TRANSLATE_NOOP, UserError

# the least of the context an answer is given: a message (or an answer gone on with) that
# leaves the room kept for the answer but this much is answered in what is left
MIN_ANSWER_ROOM = 64


def answer_room(n_ctx: int, max_tokens: int) -> int:
    """The tokens of a context of n_ctx kept free for an answer of at most max_tokens
    tokens (below 0: no limit): what the answer may use, at most half the context, 1 at
    least. The window's meter, its overflow question and the model process all keep this."""
    return max(1, min(n_ctx if max_tokens < 0 else max_tokens, n_ctx // 2))


def least_answer_room(room: int) -> int:
    """The least of the context a last message too long for room leaves its answer (it is
    answered in what is left): MIN_ANSWER_ROOM tokens, or room when the answer may use
    fewer."""
    return min(MIN_ANSWER_ROOM, room)


class PromptTooLong(UserError):
    """Even the last message alone does not fit the context."""


NO_TOOLS = QT_TRANSLATE_NOOP(
    "errors", "This model's chat template does not take tools. Use a model made for tool "
    "calls, one whose chat template handles them (such as Qwen 2.5 or Llama 3.1 Instruct).")


class NoTools(UserError):
    """Tools were offered to a model whose chat template cannot show them."""

    def __init__(self) -> None:
        super().__init__(NO_TOOLS)


def prompt_tokens(llm: Any, template: ChatTemplate, messages: list[dict[str, str]],
                  budget: int, n_ctx: int, continuing: bool = False,
                  tools: list | None = None, drop: bool = True
                  ) -> tuple[str, list[int], int]:
    """Render and tokenize the conversation, dropping the oldest turns to fit budget
    (with drop False, the whole conversation fits or PromptTooLong; n_ctx: the
    context, for the message; an answer gone on with, continuing, keeps the message before
    it): the prompt, its tokens and how many messages were dropped. A last message that
    leaves less than budget's room but least_answer_room tokens is answered in
    those (as LM Studio or Ollama answer until the context is full)."""
    kept = list(messages)
    least = 2 if continuing else 1  # the answer gone on with keeps its question
    while True:
        prompt = render_prompt(llm, template, kept, continuing, tools)
        about = surely_over(llm, prompt, n_ctx)  # (far too long: not tokenized whole)
        if about is None:
            tokens = tokens_of(llm, prompt, kept)
            if len(tokens) <= budget:
                return prompt, tokens, len(messages) - len(kept)
        first = 1 if kept and kept[0].get("role") == "system" else 0
        if len(kept) - first <= least or not drop:
            least_room = least_answer_room(n_ctx - budget)
            if drop and about is None and len(tokens) <= n_ctx - least_room:
                return prompt, tokens, len(messages) - len(kept)  # (its answer: the rest)
            room = least_room if drop else n_ctx - budget
            if first and not continuing and _fits(llm, template, kept[first:], n_ctx - room,
                                                  tools):
                raise PromptTooLong(SYSTEM_TOO_LONG, n_ctx=n_ctx, count=about or len(tokens),
                                    room=room)
            raise too_long(about or len(tokens), n_ctx, room, continuing,
                           about is not None)
        del kept[first]
        while len(kept) > first + 1 and kept[first].get("role") != "user":
            del kept[first]


SYSTEM_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "The system prompt is too long for this model's context of {n_ctx} tokens: with "
    "the message it takes {count} tokens, and {room} are kept for the answer (the message "
    "alone would fit). Shorten the system prompt or raise the context length.")


#: a prompt of exactly the context's size (count == n_ctx)
FILLS_MESSAGE = QT_TRANSLATE_NOOP(
    "errors", "The message takes {count} of the {n_ctx} tokens of this model's context: no "
    "room is left for the answer. Shorten it or raise the context length.")
FILLS_CONVERSATION = QT_TRANSLATE_NOOP(
    "errors", "The conversation takes {count} of the {n_ctx} tokens of this model's context: "
    "no room is left to go on with the answer. Raise the context length, or go on in a new "
    "conversation.")
FILLS_PROMPT = QT_TRANSLATE_NOOP(
    "errors", "The prompt takes {count} of the {n_ctx} tokens of this model's context: no "
    "room is left for the answer. Shorten it or raise the context length.")


def _fits(llm: Any, template: ChatTemplate, messages: list[dict[str, str]], budget: int,
          tools: list | None) -> bool:
    """Whether messages (the conversation without its system prompt) fit budget tokens."""
    prompt = render_prompt(llm, template, messages, False, tools)
    return surely_over(llm, prompt, budget) is None \
        and len(tokens_of(llm, prompt, messages)) <= budget


def too_long(count: int, n_ctx: int, room: int, continuing: bool,
             about: bool = False) -> PromptTooLong:
    """Why a prompt of count tokens (about: counted in part, over n_ctx) cannot be answered
    in n_ctx with room kept for the answer: an answer to go on with (continuing), a message
    longer than the context, or one that leaves the answer too little of it."""
    if about:
        return PromptTooLong(QT_TRANSLATE_NOOP(
            "errors", "The conversation is too long for this model's context of {n_ctx} "
            "tokens (about {count} tokens) to go on with the answer. Raise the context "
            "length, or go on in a new conversation.") if continuing else QT_TRANSLATE_NOOP(
            "errors", "The message is too long for this model's context of {n_ctx} tokens "
            "(about {count} tokens). Shorten it or raise the context length."),
            n_ctx=n_ctx, count=count)
    if count == n_ctx:  # (it fits, only just: "too long" would say otherwise)
        return PromptTooLong(FILLS_CONVERSATION if continuing else FILLS_MESSAGE,
                             n_ctx=n_ctx, count=count)
    if continuing and count < n_ctx:
        return PromptTooLong(QT_TRANSLATE_NOOP(
            "errors", "The conversation ({count} tokens) leaves too little of this model's "
            "context of {n_ctx} tokens to go on with the answer ({room} tokens are kept for "
            "it). Ask for a shorter answer, raise the context length, or go on in a new "
            "conversation."), n_ctx=n_ctx, count=count, room=room)
    if continuing:
        return PromptTooLong(QT_TRANSLATE_NOOP(
            "errors", "The conversation is too long for this model's context of {n_ctx} "
            "tokens ({count} tokens) to go on with the answer. Raise the context length, or "
            "go on in a new conversation."), n_ctx=n_ctx, count=count)
    if count < n_ctx:
        return PromptTooLong(QT_TRANSLATE_NOOP(
            "errors", "The message ({count} tokens) leaves too little of this model's context "
            "of {n_ctx} tokens for the answer ({room} tokens are kept for it). Shorten the "
            "message, ask for a shorter answer or raise the context length."),
            n_ctx=n_ctx, count=count, room=room)
    return PromptTooLong(QT_TRANSLATE_NOOP(
        "errors", "The message is too long for this model's context of {n_ctx} tokens "
        "({count} tokens). Shorten it or raise the context length."), n_ctx=n_ctx, count=count)


def reopened_reasoning(llm: Any, template: ChatTemplate, messages: list[dict[str, str]],
                       budget: int, n_ctx: int, tools: list | None = None,
                       drop: bool = True) -> tuple[str, list[int], str, int]:
    """The prompt that goes on with an answer cut off inside its reasoning (messages[-1],
    its reasoning so far in ``reasoning_content``): the conversation before it with the
    generation prompt, the reasoning block opened (unless the template opens it itself) and
    the reasoning after it, as text. Returns the prompt, its tokens, the tag that closes
    the reasoning (the output is reasoning until it) and how many messages were dropped.
    PromptTooLong as prompt_tokens."""
    reasoning = str(messages[-1].get("reasoning_content") or "")
    after = llm.tokenize(reasoning.encode("utf-8"), add_bos=False, special=False)
    opening, closing = next(((o, c) for o, c in REASONING_TAGS if o in template.text),
                            REASONING_TAGS[0])
    prompt, tokens, dropped = prompt_tokens(llm, template, messages[:-1],
                                            budget - len(after) - 4, n_ctx, False, tools, drop)
    opened = reasoning_close_for(prompt)
    if opened is not None:
        closing = opened
    else:
        prompt += opening + "\n"
        tokens = tokens + llm.tokenize(f"{opening}\n".encode(), add_bos=False, special=True)
    return prompt + reasoning, tokens + after, closing, dropped


def raw_tokens(llm: Any, text: str, n_ctx: int) -> tuple[str, list[int]]:
    """A text completion's prompt: the text itself (the template's markers in it are
    special tokens), after BOS where the model wants one; PromptTooLong past the context."""
    about = surely_over(llm, text, n_ctx)
    if about is not None:
        raise PromptTooLong(QT_TRANSLATE_NOOP(
            "errors", "The prompt is too long for this model's context of {n_ctx} tokens "
            "(about {count} tokens). Shorten it or raise the context length."),
            n_ctx=n_ctx, count=about)
    tokens = llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)
    _with_bos(llm, tokens)
    if len(tokens) == n_ctx:
        raise PromptTooLong(FILLS_PROMPT, n_ctx=n_ctx, count=n_ctx)
    if len(tokens) > n_ctx:
        raise PromptTooLong(QT_TRANSLATE_NOOP(
            "errors", "The prompt is too long for this model's context of {n_ctx} tokens "
            "({count} tokens). Shorten it or raise the context length."),
            n_ctx=n_ctx, count=len(tokens))
    return text, tokens


def render_prompt(llm: Any, template: ChatTemplate, messages: list[dict[str, str]],
                  continuing: bool, tools: list | None = None) -> str:
    """The prompt text for messages in the model's template (with tools, for a model
    that may call them; questions in a row go as one)."""
    messages = joined_questions(messages)
    bos = piece(llm, llm.token_bos())
    eos = piece(llm, llm.token_eos())
    size = sum(len(m.get("content") or "") for m in messages)
    if tools:
        messages = [with_argument_objects(m) for m in messages]
        size += len(json.dumps(tools))
    prompt = render(template, messages, bos_token=bos, eos_token=eos,
                    add_generation_prompt=not continuing, max_chars=2_000_000 + 2 * size,
                    tools=tools)
    if continuing:
        prompt = cut_after_last(prompt, messages[-1].get("content", ""))
    return prompt


def prompt_and_tokens(llm: Any, template: ChatTemplate, messages: list[dict[str, str]],
                      continuing: bool = False, tools: list | None = None
                      ) -> tuple[str, list[int]]:
    """The prompt text and its tokens: template markers become special tokens, message
    text (answers' reasoning included) stays text."""
    prompt = render_prompt(llm, template, messages, continuing, tools)
    return prompt, tokens_of(llm, prompt, messages)


def tokens_of(llm: Any, prompt: str, messages: list[dict[str, str]]) -> list[int]:
    """The tokens of a prompt rendered from messages: template markers become special
    tokens, message text (answers' reasoning included) stays text."""
    contents = [text for m in messages
                for text in (m.get("reasoning_content"), m.get("content"))
                if text and isinstance(text, str)]
    if not any(has_special(llm, c) for c in contents):
        tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)
    else:
        tokens = []
        for part, is_text in split_spans(prompt, contents):
            tokens += llm.tokenize(part.encode("utf-8"), add_bos=False, special=not is_text)
    _with_bos(llm, tokens)
    return tokens


def _with_bos(llm: Any, tokens: list[int]) -> None:
    """Put BOS first where the model wants one and the tokens lack it."""
    bos_id = llm.token_bos()
    if adds_bos(llm) and bos_id >= 0 and (not tokens or tokens[0] != bos_id):
        tokens.insert(0, bos_id)
