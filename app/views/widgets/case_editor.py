"""Every field of a case (app.core.domain.CaseData) as a form, with errors shown next to the field."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import cast

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.case_json import MAX_TITLE, check_consistency
from app.core.domain import Agent, CaseData, Complaint, Consumer, Course, Merchant, Order, Refund
from app.core.errors import CaseFileError
from app.views.widgets.form_fields import (
    AmountEdit,
    ChoiceCombo,
    DateTimeField,
    ErrorLabel,
    NumberEdit,
    PercentEdit,
)
from app.views.widgets.labels import case_status_labels, field_labels, platform_labels, refund_status_labels

translate = QCoreApplication.translate
Input = QWidget
MAX_LINE = 500  # the case JSON's limit for a line of text
# (group, fields) in display order; the left column first, then the right.
LEFT = (("case", ("title", "platform", "status")),
        ("order", ("order.number", "order.item", "order.amount", "order.paid_at", "order.channel")),
        ("course", ("course.starts_at", "course.progress_percent", "course.misrepresented")),
        ("refund", ("refund.status", "refund.requested_at", "refund.refunded_amount", "refund.refunded_at",
                    "refund.refused_at")))
RIGHT = (("consumer", ("consumer.name", "consumer.phone", "consumer.address", "consumer.id_number", "consumer.email")),
         ("merchant", ("merchant.name", "merchant.shop", "merchant.address", "merchant.contact")),
         ("agent", ("agent.name", "agent.id_number", "agent.phone")),
         ("text", ("demands", "facts")))


def group_titles() -> dict[str, str]:
    return {
        "case": translate("CaseEditor", "Case"),
        "order": translate("CaseEditor", "Order"),
        "course": translate("CaseEditor", "Course"),
        "refund": translate("CaseEditor", "Refund"),
        "consumer": translate("CaseEditor", "You (the complainant)"),
        "merchant": translate("CaseEditor", "Merchant"),
        "agent": translate("CaseEditor", "Agent filing for you (optional)"),
        "text": translate("CaseEditor", "What you ask for, and what happened"),
    }


def reason_text(exc: CaseFileError) -> str:
    """The core's reasons, in the UI language where we know them."""
    known = {
        "payment is after the refund request": translate("CaseEditor", "The payment is after the refund request."),
        "refund arrived before it was requested": translate("CaseEditor",
                                                            "The refund arrived before it was requested."),
        "more was refunded than was paid": translate("CaseEditor", "More was refunded than was paid: check the "
                                                                   "amount paid and the amount refunded."),
        "is required": translate("CaseEditor", "A title is required."),
    }
    return known.get(exc.reason, exc.reason)


def check_fields(inputs: dict[str, Input]) -> None:
    """What the form cannot take as typed: raise CaseFileError naming the field, in the UI language."""
    title = inputs.get("title")
    if isinstance(title, QLineEdit):
        text = title.text().strip()
        if not text:
            raise CaseFileError("title", translate("CaseEditor", "A title is required."))
        if len(text) > MAX_TITLE:
            raise CaseFileError("title", translate("CaseEditor", "The title has %1 characters; at most %2 "
                                                                 "are allowed. Please shorten it.")
                                .replace("%1", str(len(text))).replace("%2", str(MAX_TITLE)))
    for key, field in inputs.items():
        if isinstance(field, NumberEdit) and (problem := field.problem()) is not None:
            raise CaseFileError(key, problem)
        if isinstance(field, QLineEdit) and key != "title" and len(field.text().strip()) > MAX_LINE:
            raise CaseFileError(key, translate("CaseEditor", "At most %1 characters.").replace("%1", str(MAX_LINE)))


def add_input_row(form: QFormLayout, key: str, parent: QWidget, note: QLabel) -> tuple[Input, QLabel]:
    """One form row: a label (its buddy is the field), the field, and a note line under it."""
    field = make_input(key, parent)
    cell = QVBoxLayout()
    cell.setSpacing(2)
    cell.addWidget(field)
    if isinstance(field, NumberEdit):
        cell.addWidget(field.reading)  # what was understood, or why it was refused
    cell.addWidget(note)
    label = QLabel(parent)
    label.setBuddy(field)
    form.addRow(label, cell)
    return field, label


