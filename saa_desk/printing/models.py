"""What the printing functions take: plain, frozen values (no store or Qt types)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Outcome = Literal["accept", "reject", "return"]
OUTCOMES: tuple[Outcome, ...] = ("accept", "reject", "return")


@dataclass(frozen=True)
class PrintContext:
    """Who prints, where and when; a re-print is a copy (`copy_number` 1 for the first copy)."""

    branch_name: str
    printed_at: dt.datetime
    printed_by: str
    is_copy: bool = False
    copy_number: int = 0

    def metadata(self) -> dict[str, object]:
        """What every document records about its printing, in its PDF metadata."""
        return {"branch": self.branch_name, "printed_at": self.printed_at.isoformat(),
                "printed_by": self.printed_by, "copy": self.is_copy, "copy_number": self.copy_number}


@dataclass(frozen=True)
class ReceiptData:
    request_number: str
    beneficiary_name: str
    id_number: str
    support_type: str  # a support-type code from the catalogue
    submitted_on: dt.date
    expected_answer_date: dt.date


@dataclass(frozen=True)
class DecisionLetterData:
    request_number: str
    beneficiary_name: str
    id_number: str
    support_type: str  # a support-type code from the catalogue
    outcome: Outcome
    reason: str | None
    meeting_number: str
    meeting_date: dt.date
    decided_on: dt.date
    support_granted: str | None = None  # when accepted: what the committee granted
    conditions: str | None = None  # when accepted with conditions

    def __post_init__(self) -> None:
        # A letter that rejects or returns without saying why must never reach the applicant.
        if self.outcome not in OUTCOMES:
            raise ValueError(f"unknown decision outcome {self.outcome!r}")
        if self.outcome != "accept" and not (self.reason and self.reason.strip()):
            raise ValueError(f"a '{self.outcome}' decision letter needs a reason")


@dataclass(frozen=True)
class MinutesMember:
    name: str
    present: bool


@dataclass(frozen=True)
class MinutesDecision:
    request_number: str
    applicant: str
    support_type: str  # a support-type code from the catalogue
    outcome: Outcome
    support_granted: str | None
    conditions: str | None
    reason_code: str | None  # rejection_reasons catalogue
    reason: str | None
    missing_documents: tuple[str, ...]  # document type codes
    conflict_of_interest: bool


@dataclass(frozen=True)
class MinutesData:
    """The minutes of a closed meeting (محضر اجتماع اللجنة)."""

    meeting_number: str
    meeting_date: dt.date
    location: str | None
    quorum: int
    attendance: tuple[MinutesMember, ...]
    decisions: tuple[MinutesDecision, ...]
    notes: str | None = None
