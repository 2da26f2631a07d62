"""The meeting's pages as self-contained HTML (printable, no outside files, every value escaped)
or Markdown: the portfolio report, a dossier's timeline, and the impact of other rules."""

from __future__ import annotations

import datetime
import html
from collections.abc import Sequence
from typing import Any

from .._messages import label, word
from .._model import CLASSIFICATIONS, ESCALATIONS
from . import chart
from .portfolio import Portfolio, raising

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:2px solid #08519c;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin-bottom:.3rem}.meta{color:#555;font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
td:first-child{white-space:nowrap;overflow-wrap:normal}
th{background:#eef3f8}.charts{display:flex;flex-wrap:wrap;gap:1rem}.charts svg{max-width:100%;height:auto}
.level{font-weight:600;white-space:nowrap}ol.agenda>li{margin-bottom:.6rem}.late{color:#b2182b;font-weight:600}.ok{color:#1b7837}
@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}table,figure,.charts svg,li{break-inside:avoid}a{color:inherit;text-decoration:none}}
"""  # noqa: E501


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _md(value: Any) -> str:
    """A dossier's own text in Markdown: on one line, so it cannot start a heading or
    a list of its own."""
    return " ".join(str(value).split())


def _page(title: str, lang: str, body: list[str]) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{_e(lang)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(title)}</title>",
            f"<style>{_STYLE}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], markdown: bool, raw: bool = False
) -> list[str]:
    """A table; cells are escaped unless `raw` (then the caller escaped them)."""
    if markdown:

        def cell(text: str) -> str:
            return _md(text).replace("|", "\\|")

        return [
            "| " + " | ".join(headers) + " |",
            "|" + "---|" * len(headers),
            *["| " + " | ".join(cell(item) for item in row) + " |" for row in rows],
            "",
        ]
    head = "".join(f"<th>{_e(item)}</th>" for item in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{item if raw else _e(item)}</td>" for item in row) + "</tr>"
        for row in rows
    )
    return [f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"]


def _roles(roles: Sequence[str], lang: str) -> str:
    return ", ".join(label(role, lang) for role in roles) or word("report_nobody", lang)


def _questions(questions: Sequence[dict[str, Any]], lang: str, shown: int = 3) -> str:
    """The first few questions that would raise a level, and how many more there are: by their
    question, in the result's language, as an inspector reads them (not by fact id)."""
    text = "; ".join(str(question["question"]) for question in questions[:shown])
    if len(questions) > shown:
        text += "; " + word("report_more", lang, count=len(questions) - shown)
    return text


def _missing(lang: str) -> str:
    return word("report_no_matplotlib", lang)


# --- the portfolio report -------------------------------------------------------------------------


