"""The command line in Dutch and English: the --lang option, the help of every command and option,
and click's own texts (usage, headings, errors); Dutch by default, English with --lang en."""

from __future__ import annotations

import contextlib
import contextvars
import gettext
import importlib
import re
import types
from collections.abc import Iterator, Sequence

import click

from ._messages import catalogue
from ._model import LANGUAGES

#: The Dutch help of each command (by its path after `gevoelig`) and of each option (by that path
#: and the parameter's name, or by the name alone for an option that several commands share). The
#: English texts are the docstrings and `help=` of _cli.py.
COMMANDS_NL = {
    "": """Bestuurlijke gevoeligheid van omgevingsdienst-dossiers: classificatie, escalatie, wie te
informeren en wat nu te doen, met elke reden herleidbaar tot de Handreiking (2026).

\b
Voorbeeld:
  gevoelig check examples/03-seveso-plant-fire-smoke-plume.json""",
    "check": """Beoordeel dossiers: bestanden, mappen (elk *.json eronder), JSON Lines-bestanden (*.jsonl)
of - voor standaardinvoer.

\b
Voorbeelden:
  gevoelig check dossier.json
  gevoelig check --explain --lang en dossier.json
  gevoelig check -f jsonl --jobs 0 --fail-on director batch.jsonl > results.jsonl
  cat dossier.json | gevoelig check -
  gevoelig check --overlay regio-noord.yaml --peildatum 2026-07-01 dossier.json""",  # noqa: E501
    "schema": """Toon het JSON-schema van een dossier (of van een uitkomst, met --result, of van een regelbestand).

\b
Voorbeelden:
  gevoelig schema > dossier.schema.json
  gevoelig schema --result > uitkomst.schema.json
  gevoelig schema --file overlay > overlay.schema.json""",  # noqa: E501
    "template": """Een leeg dossier om in te vullen (elk feit null), of de checklist als Markdown.

\b
Voorbeelden:
  gevoelig template > nieuw-dossier.json
  gevoelig template -f markdown > checklist.md""",
    "rules": """De regels van een regelset als tabel (id, categorie, gewicht, wat ze zetten, bron), de
acties en de instellingen.

\b
Voorbeelden:
  gevoelig rules
  gevoelig rules --overlay regio-noord.yaml
  gevoelig rules show kop_media_bestuur
  gevoelig rules validate rules/ examples/overlays/regio-noord.yaml""",  # noqa: E501
    "rules show": """Eén regel, feit, actie of instelling volledig, met de tekst van de Handreiking die ze
aanhaalt. De opties van de regelset mogen voor of na `show` staan.

\b
Voorbeelden:
  gevoelig rules show buiten_mandaat
  gevoelig rules show klachtengolf_aantal --overlay examples/overlays/regio-noord.yaml""",  # noqa: E501
    "rules validate": """Controleer mappen met regelsets en overlaybestanden: het schema, feit-id's, dubbele namen,
bronnen, regels die nooit afgaan of overschaduwd worden, de grenzen van de instellingen en de
dekking van de vragen en criteria van de Handreiking. Een overlay wordt gecontroleerd bovenop
--ruleset (standaard: de standaardregelset). In een map met versies wordt elke versie
gecontroleerd, elk op de eigen geldig-vanafdatum, tenzij --peildatum er één kiest.
Uitgangsstatus 3 bij fouten; waarschuwingen worden getoond maar laten niet falen, behalve met
--strict.

\b
Voorbeelden:
  gevoelig rules validate
  gevoelig rules validate rules/ examples/overlays/regio-noord.yaml""",  # noqa: E501
    "serve": """Bied de regels aan over HTTP voor zaaksystemen: beoordeel één dossier, een reeks of een
NDJSON-stroom; lees de regelsets, de schema's en de beslisgeschiedenis van een dossier; /healthz,
/readyz en /metrics. Elke beslissing wordt vastgelegd voordat ze beantwoord wordt. Het
OpenAPI-contract staat op /v1/openapi.json, de bewerkingen op /v1/docs; zonder API-sleutels staat de pagina voor mensen op /.

\b
Voorbeelden:
  gevoelig serve
  gevoelig serve --overlay examples/overlays/regio-noord.yaml --port 8080
  gevoelig serve --new-key zaaksysteem --rights evaluate >> keys.txt
  gevoelig serve --host 0.0.0.0 --keys keys.txt --workers 2 --log postgresql://gevoelig@db/gevoelig
  gevoelig serve --openapi --peildatum 2026-12-01 > docs/openapi.json
  gevoelig serve --open""",  # noqa: E501
    "log": """Het beslissingslogboek van `gevoelig serve` en `gevoelig check --log`: beslissingen opnieuw
beoordelen, exporteren (altijd geschoond) en opschonen wat over de bewaartermijn is. Het logboek
wordt alleen aangevuld: niets hier verandert een beslissing.

\b
Voorbeelden:
  gevoelig log replay --all --log decisions.sqlite3
  gevoelig log export --dossier OD-2026-0142 > od-2026-0142.jsonl
  gevoelig log purge --retention-days 2557""",  # noqa: E501
    "log replay": """Beoordeel vastgelegde beslissingen opnieuw met deze bibliotheek en controleer dat elke
hetzelfde resultaat geeft, byte voor byte. Eén regel per beslissing: haar id, same / different /
ruleset_changed / cannot_replay, en waarom. Uitgangsstatus 0 als elke beslissing gelijk is,
anders 1; 5 als het logboek niet te lezen is.

\b
Voorbeelden:
  gevoelig log replay 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11
  gevoelig log replay --dossier OD-2026-0142
  gevoelig log replay --all --log postgresql://gevoelig@db/gevoelig""",  # noqa: E501
    "log export": """Schrijf beslissingen als JSON Lines, één per regel, voor een verzoek om openbaarmaking
of een archief. Een export verlaat de dienst, dus is altijd geschoond: zonder de titel van het
dossier, zijn x-sleutels en de feiten van strafrechtelijke aard (strafrechtelijk_verleden,
repressieve_handhaving) en alles wat ze noemt; van de beslissing alleen wat elke waarde van die
feiten zou geven (de score dus nooit); de hashes van de ongeschoonde invoer en uitkomst blijven
weg.

\b
Voorbeelden:
  gevoelig log export --dossier OD-2026-0142 -o od-2026-0142.jsonl
  gevoelig log export --since 2026-01-01 --until 2027-01-01 > 2026.jsonl""",  # noqa: E501
    "log purge": """Verwijder de beslissingen die over de bewaartermijn zijn, en leg het opschonen vast in het
logboek (wanneer, de grens, hoeveel, welke volgnummers, door wie). Die vastleggingen blijven
bewaard. Zonder bewaartermijn wordt niets verwijderd.

\b
Voorbeelden:
  gevoelig log purge --retention-days 2557 --dry-run
  GEVOELIG_LOG_RETENTION_DAYS=2557 gevoelig log purge""",  # noqa: E501
    "log verify": """Lees het hele logboek en controleer de hashketen: elk item hoort de hash van zijn inhoud en
het item ervoor te hebben, kolommen die bij zijn eigen uitkomst passen, niet teruggedateerd te
zijn, en de laatste hoort de kop van de keten te zijn; verwijderde items horen door een
opschoonverslag verklaard te worden. Noemt het eerste item dat niet past. Uitgangsstatus 0 als
alles past, 1 als het logboek gewijzigd is, 7 als het niet te lezen is.

\b
Voorbeelden:
  gevoelig log verify --log decisions.sqlite3
  gevoelig log verify --expect-head 1042:9f2c... --log postgresql://gevoelig_app@db/gevoelig""",  # noqa: E501
    "log purges": """Elke keer dat het logboek is opgeschoond, als JSON Lines.""",
    "log feedback": """Leg vast wat de mensen met het advies van een beslissing deden: overgenomen, of afgeweken naar
een ander niveau, door wie, waarom, en wanneer elke rol is geïnformeerd. Een terugmelding wordt
toegevoegd, nooit veranderd: meld opnieuw om te corrigeren. Zonder --verdict: toon de
terugmeldingen op de beslissing als JSON Lines.

\b
Voorbeelden:
  gevoelig log feedback 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11 --verdict accepted --role manager --informed portefeuillehouder=2026-12-03
  gevoelig log feedback 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11 --verdict overridden --escalation director --role manager --reason "raadsvragen verwacht"
  gevoelig log feedback 3f2c0f0e-8d0b-4b51-9d43-1f6f3f0c2a11""",  # noqa: E501
    "diff": """Beoordeel dossiers onder twee regelsets en noem elk dossier waarvan de classificatie, de
escalatie, wie te informeren of de acties veranderen, met de regels die het verschil maken en
de aantallen per verandering. Status 0 als niets verandert, 1 als er iets verandert.

\b
Voorbeelden:
  gevoelig diff --base rules/2026.1 --new rules/2026.2 examples/
  gevoelig diff --new examples/overlays/regio-noord.yaml examples/
  gevoelig diff --base rules/2026.1 --new rules/2026.2 -f html examples/ > wijzigingen.html""",  # noqa: E501
    "log impact": """Beoordeel de laatste vastgelegde beslissing van elk dossier opnieuw onder de regels waarmee ze
genomen is (de kopie in het logboek) en onder de nieuwe regels, beide op --peildatum, en noem elk
dossier waarvan de uitkomst verandert, met de regels die het verschil maken. Beslissingen met
geschoonde invoer, of waarvan het logboek de regels niet bewaart, worden genoemd als niet
opnieuw beoordeeld. Status 0 als niets verandert, 1 als er iets verandert, 7 als het logboek
niet te lezen is.

\b
Voorbeelden:
  gevoelig log impact --peildatum 2027-01-01
  gevoelig log impact --peildatum 2026-12-15 --overlay regio-noord.yaml -f html > impact.html""",  # noqa: E501
    "report": """Het overzicht voor het periodiek overleg met de opdrachtgever: aantallen per classificatie en
escalatie met grafieken, de gevoelige dossiers (hoogste eerst) met wie te informeren en wat te
doen, dossiers waarvan open vragen het niveau kunnen verhogen, wat sinds het vorige overleg
veranderde en waar van het advies is afgeweken (uit het logboek), per bevoegd gezag.

\b
Voorbeelden:
  gevoelig report examples/ > overleg.html
  gevoelig report --log decisions.sqlite3 --since 2026-11-01 > overleg.html
  gevoelig report -f markdown --lang en examples/ > meeting.md""",  # noqa: E501
    "timeline": """De uitkomst van een dossier op elke dag van een gebeurtenis en op de peildatum (anders
vandaag), de dag waarop elk niveau voor het eerst bereikt werd, en voor elke escalatie die het
dossier vastlegt (de `escalaties`) of die op tijd was.

\b
Voorbeelden:
  gevoelig timeline examples/05-pig-farm-odour-complaint-wave.json
  gevoelig timeline -f html examples/05-pig-farm-odour-complaint-wave.json > tijdlijn.html""",  # noqa: E501
    "log migrate": """Maak de tabellen van het logboek, of breng ze naar het schema van deze versie (de dienst en
`check --log` doen dat ook; doe het zelf waar hun databaserol geen tabellen mag maken).""",  # noqa: E501
    "test": """Draai regeltests: YAML-gevallen met feiten of gebeurtenissen en de verwachte uitkomst.
Zonder PADEN de gevallen van de regelset (de map cases/ van de versie). Toont een tabel, elke
mislukking met wat verwacht werd, wat eruit kwam en de redenen die beslisten, en de regels,
signalen, acties en niveaus die geen geval bereikt.

\b
Voorbeelden:
  gevoelig test
  gevoelig test --overlay examples/overlays/regio-noord.yaml examples/overlays/regio-noord.cases.yaml
  gevoelig test --min-coverage 100""",  # noqa: E501
    "interview": """Vul een dossier vraag voor vraag in, de vraag waarvan het antwoord de uitkomst het meest
kan veranderen eerst: ja / nee / weet niet, een gradatie bij naam. Toont na elk antwoord de uitkomst
en stopt zodra geen antwoord classificatie of escalatie nog kan veranderen, of bij `stop`. Het
dossier wordt na elk antwoord bewaard (een nieuw bestand als er geen is opgegeven); aan het eind
volgen de uitkomst en wat te doen. Is standaardinvoer geen terminal, dan leest het één antwoord per regel.

\b
Voorbeelden:
  gevoelig interview
  gevoelig interview dossier.json
  gevoelig interview --lang en --peildatum 2026-12-01 nieuw-dossier.json
  printf 'ja\\nnee\\nstop\\n' | gevoelig interview nieuw.json""",  # noqa: E501
}

