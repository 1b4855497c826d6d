"""Screenshots of filing and tracking (Chinese): the 投诉进展 tab, the 待办 view and the 网上投诉 helper.

Run from the repository root: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_filing_screenshots.py`.
Writes docs/tab-complaints.png, docs/agenda.png and docs/online-filing.png from a temporary data folder
(four cases at different stages); nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_tab_screenshots import make_files, realistic_case, settle, shoot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.domain import CaseData, Complaint  # noqa: E402
from app.core.settings import Settings, save_settings  # noqa: E402
from app.core.timeutil import now  # noqa: E402
from app.services.cases import CaseService  # noqa: E402
from app.views.shell.application import create_main_window  # noqa: E402


def working_days_ago(days: int):  # type: ignore[no-untyped-def]
    """A time `days` working days back (weekends skipped; good enough for a picture)."""
    at = now().replace(hour=10, minute=0, second=0, microsecond=0)
    while days:
        at -= timedelta(days=1)
        days -= at.weekday() < 5
    return at


def other_cases(service: CaseService) -> None:
    """Four more cases: three with deadlines in the coming two weeks (the to-do view), one whose
    acceptance decision fell due since the last start (the notice)."""
    base = realistic_case()
    for title, shop, refused_days, complaint in (
        ("抖音书法课退款", "墨香书院", 40, Complaint("market_regulator", filed_at=now() - timedelta(days=50),
                                                        number="1231500000456",
                                                        accepted_at=now() - timedelta(days=52 - 3))),
        ("快手理财课退款（三年将满）", "财富课堂", 3 * 365 - 6, None),
        ("快手编程课退款", "码上学", 6, Complaint("market_regulator", filed_at=working_days_ago(5),
                                                  number="1231500000789")),
        ("快手口才课退款（未获受理答复）", "口才训练营", 20,
         Complaint("market_regulator", filed_at=working_days_ago(10), number="1231500000321")),
    ):
        refused = now() - timedelta(days=refused_days)
        data = CaseData(title=title, consumer=base.consumer, merchant=base.merchant.__class__(
            name=f"{shop}教育科技有限公司", shop=shop, address="杭州市西湖区某路8号"), order=base.order.__class__(
            number="2026", item=title[2:5], amount=base.order.amount, paid_at=refused - timedelta(days=2)),
            refund=base.refund.__class__(status="refused", requested_at=refused - timedelta(days=1),
                                         refused_at=refused))
        case_id = service.create_case(data)
        if complaint is not None:
            service.add_complaint(case_id, complaint)


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        data_dir = work / "data"
        service = CaseService(data_dir)
        other_cases(service)
        data = realistic_case()
        assert data.refund.requested_at is not None
        data.refund.refused_at = data.refund.requested_at + timedelta(hours=6)
        case_id = service.create_case(data)
        paid = data.order.paid_at
        assert paid is not None
        for path, kind, source, proves in make_files(work / "in"):
            item = service.add_evidence(case_id, [path]).added[0]
            service.update_evidence(item.id, kind=kind, source=source, proves=proves,
                                    occurred_at=paid + timedelta(minutes=10 * item.position))
        service.add_complaint(case_id, Complaint("platform", filed_at=data.refund.refused_at + timedelta(hours=2),
                                                 closed_at=data.refund.refused_at + timedelta(hours=20),
                                                 outcome="refused", notes="平台客服称需商家同意"))
        service.add_complaint(case_id, Complaint("market_regulator", filed_at=now() - timedelta(hours=3),
                                                 number="1231500000123", notes="12315网站提交，附证据图片6张"))
        # The last start was ten days ago: the window says what fell due since.
        save_settings(data_dir, Settings(last_opened=(now() - timedelta(days=10)).isoformat()))

        window = create_main_window(service, app)
        window.show()
        settle(lambda: window.case_list.model.rowCount() == 5)
        settle(lambda: "due_notice" in window.__dict__ and not window.due_notice.isHidden())
        window.open_case(case_id, "complaints")
        panel = window.panels["complaints"]
        settle(lambda: panel.loaded is not None)  # type: ignore[attr-defined]
        shoot(window, "tab-complaints.png")

        agenda = window.open_agenda()
        assert agenda is not None
        settle(lambda: agenda.table.rowCount() > 0)
        shoot(agenda, "agenda.png")
        agenda.close()

        helper = panel.open_online_filing()  # type: ignore[attr-defined]
        settle(lambda: bool(helper.fields))
        helper.resize(900, 1000)
        helper.write_pictures(work / "upload")
        settle(lambda: helper.report is not None, 120000)
        helper.copy("problem_short")
        shoot(helper, "online-filing.png")
        helper.close()
        window.close()
        service.close()


if __name__ == "__main__":
    main()
