"""The association's catalogues: support types, the documents each requires, rejection reasons and
the notification texts — and the fixed labels of the software's own codes (labels.json).

The first four are data an administrator edits: a `Catalogue` is one validated version of them
(canonical JSON, SHA-256), saved and synced as a row of `catalogue_versions` by
`services.catalogue`; the shipped JSON in `resources/catalogues/` is the seed of a new association.

The module functions (`support_types()`, `document_label()`, …) read the *display* catalogue: the
one the window shows labels from (`set_display`, set when a desk opens and when a catalogue change
arrives), the seed until then. A service that decides something reads the store's catalogue
(`services.catalogue.current_in`), and may lend it to code below it for one call (`using`).
labels.json (channels, roles, statuses…) is part of the software and is never edited.
"""

from __future__ import annotations

import hashlib
import json
import re
import string
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from saa_desk.messages import Lang, error_text, field_label
from saa_desk.paths import resource_path

FORMAT = 1
CODE_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")
IDENTITY = "identity"  # a support type's requirement expanded by ID type (identity_copy / passport_visa)
LABEL_MAX = 200
TEXT_MAX = 1500
# Per decision outcome the words to tell the applicant, and the sentence `{conditions}` becomes.
NOTIFICATION_KEYS = ("accept", "reject", "return", "conditions")
PLACEHOLDERS = frozenset({"name", "number", "support", "conditions", "reason", "missing", "meeting_date"})
LIST_KEYS = ("support_types", "document_types", "rejection_reasons")


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
    active: bool = True

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
    active: bool = True

    def label(self, lang: Lang = "ar") -> str:
        return self.ar if lang == "ar" else self.en


@dataclass(frozen=True)
class RejectionReason:
    code: str
    ar: str
    en: str
    active: bool = True

    def label(self, lang: Lang = "ar") -> str:
        return self.ar if lang == "ar" else self.en


# -- validation -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogueProblem:
    """One fault: where (`support_types[3].documents[1].code`), a message code, its parameters."""

    path: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: Lang = "ar") -> str:
        return f"{field_label(self.path, lang)}: {error_text(self.code, lang, **self.params)}"


class CatalogueInvalid(ValueError):
    """A catalogue document breaks a rule; `problems` names every field at fault."""

    def __init__(self, problems: list[CatalogueProblem]) -> None:
        self.problems = problems
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "ar") -> str:
        return ("؛ " if lang == "ar" else "; ").join(p.message(lang) for p in self.problems)


