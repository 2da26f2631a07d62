"""evaluate() without a rule set: the default rule set of the day it is asked on."""

from __future__ import annotations

import datetime
import importlib

from gevoeligheid._evaluate import default_ruleset

evaluate_module = importlib.import_module("gevoeligheid._evaluate")


class FakeDate(datetime.date):
    day = datetime.date(2026, 6, 1)

    @classmethod
    def today(cls):
        return cls.day


class FakeDatetime:
    date = FakeDate
    timedelta = datetime.timedelta


def test_the_default_rule_set_is_chosen_again_when_the_day_changes(monkeypatch):
    """It was cached for the life of the process, so a service never moved to the version in
    force today."""
    asked = []
    monkeypatch.setattr(evaluate_module, "datetime", FakeDatetime)
    monkeypatch.setattr(evaluate_module, "_default_ruleset", lambda day: asked.append(day) or day)
    default_ruleset()
    FakeDate.day = datetime.date(2026, 12, 1)
    default_ruleset()
    assert asked == [datetime.date(2026, 6, 1), datetime.date(2026, 12, 1)]


def test_a_given_peildatum_is_used_as_it_is():
    assert default_ruleset(datetime.date(2026, 3, 1)) is default_ruleset(datetime.date(2026, 3, 1))
