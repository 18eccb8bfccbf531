# Sourced by the GPU benchmark scripts: from the worktree root, PY (PYTHON, default python3),
# OUT (default /tmp/chatapp-gpu) with its models folder, this checkout's chatapp first on the
# path and a home of its own under OUT.
cd "$(dirname "$0")/../.."
PY=${PYTHON:-python3}
OUT=${OUT:-/tmp/chatapp-gpu}
mkdir -p "$OUT/models"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
export CHATAPP_HOME="$OUT/home"
