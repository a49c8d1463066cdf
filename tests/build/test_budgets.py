"""The budgets the built site meets, from bench/budgets.json (the one place they are kept,
also read by `make bench`): the first view of every page and the search index, in bytes a
static host sends with gzip."""

from __future__ import annotations

import gzip
import json

from helpers import GZIP_LEVEL, ROOT, every_page_first_view, served

BUDGETS = json.loads((ROOT / "bench" / "budgets.json").read_text("utf-8"))


def test_every_page_first_view_fits_the_budget(site):
    """The HTML and every file it names, gzip as a static host sends them."""
    with served(site.dir, use_gzip=True) as url:
        sizes = every_page_first_view(site.dir, url)
    assert len(sizes) >= len(site.pages())
    budget = BUDGETS["first_view_max_bytes"]
    over = {f"/{path}": size for path, size in sizes.items() if size > budget}
    assert over == {}, f"first view over {budget:,} B"


def test_search_index_stays_small(site):
    budget = BUDGETS["search_index_max_gzip_bytes"]
    raw = (site.dir / "search" / "search_index.json").read_bytes()
    size = len(gzip.compress(raw, GZIP_LEVEL))
    assert size <= budget, f"search index is {size / 1024:.1f} KB gzip, budget {budget / 1024:.0f} KB"
