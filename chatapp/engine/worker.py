"""The model worker process: holds llama.cpp models in slots and answers protocol requests.

Run as `python -m chatapp.engine.worker`. Requests arrive on stdin; events leave on the
original stdout, which is moved to a private descriptor so that anything llama.cpp prints
goes to stderr (which the app keeps for error messages) and never into the protocol.
Each slot holds one model and is served by its own thread, so that several models in one
process (the way to share a GPU) decode at the same time: llama.cpp runs without the GIL.
"""

from __future__ import annotations

import codecs
import json
import os
import queue
import sys
import threading
import time
from typing import IO, Any

from chatapp.engine import protocol
from chatapp.engine.decoder import N_SEQ_MAX, DecodeError, Decoder
from chatapp.engine.dry_run import FLASH_ATTN, KV_TYPES, TAP, dry_run, parse_log
from chatapp.engine.grammar import GrammarError, grammar_for
from chatapp.engine.lookup import DRAFT_MAX
from chatapp.engine.lora import AdapterError, AdapterSet, adapter_uses
from chatapp.engine.output import (
    H_END,
    Delta,
    OutputParser,
    is_harmony,
    reasoning_close_for,
    template_markers,
)
from chatapp.engine.spawn import die_with_parent
from chatapp.engine.templates import (
    ChatTemplate,
    TemplateError,
    choose_template,
    looks_like_base_model,
    render,
)
from chatapp.engine.tool_calls import TOOL_MARKERS, ToolCallParser
from chatapp.engine.turns import end_candidates
from chatapp.gguf_meta import GGUFError, file_info

MIN_ANSWER_ROOM = 64
IDLE_S = 0.5  # quiet this long after a request: save the parked conversation


class Cancelled:
    """Generation ids the app asked to stop, set from the reader thread."""

    def __init__(self) -> None:
        self._ids: set[int] = set()
        self._lock = threading.Lock()
        self.everything = False

    def add(self, request_id: int) -> None:
        with self._lock:
            self._ids.add(request_id)

    def pop(self, request_id: int) -> bool:
        with self._lock:
            if self.everything:
                return True
            if request_id in self._ids:
                self._ids.discard(request_id)
                return True
            return False


