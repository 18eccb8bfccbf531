#!/bin/sh
# The GPU numbers of decoding answers together and of speculation with a draft model:
# random-weight llama 1B Q4_K_M, all layers on the GPU. bench_throughput.py's streams
# (8 answers of 256 tokens together against one alone) beside llama.cpp's own
# llama-batched-bench at the same batch sizes, where a step's time goes (bench_steps.py: the
# step alone against the step with the picks), an evaluation of 40 prompts x 2 variants batched
# against one at a time, then bench_draft.py (the model drafting for
# itself: every draft taken, the cost of drafting with a model as big as the answering one).
#
# Needs the worktree and Python with llama-cpp-python built with CUDA, gguf and numpy (no
# network). From the worktree root:
#     sh tests/benchmarks/run_gpu_throughput.sh [PATH/TO/llama-batched-bench]
# Environment: PYTHON (default python3), OUT (default /tmp/chatapp-gpu).
set -e
. "$(dirname "$0")/gpu_env.sh"
MODEL="$OUT/models/llama-1b-Q4_K_M.gguf"
[ -f "$MODEL" ] || "$PY" tests/random_gguf.py "$MODEL" --shape llama-1b --type Q4_K_M
"$PY" tests/benchmarks/bench_throughput.py "$MODEL" --only streams --streams 8 \
    --stream-tokens 256 --gpu-layers -1 --threads 8 --rounds 3 | tee "$OUT/streams-gpu.txt"
if [ -n "$1" ]; then
    "$1" -m "$MODEL" -c 8192 -b 2048 -ub 512 -npp 64 -ntg 256 -npl 1,8,16 -ngl 99 -fa on \
        2>/dev/null | tee "$OUT/batched-bench-gpu.txt"
fi
"$PY" tests/benchmarks/bench_steps.py "$MODEL" --streams 8 --gpu-layers -1 --threads 8 \
    2>/dev/null | tee "$OUT/steps-gpu.txt"
"$PY" tests/benchmarks/bench_throughput.py "$MODEL" --only eval --threads 8 --eval-rounds 2 \
    | tee "$OUT/eval-gpu.txt"
"$PY" tests/benchmarks/bench_draft.py "$MODEL" --gpu-layers -1 --threads 8 --rounds 3 \
    --tokens 256 | tee "$OUT/draft-gpu.txt"
