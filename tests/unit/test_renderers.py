"""The pure renderers: what they emit for the real data, and that every data string is escaped."""

from __future__ import annotations

import dataclasses
import re

import pytest
from bs4 import BeautifulSoup
from helpers import HOSTILE, site_markdown

from macros import data, render
from macros.model import TRUST_LEVELS, Handbook

HANDBOOK = data.HANDBOOK


MD = site_markdown()


def as_page(block: str) -> BeautifulSoup:
    """A generated block as a page shows it: through the site's Markdown extensions."""
    MD.reset()
    return BeautifulSoup(MD.convert(block), "html.parser")


def unchecked(**changes) -> Handbook:
    """A handbook that skips validation, to feed the renderers strings validation would refuse."""
    handbook = object.__new__(Handbook)
    for f in dataclasses.fields(Handbook):
        object.__setattr__(handbook, f.name, changes.get(f.name, getattr(HANDBOOK, f.name)))
    return handbook


def poison(entry):
    """A copy of a dataclass entry with every text field (and tuple of texts) made hostile."""
    changes = {}
    for f in dataclasses.fields(entry):
        value = getattr(entry, f.name)
        if f.name in ("id", "url", "status", "kind", "channel", "best_for", "sources", "facts", "language"):
            continue
        if isinstance(value, str):
            changes[f.name] = HOSTILE
        elif isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            changes[f.name] = (HOSTILE,) * len(value)
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            changes[f.name] = tuple(poison(v) for v in value)
        elif dataclasses.is_dataclass(value):
            changes[f.name] = poison(value)
    return dataclasses.replace(entry, **changes)


def assert_escaped(html: str):
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find("script"), html
    assert not soup.find("img"), html
    assert "<script>" not in html and "<img" not in html
    assert HOSTILE in soup.get_text(), "the hostile text should still be readable as text"


# -- output for the real data ------------------------------------------------


@pytest.mark.parametrize("problem", HANDBOOK.problems, ids=lambda p: p.id)
def test_checklist_items_carry_stable_ids(problem):
    html = render.checklist(problem)
    soup = BeautifulSoup(html, "html.parser")
    box = soup.select_one(f"div.checklist[data-checklist='{problem.id}']")
    items = box.select("ul.task-list > li.task-list-item")
    assert [li["data-item"] for li in items] == [f"{problem.id}.{i.id}" for i in problem.items]
    assert not any(li.has_attr("id") for li in items), "data-item is the handle (bytes on /print/)"
    for li, item in zip(items, problem.items, strict=True):
        checkbox = li.select_one("label.checklist__control > input.checklist__input[type=checkbox]")
        # disabled until checklists.js enables it: without JS a tick could not be kept
        assert checkbox is not None and checkbox.has_attr("disabled")
        # the label wraps the text, so the checkbox's accessible name is the item text
        assert li.select_one("label .checklist__text").get_text() == item.text
        assert li.select_one("label .checklist__box")["aria-hidden"] == "true"


@pytest.mark.parametrize("problem", HANDBOOK.problems, ids=lambda p: p.id)
@pytest.mark.parametrize("part", [None, "checks", "prepare"])
def test_the_first_part_lists_all_item_ids_of_its_problem(problem, part):
    """The script drops stored ticks whose ids the problem no longer has; it must know them
    all. Pages show the checks part first, and it (or the whole list) carries every id."""
    soup = BeautifulSoup(render.checklist(problem, part), "html.parser")
    box = soup.select_one("div.checklist")
    if part == "prepare":
        assert not box.has_attr("data-items")
    else:
        assert box["data-items"].split() == [problem.item_key(i) for i in problem.items]
    assert box.get("data-part") == part


def test_checklist_parts():
    problem = HANDBOOK.problem("withdrawal")
    checks = BeautifulSoup(render.checklist(problem, "checks"), "html.parser")
    prepare = BeautifulSoup(render.checklist(problem, "prepare"), "html.parser")
    assert len(checks.select("li")) == len(problem.checks)
    assert len(prepare.select("li")) == len(problem.prepare)
    blank = prepare.select_one("[data-item='withdrawal.uid'] .checklist__blank")
    assert blank.get_text() == "", "「你的 UID」 already names the line: no second 「UID：」"
    assert prepare.select_one("[data-item='withdrawal.coin'] .checklist__blank").get_text() == "", "币种和网络"
    login = BeautifulSoup(render.checklist(HANDBOOK.problem("login"), "prepare"), "html.parser")
    assert login.select_one("[data-item='login.screenshot'] .checklist__blank").get_text() == "文件名："
    assert blank["aria-hidden"] == "true"
    assert blank.select_one(".checklist__line") is not None
    # the fill-in line sits outside the label: it is not part of the accessible name
    assert blank.find_parent("label") is None
    with pytest.raises(ValueError):
        render.checklist(problem, "everything")


