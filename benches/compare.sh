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
# Usage: [RUNS=3] bash benches/compare.sh [N]
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

# Each way runs $runs times (default 3; RUNS=5 for more) and its fastest run
# counts, as benchmark tools report: a run is only ever slowed down by the
# rest of the machine, never sped up. The ways take turns, one run of each
# per round, so that a busy spell of the machine slows them alike instead
# of one way's every run. Output folders are emptied between runs, outside
# the time.
runs=${RUNS:-3}

# Empties folder $1, runs the rest as a command, and prints how long it
# took by Bash's own clock (reading it starts no process).
timed() {
    local clear=$1 start end
    shift
    rm -rf "$clear" && mkdir -p "$clear"
    start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1
    end=$EPOCHREALTIME
    python3 -c "print($end - $start)"
}

streep_files() {
    timed "$work/streep" "$streep" batch "$work/posters.csv" --keep-wording -o "$work/streep/{row}.pdf"
}
streep_book() {
    timed "$work/none" "$streep" batch "$work/posters.csv" --keep-wording -o "$work/streep-all.pdf"
}
# What PDF/X-4 costs: the same two ways as plain PDFs in screen colours.
streep_plain_files() {
    timed "$work/plain" "$streep" batch "$work/posters.csv" --keep-wording --pdf-standard none \
        -o "$work/plain/{row}.pdf"
}
streep_plain_book() {
    timed "$work/none" "$streep" batch "$work/posters.csv" --keep-wording --pdf-standard none \
        -o "$work/plain-all.pdf"
}

# Typst's ways time themselves inside Python, from after `import typst`.
# Each run is a new Python process: within one, Typst remembers what it
# compiled before, and a second run of the same document is a cache hit.
typst_run() {
    python3 - "$work" "$fonts" "$1" <<'PY'
import csv, os, shutil, sys, time, typst
work, fonts, way = sys.argv[1], sys.argv[2], sys.argv[3]
rows = lambda: csv.DictReader(open(f"{work}/posters.csv", encoding="utf-8"))
def reused():
    compiler = typst.Compiler(f"{work}/one.typ", font_paths=[fonts], ignore_system_fonts=True)
    for n, row in enumerate(rows()):
        compiler.compile(output=f"{work}/typst/{n}.pdf", sys_inputs=row)
def one_document():
    typst.compile(f"{work}/all.typ", output=f"{work}/typst-all.pdf", font_paths=[fonts],
                  ignore_system_fonts=True)
def fresh():
    for n, row in enumerate(rows()):
        typst.compile(f"{work}/one.typ", output=f"{work}/typst/{n}.pdf", font_paths=[fonts],
                      ignore_system_fonts=True, sys_inputs=row)
shutil.rmtree(f"{work}/typst", ignore_errors=True)
os.makedirs(f"{work}/typst")
start = time.time()
{"reused": reused, "one": one_document, "fresh": fresh}[way]()
print(time.time() - start)
PY
}

typst_reused() { typst_run reused; }
typst_one() { typst_run one; }
typst_fresh() { typst_run fresh; }

convert_all() {
    for svg in "$work"/svg/*.svg; do
        rsvg-convert -f pdf -o "$work/rsvg/$(basename "$svg" .svg).pdf" "$svg"
    done
}
rsvg_files() { timed "$work/rsvg" convert_all; }

# Each way as "name|function", in the order of the table.
ways=(
    "streep batch, a file per poster ($(nproc) cores)|streep_files"
    "streep batch, one PDF of $count pages|streep_book"
    "streep batch, a plain PDF per poster (--pdf-standard none)|streep_plain_files"
    "streep batch, one plain PDF of $count pages (--pdf-standard none)|streep_plain_book"
)
if python3 -c "import typst" 2>/dev/null; then
    ways+=(
        "Typst, one Compiler reused, sys_inputs per poster, a file per poster|typst_reused"
        "Typst, one document of $count pages|typst_one"
        "Typst, a fresh compiler per poster|typst_fresh"
    )
else
    echo "note: the typst Python package is not installed (pip install typst); skipped" >&2
fi
if command -v rsvg-convert >/dev/null; then
    "$streep" batch "$work/posters.csv" --keep-wording -o "$work/svg/{row}.svg" 2>/dev/null
    ways+=("rsvg-convert, pre-filled SVG (one process per file)|rsvg_files")
else
    echo "note: rsvg-convert is not installed (Debian: librsvg2-bin); skipped" >&2
fi

declare -A best
for _ in $(seq "$runs"); do
    for way in "${ways[@]}"; do
        IFS='|' read -r name run <<<"$way"
        took=$($run)
        best["$name"]=$(python3 -c "print(min(${best[$name]:-$took}, $took))")
    done
done
results=()
for way in "${ways[@]}"; do
    IFS='|' read -r name _ <<<"$way"
    results+=("$name|${best[$name]}")
done

echo "$count A4 posters on $(nproc) cores, $(uname -m), $(date +%Y-%m-%d), files written to $(df --output=fstype "$work" | tail -1), the fastest of $runs runs:"
echo
echo "| way | total | per poster |"
echo "|---|---|---|"
declare -A per
for result in "${results[@]}"; do
    IFS='|' read -r name took <<<"$result"
    per["$name"]=$(python3 -c "print($took / $count * 1000)")
    python3 -c "print(f'| $name | {$took:.2f} s | {$took / $count * 1000:.3f} ms |')"
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
