"""Showing and printing PDF bytes.

PySide6-Essentials has no QtPdf, so pages are rasterised with pypdfium2 (permissive licence) and
painted on screen or onto a QPrinter — which also serves Qt's print preview dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPaintEngine, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

PRINT_DPI = 300
SCREEN_DPI = 110


def page_images(pdf: bytes | Path, dpi: float = SCREEN_DPI) -> list[QImage]:
    """Every page as an image (safe on a worker thread); a file is read by pdfium as it needs."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888)
            images.append(image.copy())  # own the pixels before pdfium frees them
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def is_preview(printer: QPrinter) -> bool:
    """Whether this paint is for the preview dialog's pages rather than the real output.

    While Qt's print preview lays out its pages it swaps the printer's engines for its preview
    engine, a picture recorder; a real printer or PDF file paints through its own engine."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def print_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page onto the printer (a real one, a PDF file, or the preview); returns pages."""
    dpi = min(printer.resolution(), PRINT_DPI)
    images = page_images(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not start")
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            layout = printer.pageLayout()
            target = (layout.fullRectPixels(printer.resolution()) if printer.fullPage()
                      else layout.paintRectPixels(printer.resolution()))
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return len(images)


class PagesView(QWidget):
    """Pages one under the other, each as a picture, scaled to the width available."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._images: list[QImage] = []
        self._labels: list[QLabel] = []
        self._width = 600
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a page is a picture: never mirrored

    def set_pages(self, images: list[QImage]) -> None:
        self._images = list(images)
        for label in self._labels:
            label.deleteLater()
        self._labels = []
        for _image in self._images:
            label = QLabel(self)
            label.setStyleSheet("background: transparent;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # The page follows the view's width; it never forces the view wider.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self._layout.addWidget(label)
            self._labels.append(label)
        self._scale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self._layout.contentsMargins()
        self.fit_width(self.width() - margins.left() - margins.right() - 4)

    def fit_width(self, width: int) -> None:
        width = min(max(width, 200), 1000)
        if width != self._width:
            self._width = width
            self._scale()

    def _scale(self) -> None:
        for label, image in zip(self._labels, self._images, strict=True):
            pixmap = QPixmap.fromImage(image).scaledToWidth(self._width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setFixedHeight(pixmap.height() + 2)

    @property
    def page_count(self) -> int:
        return len(self._labels)
