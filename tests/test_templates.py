"""Tests for chat template choice and safe rendering (chatapp.engine.templates)."""

from __future__ import annotations

import hashlib
import json
import sys
import threading
import time
import tracemalloc
from datetime import datetime

import jinja2
import jinja2.ext
import pytest
from jinja2.sandbox import ImmutableSandboxedEnvironment

from chatapp.engine.jinja_sandbox import _compile
from chatapp.engine.templates import (
    ChatTemplate,
    TemplateError,
    choose_template,
    fallback_template,
    render,
)

CONVERSATION = [
    {"role": "system", "content": "You are terse."},
    {"role": "user", "content": "Hi there"},
    {"role": "assistant", "content": "Hello."},
    {"role": "user", "content": "What is 2+2?"},
]

EXPECTED_FALLBACKS = {
    "gemma": (
        "<bos><start_of_turn>user\nYou are terse.\n\nHi there<end_of_turn>\n"
        "<start_of_turn>model\nHello.<end_of_turn>\n"
        "<start_of_turn>user\nWhat is 2+2?<end_of_turn>\n"
        "<start_of_turn>model\n"
    ),
    "chatml": (
        "<|im_start|>system\nYou are terse.<|im_end|>\n"
        "<|im_start|>user\nHi there<|im_end|>\n"
        "<|im_start|>assistant\nHello.<|im_end|>\n"
        "<|im_start|>user\nWhat is 2+2?<|im_end|>\n"
        "<|im_start|>assistant\n"
    ),
    "llama3": (
        "<bos><|start_header_id|>system<|end_header_id|>\n\nYou are terse.<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nHi there<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\nHello.<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nWhat is 2+2?<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\n"
    ),
    "llama2": (
        "<bos>[INST] <<SYS>>\nYou are terse.\n<</SYS>>\n\nHi there [/INST] Hello. <eos>"
        "<bos>[INST] What is 2+2? [/INST]"
    ),
    "mistral": (
        "<bos>[INST] You are terse.\n\nHi there [/INST]Hello.<eos>[INST] What is 2+2? [/INST]"
    ),
    "phi3": (
        "<|system|>\nYou are terse.<|end|>\n"
        "<|user|>\nHi there<|end|>\n"
        "<|assistant|>\nHello.<|end|>\n"
        "<|user|>\nWhat is 2+2?<|end|>\n"
        "<|assistant|>\n"
    ),
}

# Qwen2.5-Instruct's chat template (ChatML with tools).
QWEN25_TEMPLATE = """{%- if tools %}
    {{- '<|im_start|>system\\n' }}
    {%- if messages[0]['role'] == 'system' %}
        {{- messages[0]['content'] }}
    {%- else %}
        {{- 'You are Qwen, created by Alibaba Cloud. You are a helpful assistant.' }}
    {%- endif %}
    {{- "\\n\\n# Tools\\n\\nYou may call one or more functions to assist with the user query.\\n\\nYou are provided with function signatures within <tools></tools> XML tags:\\n<tools>" }}
    {%- for tool in tools %}
        {{- "\\n" }}
        {{- tool | tojson }}
    {%- endfor %}
    {{- "\\n</tools>\\n\\nFor each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:\\n<tool_call>\\n{\\"name\\": <function-name>, \\"arguments\\": <args-json-object>}\\n</tool_call><|im_end|>\\n" }}
{%- else %}
    {%- if messages[0]['role'] == 'system' %}
        {{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}
    {%- else %}
        {{- '<|im_start|>system\\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\\n' }}
    {%- endif %}
{%- endif %}
{%- for message in messages %}
    {%- if (message.role == "user") or (message.role == "system" and not loop.first) or (message.role == "assistant" and not message.tool_calls) %}
        {{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>' + '\\n' }}
    {%- elif message.role == "assistant" %}
        {{- '<|im_start|>' + message.role }}
        {%- if message.content %}
            {{- '\\n' + message.content }}
        {%- endif %}
        {%- for tool_call in message.tool_calls %}
            {%- if tool_call.function is defined %}
                {%- set tool_call = tool_call.function %}
            {%- endif %}
            {{- '\\n<tool_call>\\n{"name": "' }}
            {{- tool_call.name }}
            {{- '", "arguments": ' }}
            {{- tool_call.arguments | tojson }}
            {{- '}\\n</tool_call>' }}
        {%- endfor %}
        {{- '<|im_end|>\\n' }}
    {%- elif message.role == "tool" %}
        {%- if (loop.index0 == 0) or (messages[loop.index0 - 1].role != "tool") %}
            {{- '<|im_start|>user' }}
        {%- endif %}
        {{- '\\n<tool_response>\\n' }}
        {{- message.content }}
        {{- '\\n</tool_response>' }}
        {%- if loop.last or (messages[loop.index0 + 1].role != "tool") %}
            {{- '<|im_end|>\\n' }}
        {%- endif %}
    {%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|im_start|>assistant\\n' }}
{%- endif %}
"""  # noqa: E501

