"""The page at / of the service: the checklist as a form with the result beside it, an interview
driven by next_questions, a printable report, a training mode, and /v1/docs, all rendered on the
server (the form works without JavaScript; a small script only refreshes the result as answers
change). Static files come from the package; every text from a dossier is escaped; answers carry
a strict Content-Security-Policy.

The page evaluates without an API key, so it is there only when the service runs without keys
(on loopback, as `gevoelig serve --open` does); with keys it answers 404. Its evaluations are
drafts while a form is filled in, not decisions: they are not written to the decision log.
"""

from __future__ import annotations

import html
import json
import os
import urllib.parse
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from .. import __version__
from .._errors import GevoeligheidError, NotInForce
from .._evaluate import Evaluator
from .._interview import STOP, UNKNOWN, AnswerError, read_answer
from .._messages import Message, label, word
from .._model import (
    CLASSIFICATIONS,
    ESCALATIONS,
    LANGUAGES,
    ROLES,
    Citation,
    FactDef,
    Outcome,
    Result,
    RuleSet,
    Value,
)
from .._questions import NextQuestion, next_questions, settled, with_answer
from .._training import (
    Course,
    CourseError,
    Guess,
    compare,
    default_course_path,
    drivers,
    examples_dir,
    load_course,
)
from .core import Service
from .problems import Problem, language

#: The environment variable by which `gevoelig serve --course FILE` names a trainer's course.
COURSE_ENV = "GEVOELIG_COURSE"
#: Nothing but this origin: no inline script or style, no frames, forms post only here.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src "
    "'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
STATIC = {"page.css": "text/css; charset=utf-8", "page.js": "text/javascript; charset=utf-8"}
#: Empty rows for new events below a dossier's own.
NEW_EVENT_ROWS = 3
MAX_FORM_FIELDS = 2000
MAX_EVENTS = 500
ARIA_CURRENT = ' aria-current="page"'


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


# --- routes ---------------------------------------------------------------------------------------


def register(app: FastAPI, service: Service) -> None:
    """Add the page's routes to the service's app."""

    def page_lang(request: Request) -> str:
        asked = request.query_params.get("lang")
        return asked if asked in LANGUAGES else language(request.headers.get("accept-language"))

    def check_open() -> None:
        if service.keys:
            raise Problem(
                "not-found",
                Message("service_page_needs_open"),
            )

    async def form_of(request: Request) -> list[tuple[str, str]]:
        body = await service.read_body(request, service.settings.max_dossier_bytes)
        try:
            return urllib.parse.parse_qsl(
                body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FORM_FIELDS
            )
        except (UnicodeDecodeError, ValueError):
            raise Problem("bad-request", Message("service_page_form_unreadable")) from None

    def current() -> tuple[Evaluator, RuleSet]:
        """The evaluator that decides each dossier by the version of its own day (as every door
        does), and the rule set in force today, whose checklist the page shows."""
        return service.rules.evaluator(), service.rules.current()[0].ruleset

    @app.get("/", include_in_schema=False)
    async def home(request: Request) -> Response:
        check_open()
        lang = page_lang(request)
        evaluator, ruleset = current()
        name = request.query_params.get("example")
        data: dict[str, Any] = {"facts": {}}
        if name:
            found = shipped_examples().get(name)
            if found is None:
                raise Problem(
                    "not-found",
                    Message("service_page_unknown_example", name_80=name[:80]),
                )
            data = found
        body = await run_in_threadpool(
            checklist_page, evaluator, ruleset, data, lang, None, name or ""
        )
        return _html(body)

    @app.post("/", include_in_schema=False)
    async def submitted(request: Request) -> Response:
        """The form without JavaScript: the same page with the result of the answers."""
        check_open()
        lang = page_lang(request)
        evaluator, ruleset = current()
        form = await form_of(request)
        data, error = dossier_from_form(form, ruleset)
        return _html(await run_in_threadpool(checklist_page, evaluator, ruleset, data, lang, error))

    @app.post("/page/result", include_in_schema=False)
    async def fragment(request: Request) -> Response:
        """The result region alone, for the script that refreshes it as answers change."""
        check_open()
        lang = page_lang(request)
        evaluator, ruleset = current()
        data, error = dossier_from_form(await form_of(request), ruleset)
        return _html(await run_in_threadpool(result_region, evaluator, ruleset, data, lang, error))

    @app.post("/page/dossier.json", include_in_schema=False)
    async def download(request: Request) -> Response:
        check_open()
        _, ruleset = current()
        data, error = dossier_from_form(await form_of(request), ruleset)
        if error is not None:
            raise Problem("bad-request", error)
        name = (
            "".join(
                char for char in str(data.get("id") or "dossier") if char.isalnum() or char in "-_."
            )[:80]
            or "dossier"
        )
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        return Response(
            text.encode("utf-8"),
            media_type="application/json",
            headers={**HEADERS, "Content-Disposition": f'attachment; filename="{name}.json"'},
        )

    @app.post("/report", include_in_schema=False)
    async def report(request: Request) -> Response:
        """The result as a printable report."""
        check_open()
        lang = page_lang(request)
        evaluator, ruleset = current()
        data, error = dossier_from_form(await form_of(request), ruleset)
        return _html(await run_in_threadpool(report_page, evaluator, ruleset, data, lang, error))

    @app.get("/interview", include_in_schema=False)
    @app.post("/interview", include_in_schema=False)
    async def interview(request: Request) -> Response:
        check_open()
        lang = page_lang(request)
        evaluator, ruleset = current()
        form = await form_of(request) if request.method == "POST" else []
        return _html(await run_in_threadpool(interview_page, evaluator, ruleset, form, lang))

    @app.get("/training", include_in_schema=False)
    @app.post("/training", include_in_schema=False)
    async def training(request: Request) -> Response:
        check_open()
        lang = page_lang(request)
        evaluator, ruleset = current()
        form = await form_of(request) if request.method == "POST" else []
        query = list(request.query_params.items())
        return _html(await run_in_threadpool(training_page, evaluator, ruleset, query, form, lang))

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> Response:
        media = STATIC.get(name)
        if media is None:  # only the files named above: never a path from the request
            raise Problem(
                "not-found",
                Message("service_page_unknown_file", name_80=name[:80]),
            )
        data = resources.files(__package__).joinpath("static", name).read_bytes()
        return Response(data, media_type=media, headers={**HEADERS, "Cache-Control": "no-cache"})

    @app.get("/v1/docs", include_in_schema=False)
    async def docs(request: Request) -> Response:
        """The operations of the API as a plain page (no script from elsewhere)."""
        lang = page_lang(request)
        return _html(docs_page(app.openapi(), lang))


