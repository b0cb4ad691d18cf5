"""Errors the core raises. Each names a field (where one is at fault) and a message code whose
Arabic and English texts live in resources/i18n/messages.json."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from saa_desk.messages import Lang, error_text, field_label


@dataclass(frozen=True)
class Localised:
    """A message parameter that reads differently per language (e.g. a list of document names)."""

    ar: str
    en: str

    def __str__(self) -> str:
        return self.en


class DeskError(Exception):
    """Base of every error a user may see; `message(lang)` is the one line shown."""

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "ar") -> str:
        params = {k: getattr(v, lang) if isinstance(v, Localised) else v for k, v in self.params.items()}
        text = error_text(self.code, lang, **params)
        if self.field is None:
            return text
        sep = ": "
        return f"{field_label(self.field, lang)}{sep}{text}"


class ValidationError(DeskError):
    """Input that breaks a rule; nothing was written."""

    index: int | None = None  # the row of a repeated group (a household member) at fault


def _join(errors: list[DeskError], lang: Lang) -> str:
    return ("؛ " if lang == "ar" else "; ").join(e.message(lang) for e in errors)


class ValidationErrors(ValidationError):
    """Several fields at fault at once (a form, an import row)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.code, first.field, **first.params)

    def message(self, lang: Lang = "ar") -> str:
        return _join(list(self.errors), lang)


class PermissionDenied(DeskError):
    def __init__(self, action: str) -> None:
        super().__init__("forbidden", None, action=action)


class NotFound(DeskError):
    def __init__(self, field: str) -> None:
        super().__init__("not_found", field)


class WorkflowError(DeskError):
    """A request cannot take this step now (a guard of the state machine failed)."""


class WorkflowErrors(WorkflowError):
    """Several guards failed at once; the message lists every reason."""

    def __init__(self, errors: list[WorkflowError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.code, first.field, **first.params)

    def message(self, lang: Lang = "ar") -> str:
        return _join(list(self.errors), lang)
