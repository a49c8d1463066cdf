"""The triage tree of /identify/ and the message composer's fields, from the data.

Validation: every path from the first question ends at a problem. A mistake fails the
import with one line naming the question and the answer.
"""

from __future__ import annotations

import dataclasses

import pytest
from bs4 import BeautifulSoup
from helpers import site_markdown

from macros import data, render
from macros.model import UNSURE_ANSWER, Answer, DataError, Question, Template

HANDBOOK = data.HANDBOOK
TREE = HANDBOOK.triage


def with_questions(*questions, start=None, **changes):
    """The real handbook with the triage's questions (and maybe more) swapped, validated again."""
    tree = dataclasses.replace(TREE, questions=tuple(questions), start=start or TREE.start, **changes)
    return dataclasses.replace(HANDBOOK, triage=tree)


def change(question_id, **changes):
    """The real questions with one of them changed."""
    return tuple(dataclasses.replace(q, **changes) if q.id == question_id else q for q in TREE.questions)


def answers_of(question_id):
    return TREE.question(question_id).answers


def fails(message, *questions, **changes):
    with pytest.raises(DataError) as caught:
        with_questions(*questions, **changes)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


# -- each mistake, with its one line -----------------------------------------------

# Where an answer appended to the question 'where' lands (the tree grows with the problems).
NEXT = f"answers[{len(answers_of('where'))}]"


def test_an_answer_leading_nowhere_names_question_and_answer():
    broken = change("where", answers=(*answers_of("where"), Answer("开了新账户", "new-account")))
    fails(
        f"question 'where', field '{NEXT}': "
        "answer 「开了新账户」 leads to 'new-account', which is no question or problem",
        *broken,
    )


def test_a_question_without_answers_is_a_dead_end():
    fails("question 'where', field 'answers': no answers: a reader would be stuck here", *change("where", answers=()))


def test_a_loop_names_the_answer_that_closes_it():
    broken = change("where", answers=(*answers_of("where"), Answer("回到第一个问题", "not-you")))
    fails(
        f"question 'where', field '{NEXT}': answer 「回到第一个问题」 leads back to question 'not-you': "
        "a loop (not-you -> can-login -> where -> not-you)",
        *broken,
    )


def test_a_question_that_leads_to_itself_is_a_loop():
    broken = change("where", answers=(*answers_of("where"), Answer("再问一次", "where")))
    fails(
        f"question 'where', field '{NEXT}': "
        "answer 「再问一次」 leads back to question 'where': a loop (where -> where)",
        *broken,
    )


def test_a_question_no_answer_leads_to_is_unreachable():
    orphan = Question("orphan", "没人问到的问题？", (Answer("充值", "deposit"),))
    fails(
        "question 'orphan', field 'id': no answer leads here from the first question 'not-you'",
        *TREE.questions,
        orphan,
    )


def test_a_problem_no_answer_leads_to_is_unreachable():
    without_deposit = change("where", answers=tuple(a for a in answers_of("where") if a.to != "deposit"))
    fails(
        "problem 'deposit', field 'triage': no answer on /identify/ leads here; add Answer(text, id) to a question",
        *without_deposit,
    )


def test_an_unknown_first_question():
    fails("triage, field 'start': unknown question 'first'", *TREE.questions, start="first")


def test_two_questions_with_one_id():
    fails(
        "question 'where', field 'id': duplicate id, already used by another question",
        *TREE.questions,
        TREE.question("where"),
    )


def test_a_question_id_that_is_also_a_problem_id():
    same = Question("deposit", "充值？", (Answer("是", "deposit"),))
    fails(
        "question 'deposit', field 'id': 'deposit' is also a problem id; answers could not tell them apart",
        *TREE.questions,
        same,
    )


def test_the_unsure_answer_is_never_written_in_the_data():
    broken = change("where", answers=(*answers_of("where"), Answer(UNSURE_ANSWER, "login")))
    fails(
        f"question 'where', field '{NEXT}': 「{UNSURE_ANSWER}」 is added to every question; do not write it",
        *broken,
    )


def test_an_answer_given_twice():
    first = answers_of("where")[0]
    broken = change("where", answers=(*answers_of("where"), Answer(first.text, "login")))
    fails(f"question 'where', field '{NEXT}': answer 「{first.text}」 is given twice", *broken)


def test_question_text_is_checked_like_all_data_text():
    fails(
        "question 'where', field 'text': raw HTML is not allowed: '问题<b>出在</b>哪里？'",
        *change("where", text="问题<b>出在</b>哪里？"),
    )


def test_the_help_centre_must_be_on_www_bitget_com():
    fails(
        "triage, field 'help_centre': must be an https URL on www.bitget.com: 'https://bitget.ng/support'",
        *TREE.questions,
        help_centre="https://bitget.ng/support",
    )


