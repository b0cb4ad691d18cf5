"""Refreshing the beneficiary search index after a pull: the store's bulk path, fed with the
pulled rows themselves where the page brought them (their wire format is the sync schema's)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from saa_desk.store import search
from saa_desk.sync.schema import SPECS

_BENEFICIARY = SPECS["beneficiaries"]
_ROW_AT = tuple(_BENEFICIARY.index(c) for c in search.DOCUMENT_COLUMNS)
_DELETED_AT = _BENEFICIARY.index("deleted")


def refresh_many(conn: Connection, beneficiary_ids: Iterable[str], fresh: Collection[str] = (),
                 rows: Mapping[str, Sequence[Any]] | None = None) -> None:
    """Re-index these beneficiaries. `fresh` ones were inserted just now and have no FTS row yet;
    `rows` holds the current wire-format rows of those the caller has in hand."""
    known = {i: [row[at] for at in _ROW_AT] for i, row in (rows or {}).items() if not row[_DELETED_AT]}
    search.refresh_many(conn, beneficiary_ids, fresh, known)
