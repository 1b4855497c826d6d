"""The user's settings: a small JSON file in the data folder, plus where the data folder is.

Language and the complainant profile live in <data folder>/settings.json. The data
folder itself cannot be stored inside itself, so a chosen folder is remembered in
location.json in the platform's user config folder; it takes effect at the next start.
No Qt here: the command line and tests read the same files.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.core import paths as config

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
SETTINGS_FILE = "settings.json"


@dataclass
class Profile:
    """The complainant, reused for every new case."""

    name: str = ""
    phone: str = ""
    address: str = ""


@dataclass
class Settings:
    language: str = DEFAULT_LANGUAGE
    profile: Profile = field(default_factory=Profile)
    # When the window last opened this data folder (ISO 8601): what fell due since is said at the next start.
    last_opened: str = ""


def _read_json(path: Path) -> dict[str, Any]:
    """A JSON object from path; anything missing or damaged reads as empty (defaults apply)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Write atomically: a crash never leaves half a settings file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    os.replace(tmp, path)


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return value.strip()[:500] if isinstance(value, str) else ""


def load_settings(data_dir: Path) -> Settings:
    raw = _read_json(data_dir / SETTINGS_FILE)
    language = raw.get("language")
    profile = raw.get("profile") if isinstance(raw.get("profile"), dict) else {}
    assert isinstance(profile, dict)
    return Settings(
        language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
        profile=Profile(name=_text(profile, "name"), phone=_text(profile, "phone"),
                        address=_text(profile, "address")),
        last_opened=_text(raw, "last_opened"),
    )


def save_settings(data_dir: Path, settings: Settings) -> None:
    _write_json(data_dir / SETTINGS_FILE, asdict(settings))


def location_file() -> Path:
    """Where the chosen data folder is remembered (outside any data folder)."""
    return config.config_dir() / "location.json"


def saved_data_dir(location: Path | None = None) -> Path | None:
    value = _read_json(location or location_file()).get("data_dir")
    return Path(value) if isinstance(value, str) and value.strip() else None


def save_data_dir(folder: Path | None, location: Path | None = None) -> None:
    """Remember a data folder for the next start; None goes back to the default."""
    _write_json(location or location_file(), {"data_dir": str(folder) if folder else None})


def resolve_data_dir(explicit: str | None, location: Path | None = None) -> Path:
    """--data-dir, else $REFUND_EVIDENCE_HOME, else the folder chosen in Settings, else the default."""
    if explicit or os.environ.get(config.ENV_HOME):
        return config.data_dir(explicit)
    return config.data_dir(saved_data_dir(location))
