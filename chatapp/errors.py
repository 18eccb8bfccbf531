"""Expected failures that carry a message for the user, translatable by the UI.

A message is a template with {named} fields; the values (file names, model output, server
replies) are only ever values, never part of a template, and a template that does not fit
its values is shown as it is rather than raising.
"""

from __future__ import annotations

import errno
import re
import socket
import string
from collections.abc import Callable, Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """Mark text for translation without importing Qt; the UI translates it later."""
    return text


class _Fields(string.Formatter):
    """str.format limited to {name} and {name:spec} fields of the given values: no
    attribute or index lookups, no positional fields."""

    def get_field(self, field_name: str, args, kwargs):  # type: ignore[override]
        return kwargs[field_name], field_name


_FIELDS = _Fields()


def fill(template: str, params: Mapping[str, object]) -> str | None:
    """template with its {fields} filled in from params; None when they do not fit it
    (an unknown field, a stray brace, a bad format spec)."""
    try:
        return _FIELDS.vformat(template, (), params)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return None


# the fields of messages that are counts (tokens, bytes, files, pages): written with the
# language's digit grouping where a translation is shown
QUANTITIES = frozenset({"n_ctx", "count", "have", "need", "needed", "want", "limit", "total",
                        "size", "fits", "ctx", "tokens", "n"})


class Bytes(int):
    """A size in bytes as a message's value: written when the message is shown (in the
    language shown then, "40.5 GB" or "40,5 GB"), not when the error is made; stored as
    {"bytes": n} by UserError.to_dict."""


class UserError(Exception):
    """A known failure (bad file, bad input, no space) with a message meant for the user.

    Attributes:
        template: English message with {named} fields, translated in the context "errors".
        params: values for the fields.
        retryable: the same action may work later (busy database, full disk): a window
            offers Retry.
        exit_status: what the `chatapp` command ends with when this stops it: 1, or 2
            for a command line that is wrong as typed (a usage error, as argparse's).
    """

    retryable = False
    exit_status = 1

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.format(template))

    def format(self, template: str, translate: Callable[[str], str] | None = None,
               number: Callable[[int], str] | None = None,
               size: Callable[[int], str] | None = None) -> str:
        """The message from a (possibly translated) template; a value that is itself a
        UserError (a reason inside a message) is put in as its own message, through
        translate when given; a count (QUANTITIES) written by number when given (the
        language's digit grouping); a size (Bytes) written by size when given, else by
        chatapp.units.format_bytes in the language chosen now. Never raises: a template
        that does not fit the values gives way to the English one, then to the bare
        template."""
        def value(key: str, v: object) -> object:
            if isinstance(v, UserError):
                return v.format(translate(v.template) if translate else v.template, translate,
                                number, size)
            if isinstance(v, Bytes):
                from chatapp.units import format_bytes

                return (size or format_bytes)(int(v))
            if number is not None and key in QUANTITIES and type(v) is int:
                return number(v)
            return v

        params = {k: value(k, v) for k, v in self.params.items()}
        for candidate in (template, self.template):
            text = fill(candidate, params)
            if text is not None:
                return text
        return self.template

    def to_dict(self) -> dict[str, Any]:
        """The error as JSON-able data ({"template", "params"}, a UserError value nested the
        same way; other values that are not numbers become text): see user_error_from."""
        def value(v: object) -> object:
            if isinstance(v, UserError):
                return v.to_dict()
            if isinstance(v, Bytes):
                return {"bytes": int(v)}
            return v if isinstance(v, (int, float, str)) else str(v)

        return {"template": self.template, "params": {k: value(v) for k, v in
                                                      self.params.items()}}


def user_error_from(data: object) -> UserError | None:
    """The UserError that to_dict gave (None for anything else)."""
    if not isinstance(data, dict) or not isinstance(data.get("template"), str):
        return None
    raw = data.get("params")
    params = {str(k): _stored_value(v)
              for k, v in (raw.items() if isinstance(raw, dict) else ())}
    return UserError(data["template"], **params)


def _stored_value(value: object) -> object:
    """A message's value as to_dict stored it: a UserError, a size ({"bytes": n}), a number
    or text (anything else as text)."""
    if isinstance(value, dict) and set(value) == {"bytes"} and type(value["bytes"]) is int:
        return Bytes(value["bytes"])
    return user_error_from(value) or (value if isinstance(value, (int, float, str))
                                      else str(value))


def stored_error(error_data: str | None) -> UserError | None:
    """The UserError an answer's error_data column holds (JSON of to_dict), or None."""
    import json

    try:
        return user_error_from(json.loads(error_data)) if error_data else None
    except ValueError:
        return None


class DiskFull(UserError):
    """A write failed because the disk (or the user's quota) is full."""

    retryable = True


MISSING_PATH = QT_TRANSLATE_NOOP("errors", "{path} does not exist.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk is full: {path} could not be written. Free some space and try again.")
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors", "No permission to use {path}. Check who owns it and its permissions.")
READ_ONLY_DISK = QT_TRANSLATE_NOOP(
    "errors", "{path} is on a read-only disk or marked unchangeable: nothing can be written "
    "there.")
BAD_TEXT = QT_TRANSLATE_NOOP(
    "errors", "Some text is not valid Unicode and could not be used ({detail}). Nothing was "
    "saved.")
BAD_TEXT_AT = QT_TRANSLATE_NOOP(
    "errors", "Some text is not valid Unicode and could not be used: {bad} at character "
    "{position}. Nothing was saved.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors", "Something unexpected went wrong ({kind}). The details are in the log file "
    "{log}")
