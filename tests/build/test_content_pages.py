"""The pages that are not a problem or a channel, as a reader sees them: every URL of the
map with its H1, the home page, /identify/, safety, scams, about and the 404 page.
(Problem pages: test_problem_pages.py; channels: test_channel_pages.py; /sources/:
test_facts_and_sources.py.)"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from page_text import article_text, h1, section, section_text

from macros import data

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


# -- honest statuses -------------------------------------------------------------


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


def test_about_page_says_unofficial_and_how_to_suggest_an_edit(site):
    soup = BeautifulSoup(site.html("about/"), "html.parser")
    text = soup.select_one("article").get_text()
    assert "非官方" in text and "不会主动联系任何人" in text
    assert "pull request" in text and "issue" in text
    assert soup.select_one("#edit")


# -- home and /identify/ -----------------------------------------------------------------


def test_home_keeps_the_three_safety_rules(site):
    soup = site.soup("")
    rules = soup.select_one("h2#three-rules").find_next("ol").select("li")
    text = [li.get_text() for li in rules]
    assert len(text) == 3
    assert "www.bitget.com" in text[0]
    assert "验证码" in text[1] and "助记词" in text[1]
    assert "解冻费" in text[2] and "安全钱包" in text[2]


def test_identify_is_the_triage_not_every_symptom_list(site):
    """/identify/ asks questions (tests/browser/test_triage.py walks them); each
    problem's symptoms stay on its own page."""
    soup = site.soup("identify/")
    assert soup.select_one("article [data-triage]") is not None
    assert soup.select("article ul.symptoms") == []


# -- more on safety and scams ------------------------------------------------------------


def test_safety_page_carries_the_privacy_caution(site):
    text = " ".join(el.get_text() for el in section(site.soup("safety/"), "protect-data"))
    assert "隐私" in text and "公开" in text


def test_safety_does_not_restate_home_and_scams(site):
    home_rules = [li.get_text() for li in site.soup("").select("#three-rules + ol > li")]
    safety = site.soup("safety/").select_one("article").get_text()
    for rule in home_rules:
        assert rule not in safety, rule
    assert "谁索要这些，谁就是骗子" not in safety


def test_verification_tool_steps_live_only_on_scams(
    site,
):
    on = []
    for path in site.pages():
        if site.soup(path).select_one("article #fact-verification-tool-steps") is not None:
            on.append(path)
    assert on == ["scams/"], on


def test_scams_page_names_chinese_platforms_and_reporting(site):
    text = article_text(site.html("scams/"))
    for word in (
        "微信",
        "QQ",
        "抖音",
        "Telegram",
        "国家反诈中心",
        "屏幕共享",
        "安全账户",
        "00 开头",
        "税费",
        "APK",
        "TestFlight",
    ):
        assert word in text, word
    report = " ".join(el.get_text() for el in section(site.soup("scams/"), "report"))
    assert "公安机关" in report and "国家反诈中心" in report


def test_anti_phishing_code_length_and_digits_only_for_sms(site):
    text = article_text(site.html("scams/"))
    assert "8–32 位数字" not in text
    assert "8–32 位" in text and "只用数字" in text


LINES = {"96110": "report-cn", "18222": "report-hk", "165": "report-tw"}


@pytest.mark.parametrize("number", sorted(LINES))
def test_scams_page_names_each_line_with_a_linked_public_source(site, number):
    """/scams/ names 96110, 18222 and 165, each in a fact that links its source: a
    government page, or (96110) news reports only, and the page says so."""
    soup = site.soup("scams/")
    report = section_text(soup, "report")
    assert re.search(rf"(?<!\d){number}(?!\d)", report), number
    shown = soup.select_one(f'[data-fact="{LINES[number]}"]')
    assert shown is not None and number in shown.get_text()
    links = [a["href"] for a in shown.select(".fact__sources a[href^='https://']")]
    kinds = {s.kind for s in HANDBOOK.sources if s.url in links}
    assert links and kinds <= {"government", "press"}, links
    if number == "96110":
        assert "只找到新闻报道" in shown.get_text()
    else:
        assert "government" in kinds, (number, kinds)


def test_scams_page_warns_of_fake_police_who_recovered_your_money(site):
    soup = site.soup("scams/")
    shown = soup.select_one('[data-fact="fake-police-recovery"]')
    assert shown is not None and "已追回款项" in shown.get_text() and "办理回款" in shown.get_text()
    assert "已经追回你的钱" in section_text(soup, "recovery-scams")


# -- the 404 page ------------------------------------------------------------------------


def test_404_page_is_chinese_and_shows_the_way_on(site):
    soup = BeautifulSoup(site.html("404.html"), "html.parser")
    article = soup.select_one("article")
    assert "Not found" not in article.get_text()
    assert article.h1.get_text(strip=True) == "找不到这一页"
    links = {a.get_text(strip=True): a["href"] for a in article.select("a[href]")}
    assert any("首页" in text for text in links), links
    assert any(href.endswith("?q=") for href in links.values()), "a link that opens search"
