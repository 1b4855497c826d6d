"""Chat-log decoding and parsing: encodings Chinese users really have, and the export shapes."""

from __future__ import annotations

import codecs
from datetime import datetime

import pytest

from app.core.errors import ImportRejected
from app.core.timeutil import BEIJING
from app.evidence.chatlogs import ChatMessage, TooManyMessages, decode_text, html_to_text, parse_csv, parse_lines
from tests import fixtures_gen as gen

SHORT_CHINESE = ["你好", "退款", "张三: 你好", "客服小王：请稍等", "我要退款，谢谢！", "喆"]
LONG_CHINESE = gen.CHAT_TEXT * 20


def at(day: int, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=BEIJING)


# --- decode_text ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", SHORT_CHINESE + [LONG_CHINESE])
@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_chatlog_decodes_gbk_short_and_long(text: str, encoding: str) -> None:
    # Short GBK texts fool charset-normalizer (Big5, UTF-16-BE guesses); gb18030 must win.
    assert decode_text(text.encode(encoding), "log.txt") == (text, "gb18030")


def test_chatlog_decodes_gb18030_only_characters() -> None:
    text = "2026-11-01 20:00 张三: 好的😀 €"
    assert decode_text(text.encode("gb18030"), "log.txt") == (text, "gb18030")


@pytest.mark.parametrize(
    ("bom", "encoding", "reported"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ],
)
@pytest.mark.parametrize("text", ["你好", LONG_CHINESE])
def test_chatlog_honours_byte_order_marks(bom: bytes, encoding: str, reported: str, text: str) -> None:
    decoded, name = decode_text(bom + text.encode(encoding), "log.txt")
    assert (decoded, name) == (text, reported)
    assert not decoded.startswith("\ufeff")


@pytest.mark.parametrize("text", ["你好", "plain ascii", LONG_CHINESE])
def test_chatlog_decodes_utf8_without_bom(text: str) -> None:
    assert decode_text(text.encode("utf-8"), "log.txt") == (text, "utf-8")


def test_chatlog_keeps_long_big5_as_big5() -> None:
    text = "這是繁體中文的聊天記錄，請幫我辦理退款，謝謝您的協助。" * 3
    assert decode_text(text.encode("big5"), "log.txt") == (text, "big5")


def test_chatlog_refuses_nul_bytes() -> None:
    with pytest.raises(ImportRejected) as caught:
        decode_text(b"hello\0world" * 10, "log.txt")
    assert caught.value.reason == "file contains binary data (NUL bytes), not text"
    assert caught.value.path == "log.txt"


def test_chatlog_refuses_random_binary() -> None:
    with pytest.raises(ImportRejected) as caught:
        decode_text(bytes(range(1, 256)) * 8, "log.txt")
    assert "binary" in caught.value.reason or "not readable text" in caught.value.reason


def test_chatlog_refuses_bom_with_invalid_body() -> None:
    with pytest.raises(ImportRejected, match="UTF-8-SIG"):
        decode_text(codecs.BOM_UTF8 + b"\xff\xfe\xfd", "log.txt")


# --- parse_lines ------------------------------------------------------------------------------


def test_chatlog_parses_timestamp_first_lines() -> None:
    messages = parse_lines(gen.CHAT_TEXT)
    assert [m.sender for m in messages] == gen.CHAT_SENDERS
    assert [m.at for m in messages] == [at(1, 20, 0, 12), at(1, 20, 1), at(1, 20, 5), at(2, 9, 30)]
    assert messages[0].text == "你好，我要申请退款\n订单号：A123456"  # continuation appended
    assert messages[3].text == "退款已受理，预计 7 个工作日到账"


def test_chatlog_parses_wechat_export_style() -> None:
    messages = parse_lines(gen.WECHAT_TEXT)
    assert [(m.sender, m.at) for m in messages] == [
        ("张三", at(1, 20, 0, 12)),
        ("客服小王", at(1, 20, 2, 40)),
        ("张三", at(1, 20, 3, 5)),
    ]
    assert messages[1].text == "亲，课程一经购买不予退款"
    assert messages[2].text == "根据七天无理由退货规定……"


def test_chatlog_parses_qq_style_header_with_text_below() -> None:
    messages = parse_lines("2026-11-01 20:00:12 张三(12345678)\n在吗？\n2026-11-01 20:01:00 客服\n在的\n")
    assert [(m.sender, m.text) for m in messages] == [("张三(12345678)", "在吗？"), ("客服", "在的")]