# Gemma 3's chat template.
GEMMA3_TEMPLATE = """{{ bos_token }}
{%- if messages[0]['role'] == 'system' -%}
    {%- if messages[0]['content'] is string -%}
        {%- set first_user_prefix = messages[0]['content'] + '\\n\\n' -%}
    {%- else -%}
        {%- set first_user_prefix = messages[0]['content'][0]['text'] + '\\n\\n' -%}
    {%- endif -%}
    {%- set loop_messages = messages[1:] -%}
{%- else -%}
    {%- set first_user_prefix = "" -%}
    {%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) -%}
        {{ raise_exception("Conversation roles must alternate user/assistant/user/assistant/...") }}
    {%- endif -%}
    {%- if (message['role'] == 'assistant') -%}
        {%- set role = "model" -%}
    {%- else -%}
        {%- set role = message['role'] -%}
    {%- endif -%}
    {{ '<start_of_turn>' + role + '\\n' + (first_user_prefix if loop.first else "") }}
    {%- if message['content'] is string -%}
        {{ message['content'] | trim }}
    {%- elif message['content'] is iterable -%}
        {%- for item in message['content'] -%}
            {%- if item['type'] == 'image' -%}
                {{ '<start_of_image>' }}
            {%- elif item['type'] == 'text' -%}
                {{ item['text'] | trim }}
            {%- endif -%}
        {%- endfor -%}
    {%- else -%}
        {{ raise_exception("Invalid content type") }}
    {%- endif -%}
    {{ '<end_of_turn>\\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
    {{'<start_of_turn>model\\n'}}
{%- endif -%}
"""

# Gemma 2's chat template.
GEMMA2_TEMPLATE = (
    "{{ bos_token }}{% if messages[0]['role'] == 'system' %}"
    "{{ raise_exception('System role not supported') }}{% endif %}"
    "{% for message in messages %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}"
    "{% endif %}{% if (message['role'] == 'assistant') %}{% set role = 'model' %}"
    "{% else %}{% set role = message['role'] %}{% endif %}"
    "{{ '<start_of_turn>' + role + '\\n' + message['content'] | trim + '<end_of_turn>\\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{'<start_of_turn>model\\n'}}{% endif %}"
)

# Llama 3's chat template.
LLAMA3_TEMPLATE = (
    "{% set loop_messages = messages %}{% for message in loop_messages %}"
    "{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'"
    "+ message['content'] | trim + '<|eot_id|>' %}"
    "{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}"
    "{{ content }}{% endfor %}{% if add_generation_prompt %}"
    "{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}"
)

TOOL_CONVERSATION = [
    {"role": "system", "content": "You are terse."},
    {"role": "user", "content": "Weather in Paris?"},
    {
        "role": "assistant",
        "content": "",
        "tool_calls": [
            {
                "type": "function",
                "function": {
                    "name": "get_weather",
                    "arguments": {"unit": "°C", "city": "Paris"},
                },
            }
        ],
    },
    {"role": "tool", "content": '{"temp": 21}'},
    {"role": "assistant", "content": "It is 21 °C."},
    {"role": "user", "content": "Thanks"},
]

EXPECTED_QWEN_TOOLS = (
    "<|im_start|>system\nYou are terse.<|im_end|>\n"
    "<|im_start|>user\nWeather in Paris?<|im_end|>\n"
    "<|im_start|>assistant\n<tool_call>\n"
    '{"name": "get_weather", "arguments": {"unit": "°C", "city": "Paris"}}\n'
    "</tool_call><|im_end|>\n"
    '<|im_start|>user\n<tool_response>\n{"temp": 21}\n</tool_response><|im_end|>\n'
    "<|im_start|>assistant\nIt is 21 °C.<|im_end|>\n"
    "<|im_start|>user\nThanks<|im_end|>\n"
    "<|im_start|>assistant\n"
)


