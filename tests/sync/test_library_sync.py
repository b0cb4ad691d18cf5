"""The library travels by the same channel as every synced row: a document added at one desk, and
its withdrawal, reach the other; the built-in policy stays one entry on every desk (it is never a row)."""

from __future__ import annotations

from collections.abc import Callable

from saa_desk.services import library
from saa_desk.sync import local, sync_once
from tests.conftest import Desk
from tests.sync.test_trust import desk_url

MakeDesks = Callable[[int], list[Desk]]
GUIDE_AR = "دليل خدمات البحث الاجتماعي"


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


def go_offline(desk: Desk) -> None:
    with desk.store.write(None, capture=False) as s:
        local.put(s, local.CENTRAL_URL, "postgresql://desk@127.0.0.1:9/central")


def test_a_document_added_at_one_desk_opens_at_another_offline_after_one_sync(
        central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    text = f"# {GUIDE_AR}\n\n## أهداف البحث\n\n- زيارة الأسرة\n- كتابة التقرير\n"
    added = library.add_document(a.store, a.admin, text.encode(), kind="research_guide", title_ar=GUIDE_AR,
                                 title_en="Social research services guide", version="1")
    sync_once(a.store)
    got = sync_once(b.store)
    assert got.files.down == 1
    go_offline(b)
    at_b = library.entry(b.store, b.reception, added.id)
    assert (at_b.title_ar, at_b.version, at_b.sha256, at_b.present_on_desk) == (GUIDE_AR, "1", added.sha256, True)
    assert library.text_of(b.store, b.reception, added.id) == text
    mine = [(e.id, e.version, e.sha256) for e in library.manifest(a.store, a.admin)]
    assert [(e.id, e.version, e.sha256) for e in library.manifest(b.store, b.reception)] == mine


def test_new_versions_and_withdrawals_travel_and_nothing_is_deleted(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    first = library.add_document(a.store, a.admin, f"# {GUIDE_AR}\n\nالإصدار الأول\n".encode(),
                                 kind="research_guide", title_ar=GUIDE_AR, title_en="Guide", version="1")
    second = library.add_document(a.store, a.admin, f"# {GUIDE_AR}\n\nالإصدار الثاني\n".encode(),
                                  kind="research_guide", title_ar=GUIDE_AR, title_en="Guide", version="2")
    library.withdraw(a.store, a.admin, first.id)
    sync_once(a.store)
    sync_once(b.store)
    listed = [e.id for e in library.documents(b.store, b.reception) if not e.builtin]
    assert listed == [second.id]
    everything = {e.id: e.withdrawn for e in library.documents(b.store, b.reception, include_withdrawn=True)
                  if not e.builtin}
    assert everything == {first.id: True, second.id: False}
    assert "الإصدار الأول" in library.text_of(b.store, b.reception, first.id)  # withdrawn, still there
