"""Whether a download fits on its disk with the reserve kept free, and what to say if not."""

from __future__ import annotations

import shutil
from pathlib import Path

from chatapp.errors import UserError
from chatapp.hub.download_record import NO_SPACE, NO_SPACE_RESERVE


def space_problem(folder: Path, reserve: int, file_name: str, need: int) -> UserError | None:
    """Why need more bytes of file_name do not fit on folder's disk (its free space less
    reserve bytes kept free), or None when they fit."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    free = shutil.disk_usage(folder).free
    if not need or free - reserve >= need:
        return None
    from chatapp.units import format_bytes

    if reserve:
        return UserError(NO_SPACE_RESERVE, file=file_name, need=format_bytes(need),
                         free=format_bytes(free), reserve=format_bytes(reserve),
                         folder=str(folder))
    return UserError(NO_SPACE, file=file_name, need=format_bytes(need),
                     free=format_bytes(free), folder=str(folder))
