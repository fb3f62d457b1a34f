#!/usr/bin/env bash
# Times the release binary on inputs of growing size and prints seconds and
# peak memory for each, so that work out of proportion to the input shows:
# each step doubles or quadruples the input, and the time should grow by the
# same factor, not its square.
# Usage: bash benches/scaling.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
streep=$PWD/target/release/streep
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # label, then the command; prints label, seconds, peak KiB
    local label=$1
    shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
    local seconds peak
    read -r seconds peak < <(tail -1 "$work/time")
    printf '%-48s %8s s %9s KiB\n' "$label" "$seconds" "$peak"
}

for size in 64 256 1024; do
    python3 -c "import sys; p='gelieve je te '; sys.stdout.write(p * ($size * 1024 // len(p)))" >"$work/one-line.txt"
    python3 -c "import sys; p='GELIEVE NIET ROKEN. '; sys.stdout.write(p * ($size * 1024 // len(p)))" >"$work/shouting.txt"
    measure "check, one line of $size KiB" "$streep" check "$work/one-line.txt" --whole
    measure "rewrite --format diff, $size KiB" "$streep" rewrite --format diff --whole "$work/shouting.txt"
    measure "rewrite, $size KiB of !" sh -c "python3 -c \"print('Stop' + '!' * ($size * 1024))\" | $streep rewrite -"
done
for signs in 250 500 1000; do
    python3 -c "
for n in range($signs): print(f'Gelieve bij balie {n} te wachten.')" >"$work/signs.txt"
    measure "compare, $signs signs to PDF" "$streep" compare "$work/signs.txt" -o "$work/c.pdf"
done
for rows in 1000 4000; do
    python3 -c "
import csv, sys
w = csv.writer(sys.stdout)
w.writerow(['branch', 'headline'] + [f'x{i}' for i in range(100)])
for n in range($rows): w.writerow([f'b{n}', 'Welkom'] + [''] * 100)" >"$work/wide.csv"
    measure "batch, $rows rows x 102 columns (refused)" "$streep" batch "$work/wide.csv" -o "$work/{branch}.pdf"
done
# A batch as one PDF is written part by part: memory grows with the table
# (each row's sign), not with the pages written.
for rows in 1000 10000; do
    python3 -c "
import csv, sys
w = csv.writer(sys.stdout)
w.writerow(['headline', 'footer'])
for n in range($rows): w.writerow([f'Wilt u vóór de streep wachten? Balie {n % 9 + 1}', f'Vestiging {n}'])" >"$work/rows.csv"
    measure "batch, $rows rows to one PDF/X-4" "$streep" batch "$work/rows.csv" --keep-wording -o "$work/all.pdf"
done
