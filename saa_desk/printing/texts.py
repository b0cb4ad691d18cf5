"""The printed documents' wording, from `resources/printing/*.json` (Arabic and English).

Code refers to texts by document and key only, so the association can reword a document
without a code change.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from saa_desk.messages import Lang
from saa_desk.paths import resource_path

DOCUMENTS = ("common", "declaration", "receipt", "decision_letter", "minutes", "research_report", "request_form")


@cache
def _load(document: str) -> dict[str, Any]:
    with resource_path("printing", f"{document}.json").open(encoding="utf-8") as fh:
        texts: dict[str, Any] = json.load(fh)
    return texts


def _entry(document: str, key: str) -> dict[str, Any]:
    entry: Any = _load(document)
    for part in key.split("."):
        entry = entry[part]
    found: dict[str, Any] = entry
    return found


def text(document: str, key: str, lang: Lang = "ar", **params: object) -> str:
    """One text, its `{placeholders}` filled (values are inserted as-is, never re-parsed)."""
    template: str = _entry(document, key)[lang]
    return template.format(**params) if params else template


def text_list(document: str, key: str, lang: Lang = "ar") -> list[str]:
    return list(_entry(document, key)[lang])
