"""The publisher's claims for what an evaluation or the leaderboard ranks: for each variant or
model, the evaluation results its model card declares (kept by hub.card_cache when the
model's page was read), found through the model's repo. Shown apart, never mixed into the
user's own numbers. Reads no network."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from chatapp.hub.card_cache import CardClaims, load_claims
from chatapp.store import Store


def variant_claims(variants: Sequence[Any], folder: Path) -> dict[str, CardClaims]:
    """Variant name -> its model's kept claims, for resolved variants whose model came from
    a Hub repo whose card declared results."""
    found = {}
    for variant in variants:
        repo_id = getattr(variant.resolved, "repo_id", "") if variant.resolved else ""
        kept = load_claims(folder, repo_id) if repo_id else None
        if kept is not None and kept.shown:
            found[variant.name] = kept
    return found


def ranked_models(store: Store) -> dict[str, str]:
    """The model file each ranked name answered with (a variant's name -> its model file
    name), from the answers' rows of the judge's comparisons and of people's votes."""
    pairs = []
    for table, kind in (("judgements", "j.kind = 'pairwise'"), ("votes", "1")):
        for side in ("a", "b"):
            pairs.append(f"SELECT j.model_{side} AS name, m.model_name AS file FROM {table} j "
                         f"JOIN messages m ON m.id = j.message_{side}_id WHERE {kind}")
    rows = store._rows(" UNION ".join(pairs))
    return {r["name"]: r["file"] for r in rows if r["name"] and r["file"]}


def named_claims(names: Sequence[str], library: Any, store: Store,
                 folder: Path) -> dict[str, CardClaims]:
    """Name on the leaderboard (a model's file name, or a variant the judge ranked) -> the
    kept claims of its model's repo, for the names whose model is in the library and whose
    card declared results."""
    files = ranked_models(store)
    by_file = {name: m for m in library.entries()
               for name in (m.file_name, m.shared_file_name, m.list_name)}
    found = {}
    for name in names:
        model = by_file.get(files.get(name, name))
        kept = load_claims(folder, model.repo_id) if model is not None else None
        if kept is not None and kept.shown:
            found[name] = kept
    return found


def by_repo(claims: dict[str, CardClaims]) -> list[tuple[list[str], CardClaims]]:
    """The claims grouped by repo: (the names that use it, its claims), in first-seen order
    (three variants of one model show its claims once)."""
    groups: dict[str, tuple[list[str], CardClaims]] = {}
    for name, kept in claims.items():
        groups.setdefault(kept.repo_id, ([], kept))[0].append(name)
    return list(groups.values())
