"""Small generated inputs for store tests: real images, real case JSON files."""

from __future__ import annotations

import functools
import io
import json
import random
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw


def png(path: Path, seed: int = 0, size: tuple[int, int] = (120, 200)) -> Path:
    """A small screenshot-like PNG whose bytes differ by seed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_png_bytes(seed, size))
    return path


@functools.cache
def _png_bytes(seed: int, size: tuple[int, int]) -> bytes:
    """Drawn and encoded once per test process and seed and size."""
    rng = random.Random(seed)
    img = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(img)
    for y in range(10, size[1] - 10, 14):
        draw.rectangle((8, y, rng.randint(30, size[0] - 8), y + 6), fill=(rng.randint(0, 80),) * 3)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def chat_txt(path: Path, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "2026-11-01 20:00:12 张三: 老师，这个课程可以退款吗？\n2026-11-01 20:05:00 客服小王: 课程开课后不退款。\n"
    path.write_bytes(text.encode(encoding))
    return path


def case_dict(**over: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "快手课程退款",
        "platform": "kuaishou",
        "consumer": {"name": "张三", "phone": "13800000000", "address": "北京市朝阳区某路1号"},
        "merchant": {"name": "某某教育科技有限公司", "shop": "某某课堂", "address": "杭州市某区某路2号"},
        "order": {"number": "2026110112345678", "item": "30天英语速成课", "amount": "199.00",
                  "paid_at": "2026-11-01T20:00:12+08:00", "channel": "wechat_pay"},
        "course": {"starts_at": "2026-11-03T19:00:00+08:00", "progress_percent": 4, "misrepresented": False},
        "refund": {"status": "refused", "requested_at": "2026-11-02T10:00:05+08:00", "refunded_amount": "0"},
        "demands": "退还课程费用199元",
        "facts": "2026年11月1日在直播间购买课程。",
        "events": [{"at": "2026-11-02T10:00:05", "text": "向商家申请退款"}],
    }
    data.update(over)
    return data


def write_case_json(folder: Path, data: dict[str, Any] | None = None, with_files: bool = True) -> Path:
    data = dict(data or case_dict())
    if with_files and "evidence" not in data:
        png(folder / "shots" / "pay.png", seed=1)
        chat_txt(folder / "chat.txt")
        data["evidence"] = [
            {"file": "shots/pay.png", "kind": "payment", "title": "微信支付凭证", "source": "微信",
             "proves": "已支付199元", "occurred_at": "2026-11-01T20:00:30"},
            {"file": "chat.txt", "kind": "chat", "title": "与客服的聊天记录"},
        ]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "case.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path
