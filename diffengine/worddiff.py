"""Word-level diff of two wordings, on jieba words, blind to punctuation width.

jieba keeps many compounds whole (形势严峻, 从严从紧); a compound that its dictionary
parts tile exactly is diffed part by part, so that 形势严峻复杂 → 形势总体可控 keeps
形势 and changes the rest.
"""

from __future__ import annotations

from rapidfuzz.distance import Indel

from bulletin_diff.records import WordOp
from parsers.normalize import fold_width, to_simplified
from parsers.words import tokenize, word_parts


def _key(word: str) -> str:
    return fold_width(to_simplified(word)).strip()


def _tiled(word: str) -> list[str]:
    """``word`` as the run of its dictionary parts that spells it exactly, longest
    part first at each step; ``[word]`` when the parts do not tile it."""
    parts = sorted(set(word_parts(word)), key=len, reverse=True) if len(word) > 3 else []
    out: list[str] = []
    at = 0
    while at < len(word):
        part = next((p for p in parts if word.startswith(p, at)), None)
        if part is None:
            return [word]
        out.append(part)
        at += len(part)
    return out or [word]


def words_of(text: str) -> list[str]:
    """The words a diff compares: jieba's, compounds cut into the parts that tile them."""
    return [part for word in tokenize(text) for part in _tiled(word)]


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    """Operations that turn ``old`` into ``new``: equal / delete / insert runs of words.

    Words are compared by their normalised form, so ``,`` and ``，`` are equal; the
    text shown is the new wording for equal runs, the old for deletions.
    """
    old_words, new_words = words_of(old), words_of(new)
    old_keys, new_keys = [_key(w) for w in old_words], [_key(w) for w in new_words]
    ops: list[WordOp] = []
    removed: list[str] = []
    added: list[str] = []

    def flush() -> None:
        # Within a run of edits between two equal runs: removed words first, then added.
        for op, parts in (("delete", removed), ("insert", added)):
            if parts:
                ops.append(WordOp(op, "".join(parts)))
                parts.clear()

    for opcode in Indel.opcodes(old_keys, new_keys):
        old_run = old_words[opcode.src_start : opcode.src_end]
        new_run = new_words[opcode.dest_start : opcode.dest_end]
        if opcode.tag == "equal":
            flush()
            ops.append(WordOp("equal", "".join(new_run)))
        else:
            removed.extend(old_run)
            added.extend(new_run)
    flush()
    return tuple(ops)
