"""Running the export of the export tab: the button's state, the job in a worker (Ctrl+E, a draft, cancel),
its progress, and the status line under the button."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.errors import IntegrityFailure
from app.services.export import export_case
from app.views.widgets.workers import Job

translate = QCoreApplication.translate  # the panel's context: these texts are ExportPanel's


class ExportRun:
    """Mixed into ExportPanel (which has service, runner, case_id, pre, output, output_chosen, the buttons, bar,
    status, errors, run_preflight, reload, show_error, options and the export signals)."""

    last_pdf: Path | None  # the bundle this tab wrote last (Open PDF, Show in folder)
    _replace_ok: Path | None

    def running(self: Any) -> bool:
        return self.export_job is not None and not self.export_job.done

    def _update_export_button(self: Any) -> None:
        ready = (self.case_id is not None and self.pre is not None and not self.pre.blocked
                 and self.output is not None and not self.running())
        incomplete = self.pre is not None and self.pre.incomplete
        self.export_button.setEnabled(ready and not incomplete)
        self.draft_button.setVisible(incomplete)
        self.draft_button.setEnabled(ready and incomplete)

    def _set_running(self: Any, running: bool) -> None:
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.bar.setVisible(running)
        for widget in (self.options_box, self.preflight_list.recheck_button):
            widget.setEnabled(not running)
        self._update_export_button()

    def start_export(self: Any, draft: bool = False) -> Job | None:
        """Build the bundle in the background (Ctrl+E); a draft is watermarked and allowed while the complaint
        lacks what the regulator needs."""
        if self.running() or self.case_id is None or self.output is None:
            return None
        if self.pre is None or self.pre.blocked:
            self.show_error(translate("ExportPanel", "The export is blocked until the pre-flight check passes."))
            return None
        if self.pre.incomplete and not draft:
            self.show_error(translate("ExportPanel", "The complaint is not complete for the market regulator (see the "
                                                     "pre-flight check). Complete it, or export a draft."))
            return None
        taken = [p for p in self._targets(self.output) if p.exists()]
        if taken and self.output != self._replace_ok:
            if self.output_chosen:
                self._ask_replace(self.output)  # the user's own name: they say replace or keep both
                return None
            self._move_to_free_name()  # the app's name: the next free one, no question
        self._replace_ok = None  # one "replace" answer is for one export
        case_id, out, options = self.case_id, self.output, self.options(draft)
        options.force = True  # a file in the way was taken care of just above: a free name, or the user said replace
        assert out is not None
        box: dict[str, Any] = {}

        def work(progress: Any, cancelled: Any) -> Any:
            box["result"] = export_case(self.service, case_id, out, options, progress=progress, cancel=cancelled)
            return box["result"]

        self.errors.hide()
        self.last_pdf = None
        self.open_button.hide()
        self.folder_button.hide()
        self.bar.setRange(0, 0)
        self._set_status("checking")
        self.export_job = self.runner.run(
            work, write=True, on_progress=self._export_progress, on_done=self._export_done,
            on_error=self._export_failed, on_cancel=lambda: self._export_cancelled(box.get("result")))
        self._set_running(True)
        return self.export_job

    def export_when_ready(self: Any) -> Job | None:
        """Ctrl+E from anywhere: export now, or as soon as the running pre-flight check passes."""
        if self.pre is None and self.case_id is not None and not self.running():
            self._export_pending = True
            return None
        return self.start_export()

    def cancel_export(self: Any) -> None:
        if self.running() and self.export_job is not None:
            self.export_job.cancel()
            self.cancel_button.setEnabled(False)
            self._set_status("cancelling")

    def _export_progress(self: Any, done: int, total: int, label: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if label and not (self.export_job and self.export_job.is_cancelled()):
            self._set_status("step", done=done + 1, total=total, label=label)
        self.exportProgress.emit(done, total, label)

    def _export_done(self: Any, result: Any) -> None:
        self._set_running(False)
        self.last_pdf = result.path
        self._set_status("saved", name=result.path.name, pages=result.pages, digest=result.sha256[:12])
        self.reload()
        self.changed.emit()
        self.exported.emit(result)

    def _export_cancelled(self: Any, result: Any) -> None:
        if result is not None:  # it finished just as the user pressed Cancel
            self._export_done(result)
            return
        self._set_running(False)
        self._set_status("cancelled")
        self.exportCancelled.emit()

    def _export_failed(self: Any, exc: BaseException) -> None:
        self._set_running(False)
        self._set_status("failed")
        if isinstance(exc, IntegrityFailure):
            self.run_preflight()  # shows which original changed, and blocks the button
        self.show_error(exc)
        self.exportFailed.emit(exc)

    def _set_status(self: Any, key: str, **args: Any) -> None:
        """The line under the export button, kept as (what, details) so a language switch re-says it."""
        self._status = (key, args)
        texts = {
            "": "",
            "checking": translate("ExportPanel", "Checking the originals and laying out the bundle…"),
            "cancelling": translate("ExportPanel", "Cancelling…"),
            "step": translate("ExportPanel", "Step {done} of {total}: {label}"),
            "saved": translate("ExportPanel", "Saved {name}: {pages} pages, SHA-256 {digest}…"),
            "cancelled": translate("ExportPanel", "Cancelled. No file was written."),
            "failed": translate("ExportPanel", "The export failed."),
        }
        self.status.setText(texts.get(key, "").format(**args))
