"""One table of names per choice: every value of each enumeration has a name in both languages, and
no name falls back to the raw code (which a user would see as 'refund_plus_compensation')."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from app.core import enums
from app.core.domain import CaseData
from app.views.widgets import labels
from app.views.widgets.i18n import LanguageSwitcher

TABLES: list[tuple[type, Callable[[str], str]]] = [
    (enums.Platform, lambda v: labels.platform_labels()[v]),
    (enums.CaseStatus, lambda v: labels.case_status_labels()[v]),
    (enums.RefundStatus, lambda v: labels.refund_status_labels()[v]),
    (enums.EvidenceKind, labels.kind_label),
    (enums.Recipient, labels.recipient_label),
    (enums.ComplaintChannel, lambda v: labels.channel_labels()[v]),
    (enums.ComplaintOutcome, lambda v: labels.outcome_labels()[v]),
    (enums.Remedy, labels.remedy_label),
    (enums.Remedy, lambda v: labels.remedy_label(v, short=True)),
    (enums.Verdict, labels.verdict_label),
    (enums.Language, labels.language_label),
]


def _fields(data: object, prefix: str = "") -> Iterable[str]:
    for name, value in vars(data).items():
        if name in ("evidence", "events", "complaints", "agent_letter") or name.startswith("_"):
            continue
        if hasattr(value, "__dict__") and not isinstance(value, type):
            yield from _fields(value, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_choice_and_field_has_a_name(languages: LanguageSwitcher, lang: str) -> None:
    assert languages.apply(lang) or lang == "en"
    for enum, name in TABLES:
        for value in enum:
            shown = name(str(value))
            assert shown and shown != str(value), (enum.__name__, value, lang)
            if lang == "zh_CN":
                assert any("\u4e00" <= ch <= "\u9fff" for ch in shown), (enum.__name__, value, shown)
    form = labels.field_labels()
    for field in _fields(CaseData(title="t")):
        assert field in form, field
        assert labels.field_label(field) not in ("", field)
