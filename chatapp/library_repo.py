"""Which file `-m OWNER/NAME` (a Hugging Face repository id, no quantization named) stands
for when several of the repository's quantizations are in the library."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chatapp.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from chatapp.library_model import LocalModel

DEFAULT_QUANT = "Q4_K_M"  # what Ollama (hf.co/…) and llama.cpp's -hf take when none is named


def quant_of(model: LocalModel) -> str:
    """The model's quantization as named in its file name (Q4_K_M, Q8_0…), else as its
    metadata says; upper case, "" when neither tells."""
    from chatapp.hub.files import quant_name

    return (quant_name(model.file_name) or model.quantization or "").upper()


def pick_from_repo(models: Sequence[LocalModel]) -> LocalModel:
    """Of a repository's files in the library (not empty), the one a repository id names:
    the one that last wrote an answer here (the one the user uses), else its Q4_K_M file (as
    Ollama and llama.cpp pick), else its smallest file (the likeliest to fit in memory)."""
    used = max(models, key=lambda m: m.last_used)
    if used.last_used:
        return used
    default = [m for m in models if quant_of(m) == DEFAULT_QUANT]
    return default[0] if default else min(models, key=lambda m: m.size)


REPO_PICKED = QT_TRANSLATE_NOOP(
    "cli", "Using {repo} {quant} ({file}); others here: {others} — name one as {example}")


def pick_note(chosen: LocalModel, files: Sequence[LocalModel]) -> dict[str, str] | None:
    """The fields of REPO_PICKED (repo, quant, file, others, example) for chosen, picked by a
    repo id of the repository's files here (files, chosen among them), smallest first; None
    when there is no other to pick."""
    from chatapp.library_twins import same_file

    others = sorted((m for m in files if not same_file(m, chosen)), key=lambda m: m.size)
    if not others:
        return None
    labels = [quant_of(m) or m.file_name for m in others]
    first = quant_of(others[0])
    return {"repo": chosen.repo_id, "quant": quant_of(chosen) or "—",
            "file": chosen.file_name, "others": ", ".join(labels),
            "example": f"{chosen.repo_id}:{first}" if first else others[0].path}
