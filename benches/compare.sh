#!/usr/bin/env bash
# Renders the same N posters (default 1000) three ways on this machine and
# prints a table:
#   - streep batch, from one CSV, in one process;
#   - the typst Python package, a fresh compiler per poster, varying text;
#   - rsvg-convert on pre-filled SVGs, one process per file.
# Needs `pip install typst` and rsvg-convert (Debian: librsvg2-bin); a tool
# that is missing is skipped with a note.
# Usage: bash benches/compare.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
cargo build --release --quiet
streep=$PWD/target/release/streep
fonts=$PWD/assets/fonts
# The files go to memory where the machine has a RAM disk, so that all three
# ways are timed rendering, not waiting on a disk (which, on ext4, slows
# down for a while after many files were deleted, as a previous run's were).
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    work=$(mktemp -d -p /dev/shm)
else
    work=$(mktemp -d)
fi
trap 'rm -rf "$work"' EXIT

python3 - "$count" > "$work/posters.csv" <<'PY'
import csv, sys
out = csv.writer(sys.stdout)
out.writerow(["headline", "footer"])
for n in range(int(sys.argv[1])):
    out.writerow([f"Wilt u vóór de streep wachten? Balie {n % 9 + 1}", f"Apotheek De Linde · vestiging {n}"])
PY

seconds() { python3 -c "import time; print(time.perf_counter())"; }
results=()

start=$(seconds)
"$streep" batch "$work/posters.csv" --keep-wording -o "$work/streep/{row}.pdf" 2>/dev/null
end=$(seconds)
results+=("streep batch (one process, $(nproc) cores)|$start|$end")

if python3 -c "import typst" 2>/dev/null; then
    start=$(seconds)
    python3 - "$work/posters.csv" "$work/typst" "$fonts" <<'PY'
import csv, os, sys, typst
rows, out, fonts = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(out, exist_ok=True)
template = """#set page(width: 210mm, height: 297mm, margin: 15mm, fill: white)
#set text(font: "Atkinson Hyperlegible Next", lang: "nl")
#place(top + left, dx: -15mm, dy: -15mm, rect(width: 210mm, height: 95mm, fill: rgb("#ffd100")))
#v(95mm)
#align(center, block(height: 104mm, align(horizon, text(size: 26mm, weight: "bold", [HEADLINE]))))
#align(bottom + center, text(size: 5mm, [FOOTER]))
"""
for n, row in enumerate(csv.DictReader(open(rows, encoding="utf-8"))):
    source = template.replace("HEADLINE", row["headline"]).replace("FOOTER", row["footer"])
    typst.compile(source.encode(), output=f"{out}/{n}.pdf", font_paths=[fonts], ignore_system_fonts=True)
PY
    end=$(seconds)
    results+=("typst Python package (fresh compiler per poster)|$start|$end")
else
    echo "note: the typst Python package is not installed (pip install typst); skipped" >&2
fi

if command -v rsvg-convert >/dev/null; then
    "$streep" batch "$work/posters.csv" --keep-wording -o "$work/svg/{row}.svg" 2>/dev/null
    mkdir -p "$work/rsvg"
    start=$(seconds)
    for svg in "$work"/svg/*.svg; do
        rsvg-convert -f pdf -o "$work/rsvg/$(basename "$svg" .svg).pdf" "$svg"
    done
    end=$(seconds)
    results+=("rsvg-convert, pre-filled SVG (one process per file)|$start|$end")
else
    echo "note: rsvg-convert is not installed (Debian: librsvg2-bin); skipped" >&2
fi

echo "$count A4 posters on $(nproc) cores, $(uname -m), $(date +%Y-%m-%d), files written to $(df --output=fstype "$work" | tail -1):"
echo
echo "| way | total | per poster | streep is … faster |"
echo "|---|---|---|---|"
base=""
for result in "${results[@]}"; do
    IFS='|' read -r name start end <<<"$result"
    python3 - "$name" "$start" "$end" "$count" "${base:-}" <<'PY'
import sys
name, start, end, count, base = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
total = end - start
per = total / count * 1000
ratio = "—" if not base else f"{per / float(base):.0f}×"
print(f"| {name} | {total:.2f} s | {per:.2f} ms | {ratio} |")
PY
    if [ -z "$base" ]; then
        base=$(python3 -c "print(($end - $start) / $count * 1000)")
    fi
done
