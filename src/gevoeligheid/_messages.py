"""Every text that the code itself shows to people, in Dutch and in English, under one key each.

The texts of the rules (questions, labels, reasons, actions, why) stay in the rule files, which
write them in both languages; this catalogue holds the rest: level and role names, headings,
summaries and messages. A text is looked up by its key and the language (`word`, `label`); its
placeholders are str.format fields, the same in both languages (tests/test_messages.py checks).
The commands' help pages are the one exception: click reads their English from the commands'
docstrings and `help=`, and _helptext.py holds their Dutch beside the command paths.

A dict rather than gettext or Babel: the language is chosen per call (`evaluate(lang=...)`, each
command's --lang, each request's Accept-Language), not once per process as gettext's installed
catalogue is; both languages are complete and always ship, so there is no fallback to manage;
gettext keys a text by its English sentence and needs compiled .mo files and a build step, Babel
is one more dependency; and here each key is a stable name that code and tests refer to, with its
Dutch and English side by side, where a reviewer sees a missing or drifted translation at once.
"""

from __future__ import annotations

#: What ids of the rule set's ladders, roles, categories and engines are called for people. An id
#: without an entry is shown as it is (a region's own category).
LABELS: dict[str, dict[str, str]] = {
    # levels of the classification and the escalation, and the roles to inform
    "not_sensitive": {"nl": "niet gevoelig", "en": "not sensitive"},
    "attention": {"nl": "aandachtspunt", "en": "point of attention"},
    "sensitive": {"nl": "bestuurlijk gevoelig", "en": "administratively sensitive"},
    "highly_sensitive": {"nl": "zeer gevoelig", "en": "highly sensitive"},
    "none": {"nl": "medewerker handelt zelf af", "en": "case worker handles it"},
    "coordinator": {"nl": "coördinator", "en": "coordinator"},
    "manager": {"nl": "manager (managementniveau)", "en": "manager (management level)"},
    "director": {"nl": "directie", "en": "director"},
    "board": {"nl": "bestuur (bevoegd gezag)", "en": "board (competent authority)"},
    "accountmanager": {"nl": "accountmanager", "en": "account manager"},
    "ambtelijk_opdrachtgever": {"nl": "ambtelijk opdrachtgever", "en": "official client"},
    "portefeuillehouder": {"nl": "portefeuillehouder", "en": "portfolio holder"},
    # who does an action
    "medewerker": {"nl": "medewerker", "en": "case worker"},
    "directie": {"nl": "directie", "en": "director"},
    # categories of signals
    "algemeen": {"nl": "algemeen", "en": "general"},
    "politiek": {"nl": "politiek", "en": "political"},
    "juridisch": {"nl": "juridisch", "en": "legal"},
    "financieel": {"nl": "financieel", "en": "financial"},
    "ruimtelijk": {"nl": "ruimtelijk", "en": "spatial"},
    "handhaving": {"nl": "handhaving", "en": "enforcement"},
    "natuur": {"nl": "natuur", "en": "nature"},
    "externe_veiligheid": {"nl": "externe veiligheid", "en": "external safety"},
    "gezondheid": {"nl": "gezondheid", "en": "health"},
    "milieu": {"nl": "milieu", "en": "environment"},
    "escalatie": {"nl": "escalatie", "en": "escalation"},
    # the name of the default rule set
    "default": {"nl": "standaard", "en": "default"},
    # engines
    "durable": {"nl": "durable-rules", "en": "durable-rules"},
    "reference": {"nl": "referentie-evaluator", "en": "reference evaluator"},
}

