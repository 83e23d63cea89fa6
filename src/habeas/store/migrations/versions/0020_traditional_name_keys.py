"""names in traditional Chinese characters keyed again, read as simplified ones

The name finder now reads a name written in traditional characters as its simplified form (買買提·吐爾遜
as 买买提·吐尔逊), so the keys and terms kept for such names are stale. They are derived data: this
drops the name keys of every table that has a name with a traditional character (``name_keys``,
their ``name_terms`` and ``name_key_columns``), and the entity terms of every case with an entity
so named (``entity_name_keys``); both are made again at the next name query (a table with no keyed
column is keyed then, and so is a case whose entities have no terms). Tables and cases without
traditional characters are left as they are. Nothing to undo on downgrade.

Revision ID: traditional_name_keys
Revises: browse_indexes
"""

import json
from importlib.resources import files

import sqlalchemy as sa
from alembic import op

revision = "traditional_name_keys"
down_revision = "browse_indexes"
branch_labels = None
depends_on = None

BATCH = 20000


def _traditional() -> frozenset[str]:
    """The characters OpenCC's table reads as another, simplified one (kept here so the migration
    does not change with the code)."""
    table = files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    out = set()
    for line in table.splitlines():
        traditional, _, forms = line.partition("\t")
        form = forms.split(" ")[0]
        if len(traditional) == 1 and len(form) == 1 and form != traditional:
            out.add(traditional)
    return frozenset(out)


def _texts(value: object) -> list[str]:
    """A name, or a list of aliases (JSON, which SQLite gives as its text and PostgreSQL as a list)."""
    if isinstance(value, str):
        try:
            parsed: object = json.loads(value)
        except ValueError:
            return [value]
        value = parsed
    return [str(v) for v in value] if isinstance(value, list) else [str(value or "")]


def _with_traditional(conn: sa.Connection, sql: str, first: object, traditional: frozenset[str]) -> set[object]:
    """The owners (the first column) of the rows, read in batches by their key (the second column,
    from after ``first``), whose texts (the other columns) hold a traditional character."""
    owners: set[object] = set()
    last = first
    while True:
        rows = conn.execute(sa.text(sql), {"last": last, "n": BATCH}).all()
        if not rows:
            return owners
        last = rows[-1][1]
        for owner, _key, *texts in rows:
            if any(ch in traditional for value in texts for text in _texts(value) for ch in text):
                owners.add(owner)


def upgrade() -> None:
    conn = op.get_bind()
    traditional = _traditional()
    documents = _with_traditional(
        conn, "SELECT document_id, id, name FROM name_keys WHERE id > :last ORDER BY id LIMIT :n", -1, traditional
    )
    for document_id in sorted(documents, key=str):
        keyed = {"doc": document_id}
        conn.execute(
            sa.text("DELETE FROM name_terms WHERE name_key_id IN (SELECT id FROM name_keys WHERE document_id = :doc)"),
            keyed,
        )
        conn.execute(sa.text("DELETE FROM name_keys WHERE document_id = :doc"), keyed)
        conn.execute(sa.text("DELETE FROM name_key_columns WHERE document_id = :doc"), keyed)
    cases = _with_traditional(
        conn,
        "SELECT case_id, id, name, aliases FROM entities WHERE id > :last ORDER BY id LIMIT :n",
        "",
        traditional,
    )
    for case_id in sorted(cases, key=str):
        conn.execute(sa.text("DELETE FROM entity_name_keys WHERE case_id = :case"), {"case": case_id})


def downgrade() -> None:
    pass