class _GenerationTag(jinja2.ext.Extension):
    """The {% generation %} tag as transformers defines it."""

    tags = {"generation"}

    def parse(self, parser: jinja2.parser.Parser) -> jinja2.nodes.Node:
        """Parse the block into a call of _support."""
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
        call = self.call_method("_support")
        return jinja2.nodes.CallBlock(call, [], [], body).set_lineno(lineno)

    def _support(self, caller: object) -> str:
        """Render the body."""
        return caller()  # type: ignore[operator]


def reference_render(text: str, messages: list[dict], **variables: object) -> str:
    """Render the way transformers' apply_chat_template does, without any limits."""

    def raise_exception(message: str) -> None:
        raise jinja2.exceptions.TemplateError(message)

    def tojson(
        x: object,
        ensure_ascii: bool = False,
        indent: int | str | None = None,
        separators: tuple[str, str] | None = None,
        sort_keys: bool = False,
    ) -> str:
        return json.dumps(
            x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys
        )

    env = ImmutableSandboxedEnvironment(
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=[_GenerationTag, jinja2.ext.loopcontrols],
    )
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    return env.from_string(text).render(messages=messages, tools=None, documents=None, **variables)


# ---------------------------------------------------------------------------
# Fallback templates


@pytest.mark.parametrize("family", sorted(EXPECTED_FALLBACKS))
def test_fallback_renders_standard_format(family: str) -> None:
    architecture, name = {
        "gemma": ("gemma3", ""),
        "chatml": ("qwen2", ""),
        "llama3": ("llama", "Meta-Llama-3.1-8B-Instruct"),
        "llama2": ("llama", "Llama-2-7b-chat"),
        "mistral": ("mistral", ""),
        "phi3": ("phi3", ""),
    }[family]
    template = fallback_template(architecture, name)
    assert template.name == family
    assert template.source == "fallback"
    prompt = render(template, CONVERSATION, bos_token="<bos>", eos_token="<eos>")
    assert prompt == EXPECTED_FALLBACKS[family]
    reference = reference_render(
        template.text,
        CONVERSATION,
        bos_token="<bos>",
        eos_token="<eos>",
        add_generation_prompt=True,
    )
    assert prompt == reference


def test_fallbacks_without_system_message_or_generation_prompt() -> None:
    messages = CONVERSATION[1:2]
    gemma = render(fallback_template("gemma"), messages, bos_token="<bos>")
    assert gemma == "<bos><start_of_turn>user\nHi there<end_of_turn>\n<start_of_turn>model\n"
    chatml = render(fallback_template("qwen3"), messages, add_generation_prompt=False)
    assert chatml == "<|im_start|>user\nHi there<|im_end|>\n"
    llama2 = render(fallback_template("llama"), messages, bos_token="<s>")
    assert llama2 == "<s>[INST] Hi there [/INST]"
    phi3 = render(
        fallback_template("phi3"), messages, eos_token="<|endoftext|>", add_generation_prompt=False
    )
    assert phi3 == "<|user|>\nHi there<|end|>\n<|endoftext|>"


@pytest.mark.parametrize(
    ("architecture", "model_name", "family", "stops"),
    [
        ("gemma", "", "gemma", ("<end_of_turn>",)),
        ("gemma2", "", "gemma", ("<end_of_turn>",)),
        ("gemma3", "gemma-3-270m-it", "gemma", ("<end_of_turn>",)),
        ("gemma3n", "", "gemma", ("<end_of_turn>",)),
        ("llama", "Meta-Llama-3-8B-Instruct", "llama3", ("<|eot_id|>",)),
        ("llama", "my LLAMA3 finetune", "llama3", ("<|eot_id|>",)),
        ("llama", "TinyLlama-1.1B-Chat", "llama2", ("</s>",)),
        ("llama", "", "llama2", ("</s>",)),
        ("mistral", "", "mistral", ("</s>",)),
        ("phi3", "Phi-3-mini-4k-instruct", "phi3", ("<|end|>",)),
        ("qwen2", "", "chatml", ("<|im_end|>",)),
        ("qwen3", "", "chatml", ("<|im_end|>",)),
        ("falcon", "", "chatml", ("<|im_end|>",)),
        ("", "", "chatml", ("<|im_end|>",)),
    ],
)
def test_fallback_choice_by_architecture(
    architecture: str, model_name: str, family: str, stops: tuple[str, ...]
) -> None:
    template = fallback_template(architecture, model_name)
    assert (template.name, template.stop_strings) == (family, stops)


