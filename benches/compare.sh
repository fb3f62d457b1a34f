#!/usr/bin/env bash
# Renders the same N A4 posters (default 1000) in every way streep and
# Typst can, on this machine, in one run, and prints a table and the ratios:
#   - streep batch, a file per poster, and one PDF of N pages, each as
#     PDF/X-4 (the default) and as a plain PDF (what PDF/X-4 costs);
#   - Typst (the typst Python package): one Compiler reused, the poster's
#     texts as sys_inputs, a file per poster; one document of N pages read
#     from the same CSV; and a fresh compiler per poster. Typst is timed
#     inside its Python script, from after `import typst`: the interpreter's
#     start is not counted against it. streep is timed as a whole process;
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
# The files go to memory where the machine has a RAM disk, so that every
# way is timed rendering, not waiting on a disk (which, on ext4, slows
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

# The poster in Typst, as a good Typst user writes it: a function of the
# poster's two texts, the same layout as streep's poster template.
cat > "$work/poster.typ" <<'TYP'
#let poster(headline, footer) = {
  set page(width: 210mm, height: 297mm, margin: 15mm, fill: white)
  set text(font: "Atkinson Hyperlegible Next", lang: "nl")
  place(top + left, dx: -15mm, dy: -15mm, rect(width: 210mm, height: 95mm, fill: rgb("#ffd100")))
  v(95mm)
  align(center, block(height: 104mm, align(horizon, text(size: 26mm, weight: "bold", headline))))
  align(bottom + center, text(size: 5mm, footer))
}
TYP
cat > "$work/one.typ" <<'TYP'
#import "poster.typ": poster
#poster(sys.inputs.headline, sys.inputs.footer)
TYP
cat > "$work/all.typ" <<'TYP'
#import "poster.typ": poster
#for (i, row) in csv("posters.csv", row-type: dictionary).enumerate() {
  if i > 0 { pagebreak() }
  poster(row.headline, row.footer)
}
TYP

# Bash's own clock: reading it starts no process.
seconds() { echo "$EPOCHREALTIME"; }
results=()

start=$(seconds)
"$streep" batch "$work/posters.csv" --keep-wording -o "$work/streep/{row}.pdf" 2>/dev/null
end=$(seconds)
results+=("streep batch, a file per poster ($(nproc) cores)|$start|$end")

start=$(seconds)
"$streep" batch "$work/posters.csv" --keep-wording -o "$work/streep-all.pdf" 2>/dev/null
end=$(seconds)
results+=("streep batch, one PDF of $count pages|$start|$end")

# What PDF/X-4 costs: the same two ways as plain PDFs in screen colours.
start=$(seconds)
"$streep" batch "$work/posters.csv" --keep-wording --pdf-standard none -o "$work/plain/{row}.pdf" 2>/dev/null
end=$(seconds)
results+=("streep batch, a plain PDF per poster (--pdf-standard none)|$start|$end")

start=$(seconds)
"$streep" batch "$work/posters.csv" --keep-wording --pdf-standard none -o "$work/plain-all.pdf" 2>/dev/null
end=$(seconds)
results+=("streep batch, one plain PDF of $count pages (--pdf-standard none)|$start|$end")

if python3 -c "import typst" 2>/dev/null; then
    read -r start end < <(python3 - "$work" "$fonts" <<'PY'
import csv, os, sys, time, typst
work, fonts = sys.argv[1], sys.argv[2]
os.makedirs(f"{work}/typst-reused", exist_ok=True)
start = time.time()
compiler = typst.Compiler(f"{work}/one.typ", font_paths=[fonts], ignore_system_fonts=True)
for n, row in enumerate(csv.DictReader(open(f"{work}/posters.csv", encoding="utf-8"))):
    compiler.compile(output=f"{work}/typst-reused/{n}.pdf", sys_inputs=row)
print(start, time.time())
PY
)
    results+=("Typst, one Compiler reused, sys_inputs per poster, a file per poster|$start|$end")

    read -r start end < <(python3 - "$work" "$fonts" <<'PY'
import sys, time, typst
work, fonts = sys.argv[1], sys.argv[2]
start = time.time()
typst.compile(f"{work}/all.typ", output=f"{work}/typst-all.pdf", font_paths=[fonts], ignore_system_fonts=True)
print(start, time.time())
PY
)
    results+=("Typst, one document of $count pages|$start|$end")

    read -r start end < <(python3 - "$work" "$fonts" <<'PY'
import csv, os, sys, time, typst
work, fonts = sys.argv[1], sys.argv[2]
os.makedirs(f"{work}/typst-fresh", exist_ok=True)
start = time.time()
for n, row in enumerate(csv.DictReader(open(f"{work}/posters.csv", encoding="utf-8"))):
    typst.compile(f"{work}/one.typ", output=f"{work}/typst-fresh/{n}.pdf", font_paths=[fonts],
                  ignore_system_fonts=True, sys_inputs=row)
print(start, time.time())
PY
)
    results+=("Typst, a fresh compiler per poster|$start|$end")
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
echo "| way | total | per poster |"
echo "|---|---|---|"
declare -A per
for result in "${results[@]}"; do
    IFS='|' read -r name start end <<<"$result"
    per["$name"]=$(python3 -c "print(($end - $start) / $count * 1000)")
    python3 -c "print(f'| $name | {$end - $start:.2f} s | {($end - $start) / $count * 1000:.2f} ms |')"
done
# Each of Typst's ways against streep's way that writes the same files.
ratio() {
    local streep_way=$1 other=$2
    if [ -n "${per[$other]:-}" ]; then
        python3 -c "print(f'streep ({\"$streep_way\"}) is {${per[$other]} / ${per[$streep_way]}:.1f}× as fast as {\"$other\"}')"
    fi
}
echo
files="streep batch, a file per poster ($(nproc) cores)"
book="streep batch, one PDF of $count pages"
ratio "$book" "Typst, one document of $count pages"
ratio "$files" "Typst, one Compiler reused, sys_inputs per poster, a file per poster"
cost() {
    local x4=$1 plain=$2
    python3 -c "print(f'PDF/X-4 costs {(${per[$x4]} / ${per[$plain]} - 1) * 100:+.0f}% against a plain PDF ({\"$x4\"})')"
}
cost "$files" "streep batch, a plain PDF per poster (--pdf-standard none)"
cost "$book" "streep batch, one plain PDF of $count pages (--pdf-standard none)"
ratio "$files" "Typst, a fresh compiler per poster"
ratio "$files" "rsvg-convert, pre-filled SVG (one process per file)"
