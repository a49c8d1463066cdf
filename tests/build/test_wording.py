"""Words on every page: each claim as strong as its source, and words as Bitget's
Chinese interface says them, one meaning each."""

from __future__ import annotations

import json
import re

from page_text import article_text, blocks

from macros import data

HANDBOOK = data.HANDBOOK


# -- each claim as strong as its source --------------------------------------------------


OVERSTATED = (
    "身在或去过",  # the sources: living in a restricted region, visiting a sanctioned one
    "可疑的登录时也会这样",  # an unusual-activity restriction: whether it lifts is not stated
    "这也能拖住",  # this site's inference, not Bitget's
)


def test_no_page_overstates_what_its_sources_say(site):
    for path, html in site.every_page():
        for block in blocks(html):
            for words in OVERSTATED:
                assert words not in block.text, f"{path}: {block.text}"


def test_p2p_pauses_only_after_the_changes_the_sources_name():
    """Password, Google Authenticator and e-mail changes pause P2P; fund-password and
    phone changes restrict withdrawals (research B15, B17a-c)."""
    text = HANDBOOK.fact("withdrawal-24h-lock").text
    withdrawals, p2p = text.split("；")
    assert "资金密码" in withdrawals and "手机号" in withdrawals
    assert "P2P" in p2p and "资金密码" not in p2p and "手机号" not in p2p


def test_the_hacked_page_labels_its_inference(site):
    urgent = site.soup("problems/hacked/").select_one(".urgent-steps__can-login").get_text()
    assert "本站的推断：这也可能拖住盗号的人" in urgent


def test_identify_does_not_call_a_freeze_temporary(site):
    assert "暂时" not in article_text(site.html("identify/"))


# -- words as in Bitget's Chinese interface, one meaning each ----------------------------


def test_no_page_says_account_number_for_the_uid(site):
    """Bitget's interface says UID; fails on the old prepare lists (「你的账户编号」)."""
    for file in [*site.dir.rglob("*.html"), site.dir / "search" / "search_index.json"]:
        text = file.read_text("utf-8")
        if file.suffix == ".json":
            text = json.dumps(json.loads(text), ensure_ascii=False)
        assert "账户编号" not in text, file.relative_to(site.dir)


def test_the_api_page_has_one_name(site):
    for path, html in site.every_page():
        for block in blocks(html):
            assert "API 管理" not in block.text and "API 设置" not in block.text, f"{path}: {block.text}"
    assert "「个人主页 > API keys」" in HANDBOOK.fact("hacked-menu-paths").text


# 「原文」 is a message's own words (错误提示的原文); the seed article is 那篇流传的文章.
ARTICLE_AS_ORIGINAL = re.compile(r"原文(说|把|建议|还|怎么说|或其他)")


def test_original_text_means_one_thing(site):
    for path, html in site.every_page():
        for block in blocks(html):
            assert not ARTICLE_AS_ORIGINAL.search(block.text), f"{path}: {block.text}"


def test_menu_paths_from_other_languages_say_so(site):
    for fact_id in ("anti-phishing-code", "hacked-menu-paths", "withdrawal-statuses", "live-chat-location"):
        fact = HANDBOOK.fact(fact_id)
        said = f"{fact.text} {fact.note or ''}"
        assert "英文" in said or "外文" in said or "繁体中文" in said, fact_id
    assert "个人中心 > 安全" not in article_text(site.html("scams/"))


def test_labels_do_not_repeat_the_opening_of_their_text():
    for problem in HANDBOOK.problems:
        for note in problem.lead:
            if note.label:
                assert not note.text.startswith(note.label[:2]), (problem.id, note.label)