OPTIONS_NL = {
    "debug": "Toon de volledige traceback van een fout.",
    "version": "Toon de versie en stop.",
    "lang": "Taal van labels, vragen, redenen en meldingen.",
    "peildatum": (
        "De datum waarop beoordeeld wordt (JJJJ-MM-DD): die kiest de versie van de regels en "
        "de leeftijd van de gebeurtenissen; standaard: de peildatum van het dossier, anders "
        "vandaag."
    ),
    "overlays": (
        "Het overlaybestand van een regio bovenop de regelset (herhaalbaar, toegepast in volgorde)."
    ),
    "ruleset_path": "Een map met een regelset in plaats van de standaardregelset.",
    "engine": "durable-rules, of de referentie-evaluator in gewoon Python.",
    "explain": "Voeg de redenen, de open vragen en het slechtste geval toe aan een tabel.",
    "fail_on": "Stop met status 1 als een dossier tot dit niveau of hoger escaleert.",
    "progress": (
        "Voortgangsbalk op standaardfout; standaard: als dat een terminal is en de uitvoer niet."
    ),
    "jobs": (
        "Werkprocessen voor een reeks dossiers; 0: één per kern. De uitvoer houdt de volgorde "
        "van de invoer."
    ),
    "strict": "Stop ook bij waarschuwingen met status 3.",
    "min_coverage": (
        "Stop met status 1 als minder dan dit percentage van de regels, signalen, acties en "
        "niveaus bereikt wordt."
    ),
    ("check", "fmt"): "Uitvoervorm; standaard: een tabel op een terminal, anders json.",
    (
        "check",
        "log_url",
    ): (
        "Leg elke beslissing vast in dit beslissingslogboek (een SQLite-bestand of "
        "postgresql://...) voordat ze getoond wordt; één proces."
    ),
    ("template", "fmt"): "Een leeg dossier (json) of de checklist als handout (markdown).",
    ("schema", "of_result"): "Het JSON-schema van een uitkomst in plaats van een dossier.",
    (
        "schema",
        "file_kind",
    ): "Het JSON-schema van een regelbestand van deze soort, voor een editor.",
    # gevoelig serve
    "host": "Het adres om op te luisteren; alles behalve loopback vraagt API-sleutels.",
    (
        "serve",
        "workers",
    ): "Werkprocessen (van uvicorn); elk houdt de regels en schrijft in hetzelfde logboek.",
    (
        "serve",
        "overlays",
    ): (
        "Het overlaybestand van een regio (herhaalbaar, toegepast in volgorde); vast zolang de "
        "dienst draait."
    ),
    (
        "serve",
        "peildatum",
    ): (
        "Beoordeel elk dossier op deze datum (JJJJ-MM-DD), met de versie die dan geldt; "
        "?peildatum= gaat voor. Met --openapi: de dag waarvoor het contract wordt gemaakt. "
        "Standaard: de peildatum van het dossier, anders vandaag."
    ),
    (
        "serve",
        "log_url",
    ): (
        "Het beslissingslogboek: een SQLite-bestand of postgresql://gebruiker@host/db. "
        "Omgeving: GEVOELIG_LOG."
    ),
    "no_log": "Draai zonder beslissingslogboek (voor metingen; niets wordt vastgelegd).",
    "log_redact": (
        "Bewaar alleen geschoonde kopieën van invoer en uitkomst in het logboek (zonder titel, "
        "x-sleutels en strafrechtelijke feiten)."
    ),
    "keys_file": (
        "Bestand met API-sleutels (NAAM RECHTEN sha256:HEX per regel). Omgeving: "
        "GEVOELIG_API_KEYS_FILE; sleutelregels ook in GEVOELIG_API_KEYS."
    ),
    "new_key": "Toon een nieuwe API-sleutel en de regel voor het sleutelbestand, en stop.",
    "rights": (
        "Met --new-key: evaluate, history, feedback, of meerdere met komma's ertussen "
        "(evaluate,history)."
    ),
    "print_openapi": "Toon het OpenAPI-document (zoals op /v1/openapi.json), en stop.",
    "open_browser": (
        "Open de pagina op / in de browser zodra de dienst antwoordt (loopback, zonder "
        "API-sleutels): voor de laptop van een trainer."
    ),
    "course_file": (
        "Een cursusbestand (YAML: voorbeelddossiers met notities) voor de trainingsmodus van "
        "de pagina; standaard: de meegeleverde cursus."
    ),
    "concurrency": "Verzoeken die een werkproces tegelijk behandelt.",
    "backlog": "Verzoeken die op een plaats mogen wachten; meer krijgen 503.",
    "client_concurrency": (
        "Verzoeken van één API-sleutel (zonder sleutels: adres) tegelijk; meer krijgen 429. 0: "
        "geen grens. Standaard: een kwart van --concurrency met sleutels, geen grens zonder."
    ),
    "request_timeout": "Seconden voor een heel verzoek (geen stroom); daarna 503.",
    "body_timeout": (
        "Seconden dat de inhoud van een verzoek mag stilstaan (daarna 408), of een antwoord "
        "mag wachten op een aanroeper die het niet leest (daarna gaat de verbinding dicht)."
    ),
    "stream_concurrency": (
        "NDJSON-stromen die een werkproces tegelijk behandelt, op eigen plaatsen; meer "
        "wachten, zoals andere verzoeken. Standaard: de helft van --concurrency."
    ),
    "stream_timeout": (
        "Seconden die een NDJSON-stroom in totaal mag lopen; daarna eindigt hij met een "
        "slotregel die zegt dat hij niet af is."
    ),
    "header_timeout": (
        "Seconden voor de verzoekregel en headers, vanaf de verbinding (of het laatste "
        "antwoord); daarna gaat de verbinding dicht."
    ),
    "max_connections": (
        "Open verbindingen van een werkproces; daarboven gaat de langst ongebruikte dicht."
    ),
    "memory_budget": (
        "MiB aan verzoekgegevens die een werkproces tegelijk vasthoudt (bodies, dossiers die "
        "gelezen worden); daarboven wachten verzoeken, dan 503."
    ),
    "ssl_certfile": "Bied HTTPS met dit certificaat (anders TLS ervoor zetten).",
    "cors_origins": (
        "Een browser-origin (https://host[:poort]) die de dienst mag aanroepen, herhaalbaar; "
        "standaard: geen (CORS uit)."
    ),
    "contact_name": (
        "Wie voor deze installatie aanspreekbaar is, in info.contact van het contract. "
        "Omgeving: GEVOELIG_CONTACT_NAME."
    ),
    "contact_email": "Hun e-mailadres. Omgeving: GEVOELIG_CONTACT_EMAIL.",
    "contact_url": "Hun webpagina. Omgeving: GEVOELIG_CONTACT_URL.",
    "tenants_file": (
        "Een YAML-bestand met tenants en hun overlays; tenant=NAAM in een sleutelregel kiest "
        "er een. Omgeving: GEVOELIG_TENANTS."
    ),
    "otel": (
        "Stuur spans van elk verzoek, elke beoordeling en elke logboekschrijfactie naar "
        "OpenTelemetry (de extra otel; OTEL_*-variabelen stellen het in)."
    ),
    # gevoelig log
    "log_url": (
        "Het beslissingslogboek: een SQLite-bestand (pad of sqlite:///pad) of "
        "postgresql://gebruiker@host/db. Omgeving: GEVOELIG_LOG."
    ),
    ("log replay", "dossier_id"): "Beoordeel elke beslissing over dit dossier-id opnieuw.",
    "everything": "Beoordeel elke beslissing in het logboek opnieuw.",
    "input_file": (
        "Het oorspronkelijke dossier, voor één beslissing waarvan de vastgelegde invoer "
        "geschoond is."
    ),
    ("log replay", "ruleset_path"): "Laad de regels uit deze map in plaats van de vastgelegde.",
    ("log replay", "overlays"): "Overlaybestanden in plaats van de vastgelegde (herhaalbaar).",
    ("log export", "dossier_id"): "Alleen de beslissingen over dit dossier-id.",
    "since": "Alleen beslissingen die op of na deze dag zijn vastgelegd (UTC).",
    "until": "Alleen beslissingen die voor deze dag zijn vastgelegd (UTC).",
    "output": "Schrijf naar dit bestand in plaats van naar standaarduitvoer.",
    "retention_days": (
        "Verwijder beslissingen die langer dan zoveel dagen geleden zijn vastgelegd. Omgeving: "
        "GEVOELIG_LOG_RETENTION_DAYS."
    ),
    "dry_run": "Zeg alleen hoeveel beslissingen verwijderd zouden worden.",
    (
        "diff",
        "base",
    ): (
        "De regels nu: een map met een regelset en/of overlaybestanden (herhaalbaar); "
        "standaard: de standaardregelset."
    ),
    (
        "diff",
        "new",
    ): (
        "De regels om mee te vergelijken: een map met een regelset en/of overlaybestanden "
        "(herhaalbaar); standaard: de standaardregelset."
    ),
    (
        "diff",
        "peildatum",
    ): (
        "Beoordeel elk dossier op deze dag (JJJJ-MM-DD), met de versies van beide regelsets "
        "die dan gelden; standaard: de peildatum van het dossier, anders vandaag, met de "
        "versies die vandaag gelden."
    ),
    (
        "diff",
        "fmt",
    ): "table voor mensen, json of jsonl voor programma's, html of markdown voor het overleg.",
    ("diff", "jobs"): "Werkprocessen; 0: één per kern.",
    (
        "log impact",
        "fmt",
    ): "table voor mensen, json of jsonl voor programma's, html of markdown voor het overleg.",
    ("log impact", "jobs"): "Werkprocessen; 0: één per kern.",
    (
        "log impact",
        "peildatum",
    ): (
        "De dag om op te vergelijken (JJJJ-MM-DD): de regels die dan gelden, en de leeftijd "
        "van de gebeurtenissen."
    ),
    (
        "log impact",
        "ruleset_path",
    ): "De nieuwe regels uit deze map; standaard: de standaardregelset.",
    (
        "log impact",
        "overlays",
    ): "Overlaybestanden van de nieuwe regels (herhaalbaar); standaard: geen.",
    (
        "report",
        "log_url",
    ): (
        "Geef de laatste beslissing van elk dossier in dit beslissingslogboek weer in plaats "
        "van dossierbestanden."
    ),
    (
        "report",
        "since",
    ): "Met --log: wat veranderde, en de terugmeldingen, sinds deze dag (het vorige overleg).",
    ("report", "fmt"): "Een afdrukbare HTML-pagina, of Markdown.",
    (
        "report",
        "peildatum",
    ): (
        "Beoordeel dossierbestanden op deze dag (JJJJ-MM-DD); standaard: de peildatum van elk "
        "dossier, anders vandaag."
    ),
    (
        "timeline",
        "fmt",
    ): "Een tabel voor de terminal, een HTML-pagina met een trapgrafiek, Markdown of JSON.",
    (
        "timeline",
        "grace_days",
    ): "Een escalatie die zoveel dagen na het advies is vastgelegd, telt nog als op tijd.",
    (
        "timeline",
        "log_url",
    ): "Voeg de terugmeldingen op de beslissingen over dit dossier uit dit beslissingslogboek toe.",
    (
        "log feedback",
        "verdict",
    ): (
        "accepted: het advies is gevolgd; overridden: een ander niveau is gekozen (geef "
        "--classification en/of --escalation, en --reason)."
    ),
    ("log feedback", "classification"): "De classificatie die in plaats daarvan gekozen is.",
    ("log feedback", "escalation"): "De escalatie die in plaats daarvan gekozen is.",
    (
        "log feedback",
        "role",
    ): (
        "Wie over het advies besliste: medewerker, coordinator, manager, directie, bestuur, "
        "accountmanager, ambtelijk_opdrachtgever of portefeuillehouder."
    ),
    (
        "log feedback",
        "reason",
    ): "Waarom van het advies is afgeweken (of een notitie bij het overnemen).",
    ("log feedback", "informed"): "Een rol en de dag waarop die geïnformeerd is (herhaalbaar).",
    "clock_skew": (
        "Zoveel seconden mag een beslissing vóór de vorige zijn vastgelegd (klokken van "
        "instanties verschillen); meer is teruggedateerd."
    ),
    "expect_head": (
        "De kop die een eerdere controle afdrukte (SEQ:SHA256): faal tenzij dat item die hash "
        "nog heeft."
    ),
}


