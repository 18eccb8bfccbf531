"""A Markdown export's sources say what the window's source list says: each source's
passage (its first words) and path, and the citations that name no source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from chatapp.docs.citations import UNKNOWN
from chatapp.export import export_markdown, sources_markdown
from chatapp.i18n import translate_text
from chatapp.paths import app_paths
from chatapp.store import Store
from chatapp.store.doc_records import Retrieval, Source
from chatapp.store.documents import Documents

PASSAGE = ("Cuti tahunan pegawai adalah 14 hari kerja dalam satu tahun *takwim* dan tidak "
           "dapat diambil sekaligus.")


def _answer(store: Store) -> int:
    c = store.create_conversation("Cuti")
    u = store.add_message(c.id, None, "user", "Berapa hari cuti tahunan?")
    a = store.add_message(c.id, u.id, "assistant", "", model_name="tiny.gguf",
                          params={"docs": ["Arsip Kantor"]})
    store.finish_message(a.id, "Cuti tahunan 14 hari [1]. Anggaran lihat [2] dan [7].", "stop")
    Documents(store).save_retrieval(Retrieval(a.id, "Berapa hari cuti tahunan?", [
        {"id": 3, "name": "Arsip Kantor"}], "bm25", 2048, 80, [
        Source(1, 11, 3, 0.03, 1, None, "/dok/SOP_Cuti_Pegawai.md", None, "1. Cuti Tahunan",
               PASSAGE),
        Source(2, 12, 3, 0.02, 2, None, "/dok/Laporan `Anggaran`.pdf", 3, "", "Belanja.")],
        found=2))
    return c.id


def test_the_export_quotes_each_source_and_names_made_up_citations(tmp_path: Path) -> None:
    """Each source with its passage's first words and its path, then "Cited in the answer,
    but not among its sources…: [7]" as the window says it, in the reader's language
    (was: only "[1] SOP_Cuti_Pegawai.md — 1. Cuti Tahunan", and [7] of the answer not
    mentioned at all)."""
    store = Store(tmp_path / "chat.db")
    _answer(store)
    exported = export_markdown(store, store.conversations())
    listed = exported.split("**Sources:**\n\n", 1)[1]
    assert listed.splitlines()[:6] == [
        "- [1] SOP_Cuti_Pegawai.md — 1. Cuti Tahunan\\",
        "  “Cuti tahunan pegawai adalah 14 hari kerja dalam satu tahun \\*takwim\\* dan…”\\",
        "  `/dok/SOP_Cuti_Pegawai.md`",
        "- [2] Laporan `Anggaran`.pdf, page 3\\",
        "  “Belanja.”\\",
        "  ``/dok/Laporan `Anggaran`.pdf``"]
    unknown = ("Cited in the answer, but not among its sources (the model made them up): "
               "[7]")
    assert unknown in listed
    id_export = export_markdown(store, store.conversations(),
                                lambda context, words: translate_text(context, words, "id"))
    said = translate_text("docs", UNKNOWN, "id").format(numbers="[7]")
    assert said != UNKNOWN and said in id_export
    answer = store.current_branch(store.conversations()[0].id)[-1]
    plain = sources_markdown(store, answer, plain=True)  # (the window's Copy as text)
    assert plain.splitlines()[:4] == [
        "Sources:", "", "- [1] SOP_Cuti_Pegawai.md — 1. Cuti Tahunan",
        "  “Cuti tahunan pegawai adalah 14 hari kerja dalam satu tahun *takwim* dan…”"]
    assert plain.endswith(unknown)
    store.close()


def test_chatapp_export_md_names_made_up_citations(chatapp_home: Path) -> None:
    """`chatapp export ID --format md` gives the same (was: no word of [7])."""
    app_paths().ensure()
    store = Store(app_paths().database)
    conversation_id = _answer(store)
    store.close()
    done = subprocess.run([sys.executable, "-m", "chatapp", "export", str(conversation_id),
                           "--format", "md"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "  `/dok/SOP_Cuti_Pegawai.md`" in done.stdout
    assert done.stdout.rstrip().endswith(
        "Cited in the answer, but not among its sources (the model made them up): [7]")
