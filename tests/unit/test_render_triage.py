"""The triage component (macros/render/triage.py): the decision tree of /identify/ as a
static list, every answer a link to a step, every problem a result."""

from __future__ import annotations

import pytest
from render_helpers import HANDBOOK, PROBLEMS, WORDS, as_page, assert_escaped, poisoned_handbook

from macros import contracts
from macros.model import UNSURE_ANSWER
from macros.render import triage

TREE = HANDBOOK.triage
PAGE = as_page(triage.triage(HANDBOOK, WORDS))


@pytest.mark.parametrize("question", TREE.questions, ids=lambda q: q.id)
def test_every_answer_is_a_link_to_a_step_on_the_page(question):
    root = PAGE.select_one(f"[{contracts.TRIAGE}]")
    steps = {s["id"] for s in root.select("[data-step]")}
    assert root["data-start"] == f"q-{TREE.start}"
    links = root.select(f"#q-{question.id} a.triage__answer")
    assert [a.get_text() for a in links] == [a.text for a in question.answers] + [UNSURE_ANSWER]
    for a in links:
        assert a["href"] == "#" + a["data-to"] and a["data-to"] in steps


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_each_result_links_its_problem_page_and_first_channel(problem):
    result = PAGE.select_one(f"#p-{problem.id}")
    w = WORDS.triage
    assert result.select_one("h2").find(string=True) == f"{w.result}：{problem.title}"
    hrefs = [a["href"] for a in result.select("a[href]:not(.headerlink)")]
    assert hrefs == [f"/channels/{problem.channels[0].channel}.md", f"/problems/{problem.id}.md"]
    assert result.select_one(".triage__go").get_text() == w.open_page.replace("{title}", problem.title)


def test_unsure_ends_at_help_centre_ticket_form_and_scam_warning():
    unsure = PAGE.select_one(f"#{triage.UNSURE_STEP}")
    hrefs = [a["href"] for a in unsure.select("a[href]:not(.headerlink)")]
    assert hrefs[:3] == [TREE.help_centre, "/channels/ticket.md", "/scams.md"]
    w = WORDS.triage
    assert unsure.select_one("h2").find(string=True) == w.unsure_title
    steps = [li.get_text() for li in unsure.select("ol > li")]
    assert steps[0].startswith(w.unsure_search.split("{")[0]) and w.help_centre in steps[0]
    assert steps[1] == w.unsure_ticket.replace("{ticket}", HANDBOOK.channel("ticket").name)
    assert unsure.select_one(".admonition-title").get_text() == w.scam_title
    assert HANDBOOK.contact_rule in unsure.get_text()


def test_the_triage_escapes_every_string():
    assert_escaped(triage.triage(poisoned_handbook(), WORDS))
    assert_escaped(triage.triage(HANDBOOK, poisoned_handbook().words))
