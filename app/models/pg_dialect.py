"""SQLAlchemy's psycopg dialect, whose instances compare equal when they would compile the same SQL.

As app.models.db.SqliteDialect for SQLite: SQLAlchemy keys its cache of compiled statements by dialect
object, and each engine has its own, so every PostgreSQL engine of a process (each command run in a
process, each test's store) compiled every statement again. Kept out of app.models.db so that a
process that never opens a server does not import the PostgreSQL dialect: create_engine loads it by name.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg


class PostgresDialect(PGDialect_psycopg):
    """Equal to another when both are this class, talk to the same server version through the same driver and
    paramstyle, and read the same settings that change compiled SQL (string escapes, identifier length,
    default schema); the rest of a dialect's set-up is make_engine's, the same for every engine."""

    supports_statement_cache = True

    def _compiles_as(self) -> tuple[Any, ...]:
        return (type(self), self.server_version_info, self.paramstyle, self.dbapi, self.positional,
                self._backslash_escapes, self.max_identifier_length, self.label_length, self.default_schema_name,
                self._has_native_hstore, self.insert_returning, self.use_insertmanyvalues)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PostgresDialect) and other._compiles_as() == self._compiles_as()

    def __hash__(self) -> int:
        return hash(PostgresDialect)  # constant: the server's version is only known after the first connection
