"""Rule packs on disk: the shipped packs, thresholds that change verdicts, refusal with FILE:LINE, overrides."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.domain import CaseData, Course, Order, Refund
from app.core.errors import DomainError
from app.core.paths import resource_path
from app.rules.engine import check
from app.rules.packs import PackError, load_pack, load_packs

P = datetime(2024, 5, 1, 10, 0)
SHIPPED = resource_path("rules")

MINIMAL = """\
[pack]
id = "test-pack"
version = "0.1"
effective = 2024-02-01
title_zh = "测试规则包"
title_en = "Test pack"
platforms = ["kuaishou"]

[[rules]]
id = "test.quick"
kind = "amount_time_progress"
remedy = "full_refund"
max_amount = "300.00"
max_hours = 6
max_progress_percent = 0
title_zh = "极速退款"
title_en = "Quick refund"
explanation_zh = "不超过{max_amount}，{max_hours}内"
explanation_en = "At most {max_amount}, within {max_hours}"
source = { document = "测试", article = "第一条", url = "" }
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def quick_case(amount: str, hours: int, progress: str = "0") -> CaseData:
    return CaseData(
        title="t",
        order=Order(amount=Decimal(amount), paid_at=P),
        course=Course(progress_percent=Decimal(progress)),
        refund=Refund(status="pending", requested_at=P + timedelta(hours=hours)),
    )


def quick_verdict(packs: list, case: CaseData, rule_id: str = "kuaishou.quick_refund") -> str:
    result = check(case, [], packs, P + timedelta(days=1))
    return next(r.verdict for r in result.rules if r.id == rule_id)


def test_shipped_packs_load() -> None:
    packs = load_packs()
    assert [p.id for p in packs] == ["kuaishou-course", "prc-consumer-law"]
    kuaishou, law = packs
    assert kuaishou.platforms == ("kuaishou", "other") and law.applies_to("other") and law.applies_to("kuaishou")
    assert kuaishou.effective == date(2024, 1, 1)
    assert kuaishou.rules[0].params == {
        "max_amount": Decimal("300.00"), "max_hours": Decimal(6), "max_progress_percent": Decimal(0)
    }
    assert law.scam_warning is not None
    assert {s.id for p in packs for s in p.next_steps} == {
        "request_refund", "contact_platform", "complain_regulator", "complain_consumer_association", "go_to_court"
    }
    assert all(r.line for p in packs for r in p.rules)


def test_changed_thresholds_change_verdicts(tmp_path: Path) -> None:
    text = (SHIPPED / "kuaishou-course.toml").read_text(encoding="utf-8")
    text = text.replace('max_amount = "300.00"', 'max_amount = "500.00"').replace("max_hours = 6", "max_hours = 12")
    text = text.replace("max_progress_percent = 5", "max_progress_percent = 10")
    write(tmp_path, "kuaishou-course.toml", text)
    shipped, changed = load_packs(), load_packs([tmp_path])
    case = quick_case("400.00", 10)
    assert quick_verdict(shipped, case) == "not_met"
    assert quick_verdict(changed, case) == "met"
    seven = quick_case("100.00", 48, progress="8")
    assert quick_verdict(shipped, seven, "kuaishou.seven_day_5pct") == "not_met"
    assert quick_verdict(changed, seven, "kuaishou.seven_day_5pct") == "met"
    # Bilingual follow the numbers through {placeholders}.
    explanation = check(case, [], changed, P, "en").rules[0].explanation
    assert "¥500.00" in explanation and "12 hours" in explanation


def test_later_folder_overrides_pack_with_same_id(tmp_path: Path) -> None:
    text = (SHIPPED / "kuaishou-course.toml").read_text(encoding="utf-8")
    text = text.replace('version = "1.1"', 'version = "1.1-volunteer"').replace("max_hours = 6", "max_hours = 24")
    write(tmp_path / "user", "my-fix.toml", text)
    packs = load_packs([SHIPPED, tmp_path / "user"])
    assert [p.id for p in packs] == ["kuaishou-course", "prc-consumer-law"]
    assert packs[0].version == "1.1-volunteer" and packs[0].file.name == "my-fix.toml"
    assert quick_verdict(packs, quick_case("100.00", 20)) == "met"
    result = check(quick_case("100.00", 20), [], packs, P)
    assert result.packs[0] == "kuaishou-course 1.1-volunteer (2024-01-01, checked 2026-11-30)"


def test_missing_folder_is_skipped(tmp_path: Path) -> None:
    assert [p.id for p in load_packs([SHIPPED, tmp_path / "nope"])] == ["kuaishou-course", "prc-consumer-law"]
    assert load_packs([tmp_path]) == []


def test_malformed_toml_names_file_and_line(tmp_path: Path) -> None:
    text = MINIMAL.replace('version = "0.1"', "version = ")
    path = write(tmp_path, "bad.toml", text)
    with pytest.raises(PackError) as info:
        load_packs([tmp_path])
    err = info.value
    assert isinstance(err, DomainError)
    assert err.file == str(path) and err.line == 3
    assert str(err).startswith(f"{path}:3: invalid TOML")


