"""The pytest plugin: a region's YAML rule cases run under plain pytest, one test a case."""

from __future__ import annotations

import shutil

from .conftest import ROOT

CASES = """\
peildatum: 2026-12-01
cases:
  - name: Werkafspraken gaan naar de coördinator
    facts: {werkafspraken_geraakt: true}
    expect: {classification: not_sensitive, escalation: coordinator}
  - name: Een verkeerde verwachting
    facts: {werkafspraken_geraakt: true}
    expect: {escalation: director}
"""


def region(pytester):
    """A region's folder: its overlay, its cases beside it, and a YAML file that is no case file."""
    shutil.copy(
        ROOT / "examples" / "overlays" / "regio-noord.yaml", pytester.path / "regio-noord.yaml"
    )
    (pytester.path / "regio-noord.cases.yaml").write_text(CASES, encoding="utf-8")
    (pytester.path / "docker-compose.yaml").write_text("services: {}\n", encoding="utf-8")


def test_each_case_is_a_test_and_a_failure_says_what_was_expected_in_dutch(pytester):
    region(pytester)
    done = pytester.runpytest("-p", "no:cacheprovider", "-v")
    done.assert_outcomes(passed=1, failed=1)
    out = done.stdout.str()
    assert "regio-noord.cases.yaml::Werkafspraken gaan naar de coördinator PASSED" in out, out
    assert f"FOUT Een verkeerde verwachting ({pytester.path / 'regio-noord.cases.yaml'}:6)" in out
    assert "`escalation`: verwacht `director`, gekregen `coordinator`" in out
    assert "omdat werkafspraken:" in out  # the reason that decided it


def test_failures_in_english_with_gevoelig_lang_en(pytester):
    region(pytester)
    done = pytester.runpytest("-p", "no:cacheprovider", "--gevoelig-lang", "en")
    done.assert_outcomes(passed=1, failed=1)
    assert "`escalation`: expected `director`, got `coordinator`" in done.stdout.str()


def test_without_the_overlay_beside_it_the_cases_run_on_the_default_rules(pytester):
    """Werkafspraken is a regio-noord rule: on the default rules alone the first case fails too."""
    region(pytester)
    (pytester.path / "regio-noord.yaml").unlink()
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(failed=2)


def test_an_overlay_given_on_the_command_line_is_used_instead(pytester):
    region(pytester)
    (pytester.path / "regio-noord.yaml").rename(pytester.path / "elders.yaml")
    done = pytester.runpytest(
        "-p", "no:cacheprovider", "--gevoelig-overlay", str(pytester.path / "elders.yaml")
    )
    done.assert_outcomes(passed=1, failed=1)


def test_a_broken_case_file_is_a_collection_error_with_its_line(pytester):
    (pytester.path / "kapot.cases.yaml").write_text(
        "cases:\n  - name: x\n    expekt: {}\n", encoding="utf-8"
    )
    done = pytester.runpytest("-p", "no:cacheprovider")
    done.assert_outcomes(errors=1)
    assert "kapot.cases.yaml:2: cases nr. 1 mist 'expect'" in done.stdout.str()


def test_the_rule_set_versions_cases_run_on_their_own_version(pytester):
    """cases/ of a version folder: 2026.1's cases pass on 2026.1, though a later
    version is in force."""
    shutil.copytree(ROOT / "rules", pytester.path / "rules")
    shutil.rmtree(pytester.path / "rules" / "2026.2")
    shutil.rmtree(pytester.path / "rules" / "2027.1")
    done = pytester.runpytest("-p", "no:cacheprovider", "-q")
    cases = (
        (ROOT / "rules" / "2026.1" / "cases" / "default.yaml")
        .read_text(encoding="utf-8")
        .count("  - name:")
    )
    done.assert_outcomes(passed=cases)
