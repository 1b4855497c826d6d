"""Filing online on the 12315 platform without retyping: each form field's text, and the exhibits
as numbered pictures for upload.

The texts come from the same facts and sentences as the bundle's complaint letter (third person,
exhibits cited as 证据N), in Chinese: the form is Chinese. The pictures are written as
证据N-K.jpg (N the exhibit's number in the bundle, K its part): long screenshots cut into parts on
blank rows, PDF pages rendered one by one, chat logs typeset as pages; each JPEG fits under a byte
limit and a pixel limit. The 12315 form's own field lengths and attachment limits are not published
where this app could read them: the limits are the user's to set, with modest defaults.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.fsutil import make_dir, write_atomic
from app.core.timeutil import now, to_beijing
from app.services.documents import document_context

__all__ = ["FormField", "UploadReport", "document_context", "form_fields", "upload_folder", "write_upload_images"]

if TYPE_CHECKING:
    from PIL import Image

    from app.bundle.model import Context, Exhibit

MAX_BYTES = 2 * 1024 * 1024  # per picture
MAX_SIDE = 2400  # pixels, the longer side
PART_RATIO = 2.0  # a part of a long screenshot is at most this many times as tall as wide
MIN_QUALITY = 40
TEXT_PAGE = (1240, 1754)  # A4 at 150 dpi, for chat logs typeset as pictures
TEXT_LINES = 42

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

FIELD_KEYS = ("complainant_name", "complainant_phone", "complainant_address", "complainant_id_number",
              "respondent_name", "respondent_address", "respondent_shop", "jurisdiction", "order_number", "item",
              "purchase_time", "amount", "problem_short", "problem_full", "request")


@dataclass
class FormField:
    key: str  # one of FIELD_KEYS
    text: str


def _date(value: datetime | None) -> str:
    if value is None:
        return ""
    local = to_beijing(value)
    return f"{local.year}年{local.month}月{local.day}日"


def problem_short(ctx: Context) -> str:
    """One or two sentences: what was bought, when, for how much, and what the merchant did."""
    from app.bundle import fmt
    from app.bundle.facts import body_name

    d, t = ctx.case.data, ctx.t
    parts = []
    where = d.merchant.shop or d.merchant.name
    bought = f"{_date(d.order.paid_at)}在{body_name(ctx, 'platform')}" + (f"“{where}”" if where else "")
    bought += f"购买“{d.order.item}”" if d.order.item else "购买网络课程"
    if d.order.number:
        bought += f"（订单号{d.order.number}）"
    if d.order.amount is not None:
        bought += f"，支付{fmt.money(d.order.amount, t)}"
    parts.append(bought)
    if d.course.misrepresented:
        parts.append("商家宣传与实际不符")
    if d.refund.requested_at:
        status = {"refused": "商家拒绝退款", "pending": "商家至今未退款", "not_requested": "商家至今未退款",
                  "partially_refunded": f"商家仅退还{fmt.money(d.refund.refunded_amount, t)}",
                  "refunded": "商家已退款"}.get(d.refund.status, "")
        parts.append(f"{_date(d.refund.requested_at)}申请退款，{status}" if status else
                     f"{_date(d.refund.requested_at)}申请退款")
    elif d.refund.refused_at:
        parts.append(f"{_date(d.refund.refused_at)}商家拒绝退款")
    return "；".join(parts) + "。"


def problem_full(ctx: Context) -> str:
    """The complaint letter's facts (each citing its exhibits), the complainant's own account, the grounds."""
    from app.bundle.facts import fact_lines, ground_lines

    t, d = ctx.t, ctx.case.data
    lines = [f"{n}. {line}" for n, line in enumerate(fact_lines(ctx), 1)]
    own = [line.strip() for line in d.facts.splitlines() if line.strip()]
    if own:
        lines += [t("complaint.own_account"), *own]
    grounds = ground_lines(ctx)
    if grounds:
        lines += [t("complaint.facts.grounds"), *grounds]
    if ctx.exhibits:
        lines.append("证据：" + "；".join(f"{ex.label} {ex.info.title}" for ex in ctx.exhibits) + "（见上传图片，"
                     "文件名以证据编号开头）")
    return "\n".join(lines)


def jurisdiction_note(ctx: Context) -> str:
    d = ctx.case.data
    address = d.merchant.address or "未填写（见商家在平台上公示的地址）"
    return ("管辖：对平台内经营者的投诉，由其在平台上公示的地址所在地的县级市场监督管理部门处理；未公示地址或者按该地址"
            "联系不到的，由平台经营者住所地的县级市场监督管理部门处理（《市场监督管理投诉举报处理办法》第十三条）。"
            f"本案被投诉人地址：{address}。")


def form_fields(ctx: Context) -> list[FormField]:
    """The text of each field of the 12315 complaint form, in the form's order."""
    from app.bundle import fmt
    from app.bundle.complaint import demands

    d, t = ctx.case.data, ctx.t
    paid = to_beijing(d.order.paid_at).strftime("%Y-%m-%d %H:%M") if d.order.paid_at else ""
    shop = f"{d.merchant.shop}（{t(f'platform.{d.platform}')}）" if d.merchant.shop else ""
    values = {
        "complainant_name": d.consumer.name, "complainant_phone": d.consumer.phone,
        "complainant_address": d.consumer.address, "complainant_id_number": d.consumer.id_number,
        "respondent_name": d.merchant.name, "respondent_address": d.merchant.address, "respondent_shop": shop,
        "jurisdiction": jurisdiction_note(ctx), "order_number": d.order.number, "item": d.order.item,
        "purchase_time": paid, "amount": fmt.money(d.order.amount, t) if d.order.amount is not None else "",
        "problem_short": problem_short(ctx), "problem_full": problem_full(ctx), "request": "\n".join(demands(ctx)),
    }
    return [FormField(key, values[key]) for key in FIELD_KEYS]


