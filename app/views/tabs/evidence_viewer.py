"""Look at one original: zoomable pictures and PDF pages, chat transcripts, facts of other files.

Pictures and PDF pages are decoded in a worker (Pillow / pypdfium2 -> QImage); the
dialog only shows what the worker hands back.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QImage,
    QKeySequence,
    QPen,
    QPixmap,
    QShortcut,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import EvidenceInfo
from app.evidence.pdfium_lock import PDFIUM_LOCK
from app.services.cases import CaseService
from app.views.tabs.panel_base import category_of, error_text, fmt_datetime, human_size
from app.views.widgets import palette
from app.views.widgets.workers import Job, WorkerRunner

if TYPE_CHECKING:
    from PIL import Image

# PDFium must not be entered from two threads at once, even for different documents.
MAX_VIEW_PIXELS = 24_000_000  # bigger pictures are shown scaled down
MAX_PDF_PAGES = 200
# A chat log of 100,000 messages would take the text view minutes to lay out: the first part is shown.
MAX_SHOWN_MESSAGES = 2000
MAX_SHOWN_TEXT = 500_000
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

    def show_images(self, images: list[QImage]) -> None:
        scene = self.scene()
        scene.clear()
        top = 0.0
        for image in images:
            item = scene.addPixmap(QPixmap.fromImage(image))
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setPos(0, top)
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


class EvidenceViewer(QDialog):
    def __init__(self, service: CaseService, runner: WorkerRunner, item: EvidenceInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner, self.item = service, runner, item
        self.category = category_of(item.media_type)
        self.job: Job | None = None
        self.marks: tuple[list[tuple[int, int, int, int]], int] | None = None  # boxes, width of the read picture
        self.setWindowTitle(item.title)
        self.resize(900, 700)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        if self.category in ("image", "pdf"):
            self.view: ZoomView | None = ZoomView()
            layout.addLayout(self._zoom_bar(self.view))
            layout.addWidget(self.view, 1)
            self._start_loading()
        else:
            self.view = None
            self.text = QTextBrowser()
            self.text.setOpenLinks(False)
            layout.addWidget(self.text, 1)
            self.text.setHtml(self._chat_html() if self.category == "chat" else self._opaque_html())
            if self.category == "chat" and item.messages is None and item.text is None:
                self._load_chat()
        self.status.setVisible(self.category in ("image", "pdf"))
        # Escape closes every viewer, whichever part has the focus (the chat text kept it to itself).
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()

    def _zoom_bar(self, view: ZoomView) -> QHBoxLayout:
        bar = QHBoxLayout()
        for text, action in ((self.tr("Zoom in"), lambda: view.set_zoom(view.zoom * 1.25)),
                             (self.tr("Zoom out"), lambda: view.set_zoom(view.zoom / 1.25)),
                             (self.tr("Fit width"), view.fit_width),
                             (self.tr("Actual size"), lambda: view.set_zoom(1.0))):
            button = QPushButton(text)
            button.clicked.connect(action)
            bar.addWidget(button)
        bar.addStretch(1)
        return bar

    def _start_loading(self) -> None:
        path = self.service.original_path(self.item)
        self.status.setText(self.tr("Loading…"))
        if self.category == "image":
            orientation = self.item.orientation
            fn: Callable[[Any, Any], Any] = lambda _p, _c: [load_image(path, orientation)]  # noqa: E731
        else:
            fn = lambda progress, cancelled: render_pdf(path, progress, cancelled)  # noqa: E731
        self.job = self.runner.run(fn, on_done=self._loaded, on_error=self._failed, on_progress=self._progress)

    def highlight(self, boxes: list[tuple[int, int, int, int]], width: int) -> None:
        """Mark where the words are (a search hit) once the picture is shown; `width`: the picture read."""
        self.marks = (boxes, width)

    def _progress(self, done: int, total: int, _label: str) -> None:
        self.status.setText(self.tr("Rendering page {page} of {pages}…").format(page=done + 1, pages=total))

    def _loaded(self, images: list[QImage]) -> None:
        if self.view is None:
            return
        self.view.show_images(images)
        if self.marks is not None and images:
            boxes, width = self.marks
            self.view.mark(boxes, images[0].width() / width if width else 1.0)
        note = ""
        if self.category == "pdf" and (self.item.page_count or 0) > MAX_PDF_PAGES:
            note = self.tr("Only the first {count} pages are shown here; the bundle contains them all.").format(
                count=MAX_PDF_PAGES)
        self.status.setText(note)
        self.status.setVisible(bool(note))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("This file cannot be shown: {error}").format(error=error_text(exc)))

    def _facts(self) -> list[tuple[str, str]]:
        item = self.item
        return [(self.tr("File name"), item.original_name), (self.tr("Type"), item.media_type),
                (self.tr("Size"), human_size(item.size)), (self.tr("SHA-256"), item.sha256),
                (self.tr("Imported"), fmt_datetime(item.imported_at))]

    def _facts_html(self) -> str:
        rows = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                       for k, v in self._facts())
        return f"<table cellspacing='6'>{rows}</table>"

    def _opaque_html(self) -> str:
        note = self.tr("This file cannot be shown inside the bundle. The bundle lists its name, size and "
                       "SHA-256 fingerprint and marks it “original submitted separately”: hand the original "
                       "file over together with the bundle.")
        return f"<h3>{html.escape(self.item.title)}</h3>{self._facts_html()}<p>{html.escape(note)}</p>"

    def _load_chat(self) -> None:
        """A chat log's messages are not loaded with the case (they may be megabytes): fetch this one's."""
        service, evidence_id = self.service, self.item.id
        self.job = self.runner.run(lambda _p, _c: service.evidence_content(evidence_id),
                                   on_done=self._chat_loaded, on_error=self._failed)

    def _chat_loaded(self, item: EvidenceInfo) -> None:
        self.item = item
        self.text.setHtml(self._chat_html())

    def _chat_html(self) -> str:
        parts = [f"<h3>{html.escape(self.item.title)}</h3>"]
        messages = self.item.messages or []
        if len(messages) > MAX_SHOWN_MESSAGES:
            note = self.tr("Only the first {shown} of {total} messages are shown here; the original file holds them "
                           "all.").format(shown=MAX_SHOWN_MESSAGES, total=len(messages))
            parts.append(f"<p><i>{html.escape(note)}</i></p>")
        if messages:
            for m in messages[:MAX_SHOWN_MESSAGES]:
                head = html.escape(f"{m.get('sender', '')}  {m.get('at', '')[:19].replace('T', ' ')}")
                body = html.escape(m.get("text", "")).replace("\n", "<br>")
                parts.append(f"<p><span style='color:{palette.CHAT}'><b>{head}</b></span><br>{body}</p>")
        else:
            text = (self.item.text or "")[:MAX_SHOWN_TEXT]
            parts.append(f"<pre style='white-space: pre-wrap'>{html.escape(text)}</pre>")
        return "".join(parts)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
        super().done(result)
