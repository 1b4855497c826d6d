"""Where things live: the data folder, the database URL, bundled resources.

resource_path() is the only place that knows how resources are found, frozen or not.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "RefundEvidence"
APP_AUTHOR = "RefundEvidence"
ENV_HOME = "REFUND_EVIDENCE_HOME"
ENV_DB_URL = "REFUND_EVIDENCE_DB_URL"
ENV_CONFIG_DIR = "REFUND_EVIDENCE_CONFIG_DIR"


def resource_path(*parts: str) -> Path:
    """A file under resources/, in a source checkout or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    base = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return base.joinpath("resources", *parts)


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $REFUND_EVIDENCE_HOME, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """This computer's own settings (the chosen data folder, the office server): $REFUND_EVIDENCE_CONFIG_DIR,
    else the platform's user config folder. Never inside a data folder, which an office shares."""
    env = os.environ.get(ENV_CONFIG_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def database_url(folder: Path) -> str:
    """$REFUND_EVIDENCE_DB_URL (e.g. PostgreSQL for an office), else SQLite in the data folder."""
    return os.environ.get(ENV_DB_URL) or f"sqlite:///{folder / 'cases.sqlite3'}"


def font_path() -> Path:
    return resource_path("fonts", "wqy-microhei.ttc")
