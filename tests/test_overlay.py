"""Regional overlays, versions by date, `rules validate` and rule tests as data."""

from __future__ import annotations

import datetime
import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gevoeligheid import RuleFileError, evaluate as _evaluate, load_ruleset as _load_ruleset
from gevoeligheid._cases import read_cases, run_cases
from gevoeligheid._evaluate import Evaluator
from gevoeligheid._validate import validate_paths

from .conftest import ROOT, copy_rules

#: Rule set 2026.2 whatever today is (the example overlay regio-noord was written for it); a test
#: may still ask another day.
evaluate = functools.partial(_evaluate, peildatum="2026-12-01")
load_ruleset = functools.partial(_load_ruleset, peildatum="2026-12-01")
NOORD = ROOT / "examples" / "overlays" / "regio-noord.yaml"
NOORD_CASES = ROOT / "examples" / "overlays" / "regio-noord.cases.yaml"


@pytest.fixture(scope="module")
def noord():
    return load_ruleset(overlays=[NOORD])


def overlay(tmp_path, text: str, name: str = "overlay.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "overlay: proef\ndescription: Een proefoverlay.\n"


# --- overlays -------------------------------------------------------------------------------


def test_the_overlay_changes_the_level_a_rule_sets_and_says_so(noord):
    result = evaluate({"facts": {"werkafspraken_geraakt": True}}, ruleset=noord)
    assert result.escalation == "coordinator"
    [reason] = [reason for reason in result.reasons if reason.rule == "werkafspraken"]
    assert reason.changed_by == "regio-noord"
    assert result.to_dict()["reasons"][0]["changed_by"] == "regio-noord"


def test_a_changed_rule_gives_the_reason_the_region_agreed(noord):
    """The default's text ('afstemming op managementniveau') would contradict the coordinator."""
    [reason] = evaluate({"facts": {"werkafspraken_geraakt": True}}, ruleset=noord).reasons
    assert "in Regio Noord stemt de coördinator ze af" in reason.because
    assert "managementniveau" not in reason.because


def test_an_overlay_changes_the_roles_a_rule_informs(tmp_path):
    text = HEADER + (
        "change:\n  kop_afbreukrisico:\n    sets: {inform: [accountmanager, "
        "ambtelijk_opdrachtgever, portefeuillehouder]}\n    why: x\n    because: {nl: n, "
        "en: e}\n"
    )
    ruleset = load_ruleset(overlays=[overlay(tmp_path, text)])
    facts = {"afbreukrisico": ["politiek"]}
    assert "portefeuillehouder" not in evaluate({"facts": facts}).inform
    changed = evaluate({"facts": facts}, ruleset=ruleset)
    assert ("portefeuillehouder" in changed.inform, changed.escalation) == (True, "manager")


def test_the_overlay_changes_the_complaint_wave_window(noord):
    events = [{"type": "klacht", "datum": f"2026-10-{day:02d}"} for day in (1, 4, 7, 10, 14)]
    dossier = {"peildatum": "2026-12-15", "events": events}
    assert "klachtengolf" in evaluate(dossier, ruleset=noord).derived
    assert "klachtengolf" not in evaluate(dossier).derived


def test_a_misspelt_setting_is_an_error_with_a_suggestion(tmp_path):
    """A setting that exists nowhere and that no rule uses would silently change nothing."""
    path = overlay(
        tmp_path, HEADER + "settings:\n  klachtengolf_aantl:\n    value: 5\n    why: Vijf.\n"
    )
    with pytest.raises(RuleFileError) as info:
        load_ruleset(overlays=[path])
    assert (info.value.line, info.value.suggestion) == (4, "klachtengolf_aantal")
    assert (
        info.value.what
        == "no setting 'klachtengolf_aantl' to change, and no rule of this overlay uses it"
    )


#: An overlay's own setting, and a rule that uses it: three points go to the director.
THREE_POINTS = """settings:
  drempel_noord: {value: 3, why: Drie punten.}
rules:
  - id: drie_punten
    when: {score_at_least: drempel_noord}
    sets: {escalation: director}
    source: {lines: [396], section: "Bewaking bestuurlijke sensitiviteit"}
    quote: Tijdig escaleren van medewerker naar coördinator
    because: {nl: Drie punten., en: Three points.}
"""


def test_a_new_setting_that_a_new_rule_uses_is_accepted(tmp_path):
    ruleset = load_ruleset(overlays=[overlay(tmp_path, HEADER + THREE_POINTS)])
    facts = {"subsidie": True, "gevaarlijk_afval": True, "spraakmakend_initiatief": True}
    assert evaluate({"facts": facts}).escalation == "coordinator"
    assert evaluate({"facts": facts}, ruleset=ruleset).escalation == "director"


def test_a_disabled_rule_no_longer_fires(noord):
    facts = {
        "maatschappelijke_onrust": True,
        "ondermijning": True,
        "gedoogverzoek": True,
        "omstreden_eigen_overheid": True,
    }
    assert evaluate({"facts": facts}).classification == "highly_sensitive"
    assert evaluate({"facts": facts}, ruleset=noord).classification == "sensitive"


def test_the_overlay_s_reason_for_disabling_a_rule_is_kept_with_its_place(noord):
    from gevoeligheid._model import Disabled, Origin

    reason = (
        "The region escalates to the director on headline criteria only, not on a sum of small "
        "signals."
    )
    assert {"score_zeer_gevoelig": Disabled("regio-noord", reason, Origin(str(NOORD), 39))} == dict(
        noord.disabled
    )


def test_rules_lists_what_an_overlay_disabled_and_why():
    done = gevoelig("rules", "--lang", "en", "--overlay", str(NOORD))
    assert done.returncode == 0
    disabled = done.stdout.split("\nDisabled ", 1)[1].splitlines()
    assert disabled[2].split() == [
        "score_zeer_gevoelig",
        "regio-noord",
        *["The", "region", "escalates", "to", "the", "director", "on", "headline", "criteria"],
        f"{NOORD}:39",
    ]
    assert "\nUitgezet " in gevoelig("rules", "--overlay", str(NOORD)).stdout


def test_rules_show_says_which_overlay_disabled_a_rule_and_why():
    done = gevoelig("rules", "show", "score_zeer_gevoelig", "--overlay", str(NOORD), "--lang", "en")
    assert (
        f"disabled:     by overlay regio-noord ({NOORD}:39)\n              The region "
        "escalates to the director on headline criteria only"
    ) in done.stdout
    done = gevoelig("rules", "show", "score_zeer_gevoelig", "--overlay", str(NOORD))
    assert f"uitgezet:     door overlay regio-noord ({NOORD}:39)\n" in done.stdout


def test_rules_show_says_which_overlay_disabled_a_signal_and_why(tmp_path):
    path = overlay(tmp_path, HEADER + "disable:\n  subsidie: Subsidies zijn hier geen thema.\n")
    done = gevoelig("rules", "show", "subsidie", "--overlay", str(path), "--lang", "en")
    assert (
        f"disabled:     by overlay proef ({path}:4)\n              Subsidies zijn hier geen "
        "thema.\n"
    ) in done.stdout
    assert "signal:" not in done.stdout


def test_an_added_fact_and_rule_work_and_are_in_the_schema(noord):
    from gevoeligheid._schema import dossier_schema

    result = evaluate(
        {"facts": {"stikstofgevoelig": True, "nabij_beschermd_gebied": True}}, ruleset=noord
    )
    assert "stikstof_nabij_natura2000" in [reason.rule for reason in result.reasons]
    assert "stikstofgevoelig" in dossier_schema(noord)["properties"]["facts"]["properties"]


def test_the_base_rule_set_refuses_the_overlay_fact():
    from gevoeligheid import DossierError

    with pytest.raises(DossierError, match="unknown fact 'stikstofgevoelig'"):
        evaluate({"facts": {"stikstofgevoelig": True}})


def test_the_result_names_the_overlay_and_the_hash_changes(noord):
    result = evaluate({"facts": {}}, ruleset=noord).to_dict()
    assert result["ruleset"]["overlays"] == ["regio-noord"]
    assert result["ruleset"]["sha256"] == noord.sha256 != load_ruleset().sha256


def test_both_engines_agree_under_the_overlay(noord):
    dossier = {
        "facts": {
            "stikstofgevoelig": True,
            "nabij_beschermd_gebied": True,
            "werkafspraken_geraakt": True,
        }
    }
    durable = evaluate(dossier, ruleset=noord).to_dict()
    reference = evaluate(dossier, ruleset=noord, engine="reference").to_dict()
    durable.pop("engine"), reference.pop("engine")
    assert durable == reference


def test_a_changed_weight_changes_the_score(tmp_path):
    path = overlay(
        tmp_path, HEADER + "signals:\n  subsidie: {weight: 3, why: Subsidies are political here.}\n"
    )
    assert evaluate({"facts": {"subsidie": True}}, ruleset=load_ruleset(overlays=[path])).score == 3


def test_a_changed_threshold_changes_the_counting_rule(tmp_path):
    path = overlay(tmp_path, HEADER + "settings:\n  score_gevoelig: {value: 4, why: Lower.}\n")
    ruleset = load_ruleset(overlays=[path])
    result = evaluate(
        {"facts": {"calculerend_gedrag": True, "gevaarlijk_afval": True}}, ruleset=ruleset
    )
    assert result.classification == "sensitive"
    assert [reason.changed_by for reason in result.reasons if reason.rule == "score_gevoelig"] == [
        "proef"
    ]


@pytest.mark.parametrize(
    "body, message",
    [
        (
            (
                "change:\n  werkafspraak: {sets: {escalation: coordinator}, why: x, because: {nl: "
                "n, en: e}}\n"
            ),
            "no rule 'werkafspraak' to change; did you mean 'werkafspraken'?",
        ),
        (
            "disable:\n  score_gevoellig: x\n",
            "no rule or signal 'score_gevoellig' to disable; did you mean 'score_gevoelig'?",
        ),
        (
            "signals:\n  subsidy: {weight: 2, why: x}\n",
            "no signal 'subsidy' to change; did you mean 'subsidie'?",
        ),
        (
            (
                "change:\n  werkafspraken: {sets: {escalation: bestuur}, why: x, because: {nl: n, "
                "en: e}}\n"
            ),
            "'bestuur' is not one of",
        ),
        (
            "change:\n  werkafspraken: {sets: {escalation: coordinator}, why: x}\n",
            "change, werkafspraken needs 'because'",
        ),
        (
            (
                "rules:\n  - id: nieuw\n    when: {headline: H9}\n    sets: {escalation: manager}\n"
                "    source: {lines: [386], section: x}\n"
                "    quote: q\n    because: {nl: n, en: e}\n"
            ),
            "rule 'nieuw' refers to headline H9, which no rule defines",
        ),
    ],
)
def test_a_broken_overlay_names_file_line_and_fix(tmp_path, body, message):
    path = overlay(tmp_path, HEADER + body)
    with pytest.raises(RuleFileError) as caught:
        load_ruleset(overlays=[path])
    assert message in caught.value.show()
    assert caught.value.file == str(path) or "rules.yaml" in caught.value.file


def test_an_overlay_not_yet_in_force_is_refused():
    with pytest.raises(
        RuleFileError, match="valid from 2026-07-01, after the peildatum 2026-03-01"
    ):
        load_ruleset(overlays=[NOORD], peildatum=datetime.date(2026, 3, 1))


# --- versions by date -----------------------------------------------------------------------


@pytest.fixture
def two_versions(tmp_path):
    """A rule set folder holding 2026.1 and a 2027.1 that raises the score threshold."""
    root = tmp_path / "regels"
    copy_rules(root / "2026.1")
    copy_rules(root / "2027.1")
    header = root / "2027.1" / "ruleset.yaml"
    text = (
        header.read_text(encoding="utf-8")
        .replace('version: "2026.1"', 'version: "2027.1"')
        .replace("valid_from: 2026-02-05", "valid_from: 2027-01-01")
    )
    header.write_text(text.replace("value: 6\n", "value: 8\n", 1), encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "day, version",
    [
        ("2026-06-01", "2026.1"),
        ("2026-12-31", "2026.1"),
        ("2027-01-01", "2027.1"),
        ("2030-01-01", "2027.1"),
    ],
)
def test_the_version_in_force_on_the_peildatum_is_chosen(two_versions, day, version):
    ruleset = load_ruleset(two_versions, peildatum=day)
    assert ruleset.version == version
    assert evaluate({"facts": {}}, ruleset=ruleset).to_dict()["ruleset"]["version"] == version


def test_before_the_first_version_nothing_is_in_force(two_versions):
    with pytest.raises(
        RuleFileError, match="no version of this rule set is in force on 2025-01-01"
    ):
        load_ruleset(two_versions, peildatum="2025-01-01")


def test_evaluate_takes_a_peildatum_for_the_default_rule_set():
    assert (
        evaluate({"facts": {}}, peildatum="2026-03-01").to_dict()["ruleset"]["valid_from"]
        == "2026-02-05"
    )
    with pytest.raises(RuleFileError, match="in force on 2026-01-01"):
        evaluate({"facts": {}}, peildatum="2026-01-01")


# --- rules validate -------------------------------------------------------------------------


def test_the_default_rule_set_and_the_example_overlay_validate_clean():
    assert validate_paths([ROOT / "rules", NOORD], None, None) == []


def test_validate_warns_about_a_rule_that_can_never_fire(tmp_path):
    text = (
        HEADER
        + """rules:
  - id: onbereikbaar
    when: {score_at_least: 500}
    sets: {escalation: board}
    source: {lines: [396], section: "Bewaking bestuurlijke sensitiviteit"}
    quote: Tijdig escaleren van medewerker naar coördinator
    because: {nl: a, en: a}
"""
    )
    path = overlay(tmp_path, text)
    [finding] = validate_paths([path], None, None)
    assert finding.level == "warning" and "'onbereikbaar' can never fire" in finding.message
    assert finding.place == f"{path}:4"


def test_validate_warns_about_a_shadowed_rule(tmp_path):
    rule = """rules:
  - id: onrust_manager
    when: {fact: maatschappelijke_onrust}
    sets: {escalation: manager}
    source: {lines: [600], section: Politiek}
    quote: Bestaat er maatschappelijke onrust
    because: {nl: Onrust., en: Unrest.}
"""
    path = overlay(tmp_path, HEADER + rule)
    [finding] = validate_paths([path], None, None)
    assert "'onrust_manager' is shadowed by 'kop_maatschappelijke_onrust'" in finding.message
    assert finding.place == f"{path}:4"


def test_validate_warns_about_a_question_that_gives_no_signal(tmp_path):
    path = overlay(tmp_path, HEADER + "disable:\n  subsidie: Not relevant here.\n")
    [finding] = validate_paths([path], None, None)
    assert (
        "checklist question 'subsidie' (004:615) gives no signal (disabled by overlay proef)"
        in finding.message
    )


def test_validate_reports_a_load_error_with_file_and_line(tmp_path):
    path = overlay(
        tmp_path, HEADER + "change:\n  werkafspraken: {sets: {}, why: x, because: {nl: n, en: e}}\n"
    )
    [finding] = validate_paths([path], None, None)
    assert finding.level == "error" and finding.place == f"{path}:4"


def _line(path, needle):
    return next(
        number
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if needle in line
    )


# --- rule tests as data ---------------------------------------------------------------------

VERSIONS = ("2026.1", "2026.2")
DEFAULT_CASES = {
    version: read_cases(ROOT / "rules" / version / "cases" / "default.yaml") for version in VERSIONS
}


@pytest.fixture(scope="module", params=VERSIONS)
def version(request):
    return request.param, load_ruleset(ROOT / "rules" / request.param)


@pytest.mark.parametrize(
    "version, case",
    [(version, case) for version in VERSIONS for case in DEFAULT_CASES[version]],
    ids=lambda item: getattr(item, "name", item),
)
def test_default_rule_case(version, case):
    [outcome] = run_cases(Evaluator(load_ruleset(ROOT / "rules" / version)), [case]).outcomes
    assert outcome.differences == () and outcome.error is None


@pytest.mark.parametrize("case", read_cases(NOORD_CASES), ids=lambda case: case.name)
def test_regio_noord_case(case, noord):
    [outcome] = run_cases(Evaluator(noord), [case]).outcomes
    assert outcome.differences == () and outcome.error is None


def test_the_default_cases_reach_every_rule_signal_action_and_level(version):
    name, ruleset = version
    report = run_cases(Evaluator(ruleset), DEFAULT_CASES[name])
    assert (report.rules_not_reached, report.levels_not_reached, report.coverage) == ((), (), 100.0)


def test_a_failing_case_says_what_was_expected_and_what_came_out(tmp_path, ruleset):
    path = overlay(
        tmp_path,
        "cases:\n  - name: fout\n    facts: {subsidie: true}\n    expect: {escalation: manager}\n",
        "cases.yaml",
    )
    [outcome] = run_cases(Evaluator(ruleset), read_cases(path)).outcomes
    assert outcome.differences == (("escalation", "manager", "none"),)
    assert outcome.case.place == f"{path}:2"


def test_ci_validates_the_default_rule_set_and_the_example_overlay_with_the_console_script():
    """What CI runs: the installed `gevoelig rules validate`, with no errors and no warnings."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).parent / "gevoelig"
    done = subprocess.run(
        [str(script), "rules", "validate", "--strict", str(ROOT / "rules"), str(NOORD)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.strip().endswith(": 0 fout(en), 0 waarschuwing(en)")


def test_the_console_script_runs_the_rule_tests_with_full_coverage():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).parent / "gevoelig"
    for day, count in (("2026-12-01", 46), ("2026-11-30", 32)):  # rule sets 2026.2 and 2026.1
        done = subprocess.run(
            [str(script), "test", "--peildatum", day, "--min-coverage", "100"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert f"{count} geslaagd, 0 mislukt" in done.stdout and "dekking: 100%" in done.stdout


# --- messages a rule author can act on ---------------------------------------------------------


def test_a_key_dedented_out_of_its_section_is_named_at_its_line(tmp_path):
    text = HEADER + (
        "settings:\n  klachtengolf_aantal:\n    value: 5\n    why: Vijf.\n"
        "klachtengolf_dagen:\n  value: 14\n  why: Twee weken.\n"
    )
    with pytest.raises(RuleFileError) as info:
        load_ruleset(overlays=[overlay(tmp_path, text)])
    assert (info.value.line, info.value.what) == (
        7,
        "unknown key 'klachtengolf_dagen' in the top level of the file",
    )
    assert "indent it" in info.value.hint and "settings" in info.value.hint


def test_a_missing_property_names_the_rule_by_its_id(tmp_path):
    text = (
        HEADER
        + """rules:
  - id: zonder_bron
    when: {fact: subsidie}
    sets: {escalation: manager}
    quote: Tijdig escaleren
    because: {nl: a, en: a}
"""
    )
    with pytest.raises(RuleFileError) as info:
        load_ruleset(overlays=[overlay(tmp_path, text)])
    assert (info.value.line, info.value.what) == (4, "rules 'zonder_bron' needs 'source'")


def test_a_rule_that_an_overlay_setting_stops_is_reported_at_that_setting(tmp_path):
    path = overlay(
        tmp_path, HEADER + "settings:\n  score_zeer_gevoelig:\n    value: 500\n    why: Hoog.\n"
    )
    [finding] = validate_paths([path], None, None)
    assert (finding.level, finding.place) == ("warning", f"{path}:4")
    assert (
        "with score_zeer_gevoelig = 500, rule 'score_zeer_gevoelig' can never fire"
        in finding.message
    )


# --- the console script: rules validate and test ------------------------------------------------


def gevoelig(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed console script, as a rule author runs it."""
    script = Path(sys.executable).parent / "gevoelig"
    return subprocess.run([str(script), *args], capture_output=True, text=True, timeout=120)


def test_validate_exits_3_on_an_error_and_names_it(tmp_path):
    path = overlay(tmp_path, HEADER + "disable:\n  score_gevoellig: x\n")
    done = gevoelig("rules", "validate", str(path))
    assert done.returncode == 3
    assert (
        f"{path}:4: fout: er is geen regel of signaal 'score_gevoellig' om uit te zetten; "
        "bedoelde u 'score_gevoelig'?"
    ) in done.stderr
    assert done.stdout.strip().endswith("1 fout(en), 0 waarschuwing(en)")
    english = gevoelig("rules", "--lang", "en", "validate", str(path))
    assert (
        f"{path}:4: error: no rule or signal 'score_gevoellig' to disable; did you mean "
        "'score_gevoelig'?"
    ) in english.stderr


def test_validate_fails_on_warnings_only_with_strict(tmp_path):
    path = overlay(tmp_path, HEADER + "disable:\n  subsidie: Subsidies are not sensitive here.\n")
    assert (
        gevoelig("rules", "validate", str(path)).returncode,
        gevoelig("rules", "validate", "--strict", str(path)).returncode,
    ) == (0, 3)


def test_validate_checks_the_overlay_given_to_the_group(tmp_path):
    path = overlay(tmp_path, HEADER + "disable:\n  score_gevoellig: x\n")
    done = gevoelig("rules", "--overlay", str(path), "validate")
    assert done.returncode == 3 and "score_gevoellig" in done.stderr


def test_validate_checks_every_version_of_a_folder_on_its_own_date(two_versions):
    rules = two_versions / "2027.1" / "rules.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace(
            "{fact: buiten_mandaat}", "{fact: buiten_mandat}"
        ),
        encoding="utf-8",
    )
    done = gevoelig("rules", "validate", str(two_versions))
    assert done.returncode == 3
    assert f"{rules}:" in done.stderr and "onbekend feit 'buiten_mandat'" in done.stderr
    assert (
        gevoelig("rules", "--peildatum", "2026-06-01", "validate", str(two_versions)).returncode
        == 0
    )


