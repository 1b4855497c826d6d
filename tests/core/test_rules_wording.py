"""Number and duration wording used in rule reasons and reports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.rules.engine import EVIDENCE_NEEDED, FIELDS_NEEDED
from app.rules.result import REMEDIES, VERDICTS
from app.rules.wording import EVIDENCE_WORDS, FIELD_WORDS, REMEDY_WORDS, VERDICT_WORDS, duration, money, percent, when


@pytest.mark.parametrize(
    ("span", "zh", "en", "en_long"),
    [
        (timedelta(days=3, hours=14), "3天14小时", "3 d 14 h", "3 days 14 hours"),
        (timedelta(hours=6), "6小时", "6 h", "6 hours"),
        (timedelta(hours=6, seconds=1), "6小时1分钟", "6 h 1 min", "6 hours 1 minute"),
        (timedelta(days=1, minutes=5), "1天5分钟", "1 d 5 min", "1 day 5 minutes"),
        (timedelta(0), "0分钟", "0 min", "0 minutes"),
        (timedelta(hours=-2), "-2小时", "-2 h", "-2 hours"),
    ],
)
def test_duration(span: timedelta, zh: str, en: str, en_long: str) -> None:
    assert duration(span, "zh") == zh
    assert duration(span, "en") == en
    assert duration(span, "en", long=True) == en_long


def test_numbers() -> None:
    assert percent(Decimal("5")) == "5%" and percent(Decimal("5.10")) == "5.1%" and percent(Decimal("100")) == "100%"
    assert money(Decimal("300")) == "¥300.00"
    utc = datetime(2024, 5, 1, 2, 0, tzinfo=UTC)
    assert when(utc) == "2024-05-01 10:00" and when(utc + timedelta(seconds=1)) == "2024-05-01 10:00:01"


def test_word_tables_cover_the_vocabulary() -> None:
    assert set(VERDICTS) <= set(VERDICT_WORDS)
    assert set(REMEDIES) <= set(REMEDY_WORDS)
    assert set(EVIDENCE_NEEDED) | {"promo"} <= set(EVIDENCE_WORDS)
    assert set(FIELDS_NEEDED) <= set(FIELD_WORDS)
