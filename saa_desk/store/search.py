"""Full-text search over beneficiaries (SQLite FTS5) with Arabic normalisation.

Each beneficiary has one FTS row holding its normalised name parts, Latin name, ID number, mobile
(international and local forms) and request numbers. The FTS rowid is derived from the UUID so no
mapping table is needed and VACUUM cannot break the link.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache

from sqlalchemy import Connection, text

from saa_desk.domain.phone import local_form
from saa_desk.domain.text import ascii_digits, normalise_for_search

FTS_TABLE = "beneficiary_search"
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def fts_rowid(uuid_text: str) -> int:
    """A stable 60-bit integer from the UUID (collisions are negligible at desk scale)."""
    return int(uuid_text.replace("-", "")[:15], 16)


def search_document(
    names: Sequence[str | None],
    id_number: str,
    mobile: str | None,
    request_numbers: Iterable[str],
) -> str:
    parts = [_name_terms(n) for n in names if n]
    parts.append(id_number.lower())
    if mobile:
        parts.extend((mobile.lstrip("+"), local_form(mobile)))
    parts.extend(n.lower() for n in request_numbers)
    return " ".join(parts)


@lru_cache(maxsize=65536)
def _name_terms(name: str) -> str:
    """A name's indexed terms. Names repeat a great deal (a bulk pull indexes thousands called
    محمد), so each distinct one is normalised once."""
    norm = normalise_for_search(name)
    # "القحطاني" is also found by "قحطاني": index names without the definite article too.
    bare = [t[2:] for t in norm.split() if t.startswith("ال") and len(t) > 4]
    return " ".join([norm, *bare]) if bare else norm


def fts_query(user_text: str, *, prefix: bool = True) -> str | None:
    """Turn what the user typed into an FTS5 query: every token must match (as a prefix, or whole)."""
    text_norm = normalise_for_search(ascii_digits(user_text))
    tokens = _TOKEN.findall(text_norm)[:12]
    if not tokens:
        return None
    star = "*" if prefix else ""
    query = " AND ".join(f'"{token}"{star}' for token in tokens)
    phone = re.fullmatch(r"\+?(?:966|0)?(5\d{0,8})", "".join(tokens)) if len(tokens) == 1 else None
    if phone and len(phone.group(1)) >= 3:
        # 05…, 5… and 9665… all find the same mobile.
        digits = phone.group(1)
        query = f'({query}) OR "9665{digits[1:]}"{star} OR "0{digits}"{star}'
    return query


_REFRESH_SELECT = text(
    """
    SELECT b.id, b.first_name, b.father_name, b.grandfather_name, b.family_name, b.latin_name,
           b.id_number, b.mobile, b.deleted,
           (SELECT group_concat(r.number, ' ') FROM requests r
             WHERE r.beneficiary_id = b.id AND r.deleted = 0) AS numbers
    FROM beneficiaries b WHERE b.id = :id
    """
)


def refresh(conn: Connection, beneficiary_ids: Iterable[str]) -> None:
    """Recompute the FTS rows of these beneficiaries from the stored data."""
    for bid in set(beneficiary_ids):
        rowid = fts_rowid(bid)
        conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r"), {"r": rowid})
        row = conn.execute(_REFRESH_SELECT, {"id": bid}).first()
        if row is None or row.deleted:
            continue
        doc = search_document(
            (row.first_name, row.father_name, row.grandfather_name, row.family_name, row.latin_name),
            row.id_number, row.mobile, (row.numbers or "").split(),
        )
        conn.execute(
            text(f"INSERT INTO {FTS_TABLE}(rowid, content, beneficiary_id) VALUES (:r, :c, :b)"),
            {"r": rowid, "c": doc, "b": bid},
        )


# What a search document is made of, in this order: five name parts, ID number, mobile.
DOCUMENT_COLUMNS = ("first_name", "father_name", "grandfather_name", "family_name", "latin_name",
                    "id_number", "mobile")
DocumentParts = Sequence[str | None]  # the DOCUMENT_COLUMNS of one live beneficiary
_SMALL = 64  # up to this many, `refresh` (three statements each) is as quick as the bulk path
_CHUNK = 2000


def refresh_many(conn: Connection, beneficiary_ids: Iterable[str], fresh: Collection[str] = (),
                 known: Mapping[str, DocumentParts] | None = None) -> None:
    """Re-index these beneficiaries, a chunk at a time (a pull or a batch registration writes
    thousands). `fresh` ones were inserted just now and have no FTS row yet; `known` holds the
    DOCUMENT_COLUMNS of live ones the caller has in hand (reading them back would cost as much as
    writing them); the rest are read from the table."""
    ids = sorted(set(beneficiary_ids))
    if len(ids) <= _SMALL:
        refresh(conn, ids)
        return
    for start in range(0, len(ids), _CHUNK):
        _refresh_chunk(conn, ids[start:start + _CHUNK], fresh, known or {})


def _cursor_rows(conn: Connection, sql: str, params: Sequence[object]) -> list[tuple[object, ...]]:
    """Through the driver's cursor: SQLAlchemy's per-row fetch costs more than these queries."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql, params).fetchall()  # type: ignore[no-any-return]
    finally:
        cursor.close()


