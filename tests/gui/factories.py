"""Things the GUI tests put in a service: a realistic case, phone-screenshot-like PNGs, a truncated PNG."""

from __future__ import annotations

import functools
import io
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw

from app.core.domain import CaseData, Consumer, Course, Merchant, Order, Refund
from app.core.timeutil import BEIJING


def realistic_case(title: str = "快手直播间英语课退款") -> CaseData:
    return CaseData(
        title=title,
        consumer=Consumer(name="张三", phone="13800000000", address="北京市朝阳区某路1号"),
        merchant=Merchant(name="某某教育科技有限公司", shop="某某课堂", address="杭州市某区某路2号"),
        order=Order(number="2026110112345678", item="30天英语速成课", amount=Decimal("199.00"),
                    paid_at=datetime(2026, 11, 1, 20, 0, 12, tzinfo=BEIJING), channel="wechat_pay"),
        course=Course(starts_at=datetime(2026, 11, 3, 19, 0, tzinfo=BEIJING), progress_percent=Decimal("4")),
        refund=Refund(status="refused", requested_at=datetime(2026, 11, 2, 10, 0, 5, tzinfo=BEIJING)),
        demands="退还课程费用199元",
        facts="2026年11月1日在快手直播间购买课程，开课前申请退款被拒绝。",
    )


def screenshot_png(path: Path, seed: int = 0, size: tuple[int, int] = (240, 420)) -> Path:
    """A phone-screenshot-like PNG; different seeds give different bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_screenshot_bytes(seed, size))
    return path


@functools.cache
def _screenshot_bytes(seed: int, size: tuple[int, int]) -> bytes:
    """Drawn and encoded once per test process and seed and size. Compression level 1: a phone-sized one
    encodes in half the time of the default 6 (~30 vs ~60 ms), the same pixels in a bigger file."""
    image = Image.new("RGB", size, (246, 246, 246))
    draw = ImageDraw.Draw(image)
    step = 14
    for n, top in enumerate(range(12, size[1] - 12, step)):
        width = 30 + (seed * 37 + n * 53) % (size[0] - 50)
        left = 10 if n % 3 else size[0] // 3
        draw.rectangle((left, top, min(left + width, size[0] - 8), top + 6), fill=(40 + seed % 60, 40, 40))
    draw.rectangle((10, size[1] // 3, size[0] // 2, size[1] // 3 + 30), fill=(149, 236, 105))
    buf = io.BytesIO()
    image.save(buf, "PNG", compress_level=1)
    return buf.getvalue()


def truncated_png(path: Path) -> Path:
    whole = screenshot_png(path.with_name("whole-" + path.name), seed=99)
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path
