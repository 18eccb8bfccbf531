"""A conversation as readable Markdown (CommonMark): a chat's shown branch; a comparison
(side by side, an arena round) with every pane's answer to each prompt, its model and its
numbers, as its JSON export keeps them."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import partial

from chatapp.errors import QT_TRANSLATE_NOOP, stored_error
from chatapp.markdown_text import hard_breaks, markdown_block
from chatapp.store import Conversation, Message, Store
from chatapp.store.records import FILLED_CONTEXT, as_is, finish_words
from chatapp.units import decimal, whole

_LINE_BREAK = re.compile(r"\r\n?")


def _model_label(message: Message) -> str:
    """The model as the pickers name it: the file without .gguf, ENDPOINT/MODEL_ID for a
    server's."""
    from chatapp.catalogue import remote_name
    from chatapp.library_model import without_gguf

    name = message.model_name or ""
    if message.endpoint:  # (a path as id: ENDPOINT/FILE, as the pickers show it)
        return remote_name(message.endpoint, name)
    return without_gguf(name)


def _answer_label(message: Message) -> str:
    """An answer's heading name as the window's label gives it: the model, then the variant
    of an evaluation that made it where that is another name ("model · variant"), then each
    LoRA adapter with its scale ("LoRA tone.gguf ×0.5"), apart by " · "; "" for no model."""
    import os

    label = _one_line(_model_label(message))
    params = message.sampling
    parts = [label] if label else []
    variant = params.get("variant")
    if isinstance(variant, str) and _one_line(variant) and _one_line(variant) != label:
        parts.append(_one_line(variant))
    for adapter in params.get("adapters") or []:
        if isinstance(adapter, dict) and adapter.get("path"):
            scale = adapter.get("scale", 1.0)
            shown = f"{scale:g}" if isinstance(scale, (int, float)) else str(scale)
            parts.append(f"LoRA {os.path.basename(str(adapter['path']))} ×{shown}")
    return " · ".join(parts)


def _one_line(text: str) -> str:
    """text on one line (a heading's)."""
    return " ".join(text.split())


#: the words of a Markdown export (context "export"), in the reader's language
MD_CONVERSATION = QT_TRANSLATE_NOOP("export", "Conversation")
MD_SYSTEM_PROMPT = QT_TRANSLATE_NOOP("export", "System prompt:")
MD_NO_SYSTEM = QT_TRANSLATE_NOOP("export", "(none)")
MD_SOURCES = QT_TRANSLATE_NOOP("export", "Sources:")
MD_YOU = QT_TRANSLATE_NOOP("export", "You")
MD_ASSISTANT = QT_TRANSLATE_NOOP("export", "Assistant")
MD_ASSISTANT_OF = QT_TRANSLATE_NOOP("export", "Assistant ({model})")
MD_THINKING = QT_TRANSLATE_NOOP("export", "Thinking")
MD_EMPTY = QT_TRANSLATE_NOOP("export", "The model ended its answer without writing anything.")
MD_REASONING_ONLY = QT_TRANSLATE_NOOP("export", "The model wrote only reasoning and no answer.")
MD_BLANK = QT_TRANSLATE_NOOP("export", "The model wrote only spaces and line breaks.")
MD_TOKEN = QT_TRANSLATE_NOOP("export", "{n} token")
MD_TOKENS = QT_TRANSLATE_NOOP("export", "{n} tokens")
MD_RATE = QT_TRANSLATE_NOOP("export", "{rate} tok/s")
MD_FIRST_TOKEN = QT_TRANSLATE_NOOP("export", "first token {s} s")


