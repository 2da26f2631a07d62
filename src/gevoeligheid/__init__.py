"""Bestuurlijke gevoeligheid of omgevingsdienst dossiers, as declarative rules traceable to the Handreiking."""

from .dossier import parse_dossier
from .errors import ArgumentError, DossierError, EngineError, GevoeligheidError, RuleFileError
from .evaluate import Evaluator, evaluate
from .model import CLASSIFICATIONS, ESCALATIONS, ROLES, Dossier, Result, RuleSet
from .rules import load_ruleset

__version__ = "0.1.0"

__all__ = [
    "ArgumentError",
    "CLASSIFICATIONS",
    "ESCALATIONS",
    "ROLES",
    "Dossier",
    "DossierError",
    "EngineError",
    "Evaluator",
    "GevoeligheidError",
    "Result",
    "RuleFileError",
    "RuleSet",
    "evaluate",
    "load_ruleset",
    "parse_dossier",
]
