"""Export a case as an evidence bundle: pre-flight, build, record.

Pre-flight re-hashes every original: one mismatch stops the export before any
PDF is written. A redacted item is shown by its redacted copy (made again from the
original if it is missing or damaged). Missing fields and evidence are warnings, not blockers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.domain import CaseInfo, ExportInfo
from app.core.errors import CaseTampered, ExportBlocked, IntegrityFailure
from app.core.fsutil import make_parent
from app.core.timeutil import now
from app.evidence.vault import file_sha256
from app.models import ExportRecord
from app.models.state import log
from app.rules.consistency import complaint_missing
from app.rules.result import CheckResult
from app.services.integrity import case_problems
from app.services.outputs import check_outputs

if TYPE_CHECKING:
    from app.bundle.builder import BundleResult
    from app.services.cases import Cancel, CaseService, Progress
    from app.services.proof import ProofCheck, Sighting


UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def with_suffix_kept(path: Path, suffix: str = ".pdf") -> Path:
    """The path with `suffix` as its extension: "x.pdfxy" becomes "x.pdfxy.pdf", never a cut name."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def next_free(path: Path) -> Path:
    """`path` if nothing is there, else the first free "<stem>-2<suffix>", "-3"…: an earlier bundle is never
    written over without the user saying so."""
    candidate, n = path, 2
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def default_output(folder: Path, title: str, what: str = "证据材料", suffix: str = ".pdf") -> Path:
    """<folder>/<title>-<what>-<YYYYmmdd><suffix>, with a counter (-2, -3…) if that file already exists."""
    stem = f"{UNSAFE_NAME.sub('_', title).strip(' .') or 'case'}-{what}-{now().strftime('%Y%m%d')}"
    return next_free(folder / f"{stem}{suffix}")


@dataclass
class ExportOptions:
    recipient: str = "market_regulator"
    lang: str = "zh"
    as_of: datetime | None = None
    attach_originals: bool = False
    zip_path: Path | None = None
    force: bool = False  # replace existing files (the window asked; the CLI's --force)
    authorisation: bool = False  # add a 授权委托书 page (a complaint filed through an agent)
    draft: bool = False  # every page watermarked 草稿/DRAFT; allowed when the complaint is not complete


@dataclass
class Preflight:
    case: CaseInfo
    check: CheckResult
    originals: dict[int, Path]
    warnings: list[str] = field(default_factory=list)
    failures: list[IntegrityFailure] = field(default_factory=list)
    # The case's rows differ from what its audit log vouches for (changed outside the app): blocks export.
    tampered: list[str] = field(default_factory=list)
    proof: list[ProofCheck] = field(default_factory=list)  # the case's facts beside what the exhibits show

    @property
    def blocked(self) -> bool:
        return bool(self.failures or self.tampered)
    recipient: str = "market_regulator"

    @property
    def complaint_missing(self) -> list[str]:
        """Art. 10 material still empty."""
        return complaint_missing(self.case.data)

    @property
    def incomplete(self) -> bool:
        """A bundle for the market regulator waits for Art. 10 material and consistent facts (a draft does not)."""
        return self.recipient == "market_regulator" and bool(self.complaint_missing or self.check.problems)


def preflight(service: CaseService, case_id: int, options: ExportOptions, progress: Progress | None = None,
              cancel: Cancel | None = None) -> Preflight:
    from app.services.redaction import ensure_copy, shown_path
    from app.services.rule_check import rulebook_for

    info = service.get_case(case_id, with_content=True)
    as_of = options.as_of or now()
    result = rulebook_for(service.data_dir).check(info.data, info.evidence_kinds, options.lang, as_of)
    pre = Preflight(info, result, {}, tampered=case_problems(service, case_id), recipient=options.recipient)
    for n, item in enumerate(info.evidence):
        if progress is not None:
            progress(n, len(info.evidence), item.title)
        if cancel is not None and cancel():
            break
        path = service.original_path(item)
        actual = service.vault.verify(item.sha256)
        if actual != item.sha256:
            pre.failures.append(IntegrityFailure(f"evidence {item.id} 「{item.title}」 ({item.original_name})",
                                                 item.sha256, actual))
        elif item.redaction is not None:  # the bundle shows the redacted copy (made again if it was lost)
            fresh = ensure_copy(service, item)
            info.evidence[n] = fresh
            path = shown_path(service, fresh)
        pre.originals[item.id] = path
    pre.warnings.extend(f"missing complaint field: {f}" for f in result.missing_fields)
    pre.warnings.extend(f"missing evidence: {k}" for k in result.missing_evidence)
    from app.services.proof import check as check_proof

    pre.proof = check_proof(service, case_id)
    pre.warnings.extend(f"evidence contradicts the case: {finding_text(f)}" for f in pre.proof if f.contradicts)
    return pre


