#!/usr/bin/env bash
# Rewrite constraints.txt from what .venv has installed (after adding a dependency to pyproject.toml
# and installing it into .venv with: .venv/bin/pip install -c constraints.txt NEWPACKAGE).
set -euo pipefail
cd "$(dirname "$0")/.."
{ head -3 constraints.txt; .venv/bin/python -m pip freeze --exclude-editable | grep -v '^-e' | sort -f; } > constraints.txt.new
mv constraints.txt.new constraints.txt
