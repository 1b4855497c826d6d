#!/usr/bin/env bash
# Page images of the example bundle for the README: the demo case (resources/demo) exported with the
# command line, as a user's window would, then pages rendered with poppler's pdftoppm at 60 dpi.
#   bash docs/make_bundle_pages.sh        (writes docs/bundle-p*.png and docs/bundle-example.pdf)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
id=$("$PY" -m app --data-dir "$tmp/data" case create --json resources/demo/case.json)
"$PY" -m app --data-dir "$tmp/data" export "$id" --out "$tmp/bundle.pdf" --as-of 2026-11-10T10:00:00+08:00 >/dev/null
cp "$tmp/bundle.pdf" docs/bundle-example.pdf
rm -f docs/bundle-p*.png
pdftoppm -png -r 60 "$tmp/bundle.pdf" "$tmp/page"
ls "$tmp"/page-*.png | sed 's/.*page-0*//' | sort -n | tr '\n' ' '; echo "pages rendered"
for f in "$tmp"/page-*.png; do
  n=$(basename "$f" .png | sed 's/page-0*//')
  cp "$f" "docs/bundle-p$n.png"
done
