"""Opening a scan from the checklist and from the beneficiary's file: the app's own viewer shows its
pages; a scan this desk has not fetched yet (offline, no central) says so in words."""

from __future__ import annotations

from saa_desk.domain.errors import DeskError
from saa_desk.gui.screens.base import select_row
from saa_desk.gui.screens.beneficiary_file import BeneficiaryFileScreen
from saa_desk.gui.screens.checklist import ChecklistScreen
from saa_desk.services import beneficiaries, documents, requests
from saa_desk.services.demo_files import scan_pdf, signature_png
from saa_desk.store import blobs
from tests.factories import beneficiary_data


def scanned_case(desk_env) -> tuple[str, str, list[str]]:
    """A request whose first document is a PDF scan and second a PNG picture."""
    store, actor = desk_env.store, desk_env.reception
    bid = beneficiaries.register(store, actor, beneficiary_data())
    rid = requests.open_request(store, actor, bid, "umrah_trip", "interview")
    for item, (content, name) in zip(requests.get(store, actor, rid).checklist,
                                     [(scan_pdf("ID copy", "X-1"), "id.pdf"), (signature_png(1), "income.png")],
                                     strict=True):
        documents.update_item(store, actor, item.id, "received", scan=content, scan_name=name)
    return bid, rid, [i.scan_sha256 for i in requests.get(store, actor, rid).checklist]


def test_the_checklist_opens_a_pdf_scan_and_a_picture(qtbot, reception, desk_env) -> None:
    _bid, rid, _shas = scanned_case(desk_env)
    reception.open_checklist(rid)
    screen = reception.current_screen()
    assert isinstance(screen, ChecklistScreen)
    qtbot.waitUntil(lambda: screen.data is not None and screen.open_scan_button.isEnabled())
    assert screen.open_scan_button.text() == "فتح المستند الممسوح"
    screen.open_scan_button.click()
    qtbot.waitUntil(lambda: screen.scan_viewer is not None and screen.scan_viewer.isVisible())
    viewer = screen.scan_viewer
    assert viewer.pages.page_count == 1 and "id.pdf" in viewer.windowTitle()
    page = viewer.pages._images[0]
    assert page.width() > 300 and page.height() > page.width()  # an A5 page, upright
    viewer.reject()
    screen.select_document(screen.data.request.checklist[1].document_type)
    screen.open_scan_button.click()
    qtbot.waitUntil(lambda: screen.scan_viewer is not viewer and screen.scan_viewer is not None)
    picture = screen.scan_viewer.pages._images[0]
    assert (picture.width(), picture.height()) == (320, 110)
    screen.scan_viewer.reject()


def test_a_document_without_a_scan_offers_none(qtbot, reception, desk_env) -> None:
    store, actor = desk_env.store, desk_env.reception
    bid = beneficiaries.register(store, actor, beneficiary_data())
    rid = requests.open_request(store, actor, bid, "umrah_trip", "interview")
    reception.open_checklist(rid)
    screen = reception.current_screen()
    qtbot.waitUntil(lambda: screen.data is not None)
    assert not screen.open_scan_button.isEnabled()


def test_the_file_opens_a_scan_and_offline_says_it_is_not_fetched(qtbot, reception, desk_env) -> None:
    bid, _rid, shas = scanned_case(desk_env)
    reception.open_beneficiary(bid, "documents")
    file = reception.current_screen()
    assert isinstance(file, BeneficiaryFileScreen)
    qtbot.waitUntil(lambda: file.data is not None and file.documents_table.rowCount() == 2)
    assert [file.documents_table.item(r, 4).text() for r in range(2)] == ["✓", "✓"]  # the scan column
    select_row(file.documents_table, 0)
    assert file.open_scan_button.isEnabled() and file.open_scan_button.text() == "فتح المستند الممسوح"
    file.open_scan_button.click()
    qtbot.waitUntil(lambda: file.scan_viewer is not None and file.scan_viewer.isVisible())
    assert file.scan_viewer.pages.page_count == 1
    file.scan_viewer.reject()

    # the second scan's bytes are not on this desk (a row synced before its file): offline, in words
    blobs.blob_path(desk_env.store.data_dir, shas[1]).unlink()
    select_row(file.documents_table, 1)
    file.open_scan_button.click()
    expected = DeskError("file_not_fetched", "file").message("ar")
    qtbot.waitUntil(lambda: reception.messages.current is not None)
    assert reception.messages.current == ("error", expected)
    assert "لم يُنزَّل هذا الملف" in expected
