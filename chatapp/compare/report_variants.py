"""The report's "Variants" section: what each column of the run is — its model, system prompt,
document collections, LoRA adapters and own parameters — read from the run's run.json."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from chatapp.compare.report_stats import html_text
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import translate_text
from chatapp.paths import read_json
from chatapp.units import decimal_text

SHOWN_KEYS = ("system", "docs", "adapters", "params", "template")


def run_file(folder: Path) -> dict[str, Any]:
    """What run.json in folder says of its run ({} when there is no readable one)."""
    return read_json(Path(folder) / "run.json")


def run_variants(run: dict[str, Any]) -> list[dict[str, Any]]:
    """The variants a run (run_file) describes (Variant.describe() dicts); [] when it does
    not say."""
    variants = run.get("variants")
    return [v for v in variants if isinstance(v, dict)] if isinstance(variants, list) else []


def run_repeats(run: dict[str, Any]) -> int:
    """How many times a run (run_file) asks each prompt of each variant (1 when it does not
    say)."""
    repeats = run.get("repeats")
    return repeats if isinstance(repeats, int) and not isinstance(repeats, bool) \
        and repeats > 0 else 1


def run_together(run: dict[str, Any]) -> int | None:
    """How many answers of a model a run (run_file) made at once (1: one at a time); None
    when it does not say (or says no whole number from 1 up)."""
    together = run.get("together")
    if isinstance(together, bool) or not isinstance(together, int) or together < 1:
        return None
    return together


def greedy_note(run: dict[str, Any], params: dict[str, Any] | None,
                language: str | None = None) -> str:
    """HTML: the note that repeats at temperature 0 show no spread, naming the variants a
    run (run_file) repeated so (as the run said when it began); "" when none was."""
    from chatapp.compare.evaluate import GREEDY_REPEATS
    from chatapp.errors import UserError
    from chatapp.i18n import translate_error

    base = (params or {}).get("temperature")
    names = [str(v.get("name", "")) for v in run_variants(run)
             if (v.get("params") or {}).get("temperature", base) in (0, 0.0)]
    if run_repeats(run) < 2 or not names:
        return ""
    return "<p class=note>" + html.escape(translate_error(UserError(
        GREEDY_REPEATS, names=", ".join(names)), language)) + "</p>"


ALONE = QT_TRANSLATE_NOOP(
    "report", "Each answer was made alone, from its whole prompt: at temperature 0 every run "
    "gives the same answers, and variants that ask the same get the same answers.")
TOGETHER = QT_TRANSLATE_NOOP(
    "report", "Up to {count} answers of a model were made at once (decoded together): faster, "
    "but an answer's tokens/s is its share of the model's speed, and at a near-tie an answer "
    "may differ from the model's own and from one run to the next. Answers at once: 1 in the "
    "Evaluate dialog (chatapp eval -j 1, maxConcurrency: 1 in a config) makes them one at a "
    "time.")


def together_note(run: dict[str, Any], language: str | None = None) -> str:
    """HTML: how many answers of a model the run (run_file) made at once, and what that means
    for its answers and speeds; "" for a run that does not say."""
    together = run_together(run)
    if together is None:
        return ""
    text = translate_text("report", ALONE if together == 1 else TOGETHER, language)
    return "<p class=note>" + html.escape(text.replace("{count}", str(together))) + "</p>"


def shared_params(params: dict[str, Any] | None,
                  variants: list[dict[str, Any]]) -> dict[str, Any]:
    """The parameters every answer of the run was made with: the run's, each replaced by the
    variants' own value where they set one; one that differs between the variants is left
    out (the Variants section shows it per variant). variants: as run_variants gives them
    ([]: the run's parameters as they are)."""
    base = dict(params or {})
    own = [v.get("params") if isinstance(v.get("params"), dict) else {} for v in variants]
    if not own:
        return base
    shared = {}
    for key in dict.fromkeys([*base, *(k for p in own for k in p)]):
        values = [p[key] if key in p else base.get(key) for p in own]
        if all(value == values[0] for value in values) and values[0] is not None:
            shared[key] = values[0]
    return shared


def _number(value: Any, language: str | None) -> str:
    """A parameter's value as the report writes it: a fraction in language's decimals."""
    return decimal_text(str(value), language) if isinstance(value, float) else str(value)


def variants_section(variants: list[dict[str, Any]], language: str | None = None,
                     params: dict[str, Any] | None = None) -> str:
    """HTML: a table of the variants (name, model, system prompt, documents, adapters with
    their scales, parameters: its own, and the value it ran with of each parameter the
    variants do not share, which the header leaves out; params: the run's), or "" when
    every variant is a model as it is."""
    if not any(v.get(k) for v in variants for k in SHOWN_KEYS):
        return ""
    esc = html.escape

    t = html_text(language)
    headers = (QT_TRANSLATE_NOOP("report", "Variant"), QT_TRANSLATE_NOOP("report", "Model"),
               QT_TRANSLATE_NOOP("report", "System prompt"),
               QT_TRANSLATE_NOOP("report", "Documents"),
               QT_TRANSLATE_NOOP("report", "LoRA adapters"),
               QT_TRANSLATE_NOOP("report", "Parameters"))
    shared = shared_params(params, variants)
    apart = {k for v in variants for k in (*(params or {}), *(v.get("params") or {}))
             if k not in shared}
    out = ["<h2>" + t(QT_TRANSLATE_NOOP("report", "Variants")) + "</h2><table><tr>"
           + "".join(f"<th>{t(h)}</th>" for h in headers) + "</tr>"]
    for v in variants:
        adapters = ", ".join(f"{Path(str(a.get('path', ''))).name} "
                             f"×{_number(a.get('scale', 1.0), language)}"
                             for a in v.get("adapters") or [] if isinstance(a, dict))
        own = v.get("params") or {}
        ran = {**{k: value for k, value in (params or {}).items() if k in apart}, **own}
        shown = ", ".join(f"{k}={_number(value, language)}" for k, value in sorted(ran.items()))
        cells = (v.get("name", ""), v.get("model_file") or v.get("model", ""),
                 v.get("system") or "", ", ".join(map(str, v.get("docs") or [])), adapters,
                 shown)
        out.append("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)
