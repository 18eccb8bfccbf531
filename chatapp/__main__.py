"""`python -m chatapp`, and the packaged app's entry point (which also runs the app's child
processes: see chatapp.launch)."""

import os
import signal
import sys

# Ctrl+C while Python is still loading the app ends it at once, quietly (status 130); the
# command, the window and a child set their own handling once they run
signal.signal(signal.SIGINT, lambda *_: os._exit(130))

from chatapp.launch import restore_system_libraries, run_child_mode  # noqa: E402

if not run_child_mode(sys.argv):
    restore_system_libraries()
    from chatapp.entry import main

    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.exit(main())