def _broken_copy(tmp_path, name: str, old: str, new: str):
    folder = tmp_path / "regels"
    copy_rules(folder)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "name, old, new, level, message, at",
    [
        (
            "facts.yaml",
            "quote: Is er sprake van een spraakmakend",
            "quote: Staat er niet",
            "warning",
            "the quote of 'spraakmakend_initiatief' is not at 004:595",
            "facts.yaml",
        ),
        (
            "facts.yaml",
            "source: {lines: [595]",
            "source: {lines: [99999]",
            "error",
            "'spraakmakend_initiatief' cites line 99999, beyond the",
            "facts.yaml",
        ),
        (
            "rules.yaml",
            "when: {fact: buiten_mandaat}",
            "when: {fact: advies_niet_overgenomen}",
            "warning",
            "escalation fact 'buiten_mandaat' (004:456) is used by no rule",
            "facts.yaml",
        ),
        (
            "rules.yaml",
            "nl: Er is maatschappelijke onrust.",
            'nl: Er is "veel onrust" in de wijk.',
            "warning",
            (
                "the reason of 'kop_maatschappelijke_onrust' quotes \"veel onrust\", which is not "
                "on its cited lines (004:386)"
            ),
            "rules.yaml",
        ),
    ],
    ids=[
        "quote-elsewhere",
        "line-beyond-text",
        "context-fact-unused",
        "reason-quotes-words-not-on-its-lines",
    ],
)
def test_validate_reports_each_kind_of_finding(tmp_path, name, old, new, level, message, at):
    folder = _broken_copy(tmp_path, name, old, new)
    findings = [
        finding for finding in validate_paths([folder], None, None) if message in finding.message
    ]
    assert [level] == [finding.level for finding in findings]
    assert findings[0].place.startswith(str(folder / at) + ":")