# ---------------------------------------------------------------------------
# Choosing a template


def test_choose_prefers_override_then_gguf_then_fallback() -> None:
    override = "{% for m in messages %}{{ m.content }}<|im_end|>{% endfor %}"
    chosen = choose_template(QWEN25_TEMPLATE, "qwen2", "Qwen2.5", override=override)
    assert (chosen.source, chosen.name, chosen.text) == ("override", "override", override)

    chosen = choose_template(QWEN25_TEMPLATE, "qwen2", "Qwen2.5")
    assert (chosen.source, chosen.name, chosen.text) == ("gguf", "gguf", QWEN25_TEMPLATE)

    for missing in (None, "", "   \n"):
        chosen = choose_template(missing, "gemma3", "gemma-3-1b", override="  ")
        assert (chosen.source, chosen.name) == ("fallback", "gemma")


def test_a_refusal_of_the_users_own_template_says_where_to_change_it() -> None:
    refusing = ("{% if messages[0].role == 'system' %}{{ raise_exception('no system allowed') }}"
                "{% endif %}{% for m in messages %}{{ m.content }}{% endfor %}")
    chat = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    own = choose_template(QWEN25_TEMPLATE, "qwen2", "Qwen2.5", override=refusing)
    with pytest.raises(TemplateError) as refused:
        render(own, chat)
    assert str(refused.value) == (
        "The chat template refused the conversation: no system allowed (line 1) — it is your "
        "own template for this model: change or remove it in Chat → Chat template…")
    with pytest.raises(TemplateError) as model_own:  # the model's own: no such note
        render(choose_template(refusing, "qwen2", "Qwen2.5"), chat)
    assert str(model_own.value).endswith("no system allowed (line 1)")


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        (QWEN25_TEMPLATE, ("<|im_end|>",)),
        (GEMMA3_TEMPLATE, ("<end_of_turn>",)),
        (LLAMA3_TEMPLATE, ("<|eot_id|>",)),
        ("{% for m in messages %}<|user|>{{ m.content }}<|end|>{% endfor %}", ("<|end|>",)),
        ("{% for m in messages %}[INST] {{ m.content }} [/INST]{% endfor %}", ("</s>",)),
    ],
)
def test_gguf_stop_strings_are_guessed_from_markers(text: str, stops: tuple[str, ...]) -> None:
    assert choose_template(text, "llama", "whatever").stop_strings == stops


def test_template_sha256_and_immutability() -> None:
    template = ChatTemplate(source="gguf", name="gguf", text="{{ 1 }}", stop_strings=())
    assert template.sha256 == hashlib.sha256(b"{{ 1 }}").hexdigest()
    with pytest.raises(AttributeError):
        template.text = "other"  # type: ignore[misc]


# ---------------------------------------------------------------------------
# Real-world templates


def test_qwen25_template_with_tool_calls_renders_exactly() -> None:
    prompt = render(QWEN25_TEMPLATE, TOOL_CONVERSATION)
    assert prompt == EXPECTED_QWEN_TOOLS
    reference = reference_render(QWEN25_TEMPLATE, TOOL_CONVERSATION, add_generation_prompt=True)
    assert prompt == reference


def test_qwen25_template_adds_default_system_prompt() -> None:
    prompt = render(QWEN25_TEMPLATE, [{"role": "user", "content": "Hi"}])
    assert prompt == (
        "<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant."
        "<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
    )


def test_gemma3_template_folds_system_and_handles_content_parts() -> None:
    template = choose_template(GEMMA3_TEMPLATE, "gemma3")
    prompt = render(template, CONVERSATION, bos_token="<bos>")
    assert prompt == EXPECTED_FALLBACKS["gemma"]

    parts = [
        {
            "role": "user",
            "content": [{"type": "image"}, {"type": "text", "text": "  Describe it. "}],
        }
    ]
    prompt = render(template, parts, bos_token="<bos>", add_generation_prompt=False)
    assert prompt == "<bos><start_of_turn>user\n<start_of_image>Describe it.<end_of_turn>\n"


