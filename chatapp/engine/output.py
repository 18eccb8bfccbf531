"""Reading a model's output: the answer apart from its reasoning, markup hidden, the end found.

A model writes more than its answer. Reasoning models open with ``<think>…</think>`` (DeepSeek-R1,
Qwen3, SmolLM3, Phi-4-reasoning), ``[THINK]…[/THINK]`` (Magistral), ``<|START_THINKING|>…``
(Command A) or use gpt-oss's harmony channels (``<|channel|>analysis<|message|>…<|end|>`` and
then ``<|start|>assistant<|channel|>final<|message|>…<|return|>``); chat formats frame answers
with markers (``<|START_RESPONSE|>``…). :class:`OutputParser` takes the text of each token — a
vocabulary's control and user-defined tokens included, flagged as markers — and splits it into
answer text and reasoning text, drops markers that are not text, and says when the turn ended
on a stop string (the worker ends it on stop token ids before the text is even read).

Everything here works on text and imports neither llama.cpp nor Qt, so the same rules apply to
local models and to text that comes back from a server.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

# Pairs that open and close reasoning at the start of an answer.
REASONING_TAGS: tuple[tuple[str, str], ...] = (
    ("<think>", "</think>"),
    ("<thinking>", "</thinking>"),
    ("<reasoning>", "</reasoning>"),
    ("<seed:think>", "</seed:think>"),
    ("[THINK]", "[/THINK]"),
    ("<|START_THINKING|>", "<|END_THINKING|>"),
    ("<|begin_of_thought|>", "<|end_of_thought|>"),
    ("\u25c1think\u25b7", "\u25c1/think\u25b7"),
)
# Each closing tag's opening one.
_CLOSINGS = {closing: opening for opening, closing in REASONING_TAGS}

# harmony (gpt-oss): a message is <|start|>ROLE<|channel|>NAME<|message|>TEXT<|end|>
H_START, H_CHANNEL, H_MESSAGE = "<|start|>", "<|channel|>", "<|message|>"
H_END, H_RETURN, H_CALL = "<|end|>", "<|return|>", "<|call|>"
HARMONY_MARKERS = (H_START, H_CHANNEL, H_MESSAGE, H_END, H_RETURN, H_CALL)
# harmony: the function a message is addressed to, in its header ("to=functions.get_weather")
_RECIPIENT = re.compile(r"\bto=functions\.([A-Za-z0-9_.-]{1,64})")
# harmony channels whose text is the answer (the rest is reasoning or tool traffic)
ANSWER_CHANNELS = frozenset({"final", ""})

_MARKER_TEXT = re.compile(
    r"^(?:<[^<>\s]{1,64}>|\[/?[A-Z_][A-Z0-9_]{0,40}\]|<\uff5c[^<>]{1,64}\uff5c>|"
    r"\u25c1/?[a-z_]{1,20}\u25b7)$"
)
# An HTML element's opening or closing tag (the elements of the HTML standard).
_HTML_TAG = re.compile(
    r"^</?(?:"
    r"a|abbr|address|area|article|aside|audio|b|base|bdi|bdo|blockquote|body|br|button|"
    r"canvas|caption|center|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|"
    r"dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|h1|h2|h3|h4|"
    r"h5|h6|head|header|hgroup|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|"
    r"main|map|mark|menu|meta|meter|nav|noscript|object|ol|optgroup|option|output|p|param|"
    r"picture|pre|progress|q|rp|rt|ruby|s|samp|script|section|select|slot|small|source|"
    r"span|strike|strong|style|sub|summary|sup|table|tbody|td|template|textarea|tfoot|th|"
    r"thead|time|title|tr|track|tt|u|ul|var|video|wbr"
    r")\s*/?>$", re.IGNORECASE)
# Marker-like literals a chat template writes: ``<|x|>``, ``<x_y>``, ``[INST]``, ``<｜x｜>``.
_TEMPLATE_MARKER = re.compile(
    r"<\|[^|<>\s'\"{}]{1,64}\|>|<\uff5c[^<>'\"{}]{1,64}\uff5c>|"
    r"<(?:start|end)_of_[a-z_]{1,32}>|\[/?[A-Z][A-Z_]{1,31}\]"
)


def names_other_role(marker: str) -> bool:
    """Whether a turn-start marker names a role an answer never writes (``<|user|>``,
    ``<｜User｜>``)."""
    return any(word in OTHER_ROLES for word in re.findall(r"[a-z]+", marker.lower()))


def looks_like_marker(text: str) -> bool:
    """Whether a special token's text is markup (``<|im_end|>``, ``<think>``, ``[INST]``)
    rather than words that a vocabulary happens to list as user-defined tokens: HTML tags
    (Gemma's vocabulary has ``<table>``, ``</td>``, ``<sub>``… as tokens) are text."""
    return bool(_MARKER_TEXT.match(text)) and not _HTML_TAG.match(text)


def template_markers(template_text: str) -> frozenset[str]:
    """The marker-like literals a chat template writes; none of them is ever answer text."""
    return frozenset(_TEMPLATE_MARKER.findall(template_text or ""))


def is_harmony(template_text: str) -> bool:
    """Whether a template writes gpt-oss's harmony format (channels; turns end in return)."""
    text = template_text or ""
    return H_CHANNEL in text and H_MESSAGE in text and (H_RETURN in text or H_START in text)


@dataclass
class Delta:
    """Text that became safe to show: answer text and reasoning text (either may be empty).
    taken_back: the answer text given before this delta was reasoning after all (its
    closing tag came without an opening one): it is in this delta's reasoning; drop it.
    calls: tool calls written in harmony's own form (a commentary message to=functions.NAME
    ended by <|call|>), as (name, arguments JSON text)."""

    content: str = ""
    reasoning: str = ""
    taken_back: bool = False
    calls: list[tuple[str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.content or self.reasoning or self.taken_back or self.calls)


# parser states
_START, _CONTENT, _REASONING, _ROLE, _HEADER, _MESSAGE, _BETWEEN, _TURN = range(8)

# Roles whose turn an answer never writes: a header naming one after a turn start is a
# conversation the model goes on making up.
OTHER_ROLES = frozenset({"user", "system", "human", "tool", "developer", "ipython"})
# The longest role header read after a turn start before the text counts as answer text.
_HEADER_MAX = 64
# A role's name in a turn header (``assistant``, ``model``, ``user``).
_ROLE_WORD = re.compile(r"^[a-z][a-z0-9_-]{0,23}$")


class OutputParser:
    """Splits streamed model output into answer and reasoning text.

    Feed it each token's text in order (:meth:`feed`), with ``marker=True`` for a vocabulary's
    control or user-defined marker tokens; it returns what can be shown now and holds back a
    tail that may still become a marker or a stop string. :meth:`finish` returns the rest.

    Args:
        stops: strings that end the turn where they appear (the text before them is kept).
        markers: literals that are never answer text (a template's own markers); dropped.
        reasoning_close: the prompt already opened reasoning (it ends with ``<think>``):
            the output is reasoning until this closing tag.
        reasoning_goes_on: the prompt ends inside reasoning written before (an answer
            continued): its first white space is kept.
        strip_leading: drop white space before the answer (not when an answer is continued);
            such an answer whose text so far closes reasoning it never opened (``…</think>``:
            a template that opens it in the prompt of a server, or one that does not say) has
            its text so far taken back as reasoning (Delta.taken_back), where take_back
            (False for a model that never reasons: its answer may speak of such tags).
        turn_starts: markers the template opens a turn with (``<|im_start|>``,
            ``<start_of_turn>``, ``<|start_header_id|>``, ``[INST]``): after any text they end
            the answer (the model went on to write the next turn itself); before any, they and
            the role line after them are dropped (the model wrote its own turn's header), or
            end the answer when that role is another's (``user``).
        keep_leading: keep the white space before the answer in its text (the local API:
            a client gets every token the model wrote, as from llama-server; the window's
            answers drop it), but for one space first (a word's mark); white space before
            reasoning is dropped all the same.

    Attributes:
        content, reasoning: all the answer and reasoning text produced so far (reasoning
            includes held-back text only after finish()).
        stopped: a stop string, or an end marker (harmony's ``<|return|>``) was reached.
        in_reasoning: the output is inside reasoning now.
    """

    def __init__(self, stops: Iterable[str] = (), markers: Iterable[str] = (), *,
                 reasoning_close: str | None = None, strip_leading: bool = True,
                 turn_starts: Iterable[str] = (), reasoning_goes_on: bool = False,
                 take_back: bool = True, keep_leading: bool = False) -> None:
        self.stops = tuple(s for s in dict.fromkeys(stops) if s)
        self.turn_starts = tuple(t for t in dict.fromkeys(turn_starts)
                                 if t and t not in self.stops)
        self.markers = frozenset(m for m in markers if m) - set(self.stops)
        self.content = ""
        self.reasoning = ""
        self.stopped = False
        self._buffer = ""
        self._strip = strip_leading
        self._keep_leading = keep_leading and strip_leading
        self._leading = ""  # (keep_leading: the white space held before the answer)
        self._harmony = False
        self._channel = ""
        self._header = ""
        self._recipient = ""  # harmony: the function a message is addressed to
        self._arguments = ""  # and what it says (the call's arguments)
        self._close = reasoning_close or ""
        self._goes_on = reasoning_goes_on and bool(reasoning_close)
        self._state = _REASONING if reasoning_close else (_START if strip_leading else _CONTENT)
        self._may_take_back = strip_leading and not reasoning_close and take_back
        self._patterns: dict[tuple, tuple[re.Pattern[str] | None, tuple[str, ...]]] = {}

    @property
    def in_reasoning(self) -> bool:
        """Whether the text now being written is reasoning."""
        return self._state == _REASONING or (self._state == _MESSAGE
                                             and self._channel not in ANSWER_CHANNELS)

    # input

    def feed(self, text: str, marker: bool = False) -> Delta:
        """Add one token's text; return the text that became safe to show."""
        delta = Delta()
        if self.stopped or not text:
            return delta
        if marker:
            if self._state == _TURN and "\n" not in self._buffer:
                self._buffer += "\n"  # a marker ends the role line (Llama 3's <|end_header_id|>)
            self._scan(delta, final=True)
            if not self.stopped:
                self._event(text, delta, token=True)  # one meaning nothing here: dropped
            return delta
        self._buffer += text
        self._scan(delta, final=False)
        return delta

    def finish(self) -> Delta:
        """The text still held back, at the end of the output."""
        delta = Delta()
        if not self.stopped:
            self._scan(delta, final=True)
            if _is_json(self._arguments):  # (<|call|> ended the output: not cut off)
                self._call_ends(delta)
        if self._state == _START and self._leading:  # an answer of white space only
            self._text("", delta)
        if self._state in (_ROLE, _HEADER):
            self._header = ""
        return delta

    # scanning

    def _wanted(self) -> tuple[str, ...]:
        """Strings that mean something in the current state (besides stops and markers)."""
        state = self._state
        if state == _START:
            opens = tuple(o for o, _ in REASONING_TAGS)
            return opens + (H_START, H_CHANNEL, H_MESSAGE) + (
                tuple(_CLOSINGS) if self._may_take_back else ())
        if state == _REASONING:
            return (self._close,)
        if state in (_ROLE, _HEADER):
            return (H_CHANNEL, H_MESSAGE, H_START)
        if state in (_MESSAGE, _BETWEEN) or (state == _CONTENT and self._harmony):
            return (H_END, H_RETURN, H_CALL, H_START, H_CHANNEL)
        if state == _CONTENT and self._may_take_back:
            return tuple(_CLOSINGS)
        return ()

    def _pattern(self) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
        """A regex finding the first meaningful string in the current state, and those strings."""
        key = (self._state, self._harmony, self._close, self._may_take_back)
        found = self._patterns.get(key)
        if found is None:
            starts = () if self._harmony else self.turn_starts
            strings = tuple(dict.fromkeys(self.stops + starts + tuple(self.markers)
                                          + self._wanted()))
            strings = tuple(s for s in strings if s)
            ordered = sorted(strings, key=len, reverse=True)
            regex = re.compile("|".join(map(re.escape, ordered))) if ordered else None
            found = self._patterns[key] = (regex, strings)
        return found

    def _scan(self, delta: Delta, final: bool) -> None:
        """Consume the buffer: text goes out, meaningful strings change the state."""
        while self._buffer and not self.stopped:
            if self._state == _TURN:
                if not self._turn_header(final):
                    return
                continue  # (the header read, the state is another)
            if self._state == _START:
                stripped = self._buffer.lstrip() if self._strip else self._buffer
                if self._keep_leading:
                    self._leading += self._buffer[:len(self._buffer) - len(stripped)]
                if not stripped:
                    self._buffer = ""
                    return
                self._buffer = stripped
            regex, strings = self._pattern()
            match = regex.search(self._buffer) if regex is not None else None
            if match is None:
                keep = 0 if final else held_back(self._buffer, strings)
                cut = len(self._buffer) - keep
                if self._state == _START and cut < len(self._buffer):
                    return  # it may still open reasoning: wait
                self._text(self._buffer[:cut], delta)
                self._buffer = self._buffer[cut:]
                return
            before, found = self._buffer[:match.start()], match.group()
            if before:  # the text may change the state: look again after it
                self._text(before, delta)
                self._buffer = self._buffer[match.start():]
                continue
            self._buffer = self._buffer[match.end():]
            if not self._event(found, delta) and found not in self.markers:
                self._text(found, delta)  # written as text where it means nothing

    def _turn_header(self, final: bool) -> bool:
        """Read the role line after a turn start at the beginning of the output (it stays in
        the buffer until whole); False while it may still go on."""
        buffer = self._buffer
        newline = buffer.find("\n")
        if newline < 0 and not final and len(buffer) <= _HEADER_MAX:
            return False
        self._state = _START
        role = buffer[:newline].strip().lower() if newline >= 0 else ""
        if not _ROLE_WORD.match(role):  # no role line (a header ends its line): answer text
            return True
        if role in OTHER_ROLES:
            self.stopped, self._buffer = True, ""
        else:
            self._buffer = buffer[newline + 1:] if newline >= 0 else ""
        return True

    def _text(self, text: str, delta: Delta) -> None:
        """Plain text in the current state."""
        state = self._state
        if state == _START:
            self._state = state = _CONTENT
            if self._leading:  # (keep_leading; one space first is a SentencePiece word's
                # mark, which a detokenizer drops at the start of a text, as llama.cpp's does)
                text, self._leading = self._leading.removeprefix(" ") + text, ""
                self.content += text
                delta.content += text
                return
        if state in (_ROLE, _HEADER):
            self._header += text
            return
        if state == _MESSAGE and self._recipient:
            self._arguments += text
            return
        if state == _BETWEEN:
            if not text.strip():
                return
            self._state = state = _CONTENT
        if self.in_reasoning:
            if not self.reasoning and not self._goes_on:
                text = text.lstrip()
                if not text:
                    return
            self.reasoning += text
            delta.reasoning += text
            return
        if not self.content and self._strip:
            text = text.lstrip()
            if not text:
                return
        self.content += text
        delta.content += text

    def _event(self, marker: str, delta: Delta, token: bool = False) -> bool:
        """A meaningful string (from a marker token, token=True, or found in the text);
        False if it means nothing in the current state."""
        if marker in self.stops:
            if marker == H_CALL:
                self._call_ends(delta)
            self.stopped = True
            self._buffer = ""
            return True
        state = self._state
        if marker in self.turn_starts and not self._harmony:
            if state == _START and not names_other_role(marker):
                self._state, self._header = _TURN, ""
            else:
                self.stopped, self._buffer = True, ""
            return True
        if state == _START or (state == _CONTENT and (token or marker in self.markers)):
            # reasoning opens at the start, or later as a marker token or the template's own
            for opening, closing in REASONING_TAGS:
                if marker == opening:
                    self._state, self._close = _REASONING, closing
                    self._may_take_back = False
                    if self.reasoning:
                        self.reasoning += "\n\n"
                        delta.reasoning += "\n\n"
                    return True
        if state == _REASONING:
            if marker == self._close:
                self._state = _CONTENT
                return True
            return False
        if state in (_START, _CONTENT) and self._may_take_back and marker in _CLOSINGS:
            self._may_take_back = False  # (one chance: later such tags are text)
            if not self._takes_back(marker, token):
                return False
            if self.content:
                self.reasoning, self.content = self.content.strip(), ""
                delta.reasoning, delta.content = self.reasoning, ""
                delta.taken_back = True
            self._state = _START  # (white space before the answer goes)
            return True
        if marker in HARMONY_MARKERS and (state in (_START, _ROLE, _HEADER, _MESSAGE, _BETWEEN)
                                          or self._harmony):
            return self._harmony_event(marker, delta)
        return False

    def _call_ends(self, delta: Delta) -> None:
        """A harmony message to a function ended: it is a call (in delta.calls)."""
        if self._state == _MESSAGE and self._recipient:
            delta.calls.append((self._recipient, self._arguments.strip()))
            self._recipient = ""

    def _takes_back(self, marker: str, token: bool) -> bool:
        """Whether the closing tag marker closes reasoning that the answer so far was: a
        marker token, or text outside code, whose opening tag the answer never wrote."""
        return _CLOSINGS[marker] not in self.content and (token or "`" not in self.content)

    def _harmony_event(self, marker: str, delta: Delta) -> bool:
        """gpt-oss's channels: analysis and commentary are reasoning, final is the answer."""
        self._harmony = True
        state = self._state
        recipient = _RECIPIENT.search(self._header) if state in (_ROLE, _HEADER) else None
        if recipient is not None:
            self._recipient = recipient[1]
        if marker == H_START:
            self._state, self._header, self._recipient = _ROLE, "", ""
        elif marker == H_CHANNEL:
            self._state, self._header = _HEADER, ""
        elif marker == H_MESSAGE:
            words = self._header.split() if state == _HEADER else []
            self._channel = words[0].lower() if words else ""
            self._state, self._header = _MESSAGE, ""
            if self._channel not in ANSWER_CHANNELS and self.reasoning and not self._recipient:
                self.reasoning += "\n\n"
                delta.reasoning += "\n\n"
        elif marker in (H_RETURN, H_CALL):
            if marker == H_CALL:
                self._call_ends(delta)
            self.stopped = True
        elif marker == H_END:
            if state in (_CONTENT,) or (state == _MESSAGE and self._channel in ANSWER_CHANNELS
                                        and self.content):
                self.stopped = True  # the answer's message ended: so did the turn
            else:
                self._state = _BETWEEN
        return True


def _is_json(text: str) -> bool:
    """Whether text is a whole JSON value (a call's arguments not cut off)."""
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def held_back(buffer: str, strings: Collection[str]) -> int:
    """How many characters at the end of buffer may be the start of one of strings (a
    marker or stop string, a tool call's opener), to hold back until more text comes."""
    longest = max((len(s) for s in strings), default=0)
    start = max(0, len(buffer) - longest + 1)
    firsts = {s[0] for s in strings}
    for i in range(start, len(buffer)):
        if buffer[i] in firsts:
            tail = buffer[i:]
            if any(s.startswith(tail) for s in strings):
                return len(buffer) - i
    return 0


def split_reasoning(text: str, *, reasoning_close: str | None = None,
                    markers: Iterable[str] = ()) -> tuple[str, str, bool]:
    """A whole answer's (answer text, reasoning text, reasoning left open).

    ``"<think>plan</think>\\n\\nHello"`` gives ``("Hello", "plan", False)``; an answer cut off
    inside its reasoning gives ``("", "…", True)``.
    """
    parser = OutputParser(markers=markers, reasoning_close=reasoning_close)
    parser.feed(text)
    parser.finish()
    return parser.content, parser.reasoning.strip(), parser.in_reasoning


def reasoning_close_for(prompt: str) -> str | None:
    """The closing tag when a rendered prompt ends inside an opened reasoning block (templates
    that start the answer with ``<think>``), else None."""
    tail = prompt.rstrip()
    for opening, closing in REASONING_TAGS:
        if tail.endswith(opening):
            return closing
    return None
