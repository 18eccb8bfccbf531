"""What an answer says when llama.cpp refuses its tokens even after the decoder read the
conversation again into an emptied cache (chatapp.engine.decoder.Decoder.clear), and the
worker's note of each such clearing for the app's log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chatapp.engine.decoder import DecodeError, Decoder
from chatapp.engine.prompt_tokens import PromptTooLong
from chatapp.errors import QT_TRANSLATE_NOOP, UserError

REFUSED = QT_TRANSLATE_NOOP(
    "errors", "The model could not go on with this answer: llama.cpp refused it (status "
    "{status}) even after reading the conversation again. The next answer starts afresh.")


class DecodeRefused(UserError):
    """llama.cpp refused an answer's tokens twice (the cache is empty since)."""


def refused(exc: DecodeError) -> UserError:
    """The error an answer ends with for a DecodeError: a prompt that does not fit the
    cache (status 1) is a PromptTooLong as before, any other status a DecodeRefused."""
    if exc.status == 1:
        return PromptTooLong("{reason}", reason=str(exc))
    return DecodeRefused(REFUSED, status=exc.status)


def tell_cleared(decoder: Decoder | None, request_id: int,
                 send: Callable[[dict[str, Any]], None]) -> None:
    """Send each clearing of the decoder's cache since the last call as a notice without an
    error (the app logs it once; nothing is shown)."""
    while decoder is not None and decoder.cleared:
        send({"event": "notice", "id": request_id, "kind": "cleared",
              "message": "the model's cache was cleared: " + decoder.cleared.pop(0)})