def _html(body: str) -> Response:
    return Response(body.encode("utf-8"), media_type="text/html; charset=utf-8", headers=HEADERS)


def shipped_examples() -> dict[str, dict[str, Any]]:
    """The shipped example dossiers by file name (without .json)."""
    out = {}
    for path in sorted(examples_dir().glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            out[path.stem] = data
    return out


def course() -> Course:
    chosen = os.environ.get(COURSE_ENV)
    return load_course(Path(chosen) if chosen else default_course_path())


# --- the form <-> a dossier -----------------------------------------------------------------------


def dossier_from_form(
    form: list[tuple[str, str]], ruleset: RuleSet
) -> tuple[dict[str, Any], str | None]:
    """The dossier the form describes (its `dossier` field, a whole dossier as JSON, when there is
    one), and an error in words when the form cannot be read as one."""
    fields: dict[str, list[str]] = {}
    for key, value in form:
        fields.setdefault(key, []).append(value)

    def one(key: str) -> str:
        return (fields.get(key) or [""])[-1].strip()

    if "dossier" in fields and not any(key.startswith("f.") for key in fields):
        try:
            given = json.loads(one("dossier"))
        except (ValueError, RecursionError):
            return {"facts": {}}, "dossier: JSON"
        return (given, None) if isinstance(given, dict) else ({"facts": {}}, "dossier: JSON")
    data: dict[str, Any] = {}
    extra = one("extra")
    if extra:
        try:
            kept = json.loads(extra)
        except (ValueError, RecursionError):
            kept = None
        if isinstance(kept, dict):
            data.update(
                {key: value for key, value in kept.items() if key not in ("facts", "events")}
            )
    for key in ("id", "title", "competent_authority", "task", "peildatum"):
        value = one(key)
        if value:
            data[key] = value
        else:
            data.pop(key, None)
    facts: dict[str, Value | list[str] | None] = {}
    for fact in ruleset.facts.values():
        if fact.type == "set":
            state = one(f"s.{fact.id}")
            words = [word_ for word_ in fact.values if word_ in fields.get(f"w.{fact.id}", [])]
            facts[fact.id] = (
                words if words or state == "some" else ([] if state == "none" else None)
            )
            continue
        answer = one(f"f.{fact.id}")
        if answer == "":
            facts[fact.id] = None
        elif fact.type == "bool":
            facts[fact.id] = {"true": True, "false": False}.get(
                answer, answer
            )  # anything else: the dossier's error says
        else:
            facts[fact.id] = answer
    data["facts"] = facts
    events = []
    for index in range(MAX_EVENTS + NEW_EVENT_ROWS):
        kind = one(f"e.type.{index}")
        if f"e.type.{index}" not in fields:
            break
        if not kind:
            continue
        event: dict[str, Any] = {}
        raw_extra = one(f"e.extra.{index}")
        if raw_extra:
            try:
                kept = json.loads(raw_extra)
            except (ValueError, RecursionError):
                kept = None
            if isinstance(kept, dict):
                event.update(kept)
        event["type"] = kind
        event["datum"] = one(f"e.datum.{index}")
        detail = one(f"e.detail.{index}")
        for definition in ruleset.events[kind].fields if kind in ruleset.events else ():
            event.pop(definition, None)
        if detail and "=" in detail:
            key, _, value = detail.partition("=")
            if kind in ruleset.events and key in ruleset.events[kind].fields:
                event[key] = value
        checked = fields.get(f"e.flag.{index}", [])
        for flag in getattr(ruleset.events.get(kind), "flags", ()):
            event.pop(flag, None)
            if flag in checked:
                event[flag] = True
        events.append(event)
    if events:
        data["events"] = events
    return data, None


def _event_flags(ruleset: RuleSet) -> tuple[str, ...]:
    """The true/false fields of the rule set's event types, in their order (none before 2027.1)."""
    return tuple(
        dict.fromkeys(
            flag
            for definition in ruleset.events.values()
            for flag in getattr(definition, "flags", ())
        )
    )


def _answer_of(data: Mapping[str, Any], fact: FactDef) -> Any:
    facts = data.get("facts")
    return facts.get(fact.id) if isinstance(facts, dict) else None


# --- pieces of HTML -------------------------------------------------------------------------------


def _document(lang: str, title: str, body: str, *, current: str, query: str = "") -> str:
    other = "en" if lang == "nl" else "nl"
    nav = "".join(
        (
            f'<li><a href="{href}?lang={lang}"{ARIA_CURRENT if key == current else ""}>'
            f"{esc(word(key, lang))}</a></li>"
        )
        for key, href in (
            ("page_nav_checklist", "/"),
            ("page_nav_interview", "/interview"),
            ("page_nav_training", "/training"),
            ("page_nav_api", "/v1/docs"),
        )
    )
    switch_query = urllib.parse.urlencode({**dict(urllib.parse.parse_qsl(query)), "lang": other})
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} - gevoeligheid</title>"
        '<link rel="stylesheet" href="/static/page.css"><script src="/static/page.js" '
        "defer></script></head>"
        f'<body><a class="skip" href="#main">{esc(word("page_skip", lang))}</a>'
        '<header class="top"><p class="brand">gevoeligheid <span '
        f'class="version">{esc(__version__)}</span></p>'
        f'<nav aria-label="{esc(word("page_nav", lang))}"><ul>{nav}</ul></nav>'
        f'<p class="lang"><a href="?{esc(switch_query)}" lang="{other}" '
        f'hreflang="{other}">{esc(word("page_other_language", other))}</a></p></header>'
        f'<main id="main" tabindex="-1">{body}</main></body></html>\n'
    )


def _citation(citation: Citation, quote: str, lang: str) -> str:
    """By section and quote, as every readable output cites (the lines are in the JSON)."""
    return (
        f'<details class="source"><summary>{esc(citation.section)}'
        f'<span class="visually-hidden"> {esc(word("page_show_quote", lang))}</span></summary>'
        f'<blockquote>{esc(quote)}</blockquote><p class="doc">{esc(citation.document)}</p></'
        "details>"
    )


def _levels_text(outcome: Outcome, lang: str) -> str:
    levels = outcome.levels()
    return f"{label(levels['classification'], lang)}; {label(levels['escalation'], lang)}"


