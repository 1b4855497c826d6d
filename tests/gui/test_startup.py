"""Start-up (#16): the list's first page shows before the store is open, and the store's answer keeps it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.domain import CaseData
from app.services import cases
from app.services.cases import CaseService
from app.views.shell.case_list_model import REMEDY
from app.views.widgets.i18n import LanguageSwitcher
from app.views.widgets.workers import WorkerRunner
from tests.gui.conftest import make_window, recent_case
from tests.store_template import seed_sqlite_store


def test_the_first_page_shows_while_the_store_is_opening(qtbot: QtBot, storeless_runner: WorkerRunner,
                                                         data_dir: Path, languages: LanguageSwitcher,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         sqlite_template: Path) -> None:
    seed_sqlite_store(data_dir, sqlite_template)  # a store made earlier: no migration here (~0.1 s)
    store = CaseService(data_dir)
    first = store.create_case(recent_case(title="第一件"))
    store.create_case(CaseData(title="第二件"))
    store.close()
    go_on = threading.Event()

    class SlowStore(CaseService):  # the store's libraries still loading
        def __init__(self, *args: object, **kwargs: object) -> None:
            assert go_on.wait(30)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cases, "CaseService", SlowStore)
    window = make_window(qtbot, None, storeless_runner, data_dir, languages, tmp_path)
    window.show()
    with qtbot.waitSignal(window.case_list.loaded, timeout=20000):
        window.open_store()
    model = window.case_list.model
    assert window.service is None and model is not None
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles == ["第一件", "第二件"], titles  # the pending deadline first
    assert window.case_list.count.text() == "共 2 个案件"
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    window.case_list.table.selectRow(0)  # type: ignore[union-attr]
    assert window.case_id is None  # chosen before the store is open: opened once it is
    with qtbot.waitSignal(window.store_ready, timeout=30000):
        go_on.set()
    qtbot.waitUntil(lambda: window.case_id == first, timeout=20000)
    qtbot.waitUntil(lambda: model.index(0, REMEDY).data() != "…", timeout=20000)  # the rule columns follow
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == titles
    assert resets == []  # the store's answer was the same page: nothing was redrawn from scratch
    assert window.case_list.table.selectionModel().selectedRows()[0].row() == 0  # type: ignore[union-attr]
    window.close()
    window.service.close()  # type: ignore[union-attr]
