"""Showing the core's reasons beside the fields they name.

Each screen maps the core's field names (`id_number`, `mobile`…) to the form's typed widgets:
the input (if any) and the label beside it; this class puts `DeskError.message(lang)` there.
The forms name them `<field>` and `<field>_error`; the mapping is checked against that when it is
built, so a widget pasted under the wrong field fails when the screen is made, not when an error shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QWidget

from saa_desk.domain.errors import DeskError
from saa_desk.gui import i18n
from saa_desk.gui.fmt import bidi_safe
from saa_desk.gui.theme import repolish


def flatten(exc: DeskError) -> list[DeskError]:
    """ValidationErrors / WorkflowErrors carry several; every other error is one."""
    inner = getattr(exc, "errors", None)
    if isinstance(inner, list) and inner:
        return [e for e in inner if isinstance(e, DeskError)]
    return [exc]


@dataclass(frozen=True)
class Field:
    """Where one field's reasons go: the label beside it, and the input to mark invalid (if any)."""

    error: QLabel
    input: QWidget | None = None


def check(name: str, field: Field) -> None:
    """Refuse a mapping whose widgets belong to another field of the form."""
    if field.error.objectName() != f"{name}_error":
        raise ValueError(f"field {name!r}: its error label is {field.error.objectName()!r}, not {name}_error")
    if field.input is not None and field.input.objectName() != name:
        raise ValueError(f"field {name!r}: its input is {field.input.objectName()!r}")


class FieldErrors:
    def __init__(self, fields: Mapping[str, Field], *, aliases: Mapping[str, str] | None = None,
                 general: QLabel | None = None, default: str | None = None,
                 on_shown: Callable[[list[str]], None] | None = None) -> None:
        self._labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        for name, field in fields.items():
            check(name, field)
            self._labels[name] = field.error
            if field.input is not None:
                self._inputs[name] = field.input
        self._aliases = dict(aliases or {})
        self.general = general
        self.default = default  # where an error naming no field here goes (else: general, message bar)
        self._on_shown = on_shown
        for target in (default, *self._aliases.values()):
            if target is not None and target not in self._labels:
                raise ValueError(f"{target!r} is not one of the fields {sorted(self._labels)}")

    @property
    def fields(self) -> set[str]:
        return set(self._labels)

    def target(self, core_field: str | None) -> str | None:
        name = self._aliases.get(core_field, core_field) if core_field else None
        return name if name in self._labels else self.default

    def set(self, name: str, text: str) -> None:
        text = bidi_safe(text)
        label = self._labels[name]
        previous = label.text()
        label.setText(f"{previous}\n{text}" if previous else text)
        label.setVisible(True)
        widget = self._inputs.get(name)
        if widget is not None and widget.property("invalid") is not True:
            widget.setProperty("invalid", True)
            repolish(widget)

    def clear(self, name: str | None = None) -> None:
        names = [name] if name else list(self._labels)
        for n in names:
            label = self._labels[n]
            label.clear()
            label.setVisible(False)
            widget = self._inputs.get(n)
            if widget is not None and widget.property("invalid"):
                widget.setProperty("invalid", False)
                repolish(widget)
        if name is None and self.general is not None:
            self.general.clear()
            self.general.setVisible(False)

    def text(self, name: str) -> str:
        return self._labels[name].text()

    def shown(self) -> dict[str, str]:
        return {n: lab.text() for n, lab in self._labels.items() if lab.text()}

    def show(self, exc: DeskError) -> list[DeskError]:
        """Place every reason beside its field; return the ones no field here can hold."""
        lang = i18n.current()
        unplaced: list[DeskError] = []
        placed: list[str] = []
        for error in flatten(exc):
            name = self.target(error.field)
            if name is None:
                unplaced.append(error)
                continue
            self.set(name, error.message(lang))
            placed.append(name)
        if unplaced and self.general is not None:
            self.general.setText(bidi_safe("\n".join(e.message(lang) for e in unplaced)))
            self.general.setVisible(True)
            unplaced = []
        if placed and self._on_shown is not None:
            self._on_shown(placed)
        return unplaced
