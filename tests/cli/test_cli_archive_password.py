"""Encrypted case archives: AES-256 ZIP that 7-Zip opens with the password, nothing readable without it."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.privacy_fixtures import SHOT_BOX, secret_screenshot
from tests.store_helpers import case_dict, write_case_json

PASSWORD = "糖葫芦 horse battery"  # not ASCII on purpose: 7-Zip must read it the same way
CASE_TEXTS = ["快手课程退款", "张三", "13800000000", "2026110112345678", "北京市朝阳区", "微信支付凭证", "pay.png",
              "chat.txt", "某某教育科技有限公司", "直播间购买课程"]
SEVEN_ZIP = shutil.which("7z")


def _case(run: Run, tmp_path: Path) -> str:
    folder = tmp_path / "in"
    write_case_json(folder)  # the PNG and the chat log
    data = json.loads((folder / "case.json").read_text("utf-8"))
    secret_screenshot(folder / "身份证照片.png")
    data["evidence"].append({"file": "身份证照片.png", "kind": "other", "title": "身份证照片"})
    (folder / "case.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    case_id = run("case", "create", "--json", str(folder / "case.json"), check=True).stdout.strip()
    shot = json.loads(run("case", "show", case_id, "--json").stdout)["evidence"][2]
    b = SHOT_BOX
    run("evidence", "redact", str(shot["id"]), "--box", f"{b.x},{b.y},{b.w},{b.h}", check=True)
    return case_id


def _password_file(tmp_path: Path, text: str = PASSWORD) -> Path:
    path = tmp_path / "pw.txt"
    path.write_text(text + "\n", "utf-8")
    return path


@pytest.fixture
def encrypted(run: Run, tmp_path: Path) -> tuple[str, Path]:
    case_id = _case(run, tmp_path)
    out = tmp_path / "out" / "案件包.zip"
    run("archive", "export", case_id, "--out", str(out), "--password-file", str(_password_file(tmp_path)),
        check=True)
    return case_id, out


def test_encrypted_archive_hides_the_case_and_every_entry_is_aes(encrypted: tuple[str, Path]) -> None:
    _case_id, out = encrypted
    blob = out.read_bytes()
    for text in CASE_TEXTS + ["身份证照片"]:
        assert text.encode("utf-8") not in blob, text
        assert text.encode("gb18030") not in blob, text
    with zipfile.ZipFile(out) as zf:
        infos = zf.infolist()
        assert infos and all(i.flag_bits & 0x1 for i in infos)
        assert all(i.compress_type == 99 for i in infos)  # WinZip AES
        assert {i.filename for i in infos} >= {"case.json", "audit.json", "manifest.sha256"}
        assert all(i.filename.startswith("originals/") for i in infos if i.filename not in
                   ("case.json", "audit.json", "manifest.sha256"))
        with pytest.raises(RuntimeError):
            zf.read("case.json")  # the standard library cannot read it without the password


@pytest.mark.skipif(SEVEN_ZIP is None, reason="7z (Debian p7zip-full) is not installed")
def test_seven_zip_opens_it_with_the_password_only(encrypted: tuple[str, Path], tmp_path: Path) -> None:
    _case_id, out = encrypted
    assert SEVEN_ZIP is not None
    listing = subprocess.run([SEVEN_ZIP, "l", "-slt", str(out)], capture_output=True, text=True, check=True).stdout
    assert "AES-256" in listing
    wrong = subprocess.run([SEVEN_ZIP, "t", "-pnot-the-password", str(out)], capture_output=True, text=True)
    assert wrong.returncode != 0 and "Wrong password" in wrong.stdout + wrong.stderr
    target = tmp_path / "7z-out"
    subprocess.run([SEVEN_ZIP, "x", f"-p{PASSWORD}", f"-o{target}", str(out)], capture_output=True, check=True)
    case = json.loads((target / "case.json").read_text("utf-8"))
    assert case["title"] == "快手课程退款" and case["consumer"]["name"] == "张三"
    manifest = (target / "manifest.sha256").read_text("utf-8")
    check = subprocess.run(["sha256sum", "-c", "manifest.sha256"], cwd=target, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert len(manifest.splitlines()) == 3


def test_import_with_the_password_gives_the_case_and_its_redaction(encrypted: tuple[str, Path], run: Run,
                                                                   tmp_path: Path) -> None:
    case_id, out = encrypted
    new_id = run("archive", "import", str(out), "--password-file", str(_password_file(tmp_path)), "--as-copy",
                 check=True).stdout.strip()  # the same store has the case: a second one only as a copy (#12)
    a = json.loads(run("case", "show", case_id, "--json").stdout)
    b = json.loads(run("case", "show", new_id, "--json").stdout)
    assert [(e["sha256"], e["original_name"]) for e in a["evidence"]] == \
        [(e["sha256"], e["original_name"]) for e in b["evidence"]]
    shot = json.loads(run("evidence", "redact", str(b["evidence"][2]["id"]), "--json").stdout)
    assert shot["areas"] == 1 and shot["boxes"][0]["x"] == SHOT_BOX.x


def test_wrong_or_missing_password_is_a_clear_error_and_writes_nothing(
        encrypted: tuple[str, Path], run: Run, tmp_path: Path, data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _case_id, out = encrypted
    before = sorted(p.name for p in data_dir.iterdir())
    objects = sorted(p.name for p in (data_dir / "vault" / "objects").rglob("*"))
    cases = run("case", "list", "--json").stdout
    proc = run("archive", "import", str(out), "--password-file", str(_password_file(tmp_path, "wrong password!")))
    assert proc.returncode == 1
    assert proc.stderr == f"error: {out}: wrong password\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # asked, and nothing typed
    proc = run("archive", "import", str(out))
    assert proc.returncode == 1 and "no password was given" in proc.stderr
    monkeypatch.setattr(sys, "stdin", io.StringIO("also wrong\n"))
    proc = run("archive", "import", str(out))
    assert proc.returncode == 1 and proc.stderr.endswith(f"error: {out}: wrong password\n")
    assert "Password: " in proc.stderr
    assert run("case", "list", "--json").stdout == cases
    assert sorted(p.name for p in data_dir.iterdir()) == before  # no archive-* folder left behind
    assert sorted(p.name for p in (data_dir / "vault" / "objects").rglob("*")) == objects


def test_the_password_is_asked_for_when_the_archive_is_encrypted(encrypted: tuple[str, Path], run: Run,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _case_id, out = encrypted
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    proc = run("archive", "import", str(out), "--as-copy", check=True)
    assert proc.stdout.strip().isdigit() and PASSWORD not in proc.stdout + proc.stderr


def test_export_asks_twice_on_a_terminal_and_refuses_short_passwords(run: Run, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in", case_dict())),
                  check=True).stdout.strip()
    out = tmp_path / "a.zip"
    answers = iter(["long enough 1", "long enough 2"])

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    proc = run("archive", "export", case_id, "--out", str(out), "--password")
    assert proc.returncode == 1 and "the two passwords differ" in proc.stderr and not out.exists()
    answers = iter(["short", "short"])
    proc = run("archive", "export", case_id, "--out", str(out), "--password")
    assert proc.returncode == 2 and "at least 8 characters" in proc.stderr and not out.exists()
    answers = iter(["a fine passphrase", "a fine passphrase"])
    run("archive", "export", case_id, "--out", str(out), "--password", check=True)
    assert zipfile.ZipFile(out).infolist()[0].flag_bits & 0x1


def test_plain_archives_still_work_and_mixed_ones_are_refused(run: Run, tmp_path: Path) -> None:
    import pyzipper

    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in")), check=True).stdout.strip()
    plain = tmp_path / "plain.zip"
    run("archive", "export", case_id, "--out", str(plain), check=True)
    with zipfile.ZipFile(plain) as zf:
        assert not any(i.flag_bits & 0x1 for i in zf.infolist())
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    assert run("archive", "import", str(plain), "--as-copy", check=True).stdout.strip().isdigit()
    mixed = tmp_path / "mixed.zip"
    with pyzipper.AESZipFile(mixed, "w", encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(PASSWORD.encode())
        for name, data in entries.items():
            if name != "manifest.sha256":
                zf.writestr(name, data)
    with zipfile.ZipFile(mixed, "a") as zf:
        zf.writestr("manifest.sha256", entries["manifest.sha256"])
    proc = run("archive", "import", str(mixed), "--password-file", str(_password_file(tmp_path)))
    assert proc.returncode == 1 and "some entries are encrypted and some are not" in proc.stderr
