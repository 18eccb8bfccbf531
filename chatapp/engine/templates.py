"""Chat templates: pick one for a model and render it safely.

A GGUF file may carry its own chat template, a Jinja program written by whoever
published the model. It is rendered the way Hugging Face transformers'
``apply_chat_template`` does (:mod:`chatapp.engine.jinja_sandbox`), in a child process with
hard limits (:mod:`chatapp.engine.template_process`): a render that runs past its deadline,
builds a text larger than ``max_chars`` or uses too much memory is stopped and reported as
a :class:`TemplateError`. Models without a template get a standard one chosen by
architecture (:func:`fallback_template`).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from typing import Any

from chatapp.engine import jinja_sandbox
from chatapp.engine.jinja_sandbox import TemplateError
from chatapp.engine.output import is_harmony
from chatapp.engine.template_process import render_untrusted
from chatapp.errors import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger(__name__)

__all__ = [
    "ChatTemplate",
    "TemplateError",
    "choose_template",
    "fallback_template",
    "render",
]

# Largest template source accepted.
MAX_TEMPLATE_CHARS = 1_000_000


@dataclass(frozen=True)
class ChatTemplate:
    """A chat template with where it came from and the markers that end a turn."""

    source: str
    name: str
    text: str
    stop_strings: tuple[str, ...]

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the template text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------
# Fallback templates

_GEMMA = """{{ bos_token }}
{%- if messages and messages[0]['role'] == 'system' -%}
{%- set first_user_prefix = messages[0]['content'] + '\\n\\n' -%}
{%- set loop_messages = messages[1:] -%}
{%- else -%}
{%- set first_user_prefix = '' -%}
{%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
{%- set role = 'model' if message['role'] == 'assistant' else message['role'] -%}
{{ '<start_of_turn>' + role + '\\n' + (first_user_prefix if loop.first else '') }}
{{- message['content'] | trim + '<end_of_turn>\\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{ '<start_of_turn>model\\n' }}
{%- endif -%}
"""

_CHATML = """{%- for message in messages -%}
{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{ '<|im_start|>assistant\\n' }}
{%- endif -%}
"""

_LLAMA3 = """{{ bos_token }}
{%- for message in messages -%}
{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' }}
{{- message['content'] | trim + '<|eot_id|>' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}
{%- endif -%}
"""

_LLAMA2 = """{%- if messages and messages[0]['role'] == 'system' -%}
{%- set system_message = messages[0]['content'] -%}
{%- set loop_messages = messages[1:] -%}
{%- else -%}
{%- set system_message = '' -%}
{%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
{%- if loop.first and system_message -%}
{%- set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] -%}
{%- else -%}
{%- set content = message['content'] -%}
{%- endif -%}
{%- if message['role'] == 'user' -%}
{{ bos_token + '[INST] ' + content | trim + ' [/INST]' }}
{%- elif message['role'] == 'assistant' -%}
{{ ' ' + content | trim + ' ' + eos_token }}
{%- endif -%}
{%- endfor -%}
"""

_MISTRAL = """{{ bos_token }}
{%- if messages and messages[0]['role'] == 'system' -%}
{%- set system_message = messages[0]['content'] -%}
{%- set loop_messages = messages[1:] -%}
{%- else -%}
{%- set system_message = '' -%}
{%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
{%- if message['role'] == 'user' -%}
{%- if loop.first and system_message -%}
{{ '[INST] ' + system_message + '\\n\\n' + message['content'] + ' [/INST]' }}
{%- else -%}
{{ '[INST] ' + message['content'] + ' [/INST]' }}
{%- endif -%}
{%- elif message['role'] == 'assistant' -%}
{{ message['content'] + eos_token }}
{%- endif -%}
{%- endfor -%}
"""

_PHI3 = """{%- for message in messages -%}
{{ '<|' + message['role'] + '|>\\n' + message['content'] + '<|end|>\\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{ '<|assistant|>\\n' }}
{%- else -%}
{{ eos_token }}
{%- endif -%}
"""

_PLAIN = """{{ bos_token }}
{%- if messages and messages[0]['role'] == 'system' -%}
{{ messages[0]['content'] | trim + '\n\n' }}
{%- endif -%}
{%- for message in messages if message['role'] != 'system' -%}
{%- if message['role'] == 'user' -%}
{{ 'Question: ' + message['content'] | trim + '\n' }}
{%- else -%}
{{ 'Answer: ' + message['content'] | trim + '\n\n' }}
{%- endif -%}
{%- endfor -%}
{%- if add_generation_prompt -%}
{{ 'Answer:' }}
{%- endif -%}
"""

_FALLBACKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "plain": (_PLAIN, ("\nQuestion:", "Question:", "\nAnswer:")),
    "gemma": (_GEMMA, ("<end_of_turn>",)),
    "chatml": (_CHATML, ("<|im_end|>",)),
    "llama3": (_LLAMA3, ("<|eot_id|>",)),
    "llama2": (_LLAMA2, ("</s>",)),
    "mistral": (_MISTRAL, ("</s>",)),
    "phi3": (_PHI3, ("<|end|>",)),
}

# End-of-turn markers looked for in a model's own template, in this order.
_STOP_MARKERS = (
    "<|im_end|>",
    "<end_of_turn>",
    "<|eot_id|>",
    "<|eom_id|>",
    "<|end|>",
    "<|return|>",
    "<|END_OF_TURN_TOKEN|>",
    "<|endoftext|>",
    "<\uff5cend\u2581of\u2581sentence\uff5c>",
    "</s>",
)

_LLAMA3_NAME = re.compile(r"llama[-_ ]?3", re.IGNORECASE)


def _fallback_name(architecture: str, model_name: str) -> str:
    """The fallback family for a GGUF architecture and model name."""
    arch = (architecture or "").strip().lower()
    name = (model_name or "").lower()
    if arch.startswith("gemma"):
        return "gemma"
    if arch == "llama":
        if _LLAMA3_NAME.search(name):
            return "llama3"
        if "mistral" in name or "mixtral" in name:
            return "mistral"
        return "llama2"
    if arch in ("mistral", "mixtral") or arch.startswith("mistral"):
        return "mistral"
    if arch == "phi3":
        return "phi3"
    return "chatml"


_INSTRUCT_NAME = re.compile(
    r"(^|[^a-z])(it|instruct|chat|sft|dpo|rlhf|assistant|hermes|orca|vicuna|zephyr|tulu)"
    r"([^a-z]|$)",
    re.IGNORECASE,
)


_BASE_FINETUNES = {"base", "pt", "pretrained", "pretrain"}


def looks_like_base_model(metadata: dict[str, Any], file_name: str = "") -> bool:
    """Whether a model is a base (pretrained, not instruction-tuned) model: its
    general.finetune says so, or it has no chat template and no name part that marks a
    chat model ("it", "instruct", "chat"…)."""
    finetune = str(metadata.get("general.finetune") or "")
    if finetune.strip().lower() in _BASE_FINETUNES:
        return True
    if metadata.get("tokenizer.chat_template"):
        return False
    names = " ".join(str(metadata.get(k) or "") for k in ("general.name", "general.basename"))
    return not _INSTRUCT_NAME.search(f"{finetune} {names} {file_name}")


def fallback_template(architecture: str, model_name: str = "",
                      base_model: bool = False) -> ChatTemplate:
    """Template for a model without its own: a question/answer transcript for a base model,
    else the chat format of its family chosen by GGUF general.architecture."""
    name = "plain" if base_model else _fallback_name(architecture, model_name)
    text, stops = _FALLBACKS[name]
    return ChatTemplate(source="fallback", name=name, text=text, stop_strings=stops)


def _guess_stop_strings(text: str, architecture: str, model_name: str) -> tuple[str, ...]:
    """End-of-turn markers that a template writes, else the fallback family's.

    In gpt-oss's harmony format ``<|end|>`` closes a message (the reasoning one too), not the
    turn: there the turn ends with ``<|return|>`` or ``<|call|>``.
    """
    if is_harmony(text):
        return ("<|return|>", "<|call|>")
    found = tuple(marker for marker in _STOP_MARKERS if marker in text)
    if found:
        return found
    if "[INST]" in text:
        return ("</s>",)
    return fallback_template(architecture, model_name).stop_strings


def choose_template(
    gguf_template: str | None,
    architecture: str,
    model_name: str = "",
    override: str | None = None,
    base_model: bool = False,
) -> ChatTemplate:
    """The user's override, else the GGUF's own template, else a fallback by architecture."""
    for source, text in (("override", override), ("gguf", gguf_template)):
        if text and text.strip():
            stops = _guess_stop_strings(text, architecture, model_name)
            return ChatTemplate(source=source, name=source, text=text, stop_strings=stops)
    return fallback_template(architecture, model_name, base_model)


#: a failure of the user's own template, with where to change it
YOURS = QT_TRANSLATE_NOOP(
    "errors", "{reason} — it is your own template for this model: change or remove it in "
    "Chat → Chat template…")

TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "The chat template is too large (over {count} characters).")

#: the failures of a chat template, which another template (Chat → Chat template…) mends
TEMPLATE_FAULTS = frozenset({
    jinja_sandbox.BROKEN, jinja_sandbox.REFUSED, jinja_sandbox.NOT_ALLOWED,
    jinja_sandbox.TOO_DEEP, jinja_sandbox.TOO_MUCH_MEMORY, jinja_sandbox.FAILED,
    jinja_sandbox.TOO_LONG_OUTPUT, jinja_sandbox.TOO_LARGE_NUMBER,
    jinja_sandbox.TOO_LARGE_TEXT, TOO_LARGE, YOURS})


def is_template_fault(error: UserError | None) -> bool:
    """True when error is a chat template's failure (its own or the user's template)."""
    return error is not None and error.template in TEMPLATE_FAULTS


def render(
    template: ChatTemplate | str,
    messages: list[dict],
    *,
    bos_token: str = "",
    eos_token: str = "",
    add_generation_prompt: bool = True,
    deadline_s: float = 2.0,
    max_chars: int = 1_000_000,
    tools: list[dict] | None = None,
) -> str:
    """Render messages ({"role": ..., "content": ...}) to prompt text, or raise TemplateError.
    tools: the functions the model may call (OpenAI's ``tools`` list), for templates that
    show them. The render runs in the template process, stopped after deadline_s seconds."""
    text = template.text if isinstance(template, ChatTemplate) else template
    if len(text) > MAX_TEMPLATE_CHARS:
        raise TemplateError(TOO_LARGE, count=f"{MAX_TEMPLATE_CHARS:,}")
    variables = {
        "messages": messages,
        "bos_token": bos_token,
        "eos_token": eos_token,
        "add_generation_prompt": add_generation_prompt,
        "tools": tools or None,
        "documents": None,
    }
    try:
        return render_untrusted(text, variables, deadline_s=deadline_s, max_chars=max_chars)
    except TemplateError as exc:
        if exc.params.get("jinja"):  # the phrase the user sees, and what Jinja said
            log.info("%s (Jinja: %s)", exc, exc.params["jinja"])
        if isinstance(template, ChatTemplate) and template.source == "override":
            raise TemplateError(YOURS, reason=exc) from None  # where to mend it
        raise
