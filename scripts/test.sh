#!/usr/bin/env bash
# Install what the tests need, then run the whole suite: lint, types, tests, packaged self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff";  .venv/bin/python -m ruff check .
echo "== mypy";  .venv/bin/python -m mypy
echo "== pytest"; .venv/bin/python -m pytest -q "$@"
