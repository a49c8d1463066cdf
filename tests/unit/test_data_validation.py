"""The data module refuses bad data with one line naming the entry and the field."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from macros import data
from macros.model import DataError, Item, looks_like_phone

HANDBOOK = data.HANDBOOK


def rebuild(**changes):
    """The real handbook with some parts swapped, validated again."""
    return dataclasses.replace(HANDBOOK, **changes)


def swap(entries, entry_id, **changes):
    """`entries` with the one whose id is `entry_id` changed."""
    return tuple(dataclasses.replace(e, **changes) if e.id == entry_id else e for e in entries)


def problem(pid):
    return HANDBOOK.problem(pid)


def test_real_data_passes():
    assert HANDBOOK.problems and HANDBOOK.channels and HANDBOOK.sources and HANDBOOK.facts


def test_every_channel_the_article_names_is_there():
    assert {"live-chat", "help-center", "email", "social", "phone", "ticket"} <= set(HANDBOOK.channel_ids)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        # duplicate id
        (
            lambda: {"sources": HANDBOOK.sources + (HANDBOOK.sources[0],)},
            "source 'bitget-api-guide', field 'id': duplicate id, already used by source 'bitget-api-guide'",
        ),
        # id not slug-shaped
        (
            lambda: {"problems": swap(HANDBOOK.problems, "deposit", id="Deposit Money")},
            "problem 'Deposit Money', field 'id': must be a slug",
        ),
        # a problem naming an unknown channel
        (
            lambda: {
                "problems": swap(
                    HANDBOOK.problems,
                    "deposit",
                    channels=problem("deposit").channels
                    + (dataclasses.replace(problem("deposit").channels[0], channel="fax"),),
                )
            },
            "problem 'deposit', field 'channels': unknown channel 'fax'",
        ),
        # a channel naming an unknown problem
        (
            lambda: {"channels": swap(HANDBOOK.channels, "email", best_for=("deposit", "lottery"))},
            "channel 'email', field 'best_for': unknown problem 'lottery'",
        ),
        # an unknown source id
        (
            lambda: {"facts": swap(HANDBOOK.facts, "support-email", sources=("nowhere",))},
            "fact 'support-email', field 'sources': unknown source 'nowhere'",
        ),
        # a Bitget fact with no source
        (
            lambda: {"facts": swap(HANDBOOK.facts, "support-email", sources=())},
            "fact 'support-email', field 'sources': needs at least one source",
        ),
        # a source URL that is not https
        (
            lambda: {"sources": swap(HANDBOOK.sources, "bitget-api-guide", url="http://www.bitget.com/support")},
            "source 'bitget-api-guide', field 'url': must be an https URL: 'http://www.bitget.com/support'",
        ),
        # the same page recorded twice under two ids
        (
            lambda: {"sources": HANDBOOK.sources + (dataclasses.replace(HANDBOOK.sources[0], id="api-guide-again"),)},
            "source 'api-guide-again', field 'url': same page as source 'bitget-api-guide'",
        ),
        # a source host not on the allowlist
        (
            lambda: {"sources": swap(HANDBOOK.sources, "ftc-recovery-scams", url="https://example.org/scams")},
            "source 'ftc-recovery-scams', field 'url': host 'example.org' is not on the allowlist",
        ),
        # a mirror host used as a source
        (
            lambda: {
                "sources": swap(
                    HANDBOOK.sources, "bitget-tag-memo", url="https://bitget.site/support/articles/12560603811939"
                )
            },
            "source 'bitget-tag-memo', field 'url': 'bitget.site' is a mirror or look-alike host",
        ),
        # a look-alike host that is on no list yet
        (
            lambda: {"sources": swap(HANDBOOK.sources, "bitget-tag-memo", url="https://bitget-help.example/x")},
            "source 'bitget-tag-memo', field 'url': 'bitget-help.example' is a mirror or look-alike host",
        ),
        # a check date in the future
        (
            lambda: {
                "sources": swap(HANDBOOK.sources, "bitget-api-guide", checked=dt.date.today() + dt.timedelta(days=1))
            },
            "source 'bitget-api-guide', field 'checked': date",
        ),
        # a check date that is not a date
        (
            lambda: {"sources": swap(HANDBOOK.sources, "bitget-api-guide", checked="2026-11-25")},
            "source 'bitget-api-guide', field 'checked': not a date: '2026-11-25'",
        ),
        # empty text
        (
            lambda: {"problems": swap(HANDBOOK.problems, "deposit", title="  ")},
            "problem 'deposit', field 'title': empty text",
        ),
        # raw HTML in text
        (
            lambda: {"problems": swap(HANDBOOK.problems, "deposit", summary="<script>alert(1)</script>")},
            "problem 'deposit', field 'summary': raw HTML is not allowed",
        ),
        # phone-number-like text in any field, however deep
        (
            lambda: {
                "problems": swap(
                    HANDBOOK.problems, "withdrawal", prepare=(Item(id="call", text="拨打客服 400-123-4567 询问"),)
                )
            },
            "problem 'withdrawal', field 'prepare[0].text': looks like a phone number: '400-123-4567'",
        ),
        (
            lambda: {"channels": swap(HANDBOOK.channels, "phone", how="拨打 +1 (888) 555 0100")},
            "channel 'phone', field 'how': looks like a phone number",
        ),
        # a checklist with no items
        (
            lambda: {"problems": swap(HANDBOOK.problems, "deposit", checks=(), prepare=())},
            "problem 'deposit', field 'checks': the checklist has no items",
        ),
        # an item id used twice in one problem
        (
            lambda: {
                "problems": swap(
                    HANDBOOK.problems,
                    "deposit",
                    prepare=problem("deposit").prepare + (Item(id="txid", text="再写一次 TxID"),),
                )
            },
            "problem 'deposit', field 'prepare[7].id': item id 'txid' is used twice",
        ),
        # a status outside the allowed set
        (
            lambda: {"channels": swap(HANDBOOK.channels, "phone", status="probably")},
            "channel 'phone', field 'status': unknown status 'probably'",
        ),
        (
            lambda: {"facts": swap(HANDBOOK.facts, "phone-support", status="maybe")},
            "fact 'phone-support', field 'status': unknown status 'maybe'",
        ),
        # template syntax and hidden characters in text
        (
            lambda: {"problems": swap(HANDBOOK.problems, "deposit", summary="{{ config.site_url }}")},
            "problem 'deposit', field 'summary': template syntax is not allowed",
        ),
        (
            lambda: {"problems": swap(HANDBOOK.problems, "deposit", summary="正常\u202e文字")},
            "problem 'deposit', field 'summary': invisible or direction-changing character",
        ),
        # a template that asks for a secret
        (
            lambda: {
                "problems": swap(
                    HANDBOOK.problems,
                    "deposit",
                    template=dataclasses.replace(problem("deposit").template, body="请填写【登录密码】"),
                )
            },
            "problem 'deposit', field 'template': asks for a secret: 【登录密码】",
        ),
    ],
    ids=lambda v: None if callable(v) else v.split(":")[-1][:40],
)
def test_bad_data_is_refused_with_a_clear_message(changes, message):
    with pytest.raises(DataError) as error:
        rebuild(**changes())
    text = str(error.value)
    assert "\n" not in text
    assert text.startswith(message), text


def test_an_email_not_on_the_official_list_is_refused():
    with pytest.raises(DataError, match=r"channel 'email', field 'how': e-mail address 'help@bitget-support.example'"):
        rebuild(channels=swap(HANDBOOK.channels, "email", how="写信到 help@bitget-support.example"))


@pytest.mark.parametrize(
    "text", ["400-123-4567", "+86 138 0013 8000", "（021）6123 4567", "1-888-555-0100", "13800138000"]
)
def test_phone_numbers_are_spotted(text):
    assert looks_like_phone(f"电话：{text}。")


@pytest.mark.parametrize(
    "text", ["2024-01-25", "约 10 个工作日", "8–32 位数字", "7×24 小时", "24 小时", "UID：______", "2026 年"]
)
def test_ordinary_numbers_are_not_phone_numbers(text):
    assert looks_like_phone(text) is None


@pytest.mark.parametrize(
    "text, blank",
    [
        ("最近一次登录的地点和设备", "地点 / 设备"),
        ("账户里大致持有的资产", "资产 / 交易类型"),
        ("常用的交易类型", "类型"),
    ],
)
def test_no_item_gets_a_fill_in_line_for_a_reset_2fa_answer(text, blank):
    problem = HANDBOOK.problem("2fa")
    items = (*problem.prepare, Item(id="answer", text=text, blank=blank))
    with pytest.raises(DataError) as error:
        rebuild(problems=swap(HANDBOOK.problems, "2fa", prepare=items))
    assert str(error.value).startswith(f"problem '2fa', field 'prepare[{len(items) - 1}].blank': a fill-in line")


def test_a_retired_item_id_is_never_given_to_a_new_item():
    with pytest.raises(DataError) as error:
        rebuild(retired_items=frozenset({"deposit.txid"}))
    assert str(error.value).startswith("problem 'deposit', field 'prepare[4].id': item id 'txid' was retired")
