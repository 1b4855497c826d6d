"""GUI fixtures: a worker runner, a realistic case, the main window, translations; bulk case rows.

The store (`service`, in `data_dir`) comes from tests/conftest.py; pictures and cases to put in it from
tests/gui/factories.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from app.core.domain import CaseData, Consumer, Course, Merchant, Order, Refund
from app.core.settings import Profile, Settings
from app.core.timeutil import BEIJING, now
from app.models import Case
from app.services.cases import CaseService
from app.views.shell.main_window import MainWindow
from app.views.widgets.i18n import LanguageSwitcher
from app.views.widgets.qt_fonts import register_fonts
from app.views.widgets.workers import WorkerRunner
from tests.gui.factories import realistic_case

PROFILE = Profile(name="王小明", phone="13800138000", address="北京市朝阳区示例路1号")


def _end_jobs(r: WorkerRunner) -> None:
    r.cancel_all()
    assert r.wait(60000), "background jobs did not end"


@pytest.fixture
def runner(qapp: object, service: CaseService) -> Iterator[WorkerRunner]:
    """Ends after every job ended, and before the store closes (it depends on `service`)."""
    r = WorkerRunner()
    yield r
    _end_jobs(r)


@pytest.fixture
def storeless_runner(qapp: object) -> Iterator[WorkerRunner]:
    """For a window that opens its store itself (or fails to): no store is opened for the test."""
    r = WorkerRunner()
    yield r
    _end_jobs(r)


@pytest.fixture
def case_id(service: CaseService) -> int:
    return service.create_case(realistic_case())


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def app_fonts(qapp: QApplication) -> None:
    """The bundled CJK font, registered once per test process as the app does at its start (each test had
    registered it again: ~2 ms apiece)."""
    register_fonts(qapp)


@pytest.fixture
def languages(qapp: QApplication, app_fonts: None) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp)
    switcher.apply("zh_CN")
    yield switcher
    switcher.clear()


def make_window(qtbot: QtBot, service: CaseService | None, runner: WorkerRunner, data_dir: Path,
                languages: LanguageSwitcher, tmp_path: Path, **kwargs: object) -> MainWindow:
    window = MainWindow(data_dir=data_dir, runner=runner, settings=Settings(profile=PROFILE), languages=languages,
                        service=service, location=tmp_path / "location.json", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


@pytest.fixture
def window(qtbot: QtBot, service: CaseService, runner: WorkerRunner, data_dir: Path, languages: LanguageSwitcher,
           tmp_path: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, service, runner, data_dir, languages, tmp_path)
    with qtbot.waitSignal(win.case_list.loaded, timeout=10000):
        win.show()
    yield win
    win.close()  # saves pending edits and waits for jobs while the store is still open


def recent_case(progress: str = "3", title: str = "快手英语课退款") -> CaseData:
    """Bought a day ago, the course started two hours ago, no refund asked yet: 3% is within 7 days / 5%."""
    paid = now() - timedelta(days=1)
    return CaseData(
        title=title,
        consumer=Consumer(name="张三", phone="13800000000", address="北京市朝阳区某路1号"),
        merchant=Merchant(name="某某教育科技有限公司", shop="某某课堂", address="杭州市某区某路2号"),
        order=Order(number="2026110112345678", item="30天英语速成课", amount=Decimal("199.00"), paid_at=paid,
                    channel="微信支付"),
        course=Course(starts_at=now() - timedelta(hours=2), progress_percent=Decimal(progress)),
        refund=Refund(status="not_requested"),
    )


def bulk_cases(service: CaseService, count: int, start: datetime | None = None) -> None:
    """Insert many case rows at once through the service's engine (no audit entries: tests only)."""
    stamp = start or datetime(2026, 1, 1, tzinfo=BEIJING)
    statuses = ("open", "submitted", "resolved", "closed")
    rows = [
        {
            "title": f"快手课程退款 {n:05d}", "platform": "kuaishou", "status": statuses[n % 4],
            "consumer_name": f"用户{n % 300}", "merchant_name": f"商家{n % 50}教育", "merchant_shop": f"课堂{n % 70}",
            "order_number": f"26{n:012d}", "order_item": "英语课", "order_amount": Decimal("199.00"),
            "order_paid_at": stamp - timedelta(days=3), "refund_status": "refused", "refund_amount": Decimal("0.00"),
            "course_misrepresented": False, "created_at": stamp, "updated_at": stamp + timedelta(seconds=n),
        }
        for n in range(count)
    ]
    with service.transaction() as s:
        s.execute(insert(Case), rows)
