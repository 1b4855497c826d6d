"""Draw the app icon with Pillow: resources/icons/app.png, app@2x.png, app.ico, app.icns.

A rounded square in a calm red-orange with a white folder and the character 证 (evidence),
drawn with the bundled WenQuanYi Micro Hei. Each size is drawn at 4x and scaled down, so
edges stay smooth; the smallest sizes leave the character out (it would be a blur).

    .venv/bin/python tools/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
OUT = ROOT / "resources" / "icons"

TOP = (236, 112, 64)  # warm orange
BOTTOM = (200, 64, 48)  # calm red
INK = (196, 62, 46)  # the character, on the white folder
SUPERSAMPLE = 4
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)


def _gradient(size: int) -> Image.Image:
    column = Image.new("RGBA", (1, size))
    for y in range(size):
        t = y / max(size - 1, 1)
        column.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM, strict=True)) + (255,))
    return column.resize((size, size), Image.Resampling.NEAREST)


def draw_icon(size: int, margin: float = 0.06, glyph: bool | None = None) -> Image.Image:
    """One square icon of `size` pixels; `margin` is the empty border as a fraction of the size."""
    if glyph is None:
        glyph = size >= 48
    s = size * SUPERSAMPLE

    def px(v: float) -> int:
        return round(v * s)

    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    # Rounded square with a vertical gradient.
    mask = Image.new("L", (s, s), 0)
    body = (px(margin), px(margin), px(1 - margin) - 1, px(1 - margin) - 1)
    ImageDraw.Draw(mask).rounded_rectangle(body, radius=px((1 - 2 * margin) * 0.22), fill=255)
    img.paste(_gradient(s), (0, 0), mask)

    # Folder, in the square's own coordinates (0..1 inside the margin).
    inner = 1 - 2 * margin

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return (px(margin + x0 * inner), px(margin + y0 * inner), px(margin + x1 * inner), px(margin + y1 * inner))

    d = ImageDraw.Draw(img)
    big = not glyph  # without the character the folder fills more of the square
    left, right = (0.16, 0.84) if big else (0.19, 0.81)
    top, bottom = (0.24, 0.78) if big else (0.22, 0.80)
    r = px(0.06 * inner)
    # Back sheet and its tab, a little see-through so the folder reads as two layers.
    back = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    bd = ImageDraw.Draw(back)
    bd.rounded_rectangle(box(left, top, left + 0.30, top + 0.12), radius=r, fill=(255, 255, 255, 200))
    bd.rounded_rectangle(box(left, top + 0.06, right, bottom), radius=r, fill=(255, 255, 255, 200))
    img = Image.alpha_composite(img, back)
    d = ImageDraw.Draw(img)
    # Front sheet.
    front = box(left, top + 0.13, right, bottom)
    d.rounded_rectangle(front, radius=r, fill=(255, 255, 255, 255))

    if glyph:
        font = ImageFont.truetype(str(FONT), size=px(0.36 * inner), index=0)
        cx, cy = (front[0] + front[2]) / 2, (front[1] + front[3]) / 2
        d.text((cx, cy), "证", font=font, fill=INK + (255,), anchor="mm")
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    draw_icon(256).save(OUT / "app.png", optimize=True)
    draw_icon(512).save(OUT / "app@2x.png", optimize=True)  # QIcon picks @2x on high-DPI screens

    ico = [draw_icon(n) for n in ICO_SIZES]
    ico[-1].save(OUT / "app.ico", sizes=[(n, n) for n in ICO_SIZES], append_images=ico[:-1])

    # macOS icons leave about 10 % of the canvas empty (Apple's grid: an 824 px body on 1024).
    icns = [draw_icon(n, margin=0.10) for n in ICNS_SIZES]
    icns[-1].save(OUT / "app.icns", append_images=icns[:-1])

    for name in ("app.png", "app@2x.png", "app.ico", "app.icns"):
        path = OUT / name
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
