"""Inference in worker processes through llama.cpp; no Qt."""

from chatapp.engine.client import (
    EngineError,
    Generation,
    ModelInfo,
    ModelTooBig,
    ModelWorker,
    Result,
)
from chatapp.engine.manager import Engine

__all__ = ["Engine", "EngineError", "Generation", "ModelInfo", "ModelTooBig", "ModelWorker",
           "Result"]
