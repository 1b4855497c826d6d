"""File dialogs that speak the window's language.

A platform's native dialog speaks the operating system's language (a Chinese window showed a
half-English one); Qt's own dialog is translated by qtbase_*.qm with the rest of the window
(see i18n.LanguageSwitcher), so every file dialog of the app is Qt's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog


def dialog_options(extra: QFileDialog.Option | None = None) -> QFileDialog.Option:
    options = QFileDialog.Option.DontUseNativeDialog
    return options | extra if extra is not None else options
