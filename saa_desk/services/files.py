"""Files a person adds (a scan, a drawn signature, a library document): checked by their bytes,
stored by their hash on this desk, and queued for the central in the same transaction as the row
that refers to them, so the next sync carries the bytes with the row."""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from saa_desk.domain.enums import MediaType
from saa_desk.services.context import Unit
from saa_desk.store import blobs
from saa_desk.store.blobs import StoredFile
from saa_desk.store.database import Store
from saa_desk.store.models import FileUpload

MAX_BYTES_SETTING = "files_max_bytes"  # desk setting; blobs.DEFAULT_MAX_BYTES when unset


def max_bytes(store: Store) -> int:
    value = store.setting(MAX_BYTES_SETTING)
    return int(value) if value and value.isdigit() and int(value) > 0 else blobs.DEFAULT_MAX_BYTES


def add_file(u: Unit, content: bytes | BinaryIO, *, accepted: Iterable[MediaType], field: str = "file"
             ) -> StoredFile:
    """Store the bytes (refused with a ValidationError naming `field` when empty, too large or of
    a type not accepted) and queue them for the central."""
    stored = blobs.put(u.store.data_dir, content, accepted=accepted, max_bytes=max_bytes(u.store), field=field)
    queue_upload(u.session, stored.sha256, u.now_utc)
    return stored


def queue_upload(session: Session, sha256: str, when: object) -> None:
    session.execute(insert(FileUpload).values(sha256=sha256, queued_at=when).on_conflict_do_nothing())
