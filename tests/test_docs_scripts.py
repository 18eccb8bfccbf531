"""Document search in scripts written without spaces between words (Chinese, Japanese,
Korean, Thai): a word of the question finds the passage that holds it inside a longer run,
ranked by BM25 beside the words of spaced scripts. Real SQLite files, the real indexer,
the CLI run as a process."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_docs_answers import cli

from chatapp.docs.indexer import run_to_end
from chatapp.docs.retrieval import Retriever
from chatapp.store import SCHEMA_VERSION, Store
from chatapp.store.doc_search import pieces_of, split_spaceless
from chatapp.store.documents import Documents

TEXTS = {
    "zh.txt": "公司的停车场在大楼后面。访客可以免费停车。",
    "zh-menu.txt": "食堂每天中午供应午饭，咖啡免费。",
    "ja.txt": "会議室の予約は受付で行います。駐車場は地下にあります。",
    "ko.txt": "주차장은 건물 뒤에 있습니다. 방문객은 무료로 주차할 수 있습니다.",
    "th.txt": "ที่จอดรถอยู่หลังอาคาร ผู้มาเยือนจอดรถได้ฟรี",
    "mixed.md": "# 硬件\n\n每台电脑都有一块GPU显卡和32GB内存。",
    "en.txt": "The office opens at nine. Parking is behind the bakery.",
}


@pytest.fixture
def office(tmp_path: Path) -> tuple[Store, Retriever, object]:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "chat.db")
    documents = Documents(store)
    collection = documents.create("Office")
    documents.add_roots(collection.id, [str(folder)])
    assert run_to_end(documents, documents.collection("Office")).indexed == len(TEXTS)
    yield store, Retriever(store), documents.collection("Office")
    store.close()


def names_of(found) -> list[str]:
    return [Path(hit.path).name for hit in found.hits]


@pytest.mark.parametrize("question,first", [
    ("停车场", "zh.txt"),
    ("访客", "zh.txt"),
    ("停车场在哪里？", "zh.txt"),
    ("咖啡", "zh-menu.txt"),
    ("駐車場はどこ", "ja.txt"),
    ("会議室", "ja.txt"),
    ("주차장", "ko.txt"),
    ("ที่จอดรถ", "th.txt"),
    ("显卡", "mixed.md"),
    ("GPU", "mixed.md"),
    ("硬件", "mixed.md"),  # the heading
    ("parking bakery", "en.txt"),
])
def test_a_word_inside_a_run_of_a_spaceless_script_finds_its_passage(
        office, question: str, first: str) -> None:
    _, retriever, collection = office
    found = names_of(retriever.search([collection], question))
    assert found and found[0] == first, (question, found)


def test_a_word_found_nowhere_finds_nothing(office) -> None:
    _, retriever, collection = office
    for question in ("火车站", "新幹線", "병원", "bake", "ark"):  # not inside "bakery", "parking"
        assert retriever.search([collection], question).hits == [], question


def test_runs_are_cut_into_bigrams_and_the_rest_stays_a_word() -> None:
    assert split_spaceless(["停车场在哪里"]) == ([], ["停车", "车场", "场在", "在哪", "哪里"])
    assert split_spaceless(["gpu显卡", "访客"]) == (["gpu"], ["显卡", "访客"])
    assert split_spaceless(["parking", "車"]) == (["parking"], ["車"])
    words, pieces = split_spaceless(["字" * 500])
    assert words == [] and pieces == ["字字"]


def test_chunks_hold_the_bigrams_of_runs_longer_than_two_and_the_words_glued_to_them() -> None:
    assert pieces_of("", "English only.") == ""
    assert pieces_of("访客", "停车场。GPU显卡") == "停车 车场 显卡 GPU"  # 访客: a token itself
    assert pieces_of("", "ที่จอดรถ") == " ".join(
        "ที่จอดรถ"[i:i + 2] for i in range(len("ที่จอดรถ") - 1))


def test_a_database_of_the_previous_version_finds_words_inside_runs_once_migrated(
        tmp_path: Path) -> None:
    from test_database_trouble import make_old_database

    path = tmp_path / "chat.db"
    old = make_old_database(path, SCHEMA_VERSION - 1)
    old.execute("INSERT INTO doc_collections (id, name, created_at, updated_at)"
                " VALUES (1, 'Zh', 1, 1)")
    old.execute("INSERT INTO doc_files (id, collection_id, path, status, chunks, indexed_at)"
                " VALUES (1, 1, '/docs/zh.txt', 'indexed', 2, 1)")
    for seq, text in enumerate([TEXTS["zh.txt"], TEXTS["en.txt"]]):
        old.execute("INSERT INTO doc_chunks (file_id, collection_id, seq, text, tokens)"
                    " VALUES (1, 1, ?, ?, 20)", [seq, text])
    old.conn.close()
    store = Store(path)
    try:
        documents = Documents(store)
        collection = documents.collection("Zh")
        assert [documents.chunks([i])[i]["text"] for i, _ in
                documents.search_words([collection.id], "访客")] == [TEXTS["zh.txt"]]
        assert len(documents.search_words([collection.id], "parking")) == 1
        assert store.integrity_check() == "ok"
    finally:
        store.close()


def test_the_excerpt_of_a_long_chunk_shows_where_the_word_stands() -> None:
    from chatapp.docs.retrieval import excerpt

    text = "会议在三楼举行。" * 40 + TEXTS["zh.txt"] + "午饭在食堂供应。" * 40
    shown = excerpt(text, "访客在哪里停车？", width=60)
    assert "访客可以免费停车" in shown and shown.startswith("…") and shown.endswith("…")
    assert len(shown) <= 62


def test_the_cli_finds_a_chinese_word(tmp_path: Path, chatapp_home: Path) -> None:
    (tmp_path / "zh.txt").write_text(TEXTS["zh.txt"], encoding="utf-8")
    added = cli("docs", "add", "Zh", str(tmp_path / "zh.txt"))
    assert added.returncode == 0, added.stderr
    found = cli("docs", "search", "Zh", "访客")
    assert found.returncode == 0, found.stderr
    assert "zh.txt" in found.stdout and "访客可以免费停车" in found.stdout


def test_citations_that_name_no_source_are_found_outside_code() -> None:
    from chatapp.docs.citations import unknown_citations

    text = ("Behind the bakery [1][3], see [2, 9] and [2024]. `x[5]`\n```\na[7] = 1\n```\n"
            "Again [3].")
    assert unknown_citations(text, 2) == [3, 9]
    assert unknown_citations(text, 9) == []
    assert unknown_citations("[0] and [1]", 1) == []  # [0]: no source number either way
