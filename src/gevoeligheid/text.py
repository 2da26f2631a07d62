"""Fixed texts for people, in Dutch and English: level names, headings, column names."""

from __future__ import annotations

import re

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
        "manager": "(account)manager",
        "director": "directie",
        "board": "bestuur",
        "accountmanager": "accountmanager",
        "ambtelijk_opdrachtgever": "ambtelijk opdrachtgever",
        "portefeuillehouder": "portefeuillehouder",
    },
    "en": {
        "not_sensitive": "not sensitive",
        "attention": "point of attention",
        "sensitive": "administratively sensitive",
        "highly_sensitive": "highly sensitive",
        "none": "case worker handles it",
        "coordinator": "coordinator",
        "manager": "(account) manager",
        "director": "director",
        "board": "board",
        "accountmanager": "account manager",
        "ambtelijk_opdrachtgever": "official client",
        "portefeuillehouder": "portfolio holder",
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
        "engine": "Engine",
        "ruleset": "Regelset",
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
        "engine": "Engine",
        "ruleset": "Rule set",
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


#: Characters that a terminal acts on or that turn text around: the C0 and C1 controls (ESC, CR,
#: ...), DEL, the bidirectional embeddings, overrides and isolates, and the line and paragraph
#: separators.
_UNSEEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def visible(text: str) -> str:
    """Text from a dossier as it may reach a terminal: each control character written as its
    escape (`\\x1b`, `\\r`, `\\u202e`), so that a title can neither move the cursor, forge a
    line nor reverse what follows it."""
    return _UNSEEN.sub(lambda match: repr(match.group())[1:-1], text)
