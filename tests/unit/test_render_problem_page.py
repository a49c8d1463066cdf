"""The problem page component (macros/render/problem_page.py): every problem's body in
the fixed order, with the headings and introductions of the words, each block where
it belongs."""

from __future__ import annotations

import dataclasses
import re

import pytest
from helpers import site_macros
from render_helpers import HANDBOOK, PROBLEMS, WORDS, assert_escaped, poison_text

from macros.model import PAGE_SECTIONS
from macros.render import problem_page

PAGE = site_macros()["problem_page"]
W = WORDS.problem_page
ORDER = ["first-checks", "prepare", "channels", "dont", "template", "facts", "sources", "symptoms"]


def parts_for(problem) -> problem_page.PageParts:
    """Each part a marker naming itself, to see where the page puts it."""
    names = [f.name for f in dataclasses.fields(problem_page.PageParts)]
    parts = {name: f"<p>PART-{name}</p>" for name in names}
    parts["sections"] = tuple(f"<p>PART-section-{s.anchor}</p>" for s in problem.sections)
    parts["urgent"] = parts["urgent"] if problem.urgent else ""
    parts["lead"] = parts["lead"] if any(not n.signpost for n in problem.lead) else ""
    parts["signposts"] = parts["signposts"] if any(n.signpost for n in problem.lead) else ""
    parts["lead_paper"] = parts["lead_paper"] if problem.lead else ""
    return problem_page.PageParts(**parts)


def headings(body: str) -> list[tuple[str, str]]:
    return [tuple(reversed(m)) for m in re.findall(r"^## (.*) \{ #([a-z0-9-]+) [^}]*\}$", body, flags=re.M)]


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_sections_come_in_the_fixed_order_with_the_headings_of_the_words(problem):
    body = PAGE(problem.id)
    anchors = [anchor for anchor, _ in headings(body)]
    own = [section.anchor for section in problem.sections]
    assert [a for a in anchors if a not in ("urgent", "common", *own)] == ORDER
    # A page's own sections (冻结之后怎样拿回账户) follow 不要做的事, before the template.
    dont = anchors.index("dont")
    assert anchors[dont + 1 : dont + 1 + len(own)] == own
    if problem.urgent:
        assert anchors[0] == "urgent", "urgent steps first"
    elif problem.lead:
        assert anchors[0] == "common"
    titles = {s.anchor: s.title for s in problem.sections}
    for anchor, text in headings(body):
        assert text == (titles[anchor] if anchor in titles else W.heading(anchor))
    assert body.index("data-answer") < body.index("## "), "the answer block before any section"
    assert body.index('class="aliases" data-search-exclude') > body.index("{ #symptoms "), "也叫 at the foot"


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_each_part_sits_in_its_section(problem):
    body = problem_page.problem_body(HANDBOOK, problem, parts_for(problem), WORDS)
    texts = [t.strip().removeprefix("</summary>").strip() for t in re.split(r"^## .*$", body, flags=re.M)]
    sections = dict(zip(["top", *(a for a, _ in headings(body))], texts, strict=True))
    where = {
        "answer": "top",
        "urgent": "urgent",
        "lead": "urgent" if problem.urgent else "common",
        "signposts": "urgent" if problem.urgent else "common",
        "checks": "first-checks",
        "prepare": "prepare",
        "channel_order": "channels",
        "template": "template",
        "lead_paper": "template",
        "facts": "facts",
        "sources": "sources",
    }
    for part, anchor in where.items():
        if getattr(parts_for(problem), part):
            assert f"PART-{part}<" in sections[anchor], (part, anchor)
    for extra in problem.sections:
        assert f"PART-section-{extra.anchor}<" in sections[extra.anchor]
    # The freeze plan leads the channels only when no urgent box holds it.
    shown = "PART-freeze_plan<" in sections["channels"]
    assert shown == (problem.freeze_first and not problem.urgent)
    intro = W.channels_urgent if problem.urgent else W.channels
    assert sections["channels"].strip().startswith(intro)
    assert sections["prepare"].strip().startswith(W.prepare) and sections["template"].strip().startswith(W.template)
    assert HANDBOOK.contact_rule in sections["dont"]


def test_every_section_has_a_heading_in_the_words():
    assert [h.anchor for h in W.headings] == list(PAGE_SECTIONS)


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_page_escapes_every_string(problem):
    body = problem_page.problem_body(HANDBOOK, poison_text(problem), parts_for(problem), poison_text(WORDS))
    assert_escaped(body)


# What a frightened reader needs stays open (the answer block is above every section);
# what a reader rarely needs folds under its heading (the heading is the fold's summary).
OPEN = {"urgent", "common", "first-checks", "prepare", "dont", "template"}
FOLDED = {"facts", "sources", "symptoms"}


def folded_headings(body: str) -> set[str]:
    return set(re.findall(r'<summary markdown="block">\s*## .* \{ #([a-z0-9-]+) ', body))


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_what_a_reader_needs_stays_open_and_the_rest_folds_under_its_heading(problem):
    body = PAGE(problem.id)
    own = {section.anchor for section in problem.sections}
    # 找哪个渠道 folds only where the urgent box above gives the channels in order.
    channels = {"channels"} if problem.urgent and problem.freeze_first else set()
    assert folded_headings(body) == FOLDED | own | channels
    assert not folded_headings(body) & OPEN
    assert body.count('<details class="fold"') == len(FOLDED | own | channels)


@pytest.mark.parametrize("problem", [p for p in PROBLEMS if p.lead], ids=lambda p: p.id)
def test_the_lead_folds_under_the_questions_it_answers(problem):
    """A line that sends the reader to another page (a signpost) stays in view above."""
    body = PAGE(problem.id)
    summary = re.search(r'<details class="lead-fold" markdown="1">\n<summary>(.*)</summary>', body)
    assert summary, "the lead folds"
    assert summary.group(1) == "、".join(note.label or note.text for note in problem.lead if not note.signpost)
    section = "urgent" if problem.urgent else "common"
    assert body.index(f"#{section} ") < summary.start() < body.index("{ #first-checks ")
    signposts = body.find('<ul class="lead lead--signposts"')
    assert (signposts >= 0) == any(note.signpost for note in problem.lead)
    if signposts >= 0:
        assert body.index(f"#{section} ") < signposts < summary.start()
