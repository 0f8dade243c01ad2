import codecs

import pytest

from transforms.decode import Decoded, decode
from transforms.model import Rejection

TEXT = "辽源日报\n本报讯（记者 王茵）市委书记柴伟深入仙人河主城区段进行实地调研，督导整改。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
    ],
)
def test_each_encoding_decodes_back_to_the_text(data: bytes, encoding: str) -> None:
    result = decode(data)
    assert isinstance(result, Decoded)
    assert result.encoding == encoding
    assert result.text == TEXT


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_crlf_and_cr_files_decode(ending: str) -> None:
    result = decode(TEXT.replace("\n", ending).encode("gb18030"))
    assert isinstance(result, Decoded) and "柴伟" in result.text


def test_utf8_cut_mid_character_is_utf8_not_gb18030() -> None:
    data = TEXT.encode("utf-8")[:-2]  # "。\n" is 4 bytes: this cuts into the 。
    result = decode(data)
    assert isinstance(result, Decoded)
    assert result.encoding == "utf-8"
    assert result.text.startswith("辽源日报")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n", "empty file"),
        (TEXT.encode("utf-8") + b"\x00\x01", "binary content"),
        (bytes(range(256)), "binary content"),
        ("café naïve résumé".encode("latin-1"), "not decodable as UTF-8/UTF-16/GB18030"),
        (b"just some english words, nothing else", "no Chinese text"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    result = decode(data)
    assert isinstance(result, Rejection)
    assert result.reason == reason


def test_utf8_read_as_gb18030_mojibake_is_refused() -> None:
    mojibake = TEXT.encode("utf-8").decode("gb18030", errors="replace").encode("gb18030", errors="replace")
    result = decode(mojibake)
    assert isinstance(result, Rejection)
