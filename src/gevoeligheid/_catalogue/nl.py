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
    "dossier_dossier_few_kilobytes_right_hint": (
        "een dossier is enkele kilobytes; is dit het goede bestand?"
    ),
    "dossier_peildatum_date": "'peildatum' moet een datum zijn, maar is {value}",
    "dossier_date_yyyy_mm_dd_expected": "een datum JJJJ-MM-DD, of null voor vandaag",
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
    "dossier_dossier_few_kilobytes_right_hint_2": (
        "een dossier is enkele kilobytes; is dit de goede invoer?"
    ),
    "dossier_input_empty": "de invoer is leeg",
    "dossier_json_object_such_expected": 'een JSON-object zoals {{"facts": {{}}}}',
    "dossier_gevoelig_template_writes_blank_hint": "`gevoelig template` maakt een leeg dossier",
    "dossier_invalid_json_line_column_2": (
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
    "dossier_does_take": "{value} is geen waarde van '{fact_id}'",
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
    "dossier_text_expected": '{{"feit_id": waarde, ...}}',
    "dossier_name_each_fact_gevoelig_hint": (
        "noem elk feit bij naam: `gevoelig template` maakt ze allemaal"
    ),
    "dossier_does_take_2": "{word} is geen waarde van '{fact_id}'",
    "dossier_use_listed_words_hint": "gebruik de genoemde woorden",
    "dossier_listed_twice": "'{word}' staat er twee keer in",
    "dossier_list_each_word_once_hint": "noem elk woord één keer",
    "dossier_events_list": "'events' moet een lijst zijn, maar is {data}",
    "dossier_events_limit": "{count_data} gebeurtenissen, meer dan het maximum van {max_events}",
    "dossier_keep_events_dossier_only_hint": "neem alleen de gebeurtenissen van dit dossier op",
    "dossier_event_object": "een gebeurtenis moet een object zijn, maar is {item}",
    "dossier_text_expected_2": '{{"type": ..., "datum": "JJJJ-MM-DD"}}',
    "dossier_escalation_object_datum_level": (
        "een escalatie is een object met een datum en een level, een role of beide"
    ),
    "dossier_lies_after_today": "{value} ligt na vandaag, {today_isoformat}",
    "dossier_date_which_happened_expected": "de datum waarop het gebeurde",
    "dossier_check_year_hint": "controleer het jaar",
    "dossier_cannot_read_file": "het bestand is niet te lezen: {error_strerror}",
    "dossier_check_path_permissions_hint": "controleer het pad en de rechten",
    "dossier_date_calendar": "{value} is geen bestaande datum",
    "dossier_date_yyyy_mm_dd_expected_2": "een datum JJJJ-MM-DD",
    "dossier_check_day_month_hint": "controleer dag en maand",
    "dossier_event_field": "een gebeurtenis '{kind}' heeft geen veld '{key}'",
    "dossier_does_take_3": "{value} is geen waarde van '{key}'",
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
    "conditions_use_fact_facts_yaml_hint": "gebruik een feit uit facts.yaml",
    "conditions_takes_whole_number_from": (
        "'{key}' verwacht een heel getal van {low} tot en met {high}"
    ),
    "conditions_use_fact_facts_yaml_hint_2": "gebruik een feit uit facts.yaml of voeg het toe",
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
    "conditions_leave_out_means_true_hint": "laat het weg: {{fact: ID}} betekent waar",
    "conditions_grade_above_lowest": "'{shown}' is geen graad van '{fact_id}' boven de laagste",
    "conditions_use_hint_2": "gebruik {choices}",
    "conditions_list_so_contains_does": "'{fact_id}' is geen lijst, dus contains past er niet bij",
    "conditions_leave_out_means_true_hint_2": (
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
    "definitions_bool_fact_takes_values": "een ja/nee-feit (bool) heeft geen values",
    "definitions_remove_values_use_type_hint": "haal 'values' weg of gebruik type grade",
    "definitions_grade_needs_least_two": (
        "een grade heeft ten minste twee woorden nodig, het laagste eerst"
    ),
    "definitions_e_g_geen_lokaal_hint": "bijvoorbeeld [geen, lokaal, landelijk]",
    "definitions_set_fact_needs_list": (
        "een set-feit heeft zijn lijst met woorden nodig in 'values'"
    ),
    "definitions_e_g_values_bestuurlijk_hint": "bijvoorbeeld values: [bestuurlijk, juridisch]",
    "definitions_weight": "geen gewicht voor {missing}",
    "definitions_give_every_word_above_hint": "geef elk woord boven het laagste een gewicht",
    "definitions_condition_outcome_classification_least": (
        "een voorwaarde op de uitkomst (classification_at_least, escalation_at_least, informs) "
        "gaat niet samen met voorwaarden op feiten of tellingen"
    ),
    "definitions_write_rule_own_hint": "schrijf haar als een eigen regel",
    "definitions_only_headline_rule_strength": "alleen een kopregel heeft een sterkte",
    "definitions_add_headline_h_another_hint": (
        "voeg headline: H1 (of een ander) toe of laat strength en stronger weg"
    ),
    "definitions_setting_below_lowest_allowed": (
        "de instelling '{name}' is {setting_value}, onder haar laagst toegestane waarde {low}"
    ),
    "definitions_setting_above_highest_allowed": (
        "de instelling '{name}' is {setting_value}, boven haar hoogst toegestane waarde {high}"
    ),
    "definitions_unknown_weight_class": "onbekende gewichtsklasse '{shown}'",
    "definitions_use_weight_classes_ruleset_hint": (
        "gebruik {choices} (weight_classes in ruleset.yaml)"
    ),
    "definitions_word": "'{shown}' is geen woord van '{entry_id}'",
    "definitions_bool_fact_s_weight": "het gewicht van een ja/nee-feit is één getal",
    "definitions_e_g_weight_hint": "bijvoorbeeld weight: 2",
    "definitions_word_fact_can_weigh": (
        "'{shown}' is geen woord van dit feit dat gewicht kan hebben"
    ),
    "definitions_stronger_headline_condition_facts": (
        "een sterker kopcriterium is een voorwaarde op feiten"
    ),
    "definitions_name_facts_counts_outcome_hint": "noem feiten, geen tellingen of de uitkomst",
    "definitions_setting_bounded_which_setting": (
        "de instelling '{name}' wordt begrensd door '{other}', dat geen instelling is"
    ),
    "definitions_name_setting_ruleset_yaml_hint": "noem een instelling uit ruleset.yaml",
    "definitions_weight_lower": "het gewicht van '{higher}' is lager dan dat van '{lower}'",
    "definitions_higher_grade_never_weigh_hint": (
        "een hogere graad mag nooit minder wegen (docs/policy.md, regel 9)"
    ),
    "definitions_unknown_setting": "onbekende instelling '{given}'",
    "definitions_name_setting_ruleset_yaml_hint_2": (
        "noem een instelling uit ruleset.yaml of geef een getal"
    ),
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
    "rules_unknown_setting": "onbekende instelling '{within}'",
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
    "rules_unknown_setting_2": "onbekende instelling '{name}'",
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
    "yamlfile_file_limit_bytes": "het bestand is groter dan het maximum van {limit} bytes",
    "yamlfile_rule_file_few_dozen_hint": (
        "een regelbestand is enkele tientallen kilobytes; is dit het goede bestand?"
    ),
    "yamlfile_check_path_hint": "controleer het pad",
    "yamlfile_control_character_column": "een stuurteken ({code}) in kolom {column}",
    "yamlfile_rule_file_plain_text_hint": (
        "een regelbestand is platte tekst: haal het weg (een NUL-byte komt vaak van een "
        "bestand dat als UTF-16 is opgeslagen)"
    ),
    "yamlfile_regular_file_folder_pipe": (
        "geen gewoon bestand (maar een map, een pipe of een apparaat)"
    ),
    "yamlfile_name_yaml_file_hint": "geef een YAML-bestand op",
    "yamlfile_utf_text": "geen UTF-8-tekst",
    # compile
    "compile_rule_set_compiles_engine": (
        "de regelset wordt {count_definition} regels in de regelengine (één per alternatief "
        "van elke regel en elk signaal); de engine neemt er hoogstens {max_engine_rules}"
    ),
    "compile_rule_conditions_once_headline": (
        "regel '{rule_id}' heeft meer dan {max_condition_size} voorwaarden als de verwijzingen "
        "naar kopcriteria zijn uitgeschreven"
    ),
    "compile_name_each_headline_once_hint": (
        "noem elk kopcriterium één keer, of schrijf de feiten uit in één 'any'"
    ),
    "compile_rule_alternatives_all_any": (
        "regel '{rule_id}' heeft meer dan {max_alternatives} alternatieven (een 'all' van "
        "'any's telt elke combinatie: all van tien anys van drie feiten is 59.049)"
    ),
    "compile_split_into_several_rules_hint": (
        "splits haar in meer regels die dezelfde niveaus zetten, elk met minder 'any's binnen "
        "de 'all'"
    ),
    "compile_rule_stands_combinations_headline": (
        "regel '{rule_id}' staat voor meer dan {max_strength_combinations} combinaties van "
        "sterktes van kopcriteria"
    ),
    "compile_give_fewer_headlines_strength_hint": (
        "geef minder kopcriteria een sterkte, of vergelijk met een kleiner getal"
    ),
    # cases
    "cases_such_case_file_folder": "geen bestand of map met cases",
    "cases_give_yaml_file_cases_hint": "geef een YAML-bestand met cases op, of een map daarvan",
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
    "definitions_unknown_key": "onbekende sleutel '{shown}' in {where}",
    "definitions_unknown_key_hint": (
        "{where} kent {allowed}; hoort '{shown}' in een daarvan, spring het dan even ver in "
        "als de sleutels ernaast"
    ),
    "definitions_needs": "{where} mist '{missing}'",
    "definitions_schema": "{where}: {what}",
    "place_top_level": "het bestand zelf (het bovenste niveau)",
    "place_item": "onderdeel",
    "place_number": "{before} nr. {number}",
    "definitions_use_from_to": "gebruik een waarde van {low} tot en met {high}",
    "definitions_use_from": "gebruik een waarde vanaf {low}",
    "definitions_use_at_most": "gebruik hoogstens {high}",
    "definitions_setting_below": (
        "de instelling '{name}' is {value}, onder haar laagst toegestane waarde {low}"
    ),
    "definitions_setting_above": (
        "de instelling '{name}' is {value}, boven haar hoogst toegestane waarde {high}"
    ),
    "definitions_setting_not_above": (
        "de instelling '{name}' is {value}, maar moet boven '{other}' ({limit}) zijn"
    ),
    "definitions_setting_below_other": (
        "de instelling '{name}' is {value}, maar moet minstens '{other}' ({limit}) zijn"
    ),
    "definitions_setting_relation_hint": "verhoog '{name}' of verlaag '{other}'",
    "definitions_too_many_facts": (
        "{count} feiten, meer dan het maximum van {limit} voor een regelset met haar overlays"
    ),
    "definitions_too_many_rules": (
        "{count} regels, meer dan het maximum van {limit} voor een regelset met haar overlays"
    ),
    "definitions_too_many_hint": "een regio verandert een paar regels; is dit het goede bestand?",
    "definitions_use_window_days": "het aantal dagen van het venster dat '{fact}' afleidt",
    "definitions_use_window_events": (
        "het aantal gebeurtenissen van het venster dat '{fact}' afleidt"
    ),
    "definitions_use_days_events": "het aantal dagen met gebeurtenissen dat '{fact}' afleidt",
    "definitions_use_evidence_days": "het aantal dagen van het bewijsvenster van '{fact}'",
    "definitions_use_rule_threshold": "de drempel van regel '{rule_id}'",
    "definitions_use_setting": "een instelling",
    "definitions_setting_outside": (
        "de instelling '{shown}' is {value}, buiten {low} tot en met {high}"
    ),
    "definitions_setting_outside_hint": (
        "het is {use}: geef een heel getal van {low} tot en met {high}"
    ),
    # yamlfile (the reader's refusals)
    "yamlfile_tag_allowed": "de tag {shown} is niet toegestaan",
    "yamlfile_rule_files_plain_data_hint": (
        "regelbestanden zijn gewone gegevens: haal de tag weg, en zet aanhalingstekens om tekst"
    ),
    "yamlfile_anchor": "een anker (&{event_anchor})",
    "yamlfile_rule_files_do_use_hint": (
        "regelbestanden gebruiken geen ankers en aliassen: haal het weg"
    ),
    "yamlfile_values_file": "meer dan {max_nodes} waarden in één bestand",
    "yamlfile_split_rules_over_fewer_hint": "verdeel de regels over kleinere bestanden",
    "yamlfile_key_word": "een sleutel moet een woord zijn, niet {key}",
    "yamlfile_put_quotes_around_key_hint": (
        "zet aanhalingstekens om een sleutel als 'yes', 'on' of 'null'"
    ),
    "yamlfile_duplicate_key": "de sleutel '{key}' staat er twee keer",
    "yamlfile_remove_two_hint": "haal een van de twee weg",
    "yamlfile_value_characters": "een waarde van {count_value} tekens, meer dan {max_scalar_chars}",
    "yamlfile_keep_texts_short_handreiking_hint": (
        "houd teksten kort; de Handreiking zelf hoort in het brontekstbestand"
    ),
    "yamlfile_control_character_value": "een stuurteken ({code}) in een waarde",
    "yamlfile_rule_file_plain_text_hint_2": (
        "een regelbestand is platte tekst: haal de code weg die het maakt"
    ),
    "yamlfile_decimal_number": "een decimaal getal ({value})",
    "yamlfile_rule_files_use_whole_hint": (
        "regelbestanden gebruiken hele getallen; zet aanhalingstekens om tekst zoals een "
        'versie "2026.1"'
    ),
    "yamlfile_number_characters": "een getal van {count_value} tekens",
    "yamlfile_rule_files_use_small_hint": (
        "regelbestanden gebruiken kleine hele getallen, van hoogstens {max_number_chars} tekens"
    ),
    "yamlfile_merge_key": "een samenvoegsleutel ('<<')",
    "yamlfile_rule_files_do_merge_hint": (
        "regelbestanden voegen geen mappings samen: schrijf de sleutels uit"
    ),
    "yamlfile_cannot_read_value": "de waarde '{value}' is niet te lezen",
    "yamlfile_put_quotes_around_if_hint": "zet er aanhalingstekens omheen als het tekst is",
    "yamlfile_second_document": "een tweede document ('---')",
    "yamlfile_rule_file_holds_document_hint": (
        "een regelbestand bevat één document: haal de regel '---' weg of splits het bestand"
    ),
    "yamlfile_yaml_directive_yaml_tag": "een YAML-directief ('%YAML' of '%TAG')",
    "yamlfile_rule_files_do_use_hint_2": (
        "regelbestanden gebruiken geen directieven: haal de regel weg"
    ),
    "yamlfile_alias": "een alias (*{event_anchor})",
    "yamlfile_rule_files_do_use_hint_3": (
        "regelbestanden gebruiken geen ankers en aliassen: schrijf de waarde uit"
    ),
    "yamlfile_list_mapping_key": "een lijst of mapping als sleutel",
    "yamlfile_key_word_hint": "een sleutel is een woord",
    "yamlfile_date": "'{value}' is geen bestaande datum",
    "yamlfile_write_date_exists_yyyy_hint": "schrijf een datum die bestaat, als JJJJ-MM-DD",
    # yamlfile (by hand): the YAML parser's complaints
    "yamlfile_too_deep": "meer dan {limit} niveaus diep genest",
    "yamlfile_too_deep_hint": (
        "een regelbestand heeft een paar niveaus nodig: maak de voorwaarden minder diep"
    ),
    "yamlfile_invalid_yaml_hint": "controleer het inspringen en de aanhalingstekens",
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
    "compile_engine_limit_hint": (
        "voeg regels samen die dezelfde niveaus zetten, of laat alternatieven weg die een "
        "andere regel al dekt"
    ),
    "compile_too_many_engine_rules": (
        "de regelset wordt {count} regels in de regelengine (één per alternatief van elke "
        "regel en elk signaal); de engine neemt er hoogstens {limit}"
    ),
    "engine_cannot_hold": (
        "de regelengine kan deze regelset niet bevatten (foutcode {code} van durable-rules): "
        "te veel regels delen dezelfde feiten"
    ),
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
    "inputs_regular_file_named_pipe": (
        "geen gewoon bestand (maar een named pipe, socket of apparaat), dus niet gelezen"
    ),
    "inputs_cannot_read_entry": "het item is niet te lezen: {error_strerror}",
    "inputs_link_file_does_exist": "een koppeling naar een bestand dat niet bestaat",
    "inputs_loop_links_dossier_file": "een kring van koppelingen, geen dossierbestand",
    "inputs_cannot_read_folder_dossiers": (
        "de map is niet te lezen: {error_strerror}; de dossiers erin zijn niet beoordeeld"
    ),
    # inputs_hint
    "inputs_hint_dossier_json_file_move": "een dossier is een JSON-bestand; haal dit uit de map",
    "inputs_hint_check_permissions": "controleer de rechten",
    "inputs_hint_remove_link_point_dossier": (
        "verwijder de koppeling of laat haar naar het dossier wijzen"
    ),
    # inputs (by hand)
    "inputs_check_path_hint": "controleer het pad",
    "inputs_check_permissions_hint": "controleer de rechten",
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
    "service_admin_call_takes_body": "Deze aanroep neemt geen inhoud.",
    "service_admin_rules_use_stay": "De regels in gebruik blijven: {shown}",
    "service_app_unknown_engine_use": "Onbekende engine '{engine}'; kies uit {join_engines}.",
    "service_app_whole_number_from": (
        "?{name}= moet een geheel getal van {low} tot en met {high} zijn."
    ),
    "service_app_there_nothing_see_v": "Er is niets op {request_url_path}; zie /v1/openapi.json.",
    "service_app_request_valid": "Het verzoek klopt niet.",
    "service_app_there_version_rule_set": (
        "Er is geen versie '{version}' van de regelset; /v1/rulesets noemt ze."
    ),
    "service_app_give_dossierid_dossier_s": "Geef ?dossierId=<id van het dossier>.",
    "service_app_there_decision_log": "Er is geen beslissing '{decision_id}' in het logboek.",
    "service_app_allowed_allowed": (
        "{request_method} kan niet op {request_url_path}; wel: {allowed}."
    ),
    "service_app_feedback_json": "De terugmelding is geen JSON.",
    "service_batches_batch_json_array_dossiers": (
        "Een batch is een JSON-array van dossiers; stuur één dossier naar /v1/evaluate."
    ),
    "service_batches_batch_holds_limit_dossiers": (
        "De batch heeft meer dan het maximum van {max_items} dossiers; gebruik /v1/batch/stream."
    ),
    "service_core_decision_could_recorded_log": (
        "De beslissing kon niet in het logboek worden vastgelegd; er is geen uitkomst gegeven. "
        "Probeer het opnieuw."
    ),
    "service_core_send_api_key_authorization": (
        "Stuur een API-sleutel als 'Authorization: Bearer <sleutel>'."
    ),
    "service_core_api_key_known": "Deze API-sleutel is onbekend.",
    "service_core_key_does_right": "De sleutel '{key_name}' heeft het recht '{right}' niet.",
    "service_core_content_type_accepted_send": (
        "Content-Type {media} wordt niet aangenomen; stuur Content-Type: {example}."
    ),
    "service_core_service_runs_without_decision": "Deze dienst draait zonder beslissingslogboek.",
    "service_core_decision_history_needs_api": (
        "De beslissingsgeschiedenis vraagt een API-sleutel met het recht 'history'; start de "
        "dienst met --keys."
    ),
    "service_core_rules_engine_failed_report": (
        "De regelengine faalde; meld dit met het dossier aan de beheerder."
    ),
    "service_core_nothing_body_arrived_s": "Er kwam {seconds:g} s lang niets van de body binnen.",
    "service_guard_too_many_requests_waiting": (
        "Er wachten al te veel verzoeken; probeer het zo opnieuw."
    ),
    "service_guard_key_already_requests_progress": (
        "Deze sleutel heeft al {limit} verzoeken tegelijk lopen; wacht op antwoord voor u er "
        "meer stuurt."
    ),
    "service_guard_internal_error_report_incident": (
        "Interne fout; meld kenmerk {incident} aan de beheerder."
    ),
    "service_guard_request_took_longer_s": "Het verzoek duurde langer dan {seconds} s.",
    "service_page_page_only_there_when": (
        "De pagina is er alleen als de dienst zonder API-sleutels draait (gevoelig serve --open)."
    ),
    "service_page_there_file": "Er is geen bestand '{name_80}'.",
    "service_page_form_cannot_read": "Het formulier is niet te lezen.",
    "service_page_there_example": "Er is geen voorbeeld '{name_80}'.",
    "service_params_text": "{{{name}}} moet {form} zijn.",
    "service_params_give_deprecated_both_different": (
        "Geef ?{key}= of het verouderde ?{deprecated}=, niet allebei met een andere waarde."
    ),
    # service (by hand)
    "service_request_too_large": "Het verzoek is groter dan het maximum van {limit} bytes.",
    "service_line_too_large": (
        "Deze regel is groter dan het maximum van {limit} bytes voor één dossier."
    ),
    # service (by hand)
    "service_not_ready": "De dienst is niet gereed: {checks}",
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
