"""The date promised to the applicant: days waited, days left, and whether the answer is on time.

The policy promises an answer by the request's expected answer date. A request is overdue once
that date has passed; due soon when fewer than a quarter of the promised days (expected answer
date minus the day it was submitted) are left; otherwise on time. All days are Riyadh days.
"""

from __future__ import annotations

import datetime as dt

from saa_desk.domain.enums import QueueState

# "fewer than a quarter left": days_left * QUARTERS < promised days, kept in integers so the SQL
# filter (services/queue.py) and this function can never disagree on a boundary.
QUARTERS = 4


def days_waited(submitted_on: dt.date, today: dt.date) -> int:
    return (today - submitted_on).days


def days_left(expected: dt.date, today: dt.date) -> int:
    """Negative once the promised date has passed."""
    return (expected - today).days


def queue_state(submitted_on: dt.date, expected: dt.date, today: dt.date) -> QueueState:
    left = days_left(expected, today)
    if left < 0:
        return QueueState.OVERDUE
    if left * QUARTERS < (expected - submitted_on).days:
        return QueueState.DUE_SOON
    return QueueState.ON_TIME
