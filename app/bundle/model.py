"""The bundle's working data: exhibits, the page map of a layout pass, the shared context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.bundle.fmt import safe_name
from app.bundle.images import PreparedImage
from app.bundle.styles import Styles
from app.bundle.texts import Texts
from app.core.domain import CaseInfo, EvidenceInfo
from app.rules.result import CheckResult

KINDS = ("image", "pdf", "chat", "opaque")


class Cancelled(Exception):
    """The user cancelled the export; no output file was left behind."""


@dataclass
class Exhibit:
    number: int
    info: EvidenceInfo
    original: Path | None  # the file shown: the redacted copy when the item has one
    kind: str  # one of KINDS
    label: str  # "证据3"
    image: PreparedImage | None = None
    pdf_pages: list[tuple[float, float]] = field(default_factory=list)  # upright (w, h) pt of each page
    note: str = ""  # why it is listed rather than shown
    chat_text: str | None = None  # decoded here when the importer left the text empty
    # Text recognised on an image exhibit: (text, (x, y, w, h) in upright source pixels). Drawn as an
    # invisible text layer over the picture so that the bundle can be searched and copied.
    lines: list[tuple[str, tuple[int, int, int, int]]] = field(default_factory=list)
    # The same over the pages of a PDF exhibit that have no text of their own (scanned pages): page (from 1)
    # -> lines, boxes in the page's pixels at 200 dpi.
    page_lines: dict[int, list[tuple[str, tuple[int, int, int, int]]]] = field(default_factory=dict)
    # A transcript too long to print (shown, total): the first `shown` are printed, and the original
    # is attached to the PDF whatever the options say, so nothing of it is lost.
    truncated: tuple[int, int] | None = None
    # A joint bundle numbers each complainant's exhibits apart (A-1, A-2, B-1 …: app/bundle/joint.py)
    # and opens an outline entry per complainant at their first one.
    code: str = ""
    group: str | None = None

    @property
    def key(self) -> str:
        return f"ex{self.number}"

    @property
    def redacted(self) -> bool:
        return self.info.redaction is not None

    @property
    def file_sha256(self) -> str:
        """The SHA-256 of the file shown (`original`): the redacted copy's when there is one."""
        r = self.info.redaction
        return (r.sha256 if r is not None else self.info.sha256).lower()

    @property
    def attachment_name(self) -> str:
        name = safe_name(self.info.original_name)
        if self.info.redaction is not None:
            stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
            suffix = ".png" if self.info.redaction.media_type == "image/png" else ".pdf"
            return f"证据{self.code or self.number}_{stem}-已遮挡{suffix}"
        return f"证据{self.code or self.number}_{name}"


@dataclass(frozen=True)
class Slot:
    """Where one page of a PDF exhibit goes: page number, lower-left corner and scale."""

    page: int
    exhibit: int
    index: int
    x: float
    y: float
    scale: float


@dataclass
class PageMap:
    """What a layout pass learned: the first page of every anchor, and the total."""

    anchors: dict[str, int] = field(default_factory=dict)
    total: int = 0
    slots: list[Slot] = field(default_factory=list)

    def first(self, key: str) -> int:
        return self.anchors.get(key, 0)


@dataclass
class Context:
    case: CaseInfo
    check: CheckResult
    as_of: datetime
    recipient: str
    lang: str
    attach_originals: bool
    t: Texts
    styles: Styles
    exhibits: list[Exhibit]
    bundle_id: str
    manifest_sha: str
    pages: PageMap  # from the previous pass; zeros in the first one
    draw_images: bool = True
    cancel: Callable[[], bool] | None = None
    authorisation: bool = False  # add the 授权委托书 page (filing through an agent)
    # One document on its own (app/bundle/escalation.py: complaint, claim, evidence-list, authorisation),
    # not the bundle: exhibits are cited without the bundle's page numbers.
    document: str = ""
    draft: bool = False
    # fact key -> ids of the exhibits whose recognised text shows it as the case states it (cited per fact)
    proof: dict[str, list[int]] = field(default_factory=dict)

    def exhibit_pages(self, ex: Exhibit) -> tuple[int, int]:
        """(first, last) page of an exhibit: it runs until the next anchor."""
        first = self.pages.first(ex.key)
        later = [self.pages.first(e.key) for e in self.exhibits if e.number == ex.number + 1]
        nxt = later[0] if later else self.pages.first("integrity")
        return first, max(first, nxt - 1)
