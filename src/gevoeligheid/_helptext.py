"""The command line's help in Dutch and English: the commands' and options' own texts, and click's
headings where click lets them be given; `--lang en --help` shows the English help."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import click

#: The Dutch help of each command (by its path after `gevoelig`) and of each option (by that path and the
#: parameter's name, or by the name alone for an option that several commands share). The English
#: texts are the docstrings and `help=` of _cli.py.
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
  gevoelig check --overlay regio-noord.yaml --peildatum 2026-07-01 dossier.json""",
    "schema": """Toon het JSON-schema van een dossier (of van een uitkomst, met --result).

\b
Voorbeelden:
  gevoelig schema > dossier.schema.json
  gevoelig schema --result > uitkomst.schema.json""",
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
  gevoelig rules validate rules/ examples/overlays/regio-noord.yaml""",
    "rules show": """Eén regel, feit, actie of instelling volledig, met de tekst van de Handreiking die ze
aanhaalt. De opties van de regelset mogen voor of na `show` staan.

\b
Voorbeelden:
  gevoelig rules show buiten_mandaat
  gevoelig rules show klachtengolf_aantal --overlay examples/overlays/regio-noord.yaml""",
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
  gevoelig rules validate rules/ examples/overlays/regio-noord.yaml""",
    # The service and the decision log keep their English help; their line in the list is Dutch.
    "serve": """Bied de regels aan over HTTP voor zaaksystemen, met elke beslissing in het beslissingslogboek.""",
    "log": """Het beslissingslogboek van `gevoelig serve` en `gevoelig check --log`: opnieuw beoordelen, exporteren, opschonen.""",
    "test": """Draai regeltests: YAML-gevallen met feiten of gebeurtenissen en de verwachte uitkomst.
Zonder PATH de gevallen van de regelset (de map cases/ van de versie). Toont een tabel, elke
mislukking met wat verwacht werd, wat eruit kwam en de redenen die beslisten, en de regels,
signalen, acties en niveaus die geen geval bereikt.

\b
Voorbeelden:
  gevoelig test
  gevoelig test --overlay examples/overlays/regio-noord.yaml examples/overlays/regio-noord.cases.yaml
  gevoelig test --min-coverage 100""",
}

OPTIONS_NL = {
    "debug": "Toon de volledige traceback van een fout.",
    "version": "Toon de versie en stop.",
    "help": "Toon deze hulp en stop.",
    "lang": "Taal van labels, vragen, redenen en meldingen.",
    "peildatum": "De datum waarop beoordeeld wordt (JJJJ-MM-DD): die kiest de versie van de regels en de leeftijd van de gebeurtenissen; standaard: de peildatum van het dossier, anders vandaag.",
    "overlays": "Het overlaybestand van een regio bovenop de regelset (herhaalbaar, toegepast in volgorde).",
    "ruleset_path": "Een map met een regelset in plaats van de standaardregelset.",
    "engine": "durable-rules, of de referentie-evaluator in gewoon Python.",
    "explain": "Voeg de redenen, de open vragen en het slechtste geval toe aan een tabel.",
    "fail_on": "Stop met status 1 als een dossier tot dit niveau of hoger escaleert.",
    "progress": "Voortgangsbalk op standaardfout; standaard: als dat een terminal is en de uitvoer niet.",
    "jobs": "Werkprocessen voor een reeks dossiers; 0: één per kern. De uitvoer houdt de volgorde van de invoer.",
    "strict": "Stop ook bij waarschuwingen met status 3.",
    "min_coverage": "Stop met status 1 als minder dan dit percentage van de regels, signalen, acties en niveaus bereikt wordt.",
    ("check", "fmt"): "Uitvoervorm; standaard: een tabel op een terminal, anders json.",
    ("check", "log_url"): "Leg elke beslissing vast in dit beslissingslogboek (een SQLite-bestand of postgresql://...) voordat ze getoond wordt; één proces.",
    ("template", "fmt"): "Een leeg dossier (json) of de checklist als handout (markdown).",
    ("schema", "of_result"): "Het JSON-schema van een uitkomst in plaats van een dossier.",
}

HEADINGS = {
    "nl": {"usage": "Gebruik: ", "options": "Opties", "commands": "Opdrachten"},
    "en": {"usage": "Usage: ", "options": "Options", "commands": "Commands"},
}


def lang_of(ctx: click.Context) -> str:
    lang: str = ctx.meta.get("gevoelig.lang", "nl")
    return lang


@contextlib.contextmanager
def _in_language(command: click.Command, ctx: click.Context, lang: str) -> Iterator[None]:
    """The command's, its options' and its subcommands' help in `lang` while the help is written,
    as they were afterwards (a CliRunner keeps the same command objects for the next call)."""
    saved: list[tuple[object, str | None]] = []

    def swap(item: object, text: str | None) -> None:
        if lang == "nl" and text is not None:
            saved.append((item, item.help))  # type: ignore[attr-defined]
            item.help = text  # type: ignore[attr-defined]

    path = " ".join(ctx.command_path.split()[1:])  # without the program's name, however it is called
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
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=HEADINGS[lang_of(ctx)]["usage"])

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = lang_of(ctx)
        records = []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            record = param.get_help_record(ctx) if isinstance(param, click.Option) else None
            if record is None:
                continue
            names, text = record
            if lang == "nl":
                # click makes the help option anew for each use, and writes "default" itself.
                text = (OPTIONS_NL["help"] if "--help" in param.opts else text).replace("[default: ", "[standaard: ")
            records.append((names, text))
        if records:
            with formatter.section(HEADINGS[lang_of(ctx)]["options"]):
                formatter.write_dl(records)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = [(name, command) for name in self.list_commands(ctx) if (command := self.get_command(ctx, name)) is not None and not command.hidden]  # type: ignore[attr-defined]
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _ in commands)
            with formatter.section(HEADINGS[lang_of(ctx)]["commands"]):
                formatter.write_dl([(name, command.get_short_help_str(limit)) for name, command in commands])


class Command(HelpMixin, click.Command):
    pass
