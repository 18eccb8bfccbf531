"""The conversation at a terminal (`chatapp chat` with no prompt) as a person types it: line
editing and history, messages of several lines, slash commands, Ctrl+C and Ctrl+D at the
prompt (a real pseudo-terminal, the tiny llama model)."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from test_cli import db_rows
from test_cli_converse import Terminal

CHAT = ("chat", "-m", "tiny-llama-F32", "--max-tokens", "2", "--seed", "1")


def questions(home: Path) -> list[str]:
    """The user messages stored, oldest first."""
    return [r[0] for r in db_rows(home, "SELECT content FROM messages WHERE role = 'user' "
                                        "AND deleted_at IS NULL ORDER BY id")]


def test_arrow_keys_edit_the_line_and_up_brings_back_a_message(tiny_home: Path) -> None:
    """Left arrow moves the cursor, Up recalls this session's message, and an escape typed
    in (Ctrl+V Esc) is not kept (was: "abc^[[DX" stored as typed, and titled so)."""
    with Terminal(*CHAT) as term:
        term.wait_for("> ")
        term.type("abc\x1b[DX\r")  # X typed before the c
        term.wait_for("> ", 2)
        term.type("\x1b[A\r")  # Up: the same message again
        term.wait_for("> ", 3)
        term.type("\x16\x1b[31mred\r")  # Ctrl+V Esc: a real escape in the line
        term.wait_for("> ", 4)
        term.type("\x04")
        assert term.close() == 0, term.text
    assert questions(tiny_home) == ["abXc", "abXc", "red"]
    assert db_rows(tiny_home, "SELECT title FROM conversations") == [("abXc",)]


def test_the_line_is_edited_with_the_answers_going_to_a_file(tiny_home: Path,
                                                             tmp_path: Path) -> None:
    """`chat > transcript.txt` at a terminal: the arrow keys edit the line as without the
    file (was: "^[[D" shown, and "helloX" sent for "Xhello"), the prompt stays on the
    screen and the answers go to the file."""
    transcript = tmp_path / "transcript.txt"
    with transcript.open("w") as out, Terminal(*CHAT, stdout=out) as term:
        term.wait_for("> ")
        term.type("hello\x1b[D\x1b[D\x01X\r")  # Left Left Ctrl+A: X at the start
        term.wait_for("> ", 2)
        term.type("\x1b[A\r")  # Up: the message again
        term.wait_for("> ", 3)
        term.type("\x04")
        assert term.close() == 0, term.text
    assert questions(tiny_home) == ["Xhello", "Xhello"]
    assert "^[[" not in term.text and "> " not in transcript.read_text()


def test_a_reader_of_the_answers_that_went_away_ends_the_conversation(
        tiny_home: Path) -> None:
    """`chat | tee out.txt` whose tee a Ctrl+C ended: the next answer ends the conversation
    without a word, as `export | head` does (was: "Something unexpected went wrong
    (BrokenPipeError)", and the prompt again)."""
    import os

    read, write = os.pipe()
    os.close(read)  # (the reader is gone)
    try:
        with Terminal(*CHAT, stdout=write) as term:
            term.wait_for("> ")
            term.type("hello\r")
            assert term.close() == 1, term.text
    finally:
        os.close(write)
    assert "unexpected" not in term.text and term.text.count("> ") == 1, term.text


def test_without_readline_a_typed_escape_sequence_is_dropped(tiny_home: Path) -> None:
    """Where the readline module is missing (Windows), the prompt still works and an arrow
    key's sequence is dropped whole (was: stored in the message)."""
    code = ("import sys; sys.modules['readline'] = None; from chatapp.cli import main; "
            "sys.exit(main())")
    with Terminal(*CHAT, command=[sys.executable, "-c", code]) as term:
        term.wait_for("> ")
        term.type("abc\x1b[DX\r")
        term.wait_for("> ", 2)
        term.type("\x04")
        assert term.close() == 0, term.text
    assert questions(tiny_home) == ["abcX"]


def test_lines_between_triple_quotes_are_one_message(tiny_home: Path) -> None:
    """Pasted lines between \"\"\" and \"\"\" are one message, said in the banner (was: an
    answer to each line)."""
    with Terminal(*CHAT) as term:
        term.wait_for("> ")
        assert 'A message of several lines: begin it with """ and end it with """.' in term.text
        term.type('"""\rline one\r\r  line three\r"""\r')
        term.wait_for("... ", 4)  # a prompt for each line of the message
        term.wait_for("> ", 2)
        term.type('"""first\rsecond"""\r')
        term.wait_for("> ", 3)
        term.type('"""just one"""\r')
        term.wait_for("> ", 4)
        # Ctrl+D ends a message begun, as its closing mark would (was: the conversation
        # ended and the lines typed were lost without a word)
        term.type('"""\rnot closed\r\x04')
        term.wait_for("> ", 5)
        term.type("\x04")
        assert term.close() == 0, term.text
    assert questions(tiny_home) == ["line one\n\n  line three", "first\nsecond", "just one",
                                    "not closed"]
    assert db_rows(tiny_home, "SELECT count(*) FROM messages WHERE role = 'assistant'") == [(4,)]


def test_up_brings_back_a_message_of_several_lines_whole(tiny_home: Path) -> None:
    """Up after a message of several lines recalls the whole message, and Enter sends it
    again; the history holds one entry for it (was: its last line alone, sent as a message
    of its own with the closing marks in it, and each Up one line further back)."""
    with Terminal(*CHAT) as term:
        term.wait_for("> ")
        term.type("hello\r")
        term.wait_for("> ", 2)
        term.type('"""\rfirst\rsecond"""\r')
        term.wait_for("> ", 3)
        term.type("\x1b[A\r")  # Up: the message of two lines
        term.wait_for("> ", 4)
        term.type("\x1b[A\x1b[A\r")  # Up twice: the message before it (one entry each)
        term.wait_for("> ", 5)
        term.type("\x04")
        assert term.close() == 0, term.text
    assert questions(tiny_home) == ["hello", "first\nsecond", "first\nsecond", "hello"]


def test_slash_commands_list_leave_and_refuse_unknown_words(tiny_home: Path) -> None:
    """/? lists the commands, an unknown /word is said in one line and not sent, // sends a
    message that begins with "/", /bye leaves (was: each sent to the model as a message)."""
    with Terminal(*CHAT) as term:
        term.wait_for("> ")
        assert "/? lists the commands" in term.text
        term.type("/?\r")
        term.wait_for("> ", 2)
        listed = term.text.rsplit("/?\r\n", 1)[1]
        assert "/bye, /exit" in listed and "list these commands" in listed, listed
        term.type("/tell me a joke\r")
        term.wait_for("> ", 3)
        assert ("chatapp: /tell is not a command (/? lists them); a message that begins with "
                '"/" is typed with two: //tell\r\n') in term.text
        term.type("//etc/hosts holds what?\r")
        term.wait_for("> ", 4)
        term.type('"""/not a command"""\r')
        term.wait_for("> ", 5)
        term.type("/BYE\r")
        assert term.close() == 0, term.text
    assert questions(tiny_home) == ["/etc/hosts holds what?", "/not a command"]


def interrupt(term: Terminal, count: int) -> None:
    """Ctrl+C at the prompt until it is said a count-th time: a SIGINT that comes as readline
    shows its prompt, before it waits for keys, waits for the next key (CPython's readline),
    which a person's Ctrl+C, pressed later, never meets; Ctrl+Cs before it is read are one."""
    import signal

    for _ in range(40):
        term.process.send_signal(signal.SIGINT)
        with contextlib.suppress(AssertionError):
            term.wait_for("(Ctrl+D or /bye ends the conversation.)\r\n", count, timeout=0.5)
            return
    raise AssertionError(term.text)


def test_ctrl_c_at_the_prompt_drops_the_line_and_asks_again(tiny_home: Path) -> None:
    """Ctrl+C at the prompt, or in a message of several lines, drops what was typed and
    shows a new prompt; Ctrl+D still ends with status 0 (was: Ctrl+C ended the session)."""

    with Terminal(*CHAT) as term:
        term.wait_for("> ")
        term.type("half typed")
        term.wait_for("half typed")
        interrupt(term, 1)
        term.wait_for("> ", 2)
        term.type("after\r")
        term.wait_for("> ", 3)
        term.type('"""\rpart of a message\r')
        term.wait_for("... ", 2)
        interrupt(term, 2)
        term.wait_for("> ", 4)
        term.type("last\r")
        term.wait_for("> ", 5)
        term.type("\x04")
        assert term.close() == 0, term.text
    assert questions(tiny_home) == ["after", "last"]


def test_an_answer_stopped_before_it_began_is_not_kept(chatapp_home: Path) -> None:
    """Ctrl+C while the model still reads the question keeps the question and no answer, at
    the terminal's prompt as in one question asked on the command line (was: an empty
    answer, exported as an empty section and sent to the model with the next question)."""
    import signal

    from gguf_factory import write_slow_llama

    write_slow_llama(chatapp_home)
    long_question = "word " * 1500  # read for seconds before the first token
    slow = ("chat", "-m", "slow-llama", "--max-tokens", "20")
    with Terminal(*slow) as term:
        term.wait_for("> ")
        term.type(long_question + "\r")
        term.wait_for("Reading the prompt")
        term.process.send_signal(signal.SIGINT)
        term.wait_for("chatapp: Stopped before the answer began.\r\n")
        term.wait_for("> ", 2)
        term.type("\x04")
        assert term.close() == 0, term.text
    with Terminal(*slow, long_question) as term:
        term.wait_for("Reading the prompt")
        term.process.send_signal(signal.SIGINT)
        term.wait_for("chatapp: Stopped before the answer began.\r\n")
        assert term.close() == 130, term.text
    rows = db_rows(chatapp_home, "SELECT conversation_id, role FROM messages ORDER BY id")
    assert rows == [(1, "user"), (2, "user")]
