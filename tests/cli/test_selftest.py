"""`--self-test`: the whole app works from source, and it never touches the user's data."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from app.selftest.steps import unembedded_fonts
from tests.forked_app import GUI_PRELOAD, ForkServer, cli_env


def run_selftest(tmp_path: Path, fork_server: ForkServer) -> subprocess.CompletedProcess[str]:
    """`python -m app --self-test`, forked from a process that imported the command line and the window
    (tests/forked_app.py): that the steps pass from source is the point here; the packaged app's self-test
    starts its own interpreter (scripts/build_app.sh), and its OCR worker and image workers are spawned
    processes either way."""
    env = cli_env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Where the user's data and settings would go: the self-test must leave both alone, and must not
    # use a configured database server either (this one does not exist: using it would fail).
    env["REFUND_EVIDENCE_HOME"] = str(tmp_path / "user-data")
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg-config")
    env["REFUND_EVIDENCE_DB_URL"] = "postgresql://nobody@127.0.0.1:1/nothing"
    return fork_server.run(["--self-test"], env, preload=GUI_PRELOAD)


def test_self_test_passes_from_source(tmp_path: Path, fork_server: ForkServer) -> None:
    proc = run_selftest(tmp_path, fork_server)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[-1].startswith("SELF-TEST OK"), proc.stdout
    assert "Qt 6." in lines[-1] and "Python 3." in lines[-1] and "SQLite 3." in lines[-1]
    for step in ("example case", "rule check", "export bundle", "fonts embedded", "hashes in bundle", "main window"):
        assert any(line.startswith(f"ok   {step}") for line in lines), f"{step} not reported:\n{proc.stdout}"
    assert "Traceback" not in proc.stderr, proc.stderr
    for folder in ("user-data", "xdg-data", "xdg-config"):
        assert not (tmp_path / folder).exists() or not any((tmp_path / folder).rglob("*")), folder


def test_unembedded_font_is_found(tmp_path: Path) -> None:
    """The font check is not vacuous: reportlab's Helvetica is never embedded."""
    pdf = tmp_path / "helvetica.pdf"
    canvas = Canvas(str(pdf))
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, "not embedded")
    canvas.showPage()
    canvas.save()
    assert unembedded_fonts(pdf) == ["page 1: /F1 (/Helvetica)"]


def test_embedded_font_passes(tmp_path: Path) -> None:
    from app.bundle.pdf_fonts import register

    pdf = tmp_path / "wqy.pdf"
    canvas = Canvas(str(pdf), initialFontName=register())  # else the page starts in Helvetica
    canvas.drawString(72, 720, "维权证据夹 ¥199.00")
    canvas.showPage()
    canvas.save()
    assert unembedded_fonts(pdf) == []


def test_failing_step_is_named_and_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """The runner in this process, with the steps up to the export (the whole list runs in a real process
    above): a failing step is named, the next steps still run, the exit code is 1."""
    from app.selftest import runner

    names = [name for name, _step in runner.STEPS]
    monkeypatch.setattr(runner, "STEPS", runner.STEPS[:names.index("export bundle") + 1])
    assert runner.run_self_test(tmp_path / "missing.json") == 1
    out = capsys.readouterr().out
    assert "FAIL resources: StepFailed: missing:" in out
    assert "FAIL example case:" in out
    assert any(line.startswith("ok   database") for line in out.splitlines()), out  # the rest still ran
    assert out.splitlines()[-1].startswith("SELF-TEST FAILED (resources, example case,"), out
    assert "Traceback" not in out, out