#: Headings, words and messages, by key.
MESSAGES: dict[str, dict[str, str]] = {
    # gevoelig check: the table and Markdown of a result
    "dossier": {"nl": "Dossier", "en": "Dossier"},
    "classification": {"nl": "Classificatie", "en": "Classification"},
    "escalation": {"nl": "Escalatie", "en": "Escalation"},
    "inform": {"nl": "Informeren", "en": "Inform"},
    "score": {"nl": "Score", "en": "Score"},
    "nobody": {"nl": "niemand", "en": "nobody"},
    "signals": {"nl": "Signalen", "en": "Signals"},
    "signal": {"nl": "Signaal", "en": "Signal"},
    "weight": {"nl": "Gewicht", "en": "Weight"},
    "category": {"nl": "Categorie", "en": "Category"},
    "source": {"nl": "Bron", "en": "Source"},
    "reasons": {"nl": "Redenen", "en": "Reasons"},
    "rule": {"nl": "Regel", "en": "Rule"},
    "sets": {"nl": "Gevolg", "en": "Sets"},
    "because": {"nl": "Omdat", "en": "Because"},
    "open_questions": {"nl": "Open vragen", "en": "Open questions"},
    "fact": {"nl": "Feit", "en": "Fact"},
    "question": {"nl": "Vraag", "en": "Question"},
    "could_raise_to": {"nl": "Kan stijgen tot", "en": "Could rise to"},
    "worst_case": {"nl": "Als alle open vragen ja zijn", "en": "If every open question were yes"},
    "conflicts": {"nl": "Tegenstrijdigheden", "en": "Conflicts"},
    "no_signals": {"nl": "Geen signalen.", "en": "No signals."},
    "no_reasons": {"nl": "Geen regel is van toepassing.", "en": "No rule applies."},
    "no_change": {"nl": "blijft gelijk", "en": "no change"},
    "from_events": {
        "nl": "afgeleid uit de gebeurtenissen in het dossier",
        "en": "derived from the events in the dossier",
    },
    "no_id": {"nl": "(zonder id)", "en": "(no id)"},
    "engine": {"nl": "rekenkern", "en": "engine"},
    "ruleset": {"nl": "Regelset", "en": "Rule set"},
    "ground": {"nl": "Grond", "en": "Ground"},
    "open_count": {"nl": "Open vragen", "en": "Open questions"},
    "if_all_yes": {"nl": "als alle ja", "en": "if all yes"},
    "actions": {"nl": "Te doen", "en": "Actions"},
    "who": {"nl": "Wie", "en": "Who"},
    "action": {"nl": "Actie", "en": "Action"},
    "no_actions": {
        "nl": "Niets te doen buiten de open vragen.",
        "en": "Nothing to do beyond the open questions.",
    },
    "no_actions_escalated": {
        "nl": "De regelset noemt geen acties; de escalatie hierboven zegt wie de kwestie oppakt.",
        "en": "The rule set names no actions; the escalation above says who takes the matter up.",
    },
    "uncounted": {
        "nl": "(n) telt niet mee in de score: een signaal dat hetzelfde meet, weegt al mee",
        "en": "(n) not counted in the score: a signal that measures the same thing already counts",
    },
    "peildatum": {"nl": "peildatum", "en": "assessed on"},
    "left_out": {
        "nl": "gebeurtenissen na de peildatum zijn buiten beschouwing gelaten",
        "en": "events dated after the assessment date were left out",
    },
    "changed_by": {"nl": "gewijzigd door", "en": "changed by"},
    "disabled": {"nl": "uitgezet", "en": "disabled"},
    "by_overlay": {"nl": "door overlay", "en": "by overlay"},
    "conflict_one": {
        "nl": "Op de vraag '{question}' is geantwoord: {answered}. Maar {count} gebeurtenis in het dossier laat zien: {evidence}. De beoordeling gaat daarvan uit.",
        "en": "The question '{question}' was answered: {answered}. But {count} event in the dossier shows: {evidence}. The assessment goes by that.",
    },
    "conflict": {
        "nl": "Op de vraag '{question}' is geantwoord: {answered}. Maar {count} gebeurtenissen in het dossier laten zien: {evidence}. De beoordeling gaat daarvan uit.",
        "en": "The question '{question}' was answered: {answered}. But {count} events in the dossier show: {evidence}. The assessment goes by that.",
    },
    # gevoelig rules, rules show, template
    "kind_title_checklist": {"nl": "Checklist (Bijlage 3)", "en": "Checklist (Annex 3)"},
    "kind_title_criterium": {
        "nl": "Potentiële criteria (Bijlage 3)",
        "en": "Potential criteria (Annex 3)",
    },
    "kind_title_escalatie": {"nl": "Escalatieafspraken", "en": "Escalation agreements"},
    "or": {"nl": "of", "en": "or"},
    "and": {"nl": "en", "en": "and"},
    "contains": {"nl": "bevat", "en": "contains"},
    "unknown": {"nl": "onbekend", "en": "unknown"},
    "informs": {"nl": "informeert", "en": "informs"},
    "count_signals": {"nl": "signalen", "en": "signals"},
    "count_headlines": {
        "nl": "criteria van een bestuurlijk gevoelig dossier",
        "en": "headline criteria",
    },
    "count_strength": {
        "nl": "samen opgetelde sterkte van de criteria van een bestuurlijk gevoelig dossier",
        "en": "headline strength",
    },
    "count_strongest": {
        "nl": "sterkte van het zwaarste criterium van een bestuurlijk gevoelig dossier",
        "en": "strongest headline criterion",
    },
    "count_score": {"nl": "score", "en": "score"},
    "count_heaviest": {"nl": "zwaarste signaal", "en": "heaviest signal"},
    "id": {"nl": "id", "en": "id"},
    "when": {"nl": "Wanneer", "en": "When"},
    "kind_rule": {"nl": "regel", "en": "rule"},
    "kind_signal": {"nl": "signaal", "en": "signal"},
    "valid_from": {"nl": "geldig vanaf", "en": "valid from"},
    "setting": {"nl": "Instelling", "en": "Setting"},
    "value": {"nl": "Waarde", "en": "Value"},
    "bounds": {"nl": "Grenzen", "en": "Bounds"},
    "defined": {"nl": "Gedefinieerd", "en": "Defined"},
    "above": {"nl": "boven", "en": "above"},
    "not_below": {"nl": "minstens", "en": "at least"},
    "headline": {
        "nl": "criterium van een bestuurlijk gevoelig dossier",
        "en": "headline criterion",
    },
    "strength": {"nl": "sterkte", "en": "strength"},
    "only_with": {"nl": "alleen met", "en": "only with"},
    "in_force": {"nl": "van kracht", "en": "in force"},
    "not_in_force": {"nl": "niet van kracht", "en": "not in force"},
    "choice": {"nl": "keuze", "en": "choice"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "nee", "en": "no"},
    "yes_no": {"nl": "ja/nee", "en": "yes/no"},
    "list": {"nl": "lijst", "en": "list"},
    "why": {"nl": "Waarom", "en": "Why"},
    "quote": {"nl": "Citaat", "en": "Quote"},
    "text": {"nl": "Tekst", "en": "Text"},
    "weight_class": {"nl": "gewichtsklasse", "en": "weight class"},
    "overlap": {"nl": "telt één keer met", "en": "counts once with"},
    "overlap_group": {"nl": "telt samen", "en": "overlap group"},
    "to": {"nl": "tot en met", "en": "to"},
    "from": {"nl": "vanaf", "en": "from"},
    "up_to": {"nl": "tot en met", "en": "up to"},
    "handout_intro": {
        "nl": "Beantwoord elke vraag met ja of nee (of het gevraagde niveau); laat open wat u niet weet: onbekend telt niet als nee.",
        "en": "Answer each question yes or no (or the level asked for); leave open what you do not know: unknown does not count as no.",
    },
    # messages of the commands
    "version": {"nl": "{program}, versie {version}", "en": "{program}, version {version}"},
    "error_prefix": {"nl": "gevoelig: fout:", "en": "gevoelig: error:"},
    "internal_error": {
        "nl": "gevoelig: interne fout: {kind}: {error} (gebruik --debug voor de traceback, en meld het alstublieft)",
        "en": "gevoelig: internal error: {kind}: {error} (run with --debug for the traceback and please report it)",
    },
    "no_json_files": {"nl": "geen *.json-bestanden in {paths}", "en": "no *.json files in {paths}"},
    "no_cases": {"nl": "geen gevallen in {paths}", "en": "no cases in {paths}"},
    "default_ruleset": {"nl": "de standaardregelset", "en": "the default rule set"},
    "validate_summary": {
        "nl": "{checked}: {errors} fout(en), {warnings} waarschuwing(en)",
        "en": "{checked}: {errors} error(s), {warnings} warning(s)",
    },
    # gevoelig serve
    "serve_new_token": {
        "nl": "# sleutel voor {name} (geef hem aan de client; hij wordt niet bewaard): {token}",
        "en": "# token for {name} (give it to the client; it is not stored): {token}",
    },
    "serve_needs_extra": {
        "nl": "de dienst heeft zijn extra nodig: pip install 'gevoeligheid[service]' ({error})",
        "en": "the service needs its extra: pip install 'gevoeligheid[service]' ({error})",
    },
    "serve_open_loopback": {
        "nl": "--open is voor een laptop: de pagina werkt zonder API-sleutels en dus alleen op loopback; laat --keys weg en luister op 127.0.0.1",
        "en": "--open is for a laptop: the page works without API keys and so only on loopback; leave out --keys and bind to 127.0.0.1",
    },
    "serve_opening": {
        "nl": "gevoelig: de pagina opent in de browser: {url}",
        "en": "gevoelig: opening the page in the browser: {url}",
    },
    "serve_bad_origin": {
        "nl": "{origin!r} is geen origin; geef schema://host[:poort] in kleine letters zonder pad (https://zaken.voorbeeld.nl), of *",
        "en": "{origin!r} is not an origin; give scheme://host[:port] in lower case without a path (https://zaken.example.nl), or *",
    },
    "serve_without_keys": {
        "nl": "de dienst luistert niet op {host} zonder API-sleutels: iedereen die hem bereikt, zou hem kunnen gebruiken. Geef --keys BESTAND (maak sleutels met --new-key NAAM) of luister op 127.0.0.1",
        "en": "refusing to serve on {host} without API keys: anyone who can reach it could use it. Give --keys FILE (make keys with --new-key NAME) or bind to 127.0.0.1",
    },
    # gevoelig log, check --log
    "replay_what": {
        "nl": "noem beslissingen bij hun id, of geef --dossier ID of --all",
        "en": "name decisions by id, or give --dossier ID or --all",
    },
    "replay_input_of_one": {
        "nl": "--input is het oorspronkelijke dossier van één beslissing: noem die ene beslissing",
        "en": "--input is the original dossier of one decision: name that one decision",
    },
    "replay_input_unreadable": {
        "nl": "{file} is niet als JSON te lezen: {error}",
        "en": "cannot read {file} as JSON: {error}",
    },
    "replay_same": {
        "nl": "byte voor byte hetzelfde resultaat ({size} bytes)",
        "en": "byte for byte the same result ({size} bytes)",
    },
    "replayed": {
        "nl": "{same} van {total} beslissing(en) opnieuw beoordeeld met hetzelfde resultaat",
        "en": "{same} of {total} decision(s) replayed to the same result",
    },
    "no_such_decision": {
        "nl": "geen beslissing {decision} in {log}",
        "en": "no decision {decision} in {log}",
    },
    "exported": {
        "nl": "{count} beslissing(en) geëxporteerd, geschoond",
        "en": "{count} decision(s) exported, redacted",
    },
    "no_retention_period": {
        "nl": "geen bewaartermijn: geef --retention-days N of zet GEVOELIG_LOG_RETENTION_DAYS",
        "en": "no retention period: give --retention-days N or set GEVOELIG_LOG_RETENTION_DAYS",
    },
    "would_purge": {
        "nl": "{count} beslissing(en) vastgelegd voor {cutoff} UTC zouden verwijderd worden",
        "en": "{count} decision(s) logged before {cutoff} UTC would be removed",
    },
    "log_up_to_date": {"nl": "{log}: schema is bijgewerkt", "en": "{log}: schema up to date"},
    # gevoelig log verify, purge (the decision log's chain)
    "verify_ok": {
        "nl": "{count} beslissing(en) gecontroleerd: elk past in de keten; kop seq={seq} sha256={sha256}",
        "en": "{count} decision(s) checked: each fits the chain; head seq={seq} sha256={sha256}",
    },
    "verify_legacy": {
        "nl": "waarvan {count} van voor de keten (van die is alleen de inhoud gecontroleerd)",
        "en": "of which {count} from before the chain (only their contents were checked)",
    },
    "verify_failed": {
        "nl": "het logboek is gewijzigd: {where}: {problem}",
        "en": "the log was changed: {where}: {problem}",
    },
    "verify_at_entry": {
        "nl": "seq {seq} (beslissing {decision})",
        "en": "seq {seq} (decision {decision})",
    },
    "verify_at_head": {
        "nl": "de kop van de keten (seq {seq})",
        "en": "the head of the chain (seq {seq})",
    },
    "verify_at_purge": {"nl": "opschoonverslag {seq}", "en": "purge record {seq}"},
    "verify_hash": {
        "nl": "de hash is niet die van de inhoud en het item ervoor: het item is gewijzigd",
        "en": "its hash is not that of its contents and the entry before it: the entry was changed",
    },
    "verify_prev": {
        "nl": "het sluit niet aan op het item ervoor (seq {prev}): een item is verwijderd, ingevoegd of verwisseld",
        "en": "it does not continue the entry before it (seq {prev}): an entry was removed, inserted or swapped",
    },
    "verify_start": {
        "nl": "het eerste item sluit niet aan op het begin van de keten of het anker van de laatste opschoning: er zijn items verwijderd zonder opschoonverslag",
        "en": "the first entry does not continue the start of the chain or the last purge's anchor: entries were removed without a purge record",
    },
    "verify_no_hash": {
        "nl": "het heeft geen ketenhash, maar is na het begin van de keten vastgelegd",
        "en": "it has no chain hash but was logged after the chain began",
    },
    "verify_column": {
        "nl": "kolom {column} is {value}, maar de vastgelegde uitkomst zegt {expected}",
        "en": "column {column} is {value}, but the logged result says {expected}",
    },
    "verify_input_hash": {
        "nl": "input_sha256 is niet de hash van de vastgelegde invoer",
        "en": "input_sha256 is not the hash of the logged input",
    },
    "verify_result_hash": {
        "nl": "result_sha256 is niet de hash van de vastgelegde uitkomst",
        "en": "result_sha256 is not the hash of the logged result",
    },
    "verify_not_json": {
        "nl": "de invoer of de uitkomst is geen JSON",
        "en": "its input or result is not JSON",
    },
    "verify_time": {
        "nl": "logged_at {logged_at} is geen tijdstip in UTC (JJJJ-MM-DDTUU:MM:SS.ffffffZ)",
        "en": "logged_at {logged_at} is no UTC time (YYYY-MM-DDTHH:MM:SS.ffffffZ)",
    },
    "verify_backdated": {
        "nl": "vastgelegd om {logged_at}, meer dan {skew} s voor het item ervoor ({previous}): teruggedateerd",
        "en": "logged at {logged_at}, more than {skew} s before the entry before it ({previous}): backdated",
    },
    "verify_tail": {
        "nl": "het laatste item is seq {last} met hash {sha256}, maar de kop is seq {seq} met {head}: de nieuwste items zijn verwijderd of vervangen",
        "en": "the last entry is seq {last} with hash {sha256}, but the head is seq {seq} with {head}: the newest entries were removed or replaced",
    },
    "verify_purge_left": {
        "nl": "het zegt dat seq {first} t/m {last} verwijderd zijn, maar seq {seq} is er nog",
        "en": "it says seq {first} to {last} were removed, but seq {seq} is still there",
    },
    "verify_purge_order": {
        "nl": "het verwijderde seq {first} t/m {last}, maar een eerder verslag ging al tot seq {before}",
        "en": "it removed seq {first} to {last}, but an earlier record already went up to seq {before}",
    },
    "verify_expected": {
        "nl": "verwacht was hash {expected}, maar het is {found}",
        "en": "the expected hash was {expected}, but it is {found}",
    },
    "verify_expected_gone": {
        "nl": "dit item is er niet meer en geen opschoonverslag verklaart dat",
        "en": "this entry is gone and no purge record accounts for it",
    },
    "verify_bad_head": {
        "nl": "--expect-head is SEQ:SHA256 (zoals log verify het afdrukt), niet {value!r}",
        "en": "--expect-head is SEQ:SHA256 (as log verify prints it), not {value!r}",
    },
    "retention_too_long": {
        "nl": "een bewaartermijn van {days} dagen reikt tot voor het jaar 1: geef hoogstens {most} dagen",
        "en": "a retention period of {days} days reaches back before the year 1: give at most {most} days",
    },
    "log_not_written": {
        "nl": "het beslissingslogboek kon niet worden geschreven ({error}); gestopt na de beslissingen die al vastgelegd zijn",
        "en": "the decision log could not be written ({error}); stopped after the decisions already logged",
    },
    # gevoelig test (ids of rules, signals and levels stay ids; expected and got as the case file writes them)
    # gevoelig schema
    "schema_file_or_result": {
        "nl": "--file en --result sluiten elkaar uit: geef er één.",
        "en": "--file and --result exclude each other: give one of them.",
    },
    "case_header_case": {"nl": "geval", "en": "case"},
    "case_header_result": {"nl": "uitkomst", "en": "result"},
    "case_header_where": {"nl": "waar", "en": "where"},
    "case_fail": {"nl": "FOUT", "en": "FAIL"},
    "case_error": {"nl": "fout", "en": "error"},
    "case_difference": {
        "nl": "`{key}`: verwacht `{expected}`, gekregen `{got}`",
        "en": "`{key}`: expected `{expected}`, got `{got}`",
    },
    "case_because": {"nl": "omdat {rule}: {because}", "en": "because {rule}: {because}"},
    "case_summary": {
        "nl": "{passed} geslaagd, {failed} mislukt",
        "en": "{passed} passed, {failed} failed",
    },
    "case_coverage": {
        "nl": "dekking: {coverage:.0f}% van de regels, signalen, acties en niveaus",
        "en": "coverage: {coverage:.0f}% of rules, signals, actions and levels",
    },
    "case_not_reached": {"nl": "geen geval bereikt", "en": "no case reaches"},
    "case_level_not_reached": {"nl": "geen geval bereikt niveau", "en": "no case reaches level"},
    "case_below": {
        "nl": "dekking {coverage:.0f}% is lager dan --min-coverage {minimum:g}",
        "en": "coverage {coverage:.0f}% is below --min-coverage {minimum:g}",
    },
    "nothing_named": {
        "nl": "geen regel, feit, actie of instelling",
        "en": "no rule, fact, action or setting",
    },
    "did_you_mean": {"nl": "bedoelde u", "en": "did you mean"},
    "rules_lists_them": {"nl": "`gevoelig rules` noemt ze", "en": "`gevoelig rules` lists them"},
    "durable_not_installed": {
        "nl": "durable-rules is niet geïnstalleerd",
        "en": "durable-rules is not installed",
    },
    "durable_does_not_load": {
        "nl": "durable-rules laadt niet ({detail})",
        "en": "durable-rules does not load ({detail})",
    },
    "reference_evaluated": {
        "nl": "beoordeeld met de referentie-engine (dezelfde uitkomsten)",
        "en": "evaluated with the reference engine (same results)",
    },
    "install_durable": {
        "nl": "Installeer durable-rules (vraagt een C-compiler) of kies engine reference.",
        "en": "Install durable-rules (needs a C compiler) or choose engine reference.",
    },
    "reinstall_with_compiler": {
        "nl": "Installeer gevoeligheid opnieuw op een machine met een C-compiler.",
        "en": "Reinstall gevoeligheid on a machine with a C compiler.",
    },
    # why a command stopped before its end: a signal's name, a lost worker, a closed or failed output
    "stop_SIGINT": {"nl": "onderbroken door SIGINT", "en": "interrupted by SIGINT"},
    "stop_SIGTERM": {"nl": "onderbroken door SIGTERM", "en": "interrupted by SIGTERM"},
    "stop_worker": {
        "nl": "een werkproces is onverwacht gestopt",
        "en": "a worker process stopped unexpectedly",
    },
    "stop_closed": {
        "nl": "de uitvoer is gesloten voordat alles geschreven was",
        "en": "the output was closed before everything was written",
    },
    "stop_write": {
        "nl": "de uitvoer is niet te schrijven: {detail}",
        "en": "cannot write the output: {detail}",
    },
    "stopped": {
        "nl": "{why}; {count} niet beoordeeld{where}; {written} wel{errors}",
        "en": "{why}; {count} not evaluated{where}; {written} evaluated{errors}",
    },
    "stopped_count_one": {"nl": "{left} dossier", "en": "{left} dossier(s)"},
    "stopped_count": {"nl": "{left} dossiers", "en": "{left} dossier(s)"},
    "stopped_count_more_than": {
        "nl": "meer dan {left} dossiers",
        "en": "more than {left} dossier(s)",
    },
    "stopped_from": {"nl": ", vanaf {first}", "en": ", from {first} on"},
    "stopped_errors": {"nl": ", {failed} met een fout", "en": ", {failed} with an error"},
    "stopped_at_once": {
        "nl": "{why} en meteen gestopt; de uitvoer kan op een halve regel eindigen; {written} dossiers beoordeeld",
        "en": "{why} and stopped at once; the output may end in a partial line; {written} evaluated",
    },
    # the summary of a batch
    "not_evaluated_one": {
        "nl": "{failed} dossier kon niet worden beoordeeld; {written} wel",
        "en": "{failed} dossier(s) could not be evaluated; {written} evaluated",
    },
    "not_evaluated": {
        "nl": "{failed} dossiers konden niet worden beoordeeld; {written} wel",
        "en": "{failed} dossier(s) could not be evaluated; {written} evaluated",
    },
    "escalating_one": {
        "nl": "{reached} dossier escaleert naar niveau {level} of hoger",
        "en": "{reached} dossier(s) escalate to {level} or higher",
    },
    "escalating": {
        "nl": "{reached} dossiers escaleren naar niveau {level} of hoger",
        "en": "{reached} dossier(s) escalate to {level} or higher",
    },
    # the service's query parameters
    "query_unknown": {
        "nl": "Onbekende queryparameter '{name}'; deze operatie kent: {allowed}.",
        "en": "Unknown query parameter '{name}'; this operation takes: {allowed}.",
    },
    "query_none": {"nl": "geen", "en": "none"},
    "query_repeated": {
        "nl": "De queryparameter '{name}' staat er meer dan eens; geef hem één keer.",
        "en": "The query parameter '{name}' is given more than once; give it once.",
    },
    "query_bad_date": {
        "nl": "?peildatum={value} is geen datum JJJJ-MM-DD die bestaat; geef bijvoorbeeld ?peildatum=2026-12-01.",
        "en": "?peildatum={value} is not a date YYYY-MM-DD that exists; give e.g. ?peildatum=2026-12-01.",
    },
    # every error of a dossier at once
    "more_errors": {
        "nl": "en nog {count} fouten in dit dossier (alleen de eerste {shown} zijn genoemd)",
        "en": "and {count} more error(s) in this dossier (only the first {shown} are listed)",
    },
    # evaluate(str): text is JSON text, never a path
    "text_not_json": {
        "nl": "tekst wordt als JSON gelezen, en dit is geen JSON",
        "en": "text is read as JSON, and this is no JSON",
    },
    "text_not_json_hint": {
        "nl": "lees een bestand met evaluate_file(pad) of geef een pathlib.Path",
        "en": "read a file with evaluate_file(path) or pass a pathlib.Path",
    },
    # gevoelig serve: the bounds of the service (docs/api.md, "Bounds")
    "service_over_budget": {
        "nl": "De dienst houdt nu te veel verzoekgegevens vast; probeer het zo opnieuw, of stuur kleinere batches.",
        "en": "The service holds too much request data at the moment; try again shortly, or send smaller batches.",
    },
    "stream_too_long": {
        "nl": "De stroom liep langer dan {seconds} s; stuur de rest, vanaf de regel na 'lines', in een nieuw verzoek.",
        "en": "The stream ran longer than {seconds} s; send the rest, from the line after 'lines', in a new request.",
    },
    "header_too_large": {
        "nl": "De verzoekregel en de headers zijn samen groter dan {limit} bytes.",
        "en": "The request line and headers together are larger than {limit} bytes.",
    },
    "array_empty_body": {
        "nl": "De body is leeg; een batch is een JSON-array van dossiers.",
        "en": "The body is empty; a batch is a JSON array of dossiers.",
    },
    "array_expected": {
        "nl": "De body is geen geldige JSON: op regel {line}, kolom {column} hoort de '[' van een array te staan.",
        "en": "The body is not valid JSON: line {line}, column {column} should hold the '[' of an array.",
    },
    "array_unclosed": {
        "nl": "De body is geen geldige JSON: hij houdt op bij regel {line}, kolom {column} voordat de array (of een haakje of aanhalingsteken erin) sluit.",
        "en": "The body is not valid JSON: it ends at line {line}, column {column} before the array (or a bracket or quote in it) closes.",
    },
    "array_unexpected": {
        "nl": "De body is geen geldige JSON: op regel {line}, kolom {column} hoort een komma of ']' te staan; of een haakje of aanhalingsteken sluit niet, of het dossier is dieper genest dan {depth} niveaus.",
        "en": "The body is not valid JSON: line {line}, column {column} should hold a comma or ']'; or a bracket or quote does not close, or the dossier nests more than {depth} levels deep.",
    },
    "array_item_expected": {
        "nl": "De body is geen geldige JSON: op regel {line}, kolom {column} hoort een dossier te staan (na de laatste staat geen komma).",
        "en": "The body is not valid JSON: line {line}, column {column} should hold a dossier (no comma follows the last one).",
    },
    "array_item_unclosed": {
        "nl": "De body is geen geldige JSON: het haakje of aanhalingsteken op regel {line}, kolom {column} sluit niet, of wat erin staat is dieper genest dan {depth} niveaus.",
        "en": "The body is not valid JSON: the bracket or quote at line {line}, column {column} does not close, or what it holds nests more than {depth} levels deep.",
    },
    "array_item_invalid": {
        "nl": "De body is geen geldige JSON: dossier {index}, op regel {line}, kolom {column}: {what}.",
        "en": "The body is not valid JSON: dossier {index}, at line {line}, column {column}: {what}.",
    },
    "array_item_not_utf8": {"nl": "geen UTF-8-tekst", "en": "not UTF-8 text"},
    "array_item_bad_value": {
        "nl": "een waarde die JSON niet kent (NaN, Infinity, of een getal van meer dan 4.300 cijfers)",
        "en": "a value JSON does not have (NaN, Infinity, or a number of more than 4,300 digits)",
    },
    "array_extra": {
        "nl": "De body is geen geldige JSON: na de array staat nog iets, op regel {line}, kolom {column}.",
        "en": "The body is not valid JSON: something follows the array, at line {line}, column {column}.",
    },
    "array_item_too_large": {
        "nl": "Dossier {index} is geen volledige JSON-waarde binnen het maximum van {limit} bytes voor één dossier: het is groter, of een haakje of aanhalingsteken erin sluit niet.",
        "en": "Dossier {index} is no complete JSON value within the limit of {limit} bytes for one dossier: it is larger, or a bracket or quote in it does not close.",
    },
    "item_is_string": {
        "nl": "een dossier is een JSON-object, geen tekst",
        "en": "a dossier is a JSON object, not a string",
    },
    "item_is_number": {
        "nl": "een dossier is een JSON-object, geen getal",
        "en": "a dossier is a JSON object, not a number",
    },
    "item_is_null": {
        "nl": "een dossier is een JSON-object, geen null",
        "en": "a dossier is a JSON object, not null",
    },
    "item_is_boolean": {
        "nl": "een dossier is een JSON-object, geen true of false",
        "en": "a dossier is a JSON object, not true or false",
    },
    "item_is_array": {
        "nl": "een dossier is een JSON-object, geen lijst",
        "en": "a dossier is a JSON object, not an array",
    },
    "item_string_hint": {
        "nl": "de dienst leest geen bestanden: zet het dossier zelf in de batch",
        "en": "the service reads no files: put the dossier itself in the batch",
    },
    "item_not_object_hint": {
        "nl": "elk element van de batch is één dossier: een object met zijn feiten",
        "en": "each item of the batch is one dossier: an object with its facts",
    },
}

