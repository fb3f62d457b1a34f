#!/usr/bin/env bash
# Makes assets/colour/CoatedFOGRA39.icc.zlib: Adobe's "Coated FOGRA39
# (ISO 12647-2:2004)" profile as it ships in the printpdf crate's source,
# deflated (zlib, as a PDF's FlateDecode filter holds it) and otherwise
# unchanged, so that every PDF/X file embeds it without compressing it
# again. Run from the repository's root after `cargo fetch`.
set -euo pipefail
source=$(find "${CARGO_HOME:-$HOME/.cargo}/registry/src" -path '*printpdf-0.12.*/src/res/CoatedFOGRA39.icc' | sort | tail -1)
test -n "$source" || { echo "printpdf's source is not in the cargo registry: run cargo fetch" >&2; exit 1; }
python3 - "$source" assets/colour/CoatedFOGRA39.icc.zlib <<'PY'
import sys, zlib
data = open(sys.argv[1], 'rb').read()
open(sys.argv[2], 'wb').write(zlib.compress(data, 9))
print(f"{sys.argv[2]}: {len(data)} bytes of profile, deflated")
PY
cp "$(dirname "$source")/CoatedFOGRA39.icc.LICENSE.txt" assets/colour/LICENSE-Adobe-ICC.txt
