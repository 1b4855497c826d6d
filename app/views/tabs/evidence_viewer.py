"""Look at one original: zoomable pictures and PDF pages, chat transcripts, facts of other files, and the
redaction tool.

Pictures and PDF pages are decoded in a worker (app.views.tabs.zoom_view: Pillow / pypdfium2 -> QImage);
the dialog only shows what the worker hands back.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.core.domain import EvidenceInfo
from app.core.privacy import RedactionBox
from app.services.cases import CaseService
from app.views.tabs.panel_base import category_of, error_text, fmt_datetime, human_size
from app.views.tabs.redaction_tool import PageGeometry, RedactionBar, RedactionCanvas
from app.views.tabs.zoom_view import MAX_PDF_PAGES, ZoomView, load_image, render_pdf
from app.views.widgets import palette
from app.views.widgets.workers import Job, WorkerRunner

# A chat log of 100,000 messages would take the text view minutes to lay out: the first part is shown.
MAX_SHOWN_MESSAGES = 2000
MAX_SHOWN_TEXT = 500_000


class EvidenceViewer(QDialog):
    redacted = Signal(object)  # the EvidenceInfo, after its redaction was saved

    def __init__(self, service: CaseService, runner: WorkerRunner, item: EvidenceInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner, self.item = service, runner, item
        self.category = category_of(item.media_type)
        self.job: Job | None = None
        self.marks: tuple[list[tuple[int, int, int, int]], int] | None = None  # boxes, width of the read picture
        self.tool_job: Job | None = None
        self.canvas: RedactionCanvas | None = None
        self.saved_boxes: list[RedactionBox] = []
        self.setWindowTitle(item.title)
        self.resize(900, 700)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        if self.category in ("image", "pdf"):
            self.view: ZoomView | None = ZoomView()
            self.redact_button = QPushButton(self.tr("Redact…"))
            self.redact_button.setEnabled(False)
            self.redact_button.setToolTip(self.tr("Cover ID numbers, bank cards and other people's details in the "
                                                  "copy the bundle shows; the original stays as it is."))
            self.redact_button.clicked.connect(self.start_redaction)
            self.bar = RedactionBar()
            self.bar.setVisible(False)
            self.bar.saveRequested.connect(self.save_redaction)
            self.bar.suggestRequested.connect(self.suggest_boxes)
            self.bar.removeSelectedRequested.connect(self._remove_selected)
            self.bar.clearRequested.connect(self._remove_all)
            self.bar.doneRequested.connect(self.stop_redaction)
            self.bar.suggest.setVisible(self.category == "image")
            layout.addLayout(self._zoom_bar(self.view))
            layout.addWidget(self.bar)
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
        self.redacted_label = QLabel()
        bar.addWidget(self.redacted_label)
        bar.addWidget(self.redact_button)
        self._show_redaction_count()
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
        self.redact_button.setEnabled(bool(images))
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

    # ----- redaction ------------------------------------------------------------------------------
    def _show_redaction_count(self) -> None:
        r = self.item.redaction
        self.redacted_label.setText(self.tr("%n area(s) redacted", "", r.count) if r else "")

    def start_redaction(self) -> None:
        """Turn the tool on: the page sizes the boxes are kept in are read in a worker first."""
        from app.services.redaction import box_space

        service, item = self.service, self.item
        self.redact_button.setEnabled(False)
        self.tool_job = self.runner.run(lambda _p, _c: box_space(service, item), on_done=self._tool_ready,
                                        on_error=self._tool_failed)

    def _tool_ready(self, spaces: list[tuple[int, int]]) -> None:
        if self.view is None:
            return
        self.canvas = RedactionCanvas(self.view, PageGeometry(self.view.page_rects, spaces))
        self.saved_boxes = list(self.item.redaction.boxes) if self.item.redaction else []
        for box in self.saved_boxes:
            self.canvas.add(box)
        self.view.set_canvas(self.canvas)
        self.view.setFocus()
        self.bar.setVisible(True)
        self.redact_button.setVisible(False)

    def _tool_failed(self, exc: BaseException) -> None:
        self.redact_button.setEnabled(True)
        self.status.setVisible(True)
        self.status.setText(self.tr("Cannot redact this file: {error}").format(error=error_text(exc)))

    def boxes(self) -> list[RedactionBox]:
        """The boxes as they would be saved: those drawn, and saved ones on pages this viewer does not show."""
        if self.canvas is None:
            return list(self.saved_boxes)
        shown = len(self.canvas.geometry.rects)
        return sorted(set(self.canvas.result()) | {b for b in self.saved_boxes if b.page > shown})

    def unsaved(self) -> bool:
        return self.canvas is not None and self.boxes() != sorted(self.saved_boxes)

    def _remove_selected(self) -> None:
        if self.canvas is not None:
            self.canvas.remove_selected()

    def _remove_all(self) -> None:
        if self.canvas is not None:
            self.canvas.clear()

    def save_redaction(self) -> Job | None:
        """Make the redacted copy in a worker (the write pool); the boxes stay on screen meanwhile."""
        from app.services.redaction import clear_redaction, redact

        if self.canvas is None:
            return None
        service, item_id, boxes = self.service, self.item.id, self.boxes()
        self.bar.save.setEnabled(False)
        self.status.setVisible(True)
        self.status.setText(self.tr("Making the redacted copy…"))

        def work(_p: Any, _c: Any) -> EvidenceInfo:
            return redact(service, item_id, boxes) if boxes else clear_redaction(service, item_id)

        self.tool_job = self.runner.run(work, write=True, on_done=self._saved, on_error=self._save_failed)
        return self.tool_job

    def _saved(self, item: EvidenceInfo) -> None:
        self.item = item
        self.saved_boxes = list(item.redaction.boxes) if item.redaction else []
        self.bar.save.setEnabled(True)
        self._show_redaction_count()
        if item.redaction is None:
            self.status.setText(self.tr("No areas are redacted: the bundle shows the original."))
        else:
            self.status.setText(self.tr("Saved: %n area(s) redacted. The bundle shows the redacted copy; the "
                                        "original is unchanged.", "", item.redaction.count))
        self.redacted.emit(item)

    def _save_failed(self, exc: BaseException) -> None:
        self.bar.save.setEnabled(True)
        self.status.setText(self.tr("The redaction was not saved: {error}").format(error=error_text(exc)))

    def suggest_boxes(self) -> Job | None:
        from app.services.redaction import suggestions

        service, item = self.service, self.item
        self.tool_job = self.runner.run(lambda _p, _c: suggestions(service, item), on_done=self._suggested,
                                        on_error=self._tool_failed)
        return self.tool_job

    def _suggested(self, found: list[Any]) -> None:
        if self.canvas is None:
            return
        have = set(self.canvas.result())
        added = [self.canvas.add(s.box, s.kind) for s in found if s.box not in have]
        self.status.setVisible(True)
        if not found:
            self.status.setText(self.tr("Nothing to suggest: no ID, bank card or other phone number was found in "
                                        "the text recognised on this picture (or none was recognised yet)."))
        else:
            self.status.setText(self.tr("%n box(es) suggested over ID, bank card or phone numbers: check them, "
                                        "then save.", "", len([a for a in added if a is not None])))

    def stop_redaction(self) -> bool:
        """Turn the tool off (asking first when boxes are not saved); False when the user keeps it on."""
        if self.unsaved() and not self._discard_ok():
            return False
        if self.canvas is not None:
            self.canvas.clear()
        self.canvas = None
        if self.view is not None:
            self.view.set_canvas(None)
        self.bar.setVisible(False)
        self.redact_button.setVisible(True)
        self.redact_button.setEnabled(True)
        return True

    def _discard_ok(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Unsaved redaction"),
                                      self.tr("The boxes you drew are not saved. Discard them?"),
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unsaved() and not self._discard_ok():
            event.ignore()
            return
        if self.job is not None and not self.job.done:
            self.job.cancel()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
        super().done(result)
