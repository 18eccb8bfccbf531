"""The local API's failures: one line each (translatable, like every UserError), sent to the
client as OpenAI's error JSON with the HTTP status that says what kind of failure it is."""

from __future__ import annotations

from typing import Any

from chatapp.errors import QT_TRANSLATE_NOOP, UserError

# OpenAI's error types by HTTP status
TYPES = {400: "invalid_request_error", 401: "authentication_error", 404: "not_found_error",
         405: "invalid_request_error", 408: "invalid_request_error",
         413: "invalid_request_error", 429: "rate_limit_error", 500: "server_error",
         502: "server_error", 503: "server_error"}

BAD_JSON_AT = QT_TRANSLATE_NOOP(
    "errors", "The request body is not valid JSON (line {line}, column {column}).")
BAD_JSON_TEXT = QT_TRANSLATE_NOOP(
    "errors", "The request body is not valid JSON: it is not UTF-8 text.")
BAD_JSON_DEEP = QT_TRANSLATE_NOOP(
    "errors", "The request body is not valid JSON: it is nested too deeply.")
BAD_JSON_NUMBER = QT_TRANSLATE_NOOP(
    "errors", "The request body is not valid JSON: {name} is not a JSON number.")
BAD_FIELD = QT_TRANSLATE_NOOP("errors", "The request field {field} is not valid: {reason}")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("errors", "The request body must be a JSON object.")
# (the hint names the token's file, not a menu: the body is English, the user's menus may not be)
NO_TOKEN = QT_TRANSLATE_NOOP(
    "errors", "This API needs its token, sent as \"Authorization: Bearer TOKEN\": the one kept "
    "in {path} on the computer it runs on.")
NO_TOKEN_GIVEN = QT_TRANSLATE_NOOP(
    "errors", "This API needs its token, sent as \"Authorization: Bearer TOKEN\": the one it was "
    "started with (chatapp serve --token).")
WRONG_TOKEN = QT_TRANSLATE_NOOP("errors", "The token is not the one this API takes.")
UNKNOWN_MODEL = QT_TRANSLATE_NOOP(
    "errors", "There is no model {model} here. GET /v1/models lists the models.")
