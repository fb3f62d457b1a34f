#!/usr/bin/env bash
# Runs every fuzz target for a while (default 180 s each) and prints how
# many inputs each tried. Needs a nightly toolchain and cargo-fuzz
# (`rustup toolchain install nightly`, `cargo install cargo-fuzz`).
# Seeds come from the repository: the built-in templates, a saved sign, the
# example tables and sign texts. Findings land in fuzz/artifacts/<target>/.
# Usage: bash fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-180}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(rewrite template sign_file table)
fi
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT

# Seeds: a first byte picks the rewriter (or the table kind).
mkdir -p "$corpus"/{rewrite,template,sign_file,table}
n=0
while IFS= read -r line; do
    byte=$(printf '\\%03o' $((n % 5)))
    printf "$byte%s" "$line" > "$corpus/rewrite/$n"
    n=$((n + 1))
done < ../examples/signs.txt
cp ../assets/templates/*.svg "$corpus/template/"
printf 'template = "poster"\nlang = "nl"\n[text]\nheadline = "Wilt u hier wachten?"\n[print]\nbleed = "3mm"\n' \
    > "$corpus/sign_file/poster.toml"
printf 'template = "window"\nlang = "nl"\n[text]\nheadline = "Welkom"\n[print]\npdf_standard = "x1a"\nwhite_ink = "White"\nmarks = true\n' \
    > "$corpus/sign_file/window.toml"
{ printf '\x00'; cat ../examples/branches.csv; } > "$corpus/table/csv"
{ printf '\x03'; cat ../tests/fixtures/branches.xlsx; } > "$corpus/table/xlsx"
{ printf '\x04'; cat ../tests/fixtures/branches.ods; } > "$corpus/table/ods"
printf '\x01[{"headline": "Welkom", "size": "A4"}]' > "$corpus/table/json"

failed=0
for target in "${targets[@]}"; do
    log=$(mktemp)
    status="no crash"
    cargo +nightly fuzz run "$target" "$corpus/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=3072 -max_len=65536 -print_final_stats=1 \
        >"$log" 2>&1 || {
        grep -A4 -m1 "panicked" "$log" || tail -40 "$log"
        status="FAILED (the input is in fuzz/artifacts/$target)"
        failed=1
    }
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "$target: $runs runs, $status"
    rm -f "$log"
done
exit "$failed"
