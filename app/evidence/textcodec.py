"""Decoding chat-log bytes to text: BOMs first, then UTF-8, then detection with a GBK bias."""

from __future__ import annotations

import codecs

from app.core.errors import ImportRejected

# Checked in order: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz"}
_OTHER_CJK = {"big5", "big5hkscs", "cp950", "euc_jp", "shift_jis", "cp932", "euc_kr", "cp949", "iso2022_jp"}
# Sampling bound for the GB2312 share, so multi-megabyte logs stay fast.
_SHARE_SAMPLE = 20_000


def decode_text(raw: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding name); raise ImportRejected if the bytes are not text."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            body = raw[len(bom) :]
            try:
                text = body.decode(encoding)
            except UnicodeDecodeError:
                raise ImportRejected(name, "text_bad_bytes", encoding=encoding.upper())
            return _checked(text, name), "utf-8-sig" if encoding == "utf-8-sig" else encoding
    try:
        return _checked(raw.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    picked = _detect(raw)
    if picked is None:
        raise ImportRejected(name, "text_unknown_encoding")
    text, encoding = picked
    return _checked(text, name), encoding


def _detect(raw: bytes) -> tuple[str, str] | None:
    import charset_normalizer  # only for logs that are neither UTF-8 nor marked

    best = charset_normalizer.from_bytes(raw).best()
    guess = codecs.lookup(best.encoding).name if best is not None else None
    guessed_text = str(best) if best is not None else None
    gb_text = _try_decode(raw, "gb18030")
    if gb_text is None or "\0" in gb_text:
        return (guessed_text, guess) if guessed_text is not None and guess is not None else None
    if guess is None or guess in _GB_FAMILY or guess.startswith(("utf-16", "utf-32")):
        # gb18030 is a superset of GBK/GB2312, so it also reads the rare characters they lack.
        # A BOM-less UTF-16 guess with no NUL bytes means no ASCII at all: implausible for a log.
        return gb_text, "gb18030"
    gb_share = _gb2312_share(gb_text)
    assert guessed_text is not None
    if guess in _OTHER_CJK:
        # Big5 and GBK byte ranges overlap: keep the reading with more common simplified characters.
        return (gb_text, "gb18030") if gb_share >= _gb2312_share(guessed_text) else (guessed_text, guess)
    # Short GBK texts are often guessed as Big5, UTF-16 or a Latin code page; a clean gb18030
    # reading made mostly of common simplified characters is far likelier for this app's users.
    return (gb_text, "gb18030") if gb_share >= 0.5 else (guessed_text, guess)


def _try_decode(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _gb2312_share(text: str) -> float:
    """Share of non-ASCII characters that are in GB2312 (everyday simplified Chinese)."""
    wide = [c for c in text[: _SHARE_SAMPLE * 4] if ord(c) > 127][:_SHARE_SAMPLE]
    if not wide:
        return 0.0
    hits = 0
    for char in wide:
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        hits += 1
    return hits / len(wide)


def _checked(text: str, name: str) -> str:
    """Refuse decoded text that is really binary (NULs or many control characters)."""
    if "\0" in text:
        raise ImportRejected(name, "text_nul")
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\x1b")
    if controls > len(sample) // 100:
        raise ImportRejected(name, "text_binary")
    return text
