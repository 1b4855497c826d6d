"""#14: every input is bounded, and every bad one is `error: …` naming the file or field (exit 1 or 2)."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from app.core.timeutil import BEIJING
from tests.cli.conftest import Run, cli_env
from tests.forked_app import ForkServer
from tests.pdf_text import pdf_text
from tests.store_helpers import case_dict, png, write_case_json
from tests.store_template import seed_sqlite_store

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


@pytest.fixture
def case_id(run: Run, tmp_path: Path) -> str:
    return run("case", "create", "--json", str(write_case_json(tmp_path / "in")), check=True).stdout.strip()


def _fails(proc: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stderr.startswith("error: ") or "\nerror: " in proc.stderr, proc.stderr
    assert "unexpected failure" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    for word in words:
        assert word in proc.stderr, (word, proc.stderr)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="POSIX devices")
def test_devices_are_not_read(run: Run) -> None:
    _fails(run("case", "create", "--json", "/dev/zero"), 2, "/dev/zero", "not a regular file")
    _fails(run("check", "--file", "/dev/urandom"), 2, "/dev/urandom", "not a regular file")
    _fails(run("archive", "import", "/dev/zero"), 1, "/dev/zero", "not a regular file")


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_never_blocks(tmp_path: Path, data_dir: Path, sqlite_template: Path,
                             fork_server: ForkServer) -> None:
    """Four commands given a FIFO nobody writes to, each in a real process (tests/forked_app.py) with a timeout
    (in this process a blocking open would hang the suite): each ends with `error: …`."""
    seed_sqlite_store(data_dir, sqlite_template)  # a store to open, not one to migrate first
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    commands = [["case", "create", "--json", str(fifo)], ["check", "--file", str(fifo)],
                ["archive", "import", str(fifo)], ["evidence", "add", "1", str(fifo)]]
    for args in commands:
        done = fork_server.run(["--data-dir", str(data_dir), *args], cli_env(), timeout=60)
        assert done.returncode in (1, 2) and done.stderr.startswith("error: "), (args, done.stderr)
        assert "Traceback" not in done.stderr


def test_a_huge_case_json_is_refused_by_size(run: Run, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:
        fh.truncate(17 * 1024**2)  # sparse: no time spent writing it
    _fails(run("case", "create", "--json", str(big)), 2, "17 MiB", "16 MiB")
    _fails(run("check", "--file", str(big)), 2, "the limit is 16 MiB")


@pytest.mark.parametrize(("body", "words"), [
    ('{"title": "t", "order": {"amount": ' + "9" * 5000 + "}}", ["5000 characters", "at most 40"]),
    ("[" * 100_000 + "]" * 100_000, ["nested too deeply"]),
    ('{"title": "t", "evidence": ' + "[" * 40 + "]" * 40 + "}", ["nested too deeply"]),
    ('{"title": "\\ud800"}', ["title", "lone surrogate \\ud800"]),
    ('{"title": "t", "facts": NaN}', ["NaN"]),
    ('{"title": "t", "order": {"paid_at": "0001-01-01T00:00:00+23:59"}}', ["order.paid_at", "1900"]),
    ('{"title": "t", "order": {"paid_at": "9999-12-31T23:59:59-23:59"}}', ["order.paid_at", "2199"]),
    ('{"title": "t", "refund": {"requested_at": "1800-01-01"}}', ["refund.requested_at"]),
])
def test_hostile_case_json_is_named_never_a_traceback(run: Run, tmp_path: Path, body: str, words: list[str]) -> None:
    path = tmp_path / "case.json"
    path.write_text(body, "utf-8")
    _fails(run("case", "create", "--json", str(path)), 2, *words)
    _fails(run("check", "--file", str(path)), 2, *words)
    assert json.loads(run("case", "list", "--json").stdout) == []


def test_extreme_as_of_and_ids(run: Run, case_id: str, tmp_path: Path) -> None:
    for as_of in ("9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59"):
        _fails(run("check", case_id, "--as-of", as_of), 2, "--as-of")
    for big in ("9223372036854775808", "99999999999999999999", "-1", "0"):
        for args in (("case", "show", big), ("evidence", "add", big, "x"), ("export", big, "--out", "x.pdf"),
                     ("archive", "export", big, "--out", "x.zip"), ("check", big)):
            proc = run(*args)
            assert proc.returncode == 2 and "id" in proc.stderr and "Traceback" not in proc.stderr, (args, proc.stderr)
    from app.core.errors import NotFound
    from app.services.cases import CaseService

    service = CaseService(tmp_path / "data", housekeeping=False)
    try:
        for method in (service.get_case, service.evidence_content, service.delete_event):
            with pytest.raises(NotFound):
                method(2**63)
    finally:
        service.close()


def test_case_json_files_stay_in_their_folder(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    png(folder / "ok.png")
    secret = png(tmp_path / "secret.png", 3)
    (folder / "link.png").symlink_to(secret)
    for name, words in ((str(secret), ["evidence[0].file", "absolute"]), ("../secret.png", ["outside"]),
                        ("link.png", ["link"]), ("C:\\\\Users\\\\x.png", ["absolute"])):
        path = write_case_json(folder, case_dict(evidence=[{"file": name}]))
        _fails(run("case", "create", "--json", str(path)), 2, *words)
    assert json.loads(run("case", "list", "--json").stdout) == []


def test_evidence_add_refuses_the_data_folder_and_names_empty_folders(run: Run, case_id: str, data_dir: Path,
                                                                      tmp_path: Path) -> None:
    _fails(run("evidence", "add", case_id, str(data_dir)), 1, "data folder")
    _fails(run("evidence", "add", case_id, str(data_dir / "cases.sqlite3")), 1, "data folder")
    (tmp_path / "empty").mkdir()
    _fails(run("evidence", "add", case_id, str(tmp_path / "empty")), 1, "no file to add")
    assert len(json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]) == 2


@pytest.mark.skipif(sys.platform != "linux", reason="file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_added_and_shown_escaped(run: Run, case_id: str, tmp_path: Path) -> None:
    folder = tmp_path / "phone"
    folder.mkdir()
    png(folder / "a.png", 11)
    bad = os.path.join(os.fsencode(folder), b"b\xff.png")
    with open(bad, "wb") as fh:
        fh.write(png(tmp_path / "x.png", 12).read_bytes())
    proc = run("evidence", "add", case_id, str(folder))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("added:") == 2 and "a.png" in proc.stdout
    names = {e["original_name"] for e in json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]}
    assert "b\ufffd.png" in names
    report = json.loads(run("verify", "--json").stdout)
    assert report["ok"] and report["orphans"] == []


def test_titles_and_texts_have_one_limit_everywhere(run: Run, case_id: str, tmp_path: Path) -> None:
    png(tmp_path / "p.png", 21)
    _fails(run("evidence", "add", case_id, str(tmp_path / "p.png"), "--title", "题" * 30_000), 2, "title", "200")
    _fails(run("evidence", "add", case_id, str(tmp_path / "p.png"), "--proves", "证" * 2001), 2, "proves", "2000")
    from app.core.errors import CaseFileError
    from app.services.cases import CaseService

    service = CaseService(tmp_path / "data", housekeeping=False)
    try:
        with pytest.raises(CaseFileError, match="text"):
            service.add_event(int(case_id), service.get_case(int(case_id)).created_at, "事" * 2001)
        item = service.get_case(int(case_id)).evidence[0]
        with pytest.raises(CaseFileError, match="title"):
            service.update_evidence(item.id, title="题" * 201)
        data = service.get_case(int(case_id)).data
        data.merchant.name = "商" * 501
        with pytest.raises(CaseFileError, match="merchant.name"):
            service.update_case(int(case_id), data)
    finally:
        service.close()


def test_terminal_escapes_and_bidi_are_printed_escaped(run: Run, tmp_path: Path) -> None:
    path = write_case_json(tmp_path / "in", case_dict(title="退款\x1b[2J\x1b]0;pwned\x07\u202egnp.exe"),
                           with_files=False)
    case_id = run("case", "create", "--json", str(path), check=True).stdout.strip()
    for args in (("case", "list"), ("case", "show", case_id)):
        out = run(*args).stdout
        assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
        assert "\\x1b[2J" in out and "\\u202e" in out
    shown = run("case", "show", case_id, "--json").stdout
    assert "\u202e" not in shown and json.loads(shown)["title"].endswith("\u202egnp.exe")


def test_progress_not_given_is_a_dash(run: Run, tmp_path: Path) -> None:
    data = case_dict()
    data["course"] = {"starts_at": "2026-11-03T19:00:00+08:00"}
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in", data, with_files=False)),
                  check=True).stdout.strip()
    out = run("case", "show", case_id).stdout
    assert "progress -" in out and "None" not in out


def test_a_long_search_is_named(run: Run, case_id: str) -> None:
    _fails(run("case", "list", "--search", "a " * 2000), 2, "search", "at most 20 words")


def test_a_long_proves_text_exports(run: Run, tmp_path: Path) -> None:
    evidence = [{"file": "a.png", "title": "标" * 200, "source": "源" * 500, "proves": "证明" * 1000}]
    data = case_dict(evidence=evidence, events=[{"at": "2026-11-02T10:00:05", "text": "事" * 2000}])
    png(tmp_path / "in" / "a.png", 31)
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in", data)), check=True).stdout.strip()
    proc = run("export", case_id, "--out", str(tmp_path / "b.pdf"))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def _many_frames_gif(path: Path, count: int) -> Path:
    """A 1x1 animated GIF of `count` frames, each another grey of its 256-entry palette, written as the format
    lays it out: header, palette, loop, then per frame a 10 ms delay, its place and its one pixel in LZW (9-bit
    codes clear, pixel, end). Pillow's writer compares every frame with the one before (~60 us a frame)."""
    out = [b"GIF89a", struct.pack("<HHBBB", 1, 1, 0xF7, 0, 0), bytes(c for i in range(256) for c in (i, i, i)),
           b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"]
    for i in range(count):
        codes = 256 | (i % 200) << 9 | 257 << 18  # least significant bits first
        out += [b"\x21\xf9\x04\x00\x01\x00\x00\x00", b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0),
                b"\x08\x04" + codes.to_bytes(4, "little") + b"\x00"]
    path.write_bytes(b"".join(out) + b"\x3b")
    return path


