"""Fixed texts for people, in Dutch and English: level names, headings, column names."""

from __future__ import annotations

import errno
import re
from typing import Protocol

#: The width of a table when the terminal's is not known (output to a file or a pipe).
DEFAULT_WIDTH = 100

LABELS = {
    "nl": {
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
        # engines
        "durable": "durable-rules",
        "reference": "referentie-evaluator",
    },
    "en": {
        "not_sensitive": "not sensitive",
        "attention": "point of attention",
        "sensitive": "administratively sensitive",
        "highly_sensitive": "highly sensitive",
        "none": "case worker handles it",
        "coordinator": "coordinator",
        "manager": "manager (management level)",
        "director": "director",
        "board": "board (competent authority)",
        "accountmanager": "account manager",
        "ambtelijk_opdrachtgever": "official client",
        "portefeuillehouder": "portfolio holder",
        "medewerker": "case worker",
        "directie": "director",
        "algemeen": "general",
        "politiek": "political",
        "juridisch": "legal",
        "financieel": "financial",
        "ruimtelijk": "spatial",
        "handhaving": "enforcement",
        "natuur": "nature",
        "externe_veiligheid": "external safety",
        "gezondheid": "health",
        "milieu": "environment",
        "escalatie": "escalation",
        "durable": "durable-rules",
        "reference": "reference evaluator",
    },
}

WORDS = {
    "nl": {
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
        "sets": "Zet",
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
        "uncounted": "(n) telt niet mee in de score: een signaal uit dezelfde overlapgroep weegt al mee",
        "peildatum": "peildatum",
        "left_out": "gebeurtenissen na de peildatum zijn buiten beschouwing gelaten",
        "changed_by": "gewijzigd door",
        "disabled": "uitgezet",
        "by_overlay": "door overlay",
        # gevoelig rules and rules show
        "or": "of",
        "and": "en",
        "contains": "bevat",
        "unknown": "onbekend",
        "informs": "informeert",
        "count_signals": "signalen",
        "count_headlines": "kopcriteria",
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
        "headline": "kopcriterium",
        "yes": "ja",
        "no": "nee",
        "yes_no": "ja/nee",
        "list": "lijst",
        "why": "Waarom",
        "quote": "Citaat",
        "text": "Tekst",
        "weight_class": "gewichtsklasse",
        "overlap": "telt één keer met",
        "overlap_group": "overlapgroep",
        "to": "tot en met",
        "from": "vanaf",
        "up_to": "tot en met",
        "handout_intro": "Beantwoord elke vraag met ja of nee (of het gevraagde niveau); laat open wat u niet weet: onbekend telt niet als nee.",
        "nothing_named": "geen regel, feit, actie of instelling",
        "did_you_mean": "bedoelde u",
        "rules_lists_them": "`gevoelig rules` noemt ze",
        "durable_not_installed": "durable-rules is niet geïnstalleerd",
        "durable_does_not_load": "durable-rules laadt niet ({detail})",
        "reference_evaluated": "beoordeeld met de referentie-engine (dezelfde uitkomsten)",
        "install_durable": "Installeer durable-rules (vraagt een C-compiler) of kies engine reference.",
        "reinstall_with_compiler": "Installeer gevoeligheid opnieuw op een machine met een C-compiler.",
    },
    "en": {
        "dossier": "Dossier",
        "classification": "Classification",
        "escalation": "Escalation",
        "inform": "Inform",
        "score": "Score",
        "nobody": "nobody",
        "signals": "Signals",
        "signal": "Signal",
        "weight": "Weight",
        "category": "Category",
        "source": "Source",
        "reasons": "Reasons",
        "rule": "Rule",
        "sets": "Sets",
        "because": "Because",
        "open_questions": "Open questions",
        "fact": "Fact",
        "question": "Question",
        "could_raise_to": "Could rise to",
        "worst_case": "If every open question were yes",
        "conflicts": "Conflicts",
        "no_signals": "No signals.",
        "no_reasons": "No rule applies.",
        "no_change": "no change",
        "from_events": "derived from the events in the dossier",
        "no_id": "(no id)",
        "engine": "engine",
        "ruleset": "Rule set",
        "ground": "Ground",
        "open_count": "Open questions",
        "if_all_yes": "if all yes",
        "actions": "Actions",
        "who": "Who",
        "action": "Action",
        "no_actions": "Nothing to do beyond the open questions.",
        "uncounted": "(n) not counted in the score: a signal of the same overlap group already counts",
        "peildatum": "assessed on",
        "left_out": "events dated after the assessment date were left out",
        "changed_by": "changed by",
        "disabled": "disabled",
        "by_overlay": "by overlay",
        "or": "or",
        "and": "and",
        "contains": "contains",
        "unknown": "unknown",
        "informs": "informs",
        "count_signals": "signals",
        "count_headlines": "headline criteria",
        "count_score": "score",
        "count_heaviest": "heaviest signal",
        "id": "id",
        "when": "When",
        "kind_rule": "rule",
        "kind_signal": "signal",
        "valid_from": "valid from",
        "setting": "Setting",
        "value": "Value",
        "bounds": "Bounds",
        "defined": "Defined",
        "above": "above",
        "not_below": "at least",
        "headline": "headline criterion",
        "yes": "yes",
        "no": "no",
        "yes_no": "yes/no",
        "list": "list",
        "why": "Why",
        "quote": "Quote",
        "text": "Text",
        "weight_class": "weight class",
        "overlap": "counts once with",
        "overlap_group": "overlap group",
        "to": "to",
        "from": "from",
        "up_to": "up to",
        "handout_intro": "Answer each question yes or no (or the level asked for); leave open what you do not know: unknown does not count as no.",
        "nothing_named": "no rule, fact, action or setting",
        "did_you_mean": "did you mean",
        "rules_lists_them": "`gevoelig rules` lists them",
        "durable_not_installed": "durable-rules is not installed",
        "durable_does_not_load": "durable-rules does not load ({detail})",
        "reference_evaluated": "evaluated with the reference engine (same results)",
        "install_durable": "Install durable-rules (needs a C compiler) or choose engine reference.",
        "reinstall_with_compiler": "Reinstall gevoeligheid on a machine with a C compiler.",
    },
}


