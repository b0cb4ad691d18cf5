"""Request numbers: drawn from the desk's own sequence, so desks never need to agree on one."""

from __future__ import annotations

from sqlalchemy.orm import Session

from saa_desk.domain.errors import DeskError
from saa_desk.store.database import Store, next_value


def next_request_number(session: Session, store: Store, year: int) -> str:
    """BRANCH-DESK-YEAR-SEQ: unique across desks without coordination."""
    if store.codes is None:
        raise DeskError("not_initialised")
    branch, desk = store.codes
    return f"{branch}-{desk}-{year}-{next_value(session, f'request_seq_{year}'):06d}"
