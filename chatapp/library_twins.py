"""Telling the models a name matches apart: which are copies of one file (any of them will
do) and which are different files, so that a name several different files answer to is
refused rather than one of them picked."""

from __future__ import annotations

import os
from collections.abc import Sequence

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.library_model import LocalModel

AMBIGUOUS = QT_TRANSLATE_NOOP(
    "errors", "\"{spec}\" is the name of more than one model: {paths}. Give the path of the "
    "one you mean.")
PART_OF_SEVERAL = QT_TRANSLATE_NOOP(
    "errors", "\"{spec}\" is part of the names of more than one model: {names}. Give more of "
    "the name of the one you mean, or its path.")


class AmbiguousModel(UserError):
    """A name on the command line that several different model files answer to: a usage
    error (exit status 2); its message lists them."""

    exit_status = 2


SAMPLES = 64  # blocks compared across two files of one size
SAMPLE_BYTES = 64 * 1024


def same_bytes(p: str, q: str) -> bool:
    """Whether two files of one size hold the same bytes at SAMPLES blocks spread from their
    first to their last (4 MiB read at most, whatever their size: a model's copy matches
    everywhere, another model's weights nearly nowhere). OSError when one cannot be read."""
    size = os.path.getsize(p)
    step = max(SAMPLE_BYTES, size // SAMPLES)
    with open(p, "rb") as f, open(q, "rb") as g:
        for offset in sorted({*range(0, size, step), max(0, size - SAMPLE_BYTES)}):
            f.seek(offset)
            g.seek(offset)
            if f.read(SAMPLE_BYTES) != g.read(SAMPLE_BYTES):
                return False
    return True


def same_file(a: LocalModel, b: LocalModel) -> bool:
    """Whether two models (a name matched both) are one model's copies: one key (the same
    sha256), one file (a link, a hard link), or files of one size and the same bytes where
    sampled (same_bytes: the starter copied, say). A file that cannot be read is taken for
    another."""
    if a.key == b.key or a.path == b.path:
        return True
    if a.size != b.size or len(a.all_paths) != len(b.all_paths):
        return False
    try:
        return all(os.path.samefile(p, q) or same_bytes(p, q)
                   for p, q in zip(a.all_paths, b.all_paths, strict=True))
    except OSError:
        return False


def distinct(models: Sequence[LocalModel]) -> list[LocalModel]:
    """models without the copies of one listed before it (see same_file), in their order."""
    kept: list[LocalModel] = []
    for model in models:
        if not any(same_file(model, other) for other in kept):
            kept.append(model)
    return kept
