"""Where the OpenAI-compatible servers are: endpoints, stored in a file only the user can read.

An endpoint is a name, a base URL (``http://host:8080/v1``), an optional API key and optional
extra HTTP headers. The API key is kept in the endpoints file (mode 0600, in the config
folder, like the Hugging Face token) or, with ``api_key_env``, only the name of the
environment variable that holds it is kept. Keys and header values never go into the
database, the log, exports or error messages.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason
from chatapp.paths import Paths, write_private

ENDPOINTS_FILE = "endpoints.json"
NAME_MAX = 64
# how long an answer's reads are waited for (seconds), unless the endpoint says otherwise
ANSWER_TIMEOUT_S = 300.0
ANSWER_TIMEOUT_MAX_S = 86400.0  # a day: longer is surely a slip of the finger
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# a key where a variable's name should be: long, and of lower and upper case letters and digits
# (names are words: OPENAI_API_KEY, my_key)
def _key_like(name: str) -> bool:
    return len(name) >= 20 and all(any(test(c) for c in name)
                                   for test in (str.islower, str.isupper, str.isdigit))


_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an HTTP token (RFC 9110)


class EndpointError(UserError):
    """An endpoint was given or stored in a form that cannot be used."""


BAD_NAME = QT_TRANSLATE_NOOP(
    "errors", "\"{name}\" cannot name a connection: use 1 to 64 letters, digits, dots, dashes "
    "or underscores (it is typed in -m NAME/MODEL).")
NO_NAME = QT_TRANSLATE_NOOP(
    "errors", "Give the connection a name: 1 to 64 letters, digits, dots, dashes or "
    "underscores (it is typed in -m NAME/MODEL).")
BAD_URL = QT_TRANSLATE_NOOP(
    "errors", "Not a server address: {url}. Give an http:// or https:// address, such as "
    "http://192.168.1.20:8080/v1")
SECRET_IN_URL = QT_TRANSLATE_NOOP(
    "errors", "The address {url} carries a user, password or query: give a key as the API key "
    "(or a header), and the address without it.")
BAD_ENV = QT_TRANSLATE_NOOP(
    "errors", "The API key's environment variable must be named by letters, digits and _ (such "
    "as OPENAI_API_KEY); what was given is not shown here, in case it is the key itself.")
BAD_HEADER = QT_TRANSLATE_NOOP(
    "errors", "The HTTP header {header} is not written as Name=value (or Name: value); its "
    "value is not shown here.")
DUPLICATE = QT_TRANSLATE_NOOP("errors", "There is already a connection named {name}.")
UNKNOWN = QT_TRANSLATE_NOOP("errors", "There is no connection named {name}.")
DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "The connections file {path} could not be read ({reason}); it was left as it "
    "is. Fix or remove it.")
# why the file could not be read ({reason} of DAMAGED), in the user's words, not Python's
NOT_JSON_AT = QT_TRANSLATE_NOOP("errors", "it is not valid JSON (line {line}, column {column})")
NOT_JSON = QT_TRANSLATE_NOOP("errors", "it is not JSON that can be read")
NO_LIST = QT_TRANSLATE_NOOP("errors", "it holds no list of connections (\"endpoints\")")
NOT_AN_ENTRY = QT_TRANSLATE_NOOP(
    "errors", "an entry of its list of connections is not a JSON object")
HEADERS_NOT_AN_OBJECT = QT_TRANSLATE_NOOP(
    "errors", "the headers of a connection are not a JSON object")
BAD_TIMEOUT = QT_TRANSLATE_NOOP(
    "errors", "The answer timeout must be a number of seconds from 1 to 86400 (given: {value}).")
KEY_VAR_UNSET = QT_TRANSLATE_NOOP(
    "errors", "{endpoint}: the environment variable {var} that holds its API key is not set.")


@dataclass
class Endpoint:
    """One OpenAI-compatible server.

    Attributes:
        name: what the user calls it; models appear as ``NAME/MODEL_ID``. No "/".
        base_url: the API's root, usually ending in ``/v1``.
        api_key: the key itself (kept only in the 0600 endpoints file), or "".
        api_key_env: the name of the environment variable holding the key, or "".
        headers: extra HTTP headers sent with every request (values may be secrets too).
        answer_timeout_s: the longest wait (seconds) for each read of an answer (the first
            piece comes after the server read the prompt), ANSWER_TIMEOUT_S by default.
    """

    name: str
    base_url: str
    api_key: str = field(default="", repr=False)
    api_key_env: str = ""
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    answer_timeout_s: float = ANSWER_TIMEOUT_S

    @property
    def host(self) -> str:
        """The server's host[:port], for messages and provenance (no user or password)."""
        parts = urlsplit(self.base_url)
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        return f"{host}:{parts.port}" if parts.port else host

    @property
    def root_url(self) -> str:
        """The server's address without the API path's ``/v1`` (where llama-server's
        ``/props`` and Ollama's ``/api/show`` are)."""
        url = self.base_url.rstrip("/")
        return url[:-3] if url.endswith("/v1") else url

    @property
    def on_loopback(self) -> bool:
        """Whether the server is on this machine (localhost, 127.0.0.0/8, ::1); no DNS."""
        return is_loopback(urlsplit(self.base_url).hostname or "")

    def api_key_value(self) -> str:
        """The API key to send ("" for none); EndpointError when its variable is unset."""
        if self.api_key_env:
            value = os.environ.get(self.api_key_env, "").strip()
            if not value:
                raise EndpointError(KEY_VAR_UNSET, endpoint=self.name, var=self.api_key_env)
            return value
        return self.api_key.strip()

    def secrets(self) -> list[str]:
        """Texts that must never appear in a message: the key, the header values and their
        long words (a server may repeat the token of "Bearer TOKEN" alone)."""
        found = [self.api_key] + list(self.headers.values())
        found += [word for value in self.headers.values() for word in value.split()
                  if len(word) >= 8]
        if self.api_key_env:
            found.append(os.environ.get(self.api_key_env, ""))
        return [s.strip() for s in found if len(s.strip()) >= 4]

    def key_description(self) -> str:
        """How the key is given, without the key: "$VAR", "stored" or ""."""
        if self.api_key_env:
            return f"${self.api_key_env}"
        return "stored" if self.api_key else ""

    def to_dict(self) -> dict:
        """As stored in the endpoints file."""
        return {"name": self.name, "base_url": self.base_url, "api_key": self.api_key,
                "api_key_env": self.api_key_env, "headers": dict(self.headers),
                "answer_timeout_s": self.answer_timeout_s}

    @classmethod
    def from_dict(cls, data: dict) -> Endpoint:
        """From the endpoints file; EndpointError when a value is unusable."""
        if not isinstance(data, dict):
            raise EndpointError(NOT_AN_ENTRY)
        headers = data.get("headers") or {}
        if not isinstance(headers, dict):
            raise EndpointError(HEADERS_NOT_AN_OBJECT)
        return make_endpoint(
            str(data.get("name", "")), str(data.get("base_url", "")),
            api_key=str(data.get("api_key") or ""), api_key_env=str(data.get("api_key_env") or ""),
            headers={str(k): str(v) for k, v in headers.items()}, stored=True,
            answer_timeout_s=data.get("answer_timeout_s", ANSWER_TIMEOUT_S))


