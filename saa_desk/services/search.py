"""Finding a beneficiary by ID, phone, request number or any part of a name (Arabic-normalised)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from saa_desk.domain.text import ascii_digits
from saa_desk.services.context import Actor, reading
from saa_desk.store import search as fts
from saa_desk.store.database import Store
from saa_desk.store.models import Beneficiary

MAX_QUERY = 200


@dataclass(frozen=True)
class BeneficiaryHit:
    id: str
    full_name: str
    id_type: str
    id_number: str
    mobile: str | None
    city: str | None


_COLUMNS = (Beneficiary.id, Beneficiary.first_name, Beneficiary.father_name,
            Beneficiary.grandfather_name, Beneficiary.family_name, Beneficiary.id_type,
            Beneficiary.id_number, Beneficiary.mobile, Beneficiary.city)


def search_beneficiaries(store: Store, actor: Actor, text: str, limit: int = 50) -> list[BeneficiaryHit]:
    """Best matches first; an exact ID number always comes first."""
    query = ascii_digits(text or "").strip()[:MAX_QUERY]
    if not query:
        return []
    with reading(store, actor) as s:
        conn = s.connection()
        ids = fts.matching_ids(conn, query, limit)
        if not ids:
            return []
        rows = {r.id: r for r in s.execute(select(*_COLUMNS).where(Beneficiary.id.in_(ids)))}
    hits = [rows[i] for i in ids if i in rows]
    hits.sort(key=lambda r: r.id_number != query.upper())  # stable: keeps FTS rank otherwise
    return [BeneficiaryHit(r.id, f"{r.first_name} {r.father_name} {r.grandfather_name} {r.family_name}",
                           r.id_type, r.id_number, r.mobile, r.city) for r in hits]
