"""Tiny GGUF models for the local API's tests: a scripted model whose template takes tools
(it calls get_weather, then answers from the tool's result), and a small embedding model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from gguf_factory import write_tiny_llama
from scripted_gguf import write_scripted

#: Hermes-style: tools in a system turn, calls as <tool_call>{json}</tool_call>, results in
#: tool turns; the generation prompt after a tool result differs, so the scripted model
#: answers in words there.
TOOL_TEMPLATE = (
    "{%- if tools %}<|system|>Tools: {{ tools | tojson }}<|end|>{% endif -%}"
    "{%- for m in messages -%}"
    "{%- if m.role == 'assistant' -%}<|assistant|>{{ m.content or '' }}"
    "{%- for c in m.tool_calls or [] %}<tool_call>{{ c.function | tojson }}</tool_call>"
    "{%- endfor %}<|end|>"
    "{%- elif m.role == 'tool' %}<|tool|>{{ m.content }}<|end|>"
    "{%- else %}<|{{ m.role }}|>{{ m.content }}<|end|>{% endif -%}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}"
    "{%- if messages[-1].role == 'tool' %}<|answer|>{% else %}<|assistant|>{% endif -%}"
    "{%- endif -%}"
)
TOOL_CALL_SCRIPT = ["<|assistant|>", "<tool_call>", '{"name":', '▁"get_weather",',
                    '▁"arguments":', '▁{"city":', '▁"Paris"}}', "</tool_call>", "<|end|>"]
ANSWER_SCRIPT = ["<|answer|>", "▁It", "▁is", "▁sunny", "▁in", "▁Paris.", "<|end|>"]
ANSWER_TEXT = "It is sunny in Paris."
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city now.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                       "required": ["city"]},
    },
}


def write_tool_model(path: Path) -> Path:
    """A model that answers a user with a get_weather call for Paris, and a tool's result
    with ANSWER_TEXT, whatever the sampling."""
    write_scripted(
        path, template=TOOL_TEMPLATE, name="tiny-tools",
        specials=[("<|system|>", "control"), ("<|user|>", "control"),
                  ("<|assistant|>", "control"), ("<|tool|>", "control"),
                  ("<|answer|>", "control"), ("<|end|>", "control"),
                  ("<tool_call>", "user"), ("</tool_call>", "user")],
        script=TOOL_CALL_SCRIPT + ANSWER_SCRIPT, eos="<|end|>")
    return path


#: gpt-oss's harmony, cut down: tools in a developer message, answers on channels
HARMONY_TEMPLATE = (
    "{% if tools %}<|start|>developer<|message|># Tools\nnamespace functions {\n"
    "{% for t in tools %}type {{ t.function.name }} = () => any;\n{% endfor %}}<|end|>"
    "{% endif %}{% for m in messages %}<|start|>{{ m['role'] }}"
    "{% if m['role'] == 'assistant' %}<|channel|>final{% endif %}<|message|>{{ m['content'] }}"
    "{% if m['role'] == 'assistant' %}<|return|>{% else %}<|end|>{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}<|start|>assistant{% endif %}")


def write_harmony_tool_model(path: Path) -> Path:
    """A harmony model that thinks on the analysis channel, then calls get_weather for Paris
    in harmony's own form (a commentary message to=functions.get_weather, <|call|>)."""
    write_scripted(
        path, template=HARMONY_TEMPLATE, name="tiny-harmony", eos="<|return|>",
        specials=[("<|start|>", "user"), ("<|channel|>", "user"), ("<|message|>", "user"),
                  ("<|end|>", "user"), ("<|return|>", "control"), ("<|constrain|>", "user"),
                  ("<|call|>", "control")],
        script=[0x74, "<|channel|>", "analysis", "<|message|>", "Need▁the▁weather.", "<|end|>",
                "<|start|>", "assistant", "<|chan", "nel|>",
                "commentary▁to=functions.get_weather▁", "<|constrain|>", "json", "<|mess",
                "age|>", '{"city":"Paris"}', "<|call|>"])
    return path


def write_embedding_model(path: Path) -> Path:
    """A small llama-shaped model that pools its output into one vector per text (mean
    pooling, 64 dimensions): what llama.cpp runs as an embedding model."""
    return write_tiny_llama(path, name="tiny-embed", n_layer=1,
                            extra_metadata={"llama.pooling_type": np.uint32(1)})
