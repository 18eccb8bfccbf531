"""Memory: the window idle with no model loaded, a loaded model, and after unloading it.

Targets: idle app < 250 MB RSS; unloading frees >= 95 % of what loading added.

usage: python tests/benchmarks/bench_memory.py [MODEL.gguf]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CHATAPP_HOME", tempfile.mkdtemp(prefix="chatapp-bench-"))

from common import starter_model  # noqa: E402


def rss(pid: int) -> int:
    """Resident memory of a process in bytes (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def main() -> int:
    model = Path(sys.argv[1]) if len(sys.argv) > 1 else starter_model()
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow

    app = make_application()
    ctx = open_app()
    window = MainWindow(ctx)
    window.show()
    for _ in range(20):
        app.processEvents()
    idle = rss(os.getpid())
    worker = ctx.engine.worker_for(model)
    loaded = idle + rss(worker.process.pid)
    pid = worker.process.pid
    ctx.engine.unload(model)
    after = rss(os.getpid()) + rss(pid)
    window.close()
    ctx.close()
    added = loaded - idle
    print(f"model {model.name}")
    print(f"  window idle, no model     {idle / 1e6:7.0f} MB   (target < 250 MB)")
    print(f"  with the model loaded     {loaded / 1e6:7.0f} MB   (+{added / 1e6:.0f} MB)")
    print(f"  after unloading           {after / 1e6:7.0f} MB   "
          f"(freed {(loaded - after) / added * 100:.0f} % of what loading added; target >= 95 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
