"""Refreshing the beneficiary search index after a pull, in bulk.

`saa_desk.store.search.refresh` does one beneficiary at a time (three statements each), which is
right for a service call and too slow for a pull of 100,000 rows. This builds the very same FTS
documents with `search.search_document`, a chunk at a time, from the pulled rows themselves where
the page brought them (reading them back would cost as much as writing them). Small pulls use
`refresh` itself.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from saa_desk.store import search
from saa_desk.sync.schema import SPECS, raw_rows

_SMALL = 64
_CHUNK = 2000
# What a search document is made of, in this order: five name parts, ID number, mobile.
_DOCUMENT_COLUMNS = ("first_name", "father_name", "grandfather_name", "family_name", "latin_name",
                     "id_number", "mobile")
_BENEFICIARY = SPECS["beneficiaries"]
_ROW_AT = tuple(_BENEFICIARY.index(c) for c in _DOCUMENT_COLUMNS)
_DELETED_AT = _BENEFICIARY.index("deleted")


def refresh_many(conn: Connection, beneficiary_ids: Iterable[str], fresh: Collection[str] = (),
                 rows: Mapping[str, Sequence[Any]] | None = None) -> None:
    """Re-index these beneficiaries. `fresh` ones were inserted just now and have no FTS row yet;
    `rows` holds the current wire-format rows of those the caller has in hand."""
    ids = sorted(set(beneficiary_ids))
    if len(ids) <= _SMALL:
        search.refresh(conn, ids)
        return
    for start in range(0, len(ids), _CHUNK):
        _refresh_chunk(conn, ids[start:start + _CHUNK], fresh, rows or {})


def _document_parts(conn: Connection, ids: list[str], rows: Mapping[str, Sequence[Any]]) -> list[tuple[Any, ...]]:
    """(id, five names, ID number, mobile) of each live beneficiary among `ids`."""
    parts = [(i, *(row[at] for at in _ROW_AT)) for i in ids if (row := rows.get(i)) and not row[_DELETED_AT]]
    unknown = [i for i in ids if i not in rows]
    if unknown:
        marks = ",".join("?" * len(unknown))
        parts += raw_rows(conn, f"SELECT id, {', '.join(_DOCUMENT_COLUMNS)} FROM beneficiaries "
                                f"WHERE deleted = 0 AND id IN ({marks})", unknown)
    return parts


def _refresh_chunk(conn: Connection, ids: list[str], fresh: Collection[str],
                   rows: Mapping[str, Sequence[Any]]) -> None:
    marks = ",".join("?" * len(ids))
    numbers: dict[str, list[str]] = {}
    for bid, number in raw_rows(
        conn, f"SELECT beneficiary_id, number FROM requests WHERE deleted = 0 AND beneficiary_id IN ({marks})", ids,
    ):
        numbers.setdefault(bid, []).append(number)
    docs = [(search.fts_rowid(p[0]), search.search_document(p[1:6], p[6], p[7], numbers.get(p[0], ())), p[0])
            for p in _document_parts(conn, ids, rows)]
    # In rowid order: FTS5 flushes its pending terms whenever a rowid is lower than the last one;
    # 10,000 documents in random order took 2.6 times as long to insert.
    docs.sort()
    stale = sorted((search.fts_rowid(i),) for i in ids if i not in fresh)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if stale:
            cursor.executemany(f"DELETE FROM {search.FTS_TABLE} WHERE rowid = ?", stale)
        if docs:
            cursor.executemany(
                f"INSERT INTO {search.FTS_TABLE}(rowid, content, beneficiary_id) VALUES (?, ?, ?)", docs)
    finally:
        cursor.close()
