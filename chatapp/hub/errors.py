"""Turn Hub and network failures into messages that say what to do, not stack traces."""

from __future__ import annotations

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, exception_chain, os_reason
from chatapp.units import format_duration


class HubError(UserError):
    """A Hub request failed in a way the user can act on.

    Attributes:
        retryable: a later try may work (network trouble, rate limit, server error).
        status: the HTTP status, when there was one.
    """

    def __init__(self, template: str, *, retryable: bool = False, http_status: int | None = None,
                 **params: object) -> None:
        super().__init__(template, **params)
        self.retryable = retryable
        self.status = http_status


class DamagedOnHub(HubError):
    """A file's header, read from the Hub before downloading, shows it is no usable GGUF
    model (not a GGUF, damaged, or shorter than its own tensor table says): downloading it
    cannot help."""


NO_GGUF = QT_TRANSLATE_NOOP("errors", "{repo} has no GGUF model files.")
DAMAGED_ON_HUB = QT_TRANSLATE_NOOP(
    "errors", "{file} on the Hub is not a usable GGUF model, so it is not downloaded: "
    "{reason}")
LFS_POINTER_ON_HUB = QT_TRANSLATE_NOOP(
    "errors", "{file} on the Hub is a Git LFS pointer, a small text file that stands for the "
    "model, not the model itself (its authors uploaded it without Git LFS), so it is not "
    "downloaded. Ask its authors, or choose another file.")
TRUNCATED_ON_HUB = QT_TRANSLATE_NOOP(
    "errors", "{file} on the Hub is incomplete, so it is not downloaded: its model data "
    "should take {want}, but the file there has only {have}. Ask its authors, or choose "
    "another file.")
GATED_NO_TOKEN = QT_TRANSLATE_NOOP(
    "errors", "{repo} is gated: its authors want you to accept their license first. Open "
    "{url}, accept the license with your Hugging Face account, then add an access token "
    "of that account (Models → Hugging Face token…, or the HF_TOKEN variable).")
GATED_DENIED = QT_TRANSLATE_NOOP(
    "errors", "{repo} is gated and your access token has no access yet. Open {url} and "
    "accept the license (or wait for the authors to approve your request), then try again.")
NOT_FOUND = QT_TRANSLATE_NOOP(
    "errors", "The repository {repo} was not found. Check its name; if it is private, add "
    "an access token that can read it (Models → Hugging Face token…).")
FILE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The file {file} is not in {repo}.")
BAD_TOKEN = QT_TRANSLATE_NOOP(
    "errors", "The Hub refused your access token. Check it, or remove it to browse public "
    "models (Models → Hugging Face token…).")
FORBIDDEN = QT_TRANSLATE_NOOP(
    "errors", "The Hub refused access to {repo}. Your access token may lack the permission "
    "to read it.")
RATE_LIMITED = QT_TRANSLATE_NOOP(
    "errors", "The Hub is limiting how many requests you make. Wait a minute and try again.")
RATE_LIMITED_FOR = QT_TRANSLATE_NOOP(
    "errors", "The Hub is limiting how many requests you make: try again in {time}.")
SEARCH_REFUSED = QT_TRANSLATE_NOOP(
    "errors", "The Hub asks for an access token to search (HTTP 401). Add one in Models → "
    "Hugging Face token… (or the HF_TOKEN variable).")
SERVER_ERROR = QT_TRANSLATE_NOOP(
    "errors", "The Hub answered with an error (HTTP {status}). Try again later.")
NETWORK = QT_TRANSLATE_NOOP(
    "errors", "Could not reach the Hugging Face Hub ({endpoint}): {reason}. Check your "
    "internet connection.")
# every timeout, whether the connection was not taken in time or no data came over it (a Hub
# stopped with SIGSTOP does either, by how many connections wait): one wording
STALLED = QT_TRANSLATE_NOOP(
    "errors", "The Hugging Face Hub ({endpoint}) did not answer in time: it may be stopped or "
    "overloaded, or the connection too slow. Try again later.")
CUT_OFF = QT_TRANSLATE_NOOP("errors", "The connection was cut off")
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP(
    "errors", "The Hub's address {endpoint} is not a web address (http:// or https://). "
    "Check HF_ENDPOINT, or leave it unset for the Hugging Face Hub.")
NOT_THE_HUB = QT_TRANSLATE_NOOP(
    "errors", "{endpoint} does not answer as the Hugging Face Hub does (HTTP {status}). Check "
    "HF_ENDPOINT, or leave it unset for the Hugging Face Hub.")
