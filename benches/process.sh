#!/usr/bin/env bash
# Wall time of `streep rewrite "…"` as a whole process: start, load the
# embedded rules and messages, rewrite one sign, print, exit.
# The target is at most 15 ms. Usage: bash benches/process.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
cargo build --release --quiet
bin=target/release/streep
sign="Gelieve achter de streep te wachten"
"$bin" rewrite "$sign" >/dev/null   # warm the page cache

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 10 --runs "$runs" -N "$bin rewrite '$sign'"
    exit
fi

times=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$bin" rewrite "$sign" >/dev/null
    times+=($(( $(date +%s%N) - start )))
done
printf '%s\n' "${times[@]}" | sort -n | awk -v runs="$runs" '
    { t[NR] = $1 / 1e6; sum += t[NR] }
    END {
        printf "streep rewrite \"…\": %d runs, mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms\n",
            runs, sum / runs, t[int(runs / 2) + 1], t[int(runs * 0.95)], t[runs]
    }'
