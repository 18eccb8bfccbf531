"""Reliability under kills and long use, in one command:

1. kill -9 of a streaming `chatapp chat` at random times: the database stays sound, no accepted
   message is lost, every cut answer is marked interrupted, and no trial loses more than 1 s of
   the text it had shown;
2. kill -9 of the model process alone: the answer ends as an error with one line, and the next
   message works;
3. the real window (offscreen) streams 50 answers: the reference counts of None/True/False do
   not fall and its memory grows by less than 10 %;
4. no process of the app is left 2 s after the window or the CLI is killed.

usage: python tests/benchmarks/bench_reliability.py [--kills 200] [--worker-kills 50]
           [--answers 50] [--orphans 20] [--seed 1]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"

from gguf_factory import write_slow_llama  # noqa: E402
from proc_tree import children, descendants, running  # noqa: E402

PROMPT = "Tell me everything about lighthouses."
MAX_LOSS_S = 1.0
#: A binding that drops a reference per Qt call loses tens of thousands in 50 answers; the
#: counts also move a little with what caches and the garbage collector hold.
MAX_LOST_REFERENCES = 1000


def env_for(home: Path) -> dict[str, str]:
    return {**os.environ, "CHATAPP_HOME": str(home), "PYTHONPATH": str(HERE.parent.parent)}


class Reader(threading.Thread):
    """Reads a process's stdout, remembering when each byte arrived."""

    def __init__(self, stream) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.chunks: list[tuple[float, bytes]] = []

    def run(self) -> None:
        fd = self.stream.fileno()
        while True:
            data = os.read(fd, 65536)
            if not data:
                return
            self.chunks.append((time.monotonic(), data))

    def shown(self) -> tuple[bytes, list[tuple[int, float]]]:
        """All bytes and, for each chunk, (end offset, time shown)."""
        text, marks = b"", []
        for at, data in self.chunks:
            text += data
            marks.append((len(text), at))
        return text, marks


def kill_trials(home: Path, trials: int, rng: random.Random) -> dict:
    """Part 1. Returns the counts and the largest loss in seconds."""
    from chatapp.context import open_app

    worst_loss, problems, answers_cut, with_text = 0.0, [], 0, 0
    for trial in range(trials):
        process = subprocess.Popen(
            [sys.executable, "-m", "chatapp", "chat", "-m", "slow-llama", "--max-tokens",
             "3000", "--temperature", "0", f"{PROMPT} ({trial})"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env_for(home))
        reader = Reader(process.stdout)
        reader.start()
        if rng.random() < 0.3:  # early: while the message is stored and the model loads
            time.sleep(rng.uniform(0.0, 1.5))
        else:  # while the answer streams
            deadline = time.monotonic() + 60
            while not reader.chunks and time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 2.0))
        killed_at = time.monotonic()
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join(5)
        process.stdout.close()
        shown, marks = reader.shown()
        app = open_app()  # marks what was cut as interrupted, as the next start does
        try:
            if app.store.integrity_check() != "ok":
                problems.append(f"trial {trial}: integrity")
            conversation = app.store.latest_conversation()
            messages = app.store.messages(conversation.id) if conversation else []
            mine = [m for m in messages if m.role == "user" and m.content.endswith(f"({trial})")]
            answers = [m for m in messages if m.role == "assistant" and mine
                       and m.parent_id == mine[0].id]
            if shown and not (mine and answers):
                problems.append(f"trial {trial}: text was shown but a message is missing")
            if answers:
                answer = answers[0]
                if answer.finish_reason not in ("interrupted", "stop", "length"):
                    problems.append(f"trial {trial}: finish {answer.finish_reason}")
                answers_cut += answer.finish_reason == "interrupted"
                stored = answer.content.encode("utf-8")
                if not shown.startswith(stored) and not stored.startswith(shown):
                    problems.append(f"trial {trial}: stored text differs from shown text")
                lost_since = next((at for end, at in marks if end > len(stored)), None)
                if lost_since is not None:
                    worst_loss = max(worst_loss, killed_at - lost_since)
                with_text += bool(shown)
        finally:
            app.close()
    return {"trials": trials, "cut": answers_cut, "with_text": with_text,
            "worst_loss_s": worst_loss, "problems": problems}


def worker_kill_trials(trials: int, rng: random.Random) -> dict:
    """Part 2, in this process through the core (the window's path without the window)."""
    from chatapp.context import open_app

    app = open_app()
    problems, one_line = [], 0
    try:
        model = app.library.resolve("slow-llama")
        sampling = app.settings.sampling
        sampling.max_tokens, sampling.temperature = 400, 0.0
        for trial in range(trials):
            conversation = app.store.create_conversation()
            _user, answer = app.chat.send(conversation.id, f"kill {trial}", model, sampling)
            pieces = iter(answer)
            timer = threading.Timer(rng.uniform(0.05, 1.0), _kill_worker)
            timer.start()
            for _ in pieces:
                pass
            timer.join()
            message = answer.message
            if message.finish_reason == "error":
                one_line += "\n" not in (message.error or "") and bool(message.error)
            elif message.finish_reason not in ("stop", "length"):
                problems.append(f"trial {trial}: finish {message.finish_reason}")
            _user, follow = app.chat.send(conversation.id, "and now?", model, sampling)
            sampling.max_tokens = 8
            for _ in follow:
                pass
            sampling.max_tokens = 400
            if follow.message.finish_reason not in ("stop", "length"):
                problems.append(f"trial {trial}: next message {follow.message.finish_reason}")
    finally:
        app.close()
    return {"trials": trials, "one_line_errors": one_line, "problems": problems}


