#!/usr/bin/env bash
# Makes the pictures in the README with the commands shown next to them.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
streep=target/release/streep
$streep poster "Gelieve achter de streep te wachten" --body "Dan helpen wij u zo snel mogelijk." \
    --footer "Apotheek De Linde" --dpi 60 -o docs/poster.png
$streep sticker "Gelieve hier te wachten" --diameter 400mm --dpi 30 -o docs/sticker.png
$streep sticker "Wacht hier" --shape line --dpi 40 -o docs/line.png
