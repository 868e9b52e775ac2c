"""The one exception hierarchy of bulletin-diff.

Every error the project raises on purpose derives from :class:`BulletinDiffError`,
so a caller (the CLI, a flow) can catch that one class, report ``str(error)`` as a
one-line message and go on with the next document::

    BulletinDiffError                 anything bulletin-diff reports on purpose
    ├── InputError                    one input document cannot be used; the run goes on
    │   ├── SourceNotFoundError       the file or URL does not exist
    │   ├── DocumentTooLargeError     over the size cap
    │   ├── BinaryDocumentError       not text at all (NUL bytes, an image, an archive)
    │   ├── DecodeError               no encoding decodes the bytes cleanly
    │   ├── EmptyDocumentError        decodes, but carries no text (or HTML with no body)
    │   └── FeedMappingError          a JSON document that does not fit its feed mapping
    ├── FetchError                    an HTTP fetch failed (timeout, 4xx/5xx, redirect loop)
    ├── ConfigError                   a sources file or an option is wrong
    └── StorageError                  the database refused an operation

``InputError`` carries the ``source`` it concerns so that failures can be recorded
per document.
"""

from __future__ import annotations


class BulletinDiffError(Exception):
    """Base class of every error bulletin-diff raises on purpose."""


class InputError(BulletinDiffError):
    """One input document cannot be used. The run records it and goes on."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.source}: {message}" if self.source else message


class SourceNotFoundError(InputError):
    """The file or URL named as a source does not exist."""


class DocumentTooLargeError(InputError):
    """The document is larger than the configured size cap."""


class BinaryDocumentError(InputError):
    """The bytes are not text (NUL bytes, an image, an archive)."""


class DecodeError(InputError):
    """No encoding decodes the bytes without replacement characters or mojibake."""


class EmptyDocumentError(InputError):
    """The document decodes but carries no article text."""


class FeedMappingError(InputError):
    """A JSON document does not fit the feed mapping it was read with."""


class FetchError(BulletinDiffError):
    """An HTTP fetch failed: timeout, error status, redirect loop, size cap."""


class ConfigError(BulletinDiffError):
    """A sources file, a setting or a command-line option is wrong."""


class StorageError(BulletinDiffError):
    """The database refused an operation."""
