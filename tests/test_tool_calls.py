"""Tool calls read back from the formats chat templates teach, whatever way the text is cut
into pieces as it streams; text that only looks like a call stays text."""

from __future__ import annotations

import json

import pytest

from chatapp.engine.grammar import GrammarError, schema_of
from chatapp.engine.tool_calls import ToolCallParser

CASES = [
    ("Let me look. <tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": "
     "\"Paris\"}}\n</tool_call>", "Let me look. ", [("get_weather", {"city": "Paris"})]),
    ("<tool_call>{\"name\": \"a\", \"arguments\": {}}</tool_call>\n<tool_call>{\"name\": "
     "\"b\", \"arguments\": \"{\\\"x\\\": 1}\"}</tool_call>", "\n", [("a", {}), ("b", {"x": 1})]),
    ("[TOOL_CALLS][{\"name\": \"f\", \"arguments\": {\"q\": \"[x]\"}}]", "",
     [("f", {"q": "[x]"})]),
    ("[TOOL_CALLS]get_weather[ARGS]{\"city\": \"Oslo\"}", "", [("get_weather",
                                                                {"city": "Oslo"})]),
    ("<|python_tag|>{\"name\": \"f\", \"parameters\": {\"s\": \"}{\"}}", "", [("f", {"s": "}{"})]),
    ("{\"name\": \"f\", \"parameters\": {\"n\": 2}}", "", [("f", {"n": 2})]),
    ("[{\"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": {}}}]", "",
     [("f", {})]),
    ("<|tool_call|>[{\"name\": \"f\", \"arguments\": {}}]<|/tool_call|>", "", [("f", {})]),
    # not calls: they stay text
    ("{\"answer\": 42}", "{\"answer\": 42}", []),
    ("[1, 2, 3] are numbers", "[1, 2, 3] are numbers", []),
    ("Use <tool_call> tags like this", "Use <tool_call> tags like this", []),
    ("Plain text with < and [ and {", "Plain text with < and [ and {", []),
    ("[TOOL_CALLS]not json", "[TOOL_CALLS]not json", []),
]


@pytest.mark.parametrize(("text", "shown", "calls"), CASES)
def test_calls_are_read_from_every_way_of_cutting_the_stream(text, shown, calls) -> None:
    for cut in range(len(text) + 1):
        for pieces in ([text[:cut], text[cut:]], list(text)):
            parser = ToolCallParser()
            out, found = "", []
            for piece in pieces:
                more, new = parser.feed(piece)
                out, found = out + more, found + new
            more, new = parser.finish()
            out, found = out + more, found + new
            assert out == shown, (cut, pieces)
            assert [(c.name, json.loads(c.arguments)) for c in found] == calls
            assert all(c.id.startswith("call_") for c in found)


def test_a_call_comes_out_as_soon_as_it_is_complete() -> None:
    parser = ToolCallParser()
    assert parser.feed("<tool_call>{\"name\": \"f\", \"argum") == ("", [])
    text, calls = parser.feed("ents\": {}}</tool_call>")
    assert text == "" and [c.name for c in calls] == ["f"]


def test_a_call_of_a_function_never_offered_is_text() -> None:
    """Was: returned as a tool call of a function the request did not declare."""
    from chatapp.engine.tool_calls import tool_names

    offered = tool_names([{"type": "function", "function": {"name": "get_time"}}, "junk"])
    assert offered == {"get_time"}
    other = '<tool_call>{"name": "get_weather", "arguments": {"city": "Paris"}}</tool_call>'
    parser = ToolCallParser(offered)
    text, calls = parser.feed(other + '<tool_call>{"name": "get_time", "arguments": {}}'
                              "</tool_call>")
    more, last = parser.finish()
    assert text + more == other and [c.name for c in calls + last] == ["get_time"]


@pytest.mark.parametrize("response_format", [
    "json", {"type": "xml"}, {"type": "json_schema", "json_schema": {"name": "x"}}])
def test_response_formats_that_are_not_openais_are_refused(response_format) -> None:
    with pytest.raises(GrammarError):
        schema_of(response_format)


