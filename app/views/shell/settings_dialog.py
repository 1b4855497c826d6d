"""Settings: language (applies at once), data folder (at the next start), complainant profile, office server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.office import OfficeSettings, load_office
from app.core.settings import LANGUAGES, Profile, Settings
from app.views.shell.office_settings import OfficeBox
from app.views.widgets.file_dialogs import dialog_options
from app.views.widgets.form_fields import HintLabel

# Each language is named in itself, so it can be found whatever the current language is.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None,
                 office: OfficeSettings | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.folder = QLineEdit(str(data_dir), self)
        self.browse = QPushButton(self)
        self.folder_note = HintLabel("", self)
        self.name = QLineEdit(settings.profile.name, self)
        self.phone = QLineEdit(settings.profile.phone, self)
        self.address = QLineEdit(settings.profile.address, self)
        self.profile_box = QGroupBox(self)
        self.profile_note = HintLabel("", self)
        self.office = OfficeBox(office if office is not None else load_office(), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self._labels: dict[str, QLabel] = {}
        self.discard_box: QMessageBox | None = None
        self._build()
        self.browse.clicked.connect(self._choose_folder)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(560, 0)
        self._initial = self._snapshot()

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel(self)
        label.setBuddy(buddy)
        self._labels[key] = label
        return label

    def _build(self) -> None:
        general = QFormLayout()
        general.addRow(self._label("language", self.language), self.language)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        folder_cell = QVBoxLayout()
        folder_cell.addLayout(folder_row)
        folder_cell.addWidget(self.folder_note)
        general.addRow(self._label("folder", self.folder), folder_cell)
        profile = QFormLayout(self.profile_box)
        profile.addRow(self.profile_note)
        profile.addRow(self._label("name", self.name), self.name)
        profile.addRow(self._label("phone", self.phone), self.phone)
        profile.addRow(self._label("address", self.address), self.address)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(self.profile_box)
        layout.addWidget(self.office)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = {"language": self.tr("Language"), "folder": self.tr("Data folder"), "name": self.tr("Name"),
                 "phone": self.tr("Phone"), "address": self.tr("Postal address")}
        for key, text in texts.items():
            self._labels[key].setText(text)
        for widget, key in ((self.language, "language"), (self.folder, "folder"), (self.name, "name"),
                            (self.phone, "phone"), (self.address, "address")):
            widget.setAccessibleName(texts[key])
        self.browse.setText(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the data folder"))
        self.folder_note.setText(self.tr("Where your cases and evidence are kept. A new folder takes effect "
                                         "the next time you start the app; nothing is moved."))
        self.profile_box.setTitle(self.tr("Your details for complaints"))
        self.profile_note.setText(self.tr("Filled in for every new case. They stay on this computer."))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), self.folder.text(),
                                                  dialog_options(QFileDialog.Option.ShowDirsOnly))
        if folder:
            self.folder.setText(folder)

    def _snapshot(self) -> list[object]:
        fields = [self.folder, self.name, self.phone, self.address]
        return [self.language.currentData(), *(f.text() for f in fields), *self.office.texts()]

    def has_changes(self) -> bool:
        """Something was typed or chosen since the dialog opened (compared as typed)."""
        return self._snapshot() != self._initial

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: ask before changed settings are thrown away."""
        if self.has_changes():
            self.ask_discard()
        else:
            super().reject()

    def ask_discard(self) -> QMessageBox:
        """A question over the dialog (not blocking): Save, Discard, or Keep editing (the default)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Save the changed settings?"),
                          self.tr("You changed the settings (for example your details for complaints). "
                                  "Save the changes?"), QMessageBox.StandardButton.NoButton, self)
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is save:
                self.accept()
            elif clicked is discard:
                QDialog.reject(self)

        box.finished.connect(answered)
        self.discard_box = box
        box.open()
        return box

    def settings(self) -> Settings:
        return Settings(language=str(self.language.currentData()),
                        profile=Profile(name=self.name.text().strip(), phone=self.phone.text().strip(),
                                        address=self.address.text().strip()))

    def data_dir(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()
