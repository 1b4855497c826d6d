"""The self-test's context and its checks of the core: resources, store, example case, rules, bundle.

Each step takes the Context, returns a short detail for the report, and raises StepFailed (or
anything else) when its check does not hold. The runner is app.selftest.runner; the window's steps are
in app.selftest.window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.bundle.builder import BundleResult
    from app.core.domain import CaseInfo
    from app.rules.result import CheckResult
    from app.services.cases import CaseService


class StepFailed(Exception):
    """A check inside a step did not hold."""


@dataclass
class Context:
    root: Path
    case_json: Path | None = None
    service: CaseService | None = None
    case_id: int | None = None
    info: CaseInfo | None = None
    check: CheckResult | None = None
    bundle: BundleResult | None = None
    bundle_text: str = ""
    qt_app: QApplication | None = None
    windows: list[QWidget] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def need_service(self) -> CaseService:
        if self.service is None:
            raise StepFailed("no case store (an earlier step failed)")
        return self.service

    def close(self) -> None:
        for w in self.windows:
            w.close()
            runner = getattr(w, "runner", None)
            if runner is not None:
                runner.wait()  # no worker may use the store after it is closed
            w.deleteLater()
        if self.qt_app is not None:
            self.qt_app.processEvents()
        if self.service is not None:
            self.service.close()


# ----- the steps -------------------------------------------------------------------------------------------


def step_resources(ctx: Context) -> str:
    """Every bundled resource is where resource_path() and the migrations look."""
    from app.core.paths import font_path, resource_path
    from app.models.migrate import MIGRATIONS

    wanted = [font_path(), resource_path("rules"), MIGRATIONS / "env.py", MIGRATIONS / "versions"]
    if ctx.case_json is None:
        ctx.case_json = resource_path("demo", "case.json")
    wanted.append(ctx.case_json)
    missing = [str(p) for p in wanted if not p.exists()]
    if missing:
        raise StepFailed("missing: " + ", ".join(missing))
    packs = sorted(p.name for p in resource_path("rules").glob("*.toml"))
    if not packs:
        raise StepFailed(f"no rule packs in {resource_path('rules')}")
    return f"{len(packs)} rule packs, font {font_path().stat().st_size // 1024} KiB"


def step_database(ctx: Context) -> str:
    """A fresh SQLite store in the temporary folder, migrated to head by Alembic."""
    from app.models.migrate import current_revision, head_revision
    from app.services.cases import CaseService

    ctx.data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{(ctx.data_dir / 'cases.sqlite3').as_posix()}"  # never $REFUND_EVIDENCE_DB_URL
    ctx.service = CaseService(ctx.data_dir, url)
    engine = ctx.service.engine
    current, head = current_revision(engine), head_revision(engine)
    if current != head:
        raise StepFailed(f"schema at {current}, head is {head}")
    return f"schema {head}"


def step_office_driver(ctx: Context) -> str:
    """An office's PostgreSQL store can be reached: psycopg with its own libpq, the SQLAlchemy dialect, keyring."""
    import psycopg
    from sqlalchemy import select

    from app.core.office import keyring_status
    from app.models import Case
    from app.models.db import make_engine

    libpq = psycopg.pq.version()
    engine = make_engine("postgresql+psycopg://selftest@/selftest?host=/nonexistent")  # no connection is made
    sql = str(select(Case.id).where(Case.title.icontains("x", autoescape=True)).compile(engine))
    if "ilike" not in sql.lower() and "lower(" not in sql.lower():
        raise StepFailed(f"the PostgreSQL dialect compiled {sql!r}")
    engine.dispose()
    keys = keyring_status()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {libpq}); {keys.describe()}"