def finding_text(f: ProofCheck) -> str:
    """One line for the command line: "order.amount: the case says 199.00; 证据1 shows 299.00 (实付款 ¥299.00)"."""
    def shown(rows: list[Sighting]) -> str:
        return "; ".join(f"证据{s.exhibit} shows {s.value} ({s.line})" for s in rows)

    said = f"the case says {f.case_value}" if f.case_value else "the case does not say"
    if f.contradicts:
        agreeing = f"; agreeing: {shown(f.agree)}" if f.agree else ""
        return f"{f.key}: {said}; {shown(f.disagree)}{agreeing}"
    return f"{f.key}: {f.case_value} agrees with {shown(f.agree)}"


def export_file_state(export: ExportInfo) -> str:
    """Is the bundle still where it was written, as it was? "same", "changed", "gone", or "unknown" (an export
    recorded before its place was)."""
    if not export.path:
        return "unknown"
    path = Path(export.path)
    try:
        if not path.is_file():
            return "gone"
        return "same" if file_sha256(path) == export.sha256 else "changed"
    except OSError:
        return "gone"


def warm_bundle_font() -> None:
    """Load the bundle's font now (once per process), ahead of the first export."""
    from app.bundle.pdf_fonts import register

    register()


def export_case(service: CaseService, case_id: int, out: Path, options: ExportOptions,
                warn: Callable[[str], None] | None = None, progress: Progress | None = None,
                cancel: Cancel | None = None) -> BundleResult:
    from app.bundle.builder import BundleRequest, build_bundle

    as_of = options.as_of or now()
    options.as_of = as_of
    check_outputs([("--out", out), ("--zip", options.zip_path)], data_dir=service.data_dir,
                  database=service.database_file, force=options.force)
    pre = preflight(service, case_id, options, cancel=cancel)
    if pre.tampered:
        raise CaseTampered(case_id, pre.case.data.title, pre.tampered)
    if pre.failures:
        raise pre.failures[0]
    if pre.incomplete and not options.draft:
        raise ExportBlocked(pre.complaint_missing, [p.text for p in pre.check.problems])
    # A new folder for the bundle is made, as a save dialog would (the default Documents folder
    # may not exist yet on a fresh account).
    for target in (out, options.zip_path):
        if target is not None:
            make_parent(Path(target))
    for w in pre.warnings:
        if warn is not None:
            warn(w)
    from app.services.evidence_text import pdf_texts_for, texts_for
    from app.services.proof import shown_facts

    request = BundleRequest(case=pre.case, check=pre.check, originals=pre.originals, as_of=as_of,
                            recipient=options.recipient, lang=options.lang,
                            attach_originals=options.attach_originals, zip_path=options.zip_path,
                            authorisation=options.authorisation,
                            texts=texts_for(service, [e.id for e in pre.case.evidence]), draft=options.draft,
                            proof=shown_facts(service, case_id),
                            pdf_texts=pdf_texts_for(service, [e.id for e in pre.case.evidence]))
    result = build_bundle(request, out, progress=progress, cancel=cancel)
    record_export(service, case_id, result, options)
    return result


def record_export(service: CaseService, case_id: int, result: BundleResult, options: ExportOptions) -> None:
    with service.transaction() as s:
        service.lock_case(s, case_id)
        stamp = now()
        s.add(ExportRecord(case_id=case_id, at=stamp, recipient=options.recipient, lang=options.lang,
                           pages=result.pages, sha256=result.sha256, file_name=result.path.name,
                           path=str(Path(result.path).resolve()), draft=options.draft))
        entry = {"recipient": options.recipient, "lang": options.lang, "pages": result.pages,
                 "sha256": result.sha256, "file": result.path.name, "bundle_id": result.bundle_id}
        log(s, case_id, stamp, "bundle.export", None, entry | ({"draft": True} if options.draft else {}))