# ----- pictures for upload -------------------------------------------------------------------------


@dataclass
class UploadReport:
    folder: Path
    written: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (exhibit label, why)


def upload_folder(parent: Path, title: str, at: datetime | None = None) -> Path:
    """A new folder for one case's pictures: 证据图片-<title>-<date>, then -2, -3… (never an existing one)."""
    from app.bundle.fmt import safe_name

    day = to_beijing(at or now()).strftime("%Y%m%d")
    base = f"证据图片-{safe_name(title)[:40] or 'case'}-{day}"
    candidate, n = parent / base, 2
    while candidate.exists():
        candidate, n = parent / f"{base}-{n}", n + 1
    return candidate


def _rgb(img: Image.Image) -> Image.Image:
    from app.bundle.images import rgb_on_white

    return rgb_on_white(img)


def fit_jpeg(img: Image.Image, max_bytes: int = MAX_BYTES, max_side: int = MAX_SIDE) -> bytes:
    """A JPEG of the picture within max_side pixels and max_bytes: lower quality first, then smaller."""
    from PIL import Image

    img = _rgb(img)
    scale = min(1.0, max_side / max(img.size))
    while True:
        size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
        shown = img if size == img.size else img.resize(size, Image.Resampling.LANCZOS)
        for quality in (88, 80, 70, 60, 50, MIN_QUALITY):
            out = io.BytesIO()
            shown.save(out, "JPEG", quality=quality, optimize=True)
            if out.tell() <= max_bytes:
                return out.getvalue()
        if min(size) <= 64:
            return out.getvalue()  # as small as it sensibly gets
        scale *= 0.8


def _image_parts(path: Path) -> Iterator[Image.Image]:
    from PIL import Image, ImageOps

    from app.bundle.images import split_rows
    from app.evidence.imaging import strict_pillow

    with strict_pillow(), Image.open(path) as src:
        img = _rgb(ImageOps.exif_transpose(src))
    rows = max(1, int(img.width * PART_RATIO))
    for top, bottom in split_rows(img, rows, rows):
        yield img.crop((0, top, img.width, bottom))


def _pdf_pages(path: Path) -> Iterator[Image.Image]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                yield page.render(scale=150 / 72).to_pil()
            finally:
                page.close()
    finally:
        pdf.close()


def _text_pages(lines: list[str]) -> Iterator[Image.Image]:
    """A chat log typeset as A4 pictures in the bundled font (wrapped, 42 lines a page)."""
    import textwrap

    from PIL import Image, ImageDraw, ImageFont

    from app.core.paths import font_path

    font = ImageFont.truetype(str(font_path()), 26, index=0)
    wrapped = [part for line in lines for part in (textwrap.wrap(line, 40) or [""])]
    for start in range(0, max(1, len(wrapped)), TEXT_LINES):
        page = Image.new("RGB", TEXT_PAGE, (255, 255, 255))
        draw = ImageDraw.Draw(page)
        for n, line in enumerate(wrapped[start:start + TEXT_LINES]):
            draw.text((80, 80 + n * 38), line, font=font, fill=(0, 0, 0))
        yield page


def _chat_lines(ex: Exhibit) -> list[str]:
    info = ex.info
    if info.messages:
        return [f"{m.get('at', '')} {m.get('sender', '')}：{m.get('text', '')}".strip() for m in info.messages]
    text = info.text if info.text is not None else ex.chat_text
    if text is None and ex.original is not None:
        from app.bundle.plan import read_text

        text = read_text(ex.original)
    return (text or "").splitlines()


def _pictures(ex: Exhibit) -> Iterator[Image.Image]:
    if ex.original is None:
        return iter(())
    if ex.kind == "image":
        return _image_parts(ex.original)
    if ex.kind == "pdf":
        return _pdf_pages(ex.original)
    if ex.kind == "chat":
        return _text_pages(_chat_lines(ex))
    return iter(())


def write_upload_images(ctx: Context, folder: Path, *, max_bytes: int = MAX_BYTES, max_side: int = MAX_SIDE,
                        progress: Progress | None = None, cancel: Cancel | None = None) -> UploadReport:
    """Write every exhibit as 证据N-K.jpg into `folder`, a new folder (refused if it already exists)."""
    if folder.exists():
        raise FileExistsError(f"{folder} already exists; choose a new folder")
    make_dir(folder)
    report = UploadReport(folder)
    total = len(ctx.exhibits)
    for n, ex in enumerate(ctx.exhibits):
        if cancel is not None and cancel():
            break
        if progress is not None:
            progress(n, total, ex.label)
        if ex.kind == "opaque":
            report.skipped.append((ex.label, ex.note or "这类文件（如视频、音频）不能转成图片，请按平台要求另行提交"))
            continue
        try:
            for k, picture in enumerate(_pictures(ex), 1):
                path = folder / f"{ex.label}-{k}.jpg"
                write_atomic(path, fit_jpeg(picture, max_bytes, max_side), durable=False)
                report.written.append(path)
        except Exception as exc:  # noqa: BLE001 - one unreadable original must not stop the others
            report.skipped.append((ex.label, f"{type(exc).__name__}: {exc}"))
    if progress is not None:
        progress(total, total, "")
    return report
