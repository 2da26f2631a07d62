"""The package's stages only look down: no import cycle, and no module imports a higher stage."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "src" / "gevoeligheid"

#: Every module of the package, by stage, the lowest first (docs/architecture.md draws them). A
#: module imports modules of its own stage or of a lower one. A package's own module is
#: `<name>.__init__`; the top package's is `__init__`. A new module needs a line here.
STAGES: dict[str, tuple[str, ...]] = {
    # What every stage uses: the model, the errors and the exit statuses they carry, fixed words.
    "base": (
        "_version",
        "_exitcodes",
        "_catalogue.__init__",
        "_catalogue.nl",
        "_catalogue.en",
        "_messages",
        "_text",
        "_errors",
        "_model",
        "_jsontext",
        "_yamlfile",
        "_contract",
    ),
    # Rule files -> RuleSet with its overlays applied; dossier JSON -> Dossier.
    "load": (
        "_schema",
        "_dossier",
        "_conditions",
        "_rulecache",
        "_definitions",
        "_overlay",
        "_rules",
    ),
    # RuleSet -> Compiled: the lookup tables and the engine's definition, pure data.
    "compile": ("_tables", "_raising", "_compile"),
    # Dossier -> Decision: events, the matching pass on either engine, the decision in numbers.
    "decide": ("_durable_loader", "_engine", "_reference", "_events", "_policy"),
    # Decision -> its signals, reasons, open questions and actions in words, with their sources.
    "explain": ("_explain",),
    # The pipeline assembled: Dossier -> Result (the public evaluate() and Evaluator).
    "evaluate": ("_evaluate",),
    # Result or RuleSet -> text for people: tables, Markdown, JSON, templates.
    "render": ("_render", "_templates"),
    # What is built on the library: its public face, batches, case files, rule validation, the
    # decision log and the HTTP service.
    "apps": (
        "__init__",
        "_inputs",
        "_workers",
        "_batch",
        "_cases",
        "_validate",
        "pytest_plugin",
        "_questions",
        "_interview",
        "_training",
        "_decisionlog.__init__",
        "_decisionlog.redact",
        "_decisionlog.entry",
        "_decisionlog.export",
        "_decisionlog.migrations",
        "_decisionlog.store",
        "_decisionlog.writer",
        "_decisionlog.replay",
        "_decisionlog.chain",
        "_decisionlog.verify",
        "_decisionlog.rulesets",
        "_decisionlog.feedback",
        "_meeting.__init__",
        "_meeting.impact",
        "_meeting.portfolio",
        "_meeting.timeline",
        "_meeting.chart",
        "_meeting.pages",
        "_service.__init__",
        "_service.settings",
        "_service.keys",
        "_service.metrics",
        "_service.problems",
        "_service.rulesets",
        "_service.schemas",
        "_service.core",
        "_service.guard",
        "_service.batches",
        "_service.openapi",
        "_service.page",
        "_service.app",
        "_service.headers",
        "_service.tracing",
        "_service.params",
        "_service.contract",
        "_service.tenants",
        "_service.admin",
        "_service.protocol",
    ),
    # The command line: the only place that prints for people and exits.
    "cli": (
        "__main__",
        "_cli",
        "_helptext",
        "_interrupts",
        "_decisionlog.cli",
        "_service.command",
        "_interview_cli",
        "_meeting.cli",
    ),
}


def modules_in(package: Path) -> dict[str, Path]:
    """Each module of a package folder by its name in STAGES: `_rules`,
    `_service.app`, `__init__`."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        found[".".join(path.relative_to(package).with_suffix("").parts)] = path
    return found


def _module_of(parts: list[str], modules: Iterable[str]) -> str | None:
    """The module that `parts` (a dotted path inside the package) names: a file, or a
    package's __init__."""
    for name in (".".join(parts), ".".join([*parts, "__init__"])):
        if name in modules:
            return name
    return None