#: The language of the command line that runs, as read from it before click parses it.
_LANGUAGE: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "gevoelig_lang", default=None
)


def lang_of(ctx: click.Context) -> str:
    """The language of a command: the command line's (its last --lang, as the commands get it too),
    also while click is still parsing it; else, called outside `main`, its --lang or its group's."""
    return _LANGUAGE.get() or ctx.meta.get("gevoelig.lang", "nl")


def language_in(args: Sequence[str]) -> str:
    """The language a command line asks for: its last valid `--lang` value, else Dutch.

    It is read before click parses the command line, because click makes an error's text when it
    meets the error, before any option's callback has run: `gevoelig check --lang en --bogus`
    must say what is wrong in English.
    """
    lang = "nl"
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        else:
            continue
        if value in LANGUAGES:
            lang = value
    return lang


def _remember_lang(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """Keep a --lang that was given where the error handler and the help find it (`meta` is shared
    by a command and its groups), and give the command the language in force: its own --lang if
    given, else its group's (`gevoelig --lang en check`, `rules --lang en show X`), else Dutch."""
    if ctx.get_parameter_source(param.name or "") is not click.core.ParameterSource.DEFAULT:
        ctx.meta["gevoelig.lang"] = value
    lang: str = ctx.meta.get("gevoelig.lang", value)
    return lang


#: --lang of every command that writes text for people. Eager, so that `--lang en --help` shows
#: the help in English.
LANG = click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default="nl",
    show_default=True,
    is_eager=True,
    callback=_remember_lang,
    help="Language of labels, questions, reasons and messages.",
)


