"""The fact ids of the contract with the Handreiking line of each: what a rule set must encode."""

from __future__ import annotations

#: Bijlage 3, checklist (004:590-642): every question must be a signal.
CHECKLIST = {
    "langdurige_bewogen_geschiedenis": 594,
    "spraakmakend_initiatief": 595,
    "media_aandacht": 599,
    "maatschappelijke_onrust": 600,
    "bestuurlijke_aandacht": 601,
    "raads_of_statenvragen": 602,
    "omstreden_eigen_overheid": 603,
    "omstreden_ander_bestuursorgaan": 604,
    "gevaarlijk_afval": 608,
    "strafrechtelijk_verleden": 609,
    "afwijking_regels_of_beleid": 610,
    "wijziging_jurisprudentie": 611,
    "subsidie": 615,
    "afspraken_met_overheid": 616,
    "verplichtingen_overheidsfondsen": 617,
    "strijdig_met_ruimtelijk_besluit": 621,
    "wijziging_ruimtelijk_besluit": 622,
    "handhavingsverleden": 626,
    "klachtenpatroon": 627,
    "mondige_omgeving": 628,
    "calculerend_gedrag": 629,
    "ondermijning": 630,
    "nabij_beschermd_gebied": 634,
    "brzo_bevi": 638,
    "gezondheidsrisico": 642,
}
#: The potential criteria that the checklist does not ask (004:571-588, 004:386): signals too.
CRITERIA = {
    "afbreukrisico": 574,
    "tegenstrijdige_adviezen": 576,
    "risico_bezwaar_beroep": 577,
    "actieve_belangengroepen": 578,
    "historische_redenen": 579,
    "overdracht_bevoegdheden": 580,
    "repressieve_handhaving": 581,
    "tegengestelde_belangen_gezagen": 582,
    "strategische_trend": 584,
    "incident": 585,
    "klachtengolf": 586,
    "veiligheid_gezondheid_in_geding": 587,
    "significante_milieugevolgen": 386,
    "gedoogverzoek": 588,
}
#: The escalation context (004:456, 004:274, 004:435): facts that rules must use.
CONTEXT = {
    "werkafspraken_geraakt": 456,
    "majeure_wijziging": 274,
    "grote_impact_organisatie": 456,
    "strategisch_vraagstuk": 456,
    "buiten_mandaat": 456,
    "advies_niet_overgenomen": 435,
}
#: Optional true/false fields that a dossier's event may carry whatever rule set reads it: an
#: `incident` says whether its consequences were judged significant (from rule set 2027.1; a rule
#: set that does not read the field accepts it and ignores it, so that one dossier
#: fits every version).
EVENT_FLAGS = {"incident": ("significant",)}
