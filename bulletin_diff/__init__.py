"""bulletin-diff: which directives in official bulletins are new, reworded or dropped."""

__version__ = "0.1.0"
