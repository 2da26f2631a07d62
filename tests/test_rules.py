"""The default rule set: complete against the contract of fact ids, traceable to the Handreiking,
and checked on load."""

from __future__ import annotations

import re

import pytest

from gevoeligheid import RuleFileError, load_ruleset

from .conftest import copy_rules

# The fact ids case systems send: the contract. Rename none of them.
CHECKLIST = [
    "langdurige_bewogen_geschiedenis",
    "spraakmakend_initiatief",
    "media_aandacht",
    "maatschappelijke_onrust",
    "bestuurlijke_aandacht",
    "raads_of_statenvragen",
    "omstreden_eigen_overheid",
    "omstreden_ander_bestuursorgaan",
    "gevaarlijk_afval",
    "strafrechtelijk_verleden",
    "afwijking_regels_of_beleid",
    "wijziging_jurisprudentie",
    "subsidie",
    "afspraken_met_overheid",
    "verplichtingen_overheidsfondsen",
    "strijdig_met_ruimtelijk_besluit",
    "wijziging_ruimtelijk_besluit",
    "handhavingsverleden",
    "klachtenpatroon",
    "mondige_omgeving",
    "calculerend_gedrag",
    "ondermijning",
    "nabij_beschermd_gebied",
    "brzo_bevi",
    "gezondheidsrisico",
]
CRITERIA = [
    "afbreukrisico",
    "tegenstrijdige_adviezen",
    "risico_bezwaar_beroep",
    "actieve_belangengroepen",
    "historische_redenen",
    "overdracht_bevoegdheden",
    "repressieve_handhaving",
    "tegengestelde_belangen_gezagen",
    "strategische_trend",
    "incident",
    "klachtengolf",
    "veiligheid_gezondheid_in_geding",
    "significante_milieugevolgen",
    "gedoogverzoek",
    "afwijking_vastgesteld_beleid",
]
CONTEXT = [
    "werkafspraken_geraakt",
    "majeure_wijziging",
    "grote_impact_organisatie",
    "strategisch_vraagstuk",
    "buiten_mandaat",
    "advies_niet_overgenomen",
]


def test_every_fact_of_the_contract_is_encoded_in_order(ruleset):
    assert list(ruleset.facts) == CHECKLIST + CRITERIA + CONTEXT


def test_every_checklist_question_and_criterion_is_a_signal_and_context_is_not(ruleset):
    assert [fact.id for fact in ruleset.facts.values() if fact.signal] == CHECKLIST + CRITERIA


def test_graded_facts_have_the_contract_words(ruleset):
    assert ruleset.facts["media_aandacht"].values == ("geen", "lokaal", "regionaal", "landelijk")
    assert ruleset.facts["repressieve_handhaving"].values == (
        "geen",
        "bestuursrechtelijk",
        "strafrechtelijk",
    )
    assert ruleset.facts["incident"].values == ("geen", "binnen_locatie", "buiten_locatie")
    assert ruleset.facts["afbreukrisico"].values == (
        "bestuurlijk",
        "juridisch",
        "financieel",
        "politiek",
        "persoonlijk",
    )


def test_every_quote_stands_at_its_first_cited_line_of_the_handreiking(ruleset):
    """Every rule and fact is traceable: its quote is in the source text at the line it cites."""
    text = ruleset.source_text
    wrong = []
    for item in [*ruleset.facts.values(), *ruleset.rules]:
        line = text[item.source.lines[0] - 1]
        if item.quote not in line:
            wrong.append((item.id, item.source.lines[0]))
    assert wrong == []


def test_checklist_questions_cite_bijlage_3(ruleset):
    for fact_id in CHECKLIST:
        assert 590 <= ruleset.facts[fact_id].source.lines[0] <= 642, fact_id


def test_every_rule_has_a_reason_in_both_languages(ruleset):
    for rule in ruleset.rules:
        assert rule.because.nl and rule.because.en, rule.id


def test_the_headline_groups_are_h1_to_h5(ruleset):
    assert sorted(rule.headline for rule in ruleset.rules if rule.headline) == [
        "H1",
        "H2",
        "H3",
        "H4",
        "H5",
    ]


def test_every_setting_says_why_in_dutch_and_english(ruleset):
    assert set(ruleset.settings) == {
        "score_coordinator",
        "score_gevoelig",
        "score_zeer_gevoelig",
        "klachtengolf_aantal",
        "klachtengolf_dagen",
        "venster_klachtengolf",
        "klachtenpatroon_aantal",
        "klachtenpatroon_dagen",
        "venster_media",
        "venster_raadsvragen",
        "venster_incident",
        "venster_handhaving",
    }
    assert all(
        len(setting.why.nl) > 40 and len(setting.why.en) > 40 and setting.why.nl != setting.why.en
        for setting in ruleset.settings.values()
    )


def test_the_version_and_hash_identify_the_rules(ruleset):
    assert (ruleset.name, ruleset.version, ruleset.valid_from.isoformat()) == (
        "default",
        "2026.2",
        "2026-12-01",
    )
    assert (
        len(ruleset.sha256) == 64 and load_ruleset(peildatum="2026-12-01").sha256 == ruleset.sha256
    )


