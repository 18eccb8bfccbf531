"""The model worker process: holds llama.cpp models in slots and answers protocol requests.

Run as `python -m chatapp.engine.worker`. Requests arrive on stdin; events leave on the
original stdout, which is moved to a private descriptor so that anything llama.cpp prints
goes to stderr (which the app keeps for error messages) and never into the protocol.
Each slot holds one model and is served by its own thread, so that several models in one
process (the way to share a GPU) decode at the same time: llama.cpp runs without the GIL.
"""

from __future__ import annotations

import os
import queue
import sys
import time
import traceback
from typing import Any

from chatapp.engine import protocol
from chatapp.engine.batch import MAX_SEQUENCES
from chatapp.engine.batch_runner import BatchRunner, batchable
from chatapp.engine.decoder import DecodeError, Decoder
from chatapp.engine.draft_model import DraftSlot
from chatapp.engine.dry_run import TAP, dry_run, parse_log
from chatapp.engine.grammar import GrammarError, grammar_for, tool_call_grammar
from chatapp.engine.job import Cancelled, Job
from chatapp.engine.llama_model import (
    cache_options,
    embedding_groups,
    open_embedder,
    open_model,
    piece,
    tensor_sizes,
)
from chatapp.engine.long_text import tokenize_long
from chatapp.engine.lora import AdapterError, AdapterSet, adapter_uses
from chatapp.engine.output import (
    H_END,
    REASONING_TAGS,
    is_harmony,
    reasoning_close_for,
    template_markers,
)
from chatapp.engine.prompt_parts import stop_strings
from chatapp.engine.prompt_tokens import (
    NoTools,
    PromptTooLong,
    answer_room,
    prompt_and_tokens,
    prompt_tokens,
    raw_tokens,
    reopened_reasoning,
)
from chatapp.engine.refusal import DecodeRefused, refused, tell_cleared
from chatapp.engine.spawn import die_with_parent
from chatapp.engine.templates import (
    ChatTemplate,
    TemplateError,
    choose_template,
    looks_like_base_model,
)
from chatapp.engine.text_stream import TextStream
from chatapp.engine.tool_calls import tool_names
from chatapp.engine.turns import end_candidates, spoken_turn_start, turn_start
from chatapp.engine.worker_host import Host, serve
from chatapp.errors import UserError
from chatapp.gguf_meta import GGUFError, GGUFInfo, file_info

