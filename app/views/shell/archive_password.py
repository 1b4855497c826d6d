"""The password of a case archive: chosen (twice) before one is written, asked for when one is opened.

The password lives only in these dialogs and the job that uses it; it is never stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.archive_zip import PASSWORD_MIN

translate = QCoreApplication.translate


class ArchivePasswordDialog(QDialog):
    """Before a case archive is written: protect it with a password (on by default), typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export case archive"))
        self.protect = QCheckBox(self.tr("Protect the archive with a password (AES-256; 7-Zip opens it)"))
        self.protect.setChecked(True)
        self.first, self.second = QLineEdit(), QLineEdit()
        for field, text in ((self.first, self.tr("Password")), (self.second, self.tr("Repeat the password"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText(text)
            field.setAccessibleName(text)
            field.textChanged.connect(self._check)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.note = QLabel(self.tr("The archive holds the consumer's identity and every original. Without a "
                                   "password anyone who gets the file can read it. Tell the volunteer the password "
                                   "another way than the file (a call, not the same chat). It is not stored: if it "
                                   "is lost, the archive cannot be opened."))
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.protect.toggled.connect(self._check)
        layout = QVBoxLayout(self)
        for widget in (self.protect, self.first, self.second, self.hint, self.note):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._check()

    def _check(self) -> None:
        on = self.protect.isChecked()
        self.first.setEnabled(on)
        self.second.setEnabled(on)
        first, second = self.first.text(), self.second.text()
        if not on:
            text, ok = self.tr("The archive will not be encrypted."), True
        elif len(first) < PASSWORD_MIN:
            text, ok = self.tr("At least %n characters; a phrase of several words is best.", "", PASSWORD_MIN), False
        elif first != second:
            text, ok = self.tr("The two passwords differ."), False
        else:
            text, ok = self.tr("The passwords match."), True
        self.hint.setText(text)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_button is not None:
            ok_button.setEnabled(ok)

    def password(self) -> str | None:
        """The chosen password, or None for an archive without one."""
        return self.first.text() if self.protect.isChecked() else None


def ask_archive_password(parent: QWidget, name: str, wrong: bool = False) -> str | None:
    """The password of an encrypted archive, or None when the user cancels."""
    label = (translate("ArchivePassword", "Wrong password. Try again:") if wrong else
             translate("ArchivePassword", "“%1” is encrypted. Its password:").replace("%1", name))
    text, ok = QInputDialog.getText(parent, translate("ArchivePassword", "Open case archive"), label,
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None
