"""An answer from documents keeps its sources when it goes on (Continue), in the chat and
from a compare pane continued in the chat; a pane stopped before its first token lists none."""

from __future__ import annotations

from pathlib import Path

from test_docs_answers import corpus, indexed_office


def test_a_continued_answer_keeps_its_sources_and_is_given_them_again(
        roomy_home: Path, tmp_path: Path) -> None:
    """was: the conversation no longer searched the collection (a compare pane's, or one
    unticked since): Continue stored the answer without its documents, so its sources and
    its "Document collection" row were gone for good, and the part written on was given no
    sources while its first part cites [1]."""
    from chatapp.context import open_app

    app = open_app()
    try:
        documents, office = indexed_office(app, corpus(tmp_path / "docs"))
        model = app.catalogue.local()[0]
        app.settings.sampling.max_tokens = 4
        app.settings.sampling.seed = 7
        conversation = app.store.create_conversation()
        _user, first = app.chat.send(conversation.id, "Where is parking?", model,
                                     app.settings.sampling, docs=["office"])
        list(first)
        assert first.result.finish_reason == "length"
        given = documents.retrieval_of(app.store.message(first.message.id))
        assert given.sources[0].heading == "Parking"
        documents.attach(conversation.id, [])  # the conversation searches nothing now
        going = app.chat.continue_answer(first.message.id, model, app.settings.sampling)
        list(going)
        assert going.result.finish_reason in ("stop", "length")
        assert going.text.startswith(first.text) and going.text != first.text  # it wrote on
        stored = app.store.message(first.message.id)
        assert stored.sampling["docs"] == ["office"]  # its provenance stays
        kept = documents.retrieval_of(stored)
        assert kept is not None
        assert [(s.number, s.chunk_id, s.text) for s in kept.sources] == [
            (s.number, s.chunk_id, s.text) for s in given.sources]
        asked = next(m for m in reversed(going.messages) if m["role"] == "user")["content"]
        assert asked.startswith("Answer the question below using the numbered sources")
        assert "[1] " in asked and given.sources[0].text.split()[0] in asked
        assert asked.endswith("Question: Where is parking?")
        # a conversation that searches another collection now: the answer still goes on
        # from its own sources (not a new search of what is ticked now)
        other = documents.create("other")
        documents.attach(conversation.id, [other.id])
        again = app.chat.continue_answer(first.message.id, model, app.settings.sampling)
        list(again)
        stored = app.store.message(first.message.id)
        assert stored.sampling["docs"] == ["office"]
        assert [s.chunk_id for s in documents.retrieval_of(stored).sources] == [
            s.chunk_id for s in given.sources]
        assert office.id != other.id
    finally:
        app.close()


def test_a_compare_pane_continued_in_the_chat_gives_it_its_settings(
        roomy_home: Path, tmp_path: Path) -> None:
    """was: "Continue in chat" took the pane's model alone: the chat's next answer had no
    system prompt, the default temperature, no collection (or one ticked for the
    conversation before, another pane's) and no sources."""
    from chatapp.compare.side_by_side import Comparison, continue_with
    from chatapp.context import open_app
    from chatapp.docs.indexer import run_to_end

    app = open_app()
    try:
        documents, office = indexed_office(app, corpus(tmp_path / "docs"))
        second = documents.create("Koleksi Kedua")
        notes = tmp_path / "gunung.md"
        notes.write_text("# Parking\n\nParking is at the foot of the mountain.", "utf-8")
        documents.add_roots(second.id, [str(notes)])
        run_to_end(documents, documents.collection("Koleksi Kedua"))
        model = app.catalogue.local()[0]
        conversation = app.store.create_conversation()
        documents.attach(conversation.id, [office.id])  # ticked before: not this pane's
        plain = {"max_tokens": 4, "seed": 1, "pane": 1}
        variant = {"max_tokens": 6, "seed": 1, "temperature": 1.2, "pane": 2,
                   "system_prompt": "Jawab dengan panjang.", "docs": ["Koleksi Kedua"],
                   "variant": "panjang-dok"}
        comparison = Comparison(app.chat.pipeline, conversation.id, "Where is parking?",
                                [model, model], [plain, variant])
        comparison.start()
        assert comparison.wait(120)
        pane = comparison.panes[1].message
        assert continue_with(app.store, pane.id) == pane.id
        shown = app.store.conversation(conversation.id)
        assert shown.system_prompt == "Jawab dengan panjang."
        assert shown.sampling == {"max_tokens": 6, "seed": 1, "temperature": 1.2,
                                  "variant": "panjang-dok", "variant_model": model.key}
        assert app.chat.attached_docs(conversation.id) == ["Koleksi Kedua"]
        _user, answer = app.chat.send(conversation.id, "And in the village?", model,
                                      app.settings.sampling)
        list(answer)
        made = app.store.message(answer.message.id)
        assert made.parent_id is not None
        assert app.store.message(made.parent_id).parent_id == pane.id
        assert made.system_prompt == "Jawab dengan panjang."
        assert made.sampling["temperature"] == 1.2 and made.sampling["docs"] == ["Koleksi Kedua"]
        assert made.sampling["variant"] == "panjang-dok"  # (was: no variant named)
        assert documents.retrieval_of(made).collections[0]["name"] == "Koleksi Kedua"
        # a pane of no documents and a random seed: none ticked, the seed stays random
        other = Comparison(app.chat.pipeline, conversation.id, "Hi", [model],
                           [{"max_tokens": 2, "seed": -1}])
        other.start()
        assert other.wait(120)
        continue_with(app.store, other.panes[0].message.id)
        assert app.chat.attached_docs(conversation.id) == []
        assert "seed" not in app.store.conversation(conversation.id).sampling
    finally:
        app.close()
