"""Conversations out of and into files: the whole tree as JSON, as Markdown (export_md).

JSON keeps everything (every branch, provenance and stats, what an answer retrieved from
documents with its sources' text, the shown leaf, people's votes and a judge's verdicts on
its answers) with ids local to the document, so export -> import -> export gives the same
document. Imported files are untrusted: anything malformed is refused with a clear error
before the database is touched, and the import is one transaction.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason, stored_error
from chatapp.export_md import (  # (the Markdown export; its words are imported from here too)
    MD_ASSISTANT_OF,
    MD_EMPTY,
    MD_THINKING,
    MD_YOU,
    error_words,
    export_markdown,
    sources_markdown,
)
from chatapp.store import Conversation, Store
from chatapp.store.database import storable_text
from chatapp.store.doc_records import Retrieval
from chatapp.store.records import FINISH_REASONS, KINDS, as_is

FORMAT = "chatapp-conversations"
# 2: an answer's "retrieval" (its document sources); 3: arena rounds' "votes"; 4: a judge's
# verdicts on answers ("judgements")
VERSION = 4
MAX_IMPORT_BYTES = 256 * 1024 * 1024
MAX_TEXT = 50_000_000

_CONVERSATION_KEYS = {
    "title": str, "system_prompt": str, "created_at": float, "updated_at": float,
    "pinned": bool, "params": dict, "model_key": str, "kind": str,
}
_MESSAGE_KEYS: dict[str, type] = {
    "role": str, "content": str, "created_at": float, "finish_reason": str, "error": str,
    "model_name": str, "model_key": str, "model_quant": str, "model_arch": str,
    "model_path": str, "template_source": str, "template_name": str, "template_sha256": str,
    "params": dict, "prompt_tokens": int, "completion_tokens": int, "ttft_s": float,
    "tokens_per_s": float, "duration_s": float, "n_ctx": int, "n_gpu_layers": int,
    "dropped_messages": int, "reasoning": str, "reasoning_tokens": int, "reasoning_s": float,
    "endpoint": str, "endpoint_host": str, "served_model": str, "system_fingerprint": str,
    "kv_type": str, "flash_attn": bool, "speculation": str, "draft_tokens": int,
    "accepted_tokens": int, "error_data": str, "system_prompt": str,
}
# what an answer retrieved ("retrieval"): its fields and those of each of its "sources"
_RETRIEVAL_KEYS: dict[str, type] = {
    "query": str, "mode": str, "budget_tokens": int, "used_tokens": int}
_SOURCE_KEYS: dict[str, type] = {
    "number": int, "path": str, "page": int, "heading": str, "text": str, "score": float,
    "bm25_rank": int, "vector_rank": int}
_ROLES = ("system", "user", "assistant")
class ImportError_(UserError):  # noqa: N801
    """A file that cannot be imported; nothing was changed."""


def _bad(reason: str, **params: object) -> ImportError_:
    """The refusal of a file, with why (reason: a template marked in context "errors")."""
    return ImportError_(
        QT_TRANSLATE_NOOP("errors", "This file cannot be imported: {reason}. Nothing was changed."),
        reason=UserError(reason, **params),
    )


# export


def _retrieval_document(retrieval: Retrieval) -> dict[str, Any]:
    """What an answer retrieved, as the export keeps it: the collections by name (their ids
    are this database's), each source with its text."""
    return {**{key: getattr(retrieval, key) for key in _RETRIEVAL_KEYS},
            "collections": [{"name": c.get("name", "")} for c in retrieval.collections],
            "sources": [{key: getattr(s, key) for key in _SOURCE_KEYS
                         if getattr(s, key) is not None} for s in retrieval.sources]}


def conversation_document(store: Store, conversation: Conversation,
                          translate: Callable[[str, str], str] = as_is) -> dict[str, Any]:
    """One conversation with its whole tree, ids local to the document; an answer's "error"
    (the text people read) in the reader's language where it was stored as data (translate:
    as in export_markdown), its "error_data" as it is."""
    from chatapp.store.documents import Documents

    documents = Documents(store)
    messages = store.messages(conversation.id)
    local = {m.id: n for n, m in enumerate(messages, start=1)}
    out_messages = []
    for message in messages:
        row: dict[str, Any] = {"id": local[message.id],
                               "parent_id": local.get(message.parent_id)}
        for key in _MESSAGE_KEYS:
            value = getattr(message, key)
            if key == "params":
                value = message.sampling or None
            elif _MESSAGE_KEYS[key] is bool and value is not None:
                value = bool(value)  # (SQLite keeps 0 or 1)
            if value is not None:
                row[key] = value
        if message.error_data and message.error:
            row["error"] = error_words(message, translate)
        if retrieval := documents.retrieval_of(message):
            row["retrieval"] = _retrieval_document(retrieval)
        out_messages.append(row)
    doc: dict[str, Any] = {
        "title": conversation.title,
        "system_prompt": conversation.system_prompt,
        "created_at": conversation.created_at,
        "updated_at": conversation.updated_at,
        "pinned": bool(conversation.pinned),
        "current_leaf_id": local.get(conversation.current_leaf_id),
        "messages": out_messages,
    }
    if conversation.sampling:
        doc["params"] = conversation.sampling
    if conversation.model_key:
        doc["model_key"] = conversation.model_key
    if conversation.kind != "chat":
        doc["kind"] = conversation.kind
    from chatapp.compare.votes import exported_judgements, exported_votes

    if votes := exported_votes(store, conversation.id, local):
        doc["votes"] = votes
    if judgements := exported_judgements(store, conversation.id, local):
        doc["judgements"] = judgements
    if attached := documents.attached(conversation.id):
        doc["collections"] = [c.name for c in attached]
    return doc


def export_json(store: Store, conversations: list[Conversation],
                translate: Callable[[str, str], str] = as_is) -> str:
    """The conversations as one JSON document (translate: as in conversation_document)."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "conversations": [conversation_document(store, c, translate) for c in conversations],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_conversations(store: Store, conversations: list[Conversation], fmt: str,
                         translate: Callable[[str, str], str] = as_is) -> str:
    """The conversations as "json" or "md" (translate: as in export_markdown)."""
    return export_json(store, conversations, translate) if fmt == "json" else export_markdown(
        store, conversations, translate)


# import

# the last time (seconds since 1970) a date field may hold: the end of the year 9999
LAST_TIME = 253402300799


def _check_value(where: object, key: str, value: Any, kind: type) -> Any:
    if value is None and key not in ("role", "content", "created_at"):
        return None
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
                isinstance(value, float) and not math.isfinite(value)):
            raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: {key} is not a number"),
                where=where, key=key)
        if key.endswith("_at") and not 0 <= value <= LAST_TIME:
            raise _bad(QT_TRANSLATE_NOOP(
                "errors", "{where}: {key} is not a time between the years 1970 and 9999"),
                where=where, key=key)
        return float(value)
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 2**62:
            raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: {key} is not a whole number"),
                where=where, key=key)
        return value
    if kind is bool:
        if not isinstance(value, bool):
            raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: {key} is not true or false"),
                where=where, key=key)
        return int(value)
    if kind is dict:
        if not isinstance(value, dict):
            raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: {key} is not an object"),
                where=where, key=key)
        return json.dumps(value, sort_keys=True)
    if not isinstance(value, str):
        raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: {key} is not text"), where=where, key=key)
    if len(value) > MAX_TEXT:
        raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: {key} is too long"), where=where, key=key)
    return value


def _local_id(where: object, value: Any, key: str = "id") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: {key} is not a whole number"),
                   where=where, key=key)
    return value


def _checked_fields(where: object, record: Any, keys: dict[str, type],
                    also: tuple[str, ...] = ()) -> dict[str, Any]:
    """record's fields of keys, checked (refused: not an object, another kind of value, a
    field this version does not know: not among keys nor also, the fields checked apart)."""
    if not isinstance(record, dict):
        raise _bad(QT_TRANSLATE_NOOP("errors", "{where} is not an object"), where=where)
    unknown = set(record) - {*keys, *also}
    if unknown:
        raise _bad(QT_TRANSLATE_NOOP("errors", "{where} has unknown fields ({names})"), where=where,
                   names=", ".join(sorted(map(str, unknown)))[:200])
    return {key: _check_value(where, key, record[key], kind)
            for key, kind in keys.items() if key in record}


def _checked_retrieval(where: object, value: Any) -> dict[str, Any]:
    """An answer's "retrieval" checked, as doc_records.imported_retrieval takes it."""
    where = UserError(QT_TRANSLATE_NOOP("errors", "{where}, its sources"), where=where)
    out = _checked_fields(where, value, _RETRIEVAL_KEYS, ("collections", "sources"))
    lists = {"collections": value.get("collections", []), "sources": value.get("sources", [])}
    if any(not isinstance(v, list) for v in lists.values()) or any(
            out.get(key) is None for key in _RETRIEVAL_KEYS):
        raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: a field is missing or not valid"),
                   where=where)
    out["collections"] = [{"name": _checked_fields(where, c, {"name": str}).get("name", "")}
                          for c in lists["collections"]]
    out["sources"] = [_checked_fields(where, s, _SOURCE_KEYS) for s in lists["sources"]]
    if any(s.get(key) is None for s in out["sources"]
           for key in ("number", "path", "text", "score")):
        raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: a field is missing or not valid"),
                   where=where)
    return out


