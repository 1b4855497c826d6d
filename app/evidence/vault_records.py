"""What the vault knows of its objects without the database: sidecars and import intents.

A sidecar (`objects/ab/<sha>.json`) lists every case that took the object, with the details
needed to give it back (case uid, title, file name, kind, title…), so the index can be rebuilt
from the vault alone. An intent (`intents/<id>.json`) is written before an import touches the
vault and removed once its row is committed: a reference whose intent is still there was never
committed (a leftover of an import), one whose intent is gone was committed (if no row refers to
the object now, the database lost it). Both are written under the store lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.fsutil import write_atomic
from app.core.timeutil import iso_beijing, now

if TYPE_CHECKING:
    from app.evidence.vault import Vault

PENDING, ABORTED = "pending", "aborted"


def _dump(value: Any) -> bytes:
    # backslashreplace keeps a lone surrogate as a JSON escape instead of failing.
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8", "backslashreplace")


def _load(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes().decode("utf-8", "replace"))
    except (OSError, ValueError):
        return None


@dataclass
class Ref:
    """One case's use of an object, as it was when the object was added."""

    case_uid: str
    case_id: int | None = None
    case_title: str = ""
    evidence_id: int | None = None
    name: str = ""
    kind: str = "other"
    title: str = ""
    source: str = ""
    proves: str = ""
    occurred_at: str | None = None
    media_type: str = ""
    added_at: str = ""
    intent: str | None = None
    released_at: str | None = None  # the case let go of it on purpose (a deleted case)

    @classmethod
    def from_json(cls, value: Any) -> Ref | None:
        if not isinstance(value, dict) or not isinstance(value.get("case_uid"), str):
            return None
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in value.items() if k in known})


@dataclass
class Sidecar:
    sha256: str
    size: int = 0
    refs: list[Ref] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "size": self.size, "refs": [asdict(r) for r in self.refs]}


def read_sidecar(vault: Vault, sha256: str, path: Path | None = None) -> Sidecar | None:
    raw = _load(path or vault.sidecar_path(sha256))
    if not isinstance(raw, dict):
        return None
    refs = [r for r in (Ref.from_json(v) for v in raw.get("refs") or []) if r is not None]
    size = raw.get("size")
    return Sidecar(sha256, size if isinstance(size, int) else 0, refs)


def add_ref(vault: Vault, sha256: str, size: int, ref: Ref) -> None:
    """Record that a case takes this object (before the object is committed). Caller holds the store lock."""
    path = vault.sidecar_path(sha256)
    path.parent.mkdir(parents=True, exist_ok=True)
    sidecar = read_sidecar(vault, sha256)
    if sidecar is None and path.exists():  # unreadable: keep it aside, never write over what it knew
        os.replace(path, path.with_name(f"{path.name}.unreadable-{uuid.uuid4().hex[:8]}"))
    sidecar = sidecar or Sidecar(sha256, size)
    sidecar.size = size
    sidecar.refs.append(ref)
    # Its folder is the object's: Vault.commit, which comes next, syncs that folder for both renames.
    write_atomic(path, _dump(sidecar.to_json()), sync_dir=False)


def write_sidecar(vault: Vault, sidecar: Sidecar, durable: bool = True) -> None:
    path = vault.sidecar_path(sidecar.sha256)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, _dump(sidecar.to_json()), durable=durable)


def release(vault: Vault, sha256: str, case_uid: str) -> None:
    """A case gives up an object on purpose (its deletion, confirmed by the user). Caller holds the store lock."""
    sidecar = read_sidecar(vault, sha256)
    if sidecar is None:
        return
    stamp = iso_beijing(now())
    for ref in sidecar.refs:
        if ref.case_uid == case_uid and ref.released_at is None:
            ref.released_at = stamp
    write_sidecar(vault, sidecar)


@dataclass
class Intent:
    id: str
    owner: str
    sha256: str
    case_uid: str
    db: str
    case_id: int | None = None
    state: str = PENDING
    at: str = ""


def intent_path(vault: Vault, intent_id: str) -> Path:
    return vault.intents / f"{intent_id}.json"


def begin(vault: Vault, sha256: str, case_uid: str, db: str, case_id: int | None = None) -> Intent:
    """Written before the import changes anything in the vault.

    Not fsynced: a killed process loses nothing the system has been given. After a power cut an
    intent may be missing while its object is there: the object then counts as an original the
    database lost (kept, reported, given back by rebuild), the safe side of the mistake."""
    intent = Intent(uuid.uuid4().hex, vault.owner, sha256, case_uid, db, case_id, PENDING, iso_beijing(now()) or "")
    write_atomic(intent_path(vault, intent.id), _dump(asdict(intent)), durable=False)
    return intent


def finish(vault: Vault, intent: Intent) -> None:
    """The row is committed: the reference is now the database's to keep."""
    intent_path(vault, intent.id).unlink(missing_ok=True)


def abort(vault: Vault, intent: Intent) -> None:
    """The row was not committed: what the import left is a leftover, whatever the owner does next."""
    intent.state = ABORTED
    with contextlib.suppress(OSError):
        write_atomic(intent_path(vault, intent.id), _dump(asdict(intent)))


def _intent_at(path: Path) -> Intent | None:
    raw = _load(path)
    if not isinstance(raw, dict):
        return None
    known = {f.name for f in fields(Intent)}
    try:
        return Intent(**{k: v for k, v in raw.items() if k in known})
    except TypeError:
        return None


def read_intent(vault: Vault, intent_id: str) -> Intent | None:
    """The intent if its file is still there. An unreadable one counts as there (never as finished)."""
    path = intent_path(vault, intent_id)
    if not path.exists():
        return None
    return _intent_at(path) or Intent(intent_id, "", "", "", "", state=ABORTED)


def read_intents(vault: Vault) -> dict[str, Intent]:
    out: dict[str, Intent] = {}
    for path in sorted(vault.intents.glob("*.json")):
        intent = _intent_at(path)
        if intent is not None:
            out[intent.id] = intent
    return out


def drop_intent(vault: Vault, intent_id: str) -> None:
    intent_path(vault, intent_id).unlink(missing_ok=True)


def card_path(vault: Vault, case_uid: str) -> Path:
    return vault.root / "cases" / f"{case_uid}.json"


def write_card(vault: Vault, case_uid: str, card: dict[str, Any]) -> None:
    """A case's facts and events, beside its originals' sidecars (not fsynced: a copy, rewritten often)."""
    path = card_path(vault, case_uid)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, _dump(card), durable=False)


def read_card(vault: Vault, case_uid: str) -> dict[str, Any] | None:
    raw = _load(card_path(vault, case_uid))
    return raw if isinstance(raw, dict) else None
