"""An answer copied as Markdown stays on the clipboard as text, and the process still ends
cleanly: data made in Python that Qt's clipboard holds at exit would crash PySide6."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from chatapp.store import Store
from chatapp.ui.app import make_application
from chatapp.ui.bubble import Bubble

make_application()
store = Store(Path(sys.argv[1]))
conversation = store.create_conversation()
user = store.add_message(conversation.id, None, "user", "hi")
answer = store.add_message(conversation.id, user.id, "assistant", "**Paris**, of course.")
answer = store.finish_message(answer.id, "**Paris**, of course.", "stop")
bubble = Bubble(answer)
bubble.copy(markdown=True)
data = QGuiApplication.clipboard().mimeData()
print(data.text(), "|", bytes(data.data("text/markdown")).decode())
store.close()
"""


def test_a_copied_answer_leaves_the_process_to_end_cleanly(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "chat.db")],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, (done.returncode, done.stderr)  # not -11 (SIGSEGV)
    assert done.stdout.strip() == "**Paris**, of course. | **Paris**, of course."
