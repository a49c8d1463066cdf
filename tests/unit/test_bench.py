"""The arithmetic of the budgets: first-view bytes of every page (tests/helpers.py, used by
bench/bench.py and the build test), and bench's budget check."""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import re
import statistics

from helpers import GZIP_LEVEL, ROOT, every_page_first_view, served

spec = importlib.util.spec_from_file_location("bench", ROOT / "bench" / "bench.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def test_every_page_first_view_counts_the_page_and_each_file_it_names_once(tmp_path):
    css = b".a{color:red}" * 200
    js = os.urandom(3000)  # served as JavaScript, gzip-compressed; random bytes stay large
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "site.css").write_bytes(css)
    (tmp_path / "assets" / "app.js").write_bytes(js)
    (tmp_path / "assets" / "icon.svg").write_text("<svg/>")
    html = (
        '<link rel="stylesheet" href="../assets/site.css"><link rel="icon" href="../assets/icon.svg">'
        '<script src="../assets/app.js"></script><script src="../assets/app.js"></script>'
        '<script type="application/json">{}</script><a href="../assets/site.css">not fetched</a>'
    )
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "index.html").write_text(html)
    with served(tmp_path, use_gzip=True) as url:
        sizes = every_page_first_view(tmp_path, url)
    bodies = sum(len(gzip.compress(b, GZIP_LEVEL, mtime=0)) for b in (html.encode(), css, js, b"<svg/>"))
    assert list(sizes) == ["page/"]
    # Four responses (the script once), each with a status line and headers of 100-400 bytes.
    assert bodies + 4 * 100 < sizes["page/"] < bodies + 4 * 400


def test_budget_check_names_every_page_over_the_byte_budget():
    budgets = {
        "lighthouse_mobile_min_score": {"performance": 100},
        "first_view_max_bytes": 1000,
        "search_index_max_gzip_bytes": 10,
        "script_table_max_gzip_bytes": 10,
        "build_median_max_s": 3.0,
        "build_both_editions_max_ratio": 2.2,
    }
    result = {
        "build": {"ours_median_s": 2.0, "both_ratio": 2.3},
        "search_index": {
            "zh-Hans": {"gzip_bytes": 5, "table_gzip_bytes": 5},
            "zh-Hant": {"gzip_bytes": 11, "table_gzip_bytes": 11},
        },
        "every_page": {"pages": 3, "largest": {"zh-Hant/print/": 1001, "scams/": 1000, "": 900}},
        "pages": {"": {"performance": 99, "bytes": 900}},
    }
    assert bench.check_budgets(result, budgets) == [
        "both editions 2.30 x the Simplified build > 2.2 x",
        "zh-Hant search index 11 B gzip > 10 B",
        "zh-Hant cross-script table 11 B gzip > 10 B",
        "/zh-Hant/print/: first view 1,001 B > 1,000 B (the HTML and its files)",
        "/: Lighthouse performance 99 < 100",
    ]


def test_the_readmes_latest_figures_meet_the_budgets():
    """bench/budgets.json holds budgets the project meets: the README's medians pass bench's own check."""
    readme = (ROOT / "README.md").read_text("utf-8")
    rows = {cells[0]: cells[1] for line in readme.splitlines() if (cells := line.strip("| ").split(" | "))[1:]}

    def figure(label: str) -> str:
        return next(value for name, value in rows.items() if name.startswith(label))

    def kib(text: str) -> list[float]:
        return [float(n) * 1024 for n in re.findall(r"(\d+\.\d+)(?: KiB|,|$)", text)]

    pages = ["", "problems/deposit/", "channels/", "print/"]
    runs = [list(map(int, page.split())) for page in figure("Lighthouse mobile performance").split(", ")]
    a11y, practices, seo = map(int, re.findall(r"\d+", figure("Lighthouse mobile a11y"))[:3])
    first_views = kib(figure("first view with gzip"))
    largest = re.findall(r"`/(.*?)` (\d+\.\d+)", figure("first view of every page"))
    indexes = dict(re.findall(r"(zh-\w+) [\d.]+ KiB raw, ([\d.]+) KiB gzip", figure("search index per edition")))
    tables = dict(re.findall(r"(zh-\w+) ([\d.]+) KiB gzip", figure("cross-script table per edition")))
    result = {
        "build": {
            "ours_median_s": float(figure("strict build").split()[0]),
            "both_ratio": float(re.search(r"([\d.]+)x the Simplified", figure("both editions in one run"))[1]),
        },
        "search_index": {
            lang: {"gzip_bytes": float(indexes[lang]) * 1024, "table_gzip_bytes": float(tables[lang]) * 1024}
            for lang in ("zh-Hans", "zh-Hant")
        },
        "every_page": {"largest": {page: float(size) * 1024 for page, size in largest}},
        "pages": {
            page: {
                "performance": statistics.median(scores),
                "accessibility": a11y,
                "best-practices": practices,
                "seo": seo,
                "bytes": size,
            }
            for page, scores, size in zip(pages, runs, first_views, strict=True)
        },
    }
    assert len(largest) == 3 and all(len(scores) == 5 for scores in runs)
    assert bench.check_budgets(result, json.loads((ROOT / "bench" / "budgets.json").read_text("utf-8"))) == []


def test_each_editions_largest_first_view_is_its_own():
    sizes = {"": 10, "print/": 30, "zh-Hant/": 20, "zh-Hant/print/": 25, "zh-Hant/404.html": 5}
    assert bench.largest_per_edition(sizes) == {"zh-Hans": ["print/", 30], "zh-Hant": ["zh-Hant/print/", 25]}
