"""The meeting's reads of the decision log, on SQLite and on PostgreSQL: the latest decision of
each dossier for log impact, the feedback of decisions, the portfolio of the report."""

from __future__ import annotations

import datetime

from gevoeligheid import Evaluator, load_ruleset
from gevoeligheid._decisionlog import feedback
from gevoeligheid._decisionlog.entry import RulesetSource, make_entry, result_text
from gevoeligheid._decisionlog.store import open_log
from gevoeligheid._meeting.impact import log_tasks
from gevoeligheid._meeting.portfolio import from_log

DAY = datetime.date(2026, 12, 1)


def _entry(data: dict):
    result = Evaluator(load_ruleset(peildatum=DAY)).evaluate(data, peildatum=DAY)
    return make_entry(
        data, result, result_text(result), origin="cli", peildatum=DAY, source=RulesetSource()
    )


def test_log_impact_takes_the_latest_decision_of_each_dossier_and_every_one_without_an_id(log_url):
    log = open_log(log_url)
    entries = [
        _entry({"id": "A", "facts": {}}),
        _entry({"id": "B", "facts": {}}),
        _entry({"facts": {}}),
        _entry({"id": "A", "facts": {"subsidie": True}}),
        _entry({"facts": {"subsidie": True}}),
    ]
    for entry in entries:
        log.append([entry])
    expected = [
        entries[1].decision_id,
        entries[2].decision_id,
        entries[3].decision_id,
        entries[4].decision_id,
    ]
    assert expected == [
        task.key for task in log_tasks(log, page=2)
    ]  # pages of two: the paging is crossed


def test_feedback_is_read_back_per_decision_and_the_report_counts_it(log_url):
    log = open_log(log_url)
    entry = _entry({"id": "A", "facts": {"subsidie": True}})
    log.append([entry])
    decision = log.get(entry.decision_id)
    feedback.add(
        log,
        feedback.parse_feedback({"verdict": "accepted", "role": "manager"}, decision, given_by="t"),
    )
    feedback.add(
        log,
        feedback.parse_feedback(
            {"verdict": "overridden", "escalation": "manager", "role": "directie", "reason": "r"},
            decision,
            given_by="t",
        ),
    )
    found = feedback.of_decisions(log, [entry.decision_id, "other"])
    assert [("accepted", None), ("overridden", "manager")] == [
        (item.verdict, item.escalation) for item in found[entry.decision_id]
    ]
    portfolio = from_log(log, "2000-01-01T00:00:00.000000Z")
    assert (1, [("escalation", "manager", 1)], ["A"]) == (
        portfolio.accepted,
        portfolio.overrides_per_level(),
        [change["dossier_id"] for change in portfolio.changes],
    )
