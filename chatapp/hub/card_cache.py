"""The evaluation results model cards declare, kept on disk when a model's page is read, so
that the leaderboard and evaluation reports can show them offline beside the user's own
numbers (as the publisher's claims, never mixed in).

One JSON file per repo in the cache folder: {"repo_id", "read_at", "claims": [...],
"base_models": [...], "base_claims": [...]}.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from chatapp.hub.card_results import Claim
from chatapp.paths import read_json, write_json

log = logging.getLogger(__name__)

FOLDER = "card-claims"


@dataclass
class CardClaims:
    """What a repo's card declared when its page was last read.

    Attributes:
        repo_id: the repo.
        read_at: when (seconds since the epoch).
        own: the card's own model-index results.
        base: its base model's card's results (for a GGUF repo that declares none itself).
    """

    repo_id: str
    read_at: float = 0.0
    own: list[Claim] = field(default_factory=list)
    base: list[Claim] = field(default_factory=list)

    @property
    def shown(self) -> list[Claim]:
        """The claims to show: the card's own, else its base model's."""
        return self.own or self.base


_REPO = re.compile(r"[\w-][\w.-]*/[\w-][\w.-]*")


def _file(folder: Path, repo_id: str) -> Path | None:
    if not _REPO.fullmatch(repo_id) or ".." in repo_id:
        return None
    return Path(folder) / (repo_id.replace("/", "__") + ".json")


def save_claims(folder: Path, repo_id: str, own: list[Claim], base: list[Claim]) -> None:
    """Keep a repo's claims (a write that fails is logged: the page still shows)."""
    data = {"repo_id": repo_id, "read_at": time.time(),
            "claims": [asdict(c) for c in own], "base_claims": [asdict(c) for c in base]}
    path = _file(folder, repo_id)
    if path is None:
        return
    try:
        write_json(path, data, indent=None)
    except OSError as exc:
        log.warning("could not keep the card claims of %s: %s", repo_id, exc)


def _claims(items: Any) -> list[Claim]:
    out = []
    for item in items if isinstance(items, list) else []:
        try:
            out.append(Claim(**{k: item[k] for k in Claim.__dataclass_fields__ if k in item}))
        except (TypeError, KeyError):
            continue
    return out


def load_claims(folder: Path, repo_id: str) -> CardClaims | None:
    """A repo's kept claims, or None when its page was never read (or the file is bad)."""
    path = _file(folder, repo_id)
    if path is None:
        return None
    data = read_json(path)
    if not data:
        return None
    read_at = data.get("read_at")
    return CardClaims(repo_id, float(read_at) if isinstance(read_at, (int, float)) else 0.0,
                      _claims(data.get("claims")), _claims(data.get("base_claims")))
