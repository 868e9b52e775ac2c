"""The diff engine: pure functions from directive records to Change records."""

from diffengine.compare import CHANGED_THRESHOLD, compare
from diffengine.history import MemoryHistory, classify
from diffengine.worddiff import word_diff

__all__ = ["CHANGED_THRESHOLD", "MemoryHistory", "classify", "compare", "word_diff"]
