"""Apply Alembic migrations at start-up, safely.

The database file is copied aside before any migration; a database stamped by a
newer version of the app is refused instead of being touched. At a usual start the
database is already at HEAD: one query says so and Alembic is not even imported
(it costs ~100 ms, between the first paint and the case list showing).
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from app.core.errors import SchemaTooNew
from app.core.schema import HEAD

if TYPE_CHECKING:
    from alembic.config import Config

# PostgreSQL: desks starting at once on a new or older database migrate one after the other.
MIGRATION_LOCK_KEY = 0x52455649  # "REVI"


def _migrations_dir() -> Path:
    """The Alembic scripts: next to this module, or where build.spec puts them in a frozen app."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "app", "models", "migrations")
    return Path(__file__).resolve().parent / "migrations"


MIGRATIONS = _migrations_dir()


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def stamped_revision(engine: Engine) -> str | None:
    """The one revision the database is stamped with, without Alembic; None if none or several."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:  # no version table yet: a new database
        return None
    return rows[0] if len(rows) == 1 else None


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, target: str = "head", backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to `target`; returns the backup file made, if any."""
    if target == "head" and stamped_revision(engine) == HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config(engine)
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNew(
            f"The database was written by a newer version of this app (schema {current}); "
            "please install the newer version. Nothing was changed."
        )
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return None
    backup = _backup_sqlite(engine, current, backup_dir) if current is not None else None
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # Held until this transaction ends; DDL is transactional there, so a failed step changes nothing.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            from alembic.runtime.migration import MigrationContext

            if MigrationContext.configure(conn).get_current_revision() == wanted:
                return backup  # another desk did it while this one waited
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return backup


def _backup_sqlite(engine: Engine, revision: str, backup_dir: Path | None) -> Path | None:
    db = engine.url.database
    if engine.dialect.name != "sqlite" or not db or db == ":memory:":
        return None  # a server database is backed up by its administrator
    source = Path(db)
    folder = backup_dir or source.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{source.stem}-before-migration-{revision}-{stamp}.sqlite3"
    # sqlite3's backup API copies a consistent snapshot, WAL included.
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target
