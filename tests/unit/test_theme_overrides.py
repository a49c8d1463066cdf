"""Our copies of Material's partials differ from the installed originals only by our fixes.

When Material is upgraded and a partial changes, this fails: re-copy the new
original into overrides/partials/ and apply the same small change, so that the
site does not silently keep an old copy of the theme's markup.
"""

from __future__ import annotations

import re

import pytest
from helpers import MATERIAL_TEMPLATES, ROOT

MATERIAL_PARTIALS = MATERIAL_TEMPLATES / "partials"
OVERRIDES = ROOT / "overrides" / "partials"

# partial -> [(Material's text, our text)]; each pair must occur in the original.
FIXES: dict[str, list[tuple[str, str]]] = {
    "actions.html": [
        (
            'class="md-content__button md-icon" rel="edit">',
            'class="md-content__button md-icon" rel="edit noopener noreferrer">',
        ),
    ],
    "search.html": [
        (
            'role="dialog">',
            'role="dialog" aria-label="{{ lang.t(\'search.placeholder\') }}">',
        ),
        (
            '<ol class="md-search-result__list" role="presentation"></ol>\n        </div>\n',
            '<ol class="md-search-result__list" role="presentation"></ol>\n        </div>\n'
            '        {% include "partials/search-help.html" %}\n',
        ),
    ],
    "nav-item.html": [
        ('tabindex="{{ tabindex }}"', '{% if tabindex %}tabindex="{{ tabindex }}"{% endif %}'),
        (
            'aria-labelledby="{{ path }}_label" aria-expanded',
            '{% if index %}aria-label="{{ nav_item.title | e }}"{% else %}aria-labelledby="{{ path }}_label"{% endif %}'
            " aria-expanded",
        ),
    ],
    "toc.html": [
        (
            "  {% set toc = page.toc %}\n",
            '  {% set toc = page.toc if not (page.meta and "toc" in (page.meta.hide or [])) else [] %}\n',
        ),
        (
            '<label class="md-nav__title" for="__toc">',
            '<label class="md-nav__title"{% if not ("navigation.indexes" in features and page.is_index'
            ' and page.parent) %} for="__toc"{% endif %}>',
        ),
    ],
}

# Partials replaced by our own markup, not copied: what of Material's each still relies on
# (the variables it reads). Checked against the original, so an upgrade that renames them
# fails here.
REPLACED: dict[str, tuple[str, ...]] = {
    # The language link (hooks/editions.py): one text link instead of Material's menu.
    "alternate.html": ("config.extra.alternate", "alt.link | url", "alt.lang", "alt.name"),
}

HEADER = re.compile(r"\A\{#-.*?-#\}\n", re.S)


def copies() -> list[str]:
    return sorted(
        p.name for p in OVERRIDES.glob("*.html") if (MATERIAL_PARTIALS / p.name).exists() and p.name not in REPLACED
    )


def test_every_copied_partial_is_listed_here():
    assert copies() == sorted(FIXES), "a partial copied from Material needs its fix listed in FIXES"


@pytest.mark.parametrize("name", sorted(REPLACED))
def test_a_replaced_partial_reads_what_materials_original_reads(name):
    original = (MATERIAL_PARTIALS / name).read_text("utf-8")
    ours = (OVERRIDES / name).read_text("utf-8")
    for used in REPLACED[name]:
        assert used in original, f"Material's {name} no longer uses {used!r}: check overrides/partials/{name}"
        assert used in ours, f"overrides/partials/{name} no longer uses {used!r}: update REPLACED"


@pytest.mark.parametrize("name", sorted(FIXES))
def test_copy_is_the_original_plus_our_fix(name):
    original = HEADER.sub("", (MATERIAL_PARTIALS / name).read_text("utf-8"), count=1)
    ours = HEADER.sub("", (OVERRIDES / name).read_text("utf-8"), count=1)
    expected = original
    for before, after in FIXES[name]:
        assert before in original, f"Material's {name} changed: {before!r} is gone; re-copy it and re-apply the fix"
        expected = expected.replace(before, after)
    assert ours == expected, f"overrides/partials/{name} differs from Material's {name} beyond the listed fix"


def test_each_copy_says_why_it_exists():
    for name in FIXES:
        header = HEADER.match((OVERRIDES / name).read_text("utf-8"))
        assert header and "test_theme_overrides.py" in header.group(0), name
