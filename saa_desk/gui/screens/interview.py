"""The interview (المقابلة), in steps: identity, household, contact, social situation, the support
request, notes. New or returning beneficiary. Fields are checked as they are left, by the core's
own validators; an unfinished interview is kept as a draft that survives closing the window."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from saa_desk import catalogues
from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS
from saa_desk.domain.checklist import required_documents
from saa_desk.domain.dates import format_gregorian, parse_date
from saa_desk.domain.errors import DeskError, ValidationError, ValidationErrors
from saa_desk.domain.identity import IdType
from saa_desk.domain.permissions import Permission
from saa_desk.domain.phone import local_form
from saa_desk.gui import fmt, i18n
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fielderrors import Field, FieldErrors
from saa_desk.gui.forms_ui.ui_interview import Ui_InterviewForm
from saa_desk.gui.ops import Kind
from saa_desk.gui.screens.base import Screen, fill_table, leading_alignment
from saa_desk.services import beneficiaries, drafts, fieldchecks, intake, requests
from saa_desk.services.beneficiaries import DuplicateBeneficiary

DRAFT_VERSION = 1
AUTOSAVE_MS = 1500
STEP_FIELDS: tuple[tuple[str, ...], ...] = (
    ("id_type", "id_number", "passport_country", "id_expiry", "first_name", "father_name", "grandfather_name",
     "family_name", "latin_name", "gender", "birth_date", "nationality"),
    ("household",),
    ("mobile", "city", "district", "address", "preferred_channel"),
    ("marital_status", "employment", "monthly_income", "health_notes"),
    ("support_type", "channel", "description"),
    ("notes",),
)
REQUEST_STEP = 4
REQUEST_FIELDS = ("support_type", "channel", "description")
TEXT_FIELDS = ("health_notes", "description", "notes")
DATE_FIELDS = ("id_expiry", "birth_date", "member_birth_date")
LTR_FIELDS = ("id_number", "mobile", "latin_name")
MEMBER_FIELDS = ("member_name", "relation", "member_birth_date")
# Countries a passport or nationality may name (two-letter codes of the labels catalogue).
_COUNTRY_KIND = "nationality"


def _fields(u: Ui_InterviewForm) -> dict[str, Field]:
    """The core's field names (and the household member's) → their widgets on the form."""
    return {
        "id_type": Field(u.id_type_error, u.id_type),
        "id_number": Field(u.id_number_error, u.id_number),
        "passport_country": Field(u.passport_country_error, u.passport_country),
        "id_expiry": Field(u.id_expiry_error, u.id_expiry),
        "first_name": Field(u.first_name_error, u.first_name),
        "father_name": Field(u.father_name_error, u.father_name),
        "grandfather_name": Field(u.grandfather_name_error, u.grandfather_name),
        "family_name": Field(u.family_name_error, u.family_name),
        "latin_name": Field(u.latin_name_error, u.latin_name),
        "gender": Field(u.gender_error, u.gender),
        "birth_date": Field(u.birth_date_error, u.birth_date),
        "nationality": Field(u.nationality_error, u.nationality),
        "member_name": Field(u.member_name_error, u.member_name),
        "relation": Field(u.relation_error, u.relation),
        "member_birth_date": Field(u.member_birth_date_error, u.member_birth_date),
        "household": Field(u.household_error),
        "mobile": Field(u.mobile_error, u.mobile),
        "city": Field(u.city_error, u.city),
        "district": Field(u.district_error, u.district),
        "address": Field(u.address_error, u.address),
        "preferred_channel": Field(u.preferred_channel_error, u.preferred_channel),
        "marital_status": Field(u.marital_status_error, u.marital_status),
        "employment": Field(u.employment_error, u.employment),
        "monthly_income": Field(u.monthly_income_error, u.monthly_income),
        "health_notes": Field(u.health_notes_error, u.health_notes),
        "support_type": Field(u.support_type_error, u.support_type),
        "channel": Field(u.channel_error, u.channel),
        "description": Field(u.description_error, u.description),
        "notes": Field(u.notes_error, u.notes),
    }


def _countries() -> list[str]:
    return [c for c in catalogues.codes(_COUNTRY_KIND) if len(c) == 2]


class InterviewScreen(Screen):
    refresh_on = Kind.CATALOGUE  # the support types offered

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_InterviewForm()
        self.root = self.mount(self.ui)
        u = self.ui
        self.pages = u.pages
        self.steps = u.stepsList
        self.next_button = u.nextButton
        self.back_button = u.backButton
        self.save_button = u.saveButton
        self.title = u.title
        self.draft_status = u.draftStatus
        self.duplicate_banner = u.duplicateBanner
        self.duplicate_text = u.duplicateText
        self.household_table = u.householdTable
        self.review_form = u.reviewForm
        self.review_problems = u.reviewProblems
        self.review_refused: dict[str, str] = {}  # field → the core's reason, as marked on the review page
        self.required_docs = u.requiredDocs
        self.identity_form = u.identityForm

        self.lines: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        fields = _fields(u)
        for name in (*BENEFICIARY_FIELDS, *REQUEST_FIELDS, *MEMBER_FIELDS):
            widget = fields[name].input
            if isinstance(widget, QLineEdit):
                self.lines[name] = widget
            elif isinstance(widget, QComboBox):
                self.combos[name] = widget
            elif isinstance(widget, QPlainTextEdit):
                self.texts[name] = widget
        for name in LTR_FIELDS:
            self.lines[name].setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._fill_choices()

        self.errors = FieldErrors({n: fields[n] for n in (*BENEFICIARY_FIELDS, *REQUEST_FIELDS, "household")},
                                  on_shown=self._jump_to_error)
        self.member_errors = FieldErrors({n: fields[n] for n in MEMBER_FIELDS},
                                         aliases={"birth_date": "member_birth_date", "member_name": "member_name"})
        self.step_titles = [self.tr("Identity"), self.tr("Household"), self.tr("Contact"),
                            self.tr("Social situation"), self.tr("Support request"), self.tr("Notes")]

        # state of the interview on screen
        self.beneficiary_id: str | None = None
        self.with_request = True
        self.household: list[dict[str, Any]] = []
        self.household_changed = False
        self.draft_id: str | None = None
        self.duplicate_ids: list[str] = []
        self._touched: set[str] = set()
        self._loading = False
        self._dirty = False
        self._saving = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)

        for name, line in self.lines.items():
            if name in MEMBER_FIELDS:
                continue
            line.editingFinished.connect(lambda n=name: self._left_field(n))
            line.textEdited.connect(self._edited)
        self.date_hints = {"id_expiry": u.id_expiry_hint, "birth_date": u.birth_date_hint,
                           "member_birth_date": u.member_birth_date_hint}
        for name in DATE_FIELDS:
            self.lines[name].textChanged.connect(lambda _t, n=name: self._show_date_hint(n))
        for name, combo in self.combos.items():
            if name in MEMBER_FIELDS:
                continue
            combo.activated.connect(lambda _i, n=name: self._left_field(n))
            combo.currentIndexChanged.connect(self._edited)
        for text in self.texts.values():
            text.textChanged.connect(self._edited)
        self.combos["id_type"].currentIndexChanged.connect(self._id_type_changed)
        self.combos["support_type"].currentIndexChanged.connect(self._show_required_documents)

        self.steps.currentRowChanged.connect(self._go)
        self.next_button.clicked.connect(self.next_step)
        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.save_button.clicked.connect(self.save)
        u.discardButton.clicked.connect(self.discard)
        u.openExistingButton.clicked.connect(self._open_existing)
        u.addMemberButton.clicked.connect(self.add_member)
        u.removeMemberButton.clicked.connect(self.remove_member)
        self.start_new()

    # -- choices -----------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        def fill(name: str, items: list[tuple[str, str]], optional: bool = True) -> None:
            combo = self.combos[name]
            combo.clear()
            if optional:
                combo.addItem("—", None)
            for code, text in items:
                combo.addItem(text, code)

        lang = i18n.current()
        def labels(kind: str) -> list[tuple[str, str]]:
            return [(c, catalogues.label(kind, c, lang)) for c in catalogues.codes(kind)]

        fill("id_type", labels("id_type"), optional=False)
        countries = [(c, f"{catalogues.label(_COUNTRY_KIND, c, lang)} ({c})") for c in _countries()]
        fill("passport_country", countries)
        fill("nationality", countries)
        fill("gender", labels("gender"))
        fill("preferred_channel", labels("channel"))
        fill("marital_status", labels("marital_status"))
        fill("employment", labels("employment"))
        fill("relation", labels("relation"))
        fill("channel", labels("channel"), optional=False)
        self._fill_support_types()

    def _fill_support_types(self) -> None:
        """The support types the catalogue offers now (retired ones are not offered to new requests)."""
        combo = self.combos["support_type"]
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", None)
        for code, st in catalogues.display().active_support_types().items():
            combo.addItem(st.label(i18n.current()), code)
        combo.blockSignals(False)
        self._set_combo(combo, chosen)

    def refresh(self) -> None:
        self._fill_support_types()

    @staticmethod
    def _set_combo(combo: QComboBox, code: object) -> None:
        index = combo.findData(code) if code not in (None, "") else 0
        combo.setCurrentIndex(max(index, 0))

    # -- reading and writing the form --------------------------------------------------------------

    def value(self, name: str) -> str | None:
        if name in self.lines:
            text = self.lines[name].text()
        elif name in self.combos:
            data = self.combos[name].currentData()
            text = data if isinstance(data, str) else ""
        else:
            text = self.texts[name].toPlainText()
        return text if text.strip() else None

    def set_value(self, name: str, value: object) -> None:
        if name in self.combos:
            self._set_combo(self.combos[name], value)
            return
        if isinstance(value, dt.date):
            value = format_gregorian(value, i18n.current())
        elif name == "mobile" and isinstance(value, str):
            value = local_form(value)
        text = "" if value is None else str(value)
        if name in self.lines:
            self.lines[name].setText(text)
        else:
            self.texts[name].setPlainText(text)

    def beneficiary_data(self) -> dict[str, Any]:
        return {name: self.value(name) for name in BENEFICIARY_FIELDS}

    def request_fields(self) -> intake.RequestFields | None:
        if not self.with_request:
            return None
        return intake.RequestFields(self.value("support_type") or "", self.value("channel") or "",
                                  self.value("description"))

    def draft_payload(self) -> dict[str, Any]:
        return {
            "version": DRAFT_VERSION,
            "beneficiary_id": self.beneficiary_id,
            "with_request": self.with_request,
            "step": self.pages.currentIndex(),
            "fields": self.beneficiary_data(),
            "household": self.household,
            "household_changed": self.household_changed,
            "request": {name: self.value(name) for name in REQUEST_FIELDS},
        }

    def _reset(self, beneficiary_id: str | None, with_request: bool) -> None:
        self._loading = True
        try:
            self._autosave.stop()
            self.beneficiary_id = beneficiary_id
            self.with_request = with_request
            self.draft_id = None
            self.household, self.household_changed = [], False
            self.duplicate_ids = []
            self._touched.clear()
            self._dirty = False
            for name in (*BENEFICIARY_FIELDS, *REQUEST_FIELDS, *MEMBER_FIELDS):
                self.set_value(name, None)
            self._set_combo(self.combos["id_type"], IdType.NATIONAL_ID.value)
            self._set_combo(self.combos["channel"], "interview")
            self.errors.clear()
            self.member_errors.clear()
            self.duplicate_banner.hide()
            self.draft_status.clear()
            self._show_household()
            self._id_type_changed()
            self._show_required_documents()
        finally:
            self._loading = False

    def start_new(self) -> None:
        self._reset(None, True)
        self.title.setText(self.tr("Interview — new beneficiary"))
        self._build_steps()
        self.go(0)

    def start_returning(self, beneficiary_id: str, with_request: bool = True) -> None:
        self._reset(beneficiary_id, with_request)
        self.ctx.runner.query(lambda: beneficiaries.get(self.ctx.store, self.ctx.actor, beneficiary_id),
                              success=self._fill_from_file, initiator=self)

    def _fill_from_file(self, person: beneficiaries.BeneficiaryView) -> None:
        self._loading = True
        try:
            for name in BENEFICIARY_FIELDS:
                self.set_value(name, person.data.get(name))
            self.household = [{"name": m.name, "relation": m.relation,
                               "birth_date": m.birth_date.isoformat() if m.birth_date else None}
                              for m in person.household]
            self._show_household()
            self._id_type_changed()
        finally:
            self._loading = False
        title = self.tr("Interview — {name}") if self.with_request else self.tr("Update data — {name}")
        self.title.setText(title.format(name=person.full_name))
        self._build_steps()
        self.go(0)

    def resume(self, draft_id: str) -> None:
        def fill(payload: dict[str, Any]) -> None:
            self._reset(payload.get("beneficiary_id"), bool(payload.get("with_request", True)))
            self._loading = True
            try:
                for name, value in (payload.get("fields") or {}).items():
                    if name in BENEFICIARY_FIELDS:
                        self.set_value(name, value)
                for name, value in (payload.get("request") or {}).items():
                    if name in REQUEST_FIELDS:
                        self.set_value(name, value)
                self.household = list(payload.get("household") or [])
                self.household_changed = bool(payload.get("household_changed"))
                self._show_household()
                self._id_type_changed()
                self._show_required_documents()
            finally:
                self._loading = False
            self.draft_id = draft_id
            name = " ".join(filter(None, (self.value("first_name"), self.value("family_name"))))
            self.title.setText(self.tr("Interview — {name}").format(name=name) if name
                               else self.tr("Interview — new beneficiary"))
            self._build_steps()
            self.go(int(payload.get("step") or 0))
            self.draft_status.setText(self.tr("Resumed from a draft"))

        self.ctx.runner.query(lambda: drafts.load_draft(self.ctx.store, self.ctx.actor, draft_id), success=fill,
                              initiator=self)

    # -- steps -------------------------------------------------------------------------------------

    def _build_steps(self) -> None:
        self.steps.blockSignals(True)
        self.steps.clear()
        for number, title in enumerate(self.step_titles, start=1):
            self.steps.addItem(f"{number} · {title}")
        self.steps.item(REQUEST_STEP).setHidden(not self.with_request)
        self.steps.blockSignals(False)

    def _visible_steps(self) -> list[int]:
        return [i for i in range(len(STEP_FIELDS)) if self.with_request or i != REQUEST_STEP]

    def go(self, index: int) -> None:
        visible = self._visible_steps()
        if index not in visible:
            candidates = [i for i in visible if i >= index] or visible[-1:]
            index = candidates[0]
        self.pages.setCurrentIndex(index)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self.back_button.setEnabled(index != visible[0])
        last = index == visible[-1]
        self.next_button.setVisible(not last)
        self.save_button.setText(self.tr("Save and open the checklist") if self.with_request else self.tr("Save"))
        if last:
            self._show_review()
        first = STEP_FIELDS[index][0]
        target = self.lines.get(first) or self.combos.get(first) or self.texts.get(first)
        if target is not None and self.isVisible():
            target.setFocus()

    def _go(self, row: int) -> None:
        if row >= 0:
            self.go(row)

    def next_step(self) -> None:
        index = self.pages.currentIndex()
        fields = set(STEP_FIELDS[index])
        self._touched |= fields
        if self._check(fields):
            visible = self._visible_steps()
            self.go(visible[min(visible.index(index) + 1, len(visible) - 1)])

    def _jump_to_error(self, fields: list[str]) -> None:
        """After a save the core refused, show the first step with a fault (never while typing)."""
        if not self._saving:
            return
        self._saving = False
        for index, step in enumerate(STEP_FIELDS):
            if any(name in step for name in fields):
                self.go(index)
                return

    # -- live checks -------------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        if self.ctx.can(Permission.BENEFICIARY_WRITE):
            self._autosave.start()

    def _left_field(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._check(self._touched)

    def _problems(self, fields: set[str]) -> list[ValidationError]:
        """The core's reasons for refusing the values now in these fields (the core decides)."""
        problems: list[ValidationError] = []
        beneficiary_fields = fields & set(BENEFICIARY_FIELDS)
        if beneficiary_fields:
            problems += [p for p in fieldchecks.beneficiary_problems(self.ctx.store, self.beneficiary_data())
                         if p.field in beneficiary_fields]
        if fields & set(REQUEST_FIELDS) and self.with_request:
            request = self.request_fields()
            assert request is not None
            try:
                requests.validate_request_fields(request.support_type, request.channel, request.description)
            except ValidationErrors as exc:
                problems += [e for e in exc.errors if e.field in fields]
        return problems

    def _check(self, fields: set[str]) -> bool:
        """Show the core's reasons for the given fields; True when they are all fine."""
        problems = self._problems(fields)
        for name in fields:
            if name in self.errors.fields:
                self.errors.clear(name)
        if problems:
            self.errors.show(ValidationErrors(problems))
        if "id_number" in fields and not any(p.field == "id_number" for p in problems):
            self._check_duplicate()
        return not problems

    def _check_duplicate(self) -> None:
        number = fieldchecks.clean_id_number(self.value("id_type"), self.value("id_number"),
                                             self.value("passport_country"))
        if number is None:
            self.duplicate_banner.hide()
            return

        def show(ids: list[str]) -> None:
            others = [i for i in ids if i != self.beneficiary_id]
            self._show_duplicate(others)

        self.ctx.runner.query(lambda: beneficiaries.find_by_id_number(self.ctx.store, self.ctx.actor, number),
                              success=show, initiator=self)

    def _show_duplicate(self, ids: list[str]) -> None:
        self.duplicate_ids = ids
        if not ids:
            self.duplicate_banner.hide()
            return
        try:
            name = beneficiaries.get(self.ctx.store, self.ctx.actor, ids[0]).full_name
        except DeskError:
            name = ""
        self.duplicate_text.setText(self.tr("This ID number is already registered to {name}. Open the existing "
                                            "file instead of registering the beneficiary again.").format(name=name))
        self.duplicate_banner.show()

    def _open_existing(self) -> None:
        if self.duplicate_ids:
            self.save_draft()
            self.ctx.nav.open_beneficiary(self.duplicate_ids[0])

    def _show_date_hint(self, name: str) -> None:
        hint = self.date_hints[name]
        try:
            day = parse_date(self.lines[name].text(), name)
        except ValidationError:
            day = None
        hint.setText(fmt.day(day) if day else "")

    def _id_type_changed(self, *_args: object) -> None:
        is_passport = self.value("id_type") == IdType.PASSPORT.value
        label = self.ui.passport_country_label
        self.identity_form.setRowVisible(label, is_passport)
        self._show_required_documents()

    def _show_required_documents(self, *_args: object) -> None:
        code = self.value("support_type")
        support = catalogues.support_types().get(code or "")
        if support is None:
            self.required_docs.setText(self.tr("Choose a support type to see its documents."))
            return
        lines = []
        optional = self.tr("(optional)")
        for doc in required_documents(support, self.value("id_type") or IdType.NATIONAL_ID.value):
            suffix = "" if doc.mandatory else f" {optional}"
            lines.append(f"• {fmt.document(doc.code)}{suffix}")
        self.required_docs.setText("\n".join(lines))

    # -- household ---------------------------------------------------------------------------------

    def add_member(self) -> None:
        member = {"name": self.value("member_name"), "relation": self.value("relation"),
                  "birth_date": self.value("member_birth_date")}

        def added(clean: dict[str, Any]) -> None:
            self.household.append(clean)
            self.household_changed = True
            for name in MEMBER_FIELDS:
                self.set_value(name, None)
            self._show_household()
            self._edited()
            self.lines["member_name"].setFocus()

        self.ctx.runner.query(lambda: fieldchecks.check_member(self.ctx.store, member), success=added,
                              errors=self.member_errors, initiator=self)

    def remove_member(self) -> None:
        rows = sorted({i.row() for i in self.household_table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.household[row]
        if rows:
            self.household_changed = True
            self._show_household()
            self._edited()

    def _show_household(self) -> None:
        rows = []
        for m in self.household:
            born = parse_date(m.get("birth_date"), "birth_date") if m.get("birth_date") else None
            rows.append([m["name"], fmt.label("relation", m["relation"]), fmt.day_lines(born)])
        fill_table(self.household_table, [fmt.field("member_name"), fmt.field("relation"), fmt.field("birth_date")],
                   rows)

    # -- review and saving -------------------------------------------------------------------------

    def _show_review(self) -> None:
        """Everything that will be saved, each value the core refuses marked with its reason."""
        lang = i18n.current()
        refused: dict[str, list[str]] = {}
        for problem in self._problems({*BENEFICIARY_FIELDS, *REQUEST_FIELDS}):
            refused.setdefault(problem.field or "", []).append(problem.message(lang))
        rows: list[tuple[str, str]] = []
        for name, value in self.beneficiary_data().items():
            if value is None and name not in refused:
                continue
            shown: object = value
            if name in DATE_FIELDS and value is not None:
                with contextlib.suppress(ValidationError):
                    shown = parse_date(value, name) or value
            rows.append((name, fmt.beneficiary_value(name, shown)))
        rows.append(("household", str(len(self.household))))
        request = self.request_fields()
        if request is not None and request.support_type:
            rows.append(("support_type", fmt.support_type(request.support_type)))
        listed = {name for name, _ in rows}
        rows += [(name, "—") for name in REQUEST_FIELDS if name in refused and name not in listed]
        while self.review_form.rowCount():
            self.review_form.removeRow(0)
        self.review_refused = {name: "\n".join(refused[name]) for name, _ in rows if name in refused}
        for name, value in rows:
            title = QLabel(fmt.field(name))
            title.setProperty("role", "section")
            title.setProperty("refused", name in self.review_refused)  # its title in the error colour
            self.review_form.addRow(title, self._review_value(value, self.review_refused.get(name)))
        self.review_problems.setVisible(bool(self.review_refused))
        self.review_problems.setText(self.tr("The values marked below were refused: correct them before saving."))

    def _review_value(self, value: str, refused: str | None) -> QWidget:
        """One value of the review, with the core's reason under it when the value is refused."""
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        shown = QLabel(value)
        shown.setWordWrap(True)
        shown.setAlignment(leading_alignment())
        layout.addWidget(shown)
        if refused is not None:
            reason = QLabel(fmt.bidi_safe(refused))
            reason.setObjectName("reviewRefused")
            reason.setProperty("role", "error")
            reason.setWordWrap(True)
            reason.setAlignment(leading_alignment())
            layout.addWidget(reason)
        return cell

    def save(self) -> None:
        self._touched = set(self.errors.fields)
        data = self.beneficiary_data()
        new = self.beneficiary_id is None
        household = self.household if (new or self.household_changed) else None
        request = self.request_fields()
        beneficiary_id = self.beneficiary_id
        store, actor = self.ctx.store, self.ctx.actor
        self._saving = True
        self.ctx.runner.write(
            lambda: intake.save_interview(store, actor, beneficiary_id, data, household, request),
            errors=self.errors, failure=self._save_failed, success=self._saved, initiator=self)

    def _save_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, DuplicateBeneficiary):
            self._show_duplicate(exc.existing_ids)
        return False  # the runner still puts each reason beside its field

    def _saved(self, result: intake.InterviewResult) -> None:
        self._saving = False
        if self.draft_id:
            draft_id, self.draft_id = self.draft_id, None
            self.ctx.runner.write(lambda: drafts.delete_draft(self.ctx.store, self.ctx.actor, draft_id))
        self._autosave.stop()
        self._dirty = False
        self.ctx.runner.messages.show_info(self.tr("Saved."))
        if result.request_id:
            self.ctx.nav.open_checklist(result.request_id)
        else:
            self.ctx.nav.open_beneficiary(result.beneficiary_id)
        self.start_new()

    def discard(self) -> None:
        if self.draft_id:
            draft_id = self.draft_id
            self.ctx.runner.write(lambda: drafts.delete_draft(self.ctx.store, self.ctx.actor, draft_id))
        returning = self.beneficiary_id
        self.start_new()
        if returning:
            self.ctx.nav.open_beneficiary(returning)
        else:
            self.ctx.nav.open_search()

    # -- drafts ------------------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Keep the unfinished interview (on this desk only) so closing the window loses nothing."""
        self._autosave.stop()
        if not self._dirty:
            return
        payload = self.draft_payload()
        # The id is chosen here, not by the queued write: a second autosave queued before the
        # first ran updates the same draft, and closing the window knows the draft's id at once.
        draft_id = self.draft_id = self.draft_id or str(uuid.uuid4())
        self._dirty = False

        def saved(_draft_id: str) -> None:
            self.draft_status.setText(self.tr("Draft saved at {time}").format(
                time=fmt.ltr(dt.datetime.now().strftime("%H:%M"))))

        def not_saved(_exc: BaseException) -> bool:
            self._dirty = True  # the next autosave tries again
            return False

        self.ctx.runner.write(lambda: drafts.save_draft(self.ctx.store, self.ctx.actor, draft_id, payload),
                              success=saved, failure=not_saved, initiator=self)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_draft()
        super().hideEvent(event)
