"""The Dutch catalogue: every text the code shows to people, by key."""

from __future__ import annotations

#: What ids of the rule set's ladders, roles, categories and engines are called.
LABELS: dict[str, str] = {
    # levels of the classification and the escalation, and the roles to inform
    "not_sensitive": "niet gevoelig",
    "attention": "aandachtspunt",
    "sensitive": "bestuurlijk gevoelig",
    "highly_sensitive": "zeer gevoelig",
    "none": "medewerker handelt zelf af",
    "coordinator": "coördinator",
    "manager": "manager (managementniveau)",
    "director": "directie",
    "board": "bestuur (bevoegd gezag)",
    "accountmanager": "accountmanager",
    "ambtelijk_opdrachtgever": "ambtelijk opdrachtgever",
    "portefeuillehouder": "portefeuillehouder",
    # who does an action
    "medewerker": "medewerker",
    "directie": "directie",
    # categories of signals
    "algemeen": "algemeen",
    "politiek": "politiek",
    "juridisch": "juridisch",
    "financieel": "financieel",
    "ruimtelijk": "ruimtelijk",
    "handhaving": "handhaving",
    "natuur": "natuur",
    "externe_veiligheid": "externe veiligheid",
    "gezondheid": "gezondheid",
    "milieu": "milieu",
    "escalatie": "escalatie",
    # the name of the default rule set
    "default": "standaard",
    # engines
    "durable": "durable-rules",
    "reference": "referentie-evaluator",
}

