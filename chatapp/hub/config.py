"""Where the Hub is and how to reach it: HF_ENDPOINT, the token, offline mode.

The token comes from HF_TOKEN, else from the token the user entered in the app (a file
with mode 0600 in the config folder), else from huggingface_hub's own login.  It is never
logged and never stored in the database.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import chatapp.hub  # noqa: F401  (sets HF_HUB_DISABLE_TELEMETRY before huggingface_hub loads)
from chatapp import __version__
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.paths import Paths, write_private

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://huggingface.co"
TOKEN_FILE = "hf-token"
_TRUE = {"1", "on", "yes", "true"}


OFFLINE = QT_TRANSLATE_NOOP(
    "errors", "Offline mode is on: the Hugging Face Hub is not contacted. Turn offline mode "
    "off to search or download models.")


class OfflineError(UserError):
    """A network call was asked for while offline mode is on."""


def env_offline() -> bool:
    """True when HF_HUB_OFFLINE (or TRANSFORMERS_OFFLINE) is set to a true value by the user
    (not by the app itself for its offline setting, which the in-app switch controls)."""
    if os.environ.get("CHATAPP_OFFLINE_SETTING"):
        return False
    value = os.environ.get("HF_HUB_OFFLINE") or os.environ.get("TRANSFORMERS_OFFLINE") or ""
    return value.strip().lower() in _TRUE


def forget_app_offline() -> None:
    """Undo the HF_HUB_OFFLINE that the app set at start for its offline setting."""
    if os.environ.pop("CHATAPP_OFFLINE_SETTING", None):
        os.environ.pop("HF_HUB_OFFLINE", None)


def token_path(paths: Paths) -> Path:
    """The file holding the token entered in the app."""
    return paths.config / TOKEN_FILE


def read_saved_token(paths: Paths) -> str:
    """The token entered in the app, or ""."""
    try:
        return token_path(paths).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def save_token(paths: Paths, token: str) -> None:
    """Store (or with "" remove) the app's token in a file only the user can read."""
    path = token_path(paths)
    token = token.strip()
    if not token:
        path.unlink(missing_ok=True)
        return
    write_private(path, token + "\n")


@dataclass
class HubConfig:
    """How to reach the Hub for one call.

    Attributes:
        endpoint: the Hub's base URL (HF_ENDPOINT or huggingface.co).
        token: the access token, or None to let huggingface_hub use its own login.
        offline: no network calls at all when true.
    """

    endpoint: str = DEFAULT_ENDPOINT
    token: str | None = field(default=None, repr=False)
    offline: bool = False

    @classmethod
    def load(cls, paths: Paths, offline_setting: bool = False) -> HubConfig:
        """The configuration from the environment, the app's token file and its setting."""
        endpoint = (os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")
        token = os.environ.get("HF_TOKEN") or read_saved_token(paths) or None
        return cls(endpoint, token, offline_setting or env_offline())

    def check_online(self) -> None:
        """Raise OfflineError when offline; call before every network request."""
        if self.offline:
            raise OfflineError(OFFLINE)

    def apply(self) -> None:
        """Make huggingface_hub itself follow the offline switch (blocks its requests too),
        fail fast when the Hub cannot be reached, and log only to the log file."""
        from huggingface_hub import constants

        from chatapp.hub._http import install_client

        install_client()

        constants.HF_HUB_OFFLINE = self.offline

    def headers(self) -> dict[str, str]:
        """HTTP headers for the Hub: user agent and, with a token, authorization."""
        from huggingface_hub.utils import build_hf_headers

        return build_hf_headers(token=self.token or None, library_name="chatapp",
                                library_version=__version__)
