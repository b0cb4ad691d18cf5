"""Fixed codes of the domain. Display labels live in resources/catalogues/labels.json."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    RECEPTION = "reception"
    RESEARCHER = "researcher"
    COMMITTEE = "committee"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Channel(StrEnum):
    """The policy's eight channels."""

    INTERVIEW = "interview"
    PHONE = "phone"
    SOCIAL_MEDIA = "social_media"
    LETTER = "letter"
    HELP_REQUEST = "help_request"
    VOLUNTEERING = "volunteering"
    WEBSITE = "website"
    BRANCH_REPRESENTATIVE = "branch_representative"


class ReferenceTool(StrEnum):
    BYLAWS = "bylaws"
    RESEARCH_GUIDE = "research_guide"
    SUPPORT_POLICY_GUIDE = "support_policy_guide"
    SUPPORT_REQUEST_FORM = "support_request_form"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class MaritalStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


class Employment(StrEnum):
    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    UNEMPLOYED = "unemployed"
    RETIRED = "retired"
    STUDENT = "student"


class Relation(StrEnum):
    SPOUSE = "spouse"
    SON = "son"
    DAUGHTER = "daughter"
    FATHER = "father"
    MOTHER = "mother"
    BROTHER = "brother"
    SISTER = "sister"
    OTHER = "other"


class DocumentStatus(StrEnum):
    PENDING = "pending"
    RECEIVED = "received"
    VERIFIED = "verified"
    EXPIRED = "expired"
    MISSING = "missing"
    WAIVED = "waived"


class DecisionOutcome(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    RETURN = "return"


class MeetingStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"  # its decisions are frozen and have taken effect


class Recommendation(StrEnum):
    """The social researcher's recommendation to the committee."""

    ACCEPT = "accept"
    REJECT = "reject"
    ACCEPT_WITH_CONDITIONS = "accept_with_conditions"


class ReferralOutcome(StrEnum):
    """Where the researcher sends the request after answering."""

    RETURN_TO_RECEPTION = "return_to_reception"  # with what is missing
    FORWARD = "forward"  # on toward the committee


class NotificationStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"


class QueueState(StrEnum):
    """Time left to the date promised to the applicant."""

    ON_TIME = "on_time"
    DUE_SOON = "due_soon"  # under a quarter of the promise left
    OVERDUE = "overdue"


class SignatureMethod(StrEnum):
    PAPER = "paper"
    ON_SCREEN = "on_screen"


class InteractionKind(StrEnum):
    INQUIRY = "inquiry"
    FOLLOW_UP = "follow_up"
    SUGGESTION = "suggestion"
    COMPLAINT = "complaint"
    NOTIFICATION = "notification"


class LibraryKind(StrEnum):
    """The policy's four reference tools at the employee's hand, and any other document."""

    BYLAWS = "bylaws"
    RESEARCH_GUIDE = "research_guide"
    SUPPORT_POLICY_GUIDE = "support_policy_guide"
    SUPPORT_REQUEST_FORM = "support_request_form"
    OTHER = "other"


class MediaType(StrEnum):
    """The kinds of file a desk accepts, recognised by their bytes (never by a name)."""

    PDF = "application/pdf"
    JPEG = "image/jpeg"
    PNG = "image/png"
    MARKDOWN = "text/markdown"  # library documents only
