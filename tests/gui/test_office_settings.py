"""Settings → Office server: saved per desk, the password only in a keyring, said so when there is none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core import office
from app.views.shell.main_window import MainWindow
from tests.office_helpers import MemoryKeyring, using_keyring


@pytest.fixture
def desk_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("REFUND_EVIDENCE_CONFIG_DIR", str(folder))
    return folder


def test_without_a_keyring_the_password_is_off_and_nothing_is_stored(qtbot: QtBot, window: MainWindow,
                                                                     desk_config: Path) -> None:
    dialog = window.open_settings()
    box = dialog.office
    assert not box.password.isEnabled()
    assert "keyring" in box.password_note.text() and "没有" in box.password_note.text()
    box.volunteer.setText("李雷")
    box.server.setText("db.office.lan:5433")
    box.database.setText("cases")
    box.user.setText("desk1")
    dialog.accept()
    saved = json.loads((desk_config / "office.json").read_text("utf-8"))
    assert saved == {"server": "db.office.lan:5433", "database": "cases", "user": "desk1", "volunteer": "李雷"}
    assert "办公室服务器" in window.status.text()
    assert office.current_actor() == "李雷"


def test_the_password_goes_to_the_keyring_only(qtbot: QtBot, window: MainWindow, desk_config: Path) -> None:
    with using_keyring(MemoryKeyring()) as backend:
        dialog = window.open_settings()
        box = dialog.office
        assert box.password.isEnabled()
        box.server.setText("db.office.lan")
        box.database.setText("cases")
        box.user.setText("desk1")
        box.password.setText("s3cret")
        dialog.accept()
        assert backend.saved == {("RefundEvidence", "desk1@db.office.lan/cases"): "s3cret"}  # type: ignore[attr-defined]
        assert "s3cret" not in (desk_config / "office.json").read_text("utf-8")
        again = window.open_settings()
        assert again.office.server.text() == "db.office.lan" and again.office.password.text() == ""
        again.reject()


def test_the_environment_variable_is_named_when_it_wins(qtbot: QtBot, window: MainWindow, desk_config: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFUND_EVIDENCE_DB_URL", "postgresql+psycopg://x@/y")
    dialog = window.open_settings()
    assert not dialog.office.env_note.isHidden() and "REFUND_EVIDENCE_DB_URL" in dialog.office.env_note.text()
    dialog.reject()
