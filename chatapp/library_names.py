"""How a model's name (not a path) is matched to the models here, best match first."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from chatapp.library_model import LocalModel

#: the word that names the model that comes with the app, whatever its file is called
STARTER_WORD = "starter"


def name_tests(spec: str) -> tuple[Callable[[LocalModel], bool], ...]:
    """The tests a model name (not a path) is matched by, best first, as Library.resolve
    ranks them (case ignored): OWNER/NAME:QUANT, file or listed name, stem or display name,
    another app's name, repo id (index 4: any of its files), the file name of one of its
    paths (a link's too), the API's id, the word "starter" (the model that comes with the
    app, as the README and `chatapp models` call it), a part of the file or listed name
    (last: a part fits any number)."""
    from chatapp.hub.files import quant_name

    wanted = spec.lower()
    repo, _, quant = wanted.rpartition(":")  # OWNER/NAME:QUANT, as pull takes it
    return (
        lambda m: bool(repo) and m.repo_id.lower() == repo
        and quant in (quant_name(m.file_name).lower(), (m.quantization or "").lower()),
        lambda m: m.file_name.lower() == wanted or m.list_name.lower() == wanted,
        lambda m: m.stem.lower() == wanted or m.display_name.lower() == wanted,
        lambda m: m.name.lower() == wanted,
        lambda m: m.repo_id.lower() == wanted,
        lambda m: wanted in {Path(q).name.lower() for p in m.all_paths  # (a link's too)
                             for q in (p, os.path.realpath(p))},
        lambda m: wanted == f"{m.display_name}:{m.path_tag}".lower(),  # the API's id
        lambda m: m.starter and wanted == STARTER_WORD,
        lambda m: wanted in m.file_name.lower() or wanted in m.list_name.lower(),
    )
