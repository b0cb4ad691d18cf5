"""Printing a prepared document through Qt's print preview, where only the printer's output is a print.

The declaration, the decision letter and the research report print the same way: the service
prepares the PDF (`printing.prepare`), the preview paints it, and when the user prints from the
preview to a printer or a PDF file the print is recorded (`printing.record_print`): a re-print is
then a copy. What the preview paints for its own pages records nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from saa_desk.gui.pdfview import is_preview, print_pdf
from saa_desk.services import printing

if TYPE_CHECKING:
    from saa_desk.gui.context import DeskContext
    from saa_desk.gui.fielderrors import FieldErrors


class RecordedPrinting:
    """Mixed into a widget that prints (before its Qt base class); it provides `ctx` and `printer`."""

    ctx: DeskContext
    printer: QPrinter
    preview_dialog: QPrintPreviewDialog | None = None
    print_errors: FieldErrors | None = None  # where a refused print's reason goes, if beside fields
    _printing: printing.PrintJob | None = None

    def open_print_preview(self, job: printing.PrintJob) -> None:
        self._printing = job
        assert isinstance(self, QWidget)
        dialog = QPrintPreviewDialog(self.printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("RecordedPrinting", "Print preview"))
        dialog.paintRequested.connect(self.print_to)
        self.preview_dialog = dialog
        dialog.open()

    def print_to(self, printer: QPrinter) -> None:
        """Paint for the preview or the real output; only the real output is recorded."""
        job = self._printing
        if job is None:
            return
        try:
            print_pdf(printer, job.pdf)
        except OSError as exc:
            self.ctx.runner.messages.show_error(str(exc))
            return
        if not is_preview(printer):
            self.record_print(job)

    def record_print(self, job: printing.PrintJob) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.runner.write(lambda: printing.record_print(store, actor, job), success=self.print_recorded,
                              errors=self.print_errors, initiator=self)

    def print_recorded(self, document: printing.PrintedDocument) -> None:
        """After the print is recorded (a widget keeps the PDF it printed, if it shows it)."""
