"""parsers.decode: BOMs, declared and sniffed charsets, lies, binary, empty, mojibake."""

from __future__ import annotations

import codecs
import random

import pytest

from bulletin_diff.errors import (
    BinaryDocumentError,
    DecodeError,
    DocumentTooLargeError,
    EmptyDocumentError,
    InputError,
)
from parsers.decode import Decoded, decode, mojibake_reason

SIMPLIFIED = "中共中央政治局常务委员会3月17日召开会议，分析新冠肺炎疫情形势，部署从严抓好疫情防控工作。习近平主持会议。"
TRADITIONAL = (
    "中共中央政治局常務委員會3月17日召開會議，分析新冠肺炎疫情形勢，部署從嚴抓好疫情防控工作。習近平主持會議。"
)


def test_utf8_detected() -> None:
    assert decode(SIMPLIFIED.encode()) == Decoded(SIMPLIFIED, "utf-8", "detected")


def test_ascii_is_utf8() -> None:
    assert decode(b"State Council notice") == Decoded("State Council notice", "utf-8", "detected")


@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
def test_gb_family_decodes_as_gb18030(codec: str) -> None:
    decoded = decode(SIMPLIFIED.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.origin) == (SIMPLIFIED, "gb18030", "detected")


def test_gb18030_four_byte_characters() -> None:
    text = SIMPLIFIED + "𠀀"  # outside GBK: a four-byte GB18030 sequence
    assert decode(text.encode("gb18030")).text == text


def test_big5() -> None:
    decoded = decode(TRADITIONAL.encode("big5"))
    assert (decoded.text, decoded.encoding) == (TRADITIONAL, "big5")


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (codecs.BOM_UTF8 + SIMPLIFIED.encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_bom(raw: bytes, encoding: str) -> None:
    assert decode(raw, declared="gbk") == Decoded(SIMPLIFIED, encoding, "bom")  # the BOM beats a declaration


def test_utf16_without_bom_is_not_binary() -> None:
    text = "<html><p>" + SIMPLIFIED + "</p></html>"
    decoded = decode(text.encode("utf-16-le"))
    assert (decoded.text, decoded.encoding) == (text, "utf-16-le")


def test_declared_charset_is_used() -> None:
    decoded = decode(SIMPLIFIED.encode("gbk"), declared="GBK", declared_origin="declared")
    assert (decoded.encoding, decoded.origin) == ("gb18030", "declared")


def test_content_type_value_as_declared() -> None:
    decoded = decode(TRADITIONAL.encode("big5"), declared="text/html; charset=big5")
    assert (decoded.text, decoded.encoding, decoded.origin) == (TRADITIONAL, "big5", "http")


def test_meta_charset() -> None:
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><p>{SIMPLIFIED}'
    decoded = decode(html.encode("gbk"))
    assert (decoded.text, decoded.encoding, decoded.origin) == (html, "gb18030", "meta")
    html5 = f'<meta charset="big5"><p>{TRADITIONAL}</p>'
    assert decode(html5.encode("big5")) == Decoded(html5, "big5", "meta")


def test_gbk_bytes_declared_utf8() -> None:
    decoded = decode(SIMPLIFIED.encode("gbk"), declared="utf-8")
    assert (decoded.text, decoded.encoding, decoded.origin) == (SIMPLIFIED, "gb18030", "detected")


@pytest.mark.parametrize("declared", ["gbk", "gb2312", "big5", "iso-8859-1"])
def test_utf8_bytes_declared_legacy(declared: str) -> None:
    decoded = decode(SIMPLIFIED.encode(), declared=declared)
    assert (decoded.text, decoded.encoding, decoded.origin) == (SIMPLIFIED, "utf-8", "detected")


def test_short_utf8_declared_gbk_decodes_cleanly_but_is_utf8() -> None:
    raw = "防控工作".encode()
    assert raw.decode("gbk") == "闃叉帶宸ヤ綔"  # a clean but wrong decoding
    assert decode(raw, declared="gbk") == Decoded("防控工作", "utf-8", "detected")


def test_lying_meta_charset() -> None:
    html = f'<meta charset="utf-8"><p>{SIMPLIFIED}</p>'
    decoded = decode(html.encode("gbk"))
    assert (decoded.text, decoded.encoding, decoded.origin) == (html, "gb18030", "detected")


def test_unknown_declared_charset_is_ignored() -> None:
    assert decode(SIMPLIFIED.encode(), declared="x-no-such-charset").text == SIMPLIFIED


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"GIF89a\x01\x00",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        b"abc\x00\x01\x02def\x00\x00\x00\x07",
        "正文".encode() + b"\x00\x00\x00\x00" + "正文".encode(),
    ],
)
def test_binary(raw: bytes) -> None:
    with pytest.raises(BinaryDocumentError):
        decode(raw, source="x.bin")


@pytest.mark.parametrize("raw", [b"", b"   \r\n\t ", "\u3000\n\xa0".encode(), codecs.BOM_UTF8])
def test_empty(raw: bytes) -> None:
    with pytest.raises(EmptyDocumentError):
        decode(raw)


def test_random_high_bytes() -> None:
    rng = random.Random(20220317)
    raw = bytes(rng.randrange(0x80, 0x100) for _ in range(400))
    with pytest.raises(DecodeError, match="cannot decode"):
        decode(raw, source="noise.html")


def test_bad_bytes_after_bom() -> None:
    with pytest.raises(DecodeError):
        decode(codecs.BOM_UTF8 + SIMPLIFIED.encode("gbk"))


def test_size_cap() -> None:
    with pytest.raises(DocumentTooLargeError) as info:
        decode(b"x" * 11, max_bytes=10, source="big.txt")
    assert isinstance(info.value, InputError)
    assert info.value.source == "big.txt"
    assert str(info.value).startswith("big.txt: ")


def test_newlines_normalised() -> None:
    raw = "第一行\r\n第二行\r第三行\n".encode("gbk")
    assert decode(raw).text == "第一行\n第二行\n第三行\n"


def test_no_replacement_characters_ever() -> None:
    raw = SIMPLIFIED.encode() + b"\xff\xfe\xfa" + SIMPLIFIED.encode()  # broken UTF-8, not GBK either
    try:
        decoded = decode(raw)
    except DecodeError:
        return
    assert "\ufffd" not in decoded.text


def test_double_encoded_utf8_is_mojibake() -> None:
    mojibake = SIMPLIFIED.encode().decode("latin-1")  # "ä¸\xadå\x85±ä¸\xad…"
    with pytest.raises(DecodeError):
        decode(mojibake.encode())


def test_gbk_read_as_latin1_is_mojibake() -> None:
    assert mojibake_reason(SIMPLIFIED.encode("gbk").decode("latin-1"))


def test_big5_read_as_gbk_is_mojibake() -> None:
    assert mojibake_reason(TRADITIONAL.encode("big5").decode("gb18030"))


def test_real_text_is_not_mojibake() -> None:
    assert mojibake_reason(SIMPLIFIED) is None
    assert mojibake_reason(TRADITIONAL) is None
    assert mojibake_reason("Café «Zürich» — naïve façade, déjà vu.") is None
    assert mojibake_reason("他说——“要抓紧……再抓紧。”国家主席习近平") is None