def imports_of(
    name: str, path: Path, modules: Mapping[str, Path], top: str = "gevoeligheid"
) -> dict[str, int]:
    """The modules of the package that module `name` imports, with the line of the first import of
    each: every import statement, also inside functions and `if TYPE_CHECKING:`."""
    package = name.split(".")[:-1]  # a package's __init__ and its other modules share one package
    found: dict[str, int] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        targets: list[list[str]] = []
        if isinstance(node, ast.Import):
            targets = [
                alias.name.split(".")[1:] for alias in node.names if alias.name.split(".")[0] == top
            ]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                if node.level - 1 > len(package):
                    raise AssertionError(
                        f"{name}, line {node.lineno}: a relative import above the package"
                    )
                base = package[: len(package) - (node.level - 1)] + (
                    node.module.split(".") if node.module else []
                )
            elif node.module and node.module.split(".")[0] == top:
                base = node.module.split(".")[1:]
            else:
                continue
            # `from . import _schema` imports a module; `from .. import Result` a name of one.
            targets = [
                [*base, alias.name] if _module_of([*base, alias.name], modules) else base
                for alias in node.names
            ]
        for parts in targets:
            target = _module_of(parts, modules)
            if target is None:
                raise AssertionError(
                    f"{name}, line {node.lineno}: imports {'.'.join(parts) or top}, which is no "
                    "module of the package"
                )
            if target != name:
                found.setdefault(target, node.lineno)
    return found


def import_graph(package: Path, top: str = "gevoeligheid") -> dict[str, dict[str, int]]:
    modules = modules_in(package)
    return {name: imports_of(name, path, modules, top) for name, path in modules.items()}


def unstaged(graph: Mapping[str, object], stages: Mapping[str, tuple[str, ...]]) -> list[str]:
    """A sentence for each module without a stage, and for each stage entry that is no module."""
    listed = [name for names in stages.values() for name in names]
    problems = [
        (
            f"module {name} has no stage: add it to STAGES in tests/test_architecture.py (and to "
            "docs/architecture.md)"
        )
        for name in graph
        if name not in listed
    ]
    problems += [
        f"STAGES lists {name}, which is no module of the package"
        for name in listed
        if name not in graph
    ]
    problems += [
        f"STAGES lists {name} twice" for name in sorted(set(listed)) if listed.count(name) > 1
    ]
    return problems


def upward_imports(
    graph: Mapping[str, Mapping[str, int]], stages: Mapping[str, tuple[str, ...]]
) -> list[str]:
    """A sentence for each import of a module of a higher stage than the importer's."""
    order = {
        name: (rank, stage) for rank, (stage, names) in enumerate(stages.items()) for name in names
    }
    problems = []
    for name, imported in sorted(graph.items()):
        for target, line in sorted(imported.items()):
            if name in order and target in order and order[target][0] > order[name][0]:
                problems.append(
                    f"{name} (stage {order[name][1]}) imports {target} (stage {order[target][1]}) "
                    f"on line {line}: a stage may only import its own or a lower one"
                )
    return problems


