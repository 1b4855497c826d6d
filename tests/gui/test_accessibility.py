"""Every control a user can reach has a name a screen reader can say, on every tab, in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.views.shell.main_window import MainWindow
from app.views.tabs.case_tabs import TABS
from tests.gui.test_main_window import open_demo

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def _inner_of_composite(widget: QWidget) -> bool:
    """Parts Qt builds inside another control (a spin box's line edit, a combo's list, a tab bar's scrollers)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or type(parent).__name__ == "QTabBar":
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root) or _inner_of_composite(widget):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName() or text.replace("&", "").strip() or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName() or ''} in {type(widget.parentWidget()).__name__}")
    return missing


def test_every_control_on_every_tab_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    assert unnamed_controls(window) == []  # the welcome page
    open_demo(qtbot, window)
    for language in ("zh_CN", "en"):
        window.set_language(language)
        for key in TABS:
            window.tabs.setCurrentWidget(window.panels[key])
            assert unnamed_controls(window) == [], (language, key)


def test_dialogs_name_their_controls(qtbot: QtBot, window: MainWindow) -> None:
    from app.views.tabs.timeline_panel import EventDialog

    window.show()
    wizard = window.new_case()
    assert wizard is not None
    seen = set()
    while wizard.currentId() not in seen:  # every page the wizard shows before it needs input
        seen.add(wizard.currentId())
        assert unnamed_controls(wizard) == [], wizard.currentId()
        wizard.next()
    wizard.discard()
    settings = window.open_settings()
    assert unnamed_controls(settings) == []
    settings.reject()
    dialog = EventDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