def report_page(portfolio: Portfolio, lang: str, *, markdown: bool, today: datetime.date) -> str:
    def t(key: str, **fields: Any) -> str:
        return word("report_" + key, lang, **fields)

    out: list[str] = []

    def heading(level: int, text: str) -> None:
        out.append(
            f"{'#' * level} {_md(text)}\n" if markdown else f"<h{level}>{_e(text)}</h{level}>"
        )

    def para(text: str) -> None:
        out.append(text + "\n" if markdown else f'<p class="meta">{_e(text)}</p>')

    heading(1, t("title"))
    para(
        t("meta", day=today.isoformat(), count=len(portfolio.results))
        + (" " + t("since", since=portfolio.since[:10]) if portfolio.since else "")
    )
    for failed in portfolio.failed:
        para(f"{word('error_prefix', lang)} {failed}")

    heading(2, t("counts"))
    rows = [[label(level, lang), str(count)] for level, count in portfolio.counts("classification")]
    rows_e = [[label(level, lang), str(count)] for level, count in portfolio.counts("escalation")]
    if markdown:
        out += _table([t("classification"), t("number")], rows, True) + _table(
            [t("escalation"), t("number")], rows_e, True
        )
    else:
        out.append('<div class="charts">')
        out.append(
            chart.bars(
                t("classification"),
                [
                    (label(level, lang), count)
                    for level, count in portfolio.counts("classification")
                ],
                _missing(lang),
            )
        )
        out.append(
            chart.bars(
                t("escalation"),
                [(label(level, lang), count) for level, count in portfolio.counts("escalation")],
                _missing(lang),
            )
        )
        out.append("</div>")

    heading(2, t("agenda"))
    agenda = portfolio.agenda()
    if not agenda:
        para(t("agenda_empty"))
    for authority, results in portfolio.by_authority(agenda):
        heading(3, authority or t("no_authority"))
        items = []
        for result in results:
            dossier = result.get("dossier", {})
            name = f"{dossier.get('id') or result.get('source', '')}" + (
                f": {dossier['title']}" if dossier.get("title") else ""
            )
            levels = f"{label(result['classification'], lang)}; {label(result['escalation'], lang)}"
            inform = _roles(result.get("inform", []), lang)
            actions = [
                f"{label(action['role'], lang)}: {action['text']}"
                for action in result.get("actions", [])
            ]
            if markdown:
                items.append(
                    f"1. **{_md(name)}**: {levels}. {t('inform')}: {inform}."
                    + "".join(f"\n   - {action}" for action in actions)
                )
            else:
                acts = "".join(f"<li>{_e(action)}</li>" for action in actions)
                items.append(
                    (
                        f"<li><strong>{_e(name)}</strong><br><span "
                        f'class="level">{_e(levels)}</span>. {_e(t("inform"))}: {_e(inform)}'
                    )
                    + (f"<ul>{acts}</ul>" if acts else "")
                    + "</li>"
                )
        out.append(
            "\n".join(items) + "\n"
            if markdown
            else '<ol class="agenda">' + "".join(items) + "</ol>"
        )

    heading(2, t("could_rise"))
    rising = portfolio.could_rise()
    if not rising:
        para(t("could_rise_none"))
    for authority, results in portfolio.by_authority(rising):
        heading(3, authority or t("no_authority"))
        rows = [
            [
                str(result.get("dossier", {}).get("id") or result.get("source", "")),
                f"{label(result['classification'], lang)}; {label(result['escalation'], lang)}",
                (
                    f"{label(result['worst_case']['classification'], lang)}; "
                    f"{label(result['worst_case']['escalation'], lang)}"
                ),
                _questions(raising(result), lang),
            ]
            for result in results
        ]
        out += _table([word("dossier", lang), t("now"), t("worst"), t("raising")], rows, markdown)

    heading(2, t("changes"))
    if portfolio.since is None:
        para(t("changes_need_log"))
    elif not portfolio.changes:
        para(t("changes_none"))
    else:
        rows = [
            [
                change["dossier_id"],
                change["logged_at"][:10],
                (
                    f"{label(change['before']['classification'], lang)}; "
                    f"{label(change['before']['escalation'], lang)}"
                )
                if change["before"]
                else t("new"),
                (
                    f"{label(change['after']['classification'], lang)}; "
                    f"{label(change['after']['escalation'], lang)}"
                ),
            ]
            for change in portfolio.changes
        ]
        out += _table([word("dossier", lang), t("logged"), t("before"), t("after")], rows, markdown)

    heading(2, t("feedback"))
    if portfolio.since is None and not portfolio.overrides and not portfolio.accepted:
        para(t("changes_need_log"))
    else:
        para(t("feedback_counts", accepted=portfolio.accepted, overridden=len(portfolio.overrides)))
        rows = [
            [t(ladder), label(level, lang), str(count)]
            for ladder, level, count in portfolio.overrides_per_level()
        ]
        if rows:
            out += _table([t("ladder"), t("chosen"), t("number")], rows, markdown)
    text = "\n".join(out)
    return text if markdown else _page(t("title"), lang, out)


# --- the timeline ---------------------------------------------------------------------------------


def timeline_page(timeline: Any, lang: str, *, markdown: bool) -> str:
    def t(key: str, **fields: Any) -> str:
        return word("timeline_" + key, lang, **fields)

    dossier = timeline.dossier
    name = str(dossier.get("id") or "") + (f": {dossier['title']}" if dossier.get("title") else "")
    out: list[str] = []
    out.append(
        f"# {t('title', name=name)}\n" if markdown else f"<h1>{_e(t('title', name=name))}</h1>"
    )
    key, fields = timeline.summary()
    summary = word(key, lang, **fields)
    if timeline.rules_from is not None:
        summary += " " + t("before_rules", day=timeline.rules_from.isoformat())
    out.append(summary + "\n" if markdown else f'<p class="meta">{_e(summary)}</p>')
    if not markdown:
        days = [step.day for step in timeline.steps]
        series = [
            (
                word("classification", lang),
                [CLASSIFICATIONS.index(step.result.classification) for step in timeline.steps],
                [label(level, lang) for level in CLASSIFICATIONS],
            ),
            (
                word("escalation", lang),
                [ESCALATIONS.index(step.result.escalation) for step in timeline.steps],
                [label(level, lang) for level in ESCALATIONS],
            ),
        ]
        marks = [
            (check.done, ESCALATIONS.index(check.what), t("recorded"))
            for check in timeline.checks
            if check.done and check.what in ESCALATIONS
        ]
        out.append(chart.steps(t("chart"), days, series, marks, _missing(lang)))
    rows = [
        [
            step.day.isoformat(),
            label(step.result.classification, lang),
            label(step.result.escalation, lang),
            _roles(step.result.inform, lang),
            str(step.result.score),
            step.result.ruleset.version,
        ]
        for step in timeline.steps
    ]
    out += _table(
        [
            t("day"),
            word("classification", lang),
            word("escalation", lang),
            t("inform"),
            t("score"),
            t("version"),
        ],
        rows,
        markdown,
    )
    out.append(f"## {t('first')}\n" if markdown else f"<h2>{_e(t('first'))}</h2>")
    rows = [[label(level, lang), day.isoformat()] for level, day in timeline.first.items()]
    out += _table([t("level"), t("day")], rows, markdown)
    out.append(
        f"## {t('escalaties', days=timeline.grace_days)}\n"
        if markdown
        else f"<h2>{_e(t('escalaties', days=timeline.grace_days))}</h2>"
    )
    rows = [
        [
            label(check.what, lang),
            check.asked.isoformat() if check.asked else "-",
            check.done.isoformat() if check.done else "-",
            t("verdict_" + check.verdict),
        ]
        for check in timeline.checks
    ]
    out += _table([t("what"), t("asked"), t("done"), t("verdict")], rows, markdown)
    if timeline_feedback := timeline.feedback:
        out.append(f"## {t('feedback')}\n" if markdown else f"<h2>{_e(t('feedback'))}</h2>")
        rows = [
            [
                item["given_at"][:10],
                word("feedback_" + item["verdict"], lang),
                label(item.get("classification") or "-", lang)
                + "; "
                + label(item.get("escalation") or "-", lang),
                label(item["role"], lang),
                item.get("reason") or "",
                ", ".join(f"{label(i['role'], lang)} {i['datum']}" for i in item["informed"]),
            ]
            for item in timeline_feedback
        ]
        out += _table(
            [t("day"), t("verdict"), t("chosen"), t("role"), t("reason"), t("informed")],
            rows,
            markdown,
        )
    text = "\n".join(out)
    return text if markdown else _page(t("title", name=name), lang, out)


