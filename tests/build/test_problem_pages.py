"""Every problem page, as a reader gets it: its title and sections in order, its checklists,
the channel order, what not to do, its message template, facts and sources; and every
problem in the data on the site (page, nav, home page, /identify/, /print/, search), in
the order of the home page's groups."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import Site
from helpers import TEST_REPOSITORY, build, copy_project, rebuild
from page_text import links_to

from macros import data
from macros.model import Answer
from macros.render import checklists

HANDBOOK = data.HANDBOOK
PROBLEM_IDS = tuple(p.id for p in HANDBOOK.problems)
# The order of every problem page: the answer block first (not a section), then these;
# the symptoms and 也叫 words at the foot.
SECTIONS = ("first-checks", "prepare", "channels", "dont", "template", "facts", "sources", "symptoms")


def missing_for_problems(site, handbook=HANDBOOK) -> list[str]:
    """What a problem in the data still lacks on a built site, one line each: its page,
    its entry in the nav, its link on the home page and on /identify/, its /print/ sheet,
    its search words and its search entry. None of these is written by hand: the names
    say what broke."""
    home = site.soup("")
    nav = links_to(home, "", scope="nav.md-nav--primary")
    listed = links_to(home, "", scope=".home-problems")
    identify = links_to(site.soup("identify/"), "identify/")
    index = json.loads((site.dir / "search" / "search_index.json").read_text("utf-8"))
    indexed = {doc["location"].split("#")[0] for doc in index["docs"]}
    printed = site.soup("print/")
    missing = []
    for problem in handbook.problems:
        url, name = f"problems/{problem.id}/", f"problem {problem.id!r}"
        if not (site.dir / url / "index.html").is_file():
            missing.append(f"{name}: no page /{url}")
        if url not in nav:
            missing.append(f"{name}: not in the nav")
        if url not in listed:
            missing.append(f"{name}: not on the home page")
        if url not in identify:
            missing.append(f"{name}: no answer on /identify/ leads to it")
        if printed.select_one(f"#sheet-{problem.id} [data-checklist='{problem.id}']") is None:
            missing.append(f"{name}: no sheet on /print/")
        if not problem.aliases:
            missing.append(f"{name}: no search words (aliases)")
        if url not in indexed:
            missing.append(f"{name}: not in the search index")
    for url in sorted(nav):
        if url.startswith("problems/") and url.split("/")[1] not in handbook.problem_ids:
            missing.append(f"page /{url}: no problem with this id in macros/data.py")
    return missing


def test_every_problem_in_the_data_is_on_the_site(site):
    """A problem is one data entry (and its answer on /identify/); this names anything missing."""
    assert missing_for_problems(site) == []


def test_the_nav_lists_the_problem_pages_in_the_order_of_the_home_page(site):
    home = site.soup("")
    order = [urlsplit(urljoin(site.url, a["href"])).path for a in home.select(".problem-groups li a")]
    nav = [urlsplit(urljoin(site.url, a["href"])).path for a in home.select("nav.md-nav--primary a[href]")]
    in_nav = [path for path in nav if path.startswith("/problems/")]
    assert in_nav == order == [f"/problems/{p.id}/" for p in HANDBOOK.problems_in_order()]


@pytest.mark.parametrize("pid", PROBLEM_IDS)
def test_problem_page_has_its_title_and_every_section(site, pid):
    soup = site.soup(f"problems/{pid}/")
    h1 = soup.select_one("article h1")
    assert h1 is not None and h1.get_text().strip() == HANDBOOK.problem(pid).title
    ids = [h["id"] for h in soup.select("article h2[id]")]
    assert [i for i in ids if i in SECTIONS] == list(SECTIONS), ids
    for section in SECTIONS:
        following = soup.select_one(f"article h2#{section}").find_next_sibling()
        assert following is not None and following.name != "h2", f"{pid}: section {section} is empty"


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
    assert [(h["id"], h.get_text()) for h in groups] == [(g.anchor, g.title) for g in HANDBOOK.groups]
    linked = []
    for a in box.select("h3 ~ ul a[href]"):
        linked.append(urlsplit(urljoin("http://site/", a["href"])).path.strip("/"))
    assert sorted(linked) == sorted(f"problems/{p.id}" for p in HANDBOOK.problems)
    assert box.select_one("h3#group-security + ul a").get_text().startswith("账户被盗")


# -- a new problem is one data edit --------------------------------------------------------

NEW_ID = "lottery"
NEW_ANSWER = 'Answer("收到中奖通知，要我先交钱", "lottery"),'


def add_problem_to_the_data(project: Path, answer: bool = True) -> None:
    """Edit the copy's macros/data.py as an editor would: a copy of the deposit entry with a
    new id, title, group and tagline at the end of PROBLEMS, and (`answer`) its answer on
    /identify/. Nothing else of the project changes."""
    data_py = project / "macros" / "data.py"
    text = data_py.read_text("utf-8")
    start = text.index('    Problem(\n        id="deposit",')
    entry = text[start : text.index("    Problem(\n", start + 1)]
    entry = entry.replace('id="deposit"', f'id="{NEW_ID}"').replace('title="充值未到账"', 'title="中奖通知要我先交钱"')
    entry = re.sub(r'group="[a-z-]+"', 'group="other"', entry, count=1)
    entry = re.sub(r'tagline="[^"]*"', 'tagline="先交税、交手续费"', entry, count=1)
    end = text.index("\n)\n", text.index("PROBLEMS = ("))
    text = text[: end + 1] + entry + text[end + 1 :]
    if answer:
        first = text.index("Answer(", text.index("TRIAGE = Triage("))
        text = text[:first] + NEW_ANSWER + "\n                " + text[first:]
    data_py.write_text(text, "utf-8")


def test_a_problem_added_to_the_data_alone_is_on_the_site_everywhere(tmp_path):
    """No page file, no nav line, no home-page line: the data entry and its answer on
    /identify/ give the page (address, title, search boost, edit button to the data), the
    nav entry, the home link, the /print/ sheet and the search entry; missing_for_problems
    names nothing."""
    project = copy_project(tmp_path / "project")
    add_problem_to_the_data(project)
    result = build(tmp_path / "site", project=project, repository=TEST_REPOSITORY)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    built = Site(tmp_path / "site", "http://site/", log)
    new = dataclasses.replace(HANDBOOK.problem("deposit"), id=NEW_ID, title="中奖通知要我先交钱", group="other")
    question = HANDBOOK.triage.questions[0]
    asked = dataclasses.replace(question, answers=(Answer("收到中奖通知，要我先交钱", NEW_ID), *question.answers))
    triage = dataclasses.replace(HANDBOOK.triage, questions=(asked, *HANDBOOK.triage.questions[1:]))
    changed = rebuild(problems=(*HANDBOOK.problems, new), triage=triage)
    assert missing_for_problems(built, changed) == []
    page = built.soup(f"problems/{NEW_ID}/")
    assert page.select_one("article h1")["id"] == NEW_ID
    assert page.select_one("article h1").get_text().strip() == "中奖通知要我先交钱"
    assert [a["href"] for a in page.select("a[rel~=edit]")] == [f"{TEST_REPOSITORY}/edit/main/macros/data.py"]
    index = json.loads((built.dir / "search" / "search_index.json").read_text("utf-8"))
    entry = next(d for d in index["docs"] if d["location"] == f"problems/{NEW_ID}/")
    assert entry.get("boost") == 2
    other = built.soup("").select_one("h3#group-other ~ ul")
    assert other.select("a")[-1].get_text(" ", strip=True) == "中奖通知要我先交钱 先交税、交手续费"


def test_without_its_answer_on_identify_the_build_names_what_the_data_lacks(tmp_path):
    project = copy_project(tmp_path / "project")
    add_problem_to_the_data(project, answer=False)
    result = build(tmp_path / "site", project=project)
    assert result.returncode != 0
    errors = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("ERROR")]
    assert errors == [
        "ERROR   -  macros/data.py: problem 'lottery', field 'triage': no answer on /identify/ leads here; "
        "add Answer(text, id) to a question"
    ]