def test_images_with_endless_frames_or_large_metadata(run: Run, case_id: str, tmp_path: Path) -> None:
    _many_frames_gif(tmp_path / "many.gif", 5002)
    _fails(run("evidence", "add", case_id, str(tmp_path / "many.gif")), 1, "many.gif", "5000 frames")
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "y" * 3_000_000, zip=True)
    Image.new("RGB", (40, 40), (9, 9, 9)).save(tmp_path / "meta.png", pnginfo=info)
    proc = run("evidence", "add", case_id, str(tmp_path / "meta.png"))
    assert proc.returncode == 0 and "added:" in proc.stdout, proc.stderr  # long metadata, a real picture
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "z" * 20_000_000, zip=True)
    Image.new("RGB", (40, 40), (8, 8, 8)).save(tmp_path / "bomb.png", pnginfo=info)
    _fails(run("evidence", "add", case_id, str(tmp_path / "bomb.png")), 1, "embedded text", "16 MB")


def _chat_csv(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("时间,发送人,内容\n")
        for i in range(rows):
            fh.write(f"2026-11-01 20:{i // 60 % 60:02d}:{i % 60:02d},{'张三' if i % 2 else '客服'},第{i}条消息\n")
    return path


def test_chat_logs_are_bounded_stored_apart_and_capped_in_the_bundle(run: Run, case_id: str, tmp_path: Path) -> None:
    _fails(run("evidence", "add", case_id, str(_chat_csv(tmp_path / "huge.csv", 100_001))), 1, "100,000 messages")
    proc = run("evidence", "add", case_id, str(_chat_csv(tmp_path / "long.csv", 3000)))
    assert proc.returncode == 0, proc.stderr
    from app.services.cases import CaseService

    service = CaseService(tmp_path / "data", housekeeping=False)
    try:
        chat = next(e for e in service.get_case(int(case_id)).evidence if e.original_name == "long.csv")
        assert chat.messages is None and chat.text is None  # `case show` does not load the messages
        assert len(service.evidence_content(chat.id).messages or []) == 3000
    finally:
        service.close()
    out = tmp_path / "bundle.pdf"
    assert run("export", case_id, "--out", str(out)).returncode == 0
    from pypdf import PdfReader

    reader = PdfReader(out)
    assert len(reader.pages) < 150
    assert any(name.endswith("long.csv") for name in reader.attachments)  # the whole log travels with it
    # pdftotext (poppler, C) reads the ~50 pages' text in a fraction of pypdf's time.
    text = pdf_text(out)
    assert "第999条消息" in text and "第1000条消息" not in text and "3000" in text


def _patch(data: bytes, *, method: int | None = None, flags: int | None = None) -> bytes:
    """Set the compression method or flag bits of every entry, in the local and central headers."""
    out = bytearray(data)
    for sig, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        start = 0
        while (i := out.find(sig, start)) >= 0:
            if flags is not None:
                out[i + flag_at:i + flag_at + 2] = (int.from_bytes(out[i + flag_at:i + flag_at + 2], "little")
                                                    | flags).to_bytes(2, "little")
            if method is not None:
                out[i + method_at:i + method_at + 2] = method.to_bytes(2, "little")
            start = i + 4
    return bytes(out)


def _rle_zip(path: Path, entries: dict[str, bytes]) -> Path:
    """A zip of deflated entries, written as the format lays it out: zipfile deflates with zlib's default
    strategy (~0.4 s for 64 MB of zeros); run-length matching (Z_RLE) packs zeros as tightly in ~0.15 s."""
    local, central = bytearray(), bytearray()
    for name, data in entries.items():
        packer = zlib.compressobj(9, zlib.DEFLATED, -15, 8, zlib.Z_RLE)
        packed = packer.compress(data) + packer.flush()
        fields = struct.pack("<HHHHHIIIHH", 20, 0, 8, 0, 0x21, zlib.crc32(data), len(packed), len(data),
                             len(name.encode()), 0)  # version, flags, deflate, time, date (1980-01-01), sizes
        central += b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHII", 0, 0, 0, 0, len(local))
        central += name.encode()
        local += b"PK\x03\x04" + fields + name.encode() + packed
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(local), 0)
    path.write_bytes(bytes(local + central) + end)
    return path


