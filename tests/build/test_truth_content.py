"""The truth pass, second round (issue 21, the content items), on the built pages a
reader sees: the P2P appeal route and escrow, the mainland exit, EDD and KYC answers,
inheritance, the way back after a freeze, and the reporting lines where readers live."""

from __future__ import annotations

import re

from page_text import blocks, parse

from macros import data

HANDBOOK = data.HANDBOOK


def article_blocks(site, path: str) -> list[str]:
    return [b.text for b in blocks(site.html(path), "article")]


def article_text(site, path: str) -> str:
    return " ".join(article_blocks(site, path))


def section_text(soup, anchor: str) -> str:
    """The text of the section under the heading `#anchor`, up to the next heading of its level."""
    heading = soup.select_one(f"#{anchor}")
    assert heading is not None, anchor
    parts = []
    for sibling in heading.find_next_siblings():
        if sibling.name == heading.name:
            break
        parts.append(sibling.get_text(" "))
    return " ".join(parts)


def pages(site):
    for file in sorted(site.dir.rglob("*.html")):
        if file.name != "404.html":
            yield file.relative_to(site.dir).as_posix(), file.read_text("utf-8")


# -- 6: the P2P appeal starts in the order ---------------------------------------------


def test_p2p_appeal_button_comes_before_live_chat(site):
    """On every part of the page, the appeal button in the order comes before live chat."""
    text = article_text(site, "problems/p2p/")
    button = text.index("申诉按钮")
    for chat in ("在线客服", "Live Chat", "「Help」"):
        assert chat in text and button < text.index(chat), chat
    soup = parse(site.html("problems/p2p/"))
    answer = soup.select_one("[data-answer]").get_text()
    assert answer.index("申诉按钮") < answer.index("在线客服")
    lead = soup.select_one("ul.lead--screen").get_text()
    assert lead.index("申诉按钮") < lead.index("在线客服")
    assert "上传付款凭证" in lead


def test_p2p_closed_orders_appeal_from_my_orders(site):
    soup = parse(site.html("problems/p2p/"))
    assert "我的订单" in soup.select_one("ul.lead--screen").get_text()
    shown = soup.select_one('[data-fact="p2p-appeal-closed"]')
    assert shown is not None and "我的订单" in shown.get_text()
    cited = [a["href"] for a in shown.select(".fact__sources a[href]")]
    assert cited and all(re.search(r"/12560603820633$|/12560603820636$", href) for href in cited), cited


def test_p2p_live_chat_button_is_said_to_come_from_the_2022_guide(site):
    """Item 9: 「App 里点 Live Chat」 is from the 2022 P2P guide; every P2P block naming it says so."""
    for text in article_blocks(site, "problems/p2p/"):
        if "Live Chat" in text:
            assert "2022" in text, text


# -- 7: P2P escrow: Bitget locks the seller's coins; the scam is paying a deposit ---------

NO_ESCROW = re.compile(r"不提供[^。；]{0,6}担保|没有担保|无担保")


def test_no_page_says_bitget_p2p_has_no_escrow(site):
    for path, html in pages(site):
        for block in blocks(html, "body"):
            assert not NO_ESCROW.search(block.text), f"{path}: {block.text}"


def test_p2p_page_says_what_the_faq_says_about_escrow_and_the_deposit_scam(site):
    soup = parse(site.html("problems/p2p/"))
    escrow = soup.select_one('[data-fact="p2p-escrow"]').get_text()
    assert "锁定" in escrow and "托管" in escrow
    dont = " ".join(li.get_text() for li in soup.select("ul.dont li"))
    assert "担保金" in dont and "锁定" in dont
    lead = soup.select_one("ul.lead--screen").get_text()
    assert "担保金" in lead and "骗局" in lead


def test_p2p_page_gives_the_rules_that_prevent_frozen_card_disputes(site):
    """I3: pay and be paid only through your own real-name account; release only after your
    own bank app shows the money; never click 已付款 before paying."""
    soup = parse(site.html("problems/p2p/"))
    dont = " ".join(li.get_text() for li in soup.select("ul.dont li"))
    assert "实名认证的账户" in dont and "付款和收款" in dont
    assert "银行 App" in dont
    assert "没付款不要点「已付款」" in dont
    rules = soup.select_one('[data-fact="p2p-buyer-rules"]').get_text()
    assert "实名认证的账户" in rules and "Paid" in rules