#: next_questions, `gevoelig interview`, the page at / of the service and its training mode.
MESSAGES.update(
    {
        "answer_yes": {"nl": "ja", "en": "yes"},
        "answer_no": {"nl": "nee", "en": "no"},
        "answer_none": {"nl": "geen", "en": "none"},
        "answer_unknown": {"nl": "weet niet", "en": "don't know"},
        "interview_bad_answer": {
            "nl": "'{answer}' is geen antwoord op deze vraag; antwoord {choices}, of stop",
            "en": "'{answer}' is no answer to this question; answer {choices}, or stop",
        },
        "interview_set_choices": {
            "nl": "een of meer van {words} (met komma's), {none} of {unknown}",
            "en": "one or more of {words} (with commas), {none} or {unknown}",
        },
        "interview_start": {
            "nl": "Interview; elk antwoord wordt meteen bewaard in {path}. Typ stop om te stoppen.",
            "en": "Interview; every answer is saved at once in {path}. Type stop to stop.",
        },
        "interview_question": {"nl": "Vraag {number}", "en": "Question {number}"},
        "interview_prompt": {"nl": "Antwoord ({choices}): ", "en": "Answer ({choices}): "},
        "interview_now": {
            "nl": "Nu: {outcome}. Hoogst mogelijk: {worst}.",
            "en": "Now: {outcome}. Highest possible: {worst}.",
        },
        "interview_settled": {
            "nl": "De uitkomst staat vast: geen antwoord op een open vraag kan classificatie of escalatie nog veranderen.",
            "en": "The outcome is settled: no answer to an open question can change the classification or escalation any more.",
        },
        "interview_nothing_left": {
            "nl": "Er is niets meer te vragen; de vragen met 'weet niet' blijven open en kunnen de uitkomst nog verhogen.",
            "en": "There is nothing left to ask; the questions answered 'don't know' stay open and could still raise the outcome.",
        },
        "interview_stopped": {
            "nl": "Gestopt op verzoek; de open vragen kunnen de uitkomst nog verhogen.",
            "en": "Stopped on request; the open questions could still raise the outcome.",
        },
        "interview_saved": {
            "nl": "Bewaard in {path} ({count} antwoorden in dit interview).",
            "en": "Saved in {path} ({count} answer(s) in this interview).",
        },
        "interview_interrupted": {
            "nl": "gevoelig: interview onderbroken; de {count} antwoorden zijn bewaard in {path}",
            "en": "gevoelig: interview interrupted; the {count} answer(s) are saved in {path}",
        },
        # training courses
        "course_error": {"nl": "{path}: {what}", "en": "{path}: {what}"},
        "course_unreadable": {
            "nl": "het cursusbestand is niet te lezen ({why}); controleer het pad",
            "en": "the course file cannot be read ({why}); check the path",
        },
        "course_too_large": {
            "nl": "het cursusbestand is groter dan {limit} bytes; een cursus noemt alleen de dossierbestanden",
            "en": "the course file is larger than {limit} bytes; a course only names the dossier files",
        },
        "course_not_yaml": {"nl": "geen geldige YAML: {why}", "en": "not valid YAML: {why}"},
        "course_shape": {
            "nl": "een cursus is een object met 'items': een lijst van {{dossier: BESTAND, note: ...}}",
            "en": "a course is an object with 'items': a list of {{dossier: FILE, note: ...}}",
        },
        "course_too_many": {
            "nl": "een cursus heeft hoogstens {limit} items",
            "en": "a course has at most {limit} items",
        },
        "course_item_shape": {
            "nl": "item {number} heeft geen 'dossier: BESTAND.json'",
            "en": "item {number} has no 'dossier: FILE.json'",
        },
        "course_item_not_json": {
            "nl": "item {number}: '{name}' is geen .json-bestand",
            "en": "item {number}: '{name}' is not a .json file",
        },
        "course_item_bad": {
            "nl": "item {number}: het dossier is niet te lezen: {why}",
            "en": "item {number}: the dossier cannot be read: {why}",
        },
        "course_item_not_object": {
            "nl": "item {number}: het dossier is geen JSON-object",
            "en": "item {number}: the dossier is not a JSON object",
        },
        "course_text": {
            "nl": "een titel of notitie (item {number}; 0 is de titel) is een tekst of {{nl: ..., en: ...}}",
            "en": "a title or note (item {number}; 0 is the title) is text or {{nl: ..., en: ...}}",
        },
        # the page at /
        "page_title": {
            "nl": "Bestuurlijke gevoeligheid: checklist",
            "en": "Administrative sensitivity: checklist",
        },
        "page_intro": {
            "nl": "Beantwoord wat u weet; laat 'weet niet' staan waar u het niet weet: onbekend telt niet als nee, maar als open vraag. De uitkomst staat ernaast en verandert mee.",
            "en": "Answer what you know; leave 'don't know' where you do not: unknown does not count as no, but as an open question. The result stands beside the form and follows your answers.",
        },
        "page_skip": {"nl": "Naar de inhoud", "en": "Skip to the content"},
        "page_nav": {"nl": "Onderdelen", "en": "Sections"},
        "page_nav_checklist": {"nl": "Checklist", "en": "Checklist"},
        "page_nav_interview": {"nl": "Interview", "en": "Interview"},
        "page_nav_training": {"nl": "Training", "en": "Training"},
        "page_nav_api": {"nl": "API", "en": "API"},
        "page_other_language": {"nl": "Nederlands", "en": "English"},
        "page_example": {"nl": "Voorbeelddossier", "en": "Example dossier"},
        "page_load": {"nl": "Laad voorbeeld", "en": "Load example"},
        "page_dossier": {"nl": "Dossier", "en": "Dossier"},
        "page_field_id": {"nl": "Kenmerk", "en": "Reference"},
        "page_field_title": {"nl": "Titel", "en": "Title"},
        "page_field_competent_authority": {"nl": "Bevoegd gezag", "en": "Competent authority"},
        "page_field_task": {"nl": "Taak", "en": "Task"},
        "page_field_peildatum": {"nl": "Peildatum", "en": "Assessment date"},
        "page_set_some": {"nl": "ja, namelijk:", "en": "yes, namely:"},
        "page_show_quote": {
            "nl": "toon het citaat uit de Handreiking",
            "en": "show the quote from the Handreiking",
        },
        "page_events": {"nl": "Gebeurtenissen", "en": "Events"},
        "page_events_hint": {
            "nl": "Gedateerde gebeurtenissen zijn bewijs: ze kunnen een feit alleen verhogen. Laat de soort leeg om een regel over te slaan.",
            "en": "Dated events are evidence: they can only raise a fact. Leave the type empty to skip a row.",
        },
        "page_event_number": {"nl": "Gebeurtenis {number}", "en": "Event {number}"},
        "page_event_type": {"nl": "Soort", "en": "Type"},
        "page_event_date": {"nl": "Datum", "en": "Date"},
        "page_event_detail": {"nl": "Bijzonderheid", "en": "Detail"},
        "page_evaluate": {"nl": "Beoordeel", "en": "Evaluate"},
        "page_interview_from_here": {
            "nl": "Interview vanaf deze antwoorden",
            "en": "Interview from these answers",
        },
        "page_report": {"nl": "Afdrukbaar rapport", "en": "Printable report"},
        "page_download": {"nl": "Download dossier (JSON)", "en": "Download dossier (JSON)"},
        "page_result": {"nl": "Uitkomst", "en": "Result"},
        "page_error": {"nl": "Het dossier klopt niet", "en": "The dossier is not valid"},
        "page_worst_case": {
            "nl": "Als alle open vragen ja zijn",
            "en": "If every open question were yes",
        },
        "page_settled": {
            "nl": "De uitkomst staat vast: geen antwoord op de {count} open vragen kan classificatie of escalatie nog veranderen.",
            "en": "The result is settled: no answer to the {count} open question(s) can change the classification or escalation.",
        },
        "page_not_settled": {
            "nl": "Nog niet vast: antwoorden op de {count} open vragen kunnen de uitkomst verhogen.",
            "en": "Not settled yet: answers to the {count} open question(s) can raise the result.",
        },
        "page_report_title": {
            "nl": "Rapport bestuurlijke gevoeligheid",
            "en": "Administrative sensitivity report",
        },
        "page_answers": {"nl": "Gegeven antwoorden", "en": "Answers given"},
        "page_bad_dossier": {
            "nl": "Het dossier van dit interview is niet te lezen; begin opnieuw.",
            "en": "This interview's dossier cannot be read; start again.",
        },
        # the interview on the page
        "page_interview_title": {
            "nl": "Interview: de beste volgende vraag",
            "en": "Interview: the next best question",
        },
        "page_interview_intro": {
            "nl": "Eén vraag tegelijk: steeds de vraag waarvan het antwoord de uitkomst het meest kan veranderen. Bij elk antwoord staat wat het zou geven.",
            "en": "One question at a time: always the question whose answer could change the result most. Each answer says what it would give.",
        },
        "page_question_number": {"nl": "Vraag {number}:", "en": "Question {number}:"},
        "page_would_give": {"nl": "geeft", "en": "gives"},
        "page_answer": {"nl": "Antwoord", "en": "Answer"},
        "page_stop": {"nl": "Stop hier", "en": "Stop here"},
        "page_open_in_checklist": {"nl": "Open in de checklist", "en": "Open in the checklist"},
        # training
        "page_training_title": {"nl": "Training", "en": "Training"},
        "page_course_items": {"nl": "Dossiers van de cursus", "en": "Dossiers of the course"},
        "page_dossier_answers": {
            "nl": "De antwoorden in dit dossier",
            "en": "The answers in this dossier",
        },
        "page_dossier_unknown": {"nl": "Niet beantwoord ({count})", "en": "Not answered ({count})"},
        "page_answer_column": {"nl": "Antwoord", "en": "Answer"},
        "page_training_first": {
            "nl": "Beoordeel eerst zelf: hoe gevoelig is dit dossier, naar wie escaleert het en wie moet geïnformeerd worden?",
            "en": "Assess it yourself first: how sensitive is this dossier, to whom does it escalate and who must be informed?",
        },
        "page_training_choose": {
            "nl": "Kies een classificatie en een escalatie.",
            "en": "Choose a classification and an escalation.",
        },
        "page_training_check": {"nl": "Vergelijk met de regels", "en": "Compare with the rules"},
        "page_training_comparison": {
            "nl": "Uw beoordeling en die van de regels",
            "en": "Your assessment and the rules'",
        },
        "page_training_yours": {"nl": "U", "en": "You"},
        "page_training_library": {"nl": "De regels", "en": "The rules"},
        "page_training_verdict": {"nl": "Verschil", "en": "Difference"},
        "page_same": {"nl": "gelijk", "en": "the same"},
        "page_lower": {"nl": "u schatte lager", "en": "you assessed lower"},
        "page_higher": {"nl": "u schatte hoger", "en": "you assessed higher"},
        "page_why_classification": {
            "nl": "Waarom de regels tot deze classificatie komen",
            "en": "Why the rules reach this classification",
        },
        "page_why_escalation": {
            "nl": "Waarom de regels tot deze escalatie komen",
            "en": "Why the rules reach this escalation",
        },
        "page_why_inform": {
            "nl": "Waarom de regels deze mensen laten informeren",
            "en": "Why the rules have these people informed",
        },
        "page_no_rule_sets": {
            "nl": "Geen regel zet dit: het is het laagste niveau, omdat geen checklistpunt een signaal geeft.",
            "en": "No rule sets this: it is the lowest level, because no checklist item gives a signal.",
        },
        "page_checklist_items": {"nl": "Checklistpunten", "en": "Checklist items"},
        "page_next_item": {"nl": "Volgend dossier", "en": "Next dossier"},
        "page_change_one": {"nl": "Verander één antwoord", "en": "Change one answer"},
        "page_change_pick": {"nl": "Vraag en nieuw antwoord", "en": "Question and new answer"},
        "page_change_show": {"nl": "Toon het effect", "en": "Show the effect"},
        "page_before": {"nl": "Nu", "en": "Now"},
        "page_after": {"nl": "Met dit antwoord", "en": "With this answer"},
        "page_no_difference": {
            "nl": "Dit antwoord verandert de uitkomst niet.",
            "en": "This answer does not change the result.",
        },
        # /v1/docs
        "page_docs_title": {"nl": "De API van gevoeligheid", "en": "The gevoeligheid API"},
        "page_docs_intro": {
            "nl": "De bewerkingen van de dienst; het volledige contract (OpenAPI 3.1) staat in",
            "en": "The operations of the service; the whole contract (OpenAPI 3.1) is in",
        },
        "page_docs_method": {"nl": "Methode", "en": "Method"},
        "page_docs_path": {"nl": "Pad", "en": "Path"},
        "page_docs_summary": {"nl": "Wat het doet", "en": "What it does"},
    }
)

