"""What an editor and a reader see of publishing: edit links (one per section on a problem
page), last-changed dates, and a build that is not told everything: without SITE_URL it
names no loopback address and prints no "None", and its 404 page works from file://."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from helpers import ROOT, TEST_REPOSITORY, load_hook, macro_calls, page_sources, site_macros

from macros import data, hant

HANDBOOK = data.HANDBOOK
PROBLEMS = HANDBOOK.problems
EDIT_DOCS = f"{TEST_REPOSITORY}/edit/main/docs/"
EDIT_DATA = f"{TEST_REPOSITORY}/edit/main/macros/data.py"
history = load_hook("last_changed")


def generated_selector() -> str:
    """Where generated blocks sit on a page: the outer element of every block macro's
    output (the list of macros comes from define_env), inside the article."""
    selectors = set()
    for macro in site_macros().values():
        # Every call: a problem page's body differs with its data (urgent steps, sections).
        for args in macro_calls(macro, HANDBOOK):
            collect_blocks(selectors, macro(*args))
    return ", ".join(sorted(selectors))


def collect_blocks(selectors: set[str], html: str) -> None:
    """Add the selectors of the generated blocks in one macro's output."""
    if "edit-data" not in html:
        return  # a one-line macro inside running text has no edit link
    if "\n## " in "\n" + html:
        # A whole page body (problem_page, print_sheet): each HTML block of its sections is
        # a generated block (what comes before the first section, the answer block, carries
        # no link: a section's link covers its blocks).
        sections = html[html.index("## ") :]
        chunks = [c for c in sections.split("\n\n") if c.startswith("<") and "edit-data" not in c]
    else:
        chunks = [html]
    for chunk in chunks:
        add_outer(selectors, chunk)


def add_outer(selectors: set[str], html: str) -> None:
    """The selector of a block's outer element (with its classes), if it has classes."""
    outer = BeautifulSoup(html, "html.parser").find(True)
    if outer is not None and outer.get("class"):
        classes = [c for c in outer["class"] if "--" not in c]  # not the BEM modifiers (fact--press)
        selectors.add(f"article {outer.name}.{'.'.join(classes)}")


GENERATED = generated_selector()


def pages(site):
    """(src_uri, the file an editor changes, soup) of every page: from Markdown, or from the data."""
    for src, edited in page_sources().items():
        url = src[: -len("index.md")] if src.endswith("index.md") else src[:-3] + "/"
        yield src, edited, BeautifulSoup(site.html(url), "html.parser")


def test_every_page_has_an_edit_button_to_its_source(site):
    """A Markdown page's button opens its file; a problem page's, the data it is made from."""
    for src, edited, soup in pages(site):
        buttons = soup.select("article a.md-content__button[rel~=edit]")
        expected = EDIT_DATA if edited == "macros/data.py" else EDIT_DOCS + src
        assert [a["href"] for a in buttons] == [expected], src


def test_every_generated_block_is_followed_by_a_small_edit_data_link(site):
    """Each generated block has a 编辑数据 link after it in its section (blocks of one
    section share it). A /print/ sheet is one block with its own h3 headings: its one link
    closes the sheet. A problem page's body is one block, sections and folds included:
    its one link closes the body (every part comes from the one data file)."""
    headings = ("h1", "h2", "h3")
    links = 0
    for src, _, soup in pages(site):
        blocks = soup.select(GENERATED)
        problem_page = src.startswith("problems/")

        def inside_a_block(element, blocks=blocks) -> bool:
            return any(parent is block for parent in element.parents for block in blocks)

        if problem_page:
            assert len(soup.select("article p.edit-data")) == 1, f"{src}: one 编辑数据 link closes the body"
        for block in blocks:
            sheet = block.find_parent(class_="print-sheet")
            bounds = ("h1",) if problem_page else ("h1", "h2") if sheet else headings
            outer = block
            while sheet is not None and outer.parent is not sheet:  # the sheet's one link counts
                outer = outer.parent
            while True:
                after = outer.find_next_sibling()
                while after is not None and after.name not in bounds and "edit-data" not in after.get("class", []):
                    after = after.find_next_sibling()
                # Inside another block, at any depth (the freeze plan in the urgent box, the
                # contact rule in the triage's last step), a fold, or a sheet's answer: that
                # one's link counts.
                parent = outer.parent
                wrapped = inside_a_block(outer) or parent.name == "details" or "print-answer" in parent.get("class", [])
                if after is not None or not wrapped:
                    break
                outer = parent
            assert after is not None and after.name == "p", f"{src}: no 编辑数据 link after {str(block)[:120]}"
        for p in soup.select("p.edit-data"):
            assert [a["href"] for a in p.select("a")] == [EDIT_DATA], src
            assert p.get_text().startswith("编辑数据")
            # A /print/ sheet is one generated block: its link closes it.
            before, generated = p.find_previous_sibling(), "print-sheet" in p.parent.get("class", [])
            while before is not None and before.name not in headings:
                inside = any(d in blocks for d in before.find_all(True))  # a folded block
                generated = generated or before in blocks or inside or "lead" in before.get("class", [])
                before = before.find_previous_sibling()
            assert generated, f"{src}: a 编辑数据 link under no generated block"
            links += 1
    assert links >= len(HANDBOOK.problems), "each problem page has its one"


