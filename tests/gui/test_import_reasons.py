"""Refused-file reasons: a code and English text from the core (and on the command line), the UI language in the
window, translated by code."""

from __future__ import annotations

import ast
import errno
import re
import string
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from app.core.errors import REJECTIONS, ImportRejected
from app.evidence.inspection import MAX_PIXELS, bomb
from app.evidence.pipeline import _os_refusal
from app.evidence.sniff import describe
from app.services.cases import CaseService
from app.views.tabs.panel_base import error_text
from app.views.widgets.i18n import LanguageSwitcher
from app.views.widgets.reasons import DESCRIPTIONS, REASONS, rejected_text, shown_reason
from tests.app_sources import parsed

APP = Path(__file__).resolve().parents[2] / "app"
HAN = re.compile(r"[\u4e00-\u9fff]")
X = Path("/home/a/x.png")

# One refusal of each code, with fields as its raise site fills them.
FIELDS: dict[str, dict[str, object]] = {
    "store_failed": {"error": "Input/output error"}, "read_failed": {"error": "Input/output error"},
    "undecodable": {"suffix": ".txt", "error": "decoder bug"}, "undecodable_file": {"error": "bad"},
    "unreadable": {"error": "No such file or directory"}, "too_large": {"size": "2.5", "limit": 2},
    "not_image": {"kind": "PNG", "what": describe("application/zip")}, "not_pdf": {"what": describe("text/html")},
    "not_text": {"what": describe("image/jpeg")}, "image_damaged": {"kind": "JPEG"},
    "image_bomb": {"width": 20000, "height": 15000, "limit": 178}, "image_bomb_unsized": {"limit": 178},
    "text_too_large": {"size": 70, "limit": 64}, "text_bad_bytes": {"encoding": "UTF-16-LE"},
    "object_damaged": {"actual": "ab" * 32}, "folder_unreadable": {"error": "Permission denied"},
    "chat_too_long": {"limit": "100,000"}, "image_frames": {"limit": 5000}, "image_text_chunk": {"limit": 16},
}
EXAMPLES = [ImportRejected(X, code, **FIELDS.get(code, {})) for code in REJECTIONS]


def placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def damaged_png(path: Path) -> Path:
    """The first 3000 bytes of a real PNG: a screenshot cut off in transfer."""
    whole = path.with_name("whole.png")
    Image.effect_noise((200, 200), 60).convert("RGB").save(whole, "PNG")
    data = whole.read_bytes()
    assert len(data) > 3000
    path.write_bytes(data[:3000])
    return path


def test_a_damaged_png_is_refused_with_a_chinese_reason(languages: LanguageSwitcher, service: CaseService,
                                                       case_id: int, tmp_path: Path) -> None:
    broken = damaged_png(tmp_path / "截图-损坏.png")
    report = service.add_evidence(case_id, [broken])
    assert report.added == [] and len(report.rejected) == 1
    rejected = report.rejected[0]
    assert (rejected.code, rejected.reason) == ("image_damaged", "PNG image is truncated or damaged")  # CLI: English
    shown = shown_reason(rejected)
    assert shown == "PNG 图片不完整或已损坏"
    assert not re.search(r"[A-Za-z]", shown.replace("PNG", "")), shown  # only the format's name is Latin
    assert rejected_text(rejected) == "截图-损坏.png — PNG 图片不完整或已损坏"
    assert error_text(rejected) == rejected_text(rejected)


def test_every_code_has_a_window_text_with_the_same_fields() -> None:
    assert set(REASONS) == set(REJECTIONS)
    assert {c: placeholders(REASONS[c]) for c in REJECTIONS} == {c: placeholders(REJECTIONS[c]) for c in REJECTIONS}


@pytest.mark.parametrize("exc", EXAMPLES, ids=[e.code for e in EXAMPLES])
def test_each_refusal_is_translated(languages: LanguageSwitcher, exc: ImportRejected) -> None:
    shown = shown_reason(exc)
    assert shown != exc.reason and HAN.search(shown), shown


