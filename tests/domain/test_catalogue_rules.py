"""The catalogue's rules, on the value itself: what a valid catalogue is and how a fault is named."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saa_desk import catalogues
from saa_desk.catalogues import Catalogue, CatalogueInvalid
from saa_desk.messages import field_label

# A fault is named by where it is: a top-level key, then [index] and .key steps.
PATH = re.compile(r"(catalogue|format|support_types|document_types|rejection_reasons|notification_texts)"
                  r"(\[\d+\]|\.[a-z_]+)*")


def seed_dict() -> dict[str, Any]:
    return Catalogue.seed().to_dict()


def problems_of(raw: object) -> list[tuple[str, str]]:
    with pytest.raises(CatalogueInvalid) as exc:
        Catalogue.from_dict(raw)
    return [(p.path, p.code) for p in exc.value.problems]


def test_the_seed_is_the_shipped_json_and_reads_back_from_its_canonical_form() -> None:
    seed = Catalogue.seed()
    assert next(iter(seed.support_types)) == "umrah_trip"
    assert seed.support_types["financial_aid"].documents[2].code == "iban_certificate"
    assert seed.document_types["hajj_permit"].has_expiry
    assert "other" in seed.rejection_reasons and "{missing}" in seed.notification_text("return", "en")
    text = seed.canonical_json()
    assert " " not in text.split('"ar"')[0] and text == json.dumps(json.loads(text), sort_keys=True,
                                                                  separators=(",", ":"), ensure_ascii=False)
    again = Catalogue.from_json(text.encode("utf-8"))
    assert again.sha256 == seed.sha256 == Catalogue.from_json(seed.pretty_json()).sha256
    assert all(s.active for s in seed.support_types.values())


def test_each_rule_names_the_field_at_fault() -> None:
    raw = seed_dict()
    raw["support_types"][3]["documents"].append({"code": "nope", "mandatory": True})
    raw["support_types"][1]["en"] = "  "
    raw["document_types"][2]["code"] = "Bad Code"
    raw["rejection_reasons"].append(dict(raw["rejection_reasons"][0]))
    raw["notification_texts"]["accept"]["ar"] = "السلام عليكم {nam}"
    raw["notification_texts"]["reject"]["en"] = "unbalanced {reason"
    found = problems_of(raw)
    assert ("support_types[3].documents[1].code", "catalogue_unknown_document") in found
    assert ("support_types[1].en", "catalogue_label_empty") in found
    assert ("document_types[2].code", "catalogue_bad_code") in found
    assert ("rejection_reasons[7].code", "catalogue_duplicate_code") in found
    assert ("notification_texts.accept.ar", "catalogue_bad_placeholder") in found
    assert ("notification_texts.reject.en", "catalogue_bad_braces") in found
    with pytest.raises(CatalogueInvalid) as exc:
        Catalogue.from_dict(raw)
    assert "support_types[3].documents[1].code: unknown document type (nope)" in exc.value.message("en")
    assert "نوع مستند غير معروف" in exc.value.message("ar")


def test_an_active_support_type_cannot_require_an_inactive_document() -> None:
    raw = seed_dict()
    raw["document_types"][5]["active"] = False  # medical_report
    assert ("support_types[4].documents[1].code", "catalogue_inactive_document") in problems_of(raw)
    for i in (4, 5):  # the two support types that need it, retired too: fine
        raw["support_types"][i]["active"] = False
    assert not Catalogue.from_dict(raw).support_types["medical"].active


def test_a_new_version_may_deactivate_a_code_but_not_drop_it() -> None:
    seed = Catalogue.seed()
    raw = seed_dict()
    raw["rejection_reasons"][0]["active"] = False
    Catalogue.from_dict(raw).check_successor(seed)
    del raw["support_types"][2]
    del raw["rejection_reasons"][1]
    with pytest.raises(CatalogueInvalid) as exc:
        Catalogue.from_dict(raw).check_successor(seed)
    assert [(p.path, p.code, p.params["value"]) for p in exc.value.problems] == [
        ("support_types", "catalogue_code_dropped", "transport"),
        ("rejection_reasons", "catalogue_code_dropped", "not_eligible_type")]


def test_the_display_catalogue_is_the_seed_until_set_and_a_service_may_lend_one() -> None:
    raw = seed_dict()
    raw["support_types"][0]["en"] = "Umrah (edited)"
    edited = Catalogue.from_dict(raw)
    assert catalogues.support_type_label("umrah_trip", "en") == "Umrah trip for those unable to afford it"
    try:
        catalogues.set_display(edited)
        assert catalogues.support_type_label("umrah_trip", "en") == "Umrah (edited)"
        with catalogues.using(Catalogue.seed()):
            assert catalogues.support_types()["umrah_trip"].en.startswith("Umrah trip")
        assert catalogues.support_types()["umrah_trip"].en == "Umrah (edited)"
    finally:
        catalogues.set_display(None)
    assert catalogues.label("channel", "phone", "en") != "phone"  # the fixed labels stay static


# -- malformed documents: every fault names a field ------------------------------------------------

_junk = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=6), st.lists(st.integers(), max_size=2),
                  st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


@st.composite
def malformed(draw: st.DrawFn) -> dict[str, Any]:
    """The seed with one to three values replaced by junk, anywhere in the tree."""
    raw = seed_dict()
    for _ in range(draw(st.integers(1, 3))):
        node: Any = raw
        path: list[Any] = []
        while True:
            keys = list(range(len(node))) if isinstance(node, list) else sorted(node)
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            path.append(key)
            child = node[key]
            if not isinstance(child, (dict, list)) or draw(st.integers(0, 3)) == 0:
                node[key] = draw(_junk)
                break
            node = child
    return raw


@settings(max_examples=200, deadline=None)
@given(malformed())
def test_malformed_documents_are_refused_naming_fields_or_still_valid(raw: dict[str, Any]) -> None:
    before = copy.deepcopy(raw)
    try:
        parsed = Catalogue.from_dict(raw)
    except CatalogueInvalid as exc:
        assert exc.problems
        for p in exc.problems:
            assert PATH.fullmatch(p.path), p.path
            named, _, said = p.message("en").partition(": ")
            assert named == field_label(p.path, "en") and said and said != p.code
    else:  # junk that happens to be acceptable (a bool for a bool…) still makes a consistent catalogue
        assert Catalogue.from_json(parsed.canonical_json()) == parsed
    assert raw == before  # reading never changes what it was given


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.binary(max_size=40), st.text(max_size=40)))
def test_bytes_that_are_not_a_catalogue_are_refused_with_a_message(blob: bytes | str) -> None:
    with pytest.raises(CatalogueInvalid) as exc:
        Catalogue.from_json(blob)
    assert exc.value.problems and all(PATH.fullmatch(p.path) for p in exc.value.problems)


def test_an_unknown_notification_key_is_named_on_its_object() -> None:
    raw = seed_dict()
    raw["notification_texts"][""] = {"ar": "x", "en": "y"}
    with pytest.raises(CatalogueInvalid) as exc:
        Catalogue.from_dict(raw)
    [problem] = exc.value.problems
    assert problem.path == "notification_texts" and problem.params["value"] == ""
    assert problem.message("en").startswith("Notification texts: unknown key ()")