def export_markdown(store: Store, conversations: list[Conversation],
                    translate: Callable[[str, str], str] = as_is) -> str:
    """The shown branch of each conversation as readable Markdown (CommonMark): a conversation
    is a level 1 heading, each message a level 2 heading and its text (see markdown_block),
    conversations are apart by "---". translate gives the headings' words (MD_*) in the
    reader's language (English as they are): translate(context, text). A comparison's
    shared turns are followed by each turn's prompt and every pane's answer to it, each with
    its numbers (numbers_line)."""
    from chatapp.compare.side_by_side import pane_branches

    t = partial(translate, "export")
    parts = []
    for conversation in conversations:
        title = _one_line(conversation.title) or t(MD_CONVERSATION)
        lines = [f"# {title}", ""]
        said = _Said(conversation.system_prompt.strip())  # once at the top, then its changes
        if said.prompt:
            lines += [_system_line(said.prompt, t), ""]
        panes = (pane_branches(store, conversation.id)
                 if conversation.kind in ("compare", "arena") else None)
        if panes is None:  # a chat: its shown branch
            for message in store.current_branch(conversation.id):
                lines += _message_lines(store, message, said, translate)
        else:  # a comparison: every pane's answer to each prompt, with its numbers
            shared, branches = panes
            for message in shared:
                lines += _message_lines(store, message, said, translate)
            pane_said = [_Said(said.prompt) for _ in branches]  # each pane's changes
            for turn in range(max((len(b) + 1) // 2 for b in branches)):
                asked = shared[-1].content if turn == 0 else None
                for branch, seen in zip(branches, pane_said, strict=True):
                    pair = branch[max(0, 2 * turn - 1):2 * turn + 1]
                    for message in pair:
                        if message.role == "user" and message.content == asked:
                            continue  # (asked of the panes before, under the same heading)
                        asked = message.content if message.role == "user" else asked
                        lines += _message_lines(store, message, seen, translate, numbers=True)
        parts.append("\n".join(lines).rstrip() + "\n")
    return "\n---\n\n".join(parts)


def error_words(message: Message, translate: Callable[[str, str], str]) -> str:
    """Why an answer failed, in the export's language where it was stored as data, else as
    stored (English)."""
    data = stored_error(message.error_data)
    if data is None:
        return message.error or ""
    return data.format(translate("errors", data.template), lambda text: translate("errors", text))


QUOTE_WORDS = 12  # the words of a source's passage an export quotes
_MARKDOWN_MARKS = re.compile(r"([\\`*_\[\]<>#|~!])")


def opening_quote(text: str, words: int = QUOTE_WORDS) -> str:
    """A passage's first words on one line in quotation marks, "…" where it goes on
    ("“The canteen serves lunch from noon…”")."""
    split = text.split()
    return "“" + " ".join(split[:words]) + ("…" if len(split) > words else "") + "”"


def _code_span(text: str) -> str:
    """text as a Markdown code span (shown as it is), fenced by more backticks than any run
    of them inside it."""
    runs = [len(run) for run in re.findall(r"`+", text)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def sources_markdown(store: Store, message: Message,
                     translate: Callable[[str, str], str] = as_is, plain: bool = False) -> str:
    """The document sources an answer cites ([1], [2]…) as a Markdown list under "Sources:",
    each with the first words of the passage it was given and its file's path, so that its
    citations still point somewhere once copied or exported ("- [1] manual.pdf, page 3 —
    Setup", "“Press the red button…”", "`/home/me/manual.pdf`" on three lines), then the
    window's notes: how many passages found had no room, which citations name no source;
    "" for an answer made without documents. plain: as plain text (no Markdown marks)."""
    from chatapp.docs.citations import left_out_text, unknown_text
    from chatapp.docs.retrieval import ON_PAGE, file_names, label
    from chatapp.store.documents import Documents

    retrieval = Documents(store).retrieval_of(message)
    if retrieval is None:
        return ""
    given = len(retrieval.sources)
    lines = []
    if retrieval.sources:
        named = file_names((s.path for s in retrieval.sources), retrieval.others)
        on_page = translate("docs", ON_PAGE)
        head = translate("export", MD_SOURCES)
        lines += [head if plain else f"**{head}**", ""]
        for s in retrieval.sources:
            name = _one_line(label(s.path, s.page, s.heading, on_page, named[s.path]))
            quote = opening_quote(s.text)
            if plain:
                lines += [f"- [{s.number}] {name}", f"  {quote}", f"  {_one_line(s.path)}"]
            else:  # (the passage as text, not markup; a line break after each part)
                lines += [f"- [{s.number}] {name}\\",
                          "  " + _MARKDOWN_MARKS.sub(r"\\\1", quote) + "\\",
                          f"  {_code_span(_one_line(s.path))}"]
    notes = [note for note in (left_out_text(retrieval.found, given, translate),
                               unknown_text(message.content, given, translate)) if note]
    if notes:
        lines += ([""] if lines else []) + notes
    return "\n".join(lines)


@dataclasses.dataclass
class _Said:
    """The system prompt the reader read last (at the top, or above an answer)."""

    prompt: str


def _message_lines(store: Store, message: Message, said: _Said,
                   translate: Callable[[str, str], str], numbers: bool = False) -> list[str]:
    """One message as Markdown lines: its heading (the model's name for an answer), the
    system prompt it was made with where that is not the one said last (which it becomes),
    its reasoning, text and sources, how it ended where it did not end by itself; numbers:
    with the answer's numbers under its heading (a comparison's pane, see numbers_line)."""
    t = partial(translate, "export")
    lines: list[str] = []
    if message.role == "user":
        lines.append(f"## {t(MD_YOU)}")
    else:
        label = _answer_label(message)
        lines.append("## " + (t(MD_ASSISTANT_OF).format(model=label) if label
                              else t(MD_ASSISTANT)))
        made_with = (message.system_prompt or "").strip()
        if message.system_prompt is not None and made_with != said.prompt:
            lines += ["", _system_line(made_with, t)]  # it was made with another
            said.prompt = made_with
        if numbers and (figures := numbers_line(message, translate)):
            lines += ["", f"*{figures}*"]
    if message.reasoning:
        lines += ["", f"<details><summary>{t(MD_THINKING)}</summary>", "",
                  markdown_block(message.reasoning.strip()), "", "</details>"]
    text = hard_breaks(message.content) if message.role == "user" else message.content
    lines += ["", markdown_block(text), ""]
    if message.role == "assistant" and (sources := sources_markdown(
            store, message, translate)):
        lines += [sources, ""]
    if message.role == "assistant" and message.finish_reason not in (None, "stop"):
        reason = message.finish_reason or ""
        ended = (translate("finish", FILLED_CONTEXT) if reason == "length"
                 and message.filled_context else finish_words(reason, translate))
        error = error_words(message, translate)
        why = f": {' '.join(error.split())}" if error else ""
        lines += [f"*({ended}{why})*", ""]
    elif message.role == "assistant" and not message.content.strip():
        blank = (MD_REASONING_ONLY if (message.reasoning or "").strip()
                 else MD_BLANK if message.content else MD_EMPTY)
        lines += [f"*({t(blank)})*", ""]
    return lines


def numbers_line(message: Message, translate: Callable[[str, str], str] = as_is) -> str:
    """An answer's numbers as its pane showed them: "12 tokens · 34.5 tok/s · first token
    0.20 s" (the speed from two tokens on, the first token's time once there was one; "" for
    an answer without any), in the reader's language (translate: as in export_markdown)."""
    if message.completion_tokens is None:
        return ""
    tokens = message.completion_tokens
    parts = [translate("export", MD_TOKEN if tokens == 1 else MD_TOKENS).format(n=whole(tokens))]
    if message.tokens_per_s and tokens > 1:
        parts.append(translate("export", MD_RATE).format(rate=decimal(message.tokens_per_s, 1)))
    if message.first_token_s is not None and tokens > 0:
        parts.append(translate("export", MD_FIRST_TOKEN).format(
            s=decimal(message.first_token_s, 2)))
    return " · ".join(parts)


def _system_line(prompt: str, t: Callable[[str], str]) -> str:
    """A system prompt as a quote ("(none)" for none)."""
    text = _LINE_BREAK.sub("\n", prompt).replace("\n", "\n> ") if prompt else t(MD_NO_SYSTEM)
    return f"> **{t(MD_SYSTEM_PROMPT)}** {text}"
