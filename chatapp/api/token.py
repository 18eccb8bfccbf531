"""The local API's bearer token: made on first use, kept in a file only the user can read
(like the Hugging Face token and the endpoints' keys), never logged or stored elsewhere."""

from __future__ import annotations

import contextlib
import hmac
import logging
import os
import secrets
import stat
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.paths import Paths, write_private

TOKEN_FILE = "api-token"
# the fewest characters of a token (one given with --token, or written in the file by hand)
LEAST = 16
WEAK = QT_TRANSLATE_NOOP(
    "errors", "The local API's token in {path} is shorter than {least} characters or holds "
    "blanks, so anyone could guess it: write a longer one there, or delete the file to have "
    "a new one made.")

NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors", "The local API's token in {path} is not text (UTF-8): write a token there, or "
    "delete the file to have a new one made.")

log = logging.getLogger(__name__)


def token_path(paths: Paths) -> Path:
    """Where the token is kept (mode 0600, in the config folder)."""
    return paths.config / TOKEN_FILE


def shown_path(path: Path) -> str:
    """path as the API's 401 names it, so that a client on another computer learns no user
    name: under the home folder as ~/…, elsewhere only its last two parts (…/config/api-token:
    a CHATAPP_HOME of /srv/alice would name alice)."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except (ValueError, RuntimeError):  # elsewhere, or no home folder known
        return str(Path("…", *path.parts[-2:]))


def weak(token: str) -> bool:
    """Whether a token is too easy to guess: shorter than LEAST characters, or with blanks."""
    return len(token) < LEAST or any(c.isspace() for c in token)


def load_token(paths: Paths) -> str:
    """The token, made and kept on first use; a file others could read is made the user's
    alone. OSError when the file cannot be read or written; UserError for a token written
    there that is easy to guess (WEAK) or is not text (NOT_TEXT)."""
    path = token_path(paths)
    try:
        token = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        token = ""
    except UnicodeDecodeError:  # not one a client could send: said, not replaced unasked
        raise UserError(NOT_TEXT, path=str(path)) from None
    if not token:
        return renew_token(paths)
    with contextlib.suppress(OSError):
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            os.chmod(path, 0o600)
            log.warning("the local API's token file could be read by others: made private")
    if weak(token):
        raise UserError(WEAK, path=str(path), least=LEAST)
    return token


def renew_token(paths: Paths) -> str:
    """Replace the token with a new one (the old one stops working); returns it."""
    token = secrets.token_urlsafe(32)  # 32 random bytes, URL-safe text
    write_private(token_path(paths), token + "\n")
    return token


def matches(given: str, token: str) -> bool:
    """Whether a request's token is this one (in constant time)."""
    return bool(token) and hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))
