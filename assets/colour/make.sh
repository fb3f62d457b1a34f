#!/usr/bin/env bash
# Makes assets/colour/FOGRA39-compact.icc.zlib, the CMYK output profile
# every PDF/X file of streep embeds: a compact ICC v2 profile of FOGRA39
# (offset on coated paper, ISO 12647-2:2004), made by ArgyllCMS's colprof
# from the FOGRA39L characterization data as Debian's icc-profiles-free
# ships it (FOGRA's measurements in Kai-Uwe Behrmann's CGATS file, zlib
# licence, in LICENSE-FOGRA39L.txt). It is stored deflated (zlib, as a
# PDF's FlateDecode filter holds it), so that no file compresses it again.
#
# Why compact: each PDF/X file carries its profile, and a shop's batch of
# posters as files repeats it in every one. Low quality CMYK-to-Lab tables
# (-ql: within 1.9 ΔE of the measurements, 0.5 on average) and medium
# quality Lab-to-CMYK tables (-bm: what sRGB colours are converted with)
# make 77 KB, where Adobe's Coated FOGRA39 is 654 KB.
# Black: a ramp (-kr); total ink 300% (-l300), as the press asks.
#
# Needs (Debian): apt-get install argyll icc-profiles-free
# Run from the repository's root.
set -euo pipefail
data=/usr/share/color/icc/FOGRA39L.ti3
test -f "$data" || { echo "$data is missing: apt-get install icc-profiles-free" >&2; exit 1; }
command -v colprof >/dev/null || { echo "colprof is missing: apt-get install argyll" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$data" "$work/FOGRA39L.ti3"
colprof -ql -bm -nc -kr -l300 \
    -D "Coated FOGRA39 (ISO 12647-2:2004), compact" \
    -C "Made from the FOGRA39L characterization data (FOGRA; zlib licence, Kai-Uwe Behrmann). No copyright." \
    -O "$work/FOGRA39-compact.icc" "$work/FOGRA39L" >/dev/null
python3 - "$work/FOGRA39-compact.icc" assets/colour/FOGRA39-compact.icc.zlib <<'PY'
import sys, zlib
data = open(sys.argv[1], 'rb').read()
open(sys.argv[2], 'wb').write(zlib.compress(data, 9))
print(f"{sys.argv[2]}: {len(data)} bytes of profile, deflated")
PY
