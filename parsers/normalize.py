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


@functools.lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    """Traditional → Simplified characters (OpenCC), for matching only (cached: a line
    is read as Simplified by several stages)."""
    return str(_t2s().convert(text))


def as_written(original: str, simplified: str, start: int, end: int) -> str | None:
    """The span ``start:end`` of ``simplified`` (``to_simplified(original)``) as ``original``
    writes it, when the two align (t2s keeps lengths nearly always); else None."""
    return original[start:end] if len(original) == len(simplified) else None


def fold_width(text: str) -> str:
    """NFKC (full-width ASCII → ASCII) and CJK punctuation → one ASCII form."""
    return unicodedata.normalize("NFKC", text).translate(_PUNCT)


def normalize(text: str) -> str:
    """The key two directive texts are compared by.

    Width of letters and punctuation, whitespace and line breaks, Traditional vs
    Simplified characters and the sentence-final mark make no difference.
    """
    folded = _SPACE.sub("", fold_width(to_simplified(text)))
    return _TRAILING.sub("", folded).lower()


def clean_display(text: str) -> str:
    """Text as shown to people: the original characters, whitespace runs made one space."""
    return _SPACE.sub(" ", text.replace("\u3000", " ").replace("\xa0", " ")).strip()
