"""Evaluation results a student can trust: a document or binary file given as prompts is
refused for what it is, exported answers name their variant, inconsistent pairwise verdicts
are not ties, a run's peak memory is that run's, and speed comes with its spread."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from chatapp.compare.prompts import load_prompts
from chatapp.errors import UserError

MINIMAL_PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
               b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n"
               b"<< /Root 1 0 R >>\n%%EOF\n")
WHAT_PROMPTS_ARE = "prompts are read from JSONL, CSV, YAML, JSON or plain text files."


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=timeout, env=environment)


@pytest.mark.parametrize("name, head, kind", [
    ("ferry.pdf", MINIMAL_PDF, "a PDF document"),
    ("notes.txt", MINIMAL_PDF, "a PDF document"),  # by content, not by name
    ("qa.docx", b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40,
     "a ZIP archive (Word, Excel and OpenDocument files are ZIP archives)"),
    ("model.jsonl", b"GGUF\x03\x00\x00\x00" + b"\x00" * 40, "a GGUF model file"),
    ("chats.csv", b"SQLite format 3\x00" + b"\x00" * 40, "an SQLite database"),
    ("qa.jsonl.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 40, "a gzip archive"),
    ("shot.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "a PNG image"),
])
def test_a_known_binary_or_document_file_is_refused_as_prompts(
        tmp_path: Path, name: str, head: bytes, kind: str) -> None:
    """was: an all-ASCII PDF was read as 43 prompts ("%PDF-1.4", "1 0 obj"…) and answered."""
    path = tmp_path / name
    path.write_bytes(head)
    with pytest.raises(UserError) as caught:
        load_prompts(path)
    assert str(caught.value) == f"{path} is {kind}, not a prompt file: {WHAT_PROMPTS_ARE}"


def test_text_that_starts_like_a_signature_is_still_prompts(tmp_path: Path) -> None:
    path = tmp_path / "prompts.txt"
    path.write_text("GGUF files hold models. What is one?\nBZh is not a word\n",
                    encoding="utf-8")
    assert [p.text for p in load_prompts(path)][0].startswith("GGUF files")


def test_the_command_line_refuses_a_pdf_of_prompts_and_lists_no_run(
        tiny_home: Path, tmp_path: Path) -> None:
    """was: exit 0, 43 "prompts" answered and a run listed in the window."""
    path = tmp_path / "ferry.pdf"
    path.write_bytes(MINIMAL_PDF)
    result = run_cli("eval", "--models", "tiny-llama-F32", "--prompts", str(path),
                     "--out", str(tmp_path / "run"))
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"chatapp: {path} is a PDF document, not a prompt file: {WHAT_PROMPTS_ARE}"]
    from chatapp.context import open_app

    with open_app() as app:
        assert app.store.eval_runs() == []


# --- 2. an exported answer names its variant and adapter -----------------------------------

def test_markdown_export_names_each_answers_variant_and_adapter(tmp_path: Path) -> None:
    """was: every answer of an evaluation was headed "## Assistant (model)": the LoRA
    variant's answer looked like the plain one."""
    from chatapp.export import export_conversations
    from chatapp.store import Store

    store = Store(tmp_path / "chat.db")
    try:
        c = store.create_conversation("run · q1: hi", kind="compare")
        u = store.add_message(c.id, None, "user", "hi")
        plain = store.add_message(c.id, u.id, "assistant", "", model_name="tiny.gguf",
                                  params={"seed": 1})
        store.finish_message(plain.id, "plain answer", "stop")
        tuned = store.add_message(c.id, u.id, "assistant", "", model_name="tiny.gguf", params={
            "seed": 1, "variant": "tuned",
            "adapters": [{"path": "/loras/tone.gguf", "scale": 0.5}]})
        store.finish_message(tuned.id, "tuned answer", "stop")
        same = store.add_message(c.id, u.id, "assistant", "", model_name="tiny.gguf",
                                 params={"variant": "tiny"})  # the model's own name: once
        store.finish_message(same.id, "third", "stop")
        text = export_conversations(store, [store.conversation(c.id)], "md")
    finally:
        store.close()
    headings = [line for line in text.splitlines() if line.startswith("## Assistant")]
    assert headings == ["## Assistant (tiny)", "## Assistant (tiny · tuned · LoRA tone.gguf ×0.5)",
                        "## Assistant (tiny)"]
