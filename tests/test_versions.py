"""One answer to "which rule set version decides this dossier", over any number of versions: an
explicit peildatum beats the dossier's own, which beats today; check, evaluate(), the Evaluator and
gevoelig test all take it from version_in_force."""

from __future__ import annotations

import datetime
import json

import attrs
import pytest
from click.testing import CliRunner

from gevoeligheid import Evaluator, RuleFileError, evaluate, load_ruleset
from gevoeligheid._cli import cli
from gevoeligheid._errors import NotInForce
from gevoeligheid._model import Selection
from gevoeligheid._rules import peildatum_in_force, version_in_force, versions

from .conftest import ROOT, copy_rules

#: The versions of the fixture's folder, by valid_from: the default rule set's two and a third.
FIRST, SECOND, THIRD = (
    datetime.date(2026, 2, 5),
    datetime.date(2026, 12, 1),
    datetime.date(2028, 3, 1),
)


def make_version(root, name, source, valid_from, threshold=None):
    folder = copy_rules(root / name, source)
    header = folder / "ruleset.yaml"
    text = header.read_text(encoding="utf-8")
    old_version = f'version: "{source}"'
    start = next(line for line in text.splitlines() if line.startswith("valid_from:"))
    assert old_version in text
    text = text.replace(old_version, f'version: "{name}"').replace(
        start, f"valid_from: {valid_from.isoformat()}"
    )
    if threshold is not None:  # the score from which a dossier goes to the coordinator
        assert "  score_coordinator:\n    value: 2\n" in text
        text = text.replace(
            "  score_coordinator:\n    value: 2\n",
            f"  score_coordinator:\n    value: {threshold}\n",
        )
    header.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def three_versions(tmp_path):
    """A rule set folder of three versions: copies of 2026.1 and 2026.2 and a 2028.1 (valid from
    2028-03-01) whose score for the coordinator is higher. Made here, not taken from rules/:
    a version added there later must not change what these tests prove."""
    root = tmp_path / "regels"
    make_version(root, "2026.1", "2026.1", FIRST)
    make_version(root, "2026.2", "2026.2", SECOND)
    make_version(root, "2028.1", "2026.2", THIRD, threshold=3)
    return root


DAYS = [
    (FIRST, "2026.1"),
    (SECOND - datetime.timedelta(days=1), "2026.1"),
    (SECOND, "2026.2"),
    (THIRD - datetime.timedelta(days=1), "2026.2"),
    (THIRD, "2028.1"),
    (datetime.date(2100, 1, 1), "2028.1"),
]


@pytest.mark.parametrize("day, version", DAYS)
def test_the_version_with_the_latest_valid_from_on_or_before_the_day_decides(
    three_versions, day, version
):
    chosen = version_in_force(three_versions, peildatum=day)
    assert (day, three_versions / version) == (chosen.day, chosen.folder)
    assert version == load_ruleset(three_versions, peildatum=day).version


def test_the_versions_are_listed_oldest_first_whatever_their_folder_names(tmp_path):
    root = tmp_path / "regels"
    make_version(root, "b-old", "2026.1", FIRST)
    make_version(root, "a-new", "2026.2", SECOND)
    assert [(FIRST, root / "b-old"), (SECOND, root / "a-new")] == list(versions(root))
    assert root / "a-new" == version_in_force(root, peildatum=SECOND).folder


def test_before_the_first_version_nothing_is_in_force_and_the_day_is_the_fault(three_versions):
    with pytest.raises(
        NotInForce, match="no version of this rule set is in force on 2026-02-04"
    ) as caught:
        version_in_force(three_versions, peildatum="2026-02-04")
    assert isinstance(caught.value, RuleFileError)  # what callers caught before still catches it


def test_two_versions_valid_from_one_day_are_refused(three_versions):
    make_version(three_versions, "2028.2", "2026.2", THIRD)
    with pytest.raises(
        RuleFileError, match=r"the versions 2028\.1 and 2028\.2 are both valid from 2028-03-01"
    ):
        version_in_force(three_versions, peildatum=THIRD)


def test_an_explicit_peildatum_beats_the_dossiers_own_which_beats_today():
    today = datetime.date.today()
    assert FIRST == peildatum_in_force(FIRST, SECOND)
    assert FIRST == peildatum_in_force("2026-02-05", SECOND)
    assert SECOND == peildatum_in_force(None, SECOND)
    assert today == peildatum_in_force(None, None)


def test_a_folder_that_is_one_version_is_in_force_from_its_valid_from_on(three_versions):
    single = three_versions / "2026.2"
    assert single == version_in_force(single, peildatum=THIRD).folder
    with pytest.raises(NotInForce):
        version_in_force(single, peildatum=FIRST)


def selecting(folder) -> Evaluator:
    """An Evaluator over every version of `folder`, as `gevoelig check --ruleset
    FOLDER` makes it."""
    return Evaluator(
        attrs.evolve(load_ruleset(folder, peildatum=THIRD), selection=Selection(str(folder)))
    )


#: Two context signals: 2 points, the coordinator's score in 2026.1 and 2026.2, not in 2028.1.
DOSSIER = {"facts": {"subsidie": True, "afspraken_met_overheid": True}}