def test_hostile_archives_are_named(run: Run, case_id: str, tmp_path: Path, data_dir: Path) -> None:
    good = tmp_path / "good.zip"
    run("archive", "export", case_id, "--out", str(good), check=True)
    for method, name in ((9, "Deflate64"), (99, "AES")):
        bad = tmp_path / f"m{method}.zip"
        bad.write_bytes(_patch(good.read_bytes(), method=method))
        _fails(run("archive", "import", str(bad)), 1, f"compression method {method}", name)
    locked = tmp_path / "locked.zip"
    locked.write_bytes(_patch(good.read_bytes(), flags=0x1))
    _fails(run("archive", "import", str(locked)), 1, "encrypted")
    with zipfile.ZipFile(good) as zf, zipfile.ZipFile(tmp_path / "latin.zip", "w") as out:
        for item in zf.infolist():
            data = zf.read(item)
            out.writestr(item, b"\xff\xfe not utf-8" + data if item.filename == "manifest.sha256" else data)
    _fails(run("archive", "import", str(tmp_path / "latin.zip")), 1, "manifest.sha256 is not UTF-8")
    bomb = _rle_zip(tmp_path / "bomb.zip", {"case.json": json.dumps({"title": "x"}).encode(), "manifest.sha256": b"",
                                            "originals/001.bin": b"\0" * (64 * 1024**2)})
    with zipfile.ZipFile(bomb) as zf:  # the standard library reads it (zf.testzip() and 7-Zip's test pass too)
        assert [(i.filename, i.compress_type, i.file_size) for i in zf.infolist()][2] == \
            ("originals/001.bin", zipfile.ZIP_DEFLATED, 64 * 1024**2)
    assert bomb.stat().st_size < 200_000
    _fails(run("archive", "import", str(bomb)), 1, "zip bomb", "100:1")
    staging = data_dir / "vault" / "staging"
    assert not [p for p in staging.rglob("*") if p.is_file() and p.suffix != ".lock"]  # nothing unpacked
    assert len(json.loads(run("case", "list", "--json").stdout)) == 1


