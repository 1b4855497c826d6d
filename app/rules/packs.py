"""Rule packs: TOML files of thresholds and texts, read and checked before any rule runs.

A pack that is wrong in any way is refused as a whole with FILE:LINE, so a volunteer's
typo never silently changes a verdict. Later folders override packs with the same id.

Schema (see resources/rules/*.toml):
  [pack]          id, version (text), effective (date), title_zh/en, platforms (names or "*"),
                  optional checked (the date it was last checked against its sources) and
                  source_zh/en (where its rules come from, when no document can be cited by title)
  [[rules]]       id, kind (see kinds.KINDS), remedy (one the kind allows; none for refund_deadline),
                  the kind's thresholds (amounts as text "300.00"; hours, days, percents as numbers),
                  title_zh/en, explanation_zh/en, optional deadline_title_zh/en,
                  source = { document, article, url, document_en, article_en }
                  Texts may use {threshold} placeholders, filled in from the numbers.
  [[next_steps]]  id (one of STEP_IDS), title_zh/en, text_zh/en (may use {merchant_address})
  [[info]]        id, title_zh/en, text_zh/en, source
  [scam_warning]  zh, en
Unknown tables and keys are errors, so a misspelt threshold cannot be silently ignored.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.core.domain import PLATFORMS
from app.core.errors import DomainError
from app.core.paths import resource_path
from app.rules.kinds import KINDS, Kind, param_words
from app.rules.packread import Problem, Table, find_line, placeholders, threshold, toml_error_line
from app.rules.wording import pick

ALL_PLATFORMS = "*"
STEP_IDS = ("request_refund", "contact_platform", "complain_regulator", "complain_consumer_association", "go_to_court")

_SOURCE_KEYS = ("document", "article", "url", "document_en", "article_en")
_TEXT_BASES = ("title", "explanation", "deadline_title")
_RULE_KEYS = {"id", "kind", "remedy", "source", *(f"{b}_{lang}" for b in _TEXT_BASES for lang in ("zh", "en"))}
_TABLES = ("pack", "rules", "next_steps", "info", "scam_warning")
_PACK_KEYS = ("id", "version", "effective", "checked", "title_zh", "title_en", "platforms", "source_zh", "source_en")
_STEP_KEYS = ("id", "title_zh", "title_en", "text_zh", "text_en")


class PackError(DomainError):
    """A rule pack that cannot be used: which file, which line (when known), why."""

    def __init__(self, file: str | Path, line: int | None, reason: str) -> None:
        where = f"{file}:{line}" if line is not None else f"{file}"
        super().__init__(f"{where}: {reason}")
        self.file = str(file)
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class Bilingual:
    """One text in both languages (a rule pack gives each of its words so); `get` picks by language."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return pick(lang, (self.zh, self.en))


@dataclass(frozen=True)
class Source:
    document: str
    article: str = ""
    url: str = ""
    document_en: str = ""
    article_en: str = ""

    def text(self, lang: str) -> str:
        """'document article url', with the English names when the pack gives them."""
        doc = self.document_en if lang == "en" and self.document_en else self.document
        art = self.article_en if lang == "en" and self.article_en else self.article
        head = f"{doc}{art}" if lang == "zh" else " ".join(p for p in (doc, art) if p)
        return " ".join(p for p in (head, self.url) if p)


@dataclass(frozen=True)
class RuleSpec:
    id: str
    kind: str
    remedy: str | None
    params: Mapping[str, Decimal]
    title: Bilingual
    explanation: Bilingual
    source: Source
    deadline_title: Bilingual | None = None
    line: int | None = None

    @property
    def kind_def(self) -> Kind:
        return KINDS[self.kind]

    def say(self, texts: Bilingual, lang: str) -> str:
        """A pack text with its `{threshold}` placeholders filled in, so texts follow the numbers."""
        return texts.get(lang).format_map(param_words(self.kind_def, self.params, lang))


@dataclass(frozen=True)
class StepSpec:
    id: str
    title: Bilingual
    text: Bilingual


@dataclass(frozen=True)
class InfoSpec:
    id: str
    title: Bilingual
    text: Bilingual
    source: Source