def _roles(roles: Iterable[str], lang: str) -> str:
    chosen = [label(role, lang) for role in ROLES if role in set(roles)]
    return ", ".join(chosen) or word("nobody", lang)


def _quotes(ruleset: RuleSet) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    return (
        {fact.id: fact.quote for fact in ruleset.facts.values()},
        {rule.id: rule.quote for rule in ruleset.rules},
        {action.id: action.quote for action in ruleset.actions},
    )


def _evaluate(
    evaluator: Evaluator, data: dict[str, Any], lang: str
) -> tuple[Result | None, str | None]:
    try:
        return evaluator.evaluate(
            data,
            lang=lang,  # type: ignore[arg-type]
            engine="reference",
            source="formulier" if lang == "nl" else "form",
        ), None
    except GevoeligheidError as error:
        return None, _shown(error, lang)


def _shown(error: GevoeligheidError, lang: str) -> str:
    """An error's line for the page: a day without rules named by the form's peildatum, never by
    the rule set's folder on the server."""
    if isinstance(error, NotInForce):
        error = error.as_parameter("peildatum")
    return error.show(lang)


def result_region(
    evaluator: Evaluator,
    ruleset: RuleSet,
    data: dict[str, Any],
    lang: str,
    error: str | None,
    *,
    heading: str = "h2",
) -> str:
    """The result beside the form: outcome, signals, reasons, actions, open
    questions, worst case."""
    result, failed = (None, error) if error else _evaluate(evaluator, data, lang)
    if result is None:
        return (
            f'<div class="error" role="alert"><{heading}>{esc(word("page_error", lang))}</'
            f"{heading}><p>{esc(failed)}</p></div>"
        )
    fact_quotes, rule_quotes, action_quotes = _quotes(evaluator.ruleset)
    out = [f'<{heading} id="result-title">{esc(word("page_result", lang))}</{heading}>']
    out.append('<dl class="outcome">')
    out.append(
        f'<dt>{esc(word("classification", lang))}</dt><dd class="level '
        f'level-{result.outcome.classification}" data-part="classification">'
        f"{esc(label(result.classification, lang))}</dd>"
    )
    out.append(
        f'<dt>{esc(word("escalation", lang))}</dt><dd data-part="escalation">'
        f"{esc(label(result.escalation, lang))}</dd>"
    )
    out.append(
        f'<dt>{esc(word("inform", lang))}</dt><dd data-part="inform">'
        f"{esc(_roles(result.inform, lang))}</dd>"
    )
    out.append(f"<dt>{esc(word('score', lang))}</dt><dd>{result.score}</dd>")
    out.append(
        f"<dt>{esc(word('page_worst_case', lang))}</dt><dd "
        f'data-part="worst">{esc(_levels_text(result.worst_case, lang))}; '
        f"{esc(word('inform', lang).lower())}: {esc(_roles(result.worst_case.inform, lang))}</dd>"
    )
    out.append("</dl>")
    out.append(
        '<p class="settled">'
        f"{esc(word('page_settled' if settled(result) else 'page_not_settled', lang, count=len(result.open_questions)))}"  # noqa: E501
        "</p>"
    )
    if result.escalation_ground:
        out.append(
            f"<p>{esc(word('ground', lang))}: {esc(', '.join(result.escalation_ground))}</p>"
        )
    sub = "h3" if heading == "h2" else "h4"
    out.append(f"<{sub}>{esc(word('actions', lang))}</{sub}>")
    if result.actions:
        out.append('<ul class="actions">')
        for action in result.actions:
            out.append(
                f"<li><strong>{esc(label(action.role, lang))}</strong>: "
                f"{esc(action.text)}"
                f"{_citation(action.source, action_quotes.get(action.id, ''), lang)}</li>"
            )
        out.append("</ul>")
    else:
        out.append(f"<p>{esc(word('no_actions', lang))}</p>")
    out.append(f"<{sub}>{esc(word('signals', lang))}</{sub}>")
    if result.signals:
        out.append('<ul class="signals">')
        for signal in result.signals:
            extra = (
                f' <span class="note">({esc(word("from_events", lang))})</span>'
                if signal.from_events
                else ""
            )
            out.append(
                f'<li>{esc(signal.label)} <span class="weight">({esc(word("weight", lang).lower())}'
                f" {signal.weight})</span>{extra}"
                f"{_citation(signal.source, fact_quotes.get(signal.id, ''), lang)}</li>"
            )
        out.append("</ul>")
    else:
        out.append(f"<p>{esc(word('no_signals', lang))}</p>")
    out.append(f"<{sub}>{esc(word('reasons', lang))}</{sub}>")
    if result.reasons:
        out.append('<ul class="reasons">')
        for reason in result.reasons:
            out.append(
                f"<li>{esc(reason.because)}"
                f"{_citation(reason.source, rule_quotes.get(reason.rule, ''), lang)}</li>"
            )
        out.append("</ul>")
    else:
        out.append(f"<p>{esc(word('no_reasons', lang))}</p>")
    if result.conflicts:
        out.append(f'<{sub}>{esc(word("conflicts", lang))}</{sub}><ul class="conflicts">')
        out.extend(f"<li>{esc(conflict.message)}</li>" for conflict in result.conflicts)
        out.append("</ul>")
    out.append(f"<{sub}>{esc(word('open_questions', lang))} ({len(result.open_questions)})</{sub}>")
    if result.open_questions:
        out.append('<ul class="open">')
        for question in result.open_questions:
            could = question.could_raise_to
            rises = (
                _levels_text(could, lang)
                if (could.classification, could.escalation, could.inform)
                != (result.outcome.classification, result.outcome.escalation, result.outcome.inform)
                else word("no_change", lang)
            )
            out.append(
                f'<li><a href="#q-{esc(question.fact)}">{esc(question.question)}</a> <span '
                f'class="could">{esc(word("could_raise_to", lang).lower())}: '
                f"{esc(rises)}</span>"
                f"{_citation(question.source, fact_quotes.get(question.fact, ''), lang)}</li>"
            )
        out.append("</ul>")
    info = result.ruleset
    out.append(
        f'<p class="meta">{esc(word("ruleset", lang))} {esc(info.name)} {esc(info.version)}; '
        f"{esc(word('peildatum', lang))} "
        f"{esc(result.peildatum.isoformat() if result.peildatum else '')}</p>"
    )
    return "".join(out)


def _radio(name: str, value: str, text: str, checked: bool, ident: str) -> str:
    return (
        f'<span class="choice"><input type="radio" id="{esc(ident)}" name="{esc(name)}" '
        f'value="{esc(value)}"{" checked" if checked else ""}><label '
        f'for="{esc(ident)}">{esc(text)}</label></span>'
    )


