#!/usr/bin/env bash
# Build the one-folder app with PyInstaller (build.spec), then prove the frozen copy works:
#   1. `dist/<name>/<name> --self-test` must print SELF-TEST OK (offscreen);
#   2. the same self-test under Xvfb on the real xcb platform (a real window), saving
#      a screenshot to $SHOT (default build/frozen-window.png; docs/ holds a copy) — skipped with a note when xvfb-run is missing or NO_XVFB=1.
# Prints the folder size and its 10 largest parts. Exit non-zero on any failure.
# Linux here; on Windows/macOS run PyInstaller with the same spec (see README, "Release").
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
NAME=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["name"])')
DIST=dist
WORK=build/pyinstaller
APP_DIR="$DIST/$NAME"
EXE="$APP_DIR/$NAME"
# Size budget in MiB, a guard against regressions: 253 measured on Linux with text recognition (ONNX Runtime
# 35, OCR models 30, numpy 40; see the README), 25 of margin.
LIMIT_MB=${LIMIT_MB:-280}
SHOT=${SHOT:-$PWD/build/frozen-window.png}

echo "== pyinstaller ($NAME)"
start=$(date +%s)
"$PY" -m PyInstaller --clean --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" build.spec
echo "built in $(( $(date +%s) - start )) s"

echo "== frozen self-test (offscreen)"
out=$(QT_QPA_PLATFORM=offscreen "$EXE" --self-test 2>&1) && rc=0 || rc=$?
echo "$out"
if [ "$rc" -ne 0 ] || ! grep -q "^SELF-TEST OK" <<<"$out"; then
  echo "build_app: the frozen self-test failed (exit $rc)" >&2
  exit 1
fi

if [ "${NO_XVFB:-0}" != "1" ] && command -v xvfb-run >/dev/null 2>&1; then
  echo "== frozen self-test on a real X display (Xvfb), screenshot $SHOT"
  mkdir -p "$(dirname "$SHOT")"
  out=$(REFUND_EVIDENCE_SCREENSHOT="$SHOT" QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1400x900x24" "$EXE" --self-test 2>&1) && rc=0 || rc=$?
  echo "$out"
  if [ "$rc" -ne 0 ] || ! grep -q "^SELF-TEST OK" <<<"$out" || ! grep -q "on 'xcb'" <<<"$out"; then
    echo "build_app: the frozen app did not open a window under Xvfb (exit $rc)" >&2
    exit 1
  fi
else
  echo "== Xvfb check skipped (xvfb-run not installed or NO_XVFB=1)"
fi

echo "== size"
du -sh "$APP_DIR"
size_mb=$(du -sm "$APP_DIR" | cut -f1)
echo "10 largest parts (top-level files and folders of $APP_DIR/_internal, and the executable):"
# awk reads to the end (head would exit early, and under pipefail sort's SIGPIPE fails the build).
du -s -k "$EXE" "$APP_DIR"/_internal/* | sort -rn | awk 'NR <= 10 {printf "  %7.1f MB  %s\n", $1/1024, $2}' | sed "s|$APP_DIR/||"
echo "10 largest files:"
find "$APP_DIR" -type f -printf '%s %P\n' | sort -rn | awk 'NR <= 10 {printf "  %7.1f MB  %s\n", $1/1048576, $2}'
if [ "$size_mb" -gt "$LIMIT_MB" ]; then
  echo "build_app: $APP_DIR is ${size_mb} MB, over the ${LIMIT_MB} MB budget" >&2
  exit 1
fi
echo "build_app: OK, $APP_DIR is ${size_mb} MB"
