"""Which exhibit is shown how: image, merged PDF, chat transcript, or listed (opaque)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.bundle.model import Exhibit
from app.bundle.texts import Texts
from app.core.domain import CaseInfo, EvidenceInfo

CHAT_TYPES = ("text/plain", "text/csv", "text/html")
MAX_TEXT_BYTES = 8 * 1024 * 1024


def kind_of(info: EvidenceInfo) -> str:
    media = (info.media_type or "").split(";", 1)[0].strip().lower()
    if media.startswith("image/"):
        return "image"
    if media == "application/pdf":
        return "pdf"
    if media in CHAT_TYPES or info.messages:
        return "chat"
    return "opaque"


def pdf_page_sizes(path: Path) -> list[tuple[float, float]]:
    """Upright (width, height) in points of every page; raises if the PDF cannot be shown."""
    reader = PdfReader(path)
    if reader.is_encrypted and not reader.decrypt(""):
        raise PermissionError("encrypted")
    sizes = []
    for page in reader.pages:
        box = page.cropbox
        w, h = float(box.width), float(box.height)
        sizes.append((h, w) if page.rotation % 180 else (w, h))
    if not sizes:
        raise ValueError("no pages")
    return sizes


def read_text(path: Path) -> str | None:
    """A chat log the importer left undecoded: UTF-8, else GB18030 (a superset of GBK)."""
    if path.stat().st_size > MAX_TEXT_BYTES:
        return None
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def _as_opaque(ex: Exhibit, note: str) -> None:
    ex.kind = "opaque"
    ex.note = note


def _check_pdf(ex: Exhibit, t: Texts, warnings: list[str]) -> None:
    assert ex.original is not None
    try:
        ex.pdf_pages = pdf_page_sizes(ex.original)
    except PermissionError:
        why = t("why.encrypted")
        _as_opaque(ex, t("exhibit.unreadable", why=why))
        warnings.append(t("warn.pdf", label=ex.label, why=why))
    except Exception as exc:  # noqa: BLE001 (a third-party parser on an untrusted file fails in many ways)
        why = type(exc).__name__
        _as_opaque(ex, t("exhibit.unreadable", why=why))
        warnings.append(t("warn.pdf", label=ex.label, why=why))


# A transcript is printed up to this many messages (or lines of text): a 100,000-message log made a
# 4,174-page bundle. The rest is in the original, attached to the PDF.
TRANSCRIPT_MESSAGES = 1000
TRANSCRIPT_LINES = 3000


def _cap_transcript(ex: Exhibit, present: bool) -> None:
    info = ex.info
    if info.messages:
        total, cap = len(info.messages), TRANSCRIPT_MESSAGES
    else:
        text = info.text if info.text is not None else ex.chat_text or ""
        total, cap = text.count("\n") + 1, TRANSCRIPT_LINES
    if total > cap and present:
        ex.truncated = (cap, total)


def make_exhibits(case: CaseInfo, originals: dict[int, Path], t: Texts) -> tuple[list[Exhibit], list[str]]:
    """Number the evidence in bundle order and decide how each is shown."""
    exhibits: list[Exhibit] = []
    warnings: list[str] = []
    items = [e for e in case.evidence if e.trashed_at is None]
    for number, info in enumerate(items, 1):
        original = originals.get(info.id)
        ex = Exhibit(number, info, Path(original) if original else None, kind_of(info), t("label", n=number))
        present = ex.original is not None and ex.original.is_file()
        if ex.kind in ("image", "pdf") and not present:
            _as_opaque(ex, t("exhibit.unreadable", why=t("exhibit.missing")))
            warnings.append(t("warn.missing", label=ex.label))
        elif ex.kind == "pdf":
            _check_pdf(ex, t, warnings)
        elif ex.kind == "chat" and not info.messages and info.text is None and present:
            assert ex.original is not None
            ex.chat_text = read_text(ex.original)
        if ex.kind == "chat":
            _cap_transcript(ex, present)
        exhibits.append(ex)
    return exhibits, warnings
