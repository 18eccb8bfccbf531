"""Small instruction-tuned GGUF models to recommend to a newcomer, and what the Hub says
about them (the file to get, its shape for the fit estimate).

The list is built in: nothing is asked of the Hub until the user wants the recommendations.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.fit import FITS, Estimate, ModelShape
from chatapp.hub.client import HubClient
from chatapp.hub.errors import NO_GGUF, NOT_FOUND, DamagedOnHub, HubError, is_unreachable
from chatapp.hub.files import QuantEntry

log = logging.getLogger(__name__)

PREFERRED_QUANTS = ("Q4_K_M", "Q4_K_S", "Q5_K_M", "Q4_0", "Q6_K", "Q8_0")
CHAT_QUANTS = ("Q4_K_M", "Q4_K_S", "Q5_K_S", "Q5_K_M", "Q6_K", "Q8_0")  # the usual ones
FULL_PRECISION = ("F32", "F16", "BF16")
SEA = ("id", "ms", "fil")  # the app's languages besides English


@dataclass(frozen=True)
class Recommendation:
    """A chat model worth trying first.

    Attributes:
        repo_id: the Hub repository with its GGUF files.
        name: the model's name as people say it.
        parameters: billions of parameters (for ordering and display).
        languages: the app's language codes the model was trained to chat in.
    """

    repo_id: str
    name: str
    parameters: float
    languages: tuple[str, ...]


# Gemma 3 and Qwen 2.5/3 were trained on Indonesian, Malay and Tagalog among many others;
# Llama 3.2 officially speaks eight languages (not these), SmolLM2 English.
RECOMMENDED: tuple[Recommendation, ...] = (
    Recommendation("unsloth/gemma-3-270m-it-GGUF", "Gemma 3 270M it", 0.27, ("en", *SEA)),
    Recommendation("HuggingFaceTB/SmolLM2-360M-Instruct-GGUF", "SmolLM2 360M Instruct", 0.36,
                   ("en",)),
    Recommendation("Qwen/Qwen2.5-0.5B-Instruct-GGUF", "Qwen2.5 0.5B Instruct", 0.5,
                   ("en", *SEA)),
    Recommendation("unsloth/Qwen3-0.6B-GGUF", "Qwen3 0.6B", 0.6, ("en", *SEA)),
    Recommendation("unsloth/gemma-3-1b-it-GGUF", "Gemma 3 1B it", 1.0, ("en", *SEA)),
    Recommendation("bartowski/Llama-3.2-1B-Instruct-GGUF", "Llama 3.2 1B Instruct", 1.2,
                   ("en",)),
    Recommendation("Qwen/Qwen2.5-1.5B-Instruct-GGUF", "Qwen2.5 1.5B Instruct", 1.5,
                   ("en", *SEA)),
    Recommendation("HuggingFaceTB/SmolLM2-1.7B-Instruct-GGUF", "SmolLM2 1.7B Instruct", 1.7,
                   ("en",)),
    Recommendation("unsloth/Qwen3-1.7B-GGUF", "Qwen3 1.7B", 1.7, ("en", *SEA)),
    Recommendation("bartowski/Llama-3.2-3B-Instruct-GGUF", "Llama 3.2 3B Instruct", 3.2,
                   ("en",)),
)


def recommended_for(language: str, limit: int = 6) -> list[Recommendation]:
    """Up to limit recommendations for a user of language ("en", "id", "ms", "fil"): models
    that chat in it first, smallest first, then the others."""
    return sorted(RECOMMENDED, key=lambda r: (language not in r.languages, r.parameters))[:limit]


def for_this_computer(choices: list[tuple[str, str, Estimate, int]]) -> str | None:
    """The quantization to recommend for this computer among a model's files, as choices of
    (key, quantization name, its estimate here, its total need in bytes with the answers
    decoded together): the largest total that fits with room to spare (verdict FITS) among
    the usual chat quantizations (CHAT_QUANTS), else among the other quantized ones, else
    F16/BF16/F32; None (its key otherwise) when none fits."""
    def tier(quant: str) -> int:
        name = quant.upper()
        return 0 if name in CHAT_QUANTS else 2 if name in FULL_PRECISION or not name else 1

    fitting = [(tier(quant), -total, key) for key, quant, result, total in choices
               if result.verdict == FITS]
    return min(fitting)[2] if fitting else None


def pick_entry(entries: list[QuantEntry]) -> QuantEntry | None:
    """The quantization to suggest: the first of PREFERRED_QUANTS there is, else the
    smallest file; None for no entries."""
    by_quant = {e.quant.upper(): e for e in entries}
    for quant in PREFERRED_QUANTS:
        if quant in by_quant:
            return by_quant[quant]
    sized = [e for e in entries if e.size]
    return min(sized, key=lambda e: e.size or 0) if sized else (entries[0] if entries else None)


@dataclass
class Suggestion:
    """A recommendation with what the Hub says about it now.

    Attributes:
        recommendation: the built-in entry.
        commit: the repository revision the files belong to.
        entry: the GGUF file (or split parts) to download.
        shape: the model's shape from the file's header, for the fit estimate.
    """

    recommendation: Recommendation
    commit: str
    entry: QuantEntry
    shape: ModelShape


GONE = QT_TRANSLATE_NOOP(
    "errors", "The recommended model {repo} is not on the Hub now (its authors may have "
    "moved or removed it). Browse all models to find another.")


def lasting(exc: BaseException) -> bool:
    """Whether asking the Hub again cannot help a recommendation that failed with exc: its
    repository is gone (404), holds no GGUF model, or its file there is damaged (a network
    failure, a rate limit or a gated repo may pass: those are worth another try)."""
    return isinstance(exc, DamagedOnHub) or getattr(exc, "template", None) in (GONE, NO_GGUF)


def suggest(client: HubClient, recommendation: Recommendation) -> Suggestion:
    """Ask the Hub for a recommendation's files and the header of the one to suggest;
    HubError (translated) when the repository or its files cannot be read."""
    try:
        page = client.model(recommendation.repo_id, with_card=False)
    except HubError as exc:
        if exc.template == NOT_FOUND:
            raise HubError(GONE, http_status=exc.status, repo=recommendation.repo_id) from exc
        raise
    entry = pick_entry(page.models)
    if entry is None:
        raise HubError(NO_GGUF, repo=recommendation.repo_id)
    return Suggestion(recommendation, page.commit, entry,
                      client.header_shape(page.repo_id, entry, page.commit))


def suggest_all(client: HubClient, recommendations: list[Recommendation]
                ) -> Iterator[tuple[int, Suggestion | BaseException]]:
    """(index, Suggestion or the error) for each recommendation, in order; stops after an
    error that says the Hub is unreachable or offline mode is on (the rest would fail too)."""
    from chatapp.hub.config import OfflineError

    for index, recommendation in enumerate(recommendations):
        try:
            yield index, suggest(client, recommendation)
        except UserError as exc:
            yield index, exc
            if is_unreachable(exc) or isinstance(exc, OfflineError):
                return
        except Exception as exc:  # noqa: BLE001 - a bug: logged, and shown on its row
            log.exception("could not check %s", recommendation.repo_id)
            yield index, exc
