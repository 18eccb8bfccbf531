"""What a model card declares about itself: the evaluation results in its ``model-index``
(task, dataset, metric, value, source) and the model it was made from (``base_model``).

These are the publisher's claims, read from the card's YAML front matter: shown as such,
never mixed into the user's own numbers. The card is untrusted text: a malformed block
gives no claims, never an error.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

MAX_CLAIMS = 200


@dataclass(frozen=True)
class Claim:
    """One evaluation result a model card declares.

    Attributes:
        task: the task's name or type ("Text Generation").
        dataset: the dataset's name (with its config and split where given).
        metric: the metric's name or type ("accuracy").
        value: the declared value, as text (as the card gives it).
        source: who measured it ("Open LLM Leaderboard"), or "".
        source_url: where, when an http(s) address is given, else "".
        verified: the Hub says it verified the result.
        repo_id: the repo whose card declares it.
    """

    task: str
    dataset: str
    metric: str
    value: str
    source: str = ""
    source_url: str = ""
    verified: bool = False
    repo_id: str = ""


def front_matter(text: str) -> dict[str, Any]:
    """The YAML block at the top of a card ({} when there is none or it is malformed)."""
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    if end == -1:
        return {}
    import yaml

    try:
        data = yaml.safe_load(text[3:end])
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def claims(meta: dict[str, Any], repo_id: str) -> list[Claim]:
    """The evaluation results of a card's ``model-index`` (read by huggingface_hub's own
    parser); [] when there are none or the block is malformed."""
    from huggingface_hub.repocard_data import model_index_to_eval_results

    index = meta.get("model-index")
    if not isinstance(index, list) or not index:
        return []
    try:
        _name, results = model_index_to_eval_results(index)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        log.info("the model-index of %s cannot be read: %s", repo_id, exc)
        return []
    found = []
    for r in results[:MAX_CLAIMS]:
        dataset = " · ".join(str(p) for p in (r.dataset_name or r.dataset_type,
                                              r.dataset_config, r.dataset_split) if p)
        url = str(r.source_url or "")
        found.append(Claim(
            task=str(r.task_name or r.task_type or ""), dataset=dataset,
            metric=str(r.metric_name or r.metric_type or ""), value=_value(r.metric_value),
            source=str(r.source_name or ""),
            source_url=url if url.startswith(("https://", "http://")) else "",
            verified=bool(r.verified), repo_id=repo_id))
    return found


def base_models(meta: dict[str, Any]) -> list[str]:
    """The repo ids a card names as its ``base_model`` (one or a list)."""
    value = meta.get("base_model")
    items = value if isinstance(value, list) else [value]
    return [str(v).strip() for v in items if isinstance(v, str) and v.strip()]


def _value(value: Any) -> str:
    """A metric value as text: numbers without float noise."""
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)
