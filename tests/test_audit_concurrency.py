"""Several processes extending the audit chain at once: every entry gets its own place in one
unbroken chain (on SQLite a writer takes the write lock before it reads the head)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from sqlalchemy import select

from conftest import StoreFactory
from habeas.store import audit
from habeas.store.models import AuditEntry

WRITERS = 4
ENTRIES = 15

# Each writer reads the head in its own session first and then appends, in separate transactions:
# without the lock taken before the read, two writers read the same head and one fails or forks.
WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sqlalchemy import func, select
    from habeas import services
    from habeas.config import Settings
    from habeas.store import audit
    from habeas.store.models import AuditEntry

    store = services.open_store(Settings(store=Path(sys.argv[1]), database_url=sys.argv[2] or None))
    for i in range(int(sys.argv[3])):
        with store.db.transaction() as session:
            session.scalar(select(func.max(AuditEntry.seq)))
            audit.append(session, "owner", "test.concurrent", details={"writer": sys.argv[4], "i": i})
    store.close()
    """
)


def test_concurrent_writers_keep_one_unbroken_chain(make_store: StoreFactory) -> None:
    store = make_store("chain")
    with store.db.reading() as session:
        before = len(session.scalars(select(AuditEntry.seq)).all())
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                str(store.settings.store),
                store.settings.database_url or "",
                str(ENTRIES),
                str(k),
            ],
            stderr=subprocess.PIPE,
            text=True,
        )
        for k in range(WRITERS)
    ]
    for writer in writers:
        _, stderr = writer.communicate(timeout=300)
        assert writer.returncode == 0, stderr
    with store.db.reading() as session:
        seqs = session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
        assert seqs == list(range(1, before + WRITERS * ENTRIES + 1))
        assert audit.verify_chain(session) == []
