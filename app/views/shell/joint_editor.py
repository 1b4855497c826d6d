"""A joint complaint's own words: its title, the requests and the facts all complainants share.

Left empty, the joint bundle drafts the requests from each complainant's rule check and tells each
complainant's facts in the third person; what is typed here is printed as typed (app.bundle.joint).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.core.joint import JointInfo

TITLE_MAX = 200  # the case title's limit (app.core.case_json.LIMITS)


class JointEditor(QDialog):
    def __init__(self, info: JointInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(info.title, self)
        self.title.setMaxLength(TITLE_MAX)
        self.demands = QPlainTextEdit(info.demands, self)
        self.facts = QPlainTextEdit(info.facts, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        texts = (self.tr("Title"), self.tr("Requests (empty: drafted from each complainant's case)"),
                 self.tr("Facts shared by all (optional)"))
        for text, widget in zip(texts, (self.title, self.demands, self.facts), strict=True):
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.buttons)
        self.setWindowTitle(self.tr("Edit the joint complaint"))
        self.demands.setPlaceholderText(self.tr("One request a line"))
        self.facts.setPlaceholderText(self.tr("Each complainant's own facts are told in the letter already"))
        self.resize(640, 460)

    def _accept(self) -> None:
        if self.title.text().strip():  # a joint complaint needs a title: OK stays until there is one
            self.accept()
        else:
            self.title.setFocus()

    def values(self) -> dict[str, str]:
        return {"title": self.title.text(), "demands": self.demands.toPlainText(), "facts": self.facts.toPlainText()}
