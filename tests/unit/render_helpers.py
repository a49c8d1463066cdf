"""What the renderer tests (test_render_<component>.py, test_injection.py) share: the
real data and its words, a block seen as a page shows it, and data made hostile with
validation bypassed (as if a check were missing one day)."""

from __future__ import annotations

import dataclasses

from bs4 import BeautifulSoup
from helpers import HOSTILE, site_markdown

from macros import data
from macros.model import Handbook

HANDBOOK = data.HANDBOOK
WORDS = HANDBOOK.words
PROBLEMS = HANDBOOK.problems

MD = site_markdown()


def as_page(block: str) -> BeautifulSoup:
    """A generated block as a page shows it: through the site's Markdown extensions
    (links to other pages stay Markdown links to their source files)."""
    MD.reset()
    return BeautifulSoup(MD.convert(block), "html.parser")


def soup(block: str) -> BeautifulSoup:
    """A block's HTML as written (without Markdown)."""
    return BeautifulSoup(block, "html.parser")


# Fields that are keys, references or enumerations, not text a reader reads.
NOT_TEXT = {
    "id",
    "status",
    "kind",
    "url",
    "sources",
    "facts",
    "best_for",
    "channel",
    "checked",
    "published",
    "language",
    "to",
    "start",
    "help_centre",
    "see",
    "anchor",
    "on",
    "page",
    "src",
    "group",
}


def unchecked_replace(obj, **changes):
    """dataclasses.replace without __post_init__ validation."""
    clone = object.__new__(type(obj))
    for f in dataclasses.fields(obj):
        object.__setattr__(clone, f.name, changes.get(f.name, getattr(obj, f.name)))
    return clone


def poison_text(value, text: str = HOSTILE):
    """`value` with every free-text string inside it replaced by `text`."""
    if isinstance(value, str):
        return text
    if isinstance(value, tuple):
        return tuple(poison_text(v, text) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            current = getattr(value, f.name)
            if f.name in NOT_TEXT or current is None:
                continue
            changes[f.name] = poison_text(current, text)
        return unchecked_replace(value, **changes)
    return value


def poisoned_handbook(text: str = HOSTILE) -> Handbook:
    """The real handbook with every text of every entry, and every word, made `text`."""
    return unchecked_replace(
        HANDBOOK,
        problems=tuple(poison_text(p, text) for p in HANDBOOK.problems),
        channels=tuple(poison_text(c, text) for c in HANDBOOK.channels),
        facts=tuple(poison_text(f, text) for f in HANDBOOK.facts),
        sources=tuple(poison_text(s, text) for s in HANDBOOK.sources),
        freeze=poison_text(HANDBOOK.freeze, text),
        triage=poison_text(HANDBOOK.triage, text),
        pages=tuple(poison_text(p, text) for p in HANDBOOK.pages),
        groups=tuple(poison_text(g, text) for g in HANDBOOK.groups),
        words=poison_text(HANDBOOK.words, text),
    )


def assert_escaped(html: str, text: str = HOSTILE) -> None:
    """No element the hostile text asked for; the text still readable as text."""
    page = as_page(html)
    assert not page.find("script") and not page.find("img"), html[:300]
    assert "<script>" not in html and "<img" not in html
    assert text in page.get_text(), "the hostile text should still be readable as text"
