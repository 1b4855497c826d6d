#!/usr/bin/env bash
# Installs everything the app and its tests need on Debian: system libraries for Qt,
# then a virtual environment in .venv with the project and its test tools.
# Safe to re-run: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBS=(python3-venv libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
      libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 binutils poppler-utils xvfb p7zip-full
      fonts-noto-cjk postgresql)
# fonts-noto-cjk: the OCR tests draw screenshots in Noto Sans CJK too. postgresql: the tests' throw-away
# PostgreSQL server (tools/pg_throwaway.py); the app itself needs no server. p7zip-full: the tests open
# encrypted case archives with 7-Zip, a second implementation.

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for d in "${DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$d" 2>/dev/null | grep -q "install ok installed" || missing+=("$d")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test,build]"
  rm -f .venv/.installed-*; touch "$stamp"
fi