def test_llama3_template_matches_reference() -> None:
    kwargs = {"bos_token": "<|begin_of_text|>", "add_generation_prompt": True}
    prompt = render(LLAMA3_TEMPLATE, CONVERSATION, **kwargs)
    assert prompt == reference_render(LLAMA3_TEMPLATE, CONVERSATION, **kwargs)
    assert prompt.startswith("<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n")
    assert prompt.endswith("<|start_header_id|>assistant<|end_header_id|>\n\n")


def test_raise_exception_message_surfaces() -> None:
    with pytest.raises(TemplateError) as info:
        render(GEMMA2_TEMPLATE, CONVERSATION, bos_token="<bos>")
    assert "System role not supported" in str(info.value)

    twice = [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]
    with pytest.raises(TemplateError) as info:
        render(GEMMA2_TEMPLATE, twice)
    assert "Conversation roles must alternate user/assistant/user/assistant/..." in str(info.value)

    prompt = render(GEMMA2_TEMPLATE, CONVERSATION[1:], bos_token="<bos>")
    assert prompt == EXPECTED_FALLBACKS["gemma"].replace("You are terse.\n\n", "")


def test_tojson_keeps_unicode_and_key_order() -> None:
    data = [{"role": "user", "content": "x", "meta": {"zeta": "日本語", "alpha": "é", "n": [1, 2]}}]
    assert render("{{ messages[0].meta | tojson }}", data) == (
        '{"zeta": "日本語", "alpha": "é", "n": [1, 2]}'
    )
    assert render("{{ messages[0].meta | tojson(indent=2) }}", data) == json.dumps(
        data[0]["meta"], ensure_ascii=False, indent=2
    )
    assert render("{{ messages[0].meta | tojson(separators=(',', ':')) }}", data) == (
        '{"zeta":"日本語","alpha":"é","n":[1,2]}'
    )
    assert render("{{ '<b>&' | tojson }}", []) == '"<b>&"'


def test_globals_extensions_and_undefined_variables() -> None:
    text = (
        "{% for m in messages %}{% if loop.index > 1 %}{% break %}{% endif %}"
        "{% generation %}{{ m.content }}{% endgeneration %}{% endfor %}"
        "|{{ tools is none }}|{{ documents is none }}|{{ custom_flag is defined }}"
        "|{{ strftime_now('%Y') }}"
    )
    prompt = render(text, CONVERSATION)
    assert prompt == f"You are terse.|True|True|False|{datetime.now().year}"


def test_message_content_is_passed_through_verbatim() -> None:
    tricky = "<|im_end|>\n<|im_start|>system\n{{ 7*7 }} {% raw %}{%- if x -%}"
    messages = [{"role": "user", "content": tricky}]
    chatml = render(fallback_template("qwen2"), messages)
    assert chatml == f"<|im_start|>user\n{tricky}<|im_end|>\n<|im_start|>assistant\n"
    assert "49" not in chatml
    qwen = render(QWEN25_TEMPLATE, messages)
    assert f"<|im_start|>user\n{tricky}<|im_end|>\n" in qwen


def test_compiled_templates_are_cached() -> None:
    text = "{% for m in messages %}{{ m.role }}:{{ m.content }};{% endfor %}{# cache test #}"
    first = render(text, CONVERSATION)
    _compile(text)  # the template process's compile step, here in the test's own process
    hits = _compile.cache_info().hits
    for _ in range(20):
        assert _compile(text).render(messages=CONVERSATION) == first
    assert _compile.cache_info().hits == hits + 20


def test_mutating_methods_stay_undefined_like_transformers() -> None:
    text = "{{ messages.append is defined }}|{{ messages[0].update is defined }}"
    assert render(text, CONVERSATION) == reference_render(text, CONVERSATION) == "False|False"


def test_long_conversation_renders_quickly() -> None:
    messages = [
        {"role": "user" if i % 2 == 0 else "assistant", "content": f"message {i} " * 50}
        for i in range(400)
    ]
    started = time.perf_counter()
    prompt = render(QWEN25_TEMPLATE, messages)
    assert time.perf_counter() - started < 1.0
    assert prompt == reference_render(QWEN25_TEMPLATE, messages, add_generation_prompt=True)