def is_loopback(host: str) -> bool:
    """Whether a host name or address is this machine, without asking DNS."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


def valid_name(name: str) -> bool:
    """Whether name is one `chatapp remote add` takes: 1 to NAME_MAX letters, digits, ".",
    "-" and "_"."""
    return 0 < len(name) <= NAME_MAX and all(c.isalnum() or c in ".-_" for c in name)


def check_name(name: str, stored: bool = False) -> str:
    """The name stripped; EndpointError if it is not valid_name (stored: a name from the
    file, where only "/" and control characters are refused, as they were when it was
    added)."""
    name = name.strip()
    if not name:
        raise EndpointError(NO_NAME)
    if not (len(name) <= NAME_MAX and all(c != "/" and ord(c) >= 32 and ord(c) != 127
                                          for c in name) if stored else valid_name(name)):
        raise EndpointError(BAD_NAME, name=name)
    return name


def normalize_url(url: str) -> str:
    """An http(s) base URL without a trailing "/"; ``/v1`` is added when no path is given,
    http:// when no scheme is ("localhost:8080").

    EndpointError when it is not an http(s) address with a host. User and password in the
    URL are refused (they would show wherever the address is shown): use a key or a header.
    """
    given = url.strip()
    text = given if "://" in given or not given else "http://" + given
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise EndpointError(BAD_URL, url=given) from None
    if parts.scheme in ("http", "https") and parts.hostname and (
            parts.username or parts.password or parts.query or parts.fragment):
        bare = urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[-1], parts.path, "", ""))
        raise EndpointError(SECRET_IN_URL, url=bare)  # what may be a secret is not repeated
    if (parts.scheme not in ("http", "https") or not parts.hostname
            or any(c.isspace() for c in text)):
        raise EndpointError(BAD_URL, url=given)
    path = parts.path.rstrip("/") or "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def parse_header(text: str) -> tuple[str, str]:
    """``Name=value`` or ``Name: value`` as (name, value); EndpointError if malformed, naming
    only the header's first word (the rest may be a secret, such as a token)."""
    match = re.match(r"^\s*([^=:\s]+)\s*[=:]\s*(.*?)\s*$", text)
    if not match or not _HEADER_NAME.match(match.group(1)) or any(
            c in match.group(2) for c in "\r\n\0"):
        raise EndpointError(BAD_HEADER, header=header_name(text))
    return match.group(1), match.group(2)


