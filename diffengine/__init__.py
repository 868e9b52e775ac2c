"""The diff engine: pure functions from directive records to Change records."""

from diffengine.compare import CHANGED_THRESHOLD, compare
from diffengine.similarity import similarity
from diffengine.worddiff import word_diff

__all__ = ["CHANGED_THRESHOLD", "compare", "similarity", "word_diff"]