def test_validate_accepts_a_reason_that_quotes_words_of_its_cited_lines(tmp_path):
    folder = _broken_copy(
        tmp_path,
        "rules.yaml",
        "nl: Er is maatschappelijke onrust.",
        'nl: Er is "maatschappelijke onrust".',
    )
    assert [
        finding.message
        for finding in validate_paths([folder], None, None)
        if "quotes" in finding.message
    ] == []


def test_validate_warns_about_a_criterion_that_is_not_encoded(tmp_path):
    folder = tmp_path / "regels"
    copy_rules(folder)
    facts = folder / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    start = text.index("  - id: gedoogverzoek")
    end = text.find("\n  - id: ", start + 1)
    facts.write_text(text[:start] + (text[end + 1 :] if end != -1 else ""), encoding="utf-8")
    messages = [finding.message for finding in validate_paths([folder], None, None)]
    assert "criterion 'gedoogverzoek' (004:588) is not encoded" in messages


def test_the_test_command_fails_with_what_was_expected_and_why(tmp_path):
    path = overlay(
        tmp_path,
        "cases:\n  - name: fout\n    facts: {subsidie: true}\n    expect: {escalation: manager}\n",
        "cases.yaml",
    )
    done = gevoelig("test", "--lang", "en", str(path))
    assert done.returncode == 1
    assert "FAIL fout" in done.stdout
    assert "  `escalation`: expected `manager`, got `none`" in done.stdout
    assert "  because signaal_aanwezig: " in done.stdout
    assert "0 passed, 1 failed" in done.stdout
    dutch = gevoelig("test", str(path)).stdout
    assert (
        "  `escalation`: verwacht `manager`, gekregen `none`" in dutch
        and "0 geslaagd, 1 mislukt" in dutch
    )


