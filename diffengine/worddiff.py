"""Word-level diff of two wordings, on jieba words, blind to punctuation width."""

from __future__ import annotations

from rapidfuzz.distance import Indel

from bulletin_diff.records import WordOp
from parsers.normalize import normalize
from parsers.words import tokenize


def _key(word: str) -> str:
    return normalize(word) or word


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    """Operations that turn ``old`` into ``new``: equal / delete / insert runs of words.

    Words are compared by their normalised form, so ``,`` and ``，`` are equal; the
    text shown is the new wording for equal runs, the old for deletions.
    """
    old_words, new_words = tokenize(old), tokenize(new)
    old_keys, new_keys = [_key(w) for w in old_words], [_key(w) for w in new_words]
    ops: list[WordOp] = []

    def emit(op: str, text: str) -> None:
        if not text:
            return
        if ops and ops[-1].op == op:
            ops[-1] = WordOp(op, ops[-1].text + text)
        else:
            ops.append(WordOp(op, text))

    for tag, i1, i2, j1, j2 in Indel.opcodes(old_keys, new_keys):
        if tag == "equal":
            emit("equal", "".join(new_words[j1:j2]))
        else:
            emit("delete", "".join(old_words[i1:i2]))
            emit("insert", "".join(new_words[j1:j2]))
    return tuple(ops)
