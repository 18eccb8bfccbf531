"""The window's time spent showing a streamed answer (chatapp.ui.markdown_view): answers of
about 14,000 characters (paragraphs, one long list, one long code block) come in pieces at the
window's cadence (30 ms), rendered as they come against rendered less often after a slow
render (SLOW_RENDER_S), the two in turn. Prints, for each, the window's CPU seconds while the
answer streams, the longest the window was busy at once (what a key press may wait), how long
after the last piece the whole answer was shown, and the ratios; then the CPU seconds a
100 kB answer takes to show at once (target < 2 s).

usage: QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD python tests/benchmarks/bench_render.py
       [--piece 40] [--cadence-ms 30] [--rounds 2]
"""

from __future__ import annotations

import argparse
import statistics
import time

ANSWERS = {
    "paragraphs": "".join(f"Paragraph {i} with **bold** and `code` and more words here.\n\n"
                          for i in range(230)),
    "one list": "".join(f"{i}. Item {i} with some words in it and more.\n" for i in range(1, 300)),
    "code block": "```python\n" + "".join(f"x{i} = {i}  # a comment\n" for i in range(600))
                  + "```\n",
}


def stream(app, text: str, piece: int, cadence: float) -> tuple[float, float, float]:
    """(CPU s, longest busy s, s from the last piece to all of it shown) for one answer."""
    from PySide6.QtCore import QEventLoop

    from chatapp.ui.markdown_view import MarkdownView

    view = MarkdownView()
    view.resize(700, 500)
    view.show()
    chunks = [text[i:i + piece] for i in range(0, len(text), piece)]
    longest = 0.0
    cpu = time.process_time()
    started = time.monotonic()
    for index, chunk in enumerate(chunks):
        due = started + index * cadence
        while time.monotonic() < due:
            before = time.monotonic()
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            longest = max(longest, time.monotonic() - before)
            time.sleep(0.001)
        before = time.monotonic()
        view.append_text(chunk)
        longest = max(longest, time.monotonic() - before)
    last = time.monotonic()
    while view._later.isActive():
        before = time.monotonic()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        longest = max(longest, time.monotonic() - before)
        time.sleep(0.001)
    shown = time.monotonic() - last
    cpu = time.process_time() - cpu
    assert view.source_text == text
    view.deleteLater()
    return cpu, longest, shown


BIG = "".join(f"## Part {i}\n\nSome *text* with a [link](https://example.org/{i}).\n\n"
              f"```js\nconst x{i} = {i};\n```\n\n" for i in range(1200))  # 100 kB at once


def shown_at_once(app, text: str) -> float:
    """CPU seconds the window takes to show text given whole (an answer opened again)."""
    from chatapp.ui.markdown_view import MarkdownView

    view = MarkdownView()
    cpu = time.process_time()
    view.set_content(text)
    app.processEvents()
    cpu = time.process_time() - cpu
    view.deleteLater()
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--piece", type=int, default=40)
    parser.add_argument("--cadence-ms", type=float, default=30.0)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from chatapp.ui import markdown_view
    from chatapp.ui.app import make_application

    app = make_application()
    slow = markdown_view.SLOW_RENDER_S
    print(f"pieces of {args.piece} characters every {args.cadence_ms:.0f} ms, medians of "
          f"{args.rounds} rounds (A B, then B A)")
    for name, text in ANSWERS.items():
        runs: dict[str, list[tuple[float, float, float]]] = {"every piece": [], "paced": []}
        for round_ in range(args.rounds):
            for way in (("every piece", "paced") if round_ % 2 == 0
                        else ("paced", "every piece")):
                markdown_view.SLOW_RENDER_S = float("inf") if way == "every piece" else slow
                runs[way].append(stream(app, text, args.piece, args.cadence_ms / 1000))
        markdown_view.SLOW_RENDER_S = slow
        med = {way: [statistics.median(r[i] for r in found) for i in range(3)]
               for way, found in runs.items()}
        for way, (cpu, longest, shown) in med.items():
            print(f"  {name:10} {len(text):6} chars  {way:11}  CPU {cpu:6.2f} s  longest busy "
                  f"{longest * 1000:6.1f} ms  shown {shown * 1000:6.1f} ms after the last piece")
        paced, every = med["paced"], med["every piece"]
        print(f"  {name:10} paced / every piece: CPU {paced[0] / every[0]:.2f}x, longest busy "
              f"{paced[1] / every[1]:.2f}x")
    whole = statistics.median(shown_at_once(app, BIG) for _ in range(max(args.rounds, 3)))
    print(f"  {len(BIG)} characters shown at once: CPU {whole:.2f} s (target < 2 s)")


if __name__ == "__main__":
    main()
