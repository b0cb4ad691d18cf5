"""The reference library: documents added by an administrator, versions kept, withdrawing hides,
the built-in policy and blank form on every desk, and bad input that writes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from saa_desk.domain.enums import LibraryKind, MediaType
from saa_desk.domain.errors import DeskError, NotFound, PermissionDenied, ValidationError
from saa_desk.services import library
from saa_desk.store import blobs
from saa_desk.store.models import AuditEvent, FileUpload, LibraryDocument
from tests.conftest import Desk

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
MARKDOWN = "# دليل خدمات البحث الاجتماعي\n\n- الزيارة المنزلية\n".encode()
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def add(d: Desk, content: bytes = MARKDOWN, *, kind: object = "research_guide", title_ar: object = "دليل البحث",
        title_en: object = "Research guide", version: object = "1") -> library.LibraryEntry:
    return library.add_document(d.store, d.admin, content, kind=kind, title_ar=title_ar, title_en=title_en,
                                version=version)


def counts(d: Desk) -> tuple[int, int, int, int]:
    with d.store.read() as s:
        return (s.scalar(select(func.count()).select_from(LibraryDocument)) or 0,
                s.scalar(select(func.count()).select_from(FileUpload)) or 0,
                s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
                len(list(blobs.present(d.store.data_dir))))


def test_a_new_desk_lists_the_policy_and_the_blank_form(desk_env: Desk) -> None:
    listed = {e.id: e for e in library.documents(desk_env.store, desk_env.reception)}
    policy = listed[library.POLICY_ID]
    assert policy.builtin and policy.present_on_desk and policy.media_type is MediaType.MARKDOWN
    assert "اللائحة الأساسية للجمعية" in library.text_of(desk_env.store, desk_env.reception, policy.id)
    form = listed[library.REQUEST_FORM_ID]
    assert form.kind is LibraryKind.SUPPORT_REQUEST_FORM and form.generated
    path = library.content(desk_env.store, desk_env.reception, form.id)
    assert path.read_bytes().startswith(b"%PDF-")
    with desk_env.store.read() as s:  # listed from the resources: no synced row for either
        assert s.scalar(select(func.count()).select_from(LibraryDocument)) == 0


def test_an_admin_adds_a_document_its_bytes_queued_and_audited(desk_env: Desk) -> None:
    d = desk_env
    added = add(d, PDF, kind="bylaws", title_ar="اللائحة الأساسية للجمعية", title_en="Bylaws", version="2024")
    assert added.media_type is MediaType.PDF and added.size == len(PDF)
    assert added.sha256 == hashlib.sha256(PDF).hexdigest() and added.present_on_desk
    assert library.content(d.store, d.reception, added.id).read_bytes() == PDF
    with d.store.read() as s:
        assert s.get(FileUpload, added.sha256) is not None  # travels with the next sync
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "library.add")).one()
        assert event.entity_id == added.id
    first = library.documents(d.store, d.reception)[0]  # the bylaws come first of the four tools
    assert first.id == added.id and first.latest


def test_a_new_version_is_a_new_row_and_the_old_one_stays(desk_env: Desk) -> None:
    d = desk_env
    old = add(d, version="1")
    new = add(d, MARKDOWN + b"\n- \xd8\xaa", version="2")
    rows = [e for e in library.documents(d.store, d.reception) if e.kind is LibraryKind.RESEARCH_GUIDE]
    assert [e.id for e in rows] == [new.id, old.id]  # newest first
    assert [e.latest for e in rows] == [True, False]
    assert library.content(d.store, d.reception, old.id).read_bytes() == MARKDOWN


def test_the_same_version_again_is_refused_naming_the_version(desk_env: Desk) -> None:
    add(desk_env, version="3")
    before = counts(desk_env)
    with pytest.raises(ValidationError) as err:
        add(desk_env, PDF, title_ar="  دليل   البحث ", version="3")
    assert err.value.field == "version" and err.value.code == "version_exists"
    assert counts(desk_env) == before


def test_a_newer_policy_supersedes_the_built_in_which_stays_listed(desk_env: Desk) -> None:
    d = desk_env
    newer = add(d, kind="other", title_ar="سياسة تنظيم العلاقة مع المستفيدين", title_en="Policy", version="2")
    listed = {e.id: e for e in library.documents(d.store, d.reception)}
    assert listed[newer.id].latest and not listed[library.POLICY_ID].latest


def test_withdrawing_hides_a_version_and_keeps_its_row_and_file(desk_env: Desk) -> None:
    d = desk_env
    doc = add(d)
    gone = library.withdraw(d.store, d.admin, doc.id)
    assert gone.withdrawn
    assert doc.id not in {e.id for e in library.documents(d.store, d.reception)}
    kept = {e.id: e for e in library.documents(d.store, d.reception, include_withdrawn=True)}
    assert kept[doc.id].withdrawn and not kept[doc.id].latest
    with d.store.read() as s:
        row = s.get(LibraryDocument, doc.id)
        assert row is not None and row.withdrawn and not row.deleted
    assert blobs.has(d.store.data_dir, doc.sha256 or "")
    with pytest.raises(ValidationError) as err:
        library.withdraw(d.store, d.admin, library.POLICY_ID)
    assert err.value.code == "builtin_document"
    with pytest.raises(NotFound):
        library.withdraw(d.store, d.admin, "no-such-document")


def test_only_an_admin_manages_the_library_anyone_reads_it(desk_env: Desk) -> None:
    d = desk_env
    doc = add(d)
    before = counts(d)
    for actor in (d.reception, d.supervisor, d.researcher, d.committee):
        with pytest.raises(PermissionDenied) as err:
            library.add_document(d.store, actor, PDF, kind="bylaws", title_ar="ل", title_en="b", version="1")
        assert err.value.params["action"] == "library.manage"
        with pytest.raises(PermissionDenied):
            library.withdraw(d.store, actor, doc.id)
        assert doc.id in {e.id for e in library.documents(d.store, actor)}
    assert counts(d) == before


def test_the_type_is_told_by_the_bytes_not_the_name(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    disguised = tmp_path / "guide.pdf"
    disguised.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))  # a picture named .pdf
    before = counts(d)
    with pytest.raises(ValidationError) as err:
        add(d, disguised)
    assert err.value.field == "file" and err.value.code == "file_type_not_accepted"
    assert counts(d) == before
    text_named_pdf = tmp_path / "notes.pdf"
    text_named_pdf.write_bytes(MARKDOWN)
    assert add(d, text_named_pdf).media_type is MediaType.MARKDOWN


FIELDS = {"library_kind", "title_ar", "title_en", "version", "file"}
TEXT = st.one_of(st.text(max_size=300), st.sampled_from(["", "   ", "\x00", "\u202e", "a" * 201, "v" * 41]))


@SETTINGS
@given(kind=st.one_of(st.sampled_from([k.value for k in LibraryKind]), st.text(max_size=12)),
       title_ar=TEXT, title_en=TEXT, version=TEXT,
       content=st.one_of(st.just(MARKDOWN), st.just(b""), st.just(b"\x00\x01binary"), st.binary(max_size=64)))
def test_bad_input_names_its_field_and_writes_nothing(desk_env: Desk, kind: str, title_ar: str, title_en: str,
                                                      version: str, content: bytes) -> None:
    d = desk_env
    before = counts(d)
    try:
        added = add(d, content, kind=kind, title_ar=title_ar, title_en=title_en, version=version)
    except ValidationError as exc:
        assert exc.field in FIELDS, exc.message("en")
        assert exc.message("ar") and exc.message("en")
        assert counts(d) == before
        return
    assert 0 < len(added.title_ar) <= 200 and 0 < len(added.title_en) <= 200 and 0 < len(added.version) <= 40
    assert added.version == added.version.strip()


def test_the_manifest_lists_hashes_versions_and_what_is_on_this_desk(desk_env: Desk) -> None:
    d = desk_env
    here = add(d, PDF, kind="bylaws", title_ar="اللائحة", title_en="Bylaws", version="1")
    away = add(d, version="7")
    withdrawn = add(d, version="8")
    library.withdraw(d.store, d.admin, withdrawn.id)
    blobs.blob_path(d.store.data_dir, away.sha256 or "").unlink()  # as if it came by sync, bytes not yet
    rows = {e.id: e for e in library.manifest(d.store, d.reception)}
    assert rows[here.id].present_on_desk and rows[here.id].sha256 == hashlib.sha256(PDF).hexdigest()
    assert rows[here.id].version == "1" and rows[here.id].size == len(PDF)
    assert not rows[away.id].present_on_desk
    assert rows[withdrawn.id].withdrawn
    assert library.POLICY_ID in rows
    with pytest.raises(DeskError) as err:  # no central configured: said in words
        library.content(d.store, d.reception, away.id)
    assert err.value.code == "file_not_fetched"