# ---------------------------------------------------------------------------
# Errors


def test_syntax_error_is_reported_with_line() -> None:
    with pytest.raises(TemplateError) as info:
        render("{% for m in messages %}\n{{ m.content }\n{% endfor %}", CONVERSATION)
    message = str(info.value)
    assert message.startswith("The chat template is broken: ")
    assert "(line 2)" in message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{% if messages %}{% endfor %}", "The chat template is broken"),
        ("{{ messages | no_such_filter }}", "No filter named 'no_such_filter'"),
        ("line one\n{{ messages[9].content.upper() }}", "line 2"),
        ("{{ messages[0].content + 1 }}", "The chat template failed"),
        ("{% include 'other.jinja' %}", "The chat template failed"),
    ],
)
def test_template_errors_are_readable(text: str, fragment: str) -> None:
    with pytest.raises(TemplateError) as info:
        render(text, CONVERSATION)
    assert fragment in str(info.value)


def test_output_over_max_chars_is_refused() -> None:
    assert render("{{ 'x' * 1000 }}", [], max_chars=1000) == "x" * 1000
    with pytest.raises(TemplateError, match="prompt longer than 1,000 characters"):
        render("{% for i in range(3) %}{{ 'x' * 600 }}{% endfor %}", [], max_chars=1000)
    huge = [{"role": "user", "content": "y" * 2000}]
    with pytest.raises(TemplateError, match="than 1,000 characters"):
        render(fallback_template("qwen2"), huge, max_chars=1000)


# ---------------------------------------------------------------------------
# Hostile templates

# Two equal but distinct lists of 8**12 elements built from shared references: comparing
# or hashing them element by element would never end.
_SHARED_LISTS = "{% set a0 = [1] %}{% set b0 = [1] %}" + "".join(
    f"{{% set a{i + 1} = [a{i}] * 4 + [a{i}] * 4 %}}{{% set b{i + 1} = [b{i}, b{i}, b{i}, b{i}, "
    f"b{i}, b{i}, b{i}, b{i}] %}}"
    for i in range(12)
)
_SHARED_TUPLES = "{% set a0 = (1,) %}{% set b0 = (1,) %}" + "".join(
    f"{{% set a{i + 1} = (a{i}, a{i}, a{i}, a{i}, a{i}, a{i}, a{i}, a{i}) %}}"
    f"{{% set b{i + 1} = (b{i}, b{i}, b{i}, b{i}, b{i}, b{i}, b{i}, b{i}) %}}"
    for i in range(12)
)

