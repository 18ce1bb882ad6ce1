#!/usr/bin/env bash
# Create .venv and install Parallax with the pinned versions in constraints.txt.
# Usage: bash scripts/setup.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.parallax-installed
want="$(cat constraints.txt pyproject.toml | cksum)${1:-}"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade "pip>=24"
  if [ "${1:-}" = "--dev" ]; then
    .venv/bin/python -m pip install -q -c constraints.txt -e ".[dev]"
  else
    .venv/bin/python -m pip install -q -c constraints.txt -e .
  fi
  echo "$want" > "$stamp"
fi
