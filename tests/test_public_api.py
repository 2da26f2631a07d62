"""The public API is what `gevoeligheid.__all__` lists, with these signatures: a change to it is a
change for every user and must be made here on purpose (and in the CHANGELOG)."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import gevoeligheid

#: The names the package promises, sorted.
PUBLIC = [
    "ArgumentError",
    "CLASSIFICATIONS",
    "Classification",
    "Dossier",
    "DossierError",
    "ESCALATIONS",
    "EngineError",
    "Escalation",
    "Evaluator",
    "GevoeligheidError",
    "ROLES",
    "Result",
    "RuleFileError",
    "RuleSet",
    "blank_dossier",
    "checklist_markdown",
    "dossier_schema",
    "evaluate",
    "evaluate_file",
    "load_ruleset",
    "next_questions",
    "parse_dossier",
    "read_cases",
    "result_schema",
    "run_cases",
    "validate_paths",
]

#: Each public function and method with its parameters: (name, kind, default, annotation).
SIGNATURES = {
    "evaluate": (
        ("dossier", "POSITIONAL_OR_KEYWORD", None, "Any"),
        ("ruleset", "KEYWORD_ONLY", "None", "RuleSet | None"),
        ("engine", "KEYWORD_ONLY", "'durable'", "Engine"),
        ("lang", "KEYWORD_ONLY", "'nl'", "Language"),
        ("peildatum", "KEYWORD_ONLY", "None", "datetime.date | str | None"),
        ("return", "", None, "Result"),
    ),
    "next_questions": (
        ("dossier", "POSITIONAL_OR_KEYWORD", None, "Any"),
        ("peildatum", "KEYWORD_ONLY", "None", "datetime.date | str | None"),
        ("ruleset", "KEYWORD_ONLY", "None", "RuleSet | None"),
        ("lang", "KEYWORD_ONLY", "'nl'", "Language"),
        ("return", "", None, "list[NextQuestion]"),
    ),
    "evaluate_file": (
        ("path", "POSITIONAL_OR_KEYWORD", None, "str | os.PathLike[str]"),
        ("ruleset", "KEYWORD_ONLY", "None", "RuleSet | None"),
        ("engine", "KEYWORD_ONLY", "'durable'", "Engine"),
        ("lang", "KEYWORD_ONLY", "'nl'", "Language"),
        ("peildatum", "KEYWORD_ONLY", "None", "datetime.date | str | None"),
        ("return", "", None, "Result"),
    ),
    "load_ruleset": (
        ("path", "POSITIONAL_OR_KEYWORD", "None", "str | Path | None"),
        ("overlays", "KEYWORD_ONLY", "()", "Iterable[str | Path]"),
        ("peildatum", "KEYWORD_ONLY", "None", "datetime.date | str | None"),
        ("return", "", None, "RuleSet"),
    ),
    "parse_dossier": (
        ("data", "POSITIONAL_OR_KEYWORD", None, "Any"),
        ("ruleset", "POSITIONAL_OR_KEYWORD", None, "RuleSet"),
        ("source", "POSITIONAL_OR_KEYWORD", "'<dossier>'", "str"),
        ("checked", "KEYWORD_ONLY", "False", "bool"),
        ("return", "", None, "Dossier"),
    ),
    "blank_dossier": (
        ("ruleset", "POSITIONAL_OR_KEYWORD", None, "RuleSet"),
        ("return", "", None, "dict[str, object]"),
    ),
    "checklist_markdown": (
        ("ruleset", "POSITIONAL_OR_KEYWORD", None, "RuleSet"),
        ("lang", "POSITIONAL_OR_KEYWORD", None, "str"),
        ("return", "", None, "str"),
    ),
    "dossier_schema": (
        ("ruleset", "POSITIONAL_OR_KEYWORD", None, "RuleSet"),
        ("return", "", None, "dict[str, Any]"),
    ),
    "result_schema": (
        ("ruleset", "POSITIONAL_OR_KEYWORD", None, "RuleSet"),
        ("return", "", None, "dict[str, Any]"),
    ),
    "read_cases": (
        ("path", "POSITIONAL_OR_KEYWORD", None, "Path"),
        ("return", "", None, "list[Case]"),
    ),
    "run_cases": (
        ("evaluator", "POSITIONAL_OR_KEYWORD", None, "Evaluator"),
        ("cases", "POSITIONAL_OR_KEYWORD", None, "list[Case]"),
        ("engine", "POSITIONAL_OR_KEYWORD", "'durable'", "Engine"),
        ("lang", "POSITIONAL_OR_KEYWORD", "'nl'", "Language"),
        ("return", "", None, "Report"),
    ),
    "validate_paths": (
        ("paths", "POSITIONAL_OR_KEYWORD", None, "list[Path]"),
        ("base", "POSITIONAL_OR_KEYWORD", None, "Path | None"),
        ("peildatum", "POSITIONAL_OR_KEYWORD", None, "datetime.date | None"),
        ("stacked", "POSITIONAL_OR_KEYWORD", "()", "Sequence[Path]"),
        ("lang", "POSITIONAL_OR_KEYWORD", "'en'", "Language"),
        ("return", "", None, "list[Finding]"),
    ),
    "Evaluator": (
        ("ruleset", "POSITIONAL_OR_KEYWORD", None, "RuleSet"),
        ("peildatum", "KEYWORD_ONLY", "None", "datetime.date | str | None"),
        ("return", "", None, "None"),
    ),
    "Evaluator.evaluate": (
        ("dossier", "POSITIONAL_OR_KEYWORD", None, "Any"),
        ("engine", "KEYWORD_ONLY", "'durable'", "Engine"),
        ("lang", "KEYWORD_ONLY", "'nl'", "Language"),
        ("source", "KEYWORD_ONLY", "'<dossier>'", "str"),
        ("peildatum", "KEYWORD_ONLY", "None", "datetime.date | str | None"),
        ("return", "", None, "Result"),
    ),
    "Evaluator.evaluate_file": (
        ("path", "POSITIONAL_OR_KEYWORD", None, "str | os.PathLike[str]"),
        ("engine", "KEYWORD_ONLY", "'durable'", "Engine"),
        ("lang", "KEYWORD_ONLY", "'nl'", "Language"),
        ("peildatum", "KEYWORD_ONLY", "None", "datetime.date | str | None"),
        ("return", "", None, "Result"),
    ),
    "Evaluator.parse": (
        ("dossier", "POSITIONAL_OR_KEYWORD", None, "Any"),
        ("source", "POSITIONAL_OR_KEYWORD", "'<dossier>'", "str"),
        ("return", "", None, "Dossier"),
    ),
    "Evaluator.in_force": (
        ("day", "POSITIONAL_OR_KEYWORD", None, "datetime.date"),
        ("return", "", None, "Evaluator"),
    ),
    "Evaluator.engine_for": (
        ("engine", "POSITIONAL_OR_KEYWORD", None, "Engine"),
        ("lang", "POSITIONAL_OR_KEYWORD", "'nl'", "Language"),
        ("return", "", None, "Engine"),
    ),
}


def _annotation(annotation: object) -> str | None:
    if annotation is inspect.Parameter.empty:
        return None
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


def signature_of(
    function: Callable[..., object],
) -> tuple[tuple[str, str, str | None, str | None], ...]:
    """A signature as data that reads the same on every Python: each parameter, then the return."""
    signature = inspect.signature(function)
    parameters = [
        (
            name,
            parameter.kind.name,
            None if parameter.default is inspect.Parameter.empty else repr(parameter.default),
            _annotation(parameter.annotation),
        )
        for name, parameter in signature.parameters.items()
        if name != "self"
    ]
    return (*parameters, ("return", "", None, _annotation(signature.return_annotation)))


def test_all_lists_exactly_the_public_names():
    assert PUBLIC == sorted(gevoeligheid.__all__)


def test_every_public_name_can_be_imported_and_dir_shows_it():
    """The lazy names too: `from gevoeligheid import run_cases` works and `dir()` lists it."""
    missing = [name for name in PUBLIC if getattr(gevoeligheid, name, None) is None]
    assert missing == []
    assert set(PUBLIC) <= set(dir(gevoeligheid))


def test_the_public_functions_keep_their_signatures():
    actual = {}
    for name in SIGNATURES:
        owner, _, method = name.partition(".")
        target = getattr(gevoeligheid, owner)
        actual[name] = signature_of(getattr(target, method) if method else target)
    assert SIGNATURES == actual


def test_every_public_function_and_method_is_pinned():
    """A new public function, or a new public method of Evaluator, needs its line in SIGNATURES."""
    functions = {name for name in PUBLIC if inspect.isfunction(getattr(gevoeligheid, name))}
    methods = {
        f"Evaluator.{name}"
        for name, member in vars(gevoeligheid.Evaluator).items()
        if inspect.isfunction(member) and not name.startswith("_")
    }
    assert functions | methods | {"Evaluator"} == set(SIGNATURES)


def test_the_errors_share_one_root_and_the_builtin_they_stand_for():
    """`except ValueError` keeps catching a bad dossier or rule file, `except RuntimeError`
    an engine failure."""
    bases = {
        name: {base.__name__ for base in getattr(gevoeligheid, name).__mro__[1:]}
        for name in PUBLIC
        if name.endswith("Error")
    }
    assert {
        "ArgumentError": {
            "GevoeligheidError",
            "ValueError",
            "Exception",
            "BaseException",
            "object",
        },
        "DossierError": {"GevoeligheidError", "ValueError", "Exception", "BaseException", "object"},
        "EngineError": {
            "GevoeligheidError",
            "RuntimeError",
            "Exception",
            "BaseException",
            "object",
        },
        "GevoeligheidError": {"Exception", "BaseException", "object"},
        "RuleFileError": {
            "GevoeligheidError",
            "ValueError",
            "Exception",
            "BaseException",
            "object",
        },
    } == bases


def test_the_levels_are_ordered_enums_whose_words_are_the_ladders():
    """`outcome.classification >= Classification.SENSITIVE` compares; JSON and rule
    files keep the words."""
    assert list(gevoeligheid.CLASSIFICATIONS) == [
        level.word for level in sorted(gevoeligheid.Classification)
    ]
    assert list(gevoeligheid.ESCALATIONS) == [
        level.word for level in sorted(gevoeligheid.Escalation)
    ]
    assert gevoeligheid.Classification.of("sensitive") > gevoeligheid.Classification.ATTENTION
