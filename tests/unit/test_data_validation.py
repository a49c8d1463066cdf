"""The data module refuses bad data with one line naming the entry and the field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import typing

import pytest
from helpers import rebuild, swap

from macros import data, model
from macros.model import DataError, Item, PublicLine, looks_like_phone, short_phone_numbers, shows_number

HANDBOOK = data.HANDBOOK


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
        # a tuple written without its trailing comma is one string (once one bullet per character)
        (
            lambda: {"problems": swap(HANDBOOK.problems, "deposit", symptoms=("一条"))},
            "problem 'deposit', field 'symptoms': a string where a tuple belongs; add a trailing comma: (\"一条\",)",
        ),
        # ... and was read one character at a time ("unknown problem 'd'")
        (
            lambda: {"channels": swap(HANDBOOK.channels, "email", best_for=("deposit"))},
            "channel 'email', field 'best_for': a string where a tuple belongs; add a trailing comma: (\"deposit\",)",
        ),
        (
            lambda: {"problems": swap(HANDBOOK.problems, "deposit", checks=(Item(id="look", text="看一下")))},
            "problem 'deposit', field 'checks': one Item where a tuple belongs; add a trailing comma: (Item(...),)",
        ),
        (
            lambda: {
                "triage": dataclasses.replace(
                    HANDBOOK.triage,
                    questions=(
                        dataclasses.replace(
                            HANDBOOK.triage.questions[0], answers=HANDBOOK.triage.questions[0].answers[0]
                        ),
                        *HANDBOOK.triage.questions[1:],
                    ),
                )
            },
            "question 'not-you', field 'answers': one Answer where a tuple belongs; "
            "add a trailing comma: (Answer(...),)",
        ),
        (
            lambda: {"official_emails": "support@bitget.com"},
            "handbook, field 'official_emails': a string where a tuple belongs; "
            'add a trailing comma: ("support@bitget.com",)',
        ),
        # unconfirmed claims, retired fact ids, a source's language, the freeze plan's channels
        (
            lambda: {"facts": swap(HANDBOOK.facts, "phone-support", claimed_by=None)},
            "fact 'phone-support', field 'claimed_by': an unconfirmed claim must say where it comes from",
        ),
        (
            lambda: {"facts": swap(HANDBOOK.facts, "support-email", claimed_by="某网站")},
            "fact 'support-email', field 'claimed_by': only an unconfirmed claim",
        ),
        (
            lambda: {"facts": swap(HANDBOOK.facts, "account-close-permanent", id="account-deletion")},
            "fact 'account-deletion', field 'id': fact id 'account-deletion' was retired",
        ),
        (
            lambda: {"sources": swap(HANDBOOK.sources, "bitget-api-guide", language="klingon")},
            "source 'bitget-api-guide', field 'language': unknown language 'klingon'",
        ),
        (
            lambda: {"sources": swap(HANDBOOK.sources, "bitget-telegram-group", language="zh-CN")},
            "source 'bitget-telegram-group', field 'language': the URL is a 'en' page",
        ),
        (
            lambda: {"sources": swap(HANDBOOK.sources, "bitget-api-guide", language="zh-CN")},
            "source 'bitget-api-guide', field 'language': a zh-CN page of www.bitget.com has /zh-CN/",
        ),
        (
            lambda: {
                "freeze": dataclasses.replace(
                    HANDBOOK.freeze, steps=(dataclasses.replace(HANDBOOK.freeze.steps[0], channel="fax"),)
                )
            },
            "freeze plan 'freeze', field 'steps': unknown channel 'fax'",
        ),
        # a problem in no group of the home page, a group with no problem, a group twice
        (
            lambda: {"problems": swap(HANDBOOK.problems, "deposit", group="lottery")},
            "problem 'deposit', field 'group': unknown group 'lottery'; allowed: security, access",
        ),
        (
            lambda: {"groups": (*HANDBOOK.groups, dataclasses.replace(HANDBOOK.groups[0], id="empty"))},
            "group 'empty', field 'id': no problem is in this group",
        ),
        (
            lambda: {"groups": (*HANDBOOK.groups, HANDBOOK.groups[0])},
            "group 'security', field 'id': duplicate id, already used by another group",
        ),
        (
            lambda: {"groups": swap(HANDBOOK.groups, "other", title="其他\u200b")},
            "group 'other', field 'title': invisible or direction-changing character",
        ),
        # a list, or a tuple holding the wrong kind of thing
        (
            lambda: {"facts": swap(HANDBOOK.facts, "support-email", sources=["bitget-api-guide"])},
            "fact 'support-email', field 'sources': must be a tuple of str, not list",
        ),
        (
            lambda: {"problems": swap(HANDBOOK.problems, "deposit", checks=(*problem("deposit").checks, "看一下"))},
            f"problem 'deposit', field 'checks[{len(problem('deposit').checks)}]': must be Item, not str",
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


# Newer mirror and clone hosts: never linked, whatever kind the source claims.
NEW_REFUSED_HOSTS = ("dhxrcw.cn", "huangt.cn", "sjk2oahoo1.com", "itbitget.com", "bget.xyz", "bitgp.com")


@pytest.mark.parametrize("host", NEW_REFUSED_HOSTS)
def test_new_mirror_and_clone_hosts_are_refused(host):
    assert host in data.MIRROR_HOSTS
    bad = swap(HANDBOOK.sources, "ftc-recovery-scams", url=f"https://{host}/support/articles/12560603821284")
    # Refused even if someone also put it on the allowlist.
    with pytest.raises(DataError, match="mirror or look-alike host"):
        rebuild(sources=bad, allowed_hosts=HANDBOOK.allowed_hosts | {host})


@pytest.mark.parametrize(
    "placeholder", ["登录密码", "密碼", "pwd", "Passphrase", "API Secret", "助記詞", "私鑰", "OTP"]
)
def test_a_placeholder_naming_any_label_word_of_the_refusal_rules_is_refused(placeholder):
    """The same words the composer refuses a value by (macros/refusals.py LABELS)."""
    template = dataclasses.replace(problem("deposit").template, body=f"请填写【{placeholder}】")
    with pytest.raises(DataError, match=f"problem 'deposit', field 'template': asks for a secret: 【{placeholder}】"):
        rebuild(problems=swap(HANDBOOK.problems, "deposit", template=template))


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


@pytest.mark.parametrize(
    ("blank", "lines", "wanted"),
    [
        ("UID", None, 1),
        ("TxID", None, 2),
        ("订单号或 TxID", None, 2),
        ("注册邮箱", None, 2),
        ("提现地址", None, 2),
        ("TxID", 1, 1),
        ("文件名", 3, 3),
        (None, None, 0),
    ],
)
def test_long_answers_get_two_fill_in_lines_unless_the_item_says(blank, lines, wanted):
    assert Item(id="x", text="一项", blank=blank, lines=lines).blank_lines == wanted


@pytest.mark.parametrize(("blank", "lines"), [("UID", 0), ("UID", 4), (None, 2)])
def test_a_bad_number_of_fill_in_lines_is_refused(blank, lines):
    problem = HANDBOOK.problem("deposit")
    items = (*problem.prepare, Item(id="extra", text="一项", blank=blank, lines=lines))
    with pytest.raises(DataError) as error:
        rebuild(problems=swap(HANDBOOK.problems, "deposit", prepare=items))
    assert str(error.value) == (
        f"problem 'deposit', field 'prepare[{len(items) - 1}].lines': 1 to 3 lines, and only for an item with a blank"
    )


def test_a_retired_item_id_is_never_given_to_a_new_item():
    with pytest.raises(DataError) as error:
        rebuild(retired_items=frozenset({"deposit.txid"}))
    assert str(error.value).startswith("problem 'deposit', field 'prepare[4].id': item id 'txid' was retired")


# -- every tuple field, from the model ------------------------------------------------


def tuple_fields() -> list[tuple[type, str, type]]:
    """(class, field, element type) for every tuple field of the model's dataclasses."""
    found = []
    for cls in vars(model).values():
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__:
            hints = typing.get_type_hints(cls)
            found += [
                (cls, f.name, typing.get_args(hints[f.name])[0])
                for f in dataclasses.fields(cls)
                if typing.get_origin(hints[f.name]) is tuple
            ]
    return found


