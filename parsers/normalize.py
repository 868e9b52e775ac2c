"""Normalisation for matching: width, punctuation, whitespace and script never count.

The original text is always kept for display; ``normalize`` only makes the key that
two texts are compared by.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import opencc

# CJK punctuation that NFKC leaves alone, mapped to one ASCII form.
_PUNCT = str.maketrans(
    {
        "。": ".",
        "、": ",",
        "“": '"',
        "”": '"',
        "„": '"',
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "‘": "'",
        "’": "'",
        "《": "<",
        "》": ">",
        "〈": "<",
        "〉": ">",
        "【": "[",
        "】": "]",
        "〔": "[",
        "〕": "]",
        "—": "-",
        "–": "-",
        "―": "-",
        "·": ".",
        "•": ".",
        "…": "...",
    }
)
_SPACE = re.compile(r"\s+")
_TRAILING = re.compile(r"[.;!?,:]+$")


@functools.lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("tw2s")  # t2s plus the Taiwan variant forms (著力 → 着力)


@functools.lru_cache(maxsize=1)
def _hk2s() -> opencc.OpenCC:
    return opencc.OpenCC("hk2s")  # and the Hong Kong ones (衞生防護中心 → 卫生防护中心), which tw2s leaves


@functools.lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    """Traditional → Simplified characters (OpenCC: Taiwan's, then Hong Kong's variant forms), for
    matching only (cached: a line is read as Simplified by several stages); a look-alike typed for
    a character (巿民 for 市民) is read as that character."""
    return str(_hk2s().convert(_t2s().convert(text))).translate(_LOOK_ALIKES)


_LOOK_ALIKES = str.maketrans({"巿": "市"})  # 巿 (fú, "apron") set for 市 on Hong Kong pages


# a pinyin reading in brackets after a character (莘(shēn)县; some mirror sites print one
# after every character they convert: 學(xué)習(xí), with a space at times: 會(huì )): the rules
# read the text without them
_READING_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[(（] ?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6} ?[)）]")


def for_reading(text: str) -> str:
    """``text`` as the rules read it: Simplified characters, pinyin readings left out."""
    return to_simplified(_READING_NOTE.sub("", text))


def _kept(original: str) -> list[int]:
    """The offset in ``original`` of each character ``for_reading`` keeps."""
    kept: list[int] = []
    at = 0
    for note in _READING_NOTE.finditer(original):
        kept.extend(range(at, note.start()))
        at = note.end()
    kept.extend(range(at, len(original)))
    return kept


def as_written(original: str, simplified: str, start: int, end: int) -> str | None:
    """The span ``start:end`` of ``simplified`` (``for_reading(original)``) as ``original``
    writes it, readings and all, when the two align (t2s keeps lengths nearly always); else None."""
    if len(original) == len(simplified):
        return original[start:end]
    kept = _kept(original)
    if len(kept) != len(simplified) or not 0 <= start < end <= len(kept):
        return None
    stop = kept[end - 1] + 1
    if note := _READING_NOTE.match(original, stop):
        stop = note.end()  # the reading of the last character goes with it
    return original[kept[start] : stop]


def fold_width(text: str) -> str:
    """NFKC (full-width ASCII → ASCII) and CJK punctuation → one ASCII form."""
    return unicodedata.normalize("NFKC", text).translate(_PUNCT)


def normalize(text: str) -> str:
    """The key two directive texts are compared by.

    Width of letters and punctuation, whitespace and line breaks, Traditional vs
    Simplified characters and the sentence-final mark make no difference.
    """
    folded = _SPACE.sub("", fold_width(for_reading(text)))
    return _TRAILING.sub("", folded).lower()


# a paragraph's indent that a page's encoding lost: ??会议强调,… (two full-width spaces)
_LOST_INDENT = re.compile(r"^\s*\?{2,4}(?=[\u4e00-\u9fff“\"（(【])")


# a space a page sets around the punctuation of Chinese text (…通行 , 切实维护…作出专门部署 。)
_SPACED_PUNCTUATION = re.compile(
    r"(?<=[\u4e00-\u9fff）)”」』])\s+(?=[，,。；;：:！？!?、])|(?<=[，,；;、])\s+(?=[\u4e00-\u9fff“「『（(])"
    # (a space after a sentence's end may be where a page ran two paragraphs into one line: kept, unless the
    # page set one before the stop too, as it does around every mark: …艰巨复杂 。 在这个时候 , …)
    r"|(?<=\s[。！？!?])\s+(?=[\u4e00-\u9fff“「『（(])"
)


# where a text jumps to another page, inside its lines: …大会。(下转A2版) (上接第1版)我们…
_PAGE_JUMP = re.compile(
    r"(?<=\S)\s*[（(]\s*(?:下转|转)\s*(?:第\s*)?[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版\s*[)）]"
    r"(?:\s*[（(]\s*(?:上接|接)\s*(?:第\s*)?[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版\s*[)）])?\s*(?=\S)"
    # …隔离。■下转第2版 ■上接第1版 对确诊患者…: the marks set off by a square
    r"|(?<=\S)\s*[■□◆]\s*(?:下转|转)\s*(?:第\s*)?[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版"
    r"(?:\s*[■□◆]\s*(?:上接|接)\s*(?:第\s*)?[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版)?\s*(?=\S)"
)


def clean_display(text: str) -> str:
    """Text as shown to people: the original characters, whitespace runs made one space, none
    around the punctuation of Chinese text, an indent the page's encoding turned into question
    marks left out."""
    spaced = _SPACE.sub(" ", text.replace("\u3000", " ").replace("\xa0", " ")).strip()
    spaced = _PAGE_JUMP.sub("", spaced)
    return _LOST_INDENT.sub("", _SPACED_PUNCTUATION.sub("", spaced))
