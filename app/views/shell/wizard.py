"""The new-case wizard for first-time users: a page each for platform, order, course, refund and you.

Every field says where to find it in the app the course was bought from. The first page can start
from screenshots (wizard_shots.py: read in the background, the facts they show fill the empty fields,
each marked with the file it was read from). The wizard only collects a CaseData and the screenshots;
the main window creates the case (in a worker) and opens it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.case_json import check_consistency
from app.core.domain import CaseData, Consumer, Course, Merchant, Order, Refund
from app.core.errors import CaseFileError
from app.core.settings import Profile
from app.views.shell.wizard_shots import Note, ScreenshotStart
from app.views.widgets.case_editor import (
    add_input_row,
    check_fields,
    get_value,
    reason_text,
    set_value,
)
from app.views.widgets.form_fields import ChoiceCombo, DateTimeField, ErrorLabel, HintLabel
from app.views.widgets.labels import field_labels
from app.views.widgets.workers import WorkerRunner

if TYPE_CHECKING:
    from app.services.reading import FileReading

translate = QCoreApplication.translate
PAGES = (
    ("platform", ("title", "platform")),  # the title first: where the cursor starts
    ("order", ("order.number", "order.item", "order.amount", "order.paid_at", "merchant.name", "merchant.shop")),
    ("course", ("course.starts_at", "course.progress_percent", "course.misrepresented")),
    ("refund", ("refund.status", "refund.requested_at", "refund.refunded_amount")),
    ("you", ("consumer.name", "consumer.phone", "consumer.address")),
)


def wizard_labels() -> dict[str, str]:
    """Field labels, with more context where the wizard shows a field outside its group."""
    labels = field_labels()
    labels["merchant.name"] = translate("NewCaseWizard", "Merchant company")
    labels["merchant.shop"] = translate("NewCaseWizard", "Shop or streamer")
    return labels


def page_texts() -> dict[str, tuple[str, str]]:
    return {
        "platform": (translate("NewCaseWizard", "Where did you buy the course?"),
                     translate("NewCaseWizard", "Give the case a short title you will recognise later.")),
        "order": (translate("NewCaseWizard", "The order"),
                  translate("NewCaseWizard", "Copy these from the order details. Leave empty what you cannot find.")),
        "course": (translate("NewCaseWizard", "The course"),
                   translate("NewCaseWizard", "When it starts and how much of it you have studied decide the refund.")),
        "refund": (translate("NewCaseWizard", "Your refund so far"),
                   translate("NewCaseWizard", "Have you asked the merchant for a refund yet?")),
        "you": (translate("NewCaseWizard", "You"),
                translate("NewCaseWizard", "A complaint needs your name, phone and address. Filled in from Settings.")),
        "you_empty": (translate("NewCaseWizard", "You"),
                      translate("NewCaseWizard", "A complaint needs your name, phone and address. Save them in "
                                                 "Settings and every new case starts with them.")),
    }


def kuaishou_hints() -> dict[str, str]:
    return {
        "title": translate("NewCaseWizard", "For example: Kuaishou English course refund"),
        "order.number": translate("NewCaseWizard", "Kuaishou → Me → Orders → open the course → Order details: "
                                                   "“Order number” (long-press to copy)."),
        "order.item": translate("NewCaseWizard", "The product name at the top of the order details."),
        "order.amount": translate("NewCaseWizard", "“Amount paid” in the order details."),
        "order.paid_at": translate("NewCaseWizard", "“Payment time” in the order details, or in your WeChat Pay / "
                                                    "Alipay bill."),
        "merchant.name": translate("NewCaseWizard", "Order details → shop name → shop page → Qualifications: the "
                                                    "company name on the business licence."),
        "merchant.shop": translate("NewCaseWizard", "The streamer or shop that sold the course."),
        "course.starts_at": translate("NewCaseWizard", "On the course page, or in the class notice you got after "
                                                       "buying."),
        "course.progress_percent": translate("NewCaseWizard", "Course page → study record. If unsure: lessons "
                                                              "watched ÷ all lessons × 100."),
        "course.misrepresented": translate("NewCaseWizard", "For example the live stream promised “pass in 7 days "
                                                            "or your money back”, and it was not true."),
        "refund.status": translate("NewCaseWizard", "Kuaishou → Me → Orders → After-sales / Refunds shows the "
                                                    "refund progress."),
        "refund.requested_at": translate("NewCaseWizard", "“Request time” in the refund details."),
        "refund.refunded_amount": translate("NewCaseWizard", "Money already back in your account; leave empty if "
                                                             "none."),
        "consumer.name": translate("NewCaseWizard", "Your real name, as on your ID card."),
        "consumer.phone": translate("NewCaseWizard", "A number the regulator can call you on."),
        "consumer.address": translate("NewCaseWizard", "Where letters about the complaint should go."),
    }


def other_hints() -> dict[str, str]:
    hints = kuaishou_hints()
    hints.update({
        "order.number": translate("NewCaseWizard", "In the app you bought from: Me → Orders → Order details: the "
                                                   "order number."),
        "merchant.name": translate("NewCaseWizard", "The company on the shop's licence or qualifications page, or "
                                                    "on the contract."),
        "refund.status": translate("NewCaseWizard", "The after-sales or refund page of the order shows the refund "
                                                    "progress."),
    })
    return hints


class FieldsPage(QWizardPage):
    """One wizard page: a form of case fields, each with its hint and error line."""

    def __init__(self, name: str, keys: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.inputs: dict[str, QWidget] = {}
        self.hints: dict[str, HintLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.notes: dict[str, Note] = {}  # what the screenshots showed for a field (wizard_shots.py)
        self.error = ErrorLabel(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in keys:
            hint = HintLabel("", self)
            field, label = add_input_row(form, key, self, hint)
            self.inputs[key], self.hints[key], self.labels[key] = field, hint, label
        self.box = QVBoxLayout(self)
        self.box.addLayout(form)
        self.box.addWidget(self.error)
        self.box.addStretch(1)

    def retranslate(self, platform: str, from_settings: bool = True) -> None:
        name = "you_empty" if self.name == "you" and not from_settings else self.name
        title, subtitle = page_texts()[name]
        self.setTitle(title)
        self.setSubTitle(subtitle)
        hints = kuaishou_hints() if platform == "kuaishou" else other_hints()
        labels = wizard_labels()
        for key, field in self.inputs.items():
            text = labels[key]
            self.labels[key].setText(text)
            field.setAccessibleName(text)
            if isinstance(field, QCheckBox):
                self.labels[key].setText("")
                field.setText(text)
            elif isinstance(field, DateTimeField):
                field.set_accessible_name(text)
                field.retranslate()
            if isinstance(field, ChoiceCombo):
                field.retranslate()
            note = self.notes.get(key)
            self.hints[key].setText("\n".join(t for t in (note() if note else "", hints.get(key, "")) if t))

    def initializePage(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, NewCaseWizard):
            self.retranslate(wizard.platform(), wizard.from_settings)


class NewCaseWizard(QWizard):
    def __init__(self, profile: Profile, parent: QWidget | None = None, runner: WorkerRunner | None = None) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.pages = [FieldsPage(name, keys, self) for name, keys in PAGES]
        for page in self.pages:
            self.addPage(page)
        self.inputs = {k: v for page in self.pages for k, v in page.inputs.items()}
        self.shots = ScreenshotStart(runner or WorkerRunner(), self.pages[0])
        self.pages[0].box.insertWidget(1, self.shots)
        self.shots.readingDone.connect(self.fill_from)
        title = self.inputs["title"]
        assert isinstance(title, QLineEdit)
        self.pages[0].registerField("title*", title)  # Next stays off until there is a title
        for key, value in (("consumer.name", profile.name), ("consumer.phone", profile.phone),
                           ("consumer.address", profile.address)):
            set_value(self.inputs[key], value)
        # Step 5 says its fields came from Settings only when they did.
        self.from_settings = any((profile.name, profile.phone, profile.address))
        self._initial = self._snapshot()
        platform = self.inputs["platform"]
        assert isinstance(platform, ChoiceCombo)
        platform.currentIndexChanged.connect(self.retranslate)
        self.resize(720, 560)
        self.retranslate()

    def platform(self) -> str:
        return str(get_value(self.inputs["platform"]))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case"))
        for page in self.pages:
            page.retranslate(self.platform(), self.from_settings)
        self.shots.retranslate()

    def screenshots(self) -> tuple[list[Path], list[FileReading], str | None]:
        """The files chosen with "Start from screenshots", what was read on them and by which engine."""
        return self.shots.files, self.shots.readings, self.shots.engine

    def fill_from(self, readings: Sequence[FileReading]) -> None:
        """Fill the empty fields with the facts the screenshots agree on, each noting its file; a field
        already filled keeps what was typed (the note says what the screenshot shows)."""
        from app.views.shell.wizard_fill import fill_fields

        self.shots.filled = fill_fields(self.pages, readings)
        self.retranslate()

    def _snapshot(self) -> list[object]:
        def raw(field: QWidget) -> object:
            return field.text() if isinstance(field, QLineEdit) else get_value(field)  # as typed, even refused

        return [raw(self.inputs[k]) for k in sorted(self.inputs)]

    def has_input(self) -> bool:
        """Something was typed or chosen (screenshots too) since the wizard opened."""
        return self._snapshot() != self._initial or bool(self.shots.files)

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: ask before what was typed is thrown away."""
        if self.has_input():
            self.ask_discard()
        else:
            self.discard()

    def discard(self) -> None:
        """Close and forget what was typed, without asking."""
        self.shots.stop()
        super().reject()

    def ask_discard(self) -> QMessageBox:
        """A question over the wizard (not blocking): Discard closes it, Keep editing goes back to it."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the new case?"),
                          self.tr("What you typed in this wizard has not been saved. Discard it?"),
                          QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _result: self.discard() if box.clickedButton() is discard else None)
        self.discard_box = box
        box.open()
        return box

    def value(self, key: str) -> object:
        return get_value(self.inputs[key])

    def case_data(self) -> CaseData:
        """What was entered, as CaseData; raises CaseFileError naming the field."""
        check_fields(self.inputs)

        def text(key: str) -> str:
            value = self.value(key)
            return value if isinstance(value, str) else ""

        def opt(key: str) -> object:
            return self.value(key)

        refunded = opt("refund.refunded_amount")
        data = CaseData(
            title=text("title"), platform=text("platform"),
            consumer=Consumer(name=text("consumer.name"), phone=text("consumer.phone"),
                              address=text("consumer.address")),
            merchant=Merchant(name=text("merchant.name"), shop=text("merchant.shop")),
            order=Order(number=text("order.number"), item=text("order.item"),
                        amount=opt("order.amount"), paid_at=opt("order.paid_at")),  # type: ignore[arg-type]
            course=Course(starts_at=opt("course.starts_at"),  # type: ignore[arg-type]
                          progress_percent=opt("course.progress_percent"),  # type: ignore[arg-type]
                          misrepresented=bool(opt("course.misrepresented"))),
            refund=Refund(status=text("refund.status"), requested_at=opt("refund.requested_at"),  # type: ignore[arg-type]
                          refunded_amount=refunded if isinstance(refunded, Decimal) else Decimal("0.00")),
        )
        check_consistency(data)
        return data

    def validateCurrentPage(self) -> bool:
        """A page's own fields as typed (a title, amounts), and from the refund page on the facts together."""
        page = self.currentPage()
        if not isinstance(page, FieldsPage):
            return super().validateCurrentPage()
        try:
            check_fields(page.inputs)
            if page.name in ("refund", "you"):
                self.case_data()
        except CaseFileError as exc:
            page.error.show_error(reason_text(exc))
            field = page.inputs.get(exc.field)
            if field is not None:
                field.setFocus()
            return False
        page.error.show_error("")
        return super().validateCurrentPage()