def _kill_worker() -> None:
    for pid in children(os.getpid()):
        try:
            if b"chatapp.engine.worker" in Path(f"/proc/{pid}/cmdline").read_bytes():
                os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def soak(answers: int = 50, per_conversation: int = 5, max_tokens: int = 24) -> dict:
    """Part 3: the real window streams answers (the models folder must hold a model).
    Returns the references of None/True/False lost (before - after), the RSS before and
    after, and how the answers ended."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest

    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow

    make_application()
    ctx = open_app()
    ctx.settings.sampling.max_tokens = max_tokens
    ctx.settings.sampling.seed = 3
    window = MainWindow(ctx)
    window.show()

    made: list[int] = []

    def one_answer(n: int) -> None:
        if n % per_conversation == 0:
            window.new_conversation()
        window.composer.edit.setPlainText(f"hello number {n}")
        QTest.keyClick(window.composer.edit, Qt.Key.Key_Return)
        deadline = time.monotonic() + 60
        while (window.runner is not None or window.answers.titler is not None) \
                and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        QCoreApplication.processEvents()
        # what the event loop does between events: objects passed to deleteLater() go
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        made.append(window.chat_view.bubbles[-1].message.id)

    def counts() -> dict[str, int]:
        gc.collect()
        return {"None": sys.getrefcount(None), "True": sys.getrefcount(True),
                "False": sys.getrefcount(False)}

    for n in range(per_conversation * 2):
        one_answer(n)
    made.clear()
    before, rss_before = counts(), _rss(os.getpid())
    started = time.monotonic()
    for n in range(answers):
        one_answer(n)
    seconds = time.monotonic() - started
    after, rss_after = counts(), _rss(os.getpid())
    finished = [ctx.store.message(i).finish_reason for i in made]
    window.close()
    ctx.close()
    return {"lost": {k: before[k] - after[k] for k in before}, "rss_before": rss_before,
            "rss_after": rss_after, "finished": finished, "seconds": seconds}


def _rss(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


WINDOW_DRIVER = """
import sys
from PySide6.QtCore import QTimer
from chatapp.context import open_app
from chatapp.ui.app import make_application
from chatapp.ui.main_window import MainWindow
app = make_application()
ctx = open_app()
ctx.settings.sampling.max_tokens = 3000
ctx.settings.sampling.temperature = 0.0
window = MainWindow(ctx)
window.select_model(ctx.library.resolve("slow-llama").key)
window.show()
QTimer.singleShot(100, lambda: window.send("hello"))
app.exec()
"""


def orphan_trials(home: Path, trials: int, rng: random.Random) -> dict:
    """Part 4: half the trials kill the CLI, half the window, mid-answer."""
    left = 0
    for trial in range(trials):
        window = trial % 2 == 1
        args = ([sys.executable, "-c", WINDOW_DRIVER] if window else
                [sys.executable, "-m", "chatapp", "chat", "-m", "slow-llama", "--max-tokens",
                 "3000", "--temperature", "0", "orphans?"])
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env=env_for(home))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not descendants(process.pid):
            time.sleep(0.05)
        time.sleep(rng.uniform(0.2, 1.5))
        family = descendants(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait()
        time.sleep(2.0)
        left += sum(running(pid) for pid in family)
        for pid in family:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
    return {"trials": trials, "left_running": left}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--worker-kills", type=int, default=50)
    parser.add_argument("--answers", type=int, default=50)
    parser.add_argument("--orphans", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    home = Path(tempfile.mkdtemp(prefix="chatapp-reliability-"))
    os.environ["CHATAPP_HOME"] = str(home)
    write_slow_llama(home)

    result = kill_trials(home, args.kills, rng)
    print(f"1. kill -9 of a streaming `chatapp chat`, {result['trials']} trials at random times")
    print(f"   answers cut and marked interrupted: {result['cut']} "
          f"({result['with_text']} had shown text)")
    print(f"   most shown text lost: {result['worst_loss_s']:.2f} s (target <= {MAX_LOSS_S} s)")
    print(f"   problems: {len(result['problems'])} {result['problems'][:5]}")

    result = worker_kill_trials(args.worker_kills, rng)
    print(f"2. kill -9 of the model process, {result['trials']} trials")
    print(f"   answers ended as an error with one line: {result['one_line_errors']}; "
          f"problems (incl. the next message): {len(result['problems'])} "
          f"{result['problems'][:5]}")

    result = soak(args.answers)
    growth = result["rss_after"] / result["rss_before"] - 1
    print(f"3. the window streams {args.answers} answers ({result['seconds']:.0f} s)")
    print(f"   references lost: {result['lost']} (target < {MAX_LOST_REFERENCES} each)")
    print(f"   memory {result['rss_before'] / 1e6:.0f} -> {result['rss_after'] / 1e6:.0f} MB "
          f"({growth * 100:+.1f} %, target < +10 %); answers ended: "
          f"{sorted(set(result['finished']))}")

    result = orphan_trials(home, args.orphans, rng)
    print(f"4. window or CLI killed mid-answer, {result['trials']} trials: "
          f"processes left running after 2 s: {result['left_running']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
