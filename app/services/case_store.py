"""CaseStore: the engine, sessions and locks under CaseService (app/services/cases.py).

Every operation opens its own short session or transaction; a change locks its case's row
first (lock_case), so two desks' changes to one case happen one after the other.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.core.errors import NotFound, StoreBusy
from app.core.fsutil import make_dir
from app.core.office import current_actor, store_url
from app.core.timeutil import iso_beijing, now
from app.evidence.vault import Vault
from app.models import Case, StoreFlag
from app.models.base import valid_id
from app.models.db import database_errors, make_engine, make_sessionmaker, store_label
from app.models.migrate import upgrade
from app.models.state import CARDS_DUE, case_state

FLAG_ROWS = select(StoreFlag.__table__.c.name, StoreFlag.__table__.c.value)

# An import holds the lock for one file's commit; a repair for its moves: minutes would mean a stuck process.
STORE_LOCK_WAIT = 300.0
Row = TypeVar("Row")
Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class CaseStore:
    def __init__(self, data_dir: Path, url: str | None = None, *, actor: str | None = None) -> None:
        self.data_dir = data_dir
        # Who this desk is, recorded with every change (Settings, REFUND_EVIDENCE_USER or the OS user).
        self.actor = actor if actor is not None else current_actor()
        make_dir(data_dir)
        self.engine = make_engine(url or store_url(data_dir))
        self.where = store_label(self.engine)
        with database_errors(self.where):
            self.backup = upgrade(self.engine, backup_dir=data_dir / "backups")
        self._sessions = make_sessionmaker(self.engine)
        self.vault = Vault(data_dir / "vault")
        self.thumbs_dir = data_dir / "vault" / "thumbs"

    @property
    def database_file(self) -> Path | None:
        """The SQLite file, if the store is one (an output must never be written over it)."""
        database = self.engine.url.database
        return Path(database) if self.engine.dialect.name == "sqlite" and database and database != ":memory:" else None

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def store_lock(self, timeout: float = STORE_LOCK_WAIT) -> Iterator[None]:
        """One writer at a time for what touches the vault's bookkeeping (see app/evidence/vault.py)."""
        lock = self.vault.lock
        if not lock.acquire(timeout=timeout):
            raise StoreBusy(str(self.vault.root), timeout)
        try:
            yield
        finally:
            lock.release()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with database_errors(self.where), self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with database_errors(self.where), self._sessions.begin() as session:
            session.info["actor"] = self.actor  # app.models.audit.append records it
            yield session
        due = session.info.pop(CARDS_DUE, None)
        if due:
            self._write_cards(due)

    def _write_cards(self, case_ids: set[int]) -> None:
        """The facts, events and complaints of changed cases, also kept in the vault (rebuild makes them again from it).

        Best effort, after the commit: the database is what counts while it is right."""
        from app.evidence import vault_records as records

        with self.session() as s:
            for case_id in sorted(case_ids):
                case = s.get(Case, case_id)
                state = case_state(s, case_id)
                if case is None or state is None:
                    continue
                with contextlib.suppress(OSError):
                    records.write_card(self.vault, case.uid, {"uid": case.uid, "id": case_id, "title": case.title,
                                                              "facts": state["facts"], "events": state["events"],
                                                              "complaints": state["complaints"],
                                                              "saved_at": iso_beijing(now())})

    def store_flags(self) -> dict[str, str]:
        """The store's flags (app/models/flags.py), name -> value: a few rows, read in one statement."""
        with self.session() as s:
            return {name: value for name, value in s.connection().execute(FLAG_ROWS)}

    @staticmethod
    def _case(s: Session, case_id: int) -> Case:
        return _found(s.get(Case, case_id) if valid_id(case_id) else None, f"no case with id {case_id}")

    def lock_case(self, s: Session, case_id: int) -> Case:
        """The case row, locked for this transaction before anything of the case is read.

        Writing the row (a write that changes nothing) takes SQLite's write lock and PostgreSQL's row
        lock, so two desks' changes to one case happen one after the other, each on the other's rows.
        """
        if not valid_id(case_id):
            raise NotFound(f"no case with id {case_id}")
        done = s.execute(update(Case).where(Case.id == case_id).values(version=Case.version)
                         .execution_options(synchronize_session=False))
        if not done.rowcount:  # type: ignore[attr-defined]
            raise NotFound(f"no case with id {case_id}")
        return self._case(s, case_id)

    def _lock_of(self, s: Session, model: Any, row_id: int, what: str) -> int:
        """Lock the case a row (an evidence item, an event, a complaint) belongs to; its case id."""
        case_id = s.scalar(select(model.case_id).where(model.id == row_id)) if valid_id(row_id) else None
        if case_id is None:
            raise NotFound(f"no {what} with id {row_id}")
        self.lock_case(s, case_id)
        return int(case_id)

    def _touch(self, s: Session, case_id: int) -> datetime:
        """After lock_case: the case changed now."""
        stamp = now()
        self._case(s, case_id).updated_at = stamp
        return stamp


    def reindex_deadlines(self, s: Session, case_id: int) -> None:
        """The case's pending deadlines, rewritten in the same transaction as the change to its facts.

        A rule pack that cannot be read must never stop a case from being saved: the index is then
        left to be rebuilt in full once the packs read again (app.services.deadlines.ensure_index).
        """
        from app.core.errors import DomainError
        from app.models.convert import case_data
        from app.services.deadlines import INDEX_FLAG, index_case
        from app.services.rule_check import rulebook_for

        s.flush()
        row = self._case(s, case_id)
        s.expire(row, ["complaints"])
        try:
            index_case(s, case_id, case_data(row), rulebook_for(self.data_dir).packs())
        except DomainError:
            flag = s.get(StoreFlag, INDEX_FLAG)
            if flag is not None:
                s.delete(flag)


def _found(row: Row | None, missing: str) -> Row:
    if row is None:
        raise NotFound(missing)
    return row


