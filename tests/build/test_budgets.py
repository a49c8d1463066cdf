"""The budgets the built site meets, from bench/budgets.json (the one place they are kept,
also read by `make bench`): the first view of every page and the search index of each
edition, and the cross-script table, in bytes a static host sends with gzip."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from helpers import GZIP_LEVEL, ROOT, editions, every_page_first_view, served

BUDGETS = json.loads((ROOT / "bench" / "budgets.json").read_text("utf-8"))


def test_every_page_first_view_fits_the_budget(site):
    """The HTML and every file it names, gzip as a static host sends them: every page of
    both editions (the 繁體中文 one in zh-Hant/)."""
    with served(site.dir, use_gzip=True) as url:
        sizes = every_page_first_view(site.dir, url)
    for edition in editions():
        assert {edition.folder + p for p in site.pages()} <= set(sizes), edition.lang
    budget = BUDGETS["first_view_max_bytes"]
    over = {f"/{path}": size for path, size in sizes.items() if size > budget}
    assert over == {}, f"first view over {budget:,} B"


@pytest.mark.parametrize("lang", [e.lang for e in editions()])
def test_search_index_stays_small(site, lang):
    budget = BUDGETS["search_index_max_gzip_bytes"]
    raw = (site.edition(lang).dir / "search" / "search_index.json").read_bytes()
    size = len(gzip.compress(raw, GZIP_LEVEL))
    assert size <= budget, f"{lang}: search index is {size / 1024:.1f} KB gzip, budget {budget / 1024:.0f} KB"


@pytest.mark.parametrize("lang", [e.lang for e in editions()])
def test_the_cross_script_table_stays_small(site, lang):
    """The table search-words.js carries (hooks/search_words.py), loaded when a search starts."""
    budget = BUDGETS["script_table_max_gzip_bytes"]
    script = (site.edition(lang).dir / "assets" / "javascripts" / "search-words.js").read_text("utf-8")
    [table] = re.findall(r"var SCRIPT_TABLE ?= ?(\{.*?\});", script)
    size = len(gzip.compress(table.encode(), GZIP_LEVEL))
    assert 0 < size <= budget, f"{lang}: the table is {size / 1024:.1f} KB gzip, budget {budget / 1024:.0f} KB"