def test_channel_table_has_a_row_per_channel_with_every_column():
    soup = as_page(render.channel_table(HANDBOOK))
    headers = [th.get_text() for th in soup.select("thead th")]
    assert headers == ["渠道", "怎么联系", "需要登录", "一般速度", "服务时间", "适合的问题"]
    rows = soup.select("tbody tr")
    assert [r["id"] for r in rows] == [f"channel-{c.id}" for c in HANDBOOK.channels]
    phone = soup.select_one("#channel-phone")
    assert "未经官方确认" in phone.get_text()
    assert phone.select_one("th a")["href"] == "/channels/phone.md"
    for row, channel in zip(rows, HANDBOOK.channels, strict=True):
        # The sources live on the channel page; the row links to them.
        assert row.select_one("th .status").get_text() == TRUST_LEVELS[HANDBOOK.trust(channel)]
        link = row.select_one("th .channel-table__sources a")
        assert link["href"] == f"/channels/{channel.id}.md#sources", channel.id
        assert not row.select("a.external"), "source titles made rows too tall on a phone"
        # Every cell names its column, for the card layout on a phone.
        assert [td["data-label"] for td in row.select("td")] == headers[1:]


def test_channel_order_links_each_channel_with_its_reason():
    soup = as_page(render.channel_order(HANDBOOK, HANDBOOK.problem("deposit")))
    links = [a["href"] for a in soup.select("li a")]
    assert links == [f"/channels/{c.channel}.md" for c in HANDBOOK.problem("deposit").channels]
    reasons = [li.get_text().split("：", 1)[1] for li in soup.select("li")]
    assert reasons == [c.why for c in HANDBOOK.problem("deposit").channels]


def test_fact_shows_status_sources_and_check_date():
    soup = BeautifulSoup(render.fact(HANDBOOK, "phone-support"), "html.parser")
    text = soup.get_text()
    assert "未经官方确认" in text and "核对于 " in text
    assert soup.select("a.external")


def test_message_template_is_copyable_text():
    html = render.message_template(HANDBOOK.problem("deposit"))
    soup = BeautifulSoup(html, "html.parser")
    code = soup.select_one("pre code").get_text()
    assert code.startswith("主题：充值未到账")
    assert "【TxID】" in code


def test_page_links_are_markdown_links_to_source_files_with_their_text_escaped():
    assert render.page_link("problems/deposit.md", "充值未到账") == "[充值未到账](/problems/deposit.md)"
    assert render.page_link("channels/email.md", "来源", anchor="sources") == "[来源](/channels/email.md#sources)"
    soup = as_page(f'<p markdown="span">{render.page_link("problems/2fa.md", "a](javascript:x) *b* <i>")}</p>')
    assert [a["href"] for a in soup.select("a")] == ["/problems/2fa.md"]
    assert soup.get_text() == "a](javascript:x) *b* <i>"


# -- escaping ------------------------------------------------------------------


def test_every_renderer_escapes_every_data_string():
    handbook = unchecked(
        problems=tuple(poison(p) for p in HANDBOOK.problems),
        channels=tuple(poison(c) for c in HANDBOOK.channels),
        facts=tuple(poison(f) for f in HANDBOOK.facts),
        sources=tuple(poison(s) for s in HANDBOOK.sources),
    )
    problem = handbook.problems[0]
    outputs = [
        render.checklist(problem),
        render.channel_table(handbook),
        render.channel_order(handbook, problem),
        render.channel_summary(handbook.channels[0], handbook.trust(handbook.channels[0])),
        render.message_template(problem),
        render.facts(handbook, problem.facts),
        render.sources_list(handbook, problem.sources),
        render.bullet_list(problem.symptoms),
    ]
    for html in outputs:
        assert_escaped(str(as_page(html)))


def test_urls_are_escaped_in_attributes():
    source = dataclasses.replace(HANDBOOK.sources[0], url='https://www.bitget.com/"><script>x</script>')
    html = render.source_line(source)
    assert '"><script>' not in html
    assert re.search(r'href="https://www\.bitget\.com/&quot;&gt;&lt;script&gt;', html)


def test_aliases_line_lists_the_words_readers_use():
    soup = BeautifulSoup(render.aliases(HANDBOOK.problem("deposit").aliases), "html.parser")
    assert soup.get_text().startswith("也叫：充币、")
    assert_escaped(render.aliases([HOSTILE]))
