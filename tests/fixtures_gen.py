"""Generators of realistic evidence files for tests; nothing binary is committed."""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import random
import struct
import tempfile
import zlib
from pathlib import Path

import pillow_heif
from PIL import Image, ImageDraw
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.run_drawn import run_once

SCREEN_SIZE = (1170, 2532)  # iPhone 12-15 portrait screenshot

CHAT_TEXT = """微信聊天记录导出
2026-11-01 20:00:12 张三: 你好，我要申请退款
订单号：A123456
2026/11/1 20:01 客服小王：请稍等，我帮您查询
[2026-11-01 20:05] 张三：好的，谢谢
2026年11月2日 09:30:00 客服小王: 退款已受理，预计 7 个工作日到账
"""
CHAT_SENDERS = ["张三", "客服小王", "张三", "客服小王"]

WECHAT_TEXT = """张三 2026-11-01 20:00:12
你好，课程还没开始，我要退款

客服小王 2026-11-01 20:02:40
亲，课程一经购买不予退款
张三 2026-11-01 20:03:05
根据七天无理由退货规定……
"""

CSV_ROWS = [
    ("2026-11-01 20:00:12", "张三", "你好，我要退款"),
    ("2026-11-01 20:01:00", "客服小王", "请提供订单号, 谢谢"),
    ("2026-11-01 20:02:30", "张三", "A123456"),
]


def _rng(seed: int = 7) -> random.Random:
    return random.Random(seed)