IDLE_S = 0.5  # quiet this long after a request: save the parked conversation
READING_EVERY_S = 0.25  # how often a long prompt says how far it was read
LOAD_LOG_CHARS = 4000  # of llama.cpp's log sent with a failed load
_TextStream = TextStream  # the name it had here before it got its own module (still imported)


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
        self.turn_starts: tuple[str, ...] = ()  # the template's turn-start marker
        self.reasons = True  # the model may reason (see _turn_end)
        self.info: dict[str, Any] = {}
        self.adapters: AdapterSet | None = None
        self.runner: BatchRunner | None = None
        self.drafts = DraftSlot()
        self.cancelled = Cancelled()
        self.inbox: queue.Queue[dict[str, Any]] = queue.Queue()

    def send(self, message: dict[str, Any]) -> None:
        """Send one event of this slot to the app."""
        message["slot"] = self.slot
        self.host.send(message)

    def fail(self, kind: str, message: object, request_id: int | None = None,
             **extra: Any) -> None:
        """Send an error event: its kind (load, state, template, context, decode, adapter,
        request, protocol, internal), message, the request's id where it has one, and
        extra fields (error: a UserError's translatable data, log)."""
        if isinstance(message, UserError):
            extra["error"] = message.to_dict()
        ids = {} if request_id is None else {"id": request_id}
        self.send({"event": "error", **ids, "kind": kind, "message": str(message), **extra})

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
            if self.runner is not None and self.runner.busy:
                try:  # between two steps of the batch: requests first
                    request = self.inbox.get_nowait()
                except queue.Empty:
                    try:
                        self.runner.step()
                    except Exception as exc:  # a bug: end the batch's answers, keep serving
                        traceback.print_exc()
                        self.runner.fail_all("internal", f"{type(exc).__name__}: {exc}")
                    continue
            else:
                try:
                    request = self.inbox.get(timeout=IDLE_S)
                except queue.Empty:
                    if self.decoder is not None:
                        self.decoder.idle()
                    request = self.inbox.get()
            if self.runner is not None:
                self.runner.settle()
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
                self.fail("protocol", f"unknown op {op!r}")
                continue
            if op in ("tokenize", "render", "bench") and self.llm is None:
                self.fail("state", "no model is loaded")
                continue
            try:
                handler(request)
            except Exception as exc:  # a bug: report it on the request and keep serving
                traceback.print_exc()
                self.fail("internal", f"{type(exc).__name__}: {exc}", request.get("id"))

    # requests

    def load(self, request: dict[str, Any]) -> None:
        """Load a GGUF model; reply loaded or error."""
        import llama_cpp

        path = str(request["path"])
        started = time.monotonic()
        try:
            meta = file_info(path)
            kv_type, flash_attn = cache_options(request)
        except (GGUFError, ValueError) as exc:
            self.fail("load", exc)
            return
        self.unload_model()
        n_gpu_layers = int(request.get("n_gpu_layers", -1))
        if not llama_cpp.llama_supports_gpu_offload():
            n_gpu_layers = 0
        n_ctx = int(request.get("n_ctx") or 4096)
        if meta.context_length:
            n_ctx = min(n_ctx, meta.context_length)
        threads = int(request.get("n_threads") or 0) or max(1, os.cpu_count() or 1)
        n_seq = max(0, min(MAX_SEQUENCES, int(request.get("n_seq") or 0)))
        seq_ctx = min(n_ctx, max(0, int(request.get("seq_ctx") or 0)) or n_ctx)
        if request.get("embedding"):
            self._load_embedder(path, meta, n_ctx, threads, n_gpu_layers, started)
            return
        try:
            with self.host.load_lock, TAP.capture() as lines:
                self.llm = open_model(path, n_ctx, threads, n_gpu_layers, kv_type=kv_type,
                                       flash_attn=flash_attn, n_seq=n_seq, seq_ctx=seq_ctx)
        except (ValueError, RuntimeError, OSError) as exc:
            self.llm = None  # with what llama.cpp logged while it tried (it says why)
            self.fail("load", exc, log="".join(lines)[-LOAD_LOG_CHARS:])
            return
        buffers = parse_log("".join(lines), [])
        self.template = choose_template(
            meta.chat_template, meta.architecture, meta.name or os.path.basename(path),
            request.get("template_override") or None,
            base_model=looks_like_base_model(meta.metadata, os.path.basename(path)),
        )
        self.decoder = Decoder(self.llm, ahead=n_gpu_layers != 0,
                               n_ctx=n_ctx if n_seq else 0)
        self.runner = BatchRunner(self, n_seq) if n_seq else None
        self.stops, self.markers = self._turn_end()
        self._loaded(path, meta, threads, n_gpu_layers, started,
                     n_ctx=self.decoder.n_ctx,
                     n_seq=self.runner.batch.n_seq if self.runner is not None else 0,
                     n_cells=self.llm.n_ctx(),
                     kv_type=kv_type,
                     flash_attn=buffers["flash_attn"],
                     template={
                         "source": self.template.source,
                         "name": self.template.name,
                         "sha256": self.template.sha256,
                     })

    def _loaded(self, path: str, meta: GGUFInfo, threads: int, n_gpu_layers: int,
                started: float, **facts: Any) -> None:
        """Reply loaded with the model's info: the file's, the threads and GPU layers it
        runs with, facts (of a model for answers or for embeddings), and the seconds since
        started."""
        self.info = {
            "path": path, "architecture": meta.architecture, "name": meta.name,
            "quantization": meta.quantization, "context_train": meta.context_length,
            "n_threads": threads, "n_gpu_layers": n_gpu_layers, **facts,
            "load_s": time.monotonic() - started,
        }
        self.send({"event": "loaded", "info": self.info})

    def fit(self, request: dict[str, Any]) -> None:
        """Reply with the buffers llama.cpp would allocate for a model (a dry run: nothing is
        loaded), at n_ctx and at each of contexts; see chatapp.engine.dry_run."""
        import llama_cpp

        path = str(request["path"])
        try:
            kv_type, flash_attn = cache_options(request)
            tensors = tensor_sizes(path)
        except (GGUFError, ValueError) as exc:
            self.fail("load", exc)
            return
        n_gpu_layers = int(request.get("n_gpu_layers", -1))
        if not llama_cpp.llama_supports_gpu_offload():
            n_gpu_layers = 0
        contexts = [int(n) for n in request.get("contexts") or []]

        def open_dry(n_ctx: int) -> Any:
            return open_model(path, n_ctx, 1, n_gpu_layers, kv_type=kv_type,
                              flash_attn=flash_attn, no_alloc=True)

        try:
            with self.host.load_lock:
                runs = dry_run(path, int(request.get("n_ctx") or 4096), open_dry, tensors,
                               contexts)
        except (ValueError, RuntimeError, OSError) as exc:
            self.fail("load", exc)
            return
        self.send({"event": "fitted", "runs": runs})

    def _load_embedder(self, path: str, meta: Any, n_ctx: int, threads: int,
                       n_gpu_layers: int, started: float) -> None:
        """Load an embedding model (pooling as its GGUF says); reply loaded or error."""
        import llama_cpp

        try:
            with self.host.load_lock:
                self.llm = open_embedder(path, n_ctx, threads, n_gpu_layers)
        except (ValueError, RuntimeError, OSError) as exc:
            self.llm = None
            self.fail("load", exc)
            return
        pooling = int(self.llm.pooling_type())
        if pooling in (llama_cpp.LLAMA_POOLING_TYPE_NONE, llama_cpp.LLAMA_POOLING_TYPE_RANK):
            self.unload_model()
            self.fail("load", "the model does not pool its output into one vector per text "
                      "(not an embedding model)")
            return
        self.template = None
        self.decoder = None
        self._loaded(path, meta, threads, n_gpu_layers, started, n_ctx=self.llm.n_ctx(),
                     n_embd=self.llm.n_embd(), pooling=pooling, template={})

    def embed(self, request: dict[str, Any]) -> None:
        """Reply with one L2-normalized vector per text and the tokens they took, with
        n_threads threads (0: as loaded); texts longer than the context are cut to it, or
        with truncate false refused (an error of kind context)."""
        request_id = request.get("id")
        if self.llm is None or self.decoder is not None:
            self.fail("state", "no embedding model is loaded", request_id)
            return
        import llama_cpp

        texts = [str(t) or " " for t in request.get("texts") or []]
        threads = int(request.get("n_threads") or 0) or int(self.info.get("n_threads") or 1)
        llama_cpp.llama_set_n_threads(self.llm.ctx, threads, threads)
        truncate = bool(request.get("truncate", True))
        vectors, tokens = [], 0
        try:
            for group in embedding_groups(self.llm, texts):
                part, used = self.llm.embed(group, normalize=True, truncate=truncate,
                                            return_count=True)
                vectors += part
                tokens += used
        except ValueError as exc:  # longer than the context (llama-cpp-python's words)
            self.fail("context", exc, request_id)
            return
        self.send({"event": "embedded", "id": request_id, "vectors": vectors,
                   "tokens": tokens, "prompt_tokens": tokens})

    def _turn_end(self) -> tuple[tuple[str, ...], frozenset[str]]:
        """The loaded template's stop strings and markers; the decoder learns the ids of the
        marker tokens that end a turn (the template's own, besides llama.cpp's list)."""
        decoder, template = self.decoder, self.template
        bos, eos = piece(self.llm, self.llm.token_bos()), piece(self.llm, self.llm.token_eos())
        stops = list(template.stop_strings)
        for after in end_candidates(template, bos, eos):
            found = next(iter(decoder.markers(after)), None)
            if found is not None:
                stops.append(found[1])
                break
            line = after.strip().split("\n", 1)[0].strip()
            if any(c.isalpha() for c in line) and len(line) <= 40:
                stops.append(line)  # a text marker ("### Instruction:")
                break
        markers_in = lambda text: [m for _, m in decoder.markers(text)]  # noqa: E731
        stops.append(spoken_turn_start(template, markers_in, bos, eos) or "")
        ids = set()
        for stop in filter(None, stops):
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
        start = turn_start(template, markers_in, bos, eos, stops)
        self.turn_starts = (start,) if start else ()
        # a model that may reason: its template or its vocabulary knows a reasoning tag
        self.reasons = any(tag in template.text or markers_in(tag) == [tag]
                           for pair in REASONING_TAGS for tag in pair)
        return tuple(dict.fromkeys(filter(None, stops))), frozenset(markers)

    def unload_model(self) -> None:
        """Free the model."""
        if self.runner is not None:
            self.runner.close()
            self.runner = None
        self.drafts.close()
        if self.llm is not None:
            self.decoder = None
            self.adapters = None  # llama.cpp frees them with the model
            self.llm.close()
            self.llm = None

    def tokenize(self, request: dict[str, Any]) -> None:
        """Reply with the tokens of a text."""
        tokens = tokenize_long(self.llm, str(request["text"]), bool(request.get("special")))
        self.send({"event": "tokens", "tokens": tokens})

    def render_prompt(self, request: dict[str, Any]) -> None:
        """Reply with the exact prompt text and tokens the next answer would start from."""
        try:
            text, tokens = prompt_and_tokens(self.llm, self.template, request["messages"])
        except TemplateError as exc:
            self.fail("template", exc)
            return
        self.send({"event": "rendered", "text": text, "tokens": tokens,
                   "n_ctx": self.decoder.n_ctx})

    def bench(self, request: dict[str, Any]) -> None:
        """Time prompt processing and generation like llama-bench; reply with the runs."""
        runs = []
        n_prompt, n_gen = int(request.get("n_prompt", 512)), int(request.get("n_gen", 128))
        self.decoder.bench(n_prompt, min(n_gen, 1))  # an untimed warm-up, as llama-bench's
        for repetition in range(max(1, int(request.get("repetitions", 3)))):
            prefill_s, gen_s = self.decoder.bench(n_prompt, n_gen, repetition)
            runs.append({"prefill_s": prefill_s, "gen_s": gen_s})
            self.send({"event": "bench_progress", "done": repetition + 1})
        self.send({"event": "benched", "runs": runs})

    def generate(self, request: dict[str, Any]) -> None:
        """Stream an answer to a message list: alone (the batch paused), or, for a request
        marked batch, queued to join the batch."""
        request_id = int(request["id"])
        if self.llm is None or self.decoder is None:
            self.fail("state", "no model is loaded", request_id)
            return
        params = request.get("params") or {}
        if self.runner is not None and batchable(params):
            self.runner.add(request)
            return
        try:
            self._generate(request_id, request["messages"], params)
        except Exception as exc:
            if not self.refuse(request_id, exc):
                raise

    def refuse(self, request_id: int, exc: Exception) -> bool:
        """Report an answer that cannot be made (an error event of the kind the exception
        says); False for an exception that is not such a refusal (a bug)."""
        kinds = ((TemplateError, "template"), (PromptTooLong, "context"), (NoTools, "request"),
                 (DecodeRefused, "decode"), (AdapterError, "adapter"), (GrammarError, "request"))
        for error, kind in kinds:
            if isinstance(exc, error):
                self.fail(kind, exc, request_id)
                return True
        return False

    def _prepare(self, request_id: int, messages: list[dict[str, str]],
                 params: dict[str, Any]) -> Job:
        """An answer's prompt tokens, limits and text stream (nothing evaluated yet).
        TemplateError, PromptTooLong, NoTools, GrammarError as the request deserves."""
        started = time.monotonic()
        n_ctx = self.decoder.n_ctx
        continuing = bool(params.get("continue")) and messages[-1].get("role") == "assistant"
        raw = bool(params.get("raw"))
        tools = params.get("tools") or None
        if tools and "tools" not in self.template.text:
            raise NoTools
        grammar = tool_call_grammar(self.template.text, tools or [], params.get(
            "tool_choice")) or grammar_for(params.get("response_format"))
        max_tokens = int(params.get("max_tokens") or 512)
        max_tokens = n_ctx if max_tokens < 0 else max(1, max_tokens)
        # an answer cut off inside its reasoning goes on reasoning (not harmony's channels)
        reopen = (continuing and params.get("continue") == "reasoning"
                  and bool(messages[-1].get("reasoning_content"))
                  and not is_harmony(self.template.text))
        closing, dropped = None, 0
        drop = bool(params.get("drop_turns", True))
        budget = n_ctx - answer_room(n_ctx, max_tokens) if drop else n_ctx - 1
        if raw:
            prompt, tokens = raw_tokens(self.llm, str(messages[-1].get("content") or ""), n_ctx)
        elif reopen:
            prompt, tokens, closing, dropped = reopened_reasoning(
                self.llm, self.template, messages, budget, n_ctx, tools, drop)
        else:
            prompt, tokens, dropped = prompt_tokens(self.llm, self.template, messages, budget,
                                                    n_ctx, continuing, tools, drop)
        max_tokens = min(max_tokens, n_ctx - len(tokens))
        seed = int(params.get("seed", -1))
        seed = seed % 2**32 if seed >= 0 else int.from_bytes(os.urandom(4), "little")
        ignore_eos = bool(params.get("ignore_eos"))
        stops = () if ignore_eos or raw else self.stops
        stops += tuple(stop_strings(params.get("stop")))
        stream = TextStream(
            self, request_id, stops, strip_leading=reopen or not (continuing or raw),
            markers=frozenset() if raw else self.markers,
            reasoning_close=closing if continuing or raw else reasoning_close_for(prompt),
            tools=tool_names(tools), turn_starts=() if ignore_eos or raw else self.turn_starts,
            reasoning_goes_on=reopen, take_back=self.reasons,
            keep_leading=bool(params.get("keep_leading")))
        return Job(request_id, params, tokens, max_tokens, seed, grammar, ignore_eos, stream,
                   started, dropped=dropped)

    def _generate(self, request_id: int, messages: list[dict[str, str]],
                  params: dict[str, Any]) -> None:
        self._use_adapters(params.get("adapters"))
        job = self._prepare(request_id, messages, params)
        tokens, max_tokens, stream = job.tokens, job.max_tokens, job.stream
        self.wanted_threads = int(params.get("n_threads") or 0)
        self.decoder.set_threads(self.wanted_threads)
        threads = self.wanted_threads
        # a draft model that cannot draft for this one: the answer goes on without it, and
        # the first answer that asked for it says why (a notice)
        drafter, notice = self.drafts.drafter(params.get("draft_path"), self.decoder, self.info,
                                              self.host.load_lock,
                                              float(params.get("repeat_penalty", 1.1)))
        if notice is not None:
            self.send({"event": "notice", "id": request_id, "kind": "draft",
                       "message": str(notice), "error": notice.to_dict()})
        told = [0.0]

        def reading(done: int, total: int) -> None:
            """Say how far the prompt was read, at most 4 times a second."""
            now = time.monotonic()
            if now - told[0] >= READING_EVERY_S:
                told[0] = now
                self.send({"event": "reading", "id": request_id, "done": done, "total": total})

        try:
            job.reused = self.decoder.prefill(
                tokens, room=max_tokens, stop=lambda: self.cancelled.asked(request_id),
                progress=reading, fresh=bool(params.get("fresh")))
        except DecodeError as exc:
            tell_cleared(self.decoder, request_id, self.send)
            raise refused(exc) from exc
        job.prefilled = time.monotonic()
        if self.cancelled.pop(request_id):  # stopped while the prompt was read
            self.finish_job(job, "stopped")
            return
        self.send({"event": "prompt", "id": request_id, "prompt_tokens": len(tokens),
                   "reused_tokens": job.reused})
        ignore_eos = job.ignore_eos
        finish = "length"
        count = 0
        first_at: float | None = None
        decoder = self.decoder
        cancelled = self.cancelled
        try:
            generator = decoder.tokens(params, job.seed, job.grammar, drafter=drafter,
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
                    stream.first_at, stream.ttft_s = first_at, first_at - job.started
                stream.tokens = count
                if stream.add(*decoder.token_text(token)):
                    finish = "stop"
                    break
                if count >= max_tokens:
                    break
        except DecodeError as exc:
            stream.finish()
            tell_cleared(decoder, request_id, self.send)
            self.fail("decode", refused(exc), request_id)
            return
        finally:
            generator.close()
        job.count, job.first_at = count, first_at
        extra = {}
        if decoder.drafted:
            how = "lookup" if drafter is None else (
                "draft:" + os.path.basename(self.drafts.model.path))  # type: ignore[union-attr]
            extra = {"speculation": how, "draft_tokens": decoder.drafted,
                     "accepted_tokens": decoder.accepted}
        self.finish_job(job, finish, extra)

    def finish_job(self, job: Job, finish: str, extra: dict[str, Any] | None = None) -> None:
        """Send what is left of an answer's text and its done event with the stats."""
        stream = job.stream
        stream.finish()
        tell_cleared(self.decoder, job.request_id, self.send)
        stats = job.stats(self.decoder.threads, extra)
        self.send({"event": "done", "id": job.request_id, "finish_reason": finish,
                   "stats": stats})
        self.cancelled.pop(job.request_id)

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

def main() -> int:
    """Serve requests until quit or end of input (or until the app is gone)."""
    die_with_parent()
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    host = Host(out, Worker)
    import llama_cpp

    host.send({"event": "ready", "protocol": protocol.PROTOCOL_VERSION, "pid": os.getpid(),
               "gpu": bool(llama_cpp.llama_supports_gpu_offload())})
    serve(sys.stdin.buffer, host)
    return 0


if __name__ == "__main__":
    sys.exit(main())
