"""The evidence bundle, built from real files, opened with pypdf and its text read with pdftotext: no mocks."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from app.bundle.builder import BundleRequest, BundleResult, Cancelled, build_bundle
from app.bundle.fmt import page_range
from tests.bundle_fixtures import AS_OF, CHAT_LINES, make_case, make_check
from tests.image_memo import prepared_afresh
from tests.pdf_text import pdf_pages


@dataclass
class Built:
    root: Path
    result: BundleResult
    reader: PdfReader
    data: bytes
    texts: list[str]
    originals: dict[int, Path]
    req: BundleRequest

    def span(self, number: int) -> range:
        _, first, last = self.result.exhibits[number - 1]
        return range(first, last + 1)

    def text_of(self, page: int) -> str:
        """The page's text as pdftotext reads it (tests/pdf_text.py)."""
        return self.texts[page - 1]


def _build(root: Path, lang: str, **options: object) -> Built:
    case, originals = make_case(root / "原件")
    req = BundleRequest(case=case, check=make_check(lang), originals=originals, as_of=AS_OF, lang=lang,
                        **options)  # type: ignore[arg-type]
    result = build_bundle(req, root / f"bundle-{lang}.pdf")
    data = result.path.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    return Built(root, result, reader, data, pdf_pages(result.path), originals, req)


@pytest.fixture(scope="module")
def zh(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Its pictures prepared by the app's code here (not taken from the run's memo, tests/image_memo.py):
    the tests below look at how they came out."""
    root = tmp_path_factory.mktemp("bundle-zh")
    with prepared_afresh():
        return _build(root, "zh", attach_originals=True, zip_path=root / "bundle.zip")


@pytest.fixture(scope="module")
def en(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return _build(tmp_path_factory.mktemp("bundle-en"), "en", recipient="consumer_association")


def _outline(reader: PdfReader) -> Iterator[tuple[str, int, int]]:
    """(title, page number 1-based, depth) of every outline item."""
    def walk(items: list[object], depth: int) -> Iterator[tuple[str, int, int]]:
        for item in items:
            if isinstance(item, list):
                yield from walk(item, depth + 1)
            else:
                yield item.title, reader.get_destination_page_number(item) + 1, depth  # type: ignore[attr-defined]
    yield from walk(reader.outline, 0)


def test_chinese_headings_extract_as_text(zh: Built) -> None:
    whole = "\n".join(zh.texts)
    headings = ("消费者投诉证据材料", "投诉书", "大事记", "证据目录", "完整性校验",
                "致：市场监督管理局（12315）")
    for heading in headings:
        assert heading in whole


def test_every_font_is_embedded_and_none_is_helvetica(zh: Built) -> None:
    seen = 0
    for page in zh.reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", DictionaryObject()).get_object()
        for font in fonts.values():
            font = font.get_object()
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert any(key in descriptor for key in ("/FontFile2", "/FontFile", "/FontFile3")), font["/BaseFont"]
            assert "WenQuanYi" in font["/BaseFont"]
            seen += 1
    assert seen >= len(zh.reader.pages)
    assert b"Helvetica" not in zh.data


def test_page_count_equals_the_parts(zh: Built) -> None:
    spans = [zh.span(n) for n in range(1, 7)]
    assert len(zh.reader.pages) == zh.result.pages
    assert [len(s) for s in spans][2:] == [1, 3, 1, 1]  # photo, 3-page PDF, chat, video
    assert len(spans[0]) == 1  # a phone screenshot fits one page
    for before, after in zip(spans, spans[1:], strict=False):
        assert after.start == before.stop  # exhibits follow each other without gaps
    outline = {title: page for title, page, _ in _outline(zh.reader)}
    assert outline["证据目录"] == spans[0].start - 1  # the index fits on one page here
    assert outline["完整性校验"] == spans[-1].stop
    assert outline["完整性校验"] == zh.result.pages  # the appendix is one page


def test_each_exhibit_bookmark_lands_on_its_heading(zh: Built) -> None:
    items = [(title, page) for title, page, depth in _outline(zh.reader) if depth == 1]
    assert [t.split(" ")[0] for t, _ in items] == [f"证据{n}" for n in range(1, 7)]
    for n, (title, page) in enumerate(items, 1):
        assert title == f"证据{n} {zh.req.case.evidence[n - 1].title}"
        assert page == zh.span(n).start
        assert f"证据{n}" in zh.text_of(page)
        assert zh.req.case.evidence[n - 1].title in zh.text_of(page)
    top = [title for title, _, depth in _outline(zh.reader) if depth == 0]
    assert top == ["封面", "投诉书", "大事记", "证据目录", "证据", "完整性校验"]


def test_index_page_numbers_are_the_real_pages(zh: Built) -> None:
    index_page = next(page for title, page, _ in _outline(zh.reader) if title == "证据目录")
    # layout mode keeps each table row on one line
    lines = zh.reader.pages[index_page - 1].extract_text(extraction_mode="layout").splitlines()
    for n, info in enumerate(zh.req.case.evidence, 1):
        first, last = zh.span(n).start, zh.span(n).stop - 1
        row = next(line for line in lines if info.title in line)
        assert row.rstrip().endswith(page_range(first, last)), row
    # every row links to its exhibit's first page
    numbers = {page.indirect_reference.idnum: i for i, page in enumerate(zh.reader.pages, 1)}
    targets: list[int] = []
    for annot in (a.get_object() for a in zh.reader.pages[index_page - 1].get("/Annots", [])):
        dest = annot.get("/Dest")
        dest = zh.reader.named_destinations[dest]["/Page"] if isinstance(dest, str) else dest[0]
        targets.append(numbers[dest.idnum])
    firsts = [zh.span(n).start for n in range(1, 7)]
    assert sorted(set(targets)) == firsts
    assert all(targets.count(page) == 6 for page in firsts)  # one link per cell: the whole row


def test_complaint_follows_article_10_and_drafts_demands(zh: Built) -> None:
    page = next(page for title, page, _ in _outline(zh.reader) if title == "投诉书")
    text = zh.text_of(page) + zh.text_of(page + 1)
    for part in ("依照《市场监督管理投诉举报处理办法》第十条", "张三", "13800000000", "北京市朝阳区某某路1号",
                 "某某教育科技有限公司", "杭州市西湖区某某大厦8层", "投诉请求", "事实与理由", "退还课程费用199.00元",
                 "赔偿500.00元", "第五十五条第一款", "七天内不满意全额退款", "课程七日无理由退款",
                 "投诉人（签名）", "年", "证据4 课程服务协议", "并对其真实性负责"):
        assert part in text, part
    assert "（第 " + page_range(zh.span(2).start, zh.span(2).stop - 1) + " 页）" in text


def test_only_met_rules_and_no_advice(zh: Built) -> None:
    """The check's unknown rule, missing fields, next steps and notes stay out of the bundle."""
    own = re.sub(r"\s", "", "".join(zh.texts[: zh.span(1).start - 1]) + zh.texts[-1])
    for part in ("商家应在七日内退款", "暂行办法", "拨打12315或登录全国12315平台", "支付渠道", "关于虚拟商品",
                 "无法判断", "不符合"):
        assert part not in own, part
    assert "《快手课程类商品售后规则》第四条" in own  # the met rule, with its source


