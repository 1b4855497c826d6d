"""Settings → Office server: this desk's connection to the office's PostgreSQL server, and its volunteer.

Server, database and user go to office.json in this computer's config folder; the password only
to the operating system's keyring (app.core.office). Without a usable keyring the password field
is off and says why: nothing is stored, the server must let this desk in without one.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from app.core import office
from app.core.paths import ENV_DB_URL
from app.views.widgets.form_fields import HintLabel


class OfficeBox(QGroupBox):
    def __init__(self, current: office.OfficeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.keyring = office.keyring_status()
        self.note = HintLabel("", self)
        self.volunteer = QLineEdit(current.volunteer, self)
        self.volunteer.setMaxLength(office.NAME_LIMIT)
        self.server = QLineEdit(current.server, self)
        self.database = QLineEdit(current.database, self)
        self.user = QLineEdit(current.user, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setEnabled(self.keyring.usable)
        self.password_note = HintLabel("", self)
        self.env_note = HintLabel("", self)
        self.env_note.setVisible(bool(os.environ.get(ENV_DB_URL)))
        form = QFormLayout(self)
        form.addRow(self.note)
        self.labels: dict[str, QLabel] = {}
        for key, widget in self._fields():
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        form.addRow(self.password_note)
        form.addRow(self.env_note)
        self.retranslate()

    def texts(self) -> list[str]:
        """What each field holds, as typed (the settings dialog asks before throwing a change away)."""
        return [widget.text() for _key, widget in self._fields()]

    def _fields(self) -> tuple[tuple[str, QLineEdit], ...]:
        return (("volunteer", self.volunteer), ("server", self.server), ("database", self.database),
                ("user", self.user), ("password", self.password))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Office server (several desks, one set of cases)"))
        self.note.setText(self.tr("Leave the server empty to keep the cases on this computer. Each desk enters the "
                                  "same server and database; the data folder above should then be the office's "
                                  "shared folder. A change takes effect the next time you start the app."))
        texts = {"volunteer": self.tr("Your name"), "server": self.tr("Server"), "database": self.tr("Database"),
                 "user": self.tr("User"), "password": self.tr("Password")}
        for key, widget in self._fields():
            self.labels[key].setText(texts[key])
            widget.setAccessibleName(texts[key])
        self.volunteer.setPlaceholderText(self.tr("recorded with each change you make"))
        self.server.setPlaceholderText(self.tr("host name or address, optionally :port"))
        if self.keyring.usable:
            self.password.setPlaceholderText(self.tr("leave empty to keep the saved password"))
            self.password_note.setText(self.tr("The password is kept in this computer's keyring, never in a file."))
        elif self.keyring.reason == "plain_file":
            self.password_note.setText(
                self.tr("The only keyring on this computer keeps passwords in a plain file (%1), so no password is "
                        "stored: the server must let this desk in without one.").replace("%1", self.keyring.backend))
        else:
            self.password_note.setText(
                self.tr("No keyring is available on this computer, so no password can be stored: the server must "
                        "let this desk in without one."))
        self.env_note.setText(self.tr("REFUND_EVIDENCE_DB_URL is set: that database is used, not these settings."))

    def office(self) -> office.OfficeSettings:
        return office.OfficeSettings(server=self.server.text().strip(), database=self.database.text().strip(),
                                     user=self.user.text().strip(), volunteer=self.volunteer.text().strip())

    def save(self) -> bool:
        """Write office.json and (if one was typed) the password to the keyring; True if the connection changed.

        Raises OSError when the file cannot be written.
        """
        chosen = self.office()
        office.save_office(chosen)
        typed = self.password.text()
        if typed and self.keyring.usable and chosen.configured:
            office.set_password(chosen, typed)
        connection = (chosen.server, chosen.database, chosen.user)
        return connection != (self.current.server, self.current.database, self.current.user) or bool(typed)
