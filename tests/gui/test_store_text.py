"""Database failures in the window's language; the command line keeps the core's English."""

from __future__ import annotations

from app.core.errors import StoreUnavailable
from app.models.db import MEANINGS as CORE_MEANINGS
from app.views.widgets.i18n import LanguageSwitcher
from app.views.widgets.store_text import MEANINGS, store_text


def test_every_meaning_the_core_gives_is_marked_for_translation() -> None:
    assert set(MEANINGS) == set(CORE_MEANINGS)


def test_store_failures_follow_the_window_language(languages: LanguageSwitcher) -> None:
    full = StoreUnavailable("/d/cases.sqlite3", "the disk is full", "database or disk is full")
    odd = StoreUnavailable("/d/cases.sqlite3", None, "something SQLite said")
    languages.apply("zh_CN")
    assert store_text(full) == ("/d/cases.sqlite3：案件数据库无法使用：磁盘已满 (database or disk is full)；"
                                "没有做任何更改")
    assert store_text(odd) == "/d/cases.sqlite3：案件数据库无法使用：something SQLite said；没有做任何更改"
    languages.apply("en")
    assert store_text(full) == str(full) == ("/d/cases.sqlite3: the case database cannot be used: the disk is full "
                                             "(database or disk is full); nothing was changed")
