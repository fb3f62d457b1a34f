#!/usr/bin/env bash
# Wall time of streep as a whole process: start, load what is embedded, do
# one sign's work, exit. Targets: `streep rewrite "…"` at most 15 ms;
# `streep poster "…" -o poster.pdf` at most 30 ms.
# Usage: bash benches/process.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
cargo build --release --quiet
bin=$PWD/target/release/streep
sign="Gelieve achter de streep te wachten"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

commands=(
    "$bin rewrite '$sign'"
    "$bin poster '$sign' -o poster.pdf"
    "$bin sticker '$sign' -o sticker.pdf"
    "$bin poster '$sign' -o poster.png"
)
for command in "${commands[@]}"; do
    eval "$command" >/dev/null 2>&1   # warm the page cache
done
ls -l poster.pdf sticker.pdf | awk '{ print $5, "bytes", $9 }'

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 10 --runs "$runs" -N "${commands[@]}"
    exit
fi

for command in "${commands[@]}"; do
    times=()
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        eval "$command" >/dev/null 2>&1
        times+=($(( $(date +%s%N) - start )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v runs="$runs" -v command="$command" '
        { t[NR] = $1 / 1e6; sum += t[NR] }
        END {
            printf "%s: %d runs, mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                command, runs, sum / runs, t[int(runs / 2) + 1], t[int(runs * 0.95)], t[runs]
        }'
done
