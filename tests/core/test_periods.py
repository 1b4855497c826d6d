"""Legal periods on the official 2026 calendar (Civil Code Arts. 201-203; chinesecalendar's schedule)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core.periods import (
    Due,
    add_years,
    after_days,
    after_working_days,
    after_years,
    is_workday,
    roll_to_workday,
    schedule_known,
)
from app.core.timeutil import BEIJING, parse_datetime


def at(text: str) -> datetime:
    return parse_datetime(text)


def test_2026_schedule_is_the_official_one() -> None:
    # Weekday holidays and working weekends of 2026 as the State Council published them.
    for day in ("2026-01-01", "2026-02-16", "2026-02-20", "2026-02-23", "2026-10-01", "2026-10-07"):
        assert is_workday(date.fromisoformat(day)) == (False, False), day
    for day in ("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"):
        assert is_workday(date.fromisoformat(day)) == (True, False), day


@pytest.mark.parametrize(
    ("filed", "due"),
    [
        # National Day: 1-7 October off, Saturday 10 October worked.
        ("2026-09-29T10:00:00+08:00", date(2026, 10, 14)),
        # Spring Festival: 15-23 February off, Saturdays 14 and 28 February worked.
        ("2026-02-12T10:00:00+08:00", date(2026, 2, 28)),
        ("2026-02-13T18:00:00+08:00", date(2026, 3, 2)),
        # Filed on a holiday: the filing day is never counted anyway.
        ("2026-10-03T09:00:00+08:00", date(2026, 10, 15)),
        # An ordinary week.
        ("2026-03-02T10:00:00+08:00", date(2026, 3, 11)),
    ],
)
def test_seven_working_days_after_filing(filed: str, due: date) -> None:
    result = after_working_days(at(filed), 7)
    assert result == Due(due, estimated=False)


def test_other_offsets_are_beijing_days_first() -> None:
    # 16:30 UTC on 2 March is 00:30 on 3 March in Beijing: the filing day is the 3rd.
    assert after_working_days(at("2026-03-02T16:30:00+00:00"), 7).day == date(2026, 3, 12)
    assert after_working_days(at("2026-03-02T16:30:00Z"), 7).day == date(2026, 3, 12)
    # 05:30 at UTC-05:00 is 18:30 in Beijing: still the 2nd.
    assert after_working_days(at("2026-03-02T05:30:00-05:00"), 7).day == date(2026, 3, 11)
    # A naive time is Beijing time.
    assert after_working_days(at("2026-03-02T23:59:59"), 7).day == date(2026, 3, 11)


def test_year_boundary_into_an_unknown_year_is_estimated() -> None:
    assert not schedule_known(2027) or pytest.skip("chinesecalendar now knows 2027")
    # 29-31 December counted on the official calendar, then Monday to Friday of 2027, marked.
    result = after_working_days(at("2026-12-28T10:00:00+08:00"), 7)
    assert result == Due(date(2027, 1, 6), estimated=True)
    # Ending inside 2026 is not an estimate, even near the boundary.
    assert after_working_days(at("2026-12-18T10:00:00+08:00"), 7) == Due(date(2026, 12, 29), False)
    # Years before the package's data are unknown too.
    assert is_workday(date(2003, 6, 2)) == (True, True)


@pytest.mark.parametrize(
    ("accepted", "due", "estimated"),
    [
        ("2026-08-02T10:00:00+08:00", date(2026, 10, 8), False),  # day 60 is 1 October: after the holiday
        ("2026-08-11T10:00:00+08:00", date(2026, 10, 10), False),  # a worked Saturday is not a rest day
        ("2026-09-01T10:00:00+08:00", date(2026, 11, 2), False),  # Saturday 31 October -> Monday
        ("2026-12-17T10:00:00+08:00", date(2027, 2, 15), True),  # lands in 2027: Monday, but an estimate
        ("2026-11-10T10:00:00+08:00", date(2027, 1, 11), True),  # Saturday in 2027 -> Monday, estimated
    ],
)
def test_sixty_days_after_acceptance(accepted: str, due: date, estimated: bool) -> None:
    assert not schedule_known(2027) or pytest.skip("chinesecalendar now knows 2027")
    assert after_days(at(accepted), 60) == Due(due, estimated)


def test_three_years() -> None:
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert add_years(date(2026, 3, 10), 3) == date(2029, 3, 10)
    # 20 June 2026 is a Saturday after the Dragon Boat Festival (19 June): Monday 22 June.
    assert after_years(at("2023-06-20T15:00:00+08:00"), 3) == Due(date(2026, 6, 22), False)
    # 28 February 2027 (from 29 February 2024) is a Sunday: Monday 1 March, in a year not yet published.
    assert after_years(at("2024-02-29T12:00:00+08:00"), 3) == Due(date(2027, 3, 1), True)


def test_rest_day_roll_and_end_of_day() -> None:
    assert roll_to_workday(date(2026, 10, 1)) == Due(date(2026, 10, 8), False)
    assert roll_to_workday(date(2026, 2, 14)) == Due(date(2026, 2, 14), False)
    due = after_days(at("2026-08-02T10:00:00+08:00"), 60)
    assert due.at == datetime(2026, 10, 8, 23, 59, 59, 999999, tzinfo=BEIJING)
    assert due.at.isoformat() == "2026-10-08T23:59:59.999999+08:00"
