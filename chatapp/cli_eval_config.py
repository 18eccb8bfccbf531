"""`chatapp eval --config FILE.yaml`: a promptfoo-style config's variants and tests."""

from __future__ import annotations

import argparse
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError


def run_config(args: argparse.Namespace) -> int:
    """Run the config's prompts × variants (× repeats), grade what needs a model, report.
    UserError when options the file replaces are given too (--models, --prompts, --checks,
    --docs)."""
    from chatapp.cli_app import open_app
    from chatapp.cli_eval import check_model, execute, graders
    from chatapp.compare.config import load_config

    given = [option for option, value in (("--models", args.models), ("--prompts", args.prompts),
                                          ("--checks", args.checks), ("--docs", args.docs))
             if value]
    if given:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The config file names the models, prompts, checks and documents: leave "
            "out {options}, or change the file."), options=", ".join(given))
    path = Path(args.config)
    config = load_config(path, judge_given=bool(args.judge),
                         embedding_given=bool(args.embedding_model))
    with open_app() as app:
        for variant in config.variants:
            variant.resolve(app.catalogue, check_model)
        return execute(app, args, path, config.prompts, config.variants, name=config.name,
                       repeats=config.repeats, together=config.together,
                       graders=graders(app, args, config.judge, config.embedding,
                                     config.prompts, config.variants))
