"""The report's "Publisher's claims" section: what the variants' model cards declare, in a
table of its own under a heading that says whose numbers these are."""

from __future__ import annotations

import html
import json
from dataclasses import asdict

from chatapp.compare.claims import by_repo
from chatapp.compare.report_stats import html_text
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.hub.card_cache import CardClaims
from chatapp.i18n import translate_text

PUBLISHERS_CLAIMS = QT_TRANSLATE_NOOP("report", "Publisher's claims")


def claims_section(claims: dict[str, CardClaims], language: str | None = None) -> str:
    """HTML: per model repo, the variants that use it and the results its card (or its base
    model's card) declares; "" when there are none."""
    if not claims:
        return ""

    t = html_text(language)
    headers = (QT_TRANSLATE_NOOP("report", "Variants"),
               QT_TRANSLATE_NOOP("report", "Model card"), QT_TRANSLATE_NOOP("report", "Task"),
               QT_TRANSLATE_NOOP("report", "Dataset"), QT_TRANSLATE_NOOP("report", "Metric"),
               QT_TRANSLATE_NOOP("report", "Value"),
               QT_TRANSLATE_NOOP("report", "Measured by"))
    base_note = translate_text("report", QT_TRANSLATE_NOOP(
        "report", "{repo} (base model of {model})"), language)
    verified = translate_text("report", QT_TRANSLATE_NOOP(
        "report", "{source} (verified by the Hub)"), language)
    out = ["<h2>" + t(PUBLISHERS_CLAIMS) + "</h2>",
           "<p class=note>" + t(QT_TRANSLATE_NOOP(
               "report", "What the model cards declare, as their publishers state it: not "
               "measured here, and not part of any number above.")) + "</p>",
           "<table class=claims><tr>" + "".join(f"<th>{t(h)}</th>" for h in headers) + "</tr>"]
    for names, kept in by_repo(claims):
        shown = kept.shown
        card = kept.repo_id if kept.own else base_note.format(repo=shown[0].repo_id,
                                                              model=kept.repo_id)
        for i, claim in enumerate(shown):
            source = verified.format(source=claim.source).strip() if claim.verified \
                else claim.source
            lead = (f"<td rowspan={len(shown)}>{html.escape(', '.join(names))}</td>"
                    f"<td rowspan={len(shown)}>{html.escape(card)}</td>") if i == 0 else ""
            out.append(f"<tr>{lead}<td>{html.escape(claim.task)}</td>"
                       f"<td>{html.escape(claim.dataset)}</td>"
                       f"<td>{html.escape(claim.metric)}</td>"
                       f"<td class=num>{html.escape(claim.value)}</td>"
                       f"<td>{html.escape(source or '–')}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


def claims_json(claims: dict[str, CardClaims]) -> str:
    """The same as JSON: {variant: {"repo_id", "read_at", "own": [...], "base": [...]}}."""
    return json.dumps({name: asdict(kept) for name, kept in claims.items()}, indent=1,
                      ensure_ascii=False)
