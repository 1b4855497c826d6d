#!/usr/bin/env bash
# Install what the tests need, then run the whole suite: lint, types, tests, packaged self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
# Let Python keep compiled modules (and pytest its rewritten test modules) in __pycache__: with
# PYTHONDONTWRITEBYTECODE set, as on this machine, every test process and every `python -m app` the
# tests start compiles the sources again (collection 9 s -> 3.5 s per worker; suite ~12% less CPU).
unset PYTHONDONTWRITEBYTECODE
echo "== ruff";  .venv/bin/python -m ruff check .
echo "== mypy";  .venv/bin/python -m mypy
# Every test runs on SQLite; those marked both_stores (SQL that can differ) also on a throw-away
# PostgreSQL server that the tests start themselves (tests/conftest.py); REFUND_EVIDENCE_TEST_PG=
# (empty) runs SQLite only, a URL uses that server instead.
export REFUND_EVIDENCE_TEST_PG="${REFUND_EVIDENCE_TEST_PG-auto}"
# On every core (pytest-xdist): each worker has its own data folders, Qt application and, with
# REFUND_EVIDENCE_TEST_PG=auto, its own throw-away server. PYTEST_WORKERS=0 runs in one process.
# The tests' files (a data folder and store per test, the throw-away PostgreSQL cluster, pytest's own
# folders) go to a RAM disk when the machine has one with room, removed afterwards: the same real files,
# without the disk's waits (each SQLite commit and close waits for fsync; ~30% of the wall time of the
# store-heavy tests here). REFUND_EVIDENCE_TEST_ON_DISK=1, or no such RAM disk: where $TMPDIR says.
run_tmp=""
if [ -z "${REFUND_EVIDENCE_TEST_ON_DISK:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] \
    && [ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -gt 2000000 ]; then
  run_tmp="$(mktemp -d /dev/shm/re-tests.XXXXXX)"
  chmod 711 "$run_tmp"  # the throw-away PostgreSQL runs as `postgres` when the tests run as root
  trap 'rm -rf "$run_tmp"' EXIT
fi
echo "== pytest"
TMPDIR="${run_tmp:-${TMPDIR:-/tmp}}" .venv/bin/python -m pytest -q -n "${PYTEST_WORKERS:-auto}" "$@"
# The packaged app: PyInstaller build from build.spec, frozen --self-test offscreen and under Xvfb,
# size budget. A packaging mistake fails here. SKIP_BUILD=1 leaves it out (quick local runs).
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  echo "== packaged app"; bash scripts/build_app.sh
fi
