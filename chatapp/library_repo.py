"""Which file `-m OWNER/NAME` (a Hugging Face repository id, no quantization named) stands
for when several of the repository's quantizations are in the library."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

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