UNEXPECTED_NO_LOG = QT_TRANSLATE_NOOP(
    "errors", "Something unexpected went wrong ({kind}), and no log file could be written.")

# no space left, the user's quota used up, a file-size limit reached (EFBIG: no more fits)
DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def is_disk_full(exc: BaseException) -> bool:
    """True for an OSError that means no space is left (ENOSPC, EDQUOT, EFBIG)."""
    return isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS


# The system's reasons for the failures people meet, in words the app translates.
ERRNO_TEXTS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("errors", "No such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("errors", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("errors", "Operation not permitted"),
    errno.EISDIR: QT_TRANSLATE_NOOP("errors", "It is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("errors", "Not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("errors", "It already exists"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("errors", "No space left on the disk"),
    errno.EROFS: QT_TRANSLATE_NOOP("errors", "The disk is read-only"),
    errno.EIO: QT_TRANSLATE_NOOP("errors", "The disk could not be read or written"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("errors", "The name is too long"),
    errno.ECONNREFUSED: QT_TRANSLATE_NOOP("errors", "Connection refused"),
    errno.ETIMEDOUT: QT_TRANSLATE_NOOP("errors", "The connection timed out"),
    errno.EHOSTUNREACH: QT_TRANSLATE_NOOP("errors", "The host cannot be reached"),
    errno.ENETUNREACH: QT_TRANSLATE_NOOP("errors", "The network cannot be reached"),
    errno.EADDRINUSE: QT_TRANSLATE_NOOP("errors", "The address is already in use"),
    errno.EADDRNOTAVAIL: QT_TRANSLATE_NOOP("errors", "Cannot assign requested address"),
}
UNKNOWN_NAME = QT_TRANSLATE_NOOP("errors", "Name or service not known")
# failures of a path itself (a file where a folder should be, and the like): said with it
PATH_ERRNOS = (errno.ENOENT, errno.EISDIR, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP,
               errno.EIO)
CANNOT_USE = QT_TRANSLATE_NOOP("errors", "Cannot use {path}: {reason}.")


def exception_chain(exc: BaseException) -> list[BaseException]:
    """exc and the exceptions it came from (its cause, else its context), outermost first,
    each once."""
    chain: list[BaseException] = []
    item: BaseException | None = exc
    while item is not None and item not in chain:
        chain.append(item)
        item = item.__cause__ or item.__context__
    return chain


def os_reason(exc: BaseException) -> UserError | str:
    """Why exc (or an exception it came from) failed, as the system says it: words the app
    translates for the usual errno values, else the system's own ("Name or service not
    known"), never Python's "[Errno 111]" prefix. Put it into a UserError as a value."""
    for item in exception_chain(exc):
        if isinstance(item, socket.gaierror) and item.errno == socket.EAI_NONAME:
            return UserError(UNKNOWN_NAME)
        if isinstance(item, OSError) and item.errno in ERRNO_TEXTS:
            return UserError(ERRNO_TEXTS[item.errno])
        if isinstance(item, OSError) and item.strerror:
            return item.strerror.rstrip(".")
    # without its closing period: it is put into a sentence ("…: {reason}.")
    return re.sub(r"^\[Errno -?\d+\]\s*", "", str(exc)).rstrip(".") or type(exc).__name__


def _bad_text(bad: str | bytes) -> str:
    """What could not be encoded or decoded, as code: bytes as \\xff (a byte that was not
    UTF-8 comes in a string as a lone surrogate, U+DCFF), other characters as U+D800."""
    if isinstance(bad, bytes):
        return "".join(f"\\x{b:02x}" for b in bad)
    return "".join(f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF
                   else f"U+{ord(c):04X}" for c in bad)


def known_error(exc: BaseException) -> UserError | None:
    """The UserError for an exception of a known cause: itself, a full disk, a missing
    permission, a read-only disk, text that is not valid Unicode, a database that is busy,
    read-only or full. None for anything else (a bug: log it with its traceback)."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, OSError) and exc.errno is not None:
        path: object = (str(exc.filename) if exc.filename is not None  # else a stream's
                        else UserError(QT_TRANSLATE_NOOP("errors", "the standard output")))
        if is_disk_full(exc):
            return DiskFull(DISK_FULL, path=path)
        if exc.errno in (errno.EACCES, errno.EPERM):
            return UserError(NO_PERMISSION, path=path)
        if exc.errno == errno.EROFS:
            return UserError(READ_ONLY_DISK, path=path)
        if exc.errno in PATH_ERRNOS and exc.filename is not None:  # a file or folder in the way
            return UserError(CANNOT_USE, path=path, reason=os_reason(exc))
        return None
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        return UserError(BAD_TEXT_AT, bad=_bad_text(exc.object[exc.start:exc.end]),
                         position=exc.start + 1)
    if isinstance(exc, UnicodeError):
        reason = getattr(exc, "reason", "") or type(exc).__name__
        return UserError(BAD_TEXT, detail=str(reason))
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        from chatapp.store.database import known_database_error

        return known_database_error(exc, None)
    return None


def unexpected_error(exc: BaseException, log: object | None) -> UserError:
    """The one-line message for a failure of no known cause, naming the log file that holds
    its traceback (log None: none could be written)."""
    kind = type(exc).__name__
    if log is None:
        return UserError(UNEXPECTED_NO_LOG, kind=kind)
    return UserError(UNEXPECTED, kind=kind, log=str(log))
