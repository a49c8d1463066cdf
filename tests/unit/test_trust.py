"""Trust levels in the data: how a level is computed (how facts and sources show them:
test_render_facts.py; refused data: test_data_validation.py)."""

from __future__ import annotations

import datetime as dt
import io
import re
import tokenize
from pathlib import Path

import pytest

import macros.__main__ as audit
from macros import data
from macros.model import KIND_STRENGTH, SOURCE_KINDS, TRUST_LEVELS, trust_level

HANDBOOK = data.HANDBOOK
DATA_PY = Path(data.__file__)


# -- the computation -------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kinds", "level"),
    [
        ("confirmed", ["official"], "official"),
        ("confirmed", ["official-text"], "official-text"),
        ("confirmed", ["official", "official-text"], "official-text"),  # the weakest wins
        ("confirmed", ["official-text", "official", "official"], "official-text"),
        ("confirmed", ["government"], "government"),
        ("confirmed", ["official", "government"], "government"),
        ("confirmed", ["press"], "press"),
        ("confirmed", ["government", "press"], "press"),
        ("not-confirmed", ["official", "official"], "not-confirmed"),  # pages we checked do not confirm it
        ("not-recommended", ["official"], "not-recommended"),
    ],
)
def test_trust_level_is_the_status_or_the_weakest_source_kind(status, kinds, level):
    assert trust_level(status, kinds) == level


def test_trust_level_refuses_what_it_cannot_judge():
    with pytest.raises(ValueError):
        trust_level("probably", ["official"])
    with pytest.raises(ValueError):
        trust_level("confirmed", [])


def test_every_kind_has_a_strength_and_every_level_a_badge_text():
    assert set(KIND_STRENGTH) == set(SOURCE_KINDS)
    assert set(KIND_STRENGTH) | {"not-confirmed", "not-recommended"} == set(TRUST_LEVELS)
    texts = list(TRUST_LEVELS.values())
    assert len(set(texts)) == len(texts), "one badge text per level"
    assert "已确认" not in texts


# -- the channels' levels (their rendering: test_render_channels.py) --------------------


def test_the_ticket_form_rests_on_help_centre_copies_and_live_chat_on_the_official_site():
    assert HANDBOOK.trust(HANDBOOK.channel("ticket")) == "official-text"
    assert HANDBOOK.trust(HANDBOOK.channel("live-chat")) == "official"


# -- validation ------------------------------------------------------------------------


# -- sources: audit ----------------------------------------------------------------------


def test_audit_lists_the_sources_of_the_second_reading():
    new = {s.id for s in HANDBOOK.sources if s.checked == data.RECHECKED}
    assert {"bitget-p2p-appeal-web", "bitget-kyc-withdrawal-rule", "police-sg-platform-impersonation"} <= new
    text = audit.report(HANDBOOK.sources, data.RECHECKED + dt.timedelta(days=400))
    for source_id in new:
        assert source_id in text


def test_sources_of_adds_what_the_facts_cite_once():
    channel = HANDBOOK.channel("live-chat")
    ids = HANDBOOK.sources_of(channel)
    assert ids[: len(channel.sources)] == channel.sources
    assert len(ids) == len(set(ids))
    assert {s for f in channel.facts for s in HANDBOOK.fact(f).sources} <= set(ids)


# -- the data module stays inside the repository (issue 17) -----------------------------------


def comments(path: Path) -> list[str]:
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline)
    return [t.string for t in tokens if t.type == tokenize.COMMENT]


def test_the_data_module_does_not_point_outside_the_repository():
    text = DATA_PY.read_text("utf-8")
    assert "shared/research" not in text and "bitget-facts" not in text
    assert "§" not in text
    doc = data.__doc__ or ""
    research_row = re.compile(r"\b[A-H]\d{1,2}[a-c]?\b")
    found = [c for c in [*comments(DATA_PY), doc] if research_row.search(c)]
    assert not found, f"research row ids in comments: {found}"