class Worker:
    """Serves the requests of one slot: one model at a time."""

    def __init__(self, host: Host, slot: int) -> None:
        self.host = host
        self.slot = slot
        self.llm: Any = None
        self.decoder: Decoder | None = None
        self.wanted_threads = 0
        self.template: ChatTemplate | None = None
        self.stops: tuple[str, ...] = ()
        self.markers: frozenset[str] = frozenset()
        self.info: dict[str, Any] = {}
        self.adapters: AdapterSet | None = None
        self.cancelled = Cancelled()
        self.inbox: queue.Queue[dict[str, Any]] = queue.Queue()

    def send(self, message: dict[str, Any]) -> None:
        """Send one event of this slot to the app."""
        message["slot"] = self.slot
        self.host.send(message)

    def serve(self) -> None:
        """Handle this slot's requests in order until quit or close."""
        handlers = {
            "load": self.load,
            "generate": self.generate,
            "tokenize": self.tokenize,
            "render": self.render_prompt,
            "bench": self.bench,
            "fit": self.fit,
            "embed": self.embed,
        }
        while True:
            try:
                request = self.inbox.get(timeout=IDLE_S)
            except queue.Empty:
                if self.decoder is not None:
                    self.decoder.idle()
                request = self.inbox.get()
            op = request.get("op")
            if op in ("quit", "close", "unload"):
                self.unload_model()
                if op != "quit":
                    self.send({"event": "closed" if op == "close" else "unloaded"})
                if op != "unload":
                    return
                continue
            handler = handlers.get(op)
            if handler is None:
                self.send({"event": "error", "kind": "protocol",
                           "message": f"unknown op {op!r}"})
                continue
            try:
                handler(request)
            except Exception as exc:  # a bug: report it on the request and keep serving
                import traceback

                traceback.print_exc()
                self.send({"event": "error", "id": request.get("id"), "kind": "internal",
                           "message": f"{type(exc).__name__}: {exc}"})

    # requests

    def load(self, request: dict[str, Any]) -> None:
        """Load a GGUF model; reply loaded or error."""
        import llama_cpp

        path = str(request["path"])
        started = time.monotonic()
        try:
            meta = file_info(path)
            kv_type, flash_attn = _cache_options(request)
        except (GGUFError, ValueError) as exc:
            self.send({"event": "error", "kind": "load", "message": str(exc)})
            return
        self.unload_model()
        n_gpu_layers = int(request.get("n_gpu_layers", -1))
        if not llama_cpp.llama_supports_gpu_offload():
            n_gpu_layers = 0
        n_ctx = int(request.get("n_ctx") or 4096)
        if meta.context_length:
            n_ctx = min(n_ctx, meta.context_length)
        threads = int(request.get("n_threads") or 0) or max(1, os.cpu_count() or 1)
        if request.get("embedding"):
            self._load_embedder(path, meta, n_ctx, threads, n_gpu_layers, started)
            return
        try:
            with self.host.load_lock, TAP.capture() as lines:
                self.llm = _open_model(path, n_ctx, threads, n_gpu_layers, kv_type=kv_type,
                                       flash_attn=flash_attn)
        except (ValueError, RuntimeError, OSError) as exc:
            self.llm = None
            self.send({"event": "error", "kind": "load", "message": str(exc)})
            return
        buffers = parse_log("".join(lines), [])
        self.template = choose_template(
            meta.chat_template, meta.architecture, meta.name or os.path.basename(path),
            request.get("template_override") or None,
            base_model=looks_like_base_model(meta.metadata, os.path.basename(path)),
        )
        self.decoder = Decoder(self.llm, ahead=n_gpu_layers != 0)
        self.stops, self.markers = self._turn_end()
        self.info = {
            "path": path,
            "architecture": meta.architecture,
            "name": meta.name,
            "quantization": meta.quantization,
            "context_train": meta.context_length,
            "n_ctx": self.llm.n_ctx(),
            "n_threads": threads,
            "n_gpu_layers": n_gpu_layers,
            "kv_type": kv_type,
            "flash_attn": buffers["flash_attn"],
            "template": {
                "source": self.template.source,
                "name": self.template.name,
                "sha256": self.template.sha256,
            },
            "load_s": time.monotonic() - started,
        }
        self.send({"event": "loaded", "info": self.info})

    def fit(self, request: dict[str, Any]) -> None:
        """Reply with the buffers llama.cpp would allocate for a model (a dry run: nothing is
        loaded), at n_ctx and at each of contexts; see chatapp.engine.dry_run."""
        import llama_cpp

        path = str(request["path"])
        try:
            kv_type, flash_attn = _cache_options(request)
            tensors = _tensor_sizes(path)
        except (GGUFError, ValueError) as exc:
            self.send({"event": "error", "kind": "load", "message": str(exc)})
            return
        n_gpu_layers = int(request.get("n_gpu_layers", -1))
        if not llama_cpp.llama_supports_gpu_offload():
            n_gpu_layers = 0
        contexts = [int(n) for n in request.get("contexts") or []]

        def open_model(n_ctx: int) -> Any:
            return _open_model(path, n_ctx, 1, n_gpu_layers, kv_type=kv_type,
                               flash_attn=flash_attn, no_alloc=True)

        try:
            with self.host.load_lock:
                runs = dry_run(path, int(request.get("n_ctx") or 4096), open_model, tensors,
                               contexts)
        except (ValueError, RuntimeError, OSError) as exc:
            self.send({"event": "error", "kind": "load", "message": str(exc)})
            return
        self.send({"event": "fitted", "runs": runs})

    def _load_embedder(self, path: str, meta: Any, n_ctx: int, threads: int,
                       n_gpu_layers: int, started: float) -> None:
        """Load an embedding model (pooling as its GGUF says); reply loaded or error."""
        import llama_cpp

        try:
            with self.host.load_lock:
                self.llm = _open_embedder(path, n_ctx, threads, n_gpu_layers)
        except (ValueError, RuntimeError, OSError) as exc:
            self.llm = None
            self.send({"event": "error", "kind": "load", "message": str(exc)})
            return
        pooling = int(self.llm.pooling_type())
        if pooling in (llama_cpp.LLAMA_POOLING_TYPE_NONE, llama_cpp.LLAMA_POOLING_TYPE_RANK):
            self.unload_model()
            self.send({"event": "error", "kind": "load", "message":
                       "the model does not pool its output into one vector per text "
                       "(not an embedding model)"})
            return
        self.template = None
        self.decoder = None
        self.info = {
            "path": path, "architecture": meta.architecture, "name": meta.name,
            "quantization": meta.quantization, "context_train": meta.context_length,
            "n_ctx": self.llm.n_ctx(), "n_threads": threads, "n_gpu_layers": n_gpu_layers,
            "n_embd": self.llm.n_embd(), "pooling": pooling, "template": {},
            "load_s": time.monotonic() - started,
        }
        self.send({"event": "loaded", "info": self.info})

    def embed(self, request: dict[str, Any]) -> None:
        """Reply with one L2-normalized vector per text and the tokens they took, with
        n_threads threads (0: as loaded); texts longer than the context are cut to it, or
        with truncate false refused (an error of kind context)."""
        request_id = request.get("id")
        if self.llm is None or self.decoder is not None:
            self.send({"event": "error", "id": request_id, "kind": "state",
                       "message": "no embedding model is loaded"})
            return
        import llama_cpp

        texts = [str(t) or " " for t in request.get("texts") or []]
        threads = int(request.get("n_threads") or 0) or int(self.info.get("n_threads") or 1)
        llama_cpp.llama_set_n_threads(self.llm.ctx, threads, threads)
        truncate = bool(request.get("truncate", True))
        vectors, tokens = [], 0
        try:
            for group in _embedding_groups(self.llm, texts):
                part, used = self.llm.embed(group, normalize=True, truncate=truncate,
                                            return_count=True)
                vectors += part
                tokens += used
        except ValueError as exc:  # longer than the context (llama-cpp-python's words)
            self.send({"event": "error", "id": request_id, "kind": "context",
                       "message": str(exc)})
            return
        self.send({"event": "embedded", "id": request_id, "vectors": vectors,
                   "tokens": tokens, "prompt_tokens": tokens})

    def _turn_end(self) -> tuple[tuple[str, ...], frozenset[str]]:
        """The loaded template's stop strings and markers; the decoder learns the ids of the
        marker tokens that end a turn (the template's own, besides llama.cpp's list)."""
        decoder, template = self.decoder, self.template
        bos, eos = _piece(self.llm, self.llm.token_bos()), _piece(self.llm, self.llm.token_eos())
        stops = list(template.stop_strings)
        for after in end_candidates(template, bos, eos):
            found = decoder.first_marker(after)
            if found is not None:
                stops.append(found[1])
                break
            line = after.strip().split("\n", 1)[0].strip()
            if any(c.isalpha() for c in line) and len(line) <= 40:
                stops.append(line)  # a text marker ("### Instruction:")
                break
        ids = set()
        for stop in stops:
            token = decoder.single_token(stop)
            if token is not None and decoder.token_text(token)[1]:
                ids.add(token)
        not_ids = set()
        if is_harmony(template.text):
            token = decoder.single_token(H_END)
            if token is not None:
                not_ids.add(token)
        decoder.set_end_ids(ids - not_ids, not_ids)
        markers = template_markers(template.text) | {m for m in (bos, eos) if m}
        return tuple(dict.fromkeys(stops)), frozenset(markers)

    def unload_model(self) -> None:
        """Free the model."""
        if self.llm is not None:
            self.decoder = None
            self.adapters = None  # llama.cpp frees them with the model
            self.llm.close()
            self.llm = None

    def tokenize(self, request: dict[str, Any]) -> None:
        """Reply with the tokens of a text."""
        if self.llm is None:
            self.send({"event": "error", "kind": "state", "message": "no model is loaded"})
            return
        tokens = self.llm.tokenize(
            str(request["text"]).encode("utf-8"), add_bos=False,
            special=bool(request.get("special", False)),
        )
        self.send({"event": "tokens", "tokens": tokens})

    def render_prompt(self, request: dict[str, Any]) -> None:
        """Reply with the exact prompt text and tokens the next answer would start from."""
        if self.llm is None:
            self.send({"event": "error", "kind": "state", "message": "no model is loaded"})
            return
        try:
            text, tokens = self._prompt(request["messages"])
        except TemplateError as exc:
            self.send({"event": "error", "kind": "template", "message": str(exc)})
            return
        self.send({"event": "rendered", "text": text, "tokens": tokens,
                   "n_ctx": self.decoder.n_ctx})

    def bench(self, request: dict[str, Any]) -> None:
        """Time prompt processing and generation like llama-bench; reply with the runs."""
        if self.llm is None:
            self.send({"event": "error", "kind": "state", "message": "no model is loaded"})
            return
        runs = []
        for repetition in range(max(1, int(request.get("repetitions", 3)))):
            prefill_s, gen_s = self.decoder.bench(int(request.get("n_prompt", 512)),
                                                  int(request.get("n_gen", 128)), repetition)
            runs.append({"prefill_s": prefill_s, "gen_s": gen_s})
            self.send({"event": "bench_progress", "done": repetition + 1})
        self.send({"event": "benched", "runs": runs})

    def generate(self, request: dict[str, Any]) -> None:
        """Stream an answer to a message list."""
        request_id = int(request["id"])
        if self.llm is None or self.decoder is None:
            self.send({"event": "error", "id": request_id, "kind": "state",
                       "message": "no model is loaded"})
            return
        try:
            self._generate(request_id, request["messages"], request.get("params") or {})
        except TemplateError as exc:
            self.send({"event": "error", "id": request_id, "kind": "template",
                       "message": str(exc)})
        except PromptTooLong as exc:
            self.send({"event": "error", "id": request_id, "kind": "context",
                       "message": str(exc)})
        except AdapterError as exc:
            self.send({"event": "error", "id": request_id, "kind": "adapter",
                       "message": str(exc)})
        except (GrammarError, NoTools) as exc:
            self.send({"event": "error", "id": request_id, "kind": "request",
                       "message": str(exc)})

    def _generate(self, request_id: int, messages: list[dict[str, str]],
                  params: dict[str, Any]) -> None:
        started = time.monotonic()
        self._use_adapters(params.get("adapters"))
        n_ctx = self.decoder.n_ctx
        continuing = bool(params.get("continue")) and messages[-1].get("role") == "assistant"
        raw = bool(params.get("raw"))
        tools = params.get("tools") or None
        if tools and "tools" not in self.template.text:
            raise NoTools("the chat template of this model does not take tools")
        grammar = grammar_for(params.get("response_format"))
        max_tokens = int(params.get("max_tokens") or 512)
        max_tokens = n_ctx if max_tokens < 0 else max(1, max_tokens)
        if raw:
            prompt, tokens = self._raw_tokens(str(messages[-1].get("content") or ""), n_ctx)
        elif params.get("drop_turns", True):
            room = min(max(MIN_ANSWER_ROOM, max_tokens), n_ctx // 2)
            prompt, tokens = self._prompt_tokens(messages, n_ctx - room, continuing, tools)
        else:
            prompt, tokens = self._prompt_tokens(messages, n_ctx - 1, continuing, tools,
                                                 drop=False)
        max_tokens = min(max_tokens, n_ctx - len(tokens))
        seed = int(params.get("seed", -1))
        seed = seed if seed >= 0 else int.from_bytes(os.urandom(4), "little")
        self.wanted_threads = int(params.get("n_threads") or 0)
        self.decoder.set_threads(self.wanted_threads)
        threads = self.wanted_threads
        try:
            reused = self.decoder.prefill(tokens, room=max_tokens)
        except DecodeError as exc:
            raise PromptTooLong(str(exc)) from exc
        prefilled = time.monotonic()
        self.send({"event": "prompt", "id": request_id, "prompt_tokens": len(tokens),
                   "reused_tokens": reused})
        ignore_eos = bool(params.get("ignore_eos"))
        stops = () if ignore_eos or raw else self.stops
        stops += tuple(_stop_strings(params.get("stop")))
        stream = _TextStream(
            self, request_id, stops, strip_leading=not (continuing or raw),
            markers=frozenset() if raw else self.markers,
            reasoning_close=None if continuing or raw else reasoning_close_for(prompt),
            tools=bool(tools))
        finish = "length"
        count = 0
        first_at: float | None = None
        decoder = self.decoder
        cancelled = self.cancelled
        try:
            generator = decoder.tokens(params, seed, grammar,
                                       draft_max=max(0, int(params.get("draft_max") or 0)))
        except DecodeError as exc:
            raise GrammarError(str(exc)) from exc
        try:
            for token in generator:
                if cancelled.pop(request_id):
                    finish = "stopped"
                    break
                if self.wanted_threads != threads:
                    threads = self.wanted_threads
                    decoder.set_threads(threads)
                if decoder.is_eog(token) and not ignore_eos:
                    finish = "stop"
                    break
                count += 1
                if first_at is None:
                    first_at = time.monotonic()
                    stream.first_at, stream.ttft_s = first_at, first_at - started
                stream.tokens = count
                if stream.add(*decoder.token_text(token)):
                    finish = "stop"
                    break
                if count >= max_tokens:
                    break
        except DecodeError as exc:
            stream.finish(final=False)
            self.send({"event": "error", "id": request_id, "kind": "decode",
                       "message": str(exc)})
            return
        finally:
            generator.close()
        stream.finish(final=finish not in ("stop", "stopped"))
        ended = time.monotonic()
        decode_s = ended - first_at if first_at else 0.0
        stats = {
            "prompt_tokens": len(tokens),
            "completion_tokens": count,
            "ttft_s": first_at - started if first_at else None,  # None: no token came
            "prefill_s": prefilled - started,
            "tokens_per_s": (count - 1) / decode_s if count > 1 and decode_s > 0 else None,
            "duration_s": ended - started,
            "reused_tokens": reused,
            "n_threads": self.decoder.threads,
        }
        if decoder.drafted:
            stats["speculation"] = "lookup"
            stats["draft_tokens"] = decoder.drafted
            stats["accepted_tokens"] = decoder.accepted
        if stream.reasoning_tokens:
            stats["reasoning_tokens"] = stream.reasoning_tokens
            stats["reasoning_s"] = (stream.reasoning_end or ended) - (first_at or started)
        self.send({"event": "done", "id": request_id, "finish_reason": finish, "stats": stats})
        cancelled.pop(request_id)

    def _use_adapters(self, entries: list[dict[str, Any]] | None) -> None:
        """Apply the LoRA adapters an answer asks for ([{"path", "scale"}]; none: the base
        model alone); the KV cache of another set is put aside. AdapterError when llama.cpp
        refuses one."""
        try:
            uses = adapter_uses(entries)
        except Exception as exc:
            raise AdapterError(str(exc)) from None
        if self.adapters is None:
            if not uses:
                return
            self.adapters = AdapterSet(self.llm._model.model, self.llm._ctx.ctx)
        with self.host.load_lock:
            active = self.adapters.use(uses)
        self.decoder.retag(active)

    def _prompt_tokens(self, messages: list[dict[str, str]], budget: int,
                       continuing: bool = False, tools: list | None = None,
                       drop: bool = True) -> tuple[str, list[int]]:
        """Render and tokenize the conversation, dropping the oldest turns to fit budget
        (with drop False, the whole conversation fits or PromptTooLong)."""
        kept = list(messages)
        while True:
            prompt, tokens = self._prompt(kept, continuing, tools)
            if len(tokens) <= budget:
                return prompt, tokens
            first = 1 if kept and kept[0].get("role") == "system" else 0
            if len(kept) - first <= 1 or not drop:
                raise PromptTooLong(
                    f"The message is too long for this model's context of {self.llm.n_ctx()} "
                    f"tokens ({len(tokens)} tokens). Shorten it or raise the context length."
                )
            del kept[first]
            while len(kept) > first + 1 and kept[first].get("role") != "user":
                del kept[first]

    def _raw_tokens(self, text: str, n_ctx: int) -> tuple[str, list[int]]:
        """A text completion's prompt: the text itself (the template's markers in it are
        special tokens), after BOS where the model wants one; PromptTooLong past the context."""
        llm = self.llm
        tokens = llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)
        bos_id = llm.token_bos()
        if _adds_bos(llm) and bos_id >= 0 and (not tokens or tokens[0] != bos_id):
            tokens.insert(0, bos_id)
        if len(tokens) >= n_ctx:
            raise PromptTooLong(
                f"The prompt is too long for this model's context of {n_ctx} tokens "
                f"({len(tokens)} tokens). Shorten it or raise the context length.")
        return text, tokens

    def _render(self, messages: list[dict[str, str]], continuing: bool,
                tools: list | None = None) -> str:
        """The prompt text for messages in the model's template (with tools, for a model
        that may call them)."""
        llm = self.llm
        bos = _piece(llm, llm.token_bos())
        eos = _piece(llm, llm.token_eos())
        size = sum(len(m.get("content") or "") for m in messages)
        if tools:
            messages = [_with_argument_objects(m) for m in messages]
            size += len(json.dumps(tools))
        prompt = render(self.template, messages, bos_token=bos, eos_token=eos,
                        add_generation_prompt=not continuing, max_chars=2_000_000 + 2 * size,
                        tools=tools)
        if continuing:
            prompt = _cut_after_last(prompt, messages[-1].get("content", ""))
        return prompt

    def _prompt(self, messages: list[dict[str, str]], continuing: bool = False,
                tools: list | None = None) -> tuple[str, list[int]]:
        """The prompt text and its tokens: template markers become special tokens, message
        text (answers' reasoning included) stays text."""
        llm = self.llm
        prompt = self._render(messages, continuing, tools)
        contents = [text for m in messages
                    for text in (m.get("reasoning_content"), m.get("content"))
                    if text and isinstance(text, str)]
        if not any(_has_special(llm, c) for c in contents):
            tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)
        else:
            tokens = []
            for part, is_text in _split_spans(prompt, contents):
                tokens += llm.tokenize(part.encode("utf-8"), add_bos=False, special=not is_text)
        bos_id = llm.token_bos()
        if _adds_bos(llm) and bos_id >= 0 and (not tokens or tokens[0] != bos_id):
            tokens.insert(0, bos_id)
        return prompt, tokens


