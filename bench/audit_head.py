"""How long it takes to tell whether the audit log moved on: the anchor file read
(``Store.audit_mark``, what the remembered counts, the role memories and the search index use)
against a query for the log's last sequence number (what the remembered counts used before).

    .venv/bin/python bench/audit_head.py [--database-url postgresql+psycopg://...]

Makes a store in a temporary folder (on PostgreSQL: in the database named, which must be empty),
writes one audited entry, then times each way ``--calls`` times, best of three; prints
microseconds per call.
"""

from __future__ import annotations

import argparse
import tempfile
import timeit
from pathlib import Path

from sqlalchemy import func, select

from habeas import services
from habeas.config import Settings
from habeas.services import Caller, users
from habeas.store.models import AuditEntry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = services.open_store(Settings(store=Path(folder) / "store", database_url=args.database_url))
        try:
            users.add_user(Caller(store, "owner"), "rex", "reader", "rex's long password")  # one audited write
            last = select(func.max(AuditEntry.seq))

            def by_query() -> None:
                with store.db.reading() as session:
                    session.scalar(last)

            for name, way in (("query on the log", by_query), ("anchor file read", store.audit_mark)):
                best = min(timeit.repeat(way, number=args.calls, repeat=3)) / args.calls
                print(f"{store.db.engine.dialect.name}: {name}: {best * 1e6:.1f} µs per call")
        finally:
            store.close()


if __name__ == "__main__":
    main()