class _ClickDutch(gettext.NullTranslations):
    """click's texts in Dutch: click's English as the message id, the Dutch catalogue's CLICK. A
    text not in it is left to gettext as it stands."""

    def gettext(self, message: str) -> str:
        found = catalogue("nl").click.get(message)
        return found if found is not None else gettext.gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        found = catalogue("nl").click.get(
            msgid1 if n == 1 else msgid2
        )  # Dutch counts as English does: one, or not
        return found if found is not None else gettext.ngettext(msgid1, msgid2, n)


def click_text(message: str, lang: str) -> str:
    """One of click's texts (its English) in `lang`."""
    return catalogue(lang).click.get(message, message)


#: The modules of click that write texts for a program's user through gettext.
_CLICK_MODULES = (
    "core",
    "decorators",
    "exceptions",
    "formatting",
    "parser",
    "shell_completion",
    "termui",
    "types",
)
#: A metavar's words: INTEGER RANGE, FILE, OPTIONS; not a choice ([json|markdown]) or a format.
_METAVAR_WORDS = re.compile(r"[A-Z][A-Z_]*(?: [A-Z][A-Z_]*)*")


@contextlib.contextmanager
def click_in(lang: str, command: click.Command) -> Iterator[None]:
    """click's own texts in `lang` while `command` runs, and as they were afterwards.

    click passes each text for people through the gettext functions it imported (`_` and
    `ngettext` in each module), when the text is needed: an error's while the command line is
    parsed, a heading's while the help is written. So in Dutch those names point to a translation
    for as long as the command runs. The metavars (FILE, [OPTIONS], COMMAND [ARGS]...) are no
    gettext texts: they are set in Dutch on the command's parameters for as long.
    """
    token = _LANGUAGE.set(lang)
    swapped: list[tuple[object, str, object]] = []
    swaps = _SWAPPED.set(swapped if lang == "nl" else None)
    try:
        if lang == "nl":
            dutch = _ClickDutch()
            for name in _CLICK_MODULES:
                module = importlib.import_module(f"click.{name}")
                for attribute, original, translated in (
                    ("_", gettext.gettext, dutch.gettext),
                    ("ngettext", gettext.ngettext, dutch.ngettext),
                ):
                    if (
                        getattr(module, attribute, None) is original
                    ):  # else click changed: its English stays
                        swapped.append((module, attribute, original))
                        setattr(module, attribute, translated)
            _dutch_metavars(command, None, swapped)
        yield
    finally:
        for item, attribute, value in reversed(swapped):
            setattr(item, attribute, value)
        _SWAPPED.reset(swaps)
        _LANGUAGE.reset(token)


