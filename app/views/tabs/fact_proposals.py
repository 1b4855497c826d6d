"""The facts the screenshots show, for the user to accept or correct one by one.

Each row: the fact, what the case says now, what was found (editable: a correction is taken as
typed), and the exhibit that shows it; the picture beside shows that exhibit with the words that
show the fact highlighted. Only ticked rows are written, through the case service.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.privacy import PDF_DPI
from app.evidence.ocr.pdfpages import is_pdf
from app.views.tabs.zoom_view import PDF_SCALE, ZoomView, load_image, render_pdf_page
from app.views.widgets.guards import if_alive
from app.views.widgets.labels import field_labels, kind_label
from app.views.widgets.workers import WorkerRunner

if TYPE_CHECKING:
    from app.services.cases import CaseService
    from app.services.proof import Proposal

class FactProposalDialog(QDialog):
    COLUMNS = 4

    def __init__(self, service: CaseService, runner: WorkerRunner, case_id: int, proposals: list[Proposal],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner, self.case_id, self.proposals = service, runner, case_id, proposals
        self.resize(1100, 720)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(proposals), self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.view = ZoomView()
        self.exhibit = QLabel()
        self.exhibit.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.exhibit)
        side_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([620, 460])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._fill()
        self.table.currentCellChanged.connect(lambda row, *_a: self.show_row(row))
        self.retranslate()
        if proposals:
            self.table.selectRow(0)
            self.show_row(0)

    def fact_label(self, p: Proposal) -> str:
        if p.evidence_id is not None:
            n = p.sightings[0].exhibit
            if p.key == "evidence.kind":
                return self.tr("Kind of exhibit {n}").format(n=n)
            return self.tr("Date of exhibit {n}").format(n=n)
        return field_labels().get(p.key, p.key)

    def shown_value(self, p: Proposal, value: str) -> str:
        return kind_label(value) if p.key == "evidence.kind" and value else value

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Facts found in the screenshots"))
        self.intro.setText(self.tr("Tick the facts to put into the case; correct a value by editing it. "
                                   "The picture shows where each was read."))
        self.table.setHorizontalHeaderLabels([self.tr("Fact"), self.tr("In the case now"),
                                              self.tr("Found (editable)"), self.tr("Shown by")])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Put ticked facts into the case"))
        for row, p in enumerate(self.proposals):
            self.cell(row, 0).setText(self.fact_label(p))
            if p.key == "evidence.kind":  # shown in words, stored as a code
                self.cell(row, 1).setText(self.shown_value(p, p.case_value))
                self.cell(row, 2).setText(self.shown_value(p, p.value))
            self.cell(row, 3).setText(self.shown_by(p))
        self.table.resizeColumnsToContents()

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def shown_by(self, p: Proposal) -> str:
        return "; ".join(self.tr("Exhibit {n} 「{title}」").format(n=s.exhibit, title=s.title) for s in p.sightings)

    def _fill(self) -> None:
        for row, p in enumerate(self.proposals):
            fact = QTableWidgetItem()
            fact.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            fact.setCheckState(Qt.CheckState.Checked)
            now = QTableWidgetItem(p.case_value)
            now.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            found = QTableWidgetItem(p.value)
            if p.key == "evidence.kind":  # a choice, not free text: ticked or not
                found.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            shown = QTableWidgetItem()
            shown.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for col, item in enumerate((fact, now, found, shown)):
                self.table.setItem(row, col, item)

    def show_row(self, row: int) -> None:
        if not 0 <= row < len(self.proposals):
            return
        sighting = self.proposals[row].sightings[0]
        self.exhibit.setText(self.tr("Exhibit {n} 「{title}」: {line}").format(
            n=sighting.exhibit, title=sighting.title, line=sighting.line))
        service, item_id = self.service, sighting.evidence_id

        def work(_p: Any, _c: Any) -> tuple[QImage, list[tuple[int, int, int, int]], float]:
            from app.services.proof import exhibit_picture

            path, orientation, reading = exhibit_picture(service, item_id)
            pages = reading.pages if reading is not None else []
            if is_pdf(path):  # the page that shows it; the boxes are pixels of the page at PDF_DPI
                page = pages[sighting.lines[0]] if sighting.lines and sighting.lines[0] < len(pages) else 1
                boxes = [reading.lines[i].box for i in sighting.lines
                         if reading is not None and i < len(pages) and pages[i] == page]
                return render_pdf_page(path, page), boxes, PDF_SCALE * 72 / PDF_DPI
            image = load_image(path, orientation)
            if reading is None or not reading.width:
                return image, [], 1.0
            boxes = [reading.lines[i].box for i in sighting.lines if i < len(reading.lines)]
            return image, boxes, image.width() / reading.width

        # The picture may come back after the dialog closed (seen in the tests under load): then nothing to show.
        self.runner.run(work, on_done=if_alive(self.table, lambda r: self._picture(row, *r)))

    def _picture(self, row: int, image: QImage, boxes: list[tuple[int, int, int, int]], scale: float) -> None:
        if self.table.currentRow() not in (row, -1):
            return
        self.view.show_images([image])
        self.view.mark(boxes, scale)

    def accepted_values(self) -> dict[str, str]:
        """The ticked case facts, as shown (corrections included)."""
        out = {}
        for row, p in enumerate(self.proposals):
            if p.evidence_id is None and self.cell(row, 0).checkState() == Qt.CheckState.Checked:
                out[p.key] = self.cell(row, 2).text().strip()
        return out

    def accepted_items(self) -> list[tuple[int, str, str]]:
        """The ticked suggestions for items: (item id, field, value)."""
        out = []
        for row, p in enumerate(self.proposals):
            if p.evidence_id is not None and self.cell(row, 0).checkState() == Qt.CheckState.Checked:
                value = p.value if p.key == "evidence.kind" else self.cell(row, 2).text().strip()
                out.append((p.evidence_id, p.key, value))
        return out

    def apply(self) -> None:
        values, items, service, case_id = self.accepted_values(), self.accepted_items(), self.service, self.case_id
        if not values and not items:
            self.reject()
            return

        def work(_p: Any, _c: Any) -> None:
            from app.services import proof

            if values:
                proof.apply(service, case_id, values)
            proof.apply_items(service, items)

        self.buttons.setEnabled(False)
        self.runner.run(work, write=True, on_done=lambda _r: self.accept(), on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(self.tr("Not saved: {error}").format(error=exc))


def review_facts(panel: Any, case_id: int) -> None:
    """Work out the proposals off the UI thread, then show them (the panel's "Review found facts")."""
    service = panel.service

    def work(_p: Any, _c: Any) -> list[Proposal]:
        from app.services.proof import item_suggestions, proposals

        return proposals(service, case_id) + item_suggestions(service, case_id)

    def show(found: list[Proposal]) -> None:
        if not found or panel.case_id != case_id:
            return
        dialog = FactProposalDialog(service, panel.runner, case_id, found, panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(panel.changed.emit)
        dialog.accepted.connect(lambda: panel.reading.start(case_id))
        panel.proposal_dialog = dialog
        dialog.show()

    panel.runner.run(work, on_done=show)
