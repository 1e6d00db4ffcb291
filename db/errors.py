"""Errors the library raises. Each message is one plain sentence a user can act on."""


class MarginaliaError(Exception):
    """Base of every error that is the input's or the user's, never a bug."""


class DatabaseError(MarginaliaError):
    """The database cannot be opened or used (not ours, too new, damaged, locked)."""


class ImportError_(MarginaliaError):
    """A source cannot be imported; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ValidationError(MarginaliaError):
    """A value given to the store is not allowed (bad span, unknown label, ...)."""


class ConflictError(MarginaliaError):
    """Somebody else changed the record since it was read (optimistic concurrency)."""


class NotFoundError(MarginaliaError):
    """The article, annotation or image does not exist."""
