"""The operations a user performs, one module per area: the only API of the CLI, the web app and
the worker.

Every operation takes the caller first, ``def search(ctx: Caller, query, ...)``: who asks and on
which store. Roles are checked here (``habeas.services.guard``), the audit log is written here and
transactions are opened here; the stages below do the work. This module stays light (no database
code at import), so a face that only parses arguments starts fast."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from habeas.config import LOCAL_OWNER, Settings

if TYPE_CHECKING:
    from habeas.store.store import Store


@dataclass(frozen=True)
class Caller:
    """Who is asking (an account name, or the CLI's local operator) and on which store."""

    store: Store
    actor: str = LOCAL_OWNER

    def acting_as(self, actor: str) -> Caller:
        """The same store, another actor (a queued job run as the person who queued it)."""
        return Caller(self.store, actor)


def open_store(settings: Settings, *, create: bool = True, read_only: bool | None = None) -> Store:
    """The store the settings name, opened (its database migrated, its folders made).

    ``create=False``: a store that does not exist is not made (``NoStore``, "no store at PATH"), for
    commands that only read. ``read_only`` (default: ``settings.read_only``, ``HABEAS_READ_ONLY``)
    opens it for reading only, as happens anyway when its folder or database is not writable: nothing is written
    (an old schema is an ``OutdatedStore``, a write a ``ReadOnlyStore``)."""
    from habeas.store.store import Store

    if read_only is None:
        why = "HABEAS_READ_ONLY is set" if settings.read_only else None
    else:
        why = "opened read-only" if read_only else None
    return Store(settings, create=create, read_only=why)
