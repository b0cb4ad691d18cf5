"""Language, direction and locale of the running application.

Source strings are English (`tr()` / `QCoreApplication.translate`); Arabic comes from
`resources/i18n/saa_ar.qm`, plus Qt's own `qtbase_ar.qm` for standard buttons and dialogs.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from saa_desk.paths import resource_path

Lang = Literal["ar", "en"]
LANGS: tuple[Lang, ...] = ("ar", "en")
DEFAULT_LANG: Lang = "ar"
# The other language's native name: what the switch button shows, never translated.
NATIVE_NAME: dict[str, str] = {"ar": "العربية", "en": "English"}

_current: list[Lang] = [DEFAULT_LANG]
_installed: list[QTranslator] = []  # one set per process, whoever installed it


def current() -> Lang:
    """The language screens pass to the core's `message(lang)` and catalogue labels."""
    return _current[0]


def other(lang: str | None = None) -> Lang:
    return "en" if (lang or current()) == "ar" else "ar"


def locale_for(lang: str) -> QLocale:
    """Chosen deliberately: Arabic text with Western digits.

    `ar_SA` (and plain `ar`) format numbers with Arabic-Indic digits (١٢٣); the desk's documents, IDs,
    phones and dates use Western digits, so Arabic uses the United Arab Emirates variant, which
    keeps Arabic month and day names and writes 123. English uses en_GB for day/month/year order.
    """
    if lang == "ar":
        return QLocale(QLocale.Language.Arabic, QLocale.Country.UnitedArabEmirates)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def translated_direction() -> Qt.LayoutDirection:
    """Qt's own convention: the Arabic catalogue translates this key to "RTL"."""
    key = QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION",
                                     "Translate this string to the string 'LTR' in left-to-right "
                                     "languages or to 'RTL' in right-to-left languages")
    return Qt.LayoutDirection.RightToLeft if key == "RTL" else Qt.LayoutDirection.LeftToRight


class Translations:
    """Installs the translators of one language. Keep this object alive as long as the app."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translators = _installed

    def apply(self, lang: str) -> Lang:
        chosen: Lang = "en" if lang == "en" else "ar"
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        if chosen == "ar":
            own = QTranslator(self._app)
            if not own.load(str(resource_path("i18n", "saa_ar.qm"))):
                raise FileNotFoundError("resources/i18n/saa_ar.qm is missing: run pyside6-lrelease")
            qt_base = QTranslator(self._app)
            if qt_base.load("qtbase_ar", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt_base)
            self._translators.append(own)
        for translator in self._translators:
            self._app.installTranslator(translator)
        _current[0] = chosen
        QLocale.setDefault(locale_for(chosen))
        # Set explicitly as well: the translated key alone would leave English RTL if a catalogue broke.
        direction = Qt.LayoutDirection.RightToLeft if chosen == "ar" else Qt.LayoutDirection.LeftToRight
        self._app.setLayoutDirection(direction)
        return chosen