WORK_OFFLINE_HINT = QT_TRANSLATE_NOOP(
    "errors", "Without a network, turn on Models → Work offline: the app then stops asking "
    "the Hub.")


def is_unreachable(error: BaseException) -> bool:
    """Whether an error means the Hub cannot be reached at all (network down)."""
    return isinstance(error, HubError) and error.template == NETWORK


def hub_url(endpoint: str, repo_id: str) -> str:
    """The repo's page on the Hub."""
    return f"{endpoint.rstrip('/')}/{repo_id}"


def from_status(status: int, repo_id: str, endpoint: str, *, error_code: str = "",
                error_message: str = "", token: bool = False, file: str = "",
                wait_s: int | None = None) -> HubError:
    """The HubError for an HTTP error status and the Hub's X-Error-Code (wait_s: the
    seconds a rate limit asks to wait, when it says)."""
    url = hub_url(endpoint, repo_id)
    if error_code == "GatedRepo":
        template = GATED_DENIED if token and status == 403 else GATED_NO_TOKEN
        return HubError(template, http_status=status, repo=repo_id, url=url)
    if error_code == "EntryNotFound" or (status == 404 and file and error_code != "RepoNotFound"):
        return HubError(FILE_NOT_FOUND, http_status=status, repo=repo_id, file=file or "?")
    if not repo_id and not error_code and status in (404, 405):  # a search: no repository
        return HubError(NOT_THE_HUB, http_status=status, endpoint=endpoint, status=status)
    if not repo_id and status == 401 and not token:
        return HubError(SEARCH_REFUSED, http_status=status)
    if error_code in ("RepoNotFound", "RevisionNotFound") or status == 404:
        return HubError(NOT_FOUND, http_status=status, repo=repo_id)
    if status == 401:
        if error_message == "Invalid credentials in Authorization header" or token:
            return HubError(BAD_TOKEN, http_status=status)
        return HubError(NOT_FOUND, http_status=status, repo=repo_id)
    if status == 403:
        return HubError(FORBIDDEN, http_status=status, repo=repo_id)
    if status == 429 and wait_s:
        return HubError(RATE_LIMITED_FOR, http_status=status, retryable=True,
                        time=format_duration(wait_s))
    if status == 429:
        return HubError(RATE_LIMITED, http_status=status, retryable=True)
    return HubError(SERVER_ERROR, http_status=status, status=status,
                    retryable=status >= 500 or status == 408)


def timed_out(exc: BaseException) -> bool:
    """Whether exc (or an exception it came from) is a timeout: httpx's connect, read, write
    or pool timeout, the app's NoAnswer, or the socket's own (TimeoutError)."""
    from chatapp.hub._http import NoAnswer
    from chatapp.hub._http import httpx as httpx2

    return any(isinstance(item, (httpx2.TimeoutException, NoAnswer, TimeoutError))
               for item in exception_chain(exc))


def translate_exception(exc: BaseException, repo_id: str, endpoint: str, *,
                        token: bool = False, file: str = "") -> UserError:
    """A UserError for an exception raised by huggingface_hub or httpx."""
    if isinstance(exc, UserError):
        return exc
    from huggingface_hub.errors import HfHubHTTPError, OfflineModeIsEnabled

    from chatapp.hub._http import Unreachable, rate_wait_s
    from chatapp.hub._http import httpx as httpx2
    from chatapp.hub.config import OFFLINE, OfflineError

    if isinstance(exc, OfflineModeIsEnabled):
        return OfflineError(OFFLINE)
    response = getattr(exc, "response", None)
    if isinstance(exc, (HfHubHTTPError, httpx2.HTTPStatusError)) and response is not None:
        return from_status(response.status_code, repo_id, endpoint,
                           error_code=response.headers.get("X-Error-Code", ""),
                           error_message=response.headers.get("X-Error-Message", ""),
                           token=token, file=file, wait_s=rate_wait_s(response))
    if isinstance(exc, (httpx2.UnsupportedProtocol, httpx2.InvalidURL)):
        return HubError(NOT_AN_ADDRESS, endpoint=endpoint)
    if timed_out(exc):  # connected, then nothing came; or the connection was not taken
        return HubError(STALLED, retryable=True, endpoint=endpoint)
    if isinstance(exc, (httpx2.TransportError, httpx2.StreamError, OSError)):
        reason = os_reason(exc)
        if not isinstance(reason, UserError) and not isinstance(exc, Unreachable):
            reason = UserError(CUT_OFF)  # (the library's English words: "peer closed…")
        return HubError(NETWORK, retryable=True, endpoint=endpoint, reason=reason)
    raise exc
