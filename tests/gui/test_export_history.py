"""The export history's right-click menu: open the bundle, show it in its folder, copy its path; for a file that
is gone (or whose place was never recorded) what cannot work is disabled and says why."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QGuiApplication
from pytestqt.qtbot import QtBot

from app.core.domain import ExportInfo
from app.core.timeutil import now
from app.views.tabs import export_history
from app.views.tabs.export_history import ExportHistory
from app.views.widgets.i18n import LanguageSwitcher


def export(n: int, path: Path | None, minutes_ago: int) -> ExportInfo:
    return ExportInfo(id=n, case_id=1, at=now() - timedelta(minutes=minutes_ago), recipient="market_regulator",
                      lang="zh", pages=3, sha256="ab" * 32, file_name=path.name if path else f"old-{n}.pdf",
                      path=str(path) if path else None)


def actions(history: ExportHistory, row: int) -> dict[str, QAction]:
    menu = history.menu_for(row)
    assert menu is not None
    return {a.text(): a for a in menu.actions()}


@pytest.fixture
def history(qtbot: QtBot, tmp_path: Path, languages: LanguageSwitcher) -> ExportHistory:
    here = tmp_path / "退款材料-20261201.pdf"
    here.write_bytes(b"%PDF-1.7\n")
    widget = ExportHistory()
    qtbot.addWidget(widget)
    # Shown newest first: the file that is there, the one that is gone, one from before paths were kept.
    widget.show_exports([export(1, None, 30), export(2, tmp_path / "gone.pdf", 20), export(3, here, 10)])
    widget.set_states({1: "unknown", 2: "gone", 3: "same"})
    return widget


def test_the_menu_opens_shows_and_copies_a_bundle_that_is_there(
        history: ExportHistory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[str, Path]] = []
    monkeypatch.setattr(export_history, "open_file", lambda p: opened.append(("open", p)))
    monkeypatch.setattr(export_history, "show_in_folder", lambda p: opened.append(("folder", p)))
    menu = actions(history, 0)
    assert list(menu) == ["打开", "在文件夹中显示", "复制路径"]
    assert all(a.isEnabled() and not a.toolTip().startswith("文件已不在") for a in menu.values())
    menu["打开"].trigger()
    menu["在文件夹中显示"].trigger()
    here = tmp_path / "退款材料-20261201.pdf"
    assert opened == [("open", here), ("folder", here)]
    menu["复制路径"].trigger()
    assert QGuiApplication.clipboard().text() == str(here)


def test_a_bundle_that_is_gone_cannot_be_opened_and_says_why(
        history: ExportHistory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(export_history, "open_file", opened.append)
    menu = actions(history, 1)
    gone = str(tmp_path / "gone.pdf")
    for name in ("打开", "在文件夹中显示"):
        assert not menu[name].isEnabled()
        assert menu[name].toolTip() == menu[name].statusTip() == f"文件已不在 {gone}：已被移动或删除。"
    menu["打开"].trigger()  # a disabled action does nothing
    assert opened == []
    menu["复制路径"].trigger()  # where it was is still worth knowing (to look for it)
    assert menu["复制路径"].isEnabled() and QGuiApplication.clipboard().text() == gone
    unknown = actions(history, 2)  # no place recorded: nothing to open, show or copy
    assert not any(a.isEnabled() for a in unknown.values())
    assert "没有记录" in unknown["打开"].toolTip()


def test_right_click_on_a_row_pops_its_menu(qtbot: QtBot, history: ExportHistory) -> None:
    history.resize(900, 300)
    history.show()
    qtbot.waitExposed(history)
    table = history.table
    row_rect = table.visualRect(table.model().index(1, 0))
    table.customContextMenuRequested.emit(row_rect.center())
    qtbot.waitUntil(lambda: history.menu is not None and history.menu.isVisible())
    assert history.menu is not None
    assert not history.menu.actions()[0].isEnabled()  # row 1 is the bundle that is gone
    history.menu.close()
    first = history.menu
    below = QPoint(5, table.viewport().height() - 2)
    table.customContextMenuRequested.emit(below)  # below the rows, no row current: no menu
    assert history.menu is first and not first.isVisible()
    table.setCurrentCell(0, 0)
    table.customContextMenuRequested.emit(below)  # the menu key: the current row's menu
    qtbot.waitUntil(lambda: history.menu is not first and history.menu is not None and history.menu.isVisible())
    assert history.menu.actions()[0].isEnabled()  # row 0 is the bundle that is there
    history.menu.close()
