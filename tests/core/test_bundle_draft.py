"""A draft bundle carries 草稿 on every page, the pages of a PDF exhibit merged into it too (drawn over them,
so an opaque scan cannot hide it); a bundle that is not a draft carries it on none."""

from __future__ import annotations

import dataclasses
import hashlib
import subprocess
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from app.bundle.builder import BundleRequest, build_bundle
from tests.bundle_fixtures import AS_OF, make_case, make_check
from tests.privacy_fixtures import pixels

CONTRACT = 104  # the PDF exhibit of make_case


def opaque_scan(path: Path, pages: int = 2) -> None:
    """A PDF like a scanner writes: every page filled white edge to edge, then black text."""
    canv = Canvas(str(path), pagesize=(595, 842), invariant=1)
    for k in range(pages):
        canv.setFillColorRGB(1, 1, 1)
        canv.rect(0, 0, 595, 842, stroke=0, fill=1)
        canv.setFillColorRGB(0, 0, 0)
        canv.setFont("Helvetica", 14)
        canv.drawString(72, 760, f"SCANNED CONTRACT page {k + 1}")
        canv.showPage()
    canv.save()


def build(root: Path, *, draft: bool) -> tuple[Path, range]:
    case, originals = make_case(root / "originals")
    scan = originals[CONTRACT]
    opaque_scan(scan)
    data = scan.read_bytes()
    case.evidence = [dataclasses.replace(e, size=len(data), sha256=hashlib.sha256(data).hexdigest())
                     if e.id == CONTRACT else e for e in case.evidence]
    req = BundleRequest(case=case, check=make_check("zh"), originals=originals, as_of=AS_OF, lang="zh",
                        attach_originals=True, draft=draft)
    result = build_bundle(req, root / "bundle.pdf")
    _id, first, last = next(span for span in result.exhibits if span[0] == CONTRACT)
    return result.path, range(first, last + 1)


def reddish(png: Path) -> int:
    """Pixels of the watermark's tint (red clearly above green and blue): none on a black-on-white page."""
    return sum(1 for r, g, b in pixels(Image.open(png).convert("RGB")) if r - g > 15 and r - b > 15)


def test_every_page_of_a_draft_carries_the_watermark_even_over_a_merged_pdf_page(tmp_path: Path) -> None:
    bundle, contract = build(tmp_path / "draft", draft=True)
    pages = PdfReader(bundle).pages
    assert len(contract) == 2
    texts = [page.extract_text() for page in pages]  # read once (pypdf takes ~10 ms a page here)
    for n, text in enumerate(texts, start=1):  # (pdftotext splits the rotated word into its two characters)
        assert text.count("草稿") == 1, n  # once: over the page, not also hidden under it
    scans = [n for n in range(1, len(pages) + 1) if "SCANNED CONTRACT" in (texts[n - 1] or "")]
    assert scans == list(contract)
    for n in scans:  # seen, not only in the text: the watermark is drawn over the opaque scan
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(n), "-l", str(n), "-singlefile", str(bundle),
                        str(tmp_path / f"p{n}")], check=True)
        assert reddish(tmp_path / f"p{n}.png") > 500, n


def test_a_bundle_that_is_not_a_draft_carries_no_watermark(tmp_path: Path) -> None:
    bundle, contract = build(tmp_path / "final", draft=False)
    # pypdf, as for the draft: pdftotext splits the rotated word into its two characters, so it could not fail.
    for n, page in enumerate(PdfReader(bundle).pages, start=1):
        text = page.extract_text()
        assert "草稿" not in text and "DRAFT" not in text, n
    n = contract[0]
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(n), "-l", str(n), "-singlefile", str(bundle),
                    str(tmp_path / "p")], check=True)
    assert reddish(tmp_path / "p.png") == 0