def _checked_votes(where: object, conv: dict[str, Any], rows: list[dict[str, Any]]
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A conversation's "votes" and "judgements" checked against its messages (see
    votes.vote_fault, votes.judgement_fault)."""
    from chatapp.compare.votes import JUDGEMENT_KEYS, VOTE_KEYS, judgement_fault, vote_fault

    messages, seen = {r["id"]: r for r in rows}, set()
    checked = []
    for key, keys, fault, said in (
            ("votes", VOTE_KEYS, lambda v: vote_fault(v, messages, seen), QT_TRANSLATE_NOOP(
                "errors", "{where}: a vote does not judge two answers to one prompt")),
            ("judgements", JUDGEMENT_KEYS, lambda j: judgement_fault(j, messages),
             QT_TRANSLATE_NOOP("errors", "{where}: a judge's verdict does not grade an answer, "
                               "or compare two answers to one prompt, of this conversation"))):
        value = conv.get(key, [])
        if not isinstance(value, list):
            raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: {key} is not a list"),
                       where=where, key=key)
        records = [_checked_fields(where, record, keys) for record in value]
        if any(fault(record) for record in records):
            raise _bad(said, where=where)
        checked.append(records)
    return checked[0], checked[1]


def parse_document(text: str) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Check a JSON export and turn it into rows for Store.insert_conversations."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:  # where, in the user's language
        if not text.strip():
            raise _bad(QT_TRANSLATE_NOOP("errors", "the file is empty")) from None
        if text.lstrip().startswith("# "):
            raise _bad(QT_TRANSLATE_NOOP(
                "errors", "it is Markdown (such as a Markdown export, which keeps only the "
                "shown branch as text); only JSON exports can be imported")) from None
        raise _bad(QT_TRANSLATE_NOOP(
            "errors", "it is not valid JSON (line {line}, column {column})"),
            line=exc.lineno, column=exc.colno) from None
    except (ValueError, RecursionError):  # nested too deep, or numbers too long
        raise _bad(QT_TRANSLATE_NOOP("errors", "it is not JSON that can be read")) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _bad(QT_TRANSLATE_NOOP("errors", "it is not a chatapp conversation export"))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise _bad(QT_TRANSLATE_NOOP("errors", "it was written by a newer version of chatapp"))
    conversations = document.get("conversations")
    if not isinstance(conversations, list):
        raise _bad(QT_TRANSLATE_NOOP("errors", "it has no list of conversations"))
    items = []
    for number, conv in enumerate(conversations, start=1):
        where = UserError(QT_TRANSLATE_NOOP("errors", "conversation {number}"), number=number)
        row = _checked_fields(where, conv, _CONVERSATION_KEYS, (
            "messages", "current_leaf_id", "collections", "votes", "judgements"))
        for key in ("created_at", "updated_at"):
            if row.get(key) is None:
                raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: {key} is missing"),
                    where=where, key=key)
        if row.setdefault("kind", "chat") not in KINDS:
            raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: unknown kind of conversation"),
                       where=where)
        for key in ("title", "system_prompt"):  # null: none, as when left out
            if row.get(key) is None:
                row[key] = ""
        named = conv.get("collections", [])
        if not isinstance(named, list) or not all(isinstance(n, str) for n in named):
            raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: {key} is not a list of names"),
                       where=where, key="collections")
        row["collections"] = named
        row["pinned"] = row.get("pinned") or 0
        messages = conv.get("messages")
        if not isinstance(messages, list):
            raise _bad(QT_TRANSLATE_NOOP("errors", "{where} has no list of messages"), where=where)
        seen: set[int] = set()
        rows = []
        for index, message in enumerate(messages, start=1):
            mwhere = UserError(QT_TRANSLATE_NOOP("errors", "{where}, message {index}"),
                               where=where, index=index)
            out = _checked_fields(mwhere, message, _MESSAGE_KEYS, ("id", "parent_id",
                                                                   "retrieval"))
            local = _local_id(mwhere, message.get("id"))
            if local in seen:
                raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: the id {id} is used twice"),
                    where=mwhere, id=local)
            parent = message.get("parent_id")
            if parent is not None and (_local_id(mwhere, parent, "parent_id") not in seen):
                raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: its parent must come before it"),
                    where=mwhere)
            if out.get("role") not in _ROLES:
                raise _bad(QT_TRANSLATE_NOOP(
                    "errors", "{where}: the role must be system, user or assistant"),
                    where=mwhere)
            if out.get("content") is None or out.get("created_at") is None:
                raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: its text or time is missing"),
                    where=mwhere)
            reason = out.get("finish_reason")
            if reason is not None and reason not in FINISH_REASONS:
                raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: unknown finish reason"),
                    where=mwhere)
            if (error := stored_error(out.get("error_data"))) is not None:
                out["error"] = str(error)  # stored in English (exported in the reader's words)
            if out["role"] == "assistant" and reason is None:
                out["finish_reason"] = "interrupted"
            if message.get("retrieval") is not None and out["role"] == "assistant":
                out["retrieval"] = _checked_retrieval(mwhere, message["retrieval"])
            out["id"] = local
            out["parent_id"] = parent
            seen.add(local)
            rows.append(out)
        leaf = conv.get("current_leaf_id")
        if leaf is not None and (isinstance(leaf, bool) or leaf not in seen):
            raise _bad(QT_TRANSLATE_NOOP("errors", "{where}: the shown message does not exist"),
                where=where)
        # none named: the branch of the message written last, as the conversation was left
        row["current_leaf_id"] = leaf if leaf is not None or not rows else rows[-1]["id"]
        row["votes"], row["judgements"] = _checked_votes(where, conv, rows)
        if row["kind"] == "arena" and not row["votes"] and version < 3:
            row["kind"] = "compare"  # its vote was not exported: not a round hidden for one
        items.append((row, rows))
    return items


@dataclass
class Imported:
    """What an import added.

    Attributes:
        ids: the new conversations' ids.
        replaced: characters that could not be stored (lone UTF-16 surrogates, e.g. half of
            an emoji) and were replaced by U+FFFD.
        skipped: conversations of the file that were already in the store.
    """

    ids: list[int]
    replaced: int = 0
    skipped: int = 0


def storable_values(value: Any) -> tuple[Any, int]:
    """JSON data (text, and lists, tuples and objects of it: their keys too) with each lone
    UTF-16 surrogate of its text (half of a pair, e.g. of an emoji, which can be neither
    stored nor written as UTF-8) replaced by U+FFFD, and how many were."""
    count = 0

    def clean(item: Any) -> Any:
        nonlocal count
        if isinstance(item, str):
            cleaned, found = storable_text(item)
            count += found
            return cleaned
        if isinstance(item, dict):
            return {clean(key): clean(inner) for key, inner in item.items()}
        if isinstance(item, (list, tuple)):
            return type(item)(clean(inner) for inner in item)
        return item

    return clean(value), count


def import_file(store: Store, path: Path) -> Imported:
    """Import a JSON export. ImportError_ when the file is not a valid export (then nothing
    changed)."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _bad(QT_TRANSLATE_NOOP("errors", "it is not a regular file"))
        if size > MAX_IMPORT_BYTES:
            raise _bad(QT_TRANSLATE_NOOP("errors", "it is larger than {limit} MB"),
                limit=MAX_IMPORT_BYTES // 1_000_000)
        data = path.read_bytes()
    except OSError as exc:
        raise _bad(QT_TRANSLATE_NOOP("errors", "{path}: {detail}"),
            path=str(path), detail=os_reason(exc)) from None
    return import_bytes(store, data)


def import_bytes(store: Store, data: bytes) -> Imported:
    """Import a JSON export given as bytes (UTF-8, a byte order mark allowed; read from a
    pipe, say); ImportError_ as import_file."""
    if len(data) > MAX_IMPORT_BYTES:
        raise _bad(QT_TRANSLATE_NOOP("errors", "it is larger than {limit} MB"),
            limit=MAX_IMPORT_BYTES // 1_000_000)
    try:
        text = data.decode("utf-8-sig")  # a byte order mark (Windows editors) is no text
    except UnicodeDecodeError:
        raise _bad(QT_TRANSLATE_NOOP("errors", "it is not UTF-8 text")) from None
    return import_text(store, text)


def _known(store: Store, heads: set[tuple[Any, Any]], conversations: list[Conversation]
           ) -> list[tuple[tuple[Any, Any], frozenset[tuple[Any, Any, Any]], int]]:
    """((title, start time), every message's role, text and time, id) of those
    conversations whose title and start are among heads (only theirs are read message by
    message)."""
    return [((c.title, c.created_at), frozenset((m.role, m.content, m.created_at)
                                                for m in store.messages(c.id)), c.id)
            for c in conversations if (c.title, c.created_at) in heads]


def _holder(known: list[tuple[tuple[Any, Any], frozenset[tuple[Any, Any, Any]], int]],
            head: tuple[Any, Any], messages: frozenset[tuple[Any, Any, Any]]) -> int | None:
    """The id of a conversation of known with this title and start that holds all these
    messages (the same one, or a later version of it), else None."""
    return next((i for at, held, i in known if at == head and messages <= held), None)


def import_text(store: Store, text: str) -> Imported:
    """Import a JSON export given as text, all or nothing. A conversation already in the store
    (the one of the same title and start that holds all its messages: the same file imported
    again, or an earlier export of a conversation that went on since) is skipped and counted
    in `skipped`; one that is in the trash comes back from there (its id among `ids`)."""
    items, replaced = storable_values(parse_document(text))  # (an answer's sources too)
    heads = {(c.get("title"), c.get("created_at")) for c, _ in items}
    known = _known(store, heads, store.conversations())
    trashed = _known(store, heads, store.trashed_conversations())
    fresh, restored = [], []
    for conversation, messages in items:
        head = (conversation.get("title"), conversation.get("created_at"))
        held = frozenset((m.get("role"), m.get("content"), m.get("created_at"))
                         for m in messages)
        if _holder(known, head, held) is not None:
            continue
        known.append((head, held, 0))
        if (trashed_id := _holder(trashed, head, held)) is not None:
            if trashed_id not in restored:
                restored.append(trashed_id)
        else:
            fresh.append((conversation, messages))
    fresh.sort(key=lambda item: float(item[0].get("created_at") or 0))  # ids follow time
    ids = store.insert_conversations(fresh)
    for conversation_id in restored:
        store.restore_conversation(conversation_id)
    return Imported(ids + restored, replaced, len(items) - len(fresh) - len(restored))


__all__ = ["FORMAT", "MD_ASSISTANT_OF", "MD_EMPTY", "MD_THINKING", "MD_YOU", "ImportError_",
           "Imported", "export_conversations", "export_json", "export_markdown", "import_bytes",
           "import_file", "import_text", "parse_document", "sources_markdown"]
