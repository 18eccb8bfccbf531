"""What went wrong with a server, in one line the user can act on.

Every failure of a request to an endpoint (no server, unknown host, timeout, TLS, refused
key, unknown model, rate limit, server error, a stream that breaks or carries garbage) becomes
a :class:`RemoteError` whose message names the endpoint and never holds its API key or
header values. Text the server sent is only ever a value in the message, cut to one short line.
"""

from __future__ import annotations

import email.utils
import html
import json
import logging
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterable
from urllib.parse import urljoin, urlsplit, urlunsplit

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, exception_chain, os_reason
from chatapp.remote.endpoints import Endpoint

log = logging.getLogger(__name__)
_LOGGED: set[tuple[str, str]] = set()  # the junk replies logged as warnings so far

DETAIL_CHARS = 200
_MARKUP = re.compile(r"<[^<>]{0,200}>")
# an HTML page's title or first heading: what its error says, once
_HEADLINE = re.compile(r"<(title|h1)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)


class RemoteError(UserError):
    """A request to an endpoint failed.

    Attributes:
        status: the HTTP status, when the server answered with one.
        retry_after_s: how long a rate-limited server asked to wait, when it said.
    """

    def __init__(self, template: str, *, http_status: int | None = None,
                 retry_after_s: float | None = None, **params: object) -> None:
        super().__init__(template, **params)
        self.status = http_status
        self.retry_after_s = retry_after_s

    def format(self, template: str, translate: Callable[[str], str] | None = None,
               number: Callable[[int], str] | None = None,
               size: Callable[[int], str] | None = None) -> str:
        """The message from a (possibly translated) template, without trailing blanks."""
        return super().format(template, translate, number, size).strip()


OFFLINE = QT_TRANSLATE_NOOP(
    "errors", "Offline mode is on: {endpoint} ({host}) is not at a loopback address "
    "(127.0.0.1, ::1, localhost), so it is not contacted. Turn offline mode off to use it.")
REFUSED = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: nothing answers at {host}. Is the server running, and is the port "
    "right?")
UNKNOWN_HOST = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the host name {host} could not be found. Check the address and "
    "the network.")
TIMEOUT = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server at {host} did not answer within {seconds} seconds.")
TLS = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: no secure connection to {host} ({reason}). Check http:// or "
    "https:// in the address, and the server's certificate.")
NETWORK = QT_TRANSLATE_NOOP("errors", "{endpoint}: could not connect to {host} ({reason}).")
CLOSED_EARLY = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server at {host} took the request, then closed the connection "
    "without answering. Its log may say why.")
BAD_KEY = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server refused the API key (HTTP 401). Check the key (Models → "
    "Connections…; on the command line: `chatapp remote rm {endpoint}`, then `chatapp remote "
    "add` with --api-key-env).")
NEEDS_KEY = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server wants an API key (HTTP 401). Add one (Models → "
    "Connections…; on the command line: `chatapp remote rm {endpoint}`, then `chatapp remote "
    "add` with --api-key-env).")
BAD_HEADERS = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server refused the credentials sent in the connection's "
    "headers ({names}) (HTTP 401). Check their values (Models → Connections…; on the command "
    "line: `chatapp remote rm {endpoint}`, then `chatapp remote add` with --header NAME=VALUE).")
FORBIDDEN = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server refused access (HTTP 403). {detail}")
NO_MODEL = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server has no model {model} (HTTP 404). List its models again "
    "to see what it serves now.")
NOT_AN_API = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: {url} did not answer as an OpenAI-compatible API does (HTTP "
    "{status}). Check that the address is such a server's (llama-server, vLLM, Ollama, LM "
    "Studio…), with the path it serves the API on (usually /v1).")
RATE_LIMITED = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server is limiting requests (HTTP 429) and refused again after "
    "a wait. Try again later.")
RATE_LIMITED_LONG = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server is limiting requests (HTTP 429) and asks to wait "
    "{seconds} seconds. Try again later.")
BUSY = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server is busy or still loading its model (HTTP 503) and "
    "refused again after a wait. Try again later.")
BUSY_LONG = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server is busy or still loading its model (HTTP 503) and asks "
    "to wait {seconds} seconds. Try again later.")
