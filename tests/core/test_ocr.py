"""Text recognition on screenshots the tests draw: the real engine (one per test process), facts and kinds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from app.evidence.ocr.engine import DET_TILE, Engine
from app.evidence.ocr.facts import guess_kind, money, read_facts, when
from app.evidence.ocr.lines import Line
from app.evidence.ocr.worker import OcrFailed, read_image_here
from app.services.reading import reading_of
from tests.ocr_pictures import ALIPAY, BILL, CHAT, ORDER, Shot, shot_file, word_picture
from tests.ocr_screens import make, save

CASES = [
    Shot("order", 1, (1170, 2532), False, "noto", ".png"),
    ORDER,  # this one and the three below are also the pictures the other OCR tests share (tests/ocr_pictures.py)
    Shot("wechat", 3, (1080, 2400), True, "noto", ".png"),
    BILL,
    Shot("alipay", 5, (1284, 2778), False, "wqy", ".png"),
    ALIPAY,
    Shot("chat", 7, (750, 1334), True, "noto", ".png"),
    CHAT,
]


@pytest.mark.parametrize("shot", CASES, ids=[shot.id for shot in CASES])
def test_screenshot_facts(ocr_engine: Engine, tmp_path: Path, shot: Shot) -> None:
    path, truth = shot_file(shot, tmp_path / f"shot{shot.suffix}")
    size = shot.size
    reading = reading_of(str(path), read_image_here(str(path), ocr_engine))
    assert reading.kind == truth.kind
    assert {k: f.value for k, f in reading.facts.items()} == truth.facts
    text = "\n".join(ln.text for ln in reading.lines).replace(" ", "")
    for word in truth.words:
        assert word.replace(" ", "") in text
    for line in reading.lines:
        x, y, w, h = line.box
        assert 0 <= x < x + w <= size[0] and 0 <= y < y + h <= size[1]
        assert 0.5 <= line.score <= 1.0


def test_boxes_are_where_the_words_are(ocr_engine: Engine, tmp_path: Path) -> None:
    path, truth = shot_file(BILL, tmp_path / "bill.jpg")  # the shared bill: read once per run (ocr_pictures)
    img = Image.open(path)
    lines = ocr_engine.read(img)
    company = next(ln for ln in lines if ln.text == truth.facts["merchant.name"])
    label = next(ln for ln in lines if ln.text == "商户全称")
    # Same row, value right of the label; the value's box sits on dark pixels (the text).
    assert abs((company.box[1] + company.box[3] / 2) - (label.box[1] + label.box[3] / 2)) < label.box[3] / 2
    assert company.box[0] > label.box[0] + label.box[2]
    x, y, w, h = company.box
    assert img.convert("L").crop((x, y, x + w, y + h)).getextrema()[0] < 100


def test_long_screenshot_is_read_in_strips(ocr_engine: Engine) -> None:
    """A scrolled chat captured whole (720×3231, three strips, six messages within the strips' overlaps):
    every message read once, none lost at a strip's edge."""
    img, truth = make("chat", 12, (720, 1600), height_pt=1750)
    assert img.height > 2 * DET_TILE  # read in three strips
    lines = ocr_engine.read(img)
    messages = [ln for ln in lines if ln.text in truth.words]
    assert sorted(ln.text for ln in messages) == sorted(truth.words)  # each once: no loss, no double
    ys = [ln.box[1] for ln in messages]
    assert ys == sorted(ys)


def test_blank_picture_has_no_lines(ocr_engine: Engine) -> None:
    from PIL import Image

    assert ocr_engine.read(Image.new("RGB", (300, 500), (255, 255, 255))) == []
    assert ocr_engine.read(Image.new("RGB", (1, 1))) == []


def test_unreadable_file_is_ocr_failed(ocr_engine: Engine, tmp_path: Path) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    with pytest.raises(OcrFailed):
        read_image_here(str(bad), ocr_engine)
    with pytest.raises(OcrFailed):
        read_image_here(str(tmp_path / "missing.png"), ocr_engine)


# ---- facts from lines (no engine) -----------------------------------------------------------------


def L(text: str, x: int, y: int, w: int = 200, h: int = 40) -> Line:  # noqa: N802
    return Line(text, (x, y, w, h), 0.99)


def bill(*rows: tuple[str, str], top: list[Line] | None = None) -> list[Line]:
    lines = top or [L("账单详情", 300, 100), L("-199.00", 280, 300, 300, 90)]
    y = 500
    for label, value in rows:
        lines += [L(label, 40, y), L(value, 200, y + 2, 400)]
        y += 70
    return lines


def test_bill_merchant_is_the_full_name_not_the_acquirer() -> None:
    r = read_facts(bill(("商户全称", "杭州某某教育科技有限公司"), ("收单机构", "财付通支付科技有限公司"),
                        ("支付时间", "2026年11月1日 20:00:30")))
    assert r.kind == "payment"
    assert r.facts["merchant.name"].value == "杭州某某教育科技有限公司"
    assert r.facts["merchant.name"].to_dict() == {"value": "杭州某某教育科技有限公司",
                                                  "line": "商户全称 杭州某某教育科技有限公司"}
    assert r.facts["order.amount"].value == "199.00"
    assert r.facts["order.paid_at"].value == "2026-11-01T20:00:30+08:00"
    assert r.facts["order.channel"].value == "微信支付"


def test_wrapped_merchant_name_is_joined() -> None:
    lines = bill(("当前状态", "支付成功"))
    lines += [L("商户全称", 40, 700), L("广州市某某某某教育科技", 200, 702, 400), L("有限公司", 200, 746, 160),
              L("收单机构", 40, 810), L("财付通支付科技有限公司", 200, 812, 400)]
    assert read_facts(lines).facts["merchant.name"].value == "广州市某某某某教育科技有限公司"


def test_two_different_values_propose_nothing() -> None:
    lines = [L("订单详情", 300, 50), L("订单编号", 40, 200), L("1234567890123", 200, 200),
             L("实付款", 40, 300), L("¥199.00", 600, 300), L("实付款", 40, 400), L("¥299.00", 600, 400),
             L("下单时间", 40, 500), L("2026-11-01 20:00:01", 200, 500, 400)]
    r = read_facts(lines)
    assert r.kind == "order"
    assert "order.amount" not in r.facts
    assert "order.paid_at" not in r.facts  # 下单时间 is when the order was made, not paid
    assert r.facts["order.number"].value == "1234567890123"


def test_order_number_not_taken_from_a_bill() -> None:
    """An Alipay bill's 订单号 is Alipay's own trade number, not the shop's order number."""
    r = read_facts(bill(("收款方全称", "某某文化传播有限公司"), ("订单号", "2026110122001234567890")))
    assert r.kind == "payment" and "order.number" not in r.facts
    assert r.facts["order.channel"].value == "支付宝"


def test_money_and_time_formats() -> None:
    assert str(money("¥1,280.00")) == "1280.00"
    assert str(money("￥199")) == "199.00"
    assert str(money("-99.5")) == "99.50"
    assert money("4200001234202611011234567890") is None
    assert money("x1") is None
    assert when("2026/11/1 20:01").isoformat() == "2026-11-01T20:01:00+08:00"  # type: ignore[union-attr]
    assert when("2026-11-0120:00:12").isoformat() == "2026-11-01T20:00:12+08:00"  # type: ignore[union-attr]
    assert when("11月1日 20:00") is None  # no year: not a date the app can be sure of
    assert when("2026-13-01 20:00") is None


def test_kinds() -> None:
    assert guess_kind([L("甲方：某某公司", 40, 100), L("乙方：张三", 40, 160), L("第一条 课程内容", 40, 220),
                       L("第二条 退款", 40, 280)]) == "contract"
    promo = [L("直播间专属福利", 40, 100), L("限时秒杀 立即购买", 40, 160), L("原价¥999", 40, 220)]
    assert guess_kind(promo) == "promotion"
    assert guess_kind([L("今天天气不错", 40, 100)]) == "other"
    assert guess_kind([]) == "other"


def test_worker_process_killed_costs_only_that_file(tmp_path: Path) -> None:
    """The engine runs in a spawned process: killed mid-file (as the OOM killer would), that file fails
    with OcrFailed and the next one is read by a fresh worker."""
    import os
    import signal
    import threading

    from app.evidence.ocr.worker import OcrWorker

    img, _ = make("wechat", 31, (720, 1600))  # ~1 s to read: the kill lands while it is read
    path = save(img, tmp_path / "wx.png")
    small = tmp_path / "small.png"  # one line, read in a few hundredths of a second: the reads around the kill
    word_picture("进程重启后读到").save(small)
    with OcrWorker() as worker:
        assert worker.version.startswith("ppocrv6s-")
        worker.read(small, timeout=120)  # started, engine loaded
        pid = next(iter(worker._pool._processes))  # type: ignore[union-attr]
        threading.Timer(0.2, os.kill, (pid, signal.SIGKILL)).start()
        with pytest.raises(OcrFailed, match="process stopped"):
            worker.read(path, timeout=60)
        pages = worker.read(small, timeout=120)
    assert [ln.text for ln in pages[0].lines] == ["进程重启后读到"]


def test_engine_needs_no_network_nor_opencv() -> None:
    """The models come from the installed wheel: with sockets refused the engine loads and reads, and
    neither rapidocr's code (which can download) nor OpenCV is ever imported."""
    import subprocess
    import sys

    code = (
        "import socket, sys\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "from tests.ocr_pictures import word_picture\n"
        "from app.evidence.ocr.engine import Engine\n"
        "lines = Engine().read(word_picture('商户全称'))\n"
        "assert [ln.text for ln in lines] == ['商户全称'], [ln.text for ln in lines]\n"
        "banned = {'rapidocr', 'cv2', 'shapely', 'pyclipper', 'requests'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & banned))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300,
                         env={**__import__("os").environ, "PYTHONPATH": str(root)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_shop_arrow_read_apart_still_gives_the_shop() -> None:
    lines = [L("订单详情", 300, 50), L("优课精品店", 70, 490, 235, 66), L(">", 277, 498, 58, 43),
             L("短视频运营全套课程", 320, 586, 394, 57), L("¥1280.90", 815, 586, 198, 58),
             L("有效期365天", 320, 659, 205, 51), L("x1", 948, 655, 67, 58),
             L("实付款", 70, 900), L("¥1280.90", 815, 900)]
    facts = read_facts(lines).facts
    assert facts["merchant.shop"].value == "优课精品店"
    assert facts["order.item"].value == "短视频运营全套课程"


def test_the_tests_engine_reads_every_new_picture(ocr_engine: Engine, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/ocr_once.py is honest: a picture not read before in this run is read by the engine and its lines
    kept for the run's other processes; the same pixels again give the engine's own lines without a second
    reading; a picture that differs by one pixel is read by the engine; lines another process of the run
    read are taken from the run's memo."""
    from tests.ocr_memo import RunMemo
    from tests.ocr_once import picture_key

    memo = RunMemo(tmp_path)  # this test's own memo: nothing in it yet
    monkeypatch.setattr(ocr_engine, "memo", memo)
    img = word_picture("收款方全称读一次")
    before = ocr_engine.engine_reads  # type: ignore[attr-defined]
    first = ocr_engine.read(img)
    assert [ln.text for ln in first] == ["收款方全称读一次"]
    assert ocr_engine.engine_reads == before + 1  # type: ignore[attr-defined]
    assert memo.get(picture_key(img)) == tuple(first)  # kept, as read, for the run's other processes
    assert ocr_engine.read(img.copy()) == first
    assert ocr_engine.engine_reads == before + 1  # type: ignore[attr-defined]
    assert Engine.read(ocr_engine, img) == first  # what the engine itself reads, unremembered
    other = img.copy()
    other.putpixel((0, 0), (0, 0, 0))
    assert [ln.text for ln in ocr_engine.read(other)] == ["收款方全称读一次"]
    assert ocr_engine.engine_reads == before + 2  # type: ignore[attr-defined]
    # A picture another process of this run read: its lines come from the memo, the engine is not asked.
    elsewhere = word_picture("另一个进程读过")
    theirs = (Line("另一个进程读过", (1, 2, 3, 4), 0.75),)
    memo.put(picture_key(elsewhere), theirs)
    assert ocr_engine.read(elsewhere) == list(theirs)
    assert ocr_engine.engine_reads == before + 2  # type: ignore[attr-defined]


def test_each_run_has_a_new_empty_memo(ocr_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run's first process makes a new, empty memo folder for the run (nothing is kept from an earlier
    run); an xdist worker keeps its controller's; the tests' engine uses the run's."""
    import os
    from types import SimpleNamespace

    from tests.ocr_memo import ENV_MEMO, start_run_memo

    this_run = os.environ[ENV_MEMO]
    assert ocr_engine.memo.folder == Path(this_run)  # type: ignore[attr-defined]
    monkeypatch.setenv(ENV_MEMO, this_run)  # given back after the test
    start_run_memo(SimpleNamespace())
    first = os.environ[ENV_MEMO]
    start_run_memo(SimpleNamespace())
    second = os.environ[ENV_MEMO]
    assert len({this_run, first, second}) == 3
    assert os.listdir(first) == [] and os.listdir(second) == []
    start_run_memo(SimpleNamespace(workerinput={}))
    assert os.environ[ENV_MEMO] == second