def test_timeline_has_key_dates_events_and_exhibits(zh: Built) -> None:
    pages = {title: page for title, page, _ in _outline(zh.reader)}
    timeline = zh.reader.pages[pages["大事记"] - 1].extract_text(extraction_mode="layout")
    events = ("直播间宣传长截图", "下单并支付199元", "向客服申请退款", "课程开课", "拨打平台客服电话")
    order = [timeline.index(s) for s in events]
    assert order == sorted(order)
    assert "2026-11-01 12:30" in timeline  # Beijing time
    row = next(line for line in timeline.splitlines() if "下单并支付199元" in line)
    assert "证据1" in row  # the event's own exhibit, and the purchase record dated with it
    start = next(line for line in timeline.splitlines() if "课程开课" in line)
    assert "证据4" in start  # the contract proves the course start


def test_every_original_hash_is_listed_whole_on_one_line(zh: Built) -> None:
    appendix = zh.reader.pages[zh.result.pages - 1].extract_text(extraction_mode="layout")
    lines = appendix.splitlines()
    for info in zh.req.case.evidence:
        assert any(info.sha256 in line for line in lines), info.sha256
        assert info.original_name in appendix
    flat = re.sub(r"\s", "", appendix)
    assert "certutil-hashfile" in flat and "shasum-a256" in flat and "自导入本应用以来未被改动" in flat
    assert zh.result.bundle_id in flat


