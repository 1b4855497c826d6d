"""Periods the law counts in days, working days and years, on the official Chinese calendar.

Pure: no clock, no I/O. Every input time is converted to Beijing time first, and a period runs
over Beijing calendar days:

- the starting day is not counted; counting begins the next day (民法典 Art. 201);
- a period counted in years ends on the corresponding day of the last year, the last day of the
  month when there is none (29 February -> 28 February; Art. 202);
- a last day that is a rest day (a weekend or a public holiday that is not a working weekend)
  moves to the next working day (Art. 203);
- working days follow the State Council's schedule as published in `chinesecalendar`: weekends,
  public holidays, and the weekend days that are worked instead. A year the package does not know
  (the schedule is published late in the year before) counts Monday to Friday, and every result
  that looked at such a day says it is an estimate.

A period ends at the end of its last day, 23:59:59.999999 Beijing time (the JSON contracts print
it to the second: ...T23:59:59+08:00); a moment is past the period only after that.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from app.core.timeutil import BEIJING, to_beijing

END_OF_DAY = time(23, 59, 59, 999999)
# A bound on rolling forward: no official run of rest days is anywhere near this long.
_MAX_ROLL = 60


@dataclass(frozen=True)
class Due:
    """The last day of a period, the moment it ends, and whether an unknown year was guessed."""

    day: date
    estimated: bool = False

    @property
    def at(self) -> datetime:
        return end_of_day(self.day)


def end_of_day(day: date) -> datetime:
    return datetime.combine(day, END_OF_DAY, tzinfo=BEIJING)


def beijing_day(moment: datetime) -> date:
    """The Beijing calendar day of a moment (a naive one is already Beijing time)."""
    return to_beijing(moment).date()


@lru_cache(maxsize=64)
def schedule_known(year: int) -> bool:
    """Whether the official schedule of `year` is known (chinesecalendar raises for other years)."""
    import chinese_calendar

    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def is_workday(day: date) -> tuple[bool, bool]:
    """(a working day, estimated). An unknown year: Monday to Friday, estimated."""
    if not schedule_known(day.year):
        return day.weekday() < 5, True
    import chinese_calendar

    return bool(chinese_calendar.is_workday(day)), False


def roll_to_workday(day: date) -> Due:
    """`day` if it is a working day, else the next working day (Art. 203)."""
    estimated = False
    for _ in range(_MAX_ROLL):
        work, guessed = is_workday(day)
        estimated = estimated or guessed
        if work:
            return Due(day, estimated)
        day += timedelta(days=1)
    raise ValueError(f"no working day within {_MAX_ROLL} days of {day}")


def after_working_days(start: datetime, n: int) -> Due:
    """The n-th working day after the day of `start` (that day itself not counted)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    day, counted, estimated = beijing_day(start), 0, False
    while counted < n:
        day += timedelta(days=1)
        work, guessed = is_workday(day)
        estimated = estimated or guessed
        counted += work
    return Due(day, estimated)


def after_days(start: datetime, n: int) -> Due:
    """n days after the day of `start`; a last day on a rest day moves to the next working day."""
    return roll_to_workday(beijing_day(start) + timedelta(days=n))


def add_years(day: date, n: int) -> date:
    """The corresponding day n years on; 29 February becomes the last day of February."""
    year = day.year + n
    last = calendar.monthrange(year, day.month)[1]
    return day.replace(year=year, day=min(day.day, last))


def after_years(start: datetime, n: int) -> Due:
    """n years after the day of `start`; a last day on a rest day moves to the next working day."""
    return roll_to_workday(add_years(beijing_day(start), n))