def inside(value: object):
    """`value` and every dataclass object inside it."""
    yield value
    for f in dataclasses.fields(value):
        part = getattr(value, f.name)
        for item in part if isinstance(part, tuple) else (part,):
            if dataclasses.is_dataclass(item) and not isinstance(item, type):
                yield from inside(item)


def swapped(value: object, target: object, new: object) -> object:
    """`value` with the object `target`, wherever it is inside, replaced by `new` (the handbook validates)."""
    if value is target:
        return new
    if isinstance(value, tuple):
        return tuple(swapped(item, target, new) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: swapped(getattr(value, f.name), target, new) for f in dataclasses.fields(value)}
        if any(changes[name] is not getattr(value, name) for name in changes):
            return dataclasses.replace(value, **changes)
    return value


@pytest.mark.parametrize(("cls", "name", "kind"), tuple_fields(), ids=lambda v: v if isinstance(v, str) else None)
def test_every_tuple_field_written_without_its_comma_is_refused(cls, name, kind):
    """One value where a tuple belongs (a string, or one entry) names the entry, the field and the fix."""
    found = [entry for entry in inside(HANDBOOK) if type(entry) is cls]
    target = next((entry for entry in found if getattr(entry, name)), found[0])
    one = "一条" if kind is str else getattr(target, name)[0]
    with pytest.raises(DataError) as error:
        swapped(HANDBOOK, target, dataclasses.replace(target, **{name: one}))
    text = str(error.value)
    if hasattr(target, "label"):
        assert text.startswith(f"{model._name(target)}, field '{name}': "), text
    else:  # inside an entry: the entry names it, the path ends with the field
        assert re.match(rf"^[^,]+, field '(?:\S+\.)?{name}': ", text), text
    assert "add a trailing comma" in text and "\n" not in text


