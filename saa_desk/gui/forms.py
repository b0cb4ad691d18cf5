"""Build a compiled Qt Designer form (`saa_desk/gui/forms_ui`, from `ui/*.ui`) inside a host widget."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QVBoxLayout, QWidget


class CompiledForm(Protocol):
    """What pyside6-uic generates: `setupUi` builds the widgets and translates their strings
    (context: the form's class name, as in resources/i18n), so a form built after a language
    switch comes out in the new language."""

    def setupUi(self, form: QWidget) -> None: ...



def mount(ui: CompiledForm, host: QWidget) -> QWidget:
    """Build `ui` in a fresh widget laid edge to edge into `host`; return that widget (the form's root)."""
    root = QWidget(host)
    ui.setupUi(root)
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(root)
    return root
