"""Pictures and PDF pages decoded off the UI thread (Pillow / pypdfium2 -> QImage), and the zoomable view
that shows them stacked, with the redaction tool's canvas when it is on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QKeyEvent, QMouseEvent, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from app.evidence.pdfium_lock import PDFIUM_LOCK
from app.views.widgets import palette

if TYPE_CHECKING:
    from PIL import Image

    from app.views.tabs.redaction_tool import RedactionCanvas

# PDFium must not be entered from two threads at once, even for different documents (PDFIUM_LOCK).
MAX_VIEW_PIXELS = 24_000_000  # bigger pictures are shown scaled down
MAX_PDF_PAGES = 200
PDF_SCALE = 1.5  # 108 dpi
PAGE_GAP = 16
# Pillow, pypdfium2 and the thumbnail code are imported by the workers that use them (load_image,
# render_pdf): at module level they cost the Evidence tab ~100 ms on the UI thread.

def pil_to_qimage(picture: Image.Image) -> QImage:
    rgba = picture.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    return QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888).copy()


def load_image(path: Path, orientation: int | None) -> QImage:
    """The picture upright, no bigger than MAX_VIEW_PIXELS."""
    from PIL import Image

    from app.evidence.imaging import strict_pillow
    from app.evidence.thumbnails import _upright as upright

    with strict_pillow(), Image.open(path) as image:
        pixels = image.width * image.height
        if pixels > MAX_VIEW_PIXELS:
            factor = (MAX_VIEW_PIXELS / pixels) ** 0.5
            image.thumbnail((int(image.width * factor), int(image.height * factor)), reducing_gap=2.0)
        else:
            image.load()
        return pil_to_qimage(upright(image, orientation))


def render_pdf_page(path: Path, page_number: int, scale: float = PDF_SCALE) -> QImage:
    """One page (from 1) of a PDF, upright at `scale` × 72 dpi."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(path)
        try:
            page = document[min(max(page_number, 1), len(document)) - 1]
            try:
                return pil_to_qimage(page.render(scale=scale).to_pil())
            finally:
                page.close()
        finally:
            document.close()


def render_pdf(path: Path, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> list[QImage]:
    import pypdfium2 as pdfium

    pages: list[QImage] = []
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(path)
    try:
        total = min(len(document), MAX_PDF_PAGES)
        for n in range(total):
            if cancelled():
                break
            progress(n, total, "")
            with PDFIUM_LOCK:
                page = document[n]
                try:
                    pages.append(pil_to_qimage(page.render(scale=PDF_SCALE).to_pil()))
                finally:
                    page.close()
    finally:
        with PDFIUM_LOCK:
            document.close()
    return pages


class ZoomView(QGraphicsView):
    """Pictures stacked top to bottom; the wheel zooms, dragging pans."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.zoom = 1.0
        self.page_rects: list[QRectF] = []  # each picture or page, in scene coordinates
        self.canvas: RedactionCanvas | None = None  # the redaction tool, while it is on

    def show_images(self, images: list[QImage]) -> None:
        scene = self.scene()
        scene.clear()
        self.page_rects = []
        top = 0.0
        for image in images:
            item = scene.addPixmap(QPixmap.fromImage(image))
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setPos(0, top)
            self.page_rects.append(QRectF(0, top, image.width(), image.height()))
            top += image.height() + PAGE_GAP
        scene.setSceneRect(scene.itemsBoundingRect())
        self.fit_width()

    def mark(self, boxes: list[tuple[int, int, int, int]], scale: float = 1.0) -> None:
        """Highlight boxes (picture pixels × scale) over the first picture and bring the first into sight."""
        scene, first = self.scene(), None
        for x, y, w, h in boxes:
            rect = QRectF(x * scale - 4, y * scale - 4, w * scale + 8, h * scale + 8)
            item = scene.addRect(rect, QPen(QColor(palette.HIGHLIGHT_EDGE), 3), QBrush(QColor(palette.HIGHLIGHT)))
            item.setZValue(1)
            first = first or item
        if first is not None:
            self.centerOn(first)

    def set_canvas(self, canvas: RedactionCanvas | None) -> None:
        """Drawing boxes (the redaction tool) instead of dragging the pages about."""
        self.canvas = canvas
        self.setDragMode(QGraphicsView.DragMode.NoDrag if canvas else QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if canvas else Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.canvas is not None and self.canvas.press(event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.canvas is not None and self.canvas.move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.canvas is not None and self.canvas.drawing is not None:
            self.canvas.release(event)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.canvas is not None and self.canvas.key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def set_zoom(self, factor: float) -> None:
        self.zoom = min(max(factor, 0.05), 8.0)
        self.resetTransform()
        self.scale(self.zoom, self.zoom)

    def fit_width(self) -> None:
        width = self.scene().sceneRect().width()
        if width > 0:
            self.set_zoom(min(1.0, (self.viewport().width() - 4) / width))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom * (1.15**steps))
        event.accept()
