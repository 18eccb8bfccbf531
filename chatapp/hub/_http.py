"""The HTTP library huggingface_hub uses (httpx2 in recent releases, httpx before), and the
client it shares: one that fails at once when the Hub cannot be reached, or limits requests
for longer than a few seconds."""

from __future__ import annotations

import threading

try:
    import httpx2 as httpx
except ImportError:  # huggingface_hub 1.x
    import httpx  # type: ignore[no-redef]

CONNECT_TIMEOUT_S = 10.0
# the longest wait for the Hub's next bytes where the caller set none (huggingface_hub's
# API calls set none: a Hub that accepts the connection and never answers held a search
# for ever); downloads set their own
READ_TIMEOUT_S = 30.0
# A rate limit that asks to wait longer than this (seconds) ends the request at once: the
# user is told how long to wait, rather than waiting through huggingface_hub's five tries.
RATE_WAIT_MAX_S = 5
_installed = threading.Lock()
_done = False


class Unreachable(httpx.TransportError):
    """No connection could be made (refused, no route, unknown host, connect timeout).
    Not a network error that huggingface_hub retries: trying again at once does not help,
    and the user waits for the one-line answer instead of a minute of retries."""


class NoAnswer(httpx.TransportError):
    """Connected, but no answer within READ_TIMEOUT_S to a request that set no limit of its
    own (an API call, not a download's). Not retried either: six tries of 30 s each kept a
    search waiting 3.5 minutes."""


def _fail_fast(send):
    def send_once(request: httpx.Request, **kwargs):
        timeout = dict(request.extensions.get("timeout") or {})
        ours = timeout.get("read") is None  # the read limit is the app's, not the caller's
        for kind, limit in (("connect", CONNECT_TIMEOUT_S), ("read", READ_TIMEOUT_S)):
            if timeout.get(kind) is None:
                timeout[kind] = limit
        request.extensions["timeout"] = timeout
        try:
            response = send(request, **kwargs)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise Unreachable(str(exc) or type(exc).__name__, request=request) from exc
        except httpx.ReadTimeout as exc:
            if not ours:
                raise
            raise NoAnswer(str(exc) or type(exc).__name__, request=request) from exc
        wait = rate_wait_s(response)
        if wait is not None and wait > RATE_WAIT_MAX_S:
            response.close()
            raise httpx.HTTPStatusError(f"rate limited for {wait} s", request=request,
                                        response=response)
        return response
    return send_once


def rate_wait_s(response: httpx.Response) -> int | None:
    """Seconds a 429 answer asks to wait (its RateLimit or Retry-After header); None for
    another answer, or one that does not say."""
    if response.status_code != 429:
        return None
    from huggingface_hub.utils import parse_ratelimit_headers

    limit = parse_ratelimit_headers(response.headers)
    if limit is not None and limit.remaining == 0:
        return int(limit.reset_in_seconds)
    after = response.headers.get("Retry-After", "").strip()
    return int(after) if after.isdigit() else None


def install_client() -> None:
    """Make huggingface_hub's shared client fail fast on a Hub that cannot be reached or
    stops answering (the downloads' own retries still apply), and keep its log records off
    the terminal."""
    global _done
    with _installed:
        if _done:
            return
        import huggingface_hub
        from huggingface_hub.utils import _http as hf_http

        from chatapp.logs import quiet_libraries

        default = hf_http.default_client_factory

        def factory():
            client = default()
            client.send = _fail_fast(client.send)
            return client

        huggingface_hub.set_client_factory(factory)
        quiet_libraries()
        _done = True


__all__ = ["NoAnswer", "Unreachable", "httpx", "install_client"]
