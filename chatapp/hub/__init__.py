"""The Hugging Face Hub: search, GGUF file listing, fit estimates and verified downloads.

No Qt here: the window and the CLI both use these modules.  Importing the package turns
off huggingface_hub's telemetry before the library is loaded.
"""

from __future__ import annotations

import os

os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
