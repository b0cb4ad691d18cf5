"""Refreshing the beneficiary search index after a pull, in bulk.

`saa_desk.store.search.refresh` does one beneficiary at a time (three statements each), which is
right for a service call and too slow for a pull of 100,000 rows. This builds the very same FTS
documents with `search.search_document`, a chunk at a time. Small pulls use `refresh` itself.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import Connection

from saa_desk.store import search

_SMALL = 64
_CHUNK = 2000


def refresh_many(conn: Connection, beneficiary_ids: Iterable[str], fresh: Collection[str] = ()) -> None:
    """Re-index these beneficiaries; `fresh` ones were inserted just now and have no FTS row yet."""
    ids = sorted(set(beneficiary_ids))
    if len(ids) <= _SMALL:
        search.refresh(conn, ids)
        return
    for start in range(0, len(ids), _CHUNK):
        _refresh_chunk(conn, ids[start:start + _CHUNK], fresh)


def _refresh_chunk(conn: Connection, ids: list[str], fresh: Collection[str]) -> None:
    marks = ",".join("?" * len(ids))
    numbers: dict[str, list[str]] = {}
    for bid, number in conn.exec_driver_sql(
        f"SELECT beneficiary_id, number FROM requests WHERE deleted = 0 AND beneficiary_id IN ({marks})",
        tuple(ids),
    ):
        numbers.setdefault(bid, []).append(number)
    docs = []
    for row in conn.exec_driver_sql(
        "SELECT id, first_name, father_name, grandfather_name, family_name, latin_name, id_number, mobile "
        f"FROM beneficiaries WHERE deleted = 0 AND id IN ({marks})", tuple(ids),
    ):
        doc = search.search_document(row[1:6], row[6], row[7], numbers.get(row[0], ()))
        docs.append((search.fts_rowid(row[0]), doc, row[0]))
    stale = [(search.fts_rowid(i),) for i in ids if i not in fresh]
    if stale:
        conn.exec_driver_sql(f"DELETE FROM {search.FTS_TABLE} WHERE rowid = ?", stale)
    if docs:
        conn.exec_driver_sql(
            f"INSERT INTO {search.FTS_TABLE}(rowid, content, beneficiary_id) VALUES (?, ?, ?)", docs)