CONTEXT_FULL = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the conversation may not fit the model's context on the server: "
    "shorten it or start a new one. The server said: {detail}")
REJECTED = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server rejected the request (HTTP {status}). {detail}")
SERVER_FAILED = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server failed (HTTP {status}). {detail}")
REDIRECTED = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server sends requests elsewhere (HTTP {status}) to {location}. "
    "Use that address for the connection.")
STREAM_BROKEN = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the connection broke while the answer was being written ({reason}).")
STREAM_ENDED = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server closed the answer before its end. Its log says why: "
    "often the server failed, or the conversation filled the model's context there (then a "
    "shorter one helps).")
NOT_A_STREAM = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server at {host} did not answer as an OpenAI-compatible stream.")
STREAM_ERROR = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server reported an error while answering: {detail}")
MALFORMED = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the server at {host} did not answer as an OpenAI-compatible API.")


# what a server says of a prompt too long for the model's context (llama-server, llama-cpp-
# python, vLLM, OpenAI), not of a rate or quota "exceeded" nor of Go's request "context
# deadline exceeded" / "context canceled" (Ollama's timeouts)
_CONTEXT_WORDS = re.compile(r"context(?! deadline| cancel)|n_ctx|too many tokens|"
                            r"\b(?:tokens?|length|prompt)\b[^.]{0,40}\bexceed", re.IGNORECASE)
# statuses answered again once after the wait the server asks for (503 only with one)
RETRIED_STATUSES = {429: RATE_LIMITED, 503: BUSY}


def one_line(text: object, secrets: Iterable[str] = (), limit: int = DETAIL_CHARS) -> str:
    """Untrusted text as one short line with the secrets blanked out."""
    line = " ".join(str(text).split())
    for secret in secrets:
        if secret:
            line = line.replace(secret, "•••")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def said_text(text: object, secrets: Iterable[str] = ()) -> str:
    """What a server said, as one_line, ending a sentence: a full stop is added where it
    ends without one ("Internal Server Error" -> "Internal Server Error."), so that the
    next sentence of a message does not run on from it; "" stays ""."""
    line = one_line(text, secrets)
    return line if not line or line[-1] in ".!?…。" else line + "."


def retry_after_s(headers: object) -> float | None:
    """The wait a 429 or 503 response asks for (``Retry-After`` seconds or date,
    ``retry-after-ms``), in seconds; None when it gives none."""
    get = getattr(headers, "get", None)
    if get is None:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = get(name)
        if not value:
            continue
        try:
            return max(0.0, float(value) * scale)
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            continue
        if when is not None:
            return max(0.0, when.timestamp() - time.time())
    return None


def offline_error(endpoint: Endpoint) -> RemoteError:
    """The error for an endpoint that offline mode blocks."""
    return RemoteError(OFFLINE, endpoint=endpoint.name, host=endpoint.host)