def cycles(graph: Mapping[str, Mapping[str, int]]) -> list[str]:
    """A sentence for each import cycle found (one per strongly connected
    group), naming its path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(start: str) -> None:  # Tarjan's algorithm, iterative: a chain of imports may be long
        work = [(start, iter(sorted(graph.get(start, {}))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, {})))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return [f"import cycle: {' -> '.join(_loop(group, graph))}" for group in groups]


def _loop(group: list[str], graph: Mapping[str, Mapping[str, int]]) -> list[str]:
    """One way round a group of modules that import each other, from its first module back to it."""
    members = set(group)
    trail = [group[0]]
    paths = {group[0]: trail}
    queue = [group[0]]
    while queue:  # breadth first: the shortest way back to the start
        node = queue.pop(0)
        for child in sorted(graph[node]):
            if child == group[0]:
                return [*paths[node], child]
            if child in members and child not in paths:
                paths[child] = [*paths[node], child]
                queue.append(child)
    return group  # not reached: a strongly connected group always leads back


def test_every_module_has_exactly_one_stage():
    assert unstaged(import_graph(PACKAGE), STAGES) == []


def test_no_module_imports_a_higher_stage():
    assert upward_imports(import_graph(PACKAGE), STAGES) == []


def test_the_package_has_no_import_cycle():
    assert cycles(import_graph(PACKAGE)) == []


def test_the_graph_sees_imports_inside_functions_and_from_parent_packages():
    """A check that reads no imports would pass everything: these imports are known to be there."""
    graph = import_graph(PACKAGE)
    assert "_engine" in graph["_evaluate"]  # inside Evaluator.durable
    assert "_templates" in graph["_cli"]  # inside a command
    assert "_decisionlog.writer" in graph["_service.core"]  # from .._decisionlog.writer
    assert "__init__" in graph["_service.core"]  # from .. import Evaluator
    assert "_explain" in graph["_evaluate"]  # from . import _explain


def _write(folder: Path, files: Mapping[str, str]) -> Path:
    for name, text in files.items():
        path = folder / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder / "pkg"


def test_the_checks_report_an_upward_import_a_cycle_and_a_module_without_a_stage(tmp_path):
    package = _write(
        tmp_path,
        {
            "__init__.py": "from ._model import Thing\n",
            "_model.py": "def late():\n    from ._cli import main\n",
            "_cli.py": "from . import _model\nfrom .sub import tool\n",
            "sub/__init__.py": "",
            "sub/tool.py": "from .. import Thing\n",
            "_new.py": "",
        },
    )
    stages = {"base": ("_model",), "cli": ("_cli", "__init__", "sub.__init__", "sub.tool")}
    graph = import_graph(package, top="pkg")
    assert graph == {
        "__init__": {"_model": 1},
        "_model": {"_cli": 2},
        "_cli": {"_model": 1, "sub.tool": 2},
        "sub.__init__": {},
        "sub.tool": {"__init__": 1},
        "_new": {},
    }
    assert unstaged(graph, stages) == [
        (
            "module _new has no stage: add it to STAGES in tests/test_architecture.py (and to "
            "docs/architecture.md)"
        )
    ]
    assert upward_imports(graph, stages) == [
        (
            "_model (stage base) imports _cli (stage cli) on line 2: a stage may only import its "
            "own or a lower one"
        )
    ]
    assert cycles(graph) == ["import cycle: __init__ -> _model -> _cli -> sub.tool -> __init__"]


def _change_list(title: str) -> str:
    """The paragraph of docs/architecture.md that says where to make a common change."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    start = re.search(rf"\*\*{title}\.?\*\*", text).start()  # type: ignore[union-attr]
    end = text.find("\n\n", start)
    return " ".join(text[start : end if end != -1 else None].split())


#: A comparison of a language by name (`lang == "nl"`, `"en" if lang == ...`): a place that a new
#: language has to be taught.
_BY_NAME = re.compile(r"""\blang\w* (?:==|!=) ["'](?:nl|en)["']|["'](?:nl|en)["'] (?:==|!=) lang""")


def test_the_new_language_list_names_every_module_that_picks_a_language_by_name():
    listed = _change_list("A new language")
    picking = sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "_catalogue" not in path.parts and _BY_NAME.search(path.read_text(encoding="utf-8"))
    )
    assert [module for module in picking if f"`{module}`" not in listed] == []


def test_every_file_the_change_lists_name_exists():
    """A renamed or removed module makes the lists wrong: each path they name is in the tree."""
    for title in (
        "A new fact",
        "A new output format",
        "A new kind of condition",
        "A new command",
        "A new language",
        "A new endpoint",
    ):
        for name in re.findall(r"`([\w/<>.-]+\.(?:py|md|json|yaml))`", _change_list(title)):
            if "<" in name:  # a pattern such as _catalogue/<lang>.py or rules/<version>/...
                continue
            candidates = [PACKAGE / name, ROOT / name, ROOT / "tests" / Path(name).name]
            in_a_rule_set = any(ROOT.glob(f"rules/*/{name}"))  # facts.yaml, rules.yaml, ...
            assert in_a_rule_set or any(path.exists() for path in candidates), (title, name)