def _fact_fieldset(fact: FactDef, answer: Any, lang: str) -> str:
    out = [
        (
            f'<fieldset id="q-{esc(fact.id)}" class="question"><legend>'
            f'{esc(fact.question.get(lang))}</legend><div class="choices">'
        )
    ]
    if fact.type == "bool":
        for value, key in (("true", "answer_yes"), ("false", "answer_no"), ("", "answer_unknown")):
            chosen = (
                (answer is True and value == "true")
                or (answer is False and value == "false")
                or (answer is None and value == "")
            )
            out.append(
                _radio(
                    f"f.{fact.id}",
                    value,
                    word(key, lang),
                    chosen,
                    f"f-{fact.id}-{value or 'unknown'}",
                )
            )
    elif fact.type == "grade":
        for value in fact.values:
            out.append(
                _radio(
                    f"f.{fact.id}",
                    value,
                    fact.word(value, lang),
                    answer == value,
                    f"f-{fact.id}-{value}",
                )
            )
        out.append(
            _radio(
                f"f.{fact.id}",
                "",
                word("answer_unknown", lang),
                answer is None or answer not in fact.values,
                f"f-{fact.id}-unknown",
            )
        )
    else:
        chosen_words = answer if isinstance(answer, list) else []
        state = "" if answer is None else ("some" if chosen_words else "none")
        out.append(
            _radio(
                f"s.{fact.id}",
                "",
                word("answer_unknown", lang),
                state == "",
                f"s-{fact.id}-unknown",
            )
        )
        out.append(
            _radio(
                f"s.{fact.id}",
                "none",
                word("answer_none", lang),
                state == "none",
                f"s-{fact.id}-none",
            )
        )
        out.append(
            _radio(
                f"s.{fact.id}",
                "some",
                word("page_set_some", lang),
                state == "some",
                f"s-{fact.id}-some",
            )
        )
        out.append('</div><div class="choices words">')
        for value in fact.values:
            ident = f"w-{fact.id}-{value}"
            out.append(
                f'<span class="choice"><input type="checkbox" id="{esc(ident)}" '
                f'name="w.{esc(fact.id)}" value="{esc(value)}"'
                f"{' checked' if value in chosen_words else ''}><label "
                f'for="{esc(ident)}">{esc(fact.word(value, lang))}</label></span>'
            )
    out.append("</div>")
    out.append(
        f'<details class="source"><summary>{esc(fact.source.section)}<span '
        f'class="visually-hidden"> {esc(word("page_show_quote", lang))}</span></summary>'
        f"<blockquote>{esc(fact.quote)}</blockquote></details>"
    )
    out.append("</fieldset>")
    return "".join(out)


def _events_fieldset(ruleset: RuleSet, data: Mapping[str, Any], lang: str) -> str:
    given = data.get("events")
    rows = (
        [event for event in given if isinstance(event, dict)][:MAX_EVENTS]
        if isinstance(given, list)
        else []
    )
    out = [
        (
            f'<fieldset id="events" class="events"><legend>{esc(word("page_events", lang))}</'
            f'legend><p class="hint">{esc(word("page_events_hint", lang))}</p>'
        )
    ]
    kinds = sorted(ruleset.events)
    details = [
        (kind, key, value)
        for kind in kinds
        for key, values in ruleset.events[kind].fields.items()
        for value in values
    ]
    flags = _event_flags(ruleset)
    for index in range(len(rows) + NEW_EVENT_ROWS):
        event = rows[index] if index < len(rows) else {}
        kind = str(event.get("type") or "")
        out.append(
            '<div class="event-row" role="group" aria-label="'
            f'{esc(word("page_event_number", lang, number=index + 1))}">'
        )
        options = [f'<option value=""{" selected" if not kind else ""}>-</option>']
        options += [
            f'<option value="{esc(name)}"{" selected" if name == kind else ""}>{esc(name)}</option>'
            for name in kinds
        ]
        if kind and kind not in kinds:
            options.append(f'<option value="{esc(kind)}" selected>{esc(kind)}</option>')
        out.append(
            f'<span class="cell"><label for="e-type-{index}">{esc(word("page_event_type", lang))}</'
            f'label><select id="e-type-{index}" name="e.type.{index}">{"".join(options)}</select></'
            "span>"
        )
        out.append(
            f'<span class="cell"><label for="e-datum-{index}">{esc(word("page_event_date", lang))}'
            f'</label><input type="date" id="e-datum-{index}" name="e.datum.{index}" '
            f'value="{esc(event.get("datum") or "")}"></span>'
        )
        current = next(
            (
                f"{key}={event[key]}"
                for _, key, _ in details
                if key in event
                and event.get("type")
                and kind in ruleset.events
                and key in ruleset.events[kind].fields
            ),
            "",
        )
        detail_options = [f'<option value=""{" selected" if not current else ""}>-</option>']
        for detail_kind, key, value in details:
            ident = f"{key}={value}"
            detail_options.append(
                f'<option value="{esc(ident)}"'
                f"{' selected' if ident == current and detail_kind == kind else ''}>"
                f"{esc(detail_kind)}: {esc(value.replace('_', ' '))}</option>"
            )
        out.append(
            f'<span class="cell"><label for="e-detail-{index}">'
            f'{esc(word("page_event_detail", lang))}</label><select id="e-detail-{index}" '
            f'name="e.detail.{index}">{"".join(detail_options)}</select></span>'
        )
        for flag in flags:  # true/false fields of an event type (an incident's `significant`)
            ident = f"e-flag-{index}-{flag}"
            out.append(
                '<span class="cell flag"><span class="choice"><input type="checkbox" '
                f'id="{esc(ident)}" name="e.flag.{index}" value="{esc(flag)}"'
                f"{' checked' if event.get(flag) is True else ''}><label "
                f'for="{esc(ident)}">{esc(flag.replace("_", " "))}</label></span></span>'
            )
        kept = {
            key: value
            for key, value in event.items()
            if key not in ("type", "datum", *flags)
            and not (kind in ruleset.events and key in ruleset.events[kind].fields)
        }
        if kept:
            out.append(
                f'<input type="hidden" name="e.extra.{index}" '
                f'value="{esc(json.dumps(kept, ensure_ascii=False))}">'
            )
        out.append("</div>")
    out.append("</fieldset>")
    return "".join(out)


