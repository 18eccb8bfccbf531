"""`chatapp fit`: the memory a local model needs at a context, per device, from llama.cpp's
own numbers (a dry run), and whether it fits this machine."""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from chatapp.cli_args import CONTEXT_LENGTH, GPU_LAYERS, MODEL, MODEL_HELP
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import say, translate_text
from chatapp.model_defaults import FLASH_ATTN, KV_TYPES

COMMAND = "fit"
T_TITLE = QT_TRANSLATE_NOOP(
    "cli", "{name} at a context of {ctx} tokens, KV cache {kv_type}, flash attention {fa}")
T_HEAD = QT_TRANSLATE_NOOP("cli", "device|weights|KV cache|compute|fixed cost|total")
T_TOTAL = QT_TRANSLATE_NOOP("cli", "total")
T_VERDICT = QT_TRANSLATE_NOOP("cli", "Verdict: {verdict} ({free} free)")
T_REREAD = QT_TRANSLATE_NOOP(
    "cli", "Loading also reads {size} of the file once more; the system takes that memory "
    "back when it runs short.")
T_LARGEST = QT_TRANSLATE_NOOP("cli", "Largest context that fits: {n} tokens")
T_NONE_FITS = QT_TRANSLATE_NOOP(
    "cli", "Not even {n} tokens of context fit with memory to spare.")
T_CTX_CAPPED = QT_TRANSLATE_NOOP(
    "cli", "--ctx {asked} is more than {model} was trained for: the estimate is for its "
    "largest context, {n} tokens.")
T_PICKED = QT_TRANSLATE_NOOP(
    "cli", "{repo} has {n} models here; this is for {file}. Name another with -m: {others}")
T_BATCH_ONE = QT_TRANSLATE_NOOP(
    "cli", "+ {bytes} for 1 answer decoded beside the conversation, taken as the model loads "
    "(the local API and evaluations use it; Model settings → Answers together, 0 for none): "
    "{total} in all")
T_BATCH = QT_TRANSLATE_NOOP(
    "cli", "+ {bytes} for {n} answers decoded together, taken as the model loads (the local "
    "API and evaluations use them; Model settings → Answers together, 0 for none): {total} "
    "in all")
T_DRAFT = QT_TRANSLATE_NOOP("cli", "+ {bytes} for the draft model {draft}: {total} in all")
T_DRAFT_UNUSABLE = QT_TRANSLATE_NOOP(
    "cli", "The draft model {draft} cannot draft for {model} (their vocabularies differ): "
    "it is not counted, and answers go on without it.")
