"""The sources an answer's prompt takes from the user's document collections."""

from __future__ import annotations

from typing import Any

from chatapp.backends import Backend
from chatapp.errors import UserError


def retrieve_into(answer: Any, backend: Backend) -> None:
    """Search the collections of answer.params["docs"] for the question, put the sources that
    fit the model's budget and what the prompt leaves into answer.messages, and store what
    was used (answer.retrieval; answer.notice names collections still being indexed). An
    answer that goes on (answer.before, continue) is given the sources it was answered from
    again, under the same numbers, and keeps them as its retrieval (no new search).
    UserError when the search fails."""
    from chatapp.docs.retrieval import STILL_INDEXING, retrieve_for, with_stored_sources

    retriever = answer.pipeline.retriever
    before = getattr(answer, "before", None)
    stored = retriever.documents.retrieval(before.id) if before is not None else None
    if stored is not None:  # an answer that goes on: the sources it was answered from
        answer.messages = with_stored_sources(answer.messages, stored)
        answer.retrieval = stored
        return
    n_ctx = backend.provenance.get("n_ctx") or 4096
    busy: list[str] = []
    answer.messages, retrieval = retrieve_for(
        retriever, answer.params["docs"], answer.messages, n_ctx,
        backend.count_tokens, indexing=lambda name: setattr(answer, "indexing", name),
        busy=busy, measure=backend.prompt_size, params=answer.params)
    if busy:
        answer.notice = UserError(STILL_INDEXING, names=", ".join(busy))
    if answer.message is not None:
        retrieval.message_id = answer.message.id
        retriever.documents.save_retrieval(retrieval)
    answer.retrieval = retrieval


def with_preview_sources(retriever: Any, names: list[str], messages: list[dict[str, Any]],
                         n_ctx: int) -> list[dict[str, Any]]:
    """The messages with the instructions and numbered sources an answer to them would be
    given now from the named collections (as retrieve_for puts them before the question,
    within the sources' share of a context of n_ctx tokens), for showing the exact prompt:
    nothing is indexed or stored. A name that is no collection (any more) is passed over;
    messages as they are when nothing is found or the search fails."""
    from chatapp.docs.retrieval import source_budget, with_sources

    collections = []
    for name in names:
        try:
            collections.append(retriever.documents.collection(name))
        except UserError:
            continue
    query = next((m.get("content", "") for m in reversed(messages)
                  if m.get("role") == "user"), "")
    if not collections or not query.strip():
        return messages
    try:
        found = retriever.search(collections, query)
    except UserError:  # (the answer itself says why)
        return messages
    return with_sources(messages, found, source_budget(n_ctx))[0]
