"""Whether each local chat model fits this machine with the options it loads with: the one
verdict that the Models window's Memory column and the chat's model picker ("too big") show."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from chatapp.fit import Machine
from chatapp.fit_file import local_shape
from chatapp.fit_total import InAll, in_all, plan_of
from chatapp.gguf_meta import GGUFError


def library_estimates(ctx: Any, models: Sequence[Any], machine: Machine,
                      shapes: dict[tuple, Any]) -> Callable[[], dict[str, InAll]]:
    """The work that estimates models (LocalModel, chat models), to run on a thread; it
    returns {model path: InAll} (a file whose header cannot be read is left out).

    Read here, on the calling thread: each model's load options
    (ctx.chat.pipeline.load_options) and the memory loading it can count on beside what is
    free (ctx.engine.freed_to_load: its own process when it is loaded now, and the idle
    models' that its load unloads).
    shapes: a cache {(path, size, mtime): shape} filled as headers are read (once a file).
    """
    options = {m.path: ctx.chat.pipeline.load_options(m) for m in models}
    machines = {m.path: replace(machine, ram_available=machine.ram_available
                                + ctx.engine.freed_to_load(m.path)) for m in models}
    default_ctx = ctx.engine.n_ctx
    models = list(models)

    def estimates() -> dict[str, InAll]:
        found = {}
        for model in models:
            key = (model.path, model.size, model.mtime)
            try:
                shape = shapes.get(key) or shapes.setdefault(key, local_shape(model.path))
            except (GGUFError, OSError):
                continue
            chosen = options[model.path]
            n_ctx = chosen.get("n_ctx") or default_ctx
            found[model.path] = in_all(  # and the answers it decodes together, as it loads
                shape, n_ctx, machines[model.path], **plan_of(chosen, model.path))
        return found

    return estimates
