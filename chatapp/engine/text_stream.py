"""From token bytes to the text events of an answer."""

from __future__ import annotations

import codecs
import time
from typing import Any

from chatapp.engine.output import Delta, OutputParser
from chatapp.engine.tool_calls import TOOL_MARKERS, ToolCall, ToolCallParser, new_call_id


class TextStream:
    """Turns token bytes into text events: UTF-8 completed across tokens, reasoning kept apart
    from the answer, markers dropped, stop strings cut, pieces batched so that fast models do
    not pay a message per token.

    Attributes:
        parser: the answer and reasoning so far.
        reasoning_tokens: tokens spent inside the reasoning.
        reasoning_end: when the reasoning ended (monotonic seconds), None while it goes on.
    """

    BATCH_S = 0.01  # worker: what sends the events (its send(event))

    def __init__(self, worker: Any, request_id: int, stops: tuple[str, ...],
                 strip_leading: bool, *, markers: frozenset[str] = frozenset(),
                 reasoning_close: str | None = None, tools: frozenset[str] = frozenset(),
                 turn_starts: tuple[str, ...] = (), reasoning_goes_on: bool = False,
                 take_back: bool = True, keep_leading: bool = False) -> None:
        self.worker = worker
        self.request_id = request_id
        # offered tools, the model writes its calls with the template's call markers: they
        # stay in the text for the tool call parser
        self.tools = ToolCallParser(tools) if tools else None
        self.parser = OutputParser(stops, markers - TOOL_MARKERS if tools else markers,
                                   reasoning_close=reasoning_close,
                                   strip_leading=strip_leading, turn_starts=turn_starts,
                                   reasoning_goes_on=reasoning_goes_on, take_back=take_back,
                                   keep_leading=keep_leading)
        self.calls: list[dict[str, str]] = []  # complete tool calls not sent yet
        self.utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.pending = Delta()
        self.last_send = 0.0
        self.reasoning_tokens = 0
        self.reasoning_end: float | None = None
        self.tokens = 0  # generated so far, sent with each piece (live stats)
        self.first_at = 0.0
        self.ttft_s: float | None = None

    def add(self, data: bytes, marker: bool = False) -> bool:
        """Add a token's bytes (marker: a vocabulary marker token); True when the turn ended
        on a stop string or an end marker."""
        parser = self.parser
        thinking = parser.in_reasoning
        if marker and self.tools is not None and data.decode("utf-8", "replace") in TOOL_MARKERS:
            marker = False
        if marker:
            delta = parser.feed(data.decode("utf-8", errors="replace"), marker=True)
        else:
            delta = parser.feed(self.utf8.decode(data))
        self._take_calls(delta)
        if thinking:
            # the reasoning's own tokens: the marker that closes it is none of its text
            self.reasoning_tokens += parser.in_reasoning or bool(delta.reasoning)
            if not parser.in_reasoning and self.reasoning_end is None:
                self.reasoning_end = time.monotonic()
        if delta.taken_back:  # the answer so far was reasoning: its tokens, its time
            self.reasoning_tokens, self.reasoning_end = self.tokens - marker, time.monotonic()
            self.pending.content, self.pending.taken_back = "", True
        if delta or self.calls:
            self.pending.content += delta.content
            self.pending.reasoning += delta.reasoning
            now = time.monotonic()
            if now - self.last_send >= self.BATCH_S or self.calls:
                self._send()
                self.last_send = now
        return parser.stopped

    def _take_calls(self, delta: Delta, final: bool = False) -> None:
        """Move the tool calls out of the answer text (into calls), and harmony's own."""
        if self.tools is None:
            return
        self.calls += [ToolCall(new_call_id(), name, arguments).to_dict()
                       for name, arguments in delta.calls
                       if not self.tools.names or name in self.tools.names]
        text, calls = self.tools.feed(delta.content)
        if final:
            rest, more = self.tools.finish()
            text, calls = text + rest, calls + more
        delta.content = text
        self.calls += [call.to_dict() for call in calls]

    def _send(self) -> None:
        pending = self.pending
        if pending or self.calls:
            event: dict[str, Any] = {"event": "piece", "id": self.request_id,
                                     "tokens": self.tokens, "ttft_s": self.ttft_s,
                                     "decode_s": time.monotonic() - self.first_at}
            if pending.content:
                event["text"] = pending.content
            if pending.reasoning:
                event["reasoning"] = pending.reasoning
            if pending.taken_back:
                event["taken_back"] = True
            if self.calls:
                event["tool_calls"], self.calls = self.calls, []
            self.worker.send(event)
            self.pending = Delta()

    def finish(self, final: bool = False) -> None:
        """Send what is left (the held-back tail too). The bytes of a character the end cut
        in two (a token limit inside an emoji) are left out; final: shown as a replacement
        character instead (output known to be whole, whose last bytes are not text)."""
        parser = self.parser
        if final:
            rest = parser.feed(self.utf8.decode(b"", final=True))
            self._take_calls(rest)
            self.pending.content += rest.content
            self.pending.reasoning += rest.reasoning
        rest = parser.finish()
        self._take_calls(rest, final=True)
        self.pending.content += rest.content
        self.pending.reasoning += rest.reasoning
        self._send()
