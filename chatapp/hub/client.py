"""Talk to the Hub through huggingface_hub: search GGUF models, a model's page, its GGUF
files, and the GGUF header of a file read with HTTP range requests (for the fit estimate).

Every call first checks the offline switch; failures become :class:`~chatapp.hub.errors.HubError`
with a message that says what to do.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from chatapp.errors import UserError
from chatapp.fit import ModelShape
from chatapp.gguf_meta import GGUFError, NeedMoreData, read_gguf_info
from chatapp.gguf_stream import LFS_POINTER, exact_sizes
from chatapp.hub.card_results import Claim, base_models, claims, front_matter
from chatapp.hub.config import HubConfig
from chatapp.hub.errors import (
    DAMAGED_ON_HUB,
    LFS_POINTER_ON_HUB,
    TRUNCATED_ON_HUB,
    DamagedOnHub,
    HubError,
    translate_exception,
)
from chatapp.hub.files import HubFile, QuantEntry, check_repo_id, group_gguf_files
from chatapp.paths import write_json

log = logging.getLogger(__name__)

SORTS = {"downloads": "downloads", "likes": "likes", "recent": "lastModified"}
FIRST_RANGE = 1 << 20
MAX_HEADER = 96 << 20
MAX_CARD = 1 << 20
T = TypeVar("T")


@dataclass
class SearchHit:
    """One model in search results."""

    repo_id: str
    downloads: int = 0
    likes: int = 0
    last_modified: datetime | None = None
    gated: bool = False
    private: bool = False
    parameters: int = 0
    architecture: str = ""
    context_length: int = 0


@dataclass
class ModelPage:
    """What the model page shows: metadata, the card, and the GGUF files by quantization."""

    repo_id: str
    commit: str
    license: str = ""
    gated: bool = False
    private: bool = False
    downloads: int = 0
    likes: int = 0
    last_modified: datetime | None = None
    parameters: int = 0
    architecture: str = ""
    entries: list[QuantEntry] = field(default_factory=list)
    card: str = ""
    card_error: UserError | None = None  # why the card could not be read (gated, network)
    claims: list[Claim] = field(default_factory=list)  # the card's model-index results
    base_models: list[str] = field(default_factory=list)  # the card's base_model
    base_claims: list[Claim] = field(default_factory=list)  # the base model's card's

    @property
    def models(self) -> list[QuantEntry]:
        return [e for e in self.entries if e.kind == "model" and e.complete]

    @property
    def incomplete(self) -> list[QuantEntry]:
        """Split models with a part missing from the repo: shown, not downloadable."""
        return [e for e in self.entries if e.kind == "model" and not e.complete]


class HubClient:
    """Hub calls for one configuration (endpoint, token, offline)."""

    def __init__(self, config: HubConfig, cache_dir: Path | None = None,
                 claims_dir: Path | None = None) -> None:
        self.config = config
        self.cache_dir = cache_dir
        self.claims_dir = claims_dir  # where cards' declared results are kept (card_cache)

    def _call(self, fn: Callable[[], T], repo_id: str = "", file: str = "") -> T:
        self.config.apply()
        self.config.check_online()
        try:
            return fn()
        except HubError:
            raise
        except Exception as exc:  # noqa: BLE001 - translated or re-raised below
            raise translate_exception(exc, repo_id, self.config.endpoint,
                                      token=bool(self.config.token), file=file) from exc

    def _api(self):
        from huggingface_hub import HfApi

        from chatapp import __version__

        return HfApi(endpoint=self.config.endpoint, token=self.config.token,
                     library_name="chatapp", library_version=__version__)

    # search and model pages

    def search(self, query: str = "", *, sort: str = "downloads", min_params: str = "",
               max_params: str = "", limit: int = 50) -> list[SearchHit]:
        """GGUF models whose id contains query, best first by downloads, likes or recency."""
        sizes = ",".join(p for p in (f"min:{min_params}" if min_params else "",
                                     f"max:{max_params}" if max_params else "") if p)

        def run() -> list[SearchHit]:
            infos = self._api().list_models(
                search=query or None, filter="gguf", sort=SORTS.get(sort, sort),
                num_parameters=sizes or None, limit=limit,
                expand=["downloads", "likes", "lastModified", "gated", "private", "gguf",
                        "tags"])
            hits = []
            for info in infos:
                gguf = info.gguf if isinstance(info.gguf, dict) else {}
                hits.append(SearchHit(
                    info.id, info.downloads or 0, info.likes or 0, info.last_modified,
                    bool(info.gated), bool(info.private), int(gguf.get("total") or 0),
                    str(gguf.get("architecture") or ""), int(gguf.get("context_length") or 0)))
            return hits

        return self._call(run)

    def model(self, repo_id: str, *, with_card: bool = True) -> ModelPage:
        """A model's page: metadata, its GGUF files grouped by quantization, its card."""
        check_repo_id(repo_id)

        def run() -> ModelPage:
            info = self._api().model_info(repo_id, files_metadata=True)
            files = [HubFile(s.rfilename, s.size if s.lfs is None else s.lfs.size,
                             s.lfs.sha256 if s.lfs is not None else "")
                     for s in info.siblings or []]
            license_ = str(getattr(info.card_data, "license", "") or "")
            gguf = info.gguf if isinstance(info.gguf, dict) else {}
            return ModelPage(
                repo_id=info.id, commit=info.sha or "main", license=license_,
                gated=bool(info.gated), private=bool(info.private),
                downloads=info.downloads or 0, likes=info.likes or 0,
                last_modified=info.last_modified,
                parameters=int(gguf.get("total") or 0),
                architecture=str(gguf.get("architecture") or ""),
                entries=group_gguf_files(files),
            )

        page = self._call(run, repo_id)
        if with_card:
            self._read_card(page)
        return page

    def _read_card(self, page: ModelPage) -> None:
        """Fill in the page's card text and the evaluation results the card declares; for a
        GGUF repo without its own, those its base model's card declares."""
        try:
            text = self.card_source(page.repo_id, page.commit)
        except HubError as exc:
            log.info("no model card for %s: %s", page.repo_id, exc)
            page.card_error = exc
            return
        page.card = strip_front_matter(text)
        meta = front_matter(text)
        page.claims = claims(meta, page.repo_id)
        page.base_models = [b for b in base_models(meta) if b != page.repo_id]
        if not page.claims and page.entries and page.base_models:
            base = page.base_models[0]
            try:
                check_repo_id(base)
                page.base_claims = claims(front_matter(self.card_source(base)), base)
            except UserError as exc:  # HubError, or a base_model that is not a repo id
                log.info("no card for the base model %s: %s", base, exc)
        if self.claims_dir is not None:
            from chatapp.hub.card_cache import save_claims

            save_claims(self.claims_dir, page.repo_id, page.claims, page.base_claims)

    def card_source(self, repo_id: str, revision: str = "main") -> str:
        """The README text as it is (its YAML front matter included), at most 1 MB; "" when
        the repo has none."""
        def run() -> str:
            from huggingface_hub import hf_hub_url

            url = hf_hub_url(repo_id, "README.md", revision=revision,
                             endpoint=self.config.endpoint)
            return _stream(url, self.config.headers(), MAX_CARD, missing=404).decode(
                "utf-8", "replace")

        return self._call(run, repo_id, "README.md")

    # GGUF headers

    def header_shape(self, repo_id: str, entry: QuantEntry, revision: str = "main") -> ModelShape:
        """The model shape from the GGUF header of an entry's first file (range requests)."""
        first = entry.files[0]
        cached = self._cached_shape(first.sha256)
        if cached is not None:
            return cached
        data = self.read_header(repo_id, first.path, revision, first.size)
        try:
            info = read_gguf_info(data, read_tensors=True)
        except GGUFError as exc:
            if exc.template == LFS_POINTER:  # (the local file's advice cannot be followed)
                raise DamagedOnHub(LFS_POINTER_ON_HUB, file=first.path) from exc
            raise DamagedOnHub(DAMAGED_ON_HUB, file=first.path, reason=exc) from exc
        end = info.header_size + max((t.offset + t.nbytes for t in info.tensors), default=0)
        if first.size and end > first.size:
            raise DamagedOnHub(TRUNCATED_ON_HUB, file=first.path,
                               **exact_sizes(want=end, have=first.size))
        shape = ModelShape.from_info(info, entry.size)
        self._store_shape(first.sha256, shape)
        return shape

    def read_header(self, repo_id: str, path: str, revision: str = "main",
                    size: int | None = None) -> bytes:
        """The first bytes of a file, enough to parse its GGUF header and tensor table.

        Fetches growing ranges (the parser says how much it needs) and never the whole
        model unless the header is that long (capped at 96 MB).
        """
        from huggingface_hub import hf_hub_url

        url = hf_hub_url(repo_id, path, revision=revision, endpoint=self.config.endpoint)
        data = bytearray()
        want = FIRST_RANGE

        def fetch(start: int, end: int) -> bytes:
            headers = self.config.headers()
            headers["Range"] = f"bytes={start}-{end - 1}"
            headers["Accept-Encoding"] = "identity"
            return _stream(url, headers, end - start, missing=416, skip_on_200=start)

        while True:
            if size is not None:
                want = min(want, size)
            if want > len(data):
                start, end = len(data), want
                got = self._call(functools.partial(fetch, start, end), repo_id, path)
                if not got:
                    break
                data += got
            try:
                read_gguf_info(bytes(data), read_tensors=True)
                return bytes(data)
            except NeedMoreData as more:
                done = size is not None and len(data) >= size
                if done or len(data) >= MAX_HEADER:
                    break
                want = min(max(more.needed or 0, 2 * len(data)), MAX_HEADER)
            except GGUFError:
                return bytes(data)
        return bytes(data)

    def _cached_shape(self, sha256: str) -> ModelShape | None:
        if not sha256 or self.cache_dir is None:
            return None
        try:
            data = json.loads((self.cache_dir / f"{sha256}.json").read_text(encoding="utf-8"))
            return ModelShape.from_dict(data)
        except (OSError, ValueError, TypeError):
            return None

    def _store_shape(self, sha256: str, shape: ModelShape) -> None:
        if not sha256 or self.cache_dir is None:
            return
        try:
            write_json(self.cache_dir / f"{sha256}.json", shape.to_dict(), indent=None)
        except OSError:
            log.warning("could not cache a model header")


def _stream(url: str, headers: dict[str, str], limit: int, missing: int,
            skip_on_200: int = 0) -> bytes:
    """At most limit bytes of url's body (b"" for the status missing); a 200 answer (a server
    that ignores Range) has its first skip_on_200 bytes dropped. HTTP errors raised as
    huggingface_hub raises them."""
    from huggingface_hub.utils import get_session, hf_raise_for_status

    with get_session().stream("GET", url, headers=headers, timeout=30) as response:
        if response.status_code == missing:
            return b""
        if response.status_code >= 400:
            response.read()
            hf_raise_for_status(response)
        skip = skip_on_200 if response.status_code == 200 else 0
        out = bytearray()
        for chunk in response.iter_bytes():
            if skip:
                cut = min(skip, len(chunk))
                chunk, skip = chunk[cut:], skip - cut
            out += chunk
            if len(out) >= limit:
                break
    return bytes(out[:limit])


def strip_front_matter(text: str) -> str:
    """The card text without its leading YAML block."""
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end != -1:
            return text[end + 4:].lstrip("\n")
    return text
