"""The dossier's shared rules (``cchc.domain.rules.dossiers``), with no ledger: what each rule
refuses, and that the fast acceptance test never lets through what the full rules refuse."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.domain.rules import dossiers as rules

TODAY = "2022-07-01"
GOOD = {
    "code": "000.00.12.H50-220315-0001",
    "procedure": "Cấp giấy phép xây dựng",
    "field": "Xây dựng",
    "applicant": "Công ty TNHH Mộc Châu",
    "channel": "online",
    "received_on": "2022-03-15",
    "due_on": "2022-04-05",
    "outcome": None,
    "finished_on": None,
    "return_reason": None,
    "note": None,
    "paused_on": None,
    "pause_reason": None,
    "rescheduled_due_on": None,
    "reschedule_reason": None,
}


def keys(rec: dict, pauses=None) -> list[tuple[str, str]]:
    return [(p.column, p.key) for p in rules.validate(rec, today=TODAY, pauses=pauses)]


def test_a_sound_dossier_has_no_problems():
    assert keys(GOOD) == []
    assert keys({**GOOD, "outcome": "resolved", "finished_on": "2022-04-01"}) == []
    assert keys({**GOOD, "outcome": "returned", "finished_on": "2022-04-01", "return_reason": "thiếu"}) == []


def test_each_rule_names_its_column():
    assert keys({**GOOD, "code": None}) == [("code", "required")]
    assert keys({**GOOD, "code": "A\u200bB"}) == [("code", "bad_code")]  # zero-width space
    assert keys({**GOOD, "code": "АB-1"}) == [("code", "bad_code")]  # Cyrillic А among Latin letters
    assert keys({**GOOD, "channel": "fax"}) == [("channel", "bad_choice")]
    assert keys({**GOOD, "due_on": "2022-03-14"}) == [("due_on", "due_before_received")]
    assert keys({**GOOD, "received_on": "2022-09-06", "due_on": "2022-09-20"}) == [
        ("received_on", "received_future_swapped")
    ]
    assert keys({**GOOD, "outcome": "resolved"}) == [("finished_on", "outcome_and_date")]
    assert keys({**GOOD, "outcome": "resolved", "finished_on": "2022-03-01"}) == [
        ("finished_on", "finished_before_received")
    ]
    assert keys({**GOOD, "outcome": "resolved", "finished_on": "2022-08-01"}) == [("finished_on", "future_date")]
    assert keys({**GOOD, "outcome": "returned", "finished_on": "2022-04-01"}) == [
        ("return_reason", "return_needs_reason")
    ]
    assert keys({**GOOD, "paused_on": "2022-03-20"}) == [("pause_reason", "required")]
    assert keys({**GOOD, "rescheduled_due_on": "2022-04-05", "reschedule_reason": "x"}) == [
        ("rescheduled_due_on", "reschedule_not_later")
    ]


def test_the_pause_history_follows_its_rules():
    open_ = {"paused_on": "2022-03-20", "resumed_on": None, "days": None, "reason": "thiếu"}
    closed = {"paused_on": "2022-03-16", "resumed_on": "2022-03-18", "days": 2, "reason": "a"}
    paused = {**GOOD, "paused_on": "2022-03-20", "pause_reason": "thiếu"}
    assert keys(paused, [closed, open_]) == []
    assert keys(paused, [open_, closed]) == [("pauses", "pauses_open"), ("pauses", "pause_order")]
    assert keys(GOOD, [open_]) == [("pauses", "pauses_open")]  # an open wait, and the dossier is not paused
    assert keys(paused, [{**closed, "days": 9}, open_]) == [("pauses", "pause_bad_days")]
    assert keys(paused, [{**closed, "reason": "a\x00b"}, open_]) == [("pauses", "pause_item")]


# -- the fast acceptance test never disagrees with the full rules ----------------------------------
_dates = st.sampled_from(["2022-03-15", "2022-03-14", "2022-04-05", "2022-08-01", "2022-02-30", "15/03/2022", None])
_texts = st.one_of(
    st.none(),
    st.sampled_from(["", " ", "Cấp phép", unicodedata.normalize("NFD", "Cấp phép"), "a\x00b", "x" * 5000]),
    st.text(max_size=8),
    st.integers(),
)
_codes = st.one_of(_texts, st.sampled_from(["A-1", " A-1", "A 1", "Ａ-1", "A\u200b1", "A\u202e1"]))


@settings(max_examples=3000, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "code": _codes,
            "procedure": _texts,
            "field": _texts,
            "applicant": _texts,
            "channel": st.sampled_from(["online", "direct", "postal", "fax", None]),
            "received_on": _dates,
            "due_on": _dates,
            "outcome": st.sampled_from([None, "resolved", "returned", "withdrawn", "lost"]),
            "finished_on": _dates,
            "return_reason": _texts,
            "note": _texts,
            "paused_on": st.sampled_from([None, "2022-03-20"]),
            "pause_reason": st.sampled_from([None, "thiếu"]),
            "rescheduled_due_on": st.sampled_from([None, "2022-04-06"]),
            "reschedule_reason": st.sampled_from([None, "xin lỗi"]),
            # every column added later: a few values, sound or not (new columns are covered too)
            **{
                col: st.sampled_from([None, None, 0, 1, 5, 9, "full", "partial", "x", "2022-04-06"])
                for col in rules.COLUMNS[rules.COLUMNS.index("reschedule_reason") + 1 :]
            },
        }
    )
)
def test_the_fast_path_accepts_only_what_the_rules_accept(rec):
    if rules._plainly_sound(rec, TODAY):
        assert rules._problems(rec, TODAY, None) == [], rec
    assert bool(rules.validate(rec, today=TODAY)) == bool(rules._problems(rec, TODAY, None))


def test_ending_a_wait_keeps_the_new_date_after_the_appointment_date():
    """Due Friday 28/01/2022, the apology's new date Saturday 29/01; a wait of one working day
    moves both past Tết to Monday 07/02: the new date goes one working day further."""
    from cchc.domain.workdays import WorkCalendar

    rec = {
        "due_on": "2022-01-28",
        "rescheduled_due_on": "2022-01-29",
        "paused_on": "2022-01-04",
        "pause_reason": "bổ sung",
    }
    history = [{"paused_on": "2022-01-04", "resumed_on": None, "days": None, "reason": "bổ sung"}]
    out, hist, days = rules.end_pause(rec, history, "2022-01-05", WorkCalendar())
    assert days == 1
    assert (out["due_on"], out["rescheduled_due_on"]) == ("2022-02-07", "2022-02-08")
    assert hist[-1] == {"paused_on": "2022-01-04", "resumed_on": "2022-01-05", "days": 1, "reason": "bổ sung"}
    # an ordinary new date moves by the working days waited, like the appointment date
    out, _, _ = rules.end_pause({**rec, "rescheduled_due_on": "2022-02-10"}, history, "2022-01-05", WorkCalendar())
    assert (out["due_on"], out["rescheduled_due_on"]) == ("2022-02-07", "2022-02-11")
