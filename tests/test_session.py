"""The window's conversation state without a window: a real app context (SQLite file, tiny
model in a worker) and chatapp.session.Session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chatapp.catalogue import RemoteEntry
from chatapp.session import MARKER_TOKENS, Overflow, Session


@pytest.fixture
def app(chatapp_home: Path, tiny_model: Path):
    from chatapp.context import open_app

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / tiny_model.name)
    ctx = open_app()
    yield ctx
    ctx.close()


def session_of(app) -> Session:
    return Session(app.store, app.chat, app.settings)


def test_a_new_conversation_is_stored_with_what_it_starts_with(app) -> None:
    session = session_of(app)
    model = app.catalogue.local()[0]
    session.new(system_prompt="Answer in rhymes.", params={"temperature": 0.2})
    assert session.conversation_id is None and session.branch() == []
    assert session.settings_of_conversation() == ("Answer in rhymes.", {"temperature": 0.2})
    conversation_id = session.ensure_conversation(model)
    stored = app.store.conversation(conversation_id)
    assert stored.system_prompt == "Answer in rhymes." and stored.sampling == {"temperature": 0.2}
    assert stored.model_key == model.key
    assert session.ensure_conversation(model) == conversation_id  # stored once
    session.set_settings_of_conversation("Be brief.", {"top_k": 5})
    assert session.settings_of_conversation() == ("Be brief.", {"top_k": 5})
    session.new()  # no preset: the settings' system prompt, no parameters of its own
    assert session.settings_of_conversation() == (app.settings.system_prompt, {})


def test_the_next_messages_leave_out_failed_answers(app) -> None:
    session = session_of(app)
    store = app.store
    conversation = store.create_conversation(system_prompt="sys")
    user = store.add_message(conversation.id, None, "user", "first")
    answer = store.add_message(conversation.id, user.id, "assistant", "one")
    again = store.add_message(conversation.id, answer.id, "user", "second")
    failed = store.add_message(conversation.id, again.id, "assistant", "half")
    store.finish_message(failed.id, "half", "error", error="the worker stopped")
    branch = session.open(conversation.id)
    expected = [{"role": "system", "content": "sys"}, {"role": "user", "content": "first"},
                {"role": "assistant", "content": "one"},
                {"role": "user", "content": "second"},
                {"role": "user", "content": "draft"}]  # joined in the prompt: see below
    assert session.next_messages("draft", branch) == expected
    assert session.next_messages("draft") == expected  # read from the store: the same
    # a search hit on another branch shows that branch
    other = store.add_message(conversation.id, user.id, "assistant", "two")
    assert session.open(conversation.id, other.id)[-1].id == other.id
    assert session.next_messages("x")[-2] == {"role": "assistant", "content": "two"}


def test_overflow_is_a_typed_decision_about_the_oldest_turns(app) -> None:
    session = session_of(app)
    app.settings.sampling.max_tokens = 64
    remote = RemoteEntry("box", "small", context_length=256, host="10.0.0.2:8080")
    assert session.context_size(remote) == 256
    assert session.overflow("hello", remote) == Overflow("fits")
    store = app.store
    conversation = store.create_conversation()
    parent = None
    for n in range(6):
        parent = store.add_message(conversation.id, parent,
                                   "user" if n % 2 == 0 else "assistant", "word " * 60).id
    branch = session.open(conversation.id)
    result = session.overflow("and now?", remote, branch)
    assert result.kind == "ask" and result.total == 256 and result.used > 256 - 64
    assert 0 < result.droppable < result.earlier == 6
    # a message that cannot fit whatever goes: nothing to drop helps, nor a new conversation
    alone = session.overflow("word " * 400, remote, branch)
    assert alone.kind == "alone" and alone.droppable == 0 and alone.used > 256 - 64
    # only estimated: asked about when far past the context, else the model's count decides
    assert alone.estimated and alone.used > 1.5 * 256 and alone.must_ask
    near = session.overflow("word " * 200, remote, branch)
    assert near.kind == "alone" and near.used < 1.5 * 256 and not near.must_ask
    assert not Overflow("fits").must_ask and result.must_ask
    session.new()
    assert session.overflow("word " * 400, remote).kind == "alone"
    # that message sent all the same, its answer failed: the next question may drop it
    long = store.add_message(conversation.id, parent, "user", "word " * 400)
    failed = store.add_message(conversation.id, long.id, "assistant", "", finish_reason="error")
    branch = session.open(conversation.id, failed.id)
    after = session.overflow("and now?", remote, branch)
    assert after.kind == "ask" and after.droppable == 7  # the six turns and the long one
    assert after.earlier == 7  # all of them: "Leave out all earlier messages"


def test_an_estimate_counts_bytes_a_token_as_the_models_own_answers_did(app) -> None:
    session = session_of(app)
    remote = RemoteEntry("box", "m", context_length=4096)
    store = app.store
    conversation = store.create_conversation()
    question = store.add_message(conversation.id, None, "user", "hello there")
    # a model whose text takes about 1.5 bytes a token (no answers: 4, the usual guess)
    assert session.bytes_per_token(remote) == 4.0
    store.add_message(conversation.id, question.id, "assistant", "ö§" * 300,
                      model_key=remote.key, completion_tokens=800)  # 1,200 bytes
    branch = session.open(conversation.id)
    assert session.bytes_per_token(remote, branch) == 1.5
    messages, sizes, estimated = session.context_use("x" * 300, remote, branch)
    assert estimated and sizes[-1] == 201 + MARKER_TOKENS  # 300 bytes / 1.5, not / 4
    assert sizes[1] == 801 + MARKER_TOKENS  # the answer: about its own 800 tokens
    # another model's answers say nothing of this one's tokens
    other = RemoteEntry("box", "other", context_length=4096)
    assert session.bytes_per_token(other, branch) == 4.0


def test_tokens_are_counted_by_the_loaded_model_else_estimated(app) -> None:
    session = session_of(app)
    model = app.catalogue.local()[0]
    remote = RemoteEntry("box", "m", context_length=4096)
    assert session.count_tokens(remote, "abcdefgh") == (3, False)  # ~4 bytes a token
    assert session.count_tokens(model, "not loaded yet") == (4, False)
    tokens = app.chat.pipeline.engine_worker(model).tokenize("hello there, how are you")
    assert session.count_tokens(model, "hello there, how are you") == (len(tokens), True)
    assert session.count_tokens(model, "busy now", busy=True)[1] is False
    messages, sizes, estimated = session.context_use("hi", model)
    assert messages == [{"role": "user", "content": "hi"}] and not estimated
    worker = app.chat.pipeline.engine_worker(model)
    assert sizes == [len(worker.render(messages)[1])]  # the template's markers counted too
    assert session.context_size(model) == app.chat.engine.loaded.n_ctx
    # other settings than the model was loaded with: the context the next answer loads with
    loaded = app.chat.engine.loaded.n_ctx
    app.chat.pipeline.model_options = {model.key: {"n_ctx": loaded // 2}}
    assert session.context_size(model) == loaded // 2
    app.chat.pipeline.model_options = {}
    assert session.context_size(model) == loaded


def trashed(app) -> tuple[set[int], set[int]]:
    """The ids of the conversations and of the messages in the trash, read from the SQLite
    file itself."""
    import sqlite3

    with sqlite3.connect(app.paths.database) as db:
        conversations = {r[0] for r in db.execute(
            "SELECT id FROM conversations WHERE deleted_at IS NOT NULL")}
        messages = {r[0] for r in db.execute(
            "SELECT id FROM messages WHERE deleted_at IS NOT NULL")}
    db.close()
    return conversations, messages


def test_undo_brings_back_every_deletion_latest_first(app) -> None:
    session = session_of(app)
    store = app.store
    first, second, shown = (store.create_conversation(t) for t in ("first", "second", "shown"))
    user = store.add_message(shown.id, None, "user", "q")
    answer = store.add_message(shown.id, user.id, "assistant", "a")
    session.open(shown.id)
    session.delete_conversation(first.id)
    session.delete_conversation(second.id)
    session.delete_branch(answer.id)
    assert [m.id for m in store.current_branch(shown.id)] == [user.id]
    session.delete_conversation(shown.id)  # the shown one: a new conversation is shown
    assert session.conversation_id is None
    assert trashed(app) == ({first.id, second.id, shown.id}, {answer.id})
    assert [(d.kind, d.title) for d in session.deleted] == [
        ("conversation", "first"), ("conversation", "second"), ("answer", "shown"),
        ("conversation", "shown")]

    assert session.next_undo().kind == "conversation" and session.undo() == shown.id
    assert trashed(app) == ({first.id, second.id}, {answer.id})
    assert session.next_undo().kind == "answer" and session.undo() == shown.id
    assert trashed(app) == ({first.id, second.id}, set())
    assert [m.id for m in store.current_branch(shown.id)] == [user.id, answer.id]
    assert session.undo() == second.id and trashed(app) == ({first.id}, set())
    session.delete_conversation(second.id)  # a new deletion goes on top of the older ones
    assert session.undo() == second.id and session.undo() == first.id
    assert trashed(app) == (set(), set()) and session.deleted == []
    assert {c.id for c in store.conversations()} == {first.id, second.id, shown.id}
    assert session.undo() is None and session.next_undo() is None  # nothing left to undo


def test_each_conversation_keeps_its_own_unsent_text(app) -> None:
    session = session_of(app)
    first, second = (app.store.create_conversation().id for _ in range(2))
    session.open(first)
    assert session.swap_draft("half a question", second) == ""  # second has none yet
    session.open(second)
    assert session.swap_draft("another", first) == "half a question"
    session.open(first)
    assert session.swap_draft("half a question, longer", first) is None  # stays: unchanged
    assert session.swap_draft("  ", None) == ""  # white space is no draft: nothing kept
    session.new()
    assert session.swap_draft("", second) == "another"
    session.open(second)
    assert session.swap_draft("", first) == ""


def test_the_conversation_shown_and_the_drafts_come_back_at_the_next_start(app) -> None:
    from chatapp.settings import SettingsFile

    store = app.store
    first, second, third = (store.create_conversation().id for _ in range(3))
    for conversation_id in (first, second, third):
        store.add_message(conversation_id, None, "user", "hello")
    session = session_of(app)
    session.open(first)  # not the one used last (third)
    session.swap_draft("half of the first", None)
    session.new()
    session.swap_draft("for the new one", second)
    session.open(second)
    session.keep("for the second")
    app.save_settings()

    settings = SettingsFile(app.settings_file.path).load()  # the next start
    again = Session(store, app.chat, settings)
    assert again.restore() == second
    assert again.drafts == {None: "for the new one", first: "half of the first",
                            second: "for the second"}
    # a new conversation shown at the close comes back as a new one, with its draft
    again.open(second)
    again.swap_draft("for the second", None)
    again.new()
    again.keep("")
    assert again.restore() is None and None not in again.drafts
    # the conversation shown then went to the trash: the one used last, its draft dropped
    again.settings.last_conversation = first
    again.settings.drafts = {str(first): "gone with it", "junk": "x", str(third): 7}
    session.delete_conversation(first)
    assert again.restore() == third and again.drafts == {}


def test_questions_left_in_a_row_by_a_failed_answer_stay_apart_until_the_prompt(app) -> None:
    """A failed answer leaves two questions in a row: the turns stay apart (so that the
    oldest can be dropped to fit) and the prompt joins them (templates refuse two in a row)."""
    from chatapp.chat import prompt_messages
    from chatapp.engine.prompt_parts import joined_questions

    store = app.store
    conversation = store.create_conversation().id
    first = store.add_message(conversation, None, "user", "Is it raining?")
    failed = store.add_message(conversation, first.id, "assistant", "", finish_reason="error")
    second = store.add_message(conversation, failed.id, "user", "Hello?")
    session = session_of(app)
    session.open(conversation)
    apart = [{"role": "user", "content": "Is it raining?"}, {"role": "user", "content": "Hello?"}]
    assert prompt_messages(store, second.id, "") == apart
    drafted = session.next_messages("Anyone?")
    assert drafted == [*apart, {"role": "user", "content": "Anyone?"}]
    assert joined_questions(drafted) == [
        {"role": "user", "content": "Is it raining?\n\nHello?\n\nAnyone?"}]
    answered = store.add_message(conversation, second.id, "assistant", "Yes.",
                                 finish_reason="stop")
    store.add_message(conversation, answered.id, "user", "Thanks")
    session.open(conversation)
    assert joined_questions(session.next_messages("Bye", session.branch())) == [
        {"role": "user", "content": "Is it raining?\n\nHello?"},
        {"role": "assistant", "content": "Yes."},
        {"role": "user", "content": "Thanks\n\nBye"}]


def test_the_meter_counts_the_prompt_the_next_answer_reads(app) -> None:
    """With the model loaded, the meter's tokens are those of the prompt the next answer
    starts from (its template's markers and generation prompt included), however long the
    conversation; the draft keeps its own exact count."""
    session = session_of(app)
    model = app.catalogue.local()[0]
    app.chat.pipeline.engine_worker(model)  # loaded
    conversation = app.store.create_conversation()
    session.conversation_id = conversation.id
    for question in ("hello there", "and what else?", "one more, with more words in it"):
        messages, sizes, estimated = session.context_use(question, model)
        assert not estimated
        _user, answer = app.chat.send(conversation.id, question, model,
                                      {"max_tokens": 6, "temperature": 0.0})
        "".join(answer)
        assert sum(sizes) == answer.message.prompt_tokens
        draft = session.count_tokens(model, question)[0]
        assert sizes[-1] == draft + MARKER_TOKENS or len(sizes) == 1


def answer_each(app, conversation_id: int, model, questions: tuple[str, ...],
                max_tokens: int) -> None:
    """Each question sent in turn and answered greedily by model."""
    for question in questions:
        "".join(app.chat.send(conversation_id, question, model,
                              {"max_tokens": max_tokens, "temperature": 0.0})[1])


def test_a_draft_counted_while_the_model_is_busy_keeps_the_conversations_exact_count(
        app) -> None:
    """Counted while the model cannot be asked (busy, or to be loaded again), a draft is
    estimated, but the messages before it keep the exact sizes they had (the template's
    share in them): typing never makes the meter go down."""
    session = session_of(app)
    model = app.catalogue.local()[0]
    app.chat.pipeline.engine_worker(model)  # loaded
    conversation = app.store.create_conversation()
    session.conversation_id = conversation.id
    answer_each(app, conversation.id, model, ("hello there", "and what else?"), 6)
    _messages, exact, estimated = session.context_use("", model)
    assert not estimated
    _messages, sizes, estimated = session.context_use("hello again", model, busy=True)
    assert estimated and sizes[:-1] == exact[:-1] and sum(sizes) > sum(exact)


def test_after_a_restart_the_meter_keeps_the_counts_the_answers_were_made_with(app) -> None:
    """Opened again after a restart, the model not loaded, the conversation's tokens are those
    the model counted for its last answer (its prompt and its own tokens, kept with it): the
    meter shows nearly what the loaded model counts, only the draft estimated (was: every
    message estimated from its bytes, about 40 % off)."""
    from chatapp.context import open_app

    model = app.catalogue.local()[0]
    app.chat.pipeline.engine_worker(model)  # loaded
    conversation = app.store.create_conversation(system_prompt="Answer briefly.")
    session = session_of(app)
    session.conversation_id = conversation.id
    answer_each(app, conversation.id, model,
                ("hello there, how are you today?", "and what else is there to say?"), 24)
    _messages, exact, estimated = session.context_use("", model)
    assert not estimated
    app.close()  # the app restarts; the model is not loaded again
    again = open_app()
    try:
        model = again.catalogue.local()[0]
        session = Session(again.store, again.chat, again.settings)
        session.open(conversation.id)
        messages, sizes, estimated = session.context_use("", model)
        assert again.chat.engine.loaded is None  # counted without the model
        assert estimated and len(sizes) == len(exact)
        assert abs(sum(sizes) - sum(exact)) <= 6, (sizes, exact)
        # another model's answers say nothing of this one's tokens: all estimated then
        other = RemoteEntry("box", "m", context_length=4096)
        assert session.context_use("", other)[1] != sizes
    finally:
        again.close()


def test_a_comparison_goes_on_with_the_model_of_the_branch_shown(tmp_path: Path) -> None:
    """Reopened (or another version shown), a side-by-side or arena conversation goes on
    with the model that wrote the branch shown; a chat keeps its own model."""
    from chatapp.settings import Settings
    from chatapp.store import Store

    store = Store(tmp_path / "chat.db")
    session = Session(store, None, Settings())
    for kind, expected in (("arena", "key-b"), ("compare", "key-b"), ("chat", None)):
        c = store.create_conversation("round", kind=kind)
        store.set_conversation_model(c.id, "key-a")
        q = store.add_message(c.id, None, "user", "Name three colours.")
        store.add_message(c.id, q.id, "assistant", "Red.", model_key="key-a")
        b = store.add_message(c.id, q.id, "assistant", "Blue.", model_key="key-b")
        store.set_current_leaf(c.id, b.id)
        assert session.branch_model(store.current_branch(c.id)) == expected, kind
    assert session.branch_model([]) is None
    store.close()


def test_the_room_kept_for_the_answer_is_the_conversations_own_longest_answer(app) -> None:
    """As the model process keeps it (chatapp.engine.worker): the conversation's longest
    answer, else the app's; at most half the context."""
    session = session_of(app)
    app.settings.sampling.max_tokens = 256
    assert session.answer_room(512) == 256  # the app's
    session.new(params={"max_tokens": 20})
    assert session.answer_room(512) == 20  # its own (was 256: the app's; then 64 at least)
    session.set_settings_of_conversation("", {"max_tokens": 1000})
    assert session.answer_room(512) == 256  # at most half
    session.set_settings_of_conversation("", {"max_tokens": -1})
    assert session.answer_room(4096) == 2048  # no limit: half
    remote = RemoteEntry("box", "small", context_length=512, host="10.0.0.2:8080")
    store = app.store
    conversation = store.create_conversation()
    first = store.add_message(conversation.id, None, "user", "word " * 200)
    answer = store.add_message(conversation.id, first.id, "assistant", "ok")
    branch = session.open(conversation.id, answer.id)
    session.set_settings_of_conversation("", {})  # the app's 256 kept free: too long
    assert session.overflow("word " * 40, remote, branch).kind == "ask"
    session.set_settings_of_conversation("", {"max_tokens": 20})  # 20 kept free: it fits
    assert session.overflow("word " * 40, remote, branch).kind == "fits"


def test_a_short_longest_answer_keeps_only_what_it_may_use(app) -> None:
    """With answers of at most 20 tokens in a 512-token context, a message of about 454
    tokens fits: 20 are kept for the answer (was: "needs about 454 tokens. The model holds
    512, and 64 of them are kept for the answer"); one that leaves less than 20 is said to be
    too long with those 20 (the meter's "Kept free for the answer" says the same)."""
    session = session_of(app)
    remote = RemoteEntry("box", "small", context_length=512, host="10.0.0.2:8080")
    session.new(params={"max_tokens": 20})
    assert session.answer_room(512) == 20

    def of_size(target: int) -> str:
        words = target
        while sum(session.context_use("word " * words, remote)[1]) > target:
            words -= 1
        return "word " * words

    text = of_size(454)
    assert 448 < sum(session.context_use(text, remote)[1]) <= 492
    assert session.overflow(text, remote) == Overflow("fits")
    long = of_size(505)
    assert sum(session.context_use(long, remote)[1]) > 492
    too_long = session.overflow(long, remote)
    assert (too_long.kind, too_long.room) == ("alone", 20)


def test_a_message_that_leaves_less_than_the_answers_room_is_answered_in_the_rest(app) -> None:
    """A message that leaves the answer less than its room (half a 512-token context here)
    but 64 tokens at least is sent, as LM Studio or Ollama answer until the context is full
    (was: "The message is too long", with 255 tokens left); earlier turns go first."""
    session = session_of(app)
    app.settings.sampling.max_tokens = 512
    remote = RemoteEntry("box", "small", context_length=512, host="10.0.0.2:8080")
    assert session.answer_room(512) == 256
    text = "word " * 250
    messages, sizes, _ = session.context_use(text, remote)
    assert 256 < sum(sizes) <= 512 - 64
    assert session.overflow(text, remote) == Overflow("fits")
    store = app.store
    conversation = store.create_conversation()
    first = store.add_message(conversation.id, None, "user", "hello")
    answer = store.add_message(conversation.id, first.id, "assistant", "hi there")
    asked = session.overflow(text, remote, session.open(conversation.id, answer.id))
    assert asked.kind == "ask" and asked.droppable == asked.earlier == 2
    too_long = session.overflow("word " * 400, remote, [])
    assert too_long.kind == "alone" and too_long.room == 64


def test_counts_made_while_the_model_was_loaded_are_an_estimate_once_it_is_not(app) -> None:
    """The model unloaded (another one picked), the conversation's messages counted earlier
    give no count of the prompt (the template's text around them is not counted): the meter
    says "≈" (was: "36 / 512" as if exact, where llama.cpp counted 82), and it comes near the
    loaded model's count."""
    from pathlib import Path as FilePath

    model = app.catalogue.local()[0]
    app.chat.pipeline.engine_worker(model)  # loaded
    conversation = app.store.create_conversation()
    session = session_of(app)
    session.conversation_id = conversation.id
    answer_each(app, conversation.id, model,
                ("hello there, how are you today?", "and what else is there to say?"), 24)
    _messages, exact, estimated = session.context_use("", model)
    assert not estimated
    session.context_use("x", model)  # (the whole prompt counted last: another one)
    app.chat.engine.unload(FilePath(model.path))  # each message's count is still known
    session.context_use("", model, before=[])  # a count of other messages came between
    messages, sizes, estimated = session.context_use("", model)
    assert estimated and len(sizes) == len(exact)
    assert abs(sum(sizes) - sum(exact)) <= 6, (sizes, exact)
