"""diff, log impact, report and timeline: the meeting's commands against evaluating by hand."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from click.testing import CliRunner

from gevoeligheid import Evaluator, load_ruleset
from gevoeligheid._cli import cli
from gevoeligheid._meeting.impact import outline

from .conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
DAY = datetime.date(2026, 12, 1)
NOORD = ROOT / "examples" / "overlays" / "regio-noord.yaml"


def invoke(*args: str):
    return CliRunner(env={"GEVOELIG_DEBUG": None}).invoke(cli, list(args), prog_name="gevoelig")


def _twice(base, new, day=DAY) -> set[str]:
    """The examples whose outcome differs, each evaluated under both rule sets on `day`."""
    one, two = Evaluator(base), Evaluator(new)
    changed = set()
    for path in EXAMPLES:
        try:
            before, after = one.evaluate(path, peildatum=day), two.evaluate(path, peildatum=day)
        except Exception:
            continue
        if {k: v for k, v in outline(before).essence.items() if k != "ruleset"} != {
            k: v for k, v in outline(after).essence.items() if k != "ruleset"
        }:
            changed.add(str(path))
    return changed


@pytest.mark.slow
@pytest.mark.parametrize(
    "base, new",
    [(["rules/2026.1"], ["rules/2026.2"]), (["rules/2026.2"], ["rules/2026.2", str(NOORD)])],
    ids=["2026.1-2026.2", "overlay"],
)
def test_diff_lists_exactly_the_dossiers_that_evaluating_twice_finds_changed(base, new):
    args = [
        item
        for path in base
        for item in ("--base", str(ROOT / path) if not path.endswith(".yaml") else path)
    ]
    args += [
        item
        for path in new
        for item in ("--new", str(ROOT / path) if not path.endswith(".yaml") else path)
    ]
    done = invoke(
        "diff",
        *args,
        "--peildatum",
        DAY.isoformat(),
        "-f",
        "json",
        "--jobs",
        "2",
        str(ROOT / "examples"),
    )
    listed = {change["key"] for change in json.loads(done.stdout)["changes"]}

    def spec(paths):
        folder = next(ROOT / path for path in paths if not path.endswith(".yaml"))
        return load_ruleset(
            folder, overlays=[path for path in paths if path.endswith(".yaml")], peildatum=DAY
        )

    expected = _twice(spec(base), spec(new))
    assert expected and (listed, 1) == (expected, done.exit_code)


@pytest.mark.slow
@pytest.mark.parametrize(
    "version, day",
    [("2026.1", DAY), ("2026.2", datetime.date(2027, 1, 1))],
    ids=["2026.1-2026.2", "2026.2-2027.1"],
)
def test_log_impact_of_a_logged_portfolio_lists_exactly_the_changed_dossiers(
    tmp_path, version, day
):
    """The examples decided under one version, then the default rules in force on the peildatum
    (2026.2 on 2026-12-01; 2027.1 on 2027-01-01), against evaluating each dossier twice."""
    log = str(tmp_path / "log.db")
    invoke(
        "check",
        "--log",
        log,
        "--ruleset",
        str(ROOT / "rules" / version),
        "--peildatum",
        day.isoformat(),
        "-f",
        "jsonl",
        str(ROOT / "examples"),
    )
    done = invoke(
        "log", "impact", "--log", log, "--peildatum", day.isoformat(), "-f", "json", "--jobs", "2"
    )
    data = json.loads(done.stdout)
    from gevoeligheid._decisionlog.store import open_log

    by_decision = {entry["decision_id"]: entry for entry in open_log(log).entries()}
    listed = {by_decision[change["key"]]["dossier_id"] for change in data["changes"]}
    changed = _twice(
        load_ruleset(ROOT / "rules" / version, peildatum=day), load_ruleset(peildatum=day), day
    )
    expected = {json.loads(path.read_text())["id"] for path in map(type(ROOT), changed)}
    assert expected and (listed, 1) == (expected, done.exit_code)
    assert data["summary"]["compared"] == len(by_decision)


def test_log_impact_names_the_redacted_entries_it_could_not_rerun(tmp_path, monkeypatch):
    log = str(tmp_path / "log.db")
    monkeypatch.setenv("GEVOELIG_LOG_REDACT", "1")
    invoke(
        "check",
        "--log",
        log,
        "-f",
        "json",
        str(ROOT / "examples" / "05-pig-farm-odour-complaint-wave.json"),
    )
    done = invoke(
        "log", "impact", "--log", log, "--peildatum", DAY.isoformat(), "-f", "json", "--jobs", "1"
    )
    data = json.loads(done.stdout)
    assert (["redacted"], 0) == ([item["reason"] for item in data["not_rerun"]], done.exit_code)


def test_the_timeline_shows_the_day_a_dossier_became_sensitive(tmp_path):
    dossier = {
        "id": "OD-TIJD-1",
        "peildatum": "2026-11-30",
        "facts": {
            "nabij_beschermd_gebied": True,
            "mondige_omgeving": True,
            "media_aandacht": "lokaal",
        },
        "events": [{"type": "klacht", "datum": f"2026-11-{day:02d}"} for day in range(1, 13)],
        "escalaties": [
            {"datum": "2026-11-15", "level": "manager"},
            {"datum": "2026-11-11", "role": "ambtelijk_opdrachtgever"},
        ],
    }
    path = tmp_path / "d.json"
    path.write_text(json.dumps(dossier), encoding="utf-8")
    data = json.loads(invoke("timeline", "-f", "json", str(path)).stdout)
    became = data["first_reached"]["sensitive"]
    by_day = {step["day"]: step["classification"] for step in data["steps"]}
    before = [day for day in by_day if day < became]
    assert by_day[became] == "sensitive" and all(by_day[day] != "sensitive" for day in before)
    verdicts = {item["what"]: item["verdict"] for item in data["escalaties"]}
    assert verdicts["manager"] == (
        "in_time"
        if datetime.date.fromisoformat(became) + datetime.timedelta(days=7)
        >= datetime.date(2026, 11, 15)
        else "late"
    )
    assert "2026-11-30" in invoke("timeline", "-f", "html", str(path)).stdout


def test_bad_escalaties_are_refused_with_their_pointer(tmp_path):
    path = tmp_path / "d.json"
    path.write_text(
        json.dumps({"facts": {}, "escalaties": [{"datum": "2026-10-01", "level": "wethouder"}]}),
        encoding="utf-8",
    )
    done = invoke("check", "--lang", "en", str(path))
    assert done.exit_code == 2 and "/escalaties/0/level" in done.stderr


def test_the_report_escapes_what_a_dossier_says_and_needs_nothing_from_outside(tmp_path):
    dossier = json.loads((ROOT / "examples" / "03-seveso-plant-fire-smoke-plume.json").read_text())
    dossier["title"] = "<script>alert(1)</script>"
    path = tmp_path / "d.json"
    path.write_text(json.dumps(dossier), encoding="utf-8")
    page = invoke("report", str(path)).stdout
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert all(part not in page for part in ("<script", "<link", "src=", "@import", "url(http"))
    markdown = invoke("report", "-f", "markdown", "--lang", "en", str(ROOT / "examples")).stdout
    assert markdown.startswith("# Administratively sensitive dossiers") and "## Counts" in markdown


def test_log_impact_reruns_a_decision_logged_before_rule_sets_were_kept(tmp_path):
    """No kept copy: the folder the entry names still gives its sha256, so it is used; once that
    folder is gone, the entry is named as not re-run."""
    import shutil

    from gevoeligheid._decisionlog.entry import RulesetSource, make_entry, result_text
    from gevoeligheid._decisionlog.store import open_log

    from .conftest import copy_rules

    folder = copy_rules(tmp_path / "rules", "2026.1")
    log = open_log(str(tmp_path / "log.db"))
    data = json.loads((ROOT / "examples" / "05-pig-farm-odour-complaint-wave.json").read_text())
    result = Evaluator(load_ruleset(folder, peildatum=DAY)).evaluate(data, peildatum=DAY)
    log.append(
        [
            make_entry(
                data,
                result,
                result_text(result),
                origin="cli",
                peildatum=DAY,
                source=RulesetSource(str(folder)),
            )
        ]
    )
    done = invoke(
        "log",
        "impact",
        "--log",
        str(tmp_path / "log.db"),
        "--peildatum",
        DAY.isoformat(),
        "-f",
        "json",
        "--jobs",
        "1",
    )
    assert (1, 0) == (
        json.loads(done.stdout)["summary"]["changed"],
        json.loads(done.stdout)["summary"]["not_rerun"],
    ), done.output
    shutil.rmtree(folder)
    done = invoke(
        "log",
        "impact",
        "--log",
        str(tmp_path / "log.db"),
        "--peildatum",
        DAY.isoformat(),
        "-f",
        "json",
        "--jobs",
        "1",
    )
    assert ["ruleset_not_kept"] == [item["reason"] for item in json.loads(done.stdout)["not_rerun"]]


@pytest.mark.parametrize(
    "edit, shares",
    [
        (
            (
                "werkafspraken:\n    sets: {escalation: coordinator}",
                "werkafspraken:\n    sets: {escalation: director}",
            ),
            2,
        ),
        (("klachtengolf_aantal:\n    value: 5", "klachtengolf_aantal:\n    value: 20"), 1),
    ],
    ids=["a-rule", "a-setting"],
)
def test_rules_that_share_facts_share_the_parse_and_still_list_what_evaluating_twice_finds(
    tmp_path, edit, shares
):
    """An overlay edited in a rule (same facts, events and settings) shares the parsed dossier
    and its values between both sides, one edited in a setting shares the parse only; either
    way the changes are exactly those of evaluating each example twice."""
    from gevoeligheid._meeting.impact import Comparer, file_tasks

    text = NOORD.read_text(encoding="utf-8")
    assert edit[0] in text
    edited = tmp_path / "regio-noord.yaml"
    edited.write_text(text.replace(*edit), encoding="utf-8")
    base = load_ruleset(overlays=[NOORD], peildatum=DAY)
    new = load_ruleset(overlays=[edited], peildatum=DAY)
    comparer = Comparer(new, DAY, base=base)
    outcomes = [comparer.run(task) for task in file_tasks([str(ROOT / "examples")])]
    listed = {outcome.key for outcome in outcomes if outcome is not None}
    assert [shares] == [found for found, _base, _new in comparer._sharing.values()]
    expected = _twice(base, new)
    assert expected and expected == listed


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name[:2])
def test_the_fast_outline_impact_compares_is_the_whole_results(path):
    """The levels, roles, actions, fired rules and dossier of the fast path equal those of
    evaluate() on every example, under the default rule set and under an overlay."""
    from gevoeligheid._dossier import load_data
    from gevoeligheid._errors import GevoeligheidError
    from gevoeligheid._meeting.impact import fast_outline

    for ruleset in (load_ruleset(peildatum=DAY), load_ruleset(overlays=[NOORD], peildatum=DAY)):
        evaluator = Evaluator(ruleset)
        try:
            result = evaluator.evaluate(path, engine="reference", peildatum=DAY)
        except (
            GevoeligheidError
        ) as refused:  # a dossier this rule set refuses: the fast path refuses it too
            with pytest.raises(GevoeligheidError) as also:
                fast_outline(evaluator, load_data(path, str(path)), str(path), DAY)
            assert refused.show("en") == also.value.show("en")
            continue
        assert outline(result) == fast_outline(
            evaluator, load_data(path, str(path)), str(path), DAY
        )


def test_the_report_from_the_log_shows_what_changed_and_the_overrides_per_level(tmp_path):
    log = str(tmp_path / "log.db")
    dossier = (
        ROOT / "examples" / "12-major-change-scope-budget.json"
    )  # sensitive under 2026.1, attention under 2026.2
    invoke(
        "check",
        "--log",
        log,
        "--ruleset",
        str(ROOT / "rules" / "2026.1"),
        "--peildatum",
        DAY.isoformat(),
        "-f",
        "json",
        str(dossier),
    )
    invoke("check", "--log", log, "--peildatum", DAY.isoformat(), "-f", "json", str(dossier))
    from gevoeligheid._decisionlog.store import open_log

    first, second = list(open_log(log).entries())
    assert (first["classification"], first["escalation"]) != (
        second["classification"],
        second["escalation"],
    )
    done = invoke(
        "log",
        "feedback",
        second["decision_id"],
        "--verdict",
        "overridden",
        "--escalation",
        "director",
        "--role",
        "manager",
        "--reason",
        "<b>raadsvragen</b>",
        "--log",
        log,
    )
    assert done.exit_code == 0, done.output
    page = invoke(
        "report", "--log", log, "--since", "2000-01-01", "-f", "markdown", "--lang", "en"
    ).stdout
    changed = page.split("## Changed since the last meeting")[1].split("##")[0]
    assert (
        second["dossier_id"] in changed and "new" in changed
    )  # its first decision, then its change
    assert "0 times accepted, 1 times overridden" in page
    assert "| Escalation | director | 1 |" in page
    timeline = invoke("timeline", "-f", "html", "--log", log, str(dossier)).stdout
    assert "&lt;b&gt;raadsvragen&lt;/b&gt;" in timeline and "<b>raadsvragen" not in timeline


def test_the_impact_page_escapes_and_groups_per_competent_authority(tmp_path):
    dossier = json.loads((ROOT / "examples" / "12-major-change-scope-budget.json").read_text())
    dossier["competent_authority"] = "<i>gemeente</i>"
    path = tmp_path / "d.json"
    path.write_text(json.dumps(dossier), encoding="utf-8")
    done = invoke(
        "diff",
        "--base",
        str(ROOT / "rules" / "2026.1"),
        "--new",
        str(ROOT / "rules" / "2026.2"),
        "--peildatum",
        DAY.isoformat(),
        "-f",
        "html",
        "--jobs",
        "1",
        str(path),
    )
    assert (
        done.exit_code == 1
        and "<h2>&lt;i&gt;gemeente&lt;/i&gt;</h2>" in done.stdout
        and "<i>gemeente" not in done.stdout
    )


def test_the_report_draws_its_counts_as_inline_svg_charts():
    """The `report` extra (matplotlib, in the test extra too) draws the charts inside the page."""
    page = invoke("report", str(ROOT / "examples")).stdout
    charts = re.findall(r"<svg\b.*?</svg>", page, flags=re.DOTALL)
    assert len(charts) >= 2
    assert all("<rect" in chart or "<path" in chart for chart in charts)


@pytest.mark.parametrize(
    "path", sorted((ROOT / "examples").glob("*.json")), ids=lambda path: path.name[:2]
)
def test_every_example_has_a_timeline_whose_last_day_is_its_own_result(path):
    """A dossier with a fact that only a later version knows (examples 15 and 21) has its timeline
    from the day such a version came into force, rather than failing on an older version."""
    data = json.loads(invoke("timeline", "-f", "json", str(path)).stdout)
    last = data["steps"][-1]
    result = json.loads(invoke("check", "-f", "json", str(path)).stdout)
    assert (last["classification"], last["escalation"], last["ruleset"]) == (
        result["classification"],
        result["escalation"],
        result["ruleset"]["version"],
    )
    dated = [
        event["datum"] for event in json.loads(path.read_text(encoding="utf-8")).get("events", [])
    ]
    if data["rules_from"] is not None:
        assert data["steps"][0]["day"] >= data["rules_from"] > min(dated)
