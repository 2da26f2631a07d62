"""Every text that the code itself shows to people, by key, in the language asked for.

Each language is one module of its own, `_catalogue/<lang>.py` (nl.py, en.py), holding every text
under the same keys: LABELS (what ids of levels, roles and categories are called), MESSAGES
(headings, summaries, messages and errors), HELP (the help of every command and option, by the
words that call it), CLICK and METAVARS (click's own texts, by click's English). A module is
imported the first time its language is asked for, and then kept. The texts of the rules
(questions, labels, reasons, actions, why) stay in the rule files.

A text is looked up by its key and the language (`word`, `label`); its placeholders are str.format
fields, the same in every language (tests/test_messages.py checks). An error or a problem does not
hold sentences: it holds a `Message`, a key and its parameters, rendered when it is shown, in the
language of the call or the request. A parameter that has words of its own (a JSON type's name, a
number with its digit grouping, another Message) is `Localised` and is rendered
in the same language.

A dict rather than gettext or Babel: the language is chosen per call (`evaluate(lang=...)`, each
command's --lang, each request's Accept-Language), not once per process as gettext's installed
catalogue is; every language is complete and always ships, so there is no fallback to manage;
gettext keys a text by its English sentence and needs compiled .mo files and a build step, Babel
is one more dependency; and here each key is a stable name that code and tests refer to.
"""

from __future__ import annotations

import abc
import importlib
from collections.abc import Iterable, Mapping
from typing import NamedTuple


class Catalogue(NamedTuple):
    """The texts of one language, as its module `_catalogue/<lang>.py` defines them."""

    labels: Mapping[str, str]
    messages: Mapping[str, str]
    click: Mapping[str, str]
    metavars: Mapping[str, str]
    help: Mapping[str, str]


#: The catalogues loaded so far, by language.
_LOADED: dict[str, Catalogue] = {}
#: The same catalogues' MESSAGES, for the lookup that most texts make.
_MESSAGES: dict[str, Mapping[str, str]] = {}


def catalogue(lang: str) -> Catalogue:
    """The catalogue of `lang`, imported from its module the first time it is asked for."""
    found = _LOADED.get(lang)
    if found is None:
        module = importlib.import_module(f"{__package__}._catalogue.{lang}")
        found = use(
            lang,
            Catalogue(module.LABELS, module.MESSAGES, module.CLICK, module.METAVARS, module.HELP),
        )
    return found


def use(lang: str, texts: Catalogue) -> Catalogue:
    """Use `texts` as the catalogue of `lang` (how a catalogue is loaded, and how
    a test adds one)."""
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
    """An id of a level, role, category or engine as people read it; the id
    itself if it has none."""
    return catalogue(lang).labels.get(name, name)


def word(key: str, lang: str, /, **fields: object) -> str:
    """The text under `key` in `lang`, with its placeholders filled in from `fields` (which may be
    called `key` or `lang` too)."""
    messages = _MESSAGES.get(lang)
    text = (messages if messages is not None else catalogue(lang).messages)[key]
    return text.format(**fields) if fields else text


class Localised(abc.ABC):
    """A value that has words of its own, rendered in the language of the text that holds it."""

    __slots__ = ()

    @abc.abstractmethod
    def render(self, lang: str) -> str:
        """The value in words of `lang`."""


class Message(Localised):
    """A text for people not yet in a language: its catalogue key and its parameters."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params

    def render(self, lang: str) -> str:
        """The text in `lang`, each Localised parameter rendered in `lang` too."""
        return word(
            self.key,
            lang,
            **{
                name: value.render(lang) if isinstance(value, Localised) else value
                for name, value in self.params.items()
            },
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and self.key == other.key and self.params == other.params

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        params = "".join(f", {name}={value!r}" for name, value in self.params.items())
        return f"Message({self.key!r}{params})"


class Number(Localised):
    """A whole number with its thousands grouped as the language writes them (10,000; 10.000)."""

    __slots__ = ("number",)

    def __init__(self, number: int) -> None:
        self.number = number

    def render(self, lang: str) -> str:
        return f"{self.number:,}".replace(",", word("thousands_separator", lang))

    def __repr__(self) -> str:
        return f"Number({self.number})"


class Words(Localised):
    """Words listed as a sentence lists them: "a, b or c" (`last` the key of the last joint)."""

    __slots__ = ("every", "last", "words")

    def __init__(self, words: Iterable[object], last: str = "or", *, every: bool = False) -> None:
        self.words = tuple(words)
        self.last = last
        self.every = every  # "a or b or c" rather than "a, b or c"

    def render(self, lang: str) -> str:
        shown = [
            each.render(lang) if isinstance(each, Localised) else str(each) for each in self.words
        ]
        if len(shown) < 2:
            return "".join(shown)
        if self.every:
            return f" {word(self.last, lang)} ".join(shown)
        return f"{', '.join(shown[:-1])} {word(self.last, lang)} {shown[-1]}"


def rendered(value: object, lang: str) -> str:
    """A text or a plain value, as it shows in `lang`."""
    return value.render(lang) if isinstance(value, Localised) else str(value)
