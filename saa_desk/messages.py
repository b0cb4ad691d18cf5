"""The core's user-facing messages (errors, field names) in Arabic and English.

Texts live in `resources/i18n/messages.json`; code refers to them by key only.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, Literal

from saa_desk.paths import resource_path

Lang = Literal["ar", "en"]
LANGS: tuple[Lang, ...] = ("ar", "en")


@cache
def _catalogue() -> dict[str, dict[str, dict[str, str]]]:
    with resource_path("i18n", "messages.json").open(encoding="utf-8") as fh:
        catalogue: dict[str, dict[str, dict[str, str]]] = json.load(fh)
    return catalogue


def field_label(field: str, lang: Lang = "ar") -> str:
    entry = _catalogue()["fields"].get(field)
    return entry[lang] if entry else field


def error_text(code: str, lang: Lang = "ar", **params: Any) -> str:
    entry = _catalogue()["errors"].get(code) or _catalogue()["errors"]["generic"]
    try:
        return entry[lang].format(**params)
    except (KeyError, IndexError):
        return entry[lang]