UNUSABLE_MODEL = QT_TRANSLATE_NOOP("errors", "The model {model} cannot be used: {reason}")
NOT_FOUND = QT_TRANSLATE_NOOP("errors", "There is no {path} here.")
WRONG_METHOD = QT_TRANSLATE_NOOP("errors", "{path} takes {methods} requests, not {method}.")
BODY_STALLED = QT_TRANSLATE_NOOP(
    "errors", "The request body stopped coming for {seconds} seconds: the request was given up.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "The request body is larger than {limit} MB: no model's context holds that much.")
ONLY_ONE = QT_TRANSLATE_NOOP(
    "errors", "Only one answer per request is supported: {field} must be 1.")
TOO_MANY_STOPS = QT_TRANSLATE_NOOP(
    "errors", "At most {limit} stop strings are taken; {count} were sent.")
ONE_PROMPT = QT_TRANSLATE_NOOP(
    "errors", "One prompt per request is taken here (a list of {count} was sent): send each in "
    "a request of its own.")
NOT_SUPPORTED = QT_TRANSLATE_NOOP("errors", "The request field {field} is not supported here.")
TOKEN_IDS = QT_TRANSLATE_NOOP(
    "errors", "Token ids are not taken here: send the {field} as text (each model tokenizes it "
    "itself).")
NO_TOOLS_TO_CHOOSE = QT_TRANSLATE_NOOP(
    "errors", "tool_choice asks for a tool call, but the request offers no tools.")
UNKNOWN_TOOL = QT_TRANSLATE_NOOP(
    "errors", "tool_choice names the function {name}, which is not among the request's tools.")
TEXT_ONLY = QT_TRANSLATE_NOOP(
    "errors", "Only text can be sent to this model (a message holds {kind}).")
NOT_CHAT = QT_TRANSLATE_NOOP(
    "errors", "{model} is an embedding model: it makes embeddings, not answers.")
NOT_EMBEDDING = QT_TRANSLATE_NOOP(
    "errors", "{model} makes answers, not embeddings. Use an embedding model.")
NO_RAW_REMOTE = QT_TRANSLATE_NOOP(
    "errors", "Text completions are only for models on this computer; use chat completions "
    "for {model}.")
QUEUE_FULL = QT_TRANSLATE_NOOP(
    "errors", "{model} has {count} requests waiting already. Try again later.")
MODEL_FAILED = QT_TRANSLATE_NOOP("errors", "The model could not answer: {reason}")
STOPPING = QT_TRANSLATE_NOOP("errors", "The local API is stopping.")
#: a browser's CORS preflight refused (chatapp.api.cors)
CORS_ORIGIN = QT_TRANSLATE_NOOP(
    "errors", "Web pages from {origin} may not use this API: it is not among the origins "
    "allowed (chatapp serve --cors).")
CORS_METHOD = QT_TRANSLATE_NOOP(
    "errors", "Web pages may not send {method} requests to this API, only GET and POST.")
CORS_PRIVATE = QT_TRANSLATE_NOOP(
    "errors", "Web pages on the internet may not use this API on a private network.")


class ApiError(UserError):
    """A failure with the HTTP status (and OpenAI error type, param, code) it is sent with;
    retry_after_s: seconds a client should wait before asking again (a Retry-After header),
    or None."""

    def __init__(self, http_status: int, template: str, *, api_param: str | None = None,
                 api_code: str | None = None, retry_after_s: int | None = None,
                 **params: object) -> None:
        super().__init__(template, **params)
        self.http_status = http_status
        self.param = api_param
        self.code = api_code
        self.retry_after_s = retry_after_s

    @property
    def headers(self) -> dict[str, str]:
        """The HTTP headers sent with the error."""
        return {} if self.retry_after_s is None else {"Retry-After": str(self.retry_after_s)}

    def body(self) -> dict[str, Any]:
        """OpenAI's error JSON (the English message: a wire format, like OpenAI's)."""
        kind = TYPES.get(self.http_status, "server_error")
        return {"error": {"message": str(self), "type": kind, "param": self.param,
                          "code": self.code}}


def answer_error(kind: str | None, error: UserError | None, message: str | None) -> ApiError:
    """The API's failure for an answer that ended in an error (Answer.error_kind, .error and
    the result's error line): the prompt longer than the context 400 (OpenAI's
    context_length_exceeded), a request the model
    cannot take (response format, tools, a template that refuses the conversation) 400, a
    model that does not fit or cannot be loaded now 503, a server elsewhere 502 (404 when it
    does not know the model, 429 with its wait when it asks to wait), the rest (the model
    process died) 500."""
    reason = str(error) if error is not None else (message or "?")
    status = {"context": 400, "request": 400, "template": 400, "fit": 503, "load": 503,
              "remote": 502}.get(kind or "", 500)
    code = {"context": "context_length_exceeded", "fit": "model_too_big"}.get(kind or "")
    said = ("fit", "load", "remote", "context", "request", "template")  # their own reason
    upstream = getattr(error, "status", None) if kind == "remote" else None
    if error is not None and upstream in (404, 429):  # the server's own: the model it does
        wait = getattr(error, "retry_after_s", None)  # not know, or asked to wait
        return ApiError(upstream, error.template, api_code="model_not_found" if upstream == 404
                        else "rate_limit_exceeded", retry_after_s=None if wait is None
                        else max(1, round(wait)), **error.params)
    if error is not None and kind in said:
        return ApiError(status, error.template, api_code=code, **error.params)
    if kind in said:
        return ApiError(status, "{reason}", api_code=code, reason=reason)
    return ApiError(status, MODEL_FAILED, api_code=code, reason=reason)