def _server_detail(exc: BaseException) -> str:
    """The message a server put in its error body (OpenAI's ``error.message``, FastAPI's
    ``detail``, or the body's text)."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            for key in ("message", "detail", "msg"):
                if inner.get(key):
                    value = inner[key]
                    return value if isinstance(value, str) else json.dumps(value)
        elif isinstance(inner, str):
            return inner
        return json.dumps(body)
    text = body if isinstance(body, str) else ""
    response = getattr(exc, "response", None)
    if not text and response is not None:
        try:
            text = response.text
        except Exception:  # noqa: BLE001 - a streamed body that cannot be read now
            text = ""
    headline = _HEADLINE.search(text)  # an HTML error page: its title, not the whole page
    return html.unescape(_MARKUP.sub(" ", headline.group(2) if headline else text))


def _error_code(exc: BaseException) -> str:
    """The ``code`` of an OpenAI-style error body ("context_length_exceeded"), or ""."""
    body = getattr(exc, "body", None)
    inner = body.get("error", body) if isinstance(body, dict) else None
    return str(inner.get("code") or "") if isinstance(inner, dict) else ""


# a server's refusals of how it was asked (its key, its address): asking again mends none
REFUSALS = (BAD_KEY, NEEDS_KEY, FORBIDDEN, NOT_AN_API, REDIRECTED)


def refused(error: BaseException) -> bool:
    """Whether error is one of REFUSALS, not a server away or failing."""
    return getattr(error, "template", None) in REFUSALS


def redirected_base(base_url: str, url: str, location: str) -> str | None:
    """The base URL a redirect from url (an address under base_url) to location points to,
    when it is another one (http to https, another host or path prefix); None when it is the
    same base (a folder's trailing "/") or not an API address at all (a login page)."""
    if not url.startswith(base_url):
        return None
    rest = url[len(base_url):].split("?", 1)[0].rstrip("/")
    parts = urlsplit(urljoin(url, location.strip()))
    path = parts.path.rstrip("/")
    if parts.scheme not in ("http", "https") or not parts.hostname or not path.endswith(rest):
        return None
    base = urlunsplit((parts.scheme, parts.netloc, path[:len(path) - len(rest)], "", ""))
    return base if base.rstrip("/") != base_url.rstrip("/") else None


# what the HTTP client raises when the server ends the connection in the middle
_CLOSED_KINDS = ("RemoteProtocolError", "IncompleteRead", "ReadError", "ConnectionResetError",
                 "BrokenPipeError")
CLOSED = QT_TRANSLATE_NOOP("errors", "the server closed the connection")


def _connection_reason(chain: list[BaseException]) -> tuple[str, UserError | str]:
    """(kind, reason) of a connection failure: kind is "refused", "dns", "tls", "timeout",
    "closed" (connected, then closed without an answer) or "other"; the reason in the app's
    words where it has some (translated), else the system's or the TLS library's."""
    for item in chain:
        if isinstance(item, ConnectionRefusedError):
            return "refused", item.strerror or "refused"
        if isinstance(item, socket.gaierror):
            return "dns", item.strerror or str(item)
        if isinstance(item, ssl.SSLError):
            return "tls", getattr(item, "verify_message", None) or item.reason or str(item)
        if isinstance(item, (TimeoutError, socket.timeout)):
            return "timeout", "timeout"
    for item in chain:
        name = type(item).__name__
        if name.endswith("Timeout") or name == "APITimeoutError":
            return "timeout", "timeout"
    if any(type(item).__name__ in _CLOSED_KINDS for item in chain):
        return "closed", UserError(CLOSED)
    for item in chain:
        if isinstance(item, OSError) and item.strerror:
            return "other", os_reason(item)
    last = chain[-1] if chain else None
    return "other", (str(last) or type(last).__name__) if last is not None else "?"


def _credential(header: str) -> bool:
    """Whether a header's name says it carries credentials (Authorization, X-API-Key,
    Cookie, X-Auth-Token…)."""
    low = header.lower()
    return low == "cookie" or any(word in low for word in ("auth", "key", "token", "secret"))


def explain(exc: BaseException, endpoint: Endpoint, *, model: str = "", url: str = "",
            timeout_s: float = 0.0, connect_timeout_s: float = 0.0,
            streaming: bool = False) -> RemoteError:
    """A RemoteError for what a request to endpoint raised (openai, httpx, socket, ssl or
    JSON errors). model: the model asked for (a 404 then means no such model); url: the
    address asked; timeout_s / connect_timeout_s: the limits in force, for the message;
    streaming: the answer had started, so a lost connection broke it. A
    RemoteError or another UserError is returned as it is; anything else unknown becomes a
    MALFORMED line (it came from what the server sent; what it was goes to the log only). A
    redirect is REDIRECTED only when it points to another base URL, else MALFORMED."""
    if isinstance(exc, RemoteError):
        return exc
    if isinstance(exc, UserError):
        return RemoteError(exc.template, **exc.params)
    import openai

    secrets = endpoint.secrets()
    name = endpoint.name
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        detail = said_text(_server_detail(exc), secrets)
        if status == 401:
            sent = [header for header in endpoint.headers if _credential(header)]
            if not (endpoint.api_key or endpoint.api_key_env) and sent:
                # (no key of its own: what was refused came in its headers, named, not shown)
                return RemoteError(BAD_HEADERS, http_status=status, endpoint=name,
                                   names=", ".join(sent))
            return RemoteError(BAD_KEY if endpoint.api_key or endpoint.api_key_env
                               else NEEDS_KEY, http_status=status, endpoint=name)
        if status == 403:
            return RemoteError(FORBIDDEN, http_status=status, endpoint=name, detail=detail)
        if status == 404 and model:
            return RemoteError(NO_MODEL, http_status=status, endpoint=name, model=model)
        if status in (404, 405) or (status == 501 and not isinstance(
                getattr(exc, "body", None), dict)):  # 501 without JSON: no such method here
            return RemoteError(NOT_AN_API, http_status=status, status=status, endpoint=name,
                               url=url or endpoint.base_url)
        wait = retry_after_s(exc.response.headers)
        if status == 429 or (status == 503 and wait is not None):
            short, long = (RATE_LIMITED, RATE_LIMITED_LONG) if status == 429 \
                else (BUSY, BUSY_LONG)
            return RemoteError(long if wait is not None and wait >= 1 else short,
                               http_status=status, retry_after_s=wait, endpoint=name,
                               seconds=round(wait or 0))
        if 300 <= status < 400:
            base = redirected_base(endpoint.base_url, url or endpoint.base_url,
                                   exc.response.headers.get("location", ""))
            if base is None:
                return RemoteError(MALFORMED, http_status=status, endpoint=name,
                                   host=endpoint.host)
            return RemoteError(REDIRECTED, http_status=status, status=status, endpoint=name,
                               location=one_line(base, secrets))
        if _CONTEXT_WORDS.search(detail) or _error_code(exc) == "context_length_exceeded":
            return RemoteError(CONTEXT_FULL, http_status=status, endpoint=name, detail=detail)
        if status >= 500:
            return RemoteError(SERVER_FAILED, http_status=status, endpoint=name, status=status,
                               detail=detail)
        return RemoteError(REJECTED, http_status=status, endpoint=name, status=status,
                           detail=detail)
    chain = exception_chain(exc)
    if isinstance(exc, openai.APIConnectionError) or any(
            isinstance(e, OSError) for e in chain):
        kind, reason = _connection_reason(chain)
        if isinstance(reason, str):
            reason = one_line(reason, secrets)
        if kind == "timeout":
            connecting = any("Connect" in type(e).__name__ for e in chain)
            seconds = connect_timeout_s if connecting and connect_timeout_s else timeout_s
            return RemoteError(TIMEOUT, endpoint=name, host=endpoint.host,
                               seconds=f"{seconds:g}" if seconds else "?")
        if streaming:
            return RemoteError(STREAM_BROKEN, endpoint=name, reason=reason)
        if kind == "refused":
            return RemoteError(REFUSED, endpoint=name, host=endpoint.host)
        if kind == "dns":
            return RemoteError(UNKNOWN_HOST, endpoint=name,
                               host=urlsplit(endpoint.base_url).hostname or endpoint.host)
        if kind == "tls":
            return RemoteError(TLS, endpoint=name, host=endpoint.host, reason=reason)
        if kind == "closed":
            return RemoteError(CLOSED_EARLY, endpoint=name, host=endpoint.host)
        return RemoteError(NETWORK, endpoint=name, host=endpoint.host, reason=reason)
    if isinstance(exc, openai.APIError) and not isinstance(
            exc, openai.APIResponseValidationError):  # an error event inside the stream
        detail = said_text(getattr(exc, "message", "") or _server_detail(exc), secrets)
        full = _CONTEXT_WORDS.search(detail) or _error_code(exc) == "context_length_exceeded"
        return RemoteError(CONTEXT_FULL if full else STREAM_ERROR, endpoint=name, detail=detail)
    said = one_line(f"{type(exc).__name__}: {exc}", secrets)
    # once a server and reply: a connection whose list is junk is asked again every 30 s
    log.log(logging.DEBUG if (endpoint.host, said) in _LOGGED else logging.WARNING,
            "%s sent what is not an OpenAI-compatible answer: %s", endpoint.host, said)
    if len(_LOGGED) < 1000:
        _LOGGED.add((endpoint.host, said))
    return RemoteError(MALFORMED, endpoint=name, host=endpoint.host)
