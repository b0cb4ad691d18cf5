"""A scanned document in the app's own viewer: PDF pages (pdfview) or a JPEG/PNG picture.

The file is opened as an operation off the UI thread (services.files.open_file may fetch it from
the central first), and its pages are drawn there too; offline, the runner shows the service's
message (file_not_fetched) in words in the message bar."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from saa_desk.domain.enums import MediaType
from saa_desk.gui.context import DeskContext
from saa_desk.gui.pdfview import PagesView, page_images
from saa_desk.services import files
from saa_desk.store.blobs import SCAN_TYPES, sniff


@dataclass
class OpenedScan:
    path: Path
    pages: list[QImage]  # a PDF's pages, or the one picture


def read_scan(ctx: DeskContext, sha256: str) -> OpenedScan:
    """On a worker: the file (fetched if need be) and its pages as images."""
    path = files.open_file(ctx.store, ctx.actor, sha256)
    with path.open("rb") as fh:
        media = sniff(fh.read(4096), SCAN_TYPES)
    if media is MediaType.PDF:
        return OpenedScan(path, page_images(path))
    image = QImage(str(path))
    return OpenedScan(path, [image] if not image.isNull() else [])


class ScanViewer(QDialog):
    """The pages one under the other, scaled to the window's width."""

    def __init__(self, title: str, scan: OpenedScan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanViewer")
        self.setWindowTitle(title)
        self.resize(720, 860)
        layout = QVBoxLayout(self)
        self.pages = PagesView()
        self.pages.set_pages(scan.pages)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self.pages)
        layout.addWidget(area)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