def _cache_options(request: dict[str, Any]) -> tuple[str, str]:
    """The KV cache type and flash attention setting of a load or fit request; ValueError
    for values llama.cpp does not take."""
    kv_type = str(request.get("kv_type") or "f16")
    flash_attn = str(request.get("flash_attn") or "auto")
    if kv_type not in KV_TYPES:
        raise ValueError(f"unknown KV cache type {kv_type!r}")
    if flash_attn not in FLASH_ATTN:
        raise ValueError(f"unknown flash attention setting {flash_attn!r}")
    if kv_type != "f16" and flash_attn == "off":
        raise ValueError("a quantized KV cache needs flash attention")
    return kv_type, flash_attn


def _tensor_sizes(path: str) -> list[tuple[str, int, int, int]]:
    """(name, bytes, ggml type, rows) of every weight tensor of a model, all parts of a split
    model counted. GGUFError when a part is unreadable."""
    from pathlib import Path

    from chatapp.library_split import part_paths

    sizes = []
    for part in part_paths(Path(path)):
        info = file_info(part, read_tensors=True)
        sizes += [(t.name, t.nbytes, t.ggml_type, t.shape[1] if len(t.shape) > 1 else 1)
                  for t in info.tensors]
    return sizes


class PromptTooLong(Exception):
    """Even the last message alone does not fit the context."""


