"""Word-level diff of two wordings, on jieba words, blind to punctuation width."""

from __future__ import annotations

from rapidfuzz.distance import Indel

from bulletin_diff.records import WordOp
from parsers.normalize import fold_width, to_simplified
from parsers.words import tokenize


def _key(word: str) -> str:
    return fold_width(to_simplified(word)).strip()


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    """Operations that turn ``old`` into ``new``: equal / delete / insert runs of words.

    Words are compared by their normalised form, so ``,`` and ``，`` are equal; the
    text shown is the new wording for equal runs, the old for deletions.
    """
    old_words, new_words = tokenize(old), tokenize(new)
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