def test_one_original_listed_many_times_is_read_once(run: Run, tmp_path: Path) -> None:
    png(tmp_path / "in" / "a.png", 41, size=(600, 900))
    data = case_dict(evidence=[{"file": "a.png", "kind": "payment"}] * 200)
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in", data)), check=True).stdout.strip()
    assert len(json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]) == 1


NAMES = ["a\nb.txt", "c\u2028d.txt", "e\rf.txt", "g\vh.txt", "i\fj.txt", "k\x85l.txt", 'm:n?o*p"q.txt', "trail.",
         "CON", "nul.txt", "长" * 83 + ".txt", "sp ace .txt"]


def test_archives_the_app_writes_read_back_whatever_the_names(run: Run, case_id: str, tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    for i, name in enumerate(NAMES):
        try:
            (folder / name).write_text(f"2026-11-01 20:00:{i:02d} 张三: 第{i}份\n", "utf-8")
        except OSError:
            continue
    added = run("evidence", "add", case_id, str(folder))
    assert added.returncode == 0, added.stderr
    out = tmp_path / "odd.zip"
    run("archive", "export", case_id, "--out", str(out), check=True)
    with zipfile.ZipFile(out) as zf:
        originals = [n for n in zf.namelist() if n.startswith("originals/")]
        manifest = zf.read("manifest.sha256").decode("utf-8")
    assert all(len(n.encode()) < 40 and n.isascii() and not any(c in n for c in ':?*"<>|\\') for n in originals)
    assert manifest.count("\n") == len(originals)
    imported = run("archive", "import", str(out), "--as-copy")  # the same store already has the case (#12)
    assert imported.returncode == 0, imported.stderr
    names = {e["original_name"] for e in
             json.loads(run("case", "show", imported.stdout.strip(), "--json").stdout)["evidence"]}
    assert {n for n in NAMES if (folder / n).exists() or n in names} <= names


def test_a_kill_during_archive_import_leaves_nothing_after_the_next_start(tmp_path: Path, data_dir: Path,
                                                                        run: Run) -> None:
    from app.evidence.vault import Vault

    vault = Vault(data_dir / "vault")
    leftover = vault.staging / "999999-deadbeef0000"
    (leftover / "archive-abc" / "originals").mkdir(parents=True)
    (leftover / "archive-abc" / "originals" / "001.png").write_bytes(b"x" * 1000)
    (vault.staging / "999999-deadbeef0000.lock").write_text("999999\n")  # its process is gone: lock free
    run("case", "list", check=True)
    assert not leftover.exists()
    old = data_dir / "archive-old123"  # what an older version left in the data folder itself
    (old / "originals").mkdir(parents=True)
    os.utime(old, (0, 0))
    run("case", "list", check=True)
    assert not old.exists()


def test_dates_outside_the_range_in_files_are_dropped_not_stored(tmp_path: Path) -> None:
    from app.evidence.chatlogs import parse_lines

    messages = parse_lines("0001-01-01 00:00:00 张三: 早\n9999-12-31 23:59:59 李四: 晚\n")
    assert [m.at for m in messages] == [None, None]
    assert BEIJING is not None
