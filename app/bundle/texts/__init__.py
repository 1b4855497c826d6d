"""Every word the bundle prints, in Chinese and English.

Keys are looked up with Texts(lang)(key, **fields); a missing key is a bug, so it raises. The words live
beside this file by what they are printed on: pages.py (the bundle's own pages), complaint.py (the complaint
letter, its facts and grounds, the letter of authorisation), court.py (the statement of claim and the
evidence list).
"""

from __future__ import annotations

from app.bundle.texts import complaint, court, pages

ZH: dict[str, str] = {**pages.ZH, **complaint.ZH, **court.ZH}
EN: dict[str, str] = {**pages.EN, **complaint.EN, **court.EN}
TABLES = {"zh": ZH, "en": EN}


class Texts:
    """The strings of one language; call with a key and its fields."""

    def __init__(self, lang: str) -> None:
        if lang not in TABLES:
            raise ValueError(f"unknown bundle language: {lang!r}")
        self.lang = lang
        self._table = TABLES[lang]

    def __call__(self, key: str, **fields: object) -> str:
        return self._table[key].format(**fields)

    def has(self, key: str) -> bool:
        return key in self._table
