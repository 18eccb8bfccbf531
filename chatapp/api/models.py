"""The models the local API offers: every chat model of the catalogue (local files and the
endpoints' models) and the local embedding models, by the names clients send as ``model``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chatapp.catalogue import AnyModel, is_remote
from chatapp.library_kinds import CHAT, EMBEDDING

if TYPE_CHECKING:
    from chatapp.context import AppContext
    from chatapp.library_model import LocalModel


@dataclass
class Offered:
    """One model as the API lists it.

    Attributes:
        id: the name clients send (a local model's display name, ``ENDPOINT/MODEL_ID``).
        model: the catalogue's model.
        kind: "chat" or "embedding".
    """

    id: str
    model: AnyModel
    kind: str = CHAT

    def entry(self, loaded: bool, context_length: int | None) -> dict[str, Any]:
        """The /v1/models entry: OpenAI's fields (id, object, created, owned_by) and whether
        it is loaded now, what it does, the context length in tokens requests get (where
        known) and the one it was trained for."""
        model = self.model
        remote = is_remote(model)
        return {
            "id": self.id,
            "object": "model",
            "created": 0 if remote else int(getattr(model, "mtime", 0) or 0),
            "owned_by": model.endpoint if remote else "chatapp",
            "loaded": loaded,
            "kind": self.kind,
            "context_length": context_length,
            "max_context_length": model.context_length,
        }


def _nowhere(host: str) -> bool:
    """No endpoint is the API itself (offered and find called outside a running API)."""
    return False


def offered(ctx: AppContext, itself: Callable[[str], bool] = _nowhere) -> list[Offered]:
    """Every model the API can use now: local chat models, the endpoints' models (as last
    listed), local embedding models. Models with a problem (unreadable, offline) are left
    out, and so are those of an endpoint whose last listing failed (as `chatapp models`
    lists none of them; a request for one still goes to its server), and so are the models
    of an endpoint that is this API itself (itself(host:port): listed, they would list
    again through it, one level more each time). Of local files that share a name, the one
    first seen here keeps it (a copy added later does not take it over); the others are
    NAME:TAG (LocalModel.path_tag)."""
    found: list[Offered] = []
    keys: set[str] = set()
    local = ctx.library.entries()  # one listing of the library for both kinds
    chat = [m for m in [*(m for m in local if m.is_chat),
                        *(m for m in ctx.catalogue.remote()
                          if not itself(m.host) and not m.unreachable)]
            if not m.problem]
    embedding = [m for m in local if m.kind == EMBEDDING and not m.is_chat and not m.problem]
    named: dict[str, LocalModel] = {}  # each name's first seen file (its path breaks a tie)
    for model in sorted((m for m in local if not m.problem),
                        key=lambda m: (m.identity_mtime or m.mtime, m.path)):
        named.setdefault(model.display_name, model)
    for model, kind in [*((m, CHAT) for m in chat), *((m, EMBEDDING) for m in embedding)]:
        if model.key in keys:  # the same file twice (linked from two places): the first one
            continue
        keys.add(model.key)
        name = model.key if is_remote(model) else model.display_name
        if not is_remote(model) and named.get(name) is not model:
            name += ":" + model.path_tag
        found.append(Offered(name, model, kind))
    return found


def find(ctx: AppContext, name: str, itself: Callable[[str], bool] = _nowhere
         ) -> Offered | None:
    """The model a request names: by its API id, else by its key, file name, file stem or
    other app's name (case does not matter); an endpoint's model that is not listed yet is
    found by ``ENDPOINT/MODEL_ID`` (its server says whether it knows it), unless the
    endpoint is this API (see offered). None if none."""
    models = offered(ctx, itself)
    found = next((c for c in models if c.id == name), None) or next(
        (c for c in models if _named(c.model, c.id, name)), None)
    if found is not None:
        return found
    remote = ctx.catalogue.find(name, listed_only=False)
    if remote is not None and is_remote(remote) and not remote.problem and not itself(
            remote.host):
        return Offered(remote.key, remote)
    return None


def unusable(ctx: AppContext, name: str) -> LocalModel | None:
    """The local model a name means (as find() reads it) that cannot be used: its file is
    damaged, not a model, or a part is missing (``problem`` says which). None if none."""
    return next((m for m in ctx.library.entries()
                 if m.problem and _named(m, m.display_name, name)), None)


def _named(model: AnyModel, api_id: str, name: str) -> bool:
    """Whether a request's model name means this model: its API id, key, file name, file
    stem or other app's name (case and surrounding spaces do not matter)."""
    names = {api_id, model.key, model.file_name, model.stem, getattr(model, "list_name", "")}
    return name.strip().lower() in {n.lower() for n in names if n}