#: Headings, words and messages.
MESSAGES: dict[str, str] = {
    # how a whole number groups its thousands (10.000 in Dutch, 10,000 in English)
    "thousands_separator": ".",
    # gevoelig check: the table and Markdown of a result
    "dossier": "Dossier",
    "classification": "Classificatie",
    "escalation": "Escalatie",
    "inform": "Informeren",
    "score": "Score",
    "nobody": "niemand",
    "signals": "Signalen",
    "signal": "Signaal",
    "weight": "Gewicht",
    "category": "Categorie",
    "source": "Bron",
    "reasons": "Redenen",
    "rule": "Regel",
    "sets": "Gevolg",
    "because": "Omdat",
    "open_questions": "Open vragen",
    "fact": "Feit",
    "question": "Vraag",
    "could_raise_to": "Kan stijgen tot",
    "worst_case": "Als alle open vragen ja zijn",
    "conflicts": "Tegenstrijdigheden",
    "no_signals": "Geen signalen.",
    "no_reasons": "Geen regel is van toepassing.",
    "no_change": "blijft gelijk",
    "from_events": "afgeleid uit de gebeurtenissen in het dossier",
    "no_id": "(zonder id)",
    "engine": "rekenkern",
    "ruleset": "Regelset",
    "ground": "Grond",
    "open_count": "Open vragen",
    "if_all_yes": "als alle ja",
    "actions": "Te doen",
    "who": "Wie",
    "action": "Actie",
    "no_actions": "Niets te doen buiten de open vragen.",
    "no_actions_escalated": (
        "De regelset noemt geen acties; de escalatie hierboven zegt wie de kwestie oppakt."
    ),
    "uncounted": "(n) telt niet mee in de score: een signaal dat hetzelfde meet, weegt al mee",
    "peildatum": "peildatum",
    "left_out": "gebeurtenissen na de peildatum zijn buiten beschouwing gelaten",
    "changed_by": "gewijzigd door",
    "disabled": "uitgezet",
    "by_overlay": "door overlay",
    "conflict_one": (
        "Op de vraag '{question}' is geantwoord: {answered}. Maar {count} gebeurtenis in het "
        "dossier laat zien: {evidence}. De beoordeling gaat daarvan uit."
    ),
    "conflict": (
        "Op de vraag '{question}' is geantwoord: {answered}. Maar {count} gebeurtenissen in "
        "het dossier laten zien: {evidence}. De beoordeling gaat daarvan uit."
    ),
    # gevoelig rules, rules show, template
    "kind_title_checklist": "Checklist (Bijlage 3)",
    "kind_title_criterium": "Potentiële criteria (Bijlage 3)",
    "kind_title_escalatie": "Escalatieafspraken",
    "or": "of",
    "and": "en",
    "contains": "bevat",
    "unknown": "onbekend",
    "informs": "informeert",
    "count_signals": "signalen",
    "count_headlines": "criteria van een bestuurlijk gevoelig dossier",
    "count_strength": (
        "samen opgetelde sterkte van de criteria van een bestuurlijk gevoelig dossier"
    ),
    "count_strongest": "sterkte van het zwaarste criterium van een bestuurlijk gevoelig dossier",
    "count_score": "score",
    "count_heaviest": "zwaarste signaal",
    "id": "id",
    "when": "Wanneer",
    "kind_rule": "regel",
    "kind_signal": "signaal",
    "valid_from": "geldig vanaf",
    "setting": "Instelling",
    "value": "Waarde",
    "bounds": "Grenzen",
    "defined": "Gedefinieerd",
    "above": "boven",
    "not_below": "minstens",
    "headline": "criterium van een bestuurlijk gevoelig dossier",
    "strength": "sterkte",
    "only_with": "alleen met",
    "in_force": "van kracht",
    "not_in_force": "niet van kracht",
    "choice": "keuze",
    "yes": "ja",
    "no": "nee",
    "yes_no": "ja/nee",
    "list": "lijst",
    "why": "Waarom",
    "quote": "Citaat",
    "text": "Tekst",
    "weight_class": "gewichtsklasse",
    "overlap": "telt één keer met",
    "overlap_group": "telt samen",
    "to": "tot en met",
    "from": "vanaf",
    "up_to": "tot en met",
    "handout_intro": (
        "Beantwoord elke vraag met ja of nee (of het gevraagde niveau); laat open wat u niet "
        "weet: onbekend telt niet als nee."
    ),
    # messages of the commands
    "version": "{program}, versie {version}",
    "error_prefix": "gevoelig: fout:",
    "internal_error": (
        "gevoelig: interne fout: {kind}: {error} (gebruik --debug voor de traceback, en meld "
        "het alstublieft)"
    ),
    "no_json_files": "geen *.json-bestanden in {paths}",
    "no_cases": "geen gevallen in {paths}",
    "default_ruleset": "de standaardregelset",
    "validate_summary": "{checked}: {errors} fout(en), {warnings} waarschuwing(en)",
    # gevoelig serve
    "serve_new_token": (
        "# sleutel voor {name} (geef hem aan de client; hij wordt niet bewaard): {token}"
    ),
    "serve_needs_extra": (
        "de dienst heeft zijn extra nodig: pip install 'gevoeligheid[service]' ({error})"
    ),
    "serve_open_loopback": (
        "--open is voor een laptop: de pagina werkt zonder API-sleutels en dus alleen op "
        "loopback; laat --keys weg en luister op 127.0.0.1"
    ),
    "serve_opening": "gevoelig: de pagina opent in de browser: {url}",
    "serve_no_browser": (
        "gevoelig: geen browser gevonden om de pagina in te openen; open hem zelf: {url}"
    ),
    "serve_bad_origin": (
        "{origin!r} is geen origin; geef schema://host[:poort] in kleine letters zonder pad "
        "(https://zaken.voorbeeld.nl), of *"
    ),
    "serve_without_keys": (
        "de dienst luistert niet op {host} zonder API-sleutels: iedereen die hem bereikt, zou "
        "hem kunnen gebruiken. Geef --keys BESTAND (maak sleutels met --new-key NAAM) of "
        "luister op 127.0.0.1"
    ),
    # gevoelig log, check --log
    "replay_what": "noem beslissingen bij hun id, of geef --dossier ID of --all",
    "replay_input_of_one": (
        "--input is het oorspronkelijke dossier van één beslissing: noem die ene beslissing"
    ),
    "replay_input_unreadable": "{file} is niet als JSON te lezen: {error}",
    "replay_same": "byte voor byte hetzelfde resultaat ({size} bytes)",
    "replay_input_not_decided_on": (
        "het gegeven dossier is niet het dossier waarover beslist is: zijn sha256 verschilt van "
        "de vastgelegde input_sha256"
    ),
    "replay_input_redacted": (
        "het logboek heeft een geschoonde kopie van de invoer; geef het oorspronkelijke dossier "
        "(--input) om de beslissing opnieuw te beoordelen"
    ),
    "replay_ruleset_unloadable": "de regelset is niet te laden: {error}",
    "replay_ruleset_unloadable_not_kept": "de regelset is niet te laden, en {missing}",
    "replay_ruleset_changed": (
        "de regelset die nu geladen is heeft sha256 {now}, de beslissing is genomen met {logged}"
    ),
    "replay_input_refused": "de invoer wordt nu geweigerd: {error}",
    "replay_differs": "bij {where}: vastgelegd {logged}, nu {now}",
    "replay_only_logged": "bij {where}: alleen in het vastgelegde resultaat",
    "replay_only_now": "bij {where}: alleen in het resultaat van nu",
    "replay_keys_reordered": "bij {where}: de sleutels staan in een andere volgorde",
    "replay_items_differ": "bij {where}: {logged} elementen vastgelegd, nu {now}",
    "replay_bytes_differ": (
        "de JSON is gelijk maar de bytes verschillen (de schrijfwijze van een getal of tekst)"
    ),
    "replay_difference_by_versions": (
        "{difference} (vastgelegd door gevoeligheid {logged}, opnieuw beoordeeld met {now})"
    ),
    "ruleset_not_kept": "het logboek heeft geen kopie van regelset {sha256}",
    "ruleset_kept_too_large": (
        "de bewaarde kopie van regelset {sha256} is groter dan {limit} tekens"
    ),
    "ruleset_kept_changed": (
        "de bewaarde kopie van regelset {sha256} past niet bij haar eigen sha256: ze is in de "
        "database gewijzigd"
    ),
    "ruleset_kept_does_not_load": "de bewaarde kopie van regelset {sha256} laadt niet: {error}",
    "ruleset_kept_broken": "de bewaarde kopie van regelset {sha256} is kapot: {error}",
    "ruleset_kept_other": (
        "de bewaarde kopie van regelset {sha256} geeft sha256 {now}: het is niet die regelset"
    ),
    "replayed": "{same} van {total} beslissing(en) opnieuw beoordeeld met hetzelfde resultaat",
    "no_such_decision": "geen beslissing {decision} in {log}",
    "exported": "{count} beslissing(en) geëxporteerd, geschoond",
    "no_retention_period": (
        "geen bewaartermijn: geef --retention-days N of zet GEVOELIG_LOG_RETENTION_DAYS"
    ),
    "would_purge": "{count} beslissing(en) vastgelegd voor {cutoff} UTC zouden verwijderd worden",
    "log_up_to_date": "{log}: schema is bijgewerkt",
    # gevoelig log verify, purge (the decision log's chain)
    "verify_ok": (
        "{count} beslissing(en) gecontroleerd: elk past in de keten; kop seq={seq} sha256={sha256}"
    ),
    "verify_legacy": (
        "waarvan {count} van voor de keten (van die is alleen de inhoud gecontroleerd)"
    ),
    "verify_failed": "het logboek is gewijzigd: {where}: {problem}",
    "verify_at_entry": "seq {seq} (beslissing {decision})",
    "verify_at_head": "de kop van de keten (seq {seq})",
    "verify_at_purge": "opschoonverslag {seq}",
    "verify_hash": "de hash is niet die van de inhoud en het item ervoor: het item is gewijzigd",
    "verify_prev": (
        "het sluit niet aan op het item ervoor (seq {prev}): een item is verwijderd, ingevoegd "
        "of verwisseld"
    ),
    "verify_start": (
        "het eerste item sluit niet aan op het begin van de keten of het anker van de laatste "
        "opschoning: er zijn items verwijderd zonder opschoonverslag"
    ),
    "verify_no_hash": "het heeft geen ketenhash, maar is na het begin van de keten vastgelegd",
    "verify_column": "kolom {column} is {value}, maar de vastgelegde uitkomst zegt {expected}",
    "verify_input_hash": "input_sha256 is niet de hash van de vastgelegde invoer",
    "verify_result_hash": "result_sha256 is niet de hash van de vastgelegde uitkomst",
    "verify_not_json": "de invoer of de uitkomst is geen JSON",
    "verify_time": "logged_at {logged_at} is geen tijdstip in UTC (JJJJ-MM-DDTUU:MM:SS.ffffffZ)",
    "verify_backdated": (
        "vastgelegd om {logged_at}, meer dan {skew} s voor het item ervoor ({previous}): "
        "teruggedateerd"
    ),
    "verify_tail": (
        "het laatste item is seq {last} met hash {sha256}, maar de kop is seq {seq} met "
        "{head}: de nieuwste items zijn verwijderd of vervangen"
    ),
    "verify_purge_left": (
        "het zegt dat seq {first} t/m {last} verwijderd zijn, maar seq {seq} is er nog"
    ),
    "verify_purge_order": (
        "het verwijderde seq {first} t/m {last}, maar een eerder verslag ging al tot seq {before}"
    ),
    "verify_expected": "verwacht was hash {expected}, maar het is {found}",
    "verify_expected_gone": "dit item is er niet meer en geen opschoonverslag verklaart dat",
    "verify_bad_head": "--expect-head is SEQ:SHA256 (zoals log verify het afdrukt), niet {value!r}",
    "retention_too_long": (
        "een bewaartermijn van {days} dagen reikt tot voor het jaar 1: geef hoogstens {most} dagen"
    ),
    "log_not_written": (
        "het beslissingslogboek kon niet worden geschreven ({error}); gestopt na de "
        "beslissingen die al vastgelegd zijn"
    ),
    # gevoelig test (ids of rules, signals and levels stay ids; expected and got as the
    # case file writes them)
    # gevoelig schema
    "schema_file_or_result": "--file en --result sluiten elkaar uit: geef er één.",
    "case_header_case": "geval",
    "case_header_result": "uitkomst",
    "case_header_where": "waar",
    "case_fail": "FOUT",
    "case_error": "fout",
    "case_difference": "`{key}`: verwacht `{expected}`, gekregen `{got}`",
    "case_because": "omdat {rule}: {because}",
    "case_summary": "{passed} geslaagd, {failed} mislukt",
    "case_coverage": "dekking: {coverage:.0f}% van de regels, signalen, acties en niveaus",
    "case_not_reached": "geen geval bereikt",
    "case_level_not_reached": "geen geval bereikt niveau",
    "case_below": "dekking {coverage:.0f}% is lager dan --min-coverage {minimum:g}",
    "nothing_named": "geen regel, feit, actie of instelling",
    "did_you_mean": "bedoelde u",
    "rules_lists_them": "`gevoelig rules` noemt ze",
    "durable_not_installed": "durable-rules is niet geïnstalleerd",
    "durable_does_not_load": "durable-rules laadt niet ({detail})",
    "reference_evaluated": "beoordeeld met de referentie-engine (dezelfde uitkomsten)",
    "install_durable": "Installeer durable-rules (vraagt een C-compiler) of kies engine reference.",
    "reinstall_with_compiler": "Installeer gevoeligheid opnieuw op een machine met een C-compiler.",
    # why a command stopped before its end: a signal's name, a lost worker, a
    # closed or failed output
    "stop_SIGINT": "onderbroken door SIGINT",
    "stop_SIGTERM": "onderbroken door SIGTERM",
    "stop_worker": "een werkproces is onverwacht gestopt",
    "stop_closed": "de uitvoer is gesloten voordat alles geschreven was",
    "stop_write": "de uitvoer is niet te schrijven: {detail}",
    "stopped": "{why}; {count} niet beoordeeld{where}; {written} wel{errors}",
    "stopped_count_one": "{left} dossier",
    "stopped_count": "{left} dossiers",
    "stopped_count_more_than": "meer dan {left} dossiers",
    "stopped_from": ", vanaf {first}",
    "stopped_errors": ", {failed} met een fout",
    "stopped_at_once": (
        "{why} en meteen gestopt; de uitvoer kan op een halve regel eindigen; {written} "
        "dossiers beoordeeld"
    ),
    # the summary of a batch
    "not_evaluated_one": "{failed} dossier kon niet worden beoordeeld; {written} wel",
    "not_evaluated": "{failed} dossiers konden niet worden beoordeeld; {written} wel",
    "escalating_one": "{reached} dossier escaleert naar niveau {level} of hoger",
    "escalating": "{reached} dossiers escaleren naar niveau {level} of hoger",
    # the service's query parameters
    "query_unknown": "Onbekende queryparameter '{name}'; deze operatie kent: {allowed}.",
    "query_none": "geen",
    "query_repeated": "De queryparameter '{name}' staat er meer dan eens; geef hem één keer.",
    "query_bad_date": (
        "?peildatum={value} is geen datum JJJJ-MM-DD die bestaat; geef bijvoorbeeld "
        "?peildatum=2026-12-01."
    ),
    # every error of a dossier at once
    "more_errors": "en nog {count} fouten in dit dossier (alleen de eerste {shown} zijn genoemd)",
    # evaluate(str): text is JSON text, never a path
    "text_not_json": "tekst wordt als JSON gelezen, en dit is geen JSON",
    "text_not_json_hint": "lees een bestand met evaluate_file(pad) of geef een pathlib.Path",
    # gevoelig serve: the bounds of the service (docs/api.md, "Bounds")
    "service_over_budget": (
        "De dienst houdt nu te veel verzoekgegevens vast; probeer het zo opnieuw, of stuur "
        "kleinere batches."
    ),
    "stream_too_long": (
        "De stroom liep langer dan {seconds} s; stuur de rest, vanaf de regel na 'lines', in "
        "een nieuw verzoek."
    ),
    "header_too_large": "De verzoekregel en de headers zijn samen groter dan {limit} bytes.",
    "invalid_http": (
        "Het verzoek is geen geldig HTTP: de verzoekregel of een header is niet te lezen."
    ),
    "array_empty_body": "De body is leeg; een batch is een JSON-array van dossiers.",
    "array_expected": (
        "De body is geen geldige JSON: op regel {line}, kolom {column} hoort de '[' van een "
        "array te staan."
    ),
    "array_unclosed": (
        "De body is geen geldige JSON: hij houdt op bij regel {line}, kolom {column} voordat "
        "de array (of een haakje of aanhalingsteken erin) sluit."
    ),
    "array_unexpected": (
        "De body is geen geldige JSON: op regel {line}, kolom {column} hoort een komma of ']' "
        "te staan; of een haakje of aanhalingsteken sluit niet, of het dossier is dieper "
        "genest dan {depth} niveaus."
    ),
    "array_item_expected": (
        "De body is geen geldige JSON: op regel {line}, kolom {column} hoort een dossier te "
        "staan (na de laatste staat geen komma)."
    ),
    "array_item_unclosed": (
        "De body is geen geldige JSON: het haakje of aanhalingsteken op regel {line}, kolom "
        "{column} sluit niet, of wat erin staat is dieper genest dan {depth} niveaus."
    ),
    "array_item_invalid": (
        "De body is geen geldige JSON: dossier {index}, op regel {line}, kolom {column}: {what}."
    ),
    "array_item_not_utf8": "geen UTF-8-tekst",
    "array_item_bad_value": (
        "een waarde die JSON niet kent (NaN, Infinity, of een getal van meer dan 4.300 cijfers)"
    ),
    "array_extra": (
        "De body is geen geldige JSON: na de array staat nog iets, op regel {line}, kolom {column}."
    ),
    "array_item_too_large": (
        "Dossier {index} is geen volledige JSON-waarde binnen het maximum van {limit} bytes "
        "voor één dossier: het is groter, of een haakje of aanhalingsteken erin sluit niet."
    ),
    "item_is_string": "een dossier is een JSON-object, geen tekst",
    "item_is_number": "een dossier is een JSON-object, geen getal",
    "item_is_null": "een dossier is een JSON-object, geen null",
    "item_is_boolean": "een dossier is een JSON-object, geen true of false",
    "item_is_array": "een dossier is een JSON-object, geen lijst",
    "item_string_hint": "de dienst leest geen bestanden: zet het dossier zelf in de batch",
    "item_not_object_hint": "elk element van de batch is één dossier: een object met zijn feiten",
    # next_questions, `gevoelig interview`, the page at / of the service and its training mode
    "answer_yes": "ja",
    "answer_no": "nee",
    "answer_none": "geen",
    "answer_unknown": "weet niet",
    "interview_bad_answer": (
        "'{answer}' is geen antwoord op deze vraag; antwoord {choices}, of stop"
    ),
    "interview_set_choices": "een of meer van {words} (met komma's), {none} of {unknown}",
    "interview_start": (
        "Interview; elk antwoord wordt meteen bewaard in {path}. Typ stop om te stoppen."
    ),
    "interview_question": "Vraag {number}",
    "interview_prompt": "Antwoord ({choices}): ",
    "interview_now": "Nu: {outcome}. Hoogst mogelijk: {worst}.",
    "interview_settled": (
        "De uitkomst staat vast: geen antwoord op een open vraag kan classificatie of "
        "escalatie nog veranderen."
    ),
    "interview_nothing_left": (
        "Er is niets meer te vragen; de vragen met 'weet niet' blijven open en kunnen de "
        "uitkomst nog verhogen."
    ),
    "interview_stopped": "Gestopt op verzoek; de open vragen kunnen de uitkomst nog verhogen.",
    "interview_saved": "Bewaard in {path} ({count} antwoorden in dit interview).",
    "interview_interrupted": (
        "gevoelig: interview onderbroken; de {count} antwoorden zijn bewaard in {path}"
    ),
    # training courses
    "course_error": "{path}: {what}",
    "course_unreadable": "het cursusbestand is niet te lezen ({why}); controleer het pad",
    "course_too_large": (
        "het cursusbestand is groter dan {limit} bytes; een cursus noemt alleen de dossierbestanden"
    ),
    "course_not_yaml": "geen geldige YAML: {why}",
    "course_shape": (
        "een cursus is een object met 'items': een lijst van {{dossier: BESTAND, note: ...}}"
    ),
    "course_too_many": "een cursus heeft hoogstens {limit} items",
    "course_item_shape": "item {number} heeft geen 'dossier: BESTAND.json'",
    "course_item_not_json": "item {number}: '{name}' is geen .json-bestand",
    "course_item_bad": "item {number}: het dossier is niet te lezen: {why}",
    "course_item_not_object": "item {number}: het dossier is geen JSON-object",
    "course_text": (
        "een titel of notitie (item {number}; 0 is de titel) is een tekst of {{nl: ..., en: ...}}"
    ),
    # the page at /
    "page_title": "Bestuurlijke gevoeligheid: checklist",
    "page_intro": (
        "Beantwoord wat u weet; laat 'weet niet' staan waar u het niet weet: onbekend telt "
        "niet als nee, maar als open vraag. De uitkomst staat ernaast en verandert mee."
    ),
    "page_skip": "Naar de inhoud",
    "page_nav": "Onderdelen",
    "page_nav_checklist": "Checklist",
    "page_nav_interview": "Interview",
    "page_nav_training": "Training",
    "page_nav_api": "API",
    "page_other_language": "Nederlands",
    "page_example": "Voorbeelddossier",
    "page_load": "Laad voorbeeld",
    "page_dossier": "Dossier",
    "page_field_id": "Kenmerk",
    "page_field_title": "Titel",
    "page_field_competent_authority": "Bevoegd gezag",
    "page_field_task": "Taak",
    "page_field_peildatum": "Peildatum",
    "page_set_some": "ja, namelijk:",
    "page_show_quote": "toon het citaat uit de Handreiking",
    "page_events": "Gebeurtenissen",
    "page_events_hint": (
        "Gedateerde gebeurtenissen zijn bewijs: ze kunnen een feit alleen verhogen. Laat de "
        "soort leeg om een regel over te slaan."
    ),
    "page_event_number": "Gebeurtenis {number}",
    "page_event_type": "Soort",
    "page_event_date": "Datum",
    "page_event_detail": "Bijzonderheid",
    "page_evaluate": "Beoordeel",
    "page_interview_from_here": "Interview vanaf deze antwoorden",
    "page_report": "Afdrukbaar rapport",
    "page_download": "Download dossier (JSON)",
    "page_result": "Uitkomst",
    "page_error": "Het dossier klopt niet",
    "page_worst_case": "Als alle open vragen ja zijn",
    "page_settled": (
        "De uitkomst staat vast: geen antwoord op de {count} open vragen kan classificatie of "
        "escalatie nog veranderen."
    ),
    "page_not_settled": (
        "Nog niet vast: antwoorden op de {count} open vragen kunnen de uitkomst verhogen."
    ),
    "page_report_title": "Rapport bestuurlijke gevoeligheid",
    "page_answers": "Gegeven antwoorden",
    "page_bad_dossier": "Het dossier van dit interview is niet te lezen; begin opnieuw.",
    # the interview on the page
    "page_interview_title": "Interview: de beste volgende vraag",
    "page_interview_intro": (
        "Eén vraag tegelijk: steeds de vraag waarvan het antwoord de uitkomst het meest kan "
        "veranderen. Bij elk antwoord staat wat het zou geven."
    ),
    "page_question_number": "Vraag {number}:",
    "page_would_give": "geeft",
    "page_answer": "Antwoord",
    "page_stop": "Stop hier",
    "page_open_in_checklist": "Open in de checklist",
    # training
    "page_training_title": "Training",
    "page_course_items": "Dossiers van de cursus",
    "page_dossier_answers": "De antwoorden in dit dossier",
    "page_dossier_unknown": "Niet beantwoord ({count})",
    "page_answer_column": "Antwoord",
    "page_training_first": (
        "Beoordeel eerst zelf: hoe gevoelig is dit dossier, naar wie escaleert het en wie moet "
        "geïnformeerd worden?"
    ),
    "page_training_choose": "Kies een classificatie en een escalatie.",
    "page_training_check": "Vergelijk met de regels",
    "page_training_comparison": "Uw beoordeling en die van de regels",
    "page_training_yours": "U",
    "page_training_library": "De regels",
    "page_training_verdict": "Verschil",
    "page_same": "gelijk",
    "page_lower": "u schatte lager",
    "page_higher": "u schatte hoger",
    "page_why_classification": "Waarom de regels tot deze classificatie komen",
    "page_why_escalation": "Waarom de regels tot deze escalatie komen",
    "page_why_inform": "Waarom de regels deze mensen laten informeren",
    "page_no_rule_sets": (
        "Geen regel zet dit: het is het laagste niveau, omdat geen checklistpunt een signaal geeft."
    ),
    "page_checklist_items": "Checklistpunten",
    "page_next_item": "Volgend dossier",
    "page_change_one": "Verander één antwoord",
    "page_change_pick": "Vraag en nieuw antwoord",
    "page_change_show": "Toon het effect",
    "page_before": "Nu",
    "page_after": "Met dit antwoord",
    "page_no_difference": "Dit antwoord verandert de uitkomst niet.",
    # /v1/docs
    "page_docs_title": "De API van gevoeligheid",
    "page_docs_intro": (
        "De bewerkingen van de dienst; het volledige contract (OpenAPI 3.1) staat in"
    ),
    "page_docs_method": "Methode",
    "page_docs_path": "Pad",
    "page_docs_summary": "Wat het doet",
    # the periodic meeting: `gevoelig report`, `timeline`, `diff` and `log impact`
    "meeting_one_folder": (
        "geef hoogstens één map met een regelset; de andere paden zijn overlaybestanden"
    ),
    "meeting_logged_rules": "de regels waarmee elke beslissing genomen is",
    "meeting_compared": "Vergeleken: {base} met {new}, peildatum {peildatum}",
    "meeting_own_day": "die van elk dossier",
    "meeting_part_classification": "classificatie",
    "meeting_part_escalation": "escalatie",
    "meeting_part_inform": "informeren",
    "meeting_part_actions": "acties",
    "meeting_change": "Verandering",
    "meeting_rules": "Regels die het verschil maken",
    "meeting_summary": (
        "{compared} dossiers vergeleken: {changed} veranderen, {skipped} niet opnieuw beoordeeld"
    ),
    "meeting_not_rerun": "Niet opnieuw beoordeeld ({count}):",
    "impact_reason_redacted": (
        "geschoonde invoer in het logboek; beoordeel opnieuw vanuit het eigen dossier van het "
        "zaaksysteem"
    ),
    "impact_reason_ruleset_not_kept": (
        "het logboek bewaart de regels van deze beslissing niet, en de bestanden geven niet "
        "meer dezelfde sha256"
    ),
    "impact_reason_refused": "geweigerd",
    "impact_why": "Waarom niet",
    "feedback_accepted": "overgenomen",
    "feedback_overridden": "afgeweken",
    "impact_before": "Was",
    "impact_after": "Wordt",
    "timeline_already": (
        "Al bestuurlijk gevoelig op de eerste dag van de tijdlijn, {day}: door de feiten "
        "zonder datum of gebeurtenissen van daarvoor."
    ),
    "timeline_before_rules": (
        "Gebeurtenissen van voor {day}, toen nog geen versie van de regels gold die alle "
        "feiten van dit dossier kent, tellen mee maar krijgen geen eigen dag."
    ),
    "impact_title": "Gevolgen van andere regels",
    "report_title": "Bestuurlijk gevoelige dossiers: agenda periodiek overleg",
    "report_meta": "Opgemaakt op {day}, {count} dossiers.",
    "report_since": "Veranderingen sinds {since}.",
    "report_counts": "Aantallen",
    "report_classification": "Classificatie",
    "report_escalation": "Escalatie",
    "report_number": "Aantal",
    "report_agenda": "Te bespreken: gevoelige dossiers, hoogste eerst",
    "report_agenda_empty": "Geen dossier is bestuurlijk gevoelig of gaat naar de manager of hoger.",
    "report_no_authority": "Zonder bevoegd gezag",
    "report_inform": "Informeren",
    "report_nobody": "niemand",
    "report_could_rise": "Open vragen om na te jagen: het slechtste geval ligt hoger",
    "report_could_rise_none": "Bij geen dossier kan een open vraag het niveau verhogen.",
    "report_now": "Nu",
    "report_worst": "Als alle open vragen ja",
    "report_raising": "Vragen die het niveau verhogen",
    "report_more": "en {count} meer",
    "report_changes": "Veranderd sinds het vorige overleg",
    "report_changes_need_log": (
        "Geef --log en --since om te zien wat veranderde en hoe het advies is opgevolgd."
    ),
    "report_changes_none": "Geen dossier veranderde van niveau.",
    "report_new": "nieuw",
    "report_logged": "Vastgelegd",
    "report_before": "Was",
    "report_after": "Werd",
    "report_feedback": "Het advies en de mensen",
    "report_feedback_counts": "{accepted} keer overgenomen, {overridden} keer afgeweken.",
    "report_ladder": "Ladder",
    "report_chosen": "Gekozen niveau",
    "report_no_matplotlib": (
        "de grafieken vragen matplotlib: pip install 'gevoeligheid[report]' (of kies -f markdown)"
    ),
    "report_files_or_log": "geef dossierbestanden of --log, één van beide",
    "report_since_needs_log": (
        "--since werkt alleen met --log: de veranderingen staan in het logboek"
    ),
    "timeline_title": "Tijdlijn {name}",
    "timeline_became": "Bestuurlijk gevoelig sinds {day}.",
    "timeline_never": "Op geen van de dagen bestuurlijk gevoelig.",
    "timeline_chart": "Niveau per dag",
    "timeline_recorded": "vastgelegde escalatie",
    "timeline_day": "Dag",
    "timeline_inform": "Informeren",
    "timeline_score": "Score",
    "timeline_version": "Regelset",
    "timeline_first": "Eerst bereikt",
    "timeline_level": "Niveau",
    "timeline_escalaties": "Op tijd? (tot {days} dagen na het advies)",
    "timeline_what": "Niveau of rol",
    "timeline_asked": "Geadviseerd",
    "timeline_done": "Vastgelegd",
    "timeline_verdict": "Oordeel",
    "timeline_verdict_in_time": "op tijd",
    "timeline_verdict_late": "te laat",
    "timeline_verdict_not_recorded": "niet vastgelegd",
    "timeline_verdict_not_asked": "niet geadviseerd",
    "timeline_feedback": "Wat de mensen met het advies deden",
    "timeline_chosen": "Gekozen",
    "timeline_role": "Door",
    "timeline_reason": "Waarom",
    "timeline_informed": "Geïnformeerd",
    # the frame of an error's line, and why a file cannot be read
    "error_expected": " (verwacht: {expected})",
    "error_suggestion": "; bedoelde u '{suggestion}'?",
    "os_not_found": "het bestaat niet",
    "os_permission": "geen leesrechten",
    "os_is_a_directory": "het is een map",
    "os_read_error": "leesfout ({reason})",
    # errors, by the module that raises them
    # dossier
    "dossier_input_limit_bytes": (
        "de invoer is groter dan het maximum van {max_dossier_bytes} bytes"
    ),
    "dossier_file_too_large_hint": ("een dossier is enkele kilobytes; is dit het goede bestand?"),
    "dossier_peildatum_date": "'peildatum' moet een datum zijn, maar is {value}",
    "date_or_null_expected": "een datum JJJJ-MM-DD, of null voor vandaag",
    "dossier_text_lone_surrogate_half": (
        "tekst met een losse surrogaat (de helft van een UTF-16-paar) die niet als UTF-8 te "
        "schrijven is"
    ),
    "dossier_remove_character_write_both_hint": (
        "haal dat teken weg, of schrijf beide helften van het paar"
    ),
    "dossier_text": "'{key}' moet een tekst zijn, maar is {value}",
    "dossier_string_null_expected": "een tekst of null",
    "dossier_write_quotes_hint": 'zet het tussen aanhalingstekens: "{value}"',
    "dossier_text_limit_bytes": "de tekst is groter dan het maximum van {max_dossier_bytes} bytes",
    "dossier_input_too_large_hint": ("een dossier is enkele kilobytes; is dit de goede invoer?"),
    "dossier_input_empty": "de invoer is leeg",
    "dossier_json_object_such_expected": 'een JSON-object zoals {{"facts": {{}}}}',
    "dossier_gevoelig_template_writes_blank_hint": "`gevoelig template` maakt een leeg dossier",
    "json_trailing_comma": (
        "ongeldige JSON op regel {line}, kolom {column}: een komma na het laatste element"
    ),
    "dossier_remove_comma_json_allows_hint": (
        "haal die komma weg; JSON staat er geen toe vóór }} of ]"
    ),
    "dossier_dossier_json_object": "een dossier moet een JSON-object zijn, maar is {data}",
    "dossier_wrap_facts_object_json_hint": (
        "zet de feiten in een object; een JSON Lines-bestand heeft één object per regel"
    ),
    "dossier_yes_fact_valid_value": (
        "'{fact_id}' is een ja/nee-feit: {value} is daar geen geldige waarde"
    ),
    "dossier_true_false_null_expected": "true, false of null",
    "dossier_list": "'{fact_id}' moet een lijst zijn, maar is {value}",
    "dossier_escalaties_list_most_objects": (
        "'escalaties' moet een lijst van hoogstens {max_events} objecten zijn"
    ),
    "dossier_utf_text_byte_x": "geen UTF-8-tekst (byte 0x{raw_error_start:02x} op regel {line})",
    "dossier_save_file_utf_hint": "sla het bestand op als UTF-8",
    "dossier_invalid_json": "ongeldige JSON: {what}",
    "dossier_key_occurs_once_object": "'{duplicate}' staat meer dan eens in dit object",
    "dossier_keep_second_value_would_hint": (
        "houd er één over: een tweede waarde zou de eerste stilzwijgend vervangen"
    ),
    "dossier_text_characters": "tekst van {count_value} tekens, meer dan {max_text}",
    "dossier_keep_long_story_x_hint": "zet het lange verhaal in x-toelichting",
    "dossier_facts_object": "'facts' moet een object zijn, maar is {data}",
    "facts_object_expected": '{{"feit_id": waarde, ...}}',
    "dossier_name_each_fact_gevoelig_hint": (
        "noem elk feit bij naam: `gevoelig template` maakt ze allemaal"
    ),
    "fact_word_not_allowed": "{word} is geen waarde van '{fact_id}'",
    "dossier_use_listed_words_hint": "gebruik de genoemde woorden",
    "dossier_listed_twice": "'{word}' staat er twee keer in",
    "dossier_list_each_word_once_hint": "noem elk woord één keer",
    "dossier_events_list": "'events' moet een lijst zijn, maar is {data}",
    "dossier_events_limit": "{count_data} gebeurtenissen, meer dan het maximum van {max_events}",
    "dossier_keep_events_dossier_only_hint": "neem alleen de gebeurtenissen van dit dossier op",
    "dossier_event_object": "een gebeurtenis moet een object zijn, maar is {item}",
    "event_object_expected": '{{"type": ..., "datum": "JJJJ-MM-DD"}}',
    "dossier_escalation_object_datum_level": (
        "een escalatie is een object met een datum en een level, een role of beide"
    ),
    "dossier_lies_after_today": "{value} ligt na vandaag, {today_isoformat}",
    "dossier_date_which_happened_expected": "de datum waarop het gebeurde",
    "dossier_check_year_hint": "controleer het jaar",
    "dossier_cannot_read_file": "het bestand is niet te lezen: {error_strerror}",
    "dossier_check_path_permissions_hint": "controleer het pad en de rechten",
    "dossier_date_calendar": "{value} is geen bestaande datum",
    "date_expected": "een datum JJJJ-MM-DD",
    "dossier_check_day_month_hint": "controleer dag en maand",
    "dossier_event_field": "een gebeurtenis '{kind}' heeft geen veld '{key}'",
    "key_value_not_allowed": "{value} is geen waarde van '{key}'",
    "dossier_use_listed_words_lowest_hint": (
        "gebruik een van de genoemde woorden (oplopend van laag naar hoog)"
    ),
    "dossier_event_needs": "een gebeurtenis '{kind}' heeft '{key}' nodig",
    "dossier_add_listed_words_hint": 'voeg "{key}" toe: een van de genoemde woorden',
    "dossier_key_string": "veldnaam {key} is geen tekst",
    "dossier_json_object_keys_text_hint": "in JSON is een veldnaam altijd tekst",
    "dossier_unknown_fact": "onbekend feit '{key}'",
    "dossier_gevoelig_template_lists_every_hint": "`gevoelig template` noemt elk feit",
    "dossier_true_false": "'{key}' moet true of false zijn, maar is {value}",
    "dossier_true_false_expected": "true of false",
    "dossier_json_number": "{value} is geen JSON-getal",
    "dossier_use_plain_number_null_hint": "gebruik een gewoon getal of null",
    "dossier_number_too_many_digits": "een getal met te veel cijfers",
    "dossier_python_json_value": "een Python-{name} is geen JSON-waarde",
    "dossier_object_array_string_number_expected": (
        "een object, lijst, tekst, getal, true, false of null"
    ),
    "dossier_convert_first_list_set_hint": (
        "zet het eerst om: een lijst voor een set of tuple, een datum als tekst JJJJ-MM-DD"
    ),
    # conditions
    "conditions_unknown_condition": "onbekende voorwaarde '{shown}'",
    "conditions_use_hint": "gebruik een van {join_choices}",
    "conditions_condition_mapping_such": "een voorwaarde moet een mapping zijn, zoals {{fact: ID}}",
    "conditions_condition_key": (
        "een voorwaarde heeft één sleutel, deze heeft er {count_keys}: {shown}"
    ),
    "conditions_wrap_several_conditions_any_hint": "zet meerdere voorwaarden in any: of all:",
    "conditions_takes": "'{key}' verwacht een van {choices}",
    "conditions_text_hint": "niet {value}",
    "conditions_only_action_may_ask": "alleen een actie mag vragen of een feit onbekend is",
    "conditions_rule_unknown_fact_would_hint": (
        "een regel op een onbekend feit zou haar uitkomst verlagen zodra het feit beantwoord is"
    ),
    "conditions_unknown_fact": "onbekend feit '{shown}'",
    "unknown_fact_hint": "gebruik een feit uit facts.yaml",
    "conditions_takes_whole_number_from": (
        "'{key}' verwacht een heel getal van {low} tot en met {high}"
    ),
    "unknown_fact_add_hint": "gebruik een feit uit facts.yaml of voeg het toe",
    "conditions_use_least_contains_both": "gebruik at_least of contains, niet allebei",
    "conditions_least_graded_fact_contains_hint": (
        "at_least hoort bij een feit met graden, contains bij een lijst"
    ),
    "conditions_rule_defined_twice": "de regel '{rule_id}' staat er twee keer",
    "conditions_first_hint": "eerst op {first}",
    "conditions_unexpected_key_s_fact": "onverwachte sleutel(s) {extra} in een feitvoorwaarde",
    "conditions_fact_condition_takes_fact_hint": (
        "een feitvoorwaarde kent fact, at_least en contains"
    ),
    "conditions_takes_non_empty_list": "'{key}' verwacht een niet-lege lijst van voorwaarden",
    "conditions_e_g_hint": "bijvoorbeeld {example}",
    "conditions_headline_takes_name_such": "'headline' verwacht een naam zoals H1",
    "conditions_name_headline_rule_sets_hint": (
        "noem een kopcriterium dat een regel zet met headline:"
    ),
    "conditions_graded_so_least_does": (
        "'{fact_id}' heeft geen graden, dus at_least past er niet bij"
    ),
    "condition_true_is_default_hint": "laat het weg: {{fact: ID}} betekent waar",
    "conditions_grade_above_lowest": "'{shown}' is geen graad van '{fact_id}' boven de laagste",
    "choose_from_hint": "gebruik {choices}",
    "conditions_list_so_contains_does": "'{fact_id}' is geen lijst, dus contains past er niet bij",
    "condition_true_is_default_or_grade_hint": (
        "laat het weg: {{fact: ID}} betekent waar; of gebruik at_least voor een graad"
    ),
    "conditions_word": "'{shown}' is geen woord van '{fact_id}'",
    "conditions_headline_set_two_rules": (
        "kopcriterium {rule_headline} wordt door twee regels gezet"
    ),
    "conditions_also_hint": "ook door '{other}'",
    "conditions_headline_rule_counts_signals": (
        "de kopregel '{rule_id}' telt signalen, kopcriteria of de score"
    ),
    "conditions_headline_criterion_condition_facts_hint": (
        "een kopcriterium moet een voorwaarde op feiten zijn"
    ),
    "conditions_rule_refers_headline_which": (
        "de regel '{rule_id}' verwijst naar kopcriterium {name}, dat geen regel definieert"
    ),
    "conditions_headlines_defined_hint": "de gedefinieerde kopcriteria zijn {known}",
    # definitions
    "bool_fact_with_values": "een ja/nee-feit (bool) heeft geen values",
    "bool_fact_with_values_hint": "haal 'values' weg of gebruik type grade",
    "grade_too_few_words": ("een grade heeft ten minste twee woorden nodig, het laagste eerst"),
    "grade_too_few_words_hint": "bijvoorbeeld [geen, lokaal, landelijk]",
    "set_fact_without_values": ("een set-feit heeft zijn lijst met woorden nodig in 'values'"),
    "set_fact_without_values_hint": "bijvoorbeeld values: [bestuurlijk, juridisch]",
    "weight_missing": "geen gewicht voor {missing}",
    "weight_missing_hint": "geef elk woord boven het laagste een gewicht",
    "outcome_condition_mixed": (
        "een voorwaarde op de uitkomst (classification_at_least, escalation_at_least, informs) "
        "gaat niet samen met voorwaarden op feiten of tellingen"
    ),
    "outcome_condition_mixed_hint": "schrijf haar als een eigen regel",
    "strength_without_headline": "alleen een kopregel heeft een sterkte",
    "strength_without_headline_hint": (
        "voeg headline: H1 (of een ander) toe of laat strength en stronger weg"
    ),
    "unknown_weight_class": "onbekende gewichtsklasse '{shown}'",
    "unknown_weight_class_hint": ("gebruik {choices} (weight_classes in ruleset.yaml)"),
    "not_a_word_of_fact": "'{shown}' is geen woord van '{entry_id}'",
    "bool_fact_weight_not_number": "het gewicht van een ja/nee-feit is één getal",
    "bool_fact_weight_not_number_hint": "bijvoorbeeld weight: 2",
    "not_a_weighing_word_of_fact": ("'{shown}' is geen woord van dit feit dat gewicht kan hebben"),
    "stronger_headline_not_on_facts": ("een sterker kopcriterium is een voorwaarde op feiten"),
    "stronger_headline_not_on_facts_hint": "noem feiten, geen tellingen of de uitkomst",
    "setting_bounded_by_unknown": (
        "de instelling '{name}' wordt begrensd door '{other}', dat geen instelling is"
    ),
    "unknown_setting_hint": "noem een instelling uit ruleset.yaml",
    "grade_weight_decreases": "het gewicht van '{higher}' is lager dan dat van '{lower}'",
    "grade_weight_decreases_hint": (
        "een hogere graad mag nooit minder wegen (docs/policy.md, regel 9)"
    ),
    "unknown_setting": "onbekende instelling '{given}'",
    "unknown_setting_or_number_hint": ("noem een instelling uit ruleset.yaml of geef een getal"),
    # rules
    "rules_rule_set_folder": "geen map met een regelset",
    "rules_hold_version_folders_do_hint": (
        "er horen {join_rule_files} in te staan, of versiemappen waarin die staan"
    ),
    "rules_version_rule_set_force": (
        "geen versie van deze regelset is van kracht op {day_isoformat}"
    ),
    "rules_earliest_valid_from_choose_hint": (
        "de vroegste geldt vanaf {earliest}; kies een latere --peildatum"
    ),
    "rules_earliest_valid_from_data_hint": (
        "de vroegste geldt vanaf {earliest}; kies een latere peildatum"
    ),
    "later_peildatum_data_hint": "kies een latere peildatum",
    "rules_source_text_holds_control": (
        "de brontekst {name} bevat een stuurteken op haar regel {line}"
    ),
    "rules_save_source_document_plain_hint": "sla het brondocument op als platte tekst",
    "rules_versions_both_valid_from": (
        "de versies {first_name} en {second_name} gelden allebei vanaf {start_isoformat}"
    ),
    "rules_give_each_version_own_hint": "geef elke versie een eigen valid_from",
    "rules_option_choice": "'{shown}' is geen optie van de keuze '{name}'",
    "rules_use_hint": "gebruik {known}",
    "rules_source_text_utf_text": "de brontekst {name} is geen UTF-8-tekst",
    "rules_name_plain_text_source_hint": (
        "noem de platte tekst van het brondocument, opgeslagen als UTF-8"
    ),
    "rules_fact_defined_twice": "het feit '{facts_id}' staat er twee keer",
    "rules_action_defined_twice": "de actie '{entry_id}' staat er twee keer",
    "rules_unknown_role": "onbekende rol '{shown}'",
    "rules_applies_only_which_choice": (
        "{what} geldt alleen met {name} = {option}, en dat is geen keuze van de regelset"
    ),
    "rules_choices_hint": "de keuzes: {known}",
    "rules_cannot_read_folder": "de map is niet te lezen: {error_strerror}",
    "rules_check_permissions_hint": "controleer de rechten",
    "rules_overlap_group_names_which": (
        "de overlapgroep '{group_id}' noemt '{fact_id}', dat geen signaal is"
    ),
    "rules_name_fact_facts_yaml_hint": "noem een feit uit facts.yaml met een signaal",
    "rules_two_overlap_groups": (
        "'{fact_id}' staat in twee overlapgroepen, '{first}' en '{group_id}'"
    ),
    "rules_fact_counts_once_put_hint": "een feit telt één keer: zet het in één groep",
    "rules_field_event_already": "'{flag}' is al een veld van de gebeurtenis '{event_type}'",
    "rules_give_flag_name_own_hint": "geef de vlag een eigen naam",
    "rules_unknown_fact": "onbekend feit '{fact_id}'",
    "rules_use_highest_window_days": "gebruik één van highest, window of days_at_least",
    "rules_highest_takes_field_s_hint": (
        "highest neemt het hoogste woord van een veld voor een feit met graden; window en "
        "days_at_least tellen gebeurtenissen voor een ja/nee-feit"
    ),
    "derive_unknown_within_setting": "onbekende instelling '{within}'",
    "rules_bool_fact": "'{fact_id}' is geen ja/nee-feit",
    "rules_derive_graded_fact_highest_hint": (
        "leid een feit met graden af met highest: VELD; aanwezigheid en vensters leiden "
        "ja/nee-feiten af"
    ),
    "rules_event_field": "de gebeurtenis '{shown}' heeft geen veld '{field}'",
    "rules_fields_hint": "haar velden: {known}",
    "rules_words_grades": "de woorden van '{field}' zijn geen graden van '{fact_id}'",
    "rules_give_words_hint": "geef '{field}' woorden uit {grades}",
    "rules_needs_word_flag_event": (
        "'{word}' vraagt een woord van '{field}' en een vlag van de gebeurtenis"
    ),
    "rules_words_flags_hint": "woorden: {join_fields_field}; vlaggen: {join_entry_get_flags_or}",
    "rules_grade_below": "'{otherwise}' is geen graad van '{fact_id}' onder '{word}'",
    "rules_grades_hint": "graden: {join_fact_values}",
    "window_unknown_setting": "onbekende instelling '{name}'",
    # overlay
    "overlay_overlay_applied_twice": "de overlay '{name}' wordt twee keer toegepast",
    "overlay_name_each_overlay_once_hint": "noem elke overlay één keer",
    "overlay_overlay_valid_from_after": (
        "de overlay '{name}' geldt vanaf {start}, na de peildatum {on}"
    ),
    "overlay_choose_later_peildatum_leave_hint": (
        "kies een latere --peildatum of laat de overlay weg"
    ),
    "overlay_choice_option": "er is geen keuze '{key}' met de optie '{entry_value}'",
    "overlay_fact_exists_already": "het feit '{entry_id}' bestaat al",
    "overlay_overlay_adds_new_facts_hint": (
        "een overlay voegt nieuwe feiten toe; verander een gewicht onder signals:"
    ),
    "overlay_signal_change": "er is geen signaal '{shown}' om te veranderen",
    "overlay_rule_change": "er is geen regel '{shown}' om te veranderen",
    "overlay_gevoelig_rules_lists_rule_hint": "`gevoelig rules` toont de ids van de regels",
    "overlay_rule_exists_already": "de regel '{entry_id}' bestaat al",
    "overlay_change_under_change_give_hint": (
        "verander haar onder change:, of geef de nieuwe regel een eigen id"
    ),
    "overlay_setting_change_rule_overlay": (
        "er is geen instelling '{shown}' om te veranderen, en geen regel van deze overlay "
        "gebruikt haar"
    ),
    "overlay_gevoelig_rules_lists_settings_hint": (
        "`gevoelig rules` toont de instellingen; een nieuwe instelling heeft een regel nodig "
        "die haar noemt"
    ),
    "overlay_rule_signal_disable": "er is geen regel of signaal '{shown}' om uit te zetten",
    "overlay_gevoelig_rules_lists_rules_hint": "`gevoelig rules` toont de regels en signalen",
    # yamlfile
    "rule_file_too_large": "het bestand is groter dan het maximum van {limit} bytes",
    "rule_file_too_large_hint": (
        "een regelbestand is enkele tientallen kilobytes; is dit het goede bestand?"
    ),
    "rule_file_missing_hint": "controleer het pad",
    "rule_file_control_character": "een stuurteken ({code}) in kolom {column}",
    "rule_file_control_character_hint": (
        "een regelbestand is platte tekst: haal het weg (een NUL-byte komt vaak van een "
        "bestand dat als UTF-16 is opgeslagen)"
    ),
    "rule_file_not_regular": ("geen gewoon bestand (maar een map, een pipe of een apparaat)"),
    "rule_file_not_regular_hint": "geef een YAML-bestand op",
    "rule_file_not_utf8": "geen UTF-8-tekst",
    # compile
    "rule_conditions_over_limit": (
        "regel '{rule_id}' heeft meer dan {max_condition_size} voorwaarden als de verwijzingen "
        "naar kopcriteria zijn uitgeschreven"
    ),
    "rule_conditions_over_limit_hint": (
        "noem elk kopcriterium één keer, of schrijf de feiten uit in één 'any'"
    ),
    "rule_alternatives_over_limit": (
        "regel '{rule_id}' heeft meer dan {max_alternatives} alternatieven (een 'all' van "
        "'any's telt elke combinatie: all van tien anys van drie feiten is 59.049)"
    ),
    "rule_alternatives_over_limit_hint": (
        "splits haar in meer regels die dezelfde niveaus zetten, elk met minder 'any's binnen "
        "de 'all'"
    ),
    "rule_strength_combinations_over_limit": (
        "regel '{rule_id}' staat voor meer dan {max_strength_combinations} combinaties van "
        "sterktes van kopcriteria"
    ),
    "rule_strength_combinations_over_limit_hint": (
        "geef minder kopcriteria een sterkte, of vergelijk met een kleiner getal"
    ),
    # cases
    "case_file_missing": "geen bestand of map met cases",
    "case_file_missing_hint": "geef een YAML-bestand met cases op, of een map daarvan",
    # engine
    "engine_rules_engine_cannot_hold": (
        "de regelengine kan deze regelset niet bevatten (foutcode {limit_group_1} van "
        "durable-rules): te veel regels delen dezelfde feiten"
    ),
    # replay
    "replay_overlay_log_names_regular": (
        "het overlaybestand dat het logboek noemt is geen gewoon bestand (maar een pipe of "
        "apparaat, of het ontbreekt)"
    ),
    "replay_give_overlay_overlay_hint": "geef de overlay met --overlay",
    # dossier (by hand)
    "dossier_too_many_digits": "een getal met te veel cijfers",
    "dossier_plain_number_hint": "gebruik een gewoon getal of null",
    "dossier_too_deep": "te diep genest (meer dan {limit} niveaus)",
    "dossier_too_deep_hint": "een dossier is een plat object met feiten en gebeurtenissen",
    "dossier_invalid_json_at": "ongeldige JSON op regel {line}, kolom {column}: {problem}",
    "dossier_invalid_json_at_hint": "controleer komma's, aanhalingstekens en haakjes rond die plek",
    "dossier_unknown_key": "onbekend veld '{key}'",
    "dossier_unknown_key_hint": "zet eigen gegevens onder een veld dat met x- begint",
    "dossier_or_own_key": "{choices} of x-...",
    # dossier (by hand): what a fact takes, JSON types and the JSON decoder's complaints
    "dossier_not_yes_no": "'{fact_id}' is een ja/nee-feit: {value} is daar geen geldige waarde",
    "dossier_true_false_null": "true, false of null",
    "dossier_quoted_yes_no_hint": (
        "schrijf true of false zonder aanhalingstekens, of null als het onbekend is"
    ),
    "dossier_yes_no_hint": "een ja/nee-feit is true of false, of null als het onbekend is",
    "dossier_not_a_value": "{value} is geen waarde van '{name}'",
    "dossier_listed_words_hint": (
        "gebruik een van de genoemde woorden (oplopend van laag naar hoog)"
    ),
    "dossier_not_a_list": "'{fact_id}' moet een lijst zijn, maar is {value}",
    "dossier_not_a_list_hint": 'bijvoorbeeld ["{first}"]; een lege lijst betekent: geen',
    "dossier_event_needs_type": "een gebeurtenis heeft een 'type' nodig",
    "dossier_unknown_event_type": "onbekend gebeurtenistype {kind}",
    "dossier_event_needs_datum": "een gebeurtenis heeft een 'datum' nodig",
    "dossier_datum_not_a_date": "'datum' moet een datum zijn, maar is {value}",
    "dossier_datum_expected": "een datum JJJJ-MM-DD, bijvoorbeeld 2026-10-03",
    "dossier_grade_values": "{words} of null",
    "dossier_set_values": "een lijst met woorden uit: {words}; of null",
    "json_null": "null",
    "json_boolean": "een ja/nee-waarde",
    "json_number": "een getal",
    "json_string": "een tekst",
    "json_array": "een lijst",
    "json_object": "een object",
    "json_expecting_value": "waarde verwacht",
    "json_expecting_comma": "komma verwacht",
    "json_expecting_colon": "dubbele punt verwacht",
    "json_expecting_name": "naam tussen dubbele aanhalingstekens verwacht",
    "json_unterminated_string": "tekst zonder afsluitend aanhalingsteken",
    "json_extra_data": "nog tekst na het einde van het JSON-object",
    "json_control_character": "een regeleinde of ander stuurteken binnen een tekst",
    "json_invalid_escape": "ongeldige backslash in een tekst",
    "json_other": "syntaxisfout",
    # conditions (by hand)
    "rules_format_hint": "zie docs/rules.md voor de vorm van regelbestanden",
    "conditions_headline_itself": "kopcriterium {name} verwijst naar zichzelf",
    "conditions_headline_circle": "kopcriteria verwijzen in een kring naar elkaar: {chain}",
    "conditions_headline_chain": (
        "een keten van meer dan {limit} verwijzingen naar kopcriteria: {chain}"
    ),
    "conditions_headline_chain_hint": (
        "een kopcriterium moet op feiten uitkomen: schrijf de feiten uit in plaats van een van "
        "de verwijzingen"
    ),
    "conditions_not_a_mapping": "een voorwaarde moet een mapping zijn, zoals {{fact: ID}}",
    "conditions_weight_class_unknown": "onbekende gewichtsklasse '{shown}'",
    "conditions_weight_class_unknown_hint": (
        "noem een gewichtsklasse uit ruleset.yaml of geef een getal"
    ),
    "conditions_setting_unknown": "onbekende instelling '{shown}'",
    "conditions_setting_unknown_hint": "noem een instelling uit ruleset.yaml of geef een getal",
    # definitions (by hand)
    "unknown_key": "onbekende sleutel '{shown}' in {where}",
    "unknown_key_hint": (
        "{where} kent {allowed}; hoort '{shown}' in een daarvan, spring het dan even ver in "
        "als de sleutels ernaast"
    ),
    "required_key_missing": "{where} mist '{missing}'",
    "schema_violation": "{where}: {what}",
    "place_top_level": "het bestand zelf (het bovenste niveau)",
    "place_item": "onderdeel",
    "place_number": "{before} nr. {number}",
    "value_range_hint": "gebruik een waarde van {low} tot en met {high}",
    "value_at_least_hint": "gebruik een waarde vanaf {low}",
    "value_at_most_hint": "gebruik hoogstens {high}",
    "setting_below_lowest": (
        "de instelling '{name}' is {value}, onder haar laagst toegestane waarde {low}"
    ),
    "setting_above_highest": (
        "de instelling '{name}' is {value}, boven haar hoogst toegestane waarde {high}"
    ),
    "setting_not_above_other": (
        "de instelling '{name}' is {value}, maar moet boven '{other}' ({limit}) zijn"
    ),
    "setting_below_other": (
        "de instelling '{name}' is {value}, maar moet minstens '{other}' ({limit}) zijn"
    ),
    "setting_relation_hint": "verhoog '{name}' of verlaag '{other}'",
    "too_many_facts": (
        "{count} feiten, meer dan het maximum van {limit} voor een regelset met haar overlays"
    ),
    "too_many_rules": (
        "{count} regels, meer dan het maximum van {limit} voor een regelset met haar overlays"
    ),
    "too_many_hint": "een regio verandert een paar regels; is dit het goede bestand?",
    "number_use_window_days": "het aantal dagen van het venster dat '{fact}' afleidt",
    "number_use_window_events": ("het aantal gebeurtenissen van het venster dat '{fact}' afleidt"),
    "number_use_days_with_events": "het aantal dagen met gebeurtenissen dat '{fact}' afleidt",
    "number_use_evidence_days": "het aantal dagen van het bewijsvenster van '{fact}'",
    "number_use_rule_threshold": "de drempel van regel '{rule_id}'",
    "number_use_setting": "een instelling",
    "number_outside_range": ("de instelling '{shown}' is {value}, buiten {low} tot en met {high}"),
    "number_outside_range_hint": ("het is {use}: geef een heel getal van {low} tot en met {high}"),
    # yamlfile (the reader's refusals)
    "yaml_tag_not_allowed": "de tag {shown} is niet toegestaan",
    "yaml_tag_not_allowed_hint": (
        "regelbestanden zijn gewone gegevens: haal de tag weg, en zet aanhalingstekens om tekst"
    ),
    "yaml_anchor": "een anker (&{event_anchor})",
    "yaml_anchor_hint": ("regelbestanden gebruiken geen ankers en aliassen: haal het weg"),
    "yaml_too_many_values": "meer dan {max_nodes} waarden in één bestand",
    "yaml_too_many_values_hint": "verdeel de regels over kleinere bestanden",
    "yaml_key_not_a_word": "een sleutel moet een woord zijn, niet {key}",
    "yaml_key_not_a_word_hint": ("zet aanhalingstekens om een sleutel als 'yes', 'on' of 'null'"),
    "yaml_duplicate_key": "de sleutel '{key}' staat er twee keer",
    "yaml_duplicate_key_hint": "haal een van de twee weg",
    "yaml_value_too_long": "een waarde van {count_value} tekens, meer dan {max_scalar_chars}",
    "yaml_value_too_long_hint": (
        "houd teksten kort; de Handreiking zelf hoort in het brontekstbestand"
    ),
    "yaml_control_character_in_value": "een stuurteken ({code}) in een waarde",
    "yaml_control_character_in_value_hint": (
        "een regelbestand is platte tekst: haal de code weg die het maakt"
    ),
    "yaml_decimal_number": "een decimaal getal ({value})",
    "yaml_decimal_number_hint": (
        "regelbestanden gebruiken hele getallen; zet aanhalingstekens om tekst zoals een "
        'versie "2026.1"'
    ),
    "yaml_number_too_long": "een getal van {count_value} tekens",
    "yaml_number_too_long_hint": (
        "regelbestanden gebruiken kleine hele getallen, van hoogstens {max_number_chars} tekens"
    ),
    "yaml_merge_key": "een samenvoegsleutel ('<<')",
    "yaml_merge_key_hint": ("regelbestanden voegen geen mappings samen: schrijf de sleutels uit"),
    "yaml_value_unreadable": "de waarde '{value}' is niet te lezen",
    "yaml_value_unreadable_hint": "zet er aanhalingstekens omheen als het tekst is",
    "yaml_second_document": "een tweede document ('---')",
    "yaml_second_document_hint": (
        "een regelbestand bevat één document: haal de regel '---' weg of splits het bestand"
    ),
    "yaml_directive": "een YAML-directief ('%YAML' of '%TAG')",
    "yaml_directive_hint": ("regelbestanden gebruiken geen directieven: haal de regel weg"),
    "yaml_alias": "een alias (*{event_anchor})",
    "yaml_alias_hint": ("regelbestanden gebruiken geen ankers en aliassen: schrijf de waarde uit"),
    "yaml_key_not_scalar": "een lijst of mapping als sleutel",
    "yaml_key_not_scalar_hint": "een sleutel is een woord",
    "yaml_date_invalid": "'{value}' is geen bestaande datum",
    "yaml_date_invalid_hint": "schrijf een datum die bestaat, als JJJJ-MM-DD",
    # yamlfile (by hand): the YAML parser's complaints
    "yaml_too_deep": "meer dan {limit} niveaus diep genest",
    "yaml_too_deep_hint": (
        "een regelbestand heeft een paar niveaus nodig: maak de voorwaarden minder diep"
    ),
    "yaml_invalid_hint": "controleer het inspringen en de aanhalingstekens",
    "yaml_mapping_values": "ongeldige YAML: hier mag geen 'sleutel: waarde' staan",
    "yaml_expected_key": "ongeldige YAML: hier werd een sleutel verwacht; klopt het inspringen?",
    "yaml_expected_colon": "ongeldige YAML: hier werd een ':' verwacht",
    "yaml_expected_value": "ongeldige YAML: hier werd een waarde verwacht",
    "yaml_bad_start": "ongeldige YAML: een teken waarmee geen waarde kan beginnen (een tab?)",
    "yaml_tab": "ongeldige YAML: een tab; spring in met spaties",
    "yaml_end_of_stream": "ongeldige YAML: het bestand houdt midden in een waarde op",
    "yaml_expected_bracket": "ongeldige YAML: hier werd ',' of ']' verwacht",
    "yaml_expected_brace": "ongeldige YAML: hier werd ',' of '}}' verwacht",
    "yaml_expected_dash": "ongeldige YAML: hier werd een '-' verwacht; klopt het inspringen?",
    "yaml_unknown_escape": "ongeldige YAML: een onbekende backslash-code in een tekst",
    "yaml_block_end": "ongeldige YAML: het inspringen klopt niet",
    "yaml_other": "ongeldige YAML (de YAML-lezer meldt: {problem})",
    # compile, engine, rules, overlay (by hand)
    "engine_limit_hint": (
        "voeg regels samen die dezelfde niveaus zetten, of laat alternatieven weg die een "
        "andere regel al dekt"
    ),
    "too_many_engine_rules": (
        "de regelset wordt {count} regels in de regelengine (één per alternatief van elke "
        "regel en elk signaal); de engine neemt er hoogstens {limit}"
    ),
    "engine_failed": (
        "de regelengine faalde: {what}. Dit is een fout in gevoeligheid; meld die alstublieft "
        "met het dossier"
    ),
    "engine_failed_on_dossier": (
        "de regelengine faalde (dossier {dossier}): {what}. Dit is een fout in gevoeligheid; "
        "meld die alstublieft met het dossier"
    ),
    "engine_disagrees_with_reference": (
        "durable-rules en de referentie-evaluator zijn het oneens over het dossier met elk feit "
        "op zijn hoogst"
    ),
    "engine_cannot_hold": (
        "de regelengine kan deze regelset niet bevatten (foutcode {code} van durable-rules): "
        "te veel regels delen dezelfde feiten"
    ),
    # what went wrong inside the rules engine (durable-rules' own words as `error`)
    "engine_rejected_ruleset": "durable-rules weigerde de gecompileerde regelset: {error}",
    "engine_call_failed": "{call} mislukte: {error}",
    "engine_call_code": "{call} gaf foutcode {code}",
    "engine_fired_twice": (
        "meer dan {steps} acties, één per engineregel: een engineregel ging twee keer af"
    ),
    "engine_actions_failed": "het uitvoeren van de acties mislukte: {error}",
    "engine_nothing_fired": "geen enkele regel ging af, ook de vangregel niet",
    "rules_outside_folder": "'{name}' ligt buiten de map van de regelset {folder}",
    "rules_outside_folder_hint": (
        "een regelset leest alleen bestanden in de eigen map: kopieer het bestand daarheen en "
        "noem het vanuit die map"
    ),
    "overlay_no_signal": "er is geen signaal '{shown}' om te veranderen",
    "overlay_unknown_setting": "onbekende instelling '{shown}'",
    # feedback
    "feedback_feedback_json_object": "een terugmelding moet een JSON-object zijn",
    "feedback_reason_text_characters": "de reden moet tekst van 1 tot {max_reason} tekens zijn",
    "feedback_choice": "'{value}' is geen keuze",
    "feedback_informed_list_most_objects": (
        "informed moet een lijst van hoogstens {max_informed} objecten zijn"
    ),
    "feedback_unknown_key": "onbekend veld '{key}'",
    "feedback_override_names_level_chosen": (
        "een afwijking noemt het gekozen niveau: classification, escalation of beide"
    ),
    "feedback_override_says_why": "een afwijking zegt waarom",
    "feedback_give_reason_sentence_hint": "geef de reden in een zin",
    "feedback_accepted_advice_keeps_advised": (
        "een overgenomen advies houdt de geadviseerde niveaus; kies verdict overridden voor "
        "een ander niveau"
    ),
    "feedback_missing": "'{key}' ontbreekt",
    "feedback_each_informed_role_object": "elke geïnformeerde rol is een object met role en datum",
    "feedback_date": "'{day}' is geen datum",
    "feedback_lies_after_today_informing": (
        "{day} ligt na vandaag: informeren is iets wat gebeurd is"
    ),
    "feedback_record_once_was_done_hint": "leg het vast zodra het gedaan is",
    "feedback_day_calendar": "'{day}' is geen dag van de kalender",
    # inputs
    "input_not_regular": (
        "geen gewoon bestand (maar een named pipe, socket of apparaat), dus niet gelezen"
    ),
    "input_entry_unreadable": "het item is niet te lezen: {error_strerror}",
    "input_link_broken": "een koppeling naar een bestand dat niet bestaat",
    "input_link_loop": "een kring van koppelingen, geen dossierbestand",
    "input_folder_unreadable": (
        "de map is niet te lezen: {error_strerror}; de dossiers erin zijn niet beoordeeld"
    ),
    # inputs_hint
    "input_not_regular_hint": "een dossier is een JSON-bestand; haal dit uit de map",
    "input_entry_unreadable_hint": "controleer de rechten",
    "input_link_hint": ("verwijder de koppeling of laat haar naar het dossier wijzen"),
    # inputs (by hand)
    "input_missing_hint": "controleer het pad",
    "input_unreadable_hint": "controleer de rechten",
    # the service's problem titles, by type
    "problem_invalid-json": "De invoer is geen geldige JSON",
    "problem_bad-request": "Het verzoek klopt niet",
    "problem_unauthorized": "Een geldige API-sleutel is nodig",
    "problem_forbidden": "Deze API-sleutel heeft dat recht niet",
    "problem_not-found": "Niet gevonden",
    "problem_method-not-allowed": "Deze methode kan hier niet",
    "problem_request-timeout": "Het verzoek kwam te traag binnen",
    "problem_too-large": "Het verzoek is te groot",
    "problem_header-too-large": "De headers zijn te groot",
    "problem_unsupported-media-type": "Dit type inhoud wordt niet aangenomen",
    "problem_invalid-dossier": "Het dossier klopt niet",
    "problem_reload-refused": "De regels zijn niet opnieuw geladen",
    "problem_too-many-requests": "Te veel gelijktijdige verzoeken van deze sleutel",
    "problem_internal": "Interne fout",
    "problem_overloaded": "De dienst is te druk",
    "problem_timeout": "Het verzoek duurde te lang",
    "problem_log-unavailable": "Het beslissingslogboek is niet beschikbaar",
    "problem_not-ready": "De dienst is niet gereed",
    # the service's problems
    "service_body_not_taken": "Deze aanroep neemt geen inhoud.",
    "service_reload_refused_rules_stay": "De regels in gebruik blijven: {shown}",
    "service_unknown_engine": "Onbekende engine '{engine}'; kies uit {join_engines}.",
    "service_query_not_whole_number": (
        "?{name}= moet een geheel getal van {low} tot en met {high} zijn."
    ),
    "service_not_found": "Er is niets op {request_url_path}; zie /v1/openapi.json.",
    "service_request_invalid": "Het verzoek klopt niet.",
    "service_unknown_ruleset_version": (
        "Er is geen versie '{version}' van de regelset; /v1/rulesets noemt ze."
    ),
    "service_history_needs_dossier_id": "Geef ?dossierId=<id van het dossier>.",
    "service_unknown_decision": "Er is geen beslissing '{decision_id}' in het logboek.",
    "service_method_not_allowed": (
        "{request_method} kan niet op {request_url_path}; wel: {allowed}."
    ),
    "service_feedback_not_json": "De terugmelding is geen JSON.",
    "service_batch_not_array": (
        "Een batch is een JSON-array van dossiers; stuur één dossier naar /v1/evaluate."
    ),
    "service_batch_too_many_dossiers": (
        "De batch heeft meer dan het maximum van {max_items} dossiers; gebruik /v1/batch/stream."
    ),
    "service_decision_not_logged": (
        "De beslissing kon niet in het logboek worden vastgelegd; er is geen uitkomst gegeven. "
        "Probeer het opnieuw."
    ),
    "service_api_key_missing": ("Stuur een API-sleutel als 'Authorization: Bearer <sleutel>'."),
    "service_api_key_unknown": "Deze API-sleutel is onbekend.",
    "service_api_key_lacks_right": "De sleutel '{key_name}' heeft het recht '{right}' niet.",
    "service_content_type_not_accepted": (
        "Content-Type {media} wordt niet aangenomen; stuur Content-Type: {example}."
    ),
    "service_without_decision_log": "Deze dienst draait zonder beslissingslogboek.",
    "service_history_needs_keys": (
        "De beslissingsgeschiedenis vraagt een API-sleutel met het recht 'history'; start de "
        "dienst met --keys."
    ),
    "service_engine_failed": ("De regelengine faalde; meld dit met het dossier aan de beheerder."),
    "service_body_timed_out": "Er kwam {seconds:g} s lang niets van de body binnen.",
    "service_too_many_waiting": ("Er wachten al te veel verzoeken; probeer het zo opnieuw."),
    "service_key_too_many_in_progress": (
        "Deze sleutel heeft al {limit} verzoeken tegelijk lopen; wacht op antwoord voor u er "
        "meer stuurt."
    ),
    "service_internal_error": ("Interne fout; meld kenmerk {incident} aan de beheerder."),
    "service_request_timed_out": "Het verzoek duurde langer dan {seconds} s.",
    "service_page_needs_open": (
        "De pagina is er alleen als de dienst zonder API-sleutels draait (gevoelig serve --open)."
    ),
    "service_page_unknown_file": "Er is geen bestand '{name_80}'.",
    "service_page_form_unreadable": "Het formulier is niet te lezen.",
    "service_page_unknown_example": "Er is geen voorbeeld '{name_80}'.",
    "service_parameter_invalid": "{{{name}}} moet {form} zijn.",
    "service_parameter_and_deprecated_differ": (
        "Geef ?{key}= of het verouderde ?{deprecated}=, niet allebei met een andere waarde."
    ),
    # service (by hand)
    "service_request_too_large": "Het verzoek is groter dan het maximum van {limit} bytes.",
    "service_line_too_large": (
        "Deze regel is groter dan het maximum van {limit} bytes voor één dossier."
    ),
    # service (by hand)
    "service_not_ready": "De dienst is niet gereed: {checks}",
    # the place of one item of a batch (`dossier`) or of a stream (`line`) in its error
    "item_place_dossier": "dossier {number}",
    "item_place_line": "regel {number}",
    # /readyz: how each part is
    "ready_rules": "regels",
    "ready_decision_log": "beslissingenlog",
    "ready_ok": "in orde",
    "ready_failed": "mislukt",
    "ready_off": "uit",
    # service (by hand): the forms of path values
    "path_form_version": "een versie zoals 2026.1",
    "path_form_decision_id": "een UUID zoals Gevoelig-Decision-Id die geeft",
    # schema: what a rule file's schema error says
    "schema_type_object": "een mapping (regels sleutel: waarde)",
    "schema_type_array": "een lijst",
    "schema_type_string": "tekst",
    "schema_type_integer": "een heel getal",
    "schema_type_boolean": "true of false",
    "schema_type_null": "leeg",
    "schema_type": "moet {types} zijn, niet {got}",
    "schema_enum": "{got} is geen van {choices}",
    "schema_not_an_id": "{got} is geen id: kleine letters, cijfers en _, beginnend met een letter",
    "schema_not_a_name": (
        "{got} is geen naam: kleine letters, cijfers, - en _, beginnend met een letter"
    ),
    "schema_not_a_headline": "{got} is geen kopcriterium zoals H1",
    "schema_no_match": "{got} is geen tekst die past bij {pattern}",
    "schema_outside": "{got} ligt buiten {low} tot en met {high}",
    "schema_less": "{got} is kleiner dan {low}",
    "schema_more": "{got} is groter dan {high}",
    "schema_empty": "is leeg",
    "schema_too_long": "{got} is langer dan {limit} tekens",
    "schema_too_few_items": "heeft ten minste {limit} onderdeel of onderdelen nodig",
    "schema_too_many_items": "heeft meer dan {limit} onderdelen",
    "schema_twice": "bevat een waarde twee keer",
    "schema_not_a_date": "{got} is geen datum JJJJ-MM-DD",
    "schema_no_properties": "is leeg: geef ten minste een van {listed}",
    "schema_weight": "moet een gewicht van 0 tot en met 100 zijn, of een gewicht per woord",
    "schema_other": "heeft niet de vorm van een regelbestand ({kind})",
    # why the output cannot be written, by errno name (`other`: any other reason)
    "write_error_ENOSPC": "de schijf is vol",
    "write_error_EFBIG": "het bestand is te groot",
    "write_error_EIO": "een invoer-/uitvoerfout",
    "write_error_EDQUOT": "de schijfquota is op",
    "write_error_other": "schrijffout {code}",
}