def test_rule_set_2026_1_stays_byte_for_byte_so_that_old_results_can_be_reproduced():
    """The sha256 that every result made under 2026.1 records, before 2026.2 came into force."""
    old = load_ruleset(peildatum="2026-11-30")
    assert (old.version, old.sha256) == (
        "2026.1",
        "4efd6fc1cc9f70d25cc9915e6a93d9da4ab7f04fce725a4b753a03a07bea4005",
    )


# --- broken rule files ----------------------------------------------------------------------


@pytest.fixture
def copy(tmp_path):
    """A writable copy of the default rule set."""
    target = tmp_path / "rules"
    copy_rules(target)
    return target


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path, needle):
    return next(
        number
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if needle in line
    )


def test_a_changed_rule_file_changes_the_hash(copy):
    _replace(copy / "ruleset.yaml", "value: 6", "value: 7")
    assert load_ruleset(copy).sha256 != load_ruleset().sha256


def test_invalid_yaml_names_file_and_line(copy):
    _replace(
        copy / "rules.yaml",
        "  - id: kop_maatschappelijke_onrust",
        "  - id: [kop_maatschappelijke_onrust",
    )
    with pytest.raises(RuleFileError) as caught:
        load_ruleset(copy)
    assert caught.value.file.endswith("rules.yaml") and caught.value.line is not None
    assert "invalid YAML" in caught.value.what


def test_unknown_fact_in_a_condition_suggests_the_right_one(copy):
    _replace(
        copy / "rules.yaml",
        "when: {fact: maatschappelijke_onrust}",
        "when: {fact: maatschapelijke_onrust}",
    )
    with pytest.raises(RuleFileError) as caught:
        load_ruleset(copy)
    error = caught.value
    assert (error.what, error.suggestion) == (
        "unknown fact 'maatschapelijke_onrust'",
        "maatschappelijke_onrust",
    )
    assert error.line == _line_of(copy / "rules.yaml", "maatschapelijke_onrust")


def test_a_schema_violation_names_the_place(copy):
    _replace(
        copy / "rules.yaml",
        "escalation: board, inform: [accountmanager",
        "escalation: bestuur, inform: [accountmanager",
    )
    with pytest.raises(RuleFileError) as caught:
        load_ruleset(copy)
    assert "bestuur" in caught.value.what and caught.value.line == _line_of(
        copy / "rules.yaml", "escalation: bestuur"
    )


def test_duplicate_keys_are_refused(copy):
    _replace(copy / "ruleset.yaml", "name: default\n", "name: default\nname: again\n")
    with pytest.raises(RuleFileError, match="duplicate key 'name'") as caught:
        load_ruleset(copy)
    assert caught.value.line == _line_of(copy / "ruleset.yaml", "name: again")


def test_a_rule_defined_twice_is_refused(copy):
    _replace(
        copy / "rules.yaml", "  - id: kop_maatschappelijke_onrust", "  - id: kop_media_bestuur"
    )
    with pytest.raises(RuleFileError, match="rule 'kop_media_bestuur' is defined twice"):
        load_ruleset(copy)


def test_weights_that_fall_with_the_grade_break_monotonicity(copy):
    _replace(
        copy / "facts.yaml",
        "weight: {lokaal: 1, regionaal: 2, landelijk: 3}",
        "weight: {lokaal: 1, regionaal: 3, landelijk: 2}",
    )
    with pytest.raises(RuleFileError, match="weight of 'landelijk' is lower than of 'regionaal'"):
        load_ruleset(copy)


def test_an_unknown_grade_word_suggests_the_right_one(copy):
    _replace(
        copy / "rules.yaml",
        "{fact: media_aandacht, at_least: regionaal}",
        "{fact: media_aandacht, at_least: regionnaal}",
    )
    with pytest.raises(RuleFileError) as caught:
        load_ruleset(copy)
    assert caught.value.suggestion == "regionaal"


def test_an_unknown_setting_is_refused(copy):
    _replace(
        copy / "rules.yaml", "{score_at_least: score_gevoelig}", "{score_at_least: score_gevoellig}"
    )
    with pytest.raises(RuleFileError) as caught:
        load_ruleset(copy)
    assert caught.value.suggestion == "score_gevoelig"


def test_a_yaml_tag_is_never_executed(copy):
    """Rule files are data: the safe loader refuses Python tags."""
    _replace(
        copy / "ruleset.yaml",
        "name: default",
        "name: !!python/object/apply:os.system ['echo pwned']",
    )
    with pytest.raises(
        RuleFileError, match=re.escape("tag !!python/object/apply:os.system is not allowed")
    ):
        load_ruleset(copy)


def test_a_missing_file_is_named(copy):
    (copy / "events.yaml").unlink()
    with pytest.raises(RuleFileError, match=re.escape("events.yaml: cannot read the file")):
        load_ruleset(copy)


def test_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(RuleFileError, match="not a rule set folder"):
        load_ruleset(tmp_path / "nowhere")
