"""The facts read on screenshots put into the new-case wizard's fields, each with a note naming its file.

Only empty fields are filled; what the user typed is kept and the note says what the screenshot shows
instead. Facts the screenshots disagree on fill nothing and the note lists the values. The note is made
in the current language each time it is shown (FieldsPage.retranslate).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from app.core.timeutil import parse_datetime
from app.views.widgets.case_editor import get_value, set_value

if TYPE_CHECKING:
    from app.services.reading import FileReading

translate = QCoreApplication.translate


def _typed(field: Any) -> object:
    """What the field holds as typed (even a value the field refuses counts as typed)."""
    if isinstance(field, QLineEdit):
        return field.text().strip()
    return get_value(field)


def _as_text(current: object, typed: object) -> str:
    if isinstance(current, datetime):
        return current.isoformat()
    return str(current if current not in (None, "") else typed)


def _as_field_value(key: str, value: str) -> object:
    if key == "order.amount":
        return Decimal(value)
    if key == "order.paid_at":
        return parse_datetime(value)
    return value


def fill_fields(pages: Sequence[Any], readings: Sequence[FileReading]) -> int:
    """Fill and annotate the pages' fields; the number of fields filled."""
    from app.services.proof import same
    from app.services.reading import agreed_facts

    agreed, differ = agreed_facts(readings)
    fields = {key: (page, field) for page in pages for key, field in page.inputs.items()}
    filled = 0
    for page in pages:
        page.notes.clear()
    for key, found in agreed.items():
        if key not in fields:
            continue  # order.channel: not asked by the wizard (the case editor has it)
        page, field = fields[key]
        name, line, value = Path(found.path).name, found.line, found.value
        typed = _typed(field)
        if typed in ("", None):
            set_value(field, _as_field_value(key, value))
            filled += 1
            page.notes[key] = lambda n=name, w=line: translate(
                "NewCaseWizard", "Read from {file}: 「{words}」. Check it; change it if it is wrong.").format(
                file=n, words=w)
        elif not same(key, _as_text(get_value(field), typed), value):
            page.notes[key] = lambda n=name, v=value: translate(
                "NewCaseWizard", "{file} shows 「{value}」; what you typed is kept.").format(file=n, value=v)
        else:
            page.notes[key] = lambda n=name: translate("NewCaseWizard", "{file} shows the same.").format(file=n)
    for d in differ:
        if d.key in fields:
            page = fields[d.key][0]
            listed = "; ".join(f"「{v}」 ({Path(p).name})" for v, p in d.values)
            page.notes[d.key] = lambda listed=listed: translate(
                "NewCaseWizard", "The screenshots show different values, so nothing was filled in: {values}").format(
                values=listed)
    return filled
