"""`--json` of the listing commands (`models`, `conversations`, `remote list`): one JSON
document on standard output with stable field names (sizes in bytes, times in Unix seconds,
absent values null) and no secrets (no API key, no header's value); failures stay lines on
standard error, as without --json."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import translate_error

if TYPE_CHECKING:
    from chatapp.cli_conversations import Listing
    from chatapp.cli_models import LocalListing

HELP = QT_TRANSLATE_NOOP("cli", "print JSON (one document; failures stay on standard error)")


def add_option(parser: argparse.ArgumentParser) -> None:
    """Declare --json on a listing command."""
    parser.add_argument("--json", action="store_true", help=HELP)


def print_json(data: dict[str, Any]) -> None:
    """data as one JSON document on standard output (indented, non-ASCII text as it is)."""
    print(json.dumps(data, indent=1, ensure_ascii=False))


def said_failures(errors: list[UserError]) -> bool:
    """Each failure as the command says it without --json (a line on stderr); whether any."""
    for error in errors:
        print(f"chatapp: {translate_error(error)}", file=sys.stderr)
    return bool(errors)


def local_model(model, default: str | None) -> dict[str, Any]:
    """A LocalModel's fields (problem: why it cannot be used, in English; null when it can)."""
    return {"key": model.key, "name": model.list_name, "file_name": model.file_name,
            "path": model.path, "paths": model.all_paths, "size_bytes": model.size,
            "kind": model.kind, "quantization": model.quantization or None,
            "architecture": model.architecture or None,
            "context_length": model.context_length, "repo_id": model.repo_id or None,
            "source": model.source or None, "starter": model.starter,
            "default": model.key == default, "problem": model.problem or None}


def models(listing: LocalListing, catalogue, failures: dict | None) -> int:
    """`chatapp models --json` of what cli_models.local_listing found and the servers' failures
    (cli_models.ask_servers): {"models": chat models, "others": other GGUF files, "skipped":
    [{"path", "reason"}], "remote": [{"key", "endpoint", "model_id", "context_length",
    "host", "default", "problem"}]} (remote: [] when no server was asked); 1 when a server
    could not be asked (said on stderr), as without --json."""
    default = listing.default
    print_json({"models": [local_model(m, default) for m in listing.models],
            "others": [local_model(m, default) for m in listing.others],
            "skipped": [{"path": s.path, "reason": translate_error(s.reason)}
                        for s in listing.skipped],
            "remote": [] if failures is None else [
                {"key": e.key, "endpoint": e.endpoint, "model_id": e.model_id,
                 "context_length": e.context_length, "host": e.host,
                 "default": e.key == default, "problem": e.problem or None}
                for e in catalogue.remote()]})
    return 1 if said_failures(list((failures or {}).values())) else 0


def conversations(listing: Listing) -> int:
    """`chatapp conversations [WORDS] --json` of what cli_conversations.gather found:
    {"conversations": [{"id", "title", "kind", "created_at", "updated_at", "messages",
    "model_key", "eval_run_id"}], "more": how many --limit left out}, or for WORDS {"query",
    "hits": [{"conversation_id", "title", "snippet"}], "more"}; the evaluation runs'
    conversations only with --all. 0."""

    if listing.query:
        print_json({"query": listing.query, "hits": [
            {"conversation_id": h.conversation_id, "title": h.conversation_title,
             "snippet": h.plain}
            for h in listing.hits], "more": listing.more})
        return 0
    print_json({"conversations": [
        {"id": c.id, "title": c.title, "kind": c.kind, "created_at": c.created_at,
         "updated_at": c.updated_at, "messages": listing.counts.get(c.id, 0),
         "model_key": c.model_key, "eval_run_id": c.eval_run_id}
        for c in listing.conversations], "more": listing.more})
    return 0


def remote_list(store, paths) -> int:
    """`chatapp remote list --json`: {"endpoints": [{"name", "base_url", "key" (how the key
    is given: "$VAR", "stored" or null, never the key), "headers" (their names only),
    "timeout_s" (the longest wait for each read of an answer, seconds), "models": [{"key",
    "model_id", "context_length"}] or null, "error": why they could not be listed, or
    null}]}; 1 when a server could not be asked (also said on stderr)."""
    from chatapp.cli_remote import listings

    endpoints = store.load()
    entries, errors = [], []
    for endpoint, found in zip(endpoints, listings(endpoints, paths), strict=True):
        error = found if isinstance(found, UserError) else None
        if error is not None:
            errors.append(error)
        entries.append({
            "name": endpoint.name, "base_url": endpoint.base_url,
            "key": endpoint.key_description() or None, "headers": sorted(endpoint.headers),
            "timeout_s": endpoint.answer_timeout_s,
            "models": None if error is not None else [
                {"key": m.key, "model_id": m.model_id, "context_length": m.context_length}
                for m in found],
            "error": translate_error(error) if error is not None else None})
    print_json({"endpoints": entries})
    return 1 if said_failures(errors) else 0
