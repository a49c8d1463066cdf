"""The pure renderers: what they emit for the real data, and that every data string is escaped."""

from __future__ import annotations

import dataclasses
import re

import pytest
from bs4 import BeautifulSoup

from macros import data, render
from macros.model import TRUST_LEVELS, Handbook

BOOK = data.HANDBOOK
HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(1)>&amp;'


def href(src: str) -> str:
    return "/" + render.page_url(src)


def unchecked(**changes) -> Handbook:
    """A handbook that skips validation, to feed the renderers strings validation would refuse."""
    book = object.__new__(Handbook)
    for f in dataclasses.fields(Handbook):
        object.__setattr__(book, f.name, changes.get(f.name, getattr(BOOK, f.name)))
    return book


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


@pytest.mark.parametrize("problem", BOOK.problems, ids=lambda p: p.id)
def test_checklist_items_carry_stable_ids(problem):
    html = render.checklist(problem)
    soup = BeautifulSoup(html, "html.parser")
    box = soup.select_one(f"div.checklist[data-checklist='{problem.id}']")
    items = box.select("ul.task-list > li.task-list-item")
    assert [li["data-item"] for li in items] == [f"{problem.id}.{i.id}" for i in problem.items]
    assert [li["id"] for li in items] == [f"item-{problem.id}-{i.id}" for i in problem.items]
    for li, item in zip(items, problem.items, strict=True):
        checkbox = li.select_one("label.checklist__control > input.checklist__input[type=checkbox]")
        # disabled until checklists.js enables it: without JS a tick could not be kept
        assert checkbox is not None and checkbox.has_attr("disabled")
        # the label wraps the text, so the checkbox's accessible name is the item text
        assert li.select_one("label .checklist__text").get_text() == item.text
        assert li.select_one("label .checklist__box")["aria-hidden"] == "true"


@pytest.mark.parametrize("problem", BOOK.problems, ids=lambda p: p.id)
@pytest.mark.parametrize("part", [None, "checks", "prepare"])
def test_every_part_lists_all_item_ids_of_its_problem(problem, part):
    """The script drops stored ticks whose ids the problem no longer has; it must know them all."""
    soup = BeautifulSoup(render.checklist(problem, part), "html.parser")
    box = soup.select_one("div.checklist")
    assert box["data-items"].split() == [problem.item_key(i) for i in problem.items]
    assert box.get("data-part") == part


def test_checklist_parts():
    problem = BOOK.problem("withdrawal")
    checks = BeautifulSoup(render.checklist(problem, "checks"), "html.parser")
    prepare = BeautifulSoup(render.checklist(problem, "prepare"), "html.parser")
    assert len(checks.select("li")) == len(problem.checks)
    assert len(prepare.select("li")) == len(problem.prepare)
    blank = prepare.select_one("[data-item='withdrawal.uid'] .checklist__blank")
    assert blank.get_text() == "UID："
    assert blank["aria-hidden"] == "true"
    assert blank.select_one(".checklist__line") is not None
    # the fill-in line sits outside the label: it is not part of the accessible name
    assert blank.find_parent("label") is None
    with pytest.raises(ValueError):
        render.checklist(problem, "everything")


def test_channel_table_has_a_row_per_channel_with_every_column():
    soup = BeautifulSoup(render.channel_table(BOOK, href), "html.parser")
    headers = [th.get_text() for th in soup.select("thead th")]
    assert headers == ["渠道", "怎么联系", "需要登录", "一般速度", "服务时间", "适合的问题"]
    rows = soup.select("tbody tr")
    assert [r["id"] for r in rows] == [f"channel-{c.id}" for c in BOOK.channels]
    phone = soup.select_one("#channel-phone")
    assert "未经官方确认" in phone.get_text()
    assert phone.select_one("th a")["href"] == "/channels/phone/"
    for row, channel in zip(rows, BOOK.channels, strict=True):
        # The sources live on the channel page; the row links to them.
        assert row.select_one("th .status").get_text() == TRUST_LEVELS[BOOK.trust(channel)]
        link = row.select_one("th a.channel-table__sources")
        assert link["href"] == f"/channels/{channel.id}/#sources", channel.id
        assert not row.select("a.external"), "source titles made rows too tall on a phone"
        # Every cell names its column, for the card layout on a phone.
        assert [td["data-label"] for td in row.select("td")] == headers[1:]


def test_channel_order_links_each_channel_with_its_reason():
    soup = BeautifulSoup(render.channel_order(BOOK, BOOK.problem("deposit"), href), "html.parser")
    links = [a["href"] for a in soup.select("li a")]
    assert links == [f"/channels/{c.channel}/" for c in BOOK.problem("deposit").channels]


def test_fact_shows_status_sources_and_check_date():
    soup = BeautifulSoup(render.fact(BOOK, "phone-support"), "html.parser")
    text = soup.get_text()
    assert "未经官方确认" in text and "核对于 " in text
    assert soup.select("a.external")


def test_message_template_is_copyable_text():
    html = render.message_template(BOOK.problem("deposit"))
    soup = BeautifulSoup(html, "html.parser")
    code = soup.select_one("pre code").get_text()
    assert code.startswith("主题：充值未到账")
    assert "【TxID】" in code


@pytest.mark.parametrize(
    ("src", "dirs", "url"),
    [
        ("index.md", True, ""),
        ("channels/index.md", True, "channels/"),
        ("problems/2fa.md", True, "problems/2fa/"),
        ("index.md", False, "index.html"),
        ("problems/2fa.md", False, "problems/2fa.html"),
    ],
)
def test_page_url_matches_mkdocs(src, dirs, url):
    assert render.page_url(src, dirs) == url


@pytest.mark.parametrize(
    ("target", "current", "rel"),
    [
        ("channels/email/", "problems/deposit/", "../../channels/email/"),
        ("", "problems/deposit/", "../../"),
        ("channels/", "channels/", "./"),
        ("problems/deposit/", "", "problems/deposit/"),
        ("channels/email.html", "problems/deposit.html", "../channels/email.html"),
    ],
)
def test_relative_url(target, current, rel):
    assert render.relative_url(target, current) == rel


# -- escaping ------------------------------------------------------------------


def test_every_renderer_escapes_every_data_string():
    book = unchecked(
        problems=tuple(poison(p) for p in BOOK.problems),
        channels=tuple(poison(c) for c in BOOK.channels),
        facts=tuple(poison(f) for f in BOOK.facts),
        sources=tuple(poison(s) for s in BOOK.sources),
    )
    problem = book.problems[0]
    outputs = [
        render.checklist(problem),
        render.channel_table(book, href),
        render.channel_order(book, problem, href),
        render.channel_summary(book.channels[0], book.trust(book.channels[0])),
        render.message_template(problem),
        render.facts(book, problem.facts),
        render.sources_list(book, problem.sources),
        render.bullet_list(problem.symptoms),
    ]
    for html in outputs:
        assert_escaped(html)


def test_urls_are_escaped_in_attributes():
    source = dataclasses.replace(BOOK.sources[0], url='https://www.bitget.com/"><script>x</script>')
    html = render.source_line(source)
    assert '"><script>' not in html
    assert re.search(r'href="https://www\.bitget\.com/&quot;&gt;&lt;script&gt;', html)


def test_aliases_line_lists_the_words_readers_use():
    soup = BeautifulSoup(render.aliases(BOOK.problem("deposit").aliases), "html.parser")
    assert soup.get_text().startswith("也叫：充币、")
    assert_escaped(render.aliases([HOSTILE]))