def test_edit_data_links_stay_out_of_the_search_index(site):
    index = json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        assert "编辑数据" not in doc["text"], doc["location"]


def full_history() -> bool:
    """Whether this copy of the project has its whole git history (not a tarball or a shallow clone)."""
    try:
        out = subprocess.run(["git", "rev-parse", "--is-shallow-repository"], cwd=ROOT, capture_output=True, text=True)
    except OSError:  # no git
        return False
    return out.returncode == 0 and out.stdout.strip() == "false"


def test_every_page_shows_its_last_change_from_git_history(site):
    if not full_history():  # an unpacked tarball: the test below covers builds without history
        pytest.skip("this copy of the project has no git history")
    generated = [src for src, edited in page_sources().items() if edited == "macros/data.py"]
    expected = history.last_changed(ROOT, ROOT / "docs", generated=generated)
    assert expected, "the project has its history, yet the hook found no page's last change"
    for src, _, soup in pages(site):
        times = soup.select("article aside.last-changed time")
        if src not in expected:  # a page not committed yet makes no claim
            assert not times, src
            continue
        assert [t["datetime"] for t in times] == [expected[src]], src
        assert times[0].parent.get_text(" ", strip=True) == f"本页更新于 {expected[src]}"


def test_a_build_without_history_or_repository_works_and_names_no_repository(bare_site):
    """A release tarball built as it comes: no dates, no edit links, no repository named."""
    for path in bare_site.pages():
        html = bare_site.html(path)
        soup = BeautifulSoup(html, "html.parser")
        assert soup.select_one("a.md-content__button[rel~=edit]") is None, path
        assert soup.select_one("p.edit-data") is None, path
        assert soup.select_one("aside.last-changed") is None, path
        assert "本页更新于" not in html and "/edit/" not in html, path
    about = BeautifulSoup(bare_site.html("about/"), "html.parser").select_one("article").get_text()
    assert "没有写明代码仓库的地址" in about and "告诉发布它的人" in about
    assert "github" not in about.lower()


def test_with_a_repository_the_about_page_links_it(site):
    soup = BeautifulSoup(site.html("about/"), "html.parser")
    assert TEST_REPOSITORY in [a["href"] for a in soup.select("#edit ~ ol a")]


# -- no SITE_URL: no made-up address -----------------------------------------------------


LOOPBACK = re.compile(r"://(127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0)\b")


@pytest.fixture(scope="module")
def no_url_site(bare_site) -> Path:
    """The session's build with no SITE_URL (and no repository) in the environment at all."""
    return bare_site.dir


def test_a_build_without_site_url_names_no_loopback_address(no_url_site):
    found = []
    for file in sorted(no_url_site.rglob("*")):
        if file.is_file():
            text = file.read_text("utf-8", errors="replace")
            found += [f"{file.relative_to(no_url_site)}: {m.group(0)}" for m in LOOPBACK.finditer(text)]
    assert found == [], found[:10]


def test_a_build_without_site_url_prints_no_none(no_url_site):
    start = "账户异常自助手册 · 打印日期"
    starts = (start, hant.convert_text(start))  # both editions
    for page in sorted(no_url_site.rglob("*.html")):
        footer = BeautifulSoup(page.read_text("utf-8"), "html.parser").select_one(".print-footer")
        assert footer is not None, page
        line = " ".join(footer.get_text().split())
        assert "None" not in line, f"{page.relative_to(no_url_site)}: {line}"
        assert line.startswith(starts), line


def test_404_without_site_url_uses_relative_paths_that_exist(no_url_site):
    html = (no_url_site / "404.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    refs = [t.get("href") or t.get("src") for t in soup.select("link[href], script[src], a[href]")]
    broken = []
    for ref in refs:
        if ref.startswith(("http://", "https://", "#", "mailto:")):
            continue
        assert not ref.startswith("/"), f"root-absolute path breaks from file://: {ref}"
        target = (no_url_site / ref.split("?")[0].split("#")[0]).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not target.exists():
            broken.append(ref)
    assert broken == []
    assert len(refs) > 20


def test_publishing_sets_the_address():
    workflow = (ROOT / ".github" / "workflows" / "publish.yml").read_text("utf-8")
    assert re.search(r"SITE_URL:\s*\S+", workflow), "the Pages workflow must pass SITE_URL"
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "SITE_URL=https://" in readme, "the README says how to set the address for other hosts"


# -- edit links on problem pages ---------------------------------------------------------


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_at_most_one_quiet_edit_link_per_section(site, problem):
    page = site.soup(f"problems/{problem.id}/").article
    links = page.select("p.edit-data")
    assert links, "a published build has 编辑数据 links"
    sections = {}
    for link in links:
        heading = link.find_previous_sibling(["h1", "h2"])
        sections.setdefault(heading.get("id"), []).append(link)
    assert all(len(v) == 1 for v in sections.values()), {k: len(v) for k, v in sections.items()}
    assert len(links) <= 1 + len(page.select("h2[id]")), "about ten links became one per section"
