"""Every text that the code itself shows to people, by key, in the language asked for.

Each language is one module of its own, `_catalogue/<lang>.py` (nl.py, en.py), holding every text
under the same keys: LABELS (what ids of levels, roles and categories are called), MESSAGES
(headings, summaries, messages and errors), CLICK and METAVARS (click's own texts, by click's
English). A module is imported the first time its language is asked for, and then kept. The texts
of the rules (questions, labels, reasons, actions, why) stay in the rule files.

A text is looked up by its key and the language (`word`, `label`); its placeholders are str.format
fields, the same in every language (tests/test_messages.py checks).

A dict rather than gettext or Babel: the language is chosen per call (`evaluate(lang=...)`, each
command's --lang, each request's Accept-Language), not once per process as gettext's installed
catalogue is; every language is complete and always ships, so there is no fallback to manage;
gettext keys a text by its English sentence and needs compiled .mo files and a build step, Babel
is one more dependency; and here each key is a stable name that code and tests refer to.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from typing import NamedTuple


class Catalogue(NamedTuple):
    """The texts of one language, as its module `_catalogue/<lang>.py` defines them."""

    labels: Mapping[str, str]
    messages: Mapping[str, str]
    click: Mapping[str, str]
    metavars: Mapping[str, str]


#: The catalogues loaded so far, by language.
_LOADED: dict[str, Catalogue] = {}
#: The same catalogues' MESSAGES, for the lookup that most texts make.
_MESSAGES: dict[str, Mapping[str, str]] = {}


def catalogue(lang: str) -> Catalogue:
    """The catalogue of `lang`, imported from its module the first time it is asked for."""
    found = _LOADED.get(lang)
    if found is None:
        module = importlib.import_module(f"{__package__}._catalogue.{lang}")
        found = use(lang, Catalogue(module.LABELS, module.MESSAGES, module.CLICK, module.METAVARS))
    return found


def use(lang: str, texts: Catalogue) -> Catalogue:
    """Use `texts` as the catalogue of `lang` (how a catalogue is loaded, and how a test adds one)."""
    _LOADED[lang] = texts
    _MESSAGES[lang] = texts.messages
    return texts


def forget(lang: str) -> None:
    """Drop the catalogue of `lang`: the next text in it imports its module again."""
    _LOADED.pop(lang, None)
    _MESSAGES.pop(lang, None)


#: The keys of every language, as the English catalogue lists them (tests hold the others equal).
def keys() -> Iterable[str]:
    return catalogue("en").messages.keys()


def has(key: str) -> bool:
    """Whether the catalogue has a text under `key`."""
    return key in catalogue("en").messages


def label(name: str, lang: str) -> str:
    """An id of a level, role, category or engine as people read it; the id itself if it has none."""
    return catalogue(lang).labels.get(name, name)


def word(key: str, lang: str, /, **fields: object) -> str:
    """The text under `key` in `lang`, with its placeholders filled in from `fields` (which may be
    called `key` or `lang` too)."""
    messages = _MESSAGES.get(lang)
    text = (messages if messages is not None else catalogue(lang).messages)[key]
    return text.format(**fields) if fields else text
