"""The reference library (المكتبة المرجعية): the policy's four tools at the employee's hand, and
other documents, each a PDF or Markdown file with an Arabic and an English title and a version.

An administrator adds a document; its row (library_documents) and its bytes travel to every desk
like any synced row and scan. A new version of a document (same kind and Arabic title) is a new
row; old versions stay, and withdrawing only hides a version — nothing is ever deleted.

Every desk also starts with the documents shipped in `resources/library/` (builtin.json): the
association's beneficiary-relations policy and the blank support-request form. They are listed
from the resources, never written as rows: two desks initialised apart would otherwise each create
one and every desk would list the policy twice after a sync, and an existing desk has them on its
first use without a migration. Their ids start with `builtin:`; they cannot be withdrawn.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select

from saa_desk import catalogues
from saa_desk.domain.enums import LibraryKind, MediaType
from saa_desk.domain.errors import NotFound, ValidationError
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text, normalise_for_search
from saa_desk.paths import resource_path
from saa_desk.printing.models import PrintContext
from saa_desk.privatefiles import write_private
from saa_desk.services import files
from saa_desk.services.context import Actor, Unit, now_local, reading, unit
from saa_desk.store import blobs
from saa_desk.store.database import Store
from saa_desk.store.models import LibraryDocument

BUILTIN_PREFIX = "builtin:"
POLICY_ID = "builtin:beneficiary-relations-policy"
REQUEST_FORM_ID = "builtin:support-request-form"
MAX_TITLE, MAX_VERSION = 200, 40
KIND_ORDER = tuple(LibraryKind)
_GENERATED_DIR = "library"  # in the desk's data folder: the blank form as last rendered


@dataclass(frozen=True)
class LibraryEntry:
    """One version of one document, as the library lists it."""

    id: str
    kind: LibraryKind
    title_ar: str
    title_en: str
    version: str
    media_type: MediaType
    sha256: str | None  # None for a document generated when opened (the blank form)
    size: int | None
    withdrawn: bool
    builtin: bool
    present_on_desk: bool  # its bytes are here: it opens offline
    latest: bool  # the newest version of its document (kind and Arabic title)
    added_at: str | None = None  # ISO time the row was made; None for built-ins

    def title(self, lang: str = "ar") -> str:
        return self.title_ar if lang == "ar" else self.title_en

    @property
    def generated(self) -> bool:
        return self.builtin and self.sha256 is None


# -- built-ins ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Builtin:
    id: str
    kind: LibraryKind
    title_ar: str
    title_en: str
    version: str
    file: str | None


@cache
def _builtins() -> tuple[_Builtin, ...]:
    with resource_path("library", "builtin.json").open(encoding="utf-8") as fh:
        raw: dict[str, Any] = json.load(fh)
    return tuple(_Builtin(d["id"], LibraryKind(d["kind"]), d["title_ar"], d["title_en"], d["version"], d.get("file"))
                 for d in raw["documents"])


@cache
def _builtin_file(name: str) -> tuple[Path, str, int, MediaType]:
    path = resource_path("library", name)
    data = path.read_bytes()
    media = blobs.sniff(data[:4096], blobs.LIBRARY_TYPES)
    if media is None:
        raise ValueError(f"resources/library/{name} is neither PDF nor Markdown")
    return path, hashlib.sha256(data).hexdigest(), len(data), media


def _builtin_entry(b: _Builtin) -> LibraryEntry:
    if b.file is None:
        return LibraryEntry(b.id, b.kind, b.title_ar, b.title_en, b.version, MediaType.PDF, None, None,
                            False, True, True, True)
    _path, sha, size, media = _builtin_file(b.file)
    return LibraryEntry(b.id, b.kind, b.title_ar, b.title_en, b.version, media, sha, size, False, True, True, True)


# -- validation ---------------------------------------------------------------------------------


def _kind(value: object) -> LibraryKind:
    try:
        return LibraryKind(str(value))
    except ValueError:
        raise ValidationError("unknown_choice", "library_kind", value=str(value)[:40]) from None


def _validated(kind: object, title_ar: object, title_en: object, version: object) -> tuple[LibraryKind, str, str, str]:
    """Every field is checked before a byte is stored, so bad input leaves nothing behind."""
    checked_kind = _kind(kind)
    ar = clean_text(title_ar, "title_ar", max_length=MAX_TITLE, required=True)
    en = clean_text(title_en, "title_en", max_length=MAX_TITLE, required=True)
    ver = clean_text(version, "version", max_length=MAX_VERSION, required=True)
    assert ar is not None and en is not None and ver is not None  # required=True
    return checked_kind, ar, en, ver


def _same_document(kind: str, title_ar: str) -> tuple[str, str]:
    """What makes two versions one document: the kind and the Arabic title, however it is spelt."""
    return kind, normalise_for_search(title_ar)


# -- writing ------------------------------------------------------------------------------------


def add_document(store: Store, actor: Actor, content: bytes | BinaryIO | Path, *, kind: object,
                 title_ar: object, title_en: object, version: object) -> LibraryEntry:
    """Add one version of a document (PDF or Markdown, told by its bytes). The same kind, Arabic
    title and version again is refused (version_exists); any other version is a new row."""
    with unit(store, actor, Permission.LIBRARY_MANAGE) as u:
        checked_kind, ar, en, ver = _validated(kind, title_ar, title_en, version)
        _refuse_same_version(u, checked_kind, ar, ver)
        stored = _store_bytes(u, content)
        row = LibraryDocument(kind=checked_kind.value, title_ar=ar, title_en=en, version=ver,
                              file_sha256=stored.sha256, media_type=stored.media_type.value,
                              size=stored.size, withdrawn=False)
        u.session.add(row)
        u.session.flush()
        u.audit("library.add", "library_documents", row.id, kind=row.kind, version=row.version,
                sha256=row.file_sha256, media_type=row.media_type, size=row.size)
        return _row_entry(store, row, latest=True)


def _store_bytes(u: Unit, content: bytes | BinaryIO | Path) -> blobs.StoredFile:
    if isinstance(content, Path):
        with content.open("rb") as fh:
            return files.add_file(u, fh, accepted=blobs.LIBRARY_TYPES, field="file")
    return files.add_file(u, content, accepted=blobs.LIBRARY_TYPES, field="file")


def _refuse_same_version(u: Unit, kind: LibraryKind, title_ar: str, version: str) -> None:
    key = _same_document(kind.value, title_ar)
    versions = u.session.execute(select(LibraryDocument.title_ar, LibraryDocument.version).where(
        LibraryDocument.kind == kind.value, LibraryDocument.deleted.is_(False)))
    existing = {v for t, v in versions if _same_document(kind.value, t) == key}
    existing |= {b.version for b in _builtins() if _same_document(b.kind.value, b.title_ar) == key}
    if version in existing:
        raise ValidationError("version_exists", "version", version=version)


def withdraw(store: Store, actor: Actor, doc_id: str) -> LibraryEntry:
    """Hide a version from the library on every desk; the row and its file stay."""
    if isinstance(doc_id, str) and doc_id.startswith(BUILTIN_PREFIX):
        raise ValidationError("builtin_document", "library_document")
    with unit(store, actor, Permission.LIBRARY_MANAGE) as u:
        row: LibraryDocument = u.get(LibraryDocument, doc_id, "library_document")
        if not row.withdrawn:
            row.withdrawn = True
            u.audit("library.withdraw", "library_documents", row.id, kind=row.kind, version=row.version)
        return _row_entry(store, row, latest=False)


# -- reading ------------------------------------------------------------------------------------


def _row_entry(store: Store, row: LibraryDocument, *, latest: bool) -> LibraryEntry:
    return LibraryEntry(row.id, LibraryKind(row.kind), row.title_ar, row.title_en, row.version,
                        MediaType(row.media_type), row.file_sha256, row.size, bool(row.withdrawn), False,
                        blobs.has(store.data_dir, row.file_sha256), latest,
                        row.created_at.isoformat() if row.created_at else None)


def _all_entries(store: Store, actor: Actor) -> list[LibraryEntry]:
    """Rows newest first, then the built-ins (the oldest version of their document)."""
    with reading(store, actor) as s:
        rows = list(s.scalars(select(LibraryDocument).where(LibraryDocument.deleted.is_(False))
                              .order_by(LibraryDocument.created_at.desc(), LibraryDocument.hlc.desc())))
        entries = [_row_entry(store, r, latest=False) for r in rows]
    entries += [_builtin_entry(b) for b in _builtins()]
    seen: set[tuple[str, str]] = set()
    marked = []
    for e in entries:  # the first live version of each document, newest first, is its latest
        key = _same_document(e.kind.value, e.title_ar)
        latest = not e.withdrawn and key not in seen
        if not e.withdrawn:
            seen.add(key)
        marked.append(replace(e, latest=latest))
    return marked


def documents(store: Store, actor: Actor, include_withdrawn: bool = False) -> list[LibraryEntry]:
    """The library: by kind (the policy's four tools first, then other documents), and within a
    kind newest version first; built-ins included, withdrawn versions only when asked."""
    entries = [e for e in _all_entries(store, actor) if include_withdrawn or not e.withdrawn]
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    return sorted(entries, key=lambda e: order[e.kind])  # stable: newest first within a kind


def manifest(store: Store, actor: Actor) -> list[LibraryEntry]:
    """Every version this desk knows, withdrawn ones too, with its hash, size and whether its
    bytes are here (the list the library's files travel by)."""
    return documents(store, actor, include_withdrawn=True)


def entry(store: Store, actor: Actor, doc_id: str) -> LibraryEntry:
    found = next((e for e in _all_entries(store, actor) if e.id == doc_id), None)
    if found is None:
        raise NotFound("library_document")
    return found


def content(store: Store, actor: Actor, doc_id: str) -> Path:
    """Where the document's bytes are on this desk, fetched from the central first if need be.
    Offline without them: DeskError file_not_fetched, which says so in words."""
    found = entry(store, actor, doc_id)
    if found.builtin:
        if found.generated:
            return _write_generated(store, request_form(store, actor))
        builtin = next(b for b in _builtins() if b.id == found.id)
        assert builtin.file is not None
        return _builtin_file(builtin.file)[0]
    assert found.sha256 is not None
    return files.open_file(store, actor, found.sha256)


def text_of(store: Store, actor: Actor, doc_id: str) -> str:
    """A Markdown document's text (for the app's own viewer)."""
    found = entry(store, actor, doc_id)
    if found.media_type is not MediaType.MARKDOWN:
        raise ValidationError("file_type_not_accepted", "library_document",
                              accepted=blobs.accepted_names([MediaType.MARKDOWN]))
    return content(store, actor, doc_id).read_text(encoding="utf-8")


def request_form(store: Store, actor: Actor) -> bytes:
    """The blank support-request form as PDF bytes, its tick boxes from the support-type catalogue.
    A blank form holds no one's data: printing it is not recorded."""
    from saa_desk.printing.request_form import render_request_form

    actor.require(Permission.READ)
    kinds = [(t.code, t.ar) for t in catalogues.support_types().values()]
    ctx = PrintContext(branch_name=store.codes[0] if store.codes else "", printed_at=now_local(store),
                       printed_by=actor.full_name)
    return render_request_form(kinds, ctx)


def _write_generated(store: Store, pdf: bytes) -> Path:
    target = store.data_dir / _GENERATED_DIR / "support-request-form.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_private(target, pdf)
