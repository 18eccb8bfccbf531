"""The checks a downloaded file passes before it joins the library: its size and sha256 as
the Hub's LFS metadata gives them, and a readable GGUF header; and whether a file already at
its place in the library is that very file."""

from __future__ import annotations

import logging
from pathlib import Path

from chatapp.errors import UserError
from chatapp.gguf_meta import GGUFError, read_gguf_info
from chatapp.hub.download_record import CORRUPT, NOT_GGUF, WRONG_SIZE, Download
from chatapp.hub.hashing import Hasher, sha256_file

log = logging.getLogger(__name__)


def check_partial(d: Download, partial: Path, hasher: Hasher | None) -> None:
    """Check d's finished partial file (hasher: the running sha256 of what was written, used
    where it covers the whole file). UserError (WRONG_SIZE, CORRUPT, NOT_GGUF) with the file
    deleted and d.done_bytes 0 when a check fails."""
    have = partial.stat().st_size if partial.is_file() else 0
    problem: UserError | None = None
    whole = hasher is not None and hasher.count == have
    if hasher is not None:
        hasher.close()  # (its thread ends: what it was fed is hashed)
    if d.size and have != d.size:
        problem = UserError(WRONG_SIZE, file=d.file_name, have=have, want=d.size)
    elif d.sha256:
        actual = hasher.hexdigest() if hasher is not None and whole else sha256_file(partial)
        if actual.lower() != d.sha256.lower():
            log.warning("sha256 mismatch for %s of %s", d.path, d.repo_id)
            problem = UserError(CORRUPT, file=d.file_name)
    if problem is None and d.path.lower().endswith(".gguf"):
        try:
            read_gguf_info(partial)
        except GGUFError as exc:
            problem = UserError(NOT_GGUF, file=d.file_name, reason=exc)
    if problem is not None:
        partial.unlink(missing_ok=True)
        d.done_bytes = 0
        raise problem


def in_place(d: Download) -> bool:
    """Whether the file at d's place in the library is the very file d fetches (its size and
    sha256): another chatapp finished it meanwhile, and nothing is to be fetched again."""
    target = Path(d.target)
    return bool(d.sha256 and d.size and target.is_file() and not target.is_symlink()
                and target.stat().st_size == d.size
                and sha256_file(target).lower() == d.sha256.lower())