HOSTILE = {
    "nested_loops": (
        "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    ),
    "nested_loops_output": (
        "{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}"
    ),
    "exponential_macro": (
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}"
    ),
    "infinite_recursion": "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "repeat_power": "{{ 'x' * 10**9 }}",
    "repeat_chain": "{{ 'x' * 1000000 * 1000 }}",
    "repeat_list": "{{ [0] * 10**9 }}",
    "list_of_big_strings": "{{ ['x' * 1000000] * 1000 }}",
    "join_500mb": "{{ (['x' * 1000000] * 500) | join }}",
    "str_join_500mb": "{{ ''.join(['x' * 1000000] * 500) }}",
    "ljust": "{{ 'x'.ljust(10**9) }}",
    "center_filter": "{{ 'x' | center(1000000000) }}",
    "zfill": "{{ '1'.zfill(1000000000) }}",
    "printf_width": "{{ '%1000000000s' % 'x' }}",
    "printf_many": "{{ ('%s' * 400000) % (('x' * 1000000,) * 400000) }}",
    "format_width": "{{ '{:>1000000000}'.format('x') }}",
    "format_filter": "{{ '%1000000000s' | format('x') }}",
    "tilde_doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(100) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}"
    ),
    "plus_doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(100) %}"
        "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s | length }}"
    ),
    "replace_blowup": "{{ ('x' * 1000000).replace('x', 'yyyyyyyyyy') }}",
    "indent_blowup": "{{ ('a\\n' * 400000) | indent(1000) }}",
    "tojson_indent": "{{ (['x'] * 100000) | tojson(indent=100) }}",
    "expandtabs": "{{ ('\\t' * 1000000).expandtabs(1000) }}",
    "to_bytes": "{{ (1).to_bytes(1000000000, 'big') }}",
    "huge_integer": "{{ 7 ** 100000000 }}",
    "power_tower": "{{ 9 ** (9 ** 9) }}",
    "power_of_variables": "{% set x = 9 %}{{ x ** (x ** x) }}",
    "power_in_a_set": "{% set x = 9 ** (9 ** 9) %}{{ x | length }}",
    "power_then_modulo": "{{ (7 ** 60000) % 13 }}",
    "power_formatted": "{{ '%d' % (9 ** (9 ** 9)) }}",
    "power_of_a_count": "{{ (messages | length + 8) ** (9 ** 9) }}",
    "power_in_a_test": "{{ (9 ** (9 ** 9)) is divisibleby 3 }}",
    "power_as_filter_argument": "{{ 'x' | truncate(9 ** (9 ** 9)) }}",
    "integer_squaring": (
        "{% set ns = namespace(n=3) %}{% for i in range(64) %}"
        "{% set ns.n = ns.n * ns.n %}{% endfor %}{{ ns.n }}"
    ),
    "buffered_block": (
        "{% set x %}{% for a in range(100000) %}{% for b in range(100) %}"
        + "y" * 2000
        + "{% endfor %}{% endfor %}{% endset %}{{ x | length }}"
    ),
    "retained_copies": (
        "{% set s = 'x' * 1000000 %}{% set ns = namespace(l=[]) %}{% for i in range(100000) %}"
        "{% set ns.l = [ns.l, s[i:]] %}{% endfor %}"
    ),
    "retained_literals": (
        "{% set ns = namespace(l=[]) %}{% for a in range(100000) %}{% for b in range(100000) %}"
        "{% set ns.l = [ns.l, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b] %}"
        "{% endfor %}{% endfor %}"
    ),
    "map_upper_join": "{{ (['x' * 1000000] * 100000) | map('upper') | join | length }}",
    "lipsum": "{{ lipsum(1000000) }}",
    "batch_padding": "{{ [1] | batch(1000000000, 'x') | list }}",
    "compare_shared_lists": _SHARED_LISTS + "{{ a12 == b12 }}",
    "membership_shared_lists": _SHARED_LISTS + "{{ a12 in [b12] }}",
    "hash_shared_tuples": _SHARED_TUPLES + "{{ {a12: 1} }}",
    "lookup_shared_tuples": _SHARED_TUPLES + "{{ {'x': 1}[a12] }}",
    "test_shared_lists": _SHARED_LISTS + "{{ [a12] | select('eq', b12) | list }}",
    "index_shared_lists": _SHARED_LISTS + "{{ [a12].index(b12) }}",
    "class_mro": "{{ ''.__class__.__mro__ }}",
    "globals_os": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "template_context": "{{ self._TemplateReference__context }}",
    "private_method": "{{ messages.__len__() }}",
    "mutate_messages": "{{ messages.append(1) }}",
    "format_attribute": "{{ '{0.__class__.__mro__}'.format('') }}",
}


def _normal_prompt() -> str:
    """A normal render, to check the process still works."""
    return render(fallback_template("qwen2"), CONVERSATION)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_template_is_stopped(name: str) -> None:
    deadline = 1.0
    trace_before = sys.gettrace()
    tracing = tracemalloc.is_tracing()
    if not tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    baseline = tracemalloc.get_traced_memory()[0]
    started = time.monotonic()
    try:
        with pytest.raises(TemplateError) as info:
            render(HOSTILE[name], CONVERSATION, deadline_s=deadline)
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1] - baseline
    finally:
        if not tracing:
            tracemalloc.stop()
    assert elapsed < deadline + 1.5, f"took {elapsed:.2f} s"
    assert peak < 64 * 1024 * 1024, f"peak {peak / 2**20:.0f} MB"
    assert str(info.value).startswith("The chat template ")
    assert sys.gettrace() is trace_before
    assert _normal_prompt() == EXPECTED_FALLBACKS["chatml"]