def step_demo_case(ctx: Context) -> str:
    """The example case, imported with its evidence files."""
    from app.core.case_draft import read_draft

    service = ctx.need_service()
    assert ctx.case_json is not None
    draft = read_draft(ctx.case_json)
    ctx.case_id = service.create_from_draft(draft)
    ctx.info = service.get_case(ctx.case_id)
    if not ctx.info.evidence:
        raise StepFailed(f"the example case has no evidence ({ctx.case_json})")
    if len(ctx.info.evidence) != len(draft.evidence):
        raise StepFailed(f"{len(draft.evidence)} evidence files in the case JSON, {len(ctx.info.evidence)} imported")
    return f"case {ctx.case_id}: {len(ctx.info.evidence)} evidence items, {len(ctx.info.events)} events"


def step_rule_check(ctx: Context) -> str:
    """The shipped rule packs load and give a verdict for the example case."""
    from app.services.rule_check import rulebook_for

    service = ctx.need_service()
    if ctx.info is None:
        raise StepFailed("no example case (an earlier step failed)")
    book = rulebook_for(service.data_dir)
    packs = book.packs()
    if not packs:
        raise StepFailed("no rule packs loaded")
    ctx.check = book.check(ctx.info.data, ctx.info.evidence_kinds, "zh")
    if not ctx.check.rules:
        raise StepFailed(f"no rule applies to platform {ctx.info.data.platform!r}")
    return f"{len(packs)} packs, {len(ctx.check.rules)} rules, {len(ctx.check.met())} met, remedy {ctx.check.remedy}"


def step_export(ctx: Context) -> str:
    """The evidence bundle PDF, through the same function as the window and the command line."""
    from app.services.export import ExportOptions, export_case

    service = ctx.need_service()
    if ctx.case_id is None:
        raise StepFailed("no example case (an earlier step failed)")
    out = ctx.root / "bundle.pdf"
    ctx.bundle = export_case(service, ctx.case_id, out, ExportOptions())
    if not ctx.bundle.path.is_file() or ctx.bundle.pages < 1:
        raise StepFailed(f"no bundle written at {ctx.bundle.path}")
    size = ctx.bundle.path.stat().st_size
    return f"{ctx.bundle.pages} pages, {size // 1024} KiB"


def unembedded_fonts(pdf: Path) -> list[str]:
    """Fonts used by any page (forms included) whose program is not in the file: 'page N: /Name'."""
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

    bad: list[str] = []
    seen: set[int] = set()

    def font_ok(font: DictionaryObject) -> bool:
        subtype = font.get("/Subtype")
        if subtype == "/Type3":
            return True  # glyphs are content streams inside the PDF
        if subtype == "/Type0":
            descendants = font.get("/DescendantFonts")
            if not descendants:
                return False
            return all(font_ok(d.get_object()) for d in descendants)
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            return False  # one of the standard 14: the viewer substitutes it
        descriptor = descriptor.get_object()
        return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))

    def walk(resources: Any, page_no: int, depth: int = 0) -> None:
        if resources is None or depth > 8:
            return
        resources = resources.get_object()
        fonts = resources.get("/Font")
        if fonts is not None:
            for name, ref in fonts.get_object().items():
                key = getattr(ref, "idnum", None) or id(ref)
                if key in seen:
                    continue
                seen.add(key)
                font = ref.get_object()
                if not font_ok(font):
                    bad.append(f"page {page_no}: {name} ({font.get('/BaseFont')})")
        xobjects = resources.get("/XObject")
        if xobjects is not None:
            for ref in xobjects.get_object().values():
                xo = ref.get_object()
                if xo.get("/Subtype") == "/Form":
                    walk(xo.get("/Resources"), page_no, depth + 1)

    reader = PdfReader(pdf)
    for n, page in enumerate(reader.pages, start=1):
        walk(page.get("/Resources"), n)
    return bad


def step_fonts_embedded(ctx: Context) -> str:
    """Every font in the bundle is embedded, so it prints the same everywhere."""
    if ctx.bundle is None:
        raise StepFailed("no bundle (an earlier step failed)")
    bad = unembedded_fonts(ctx.bundle.path)
    if bad:
        raise StepFailed("fonts not embedded: " + "; ".join(bad[:10]))
    return "all embedded"