def checklist_page(
    evaluator: Evaluator,
    ruleset: RuleSet,
    data: dict[str, Any],
    lang: str,
    error: str | None,
    example: str = "",
) -> str:
    examples = shipped_examples()
    picker = "".join(
        f'<option value="{esc(name)}"{" selected" if name == example else ""}>{esc(name)}</option>'
        for name in examples
    )
    out = [
        (
            f"<h1>{esc(word('page_title', lang))}</h1><p "
            f'class="intro">{esc(word("page_intro", lang))}</p>'
        )
    ]
    out.append(
        '<form class="example" method="get" action="/"><input type="hidden" name="lang" '
        f'value="{lang}">'
        f'<label for="example">{esc(word("page_example", lang))}</label><select id="example" '
        f'name="example">{picker}</select>'
        f'<button type="submit">{esc(word("page_load", lang))}</button></form>'
    )
    out.append('<div class="layout">')
    out.append(
        f'<form id="checklist" class="checklist" method="post" action="/?lang={lang}" '
        f'data-result="/page/result?lang={lang}">'
    )
    extra = {
        key: value
        for key, value in data.items()
        if key not in ("facts", "events", "id", "title", "competent_authority", "task", "peildatum")
    }
    if extra:
        out.append(
            f'<input type="hidden" name="extra" value="{esc(json.dumps(extra, ensure_ascii=False))}'
            '">'
        )
    toelichting = data.get("x-toelichting")
    if isinstance(toelichting, str):
        out.append(f'<p class="toelichting">{esc(toelichting)}</p>')
    out.append(f'<fieldset class="meta"><legend>{esc(word("page_dossier", lang))}</legend>')
    for key, kind in (
        ("id", "text"),
        ("title", "text"),
        ("competent_authority", "text"),
        ("task", "text"),
        ("peildatum", "date"),
    ):
        value = data.get(key)
        out.append(
            f'<div class="field"><label for="m-{key}">{esc(word("page_field_" + key, lang))}</'
            f'label><input type="{kind}" id="m-{key}" name="{key}" '
            f'value="{esc(value if isinstance(value, str) else "")}"></div>'
        )
    out.append("</fieldset>")
    for kind in dict.fromkeys(fact.kind for fact in ruleset.facts.values()):
        title = word(f"kind_title_{kind}", lang) if f"kind_title_{kind}" in _kinds() else kind
        out.append(
            f'<section class="kind" aria-labelledby="kind-{esc(kind)}"><h2 '
            f'id="kind-{esc(kind)}">{esc(title)}</h2>'
        )
        out.extend(
            _fact_fieldset(fact, _answer_of(data, fact), lang)
            for fact in ruleset.facts.values()
            if fact.kind == kind
        )
        out.append("</section>")
    out.append(_events_fieldset(ruleset, data, lang))
    out.append('<div class="buttons">')
    out.append(f'<button type="submit">{esc(word("page_evaluate", lang))}</button>')
    out.append(
        f'<button type="submit" formaction="/interview?lang={lang}">'
        f"{esc(word('page_interview_from_here', lang))}</button>"
    )
    out.append(
        f'<button type="submit" formaction="/report?lang={lang}">{esc(word("page_report", lang))}</'
        "button>"
    )
    out.append(
        f'<button type="submit" formaction="/page/dossier.json">{esc(word("page_download", lang))}'
        "</button>"
    )
    out.append("</div></form>")
    out.append(
        '<section id="result" class="result" aria-live="polite" '
        f'aria-labelledby="result-title">{result_region(evaluator, ruleset, data, lang, error)}</'
        "section>"
    )
    out.append("</div>")
    return _document(lang, word("page_title", lang), "".join(out), current="page_nav_checklist")


def _kinds() -> set[str]:
    from .._messages import keys

    return {key for key in keys() if key.startswith("kind_title_")}


def report_page(
    evaluator: Evaluator, ruleset: RuleSet, data: dict[str, Any], lang: str, error: str | None
) -> str:
    out = [f"<h1>{esc(word('page_report_title', lang))}</h1>"]
    for key in ("id", "title", "competent_authority"):
        if isinstance(data.get(key), str):
            out.append(
                f"<p><strong>{esc(word('page_field_' + key, lang))}</strong>: {esc(data[key])}</p>"
            )
    out.append(
        '<section id="result" class="result report" aria-labelledby="result-title">'
        f"{result_region(evaluator, ruleset, data, lang, error)}</section>"
    )
    answered = [
        (fact, _answer_of(data, fact))
        for fact in ruleset.facts.values()
        if _answer_of(data, fact) is not None
    ]
    if answered:
        out.append(f'<h2>{esc(word("page_answers", lang))}</h2><ul class="answers">')
        out.extend(
            (
                f"<li>{esc(fact.question.get(lang))} <strong>{esc(_answer_text(fact, value, lang))}"
                "</strong></li>"
            )
            for fact, value in answered
        )
        out.append("</ul>")
    return _document(lang, word("page_report_title", lang), "".join(out), current="")


def _answer_text(fact: FactDef, value: Any, lang: str) -> str:
    if value is True:
        return word("answer_yes", lang)
    if value is False:
        return word("answer_no", lang)
    if isinstance(value, list):
        return ", ".join(fact.word(str(item), lang) for item in value) or word("answer_none", lang)
    return fact.word(str(value), lang)


# --- the interview --------------------------------------------------------------------------------


