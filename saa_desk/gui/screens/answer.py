"""The researcher's answer as reception reads it, on the beneficiary's file and on the checklist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from saa_desk.gui import fmt
from saa_desk.services.referrals import ReferralView


def show_answer(label: QLabel, answer: ReferralView | None) -> None:
    """Fill the read-only label (hidden while the researcher has not answered)."""
    label.setVisible(answer is not None)
    if answer is None:
        label.setText("")
        return
    when = fmt.moment(answer.answered_at)
    lines = [QCoreApplication.translate("ResearcherAnswer", "The social researcher answered on {date}: {text}").format(
        date=when, text=answer.answer or "")]
    if answer.outcome:
        lines.append(QCoreApplication.translate("ResearcherAnswer", "Then: {outcome}").format(
            outcome=fmt.label("referral_outcome", answer.outcome)))
    if answer.missing:
        lines.append(QCoreApplication.translate("ResearcherAnswer", "What is missing: {text}").format(
            text=answer.missing))
    label.setText("\n".join(lines))
