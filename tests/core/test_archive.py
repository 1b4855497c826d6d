from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.core.case_draft import read_draft
from app.services.archive_zip import ArchiveRejected
from app.services.case_archive import ArchiveAlreadyHere, export_archive, import_archive
from app.services.cases import CaseService
from app.services.erase import erase_case
from tests.store_helpers import write_case_json
from tests.store_template import seed_sqlite_store


@pytest.mark.both_stores  # the import writes every row again: ids, sequences, types
def test_round_trip_keeps_hashes(service: CaseService, tmp_path: Path, sqlite_template: Path) -> None:
    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in")))
    out = export_archive(service, case_id, tmp_path / "case.zip")
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert "case.json" in names and "manifest.sha256" in names and "audit.json" in names
    seed_sqlite_store(tmp_path / "volunteer", sqlite_template)  # another volunteer's store, already made
    other = CaseService(tmp_path / "volunteer")
    # as a copy: on PostgreSQL both services share the test server's database, which has the case already
    new_id = import_archive(other, out, as_copy=True)
    a, b = service.get_case(case_id), other.get_case(new_id)
    assert [(e.sha256, e.original_name, e.kind, e.title) for e in a.evidence] == \
        [(e.sha256, e.original_name, e.kind, e.title) for e in b.evidence]
    assert a.data == b.data
    other.close()


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("name", "why"),
    [("../evil.txt", "escapes"), ("/etc/evil", "absolute"), ("originals/../../x", "escapes"),
     ("C:/x.txt", "absolute"), ("..\\evil.txt", "absolute")],
)
def test_zip_slip_refused(service: CaseService, tmp_path: Path, name: str, why: str) -> None:
    bad = _zip(tmp_path / "bad.zip", {"case.json": b'{"title": "x"}', "manifest.sha256": b"", name: b"boom"})
    with pytest.raises(ArchiveRejected, match=why):
        import_archive(service, bad)
    assert not (tmp_path / "evil.txt").exists()
    assert service.list_cases() == []


def test_link_and_duplicate_entries_refused(service: CaseService, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("originals/link")
    link.external_attr = (0o120777 << 16)
    with zipfile.ZipFile(tmp_path / "link.zip", "w") as zf:
        zf.writestr("case.json", b'{"title": "x"}')
        zf.writestr(link, "/etc/passwd")
    with pytest.raises(ArchiveRejected, match="link"):
        import_archive(service, tmp_path / "link.zip")
    with zipfile.ZipFile(tmp_path / "dup.zip", "w") as zf:
        zf.writestr("case.json", b'{"title": "x"}')
        with pytest.warns(UserWarning):
            zf.writestr("case.json", b'{"title": "y"}')
    with pytest.raises(ArchiveRejected, match="twice"):
        import_archive(service, tmp_path / "dup.zip")


def test_tampered_original_refused(service: CaseService, tmp_path: Path) -> None:
    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in")))
    out = export_archive(service, case_id, tmp_path / "case.zip")
    entries = {}
    with zipfile.ZipFile(out) as zf:
        for n in zf.namelist():
            entries[n] = zf.read(n)
    victim = next(n for n in entries if n.startswith("originals/"))
    entries[victim] = entries[victim][:-1] + bytes([entries[victim][-1] ^ 1])
    with pytest.raises(ArchiveRejected, match="does not match"):
        import_archive(service, _zip(tmp_path / "t.zip", entries))
    assert len(service.list_cases()) == 1


def test_size_limit(service: CaseService, tmp_path: Path) -> None:
    big = _zip(tmp_path / "big.zip", {"case.json": b'{"title": "x"}', "originals/a.bin": b"0" * 5000})
    with pytest.raises(ArchiveRejected, match="limit"):
        import_archive(service, big, max_bytes=1000)


def test_what_is_not_an_archive_is_named(service: CaseService, tmp_path: Path) -> None:
    picture = tmp_path / "截图.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    for path, why in ((tmp_path / "missing.zip", "file does not exist"), (tmp_path, "is a folder"),
                      (picture, "not a zip archive")):
        with pytest.raises(ArchiveRejected, match=why):
            import_archive(service, path)
    assert service.list_cases() == []


def _without_uid(archive: Path, out: Path) -> Path:
    """The same archive as one written before archives carried the case's uid."""
    with zipfile.ZipFile(archive) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    data = json.loads(entries["case.json"])
    del data["uid"]
    entries["case.json"] = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    return _zip(out, entries)


def test_an_imported_case_keeps_the_archives_identity_so_a_second_import_says_it_is_here(
        service: CaseService, tmp_path: Path) -> None:
    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in")))
    out = export_archive(service, case_id, tmp_path / "case.zip")
    uid = service.case_uid(case_id)
    erase_case(service, case_id)  # as on a volunteer's computer: the case is not there yet
    first = import_archive(service, out)
    assert service.case_uid(first) == uid  # the case stays the same case from store to store
    with pytest.raises(ArchiveAlreadyHere) as here:
        import_archive(service, out)
    assert here.value.case_id == first
    copy = import_archive(service, out, as_copy=True)  # a copy is a new case with an identity of its own
    assert copy != first and service.case_uid(copy) != uid


def test_an_archive_from_before_uids_imports_once(service: CaseService, tmp_path: Path) -> None:
    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in")))
    old = _without_uid(export_archive(service, case_id, tmp_path / "case.zip"), tmp_path / "old.zip")
    first = import_archive(service, old)  # nothing ties it to the case it came from: a case of its own
    assert first != case_id
    with pytest.raises(ArchiveAlreadyHere) as here:  # the same archive again: its case.json is who it is
        import_archive(service, old)
    assert here.value.case_id == first
    again = export_archive(service, first, tmp_path / "again.zip")  # exported now, it carries that identity
    with zipfile.ZipFile(again) as zf:
        assert json.loads(zf.read("case.json"))["uid"] == service.case_uid(first)
    assert import_archive(service, old, as_copy=True) not in (case_id, first)
