"""Refused-file reasons: English from the core (and on the command line), the UI language in the window."""

from __future__ import annotations

import ast
import errno
import re
from pathlib import Path

import pytest
from PIL import Image

from app.core.errors import ImportRejected
from app.evidence.inspection import MAX_FILE_BYTES, MAX_PIXELS, MAX_TEXT_BYTES, _bomb_message
from app.evidence.pipeline import _os_reason
from app.evidence.sniff import describe
from app.services.cases import CaseService
from app.views.tabs.panel_base import error_text
from app.views.widgets.i18n import LanguageSwitcher
from app.views.widgets.reasons import DESCRIPTIONS, REASONS, rejected_text, shown_reason
from tests.gui.panel_fixtures import *  # noqa: F403 (the fixtures)

EVIDENCE = Path(__file__).resolve().parents[2] / "app" / "evidence"
HAN = re.compile(r"[\u4e00-\u9fff]")

# Each reason built the way its raise site builds it (app/evidence/inspection.py, textcodec.py, pipeline.py).
EXAMPLES = [
    # pipeline.prepare
    "file does not exist",
    "file is larger than the 2 GiB limit",
    _os_reason(OSError(errno.ENOSPC, "No space left on device")),
    _os_reason(OSError(errno.EACCES, "Permission denied")),
    _os_reason(OSError(errno.EIO, "Input/output error")),
    _os_reason(OSError(errno.EFBIG, "File too large")),
    _os_reason(OSError(errno.EROFS, "Read-only file system")),
    _os_reason(OSError(errno.EACCES, "Permission denied", "/data/vault/tmp/1.part"), Path("/home/a/x.png")),
    _os_reason(OSError(errno.EIO, "Input/output error", "/data/vault/tmp/1.part"), Path("/home/a/x.png")),
    f"file could not be read as {Path('聊天记录.txt').suffix or 'evidence'}: {RuntimeError('decoder bug')}",
    f"file could not be read as {Path('无扩展名').suffix or 'evidence'}: {ValueError('bad')}",
    # importers._size
    f"file cannot be read ({OSError(errno.ENOENT, 'No such file or directory').strerror})",
    "not a regular file",
    "file is empty",
    f"file is too large ({(MAX_FILE_BYTES + 512 * 1024**2) / 1024**3:.1f} GB; limit {MAX_FILE_BYTES // 1024**3} GB)",
    # importers.inspect: content that does not match the extension
    f"file content is not a PNG image (it looks like {describe('application/zip')})",
    f"file content is not a WebP image (it looks like {describe(None)})",
    f"file content is not a PDF document (it looks like {describe('text/html')})",
    f"file content is not text (it looks like {describe('image/jpeg')})",
    # importers: images
    "JPEG image is truncated or damaged",
    _bomb_message((20000, 15000)),
    _bomb_message(None),
    # importers: PDF
    "PDF has no pages",
    "PDF is damaged and cannot be opened",
    "PDF is password-protected",
    # importers._inspect_chat and textcodec
    f"text file is too large to read ({(MAX_TEXT_BYTES + 1) // 1024**2} MB; limit {MAX_TEXT_BYTES // 1024**2} MB)",
    f"text file says it is {'utf-16-le'.upper()} but contains invalid bytes",
    "file is not readable text (unknown encoding or binary data)",
    "file contains binary data (NUL bytes), not text",
    "file contains binary data, not text",
]


def matching(reason: str) -> list[re.Pattern[str]]:
    return [pattern for pattern, _source in REASONS if pattern.fullmatch(reason)]


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
    assert rejected.reason == "PNG image is truncated or damaged"  # the core (and the CLI) stay English
    shown = shown_reason(rejected.reason)
    assert shown == "PNG 图片不完整或已损坏"
    assert HAN.search(shown)
    assert not re.search(r"[A-Za-z]", shown.replace("PNG", "")), shown  # only the format's name is Latin
    assert rejected_text(rejected) == "截图-损坏.png — PNG 图片不完整或已损坏"
    assert error_text(rejected) == rejected_text(rejected)


