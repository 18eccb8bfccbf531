"""The OpenAI request bodies the local API takes, checked (pydantic), and made into what the
answer pipeline takes: a message list and the answer's parameters.

Fields of OpenAI's API that the app can honour are used (sampling, stop strings, the token
limit, the seed, response formats, tools); the extra sampling fields that llama-server, vLLM
and llama-cpp-python accept (top_k, min_p, repeat_penalty, ignore_eos) too; other fields
(user, metadata, parallel_tool_calls…) are ignored, as those servers do; a field that asks for
something the app cannot do (n > 1, log probabilities) is refused with a 400.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from chatapp.api.errors import (
    BAD_FIELD,
    BAD_JSON_AT,
    BAD_JSON_DEEP,
    BAD_JSON_NUMBER,
    BAD_JSON_TEXT,
    NO_TOOLS_TO_CHOOSE,
    NOT_AN_OBJECT,
    NOT_SUPPORTED,
    ONE_PROMPT,
    ONLY_ONE,
    TEXT_ONLY,
    TOKEN_IDS,
    TOO_MANY_STOPS,
    UNKNOWN_TOOL,
    ApiError,
)
from chatapp.engine.grammar import GrammarError, grammar_for
from chatapp.export import storable_values
from chatapp.model_defaults import model_sampling

if TYPE_CHECKING:
    from chatapp.catalogue import AnyModel
    from chatapp.settings import Sampling

MAX_TOKENS = 2**31 - 1  # llama.cpp counts the tokens to predict in a 32-bit int
MAX_STOPS = 4  # stop strings a request may have (OpenAI's limit)


class _Body(BaseModel):
    # strict: a number is a number (true is not 1, "0.5" not 0.5), as OpenAI's API has it
    model_config = ConfigDict(extra="allow", strict=True)

    @model_validator(mode="before")
    @classmethod
    def _null_is_left_out(cls, data: Any) -> Any:
        """A field given as null is the field left out, as OpenAI's API takes it
        ("stream": null streams nothing; "encoding_format": null is float)."""
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if v is not None or k not in cls.model_fields}
        return data


class Message(_Body):
    """One chat message (content: text, or OpenAI's list of parts)."""

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None
    name: str | None = None
    tool_calls: list[dict[str, Any]] | None = None
    tool_call_id: str | None = None

    @model_validator(mode="after")
    def _has_content(self) -> Message:
        """Only an assistant's turn may come without content (its tool calls instead)."""
        if self.content is None and self.role != "assistant":
            raise ValueError(f"a {self.role} message needs content")
        return self


class StreamOptions(_Body):
    include_usage: bool = False


class Function(_Body):
    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None

    @field_validator("name")
    @classmethod
    def _openais_name(cls, name: str) -> str:
        """A function's name as OpenAI takes it (a model writes it back in its calls)."""
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name):
            raise ValueError("a function's name is 1 to 64 letters, digits, _ or -")
        return name


class Tool(_Body):
    type: Literal["function"] = "function"
    function: Function


class _Sampled(_Body):
    model: str = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, ge=0, le=1)
    seed: int | None = Field(None, ge=-(2**63), le=2**63 - 1)  # OpenAI's range
    stop: str | list[str] | None = None
    n: int | None = 1
    frequency_penalty: float | None = Field(None, ge=-2, le=2)
    presence_penalty: float | None = Field(None, ge=-2, le=2)
    top_k: int | None = Field(None, ge=0)
    min_p: float | None = Field(None, ge=0, le=1)
    repeat_penalty: float | None = Field(None, gt=0, le=10)
    ignore_eos: bool = False
    logprobs: bool | int | None = None
    logit_bias: dict[str, float] | None = None

    @property
    def include_usage(self) -> bool:
        """Whether a stream ends with a chunk that holds the usage."""
        return bool(self.stream_options and self.stream_options.include_usage)


class ChatRequest(_Sampled):
    """``POST /v1/chat/completions``."""

    messages: list[Message] = Field(min_length=1)
    max_tokens: int | None = Field(None, ge=1, le=MAX_TOKENS)
    max_completion_tokens: int | None = Field(None, ge=1, le=MAX_TOKENS)
    response_format: dict[str, Any] | None = None
    tools: list[Tool] | None = None
    tool_choice: Literal["none", "auto", "required"] | dict[str, Any] | None = None
    functions: list[dict[str, Any]] | None = None  # the older form of tools
    docs: str | list[str] | None = None  # this app's: document collections to cite


