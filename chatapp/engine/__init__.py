"""Inference in worker processes through llama.cpp; no Qt."""

from chatapp.engine.client import Generation, ModelWorker
from chatapp.engine.manager import Engine
from chatapp.engine.outcomes import EngineError, ModelInfo, ModelTooBig, Result

__all__ = ["Engine", "EngineError", "Generation", "ModelInfo", "ModelTooBig", "ModelWorker",
           "Result"]
