"""Load the Qt Designer forms of `ui/` at run time (QUiLoader); the .ui files are the source."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from saa_desk.paths import ui_dir

T = TypeVar("T", bound=QObject)
_loader: list[QUiLoader] = []


def _ui_loader() -> QUiLoader:
    if not _loader:
        _loader.append(QUiLoader())
    return _loader[0]


class Form:
    """One loaded form inside a host widget, with typed access to its named children.

    QUiLoader translates the form's strings while loading (context: the form's class name), so a
    form loaded after a language switch comes out in the new language.
    """

    def __init__(self, name: str, host: QWidget) -> None:
        path = ui_dir() / f"{name}.ui"
        file = QFile(str(path))
        if not file.open(QIODevice.OpenModeFlag.ReadOnly):
            raise FileNotFoundError(path)
        try:
            root = _ui_loader().load(file, host)
        finally:
            file.close()
        if root is None:
            raise RuntimeError(f"cannot load {path}: {_ui_loader().errorString()}")
        self.root: QWidget = root
        layout = host.layout() or QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(root)

    def get(self, cls: type[T], name: str) -> T:
        found = self.root.findChild(cls, name)
        if found is None:
            raise LookupError(f"the form {self.root.objectName()} has no {cls.__name__} named {name!r}")
        return found

    def maybe(self, cls: type[T], name: str) -> T | None:
        return self.root.findChild(cls, name)
