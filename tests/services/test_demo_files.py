"""Training desks' demo data signs some declarations on screen and scans some documents: real
PNG and PDF files, stored and queued for the central like the ones people add."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from sqlalchemy import select

from saa_desk.domain.enums import MediaType
from saa_desk.services import demo, maintenance
from saa_desk.store import blobs
from saa_desk.store.models import ChecklistItem, DeclarationSignature, FileUpload
from tests.conftest import Desk


def test_demo_data_brings_signatures_and_scans_that_sync(training_desk: Desk) -> None:
    d = training_desk
    assert demo.generate(d.store, d.supervisor, 40, seed=5) == 40
    with d.store.read() as s:
        signatures = s.execute(select(DeclarationSignature.method, DeclarationSignature.signature_png_sha256)).all()
        scans = set(s.scalars(select(ChecklistItem.scan_sha256).where(ChecklistItem.scan_sha256.is_not(None))))
        queued = set(s.scalars(select(FileUpload.sha256)))
    drawn = {sha for method, sha in signatures if method == "on_screen"}
    assert drawn and all(sha for sha in drawn) and len(drawn) < len(signatures)  # some, not all
    assert all(sha is None for method, sha in signatures if method == "paper")
    assert scans
    assert drawn | scans <= queued  # queued for the central with their rows
    for sha in drawn:
        assert blobs.media_type_of(d.store.data_dir, sha, (MediaType.PNG,)) is MediaType.PNG
    for sha in scans:
        pdf = pdfium.PdfDocument(io.BytesIO(blobs.read_bytes(d.store.data_dir, sha)))
        assert len(pdf) == 1  # a real PDF, one page
        pdf.close()
    assert maintenance.check(d.store, d.supervisor).ok
