"""Answers from documents through the one answer pipeline: the starter model from the
command line, a remote model through a real local HTTP server, compare panes and eval
variants with retrieval on and off; the `chatapp docs` commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from doc_files import write_encrypted_pdf, write_pdf
from openai_server import OpenAIServer, Reply

from chatapp.compare.prompts import load_prompts
from chatapp.compare.side_by_side import Comparison
from chatapp.docs.variant import DocsVariant
from chatapp.remote.endpoints import make_endpoint
from chatapp.store.documents import Documents

PARAMS = {"max_tokens": 6, "temperature": 0.0, "seed": 1}


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=300, input=stdin, env=dict(os.environ))


def corpus(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "office.md").write_text(
        "# Opening hours\n\nThe office opens at nine in the morning.\n\n# Parking\n\n"
        "Parking is behind the bakery.\n", encoding="utf-8")
    (folder / "kantor.txt").write_text("Kantor tutup setiap hari Minggu.", encoding="utf-8")
    write_pdf(folder / "rules.pdf", ["Dogs are welcome", "Smoking is not allowed inside"])
    return folder


def test_docs_commands_add_list_search_and_rm(chatapp_home: Path, tmp_path: Path) -> None:
    folder = corpus(tmp_path / "docs")
    write_encrypted_pdf(folder / "locked.pdf", "secret")
    added = cli("docs", "add", "Office", str(folder))
    assert added.returncode == 0, added.stderr
    assert "3 files indexed" in added.stdout and "1 failed" in added.stdout
    (line,) = [x for x in added.stderr.splitlines() if "locked.pdf" in x]
    assert "password" in line and "Traceback" not in added.stderr
    again = cli("docs", "add", "office")
    assert "0 files indexed, 3 unchanged" in again.stdout
    # a file named now of a kind never indexed: said apart, not kept, and the command fails
    (tmp_path / "notes.xyz").write_text("not a document kind", encoding="utf-8")
    refused = cli("docs", "add", "Office", str(tmp_path / "notes.xyz"))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "1 file not added, not a supported kind (" in refused.stderr
    assert str(tmp_path / "notes.xyz") in refused.stderr
    listed = cli("docs", "list")
    assert "Office  3 files" in listed.stdout and "search: words" in listed.stdout
    assert "1 file could not be indexed" in listed.stdout  # locked.pdf, in the folder
    assert "notes.xyz" not in listed.stdout
    found = cli("docs", "search", "Office", "where is parking", "--json")
    data = json.loads(found.stdout)
    assert data["mode"] == "bm25"
    top = data["hits"][0]
    assert (Path(top["path"]).name, top["heading"], top["bm25_rank"]) == (
        "office.md", "Parking", 1)
    plain = cli("docs", "search", "Office", "smoking")
    assert plain.stdout.startswith("[1] rules.pdf, page 2")
    missing = cli("docs", "search", "Nope", "x")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "chatapp: There is no document collection named Nope."
    new_without_paths = cli("docs", "add", "Empty")
    assert new_without_paths.returncode == 1 and "Name the files" in new_without_paths.stderr
    removed = cli("docs", "rm", "Office", "--yes")
    assert removed.returncode == 0 and "not touched" in removed.stdout
    assert folder.joinpath("office.md").exists()
    assert "No document collections yet" in cli("docs", "list").stderr


def test_a_path_that_is_not_valid_text_changes_nothing(chatapp_home: Path,
                                                      tmp_path: Path) -> None:
    bad = os.path.join(os.fsencode(tmp_path), b"caf\xe9")
    os.mkdir(bad)
    added = subprocess.run([sys.executable, "-m", "chatapp", "docs", "add", "Menu", bad],
                           capture_output=True, timeout=120, env=dict(os.environ))
    assert added.returncode == 1
    (line,) = added.stderr.decode("utf-8").splitlines()
    assert line.startswith("chatapp: The name ") and "caf\ufffd" in line
    assert "Nothing was changed" in line
    assert "No document collections yet" in cli("docs", "list").stderr


def test_chat_with_docs_answers_with_the_starter_model_and_stores_provenance(
        starter_home: Path, tmp_path: Path) -> None:
    folder = corpus(tmp_path / "docs")
    assert cli("docs", "add", "office", str(folder)).returncode == 0
    answered = cli("chat", "--docs", "office", "--max-tokens", "12", "--seed", "1",
                   "When does the office open?")
    assert answered.returncode == 0, answered.stderr
    # the answer is followed by its sources, numbered as it cites them
    sources = answered.stdout.split("\nSources:\n", 1)[1].splitlines()
    assert sources[0] == "[1] office.md — Opening hours"
    assert all(line.startswith(f"[{n}] ") for n, line in enumerate(sources, start=1))
    from chatapp.context import open_app

    app = open_app()
    try:
        conversation = app.store.latest_conversation()
        answer = app.store.current_branch(conversation.id)[-1]
        assert answer.role == "assistant" and answer.finish_reason in ("stop", "length")
        assert answer.sampling["docs"] == ["office"]
        retrieval = Documents(app.store).retrieval(answer.id)
        assert retrieval.query == "When does the office open?"
        assert retrieval.mode == "bm25" and retrieval.collections[0]["name"] == "office"
        first = retrieval.sources[0]
        assert (first.number, Path(first.path).name, first.heading) == (
            1, "office.md", "Opening hours")
        assert first.chunk_id > 0 and first.score > 0 and first.bm25_rank == 1
        assert 0 < retrieval.used_tokens <= retrieval.budget_tokens
        # the question stays the user's own; the conversation keeps its collection
        assert app.store.current_branch(conversation.id)[0].content == (
            "When does the office open?")
        assert app.chat.attached_docs(conversation.id) == ["office"]
        conversation_id = conversation.id
    finally:
        app.close()
    # the Markdown export keeps the sources the citations point at
    exported = cli("export", str(conversation_id), "--format", "md").stdout
    listed = [line.rstrip("\\") for line in exported.split("**Sources:**\n\n", 1)[1]
              .split("\n\n", 1)[0].splitlines() if line.startswith("- ")]
    assert listed == [f"- {line}" for line in sources]
    follow = cli("chat", "--continue", "--max-tokens", "4", "--seed", "1", "And parking?")
    assert follow.returncode == 0, follow.stderr
    app = open_app()
    try:
        conversation = app.store.latest_conversation()
        last = app.store.current_branch(conversation.id)[-1]
        assert Documents(app.store).retrieval(last.id).query == "And parking?"
    finally:
        app.close()


def test_a_remote_model_gets_the_sources_in_its_prompt(roomy_home: Path, tmp_path: Path) -> None:
    from chatapp.context import open_app

    server = OpenAIServer().serve()
    server.replies = [Reply(pieces=["At nine [1]."])]
    app = open_app()
    try:
        app.catalogue.endpoints.add(make_endpoint("box", server.url))
        documents = Documents(app.store)
        collection = documents.create("office")
        documents.add_roots(collection.id, [str(corpus(tmp_path / "docs"))])
        from chatapp.docs.indexer import run_to_end

        run_to_end(documents, documents.collection("office"))
        model = app.catalogue.resolve("box/tiny")
        conversation = app.store.create_conversation()
        _user, answer = app.chat.send(conversation.id, "When does the office open?", model,
                                      dict(PARAMS), docs=["office"])
        assert "".join(answer) == "At nine [1]."
        body = server.chat_requests()[0].body
        assert "docs" not in body
        asked = body["messages"][-1]["content"]
        assert "[1] office.md — Opening hours" in asked and "opens at nine" in asked
        assert asked.endswith("Question: When does the office open?")
        retrieval = documents.retrieval(answer.message.id)
        assert retrieval.sources[0].heading == "Opening hours"
    finally:
        app.close()
        server.close()


def test_compare_and_eval_put_retrieval_on_and_off_side_by_side(roomy_home: Path,
                                                                tmp_path: Path) -> None:
    from chatapp.compare.evaluate import EvalRun
    from chatapp.context import open_app
    from chatapp.docs.indexer import run_to_end

    app = open_app()
    try:
        documents = Documents(app.store)
        collection = documents.create("office")
        documents.add_roots(collection.id, [str(corpus(tmp_path / "docs"))])
        run_to_end(documents, documents.collection("office"))
        model = app.library.resolve("tiny-llama-F32")
        comparison = Comparison(app.chat.pipeline, app.store.create_conversation().id,
                                "Where is parking?", [model, model],
                                [dict(PARAMS), {**PARAMS, "docs": ["office"]}])
        comparison.start()
        assert comparison.wait(120)
        plain, with_docs = (p.message for p in comparison.panes)
        assert documents.retrieval(plain.id) is None
        assert documents.retrieval(with_docs.id).sources[0].heading == "Parking"
        prompts = tmp_path / "set.txt"
        prompts.write_text("Where is parking?\n", encoding="utf-8")
        results = EvalRun(app.chat.pipeline, load_prompts(prompts),
                          [model, DocsVariant(model, ["office"])], tmp_path / "run",
                          dict(PARAMS)).run()
        assert [r.model for r in results] == ["tiny-llama-F32.gguf",
                                              "tiny-llama-F32.gguf + office"]
        rows = [app.store.message(r.message_id) for r in results]
        assert all(r.model_name == "tiny-llama-F32.gguf" for r in rows)
        assert documents.retrieval(rows[0].id) is None
        assert documents.retrieval(rows[1].id).sources
    finally:
        app.close()


def test_eval_cli_runs_each_model_with_and_without_documents(roomy_home: Path,
                                                             tmp_path: Path) -> None:
    assert cli("docs", "add", "office", str(corpus(tmp_path / "docs"))).returncode == 0
    prompts = tmp_path / "set.txt"
    prompts.write_text("Where is parking?\n", encoding="utf-8")
    ran = cli("eval", "--models", "tiny-llama-F32", "--prompts", str(prompts), "--docs",
              "office", "--max-tokens", "4", "--out", str(tmp_path / "run"))
    assert ran.returncode == 0, ran.stderr
    lines = (tmp_path / "run" / "results.jsonl").read_text(encoding="utf-8").splitlines()
    results = {json.loads(x)["model"]: json.loads(x) for x in lines}
    assert sorted(results) == ["tiny-llama-F32.gguf", "tiny-llama-F32.gguf + office"]
    # what the docs variant was given is in every output, so that a retrieval miss can be
    # told from an answer that missed
    plain, with_docs = results["tiny-llama-F32.gguf"], results["tiny-llama-F32.gguf + office"]
    assert plain["sources"] == [] and with_docs["sources"]
    first = with_docs["sources"][0]
    assert first["number"] == 1 and first["heading"] == "Parking" and first["file"]
    shown = f"[1] {first['file']} — Parking"
    assert shown in (tmp_path / "run" / "answers.csv").read_text(encoding="utf-8")
    assert shown in (tmp_path / "run" / "report.html").read_text(encoding="utf-8")


def indexed_office(app, folder: Path):
    """(Documents, the collection "office" of folder's files, indexed)."""
    from chatapp.docs.indexer import run_to_end

    documents = Documents(app.store)
    office = documents.create("office")
    documents.add_roots(office.id, [str(folder)])
    run_to_end(documents, documents.collection("office"))
    return documents, office


def test_a_new_conversation_searches_the_collections_picked_before_it_was_stored(
        roomy_home: Path, tmp_path: Path) -> None:
    from chatapp.context import open_app
    from chatapp.session import Session

    folder = corpus(tmp_path / "docs")
    app = open_app()
    try:
        documents, office = indexed_office(app, folder)
        session = Session(app.store, app.chat, app.settings)
        model = app.catalogue.local()[0]
        session.new()
        session.collections = [office.id]
        app.settings.sampling.max_tokens = 4
        _user, answer = session.send("Where is parking?", model)
        list(answer)
        assert app.chat.attached_docs(session.conversation_id) == ["office"]
        assert answer.message.sampling["docs"] == ["office"]
        retrieval = documents.retrieval(answer.message.id)
        assert retrieval.sources[0].heading == "Parking"
        assert session.collections == []  # kept by the conversation now
        session.new()
        assert session.collections == []
    finally:
        app.close()


def test_an_answer_does_not_wait_for_a_collection_indexed_elsewhere(roomy_home: Path,
                                                                    tmp_path: Path) -> None:
    """The Documents window indexes a collection: an answer from it searches what is indexed
    so far and says so; a collection the answer itself brings up to date is said while it
    is indexed."""
    from chatapp.cli_waiting import waiting_text
    from chatapp.context import open_app
    from chatapp.docs.indexer import _indexing

    folder = corpus(tmp_path / "docs")
    app = open_app()
    try:
        documents, office = indexed_office(app, folder)
        (folder / "new.txt").write_text("The canteen serves rendang on Fridays.", "utf-8")
        model = app.catalogue.local()[0]
        app.settings.sampling.max_tokens = 4
        conversation = app.store.create_conversation()
        with _indexing(office.id):  # as while the Documents window indexes it
            _user, answer = app.chat.send(conversation.id, "Where is parking?", model,
                                          app.settings.sampling, docs=["office"])
            list(answer)  # not waited for
        assert answer.result.finish_reason in ("stop", "length")
        assert str(answer.notice) == ("Still being indexed: office. This answer searched "
                                      "what was indexed so far.")
        assert documents.retrieval(answer.message.id).sources  # what was there
        told: list[str] = []  # not indexed elsewhere: brought up to date first, said so
        app.chat.pipeline.retriever.resolve(["office"], indexing=told.append)
        assert told == ["office", ""]
        assert "new.txt" in {Path(f.path).name for f in documents.files(office.id)}
        answer.indexing = "office"
        assert waiting_text(answer, lambda text: text) == "Indexing office before answering…"
    finally:
        app.close()


def test_the_overflow_check_keeps_room_for_the_sources(roomy_home: Path, tmp_path: Path) -> None:
    from chatapp.context import open_app
    from chatapp.docs.indexer import run_to_end
    from chatapp.docs.retrieval import source_budget
    from chatapp.session import Session

    app = open_app()
    try:
        documents = Documents(app.store)
        office = documents.create("office")
        manual = tmp_path / "manual.txt"  # more text than the sources' share holds
        manual.write_text("\n\n".join(f"Rule {n}: the parking lot closes at {n % 12} pm on "
                                       "weekdays and stays open on holidays." for n in range(600)),
                          encoding="utf-8")
        documents.add_roots(office.id, [str(manual)])
        run_to_end(documents, documents.collection("office"))
        session = Session(app.store, app.chat, app.settings)
        model = app.catalogue.local()[0]
        app.settings.sampling.max_tokens = 64
        total = session.context_size(model)
        room = session.answer_room(total)
        reserved = source_budget(total)

        def size(text: str) -> int:
            return sum(session.context_use(text, model)[1])

        per_unit = size("parking lot " * 100) / 100
        # a message that fits the context, but not beside the sources' share
        text = "parking lot " * int((total - room - reserved // 2) / per_unit)
        assert total - room - reserved < size(text) < total - room
        session.new()
        assert session.sources_budget(total) == 0
        assert session.overflow(text, model).kind == "fits"
        session.collections = [office.id]
        assert session.sources_budget(total) == reserved
        # the sources take what the message leaves, never more: it is sent (was: refused as
        # too long for any conversation, though it fitted without the documents)
        messages, sizes, _ = session.context_use(text, model)
        left = total - room - sum(sizes)
        assert 0 < left < reserved and session.sources_budget(total, messages, sizes) == left
        assert session.overflow(text, model).kind == "fits"
        conversation_id = session.ensure_conversation(model)  # stored: it keeps them
        assert Documents(app.store).attached_ids(conversation_id) == [office.id]
        assert session.overflow(text, model).kind == "fits"
        too_long = "parking lot " * (int((total - room) / per_unit) + 60)
        asked = session.overflow(too_long, model)  # too long without sources: said without
        assert asked.kind == "alone" and asked.used == size(too_long)
        # a collection of little text keeps no more than it could fill
        small = documents.create("small")
        note = tmp_path / "note.txt"
        note.write_text("Parking is behind the bakery.", encoding="utf-8")
        documents.add_roots(small.id, [str(note)])
        run_to_end(documents, documents.collection("small"))
        session.new()
        session.collections = [small.id]
        held = session.sources_budget(total)
        assert 0 < held < reserved // 4 and held == source_budget(total, documents.held(
            [small.id]))
        assert session.overflow(text, model).kind == "fits"
        session.collections = [documents.create("empty").id]  # no text: no room kept
        assert session.sources_budget(total) == 0
    finally:
        app.close()


def test_docs_add_skips_binary_empty_and_damaged_files_with_one_line_each(
        chatapp_home: Path, tmp_path: Path) -> None:
    folder = corpus(tmp_path / "docs")
    (folder / "random.txt").write_bytes(os.urandom(2000))
    (folder / "empty.md").write_bytes(b"\n")
    whole = (folder / "rules.pdf").read_bytes()
    (folder / "cut.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    (folder / "half.pdf").write_bytes(whole[: len(whole) // 2])
    (folder / "notes.pdf").write_text("plain text named .pdf\n" * 20, encoding="utf-8")
    added = cli("docs", "add", "Office", str(folder))
    assert added.returncode == 0, added.stderr
    lines = added.stderr.splitlines()
    damaged = "could not be read: the PDF is damaged or incomplete (cut short while being " \
              "copied or downloaded?)."
    assert sorted(lines) == sorted([
        f"- {folder / 'cut.pdf'}: cut.pdf {damaged}",
        f"- {folder / 'empty.md'}: empty.md is empty: it has no text to index.",
        f"- {folder / 'half.pdf'}: half.pdf {damaged}",
        f"- {folder / 'notes.pdf'}: notes.pdf could not be read: it is not a PDF file, "
        "whatever its name says.",
        f"- {folder / 'random.txt'}: random.txt is not text; skipped.",
    ]), added.stderr
    assert "3 files indexed, 0 unchanged, 5 failed" in added.stdout
    listed = cli("docs", "list").stdout
    assert "Office  3 files" in listed and "5 files could not be indexed:" in listed
    assert f"      - {folder / 'notes.pdf'}: notes.pdf could not be read: it is not a PDF" in listed
    log = (chatapp_home / "logs" / "chatapp.log").read_text(encoding="utf-8")
    # the library's own words go to the log only
    assert "EOF marker not found" in log and "Stream has ended unexpectedly" in log


def test_adding_only_files_that_cannot_be_indexed_fails_and_makes_no_collection(
        chatapp_home: Path, tmp_path: Path) -> None:
    empty, binary = tmp_path / "empty.txt", tmp_path / "binary.txt"
    empty.write_text("", encoding="utf-8")
    binary.write_bytes(bytes(range(256)) * 8)
    added = cli("docs", "add", "Edge", str(empty), str(binary))
    assert added.returncode == 1
    assert "No file could be indexed, so the collection Edge was not made." in added.stderr
    assert "Made the collection" not in added.stdout + added.stderr
    assert "empty.txt is empty" in added.stderr and "binary.txt is not text" in added.stderr
    assert "No document collections yet" in cli("docs", "list").stderr
    # a collection that has indexed files keeps them: adding a bad file to it fails alone
    good = tmp_path / "good.txt"
    good.write_text("Tea is steeped at 80 degrees.", encoding="utf-8")
    made = cli("docs", "add", "Tea", "--embed", "no-such-model", str(good))
    assert made.returncode == 1 and "No local model matches" in made.stderr  # options anywhere
    made = cli("docs", "add", "Tea", str(good))
    assert made.returncode == 0 and made.stdout.startswith("Made the collection Tea.")
    again = cli("docs", "add", "Tea", str(empty))  # the bad file fails, it alone, not kept
    assert again.returncode == 1 and "1 unchanged" in again.stdout
    assert f"{empty} was not added" in again.stderr
    assert "empty.txt" not in cli("docs", "list").stdout


def test_sources_of_the_same_name_are_told_apart_by_their_folders(chatapp_home: Path,
                                                                  tmp_path: Path) -> None:
    from chatapp.docs.retrieval import file_names

    for folder, text in (("a", "The budget of Falcon is 5 million."),
                         ("b", "The deadline of Falcon is March.")):
        (tmp_path / "p" / folder).mkdir(parents=True)
        (tmp_path / "p" / folder / "readme.txt").write_text(text, encoding="utf-8")
    assert cli("docs", "add", "Same", str(tmp_path / "p")).returncode == 0
    found = cli("docs", "search", "Same", "Falcon budget deadline")
    named = sorted(line for line in found.stdout.splitlines() if line.startswith("["))
    assert sorted(line[4:] for line in named) == ["a/readme.txt", "b/readme.txt"]
    # one of them alone is named with its folder too: the collection holds another
    alone = cli("docs", "search", "Same", "budget").stdout.splitlines()
    assert [line for line in alone if line.startswith("[")] == ["[1] a/readme.txt"]
    # as many folders as tell them apart; a name of its own stays short
    assert file_names(["/x/a/r.txt", "/y/a/r.txt", "/y/b/r.txt", "/y/b/s.txt"]) == {
        "/x/a/r.txt": "x/a/r.txt", "/y/a/r.txt": "y/a/r.txt", "/y/b/r.txt": "b/r.txt",
        "/y/b/s.txt": "s.txt"}
    assert file_names(["/y/b/r.txt"], others=["/y/a/r.txt", "/z/q.txt"]) == {
        "/y/b/r.txt": "b/r.txt"}


def test_docs_list_marks_files_not_indexed_yet(chatapp_home: Path, tmp_path: Path) -> None:
    from chatapp.context import open_app

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Tea at four.", encoding="utf-8")
    second.write_text("Coffee at nine.", encoding="utf-8")
    assert cli("docs", "add", "Drinks", str(first)).returncode == 0
    with open_app() as app:  # a file added, its indexing stopped before it (Ctrl+C, a quit)
        documents = app.chat.pipeline.retriever.documents
        documents.add_roots(documents.collection("Drinks").id, [str(second)])
    listed = cli("docs", "list").stdout.splitlines()
    assert f"    {first}" in listed
    assert f"    {second} (not indexed yet: chatapp docs add Drinks indexes it)" in listed
    assert cli("docs", "add", "Drinks").returncode == 0
    assert f"    {second}" in cli("docs", "list").stdout.splitlines()


def test_a_pdf_with_scanned_pages_is_indexed_and_says_which_pages_are_not_searched(
        chatapp_home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    write_pdf(folder / "report.pdf", ["Page one tells of the harbour.", "", "Page three.", ""])
    added = cli("docs", "add", "Scans", str(folder))
    assert added.returncode == 0, added.stderr
    note = ("report.pdf: not searched, no text (scanned images?) on 2 of its 4 pages: 2, 4.")
    assert added.stderr.splitlines() == [f"- {folder / 'report.pdf'}: {note}"]
    assert "1 file indexed, 0 unchanged, 0 failed" in added.stdout  # indexed all the same
    listed = cli("docs", "list").stdout
    assert f"    {folder / 'report.pdf'}: {note}" in listed
    assert "could not be indexed" not in listed
    again = cli("docs", "add", "Scans", str(folder))  # unchanged: neither failed nor noted
    assert "0 files indexed, 1 unchanged, 0 failed" in again.stdout and again.stderr == ""
    translated = subprocess.run([sys.executable, "-m", "chatapp", "docs", "list"],
                                capture_output=True, text=True, timeout=300,
                                env={**os.environ, "LANG": "id_ID.UTF-8"}).stdout
    assert "report.pdf" in translated and "(scanned images?)" not in translated


def test_sources_of_a_collection_removed_while_answering_are_still_printed(
        tmp_path: Path, capsys) -> None:
    """`chat --docs NAME` whose collection was removed while the answer was written prints
    its sources (kept with the answer) and ends well (was: "There is no document collection
    named …", exit status 1)."""
    from chatapp.cli_docs import print_sources
    from chatapp.store import Store
    from chatapp.store.doc_records import Retrieval, Source
    from chatapp.store.documents import Documents

    notes = tmp_path / "notes.txt"
    notes.write_text("Tea at four.", encoding="utf-8")
    store = Store(tmp_path / "chat.db")
    try:
        given = [Source(1, 1, 1, 1.0, 1, None, str(notes), None, "", "Tea at four.")]
        print_sources(Retrieval(1, "tea", [{"id": 1, "name": "Gone"}], "bm25", 500, 20, given,
                                found=1), Documents(store), "Tea is at four [1].")
    finally:
        store.close()
    assert "[1] notes.txt" in capsys.readouterr().out


def test_an_answer_made_again_says_its_collection_is_gone(roomy_home: Path, tmp_path: Path) -> None:
    """was: the new answer came without sources and without a word about why."""
    from chatapp.context import open_app
    from chatapp.docs.indexer import run_to_end
    from chatapp.i18n import translate_error

    notes = tmp_path / "notes.md"
    notes.write_text("# Parking\n\nParking is behind the bakery.", encoding="utf-8")
    app = open_app()
    try:
        documents = app.chat.pipeline.retriever.documents
        office = documents.create("Office")
        documents.add_roots(office.id, [str(notes)])
        run_to_end(documents, documents.collection("Office"))
        model = app.catalogue.local()[0]
        app.settings.sampling.max_tokens = 4
        conversation = app.store.create_conversation()
        _user, first = app.chat.send(conversation.id, "Where is parking?", model,
                                     app.settings.sampling, docs=["Office"])
        list(first)
        assert documents.retrieval_of(first.message).sources
        again = app.chat.regenerate(first.message.id, model, app.settings.sampling)
        list(again)
        assert again.notice is None  # still there: nothing to say
        documents.remove(documents.collection("Office"))
        gone = app.chat.regenerate(first.message.id, model, app.settings.sampling)
        list(gone)
        assert gone.retrieval is None
        assert translate_error(gone.notice) == (
            "The document collection Office, searched for the answer made before, no longer "
            "exists: this one was made without it.")
    finally:
        app.close()