#: click's own texts, by click's English text (its gettext msgid).
CLICK: dict[str, str] = {
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
    (
        "DeprecationWarning: The command {name!r} is deprecated.{extra_message}"
    ): "Waarschuwing: de opdracht {name!r} verdwijnt.{extra_message}",
    (
        "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}"
    ): "Waarschuwing: {name!r} verdwijnt.{extra_message}",
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
    "No such option: {name}": "Optie {name} bestaat niet.",
    "No such command {name!r}.": "Opdracht {name!r} bestaat niet.",
    "Did you mean {possibility}?": "Bedoelde u {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Bedoelde u een van deze: {possibilities}?)",
    "(Possible options: {possibilities})": "(Mogelijke opties: {possibilities})",
    "Got unexpected extra argument ({args})": "Onverwacht extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Onverwachte extra argumenten ({args})",
    "Option {name!r} requires an argument.": "Optie {name!r} vraagt een waarde.",
    "Option {name!r} requires {nargs} arguments.": "Optie {name!r} vraagt {nargs} waarden.",
    "Option {name!r} does not take a value.": "Optie {name!r} neemt geen waarde.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} neemt {nargs} waarden.",
    "Takes {nargs} values but 1 was given.": "Neemt {nargs} waarden, maar kreeg er 1.",
    "Takes {nargs} values but {len} were given.": "Neemt {nargs} waarden, maar kreeg er {len}.",
    (
        "{len_type} values are required, but {len_value} was given."
    ): "{len_type} waarden nodig, maar {len_value} gekregen.",
    (
        "{len_type} values are required, but {len_value} were given."
    ): "{len_type} waarden nodig, maar {len_value} gekregen.",
    "Value must be an iterable.": "De waarde moet een reeks zijn.",
    "Choose from:\n\t{choices}": "Kies uit:\n\t{choices}",
    "{value!r} is not {choice}.": "{value!r} is geen keuze: kies {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} is geen keuze: kies uit {choices}.",
    "{value!r} does not match the format {format}.": "{value!r} heeft niet de vorm {format}.",
    (
        "{value!r} does not match the formats {formats}."
    ): "{value!r} heeft geen van de vormen {formats}.",
    "{value} is not in the range {range}.": "{value} valt buiten het bereik {range}.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig getal.",
    (
        "{value!r} is not a valid boolean. Recognized values: {states}"
    ): "{value!r} is geen ja of nee; mogelijk: {states}",
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
    "Could not open file {filename!r}: {message}": (
        "Kan het bestand {filename!r} niet openen: {message}"
    ),
    "unknown error": "onbekende fout",
    "Aborted!": "Afgebroken.",
    # prompts and shell completion
    "Repeat for confirmation": "Herhaal ter bevestiging",
    "Error: The two entered values do not match.": "Fout: de twee ingevoerde waarden verschillen.",
    "Error: invalid input": "Fout: ongeldige invoer",
    "Press any key to continue...": "Druk op een toets om door te gaan...",
    "Do you want to continue?": "Wilt u doorgaan?",
    "Confirm the action without prompting.": "Bevestig zonder te vragen.",
    (
        "Shell completion is not supported for Bash versions older than 4.4."
    ): "Aanvullen in de shell werkt niet met Bash ouder dan 4.4.",
    "Couldn't detect Bash version, shell completion is not supported.": (
        "De versie van Bash is niet te bepalen; aanvullen in de shell werkt niet."
    ),
}

