"""Chinese words: jieba with a user dictionary of set phrases (提法)."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

import jieba

logger = logging.getLogger(__name__)

USER_DICT = Path(__file__).with_name("data") / "userdict.txt"
ALIASES = Path(__file__).with_name("data") / "aliases.tsv"
_SUFFIXES = ("自治区", "特别行政区", "省", "市")


def set_phrases() -> tuple[str, ...]:
    """The set phrases of the user dictionary, in file order."""
    return tuple(phrase for phrase, _ in _tagged_phrases())


@functools.lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    for phrase, tag in _tagged_phrases():
        tok.add_word(phrase, freq=200000, tag=tag)
    return tok


def _tagged_phrases() -> list[tuple[str, str | None]]:
    """(phrase, part of speech or None) of each line of the user dictionary: ``封控区 n``."""
    out: list[tuple[str, str | None]] = []
    for line in USER_DICT.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if fields and not fields[0].startswith("#"):
            out.append((fields[0], fields[1] if len(fields) > 1 else None))
    return out


class _PosTagger:
    """jieba's part-of-speech tagger over the tokenizer with the user dictionary."""

    @functools.cached_property
    def _tagger(self) -> Any:
        from jieba import posseg as jieba_posseg

        return jieba_posseg.POSTokenizer(_tokenizer())

    def lcut(self, text: str) -> list[Any]:
        return list(self._tagger.lcut(text))

    def word_tags(self) -> dict[str, str]:
        """Part of speech of each word of jieba's dictionary (jieba's own table, not a copy)."""
        tags: dict[str, str] = self._tagger.word_tag_tab
        return tags


posseg = _PosTagger()


@functools.lru_cache(maxsize=65536)
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part of speech) of ``text`` (cached: units are tagged more than once)."""
    return tuple((p.word, p.flag) for p in posseg.lcut(text))


def is_common_word(word: str) -> bool:
    """Whether jieba's dictionary has ``word`` as something other than a person's name
    (明确, 文件, 时光 are words; 许昆林 is a name; 信长星 is unknown)."""
    tag = posseg.word_tags().get(word)
    return tag is not None and not tag.startswith("nr")


def tokenize(text: str) -> list[str]:
    """jieba words of ``text`` (precise mode, whitespace tokens dropped)."""
    return [w for w in _tokenizer().lcut(text) if w.strip()]


def content_words(text: str) -> tuple[str, ...]:
    """jieba words that carry meaning: punctuation and symbols left out."""
    return tuple(w for w in tokenize(text) if any(ch.isalnum() for ch in w))


@functools.lru_cache(maxsize=65536)
def word_parts(word: str) -> tuple[str, ...]:
    """The dictionary words inside a compound, as jieba's search mode cuts it
    (突出重点 → 突出, 重点; 外防输入 → 输入): two wordings that share part of a set
    phrase share a word."""
    return tuple(w for w in _tokenizer().cut_for_search(word) if w != word and len(w) >= 2)


IDF_TABLE = Path(__file__).with_name("data") / "idf.tsv"
DIRECTIVE_IDF_TABLE = Path(__file__).with_name("data") / "directive_idf.tsv"


@functools.lru_cache(maxsize=2)
def _table(path: Path) -> tuple[dict[str, float], float]:
    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, value = line.split("\t")
            table[word] = float(value)
    return table, max(table.values(), default=1.0)


def _idf() -> tuple[dict[str, float], float]:
    return _table(IDF_TABLE)


def distinctiveness(word: str) -> float:
    """How well a word tells one directive from another (IDF over the directives of
    a year of bulletins, ``data/directive_idf.tsv``): 加强 and 落实 little, 社区 and
    口岸 much. Unseen words count as the most distinctive."""
    table, highest = _table(DIRECTIVE_IDF_TABLE)
    return table.get(word, highest)


def rarity(word: str) -> float:
    """How rare a word is in bulletins (IDF from ``data/idf.tsv``; unseen words are rarest)."""
    table, highest = _idf()
    return table.get(word, highest)


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    table = {}
    for line in ALIASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            alias, canonical = line.split("\t")[:2]
            table[alias.strip()] = canonical.strip()
    return table


@functools.lru_cache(maxsize=65536)
def canonical(word: str) -> str:
    """One name per place: ``首都`` and ``北京市`` are ``北京``, ``鄂`` and ``湖北省`` are ``湖北``.

    Aliases come from ``data/aliases.tsv``; an administrative suffix is dropped from a
    word of three characters or more (``城市`` and ``省市`` stay as they are)."""
    word = _aliases().get(word, word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word
