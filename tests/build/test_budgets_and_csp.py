"""Two things the build computes rather than anyone keeping by hand: the CSP's script
hashes (hooks/csp.py), and the first-view byte budget every page must meet."""

from __future__ import annotations

import json
import re

from helpers import ROOT, build, copy_project, every_page_first_view, load_hook, served

csp = load_hook("csp")
BUDGETS = json.loads((ROOT / "bench" / "budgets.json").read_text("utf-8"))


def meta_policy(html: str) -> str:
    return re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)


def test_a_new_inline_script_gets_its_hash_in_the_policy_without_anyone_listing_it(tmp_path):
    project = copy_project(tmp_path / "project")
    extra = 'console.log("页面自己的脚本")'
    about = project / "docs" / "about.md"
    about.write_text(about.read_text("utf-8") + f"\n<script>{extra}</script>\n", "utf-8")
    result = build(tmp_path / "site", project=project)
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path / "site"
    wanted = csp.script_hash(extra)
    assert wanted in meta_policy((site / "about" / "index.html").read_text("utf-8"))
    assert wanted in meta_policy((site / "index.html").read_text("utf-8")), "one policy for the whole site"
    assert wanted in (site / "_headers").read_text("utf-8")
    assert csp.PLACEHOLDER not in (site / "_headers").read_text("utf-8")


def test_no_hash_is_kept_by_hand_in_the_templates():
    for path in (ROOT / "overrides").rglob("*"):
        if path.is_file():
            assert "sha256-" not in path.read_text("utf-8"), path


def test_inline_scripts_are_found_and_json_and_src_scripts_are_not():
    html = (
        '<script>a()</script><script type="application/json">{"x":1}</script>'
        '<script src="x.js"></script><SCRIPT type="text/javascript">b()</SCRIPT>'
    )
    assert csp.inline_scripts(html) == ["a()", "b()"]


def test_every_page_first_view_fits_the_budget(site):
    """The HTML and every file it names, gzip as a static host sends them (bench/budgets.json)."""
    with served(site.dir, use_gzip=True) as url:
        sizes = every_page_first_view(site.dir, url)
    assert len(sizes) >= len(site.pages())
    budget = BUDGETS["first_view_max_bytes"]
    over = {f"/{path}": size for path, size in sizes.items() if size > budget}
    assert over == {}, f"first view over {budget:,} B"