def screenshot(size: tuple[int, int] = SCREEN_SIZE, mode: str = "RGB") -> Image.Image:
    """A phone screenshot: flat background with dark text-like stripes and chat bubbles."""
    image = Image.new(mode, size, (246, 246, 246, 255) if mode == "RGBA" else (246, 246, 246))
    draw = ImageDraw.Draw(image)
    rng = _rng()
    width, height = size
    for top in range(height // 20, height - 60, max(height // 40, 8)):
        left = rng.choice((width // 30, width // 3))
        draw.rectangle((left, top, left + rng.randint(width // 6, width // 2), top + 6), fill=(40, 40, 40))
    draw.rectangle((width // 20, height // 3, width // 2, height // 3 + height // 20), fill=(149, 236, 105))
    return image


def write_image(folder: Path, name: str, fmt: str, image: Image.Image | None = None, **save: object) -> Path:
    """Save a screenshot-like picture as PNG/JPEG/WEBP/GIF/BMP/HEIF under name (the default picture is
    encoded once per test run and copied, tests/run_drawn.py: a HEIF of a phone screenshot takes ~1.2 s)."""
    if image is None:
        options = repr((fmt, sorted(save.items())))
        digest = hashlib.blake2b(options.encode(), digest_size=10).hexdigest()
        (folder / name).write_bytes(run_once(f"screenshot-{fmt}-{digest}", lambda: _encoded(fmt, save)))
        return folder / name
    return _write_image(folder, name, fmt, image, **save)


def _encoded(fmt: str, save: dict[str, object]) -> bytes:
    """The default screenshot as a file of that format, written as any other picture is."""
    with tempfile.TemporaryDirectory(prefix="re-test-image-") as scratch:
        return _write_image(Path(scratch), "screenshot", fmt, screenshot(), **save).read_bytes()


def _write_image(folder: Path, name: str, fmt: str, picture: Image.Image, **save: object) -> Path:
    if fmt == "HEIF":
        pillow_heif.register_heif_opener()
    if fmt in ("GIF", "BMP", "JPEG") and picture.mode == "RGBA":
        picture = picture.convert("RGB")
    path = folder / name
    picture.save(path, fmt, **save)
    return path


def phone_screenshot_png(folder: Path, name: str = "screenshot.png") -> Path:
    return write_image(folder, name, "PNG")


def exif_block(orientation: int | None, taken: str | None, offset: str | None = None) -> bytes:
    """EXIF with Orientation and DateTimeOriginal ('YYYY:MM:DD HH:MM:SS') / OffsetTimeOriginal."""
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    sub = exif.get_ifd(0x8769)
    if taken is not None:
        sub[0x9003] = taken
    if offset is not None:
        sub[0x9011] = offset
    return exif.tobytes()


def photo_jpeg(
    folder: Path,
    name: str = "photo.jpg",
    size: tuple[int, int] = (640, 480),
    orientation: int | None = 6,
    taken: str | None = "2026:11:01 20:00:12",
    offset: str | None = None,
) -> Path:
    """A landscape-stored JPEG whose EXIF says how to turn it and when it was taken."""
    picture = screenshot(size)
    # A red block on the stored image's top-left shows where it lands after rotation.
    ImageDraw.Draw(picture).rectangle((0, 0, size[0] // 4, size[1] // 4), fill=(220, 0, 0))
    return write_image(folder, name, "JPEG", picture, quality=90, exif=exif_block(orientation, taken, offset))


def heic_photo(folder: Path, name: str = "IMG_0001.HEIC", taken: str | None = "2026:11:01 20:00:12") -> Path:
    return write_image(folder, name, "HEIF", screenshot((600, 800)), quality=60, exif=exif_block(None, taken, "+08:00"))


def truncated_copy(source: Path, dest: Path, fraction: float = 0.6) -> Path:
    data = source.read_bytes()
    dest.write_bytes(data[: int(len(data) * fraction)])
    return dest


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(folder: Path, side: int = 30_000, name: str = "bomb.png") -> Path:
    """A genuine side×side 1-bit greyscale PNG of zeros: ~110 KB on disk, 900 MP when decoded."""
    path = folder / name
    path.write_bytes(run_once(f"png-bomb-{side}.png", functools.partial(_png_bomb_bytes, side)))
    return path


def _png_bomb_bytes(side: int) -> bytes:
    # Made once per test run (tests/run_drawn.py). Run-length matching (Z_RLE) packs the 112 MB of zero scanlines
    # as tightly as level 9's full search (109 KB for 30,000², against 109.4 KB) in ~0.22 s instead of ~0.55 s;
    # levels 1-3 of the default strategy would be 4x bigger than a real bomb.
    row = b"\0" * (1 + (side + 7) // 8)  # filter byte + packed bits
    compressor = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_RLE)
    rows_per_block = 1000
    block = row * rows_per_block
    parts = [compressor.compress(block) for _ in range(side // rows_per_block)]
    parts.append(compressor.compress(row * (side % rows_per_block)))
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", b"".join(parts))
            + _png_chunk(b"IEND", b""))


def pdf_document(folder: Path, name: str = "statement.pdf", pages: int = 3) -> Path:
    """A real A4 PDF with text and a filled box on each page."""
    path = folder / name
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        pdf.drawString(72, 760, f"Refund statement - page {number}")
        pdf.setFillColorRGB(0.2, 0.3, 0.8)
        pdf.rect(72, 400, 300, 200, fill=1)
        pdf.showPage()
    pdf.save()
    return path


def encrypted_pdf(folder: Path, name: str, user_password: str, owner_password: str = "owner") -> Path:
    """An RC4-encrypted copy; user_password "" makes an owner-only (opens freely) PDF."""
    writer = PdfWriter(clone_from=pdf_document(folder, "plain-" + name))
    writer.encrypt(user_password, owner_password)
    path = folder / name
    writer.write(path)
    return path


def pdf_with_garbage(folder: Path, name: str = "garbage.pdf") -> Path:
    path = folder / name
    path.write_bytes(b"%PDF-1.7\n" + _rng().randbytes(8000))
    return path


def pdf_without_pages(folder: Path, name: str = "empty.pdf") -> Path:
    path = folder / name
    PdfWriter().write(path)
    return path


def text_file(folder: Path, name: str, text: str, encoding: str, bom: bool = False) -> Path:
    """text encoded as given; bom adds the encoding's byte-order mark (UTF-8/UTF-16)."""
    data = text.encode(encoding)
    if bom:
        marks = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
        data = marks[encoding] + data
    path = folder / name
    path.write_bytes(data)
    return path


def csv_text(header: tuple[str, str, str] | None = ("时间", "发送人", "内容"), delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    if header is not None:
        writer.writerow(header)
    writer.writerows(CSV_ROWS)
    return buffer.getvalue()


CHAT_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>与客服的聊天记录</title>
<style>.msg { color: red }</style>
<script>document.write("SECRET-SCRIPT-TEXT"); fetch("http://example.invalid/track");</script>
</head><body>
<!-- COMMENT-TEXT -->
<div class="msg"><span class="who">张三</span> <span class="at">2026-11-01 20:00:12</span></div>
<div class="body">你好&nbsp;&amp;&nbsp;谢谢 &#x1F600;</div>
<img src="http://example.invalid/pixel.png" alt="">
<p>客服小王 2026-11-01 20:01:00</p><p>请稍等<br>马上为您处理</p>
</body></html>
"""
