"""Thumbnails of real generated images and PDFs: size, orientation, format, caching."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from app.evidence.thumbnails import cached_thumbnail, make_thumbnail, thumbnail_path
from tests import fixtures_gen as gen

SHA = "ab" + "0" * 62


def opened(path: Path | None) -> Image.Image:
    assert path is not None and path.is_file()
    with Image.open(path) as image:
        image.load()
        return image


def test_thumbnail_of_jpeg_with_orientation_6_is_portrait(tmp_path: Path) -> None:
    source = gen.photo_jpeg(tmp_path, size=(640, 480), orientation=6)
    thumb = opened(make_thumbnail(source, "image", tmp_path / "t.jpg", max_side=160))
    assert (thumb.format, thumb.size) == ("JPEG", (120, 160))
    # The stored top-left red block ends up top-right after a 90° clockwise turn.
    pixel = thumb.convert("RGB").getpixel((110, 8))
    assert isinstance(pixel, tuple)
    red, green, blue = pixel[:3]
    assert red > 180 and green < 80 and blue < 80


def test_thumbnail_uses_given_orientation_over_exif(tmp_path: Path) -> None:
    source = gen.photo_jpeg(tmp_path, size=(640, 480), orientation=None)
    thumb = opened(make_thumbnail(source, "image", tmp_path / "t.jpg", max_side=160, orientation=8))
    assert thumb.size == (120, 160)


def test_thumbnail_of_pdf_first_page(tmp_path: Path) -> None:
    source = gen.pdf_document(tmp_path, pages=2)
    thumb = opened(make_thumbnail(source, "pdf", tmp_path / "p.jpg", max_side=200))
    assert thumb.format == "JPEG"
    assert thumb.size[1] == 200 and 135 <= thumb.size[0] <= 145  # A4 portrait
    darkest = thumb.convert("L").getextrema()[0]
    assert isinstance(darkest, int) and darkest < 128  # the filled box was drawn


def test_thumbnail_of_owner_only_encrypted_pdf(tmp_path: Path) -> None:
    source = gen.encrypted_pdf(tmp_path, "bank.pdf", user_password="")
    assert opened(make_thumbnail(source, "pdf", tmp_path / "p.jpg")).size[1] == 320


def test_thumbnail_of_large_image_fits_max_side(tmp_path: Path) -> None:
    source = gen.write_image(tmp_path, "big.jpg", "JPEG", gen.screenshot((8000, 6000)), quality=70)
    thumb = opened(make_thumbnail(source, "image", tmp_path / "t.jpg", max_side=320))
    assert thumb.size == (320, 240)


@pytest.mark.parametrize(("fmt", "name"), [("PNG", "s.png"), ("WEBP", "s.webp"), ("HEIF", "s.heic"), ("BMP", "s.bmp")])
def test_thumbnail_of_each_image_format(tmp_path: Path, fmt: str, name: str) -> None:
    source = gen.write_image(tmp_path, name, fmt)
    thumb = opened(make_thumbnail(source, "image", tmp_path / "t.jpg"))
    assert max(thumb.size) == 320 and thumb.size[1] > thumb.size[0]


def test_thumbnail_with_alpha_or_palette_is_png(tmp_path: Path) -> None:
    rgba = gen.write_image(tmp_path, "a.png", "PNG", gen.screenshot((400, 400), mode="RGBA"))
    result = make_thumbnail(rgba, "image", tmp_path / "t.jpg", max_side=100)
    assert result == tmp_path / "t.png"
    assert opened(result).format == "PNG"
    gif = gen.write_image(tmp_path, "p.gif", "GIF")
    assert opened(make_thumbnail(gif, "image", tmp_path / "g.jpg", max_side=100)).format == "PNG"


@pytest.mark.parametrize("category", ["chat", "opaque"])
def test_thumbnail_none_for_chat_and_opaque(tmp_path: Path, category: str) -> None:
    source = gen.text_file(tmp_path, "c.txt", gen.CHAT_TEXT, "utf-8")
    assert make_thumbnail(source, category, tmp_path / "t.jpg") is None
    assert not (tmp_path / "t.jpg").exists()


def test_thumbnail_none_for_undecodable_sources(tmp_path: Path) -> None:
    cut = gen.truncated_copy(gen.phone_screenshot_png(tmp_path), tmp_path / "cut.png", 0.5)
    assert make_thumbnail(cut, "image", tmp_path / "t.jpg") is None
    assert make_thumbnail(gen.png_bomb(tmp_path), "image", tmp_path / "b.jpg") is None
    assert make_thumbnail(gen.pdf_with_garbage(tmp_path), "pdf", tmp_path / "p.jpg") is None
    assert list(tmp_path.glob("*.tmp")) == []


def test_thumbnail_write_leaves_no_temp_files(tmp_path: Path) -> None:
    dest = tmp_path / "cache" / "deep" / "t.jpg"
    assert make_thumbnail(gen.photo_jpeg(tmp_path), "image", dest) == dest
    assert sorted(p.name for p in dest.parent.iterdir()) == ["t.jpg"]


def test_thumbnail_path_is_sharded_by_hash(tmp_path: Path) -> None:
    assert thumbnail_path(tmp_path, SHA, 320) == tmp_path / "ab" / f"{SHA}-320.jpg"


def test_cached_thumbnail_reuses_existing_file(tmp_path: Path) -> None:
    cache = tmp_path / "thumbs"
    source = gen.photo_jpeg(tmp_path)
    first = cached_thumbnail(cache, SHA, source, "image")
    assert first == thumbnail_path(cache, SHA, 320)
    stamp = first.stat().st_mtime_ns
    source.unlink()  # a cache hit must not need the original
    assert cached_thumbnail(cache, SHA, source, "image") == first
    assert first.stat().st_mtime_ns == stamp


def test_cached_thumbnail_finds_png_variant(tmp_path: Path) -> None:
    cache = tmp_path / "thumbs"
    source = gen.write_image(tmp_path, "a.png", "PNG", gen.screenshot((300, 300), mode="RGBA"))
    made = cached_thumbnail(cache, SHA, source, "image", max_side=64)
    assert made is not None and made.suffix == ".png"
    source.unlink()
    assert cached_thumbnail(cache, SHA, source, "image", max_side=64) == made
