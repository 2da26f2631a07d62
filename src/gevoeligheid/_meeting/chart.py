"""Charts for the meeting's pages as inline SVG, drawn by matplotlib (the `report` extra)."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

from .._errors import GevoeligheidError
from .._exitcodes import ExitCode

#: Colours from light to dark: a level higher up the ladder is darker, also in black and white.
_SHADES = ("#d9e6f2", "#9ecae1", "#4292c6", "#08519c", "#08306b")


class ChartUnavailable(GevoeligheidError):
    """matplotlib is not installed; `show()` says how to get it."""

    exit_code = ExitCode.BAD_INPUT

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def show(self, lang: str = "en") -> str:
        return self.message


def _pyplot(missing: str) -> Any:
    try:
        import matplotlib

        matplotlib.use("svg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise ChartUnavailable(missing) from None
    plt.rcParams.update({"svg.hashsalt": "gevoelig", "font.size": 9, "svg.fonttype": "path"})
    return plt


def _svg(figure: Any, plt: Any) -> str:
    out = io.StringIO()
    figure.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(figure)
    text = out.getvalue()
    text = re.sub(
        r"<metadata>.*?</metadata>", "", text, flags=re.DOTALL
    )  # RDF about matplotlib, not the chart
    return re.sub(r"^.*?(<svg)", r"\1", text, count=1, flags=re.DOTALL)  # no XML header inside HTML


def bars(title: str, items: Sequence[tuple[str, int]], missing: str) -> str:
    """A horizontal bar chart of counts, one bar a level, lowest level on top."""
    plt = _pyplot(missing)
    figure, axes = plt.subplots(figsize=(5.2, 0.42 * len(items) + 0.8))
    names = [name for name, _ in items]
    values = [value for _, value in items]
    positions = list(range(len(items)))[::-1]
    axes.barh(
        positions,
        values,
        color=[_SHADES[min(index, len(_SHADES) - 1)] for index in range(len(items))],
        edgecolor="#333333",
        linewidth=0.5,
    )
    axes.set_yticks(positions, names)
    for position, value in zip(positions, values, strict=True):
        axes.text(value, position, f" {value}", va="center")
    axes.set_title(title, loc="left")
    axes.set_xlim(0, max([*values, 1]) * 1.15)
    axes.xaxis.get_major_locator().set_params(integer=True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return _svg(figure, plt)


def steps(
    title: str,
    days: Sequence[Any],
    series: Sequence[tuple[str, Sequence[int], Sequence[str]]],
    marks: Sequence[tuple[Any, int, str]],
    missing: str,
) -> str:
    """A step chart of levels over the days, one panel a ladder; `marks` are the escalations the
    dossier records, drawn as points on the escalation panel (day, level, text)."""
    plt = _pyplot(missing)
    figure, panels = plt.subplots(
        len(series), 1, figsize=(7.0, 2.0 * len(series) + 0.4), sharex=True, squeeze=False
    )
    for (name, levels, words), (axes,) in zip(series, panels, strict=True):
        axes.step(list(days), list(levels), where="post", color=_SHADES[3], linewidth=2)
        axes.plot(list(days), list(levels), "o", color=_SHADES[3], markersize=3)
        axes.set_yticks(range(len(words)), words)
        axes.set_ylim(-0.4, len(words) - 0.6)
        axes.set_title(name, loc="left")
        axes.grid(axis="y", color="#dddddd", linewidth=0.5)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
    if marks:
        axes = panels[-1][0]
        axes.plot(
            [day for day, _, _ in marks],
            [level for _, level, _ in marks],
            "D",
            color="#b2182b",
            markersize=6,
            label=marks[0][2],
        )
        axes.legend(loc="lower right", frameon=False)
    figure.suptitle(title, x=0.02, ha="left")
    figure.autofmt_xdate()
    return _svg(figure, plt)