@dataclass(frozen=True)
class RulePack:
    id: str
    version: str
    effective: date
    title: Bilingual
    platforms: tuple[str, ...]
    rules: tuple[RuleSpec, ...] = ()
    next_steps: tuple[StepSpec, ...] = ()
    info: tuple[InfoSpec, ...] = ()
    scam_warning: Bilingual | None = None
    checked: date | None = None  # last checked against its sources
    source: Bilingual | None = None  # where the pack's rules come from
    file: Path = field(default_factory=Path)
    line: int | None = None

    @property
    def label(self) -> str:
        checked = f", checked {self.checked.isoformat()}" if self.checked else ""
        return f"{self.id} {self.version} ({self.effective.isoformat()}{checked})"

    def applies_to(self, platform: str) -> bool:
        return ALL_PLATFORMS in self.platforms or platform in self.platforms


def _source(t: Table) -> Source:
    return Source(**t.sub_texts("source", _SOURCE_KEYS, required=("document",)))


def _params(t: Table, rule_id: str, kind: Kind) -> dict[str, Decimal]:
    params: dict[str, Decimal] = {}
    for key, typ in kind.params.items():
        if key not in t.data:
            raise t.fail(None, f"rule {rule_id!r} (kind {kind.name}) is missing threshold {key!r}")
        try:
            params[key] = threshold(typ, t.data[key])
        except ValueError as exc:
            raise t.fail(key, f"threshold {key}: {exc}")
    return params


def _check_texts(t: Table, kind: Kind) -> None:
    """Placeholders must name the kind's thresholds, or the text would fail at check time."""
    for key in (f"{b}_{lang}" for b in _TEXT_BASES for lang in ("zh", "en")):
        value = t.data.get(key)
        if not isinstance(value, str):
            continue
        try:
            names = placeholders(value)
        except ValueError as exc:
            raise t.fail(key, f"bad braces in {key}: {exc}")
        for name in names:
            if name not in kind.params:
                known = ", ".join(kind.params) or "none"
                raise t.fail(key, f"unknown placeholder {{{name}}} in {key} (known: {known})")


def _rule(t: Table) -> RuleSpec:
    rule_id, kind_name = t.text("id"), t.text("kind")
    kind = KINDS.get(kind_name)
    if kind is None:
        raise t.fail("kind", f"unknown rule kind {kind_name!r} (known: {', '.join(KINDS)})")
    t.check_keys(_RULE_KEYS | set(kind.params))
    remedy = t.text("remedy", required=False) or None
    if kind.remedies and remedy is None:
        raise t.fail(None, f"missing key 'remedy' in rule {rule_id!r}")
    if remedy is not None and remedy not in kind.remedies:
        allowed = ", ".join(kind.remedies) or "no remedy"
        raise t.fail("remedy", f"unknown remedy {remedy!r} for kind {kind_name} (allowed: {allowed})")
    params = _params(t, rule_id, kind)
    _check_texts(t, kind)
    has_deadline = t.has_any("deadline_title_zh", "deadline_title_en")
    deadline_title = Bilingual(*t.pair("deadline_title")) if has_deadline else None
    return RuleSpec(
        rule_id, kind_name, remedy, params, Bilingual(*t.pair("title")), Bilingual(*t.pair("explanation")), _source(t),
        deadline_title,
    )


def _step(t: Table) -> StepSpec:
    t.check_keys(_STEP_KEYS)
    step_id = t.text("id")
    if step_id not in STEP_IDS:
        raise t.fail("id", f"unknown next step {step_id!r} (known: {', '.join(STEP_IDS)})")
    return StepSpec(step_id, Bilingual(*t.pair("title")), Bilingual(*t.pair("text")))


def _info(t: Table) -> InfoSpec:
    t.check_keys((*_STEP_KEYS, "source"))
    return InfoSpec(t.text("id"), Bilingual(*t.pair("title")), Bilingual(*t.pair("text")), _source(t))


def _array(doc: dict[str, Any], name: str) -> list[Table]:
    raw = doc.get(name, [])
    if not isinstance(raw, list):
        raise Problem("", None, name, f"{name} must be an array of tables: [[{name}]]")
    return [Table(item, name, i) for i, item in enumerate(raw)]


