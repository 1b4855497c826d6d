"""A SQLite store migrated once per test run, copied into each test's new data folder.

Migrating a new SQLite file with Alembic costs ~0.1 s (most of a store's set-up in a test); copying the
0.3 MB result costs ~1 ms. The copy is the very file the app makes (the same migrations and pragmas, WAL
folded in). tests/core/test_migrations.py still migrates for real, and a store a test opens itself
(`CaseService(tmp_path / ...)`) migrates as usual.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

SQLITE_FILE = "cases.sqlite3"  # the file app.core.paths.database_url names in a data folder


def make_sqlite_template(folder: Path) -> Path:
    """Migrate a new store in `folder` to the newest schema; its one file is the template."""
    from app.models.db import make_engine
    from app.models.migrate import upgrade

    path = folder / SQLITE_FILE
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()  # the last connection removes the -wal and -shm files
    leftovers = sorted(p.name for p in folder.iterdir() if p != path)
    assert not leftovers, f"the template store left {leftovers}"
    return path


def seed_sqlite_store(data_dir: Path, template: Path) -> None:
    """Put a copy of the template where the app opens its SQLite store, in a data folder that has none."""
    target = data_dir / SQLITE_FILE
    if not target.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, target)