@pytest.mark.parametrize("day, version", DAYS)
def test_each_dossier_is_decided_by_the_version_of_its_own_day(three_versions, day, version):
    evaluator = selecting(three_versions)
    own = evaluator.evaluate({**DOSSIER, "peildatum": day.isoformat()})
    explicit = evaluator.evaluate(
        {**DOSSIER, "peildatum": "2026-02-05"}, peildatum=day
    )  # the explicit day wins
    assert (version, day) == (own.ruleset.version, own.peildatum)
    assert own.to_dict() == explicit.to_dict()


def test_the_third_version_decides_otherwise_so_the_choice_is_seen(three_versions):
    evaluator = selecting(three_versions)
    before = evaluator.evaluate(
        {**DOSSIER, "peildatum": (THIRD - datetime.timedelta(days=1)).isoformat()}
    )
    after = evaluator.evaluate({**DOSSIER, "peildatum": THIRD.isoformat()})
    assert ("coordinator", "none") == (before.escalation, after.escalation)


@pytest.mark.parametrize("day, version", DAYS)
def test_check_evaluate_and_the_evaluator_give_the_same_bytes_on_every_day(
    three_versions, tmp_path, day, version
):
    from gevoeligheid._render import to_json

    dossier = tmp_path / "dossier.json"
    dossier.write_text(json.dumps({**DOSSIER, "peildatum": day.isoformat()}), encoding="utf-8")
    cli_own = CliRunner().invoke(
        cli, ["check", "-f", "json", "--ruleset", str(three_versions), str(dossier)]
    )
    cli_explicit = CliRunner().invoke(
        cli,
        [
            "check",
            "-f",
            "json",
            "--ruleset",
            str(three_versions),
            "--peildatum",
            day.isoformat(),
            str(dossier),
        ],
    )
    library = to_json(selecting(three_versions).evaluate(dossier)) + "\n"
    assert (0, 0) == (cli_own.exit_code, cli_explicit.exit_code), (
        cli_own.output + cli_explicit.output
    )
    assert library == cli_own.stdout == cli_explicit.stdout
    assert version == json.loads(library)["ruleset"]["version"]


@pytest.mark.parametrize(
    "name",
    [
        "08-waste-processor-toleration-request",
        "05-pig-farm-odour-complaint-wave",
        "16-local-media-two-complaints",
    ],
)
@pytest.mark.parametrize("day", ["2026-11-30", "2026-12-01", "2031-06-01"])
def test_the_default_rule_set_decides_a_dossiers_own_day_as_an_explicit_one(tmp_path, name, day):
    """Example 08 with "peildatum": "2026-11-30" gave 2026.1 in check and 2026.2 in the service."""
    from gevoeligheid._render import to_json

    data = json.loads((ROOT / "examples" / f"{name}.json").read_text(encoding="utf-8"))
    data["peildatum"] = day
    dossier = tmp_path / "dossier.json"
    dossier.write_text(json.dumps(data), encoding="utf-8")
    own = to_json(evaluate(dossier)) + "\n"
    assert own == to_json(evaluate(dossier, peildatum=day)) + "\n"
    assert own == CliRunner().invoke(cli, ["check", "-f", "json", str(dossier)]).stdout
    assert (
        own
        == CliRunner().invoke(cli, ["check", "-f", "json", "--peildatum", day, str(dossier)]).stdout
    )
    assert json.loads(own)["ruleset"]["version"] == load_ruleset(peildatum=day).version


def test_gevoelig_test_runs_the_cases_of_the_version_in_force(three_versions):
    (three_versions / "2028.1" / "cases").rename(three_versions / "2028.1" / "elsewhere")
    folder = three_versions / "2028.1" / "cases"
    folder.mkdir()
    (folder / "one.yaml").write_text(
        (
            "cases:\n  - name: two context signals stay with the case worker\n    facts: "
            "{subsidie: true, afspraken_met_overheid: true}\n    expect: {escalation: none}\n"
        ),
        encoding="utf-8",
    )
    later = CliRunner().invoke(
        cli, ["test", "--ruleset", str(three_versions), "--peildatum", THIRD.isoformat()]
    )
    assert 0 == later.exit_code, later.output
    assert "two context signals stay with the case worker" in later.output
    earlier = CliRunner().invoke(
        cli, ["test", "--ruleset", str(three_versions), "--peildatum", SECOND.isoformat()]
    )
    assert "two context signals stay with the case worker" not in earlier.output


def test_rule_case_coverage_counts_the_version_that_decided_the_cases():
    """Cases dated in 2027 are decided by 2027.1 whatever day it is: their coverage is that of
    2027.1, not of the version in force on the day they are run (here 2026-12-01, 2026.2)."""
    from gevoeligheid._cases import read_cases, run_cases
    from gevoeligheid._evaluate import Evaluator, default_ruleset

    evaluator = Evaluator(default_ruleset(datetime.date(2026, 12, 1)))
    assert evaluator.ruleset.version == "2026.2"
    report = run_cases(evaluator, read_cases(ROOT / "rules" / "2027.1" / "cases" / "default.yaml"))
    assert (report.failed, report.rules_not_reached, report.coverage) == (0, (), 100.0)
