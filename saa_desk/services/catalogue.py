"""The association's catalogue as the store holds it: versions an administrator saves, synced to
every desk; the newest valid one by clock is current, the shipped seed until there is one.

A request records the version its checklist was built from (`requests.catalogue_version`), so every
desk shows the same requirements and labels for it whatever was saved since.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from threading import Lock

from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk.catalogues import Catalogue, CatalogueInvalid
from saa_desk.domain.errors import NotFound, ValidationError, ValidationErrors
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.services.context import Actor, reading, unit
from saa_desk.store.database import Store
from saa_desk.store.models import CatalogueVersion, SupportRequest, User

NOTE_MAX = 1000  # central_checks: catalogue_versions.note
CONTENT_MAX = 2_000_000  # central_checks: catalogue_versions.content_json

# Parsed versions, by row id (an append-only row never changes): None for a row that does not
# parse or whose hash lies. Shared by every store of the process; catalogues are few and small.
_parsed: dict[str, Catalogue | None] = {}
_by_sha: dict[str, Catalogue] = {}
_lock = Lock()


def _parse(row_id: str, content_json: str, content_sha256: str) -> Catalogue | None:
    """The catalogue of a row, or None when its content is invalid or not what its hash says."""
    with _lock:
        if row_id in _parsed:
            return _parsed[row_id]
    result: Catalogue | None = None
    if hashlib.sha256(content_json.encode("utf-8")).hexdigest() == content_sha256:
        result = _by_sha.get(content_sha256)
        if result is None:
            try:
                candidate = Catalogue.from_json(content_json)
            except CatalogueInvalid:
                candidate = None
            # Only canonical content is a version: the same catalogue is always the same bytes.
            if candidate is not None and candidate.sha256 == content_sha256:
                result = candidate
    with _lock:
        _parsed[row_id] = result
        if result is not None:
            _by_sha[content_sha256] = result
    return result


def _content(session: Session, row_id: str) -> Catalogue | None:
    with _lock:
        if row_id in _parsed:
            return _parsed[row_id]
    row = session.execute(select(CatalogueVersion.content_json, CatalogueVersion.content_sha256)
                          .where(CatalogueVersion.id == row_id)).one_or_none()
    return _parse(row_id, row.content_json, row.content_sha256) if row else None


def current_in(session: Session) -> tuple[str | None, Catalogue]:
    """The current catalogue: the newest version by clock that is valid (a forged or broken row
    pulled from the central is skipped), else the seed (version None)."""
    for row_id in session.scalars(select(CatalogueVersion.id).order_by(CatalogueVersion.hlc.desc(),
                                                                       CatalogueVersion.id.desc())):
        catalogue = _content(session, row_id)
        if catalogue is not None:
            return row_id, catalogue
    return None, Catalogue.seed()


def version_in(session: Session, version_id: str | None) -> Catalogue:
    """A version's catalogue (the current one when it is None, unknown here or invalid)."""
    if version_id:
        catalogue = _content(session, version_id)
        if catalogue is not None:
            return catalogue
    return current_in(session)[1]


def for_request(session: Session, request: SupportRequest) -> Catalogue:
    """The catalogue a request's checklist was built from: its labels are the ones to show for it."""
    return version_in(session, request.catalogue_version)


def current(store: Store, actor: Actor) -> tuple[str | None, Catalogue]:
    with reading(store, actor) as session:
        return current_in(session)


def invalid(errors: CatalogueInvalid) -> ValidationErrors:
    """The catalogue's problems as the validation errors every face shows (each names its field)."""
    return ValidationErrors([ValidationError(p.code, p.path, **p.params) for p in errors.problems])


def parse(content: Catalogue | str | bytes) -> Catalogue:
    """A catalogue from an admin's JSON (or as is); ValidationErrors naming every field at fault."""
    if isinstance(content, Catalogue):
        return content
    if len(content) > CONTENT_MAX:
        raise ValidationError("too_long", "catalogue", max=CONTENT_MAX)
    try:
        return Catalogue.from_json(content)
    except CatalogueInvalid as exc:
        raise invalid(exc) from exc


def save(store: Store, actor: Actor, content: Catalogue | str | bytes, note: object) -> str:
    """Save a new version of the catalogue (administrators): validated, kept every code the current
    version has, based on it, audited; it syncs to every desk. Returns the new version's id."""
    actor.require(Permission.CATALOGUE_MANAGE)
    catalogue = parse(content)
    why = clean_text(note, "note", max_length=NOTE_MAX, multiline=True)
    with unit(store, actor, Permission.CATALOGUE_MANAGE) as u:
        based_on, previous = current_in(u.session)
        try:
            catalogue.check_successor(previous)
        except CatalogueInvalid as exc:
            raise invalid(exc) from exc
        if catalogue.sha256 == previous.sha256:
            raise ValidationError("catalogue_unchanged", "catalogue")
        row = CatalogueVersion(content_json=catalogue.canonical_json(), content_sha256=catalogue.sha256,
                               based_on=based_on, note=why)
        u.session.add(row)
        u.session.flush()
        u.audit("catalogue.save", "catalogue_versions", row.id, sha256=catalogue.sha256, based_on=based_on)
        return str(row.id)


@dataclass(frozen=True)
class VersionInfo:
    id: str
    saved_at: dt.datetime
    saved_by: str | None  # the username, when the user is known here
    origin_desk: str
    note: str | None
    sha256: str
    based_on: str | None
    valid: bool
    current: bool


def history(store: Store, actor: Actor) -> list[VersionInfo]:
    """Every version this desk holds, newest first; an invalid one (forged, broken) is marked."""
    with reading(store, actor) as session:
        current_id, _ = current_in(session)
        rows = session.execute(
            select(CatalogueVersion.id, CatalogueVersion.created_at, User.username, CatalogueVersion.origin_desk,
                   CatalogueVersion.note, CatalogueVersion.content_sha256, CatalogueVersion.based_on)
            .outerjoin(User, User.id == CatalogueVersion.created_by)
            .order_by(CatalogueVersion.hlc.desc(), CatalogueVersion.id.desc())).all()
        return [VersionInfo(r.id, r.created_at, r.username, r.origin_desk, r.note, r.content_sha256, r.based_on,
                            _content(session, r.id) is not None, r.id == current_id) for r in rows]


def problems(store: Store, actor: Actor) -> list[str]:
    """Versions held here that are not valid (for `check`): each is skipped by `current_in`."""
    return [f"catalogue_versions {v.id}: invalid content or hash (from desk {v.origin_desk}); skipped"
            for v in history(store, actor) if not v.valid]


def export_json(store: Store, actor: Actor, version_id: str | None = None) -> str:
    """The current catalogue (or a version's) as JSON to read and edit; `save` takes it back."""
    with reading(store, actor) as session:
        if version_id and _content(session, version_id) is None:
            raise NotFound("catalogue")
        return version_in(session, version_id).pretty_json()
