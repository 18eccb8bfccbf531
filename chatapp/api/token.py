"""The local API's bearer token: made on first use, kept in a file only the user can read
(like the Hugging Face token and the endpoints' keys), never logged or stored elsewhere."""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path

from chatapp.paths import Paths, write_private

TOKEN_FILE = "api-token"


def token_path(paths: Paths) -> Path:
    """Where the token is kept (mode 0600, in the config folder)."""
    return paths.config / TOKEN_FILE


def new_token() -> str:
    """A fresh token: 32 random bytes, URL-safe text."""
    return secrets.token_urlsafe(32)


def load_token(paths: Paths) -> str:
    """The token, made and kept on first use. OSError when the file cannot be written."""
    path = token_path(paths)
    try:
        token = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        token = ""
    if token:
        return token
    return renew_token(paths)


def renew_token(paths: Paths) -> str:
    """Replace the token with a new one (the old one stops working); returns it."""
    token = new_token()
    write_private(token_path(paths), token + "\n")
    return token


def matches(given: str, token: str) -> bool:
    """Whether a request's token is this one (in constant time)."""
    return bool(token) and hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))
