"""LoRA adapters: GGUF files of ``general.type`` "adapter" that change a base model's weights
by ``scale * alpha / rank * B·A`` at run time, applied through llama.cpp's adapter API.

The app checks an adapter against its base model from both headers before asking the
worker (``check_adapter``: one translated line when it does not fit); the worker keeps the
adapters it loaded for its model and sets the ones an answer asks for on its context
(``AdapterSet``). llama.cpp frees loaded adapters together with their model.
"""

from __future__ import annotations

import ctypes
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason
from chatapp.gguf_meta import GGUFError, TensorInfo, file_info

NOT_ADAPTER = QT_TRANSLATE_NOOP(
    "errors", "{adapter} is not a LoRA adapter. An adapter here is a LoRA converted to GGUF "
    "for the base model it changes (llama.cpp's convert_lora_to_gguf.py converts one).")
WRONG_ARCH = QT_TRANSLATE_NOOP(
    "errors", "The adapter {adapter} was made for {adapter_arch} models; {model} is {arch}. "
    "Choose an adapter made for this base model.")
WRONG_SHAPE = QT_TRANSLATE_NOOP(
    "errors", "The adapter {adapter} does not fit {model}: its {tensor} has another shape "
    "than the model's. Choose an adapter made for this base model.")
MISSING_TENSOR = QT_TRANSLATE_NOOP(
    "errors", "The adapter {adapter} does not fit {model}: the model has no tensor {tensor}. "
    "Choose an adapter made for this base model.")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "The adapter {adapter} cannot be read: {reason}")
BAD_SCALE = QT_TRANSLATE_NOOP("errors", "The scale of the adapter {adapter} is not a number.")
ADAPTER_LEFT_OUT = QT_TRANSLATE_NOOP(
    "errors", "Answers of {model} go on without the LoRA adapter {adapter}: {reason}")
REMOTE = QT_TRANSLATE_NOOP(
    "errors", "LoRA adapters apply only to models that run on this computer, not to {model}.")


@dataclass(frozen=True)
class AdapterUse:
    """One adapter an answer asks for: its file and scale (1.0: as trained, 0: off)."""

    path: str
    scale: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        """The shape stored with answers and sent to the worker."""
        return {"path": self.path, "scale": self.scale}


def adapter_uses(entries: Sequence[Any] | None) -> list[AdapterUse]:
    """Adapters from their stored shape ([{"path", "scale"}], as in an answer's parameters);
    UserError when a scale is not a finite number."""
    uses = []
    for entry in entries or ():
        if isinstance(entry, dict):
            path, raw = str(entry.get("path") or ""), entry.get("scale", 1.0)
        else:  # an AdapterUse, or a bare path
            path, raw = str(getattr(entry, "path", entry)), getattr(entry, "scale", 1.0)
        try:
            scale = float(raw)
        except (TypeError, ValueError):
            scale = math.nan
        if not math.isfinite(scale):
            raise UserError(BAD_SCALE, adapter=os.path.basename(path))
        uses.append(AdapterUse(path, scale))
    return uses


def check_adapters(model: Any, params: dict[str, Any]) -> None:
    """UserError (one translated line) unless every LoRA adapter in params["adapters"] fits
    model (a catalogue's model): a local model of the adapter's architecture and shapes."""
    uses = adapter_uses(params.get("adapters"))
    if uses and getattr(model, "remote", False):
        raise UserError(REMOTE, model=model.file_name)
    for use in uses:
        check_adapter(use.path, model.all_paths, model.list_name)


def check_is_adapter(adapter_path: str) -> None:
    """UserError (one translated line) unless the file at adapter_path is a LoRA adapter."""
    name = os.path.basename(adapter_path)
    try:
        md = file_info(adapter_path).metadata
    except (GGUFError, OSError) as exc:
        raise UserError(UNREADABLE, adapter=name,
                        reason=exc if isinstance(exc, GGUFError) else os_reason(exc)) from None
    if md.get("general.type") != "adapter" or md.get("adapter.type") != "lora":
        raise UserError(NOT_ADAPTER, adapter=name)


