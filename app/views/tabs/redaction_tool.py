"""The evidence viewer's redaction tool: draw boxes over a picture or PDF page, see them, remove them, save.

Boxes are drawn on the pages the viewer shows (a picture, possibly scaled down, or PDF pages at 108
dpi) and kept in the pixels the service takes (the upright picture, or PDF pages at 200 dpi): each
page has its own factor. Saving runs in a worker (app/services/redaction.py makes the redacted copy);
suggestions come from the text recognised on a picture, when there is any.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.core.privacy import RedactionBox

FILL = QColor(0, 0, 0, 235)  # nearly what the copy will show; a trace of what it covers stays visible here
EDGE = QColor(220, 40, 40)
MIN_SIDE = 3.0  # scene pixels: a click is not a box


class BoxItem(QGraphicsRectItem):
    """One box on one page, selectable; its rectangle is in scene coordinates."""

    def __init__(self, page: int, rect: QRectF, suggested: str = "") -> None:
        super().__init__(rect)
        self.page = page
        self.suggested = suggested  # what recognised text it covers, when the app proposed it
        self.setBrush(QBrush(FILL))
        self.setPen(QPen(EDGE, 0))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(10)

    def paint(self, painter, option, widget=None):  # type: ignore[no-untyped-def]
        pen = QPen(EDGE, 0)
        if self.isSelected():
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(3.0)
            pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(self.brush())
        painter.drawRect(self.rect())


class PageGeometry:
    """Where each page sits in the scene and how many box pixels one scene pixel is."""

    def __init__(self, rects: Sequence[QRectF], spaces: Sequence[tuple[int, int]]) -> None:
        self.rects = list(rects)
        self.factors = [(w / r.width() if r.width() else 1.0, h / r.height() if r.height() else 1.0)
                        for r, (w, h) in zip(self.rects, spaces, strict=False)]

    def page_at(self, point: QPointF) -> int | None:
        for n, rect in enumerate(self.rects):
            if rect.contains(point):
                return n
        return None

    def to_box(self, page: int, rect: QRectF) -> RedactionBox | None:
        """A scene rectangle on a page as a box in that page's pixels, rounded outwards (never smaller)."""
        if page >= len(self.factors):
            return None
        inside = rect.intersected(self.rects[page])
        if inside.isEmpty():
            return None
        fx, fy = self.factors[page]
        top_left = inside.topLeft() - self.rects[page].topLeft()
        x0, y0 = math.floor(top_left.x() * fx), math.floor(top_left.y() * fy)
        x1, y1 = math.ceil((top_left.x() + inside.width()) * fx), math.ceil((top_left.y() + inside.height()) * fy)
        return RedactionBox(page + 1, max(0, x0), max(0, y0), max(1, x1 - x0), max(1, y1 - y0))

    def to_scene(self, box: RedactionBox) -> QRectF | None:
        n = box.page - 1
        if not 0 <= n < len(self.factors):
            return None
        fx, fy = self.factors[n]
        origin = self.rects[n].topLeft()
        return QRectF(origin.x() + box.x / fx, origin.y() + box.y / fy, box.w / fx, box.h / fy)


class RedactionCanvas:
    """Drawing boxes on a viewer's QGraphicsView while the tool is on."""

    def __init__(self, view: QGraphicsView, geometry: PageGeometry) -> None:
        self.view = view
        self.geometry = geometry
        self.drawing: BoxItem | None = None
        self.start = QPointF()

    def boxes(self) -> list[BoxItem]:
        return [i for i in self.view.scene().items() if isinstance(i, BoxItem)]

    def add(self, box: RedactionBox, suggested: str = "") -> BoxItem | None:
        rect = self.geometry.to_scene(box)
        if rect is None:
            return None
        item = BoxItem(box.page - 1, rect, suggested)
        self.view.scene().addItem(item)
        return item

    def remove_selected(self) -> int:
        chosen = [b for b in self.boxes() if b.isSelected()]
        for item in chosen:
            self.view.scene().removeItem(item)
        return len(chosen)

    def clear(self) -> None:
        for item in self.boxes():
            self.view.scene().removeItem(item)

    def result(self) -> list[RedactionBox]:
        out = [self.geometry.to_box(b.page, b.rect()) for b in self.boxes()]
        return sorted({b for b in out if b is not None})

    # ----- the mouse, forwarded by the view while the tool is on ----------------------------------
    def press(self, event: QMouseEvent) -> bool:
        """True when the press starts a box (over a page, not on a box: a box is selected instead)."""
        point = self.view.mapToScene(event.position().toPoint())
        hit = self.view.scene().itemAt(point, self.view.transform())
        if isinstance(hit, BoxItem) or event.button() != Qt.MouseButton.LeftButton:
            return False
        page = self.geometry.page_at(point)
        if page is None:
            return False
        self.view.scene().clearSelection()
        self.start = point
        self.drawing = BoxItem(page, QRectF(point, point))
        self.view.scene().addItem(self.drawing)
        return True

    def move(self, event: QMouseEvent) -> bool:
        if self.drawing is None:
            return False
        point = self.view.mapToScene(event.position().toPoint())
        rect = QRectF(self.start, point).normalized().intersected(self.geometry.rects[self.drawing.page])
        self.drawing.setRect(rect)
        return True

    def release(self, event: QMouseEvent) -> BoxItem | None:
        item, self.drawing = self.drawing, None
        if item is None:
            return None
        rect = item.rect()
        if rect.width() < MIN_SIDE or rect.height() < MIN_SIDE:
            self.view.scene().removeItem(item)
            return None
        item.setSelected(True)
        return item

    def key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return self.remove_selected() > 0
        return False


class RedactionBar(QWidget):
    """The tool's buttons and what it says; the viewer connects them."""

    saveRequested = Signal()
    suggestRequested = Signal()
    removeSelectedRequested = Signal()
    clearRequested = Signal()
    doneRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = QLabel(self.tr("Drag over what the recipient must not see. Click a box to select it; Delete "
                                   "removes it."))
        self.info.setWordWrap(True)
        self.suggest = QPushButton(self.tr("Suggest boxes"))
        self.remove = QPushButton(self.tr("Remove selected"))
        self.clear = QPushButton(self.tr("Remove all"))
        self.save = QPushButton(self.tr("Save redaction"))
        self.done = QPushButton(self.tr("Close tool"))
        self.save.setDefault(True)
        for button, signal in ((self.suggest, self.suggestRequested), (self.remove, self.removeSelectedRequested),
                               (self.clear, self.clearRequested), (self.save, self.saveRequested),
                               (self.done, self.doneRequested)):
            button.clicked.connect(signal.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.info, 1)
        for button in (self.suggest, self.remove, self.clear, self.save, self.done):
            layout.addWidget(button)
