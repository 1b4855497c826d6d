"""The office: one PostgreSQL server shared by several desks, and who is at this desk.

Each desk keeps its own connection settings (server, database, user) and the volunteer's name in
office.json in this computer's config folder (app.core.paths.config_dir), never in the data
folder, which the desks share. The password is kept in the operating system's keyring (the
`keyring` package: Windows Credential Manager, macOS Keychain, the Secret Service on Linux) and
nowhere else: with no usable keyring it is not stored at all.

Which database a store opens: $REFUND_EVIDENCE_DB_URL, else this desk's office server, else
SQLite in the data folder. Who is recorded in the audit log: $REFUND_EVIDENCE_USER, else the
volunteer's name from Settings, else the operating system's user name.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from app.core import paths

OFFICE_FILE = "office.json"
ENV_USER = "REFUND_EVIDENCE_USER"
KEYRING_SERVICE = "RefundEvidence"
DEFAULT_PORT = 5432
NAME_LIMIT = 100


@dataclass
class OfficeSettings:
    """server: a host name, `host:port`, or a socket folder (starting with /); empty = no office server."""

    server: str = ""
    database: str = ""
    user: str = ""
    volunteer: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.server and self.database)

    @property
    def account(self) -> str:
        """The keyring's name for this connection's password."""
        return f"{self.user}@{self.server}/{self.database}"


def office_file() -> Path:
    return paths.config_dir() / OFFICE_FILE


def load_office(path: Path | None = None) -> OfficeSettings:
    """This desk's office settings; a missing or damaged file reads as none."""
    try:
        raw = json.loads((path or office_file()).read_text("utf-8"))
    except (OSError, ValueError):
        return OfficeSettings()
    if not isinstance(raw, dict):
        return OfficeSettings()

    def text(key: str) -> str:
        value = raw.get(key)
        return value.strip()[:500] if isinstance(value, str) else ""

    return OfficeSettings(server=text("server"), database=text("database"), user=text("user"),
                          volunteer=text("volunteer")[:NAME_LIMIT])


def save_office(office: OfficeSettings, path: Path | None = None) -> None:
    """Written atomically; never holds a password."""
    target = path or office_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(asdict(office), ensure_ascii=False, indent=2), "utf-8")
    os.replace(tmp, target)


# ----- the password, in the OS keyring only ----------------------------------------------------------------
@dataclass(frozen=True)
class KeyringStatus:
    """Whether passwords can be kept here. reason: ok | none | plain_file | broken; backend: its name or error."""

    usable: bool
    reason: str
    backend: str

    def describe(self) -> str:
        return {"ok": f"keyring: {self.backend}",
                "none": "no keyring service is available on this computer",
                "plain_file": f"the only keyring here keeps passwords in a plain file ({self.backend})",
                }.get(self.reason, f"the keyring cannot be used ({self.backend})")


def keyring_status() -> KeyringStatus:
    """A keyring that writes a plain file (keyrings.alt's) does not count."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring install must not stop the app
        return KeyringStatus(False, "broken", str(exc))
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return KeyringStatus(False, "none", name)
    if "plaintext" in name.lower() or name.startswith("keyrings.alt.file"):
        return KeyringStatus(False, "plain_file", name)
    return KeyringStatus(True, "ok", name)


def get_password(office: OfficeSettings) -> str | None:
    if not office.configured or not keyring_status().usable:
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, office.account)
    except Exception:  # a locked or failing keyring: connect without, the server says why
        return None


def set_password(office: OfficeSettings, password: str) -> bool:
    """Store (or with an empty password, forget) this connection's password; False if there is no keyring."""
    if not keyring_status().usable:
        return False
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, office.account, password)
        else:
            keyring.delete_password(KEYRING_SERVICE, office.account)
    except PasswordDeleteError:
        pass  # nothing was saved
    except KeyringError as exc:  # locked, or the user said no
        raise OSError(f"the keyring did not take the password: {exc}") from exc
    return True


# ----- which database, who ---------------------------------------------------------------------------------
def office_url(office: OfficeSettings, password: str | None = None) -> str:
    """A SQLAlchemy URL for psycopg 3; a server starting with / is a local socket folder."""
    user = quote(office.user, safe="")
    auth = f"{user}:{quote(password, safe='')}@" if password and user else (f"{user}@" if user else "")
    database = quote(office.database, safe="")
    server = office.server.strip()
    if server.startswith("/"):
        return f"postgresql+psycopg://{auth}/{database}?host={quote(server, safe='/')}"
    host, _, port = server.rpartition(":") if server.count(":") == 1 else (server, "", "")
    if not port.isdigit():
        host, port = server, ""
    target = host if not port or int(port) == DEFAULT_PORT else f"{host}:{port}"
    return f"postgresql+psycopg://{auth}{target}/{database}"


def store_url(data_dir: Path, office: OfficeSettings | None = None) -> str:
    """$REFUND_EVIDENCE_DB_URL, else this desk's office server (password from the keyring), else SQLite."""
    env = os.environ.get(paths.ENV_DB_URL)
    if env:
        return env
    office = office if office is not None else load_office()
    if office.configured:
        return office_url(office, get_password(office))
    return paths.database_url(data_dir)


def current_actor(office: OfficeSettings | None = None) -> str:
    """Who is making changes at this desk, for the audit log."""
    env = os.environ.get(ENV_USER, "").strip()
    if env:
        return env[:NAME_LIMIT]
    office = office if office is not None else load_office()
    if office.volunteer:
        return office.volunteer
    import getpass

    try:
        return getpass.getuser()[:NAME_LIMIT]
    except Exception:  # no user name at all (a bare container): say so
        return "unknown"


def describe(office: OfficeSettings) -> dict[str, Any]:
    return {"server": office.server, "database": office.database, "user": office.user,
            "volunteer": office.volunteer}
