"""Answers from the user's documents: collections indexed into the conversation database
(extraction, chunking, BM25 and sqlite-vec vectors from an embedding GGUF) and retrieval
of the chunks that go into a prompt with numbered citations. No Qt."""