def make_input(key: str, parent: QWidget) -> Input:
    if key == "platform":
        return ChoiceCombo(platform_labels, parent)
    if key == "status":
        return ChoiceCombo(case_status_labels, parent)
    if key == "refund.status":
        return ChoiceCombo(refund_status_labels, parent)
    if key.endswith(("amount", "refunded_amount")):
        return AmountEdit(parent)
    if key.endswith("_at"):
        return DateTimeField(parent)
    if key == "course.progress_percent":
        return PercentEdit(parent)
    if key == "course.misrepresented":
        return QCheckBox(parent)
    if key in ("demands", "facts"):
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(88)
        return edit
    # No maxLength: a cut would lose what was typed or pasted without a word; read() refuses instead.
    return QLineEdit(parent)


class CaseEditor(QWidget):
    """The Overview tab's form. `changed` fires on user edits only, never while loading."""

    changed = Signal()
    submitted = Signal()  # Enter in a line of the form: save now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, Input] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._loading = False
        self._warnings: dict[str, str] = {}  # the last rule check's, kept when form errors are cleared
        self._complaints: list[Complaint] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, groups in enumerate((LEFT, RIGHT)):
            box = QVBoxLayout()
            for name, keys in groups:
                box.addWidget(self._group(name, keys))
            box.addStretch(1)
            grid.addLayout(box, 0, column)
        self._connect()
        self.retranslate()

    def _group(self, name: str, keys: tuple[str, ...]) -> QGroupBox:
        group = QGroupBox(self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in keys:
            error = ErrorLabel(group)
            field, label = add_input_row(form, key, group, error)
            self.inputs[key], self.errors[key], self.labels[key] = field, error, label
        self.groups[name] = group
        return group

    def _connect(self) -> None:
        for field in self.inputs.values():
            if isinstance(field, QLineEdit):
                field.textEdited.connect(self._edited)
                field.returnPressed.connect(self.submitted)
            elif isinstance(field, ChoiceCombo):
                field.currentIndexChanged.connect(self._edited)
            elif isinstance(field, DateTimeField):
                field.changed.connect(self._edited)
            elif isinstance(field, QCheckBox):
                field.toggled.connect(self._edited)
            elif isinstance(field, QPlainTextEdit):
                field.textChanged.connect(self._edited)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    # ----- values ------------------------------------------------------------
    def load(self, data: CaseData) -> None:
        self._loading = True
        self._complaints = list(data.complaints)  # not edited here; kept so a live check still sees them
        try:
            values = flatten(data)
            for key, field in self.inputs.items():
                set_value(field, values[key])
            self.clear_errors()
        finally:
            self._loading = False

    def read(self) -> CaseData:
        """The form as CaseData; raises CaseFileError (translated reason) naming the field."""
        t = self._text
        check_fields(self.inputs)
        data = CaseData(
            title=t("title"), platform=self._choice("platform"), status=self._choice("status"),
            consumer=Consumer(**{k: t(f"consumer.{k}") for k in ("name", "phone", "address", "id_number", "email")}),
            merchant=Merchant(**{k: t(f"merchant.{k}") for k in ("name", "shop", "address", "contact")}),
            order=Order(number=t("order.number"), item=t("order.item"), amount=self._amount("order.amount"),
                        paid_at=self._when("order.paid_at"), channel=t("order.channel")),
            course=Course(starts_at=self._when("course.starts_at"), progress_percent=self._percent(),
                          misrepresented=self._checked("course.misrepresented")),
            refund=Refund(status=self._choice("refund.status"), requested_at=self._when("refund.requested_at"),
                          refunded_amount=self._amount("refund.refunded_amount") or Decimal("0.00"),
                          refunded_at=self._when("refund.refunded_at"), refused_at=self._when("refund.refused_at")),
            demands=t("demands"), facts=t("facts"),
            agent=Agent(**{k: t(f"agent.{k}") for k in ("name", "id_number", "phone")}),
            complaints=list(self._complaints),
        )
        try:
            check_consistency(data)
        except CaseFileError as exc:
            raise CaseFileError(exc.field, reason_text(exc)) from exc
        return data

    def _text(self, key: str) -> str:
        value = get_value(self.inputs[key])
        return value if isinstance(value, str) else ""

    def _choice(self, key: str) -> str:
        return cast(ChoiceCombo, self.inputs[key]).key()

    def _amount(self, key: str) -> Decimal | None:
        return cast(AmountEdit, self.inputs[key]).value()

    def _percent(self) -> Decimal | None:
        return cast(PercentEdit, self.inputs["course.progress_percent"]).value()

    def _when(self, key: str) -> datetime | None:
        return cast(DateTimeField, self.inputs[key]).value()

    def _checked(self, key: str) -> bool:
        return cast(QCheckBox, self.inputs[key]).isChecked()

    # ----- errors ------------------------------------------------------------
    def show_error(self, field: str, message: str) -> None:
        """Show a message under the field it concerns (or under the title if unknown)."""
        self.clear_errors()
        number = self.inputs.get(field)
        if isinstance(number, NumberEdit) and number.problem() is not None:
            return  # the number's own line under it already says why, in red
        self.errors.get(field, self.errors["title"]).show_error(message)

    def show_warnings(self, warnings: dict[str, str]) -> None:
        """The rule check's problems under their fields, where no error of the form is shown."""
        for key, label in self.errors.items():
            if key in self._warnings or not label.text():
                label.show_error(warnings.get(key, ""))
        self._warnings = {k: v for k, v in warnings.items() if k in self.errors}

    def clear_errors(self) -> None:
        for key, label in self.errors.items():
            label.show_error(self._warnings.get(key, ""))

    def retranslate(self) -> None:
        for name, title in group_titles().items():
            self.groups[name].setTitle(title)
        for key, text in field_labels().items():
            self.labels[key].setText(text)
            field = self.inputs[key]
            if isinstance(field, DateTimeField):
                field.set_accessible_name(text)
                field.retranslate()
            else:
                field.setAccessibleName(text)
            if isinstance(field, ChoiceCombo):
                field.retranslate()
        self.labels["course.misrepresented"].setText("")
        misrepresented = self.inputs["course.misrepresented"]
        assert isinstance(misrepresented, QCheckBox)
        misrepresented.setText(field_labels()["course.misrepresented"])


def flatten(data: CaseData) -> dict[str, object]:
    out: dict[str, object] = {"title": data.title, "platform": data.platform, "status": data.status,
                              "demands": data.demands, "facts": data.facts}
    for prefix, part in (("consumer", data.consumer), ("merchant", data.merchant), ("order", data.order),
                         ("course", data.course), ("refund", data.refund), ("agent", data.agent)):
        for key, value in vars(part).items():
            out[f"{prefix}.{key}"] = value
    return out


def set_value(field: Input, value: object) -> None:
    if isinstance(field, (AmountEdit, PercentEdit, DateTimeField)):
        field.set_value(value)  # type: ignore[arg-type]
    elif isinstance(field, ChoiceCombo):
        field.set_key(str(value))
    elif isinstance(field, QCheckBox):
        field.setChecked(bool(value))
    elif isinstance(field, QPlainTextEdit):
        field.setPlainText(str(value or ""))
    elif isinstance(field, QLineEdit):
        field.setText(str(value or ""))


def get_value(field: Input) -> object:
    if isinstance(field, (AmountEdit, PercentEdit, DateTimeField)):
        return field.value()
    if isinstance(field, ChoiceCombo):
        return field.key()
    if isinstance(field, QCheckBox):
        return field.isChecked()
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText().strip()
    if isinstance(field, QLineEdit):
        return field.text().strip()
    return None