def interview_page(
    evaluator: Evaluator, ruleset: RuleSet, form: list[tuple[str, str]], lang: str
) -> str:
    fields = dict(form)
    if "dossier" in fields or not form:
        raw = fields.get("dossier") or '{"facts": {}}'
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            data = None
    else:  # from the checklist's form
        data, _ = dossier_from_form(form, ruleset)
    skipped = [fact for fact in fields.get("skipped", "").split(",") if fact in ruleset.facts]
    out = [
        (
            f"<h1>{esc(word('page_interview_title', lang))}</h1><p "
            f'class="intro">{esc(word("page_interview_intro", lang))}</p>'
        )
    ]
    if not isinstance(data, dict):
        out.append(
            f'<div class="error" role="alert"><p>{esc(word("page_bad_dossier", lang))}</p></div>'
        )
        return _document(
            lang, word("page_interview_title", lang), "".join(out), current="page_nav_interview"
        )
    message = ""
    stopped = fields.get("action") == "stop"
    fact_id = fields.get("fact") or ""
    if fact_id in ruleset.facts and "answer" in fields and not stopped:
        fact = ruleset.facts[fact_id]
        try:
            value = read_answer(fact, fields["answer"]) if fields["answer"] != "" else UNKNOWN
        except AnswerError as error:
            value, message = None, error.show(lang)
        if value is UNKNOWN:
            skipped.append(fact_id)
            data = with_answer(data, fact_id, None)
        elif value is STOP:
            stopped = True
        elif value is not None:
            data = with_answer(data, fact_id, value)  # type: ignore[arg-type]
    try:
        questions = (
            []
            if stopped
            else [
                question
                for question in next_questions(data, ruleset=ruleset, lang=lang)  # type: ignore[arg-type]
                if question.fact not in skipped
            ]
        )
    except GevoeligheidError as error:
        out.append(f'<div class="error" role="alert"><p>{esc(_shown(error, lang))}</p></div>')
        return _document(
            lang, word("page_interview_title", lang), "".join(out), current="page_nav_interview"
        )
    state = (
        '<input type="hidden" name="dossier" value="'
        f'{esc(json.dumps(data, ensure_ascii=False))}"><input type="hidden" name="skipped" '
        f'value="{esc(",".join(skipped))}">'
    )
    out.append('<div class="layout"><div class="steps">')
    if questions:
        question = questions[0]
        out.append(
            f'<form class="interview" method="post" action="/interview?lang={lang}">{state}<input '
            f'type="hidden" name="fact" value="{esc(question.fact)}">'
        )
        if message:
            out.append(f'<p class="error" role="alert">{esc(message)}</p>')
        out.append(
            _interview_question(
                question,
                ruleset.facts[question.fact],
                lang,
                asked=sum(value is not None for value in (data.get("facts") or {}).values())
                + len(skipped),
            )
        )
        out.append(
            '<div class="buttons"><button type="submit" name="action" '
            f'value="answer">{esc(word("page_answer", lang))}</button>'
        )
        out.append(
            f'<button type="submit" name="action" value="stop">{esc(word("page_stop", lang))}</'
            "button></div></form>"
        )
        answered = [
            (fact, _answer_of(data, fact))
            for fact in ruleset.facts.values()
            if _answer_of(data, fact) is not None or fact.id in skipped
        ]
        if answered:
            out.append(
                f'<h2 class="given">{esc(word("page_answers", lang))}</h2><ul '
                'class="answers-given">'
            )
            out.extend(
                (
                    f"<li>{esc(fact.question.get(lang))} <strong>"
                    f"{esc(word('answer_unknown', lang) if value is None else _answer_text(fact, value, lang))}"  # noqa: E501
                    "</strong></li>"
                )
                for fact, value in answered
            )
            out.append("</ul>")
    else:
        key = (
            "interview_stopped"
            if stopped
            else (
                "interview_settled"
                if settled(evaluator.evaluate(data, lang=lang, engine="reference"))  # type: ignore[arg-type]
                else "interview_nothing_left"
            )
        )
        out.append(f'<div class="done"><p role="status">{esc(word(key, lang))}</p>')
        out.append(
            f'<form method="post" action="/page/dossier.json">{state}<button '
            f'type="submit">{esc(word("page_download", lang))}</button></form>'
        )
        out.append(
            f'<form method="post" action="/?lang={lang}">{state}<button '
            f'type="submit">{esc(word("page_open_in_checklist", lang))}</button></form>'
        )
        out.append(
            f'<form method="post" action="/report?lang={lang}">{state}<button '
            f'type="submit">{esc(word("page_report", lang))}</button></form></div>'
        )
    out.append(
        '</div><section id="result" class="result" aria-live="polite" '
        f'aria-labelledby="result-title">{result_region(evaluator, ruleset, data, lang, None)}</'
        "section></div>"
    )
    return _document(
        lang, word("page_interview_title", lang), "".join(out), current="page_nav_interview"
    )


def _interview_question(question: NextQuestion, fact: FactDef, lang: str, asked: int) -> str:
    out = [
        (
            f'<fieldset class="question" id="q-{esc(question.fact)}"><legend>'
            f"{esc(word('page_question_number', lang, number=asked + 1))} "
            f'{esc(question.question)}</legend><div class="choices vertical">'
        )
    ]
    for index, answer in enumerate(question.answers):
        value = (
            "ja"
            if answer.value is True
            else "nee"
            if answer.value is False
            else (",".join(answer.value) or "geen")
            if isinstance(answer.value, tuple)
            else str(answer.value)
        )
        gives = (
            f"{_levels_text(answer.outcome, lang)}; {word('inform', lang).lower()}: "
            f"{_roles(answer.outcome.inform, lang)}"
        )
        out.append(
            f'<span class="choice"><input type="radio" id="a-{index}" name="answer" '
            f'value="{esc(value)}"{" checked" if index == 0 else ""} '
            f'aria-describedby="a-{index}-gives">'
            f'<label for="a-{index}">{esc(answer.label)}</label> <span class="gives" '
            f'id="a-{index}-gives">{esc(word("page_would_give", lang))}: {esc(gives)}</span></span>'
        )
    out.append(
        '<span class="choice"><input type="radio" id="a-unknown" name="answer" value=""><label '
        f'for="a-unknown">{esc(word("answer_unknown", lang))}</label></span>'
    )
    out.append("</div>")
    out.append(_citation(question.source, question.quote, lang))
    out.append("</fieldset>")
    return "".join(out)


# --- training -------------------------------------------------------------------------------------


