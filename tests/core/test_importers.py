"""Importer inspection on real generated files: good ones pass with their facts, bad ones are refused."""

from __future__ import annotations

import struct
import time
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageFile

from app.core.errors import ImportRejected
from app.core.timeutil import BEIJING
from app.evidence.inspection import MAX_FILE_BYTES, MAX_PIXELS, inspect
from tests import fixtures_gen as gen


def refused(path: Path, name: str | None = None) -> str:
    with pytest.raises(ImportRejected) as caught:
        inspect(path, name or path.name)
    assert caught.value.path == (name or path.name)
    return caught.value.reason


# --- images ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "name", "media_type"),
    [
        ("PNG", "shot.png", "image/png"),
        ("JPEG", "shot.jpg", "image/jpeg"),
        ("WEBP", "shot.webp", "image/webp"),
        ("GIF", "shot.gif", "image/gif"),
        ("BMP", "shot.bmp", "image/bmp"),
        ("HEIF", "shot.heic", "image/heic"),
    ],
)
def test_importer_accepts_each_image_format(tmp_path: Path, fmt: str, name: str, media_type: str) -> None:
    path = gen.write_image(tmp_path, name, fmt)
    result = inspect(path, name)
    assert (result.category, result.media_type) == ("image", media_type)
    assert (result.width, result.height) == gen.SCREEN_SIZE
    assert result.page_count is None and result.text is None


def test_importer_reads_exif_orientation_and_capture_time(tmp_path: Path) -> None:
    result = inspect(gen.photo_jpeg(tmp_path), "IMG_1234.JPG")
    assert result.orientation == 6
    assert (result.width, result.height) == (640, 480)  # stored size, before rotation
    assert result.captured_at == datetime(2026, 11, 1, 20, 0, 12, tzinfo=BEIJING)


def test_importer_uses_exif_offset_when_present(tmp_path: Path) -> None:
    path = gen.photo_jpeg(tmp_path, offset="-05:00", orientation=None)
    result = inspect(path, "photo.jpg")
    assert result.orientation is None
    assert result.captured_at is not None
    assert result.captured_at.utcoffset() == timedelta(hours=-5)
    assert result.captured_at == datetime(2026, 11, 2, 1, 0, 12, tzinfo=UTC)


def test_importer_reads_heic_capture_time(tmp_path: Path) -> None:
    result = inspect(gen.heic_photo(tmp_path), "IMG_0001.HEIC")
    assert result.media_type == "image/heic"
    assert result.captured_at == datetime(2026, 11, 1, 20, 0, 12, tzinfo=BEIJING)


def test_importer_without_exif_has_no_capture_time(tmp_path: Path) -> None:
    result = inspect(gen.phone_screenshot_png(tmp_path), "screenshot.png")
    assert result.orientation is None and result.captured_at is None


def test_importer_reports_real_type_of_misnamed_image(tmp_path: Path) -> None:
    path = gen.write_image(tmp_path, "x.part", "PNG")
    result = inspect(path, "微信图片_20261101.jpg")
    assert (result.category, result.media_type) == ("image", "image/png")


def test_importer_trusts_content_when_extension_is_missing(tmp_path: Path) -> None:
    path = gen.write_image(tmp_path, "upload.part", "JPEG")
    assert inspect(path, "screenshot").media_type == "image/jpeg"


@pytest.mark.parametrize(
    ("fmt", "name", "kind"),
    [
        ("PNG", "cut.png", "PNG"),
        ("JPEG", "cut.jpg", "JPEG"),
        ("WEBP", "cut.webp", "WebP"),
        ("GIF", "cut.gif", "GIF"),
        ("BMP", "cut.bmp", "BMP"),
        ("HEIF", "cut.heic", "HEIC"),
    ],
)
@pytest.mark.parametrize("fraction", [0.3, 0.9])
def test_importer_refuses_truncated_image(tmp_path: Path, fmt: str, name: str, kind: str, fraction: float) -> None:
    whole = gen.write_image(tmp_path, "whole." + fmt.lower(), fmt)
    cut = gen.truncated_copy(whole, tmp_path / "x.part", fraction)
    assert refused(cut, name) == f"{kind} image is truncated or damaged"


def test_importer_refuses_png_missing_its_end_chunk(tmp_path: Path) -> None:
    whole = gen.phone_screenshot_png(tmp_path)
    cut = tmp_path / "no-iend.png"
    cut.write_bytes(whole.read_bytes()[:-12])  # pixels complete, IEND gone
    assert refused(cut) == "PNG image is truncated or damaged"


def test_importer_keeps_truncated_images_refused_even_if_pillow_flag_flipped(tmp_path: Path) -> None:
    cut = gen.truncated_copy(gen.phone_screenshot_png(tmp_path), tmp_path / "cut.png", 0.5)
    ImageFile.LOAD_TRUNCATED_IMAGES = True  # some other library's global choice
    try:
        assert "truncated" in refused(cut)
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = False


def test_importer_refuses_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    assert refused(path) == "file is empty"


