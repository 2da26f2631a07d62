"""What a text for people may quote of the Handreiking: its citations, left out of the checks on
the words of the output's language (the document's section names and its words are Dutch in any
output)."""

from __future__ import annotations

import re

from gevoeligheid._model import RuleSet
from gevoeligheid._text import cited

from .conftest import ROOT
from .strategies import RULESET, RULESET_2027

#: The document's name, which every footer and source names.
DOCUMENT = RULESET_2027.document


def _citations(*rulesets: RuleSet) -> re.Pattern[str]:
    """Every citation that readable output can show for these rule sets, longest first."""
    texts = set()
    for ruleset in rulesets:
        parts = [
            *ruleset.facts.values(),
            *ruleset.rules,
            *ruleset.actions,
            *(ground for action in ruleset.actions for ground in action.grounds),
        ]
        texts |= {
            cited(part.source.citation(ruleset.document, ruleset.ref, part.quote)) for part in parts
        }
    return re.compile("|".join(map(re.escape, sorted(texts, key=len, reverse=True))))


def _rulesets() -> tuple[RuleSet, ...]:
    from gevoeligheid import load_ruleset

    noord = ROOT / "examples" / "overlays" / "regio-noord.yaml"
    return (
        load_ruleset(ROOT / "rules" / "2026.1"),
        RULESET,
        RULESET_2027,
        load_ruleset(overlays=[noord], peildatum="2026-12-01"),
    )


CITATIONS = _citations(*_rulesets())


def without_citations(text: str) -> str:
    """`text` without the document's name and the section and quote of each citation: the
    document's own words. A citation must be on one line (a table wide enough not to wrap it)."""
    return CITATIONS.sub(" ", text.replace(DOCUMENT, ""))
