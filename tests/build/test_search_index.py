"""The search index: segmented for Chinese, small enough for a phone."""

from __future__ import annotations

import gzip
import json

from macros import data

BUDGET = 60 * 1024  # bytes, gzip


def load(site):
    return json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))


def test_search_index_stays_small(site):
    raw = (site.dir / "search" / "search_index.json").read_bytes()
    size = len(gzip.compress(raw, 6))
    assert size <= BUDGET, f"search index is {size / 1024:.1f} KB gzip, budget {BUDGET / 1024:.0f} KB"


def test_print_sheets_stay_out_of_the_index(site):
    """/print/ repeats every problem's checklists: a search for them belongs on the problem
    page. Marking the sheet's <div> was not enough: Material's parser ends an exclusion at
    the first nested </div>, so each sheet's checklists were indexed (a third of the index)."""
    locations = [doc["location"] for doc in load(site)["docs"]]
    assert [where for where in locations if where.startswith("print/")] == ["print/"]


def test_every_problem_and_channel_page_lists_the_words_readers_use(site):
    """The 也叫 line is in the page's own (top) search entry, where it counts most."""
    docs = {doc["location"]: doc for doc in load(site)["docs"]}
    owners = [(f"problems/{p.id}/", p.aliases) for p in data.HANDBOOK.problems]
    owners += [(f"channels/{c.id}/", c.aliases) for c in data.HANDBOOK.channels]
    for location, words in owners:
        assert words, f"{location} has no aliases in the data"
        text = docs[location]["text"].replace("\u200b", "")
        for word in words:
            assert word in text, f"{word!r} missing from the search entry of {location}"


def test_print_sheets_stay_out_of_the_search_index(site):
    """/print/ repeats every problem's checklists: a search should land on the problem page.
    The sheets carry data-search-exclude, and so do their headings (Material's search
    starts a new section at each heading, outside the excluded block)."""
    locations = [doc["location"] for doc in load(site)["docs"] if doc["location"].startswith("print/")]
    assert locations == ["print/"], locations
