"""The errors a stage or service raises and a face (CLI, web, worker) catches.

A leaf module: it imports nothing from habeas, so every layer may use it. Each face turns these
into its own answer (an exit code and message, an HTTP status, a failed task)."""


class HabeasError(Exception):
    """Base of the errors below, so a face can catch them all in one place."""


class NotFound(HabeasError, LookupError):
    """Something the user named does not exist."""


class InvalidInput(HabeasError, ValueError):
    """The user gave a value the operation cannot take (a bad date, an unknown type)."""


class InvalidQuery(InvalidInput):
    """A query the search syntax cannot read."""


class PermissionDenied(HabeasError, PermissionError):
    """The actor may not do this (no role, wrong role, or no grant on the case)."""


class StepUpRequired(HabeasError, PermissionError):
    """The action needs a fresh one-time code from the acting user, and none (or a wrong one) was given."""


class NotShared(PermissionDenied):
    """The actor may unseal on this case, but the record's key was never wrapped to their key."""


class ExportRefused(PermissionDenied):
    """The acting user may not export evidence."""


class ExportFailed(HabeasError, RuntimeError):
    """An original could not be exported untouched (missing or changed in the blob store)."""


class MissingKeys(NotFound):
    """Keys that an operation needs have not been made (``habeas keys init``)."""


class WrongPassphrase(InvalidInput):
    """The passphrase does not open the private key (or the stored key was altered)."""


class SealBroken(InvalidInput):
    """A sealed value or wrapped key does not decrypt: wrong key, wrong place, or altered."""


class QueueNotConfigured(HabeasError, RuntimeError):
    """Queued work was asked for without a broker or a shared database."""


class LinkageError(InvalidInput):
    """The linkage cannot run as configured (e.g. the Spark backend without pyspark)."""


class ExtractionError(HabeasError):
    """A file could not be turned into a document; the message names the problem."""


class NoStore(NotFound):
    """No case store at the path given: a command that only reads never makes one."""


class BadSettings(InvalidInput):
    """The store's ``habeas.toml`` or a ``HABEAS_*`` variable cannot be read as a setting."""


class ReadOnlyStore(HabeasError):
    """The store is read-only (no write permission, or ``HABEAS_READ_ONLY``) and the operation writes."""


class OutdatedStore(HabeasError):
    """The store's database predates this version's schema and cannot be upgraded (it is read-only)."""


class IndexUnusable(HabeasError, RuntimeError):
    """The search index cannot be read (files missing or damaged): ``habeas reindex`` rebuilds it
    from the database, which holds everything it held."""
