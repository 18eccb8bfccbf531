"""The numbers of an answer written in parts (Continue): each part's stats joined into the
whole answer's."""

from __future__ import annotations

from typing import Any

from chatapp.store.records import Message

# counts and times that add up over the parts
SUMMED = ("completion_tokens", "reasoning_tokens", "duration_s", "reasoning_s", "draft_tokens",
          "accepted_tokens")
# how many parts an answer was written in, kept with its sampling parameters
PARTS_KEY = "parts"
# what an answer was made as, kept by its parts whatever the front end that goes on asks:
# the document collections it was answered from, its variant's name, its compare pane
# (compare.side_by_side.PANE_KEY)
ANSWER_OWN = ("docs", "variant", "pane")


CONTINUABLE = ("length", "stopped", "interrupted")


def continuable(message: Message) -> bool:
    """Whether an answer can be continued (its Continue is offered): it ended at its token
    limit, was stopped or interrupted, or its stream broke after some text; not when the
    context is full or it wrote nothing but reasoning cut at its limit."""
    finished = message.finish_reason
    return (message.role == "assistant" and (
        finished in CONTINUABLE or finished == "error" and bool(  # (a broken stream)
            message.content.strip() or message.reasoning))
        and not (finished == "length" and (message.filled_context or message.wrote_no_text)))


def parts(message: Message) -> int:
    """How many parts the stored answer was written in (1: never continued)."""
    count = message.sampling.get(PARTS_KEY)
    return count if isinstance(count, int) and count > 1 else 1


def going_on(message: Message, params: dict[str, Any]
             ) -> tuple[dict[str, Any], dict[str, Any]]:
    """The parameters a stored answer goes on with (params, with what it was made as in
    place of params' own: ANSWER_OWN) and those it is stored with (these and its parts)."""
    own = {k: v for k, v in params.items() if k not in ANSWER_OWN}
    own.update({k: v for k, v in message.sampling.items() if k in ANSWER_OWN})
    return own, {**own, PARTS_KEY: parts(message) + 1}


def stale_while_continued() -> dict[str, None]:
    """The fields a continuation makes stale until it ends (a crash in between leaves the
    text longer than these counts say): all cleared, the whole answer's come at the end."""
    return dict.fromkeys((*SUMMED, "tokens_per_s"))


def joined(before: Message, now: dict[str, Any]) -> dict[str, Any]:
    """The whole answer's stats from the stored answer before it went on and the stats of
    the part just written (the keys of answers.STAT_FIELDS): counts and times summed, the
    prompt and the first token as the first part had them, tokens/s the decode rate over
    every part (each part's first token excluded, as a part's own rate does)."""
    whole = dict(now)
    for key in SUMMED:
        earlier, added = getattr(before, key), now.get(key)
        if earlier is not None or added is not None:
            whole[key] = (earlier or 0) + (added or 0)
    if before.prompt_tokens is not None:
        whole["prompt_tokens"] = before.prompt_tokens
    if before.ttft_s is not None and before.completion_tokens:
        whole["ttft_s"] = before.ttft_s
    if before.speculation and not now.get("speculation"):
        whole["speculation"] = before.speculation
    decoded = seconds = 0.0
    for count, rate in ((before.completion_tokens, before.tokens_per_s),
                        (now.get("completion_tokens"), now.get("tokens_per_s"))):
        if count and count > 1 and rate:
            decoded += count - 1
            seconds += (count - 1) / rate
    rate = decoded / seconds if seconds > 0 else None
    whole["tokens_per_s"] = rate or now.get("tokens_per_s") or before.tokens_per_s
    return whole


def unchanged(before: Message) -> dict[str, Any]:
    """The stored answer's stats and parameters as they were (a continuation that wrote
    nothing is no part of it)."""
    return {key: value for key in (*SUMMED, "prompt_tokens", "ttft_s", "tokens_per_s",
                                   "speculation", "params")
            if (value := getattr(before, key)) is not None}