def test_importer_refuses_text_named_jpg(tmp_path: Path) -> None:
    path = gen.text_file(tmp_path, "x.part", "这不是图片 this is not a picture\n", "utf-8")
    assert refused(path, "photo.jpg") == "file content is not a JPEG image (it looks like text)"


def test_importer_refuses_pdf_named_png(tmp_path: Path) -> None:
    path = gen.pdf_document(tmp_path)
    assert refused(path, "scan.png") == "file content is not a PNG image (it looks like a PDF document)"


def test_png_bomb_fixture_is_a_genuine_png(tmp_path: Path) -> None:
    data = gen.png_bomb(tmp_path).read_bytes()
    assert len(data) < 200_000
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (30_000, 30_000)
    # Walk the chunks checking CRCs, then stream-decompress IDAT to count the real scanlines.
    offset, idat = 8, b""
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind, body = data[offset + 4 : offset + 8], data[offset + 8 : offset + 8 + length]
        assert struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])[0] == zlib.crc32(kind + body)
        idat += body if kind == b"IDAT" else b""
        offset += 12 + length
    inflater, total = zlib.decompressobj(), 0
    chunk = inflater.decompress(idat, 1 << 20)
    while chunk:
        total += len(chunk)
        chunk = inflater.decompress(inflater.unconsumed_tail, 1 << 20)
    assert total == height * (1 + (width + 7) // 8)


def test_importer_refuses_decompression_bomb_quickly(tmp_path: Path) -> None:
    bomb = gen.png_bomb(tmp_path)
    started = time.perf_counter()
    reason = refused(bomb, "bomb.png")
    assert time.perf_counter() - started < 1.0
    assert reason == "image is too large (30000×30000 pixels; limit 100 megapixels) — possible decompression bomb"


def test_importer_refuses_image_just_over_pixel_limit(tmp_path: Path) -> None:
    # 10001×10001 is over MAX_PIXELS but under Pillow's hard error (2×): the warning must refuse too.
    side = 10_001
    assert MAX_PIXELS < side * side < 2 * MAX_PIXELS
    assert Image.MAX_IMAGE_PIXELS == MAX_PIXELS
    reason = refused(gen.png_bomb(tmp_path, side=side), "big.png")
    assert reason.startswith("image is too large (10001×10001 pixels")


# --- PDF --------------------------------------------------------------------------------------


def test_importer_accepts_pdf_and_counts_pages(tmp_path: Path) -> None:
    result = inspect(gen.pdf_document(tmp_path, pages=4), "账单.pdf")
    assert (result.category, result.media_type, result.page_count) == ("pdf", "application/pdf", 4)


def test_importer_refuses_pdf_with_garbage_after_header(tmp_path: Path) -> None:
    assert refused(gen.pdf_with_garbage(tmp_path)) == "PDF is damaged and cannot be opened"


@pytest.mark.parametrize("fraction", [0.3, 0.7, 0.97])
def test_importer_refuses_truncated_pdf(tmp_path: Path, fraction: float) -> None:
    cut = gen.truncated_copy(gen.pdf_document(tmp_path), tmp_path / "cut.pdf", fraction)
    assert refused(cut) == "PDF is damaged and cannot be opened"


def test_importer_refuses_pdf_without_pages(tmp_path: Path) -> None:
    assert refused(gen.pdf_without_pages(tmp_path)) == "PDF has no pages"


def test_importer_refuses_password_protected_pdf(tmp_path: Path) -> None:
    path = gen.encrypted_pdf(tmp_path, "locked.pdf", user_password="secret")
    assert refused(path) == "PDF is password-protected"


def test_importer_accepts_owner_only_encrypted_pdf(tmp_path: Path) -> None:
    path = gen.encrypted_pdf(tmp_path, "bank.pdf", user_password="")
    assert inspect(path, "bank.pdf").page_count == 3


@pytest.mark.parametrize(("user_password", "accepted"), [("", True), ("secret", False)])
def test_importer_handles_aes_encrypted_pdf(tmp_path: Path, user_password: str, accepted: bool) -> None:
    pikepdf = pytest.importorskip("pikepdf")  # only to write AES; the app reads it with PDFium
    path = tmp_path / "aes.pdf"
    with pikepdf.open(gen.pdf_document(tmp_path)) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="owner", user=user_password, R=6))
    if accepted:
        assert inspect(path, "aes.pdf").page_count == 3
    else:
        assert refused(path) == "PDF is password-protected"


def test_importer_refuses_text_named_pdf(tmp_path: Path) -> None:
    path = gen.text_file(tmp_path, "fake.pdf", "hello", "utf-8")
    assert refused(path) == "file content is not a PDF document (it looks like text)"


