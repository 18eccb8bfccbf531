"""Numbered schema migrations, applied in order and never edited once shipped."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

M001 = [
    """CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        system_prompt TEXT NOT NULL DEFAULT '',
        current_leaf_id INTEGER,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        deleted_at REAL
    )""",
    """CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
        content TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        finish_reason TEXT CHECK (finish_reason IN
            ('stop', 'length', 'stopped', 'error', 'interrupted')),
        error TEXT,
        model_name TEXT,
        model_key TEXT,
        model_quant TEXT,
        model_arch TEXT,
        template_source TEXT,
        template_name TEXT,
        template_sha256 TEXT,
        params TEXT,
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        ttft_s REAL,
        tokens_per_s REAL,
        duration_s REAL
    )""",
    "CREATE INDEX idx_messages_conversation ON messages(conversation_id)",
    "CREATE INDEX idx_messages_parent ON messages(parent_id)",
    "CREATE INDEX idx_conversations_updated ON conversations(updated_at)",
    """CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content=messages, content_rowid=id, tokenize='unicode61'
    )""",
    """CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END""",
    """CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content)
            VALUES ('delete', old.id, old.content);
    END""",
    """CREATE TRIGGER messages_au AFTER UPDATE OF content ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content)
            VALUES ('delete', old.id, old.content);
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END""",
]


def m001_initial(db: sqlite_utils.Database) -> None:
    """Conversations, the message tree with provenance and stats, and a full-text index."""
    for statement in M001:
        db.execute(statement)


M002 = [
    "ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN params TEXT",
    "ALTER TABLE conversations ADD COLUMN model_key TEXT",
    "ALTER TABLE messages ADD COLUMN deleted_at REAL",
    "ALTER TABLE messages ADD COLUMN model_path TEXT",
    "ALTER TABLE messages ADD COLUMN n_ctx INTEGER",
    "ALTER TABLE messages ADD COLUMN n_gpu_layers INTEGER",
    "ALTER TABLE messages ADD COLUMN dropped_messages INTEGER",
    "CREATE INDEX idx_messages_conversation_parent ON messages(conversation_id, parent_id)",
    """CREATE TABLE presets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        system_prompt TEXT NOT NULL DEFAULT '',
        params TEXT,
        model_key TEXT,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    )""",
]


def m002_tree_pins_presets(db: sqlite_utils.Database) -> None:
    """Pinned conversations, per-conversation parameters and model, deletable branches,
    load details on answers (path, context, GPU layers, dropped turns) and presets."""
    for statement in M002:
        db.execute(statement)


M003 = [
    """CREATE TABLE votes (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
        prompt_message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
        message_a_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
        message_b_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
        model_a TEXT NOT NULL,
        model_b TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('a', 'b', 'tie', 'both_bad')),
        tag TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL
    )""",
    "CREATE INDEX idx_votes_tag ON votes(tag)",
]


def m003_votes(db: sqlite_utils.Database) -> None:
    """Blind arena votes, kept with the answers they judged."""
    for statement in M003:
        db.execute(statement)


M004 = [
    "ALTER TABLE messages ADD COLUMN reasoning TEXT",
    "ALTER TABLE messages ADD COLUMN reasoning_tokens INTEGER",
    "ALTER TABLE messages ADD COLUMN reasoning_s REAL",
]


def m004_reasoning(db: sqlite_utils.Database) -> None:
    """A reasoning model's thinking, kept apart from its answer, with its length and time."""
    for statement in M004:
        db.execute(statement)


M005 = [
    "ALTER TABLE conversations ADD COLUMN kind TEXT NOT NULL DEFAULT 'chat'",
    """CREATE TABLE eval_runs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        folder TEXT NOT NULL DEFAULT '',
        models TEXT,
        prompts INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        deleted_at REAL
    )""",
    """ALTER TABLE conversations ADD COLUMN eval_run_id INTEGER
        REFERENCES eval_runs(id) ON DELETE CASCADE""",
    "CREATE INDEX idx_conversations_eval_run ON conversations(eval_run_id)",
    "CREATE INDEX idx_votes_conversation ON votes(conversation_id)",
    # what earlier versions stored: a voted conversation was an arena round; answers to
    # one prompt written within half a second of one another were a side-by-side run
    "UPDATE conversations SET kind = 'arena' WHERE id IN (SELECT conversation_id FROM votes)",
    """UPDATE conversations SET kind = 'compare' WHERE kind = 'chat' AND EXISTS (
        SELECT 1 FROM messages a JOIN messages b
            ON b.parent_id = a.parent_id AND b.id > a.id
        WHERE a.conversation_id = conversations.id AND a.role = 'assistant'
            AND b.role = 'assistant' AND b.created_at - a.created_at < 0.5)""",
]


