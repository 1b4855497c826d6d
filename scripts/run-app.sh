#!/usr/bin/env bash
# Run the desktop app (installs what it needs first). Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m app "$@"
