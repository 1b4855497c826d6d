"""Screenshot of Case → 共同投诉 (Chinese): one joint complaint of three cases, consent and representatives
recorded, and a suggested group of two more cases against another business.

Run from the repository root: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_joint_screenshots.py`.
Writes docs/joint.png from a temporary data folder; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_tab_screenshots import settle, shoot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.domain import CaseData, Consumer, Merchant, Order  # noqa: E402
from app.services import joint  # noqa: E402
from app.services.cases import CaseService  # noqa: E402
from app.views.shell.application import create_main_window  # noqa: E402

PEOPLE = (("王芳", "199.00"), ("李强", "399.00"), ("陈静", "299.00"))


def cases(service: CaseService) -> list[int]:
    ids = []
    for n, (name, amount) in enumerate(PEOPLE, 1):
        ids.append(service.create_case(CaseData(
            title=f"{name}的英语课退款",
            consumer=Consumer(name=name, phone=f"1391234567{n}", address=f"北京市某路{n}号"),
            merchant=Merchant(name="杭州某某教育科技有限公司" if n != 2 else "杭州某某教育科技 有限公司",
                              shop="某某英语课堂", address="杭州市西湖区文三路100号"),
            order=Order(number=f"2026110100000{n}", item="30天英语速成课", amount=Decimal(amount)))))
    for name in ("赵敏", "孙伟"):
        service.create_case(CaseData(title=f"{name}的书法课退款", consumer=Consumer(name=name),
                                     merchant=Merchant(name="墨香书院（上海）文化传播有限公司", shop="墨香书院"),
                                     order=Order(amount=Decimal("599.00"))))
    return ids


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        service = CaseService(Path(tmp) / "data")
        ids = cases(service)
        info = joint.create(service, ids, "杭州某某教育科技有限公司 英语课 共同投诉")
        for case_id in ids:
            joint.consent(service, info.id, case_id, how="签署推选代表人书")
        joint.elect(service, info.id, ids[:2])
        window = create_main_window(service, app)
        window.show()
        settle(lambda: window.case_list.model.rowCount() == 5)
        window.commands["joint"].trigger()
        dialog = window.joint_dialog
        settle(lambda: dialog.current is not None and dialog.suggestion_list.count() == 1)
        shoot(dialog, "joint.png")
        dialog.close()
        window.close()
        service.close()


if __name__ == "__main__":
    main()
