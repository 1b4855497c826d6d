"""When the image workers die (killed, out of memory, blocked from starting), the export still completes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

import app.bundle.prepare as prepare
from app.bundle.builder import BundleRequest, build_bundle
from tests.bundle_fixtures import AS_OF, make_case, make_check
from tests.dying_worker import die_at_start
from tests.pdf_text import pdf_text


def _build(tmp_path: Path) -> tuple[int, set[str]]:
    case, originals = make_case(tmp_path / "原件")
    req = BundleRequest(case=case, check=make_check(), originals=originals, as_of=AS_OF)
    result = build_bundle(req, tmp_path / "bundle.pdf")
    pages = len(PdfReader(io.BytesIO(result.path.read_bytes())).pages)
    # pdftotext (poppler, C) reads the pages' text in a fraction of pypdf's time (tests/pdf_text.py).
    text = pdf_text(result.path)
    labels = {f"证据{n}" for n in range(1, len(result.exhibits) + 1) if f"证据{n}" in text}
    return pages, labels


def test_a_dead_or_refused_pool_falls_back_to_preparing_images_here(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers that die at start, then no processes at all: each time the same bundle as with working workers,
    every exhibit in it. (One test, so the working bundle is made once: under xdist two tests would make it on
    each worker.)"""
    normal = _build(tmp_path / "normal")
    assert normal[1] == {f"证据{n}" for n in range(1, 7)}  # the six exhibits, each found on a page
    with monkeypatch.context() as patch:
        patch.setattr(prepare, "worker_init", die_at_start)
        assert _build(tmp_path / "dead") == normal

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(prepare, "ProcessPoolExecutor", refuse)
    assert _build(tmp_path / "none") == normal