#: What `click_in` set in Dutch, while it runs in Dutch: a command loaded later joins it.
_SWAPPED: contextvars.ContextVar[list[tuple[object, str, object]] | None] = contextvars.ContextVar(
    "gevoelig_swapped", default=None
)


@contextlib.contextmanager
def click_in_english() -> Iterator[None]:
    """click's own texts in English for a while, also inside a Dutch `click_in`: while a module
    that makes click objects is imported, since click translates some texts when an object is
    made (a Path type's name, "file") and keeps them."""
    swapped = _SWAPPED.get() or []
    modules = [
        (item, attribute, original)
        for item, attribute, original in swapped
        if isinstance(item, types.ModuleType)
    ]
    translated = [getattr(item, attribute) for item, attribute, _ in modules]
    for item, attribute, original in modules:
        setattr(item, attribute, original)
    try:
        yield
    finally:
        for (item, attribute, _), value in zip(modules, translated, strict=True):
            setattr(item, attribute, value)


def joined(command: click.Command, parent: click.Context | None) -> None:
    """A command added while a command line runs (a subcommand imported when it is asked for)
    gets the metavars of the language in force, as the commands there from the start did."""
    swapped = _SWAPPED.get()
    if swapped is not None:
        _dutch_metavars(command, parent, swapped)


