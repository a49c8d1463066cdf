"""The content pages as a reader sees them: every URL of the map, links, no phone numbers, honest statuses."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from page_text import blocks, h1

from macros import data
from macros.model import SOURCE_KINDS, TRUST_LEVELS

HANDBOOK = data.HANDBOOK

# Pages that are not one entry of the data, with their H1. Problem and channel pages
# come from the data (their title or name is the H1).
OTHER_PAGES = {
    "": "账户异常自助手册",
    "identify/": "确认问题类型",
    "channels/": "联系渠道对比",
    "safety/": "注意事项",
    "scams/": "识别冒充客服的骗局",
    "print/": "打印全部清单",
    "sources/": "信息来源",
    "about/": "关于本站",
}
URL_MAP = {
    **OTHER_PAGES,
    **{f"problems/{p.id}/": p.title for p in HANDBOOK.problems},
    **{f"channels/{c.id}/": c.name for c in HANDBOOK.channels},
}


# Claims of the source article that nothing official confirms (facts with status not-confirmed).
UNCONFIRMED_CLAIMS = ("phone-support", "live-chat-24-7", "social-support", "email-reply-time")


# -- the URL map -------------------------------------------------------------


def test_the_built_site_is_exactly_the_url_map(site):
    assert set(site.pages()) == set(URL_MAP)


@pytest.mark.parametrize("path", URL_MAP)
def test_every_url_of_the_map_exists_with_its_h1(site, path):
    file = site.dir / path / "index.html"
    assert file.exists(), f"/{path} was not built"
    assert h1(file.read_text("utf-8")) == URL_MAP[path]


# -- the phone page ------------------------------------------------------------------
# (No page shows a phone number: test_guard.py scans every page and the search index.)


SEARCH_VERBS = re.compile(r"搜索|搜一下|查找|查询|寻找|找到|查到|搜")
NUMBER_WORDS = re.compile(r"电话|号码|热线")
NEGATION = re.compile(r"不|没|别|勿|骗|假|未|冒充|仿冒")  # a warning, not advice


def advice_to_find_numbers(text: str) -> list[str]:
    """Sentences that send a reader to look for a phone number (no negation, no warning)."""
    sentences = re.split(r"[。；！？\n]", text)
    return [
        s.strip() for s in sentences if SEARCH_VERBS.search(s) and NUMBER_WORDS.search(s) and not NEGATION.search(s)
    ]


def test_advice_detector_catches_advice_and_spares_warnings():
    assert advice_to_find_numbers("你可以在帮助中心找到客服电话号码。") == ["你可以在帮助中心找到客服电话号码"]
    assert advice_to_find_numbers("上网搜索 Bitget 热线，然后拨打。") == ["上网搜索 Bitget 热线，然后拨打"]
    assert advice_to_find_numbers("我们没有找到官方电话。骗子会在搜索广告里发布假号码。") == []


def test_phone_page_has_no_number_and_no_advice_to_search_for_one(site):
    html = site.html("channels/phone/")
    article = [b.text for b in blocks(html, "article")]
    assert article, "the phone page has no text"
    advice = [s for text in article for s in advice_to_find_numbers(text)]
    assert not advice, f"the phone page sends readers to look for a number: {advice}"
    text = "\n".join(article)
    assert "本站不提供任何号码" in text
    # the safe alternative sits on the page, linked
    soup = BeautifulSoup(html, "html.parser")
    links = {a["href"] for a in soup.select("article a[href]")}
    assert {"../live-chat/", "../ticket/"} <= links


# -- honest statuses -------------------------------------------------------------


def test_unconfirmed_claims_of_the_article_stay_unconfirmed_in_the_data():
    for fact_id in UNCONFIRMED_CLAIMS:
        assert HANDBOOK.fact(fact_id).status != "confirmed", fact_id
    assert HANDBOOK.channel("phone").status != "confirmed"
    assert HANDBOOK.channel("social").status != "confirmed"
    assert HANDBOOK.channel("live-chat").hours == data.UNKNOWN


@pytest.mark.parametrize("channel", HANDBOOK.channels, ids=lambda c: c.id)
def test_channel_page_shows_each_status_the_data_gives(site, channel):
    soup = BeautifulSoup(site.html(f"channels/{channel.id}/"), "html.parser")
    level = HANDBOOK.trust(channel)
    status = soup.select_one(f".channel-summary .status--{level}")
    assert status is not None and status.get_text() == TRUST_LEVELS[level]
    for fact_id in channel.facts:
        fact = HANDBOOK.fact(fact_id)
        shown = soup.select_one(f"#fact-{fact_id}")
        assert shown is not None, f"fact {fact_id} is not on the {channel.id} page"
        assert f"fact--{HANDBOOK.trust(fact)}" in shown["class"]
        assert shown.select_one(".status").get_text() == TRUST_LEVELS[HANDBOOK.trust(fact)]


@pytest.mark.parametrize("channel", HANDBOOK.channels, ids=lambda c: c.id)
def test_channel_page_lists_what_to_prepare_and_the_risks(site, channel):
    soup = BeautifulSoup(site.html(f"channels/{channel.id}/"), "html.parser")
    assert [li.get_text() for li in soup.select("article ul.prepare li")] == list(channel.prepare)
    assert [li.get_text() for li in soup.select("article ul.risks li")] == list(channel.risks)


def test_comparison_table_marks_unconfirmed_channels(site):
    soup = BeautifulSoup(site.html("channels/"), "html.parser")
    for channel in HANDBOOK.channels:
        row = soup.select_one(f"#channel-{channel.id}")
        level = HANDBOOK.trust(channel)
        assert row.select_one(f".status--{level}").get_text() == TRUST_LEVELS[level]


def test_channels_page_says_how_to_choose_by_urgency(site):
    soup = BeautifulSoup(site.html("channels/"), "html.parser")
    section = soup.select_one("#by-urgency")
    assert section is not None
    table = section.find_next("table")
    first_choice = [row.select("td")[1].get_text() for row in table.select("tbody tr")]
    assert first_choice[0].startswith("在线客服"), "the most urgent case goes to live chat first"


# -- safety, scams, sources, about ----------------------------------------------------


def test_live_chat_page_names_checks_that_are_never_legitimate(site):
    text = " ".join(b.text for b in blocks(site.html("channels/live-chat/"), "article"))
    for word in ("密码", "验证码", "私钥", "助记词", "转"):
        assert word in text
    assert BeautifulSoup(site.html("channels/live-chat/"), "html.parser").select_one("#identity-checks")


def test_safety_page_covers_the_four_cautions(site):
    soup = BeautifulSoup(site.html("safety/"), "html.parser")
    for anchor in ("stay-calm", "contact-early", "protect-data", "choose-channel"):
        assert soup.select_one(f"#{anchor}"), anchor
    assert soup.select_one("#fact-account-close-permanent")


SCAM_FACTS = (
    "never-ask-secrets",
    "p2p-escrow-phishing",
    "verification-tool",
    "anti-phishing-code",
    "recovery-scams-ftc",
    "crypto-payment-ftc",
    "fbi-fake-support-numbers",
    "fbi-fake-recovery",
)


def test_scams_page_cites_bitget_ftc_and_fbi_facts_with_sources(site):
    soup = BeautifulSoup(site.html("scams/"), "html.parser")
    for fact_id in SCAM_FACTS:
        shown = soup.select_one(f"#fact-{fact_id}")
        assert shown is not None, fact_id
        hrefs = [a["href"] for a in shown.select(".fact__sources a")]
        assert hrefs == [HANDBOOK.source(s).url for s in HANDBOOK.fact(fact_id).sources]
    for anchor in ("red-flags", "never", "verify", "verification-tool", "anti-phishing-code", "report"):
        assert soup.select_one(f"#{anchor}"), anchor


def test_scams_page_reports_to_the_places_the_research_names(site):
    soup = BeautifulSoup(site.html("scams/"), "html.parser")
    report = soup.select_one("#report")
    listed = report.find_next_sibling("ul")
    links = [urlsplit(a["href"]).hostname for a in listed.select("a[href^='https://']")]
    assert links == ["reportfraud.ftc.gov", "www.ic3.gov"]
    # Every other address in the section is the source of a fact shown there (or the
    # 编辑数据 link under a generated block).
    for sibling in report.find_all_next():
        if sibling.name == "h2":
            break
        if sibling.name != "a" or not sibling.get("href", "").startswith("https://"):
            continue
        if sibling.find_parent(class_="edit-data") is None:
            fact = sibling.find_parent(attrs={"data-fact": True})
            if fact is None:
                assert urlsplit(sibling["href"]).hostname in links, sibling["href"]
            else:
                urls = [HANDBOOK.source(s).url for s in HANDBOOK.fact(fact["data-fact"]).sources]
                assert sibling["href"] in urls, sibling["href"]


def test_sources_page_lists_every_source_and_explains_kinds_and_statuses(site):
    html = site.html("sources/")
    soup = BeautifulSoup(html, "html.parser")
    listed = [li["id"] for li in soup.select("ul.sources li")]
    assert listed == [f"source-{s.id}" for s in HANDBOOK.sources]
    explained = " ".join(b.text for b in blocks(html, "article"))
    for label in [*SOURCE_KINDS.values(), *TRUST_LEVELS.values()]:
        assert f"{label}：" in explained, f"the sources page does not explain {label!r}"


def test_about_page_says_unofficial_and_how_to_suggest_an_edit(site):
    soup = BeautifulSoup(site.html("about/"), "html.parser")
    text = soup.select_one("article").get_text()
    assert "非官方" in text and "不会主动联系任何人" in text
    assert "pull request" in text and "issue" in text
    assert soup.select_one("#edit")
