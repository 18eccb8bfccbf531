"""A model that answers with retrieval from document collections: a *variant* that compare
and eval put beside the same model answering without them."""

from __future__ import annotations

from typing import Any


class DocsVariant:
    """model, answering with the named collections searched for every prompt.

    Attributes:
        model: the model that answers (local or remote).
        collections: the collection names searched.
    """

    def __init__(self, model: Any, collections: list[str]) -> None:
        self.model = model
        self.collections = list(collections)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)

    @property
    def file_name(self) -> str:
        """The variant's name in reports: the model's, with the collections."""
        return f"{self.model.file_name} + {', '.join(self.collections)}"

    @property
    def display_name(self) -> str:
        return f"{self.model.display_name} + {', '.join(self.collections)}"


def unwrap(model: Any, params: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """The model that answers and the answer's parameters ("docs": the collections to
    search, for a DocsVariant)."""
    if isinstance(model, DocsVariant):
        return model.model, {**params, "docs": model.collections}
    return model, params