def label(word: str, lang: str) -> str:
    return LABELS[lang].get(word, word)


def word(key: str, lang: str) -> str:
    return WORDS[lang][key]


def not_evaluated(failed: int, written: int, lang: str) -> str:
    """The summary after a batch in which some dossiers could not be evaluated."""
    if lang == "nl":
        which = "1 dossier kon" if failed == 1 else f"{failed} dossiers konden"
        return f"{which} niet worden beoordeeld; {written} wel"
    return f"{failed} dossier(s) could not be evaluated; {written} evaluated"


def escalating(reached: int, level: str, lang: str) -> str:
    """The summary when --fail-on is reached."""
    if lang == "nl":
        which = "1 dossier escaleert" if reached == 1 else f"{reached} dossiers escaleren"
        return f"{which} naar niveau {label(level, 'nl')} of hoger"
    return f"{reached} dossier(s) escalate to {level} or higher"


class _Unavailable(Protocol):  # the loader's DurableUnavailable, of a stage above this one
    installed: bool
    compat_missing: bool
    detail: str


def engine_fallback(unavailable: _Unavailable, lang: str) -> str:
    """The notice when the reference engine evaluates because durable-rules cannot be loaded
    (`unavailable`: the loader's DurableUnavailable)."""
    if unavailable.installed:
        why, to_do = word("durable_does_not_load", lang).format(detail=unavailable.detail), ""
    else:
        why, to_do = word("durable_not_installed", lang), " " + word("install_durable", lang)
    if unavailable.compat_missing:
        to_do = " " + word("reinstall_with_compiler", lang)
    return f"gevoeligheid: {why}; {word('reference_evaluated', lang)}.{to_do}"


#: Why a batch stopped before its end: the first words of its summary line.
STOPS = {
    "nl": {
        "SIGINT": "onderbroken door SIGINT",
        "SIGTERM": "onderbroken door SIGTERM",
        "worker": "een werkproces is onverwacht gestopt",
        "closed": "de uitvoer is gesloten voordat alles geschreven was",
        "write": "de uitvoer is niet te schrijven: {detail}",
    },
    "en": {
        "SIGINT": "interrupted by SIGINT",
        "SIGTERM": "interrupted by SIGTERM",
        "worker": "a worker process stopped unexpectedly",
        "closed": "the output was closed before everything was written",
        "write": "cannot write the output: {detail}",
    },
}


def stop_reason(cause: str, lang: str, detail: str = "") -> str:
    """Why a command stopped before its end: a signal's name, `worker`, `closed` or `write`."""
    return STOPS[lang][cause].format(detail=detail)


def stopped(cause: str, lang: str, *, left: int, exact: bool, first: str | None, written: int, failed: int, detail: str = "") -> str:
    """The summary of a batch that stopped before its end: why, how many dossiers were not
    evaluated (`exact` false: at least that many) and from which one on, and how many were."""
    why = stop_reason(cause, lang, detail)
    if lang == "nl":
        count = "1 dossier" if (left, exact) == (1, True) else f"{'' if exact else 'meer dan '}{left} dossiers"
        where = f", vanaf {visible(first)}" if first else ""
        errors = f", {failed} met een fout" if failed else ""
        return f"{why}; {count} niet beoordeeld{where}; {written} wel{errors}"
    count = f"{'' if exact else 'more than '}{left} dossier(s)"
    where = f", from {visible(first)} on" if first else ""
    errors = f", {failed} with an error" if failed else ""
    return f"{why}; {count} not evaluated{where}; {written} evaluated{errors}"


def stopped_at_once(cause: str, written: int, lang: str) -> str:
    """The summary when a second signal, or a write that does not return, ended a batch at once."""
    if lang == "nl":
        return f"{STOPS['nl'][cause]} en meteen gestopt; de uitvoer kan op een halve regel eindigen; {written} dossiers beoordeeld"
    return f"{STOPS['en'][cause]} and stopped at once; the output may end in a partial line; {written} evaluated"


def write_error(error: OSError, lang: str) -> str:
    """Why the output cannot be written, in a few words."""
    if lang == "nl":
        reasons = {errno.ENOSPC: "de schijf is vol", errno.EFBIG: "het bestand is te groot", errno.EIO: "een invoer-/uitvoerfout"}
        if hasattr(errno, "EDQUOT"):
            reasons[errno.EDQUOT] = "de schijfquota is op"
        return reasons.get(error.errno or 0, f"schrijffout {errno.errorcode.get(error.errno or 0, error.errno)}")
    reason = error.strerror or type(error).__name__
    return reason[:1].lower() + reason[1:]


#: Characters that a terminal acts on or that turn text around: the C0 and C1 controls (ESC, CR,
#: ...), DEL, the bidirectional embeddings, overrides and isolates, and the line and paragraph
#: separators.
_UNSEEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def visible(text: str) -> str:
    """Text from a dossier as it may reach a terminal: each control character written as its
    escape (`\\x1b`, `\\r`, `\\u202e`), so that a title can neither move the cursor, forge a
    line nor reverse what follows it."""
    return _UNSEEN.sub(lambda match: repr(match.group())[1:-1], text)