def step_hashes_printed(ctx: Context) -> str:
    """Every original's SHA-256 can be read back from the bundle's text."""
    from pypdf import PdfReader

    if ctx.bundle is None or ctx.info is None:
        raise StepFailed("no bundle (an earlier step failed)")
    reader = PdfReader(ctx.bundle.path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    ctx.bundle_text = text
    flat = re.sub(r"\s+", "", text).lower()  # a 64-digit hash may wrap in a narrow table column
    originals = [e for e in ctx.info.evidence if e.trashed_at is None]
    missing = [f"{e.title} ({e.sha256[:12]}…)" for e in originals if e.sha256.lower() not in flat]
    if missing:
        raise StepFailed("SHA-256 not found in the bundle text for: " + ", ".join(missing))
    return f"{len(originals)} of {len(originals)} found"


def step_pdf_render(ctx: Context) -> str:
    """pdfium (the preview renderer) opens the bundle and renders its first page."""
    import pypdfium2 as pdfium

    if ctx.bundle is None:
        raise StepFailed("no bundle (an earlier step failed)")
    doc = pdfium.PdfDocument(str(ctx.bundle.path))
    try:
        if len(doc) != ctx.bundle.pages:
            raise StepFailed(f"pdfium sees {len(doc)} pages, the builder reported {ctx.bundle.pages}")
        page = doc[0]
        image = page.render(scale=72 / 72).to_pil()
        page.close()
    finally:
        doc.close()
    if image.getextrema() in (((255, 255), (255, 255), (255, 255)), ((0, 0), (0, 0), (0, 0))):
        raise StepFailed("the first page renders blank")
    return f"page 1 at {image.width}x{image.height}"


HEIC_SAMPLE = (  # 64x48, red with a white box: 547 bytes made by pillow-heif (x265), decoded by libde265
    "AAAAHGZ0eXBoZWljAAAAAG1pZjFoZWljbWlhZgAAAX1tZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAA"
    "ACJpbG9jAAAAAERAAAEAAQAAAAABoQABAAAAAAAAAIIAAAAjaWluZgAAAAAAAQAAABVpbmZlAgAAAAABAABodmMxAAAAAA5waXRt"
    "AAAAAAABAAAA/WlwcnAAAADdaXBjbwAAAHZodmNDAQNwAAAAkAAAAAAAHvAA/P34+AAADwNgAAEAGEABDAH//wNwAAADAJAAAAMA"
    "AAMAHroCQGEAAQAqQgEBA3AAAAMAkAAAAwAAAwAeoCCBBZbq5Ka5uAhoMCAAAAMDIAAAAwAhYgABAAZEAcFzwIkAAAATY29scm5j"
    "bHgAAQANAAaAAAAAFGlzcGUAAAAAAAAAQAAAAEAAAAAoY2xhcAAAAEAAAAABAAAAMAAAAAEAAAAAAAAAAv////AAAAACAAAAEHBp"
    "eGkAAAAAAwgICAAAABhpcG1hAAAAAAAAAAEAAQWBAgMFhAAAAIptZGF0AAAAfigBrxOA5TNSf/wcU/777P9hZLFEG37O9x0ZlPXX"
    "3aEOVp6G2raB5HEI49+L5QwgizDhtYPZf8Dv0ZtbGcPzajkjiterDbOi3sn5qb/HX7wYRLwks542UfBAgifMvKu8kxgZnsXi8yb5"
    "7l3/cK7FUMl+qD+gvTORCqckrgBqQA=="
)


def step_image_codecs(ctx: Context) -> str:
    """Pillow's codecs the importers rely on, HEIC decoding included, are in this build."""
    import base64
    import io

    from PIL import Image, features

    from app.evidence.imaging import register_heif

    missing = [c for c in ("jpg", "zlib", "webp") if not features.check(c)]
    if missing:
        raise StepFailed("Pillow lacks: " + ", ".join(missing))
    register_heif()  # the importers' own set-up
    with Image.open(io.BytesIO(base64.b64decode(HEIC_SAMPLE))) as heic:
        heic.load()
        size, corner, centre = heic.size, heic.getpixel((2, 2)), heic.getpixel((32, 24))
    if size != (64, 48) or not (isinstance(corner, tuple) and corner[0] > 150 and corner[1] < 100):
        raise StepFailed(f"HEIC sample decoded wrongly: {size}, corner {corner}")
    if not (isinstance(centre, tuple) and min(centre[:3]) > 200):
        raise StepFailed(f"HEIC sample decoded wrongly: centre {centre}")
    return "JPEG, PNG, WebP, HEIC"


def step_ocr(ctx: Context) -> str:
    """Text recognition works here: models found, ONNX Runtime loads, the spawned worker reads a picture."""
    from PIL import Image, ImageDraw, ImageFont

    from app.core.paths import font_path
    from app.evidence.ocr.worker import OcrWorker

    words = ["商户全称", "杭州知行教育科技有限公司", "实付款 ¥199.00"]
    img = Image.new("RGB", (640, 260), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(font_path()), 34, index=0)
    for i, word in enumerate(words):
        draw.text((30, 30 + i * 70), word, font=font, fill=(20, 20, 20))
    path = ctx.root / "ocr-sample.png"
    img.save(path)
    with OcrWorker() as worker:
        pages = worker.read(path, timeout=300)
        version = worker.version
    read = "".join(ln.text for ln in pages[0].lines).replace(" ", "")
    missing = [w for w in words if w.replace(" ", "") not in read]
    if missing:
        raise StepFailed(f"text recognition missed {missing}; read {read!r}")
    return f"{version}, {len(pages[0].lines)} lines in a worker process"


def step_privacy(ctx: Context) -> str:
    """A redacted copy of a picture is made, and the case goes through an AES-256 archive and back."""
    import zipfile

    from app.core.privacy import RedactionBox
    from app.services.case_archive import export_archive, import_archive
    from app.services.redaction import redact, redactable, shown_path

    service = ctx.need_service()
    assert ctx.case_id is not None
    info = service.get_case(ctx.case_id)
    picture = next((e for e in info.evidence if redactable(e) == "image"), None)
    if picture is None:
        raise StepFailed("the example case has no picture to redact")
    done = redact(service, picture.id, [RedactionBox(1, 0, 0, 8, 8)])
    if done.redaction is None or not shown_path(service, done).is_file():
        raise StepFailed("the redacted copy was not made")
    password = "self-test passphrase"
    archive = export_archive(service, ctx.case_id, ctx.root / "case-encrypted.zip", password=password)
    with zipfile.ZipFile(archive) as zf:
        if not all(i.flag_bits & 0x1 for i in zf.infolist()):
            raise StepFailed("the archive has entries that are not encrypted")
    copy = service.get_case(import_archive(service, archive, password=password, as_copy=True))
    if sorted(e.sha256 for e in copy.evidence) != sorted(e.sha256 for e in info.evidence):
        raise StepFailed("the encrypted archive did not give the same originals back")
    return f"redacted copy {done.redaction.sha256[:12]}, AES-256 archive of {len(copy.evidence)} originals read back"


def step_documents(ctx: Context) -> str:
    """The escalation documents: a 民事起诉状 as Word (python-docx and its lxml) and a 证据清单 as PDF, read back."""
    from docx import Document

    from app.services.documents import export_document

    service = ctx.need_service()
    if ctx.case_id is None:
        raise StepFailed("no example case (an earlier step failed)")
    claim = export_document(service, ctx.case_id, "claim", "docx", ctx.root / "claim.docx")
    words = "\n".join(p.text for p in Document(str(claim.path)).paragraphs)
    if "民事起诉状" not in words:
        raise StepFailed("the Word statement of claim has no 民事起诉状 heading")
    listing = export_document(service, ctx.case_id, "evidence-list", "pdf", ctx.root / "evidence-list.pdf")
    if not listing.path.is_file() or not listing.pages:
        raise StepFailed("no evidence list PDF written")
    return f"statement of claim .docx ({len(words)} characters), evidence list .pdf ({listing.pages} pages)"