class CompletionRequest(_Sampled):
    """``POST /v1/completions`` (a text to go on with, no chat template)."""

    prompt: str | list[str] | list[int] | list[list[int]]  # token ids: refused, said so
    max_tokens: int | None = Field(16, ge=1, le=MAX_TOKENS)
    echo: bool = False
    suffix: str | None = None


class EmbeddingRequest(_Body):
    """``POST /v1/embeddings``."""

    model: str = Field(min_length=1)
    input: str | list[str] | list[int] | list[list[int]]  # token ids: refused, said so
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: int | None = None


def _not_json(name: str) -> Any:
    """Refuse NaN, Infinity and -Infinity, which Python's json reads but JSON has not."""
    raise ApiError(400, BAD_JSON_NUMBER, name=name)


_LONE_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")  # (or a whole pair: cheaply passed over)


def parse(body: bytes, kind: type[BaseModel]) -> Any:
    """The request body checked as kind; ApiError 400 for bad JSON or a bad field."""
    try:
        data = json.loads(body or b"null", parse_constant=_not_json)
        if _LONE_SURROGATE.search(body or b""):  # half of a pair: U+FFFD, as llama-server
            data = storable_values(data)[0]
    except json.JSONDecodeError as exc:
        raise ApiError(400, BAD_JSON_AT, line=exc.lineno, column=exc.colno) from None
    except UnicodeDecodeError:
        raise ApiError(400, BAD_JSON_TEXT) from None
    except RecursionError:  # nested deeper than Python's stack
        raise ApiError(400, BAD_JSON_DEEP) from None
    if not isinstance(data, dict):
        raise ApiError(400, NOT_AN_OBJECT)
    try:
        request = kind.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        where = ".".join(_in_body(data, errors[0].get("loc", ()))) or "body"
        raise ApiError(400, BAD_FIELD, api_param=where, field=where,
                       reason=_why(data, where, errors)) from None
    if isinstance(request, _Sampled):
        # n answers, or the best of several: the field sent is named
        for name, value in (("n", request.n), ("best_of", (request.model_extra or {}).get(
                "best_of"))):
            if value not in (None, 1):
                raise ApiError(400, ONLY_ONE, api_param=name, field=name)
        _check_stop(request.stop)
        for name in ("logprobs", "logit_bias", "functions"):  # asked for, not done: said
            if getattr(request, name, None):
                raise ApiError(400, NOT_SUPPORTED, api_param=name, field=name)
    for name in ("prompt", "input"):
        value = getattr(request, name, None)
        if isinstance(value, list) and any(not isinstance(item, str) for item in value):
            raise ApiError(400, TOKEN_IDS, api_param=name, field=name)
    if isinstance(request, CompletionRequest):  # (a response format or tools: chat's only)
        extra = request.model_extra or {}
        for name in ("echo", "suffix", "response_format", "tools", "docs"):
            if getattr(request, name, None) or extra.get(name):
                raise ApiError(400, NOT_SUPPORTED, api_param=name, field=name)
        if isinstance(request.prompt, list) and len(request.prompt) != 1:
            raise ApiError(400, ONE_PROMPT, api_param="prompt", count=len(request.prompt))
    if isinstance(request, EmbeddingRequest) and request.dimensions is not None:
        raise ApiError(400, NOT_SUPPORTED, api_param="dimensions", field="dimensions")
    return request


def _check_stop(stop: str | list[str] | None) -> None:
    """Refuse (ApiError 400, param "stop", as OpenAI does) more than MAX_STOPS stop strings
    (empty ones count, as in OpenAI's array limit; they are then ignored, see _stops)."""
    stops = [stop] if isinstance(stop, str) else list(stop or ())
    if len(stops) > MAX_STOPS:
        raise ApiError(400, TOO_MANY_STOPS, api_param="stop", api_code="array_above_max_length",
                       limit=MAX_STOPS, count=len(stops))


def _stops(stop: str | list[str] | None) -> list[str]:
    """The stop strings sent, as a list, without the empty ones: OpenAI's API and llama-server
    ignore an empty stop string (it would end every answer before its first character)."""
    return [text for text in ([stop] if isinstance(stop, str) else stop or ()) if text]


def _why(data: Any, where: str, errors: list) -> str:
    """Why the field where is refused, in pydantic's words without its "Value error, "; a
    field that may be of several kinds names them all ("Input should be a valid string or a
    valid list")."""
    said: list[str] = []
    for error in errors:
        if ".".join(_in_body(data, error.get("loc", ()))) == where:
            text = str(error.get("msg") or "?").removeprefix("Value error, ")
            if said and text.startswith("Input should be ") \
                    and said[0].startswith("Input should be "):
                text = text.removeprefix("Input should be ")
            if text not in said:
                said.append(text)
    return " or ".join(said) or "?"