def training_page(
    evaluator: Evaluator,
    ruleset: RuleSet,
    query: list[tuple[str, str]],
    form: list[tuple[str, str]],
    lang: str,
) -> str:
    title = word("page_training_title", lang)
    try:
        chosen = course()
    except CourseError as error:
        return _document(
            lang,
            title,
            (
                f'<h1>{esc(title)}</h1><div class="error" role="alert"><p>{esc(error.show(lang))}</'
                "p></div>"
            ),
            current="page_nav_training",
        )
    params = dict(query) | dict(form)
    try:
        number = max(0, min(int(params.get("item", "0")), len(chosen.items) - 1))
    except ValueError:
        number = 0
    item = chosen.items[number]
    data = dict(item.dossier)
    out = [f"<h1>{esc(title)}: {esc(chosen.title.get(lang))}</h1>"]
    links = "".join(
        (
            f'<li><a href="/training?lang={lang}&amp;item={index}"'
            f"{ARIA_CURRENT if index == number else ''}>{index + 1}. "
            f"{esc(other.dossier.get('title') or other.name)}</a></li>"
        )
        for index, other in enumerate(chosen.items)
    )
    out.append(
        f'<nav class="course" aria-label="{esc(word("page_course_items", lang))}"><details>'
        f"<summary>{esc(word('page_course_items', lang))} "
        f"({len(chosen.items)})</summary><ol>{links}</ol></details></nav>"
    )
    out.append(f"<h2>{number + 1}. {esc(data.get('title') or item.name)}</h2>")
    if item.note is not None:
        out.append(f'<p class="note">{esc(item.note.get(lang))}</p>')
    if isinstance(data.get("x-toelichting"), str):
        out.append(f'<p class="toelichting">{esc(data["x-toelichting"])}</p>')
    out.append(_dossier_facts(ruleset, data, lang))
    result, failed = _evaluate(evaluator, data, lang)
    if result is None:
        out.append(f'<div class="error" role="alert"><p>{esc(failed)}</p></div>')
        return _document(lang, title, "".join(out), current="page_nav_training")
    guess = None
    if form and params.get("classification") is not None:
        try:
            guess = Guess.of(
                params.get("classification", ""),
                params.get("escalation", ""),
                [value for key, value in form if key == "inform"],
            )
        except ValueError:
            out.append(
                f'<p class="error" role="alert">{esc(word("page_training_choose", lang))}</p>'
            )
    if guess is None:
        out.append(_guess_form(number, lang))
    else:
        out.append(_comparison(evaluator, ruleset, guess, result, lang))
        out.append(_change_one(evaluator, ruleset, number, data, result, params, lang))
    if number + 1 < len(chosen.items):
        out.append(
            f'<p class="next"><a href="/training?lang={lang}&amp;item={number + 1}">'
            f"{esc(word('page_next_item', lang))}</a></p>"
        )
    return _document(lang, title, "".join(out), current="page_nav_training")


def _dossier_facts(ruleset: RuleSet, data: Mapping[str, Any], lang: str) -> str:
    """What the dossier says: the answered questions in view, the unknown ones and the events
    folded away."""
    known, unknown = [], []
    for fact in ruleset.facts.values():
        value = _answer_of(data, fact)
        if value is None:
            unknown.append(f"<li>{esc(fact.question.get(lang))}</li>")
        else:
            known.append(
                f'<tr><th scope="row">{esc(fact.question.get(lang))}</th><td>'
                f"{esc(_answer_text(fact, value, lang))}</td></tr>"
            )
    out = []
    if known:
        out.append(
            f'<table class="answers"><caption>{esc(word("page_dossier_answers", lang))}</caption>'
            f'<thead><tr><th scope="col">{esc(word("question", lang))}</th><th '
            f'scope="col">{esc(word("page_answer_column", lang))}</th></tr></thead><tbody>'
            f"{''.join(known)}</tbody></table>"
        )
    if unknown:
        out.append(
            '<details class="facts"><summary>'
            f"{esc(word('page_dossier_unknown', lang, count=len(unknown)))}</summary><ul>"
            f"{''.join(unknown)}</ul></details>"
        )
    listed = data.get("events")
    events = listed if isinstance(listed, list) else []
    event_rows = "".join(
        (
            f"<li>{esc(event.get('datum', ''))}: {esc(event.get('type', ''))} "
            f"{esc(', '.join(f'{key} {value}' for key, value in event.items() if key not in ('type', 'datum')))}"  # noqa: E501
            "</li>"
        )
        for event in events
        if isinstance(event, dict)
    )
    if event_rows:
        out.append(
            f'<details class="facts"><summary>{esc(word("page_events", lang))} '
            f'({len(events)})</summary><ul class="events-list">{event_rows}</ul></details>'
        )
    return "".join(out)


def _guess_form(number: int, lang: str) -> str:
    out = [
        (
            f'<form class="guess" method="post" action="/training?lang={lang}"><input '
            f'type="hidden" name="item" value="{number}">'
        )
    ]
    out.append(f"<p>{esc(word('page_training_first', lang))}</p>")
    for part, ladder in (("classification", CLASSIFICATIONS), ("escalation", ESCALATIONS)):
        out.append(
            f'<fieldset class="question"><legend>{esc(word(part, lang))}</legend><div '
            'class="choices vertical">'
        )
        out.extend(
            _radio(part, level, label(level, lang), False, f"g-{part}-{level}") for level in ladder
        )
        out.append("</div></fieldset>")
    out.append(
        f'<fieldset class="question"><legend>{esc(word("inform", lang))}</legend><div '
        'class="choices vertical">'
    )
    for role in ROLES:
        out.append(
            f'<span class="choice"><input type="checkbox" id="g-inform-{role}" name="inform" '
            f'value="{role}"><label for="g-inform-{role}">{esc(label(role, lang))}</label></span>'
        )
    out.append("</div></fieldset>")
    out.append(
        f'<div class="buttons"><button type="submit">{esc(word("page_training_check", lang))}</'
        "button></div></form>"
    )
    return "".join(out)


def _comparison(
    evaluator: Evaluator, ruleset: RuleSet, guess: Guess, result: Result, lang: str
) -> str:
    _, rule_quotes, _ = _quotes(evaluator.ruleset)
    out = [
        (
            '<section class="comparison" aria-labelledby="comparison-title" '
            'aria-live="polite"><h3 id="comparison-title">'
            f"{esc(word('page_training_comparison', lang))}</h3>"
        )
    ]
    out.append(
        '<table><thead><tr><th scope="col"></th><th scope="col">'
        f"{esc(word('page_training_yours', lang))}</th><th "
        f'scope="col">{esc(word("page_training_library", lang))}</th><th '
        f'scope="col">{esc(word("page_training_verdict", lang))}</th></tr></thead><tbody>'
    )
    differences = compare(guess, result)
    for difference in differences:
        shown = [
            _roles(value, lang) if isinstance(value, tuple) else label(value, lang)
            for value in (difference.guessed, difference.answer)
        ]
        verdict = word(
            {0: "page_same", -1: "page_lower", 1: "page_higher"}[difference.direction], lang
        )
        out.append(
            f'<tr class="{"same" if difference.direction == 0 else "differs"}"><th '
            f'scope="row">{esc(word(difference.part, lang))}</th><td>{esc(shown[0])}</td><td>'
            f"{esc(shown[1])}</td><td>{esc(verdict)}</td></tr>"
        )
    out.append("</tbody></table>")
    for difference in differences:
        if difference.direction == 0:
            continue
        out.append(f"<h4>{esc(word('page_why_' + difference.part, lang))}</h4>")
        positions = drivers(result, difference.part)
        if not positions:
            out.append(f"<p>{esc(word('page_no_rule_sets', lang))}</p>")
            continue
        out.append('<ul class="reasons">')
        for position in positions:
            reason = result.reasons[position]
            items = ", ".join(
                (
                    f"{ruleset.facts[fact_id].question.get(lang) if fact_id in ruleset.facts else fact_id}"  # noqa: E501
                    " ("
                    f"{_answer_text(ruleset.facts[fact_id], _plain(value), lang) if fact_id in ruleset.facts else value}"  # noqa: E501
                    ")"
                )
                for fact_id, value in reason.facts.items()
            )
            if (
                not items and reason.counts
            ):  # a rule on the signals together: which signals they are
                items = ", ".join(
                    f"{signal.label} ({word('weight', lang).lower()} {signal.weight})"
                    for signal in result.signals
                    if signal.counted
                )
            checklist = (
                (
                    f' <span class="items">{esc(word("page_checklist_items", lang))}: '
                    f"{esc(items)}</span>"
                )
                if items
                else ""
            )
            out.append(
                f"<li>{esc(reason.because)}{checklist}"
                f"{_citation(reason.source, rule_quotes.get(reason.rule, ''), lang)}</li>"
            )
        out.append("</ul>")
    out.append("</section>")
    return "".join(out)


