"""Whether one model can draft for another (speculative decoding), read from their GGUF files.

The vocabularies must agree as llama.cpp's speculative decoding requires: the same tokenizer
type, the same start and end tokens, sizes within 128 tokens, and the same text for every
token from id 5 on. The engine checks the loaded vocabularies the same way
(chatapp.engine.draft_model) with the same reasons, which are translatable.
"""

from __future__ import annotations

import os
import threading

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason
from chatapp.gguf_meta import TOKENS_KEY, ArrayInfo, GGUFError, GGUFInfo, file_info, token_texts

VOCAB_SIZE_SLACK = 128  # llama.cpp's SPEC_VOCAB_MAX_SIZE_DIFFERENCE
VOCAB_CHECK_FROM = 5  # llama.cpp's SPEC_VOCAB_CHECK_START_TOKEN_ID
OTHER_TOKENIZER = QT_TRANSLATE_NOOP("errors", "the tokenizers are of different types")
OTHER_ENDS = QT_TRANSLATE_NOOP("errors", "the start and end tokens differ")
OTHER_SIZE = QT_TRANSLATE_NOOP("errors", "the vocabularies have {model_n} and {draft_n} tokens")
OTHER_TOKEN = QT_TRANSLATE_NOOP("errors", "token {token} differs")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "it could not be read ({reason})")
END_KEYS = ("tokenizer.ggml.bos_token_id", "tokenizer.ggml.eos_token_id",
            "tokenizer.ggml.add_bos_token", "tokenizer.ggml.add_eos_token")

_checked: dict[tuple[str, str], tuple[tuple, UserError | None]] = {}
_lock = threading.Lock()


def _stamp(path: str) -> tuple[int, int, int]:
    """What tells a file's versions apart: its size, modification time and inode."""
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns, st.st_ino


def _key(model: str | os.PathLike[str], draft: str | os.PathLike[str]) -> tuple[str, str]:
    return os.path.realpath(model), os.path.realpath(draft)


def checked(model: str | os.PathLike[str], draft: str | os.PathLike[str]) -> bool:
    """Whether vocab_problem(model, draft) is known for the files as they are now (then it
    returns at once)."""
    key = _key(model, draft)
    try:
        stamp = (_stamp(key[0]), _stamp(key[1]))
    except OSError:
        return True  # vocab_problem says so at once
    with _lock:
        cached = _checked.get(key)
    return cached is not None and cached[0] == stamp


def vocab_problem(model: str | os.PathLike[str],
                  draft: str | os.PathLike[str]) -> UserError | None:
    """Why draft cannot draft for model (a translatable reason), or None when it can.
    Reads both vocabularies (about half a second each for 262,144 tokens); the answer is kept
    for the files as they are."""
    key = _key(model, draft)
    try:
        stamp = (_stamp(key[0]), _stamp(key[1]))
    except OSError as exc:
        return UserError(UNREADABLE, reason=os_reason(exc))
    with _lock:
        cached = _checked.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        problem = _compare(*key)
    except GGUFError as exc:
        problem = UserError(UNREADABLE, reason=exc)
    except OSError as exc:
        problem = UserError(UNREADABLE, reason=os_reason(exc))
    with _lock:
        _checked[key] = (stamp, problem)
    return problem


def usable_draft(model: str | os.PathLike[str], stored: object) -> str | None:
    """The draft model of a model's stored settings entry (untrusted JSON) if it can draft
    for it, else None (none set, its file gone, or its vocabulary differs)."""
    from chatapp.model_defaults import draft_model

    draft = draft_model(stored)
    return draft if draft is not None and vocab_problem(model, draft) is None else None


def _size(info: GGUFInfo) -> int:
    tokens = info.metadata.get(TOKENS_KEY)
    return tokens.length if isinstance(tokens, ArrayInfo) else len(tokens or ())


def header_problem(model: str | os.PathLike[str],
                   draft: str | os.PathLike[str]) -> UserError | None:
    """The reasons of vocab_problem that the two headers alone show (tokenizer type, start
    and end tokens, vocabulary size), or None: quick (each header is read once), for listing
    the models that could draft; vocab_problem still compares every token."""
    try:
        return _header_compare(file_info(model), file_info(draft))
    except GGUFError as exc:
        return UserError(UNREADABLE, reason=exc)
    except OSError as exc:
        return UserError(UNREADABLE, reason=os_reason(exc))


def _compare(model: str, draft: str) -> UserError | None:
    """The first way the two files' vocabularies differ, in llama.cpp's order."""
    infos = file_info(model), file_info(draft)
    problem = _header_compare(*infos)
    if problem is not None:
        return problem
    sizes = [_size(info) for info in infos]
    ids = set(range(VOCAB_CHECK_FROM, min(sizes)))
    texts = [token_texts(path, info, ids) for path, info in zip((model, draft), infos,
                                                                 strict=True)]
    for token in sorted(ids):
        if texts[0].get(token) != texts[1].get(token):
            return UserError(OTHER_TOKEN, token=token)
    return None


def _header_compare(*infos: GGUFInfo) -> UserError | None:
    kinds = [info.metadata.get("tokenizer.ggml.model") for info in infos]
    if kinds[0] != kinds[1]:
        return UserError(OTHER_TOKENIZER)
    for key in END_KEYS:  # unset: the tokenizer type's default, the same for both
        values = [info.metadata.get(key) for info in infos]
        if None not in values and values[0] != values[1]:
            return UserError(OTHER_ENDS)
    sizes = [_size(info) for info in infos]
    if abs(sizes[0] - sizes[1]) > VOCAB_SIZE_SLACK:
        return UserError(OTHER_SIZE, model_n=sizes[0], draft_n=sizes[1])
    return None
