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
