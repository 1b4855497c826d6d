"""The documents of a case one by one: the complaint letter, the statement of claim, the evidence list
and the letter of authorisation, each as PDF (reportlab, the bundled font embedded) or DOCX.

The same checks as the bundle's export before anything is written: the output is refused inside the
data folder or over an existing file (unless forced), and a case whose rows were changed behind the
app's back is not exported. Each export is written to the case's audit log.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import CaseTampered
from app.core.fsutil import make_parent, temp_beside
from app.core.timeutil import now

if TYPE_CHECKING:
    from app.bundle.model import Context
    from app.core.domain import CaseInfo
    from app.services.cases import CaseService

DOCUMENTS = ("complaint", "claim", "evidence-list", "authorisation")
FORMATS = ("pdf", "docx")
MAX_PASSES = 3


@dataclass
class DocumentResult:
    path: Path
    document: str
    format: str
    pages: int | None  # PDF only
    sha256: str


def document_context(service: CaseService, case_id: int, lang: str = "zh", as_of: datetime | None = None,
                     recipient: str = "market_regulator", document: str = "") -> Context:
    """The bundle's context for a case (exhibits numbered as in the bundle), without laying anything out."""
    from app.bundle.model import Context, PageMap
    from app.bundle.plan import make_exhibits
    from app.bundle.styles import make_styles
    from app.bundle.texts import Texts
    from app.services.proof import shown_facts
    from app.services.rule_check import rulebook_for

    info = service.get_case(case_id)
    at = as_of or now()
    check = rulebook_for(service.data_dir).check(info.data, info.evidence_kinds, lang, at)
    t = Texts(lang)
    originals = shown_originals(service, info)
    exhibits, _warnings = make_exhibits(info, originals, t)
    return Context(case=info, check=check, as_of=at, recipient=recipient, lang=lang, attach_originals=False, t=t,
                   styles=make_styles(lang), exhibits=exhibits, bundle_id="", manifest_sha="", pages=PageMap(),
                   document=document, authorisation=document == "authorisation",
                   proof=shown_facts(service, case_id, info))


def shown_originals(service: CaseService, info: CaseInfo) -> dict[int, Path]:
    """Each item's file as every output shows it: the redacted copy where there is one (made again if it was
    lost, as the bundle does), else the original. Updates info.evidence with the fresh copies."""
    from app.services.redaction import ensure_copy, shown_path

    out: dict[int, Path] = {}
    for n, item in enumerate(info.evidence):
        if item.redaction is not None:
            info.evidence[n] = item = ensure_copy(service, item)
        out[item.id] = shown_path(service, item)
    return out


def render_pdf(ctx: Context, which: str) -> tuple[bytes, int]:
    """The document as PDF bytes and its page count; laid out again until "page p of P" is right."""
    from app.bundle.escalation import document_story
    from app.bundle.layout import render

    for _ in range(MAX_PASSES):
        buffer = io.BytesIO()
        found = render(ctx, lambda c: document_story(c, which), buffer)
        settled = found.total == ctx.pages.total
        ctx.pages = found
        if settled:
            return buffer.getvalue(), found.total
    raise RuntimeError("document layout did not settle on a page count")


def export_document(service: CaseService, case_id: int, which: str, fmt: str, out: Path, *, lang: str = "zh",
                    recipient: str = "market_regulator", as_of: datetime | None = None,
                    force: bool = False) -> DocumentResult:
    from app.bundle.escalation import document_story
    from app.services.integrity import case_problems
    from app.services.outputs import check_outputs

    if which not in DOCUMENTS:
        raise ValueError(f"unknown document {which!r} (known: {', '.join(DOCUMENTS)})")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    out = Path(out)
    check_outputs([("--out", out)], data_dir=service.data_dir, database=service.database_file, force=force,
                  example=f"document.{fmt}")
    problems = case_problems(service, case_id)
    ctx = document_context(service, case_id, lang, as_of, recipient, which)
    if problems:
        raise CaseTampered(case_id, ctx.case.data.title, problems)
    pages: int | None = None
    if fmt == "pdf":
        data, pages = render_pdf(ctx, which)
        make_parent(out)
        temp = temp_beside(out)
        try:
            temp.write_bytes(data)
            os.replace(temp, out)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    else:
        from app.bundle.docx_writer import write_docx

        title = f"{ctx.t(f'document.{which}')} · {ctx.case.data.title}"
        write_docx(document_story(ctx, which), out, title=title, author=ctx.case.data.consumer.name, lang=lang)
    sha = hashlib.sha256(out.read_bytes()).hexdigest()
    _record(service, case_id, which, fmt, out, pages, sha)
    return DocumentResult(out, which, fmt, pages, sha)


def _record(service: CaseService, case_id: int, which: str, fmt: str, out: Path, pages: int | None,
            sha: str) -> None:
    from app.models.state import log

    stamp = now()
    with service.transaction() as s:
        log(s, case_id, stamp, "bundle.document", None,
            {"document": which, "format": fmt, "file": out.name, "pages": pages, "sha256": sha})