def header_name(text: str) -> str:
    """The first word of a header line (before any blank, "=" or ":"), cut to 40
    characters; a long line of one word (perhaps a pasted token) only by its first four;
    "?" when there is none."""
    words = re.split(r"[\s=:]", text.strip(), maxsplit=1)
    word = words[0]
    if len(words) == 1 and len(word) > 16:
        word = word[:4] + "…"
    return (word if len(word) <= 40 else word[:39] + "…") or "?"


def check_timeout(value: object) -> float:
    """An answer timeout in seconds (a number or its text, 1 to ANSWER_TIMEOUT_MAX_S) as a
    float; EndpointError (BAD_TIMEOUT) otherwise."""
    try:
        seconds = float(str(value).strip()) if not isinstance(value, bool) else float("nan")
    except ValueError:
        seconds = float("nan")
    if not 1.0 <= seconds <= ANSWER_TIMEOUT_MAX_S:  # (also false for nan)
        raise EndpointError(BAD_TIMEOUT, value=str(value)[:40])
    return seconds


def make_endpoint(name: str, url: str, *, api_key: str = "", api_key_env: str = "",
                  headers: dict[str, str] | None = None, stored: bool = False,
                  answer_timeout_s: object = ANSWER_TIMEOUT_S) -> Endpoint:
    """A checked Endpoint (name, URL, variable name, headers and answer timeout in seconds
    validated; stored: read from the endpoints file, see check_name); EndpointError."""
    api_key_env = api_key_env.strip().lstrip("$")
    if api_key_env and (not _ENV_NAME.match(api_key_env) or _key_like(api_key_env)):
        raise EndpointError(BAD_ENV)
    checked = dict(parse_header(f"{key}={value}") for key, value in (headers or {}).items())
    return Endpoint(check_name(name, stored), normalize_url(url), api_key.strip(), api_key_env,
                    checked, check_timeout(answer_timeout_s))


class EndpointStore:
    """The endpoints file (``endpoints.json`` in the config folder, mode 0600).

    A file that cannot be read is never overwritten: every call raises EndpointError
    (DAMAGED) until the user fixes or removes it.

    Attributes:
        path: the file.
    """

    def __init__(self, paths: Paths) -> None:
        self.path: Path = paths.config / ENDPOINTS_FILE

    def load(self) -> list[Endpoint]:
        """The endpoints in the order they were added; EndpointError if the file is damaged."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            raise EndpointError(DAMAGED, path=str(self.path),
                                reason=os_reason(exc)) from None
        try:
            data = json.loads(raw)
            entries = data.get("endpoints") if isinstance(data, dict) else None
            if not isinstance(entries, list):
                raise EndpointError(NO_LIST)
            return [Endpoint.from_dict(entry) for entry in entries]
        except json.JSONDecodeError as exc:  # where (Python's own words stay out)
            reason = UserError(NOT_JSON_AT, line=exc.lineno, column=exc.colno)
        except (ValueError, RecursionError):  # nested too deep, numbers too long
            reason = UserError(NOT_JSON)
        except EndpointError as exc:
            reason = exc  # (translated with the line it is put in)
        raise EndpointError(DAMAGED, path=str(self.path), reason=reason)

    def save(self, endpoints: list[Endpoint]) -> None:
        """Write the endpoints (readable by this user only)."""
        data = {"version": 1, "endpoints": [e.to_dict() for e in endpoints]}
        write_private(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    def get(self, name: str) -> Endpoint:
        """The endpoint called name; EndpointError if there is none."""
        for endpoint in self.load():
            if endpoint.name == name.strip():
                return endpoint
        raise EndpointError(UNKNOWN, name=name)

    def add(self, endpoint: Endpoint, *, replace: str | None = None) -> None:
        """Add an endpoint; with replace=NAME it takes that one's place (an edit, which may
        rename it). EndpointError when its name is taken by another one."""
        endpoints = self.load()
        if replace is not None and not any(e.name == replace for e in endpoints):
            raise EndpointError(UNKNOWN, name=replace)
        if any(e.name == endpoint.name and e.name != replace for e in endpoints):
            raise EndpointError(DUPLICATE, name=endpoint.name)
        if replace is None:
            endpoints.append(endpoint)
        else:
            endpoints = [endpoint if e.name == replace else e for e in endpoints]
        self.save(endpoints)

    def remove(self, name: str) -> Endpoint:
        """Remove the endpoint called name and return it; EndpointError if there is none."""
        endpoints = self.load()
        for endpoint in endpoints:
            if endpoint.name == name.strip():
                self.save([e for e in endpoints if e is not endpoint])
                return endpoint
        raise EndpointError(UNKNOWN, name=name)