def test_the_test_command_fails_below_min_coverage_and_names_what_no_case_reaches(tmp_path):
    done = gevoelig(
        "test",
        "--lang",
        "en",
        "--peildatum",
        "2026-12-01",
        "--overlay",
        str(NOORD),
        str(NOORD_CASES),
        "--min-coverage",
        "90",
    )
    assert done.returncode == 1
    assert (
        "no case reaches: " in done.stdout
        and "signaal_aanwezig" not in done.stdout.split("no case reaches: ", 1)[1].splitlines()[0]
    )
    assert "is below --min-coverage 90" in done.stderr
    assert (
        gevoelig(
            "test",
            "--peildatum",
            "2026-12-01",
            "--overlay",
            str(NOORD),
            str(NOORD_CASES),
            "--min-coverage",
            "10",
        ).returncode
        == 0
    )


def test_check_picks_the_version_in_force_on_the_peildatum(two_versions):
    dossier = ROOT / "examples" / "16-local-media-two-complaints.json"
    versions = [
        json.loads(
            gevoelig(
                "check",
                "-f",
                "json",
                "--ruleset",
                str(two_versions),
                "--peildatum",
                day,
                str(dossier),
            ).stdout
        )["ruleset"]["version"]
        for day in ("2026-12-31", "2027-01-01")
    ]
    assert versions == ["2026.1", "2027.1"]


def test_validate_checks_the_group_overlays_stacked_as_check_uses_them(tmp_path):
    """B changes a setting that A adds: valid together, as `check --overlay A
    --overlay B` takes them."""
    first = overlay(tmp_path, "overlay: a\ndescription: A.\n" + THREE_POINTS, "a.yaml")
    second = overlay(
        tmp_path,
        "overlay: b\ndescription: B.\nsettings:\n  drempel_noord: {value: 5, why: Vijf punten.}\n",
        "b.yaml",
    )
    done = gevoelig("rules", "--overlay", str(first), "--overlay", str(second), "validate")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("0 fout(en), 0 waarschuwing(en)")
