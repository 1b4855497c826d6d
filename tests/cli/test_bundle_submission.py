"""The bundle is the consumer's submission under the law in force (issue #11), read back with poppler.

The example case (resources/demo) is exported through the command line as a user would, and the
PDF is read with `pdftotext` and `pdffonts`, the tools a clerk's computer has, not with our own code.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import ROOT, Run

DEMO = ROOT / "resources" / "demo" / "case.json"
AS_OF = "2026-11-10T10:00:00+08:00"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                reason="poppler-utils (scripts/setup.sh installs it)")


def _pages(pdf: Path) -> list[str]:
    """pdftotext's text, one string per page (form feeds split pages)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")


def _export(run: Run, tmp_path: Path, *options: str) -> tuple[Path, dict[str, object]]:
    case_id = run("case", "create", "--json", str(DEMO), check=True).stdout.strip()
    out = tmp_path / "bundle.pdf"
    run("export", case_id, "--out", str(out), "--as-of", AS_OF, *options, check=True)
    shown = json.loads(run("case", "show", case_id, "--json", check=True).stdout)
    return out, shown


def _section(pages: list[str], heading: str, stop: str) -> str:
    """The text from the page whose first line is `heading` up to the page starting with `stop`."""
    start = next(i for i, page in enumerate(pages) if page.lstrip().startswith(heading))
    end = next(i for i, page in enumerate(pages) if i > start and page.lstrip().startswith(stop))
    return "\n".join(pages[start:end])


def _own_pages(pages: list[str]) -> str:
    """Every page the bundle writes itself: all but the exhibits (whose chat logs may say 你)."""
    def footer(page: str) -> str:
        lines = [line for line in page.splitlines() if line.strip()]
        return lines[-1] if lines else ""

    # an exhibit page carries its label at the left of the footer: "证据3   … · 第 8 页 / 共 11 页"
    return "\n".join(page for page in pages if not re.match(r"\s*(证据|Exhibit )\d+\s", footer(page)))


def _fonts_embedded(pdf: Path) -> None:
    """pdffonts lists every font of the pages: each is embedded, and none is Helvetica."""
    table = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = table.splitlines()[2:]
    assert rows, table
    for row in rows:
        # name, type, encoding, then emb sub uni "yes"/"no" and the object id
        emb = row.split()[-5]
        assert emb == "yes", row
    assert "Helvetica" not in table


def test_chinese_bundle_speaks_for_the_consumer_under_the_2026_measures(run: Run, tmp_path: Path) -> None:
    """(With the originals attached: the same export shows that no font is left unembedded.)"""
    pdf, shown = _export(run, tmp_path, "--attach-originals")
    _fonts_embedded(pdf)
    pages = _pages(pdf)
    whole, own = "\n".join(pages), _own_pages(pages)
    # the law in force, never the repealed measures or a document that does not exist
    assert "依照《市场监督管理投诉举报处理办法》第十条" in whole
    assert "暂行办法" not in whole and "快手平台付费课程退款规则" not in whole
    # the consumer's submission: no unmet rule, no advice, no second person, no scam warning
    for word in ("不符合", "你", "下一步", "谨防", "尚未填写", "建议补充", "规则核对"):
        assert word not in own, word
    assert "投诉人保证以上陈述及所附证据材料真实，并对其真实性负责" in re.sub(r"\s", "", own)
    # every fact an exhibit proves names it
    complaint = re.sub(r"\s", "", _section(pages, "投诉书", "大事记"))
    for fact in ("支付199.00元（证据1、证据2）", "开课（证据4）", "实际情况不符（证据3）", "申请退款（证据5）",
                 "主张退还价款199.00元并增加赔偿597.00元"):
        assert fact in complaint, fact
    # the key dates are in the 大事记, each with its exhibit
    timeline = _section(pages, "大事记", "证据目录")
    for when, exhibit in (("2026-11-01 20:00", "证据1、证据2"), ("2026-11-02 10:00", "证据5"),
                          ("2026-11-03 19:00", "证据4")):
        row = next(line for line in timeline.splitlines() if line.lstrip().startswith(when))
        assert exhibit in row, row
    # each full hash on one line, as a clerk copies it
    lines = whole.splitlines()
    for item in shown["evidence"]:  # type: ignore[attr-defined]
        assert any(item["sha256"] in line for line in lines), item["sha256"]
    assert "自导入本应用以来未被改动" in re.sub(r"\s", "", whole)


def test_english_bundle_is_the_complainants_too(run: Run, tmp_path: Path) -> None:
    """(With the originals attached: the same export shows that no font is left unembedded.)"""
    pdf, _ = _export(run, tmp_path, "--lang", "en", "--attach-originals")
    _fonts_embedded(pdf)
    own = _own_pages(_pages(pdf))
    assert "Article 10 of the Measures for Handling Complaints and Reports in Market Regulation" in own
    assert "Interim" not in own and "Kuaishou refund rules for paid courses" not in own
    for word in (" you ", " your ", "You ", "not met", "Next steps", "Beware"):
        assert word not in own, word
    assert "the complainant" in own and "(Exhibit 1, Exhibit 2)" in own.replace("\n", " ")


def test_a_complaint_filed_through_an_agent_carries_its_letter_of_authorisation(run: Run, tmp_path: Path) -> None:
    """Art. 11: the agent is named in the letter, and the 授权委托书 page states the matters, the powers
    and the term, with the consumer's signature line; the agent survives a case archive."""
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    data["agent"] = {"name": "李志愿", "id_number": "330106198805054321", "phone": "13900139000"}
    folder = tmp_path / "in"
    shutil.copytree(DEMO.parent, folder)
    (folder / "case.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case_id = run("case", "create", "--json", str(folder / "case.json"), check=True).stdout.strip()
    shown = json.loads(run("case", "show", case_id, "--json", check=True).stdout)
    assert shown["agent"] == data["agent"]
    pdf = tmp_path / "agent.pdf"
    run("export", case_id, "--out", str(pdf), "--as-of", AS_OF, "--authorisation", check=True)
    pages = _pages(pdf)
    letter = re.sub(r"\s", "", _section(pages, "投诉书", "授权委托书"))
    assert "委托代理人：李志愿（授权委托书附后）" in letter and "委托代理人（签名）" in letter
    authority = re.sub(r"\s", "", _section(pages, "授权委托书", "大事记"))
    for part in ("委托人（投诉人）王小明", "受托人（代理人）李志愿", "330106198805054321", "一、委托事项",
                 "杭州示例教育科技有限公司", "2611012000123456", "二、代理权限", "三、委托期限",
                 "《市场监督管理投诉举报处理办法》第十一条", "委托人（签名）"):
        assert part in authority, part
    archive = tmp_path / "case.zip"
    run("archive", "export", case_id, "--out", str(archive), check=True)
    # The same store already has the case: a second one only as a copy (#12).
    again = run("archive", "import", str(archive), "--as-copy", check=True).stdout.split()[-1]
    assert json.loads(run("case", "show", again, "--json", check=True).stdout)["agent"] == data["agent"]
