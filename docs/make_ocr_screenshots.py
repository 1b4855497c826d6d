"""Screenshots of reading the evidence: the proposal view and a search hit (docs/ocr-*.png).

Run from the repository root: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_ocr_screenshots.py`.
The real window reads the drawn screenshots in its OCR worker process, as after an import.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QGraphicsRectItem  # noqa: E402

from app.core.domain import CaseData, Consumer, Order  # noqa: E402
from app.services.cases import CaseService  # noqa: E402
from app.views.shell.application import create_main_window  # noqa: E402
from app.views.tabs.evidence_viewer import EvidenceViewer  # noqa: E402
from docs.make_tab_screenshots import settle, shoot  # noqa: E402
from tests.ocr_screens import make, save  # noqa: E402


def marked(view) -> bool:  # type: ignore[no-untyped-def]
    return any(isinstance(i, QGraphicsRectItem) for i in view.scene().items())


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        service = CaseService(work / "data")
        case_id = service.create_case(CaseData(title="直播间书法课退款", consumer=Consumer(name="王小明"),
                                               order=Order(item="书法课")))
        shots = [save(make("wechat", 8, (750, 1334))[0], work / "微信支付账单.png"),
                 save(make("chat", 9, (750, 1334))[0], work / "客服聊天.png")]
        service.add_evidence(case_id, shots)
        window = create_main_window(service, app)
        window.show()
        settle(lambda: window.case_list.model.rowCount() == 1)
        window.open_case(case_id, "evidence")
        evidence = window.panels["evidence"]
        settle(lambda: evidence.reading.state[0] == "found", 300000)  # type: ignore[attr-defined]
        evidence.reading.review_button.click()  # type: ignore[attr-defined]
        settle(lambda: getattr(evidence, "proposal_dialog", None) is not None)
        dialog = evidence.proposal_dialog  # type: ignore[attr-defined]
        keys = [p.key for p in dialog.proposals]
        dialog.table.selectRow(keys.index("merchant.name"))
        settle(lambda: marked(dialog.view) and "商户全称" in dialog.exhibit.text())
        dialog.view.set_zoom(0.6)
        dialog.view.centerOn(dialog.view.scene().items()[0])
        shoot(dialog, "ocr-proposals.png")
        dialog.reject()

        evidence.evidence_search.box.setText("退款")  # type: ignore[attr-defined]
        settle(lambda: evidence.evidence_search.hits.count() > 0)  # type: ignore[attr-defined]
        hits = evidence.evidence_search.hits  # type: ignore[attr-defined]
        hits.itemClicked.emit(hits.item(0))
        settle(lambda: evidence.findChild(EvidenceViewer) is not None)
        viewer = evidence.findChild(EvidenceViewer)
        settle(lambda: marked(viewer.view))
        viewer.resize(900, 700)
        window.resize(1280, 800)
        shoot(window, "ocr-search.png")
        shoot(viewer, "ocr-search-hit.png")
        viewer.close()
        window.close()
        service.close()


if __name__ == "__main__":
    main()
