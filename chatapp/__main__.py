"""`python -m chatapp`, and the packaged app's entry point (which also runs the app's child
processes: see chatapp.launch)."""

import sys

from chatapp.launch import restore_system_libraries, run_child_mode

if not run_child_mode(sys.argv):
    restore_system_libraries()
    from chatapp.entry import main

    sys.exit(main())