# --- chat logs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "bom", "reported"),
    [
        ("gbk", False, "gb18030"),
        ("gb18030", False, "gb18030"),
        ("utf-16-le", True, "utf-16-le"),
        ("utf-8", True, "utf-8-sig"),
        ("utf-8", False, "utf-8"),
    ],
)
def test_importer_decodes_and_parses_chat_text(tmp_path: Path, encoding: str, bom: bool, reported: str) -> None:
    path = gen.text_file(tmp_path, "x.part", gen.CHAT_TEXT, encoding, bom)
    result = inspect(path, "聊天记录.txt")
    assert (result.category, result.media_type, result.encoding) == ("chat", "text/plain", reported)
    assert result.text is not None and "你好，我要申请退款" in result.text
    assert result.messages is not None
    assert [m.sender for m in result.messages] == gen.CHAT_SENDERS
    assert result.messages[0].text == "你好，我要申请退款\n订单号：A123456"


def test_importer_keeps_plain_text_without_chat_shape(tmp_path: Path) -> None:
    path = gen.text_file(tmp_path, "note.txt", "老师承诺七天内可以退款。\n没有时间戳的备忘。\n", "gbk")
    result = inspect(path, "note.txt")
    assert result.category == "chat" and result.messages is None
    assert result.text == "老师承诺七天内可以退款。\n没有时间戳的备忘。\n"


@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", True), ("gbk", False)])
def test_importer_parses_csv(tmp_path: Path, encoding: str, bom: bool) -> None:
    path = gen.text_file(tmp_path, "chat.csv", gen.csv_text(), encoding, bom)
    result = inspect(path, "chat.csv")
    assert (result.category, result.media_type) == ("chat", "text/csv")
    assert result.messages is not None
    assert [(m.sender, m.text) for m in result.messages] == [(s, t) for _, s, t in gen.CSV_ROWS]


def test_importer_extracts_html_text_only(tmp_path: Path) -> None:
    path = gen.text_file(tmp_path, "chat.html", gen.CHAT_HTML, "utf-8")
    result = inspect(path, "chat.html")
    assert (result.category, result.media_type) == ("chat", "text/html")
    assert result.text is not None
    assert "SECRET-SCRIPT-TEXT" not in result.text and "COMMENT-TEXT" not in result.text
    assert "http://" not in result.text and ".msg" not in result.text
    assert result.messages is not None
    assert [m.sender for m in result.messages] == ["张三", "客服小王"]
    assert result.messages[1].text == "请稍等\n马上为您处理"


def test_importer_refuses_binary_in_txt(tmp_path: Path) -> None:
    path = tmp_path / "log.txt"
    path.write_bytes(b"2026-11-01 20:00 a: b\n" + bytes(range(256)) * 4)
    assert "binary" in refused(path)


def test_importer_refuses_image_named_txt(tmp_path: Path) -> None:
    path = gen.phone_screenshot_png(tmp_path)
    assert refused(path, "chat.txt") == "file content is not text (it looks like a PNG image)"


def test_importer_handles_emoji_and_long_file_names(tmp_path: Path) -> None:
    name = "聊天记录😀" + "长" * 190 + ".txt"
    path = gen.text_file(tmp_path, "upload.part", gen.CHAT_TEXT, "utf-8")
    result = inspect(path, name)
    assert result.category == "chat" and result.messages is not None
    with pytest.raises(ImportRejected) as caught:
        inspect(gen.text_file(tmp_path, "bad.part", "not an image", "utf-8"), "照片😀" + "长" * 190 + ".jpg")
    assert caught.value.path.startswith("照片😀")


# --- other files ------------------------------------------------------------------------------


def test_importer_accepts_opaque_video(tmp_path: Path) -> None:
    path = tmp_path / "x.part"
    path.write_bytes(b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom" + b"\0" * 100)
    result = inspect(path, "录屏.mp4")
    assert (result.category, result.media_type) == ("opaque", "video/mp4")


@pytest.mark.parametrize(
    ("name", "media_type"),
    [("合同.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
     ("通话录音.mp3", "audio/mpeg"), ("archive", "application/zip"), ("blob.unknownext", "application/zip")],
)  # fmt: skip
def test_importer_guesses_opaque_types(tmp_path: Path, name: str, media_type: str) -> None:
    path = tmp_path / "x.part"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 60)
    assert inspect(path, name).media_type == media_type


def test_importer_refuses_file_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.mp4"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1024**3)  # sparse: no real disk use
    assert refused(path) == "file is too large (3.0 GB; limit 2 GB)"


@pytest.mark.parametrize("name", ["bundle.zip", "bundle.pdf", "upload"])
def test_a_zip_holding_a_stored_pdf_is_a_zip_not_a_pdf(tmp_path: Path, name: str) -> None:
    import zipfile

    pdf = gen.pdf_document(tmp_path)
    path = tmp_path / "archive.part"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.write(pdf, "statement.pdf")  # stored: "%PDF-" sits within the zip's first KiB
    assert b"%PDF-" in path.read_bytes()[:1024]
    if name.endswith(".pdf"):
        with pytest.raises(ImportRejected, match="not a PDF document.*ZIP"):
            inspect(path, name)
    else:
        assert inspect(path, name).media_type == "application/zip"
