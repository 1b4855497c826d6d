"""build_bundle: the evidence bundle PDF from a case, its rule check and its originals.

Steps: number the exhibits; prepare images in worker processes and meanwhile lay the document
out once without images to learn every page number; lay it out again with the real numbers
(index, cover, footers) and the images; merge PDF exhibits and attachments with pypdf. Output
goes to a temporary file beside `out` and replaces it only when complete.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable

from app.bundle.assemble import assemble
from app.bundle.authorisation import authorisation
from app.bundle.complaint import complaint
from app.bundle.cover import cover
from app.bundle.exhibits import exhibit
from app.bundle.index import index
from app.bundle.layout import render
from app.bundle.manifest import bundle_id, integrity, manifest_csv
from app.bundle.masking import Line, masked_case, visible_lines
from app.bundle.model import Cancelled, Context, Exhibit, PageMap
from app.bundle.plan import make_exhibits
from app.bundle.prepare import ImageWorkers
from app.bundle.styles import make_styles
from app.bundle.texts import Texts
from app.bundle.timeline import timeline
from app.bundle.zip_package import write_zip
from app.core.domain import RECIPIENTS, CaseInfo
from app.core.fsutil import naming, temp_beside
from app.evidence.ocr.pdfpages import pages_with_text
from app.evidence.vault import file_sha256
from app.rules.result import CheckResult

__all__ = ["BundleRequest", "BundleResult", "Cancelled", "build_bundle", "build_document"]

MAX_PASSES = 3


@dataclass
class BundleRequest:
    case: CaseInfo  # evidence in bundle order (position), trashed ones already removed
    check: CheckResult  # from the rule engine, in the bundle language
    originals: dict[int, Path]  # evidence id -> the file shown: the original, or its redacted copy (checked)
    as_of: datetime  # bundle date
    recipient: str = "market_regulator"  # or "consumer_association"
    lang: str = "zh"  # or "en"
    attach_originals: bool = False
    zip_path: Path | None = None
    authorisation: bool = False  # a 授权委托书 page for a complaint filed through an agent
    # evidence id -> recognised lines (text, box in upright source pixels): an invisible text layer
    texts: dict[int, list[tuple[str, tuple[int, int, int, int]]]] = field(default_factory=dict)
    draft: bool = False  # every page carries a 草稿 (DRAFT) watermark
    # fact key -> evidence ids whose recognised text shows it as the case states it: 事实与理由 cites them
    proof: dict[str, list[int]] = field(default_factory=dict)
    # evidence id -> page -> lines read on a PDF (boxes in the page's 200 dpi pixels): an invisible text
    # layer over the pages of the file shown that have no text of their own
    pdf_texts: dict[int, dict[int, list[tuple[str, tuple[int, int, int, int]]]]] = field(default_factory=dict)


@dataclass
class BundleResult:
    path: Path
    pages: int
    sha256: str
    bundle_id: str
    exhibits: list[tuple[int, int, int]]  # (evidence id, first page, last page), 1-based
    warnings: list[str] = field(default_factory=list)


def story(ctx: Context) -> list[Flowable]:
    out = cover(ctx) + complaint(ctx)
    if ctx.authorisation:
        out += authorisation(ctx)
    out += timeline(ctx) + index(ctx)
    for ex in ctx.exhibits:
        out += exhibit(ex, ctx)
    return out + integrity(ctx)


def _shape(ctx: Context) -> list[tuple[str, int, bool]]:
    """What decides how many pages each exhibit takes, before any text is laid out."""
    return [(ex.kind, len(ex.image.pieces), ex.image.heading_alone) if ex.image else (ex.kind, 0, False)
            for ex in ctx.exhibits]


Story = Callable[[Context], list[Flowable]]


def _counting_pass(ctx: Context, make: Story) -> PageMap:
    ctx.draw_images = False
    return render(ctx, make, io.BytesIO(), save=False)


def _prepare(ctx: Context, work: Path, progress: Callable[[int, int, str], None] | None, make: Story) -> list[str]:
    """Prepare the images in the workers while this process counts pages with estimates."""
    with ImageWorkers(ctx, work) as workers:
        ctx.pages = _counting_pass(ctx, make)
        guessed = _shape(ctx)
        warnings = workers.collect(progress)
    if _shape(ctx) != guessed:  # a split came out longer, or an image failed: count again
        ctx.pages = _counting_pass(ctx, make)
    return warnings


def _layout(ctx: Context, body: Path, make: Story) -> PageMap:
    """Render until the page numbers printed are the page numbers found (normally once)."""
    ctx.draw_images = True
    for _ in range(MAX_PASSES):
        found = render(ctx, make, str(body))
        settled = found.anchors == ctx.pages.anchors and found.total == ctx.pages.total
        ctx.pages = found
        if settled:
            return found
    raise RuntimeError("bundle layout did not settle on stable page numbers")


def give_text_layer(ex: Exhibit, texts: dict[int, list[Line]], pdf_texts: dict[int, dict[int, list[Line]]]) -> None:
    """The text recognised on a picture, and on the PDF pages of the file shown that have no text of their
    own (scanned pages), drawn invisibly in the bundle; never a line under a redaction box."""
    ex.lines = visible_lines(texts.get(ex.info.id, []), ex.info.redaction)
    read = pdf_texts.get(ex.info.id)
    if read and ex.pdf_pages and ex.original is not None:
        own = pages_with_text(ex.original)
        ex.page_lines = {page: visible_lines(lines, ex.info.redaction, page) for page, lines in read.items()
                         if page not in own}


def _context(req: BundleRequest, cancel: Callable[[], bool] | None) -> tuple[Context, bytes, list[str]]:
    if req.recipient not in RECIPIENTS:
        raise ValueError(f"unknown recipient: {req.recipient!r}")
    t = Texts(req.lang)
    case = masked_case(req.case)
    exhibits, warnings = make_exhibits(case, req.originals, t)
    for ex in exhibits:
        give_text_layer(ex, req.texts, req.pdf_texts)
    manifest = manifest_csv(exhibits)
    ctx = Context(
        case=case, check=req.check, as_of=req.as_of, recipient=req.recipient, lang=req.lang,
        attach_originals=req.attach_originals, t=t, styles=make_styles(req.lang), exhibits=exhibits,
        bundle_id=bundle_id(req.case.id, req.as_of, manifest), manifest_sha=hashlib.sha256(manifest).hexdigest(),
        pages=PageMap(), cancel=cancel, authorisation=req.authorisation, draft=req.draft, proof=req.proof,
    )
    return ctx, manifest, warnings


@contextmanager
def working_for(out: Path, work: Path) -> Iterator[None]:
    """A failed write of a temporary file names the bundle it was for, then where it was written."""
    try:
        yield
    except OSError as exc:
        if exc.filename is not None and str(exc.filename) == str(out):
            raise
        raise OSError(exc.errno, f"{exc.strerror or exc} (while writing its temporary files in {work})",
                      str(out)) from exc


def build_bundle(
    req: BundleRequest,
    out: Path,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> BundleResult:
    """Build the bundle at `out` (and the ZIP at req.zip_path); raises Cancelled leaving no file."""
    out = Path(out)
    if cancel is not None and cancel():
        raise Cancelled()
    ctx, manifest, warnings = _context(req, cancel)
    return build_document(ctx, manifest, warnings, out, req.zip_path, progress, story)


def build_document(ctx: Context, manifest: bytes, warnings: list[str], out: Path, zip_path: Path | None,
                   progress: Callable[[int, int, str], None] | None, make: Story) -> BundleResult:
    """Lay out `make`'s story with the exhibits of `ctx` and write it at `out` (and the ZIP at zip_path):
    the single bundle, or another document made of the same parts (app/bundle/joint.py)."""
    cancel = ctx.cancel
    total = len(ctx.exhibits) + 1
    temps: list[Path] = []
    try:  # the temporary files too: a ZIP folder that cannot be written must not leave the PDF's behind
        temps.append(temp_beside(out))
        if zip_path:
            temps.append(temp_beside(Path(zip_path)))
        with tempfile.TemporaryDirectory(prefix="bundle-") as work:
            with working_for(out, Path(work)):  # the system's temporary folder (pages, images) may be the full one
                warnings += _prepare(ctx, Path(work), progress, make)
                if progress is not None:
                    progress(total - 1, total, ctx.t("progress.writing"))
                body = Path(work) / "body.pdf"
                pages = _layout(ctx, body, make)
            with naming(out):
                page_count = assemble(body, ctx, pages, temps[0])
        if zip_path:
            with naming(Path(zip_path)):
                write_zip(temps[1], temps[0], out.name, ctx, manifest)
        if cancel is not None and cancel():
            raise Cancelled()
        sha = file_sha256(temps[0])
        os.replace(temps[0], out)
        if zip_path:
            os.replace(temps[1], Path(zip_path))
    except BaseException:
        for temp in temps:
            temp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total, ctx.t("progress.writing"))
    spans = [(ex.info.id, *ctx.exhibit_pages(ex)) for ex in ctx.exhibits]
    return BundleResult(out, page_count, sha, ctx.bundle_id, spans, warnings)
