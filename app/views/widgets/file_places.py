"""A written file or folder, handed to the desktop: open it, show it in its folder, copy its path (the export tab,
its history and single documents, the 12315 upload pictures' folder)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication


def open_file(path: Path) -> None:
    """The file in the program the system opens it with (a PDF viewer for a bundle)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> None:
    """The file's folder, with the file selected where the system's file manager can do that."""
    if sys.platform == "win32":
        QProcess.startDetached("explorer", ["/select,", str(path)])
    elif sys.platform == "darwin":
        QProcess.startDetached("open", ["-R", str(path)])
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def copy_path(path: Path) -> None:
    QGuiApplication.clipboard().setText(str(path))
