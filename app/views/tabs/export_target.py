"""Where the export tab writes the bundle: the Save-as field, the file dialog, and never over an
earlier bundle without the user saying so (a new name with a counter, or Replace in a dialog)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services.export import default_output, next_free, with_suffix_kept
from app.views.widgets.file_dialogs import dialog_options

translate = QCoreApplication.translate  # the panel's context: these texts are ExportPanel's


def documents_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class ExportTarget:
    """Mixed into ExportPanel (path_edit, path_note, output, output_chosen, zip, info, start_export)."""

    output: Path | None
    _replace_ok: Path | None  # the user said "replace" for this file, for one export
    replace_box: QMessageBox | None

    def set_output_path(self: Any, path: Path, *, replace_ok: bool = False) -> None:
        """A path the user chose (a dialog, a test); the bundle is always a .pdf. With replace_ok the user
        has already agreed to replace a file there (the save dialog asked)."""
        self.output = with_suffix_kept(Path(path))
        self.output_chosen = True
        self._replace_ok = self.output if replace_ok else None
        if self.path_edit.text() != str(self.output):
            self.path_edit.setText(str(self.output))
        self._show_path_note()
        self._update_export_button()

    def _path_typed(self: Any, text: str) -> None:
        typed = text.strip()
        if typed:
            path = Path(typed).expanduser()
            path = path if path.is_absolute() else documents_folder() / path
            if typed.endswith(("/", "\\")) or not path.name or path.is_dir():
                # A folder: the bundle gets its usual name in it.
                path = default_output(path, self.info.data.title if self.info else "")
            self.output = with_suffix_kept(path)
        else:
            self.output = None
        self.output_chosen = True
        self._replace_ok = None
        self._show_path_note()
        self._update_export_button()

    def _show_path_note(self: Any) -> None:
        out, typed = self.output, self.path_edit.text().strip()
        if out is None:
            note = translate("ExportPanel", "Type where to save the PDF, or choose a folder.")
        elif typed and Path(typed).expanduser().name != out.name:
            note = translate("ExportPanel", "Saved as “{name}”: a bundle is always a .pdf file.").format(
                name=out.name)
        elif self.output_chosen and out.exists():
            note = translate("ExportPanel", "A file of this name exists: the export asks before replacing it.")
        else:
            note = ""
        self.path_note.setText(note)
        self.path_note.setVisible(bool(note))

    def choose_output(self: Any) -> None:
        start = str(self.output or documents_folder())
        # Qt's own dialog (translated with the window) asks before it returns a file that exists.
        name, _filter = QFileDialog.getSaveFileName(
            self, translate("ExportPanel", "Save the evidence bundle as"), start,
            translate("ExportPanel", "PDF files (*.pdf)"), "", dialog_options())
        if name:
            path = Path(name)
            self.set_output_path(path, replace_ok=with_suffix_kept(path) == path and path.exists())

    def _targets(self: Any, out: Path | None) -> list[Path]:
        """The files an export to `out` writes: the PDF, and the ZIP when asked for."""
        if out is None:
            return []
        return [out, out.with_suffix(".zip")] if self.zip.isChecked() else [out]

    def _free_name(self: Any, out: Path) -> Path:
        candidate = next_free(out)
        while any(p.exists() for p in self._targets(candidate)):
            candidate = next_free(candidate.with_name(candidate.stem + "-2" + candidate.suffix))
        return candidate

    def _move_to_free_name(self: Any) -> None:
        assert self.output is not None
        self.output = self._free_name(self.output)
        self.path_edit.setText(str(self.output))
        self._show_path_note()

    def _ask_replace(self: Any, out: Path) -> QMessageBox:
        """Replace the file, save under a new name (the default), or cancel: not blocking, then exports."""
        fresh = self._free_name(out)
        box = QMessageBox(QMessageBox.Icon.Question, translate("ExportPanel", "Replace the earlier bundle?"),
                          translate("ExportPanel", "“{name}” already exists in {folder}. An earlier bundle may "
                                                   "have been sent with its fingerprint.")
                          .format(name=out.name, folder=str(out.parent)),
                          QMessageBox.StandardButton.NoButton, self)
        keep = box.addButton(translate("ExportPanel", "Save as “{name}”").format(name=fresh.name),
                             QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(translate("ExportPanel", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is replace:
                self._replace_ok = out
            elif clicked is keep:
                self.set_output_path(fresh)
            else:
                return
            self.start_export()

        box.finished.connect(answered)
        self.replace_box = box
        box.open()
        return box