@pytest.mark.parametrize("reason", EXAMPLES)
def test_each_reason_is_recognised_and_translated(languages: LanguageSwitcher, reason: str) -> None:
    assert matching(reason), f"no pattern for {reason!r}"
    shown = shown_reason(reason)
    assert shown != reason
    assert HAN.search(shown), shown


def test_every_pattern_has_an_example() -> None:
    unused = [pattern.pattern for pattern, _source in REASONS if not any(pattern.fullmatch(r) for r in EXAMPLES)]
    assert not unused


def test_fields_are_carried_into_the_translation(languages: LanguageSwitcher) -> None:
    assert shown_reason("file is too large (2.5 GB; limit 2 GB)") == "文件太大（2.5 GB，上限 2 GB）"
    assert shown_reason(_bomb_message((20000, 15000))) == (
        f"图片尺寸过大（20000×15000 像素，上限 {MAX_PIXELS // 1_000_000} 百万像素），可能是解压缩炸弹")
    assert shown_reason("file content is not a PNG image (it looks like a ZIP archive or Office document)") == (
        "文件内容不是 PNG 图片（看起来是ZIP 压缩包或 Office 文档）")
    # A media type without a friendly name stays as describe() gave it.
    assert shown_reason("file content is not text (it looks like application/x-foo)") == (
        "文件内容不是文本（看起来是application/x-foo）")
    assert shown_reason("file could not be read as .txt: line 1\nline 2") == (
        "无法按 .txt 格式读取该文件：line 1\nline 2")


def test_every_description_is_translated(languages: LanguageSwitcher) -> None:
    from app.evidence import sniff

    assert set(DESCRIPTIONS) == {describe(None), *sniff._DESCRIPTIONS.values()}
    for phrase in DESCRIPTIONS:
        shown = shown_reason(f"file content is not text (it looks like {phrase})")
        assert phrase not in shown and HAN.search(shown.split("（")[1]), shown


def _literal_reasons() -> list[str]:
    """Reasons passed to ImportRejected in app/evidence as literals or f-strings (fields filled with "1")."""
    found = []
    for path in sorted(EVIDENCE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "ImportRejected" and len(node.args) == 2):
                continue
            reason = node.args[1]
            if isinstance(reason, ast.Constant) and isinstance(reason.value, str):
                found.append(reason.value)
            elif isinstance(reason, ast.JoinedStr):
                found.append("".join(part.value if isinstance(part, ast.Constant) else "1" for part in reason.values))
    return found


def test_every_reason_written_at_a_raise_site_is_recognised() -> None:
    reasons = _literal_reasons()
    assert len(reasons) > 20
    assert [r for r in reasons if not matching(r)] == []


def test_in_english_the_reason_is_shown_as_the_core_wrote_it(languages: LanguageSwitcher) -> None:
    languages.apply("en")
    for reason in EXAMPLES:
        assert shown_reason(reason) == reason
    languages.apply("zh_CN")
    assert shown_reason("file is empty") == "文件是空的"  # and back, at run time


def test_without_any_catalogue_the_reason_is_shown_as_it_is(languages: LanguageSwitcher) -> None:
    languages.clear()
    assert all(shown_reason(reason) == reason for reason in EXAMPLES)


@pytest.mark.parametrize("reason", ["something new went wrong", "", "file is empty!", "PDF has no pages (0)"])
def test_an_unknown_reason_is_returned_unchanged(languages: LanguageSwitcher, reason: str) -> None:
    assert shown_reason(reason) == reason


def test_rejected_text_names_the_file_not_its_folder(languages: LanguageSwitcher, tmp_path: Path) -> None:
    exc = ImportRejected(tmp_path / "订单" / "付款.pdf", "PDF is password-protected")
    assert str(exc).endswith("付款.pdf: PDF is password-protected")  # what the CLI prints
    assert rejected_text(exc) == "付款.pdf — PDF 受密码保护"
