"""Variants: what an evaluation puts side by side — a model with its own system prompt,
sampling parameters, prompt template and LoRA adapters, under a short name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chatapp.catalogue import AnyModel, Catalogue, is_remote
from chatapp.compare.prompts import Prompt
from chatapp.engine.lora import AdapterUse as Adapter
from chatapp.errors import QT_TRANSLATE_NOOP, UserError

SAMPLING_KEYS = ("max_tokens", "temperature", "top_k", "top_p", "min_p", "repeat_penalty",
                 "seed", "stop")


@dataclass
class Variant:
    """One column of an evaluation.

    Attributes:
        name: short, unique in a run; the report and the leaderboard group by it.
        model: the model's name as the catalogue resolves it (path, file name, stem, repo
            id or ENDPOINT/MODEL_ID).
        system: system prompt, or None for none.
        params: sampling parameters that override the run's (SAMPLING_KEYS).
        template: the user turn with {{ var }} placeholders filled from a prompt's vars;
            None: the prompt's own text.
        adapters: LoRA adapters with their scales.
        docs: document collections searched for every prompt (answers cite them).
        resolved: the catalogue's model, once resolve() ran.
    """

    name: str
    model: str
    system: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    template: str | None = None
    template_label: str = ""
    adapters: list[Adapter] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    resolved: AnyModel | None = None

    def resolve(self, catalogue: Catalogue, check=None) -> AnyModel:
        """The model that answers (UserError when it is unknown or cannot chat, or when an
        adapter of the variant does not fit it). check(model): what refuses a model (default
        its check_chat: a damaged file is refused too)."""
        if self.resolved is None:
            from chatapp.engine.lora import check_adapters

            model = catalogue.resolve(self.model)
            (check or type(model).check_chat)(model)
            check_adapters(model, {"adapters": [a.to_dict() for a in self.adapters]})
            self.resolved = model
        return self.resolved

    def user_text(self, prompt: Prompt) -> str:
        """The user turn this variant sends for prompt."""
        if self.template is None:
            return prompt.text
        from chatapp.compare.config import render

        return render(self.template, getattr(prompt, "vars", {}) or {})

    def messages(self, prompt: Prompt) -> list[dict[str, str]]:
        """The messages the model is asked, in chat-completion shape."""
        turns = [{"role": "system", "content": self.system}] if self.system else []
        return turns + [{"role": "user", "content": self.user_text(prompt)}]

    @property
    def plain(self) -> bool:
        """A model as it is, under its own name (its answers look like any other's)."""
        return (self.resolved is not None and self.name == eval_name(self.resolved)
                and not (self.system or self.params or self.adapters or self.docs)
                and self.template is None)

    def merged_params(self, base: dict[str, Any]) -> dict[str, Any]:
        """The run's parameters with this variant's on top."""
        own = {"variant": None if self.plain else self.name,  # provenance: stored with it
               "system_prompt": self.system or None,
               "adapters": [a.to_dict() for a in self.adapters] or None,
               "docs": list(self.docs) or None}
        return {**base, **{k: v for k, v in self.params.items() if k in SAMPLING_KEYS},
                **{k: v for k, v in own.items() if v is not None}}

    def describe(self) -> dict[str, Any]:
        """What the variant is, for run.json and the report."""
        data = {"name": self.name, "model": self.model,
                "model_file": None if self.resolved is None else model_spec(self.resolved),
                "system": self.system or None, "params": dict(self.params) or None,
                "template": self.template,
                "adapters": [a.to_dict() for a in self.adapters] or None,
                "docs": list(self.docs) or None}
        return {k: v for k, v in data.items() if v is not None}


def eval_name(model: AnyModel) -> str:
    """How an evaluation names a model: a local one by its file name (a split model's shared
    name), an endpoint's by ENDPOINT/MODEL_ID as pickers show it (two servers may serve the
    same id; a file's path as id cut to the file's name); a DocsVariant as its model, with
    its collections."""
    from chatapp.docs.variant import DocsVariant

    if isinstance(model, DocsVariant):
        return f"{eval_name(model.model)} + {', '.join(model.collections)}"
    return model.display_name if is_remote(model) else model.shared_file_name


def model_spec(model: AnyModel) -> str:
    """The model's name that selects it exactly (the catalogue resolves it): a local one's
    shared file name, an endpoint's whole ENDPOINT/MODEL_ID."""
    return model.key if is_remote(model) else model.shared_file_name


def of_model(model: AnyModel) -> Variant:
    """A model as it is, under its eval_name (a DocsVariant: the model with its
    collections)."""
    from chatapp.docs.variant import DocsVariant

    if isinstance(model, DocsVariant):
        return Variant(eval_name(model), model_spec(model.model), docs=list(model.collections),
                       resolved=model.model)
    return Variant(eval_name(model), model_spec(model), resolved=model)


def of_preset(preset: Any, catalogue: Catalogue,
              default: AnyModel | None = None) -> Variant | None:
    """A saved preset (store.Preset: name, system prompt, parameters, model) as a variant
    named after it, resolved; a preset that leaves the model to the moment uses default.
    None when there is no model for it here."""
    model = catalogue.find(preset.model_key) if preset.model_key else default
    if model is None:
        return None
    from chatapp.engine.lora import adapter_uses

    params = preset.sampling
    try:
        adapters = adapter_uses(params.get("adapters"))
    except UserError:
        return None
    return Variant(preset.name, model.key, preset.system_prompt or None,
                   {k: v for k, v in params.items() if k in SAMPLING_KEYS},
                   adapters=adapters, resolved=model)


def as_variants(items: list) -> list[Variant]:
    """Variants from variants or models (a model becomes of_model(model)); UserError when a
    name is used twice."""
    variants = [item if isinstance(item, Variant) else of_model(item) for item in items]
    names = [v.name for v in variants]
    if len(set(names)) != len(names):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Two variants are named {name}."),
                        name=next(n for n in names if names.count(n) > 1))
    return variants
