"""Files a person adds (a scan, a drawn signature, a library document): checked by their bytes,
stored by their hash on this desk, and queued for the central in the same transaction as the row
that refers to them, so the next sync carries the bytes with the row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from saa_desk.domain.enums import MediaType
from saa_desk.domain.errors import DeskError, NotFound, ValidationError
from saa_desk.domain.permissions import Permission
from saa_desk.services.context import Actor, Unit, reading, unit
from saa_desk.services.fieldchecks import whole_number
from saa_desk.store import blobs
from saa_desk.store.blobs import StoredFile
from saa_desk.store.database import Store
from saa_desk.store.models import ChecklistItem, DeclarationSignature, FileUpload, LibraryDocument
from saa_desk.sync import local
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


# -- the desk's file settings and what it holds ----------------------------------------------

FETCH_SCANS_CHOICES = ("on-open", "eager")  # scans come when first opened, or with every sync
MAX_MB_LIMIT = 100


@dataclass(frozen=True)
class FileSettings:
    max_bytes: int
    fetch_scans: str  # one of FETCH_SCANS_CHOICES


@dataclass(frozen=True)
class FilesHeld:
    held: int  # files on this desk
    queued: int  # waiting to go up to the central
    not_here: int  # named by this desk's rows, not on this desk (fetched when needed)


def file_settings(store: Store, actor: Actor) -> FileSettings:
    actor.require(Permission.READ)
    eager = store.setting(blobs.FETCH_SCANS_SETTING) == "eager"
    return FileSettings(max_bytes(store), "eager" if eager else "on-open")


def set_file_settings(store: Store, actor: Actor, *, max_mb: object = None, fetch_scans: object = None
                      ) -> FileSettings:
    """Change the size limit of a file added here (in MB) and when scans come down; audited."""
    limit = None if max_mb is None else _megabytes(max_mb)
    if fetch_scans is not None and fetch_scans not in FETCH_SCANS_CHOICES:
        raise ValidationError("unknown_choice", "fetch_scans", value=str(fetch_scans)[:20])
    with unit(store, actor, Permission.SETTINGS_MANAGE) as u:
        if limit is not None:
            local.put(u.session, MAX_BYTES_SETTING, str(limit * 1024 * 1024))
        if fetch_scans is not None:
            local.put(u.session, blobs.FETCH_SCANS_SETTING, "eager" if fetch_scans == "eager" else "on-open")
        u.audit("files.settings", "desk_settings", None, max_mb=limit, fetch_scans=fetch_scans)
    return file_settings(store, actor)


def _megabytes(value: object) -> int:
    return whole_number(value, "max_mb", 1, MAX_MB_LIMIT)


def files_held(store: Store, actor: Actor) -> FilesHeld:
    with reading(store, actor) as s:
        queued = s.scalar(select(func.count()).select_from(FileUpload)) or 0
        named: set[str] = set()
        for column in _REFERENCES:
            named.update(v for v in s.scalars(select(column).where(column.is_not(None)).distinct()) if v)
    held = set(blobs.present(store.data_dir))
    return FilesHeld(len(held), int(queued), len(named - held))