#: The operating system's reasons why a write failed, in Dutch, by errno name; in English the
#: system's own words are shown (`strerror`). "other" names the errno of any other reason.
OS_ERRORS_NL = {
    "ENOSPC": "de schijf is vol",
    "EFBIG": "het bestand is te groot",
    "EIO": "een invoer-/uitvoerfout",
    "EDQUOT": "de schijfquota is op",
    "other": "schrijffout {code}",
}


def label(name: str, lang: str) -> str:
    """An id of a level, role, category or engine as people read it; the id itself if it has none."""
    found = LABELS.get(name)
    return found[lang] if found is not None else name


def word(key: str, lang: str, /, **fields: object) -> str:
    """The text under `key` in `lang`, with its placeholders filled in from `fields` (which may be
    called `key` or `lang` too)."""
    text = MESSAGES[key][lang]
    return text.format(**fields) if fields else text


#: click's own texts in Dutch, by click's English text (its gettext msgid): usage, headings and the
#: errors of parsing a command line. English is click's own. A Dutch text uses some or all of the
#: English one's placeholders; where click fills one in English (a type's name), the Dutch leaves it
#: out. Texts click writes for a program's author, not its user (a clash of option names), are not
#: here and stay English; tests/test_language.py lists them.
CLICK_NL = {
    # help and usage
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Positional arguments": "Argumenten",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon de versie en stop.",
    "%(prog)s, version %(version)s": "%(prog)s, versie %(version)s",
    "default: {default}": "standaard: {default}",
    "env var: {var}": "omgevingsvariabele: {var}",
    "required": "verplicht",
    "(dynamic)": "(wisselend)",
    "deprecated": "verouderd",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}": "Waarschuwing: de opdracht {name!r} verdwijnt.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": "Waarschuwing: {name!r} verdwijnt.{extra_message}",
    # errors
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Zie '{command} {option}' voor hulp.",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Missing argument": "Ontbrekend argument",
    "Missing option": "Ontbrekende optie",
    "Missing parameter": "Ontbrekende parameter",
    "Missing {param_type}": "Ontbrekende waarde",
    "Missing parameter: {param_name}": "Ontbrekende parameter: {param_name}",
    "Missing command.": "Er ontbreekt een opdracht.",
    "No such option {name!r}.": "Optie {name!r} bestaat niet.",
    "No such option: {name}": "Optie {name} bestaat niet.",  # click before 8.2
    "No such command {name!r}.": "Opdracht {name!r} bestaat niet.",
    "Did you mean {possibility}?": "Bedoelde u {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Bedoelde u een van deze: {possibilities}?)",
    "(Possible options: {possibilities})": "(Mogelijke opties: {possibilities})",  # click before 8.2
    "Got unexpected extra argument ({args})": "Onverwacht extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Onverwachte extra argumenten ({args})",
    "Option {name!r} requires an argument.": "Optie {name!r} vraagt een waarde.",
    "Option {name!r} requires {nargs} arguments.": "Optie {name!r} vraagt {nargs} waarden.",
    "Option {name!r} does not take a value.": "Optie {name!r} neemt geen waarde.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} neemt {nargs} waarden.",
    "Takes {nargs} values but 1 was given.": "Neemt {nargs} waarden, maar kreeg er 1.",
    "Takes {nargs} values but {len} were given.": "Neemt {nargs} waarden, maar kreeg er {len}.",
    "{len_type} values are required, but {len_value} was given.": "{len_type} waarden nodig, maar {len_value} gekregen.",
    "{len_type} values are required, but {len_value} were given.": "{len_type} waarden nodig, maar {len_value} gekregen.",
    "Value must be an iterable.": "De waarde moet een reeks zijn.",
    "Choose from:\n\t{choices}": "Kies uit:\n\t{choices}",
    "{value!r} is not {choice}.": "{value!r} is geen keuze: kies {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} is geen keuze: kies uit {choices}.",
    "{value!r} does not match the format {format}.": "{value!r} heeft niet de vorm {format}.",
    "{value!r} does not match the formats {formats}.": "{value!r} heeft geen van de vormen {formats}.",
    "{value} is not in the range {range}.": "{value} valt buiten het bereik {range}.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig getal.",
    "{value!r} is not a valid boolean. Recognized values: {states}": "{value!r} is geen ja of nee; mogelijk: {states}",
    "{value!r} is not a valid UUID.": "{value!r} is geen geldige UUID.",
    "{name} {filename!r} does not exist.": "{filename!r} bestaat niet.",
    "{name} {filename!r} is a file.": "{filename!r} is een bestand, geen map.",
    "{name} {filename!r} is a directory.": "{filename!r} is een map, geen bestand.",
    "{name} {filename!r} is not readable.": "{filename!r} is niet te lezen.",
    "{name} {filename!r} is not writable.": "{filename!r} is niet te schrijven.",
    "{name} {filename!r} is not executable.": "{filename!r} is niet uit te voeren.",
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "Could not open file {filename!r}: {message}": "Kan het bestand {filename!r} niet openen: {message}",
    "unknown error": "onbekende fout",
    "Aborted!": "Afgebroken.",
    # prompts and shell completion
    "Repeat for confirmation": "Herhaal ter bevestiging",
    "Error: The two entered values do not match.": "Fout: de twee ingevoerde waarden verschillen.",
    "Error: invalid input": "Fout: ongeldige invoer",
    "Press any key to continue...": "Druk op een toets om door te gaan...",
    "Do you want to continue?": "Wilt u doorgaan?",
    "Confirm the action without prompting.": "Bevestig zonder te vragen.",
    "Shell completion is not supported for Bash versions older than 4.4.": "Aanvullen in de shell werkt niet met Bash ouder dan 4.4.",
    "Couldn't detect Bash version, shell completion is not supported.": "De versie van Bash is niet te bepalen; aanvullen in de shell werkt niet.",
}