class _Reader:
    """Walks a parsed document, collecting every problem with its path."""

    def __init__(self) -> None:
        self.problems: list[CatalogueProblem] = []

    def fail(self, path: str, message: str, /, **params: Any) -> None:
        self.problems.append(CatalogueProblem(path, message, params))

    def obj(self, value: object, path: str) -> dict[str, Any] | None:
        if value is None:
            self.fail(path, "required")
            return None
        if not isinstance(value, dict):
            self.fail(path, "catalogue_not_object")
            return None
        return value

    def items(self, value: object, path: str) -> list[Any]:
        if value is None:
            self.fail(path, "required")
            return []
        if not isinstance(value, list):
            self.fail(path, "catalogue_not_list")
            return []
        return value

    def code(self, value: object, path: str) -> str | None:
        if not isinstance(value, str) or not CODE_RE.fullmatch(value):
            self.fail(path, "catalogue_bad_code")
            return None
        return value

    def text(self, value: object, path: str, max_length: int = LABEL_MAX) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, "catalogue_label_empty")
            return ""
        if max_length == LABEL_MAX:  # a label; a notification text keeps its spaces (they join sentences)
            value = value.strip()
        if len(value) > max_length:
            self.fail(path, "too_long", max=max_length)
        elif any(ord(c) < 32 and c not in "\n\t" for c in value):
            self.fail(path, "control_chars")
        return value

    def flag(self, value: object, path: str, default: bool) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(path, "catalogue_not_flag")
            return default
        return value

    def placeholders(self, value: str, path: str) -> None:
        try:
            names = {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}
        except ValueError:
            self.fail(path, "catalogue_bad_braces")
            return
        unknown = sorted(n for n in names if n not in PLACEHOLDERS)
        if unknown:
            self.fail(path, "catalogue_bad_placeholder", name=unknown[0],
                      known=", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS)))

    def labelled(self, raw: dict[str, Any], path: str) -> tuple[str | None, str, str]:
        return (self.code(raw.get("code"), f"{path}.code"), self.text(raw.get("ar"), f"{path}.ar"),
                self.text(raw.get("en"), f"{path}.en"))

    def unique(self, code: str | None, seen: set[str], path: str) -> bool:
        if code is None:
            return False
        if code in seen:
            self.fail(f"{path}.code", "catalogue_duplicate_code", value=code)
            return False
        seen.add(code)
        return True


@dataclass(frozen=True)
class Catalogue:
    """One version of the association's catalogue. Build it with `from_dict`/`from_json` (which
    validate) or `seed()`; `canonical_json()` and `sha256` identify it."""

    support_types: Mapping[str, SupportType]
    document_types: Mapping[str, DocumentType]
    rejection_reasons: Mapping[str, RejectionReason]
    notification_texts: Mapping[str, Mapping[str, str]]  # accept/reject/return/conditions -> ar/en

    # -- reading ------------------------------------------------------------------------------------

    @classmethod
    def from_json(cls, text: str | bytes) -> Catalogue:
        try:
            raw = json.loads(text)
        except (ValueError, UnicodeDecodeError) as exc:
            raise CatalogueInvalid([CatalogueProblem("catalogue", "catalogue_not_json",
                                                     {"detail": str(exc)[:120]})]) from exc
        return cls.from_dict(raw)

    @classmethod
    def from_dict(cls, raw: object) -> Catalogue:
        r = _Reader()
        doc = r.obj(raw, "catalogue") or {}
        if doc and doc.get("format", FORMAT) != FORMAT:
            r.fail("format", "catalogue_bad_format", format=FORMAT)
        documents = cls._documents(r, doc)
        supports = cls._supports(r, doc, documents)
        reasons = cls._reasons(r, doc)
        texts = cls._texts(r, doc)
        if r.problems:
            raise CatalogueInvalid(r.problems)
        return cls(supports, documents, reasons, texts)

    @staticmethod
    def _documents(r: _Reader, doc: dict[str, Any]) -> dict[str, DocumentType]:
        result: dict[str, DocumentType] = {}
        for i, item in enumerate(r.items(doc.get("document_types"), "document_types")):
            path = f"document_types[{i}]"
            d = r.obj(item, path)
            if d is None:
                continue
            code, ar, en = r.labelled(d, path)
            if code == IDENTITY:
                r.fail(f"{path}.code", "catalogue_reserved_code", value=code)
                continue
            has_expiry = r.flag(d.get("has_expiry"), f"{path}.has_expiry", False)
            active = r.flag(d.get("active"), f"{path}.active", True)
            if r.unique(code, set(result), path) and code is not None:
                result[code] = DocumentType(code, ar, en, has_expiry, active)
        return result

    @staticmethod
    def _supports(r: _Reader, doc: dict[str, Any], documents: Mapping[str, DocumentType]) -> dict[str, SupportType]:
        result: dict[str, SupportType] = {}
        for i, item in enumerate(r.items(doc.get("support_types"), "support_types")):
            path = f"support_types[{i}]"
            s = r.obj(item, path)
            if s is None:
                continue
            code, ar, en = r.labelled(s, path)
            active = r.flag(s.get("active"), f"{path}.active", True)
            reqs: list[DocumentRequirement] = []
            for j, req in enumerate(r.items(s.get("documents"), f"{path}.documents")):
                rpath = f"{path}.documents[{j}]"
                d = r.obj(req, rpath)
                if d is None:
                    continue
                dcode = d.get("code")
                known = documents.get(dcode) if isinstance(dcode, str) else None
                if dcode != IDENTITY and known is None:
                    r.fail(f"{rpath}.code", "catalogue_unknown_document", value=str(dcode)[:40])
                    continue
                if known is not None and not known.active and active:
                    r.fail(f"{rpath}.code", "catalogue_inactive_document", value=dcode)
                if any(q.code == dcode for q in reqs):
                    r.fail(f"{rpath}.code", "catalogue_duplicate_code", value=dcode)
                    continue
                reqs.append(DocumentRequirement(str(dcode), r.flag(d.get("mandatory"), f"{rpath}.mandatory", True)))
            if r.unique(code, set(result), path) and code is not None:
                result[code] = SupportType(code, ar, en, tuple(reqs), active)
        if not any(s.active for s in result.values()) and not r.problems:
            r.fail("support_types", "catalogue_no_active_support")
        return result

    @staticmethod
    def _reasons(r: _Reader, doc: dict[str, Any]) -> dict[str, RejectionReason]:
        result: dict[str, RejectionReason] = {}
        for i, item in enumerate(r.items(doc.get("rejection_reasons"), "rejection_reasons")):
            path = f"rejection_reasons[{i}]"
            d = r.obj(item, path)
            if d is None:
                continue
            code, ar, en = r.labelled(d, path)
            active = r.flag(d.get("active"), f"{path}.active", True)
            if r.unique(code, set(result), path) and code is not None:
                result[code] = RejectionReason(code, ar, en, active)
        return result

    @staticmethod
    def _texts(r: _Reader, doc: dict[str, Any]) -> dict[str, dict[str, str]]:
        result: dict[str, dict[str, str]] = {}
        raw = r.obj(doc.get("notification_texts"), "notification_texts")
        if raw is None:
            return result
        for key in sorted(set(raw) - set(NOTIFICATION_KEYS)):
            # The key itself may be anything (even empty): the path stays the object's.
            r.fail("notification_texts", "catalogue_unknown_key", value=str(key)[:40],
                   known=", ".join(NOTIFICATION_KEYS))
        for key in NOTIFICATION_KEYS:
            entry = r.obj(raw.get(key), f"notification_texts.{key}")
            if entry is None:
                continue
            texts: dict[str, str] = {}
            for lang in ("ar", "en"):
                path = f"notification_texts.{key}.{lang}"
                texts[lang] = r.text(entry.get(lang), path, TEXT_MAX)
                r.placeholders(texts[lang], path)
            result[key] = texts
        return result

    @classmethod
    def seed(cls) -> Catalogue:
        """The catalogue shipped in resources/catalogues/: what a new association starts with."""
        return _seed()

    # -- writing ------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "support_types": [
                {"code": s.code, "ar": s.ar, "en": s.en, "active": s.active,
                 "documents": [{"code": d.code, "mandatory": d.mandatory} for d in s.documents]}
                for s in self.support_types.values()],
            "document_types": [{"code": d.code, "ar": d.ar, "en": d.en, "has_expiry": d.has_expiry,
                                "active": d.active} for d in self.document_types.values()],
            "rejection_reasons": [{"code": x.code, "ar": x.ar, "en": x.en, "active": x.active}
                                  for x in self.rejection_reasons.values()],
            "notification_texts": {k: dict(v) for k, v in self.notification_texts.items()},
        }

    def canonical_json(self) -> str:
        """Sorted keys, no spaces, UTF-8 text as is: the same catalogue is always the same bytes."""
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def pretty_json(self) -> str:
        """For people to read and edit (export); `from_json` reads it back."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n"

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    def __hash__(self) -> int:
        return hash(self.sha256)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Catalogue) and other.sha256 == self.sha256

    # -- rules between versions -----------------------------------------------------------------------

    def check_successor(self, previous: Catalogue) -> None:
        """A new version keeps every code the previous one had (deactivate instead), so a request
        made under any version still finds the labels of its codes."""
        problems = [
            CatalogueProblem(key, "catalogue_code_dropped", {"value": code})
            for key in LIST_KEYS
            for code in getattr(previous, key)
            if code not in getattr(self, key)
        ]
        if problems:
            raise CatalogueInvalid(problems)

    # -- reading helpers ------------------------------------------------------------------------------

    def active_support_types(self) -> dict[str, SupportType]:
        return {c: s for c, s in self.support_types.items() if s.active}

    def active_rejection_reasons(self) -> dict[str, RejectionReason]:
        return {c: x for c, x in self.rejection_reasons.items() if x.active}

    def active_document_types(self) -> dict[str, DocumentType]:
        return {c: d for c, d in self.document_types.items() if d.active}

    def document_label(self, code: str, lang: Lang = "ar") -> str:
        doc = self.document_types.get(code)
        return doc.label(lang) if doc else code

    def support_type_label(self, code: str, lang: Lang = "ar") -> str:
        st = self.support_types.get(code)
        return st.label(lang) if st else code

    def rejection_reason_label(self, code: str | None, lang: Lang = "ar") -> str:
        reason = self.rejection_reasons.get(code or "")
        return reason.label(lang) if reason else (code or "")

    def notification_text(self, key: str, lang: Lang = "ar") -> str:
        return self.notification_texts[key][lang]


@cache
def _seed() -> Catalogue:
    texts = _load("notification_texts.json")
    return Catalogue.from_dict({
        "support_types": _load("support_types.json")["support_types"],
        "document_types": _load("documents.json")["document_types"],
        "rejection_reasons": _load("rejection_reasons.json")["rejection_reasons"],
        "notification_texts": {**texts["notification_texts"], "conditions": texts["conditions"]},
    })


# -- the display catalogue ----------------------------------------------------------------------------

_display: Catalogue | None = None
_lent: ContextVar[Catalogue | None] = ContextVar("saa_catalogue_lent", default=None)


def set_display(catalogue: Catalogue | None) -> None:
    """The catalogue the window shows labels from (None: back to the seed)."""
    global _display
    _display = catalogue


def display() -> Catalogue:
    """The catalogue lent to this call (`using`), else the display catalogue, else the seed."""
    return _lent.get() or _display or _seed()


@contextmanager
def using(catalogue: Catalogue) -> Iterator[Catalogue]:
    """Within the block (this thread only), the module functions read `catalogue`: a service lends
    the store's catalogue to the printing and domain code it calls."""
    token = _lent.set(catalogue)
    try:
        yield catalogue
    finally:
        _lent.reset(token)


def document_types() -> Mapping[str, DocumentType]:
    return display().document_types


def support_types() -> Mapping[str, SupportType]:
    return display().support_types


def rejection_reasons() -> Mapping[str, RejectionReason]:
    return display().rejection_reasons


def notification_texts() -> dict[str, Any]:
    """Per decision outcome, the words to tell the applicant ({placeholders} filled by the core),
    in the shape of the shipped file: {"notification_texts": {outcome: {ar, en}}, "conditions": {…}}."""
    texts = display().notification_texts
    return {"notification_texts": {k: v for k, v in texts.items() if k != "conditions"},
            "conditions": texts["conditions"]}


def document_label(code: str, lang: Lang = "ar") -> str:
    return display().document_label(code, lang)


def support_type_label(code: str, lang: Lang = "ar") -> str:
    return display().support_type_label(code, lang)


def rejection_reason_label(code: str | None, lang: Lang = "ar") -> str:
    return display().rejection_reason_label(code, lang)


# -- fixed labels of the software's own codes ------------------------------------------------------


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