def test_every_page_has_its_footer_and_exhibit_pages_their_label(zh: Built) -> None:
    total = zh.result.pages
    for page, text in enumerate(zh.texts, 1):
        assert f"第 {page} 页 / 共 {total} 页" in text
    for n in range(1, 7):
        for page in zh.span(n):
            assert f"证据{n}" in zh.text_of(page)
    for page in list(zh.span(2))[1:]:
        assert "（续）" in zh.text_of(page)


def test_pdf_exhibit_pages_are_all_merged_and_stamped(zh: Built) -> None:
    pages = list(zh.span(4))
    assert len(pages) == 3
    for k, page in enumerate(pages, 1):
        text = zh.reader.pages[page - 1].extract_text()  # pypdf: pdftotext spaces the stamp's parts apart
        assert f"课程服务协议 第{k}页" in text  # the original page's own text
        assert f"证据4　第 {k} 页 / 共 3 页" in text  # the stamp


def test_tall_screenshot_pieces_add_up_to_the_image(zh: Built) -> None:
    heights = []
    for page in zh.span(2):
        images = zh.reader.pages[page - 1].images
        assert len(images) == 1
        heights.append(images[0].image.height)
    assert sum(heights) == 9000  # 1080 px wide prints under 200 dpi: rows are kept 1:1
    assert len(heights) >= 6