def check_adapter(adapter_path: str, model_paths: Sequence[str], model_name: str) -> None:
    """Raise a UserError (one translated line) unless the file at adapter_path is a LoRA
    adapter for the model whose file(s) are model_paths (every part of a split model):
    same architecture, and for each adapted weight ``W`` (ggml shape [n_in, n_out]) a
    ``lora_a`` of shape [n_in, rank] and a ``lora_b`` of shape [rank, n_out]."""
    name = os.path.basename(adapter_path)
    check_is_adapter(adapter_path)
    try:
        adapter = file_info(adapter_path, read_tensors=True)
        models = [file_info(path, read_tensors=True) for path in model_paths]
    except (GGUFError, OSError) as exc:
        raise UserError(UNREADABLE, adapter=name,
                        reason=exc if isinstance(exc, GGUFError) else os_reason(exc)) from None
    arch = models[0].architecture
    if adapter.architecture != arch:
        raise UserError(WRONG_ARCH, adapter=name, adapter_arch=adapter.architecture or "?",
                        model=model_name, arch=arch or "?")
    weights = {t.name: t for info in models for t in info.tensors}
    pairs: dict[str, dict[str, TensorInfo]] = {}
    for tensor in adapter.tensors:
        base, _, part = tensor.name.rpartition(".lora_")
        if part in ("a", "b"):
            pairs.setdefault(base, {})[part] = tensor
    for base, pair in sorted(pairs.items()):
        weight = weights.get(base)
        if weight is None:
            raise UserError(MISSING_TENSOR, adapter=name, model=model_name, tensor=base)
        a, b = pair.get("a"), pair.get("b")
        if a is None or b is None or not _fits(weight.shape, a.shape, b.shape):
            raise UserError(WRONG_SHAPE, adapter=name, model=model_name, tensor=base)


def _fits(weight: tuple[int, ...], a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether lora_a and lora_b (ggml order) adapt a weight of that shape (llama.cpp's rule)."""
    if len(weight) < 2 or len(a) < 2 or len(b) < 2:
        return False
    return a[0] == weight[0] and b[1] == weight[1] and a[1] == b[0]


class AdapterError(Exception):
    """llama.cpp refused an adapter (its reason is in the worker's stderr)."""


class AdapterSet:
    """The adapters loaded for one model in a worker, and the set its context uses now.

    Attributes:
        active: the (path, scale) pairs the context applies, in order; () for none.
    """

    def __init__(self, model: Any, ctx: Any) -> None:
        self.model = model
        self.ctx = ctx
        self.active: tuple[tuple[str, float], ...] = ()
        self._loaded: dict[str, Any] = {}

    def use(self, uses: Sequence[AdapterUse]) -> tuple[tuple[str, float], ...]:
        """Apply exactly these adapters at their scales (none: the base model alone);
        return the set now active. AdapterError when llama.cpp cannot load or set one."""
        import llama_cpp

        wanted = tuple((use.path, float(use.scale)) for use in uses)
        if wanted == self.active:
            return wanted
        handles = [self._load(path) for path, _ in wanted]
        array = (llama_cpp.llama_adapter_lora_p_ctypes * len(handles))(*handles) \
            if handles else None
        scales = (ctypes.c_float * len(wanted))(*(scale for _, scale in wanted)) \
            if wanted else None
        if llama_cpp.llama_set_adapters_lora(self.ctx, array, len(handles), scales) != 0:
            raise AdapterError(f"llama.cpp could not apply the adapters {wanted!r}")
        self.active = wanted
        return wanted

    def _load(self, path: str) -> Any:
        """The adapter at path, loaded once for this model."""
        import llama_cpp

        handle = self._loaded.get(path)
        if handle is None:
            handle = llama_cpp.llama_adapter_lora_init(self.model, path.encode("utf-8"))
            if not handle:
                raise AdapterError(f"llama.cpp could not load the adapter {path}")
            self._loaded[path] = handle
        return handle
