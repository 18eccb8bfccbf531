"""`chatapp eval --config FILE.yaml`: a promptfoo-style config's variants and tests."""

from __future__ import annotations

import argparse
from pathlib import Path


def run_config(args: argparse.Namespace) -> int:
    """Run the config's prompts × variants (× repeats), grade what needs a model, report."""
    from chatapp.cli_eval import check_model, execute, graders
    from chatapp.compare.config import load_config
    from chatapp.context import open_app

    path = Path(args.config)
    config = load_config(path, judge_given=bool(args.judge),
                         embedding_given=bool(args.embedding_model))
    with open_app() as app:
        for variant in config.variants:
            variant.resolve(app.catalogue, check_model)
        return execute(app, args, path, config.prompts, config.variants, name=config.name,
                       repeats=config.repeats,
                       after=graders(app, args, config.judge, config.embedding,
                                     config.prompts))
