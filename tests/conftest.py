"""Shared test set-up: offscreen Qt, a fresh data folder per test."""

from __future__ import annotations

import os

# Must be set before any Qt import; GUI tests never open a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