def m005_conversation_kinds_eval_runs(db: sqlite_utils.Database) -> None:
    """What a conversation is (a chat, a side-by-side comparison, an arena round) and the
    evaluation run it belongs to, so that runs and blind rounds stay out of the chat list."""
    for statement in M005:
        db.execute(statement)


M006 = [
    "ALTER TABLE messages ADD COLUMN endpoint TEXT",
    "ALTER TABLE messages ADD COLUMN endpoint_host TEXT",
    "ALTER TABLE messages ADD COLUMN served_model TEXT",
    "ALTER TABLE messages ADD COLUMN system_fingerprint TEXT",
]


def m006_remote_provenance(db: sqlite_utils.Database) -> None:
    """Where a remote answer came from: the endpoint's name and host, and what its server
    said it ran (model, system fingerprint)."""
    for statement in M006:
        db.execute(statement)


M007 = [
    """CREATE TABLE judgements (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('rubric', 'pairwise')),
        message_a_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
        message_b_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
        model_a TEXT NOT NULL,
        model_b TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'a', 'b', 'tie')),
        score REAL,
        reason TEXT,
        judge_model TEXT NOT NULL,
        judge_key TEXT,
        judge_prompt TEXT NOT NULL,
        judge_reply TEXT,
        provenance TEXT,
        tag TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL
    )""",
    "CREATE INDEX idx_judgements_tag ON judgements(kind, tag)",
]


def m007_judgements(db: sqlite_utils.Database) -> None:
    """A judge model's gradings (a rubric) and comparisons (two answers), with the judge's
    prompt, reply and provenance, kept apart from people's votes."""
    for statement in M007:
        db.execute(statement)


def m008_kv_cache(db: sqlite_utils.Database) -> None:
    """How a local answer's KV cache was kept: its type (f16, q8_0, q4_0) and whether flash
    attention was on (1, 0; NULL where not known)."""
    db.execute("ALTER TABLE messages ADD COLUMN kv_type TEXT")
    db.execute("ALTER TABLE messages ADD COLUMN flash_attn INTEGER")