BAD_PACKS = [
    ("unknown kind", 'kind = "amount_time_progress"', 'kind = "lottery"', 'kind = "lottery"', "unknown rule kind"),
    ("missing threshold", "max_hours = 6\n", "", "[[rules]]", "missing threshold 'max_hours'"),
    ("float amount", 'max_amount = "300.00"', "max_amount = 300.5", "max_amount = 300.5", "amounts must be text"),
    ("wrong type", "max_hours = 6", 'max_hours = "six"', 'max_hours = "six"', "not a number"),
    ("percent over 100", "max_progress_percent = 0", "max_progress_percent = 120", "max_progress_percent", "0-100"),
    ("bad date", "effective = 2024-02-01", 'effective = "2024-13-01"', "effective =", "date like"),
    ("unknown remedy", 'remedy = "full_refund"', 'remedy = "free_money"', "remedy =", "unknown remedy"),
    ("remedy of other kind", 'remedy = "full_refund"', 'remedy = "partial_refund"', "remedy =", "unknown remedy"),
    ("unknown key", "max_hours = 6", "max_hours = 6\nmax_hour = 7", "max_hour = 7", "unknown key 'max_hour'"),
    ("unknown platform", '["kuaishou"]', '["kuaishou", "douyinn"]', "platforms", "unknown platform"),
    ("unknown placeholder", "内\"", "内{max_minutes}\"", "explanation_zh", "unknown placeholder"),
    ("missing source", 'source = { document = "测试", article = "第一条", url = "" }\n', "", "[[rules]]",
     "missing key 'source'"),
    ("missing title", 'title_en = "Test pack"\n', "", "[pack]", "missing key 'title_en'"),
    ("unknown table", "[[rules]]", "[[rulez]]", "[[rulez]]", "unknown table [rulez]"),
    ("top-level key", "[pack]", "colour = 1\n[pack]", "colour = 1", "unknown top-level key"),
]


@pytest.mark.parametrize(("label", "old", "new", "at", "reason"), BAD_PACKS, ids=[b[0] for b in BAD_PACKS])
def test_invalid_pack_refused_with_file_and_line(tmp_path: Path, label: str, old: str, new: str, at: str,
                                                 reason: str) -> None:
    assert old in MINIMAL
    text = MINIMAL.replace(old, new, 1)
    path = write(tmp_path, "broken.toml", text)
    with pytest.raises(PackError) as info:
        load_pack(path)
    err = info.value
    assert err.file == str(path)
    assert err.line == line_of(text, at), str(err)
    assert reason in err.reason
    assert str(err) == f"{path}:{err.line}: {err.reason}"


def test_second_rule_problem_points_at_second_rule(tmp_path: Path) -> None:
    second = MINIMAL[MINIMAL.index("[[rules]]"):].replace('id = "test.quick"', 'id = "test.quick2"')
    second = second.replace("max_hours = 6", "max_hours = -1")
    text = MINIMAL + "\n" + second
    path = write(tmp_path, "two.toml", text)
    with pytest.raises(PackError) as info:
        load_pack(path)
    assert info.value.line == line_of(text, "max_hours = -1")


def test_duplicate_ids_refused(tmp_path: Path) -> None:
    write(tmp_path / "a", "one.toml", MINIMAL)
    write(tmp_path / "a", "two.toml", MINIMAL)
    with pytest.raises(PackError, match="pack id 'test-pack' is also used by one.toml"):
        load_packs([tmp_path / "a"])
    write(tmp_path / "b", "other.toml", MINIMAL.replace('id = "test-pack"', 'id = "test-pack-2"'))
    write(tmp_path / "b", "one.toml", MINIMAL)
    with pytest.raises(PackError, match="rule id 'test.quick' is also defined"):
        load_packs([tmp_path / "b"])
    text = MINIMAL + MINIMAL[MINIMAL.index("[[rules]]"):]
    with pytest.raises(PackError, match="duplicate rule id"):
        load_pack(write(tmp_path / "c", "dup.toml", text))


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(MINIMAL.encode("utf-8").replace(b"0.1", b"\xff"))
    with pytest.raises(PackError) as info:
        load_pack(path)
    assert info.value.line is None and str(info.value) == f"{path}: not UTF-8 text"


def test_pack_platforms_limit_where_it_applies(tmp_path: Path) -> None:
    write(tmp_path, "test.toml", MINIMAL)
    packs = load_packs([tmp_path])
    case = quick_case("100.00", 1)
    assert [r.id for r in check(case, [], packs, P).rules] == ["test.quick"]
    case.platform = "other"
    assert check(case, [], packs, P).rules == []
    assert check(case, [], packs, P).scam_warning  # the safety text never disappears


def test_shipped_packs_say_when_they_were_checked_and_cite_only_what_exists() -> None:
    """Every shipped pack carries the date it was checked and where its rules come from; no
    repealed measures, no invented document title (issue #11)."""
    packs = load_packs()
    for pack in packs:
        assert pack.checked is not None and pack.source is not None, pack.id
        text = (SHIPPED / pack.file.name).read_text(encoding="utf-8")
        assert "暂行办法" not in text
        assert "快手平台付费课程退款规则" not in text and "Kuaishou refund rules for paid courses" not in text
    kuaishou = next(p for p in packs if p.id == "kuaishou-course")
    assert kuaishou.source is not None and "以平台当前公布的规则为准" in kuaishou.source.zh
    assert all("培训资料" in r.source.document for r in kuaishou.rules)
    law = next(p for p in packs if p.id == "prc-consumer-law")
    cited = " ".join(i.source.document + i.source.article for i in law.info)
    assert "《市场监督管理投诉举报处理办法》第十条" in cited and "第十六条第（四）项" in cited