# -- public emergency and government lines: named, sourced, never Bitget's ------------


@pytest.mark.parametrize(
    "text",
    ["拨打 95123 咨询", "客服热线是 95123。", "95123 专线全天服务", "请致电 95123", "打 12345"],
)
def test_short_numbers_called_phone_numbers_are_spotted(text):
    assert short_phone_numbers(text), text


@pytest.mark.parametrize(
    "text",
    ["400 电话", "每 120 秒一次", "2026 年 7 月 20 日", "最多 3 次", "打开 App，等 120 秒", "约 990 万美元"],
)
def test_ordinary_short_numbers_are_not_phone_numbers(text):
    assert short_phone_numbers(text) == [], text


def test_a_short_phone_number_that_is_no_public_line_is_refused():
    """A company's short line ("Bitget 热线 95123") is refused like any other phone number."""
    with pytest.raises(DataError) as error:
        rebuild(
            problems=swap(HANDBOOK.problems, "withdrawal", prepare=(Item(id="call", text="拨打客服热线 95123 询问"),))
        )
    assert str(error.value).startswith(
        "problem 'withdrawal', field 'prepare[0].text': looks like a phone number: '95123'; the site shows none"
    )


def test_a_public_line_is_shown_only_beside_its_source():
    with pytest.raises(DataError) as error:
        rebuild(
            problems=swap(HANDBOOK.problems, "withdrawal", prepare=(Item(id="call", text="被骗了就拨打 110 报警"),))
        )
    assert str(error.value).startswith(
        "problem 'withdrawal', field 'prepare[0].text': public line 110 is shown without its source; cite one of"
    )


def test_a_public_line_never_rests_on_a_bitget_page():
    lines = (PublicLine("96110", "反诈预警劝阻专线", ("bitget-api-guide",)),)
    with pytest.raises(DataError) as error:
        rebuild(public_lines=lines)
    assert str(error.value).startswith(
        "public line '96110', field 'sources': 'bitget-api-guide' is not a government or press source"
    )


@pytest.mark.parametrize("number", ["12", "1234567", "96-110", "９６１１０"])
def test_a_public_line_is_a_short_run_of_digits(number):
    with pytest.raises(DataError, match=r"field 'number': must be 3 to 6 digits"):
        rebuild(public_lines=(PublicLine(number, "某条专线", ("jstv-96110",)),))


def test_every_public_line_is_shown_by_a_fact():
    """(That each rests on government or press sources, the model checks at import.)"""
    shown = " ".join(f.text for f in HANDBOOK.facts)
    for line in HANDBOOK.public_lines:
        assert shows_number(shown, line.number), f"{line.number} is listed but no fact shows it"