def test_chatlog_line_with_impossible_time_has_no_time() -> None:
    messages = parse_lines("2026-13-45 20:00 张三: 你好\n2026-11-01 20:00 客服: 在\n")
    assert messages[0] == ChatMessage(None, "张三", "你好")
    assert messages[1].at == at(1, 20, 0)


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "老师说可以退款。\n我记下来了。", "订单 2026-11-01 20:00 购买\n" + "普通的一行文字\n" * 20],
)
def test_chatlog_returns_nothing_for_text_without_chat_shape(text: str) -> None:
    assert parse_lines(text) == []


def test_chatlog_message_to_dict() -> None:
    assert ChatMessage(at(1, 20, 0, 12), "张三", "你好").to_dict() == {
        "at": "2026-11-01T20:00:12+08:00",
        "sender": "张三",
        "text": "你好",
    }
    assert ChatMessage(None, "", "x").to_dict() == {"at": "", "sender": "", "text": "x"}


# --- parse_csv --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        ("时间", "发送人", "内容"),
        ("时间", "发送者", "内容"),
        ("time", "sender", "content"),
        ("Time", "Sender", "Content"),
        None,
    ],
)
@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_chatlog_parses_csv(header: tuple[str, str, str] | None, delimiter: str) -> None:
    messages = parse_csv(gen.csv_text(header, delimiter))
    assert [(m.at, m.sender, m.text) for m in messages] == [
        (at(1, 20, 0, 12), "张三", "你好，我要退款"),
        (at(1, 20, 1), "客服小王", "请提供订单号, 谢谢"),
        (at(1, 20, 2, 30), "张三", "A123456"),
    ]


def test_chatlog_csv_columns_in_any_order() -> None:
    messages = parse_csv("内容,发送人,时间\n你好,张三,2026-11-01 20:00\n")
    assert messages == [ChatMessage(at(1, 20, 0), "张三", "你好")]


def test_chatlog_csv_with_bom_and_gbk_round_trip() -> None:
    raw = codecs.BOM_UTF8 + gen.csv_text().encode("utf-8")
    text, _ = decode_text(raw, "chat.csv")
    assert len(parse_csv(text)) == 3
    text, encoding = decode_text(gen.csv_text().encode("gbk"), "chat.csv")
    assert encoding == "gb18030" and parse_csv(text)[0].sender == "张三"


def test_chatlog_csv_without_chat_shape_is_empty() -> None:
    assert parse_csv("订单号,金额\nA1,199\nA2,299\n") == []
    assert parse_csv("") == []


def test_a_chat_past_the_limit_is_refused_and_one_at_it_is_read() -> None:
    """The limit's boundary, with a small limit: limit messages are read; one more raises TooManyMessages,
    for a CSV with or without its header and for text; a table that is not a chat is [] however long."""
    body = "".join(f"2026-11-01 20:00:{i:02d},张三,第{i}条\n" for i in range(4))
    lines = "".join(f"2026-11-01 20:00:{i:02d} 张三: 第{i}条\n" for i in range(4))
    for text, parse in (("时间,发送人,内容\n" + body, parse_csv), (body, parse_csv), (lines, parse_lines)):
        assert [m.text for m in parse(text, 4)] == [f"第{i}条" for i in range(4)]
        with pytest.raises(TooManyMessages):
            parse(text, 3)
    assert parse_csv("订单号,金额,备注\n" + "A1,199,x\n" * 6, 3) == []


# --- html_to_text -----------------------------------------------------------------------------


def test_chatlog_html_to_text_keeps_visible_text_only() -> None:
    text = html_to_text(gen.CHAT_HTML)
    assert "SECRET-SCRIPT-TEXT" not in text and "fetch(" not in text
    assert "COMMENT-TEXT" not in text and "color: red" not in text
    assert "http://example.invalid" not in text
    assert text.splitlines() == [
        "与客服的聊天记录",
        "张三 2026-11-01 20:00:12",
        "你好 & 谢谢 😀",
        "客服小王 2026-11-01 20:01:00",
        "请稍等",
        "马上为您处理",
    ]


def test_chatlog_html_to_text_handles_tables_and_broken_markup() -> None:
    text = html_to_text("<table><tr><td>2026-11-01 20:00</td><td>张三</td></tr></table><p>未闭合 <b>粗体")
    assert text.splitlines() == ["2026-11-01 20:00 张三", "未闭合 粗体"]
