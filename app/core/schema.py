"""The store's schema version this code reads and writes: the newest script in app/models/migrations/versions.

Kept apart from app.models.migrate so that the start-up's first page (app.services.first_page) can check a
database's version with sqlite3 alone, without loading SQLAlchemy; tests/core/test_migrations.py checks it is
Alembic's head.
"""

HEAD = "0014"