def _dutch_metavars(
    command: click.Command, parent: click.Context | None, swapped: list[tuple[object, str, object]]
) -> None:
    """Set the Dutch metavars on `command`, its parameters and its subcommands; what was there
    is added to `swapped`."""

    def swap(item: object, attribute: str, english: str | None) -> None:
        dutch = _METAVAR_WORDS.sub(
            lambda match: catalogue("nl").metavars.get(match.group(), match.group()), english or ""
        )
        if english and dutch != english:
            swapped.append((item, attribute, getattr(item, attribute)))
            setattr(item, attribute, dutch)

    ctx = click.Context(command, info_name=command.name, parent=parent)
    swap(command, "options_metavar", command.options_metavar)
    if isinstance(command, click.Group):
        swap(command, "subcommand_metavar", command.subcommand_metavar)
    for param in command.params:
        if not (isinstance(param, click.Option) and param.is_flag):
            try:
                english = param.make_metavar(ctx)
            except TypeError:  # click before 8.2 makes it without the context
                english = param.make_metavar()  # type: ignore[call-arg]
            swap(param, "metavar", english)
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _dutch_metavars(sub, ctx, swapped)


@contextlib.contextmanager
def _in_language(command: click.Command, ctx: click.Context, lang: str) -> Iterator[None]:
    """The command's, its options' and its subcommands' help in `lang` while the help is written,
    as they were afterwards (a CliRunner keeps the same command objects for the next call)."""
    saved: list[tuple[object, str | None]] = []

    def swap(item: object, text: str | None) -> None:
        if lang == "nl" and text is not None:
            saved.append((item, item.help))  # type: ignore[attr-defined]
            item.help = text  # type: ignore[attr-defined]

    path = " ".join(
        ctx.command_path.split()[1:]
    )  # without the program's name, however it is called
    swap(command, COMMANDS_NL.get(path))
    for param in command.get_params(ctx):
        swap(param, OPTIONS_NL.get((path, param.name), OPTIONS_NL.get(param.name)))
    if isinstance(command, click.Group):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None:
                swap(sub, COMMANDS_NL.get(f"{path} {name}".strip()))
    try:
        yield
    finally:
        for item, text in reversed(saved):
            item.help = text  # type: ignore[attr-defined]


