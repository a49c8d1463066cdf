"""The home component (macros/render/home.py): every problem of the data once on the home
page, under its group's heading (groups in their order, problems in the data's), its link
showing its short title and its tagline."""

from __future__ import annotations

from render_helpers import HANDBOOK, PROBLEMS, as_page, assert_escaped, poisoned_handbook

from macros.render import home

PAGE = as_page(home.problem_groups(HANDBOOK))


def test_each_group_is_a_heading_over_its_problems_in_order():
    box = PAGE.select_one(".problem-groups")
    headings = box.select("h3")
    assert [(h["id"], h.find(string=True)) for h in headings] == [(g.anchor, g.title) for g in HANDBOOK.groups]
    for heading, (_, problems) in zip(headings, HANDBOOK.problems_by_group(), strict=True):
        links = heading.find_next_sibling("ul").select("a")
        assert [a["href"] for a in links] == [f"/problems/{p.id}.md" for p in problems]
        assert [a.find(string=True).strip() for a in links] == [p.home_title for p in problems]
        assert [a.select_one("small").get_text() for a in links] == [p.tagline for p in problems]


def test_every_problem_is_linked_once():
    hrefs = [a["href"] for a in PAGE.select(".problem-groups li a")]
    assert sorted(hrefs) == sorted(f"/problems/{p.id}.md" for p in PROBLEMS)


def test_the_home_title_is_the_short_title_or_else_the_title():
    for problem in PROBLEMS:
        assert problem.home_title == (problem.short_title or problem.title)


def test_the_list_escapes_every_string():
    assert_escaped(home.problem_groups(poisoned_handbook()))