def _document_parts(conn: Connection, ids: list[str],
                    known: Mapping[str, DocumentParts]) -> list[tuple[object, ...]]:
    """(id, five names, ID number, mobile) of each live beneficiary among `ids`."""
    parts: list[tuple[object, ...]] = [(i, *known[i]) for i in ids if i in known]
    unknown = [i for i in ids if i not in known]
    if unknown:
        marks = ",".join("?" * len(unknown))
        parts += _cursor_rows(conn, f"SELECT id, {', '.join(DOCUMENT_COLUMNS)} FROM beneficiaries "
                                    f"WHERE deleted = 0 AND id IN ({marks})", unknown)
    return parts


def _refresh_chunk(conn: Connection, ids: list[str], fresh: Collection[str],
                   known: Mapping[str, DocumentParts]) -> None:
    marks = ",".join("?" * len(ids))
    numbers: dict[str, list[str]] = {}
    for bid, number in _cursor_rows(
        conn, f"SELECT beneficiary_id, number FROM requests WHERE deleted = 0 AND beneficiary_id IN ({marks})", ids,
    ):
        numbers.setdefault(str(bid), []).append(str(number))
    docs = [(fts_rowid(str(p[0])), search_document(p[1:6], p[6], p[7], numbers.get(str(p[0]), ())), p[0])  # type: ignore[arg-type]
            for p in _document_parts(conn, ids, known)]
    # In rowid order: FTS5 flushes its pending terms whenever a rowid is lower than the last one;
    # 10,000 documents in random order took 2.6 times as long to insert.
    docs.sort()
    stale = sorted((fts_rowid(i),) for i in ids if i not in fresh)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if stale:
            cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", stale)
        if docs:
            cursor.executemany(f"INSERT INTO {FTS_TABLE}(rowid, content, beneficiary_id) VALUES (?, ?, ?)", docs)
    finally:
        cursor.close()


def rebuild(conn: Connection) -> int:
    """Re-index every beneficiary (after a restore or a bulk load)."""
    conn.execute(text(f"DELETE FROM {FTS_TABLE}"))
    ids = [r[0] for r in conn.execute(text("SELECT id FROM beneficiaries WHERE deleted = 0"))]
    refresh_many(conn, ids, fresh=ids)
    return len(ids)


_MATCH = text(f"SELECT beneficiary_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q LIMIT :n")


def matching_ids(conn: Connection, user_text: str, limit: int = 50) -> list[str]:
    """Whole-word matches first, then prefix matches (as the user is still typing).

    No ORDER BY rank: ranking every match of a common name costs tens of milliseconds at 100,000
    beneficiaries, and among people called محمد no order is more relevant than another."""
    found: list[str] = []
    for prefix in (False, True):
        query = fts_query(user_text, prefix=prefix)
        if query is None:
            return []
        for (bid,) in conn.execute(_MATCH, {"q": query, "n": limit + len(found)}):
            if bid not in found:
                found.append(bid)
        if len(found) >= limit:
            break
    return found[:limit]
