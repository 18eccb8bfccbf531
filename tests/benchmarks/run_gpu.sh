#!/bin/sh
# The GPU numbers: memory predicted vs used (random-weight llama 1B and 8B Q4_K_M × context
# 4k/32k/128k × KV cache f16/q8_0) and the first token of a fresh prompt right after a
# 3,000-token conversation against llama.cpp's pp20.
#
# Needs the worktree and Python with llama-cpp-python built with CUDA, gguf, numpy and jinja2
# (no network). From the worktree root:
#     sh tests/benchmarks/run_gpu.sh [PATH/TO/llama-bench]
# Environment: PYTHON (default python3), OUT (default /tmp/chatapp-gpu: models, results).
set -e
. "$(dirname "$0")/gpu_env.sh"
"$PY" -c "import llama_cpp, sys; sys.exit(0 if llama_cpp.llama_supports_gpu_offload() else
'this llama-cpp-python has no GPU backend')"
"$PY" tests/benchmarks/bench_fit.py --gpu --models "$OUT/models" --json "$OUT/fit-gpu.json" \
    | tee "$OUT/fit-gpu.txt"
"$PY" tests/benchmarks/bench_followup.py "$OUT/models/llama-1b-Q4_K_M.gguf" --gpu-layers -1 \
    --threads 8 ${1:+--llama-bench "$1"} | tee "$OUT/followup-gpu.txt"