T_NO_GPU = QT_TRANSLATE_NOOP(
    "cli", "--gpu-layers {n} is ignored: this build of llama.cpp cannot use a GPU, so the "
    "estimate is for the CPU alone.")


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Declare the sub-command and its options."""
    fit = sub.add_parser(COMMAND, help=QT_TRANSLATE_NOOP(
        "cli", "the memory a model needs here, from llama.cpp itself"))
    fit.add_argument("-m", "--model", type=MODEL, help=MODEL_HELP)
    fit.add_argument("--ctx", "--context", type=CONTEXT_LENGTH,
                     help=QT_TRANSLATE_NOOP(
                         "cli", "context length in tokens (default: the model's setting)"))
    fit.add_argument("--kv-type", choices=KV_TYPES, help=QT_TRANSLATE_NOOP(
        "cli", "the KV cache's type"))
    fit.add_argument("--flash-attn", choices=FLASH_ATTN, help=QT_TRANSLATE_NOOP(
        "cli", "flash attention"))
    fit.add_argument("--gpu-layers", type=GPU_LAYERS, help=QT_TRANSLATE_NOOP(
        "cli", "layers on the GPU (-1: all, 0: none)"))
    fit.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "print the result as JSON (bytes)"))


def run(args: argparse.Namespace) -> int:
    """Print the estimate; 0 when the model fits (or is tight), 1 when it is too big."""
    from chatapp.catalogue import is_remote
    from chatapp.cli import chosen_model, use_load_options
    from chatapp.cli_app import open_app
    from chatapp.fit import FITS, TOO_BIG, detect_machine
    from chatapp.fit_file import estimate_file, largest_context_file

    with open_app() as app:
        model = _chosen(app, args.model, chosen_model)
        if is_remote(model):
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{model} runs on another machine: its memory is that server's."),
                model=model.display_name)
        use_load_options(app, model, args.kv_type, args.flash_attn)  # (for this run)
        options = app.chat.pipeline.load_options(model)
        kv_type, flash_attn = options["kv_type"], options["flash_attn"]
        n_gpu_layers = options["n_gpu_layers"] if args.gpu_layers is None else args.gpu_layers
        n_ctx = args.ctx or options["n_ctx"] or app.settings.context_length
        if model.context_length and n_ctx > model.context_length:
            if args.ctx:
                # (an option changed, said on stderr: stdout stays the estimate, JSON too)
                say(T_CTX_CAPPED, asked=args.ctx, model=model.file_name,
                    n=model.context_length, stderr=True)
            n_ctx = model.context_length
        machine = detect_machine()
        if not machine.gpu_offload:
            if args.gpu_layers:
                say(T_NO_GPU, n=args.gpu_layers, stderr=True)
            n_gpu_layers = 0
        plan = {"kv_type": kv_type, "flash_attn": flash_attn, "n_gpu_layers": n_gpu_layers}
        result = estimate_file(model.path, n_ctx, machine, **plan)
        largest = None
        if result.verdict != FITS:
            largest = largest_context_file(model.path, machine,
                                           high=model.context_length or n_ctx, **plan)
        from chatapp.draft_vocab import usable_draft
        from chatapp.fit_file import beside_the_model
        from chatapp.model_defaults import draft_model

        entry = app.chat.pipeline.model_options.get(model.key)
        draft = usable_draft(model.path, entry)
        if draft is None and draft_model(entry) is not None:
            say(T_DRAFT_UNUSABLE, draft=os.path.basename(draft_model(entry) or ""),
                model=model.file_name, stderr=True)
        beside = beside_the_model(model.path, n_ctx, options["batch"], draft, machine, **plan)
        if args.json:
            data: dict[str, Any] = result.to_dict()
            data.update(model=model.file_name, flash_attn=flash_attn,
                        n_gpu_layers=n_gpu_layers, largest_context=largest,
                        answers_together=beside.n_seq, answers_together_bytes=beside.batch_bytes,
                        draft_model=os.path.basename(draft) if draft else None,
                        draft_bytes=beside.draft_bytes)
            print(json.dumps(data, indent=1))
        else:
            _print(model.file_name, result, flash_attn, largest)
            _print_beside(result.total, beside, draft)
        return 1 if result.verdict == TOO_BIG else 0


def _chosen(app, spec: str | None, chosen_model):
    """The model -m names (see chatapp.cli.chosen_model); a repo id with several files here
    says which one it took (on stderr)."""
    model = chosen_model(app, spec)
    if spec and getattr(model, "repo_id", "") and model.repo_id.lower() == spec.lower():
        names = sorted({m.file_name for m in app.library.entries()
                        if m.repo_id.lower() == spec.lower() and m.is_chat})
        if len(names) > 1:
            say(T_PICKED, repo=spec, n=len(names), file=model.file_name,
                others=", ".join(n for n in names if n != model.file_name), stderr=True)
    return model


def _print_beside(total: int, beside, draft: str | None) -> None:
    """The memory beside the model's own: its answers decoded together, its draft model."""
    from chatapp.units import format_bytes

    if beside.batch_bytes:
        total += beside.batch_bytes
        say(T_BATCH_ONE if beside.n_seq == 1 else T_BATCH, bytes=format_bytes(beside.batch_bytes),
            n=beside.n_seq, total=format_bytes(total))
    if draft and beside.draft_bytes:
        total += beside.draft_bytes
        say(T_DRAFT, bytes=format_bytes(beside.draft_bytes), draft=os.path.basename(draft),
            total=format_bytes(total))


def _print(name: str, result, flash_attn: str, largest: int | None) -> None:
    from chatapp.cli_hub import VERDICTS
    from chatapp.fit import MIN_CONTEXT
    from chatapp.units import format_bytes, table_lines

    def t(text: str) -> str:
        return translate_text("cli", text)

    say(T_TITLE, name=name, ctx=result.n_ctx, kv_type=result.kv_type, fa=flash_attn)
    rows = [[d.device, *(format_bytes(v) for v in (d.weights, d.kv_cache, d.compute,
                                                    d.overhead, d.total))]
            for d in result.devices]
    rows.append([t(T_TOTAL), *(format_bytes(v) for v in (
        result.weights, result.kv_cache, result.compute, result.overhead, result.total))])
    print("\n".join(table_lines(T_HEAD, t(T_HEAD), rows)))
    say(T_VERDICT, verdict=translate_text("fit", VERDICTS[result.verdict]),
        free=format_bytes(result.budget))
    if result.reread:
        say(T_REREAD, size=format_bytes(result.reread))
    if result.verdict != "fits":
        if largest:
            say(T_LARGEST, n=largest)
        else:
            say(T_NONE_FITS, n=MIN_CONTEXT)