class HelpMixin:
    """Help in the language of --lang (Dutch by default), with click's headings in it too."""

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _in_language(self, ctx, lang_of(ctx)):  # type: ignore[arg-type]
            super().format_help(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(
            ctx.command_path, " ".join(pieces), prefix=click_text("Usage:", lang_of(ctx)) + " "
        )

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option: click.Option | None = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:  # click keeps it once made, with its text in the language of then
            option.help = click_text("Show this message and exit.", lang_of(ctx))
        return option

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = lang_of(ctx)
        records = []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            record = param.get_help_record(ctx) if isinstance(param, click.Option) else None
            if record is None:
                continue
            records.append(record)
        if records:
            with formatter.section(click_text("Options", lang)):
                formatter.write_dl(records)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = [
            (name, command)
            for name in self.list_commands(ctx)  # type: ignore[attr-defined]
            if (command := self.get_command(ctx, name)) is not None  # type: ignore[attr-defined]
            and not command.hidden
        ]
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _ in commands)
            with formatter.section(click_text("Commands", lang_of(ctx))):
                formatter.write_dl(
                    [(name, command.get_short_help_str(limit)) for name, command in commands]
                )


class Command(HelpMixin, click.Command):
    pass


class Group(HelpMixin, click.Group):
    """A group whose help, and its commands' help, follows --lang (`gevoelig log`)."""

    command_class = Command
