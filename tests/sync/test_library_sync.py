"""The library travels by the same channel as every synced row: a document added at one desk, and
its withdrawal, reach the other; the built-in policy stays one entry on every desk (it is never a row)."""

from __future__ import annotations

from collections.abc import Callable

from saa_desk.services import library
from saa_desk.sync import sync_once
from tests.conftest import Desk

MakeDesks = Callable[[int], list[Desk]]


def test_a_document_and_its_withdrawal_reach_the_other_desk(make_desks: MakeDesks, central_url: str) -> None:
    head, branch = make_desks(2)
    added = library.add_document(head.store, head.admin, b"%PDF-1.4\n%%EOF\n", kind="bylaws",
                                 title_ar="اللائحة الأساسية للجمعية", title_en="Bylaws", version="2025")
    sync_once(head.store, central_url)
    sync_once(branch.store, central_url)
    there = {e.id: e for e in library.manifest(branch.store, branch.reception)}
    assert there[added.id].sha256 == added.sha256 and there[added.id].version == "2025"
    assert there[added.id].title_en == "Bylaws" and not there[added.id].withdrawn
    listed = [e.id for e in library.documents(branch.store, branch.reception)]
    assert listed.count(library.POLICY_ID) == 1  # both desks started with it; still one entry

    library.withdraw(head.store, head.admin, added.id)
    sync_once(head.store, central_url)
    sync_once(branch.store, central_url)
    assert added.id not in {e.id for e in library.documents(branch.store, branch.reception)}
    assert {e.id: e for e in library.manifest(branch.store, branch.reception)}[added.id].withdrawn