def test_screenshot_is_a_palette_image_at_most_200_dpi(zh: Built) -> None:
    page = zh.reader.pages[zh.span(1).start - 1]
    xobjects = page["/Resources"]["/XObject"]
    images = [x.get_object() for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1
    img = images[0]
    assert img["/ColorSpace"][0] == "/Indexed"
    assert img["/Width"] < 1170  # downscaled from the phone's 1170 px
    # The printed height is at most the frame (about 730 pt = 10.1 in): 200 dpi is at most ~2030 px.
    assert img["/Height"] <= 730 / 72 * 200 + 1


def test_photo_is_jpeg_and_upright(zh: Built) -> None:
    page = zh.reader.pages[zh.span(3).start - 1]
    (image,) = page.images
    assert image.image.height > image.image.width  # EXIF orientation 6 applied: portrait
    red = image.image.convert("RGB").getpixel((image.image.width // 2, 5))
    assert red[0] > 150 and red[1] < 90  # the stored left band is now on top
    raw = [x.get_object() for x in page["/Resources"]["/XObject"].values()][0]
    assert raw["/Filter"] in ("/DCTDecode", ["/DCTDecode"])


def test_chat_log_is_typeset_as_a_transcript(zh: Built) -> None:
    text = "".join(zh.text_of(p) for p in zh.span(5))
    for at, sender, message in CHAT_LINES[:3]:
        assert message in text
        assert sender in text
        assert at[:19].replace("T", " ") in text
    assert "请耐心等待□" in text  # an emoji the font lacks shows as a box, not as nothing


def test_opaque_file_is_listed(zh: Built) -> None:
    text = zh.text_of(zh.span(6).start)
    info = zh.req.case.evidence[5]
    assert "原件另行提交" in text and info.original_name in text
    assert info.sha256 in re.sub(r"\s", "", text)


def test_no_local_path_in_the_file(zh: Built) -> None:
    needles = [str(zh.root), str(zh.root.parent), "/tmp/", "bundle-", ".part"]
    haystacks = [zh.data]
    ids = set(zh.reader.xref.get(0, {})) | set(zh.reader.xref_objStm)
    for obj_id in ids:
        obj = zh.reader.get_object(IndirectObject(obj_id, 0, zh.reader))
        if hasattr(obj, "get_data"):
            haystacks.append(obj.get_data())  # decompressed: a path inside a stream counts too
    assert len(haystacks) > 20
    for needle in needles:
        for encoded in (needle.encode("utf-8"), needle.encode("utf-16-be")):
            assert not any(encoded in hay for hay in haystacks), needle


def test_metadata(zh: Built) -> None:
    meta = zh.reader.metadata
    assert meta is not None
    assert meta.title == "快手课程退款：AI绘画速成班 证据材料"
    assert meta.author == "张三"
    assert zh.result.bundle_id in (meta.subject or "")
    assert meta.creation_date is not None and meta.creation_date.year == 2026
    assert re.fullmatch(r"C12-20261120-[0-9a-f]{8}", zh.result.bundle_id)


def test_attached_originals_have_equal_bytes(zh: Built) -> None:
    attachments = zh.reader.attachments
    assert len(attachments) == 6
    for n, info in enumerate(zh.req.case.evidence, 1):
        (data,) = attachments[f"证据{n}_{info.original_name}"]
        assert data == zh.originals[info.id].read_bytes()


def test_zip_has_pdf_originals_and_manifest_with_bom(zh: Built) -> None:
    zip_path = zh.req.zip_path
    assert zip_path is not None
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        assert zh.result.path.name in names
        assert zf.read(zh.result.path.name) == zh.data
        for n, info in enumerate(zh.req.case.evidence, 1):
            assert zf.read(f"originals/证据{n}_{info.original_name}") == zh.originals[info.id].read_bytes()
        manifest = zf.read("manifest.csv")
    assert manifest.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(manifest.decode("utf-8-sig"))))
    assert rows[0] == ["exhibit", "title", "original name", "size", "sha256", "imported at", "redacted copy sha256"]
    assert [r[4] for r in rows[1:]] == [info.sha256 for info in zh.req.case.evidence]


def test_result_matches_the_file(zh: Built) -> None:
    import hashlib

    assert zh.result.sha256 == hashlib.sha256(zh.data).hexdigest()
    assert [e[0] for e in zh.result.exhibits] == [101, 102, 103, 104, 105, 106]
    assert zh.result.warnings == []
    assert not list(zh.root.glob("*.part"))


def test_english_bundle(en: Built) -> None:
    whole = "\n".join(en.texts)
    for part in ("Consumer Complaint: Evidence Bundle", "To: Consumers' Association", "Complaint", "Index of exhibits",
                 "Integrity check", "Refund the course fee of CNY 199.00", "Article 55", "Page 1 of"):
        assert part in whole, part
    for heading in ("投诉书", "证据目录", "完整性校验"):
        assert heading not in whole
    for n in range(1, 7):
        assert f"Exhibit {n}" in en.text_of(en.span(n).start)
    top = [title for title, _, depth in _outline(en.reader) if depth == 0]
    assert top == ["Cover", "Complaint", "Timeline", "Index of exhibits", "Exhibits", "Integrity check"]
    assert en.reader.attachments == {}


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    case, originals = make_case(tmp_path / "原件")
    req = BundleRequest(case=case, check=make_check(), originals=originals, as_of=AS_OF,
                        zip_path=tmp_path / "b.zip")
    calls = []

    def progress(done: int, total: int, label: str) -> None:
        calls.append(done)

    out = tmp_path / "out" / "bundle.pdf"
    out.parent.mkdir()
    with pytest.raises(Cancelled):
        build_bundle(req, out, progress=progress, cancel=lambda: len(calls) >= 2)
    assert calls and not out.exists() and not (tmp_path / "b.zip").exists()
    assert list(out.parent.iterdir()) == []
    assert not list(tmp_path.glob("*.part"))


def test_cancel_while_laying_out_pages(tmp_path: Path) -> None:
    case, originals = make_case(tmp_path / "原件")
    req = BundleRequest(case=case, check=make_check(), originals=originals, as_of=AS_OF)
    labels: list[str] = []

    def progress(done: int, total: int, label: str) -> None:
        labels.append(label)

    def cancel() -> bool:  # true once the images are done and the pages are being laid out
        return bool(labels) and labels[-1] == "正在写入 PDF"

    with pytest.raises(Cancelled):
        build_bundle(req, tmp_path / "bundle.pdf", progress=progress, cancel=cancel)
    assert labels[-1] == "正在写入 PDF"
    assert list(tmp_path.glob("bundle*")) == [] and not list(tmp_path.glob(".bundle*"))


def test_same_inputs_give_the_same_bytes(zh: Built, tmp_path: Path) -> None:
    """Reproducible: rebuilding from the same evidence and date yields an identical file (and hash). (The
    rebuild's pictures come from the run's memo, tests/image_memo.py: the same bytes as zh's own.)"""
    again = build_bundle(dataclasses.replace(zh.req, zip_path=None), tmp_path / "again.pdf")
    assert again.sha256 == zh.result.sha256


def test_an_unwritable_zip_place_leaves_no_temporary_pdf(tmp_path: Path) -> None:
    case, originals = make_case(tmp_path / "原件")
    out = tmp_path / "out" / "bundle.pdf"
    out.parent.mkdir()
    req = BundleRequest(case=case, check=make_check(), originals=originals, as_of=AS_OF,
                        zip_path=tmp_path / "missing-folder" / "bundle.zip")
    with pytest.raises(FileNotFoundError):
        build_bundle(req, out)
    assert list(out.parent.iterdir()) == []