def test_os_errors_get_their_own_codes() -> None:
    assert _os_refusal(OSError(errno.ENOSPC, "No space left on device"), X).code == "disk_full"
    assert _os_refusal(OSError(errno.EACCES, "Permission denied"), X).code == "read_permission"
    assert _os_refusal(OSError(errno.EACCES, "Permission denied", "/data/vault/1.part"), X).code == "store_permission"
    assert _os_refusal(OSError(errno.EIO, "Input/output error", "/data/vault/1.part"), X).code == "store_failed"
    assert _os_refusal(OSError(errno.EFBIG, "File too large"), X).code == "file_size_limit"
    assert _os_refusal(OSError(errno.EROFS, "Read-only file system"), X).code == "store_read_only"


def test_fields_are_carried_into_the_translation(languages: LanguageSwitcher) -> None:
    assert shown_reason(ImportRejected(X, "too_large", size="2.5", limit=2)) == "文件太大（2.5 GB，上限 2 GB）"
    assert shown_reason(bomb("x.png", (20000, 15000))) == (
        f"图片尺寸过大（20000×15000 像素，上限 {MAX_PIXELS // 1_000_000} 百万像素），可能是解压缩炸弹")
    zipped = ImportRejected(X, "not_image", kind="PNG", what="a ZIP archive or Office document")
    assert shown_reason(zipped) == "文件内容不是 PNG 图片（看起来是ZIP 压缩包或 Office 文档）"
    # A media type without a friendly name stays as describe() gave it.
    foo = ImportRejected(X, "not_text", what="application/x-foo")
    assert shown_reason(foo) == "文件内容不是文本（看起来是application/x-foo）"
    assert shown_reason(ImportRejected(X, "undecodable", suffix=".txt", error="line 1\nline 2")) == (
        "无法按 .txt 格式读取该文件：line 1\nline 2")


def test_every_description_is_translated(languages: LanguageSwitcher) -> None:
    from app.evidence import sniff

    assert set(DESCRIPTIONS) == {describe(None), *sniff._DESCRIPTIONS.values()}
    for phrase in DESCRIPTIONS:
        shown = shown_reason(ImportRejected(X, "not_text", what=phrase))
        assert phrase not in shown and HAN.search(shown.split("（")[1]), shown


def _codes_at_raise_sites() -> list[str]:
    """The code of every ImportRejected(path, "code", ...) written in app/. Only the ~10 modules that name
    ImportRejected are parsed and walked (all ~230: ~0.8 s to parse, ~0.3 s to walk, when no other test in
    the process had parsed them)."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        if path == APP / "core" / "errors.py":  # ImportRejected.at() copies a code already checked
            continue
        if "ImportRejected" not in unicodedata.normalize("NFKC", path.read_text("utf-8")):
            continue  # no name ImportRejected in it (Python reads identifiers NFKC-normalised): nothing to walk
        for node in ast.walk(parsed(path)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "ImportRejected"
                    and len(node.args) >= 2):
                code = node.args[1]
                options = [code.body, code.orelse] if isinstance(code, ast.IfExp) else [code]
                found += [c.value if isinstance(c, ast.Constant) else f"<not a literal: {path.name}>"
                          for c in options]
    return found


def test_every_raise_site_uses_a_known_code() -> None:
    codes = _codes_at_raise_sites()
    assert len(codes) > 20
    assert [c for c in codes if c not in REJECTIONS] == []


def test_in_english_the_reason_is_shown_as_the_core_wrote_it(languages: LanguageSwitcher) -> None:
    languages.apply("en")
    for exc in EXAMPLES:
        assert shown_reason(exc) == exc.reason
    languages.apply("zh_CN")
    assert shown_reason(ImportRejected(X, "empty")) == "文件是空的"  # and back, at run time


def test_without_any_catalogue_the_reason_is_shown_as_it_is(languages: LanguageSwitcher) -> None:
    languages.clear()
    assert all(shown_reason(exc) == exc.reason for exc in EXAMPLES)


def test_an_unknown_code_shows_the_core_text(languages: LanguageSwitcher) -> None:
    exc = ImportRejected(X, "empty")
    exc.code = "something_new"
    assert shown_reason(exc) == "file is empty"
    with pytest.raises(KeyError):
        ImportRejected(X, "no_such_code")


def test_rejected_text_names_the_file_not_its_folder(languages: LanguageSwitcher, tmp_path: Path) -> None:
    exc = ImportRejected(tmp_path / "订单" / "付款.pdf", "pdf_encrypted")
    assert str(exc).endswith("付款.pdf: PDF is password-protected")  # what the CLI prints
    assert rejected_text(exc) == "付款.pdf — PDF 受密码保护"