#: The words of click's placeholders for values (metavars).
METAVARS: dict[str, str] = {
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

#: The help of each command, by the words that call it, and of each option, by its command and
#: its flag (or by its flag alone, for an option that several commands share); "" for an option
#: whose name says it all.
HELP: dict[str, str] = {
    # options that several commands share, by their flag
    "--lang": "Taal van labels, vragen, redenen en meldingen.",
    "--log": (
        "Het beslissingslogboek: een SQLite-bestand (pad of sqlite:///pad) of "
        "postgresql://gebruiker@host/db. Omgeving: GEVOELIG_LOG."
    ),
    "--overlay": (
        "Het overlaybestand van een regio bovenop de regelset (herhaalbaar, toegepast in volgorde)."
    ),
    "--peildatum": (
        "De datum waarop beoordeeld wordt (JJJJ-MM-DD): die kiest de versie van de regels en "
        "de leeftijd van de gebeurtenissen; standaard: de peildatum van het dossier, anders "
        "vandaag."
    ),
    "--ruleset": "Een map met een regelset in plaats van de standaardregelset.",
    # gevoelig
    "gevoelig": """Bestuurlijke gevoeligheid van omgevingsdienst-dossiers: classificatie,
escalatie, wie te
informeren en wat nu te doen, met elke reden herleidbaar tot de Handreiking (2026).

\b
Voorbeeld:
  gevoelig check examples/03-seveso-plant-fire-smoke-plume.json""",
    "gevoelig --version": "Toon de versie en stop.",
    "gevoelig --debug": "Toon de volledige traceback van een fout.",
    # gevoelig check
    "gevoelig check": """Beoordeel dossiers: bestanden, mappen (elk *.json eronder), JSON
Lines-bestanden (*.jsonl)
of - voor standaardinvoer.

\b
Voorbeelden:
  gevoelig check dossier.json
  gevoelig check --explain --lang en dossier.json
  gevoelig check -f jsonl --jobs 0 --fail-on director batch.jsonl > results.jsonl
  cat dossier.json | gevoelig check -
  gevoelig check --overlay regio-noord.yaml --peildatum 2026-07-01 dossier.json""",
    "gevoelig check --format": "Uitvoervorm; standaard: een tabel op een terminal, anders json.",
    "gevoelig check --engine": "durable-rules, of de referentie-evaluator in gewoon Python.",
    "gevoelig check --explain": (
        "Voeg de redenen, de open vragen en het slechtste geval toe aan een tabel."
    ),
    "gevoelig check --fail-on": (
        "Stop met status 1 als een dossier tot dit niveau of hoger escaleert."
    ),
    "gevoelig check --progress": (
        "Voortgangsbalk op standaardfout; standaard: als dat een terminal is en de uitvoer niet."
    ),
    "gevoelig check --jobs": (
        "Werkprocessen voor een reeks dossiers; 0: één per kern. De uitvoer houdt de volgorde"
        " van de invoer."
    ),
    "gevoelig check --log": (
        "Leg elke beslissing vast in dit beslissingslogboek (een SQLite-bestand of "
        "postgresql://...) voordat ze getoond wordt; één proces."
    ),
    # gevoelig diff
    "gevoelig diff": """Beoordeel dossiers onder twee regelsets en noem elk dossier waarvan de
classificatie, de
escalatie, wie te informeren of de acties veranderen, met de regels die het verschil maken en
de aantallen per verandering. Status 0 als niets verandert, 1 als er iets verandert.

\b
Voorbeelden:
  gevoelig diff --base rules/2026.1 --new rules/2026.2 examples/
  gevoelig diff --new examples/overlays/regio-noord.yaml examples/
  gevoelig diff --base rules/2026.1 --new rules/2026.2 -f html examples/ > wijzigingen.html""",
    "gevoelig diff --base": (
        "De regels nu: een map met een regelset en/of overlaybestanden (herhaalbaar); "
        "standaard: de standaardregelset."
    ),
    "gevoelig diff --new": (
        "De regels om mee te vergelijken: een map met een regelset en/of overlaybestanden "
        "(herhaalbaar); standaard: de standaardregelset."
    ),
    "gevoelig diff --peildatum": (
        "Beoordeel elk dossier op deze dag (JJJJ-MM-DD), met de versies van beide regelsets "
        "die dan gelden; standaard: de peildatum van het dossier, anders vandaag, met de "
        "versies die vandaag gelden."
    ),
    "gevoelig diff --format": (
        "table voor mensen, json of jsonl voor programma's, html of markdown voor het overleg."
    ),
    "gevoelig diff --jobs": "Werkprocessen; 0: één per kern.",
    # gevoelig interview
    "gevoelig interview": """Vul een dossier vraag voor vraag in, de vraag waarvan het antwoord
de uitkomst het meest
kan veranderen eerst: ja / nee / weet niet, een gradatie bij naam. Toont na elk antwoord de
uitkomst
en stopt zodra geen antwoord classificatie of escalatie nog kan veranderen, of bij `stop`. Het
dossier wordt na elk antwoord bewaard (een nieuw bestand als er geen is opgegeven); aan het eind
volgen de uitkomst en wat te doen. Is standaardinvoer geen terminal, dan leest het één antwoord
per regel.

\b
Voorbeelden:
  gevoelig interview
  gevoelig interview dossier.json
  gevoelig interview --lang en --peildatum 2026-12-01 nieuw-dossier.json
  printf 'ja\\nnee\\nstop\\n' | gevoelig interview nieuw.json""",
    # gevoelig log
    "gevoelig log": """Het beslissingslogboek van `gevoelig serve` en `gevoelig check --log`:
beslissingen opnieuw
beoordelen, exporteren (altijd geschoond) en opschonen wat over de bewaartermijn is. Het logboek
wordt alleen aangevuld: niets hier verandert een beslissing.

\b
Voorbeelden:
  gevoelig log replay --all --log decisions.sqlite3
  gevoelig log export --dossier OD-2026-0142 > od-2026-0142.jsonl
  gevoelig log purge --retention-days 2557""",
    # gevoelig log export
    "gevoelig log export": """Schrijf beslissingen als JSON Lines, één per regel, voor een
verzoek om openbaarmaking
of een archief. Een export verlaat de dienst, dus is altijd geschoond: zonder de titel van het
dossier, zijn x-sleutels en de feiten van strafrechtelijke aard (strafrechtelijk_verleden,
repressieve_handhaving) en alles wat ze noemt; van de beslissing alleen wat elke waarde van die
feiten zou geven (de score dus nooit); de hashes van de ongeschoonde invoer en uitkomst blijven
weg.

\b
Voorbeelden:
  gevoelig log export --dossier OD-2026-0142 -o od-2026-0142.jsonl
  gevoelig log export --since 2026-01-01 --until 2027-01-01 > 2026.jsonl""",
    "gevoelig log export --dossier": "Alleen de beslissingen over dit dossier-id.",
    "gevoelig log export --since": (
        "Alleen beslissingen die op of na deze dag zijn vastgelegd (UTC)."
    ),
    "gevoelig log export --until": "Alleen beslissingen die voor deze dag zijn vastgelegd (UTC).",
    "gevoelig log export --output": "Schrijf naar dit bestand in plaats van naar standaarduitvoer.",
    # gevoelig log feedback
    "gevoelig log feedback": """Leg vast wat de mensen met het advies van een beslissing deden:
overgenomen, of afgeweken naar
een ander niveau, door wie, waarom, en wanneer elke rol is geïnformeerd. Een terugmelding wordt
toegevoegd, nooit veranderd: meld opnieuw om te corrigeren. Zonder --verdict: toon de
terugmeldingen op de beslissing als JSON Lines.

\b
Voorbeelden:
  gevoelig log feedback 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11 --verdict accepted --role manager --informed portefeuillehouder=2026-12-03
  gevoelig log feedback 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11 --verdict overridden --escalation director --role manager --reason "raadsvragen verwacht"
  gevoelig log feedback 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11""",  # noqa: E501 - example command lines are kept whole
    "gevoelig log feedback --verdict": (
        "accepted: het advies is gevolgd; overridden: een ander niveau is gekozen (geef "
        "--classification en/of --escalation, en --reason)."
    ),
    "gevoelig log feedback --classification": "De classificatie die in plaats daarvan gekozen is.",
    "gevoelig log feedback --escalation": "De escalatie die in plaats daarvan gekozen is.",
    "gevoelig log feedback --role": (
        "Wie over het advies besliste: medewerker, coordinator, manager, directie, bestuur, "
        "accountmanager, ambtelijk_opdrachtgever of portefeuillehouder."
    ),
    "gevoelig log feedback --reason": (
        "Waarom van het advies is afgeweken (of een notitie bij het overnemen)."
    ),
    "gevoelig log feedback --informed": (
        "Een rol en de dag waarop die geïnformeerd is (herhaalbaar)."
    ),
    # gevoelig log impact
    "gevoelig log impact": """Beoordeel de laatste vastgelegde beslissing van elk dossier
opnieuw onder de regels waarmee ze
genomen is (de kopie in het logboek) en onder de nieuwe regels, beide op --peildatum, en noem
elk
dossier waarvan de uitkomst verandert, met de regels die het verschil maken. Beslissingen met
geschoonde invoer, of waarvan het logboek de regels niet bewaart, worden genoemd als niet
opnieuw beoordeeld. Status 0 als niets verandert, 1 als er iets verandert, 7 als het logboek
niet te lezen is.

\b
Voorbeelden:
  gevoelig log impact --peildatum 2027-01-01
  gevoelig log impact --peildatum 2026-12-15 --overlay regio-noord.yaml -f html > impact.html""",
    "gevoelig log impact --peildatum": (
        "De dag om op te vergelijken (JJJJ-MM-DD): de regels die dan gelden, en de leeftijd "
        "van de gebeurtenissen."
    ),
    "gevoelig log impact --ruleset": (
        "De nieuwe regels uit deze map; standaard: de standaardregelset."
    ),
    "gevoelig log impact --overlay": (
        "Overlaybestanden van de nieuwe regels (herhaalbaar); standaard: geen."
    ),
    "gevoelig log impact --format": (
        "table voor mensen, json of jsonl voor programma's, html of markdown voor het overleg."
    ),
    "gevoelig log impact --jobs": "Werkprocessen; 0: één per kern.",
    # gevoelig log migrate
    "gevoelig log migrate": """Maak de tabellen van het logboek, of breng ze naar het schema van
deze versie (de dienst en
`check --log` doen dat ook; doe het zelf waar hun databaserol geen tabellen mag maken).""",
    # gevoelig log purge
    "gevoelig log purge": """Verwijder de beslissingen die over de bewaartermijn zijn, en leg
het opschonen vast in het
logboek (wanneer, de grens, hoeveel, welke volgnummers, door wie). Die vastleggingen blijven
bewaard. Zonder bewaartermijn wordt niets verwijderd.

\b
Voorbeelden:
  gevoelig log purge --retention-days 2557 --dry-run
  GEVOELIG_LOG_RETENTION_DAYS=2557 gevoelig log purge""",
    "gevoelig log purge --retention-days": (
        "Verwijder beslissingen die langer dan zoveel dagen geleden zijn vastgelegd. "
        "Omgeving: GEVOELIG_LOG_RETENTION_DAYS."
    ),
    "gevoelig log purge --dry-run": "Zeg alleen hoeveel beslissingen verwijderd zouden worden.",
    # gevoelig log purges
    "gevoelig log purges": "Elke keer dat het logboek is opgeschoond, als JSON Lines.",
    # gevoelig log replay
    "gevoelig log replay": """Beoordeel vastgelegde beslissingen opnieuw met deze bibliotheek en
controleer dat elke
hetzelfde resultaat geeft, byte voor byte. Eén regel per beslissing: haar id, same / different /
ruleset_changed / cannot_replay, en waarom. Uitgangsstatus 0 als elke beslissing gelijk is,
anders 1; 5 als het logboek niet te lezen is.

\b
Voorbeelden:
  gevoelig log replay 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11
  gevoelig log replay --dossier OD-2026-0142
  gevoelig log replay --all --log postgresql://gevoelig@db/gevoelig""",
    "gevoelig log replay --dossier": "Beoordeel elke beslissing over dit dossier-id opnieuw.",
    "gevoelig log replay --all": "Beoordeel elke beslissing in het logboek opnieuw.",
    "gevoelig log replay --input": (
        "Het oorspronkelijke dossier, voor één beslissing waarvan de vastgelegde invoer "
        "geschoond is."
    ),
    "gevoelig log replay --ruleset": "Laad de regels uit deze map in plaats van de vastgelegde.",
    "gevoelig log replay --overlay": "Overlaybestanden in plaats van de vastgelegde (herhaalbaar).",
    # gevoelig log verify
    "gevoelig log verify": """Lees het hele logboek en controleer de hashketen: elk item hoort
de hash van zijn inhoud en
het item ervoor te hebben, kolommen die bij zijn eigen uitkomst passen, niet teruggedateerd te
zijn, en de laatste hoort de kop van de keten te zijn; verwijderde items horen door een
opschoonverslag verklaard te worden. Noemt het eerste item dat niet past. Uitgangsstatus 0 als
alles past, 1 als het logboek gewijzigd is, 7 als het niet te lezen is.

\b
Voorbeelden:
  gevoelig log verify --log decisions.sqlite3
  gevoelig log verify --expect-head 1042:9f2c... --log postgresql://gevoelig_app@db/gevoelig""",
    "gevoelig log verify --clock-skew": (
        "Zoveel seconden mag een beslissing vóór de vorige zijn vastgelegd (klokken van "
        "instanties verschillen); meer is teruggedateerd."
    ),
    "gevoelig log verify --expect-head": (
        "De kop die een eerdere controle afdrukte (SEQ:SHA256): faal tenzij dat item die hash"
        " nog heeft."
    ),
    # gevoelig report
    "gevoelig report": """Het overzicht voor het periodiek overleg met de opdrachtgever:
aantallen per classificatie en
escalatie met grafieken, de gevoelige dossiers (hoogste eerst) met wie te informeren en wat te
doen, dossiers waarvan open vragen het niveau kunnen verhogen, wat sinds het vorige overleg
veranderde en waar van het advies is afgeweken (uit het logboek), per bevoegd gezag.

\b
Voorbeelden:
  gevoelig report examples/ > overleg.html
  gevoelig report --log decisions.sqlite3 --since 2026-11-01 > overleg.html
  gevoelig report -f markdown --lang en examples/ > meeting.md""",
    "gevoelig report --log": (
        "Geef de laatste beslissing van elk dossier in dit beslissingslogboek weer in plaats "
        "van dossierbestanden."
    ),
    "gevoelig report --since": (
        "Met --log: wat veranderde, en de terugmeldingen, sinds deze dag (het vorige overleg)."
    ),
    "gevoelig report --format": "Een afdrukbare HTML-pagina, of Markdown.",
    "gevoelig report --peildatum": (
        "Beoordeel dossierbestanden op deze dag (JJJJ-MM-DD); standaard: de peildatum van elk"
        " dossier, anders vandaag."
    ),
    # gevoelig rules
    "gevoelig rules": """De regels van een regelset als tabel (id, categorie, gewicht, wat ze
zetten, bron), de
acties en de instellingen.

\b
Voorbeelden:
  gevoelig rules
  gevoelig rules --overlay regio-noord.yaml
  gevoelig rules show kop_media_bestuur
  gevoelig rules validate rules/ examples/overlays/regio-noord.yaml""",
    # gevoelig rules show
    "gevoelig rules show": """Eén regel, feit, actie of instelling volledig, met de tekst van de
Handreiking die ze
aanhaalt. De opties van de regelset mogen voor of na `show` staan.

\b
Voorbeelden:
  gevoelig rules show buiten_mandaat
  gevoelig rules show klachtengolf_aantal --overlay examples/overlays/regio-noord.yaml""",
    # gevoelig rules validate
    "gevoelig rules validate": """Controleer mappen met regelsets en overlaybestanden: het
schema, feit-id's, dubbele namen,
bronnen, regels die nooit afgaan of overschaduwd worden, de grenzen van de instellingen en de
dekking van de vragen en criteria van de Handreiking. Een overlay wordt gecontroleerd bovenop
--ruleset (standaard: de standaardregelset). In een map met versies wordt elke versie
gecontroleerd, elk op de eigen geldig-vanafdatum, tenzij --peildatum er één kiest.
Uitgangsstatus 3 bij fouten; waarschuwingen worden getoond maar laten niet falen, behalve met
--strict.

\b
Voorbeelden:
  gevoelig rules validate
  gevoelig rules validate rules/ examples/overlays/regio-noord.yaml""",
    "gevoelig rules validate --strict": "Stop ook bij waarschuwingen met status 3.",
    # gevoelig schema
    "gevoelig schema": """Toon het JSON-schema van een dossier (of van een uitkomst, met
--result, of van een regelbestand).

\b
Voorbeelden:
  gevoelig schema > dossier.schema.json
  gevoelig schema --result > uitkomst.schema.json
  gevoelig schema --file overlay > overlay.schema.json""",
    "gevoelig schema --result": "Het JSON-schema van een uitkomst in plaats van een dossier.",
    "gevoelig schema --file": (
        "Het JSON-schema van een regelbestand van deze soort, voor een editor."
    ),
    # gevoelig serve
    "gevoelig serve": """Bied de regels aan over HTTP voor zaaksystemen: beoordeel één dossier,
een reeks of een
NDJSON-stroom; lees de regelsets, de schema's en de beslisgeschiedenis van een dossier;
/healthz,
/readyz en /metrics. Elke beslissing wordt vastgelegd voordat ze beantwoord wordt. Het
OpenAPI-contract staat op /v1/openapi.json, de bewerkingen op /v1/docs; zonder API-sleutels
staat de pagina voor mensen op /.

\b
Voorbeelden:
  gevoelig serve
  gevoelig serve --overlay examples/overlays/regio-noord.yaml --port 8080
  gevoelig serve --new-key zaaksysteem --rights evaluate >> keys.txt
  gevoelig serve --host 0.0.0.0 --keys keys.txt --workers 2 --log postgresql://gevoelig@db/gevoelig
  gevoelig serve --openapi --peildatum 2026-12-01 > docs/openapi.json
  gevoelig serve --open""",
    "gevoelig serve --host": (
        "Het adres om op te luisteren; alles behalve loopback vraagt API-sleutels."
    ),
    "gevoelig serve --port": "",
    "gevoelig serve --workers": (
        "Werkprocessen (van uvicorn); elk houdt de regels en schrijft in hetzelfde logboek."
    ),
    "gevoelig serve --overlay": (
        "Het overlaybestand van een regio (herhaalbaar, toegepast in volgorde); vast zolang "
        "de dienst draait."
    ),
    "gevoelig serve --peildatum": (
        "Beoordeel elk dossier op deze datum (JJJJ-MM-DD), met de versie die dan geldt; "
        "?peildatum= gaat voor. Met --openapi: de dag waarvoor het contract wordt gemaakt. "
        "Standaard: de peildatum van het dossier, anders vandaag."
    ),
    "gevoelig serve --log": (
        "Het beslissingslogboek: een SQLite-bestand of postgresql://gebruiker@host/db. "
        "Omgeving: GEVOELIG_LOG."
    ),
    "gevoelig serve --no-log": (
        "Draai zonder beslissingslogboek (voor metingen; niets wordt vastgelegd)."
    ),
    "gevoelig serve --log-redact": (
        "Bewaar alleen geschoonde kopieën van invoer en uitkomst in het logboek (zonder "
        "titel, x-sleutels en strafrechtelijke feiten)."
    ),
    "gevoelig serve --keys": (
        "Bestand met API-sleutels (NAAM RECHTEN sha256:HEX per regel). Omgeving: "
        "GEVOELIG_API_KEYS_FILE; sleutelregels ook in GEVOELIG_API_KEYS."
    ),
    "gevoelig serve --new-key": (
        "Toon een nieuwe API-sleutel en de regel voor het sleutelbestand, en stop."
    ),
    "gevoelig serve --rights": (
        "Met --new-key: evaluate, history, feedback, of meerdere met komma's ertussen "
        "(evaluate,history)."
    ),
    "gevoelig serve --openapi": "Toon het OpenAPI-document (zoals op /v1/openapi.json), en stop.",
    "gevoelig serve --concurrency": "Verzoeken die een werkproces tegelijk behandelt.",
    "gevoelig serve --backlog": "Verzoeken die op een plaats mogen wachten; meer krijgen 503.",
    "gevoelig serve --client-concurrency": (
        "Verzoeken van één API-sleutel (zonder sleutels: adres) tegelijk; meer krijgen 429. "
        "0: geen grens. Standaard: een kwart van --concurrency met sleutels, geen grens "
        "zonder."
    ),
    "gevoelig serve --request-timeout": "Seconden voor een heel verzoek (geen stroom); daarna 503.",
    "gevoelig serve --body-timeout": (
        "Seconden dat de inhoud van een verzoek mag stilstaan (daarna 408), of een antwoord "
        "mag wachten op een aanroeper die het niet leest (daarna gaat de verbinding dicht)."
    ),
    "gevoelig serve --stream-concurrency": (
        "NDJSON-stromen die een werkproces tegelijk behandelt, op eigen plaatsen; meer "
        "wachten, zoals andere verzoeken. Standaard: de helft van --concurrency."
    ),
    "gevoelig serve --stream-timeout": (
        "Seconden die een NDJSON-stroom in totaal mag lopen; daarna eindigt hij met een "
        "slotregel die zegt dat hij niet af is."
    ),
    "gevoelig serve --header-timeout": (
        "Seconden voor de verzoekregel en headers, vanaf de verbinding (of het laatste "
        "antwoord); daarna gaat de verbinding dicht."
    ),
    "gevoelig serve --max-connections": (
        "Open verbindingen van een werkproces; daarboven gaat de langst ongebruikte dicht."
    ),
    "gevoelig serve --memory-budget": (
        "MiB aan verzoekgegevens die een werkproces tegelijk vasthoudt (bodies, dossiers die "
        "gelezen worden); daarboven wachten verzoeken, dan 503."
    ),
    "gevoelig serve --ssl-certfile": "Bied HTTPS met dit certificaat (anders TLS ervoor zetten).",
    "gevoelig serve --ssl-keyfile": "",
    "gevoelig serve --access-log": "",
    "gevoelig serve --cors-origin": (
        "Een browser-origin (https://host[:poort]) die de dienst mag aanroepen, herhaalbaar; "
        "standaard: geen (CORS uit)."
    ),
    "gevoelig serve --contact-name": (
        "Wie voor deze installatie aanspreekbaar is, in info.contact van het contract. "
        "Omgeving: GEVOELIG_CONTACT_NAME."
    ),
    "gevoelig serve --contact-email": "Hun e-mailadres. Omgeving: GEVOELIG_CONTACT_EMAIL.",
    "gevoelig serve --contact-url": "Hun webpagina. Omgeving: GEVOELIG_CONTACT_URL.",
    "gevoelig serve --tenants": (
        "Een YAML-bestand met tenants en hun overlays; tenant=NAAM in een sleutelregel kiest "
        "er een. Omgeving: GEVOELIG_TENANTS."
    ),
    "gevoelig serve --otel": (
        "Stuur spans van elk verzoek, elke beoordeling en elke logboekschrijfactie naar "
        "OpenTelemetry (de extra otel; OTEL_*-variabelen stellen het in)."
    ),
    "gevoelig serve --open": (
        "Open de pagina op / in de browser zodra de dienst antwoordt (loopback, zonder "
        "API-sleutels): voor de laptop van een trainer."
    ),
    "gevoelig serve --course": (
        "Een cursusbestand (YAML: voorbeelddossiers met notities) voor de trainingsmodus van "
        "de pagina; standaard: de meegeleverde cursus."
    ),
    # gevoelig template
    "gevoelig template": """Een leeg dossier om in te vullen (elk feit null), of de checklist
als Markdown.

\b
Voorbeelden:
  gevoelig template > nieuw-dossier.json
  gevoelig template -f markdown > checklist.md""",
    "gevoelig template --format": "Een leeg dossier (json) of de checklist als handout (markdown).",
    # gevoelig test
    "gevoelig test": """Draai regeltests: YAML-gevallen met feiten of gebeurtenissen en de
verwachte uitkomst.
Zonder PADEN de gevallen van de regelset (de map cases/ van de versie). Toont een tabel, elke
mislukking met wat verwacht werd, wat eruit kwam en de redenen die beslisten, en de regels,
signalen, acties en niveaus die geen geval bereikt.

\b
Voorbeelden:
  gevoelig test
  gevoelig test --overlay examples/overlays/regio-noord.yaml examples/overlays/regio-noord.cases.yaml
  gevoelig test --min-coverage 100""",  # noqa: E501 - example command lines are kept whole
    "gevoelig test --engine": "durable-rules, of de referentie-evaluator in gewoon Python.",
    "gevoelig test --min-coverage": (
        "Stop met status 1 als minder dan dit percentage van de regels, signalen, acties en "
        "niveaus bereikt wordt."
    ),
    # gevoelig timeline
    "gevoelig timeline": """De uitkomst van een dossier op elke dag van een gebeurtenis en op de
peildatum (anders
vandaag), de dag waarop elk niveau voor het eerst bereikt werd, en voor elke escalatie die het
dossier vastlegt (de `escalaties`) of die op tijd was.

\b
Voorbeelden:
  gevoelig timeline examples/05-pig-farm-odour-complaint-wave.json
  gevoelig timeline -f html examples/05-pig-farm-odour-complaint-wave.json > tijdlijn.html""",
    "gevoelig timeline --format": (
        "Een tabel voor de terminal, een HTML-pagina met een trapgrafiek, Markdown of JSON."
    ),
    "gevoelig timeline --grace-days": (
        "Een escalatie die zoveel dagen na het advies is vastgelegd, telt nog als op tijd."
    ),
    "gevoelig timeline --log": (
        "Voeg de terugmeldingen op de beslissingen over dit dossier uit dit beslissingslogboek toe."
    ),
}
