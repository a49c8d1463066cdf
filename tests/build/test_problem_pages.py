"""Every problem page, as a reader gets it: its title and sections in order, its checklists,
the channel order, what not to do, its message template, facts and sources; and every
problem in the data linked from /identify/ and the home page, in its group there."""

from __future__ import annotations

import json
from urllib.parse import urljoin, urlsplit

import pytest
from helpers import ROOT
from mkdocs.utils.yaml import yaml_load
from page_text import links_to, section

from macros import data
from macros.render import checklists

HANDBOOK = data.HANDBOOK
PROBLEM_IDS = tuple(p.id for p in HANDBOOK.problems)
# The order of every problem page: the answer block first (not a section), then these;
# the symptoms and 也叫 words at the foot.
SECTIONS = ("first-checks", "prepare", "channels", "dont", "template", "facts", "sources", "symptoms")


def nav_sources() -> list[str]:
    """Every Markdown file the nav of mkdocs.yml names."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        nav = yaml_load(f)["nav"]
    found = []

    def walk(node):
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(nav)
    return found


def missing_for_problems(site) -> list[str]:
    """What a problem in the data still needs on the site, one line each."""
    nav = nav_sources()
    index = json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))
    indexed = {doc["location"].split("#")[0] for doc in index["docs"]}
    printed = site.soup("print/")
    missing = []
    for problem in HANDBOOK.problems:
        src, url = f"problems/{problem.id}.md", f"problems/{problem.id}/"
        name = f"problem {problem.id!r}"
        if not (ROOT / "docs" / src).is_file():
            missing.append(f"{name}: no page docs/{src}")
        if src not in nav:
            missing.append(f"{name}: {src} is not in the nav of mkdocs.yml")
        if printed.select_one(f"#sheet-{problem.id} [data-checklist='{problem.id}']") is None:
            missing.append(f"{name}: no sheet on /print/")
        if not problem.aliases:
            missing.append(f"{name}: no search words (aliases)")
        if url not in indexed:
            missing.append(f"{name}: not in the search index")
    for src in nav:
        pid = src.removeprefix("problems/").removesuffix(".md")
        if src.startswith("problems/") and pid not in HANDBOOK.problem_ids:
            missing.append(f"page {src}: no problem with this id in macros/data.py")
    return missing


def test_every_problem_in_the_data_is_on_the_site(site):
    """Adding a problem is one data entry plus its page; this names anything else missing."""
    assert missing_for_problems(site) == []


@pytest.mark.parametrize("pid", PROBLEM_IDS)
def test_problem_page_has_its_title_and_every_section(site, pid):
    soup = site.soup(f"problems/{pid}/")
    h1 = soup.select_one("article h1")
    assert h1 is not None and h1.get_text().strip() == HANDBOOK.problem(pid).title
    ids = [h["id"] for h in soup.select("article h2[id]")]
    assert [i for i in ids if i in SECTIONS] == list(SECTIONS), ids
    for anchor in SECTIONS:
        assert section(soup, anchor), f"{pid}: section {anchor} is empty"


@pytest.mark.parametrize("pid", PROBLEM_IDS)
def test_problem_page_holds_every_checklist_item_in_its_part(site, pid):
    problem = HANDBOOK.problem(pid)
    soup = site.soup(f"problems/{pid}/")
    for part in ("checks", "prepare"):
        items = soup.select(f'.checklist[data-checklist="{pid}"][data-part="{part}"] li.task-list-item')
        assert [li["data-item"] for li in items] == [problem.item_key(i) for i in getattr(problem, part)]
    texts = [t.get_text() for t in soup.select(".checklist .checklist__text")]
    assert texts == [item.text for item in problem.items]
    # Printed on one A4 page: keep it short.
    assert len(problem.items) <= 12


@pytest.mark.parametrize("pid", PROBLEM_IDS)
def test_prepare_items_print_fill_in_lines(site, pid):
    soup = site.soup(f"problems/{pid}/")
    blanks = soup.select('.checklist[data-part="prepare"] .checklist__blank')
    assert blanks, "what to prepare should print with fill-in lines"
    assert soup.select_one('.checklist[data-part="prepare"] [data-item$=".uid"] .checklist__line'), "a line for the UID"
    for li in soup.select('.checklist[data-part="prepare"] li'):
        text, blank = li.select_one(".checklist__text").get_text(), li.select_one(".checklist__blank")
        label = blank.get_text().removesuffix("：") if blank else ""
        # 「你的 UID」 + 「UID：」 printed 「你的 UIDUID：」: the label is not repeated
        assert not label or label not in text, (li["data-item"], text, label)


@pytest.mark.parametrize("pid", PROBLEM_IDS)
def test_channel_order_links_channel_pages_in_order(site, pid):
    problem = HANDBOOK.problem(pid)
    path = f"problems/{pid}/"
    soup = site.soup(path)
    order = soup.select("ol.channel-order > li")
    assert len(order) == len(problem.channels) >= 2
    for li, choice in zip(order, problem.channels, strict=True):
        href = li.select_one("a[href]")["href"]
        assert urlsplit(urljoin("http://site/" + path, href)).path == f"/channels/{choice.channel}/"
        assert choice.why in li.get_text()


@pytest.mark.parametrize("pid", PROBLEM_IDS)
def test_what_not_to_do_and_template_are_shown(site, pid):
    problem = HANDBOOK.problem(pid)
    soup = site.soup(f"problems/{pid}/")
    assert [li.get_text() for li in soup.select("ul.dont > li")] == list(problem.dont)
    assert len(problem.dont) >= 3
    code = soup.select_one(".message-template code").get_text()
    assert code.startswith(f"主题：{problem.template.subject}")
    assert "【UID" in code and "【日期 时间 时区】" in code


@pytest.mark.parametrize("pid", PROBLEM_IDS)
def test_facts_and_sources_are_listed_with_official_links(site, pid):
    problem = HANDBOOK.problem(pid)
    soup = site.soup(f"problems/{pid}/")
    for fact_id in problem.facts:
        assert soup.select_one(f"#fact-{fact_id}") is not None, fact_id
    listed = [li["id"].removeprefix("source-") for li in soup.select("ul.sources > li")]
    assert listed == list(problem.sources)
    cited = {s for f in problem.facts for s in HANDBOOK.fact(f).sources}
    assert cited <= set(listed), "every source a fact on the page cites is in its sources list"
    hrefs = [a["href"] for a in soup.select("ul.sources a[href]")]
    assert any(h.startswith("https://www.bitget.com/") for h in hrefs)


def test_hacked_page_starts_with_urgent_steps(site):
    """Right under the answer block: locked out first (the freeze plan, each channel
    a link), then what to do while still logged in."""
    soup = site.soup("problems/hacked/")
    hacked = HANDBOOK.problem("hacked")
    box = soup.select_one("#urgent-hacked")
    assert box is not None
    first_h2 = soup.select_one("article h2[id]")
    assert first_h2["id"] == "urgent"
    assert box.find_previous("h2")["id"] == "urgent"
    assert first_h2.find_previous_sibling(class_="answer") is not None
    cases = [p.get_text() for p in box.select(".urgent-steps__case")]
    assert cases[0].startswith("已经登不进去") and cases[1].startswith("还能登录"), cases
    plan = box.select_one(".freeze-plan")
    assert plan is not None and plan.sourceline < box.select_one(".urgent-steps__can-login").sourceline
    hrefs = [urlsplit(urljoin("http://site/problems/hacked/", a["href"])).path for a in plan.select("ol a[href]")]
    assert hrefs == [f"/channels/{step.channel}/" for step in HANDBOOK.freeze.steps]
    assert [li.get_text() for li in box.select("ol.urgent-steps__can-login > li")] == list(hacked.urgent)
    text = box.get_text()
    for needed in ("24 小时", "提现地址簿", "API Key"):
        assert needed in text, needed
    assert "主动联系你" in soup.select_one("article").get_text()


@pytest.mark.parametrize("path", ["identify/", ""])
def test_identify_and_home_link_every_problem_page(site, path):
    found = links_to(site.soup(path), path)
    for pid in PROBLEM_IDS:
        assert f"problems/{pid}/" in found, (path, pid)


def test_a_problem_added_only_to_the_data_is_named_with_everything_it_lacks(site, monkeypatch):
    import dataclasses

    import test_problem_pages as this

    from macros.model import Answer

    new = dataclasses.replace(HANDBOOK.problem("deposit"), id="lottery", title="中奖")
    first = HANDBOOK.triage.questions[0]
    asked = dataclasses.replace(first, answers=(*first.answers, Answer("中奖了", "lottery")))
    triage = dataclasses.replace(HANDBOOK.triage, questions=(asked, *HANDBOOK.triage.questions[1:]))
    changed = dataclasses.replace(HANDBOOK, problems=(*HANDBOOK.problems, new), triage=triage)
    monkeypatch.setattr(this, "HANDBOOK", changed)
    assert missing_for_problems(site) == [
        "problem 'lottery': no page docs/problems/lottery.md",
        "problem 'lottery': problems/lottery.md is not in the nav of mkdocs.yml",
        "problem 'lottery': no sheet on /print/",
        "problem 'lottery': not in the search index",
    ]


@pytest.mark.parametrize("pid", PROBLEM_IDS)
def test_fill_in_labels_are_not_repeated_by_their_item(pid):
    for item in HANDBOOK.problem(pid).prepare:
        assert item.blank, f"{pid}.{item.id} prints no fill-in line"
        # A text that says its label prints without it (checklists.blank_repeats): no 「你的 UIDUID：」.
        if item.blank in item.text:
            assert checklists.blank_repeats(item), f"{pid}.{item.id}: 「{item.text}」 repeats 「{item.blank}」"
        assert "后四位" not in item.text


def test_home_groups_every_problem_one_link_each(site):
    soup = site.soup("")
    box = soup.select_one(".home-problems")
    groups = box.select("h3[id]")
    assert len(groups) >= 4
    linked = []
    for a in box.select("h3 ~ ul a[href]"):
        linked.append(urlsplit(urljoin("http://site/", a["href"])).path.strip("/"))
    assert sorted(linked) == sorted(f"problems/{p.id}" for p in HANDBOOK.problems)
    assert box.select_one("h3#group-security + ul a").get_text().startswith("账户被盗")
