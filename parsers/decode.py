"""Turn the raw bytes of one document into text, or say exactly why not.

:func:`decode` tries, in this order, and takes the first candidate that decodes
*strictly* (``errors="strict"``, so no U+FFFD is ever invented) and looks right:

1. **Size cap** – more than ``max_bytes`` bytes → :class:`DocumentTooLargeError`.
2. **BOM** – UTF-32/UTF-16 LE/BE or UTF-8 BOM: authoritative (origin ``"bom"``).
3. **Binary sniff** – magic numbers of PNG, JPEG, GIF, PDF, ZIP, GZIP, or NUL bytes
   in data that is not UTF-16 (NULs at alternating offsets only) →
   :class:`BinaryDocumentError`.
4. **Declared charset** (an HTTP header or a sources file, passed as ``declared``,
   origin ``declared_origin``), then the ``<meta charset>`` / ``http-equiv`` /
   ``<?xml encoding?>`` found in the first 4 KB (origin ``"meta"``). A declaration
   can lie: one that fails strict decoding is skipped, and when the bytes are also
   valid UTF-8 with non-ASCII characters, UTF-8 wins over a declared legacy charset
   (UTF-8 bytes decode "cleanly" as GBK or Big5 often, but into nonsense; the
   converse practically never happens).
5. **Strict UTF-8** (origin ``"detected"``), then UTF-16 without BOM when the NUL
   pattern says so.
6. **charset-normalizer**'s ranked guesses, restricted to the encodings Chinese
   documents come in (GB18030, Big5, UTF-16/32) – origin ``"detected"``.

GB2312 and GBK are decoded (and recorded) as ``gb18030``, their superset. Every
candidate must also pass the mojibake guard (:func:`mojibake_reason`). If none does,
:class:`DecodeError` lists what was tried. The text finally gets LF newlines, and
text that is empty or only whitespace → :class:`EmptyDocumentError`.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from charset_normalizer import from_bytes

from bulletin_diff.errors import (
    BinaryDocumentError,
    DecodeError,
    DocumentTooLargeError,
    EmptyDocumentError,
)

logger = logging.getLogger(__name__)

_BOMS = (  # UTF-32 first: its LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"%PDF-": "a PDF file",
    b"PK\x03\x04": "a ZIP archive",
    b"PK\x05\x06": "a ZIP archive",
    b"\x1f\x8b": "a GZIP archive",
}
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml[^>]+?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_ALIASES = {"x-gbk": "gbk", "gb_2312-80": "gb2312", "csgb2312": "gb2312", "x-x-big5": "big5"}
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030"}
_GUESSABLE = ["gb18030", "big5", "big5hkscs", "utf_16", "utf_16_le", "utf_16_be", "utf_32"]


@dataclass(frozen=True)
class Decoded:
    """Decoded text with the encoding used and where that choice came from."""

    text: str
    encoding: str  # the codec actually used, e.g. "utf-8", "gb18030", "utf-16-le"
    origin: str  # "bom" | "http" | "declared" | "meta" | "detected"


def decode(
    raw: bytes,
    *,
    declared: str | None = None,
    declared_origin: str = "http",
    source: str | None = None,
    max_bytes: int = 20_000_000,
) -> Decoded:
    """Decode ``raw`` as described in the module docstring."""
    if len(raw) > max_bytes:
        raise DocumentTooLargeError(f"{len(raw)} bytes is over the cap of {max_bytes}", source)
    decoded = _from_bom(raw, source) or _from_candidates(raw, declared, declared_origin, source)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyDocumentError("document has no text", source)
    if "\ufffd" in text:
        logger.warning("%s: text already contains U+FFFD replacement characters", source or "input")
    return Decoded(text, decoded.encoding, decoded.origin)


def _from_bom(raw: bytes, source: str | None) -> Decoded | None:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            payload = raw if encoding == "utf-8-sig" else raw[len(bom) :]
            text = _strict(payload, encoding)
            reason = "invalid bytes" if text is None else mojibake_reason(text)
            if text is None or reason:
                raise DecodeError(f"cannot decode: {encoding} BOM but {reason}", source)
            return Decoded(text, encoding, "bom")
    return None


def _from_candidates(raw: bytes, declared: str | None, declared_origin: str, source: str | None) -> Decoded:
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise BinaryDocumentError(f"binary document: {what}", source)
    utf16 = _utf16_without_bom(raw)
    if b"\x00" in raw and not utf16:
        raise BinaryDocumentError("binary document: NUL bytes", source)

    utf8 = _strict(raw, "utf-8")
    utf8_wins = utf8 is not None and not utf8.isascii() and not utf16
    meta = _META_CHARSET.search(raw[:4096])
    candidates: list[tuple[str | None, str]] = [
        (_charset_param(declared), declared_origin),
        (meta and (meta.group(1) or meta.group(2)).decode("ascii"), "meta"),
        (utf16, "detected"),
        ("utf-8", "detected"),
    ]
    tried: list[str] = []
    for label, origin in candidates:
        encoding = _codec_name(label)
        if encoding is None or encoding in tried:
            continue
        if utf8_wins and encoding != "utf-8":
            logger.info("%s: %s says %s, but the bytes are UTF-8", source or "input", origin, label)
            continue
        tried.append(encoding)
        if found := _accept(raw, encoding, origin, source):
            return found
    for match in from_bytes(raw, cp_isolation=_GUESSABLE):
        encoding = _codec_name(match.encoding)
        if encoding and encoding not in tried:
            tried.append(encoding)
            if found := _accept(raw, encoding, "detected", source):
                return found
    raise DecodeError(f"cannot decode: no clean decoding (tried {', '.join(tried)})", source)


def _accept(raw: bytes, encoding: str, origin: str, source: str | None) -> Decoded | None:
    text = _strict(raw, encoding)
    if text is None:
        logger.info("%s: %s (%s) does not decode cleanly", source or "input", encoding, origin)
        return None
    if "\x00" in text:
        return None
    if reason := mojibake_reason(text):
        logger.info("%s: %s (%s) gives mojibake: %s", source or "input", encoding, origin, reason)
        return None
    return Decoded(text, encoding, origin)


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding, errors="strict")
    except (UnicodeDecodeError, LookupError):
        return None


def _charset_param(declared: str | None) -> str | None:
    """Accept a bare charset name or a whole ``Content-Type`` value."""
    if declared and "=" in declared:
        match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", declared, re.IGNORECASE)
        return match.group(1) if match else None
    return declared


def _codec_name(label: str | None) -> str | None:
    """Python's canonical codec name for a charset label; GB2312/GBK → gb18030."""
    if not label:
        return None
    label = label.strip().lower()
    try:
        name = codecs.lookup(_ALIASES.get(label, label)).name
    except LookupError:
        logger.info("unknown charset %r ignored", label)
        return None
    return _SUPERSETS.get(name, name)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 LE or BE without BOM: the NULs of ASCII characters sit
    (almost) all at odd / even offsets, and the decoded text looks like text."""
    if b"\x00" not in raw or len(raw) % 2:
        return None
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    encoding = "utf-16-le" if odd > 4 * even else "utf-16-be" if even > 4 * odd else None
    text = _strict(raw, encoding) if encoding else None
    if not text:
        return None
    sample = text[:_SAMPLE]
    textlike = sum(1 for ch in sample if ch.isspace() or (ch.isprintable() and not "\u0100" <= ch < "\u2000"))
    return encoding if textlike >= 0.95 * len(sample) else None


# --- mojibake guard -------------------------------------------------------------

_CP1252_EXTRA = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122"
_LATIN_RUN = re.compile(f"[\u0080-\u00ff{_CP1252_EXTRA}]{{2,}}")
_CJKISH = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7af\ue000-\uf8ff"
    "\uf900-\ufaff\uff61-\uff9f\U00020000-\U0003134f]"
)
_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")
_SAMPLE = 100_000  # characters the guards look at


def mojibake_reason(text: str) -> str | None:
    """Why ``text`` looks mis-decoded, or None. Two simple heuristics:

    * **Latin-1 mojibake** – runs of two or more Latin-1/cp1252 characters
      (``Ã``, ``Â``, ``æ``, ``ç``, ``é``, ``€``…) that, encoded back to cp1252/latin-1,
      decode strictly as UTF-8 or GB18030 into Chinese: UTF-8 or GBK read with a
      single-byte code page. Mojibake when such runs hold at least 6 characters and
      30 % of the non-ASCII characters.
    * **Rare-character soup** – in text with at least 10 CJK-looking characters
      (ideographs, kana, Hangul, Yi, private use), more than 25 % of them are outside
      the "common" set: ideographs of GB2312 (6,763 characters, which cover well over
      99.9 % of modern simplified text) or of Big5 level 1 (5,401 frequent traditional
      characters). This is what GBK read as Big5 (or the reverse), UTF-8 read as
      GBK, or a Korean/Japanese code page produce. Real bulletins stay under 1 %.

    Both look at the first 100,000 characters only.
    """
    text = text[:_SAMPLE]  # mis-decoding is not local: a sample tells
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if not non_ascii:
        return None
    repairable = sum(len(run.group()) for run in _LATIN_RUN.finditer(text) if _repairs(run.group()))
    if repairable >= 6 and repairable >= 0.3 * non_ascii:
        return f"{repairable} characters look like UTF-8/GBK read as Latin-1"
    counts = Counter(_CJKISH.findall(text))
    total = sum(counts.values())
    if total >= 10:
        rare = sum(n for ch, n in counts.items() if not _common(ch))
        if rare > 0.25 * total:
            return f"{rare} of {total} CJK characters are rare (wrong code page?)"
    return None


def _repairs(run: str) -> bool:
    if not any("\u00c0" <= ch <= "\u00ff" for ch in run):  # no lead byte: real punctuation
        return False
    for single_byte in ("cp1252", "latin-1"):
        try:
            raw = run.encode(single_byte)
        except UnicodeEncodeError:
            continue
        for encoding in ("utf-8", "gb18030"):
            repaired = _strict(raw, encoding)
            if repaired and len(_IDEOGRAPH.findall(repaired)) * 2 >= len(repaired):
                return True
    return False


@lru_cache(maxsize=65536)
def _common(ch: str) -> bool:
    if not _IDEOGRAPH.match(ch):
        return False
    try:
        gb = ch.encode("gb2312")
        return len(gb) == 2 and gb[0] >= 0xB0  # level 1 and 2 hanzi, not symbols
    except UnicodeEncodeError:
        pass
    try:
        return b"\xa4\x40" <= ch.encode("big5") <= b"\xc6\x7e"
    except UnicodeEncodeError:
        return False