def _unique(items: Sequence[Any], tables: list[Table], what: str) -> None:
    seen: set[str] = set()
    for item, t in zip(items, tables, strict=True):
        if item.id in seen:
            raise t.fail("id", f"duplicate {what} id {item.id!r}")
        seen.add(item.id)


def _platforms(head: Table) -> tuple[str, ...]:
    value = head.data.get("platforms")
    if not isinstance(value, list) or not value or not all(isinstance(p, str) for p in value):
        raise head.fail("platforms" if value is not None else None, "platforms must be a non-empty list of names")
    for name in value:
        if name not in (*PLATFORMS, ALL_PLATFORMS):
            raise head.fail("platforms", f"unknown platform {name!r} (known: {', '.join(PLATFORMS)}, or \"*\")")
    return tuple(value)


def _pack(doc: dict[str, Any]) -> RulePack:
    for key, value in doc.items():
        if key not in _TABLES:
            what = f"unknown table [{key}]" if isinstance(value, (dict, list)) else f"unknown top-level key {key!r}"
            raise Problem(key, None, None, what)
    if "pack" not in doc:
        raise Problem("", None, None, "missing [pack] table")
    head = Table(doc["pack"], "pack")
    head.check_keys(_PACK_KEYS)
    pack_id, version, effective = head.text("id"), head.text("version"), head.day("effective")
    checked = head.day("checked") if "checked" in head.data else None
    source = Bilingual(*head.pair("source")) if head.has_any("source_zh", "source_en") else None
    title, platforms = head.pair("title"), _platforms(head)
    rule_t, step_t, info_t = _array(doc, "rules"), _array(doc, "next_steps"), _array(doc, "info")
    rules, steps, info = [_rule(t) for t in rule_t], [_step(t) for t in step_t], [_info(t) for t in info_t]
    _unique(rules, rule_t, "rule")
    _unique(steps, step_t, "next step")
    _unique(info, info_t, "info")
    warning = None
    if "scam_warning" in doc:
        wt = Table(doc["scam_warning"], "scam_warning")
        wt.check_keys(("zh", "en"))
        warning = Bilingual(wt.text("zh"), wt.text("en"))
    return RulePack(
        pack_id, version, effective, Bilingual(*title), platforms, tuple(rules), tuple(steps), tuple(info), warning,
        checked, source,
    )


def load_pack(path: Path) -> RulePack:
    """Read and check one pack file; any problem is a PackError naming the file."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise PackError(path, None, f"cannot read: {exc.strerror or exc}")
    except UnicodeDecodeError:
        raise PackError(path, None, "not UTF-8 text")
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = toml_error_line(str(exc))
        if line is None and "end of document" in message:
            line = max(len(text.splitlines()), 1)
        raise PackError(path, line, f"invalid TOML: {message}")
    try:
        pack = _pack(doc)
    except Problem as p:
        line = find_line(text, p.table, p.index, p.key)
        if line is None and p.key is None:  # not a [table] after all: a top-level `key =` line
            line = find_line(text, "", None, p.table)
        raise PackError(path, line, p.reason)
    rules = tuple(replace(r, line=find_line(text, "rules", i, "id")) for i, r in enumerate(pack.rules))
    return replace(pack, rules=rules, file=path, line=find_line(text, "pack", None, "id"))


def load_packs(dirs: Sequence[Path] | None = None, read: Callable[[Path], RulePack] = load_pack) -> list[RulePack]:
    """Every *.toml in the folders, ordered by pack id; a later folder's pack replaces an earlier one's.
    `read` reads one file (a caller may remember files it has read)."""
    folders = [Path(d) for d in dirs] if dirs is not None else [resource_path("rules")]
    chosen: dict[str, RulePack] = {}
    for folder in folders:
        here: dict[str, RulePack] = {}
        # A missing folder is normal: most users never put packs in their data folder.
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            pack = read(path)
            if pack.id in here:
                raise PackError(path, pack.line, f"pack id {pack.id!r} is also used by {here[pack.id].file.name}")
            here[pack.id] = pack
        chosen.update(here)
    packs = sorted(chosen.values(), key=lambda p: p.id)
    owner: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in owner:
                raise PackError(pack.file, rule.line, f"rule id {rule.id!r} is also defined in pack {owner[rule.id]!r}")
            owner[rule.id] = pack.id
    return packs
