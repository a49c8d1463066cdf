"""The search index: segmented for Chinese, the words readers use on each page's own entry, no
/print/ sheets (its size budget: test_budgets.py)."""

from __future__ import annotations

import json
import re

import pytest

from macros import data

HANDBOOK = data.HANDBOOK
PROBLEMS = HANDBOOK.problems


def load(site):
    return json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))


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
    starts a new section at each heading, outside the excluded block). Marking the sheet's
    <div> was not enough: Material's parser ends an exclusion at the first nested </div>,
    so each sheet's checklists were indexed (a third of the index)."""
    locations = [doc["location"] for doc in load(site)["docs"] if doc["location"].startswith("print/")]
    assert locations == ["print/"], locations


def test_search_index_is_segmented_with_jieba(site):
    index = json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))
    assert "zh" in index["config"]["lang"]
    assert "\\u200b" in index["config"]["separator"] or "\u200b" in index["config"]["separator"]
    texts = " ".join(doc["text"] + " " + doc["title"] for doc in index["docs"])
    assert "\u200b" in texts, "jieba did not segment the pages"
    tokens = set(re.split("[\u200b\\s，。、：；（）「」【】]+", texts))
    assert "提现" in tokens, "提现 should be a token of its own"
    assert "到账" in tokens, "the user dictionary keeps 到账 whole"


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_other_words_are_at_the_foot_and_still_indexed(site, problem):
    page = site.soup(f"problems/{problem.id}/").article
    foot = page.select("h2[id]")[-1]
    assert foot["id"] == "symptoms"
    shown = foot.find_next_sibling("p", class_="aliases")
    assert shown is not None and not shown.has_attr("hidden")
    top = page.select_one("[hidden] p.aliases")
    assert top is not None and top.sourceline < page.select_one("h2").sourceline, "in the top search entry"