#: The words of click's placeholders for values (metavars) in Dutch: a type's name, a command's
#: arguments, and the options and commands of a usage line. Lower-case choices and date formats
#: stay as they are: they are what the user types.
METAVARS_NL = {
    "OPTIONS": "OPTIES",
    "COMMAND": "OPDRACHT",
    "ARGS": "ARGUMENTEN",
    "TEXT": "TEKST",
    "INTEGER": "GETAL",
    "INTEGER RANGE": "GETAL",
    "FLOAT": "GETAL",
    "FLOAT RANGE": "GETAL",
    "BOOLEAN": "JA/NEE",
    "PATH": "PAD",
    "FILE": "BESTAND",
    "FILENAME": "BESTAND",
    "DIRECTORY": "MAP",
    "NAME": "NAAM",
    "PATHS": "PADEN",
    "RULE_ID": "ID",
    "DECISION_IDS": "BESLISSINGEN",
}


#: The periodic meeting: `gevoelig report`, `timeline`, `diff` and `log impact` (kept together, so
#: that the texts of one feature read as one).
MEETING: dict[str, dict[str, str]] = {
    "meeting_one_folder": {
        "nl": "geef hoogstens één map met een regelset; de andere paden zijn overlaybestanden",
        "en": "give at most one rule set folder; the other paths are overlay files",
    },
    "meeting_logged_rules": {
        "nl": "de regels waarmee elke beslissing genomen is",
        "en": "the rules each decision was made by",
    },
    "meeting_compared": {
        "nl": "Vergeleken: {base} met {new}, peildatum {peildatum}",
        "en": "Compared: {base} with {new}, peildatum {peildatum}",
    },
    "meeting_own_day": {"nl": "die van elk dossier", "en": "each dossier's own"},
    "meeting_part_classification": {"nl": "classificatie", "en": "classification"},
    "meeting_part_escalation": {"nl": "escalatie", "en": "escalation"},
    "meeting_part_inform": {"nl": "informeren", "en": "inform"},
    "meeting_part_actions": {"nl": "acties", "en": "actions"},
    "meeting_change": {"nl": "Verandering", "en": "Change"},
    "meeting_rules": {
        "nl": "Regels die het verschil maken",
        "en": "Rules that make the difference",
    },
    "meeting_summary": {
        "nl": "{compared} dossiers vergeleken: {changed} veranderen, {skipped} niet opnieuw beoordeeld",
        "en": "{compared} dossiers compared: {changed} change, {skipped} not re-run",
    },
    "meeting_not_rerun": {
        "nl": "Niet opnieuw beoordeeld ({count}):",
        "en": "Not re-run ({count}):",
    },
    "impact_reason_redacted": {
        "nl": "geschoonde invoer in het logboek; beoordeel opnieuw vanuit het eigen dossier van het zaaksysteem",
        "en": "the log holds a redacted input; re-run it from the case system's own dossier",
    },
    "impact_reason_ruleset_not_kept": {
        "nl": "het logboek bewaart de regels van deze beslissing niet, en de bestanden geven niet meer dezelfde sha256",
        "en": "the log does not keep this decision's rules, and their files no longer give the same sha256",
    },
    "impact_reason_refused": {"nl": "geweigerd", "en": "refused"},
    "impact_why": {"nl": "Waarom niet", "en": "Why not"},
    "feedback_accepted": {"nl": "overgenomen", "en": "accepted"},
    "feedback_overridden": {"nl": "afgeweken", "en": "overridden"},
    "impact_before": {"nl": "Was", "en": "Was"},
    "impact_after": {"nl": "Wordt", "en": "Becomes"},
    "timeline_already": {
        "nl": "Al bestuurlijk gevoelig op de eerste dag van de tijdlijn, {day}: door de feiten zonder datum of gebeurtenissen van daarvoor.",
        "en": "Administratively sensitive already on the first day of the timeline, {day}: by the facts without a date or earlier events.",
    },
    "timeline_before_rules": {
        "nl": "Gebeurtenissen van voor {day}, toen nog geen versie van de regels gold, tellen mee maar krijgen geen eigen dag.",
        "en": "Events before {day}, when no version of the rules was in force yet, count but get no day of their own.",
    },
    "impact_title": {"nl": "Gevolgen van andere regels", "en": "Impact of other rules"},
    "report_title": {
        "nl": "Bestuurlijk gevoelige dossiers: agenda periodiek overleg",
        "en": "Administratively sensitive dossiers: agenda of the periodic meeting",
    },
    "report_meta": {
        "nl": "Opgemaakt op {day}, {count} dossiers.",
        "en": "Made on {day}, {count} dossiers.",
    },
    "report_since": {"nl": "Veranderingen sinds {since}.", "en": "Changes since {since}."},
    "report_counts": {"nl": "Aantallen", "en": "Counts"},
    "report_classification": {"nl": "Classificatie", "en": "Classification"},
    "report_escalation": {"nl": "Escalatie", "en": "Escalation"},
    "report_number": {"nl": "Aantal", "en": "Number"},
    "report_agenda": {
        "nl": "Te bespreken: gevoelige dossiers, hoogste eerst",
        "en": "To discuss: sensitive dossiers, highest first",
    },
    "report_agenda_empty": {
        "nl": "Geen dossier is bestuurlijk gevoelig of gaat naar de manager of hoger.",
        "en": "No dossier is administratively sensitive or goes to the manager or higher.",
    },
    "report_no_authority": {"nl": "Zonder bevoegd gezag", "en": "Without competent authority"},
    "report_inform": {"nl": "Informeren", "en": "Inform"},
    "report_nobody": {"nl": "niemand", "en": "nobody"},
    "report_could_rise": {
        "nl": "Open vragen om na te jagen: het slechtste geval ligt hoger",
        "en": "Open questions to chase: the worst case lies higher",
    },
    "report_could_rise_none": {
        "nl": "Bij geen dossier kan een open vraag het niveau verhogen.",
        "en": "No dossier has an open question that could raise its level.",
    },
    "report_now": {"nl": "Nu", "en": "Now"},
    "report_worst": {"nl": "Als alle open vragen ja", "en": "If every open question is yes"},
    "report_raising": {
        "nl": "Vragen die het niveau verhogen",
        "en": "Questions that raise the level",
    },
    "report_more": {"nl": "en {count} meer", "en": "and {count} more"},
    "report_changes": {
        "nl": "Veranderd sinds het vorige overleg",
        "en": "Changed since the last meeting",
    },
    "report_changes_need_log": {
        "nl": "Geef --log en --since om te zien wat veranderde en hoe het advies is opgevolgd.",
        "en": "Give --log and --since to see what changed and how the advice was followed.",
    },
    "report_changes_none": {
        "nl": "Geen dossier veranderde van niveau.",
        "en": "No dossier changed level.",
    },
    "report_new": {"nl": "nieuw", "en": "new"},
    "report_logged": {"nl": "Vastgelegd", "en": "Logged"},
    "report_before": {"nl": "Was", "en": "Was"},
    "report_after": {"nl": "Werd", "en": "Became"},
    "report_feedback": {"nl": "Het advies en de mensen", "en": "The advice and the people"},
    "report_feedback_counts": {
        "nl": "{accepted} keer overgenomen, {overridden} keer afgeweken.",
        "en": "{accepted} times accepted, {overridden} times overridden.",
    },
    "report_ladder": {"nl": "Ladder", "en": "Ladder"},
    "report_chosen": {"nl": "Gekozen niveau", "en": "Level chosen"},
    "report_no_matplotlib": {
        "nl": "de grafieken vragen matplotlib: pip install 'gevoeligheid[report]' (of kies -f markdown)",
        "en": "the charts need matplotlib: pip install 'gevoeligheid[report]' (or choose -f markdown)",
    },
    "report_files_or_log": {
        "nl": "geef dossierbestanden of --log, één van beide",
        "en": "give dossier files or --log, one of the two",
    },
    "report_since_needs_log": {
        "nl": "--since werkt alleen met --log: de veranderingen staan in het logboek",
        "en": "--since works only with --log: the changes are in the log",
    },
    "timeline_title": {"nl": "Tijdlijn {name}", "en": "Timeline {name}"},
    "timeline_became": {
        "nl": "Bestuurlijk gevoelig sinds {day}.",
        "en": "Administratively sensitive since {day}.",
    },
    "timeline_never": {
        "nl": "Op geen van de dagen bestuurlijk gevoelig.",
        "en": "Not administratively sensitive on any of the days.",
    },
    "timeline_chart": {"nl": "Niveau per dag", "en": "Level per day"},
    "timeline_recorded": {"nl": "vastgelegde escalatie", "en": "recorded escalation"},
    "timeline_day": {"nl": "Dag", "en": "Day"},
    "timeline_inform": {"nl": "Informeren", "en": "Inform"},
    "timeline_score": {"nl": "Score", "en": "Score"},
    "timeline_version": {"nl": "Regelset", "en": "Rule set"},
    "timeline_first": {"nl": "Eerst bereikt", "en": "First reached"},
    "timeline_level": {"nl": "Niveau", "en": "Level"},
    "timeline_escalaties": {
        "nl": "Op tijd? (tot {days} dagen na het advies)",
        "en": "In time? (up to {days} days after the advice)",
    },
    "timeline_what": {"nl": "Niveau of rol", "en": "Level or role"},
    "timeline_asked": {"nl": "Geadviseerd", "en": "Advised"},
    "timeline_done": {"nl": "Vastgelegd", "en": "Recorded"},
    "timeline_verdict": {"nl": "Oordeel", "en": "Verdict"},
    "timeline_verdict_in_time": {"nl": "op tijd", "en": "in time"},
    "timeline_verdict_late": {"nl": "te laat", "en": "late"},
    "timeline_verdict_not_recorded": {"nl": "niet vastgelegd", "en": "not recorded"},
    "timeline_verdict_not_asked": {"nl": "niet geadviseerd", "en": "not advised"},
    "timeline_feedback": {
        "nl": "Wat de mensen met het advies deden",
        "en": "What the people did with the advice",
    },
    "timeline_chosen": {"nl": "Gekozen", "en": "Chosen"},
    "timeline_role": {"nl": "Door", "en": "By"},
    "timeline_reason": {"nl": "Waarom", "en": "Why"},
    "timeline_informed": {"nl": "Geïnformeerd", "en": "Informed"},
}
MESSAGES.update(MEETING)
