#!/usr/bin/env bash
# Set up, then run the main job on the bundled example story.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/parallax analyze src/parallax/examples/harbour-bridge --json out/report.json --markdown out/report.md --html out/report.html
echo "Reports written: out/report.json out/report.md out/report.html"