# --- the impact of other rules --------------------------------------------------------------------


def impact_page(
    changes: Sequence[Any],
    skipped: Sequence[Any],
    summary: Any,
    about: dict[str, Any],
    lang: str,
    *,
    html: bool,
) -> str:
    markdown = not html
    title = word("impact_title", lang)
    out: list[str] = [f"# {title}\n" if markdown else f"<h1>{_e(title)}</h1>"]
    meta = word(
        "meeting_compared",
        lang,
        base=about["base"],
        new=about["new"],
        peildatum=about["peildatum"] or word("meeting_own_day", lang),
    )
    result = word(
        "meeting_summary",
        lang,
        compared=summary.compared,
        changed=summary.changed,
        skipped=summary.skipped,
    )
    out += (
        [meta + "\n", result + "\n"]
        if markdown
        else [f'<p class="meta">{_e(meta)}</p>', f"<p>{_e(result)}</p>"]
    )
    rows = [
        [word("meeting_part_" + part, lang), _ids(before, lang), _ids(after, lang), str(count)]
        for (part, before, after), count in summary.rows()
    ]
    out += _table(
        [
            word("meeting_change", lang),
            word("impact_before", lang),
            word("impact_after", lang),
            word("report_number", lang),
        ],
        rows,
        markdown,
    )
    groups: dict[str | None, list[Any]] = {}
    for change in changes:
        groups.setdefault(change.competent_authority, []).append(change)
    for authority, items in sorted(
        groups.items(), key=lambda item: (item[0] is None, item[0] or "")
    ):
        heading = authority or word("report_no_authority", lang)
        out.append(f"## {heading}\n" if markdown else f"<h2>{_e(heading)}</h2>")
        rows = [
            [
                change.dossier_id or change.key,
                "; ".join(
                    (
                        f"{word('meeting_part_' + part, lang)}: {_show(change.base[part], lang)} → "
                        f"{_show(change.new[part], lang)}"
                    )
                    for part in change.parts
                ),
                ", ".join(rule["rule"] for rule in change.rules),
            ]
            for change in items
        ]
        out += _table(
            [word("dossier", lang), word("meeting_change", lang), word("meeting_rules", lang)],
            rows,
            markdown,
        )
    if skipped:
        heading = word("meeting_not_rerun", lang, count=len(skipped))
        out.append(f"## {heading}\n" if markdown else f"<h2>{_e(heading)}</h2>")
        rows = [
            [
                item.key,
                word("impact_reason_" + item.reason, lang)
                + (f": {item.shown(lang)}" if item.reason == "refused" else ""),
            ]
            for item in skipped[:1000]
        ]
        out += _table([word("dossier", lang), word("impact_why", lang)], rows, markdown)
    text = "\n".join(out)
    return text if markdown else _page(title, lang, out)


def _ids(ids: str, lang: str) -> str:
    return ", ".join(label(item, lang) for item in ids.split()) if ids != "-" else "-"


def _show(value: Any, lang: str) -> str:
    if isinstance(value, list):
        return ", ".join(label(item, lang) for item in value) or "-"
    return label(str(value), lang)