M009 = [
    """CREATE TABLE doc_collections (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        embed_model TEXT,
        embed_path TEXT,
        embed_dim INTEGER,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    )""",
    """CREATE TABLE doc_roots (
        collection_id INTEGER NOT NULL REFERENCES doc_collections(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        PRIMARY KEY (collection_id, path)
    )""",
    """CREATE TABLE doc_files (
        id INTEGER PRIMARY KEY,
        collection_id INTEGER NOT NULL REFERENCES doc_collections(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        size INTEGER NOT NULL DEFAULT 0,
        mtime_ns INTEGER NOT NULL DEFAULT 0,
        sha256 TEXT,
        status TEXT NOT NULL CHECK (status IN ('indexed', 'error')),
        error TEXT,
        error_params TEXT,
        chunks INTEGER NOT NULL DEFAULT 0,
        indexed_at REAL NOT NULL,
        UNIQUE (collection_id, path)
    )""",
    # a large file's chunks are written in slices before they go live (file_id NULL,
    # live 0 until its last transaction): searches see the file whole or as it was
    """CREATE TABLE doc_chunks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        file_id INTEGER REFERENCES doc_files(id) ON DELETE CASCADE,
        collection_id INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        heading TEXT NOT NULL DEFAULT '',
        page INTEGER,
        text TEXT NOT NULL,
        tokens INTEGER NOT NULL,
        live INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX idx_doc_chunks_file ON doc_chunks(file_id)",
    "CREATE INDEX idx_doc_chunks_collection ON doc_chunks(collection_id)",
    """CREATE VIRTUAL TABLE doc_chunks_fts USING fts5(
        heading, text, content=doc_chunks, content_rowid=id,
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER doc_chunks_ai AFTER INSERT ON doc_chunks BEGIN
        INSERT INTO doc_chunks_fts (rowid, heading, text)
            VALUES (new.id, new.heading, new.text);
    END""",
    """CREATE TRIGGER doc_chunks_ad AFTER DELETE ON doc_chunks BEGIN
        INSERT INTO doc_chunks_fts (doc_chunks_fts, rowid, heading, text)
            VALUES ('delete', old.id, old.heading, old.text);
    END""",
    """CREATE TABLE conversation_collections (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        collection_id INTEGER NOT NULL REFERENCES doc_collections(id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, collection_id)
    )""",
    """CREATE TABLE answer_retrievals (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
        query TEXT NOT NULL,
        collections TEXT NOT NULL,
        mode TEXT NOT NULL,
        budget_tokens INTEGER NOT NULL,
        used_tokens INTEGER NOT NULL,
        created_at REAL NOT NULL
    )""",
    """CREATE TABLE answer_sources (
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        chunk_id INTEGER NOT NULL,
        collection_id INTEGER,
        score REAL NOT NULL,
        bm25_rank INTEGER,
        vector_rank INTEGER,
        path TEXT NOT NULL,
        page INTEGER,
        heading TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        PRIMARY KEY (message_id, number)
    )""",
]


# The full-text index of document chunks from m015 on: their heading, text and the bigrams
# of their spaceless scripts (chatapp.store.doc_search.pieces_of).
CHUNKS_INDEX = [
    """CREATE VIRTUAL TABLE doc_chunks_fts USING fts5(
        heading, text, pieces, content=doc_chunks, content_rowid=id,
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER doc_chunks_ai AFTER INSERT ON doc_chunks BEGIN
        INSERT INTO doc_chunks_fts (rowid, heading, text, pieces)
            VALUES (new.id, new.heading, new.text, new.pieces);
    END""",
    """CREATE TRIGGER doc_chunks_ad AFTER DELETE ON doc_chunks BEGIN
        INSERT INTO doc_chunks_fts (doc_chunks_fts, rowid, heading, text, pieces)
            VALUES ('delete', old.id, old.heading, old.text, old.pieces);
    END""",
]


def m009_documents(db: sqlite_utils.Database) -> None:
    """Document collections for answers from the user's files: the folders and files they
    hold, each file's chunks with a full-text index (vectors live in sqlite-vec tables made
    per collection), the collections attached to a conversation, and what each answer
    retrieved (the query, the collections, the chunks with their scores)."""
    for statement in M009:
        db.execute(statement)


def m010_speculation(db: sqlite_utils.Database) -> None:
    """How an answer was sped up by speculative decoding: the kind of draft ('lookup': n-grams
    of the prompt and answer), the draft tokens evaluated and how many of them were taken
    (NULL: no speculation)."""
    db.execute("ALTER TABLE messages ADD COLUMN speculation TEXT")
    db.execute("ALTER TABLE messages ADD COLUMN draft_tokens INTEGER")
    db.execute("ALTER TABLE messages ADD COLUMN accepted_tokens INTEGER")


def m011_error_data(db: sqlite_utils.Database) -> None:
    """Why an answer failed as data (the message template and its values), so that the window
    shows it in the user's language; the English text stays in `error`."""
    db.execute("ALTER TABLE messages ADD COLUMN error_data TEXT")


def m012_system_prompt(db: sqlite_utils.Database) -> None:
    """The system prompt an answer was made with ("" for none; NULL: made before this was
    kept): the conversation's may change after it."""
    db.execute("ALTER TABLE messages ADD COLUMN system_prompt TEXT")


def m013_retrieval_found(db: sqlite_utils.Database) -> None:
    """How many passages an answer's search found, of which none may have fitted its
    context (NULL: made before this was kept)."""
    db.execute("ALTER TABLE answer_retrievals ADD COLUMN found INTEGER")


def m014_picked_child(db: sqlite_utils.Database) -> None:
    """Which reply of a message was shown last (NULL: none picked yet, the newest is shown):
    going back to a branch shows the versions picked in it before."""
    db.execute("ALTER TABLE messages ADD COLUMN picked_child_id INTEGER")


def m015_spaceless_pieces(db: sqlite_utils.Database) -> None:
    """Chunks in scripts written without spaces (Chinese, Japanese, Thai…) are indexed by
    their bigrams too (doc_chunks.pieces, a third column of the full-text index), so that a
    word inside a longer run is found."""
    from chatapp.store.doc_search import pieces_of

    db.execute("ALTER TABLE doc_chunks ADD COLUMN pieces TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT id, heading, text FROM doc_chunks").fetchall()
    db.conn.executemany("UPDATE doc_chunks SET pieces = ? WHERE id = ?",
                        [(pieces, id_) for id_, heading, text in rows
                         if (pieces := pieces_of(heading, text))])
    for statement in ("DROP TRIGGER doc_chunks_ai", "DROP TRIGGER doc_chunks_ad",
                      "DROP TABLE doc_chunks_fts", *CHUNKS_INDEX,
                      "INSERT INTO doc_chunks_fts (doc_chunks_fts) VALUES ('rebuild')"):
        db.execute(statement)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    m001_initial, m002_tree_pins_presets, m003_votes,
    m004_reasoning, m005_conversation_kinds_eval_runs, m006_remote_provenance, m007_judgements,
    m008_kv_cache, m009_documents, m010_speculation, m011_error_data, m012_system_prompt,
    m013_retrieval_found, m014_picked_child, m015_spaceless_pieces,
]