def test_response_formats() -> None:
    assert schema_of(None) is None and schema_of({"type": "text"}) is None
    assert schema_of({"type": "json_object"}) == {}
    schema = {"type": "object"}
    assert schema_of({"type": "json_schema", "json_schema": {"schema": schema}}) == schema


@pytest.mark.parametrize(("template", "text"), [
    ("… <tool_call> …", '<tool_call>\n{"name": "f", "arguments": {"q": "x"}}\n</tool_call>'),
    ("… <|tool_call|> …", '<|tool_call|>[{"name": "f", "arguments": {"q": "x"}}]<|/tool_call|>'),
    ("… [TOOL_CALLS] …", '[TOOL_CALLS][{"name": "f", "arguments": {"q": "x"}}]'),
    ("… <|python_tag|> …", '{"name": "f", "parameters": {"q": "x"}}'),
    ("{{ tools }}", '{"name": "f", "arguments": {"q": "x"}}'),
])
def test_a_forced_call_is_held_to_the_templates_form_which_is_read_back(template, text) -> None:
    """tool_choice "required": a grammar llama.cpp takes, whose text around the call is the
    template's form, which the parser reads back as the call."""
    from llama_cpp import LlamaGrammar

    from chatapp.engine.grammar import forced_call, tool_call_grammar

    tools = [{"type": "function", "function": {"name": "f", "parameters": {
        "type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}}}]
    assert tool_call_grammar(template, tools, "auto") is None and not forced_call("auto")
    grammar = tool_call_grammar(template, tools, "required")
    LlamaGrammar.from_string(grammar, verbose=False)  # (raises on a grammar it cannot parse)
    root = grammar.splitlines()[0]
    opener = text.split("{", 1)[0].strip()
    assert root.startswith("root ::= " + (f'"{opener[:-1] if opener.endswith("[") else opener}"'
                                          if opener else "tool-call")), root
    key = "parameters" if "python_tag" in template else "arguments"
    assert f'"\\"{key}\\""' in grammar
    parser = ToolCallParser(frozenset({"f"}))
    shown, calls = parser.feed(text)
    more, rest = parser.finish()
    assert (shown + more).strip() == "" and [(c.name, json.loads(c.arguments))
                                            for c in calls + rest] == [("f", {"q": "x"})]
    with pytest.raises(GrammarError):
        tool_call_grammar(template, tools, {"type": "function", "function": {"name": "g"}})


@pytest.mark.parametrize(("text", "name", "arguments"), [
    ('<tool_call>\n{"name": "get_weather", "arguments": {"city": "Par', "get_weather",
     '{"city": "Par'),
    ('[TOOL_CALLS][{"name": "f", "parameters": {"q"', "f", '{"q"'),
    ("[TOOL_CALLS]get_weather[ARGS]{\"ci", "get_weather", '{"ci'),
    ('<|tool_call|>[{"name": "f", "arguments": ', "f", ""),
    ('<tool_call>{"name": "f", "arguments": {"x": 1}}</tool_', "f", '{"x": 1}'),
])
def test_a_call_the_token_limit_cut_is_a_call_with_the_arguments_written(
        text, name, arguments) -> None:
    """As OpenAI gives it: the call, its arguments as far as they were written (was: the
    template's markup given back as the answer's text)."""
    for cut in range(len(text) + 1):
        parser = ToolCallParser(frozenset({name}))
        out, found = parser.feed(text[:cut])
        more, last = parser.feed(text[cut:])
        rest, final = parser.finish()
        assert out + more + rest == ""
        assert [(c.name, c.arguments) for c in found + last + final] == [(name, arguments)]


@pytest.mark.parametrize("text", ['<tool_call>{"na', '<tool_call>{"name": "other", "arguments"'
                                  ': {"x', "[TOOL_CALLS]get_wea"])
def test_a_cut_call_without_an_offered_name_stays_text(text) -> None:
    parser = ToolCallParser(frozenset({"get_weather"}))
    out, _ = parser.feed(text)
    rest, calls = parser.finish()
    assert out + rest == text and calls == []