def test_limits_do_not_leak_between_renders() -> None:
    with pytest.raises(TemplateError, match="longer than 0.3 s"):
        render(HOSTILE["nested_loops"], [], deadline_s=0.3)
    with pytest.raises(TemplateError, match="larger than 10 characters"):
        render("{{ 'x' * 11 }}", [], max_chars=10)
    assert render("{{ 'x' * 100000 }}", []) == "x" * 100000
    started = time.monotonic()
    for _ in range(3):
        assert _normal_prompt() == EXPECTED_FALLBACKS["chatml"]
    assert time.monotonic() - started < 1.0


def test_previous_trace_function_is_restored() -> None:
    def outer_trace(frame: object, event: str, arg: object) -> None:
        return None

    previous = sys.gettrace()
    sys.settrace(outer_trace)
    try:
        assert _normal_prompt() == EXPECTED_FALLBACKS["chatml"]
        assert sys.gettrace() is outer_trace
        with pytest.raises(TemplateError):
            render(HOSTILE["nested_loops"], [], deadline_s=0.2)
        assert sys.gettrace() is outer_trace
    finally:
        sys.settrace(previous)


def test_concurrent_renders_keep_their_own_limits() -> None:
    results: dict[str, object] = {}

    def hostile() -> None:
        try:
            render(HOSTILE["nested_loops"], [], deadline_s=1.0)
        except TemplateError as exc:
            results["hostile"] = str(exc)

    def normal() -> None:
        results["normal"] = [_normal_prompt() for _ in range(50)]

    threads = [threading.Thread(target=hostile), threading.Thread(target=normal)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert "longer than 1 s" in str(results["hostile"])
    assert results["normal"] == [EXPECTED_FALLBACKS["chatml"]] * 50


def test_base_model_without_template_gets_a_question_answer_transcript() -> None:
    from chatapp.engine.templates import looks_like_base_model

    starter_meta = {"general.name": "Gemma 3 270m", "general.basename": "gemma-3"}
    assert looks_like_base_model(starter_meta, "gemma-3-270m-q4_k_m.gguf")
    assert not looks_like_base_model({**starter_meta, "general.finetune": "it"})
    assert not looks_like_base_model(starter_meta, "gemma-3-270m-it-Q4_K_M.gguf")
    assert not looks_like_base_model({"general.name": "Qwen2.5 0.5B Instruct"})
    assert not looks_like_base_model({"tokenizer.chat_template": "{{ x }}"})
    template = choose_template(None, "gemma3", "Gemma 3 270m", base_model=True)
    assert (template.source, template.name) == ("fallback", "plain")
    text = render(template, [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi there "},
        {"role": "assistant", "content": "Hello."},
        {"role": "user", "content": "Capital of France?"},
    ], bos_token="<bos>")
    assert text == ("<bos>Be brief.\n\nQuestion: Hi there\nAnswer: Hello.\n\n"
                    "Question: Capital of France?\nAnswer:")
    assert "\nQuestion:" in template.stop_strings
    # an instruction-tuned model of the same family keeps its family's chat format
    assert choose_template(None, "gemma3", "Gemma 3 270m it").name == "gemma"


def test_templates_render_in_a_limited_child_process_restarted_after_a_kill() -> None:
    import os

    from chatapp.engine import template_process

    assert _normal_prompt() == EXPECTED_FALLBACKS["chatml"]
    child = template_process._renderer._popen
    assert child is not None and child.pid != os.getpid() and child.poll() is None
    if sys.platform.startswith("linux"):
        with open(f"/proc/{child.pid}/limits", encoding="ascii") as limits:
            rows = {line[:26].strip(): line[26:].split() for line in limits}
        assert rows["Max address space"][0] != "unlimited"
        assert int(rows["Max address space"][0]) < 2 * 1024**3
        assert rows["Max cpu time"][0] != "unlimited"
        with pytest.raises(TemplateError, match="used too much memory"):
            render("{{ (1).to_bytes(10 ** 9, 'big') | length }}", [])
        assert _normal_prompt() == EXPECTED_FALLBACKS["chatml"]  # in a fresh process
        assert child.poll() is not None
        child = template_process._renderer._popen
    with pytest.raises(TemplateError, match="longer than 0.5 s"):
        render(HOSTILE["nested_loops"], [], deadline_s=0.5)
    assert child.poll() is not None  # killed
    assert _normal_prompt() == EXPECTED_FALLBACKS["chatml"]
    assert template_process._renderer._popen.pid != child.pid