def _in_body(data: Any, loc: tuple) -> list[str]:
    """The part of a validation error's location that is in the request body ("input" of
    "input.str": the rest names the kinds the field may be); a missing field's name."""
    parts = []
    for part in loc:
        if isinstance(data, dict) and part in data or (
                isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)):
            data = data[part]
            parts.append(str(part))
        else:
            break
    return parts or [str(part) for part in loc[:1]]


def _text(content: str | list[dict[str, Any]] | None) -> str:
    """A message's text: its parts' text joined; ApiError 400 for images, audio, files."""
    if content is None or isinstance(content, str):
        return content or ""
    texts = []
    for part in content:
        kind = part.get("type")
        if kind != "text" or not isinstance(part.get("text"), str):
            raise ApiError(400, TEXT_ONLY, api_param="messages", kind=str(kind))
        texts.append(part["text"])
    return "\n".join(texts)


def chat_messages(request: ChatRequest) -> list[dict[str, Any]]:
    """The conversation as the pipeline takes it (developer messages are system messages;
    tool calls and results keep their fields)."""
    return [{"role": "system" if m.role == "developer" else m.role, "content": _text(m.content),
             **{name: getattr(m, name) for name in ("tool_calls", "tool_call_id", "name")
                if getattr(m, name)}} for m in request.messages]


def answer_params(request: ChatRequest | CompletionRequest, model: AnyModel,
                  defaults: Sampling) -> dict[str, Any]:
    """The answer's parameters: the app's defaults with the model's recommendations (as in
    the window), and the request's own on top; for a model on another machine only the
    request's own (its server's defaults apply to the rest, as with any proxy). The whole
    conversation must fit the context (drop_turns False); without a token limit the answer
    may run to the end of the context."""
    from chatapp.catalogue import is_remote

    params = {} if is_remote(model) else model_sampling(defaults, model.path)
    params.update((name, getattr(request, name)) for name in (
        "temperature", "top_p", "seed", "top_k", "min_p", "repeat_penalty", "frequency_penalty",
        "presence_penalty") if getattr(request, name) is not None)
    if request.seed is None:
        params["seed"] = -1
    limit = getattr(request, "max_completion_tokens", None) or request.max_tokens
    params["max_tokens"] = limit or -1
    stops = _stops(request.stop)
    if stops:
        params["stop"] = stops
    elif not params.get("stop"):  # (the defaults' own, if any, stay)
        params.pop("stop", None)
    if request.ignore_eos:
        params["ignore_eos"] = True
    params["drop_turns"] = False
    params["keep_leading"] = True  # every token the model wrote (the window drops white space)
    if isinstance(request, CompletionRequest):
        params["raw"] = True
        return params
    if request.response_format is not None:
        try:  # a shape OpenAI does not have, or a schema llama.cpp cannot use
            grammar_for(request.response_format)
        except GrammarError as exc:
            raise ApiError(400, BAD_FIELD, api_param="response_format", field="response_format",
                           reason=str(exc)) from None
        params["response_format"] = request.response_format
    if request.docs:  # the collections' names (checked by the service: they must exist)
        params["docs"] = [request.docs] if isinstance(request.docs, str) else list(request.docs)
    if not request.tools and request.tool_choice not in (None, "none", "auto"):
        raise ApiError(400, NO_TOOLS_TO_CHOOSE, api_param="tool_choice")  # as OpenAI's says
    if request.tools and request.tool_choice != "none":
        params["tools"] = [tool.model_dump(exclude_none=True) for tool in request.tools]
        if request.tool_choice is not None:
            params["tool_choice"] = _tool_choice(request)
    return params


def _tool_choice(request: ChatRequest) -> str | dict[str, Any]:
    """The request's tool_choice, checked: a named function must be one of its tools
    (ApiError 400 otherwise). A local model held to "required" or a named function answers
    with a call (chatapp.engine.grammar.tool_call_grammar); a server gets the choice."""
    choice = request.tool_choice
    named = (choice.get("function") or {}).get("name") if isinstance(choice, dict) else None
    if isinstance(choice, dict) and named not in {t.function.name for t in request.tools or []}:
        raise ApiError(400, UNKNOWN_TOOL, api_param="tool_choice", name=str(named))
    return choice