def _plain(value: Value) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _change_one(
    evaluator: Evaluator,
    ruleset: RuleSet,
    number: int,
    data: dict[str, Any],
    result: Result,
    params: Mapping[str, str],
    lang: str,
) -> str:
    """What one answer does: pick a question and an answer, see the outcome before and after."""
    options = []
    chosen = params.get("change", "")
    for fact in ruleset.facts.values():
        for value, text in _answer_choices(fact, lang):
            ident = f"{fact.id}={value}"
            options.append(
                f'<option value="{esc(ident)}"{" selected" if ident == chosen else ""}>'
                f"{esc(fact.question.get(lang))}: {esc(text)}</option>"
            )
    out = [
        (
            '<section class="change" aria-labelledby="change-title"><h3 '
            f'id="change-title">{esc(word("page_change_one", lang))}</h3>'
        )
    ]
    out.append(
        f'<form method="post" action="/training?lang={lang}"><input type="hidden" name="item" '
        f'value="{number}">'
    )
    for key in ("classification", "escalation"):
        out.append(f'<input type="hidden" name="{key}" value="{esc(params.get(key, ""))}">')
    for key, value in params.items():
        if key == "inform":
            out.append(f'<input type="hidden" name="inform" value="{esc(value)}">')
    out.append(
        f'<label for="change">{esc(word("page_change_pick", lang))}</label><select id="change" '
        f'name="change">{"".join(options)}</select>'
    )
    out.append(f'<button type="submit">{esc(word("page_change_show", lang))}</button></form>')
    if "=" in chosen:
        fact_id, _, raw = chosen.partition("=")
        if fact_id in ruleset.facts:
            fact = ruleset.facts[fact_id]
            new: Any = (
                None
                if raw == ""
                else {"true": True, "false": False}.get(raw, raw)
                if fact.type != "set"
                else ([] if raw == "-" else [raw])
            )
            changed, failed = _evaluate(evaluator, with_answer(data, fact_id, new), lang)
            if changed is None:
                out.append(f'<p class="error" role="alert">{esc(failed)}</p>')
            else:
                before = (
                    f"{_levels_text(result.outcome, lang)}; {word('inform', lang).lower()}: "
                    f"{_roles(result.inform, lang)}"
                )
                after = (
                    f"{_levels_text(changed.outcome, lang)}; {word('inform', lang).lower()}: "
                    f"{_roles(changed.inform, lang)}"
                )
                out.append(
                    f'<div role="status" class="changed"><p>{esc(word("page_before", lang))}: '
                    f"<strong>{esc(before)}</strong></p><p>{esc(word('page_after', lang))}: "
                    f"<strong>{esc(after)}</strong></p>"
                )
                old_rules = {reason.rule for reason in result.reasons}
                new_rules = [reason for reason in changed.reasons if reason.rule not in old_rules]
                gone = [
                    reason
                    for reason in result.reasons
                    if reason.rule not in {other.rule for other in changed.reasons}
                ]
                if new_rules or gone:
                    out.append('<ul class="reasons">')
                    out.extend(f"<li>+ {esc(reason.because)}</li>" for reason in new_rules)
                    out.extend(f"<li>- {esc(reason.because)}</li>" for reason in gone)
                    out.append("</ul>")
                elif changed.outcome == result.outcome:
                    out.append(f"<p>{esc(word('page_no_difference', lang))}</p>")
                out.append("</div>")
    out.append("</section>")
    return "".join(out)


def _answer_choices(fact: FactDef, lang: str) -> list[tuple[str, str]]:
    unknown = ("", word("answer_unknown", lang))
    if fact.type == "bool":
        return [("true", word("answer_yes", lang)), ("false", word("answer_no", lang)), unknown]
    if fact.type == "grade":
        return [(value, fact.word(value, lang)) for value in fact.values] + [unknown]
    return (
        [("-", word("answer_none", lang))]
        + [(value, fact.word(value, lang)) for value in fact.values]
        + [unknown]
    )


# --- /v1/docs -------------------------------------------------------------------------------------


def docs_page(document: Mapping[str, Any], lang: str) -> str:
    rows = []
    servers = document.get("servers") or [{}]
    base = str(servers[0].get("url") or "")
    base = (
        base.rstrip("/") if base.startswith("/") else ""
    )  # paths are relative to the service's own server
    for path, operations in (document.get("paths") or {}).items():
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            rows.append(
                f"<tr><td><code>{esc(method.upper())}</code></td><td><code>{esc(base + path)}</"
                f"code></td><td>{esc(operation.get('summary') or '')}</td></tr>"
            )
    body = (
        f"<h1>{esc(word('page_docs_title', lang))}</h1><p>{esc(word('page_docs_intro', lang))} <a "
        'href="/v1/openapi.json">/v1/openapi.json</a></p>'
        f'<table class="docs"><thead><tr><th scope="col">{esc(word("page_docs_method", lang))}</th>'
        f'<th scope="col">{esc(word("page_docs_path", lang))}</th><th '
        f'scope="col">{esc(word("page_docs_summary", lang))}</th></tr></thead><tbody>'
        f"{''.join(rows)}</tbody></table>"
    )
    return _document(lang, word("page_docs_title", lang), body, current="page_nav_api")


__all__: list[str] = ["register"]
