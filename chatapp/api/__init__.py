"""The local OpenAI-compatible API: other programs (editors, notebooks, scripts, agents) use
the models ChatApp runs, through the same answer pipeline as the window.

- :mod:`chatapp.api.token`: the bearer token every request must carry, kept like other secrets.
- :mod:`chatapp.api.models`: the models the API offers (``/v1/models``) and finding one by name.
- :mod:`chatapp.api.requests`: the OpenAI request bodies, checked, as pipeline parameters.
- :mod:`chatapp.api.service`: requests made into answers (queue, saving, the request log).
- :mod:`chatapp.api.app`: the FastAPI application (routes, errors, streaming).
- :mod:`chatapp.api.server`: uvicorn in a thread, on an address the user chose.

Nothing here imports Qt; nothing listens until :class:`chatapp.api.server.ApiServer` starts.
"""

from chatapp.errors import QT_TRANSLATE_NOOP, UserError

MISSING = QT_TRANSLATE_NOOP(
    "errors", "The Python package {module}, which the local API needs, is missing from this "
    "installation of ChatApp.")


def check_installed() -> None:
    """UserError(MISSING) when a package the API runs on (fastapi, uvicorn, …) cannot be
    imported; the API's modules are imported once that way."""
    try:
        import chatapp.api.server  # noqa: F401
    except ModuleNotFoundError as exc:
        raise UserError(MISSING, module=(exc.name or "?").split(".")[0]) from None
