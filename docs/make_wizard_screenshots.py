"""Screenshots of the new-case wizard started from screenshots (docs/wizard-from-screenshots*.png).

Run from the repository root: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_wizard_screenshots.py`.
The real wizard reads two drawn screenshots (an order page and a WeChat Pay bill of the same purchase) in
its OCR worker process; the first picture is its first page after the reading, the second the order page
with the fields filled in and the file each was read from.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from app.services.cases import CaseService  # noqa: E402
from app.views.shell.application import create_main_window  # noqa: E402
from docs.make_tab_screenshots import settle, shoot  # noqa: E402
from tests.ocr_screens import make, save  # noqa: E402


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        service = CaseService(work / "data")
        # Same seed: the order page and the bill show the same amount and payment time.
        shots = [save(make("order", 5, (750, 1334))[0], work / "快手订单详情.png"),
                 save(make("wechat", 5, (750, 1334))[0], work / "微信支付账单.png")]
        window = create_main_window(service, app)
        window.show()
        settle(lambda: window.case_list.model is not None)
        wizard = window.new_case()
        assert wizard is not None
        wizard.resize(760, 640)
        wizard.inputs["title"].setText("快手课程退款")  # type: ignore[attr-defined]
        wizard.shots.read_files(shots)
        settle(lambda: wizard.shots.state[0] == "done", 300000)
        shoot(wizard, "wizard-from-screenshots.png")
        wizard.button(QWizard.WizardButton.NextButton).click()
        settle(lambda: wizard.currentId() == 1)
        shoot(wizard, "wizard-from-screenshots-order.png")
        wizard.discard()
        window.close()
        service.close()


if __name__ == "__main__":
    main()
