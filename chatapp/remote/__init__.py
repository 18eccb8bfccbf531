"""Models that run on other machines, reached over the OpenAI-compatible HTTP API.

llama.cpp's ``llama-server``, vLLM, Ollama, LM Studio and llama-cpp-python's server all speak
it. An :class:`~chatapp.remote.endpoints.Endpoint` says where one is (name, base URL, API
key, headers); :class:`~chatapp.remote.client.RemoteClient` lists its models and their
context lengths; :class:`~chatapp.remote.generation.RemoteModel` answers like a local model
worker does (a streamed :class:`~chatapp.remote.generation.RemoteGeneration` with the same
text pieces, reasoning, stats, cancel and finish reasons). No Qt here.
"""
