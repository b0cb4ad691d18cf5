"""Files a person adds (a scan, a drawn signature, a library document): checked by their bytes,
stored by their hash on this desk, and queued for the central in the same transaction as the row
that refers to them, so the next sync carries the bytes with the row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from saa_desk.domain.enums import MediaType
from saa_desk.domain.errors import DeskError, NotFound
from saa_desk.services.context import Actor, Unit, reading
from saa_desk.store import blobs
from saa_desk.store.blobs import StoredFile
from saa_desk.store.database import Store
from saa_desk.store.models import ChecklistItem, DeclarationSignature, FileUpload, LibraryDocument
from saa_desk.sync.local import CENTRAL_URL

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


def queue_upload(session: Session, sha256: str, when: dt.datetime) -> None:
    session.execute(insert(FileUpload).values(sha256=sha256, queued_at=when).on_conflict_do_nothing())


def referenced(session: Session, sha256: str) -> bool:
    """Some row of this desk names the file: a checklist scan, a drawn signature, a library document."""
    return any(session.scalar(select(column).where(column == sha256).limit(1)) for column in _REFERENCES)


_REFERENCES = (ChecklistItem.scan_sha256, DeclarationSignature.signature_png_sha256, LibraryDocument.file_sha256)


def open_file(store: Store, actor: Actor, sha256: str) -> Path:
    """The path of a file a row of this desk refers to, fetched from the central first if this desk
    does not hold its bytes yet. Offline, or with no central, DeskError file_not_fetched says so in
    words; NotFound when no row names the file."""
    if not blobs.valid_sha256(sha256):
        raise NotFound("file")
    with reading(store, actor) as s:
        if not referenced(s, sha256):
            raise NotFound("file")
    if blobs.has(store.data_dir, sha256):
        return blobs.blob_path(store.data_dir, sha256)
    if store.setting(CENTRAL_URL) is None:
        raise DeskError("file_not_fetched", "file")
    from saa_desk.sync.files import fetch_now  # the sync layer (and psycopg) only when it is needed

    return fetch_now(store, sha256)
