"""Configurable catalogues shipped in `resources/catalogues/` (support types, documents, labels).

The association edits the JSON files; nothing here hard-codes their content.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from saa_desk.messages import Lang
from saa_desk.paths import resource_path


def _load(name: str) -> dict[str, Any]:
    with resource_path("catalogues", name).open(encoding="utf-8") as fh:
        catalogue: dict[str, Any] = json.load(fh)
    return catalogue


@dataclass(frozen=True)
class DocumentType:
    code: str
    ar: str
    en: str
    has_expiry: bool

    def label(self, lang: Lang = "ar") -> str:
        return self.ar if lang == "ar" else self.en


@dataclass(frozen=True)
class DocumentRequirement:
    code: str  # a document type code, or "identity" (expanded by ID type)
    mandatory: bool


@dataclass(frozen=True)
class SupportType:
    code: str
    ar: str
    en: str
    documents: tuple[DocumentRequirement, ...]

    def label(self, lang: Lang = "ar") -> str:
        return self.ar if lang == "ar" else self.en


@cache
def document_types() -> dict[str, DocumentType]:
    raw = _load("documents.json")["document_types"]
    return {d["code"]: DocumentType(d["code"], d["ar"], d["en"], bool(d["has_expiry"])) for d in raw}


@cache
def support_types() -> dict[str, SupportType]:
    result: dict[str, SupportType] = {}
    for s in _load("support_types.json")["support_types"]:
        reqs = tuple(DocumentRequirement(d["code"], bool(d.get("mandatory", True))) for d in s["documents"])
        result[s["code"]] = SupportType(s["code"], s["ar"], s["en"], reqs)
    return result


@cache
def _labels() -> dict[str, dict[str, dict[str, str]]]:
    return {k: v for k, v in _load("labels.json").items() if not k.startswith("_")}


def label(kind: str, code: str | None, lang: Lang = "ar") -> str:
    """The display label of a fixed code (channel, status, role…); the code itself if unknown."""
    if code is None:
        return ""
    entry = _labels().get(kind, {}).get(code)
    return entry[lang] if entry else code


def codes(kind: str) -> tuple[str, ...]:
    return tuple(_labels()[kind])


def document_label(code: str, lang: Lang = "ar") -> str:
    doc = document_types().get(code)
    return doc.label(lang) if doc else code


def support_type_label(code: str, lang: Lang = "ar") -> str:
    st = support_types().get(code)
    return st.label(lang) if st else code


@dataclass(frozen=True)
class RejectionReason:
    code: str
    ar: str
    en: str

    def label(self, lang: Lang = "ar") -> str:
        return self.ar if lang == "ar" else self.en


@cache
def rejection_reasons() -> dict[str, RejectionReason]:
    raw = _load("rejection_reasons.json")["rejection_reasons"]
    return {r["code"]: RejectionReason(r["code"], r["ar"], r["en"]) for r in raw}


def rejection_reason_label(code: str | None, lang: Lang = "ar") -> str:
    reason = rejection_reasons().get(code or "")
    return reason.label(lang) if reason else (code or "")


@cache
def notification_texts() -> dict[str, Any]:
    """Per decision outcome, the words to tell the applicant ({placeholders} filled by the core)."""
    return _load("notification_texts.json")