class NoTools(Exception):
    """Tools were offered to a model whose chat template cannot show them."""


def _stop_strings(stop: Any) -> list[str]:
    """A request's own stop strings (a string or a list of them)."""
    if isinstance(stop, str):
        return [stop] if stop else []
    return [str(s) for s in stop or () if s]


def _with_argument_objects(message: dict[str, Any]) -> dict[str, Any]:
    """A message whose tool calls carry their arguments as objects, as chat templates expect
    them (transformers' convention; OpenAI's clients send JSON text)."""
    calls = message.get("tool_calls")
    if not isinstance(calls, list):
        return message
    converted = []
    for call in calls:
        function = call.get("function") if isinstance(call, dict) else None
        arguments = function.get("arguments") if isinstance(function, dict) else None
        if isinstance(arguments, str):
            try:
                parsed = json.loads(arguments)
            except ValueError:
                parsed = None
            if isinstance(parsed, dict):
                call = {**call, "function": {**function, "arguments": parsed}}
        converted.append(call)
    return {**message, "tool_calls": converted}


class _NoChatFormatter:
    """Stands in for llama-cpp-python's own chat formatter while a model loads.

    Llama() compiles every chat template in the file with an unguarded Jinja environment,
    folding constant expressions as it compiles: a template holding ``9 ** (9 ** 9)`` keeps
    the process busy for hours without ever releasing Python's lock. The app renders
    templates itself, with limits (chatapp.engine.templates), so nothing is compiled here.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def to_chat_handler(self) -> None:
        return None


def _open_model(path: str, n_ctx: int, threads: int, n_gpu_layers: int, *,
                kv_type: str = "f16", flash_attn: str = "auto", no_alloc: bool = False) -> Any:
    """A Llama with the KV cache in kv_type (f16, q8_0, q4_0 for keys and values), flash
    attention as asked (auto: on where the backend has it), cells shared by N_SEQ_MAX
    sequences (the decoder parks a conversation there), logits for a draft's tokens at most
    (speculative decoding; the output buffer grows to that only when a draft is evaluated),
    and without llama-cpp-python's own chat template handling (see _NoChatFormatter).
    no_alloc: only simulate the allocations (a dry run; the model cannot answer).

    Llama() offers flash attention only on or off and no way to set the sequences or the
    number of outputs, so its defaults are adjusted while it is made. The decoder reads the
    logits of a draft's tokens at most (9: 9 MiB for a 262k vocabulary); llama.cpp otherwise
    reserves logits for a whole batch (512 tokens × the vocabulary: 512 MiB of compute
    buffer for a 262k vocabulary).
    """
    import llama_cpp
    import llama_cpp.llama as high_level

    low = high_level.llama_cpp
    enabled = low.LLAMA_FLASH_ATTN_TYPE_ENABLED
    model_defaults = low.llama_model_default_params
    context_defaults = low.llama_context_default_params
    formatter = high_level.llama_chat_format.Jinja2ChatFormatter

    def model_params() -> Any:
        params = model_defaults()
        params.no_alloc = no_alloc
        return params

    def context_params() -> Any:
        params = context_defaults()
        params.n_seq_max = N_SEQ_MAX
        params.kv_unified = True  # one set of cells shared by the sequences
        params.n_outputs_max = max(N_SEQ_MAX, DRAFT_MAX + 1)  # a draft and its last token
        return params

    low.LLAMA_FLASH_ATTN_TYPE_ENABLED = FLASH_ATTN[flash_attn]
    low.llama_model_default_params = model_params
    low.llama_context_default_params = context_params
    high_level.llama_chat_format.Jinja2ChatFormatter = _NoChatFormatter
    try:
        return llama_cpp.Llama(model_path=path, n_ctx=n_ctx, n_threads=threads,
                               n_threads_batch=threads, n_gpu_layers=n_gpu_layers,
                               flash_attn=True, verbose=True, chat_format="chatml",
                               use_mmap=not no_alloc, type_k=KV_TYPES[kv_type],
                               type_v=KV_TYPES[kv_type])
    finally:
        low.LLAMA_FLASH_ATTN_TYPE_ENABLED = enabled
        low.llama_model_default_params = model_defaults
        low.llama_context_default_params = context_defaults
        high_level.llama_chat_format.Jinja2ChatFormatter = formatter


def _open_embedder(path: str, n_ctx: int, threads: int, n_gpu_layers: int) -> Any:
    """A Llama that embeds: pooling as the GGUF says, a batch as large as the context (an
    encoder sees a whole text in one batch)."""
    import llama_cpp
    import llama_cpp.llama as high_level

    formatter = high_level.llama_chat_format.Jinja2ChatFormatter
    high_level.llama_chat_format.Jinja2ChatFormatter = _NoChatFormatter
    try:
        return llama_cpp.Llama(model_path=path, n_ctx=n_ctx, n_batch=n_ctx, n_ubatch=n_ctx,
                               n_threads=threads, n_threads_batch=threads,
                               n_gpu_layers=n_gpu_layers, embedding=True, verbose=True,
                               chat_format="chatml")
    finally:
        high_level.llama_chat_format.Jinja2ChatFormatter = formatter


#: Tokens an encoder sees in one decode: texts are packed up to this (a longer text goes
#: alone). Attention spans the whole batch, masked per text, so its cost grows with the
#: square of the batch: packing a model's full context (8,192 for nomic or bge-m3) took
#: 1.7x the CPU time of this for the same 200-token chunks.
EMBED_PACK_TOKENS = 512


def _embedding_groups(llm: Any, texts: list[str]) -> list[list[str]]:
    """texts in runs of at most EMBED_PACK_TOKENS tokens (by llm's tokenizer), in order."""
    groups: list[list[str]] = []
    size = EMBED_PACK_TOKENS
    for text in texts:
        n = len(llm.tokenize(text.encode("utf-8"), add_bos=True, special=False))
        if groups and size + n <= EMBED_PACK_TOKENS:
            groups[-1].append(text)
            size += n
        else:
            groups.append([text])
            size = n
    return groups


def _piece(llm: Any, token: int) -> str:
    """A special token's text (empty for none)."""
    if token < 0:
        return ""
    return llm.detokenize([token], special=True).decode("utf-8", errors="replace")


def _adds_bos(llm: Any) -> bool:
    """Whether the model expects a BOS token first."""
    import llama_cpp

    return bool(llama_cpp.llama_vocab_get_add_bos(llama_cpp.llama_model_get_vocab(llm.model)))


def _has_special(llm: Any, text: str) -> bool:
    """Whether text contains the text of a special token of this model."""
    if "<" not in text and "[" not in text:
        return False
    data = text.encode("utf-8")
    return llm.tokenize(data, add_bos=False, special=True) != llm.tokenize(
        data, add_bos=False, special=False
    )


def _split_spans(prompt: str, contents: list[str]) -> list[tuple[str, bool]]:
    """Cut the rendered prompt into (part, is_message_text) in order."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for content in contents:
        for candidate in (content, content.strip()):
            if not candidate:
                continue
            found = prompt.find(candidate, pos)
            if found >= 0:
                if found > pos:
                    parts.append((prompt[pos:found], False))
                parts.append((candidate, True))
                pos = found + len(candidate)
                break
    if pos < len(prompt):
        parts.append((prompt[pos:], False))
    return parts


def _cut_after_last(prompt: str, content: str) -> str:
    """The prompt up to the end of the last message's text (its end-of-turn marker dropped)."""
    for candidate in (content, content.rstrip(), content.strip()):
        found = prompt.rfind(candidate) if candidate else -1
        if found >= 0:
            return prompt[: found + len(candidate)]
    return prompt


class _TextStream:
    """Turns token bytes into text events: UTF-8 completed across tokens, reasoning kept apart
    from the answer, markers dropped, stop strings cut, pieces batched so that fast models do
    not pay a message per token.

    Attributes:
        parser: the answer and reasoning so far.
        reasoning_tokens: tokens spent inside the reasoning.
        reasoning_end: when the reasoning ended (monotonic seconds), None while it goes on.
    """

    BATCH_S = 0.01

    def __init__(self, worker: Worker, request_id: int, stops: tuple[str, ...],
                 strip_leading: bool, *, markers: frozenset[str] = frozenset(),
                 reasoning_close: str | None = None, tools: bool = False) -> None:
        self.worker = worker
        self.request_id = request_id
        # offered tools, the model writes its calls with the template's call markers: they
        # stay in the text for the tool call parser
        self.tools = ToolCallParser() if tools else None
        self.parser = OutputParser(stops, markers - TOOL_MARKERS if tools else markers,
                                   reasoning_close=reasoning_close,
                                   strip_leading=strip_leading)
        self.calls: list[dict[str, str]] = []  # complete tool calls not sent yet
        self.utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.pending = Delta()
        self.last_send = 0.0
        self.reasoning_tokens = 0
        self.reasoning_end: float | None = None
        self.tokens = 0  # generated so far, sent with each piece (live stats)
        self.first_at = 0.0
        self.ttft_s: float | None = None

    def add(self, data: bytes, marker: bool = False) -> bool:
        """Add a token's bytes (marker: a vocabulary marker token); True when the turn ended
        on a stop string or an end marker."""
        parser = self.parser
        thinking = parser.in_reasoning
        if marker and self.tools is not None and data.decode("utf-8", "replace") in TOOL_MARKERS:
            marker = False
        if marker:
            delta = parser.feed(data.decode("utf-8", errors="replace"), marker=True)
        else:
            delta = parser.feed(self.utf8.decode(data))
        self._take_calls(delta)
        if thinking:
            self.reasoning_tokens += 1
            if not parser.in_reasoning and self.reasoning_end is None:
                self.reasoning_end = time.monotonic()
        if delta or self.calls:
            self.pending.content += delta.content
            self.pending.reasoning += delta.reasoning
            now = time.monotonic()
            if now - self.last_send >= self.BATCH_S or self.calls:
                self._send()
                self.last_send = now
        return parser.stopped

    def _take_calls(self, delta: Delta, final: bool = False) -> None:
        """Move the tool calls out of the answer text (into calls)."""
        if self.tools is None:
            return
        text, calls = self.tools.feed(delta.content)
        if final:
            rest, more = self.tools.finish()
            text, calls = text + rest, calls + more
        delta.content = text
        self.calls += [call.to_dict() for call in calls]

    def _send(self) -> None:
        pending = self.pending
        if pending or self.calls:
            event: dict[str, Any] = {"event": "piece", "id": self.request_id,
                                     "tokens": self.tokens, "ttft_s": self.ttft_s,
                                     "decode_s": time.monotonic() - self.first_at}
            if pending.content:
                event["text"] = pending.content
            if pending.reasoning:
                event["reasoning"] = pending.reasoning
            if self.calls:
                event["tool_calls"], self.calls = self.calls, []
            self.worker.send(event)
            self.pending = Delta()

    def finish(self, final: bool) -> None:
        """Send what is left (the held-back tail too; final: the output ended by itself, so
        bytes of an unfinished character are shown as a replacement character)."""
        parser = self.parser
        if final:
            rest = parser.feed(self.utf8.decode(b"", final=True))
            self._take_calls(rest)
            self.pending.content += rest.content
            self.pending.reasoning += rest.reasoning
        rest = parser.finish()
        self._take_calls(rest, final=True)
        self.pending.content += rest.content
        self.pending.reasoning += rest.reasoning
        self._send()


class Host:
    """The process: its slots, each a Worker with its own thread, and the one output."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.slots: dict[int, tuple[Worker, threading.Thread]] = {}
        self.load_lock = threading.Lock()
        self._write_lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        """Send one event to the app."""
        with self._write_lock:
            protocol.write(self.out, message)

    def worker(self, slot: int) -> Worker:
        """The slot's worker, started on its first request."""
        if slot not in self.slots:
            worker = Worker(self, slot)
            thread = threading.Thread(target=worker.serve, daemon=True)
            self.slots[slot] = (worker, thread)
            thread.start()
        return self.slots[slot][0]

    def dispatch(self, request: dict[str, Any]) -> None:
        """Cancels and thread counts act at once; the rest queue up for the slot's thread."""
        op = request.get("op")
        slot = int(request.get("slot") or 0)
        if op == "close" and slot not in self.slots:
            self.send({"event": "closed", "slot": slot})
            return
        worker = self.worker(slot)
        if op == "cancel":
            worker.cancelled.add(int(request.get("id", -1)))
        elif op == "threads":
            worker.wanted_threads = max(0, int(request.get("n", 0)))
        else:
            worker.inbox.put(request)
            if op == "close":
                del self.slots[slot]

    def shutdown(self) -> None:
        """Stop every answer, free every model, and leave."""
        for worker, _ in self.slots.values():
            worker.cancelled.everything = True
            worker.inbox.put({"op": "quit"})
        for _, thread in self.slots.values():
            thread.join(timeout=10)
        self.out.flush()
        os._exit(0)


def serve(stream: IO[bytes], host: Host) -> None:
    """Read requests until quit or end of input."""
    for line in stream:
        try:
            request = protocol.decode(line)
        except ValueError:
            host.send({"event": "error", "kind": "protocol", "message": "bad request"})
            continue
        if request.get("op") == "quit":
            break
        try:
            host.dispatch(request)
        except (TypeError, ValueError):
            host.send({"event": "error", "kind": "protocol", "message": "bad request"})
    host.shutdown()


def main() -> int:
    """Serve requests until quit or end of input (or until the app is gone)."""
    die_with_parent()
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    host = Host(out)
    import llama_cpp

    host.send({"event": "ready", "protocol": protocol.PROTOCOL_VERSION, "pid": os.getpid(),
               "gpu": bool(llama_cpp.llama_supports_gpu_offload())})
    serve(sys.stdin.buffer, host)
    return 0


if __name__ == "__main__":
    sys.exit(main())
