"""The viewer's redaction tool: draw boxes over a picture and a PDF page, see them, remove them, save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.core.domain import EvidenceInfo
from app.core.privacy import PDF_DPI
from app.services.cases import CaseService
from app.views.tabs.evidence_viewer import EvidenceViewer
from app.views.tabs.redaction_tool import BoxItem
from app.views.widgets.workers import WorkerRunner
from tests.privacy_fixtures import SHOT_BOX, secret_pdf, secret_screenshot


def _item(service: CaseService, case_id: int, path: Path) -> EvidenceInfo:
    report = service.add_evidence(case_id, [path])
    return report.added[0]


def _open(qtbot: QtBot, service: CaseService, runner: WorkerRunner, item: EvidenceInfo) -> EvidenceViewer:
    viewer = EvidenceViewer(service, runner, item)
    qtbot.addWidget(viewer)
    viewer.resize(700, 900)
    viewer.show()
    assert viewer.view is not None
    qtbot.waitUntil(lambda: viewer.redact_button.isEnabled(), timeout=30000)
    viewer.view.set_zoom(1.0)
    qtbot.mouseClick(viewer.redact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer.canvas is not None, timeout=30000)
    return viewer


def drag(viewer: EvidenceViewer, start: QPointF, end: QPointF) -> None:
    """Press at `start`, move, release at `end` (scene coordinates), as a mouse would."""
    view = viewer.view
    assert view is not None
    view.ensureVisible(start.x(), start.y(), 1, 1)
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(view.viewport(), (a + b) / 2)
    QTest.mouseMove(view.viewport(), b)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def test_draw_a_box_on_a_picture_save_it_then_remove_it(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                                        case_id: int, tmp_path: Path) -> None:
    item = _item(service, case_id, secret_screenshot(tmp_path / "chat.png"))
    viewer = _open(qtbot, service, runner, item)
    b = SHOT_BOX
    drag(viewer, QPointF(b.x, b.y), QPointF(b.x + b.w, b.y + b.h))
    assert viewer.canvas is not None
    boxes = viewer.canvas.boxes()
    assert len(boxes) == 1 and boxes[0].isSelected()
    assert viewer.unsaved()
    (drawn,) = viewer.boxes()
    assert abs(drawn.x - b.x) <= 2 and abs(drawn.y - b.y) <= 2 and abs(drawn.w - b.w) <= 3
    with qtbot.waitSignal(viewer.redacted, timeout=30000) as saved:
        qtbot.mouseClick(viewer.bar.save, Qt.MouseButton.LeftButton)
    info = saved.args[0]
    assert info.redaction is not None and info.redaction.count == 1
    assert service.get_case(case_id).evidence[0].redaction == info.redaction
    assert viewer.redacted_label.text() == "1 area(s) redacted" and not viewer.unsaved()
    # A click on a box selects it; Delete removes it; saving with none clears the redaction.
    viewer.canvas.view.scene().clearSelection()
    centre = viewer.canvas.view.mapFromScene(QPointF(b.x + b.w / 2, b.y + b.h / 2))
    QTest.mouseClick(viewer.canvas.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert viewer.canvas.boxes()[0].isSelected()
    QTest.keyClick(viewer.canvas.view, Qt.Key.Key_Delete)
    assert viewer.canvas.boxes() == [] and viewer.unsaved()
    with qtbot.waitSignal(viewer.redacted, timeout=30000) as saved:
        viewer.save_redaction()
    assert saved.args[0].redaction is None
    assert service.get_case(case_id).evidence[0].redaction is None


def test_pdf_boxes_are_kept_in_page_pixels_at_200_dpi_and_shown_again(qtbot: QtBot, service: CaseService,
                                                                      runner: WorkerRunner, case_id: int,
                                                                      tmp_path: Path) -> None:
    item = _item(service, case_id, secret_pdf(tmp_path / "contract.pdf"))
    viewer = _open(qtbot, service, runner, item)
    assert viewer.view is not None and len(viewer.view.page_rects) == 2
    page2 = viewer.view.page_rects[1]
    # 72 pt = one inch from the top left of page 2 at the viewer's 108 dpi, one inch square.
    start = QPointF(page2.left() + 108, page2.top() + 108)
    drag(viewer, start, start + QPointF(108, 108))
    (box,) = viewer.boxes()
    assert box.page == 2
    assert abs(box.x - PDF_DPI) <= 3 and abs(box.y - PDF_DPI) <= 3 and abs(box.w - PDF_DPI) <= 4
    with qtbot.waitSignal(viewer.redacted, timeout=60000):
        viewer.save_redaction()
    viewer.close()
    again = _open(qtbot, service, runner, service.get_case(case_id).evidence[0])
    assert again.canvas is not None
    (shown,) = [i for i in again.canvas.boxes() if isinstance(i, BoxItem)]
    assert shown.page == 1 and abs(shown.rect().top() - (page2.top() + 108)) <= 1
    assert again.redacted_label.text() == "1 area(s) redacted"


def test_unsaved_boxes_are_not_lost_without_asking(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                                   case_id: int, tmp_path: Path,
                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    item = _item(service, case_id, secret_screenshot(tmp_path / "chat.png"))
    viewer = _open(qtbot, service, runner, item)
    drag(viewer, QPointF(10, 10), QPointF(80, 60))
    asked: list[str] = []

    def keep(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", keep)
    assert not viewer.stop_redaction() and viewer.canvas is not None
    assert asked and "not saved" in asked[0]
    viewer.close()
    assert viewer.isVisible()  # still open, the boxes still there
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert viewer.stop_redaction() and viewer.canvas is None