def test_a_new_problem_is_one_more_answer():
    """What a helper adding a problem page does: one Answer, nothing else in the tree."""
    new = dataclasses.replace(HANDBOOK.problem("deposit"), id="tax-form", title="被要求填写税务表格")
    grown = dataclasses.replace(HANDBOOK, problems=(*HANDBOOK.problems, new), triage=None)
    with pytest.raises(DataError, match="problem 'tax-form', field 'triage'"):
        dataclasses.replace(grown, triage=TREE)
    tree = dataclasses.replace(
        TREE, questions=change("where", answers=(*answers_of("where"), Answer("要我填写税务表格", "tax-form")))
    )
    handbook = dataclasses.replace(grown, triage=tree)
    html = render.triage(handbook)
    assert "](/problems/tax-form.md)" in html


# -- the rendered decision list ------------------------------------------------------


MD = site_markdown()


def rendered(handbook) -> BeautifulSoup:
    """The triage as the page shows it (its page links are Markdown links to source files)."""
    MD.reset()
    return BeautifulSoup(MD.convert(render.triage(handbook)), "html.parser")


def test_every_answer_is_a_link_to_a_step_on_the_page():
    soup = rendered(HANDBOOK)
    root = soup.select_one("[data-triage]")
    steps = {s["id"] for s in root.select("[data-step]")}
    assert root["data-start"] == f"q-{TREE.start}"
    for question in TREE.questions:
        links = root.select(f"#q-{question.id} a.triage__answer")
        assert [a.get_text() for a in links] == [a.text for a in question.answers] + [UNSURE_ANSWER]
        for a in links:
            assert a["href"] == "#" + a["data-to"] and a["data-to"] in steps


def test_each_result_links_its_problem_page_and_first_channel():
    soup = rendered(HANDBOOK)
    for problem in HANDBOOK.problems:
        result = soup.select_one(f"#p-{problem.id}")
        hrefs = [a["href"] for a in result.select("a[href]")]
        assert f"/problems/{problem.id}.md" in hrefs
        assert f"/channels/{problem.channels[0].channel}.md" in hrefs


def test_unsure_ends_at_help_centre_ticket_form_and_scam_warning():
    soup = rendered(HANDBOOK)
    unsure = soup.select_one(f"#{render.UNSURE_STEP}")
    hrefs = [a["href"] for a in unsure.select("a[href]")]
    assert "https://www.bitget.com/support" in hrefs
    assert "/channels/ticket.md" in hrefs and "/scams.md" in hrefs
    text = unsure.get_text()
    assert "提交请求" in text and "不会索要密码、验证码、私钥或助记词" in text


# -- composer fields from template placeholders -------------------------------------


def test_each_placeholder_gets_a_labelled_field():
    fields, subject, body = render.composer_fields(HANDBOOK.problem("deposit").template)
    labels = [f.label for f in fields]
    assert labels[:3] == ["UID", "注册邮箱", "币种"]
    assert "TxID" in labels and "转出时间" in labels and "标签（Tag/Memo，如有）" in labels
    # subject placeholders share the body's fields
    assert [p[1] for p in subject if isinstance(p, tuple)] == ["【币种】", "【数量】", "【TxID】"]
    assert len({p[0] for p in subject if isinstance(p, tuple)} - {p[0] for p in body if isinstance(p, tuple)}) == 0


def test_same_placeholder_under_two_labels_is_two_fields():
    template = Template(
        "问题：UID【UID】，【日期】",
        "发现时间：【日期 时间 时区】\n提交时间：【日期 时间 时区】\nUID：【UID，记得的话】",
    )
    fields, subject, _ = render.composer_fields(template)
    assert [(f.label, f.key) for f in fields] == [
        ("发现时间", "日期 时间 时区"),
        ("提交时间", "日期 时间 时区"),
        ("UID", "UID"),
    ]
    assert [p[0] for p in subject if isinstance(p, tuple)] == [2, 0]


def test_amount_and_txid_fields_are_marked_for_their_exceptions():
    fields, _, _ = render.composer_fields(HANDBOOK.problem("withdrawal").template)
    allow = {f.label: f.allow for f in fields}
    assert allow["数量"] == ("amount",) and allow["TxID（如有）"] == ("txid",) and allow["UID"] == ()


def test_composer_preview_is_the_template_text_and_describes_each_field_once():
    problem = HANDBOOK.problem("hacked")
    fields, _, _ = render.composer_fields(problem.template)
    soup = BeautifulSoup(render.message_template(problem), "html.parser")
    root = soup.select_one("[data-composer]")
    assert root["data-composer"] == "hacked"
    assert root.select_one("[data-composer-preview] code").get_text() == (
        f"主题：{problem.template.subject}\n\n{problem.template.body}"
    )
    described = root.select("[data-slot][data-label]")
    assert [int(s["data-slot"]) for s in described] == sorted({int(s["data-slot"]) for s in root.select("[data-slot]")})
    assert [s["data-label"] for s in described] == [f.label for f in fields]
    assert len(set(f.label for f in fields)) == len(fields), "labels name the stored values"
    assert root.select_one("[data-composer-form]").has_attr("hidden"), "no controls without JavaScript"
