#!/bin/sh
# Refresh the Linguist sources from app/views/**/*.py, then compile them to .qm.
#   scripts/update_translations.sh
# lupdate keeps existing translations and marks new strings "unfinished"; fill those in
# (Qt Linguist, or any editor) and run this again. tests/gui/test_translations.py fails
# while any message is unfinished or its placeholders (%1, %n, {x}) disagree.
set -eu
cd "$(dirname "$0")/.."
BIN="${VIRTUAL_ENV:-.venv}/bin"
[ -x "$BIN/pyside6-lupdate" ] || BIN="$(dirname "$(command -v pyside6-lupdate)")"
TS_DIR=resources/translations
for lang in zh_CN en; do
    "$BIN/pyside6-lupdate" -no-obsolete -locations none $(find app/views -name "*.py" | sort) -target-language "$lang" \
        -ts "$TS_DIR/refund_evidence_$lang.ts"
done
for ts in "$TS_DIR"/refund_evidence_*.ts; do
    "$BIN/pyside6-lrelease" -removeidentical -silent "$ts" -qm "${ts%.ts}.qm"
done
