"""What the site's Python relies on of Material for MkDocs beyond its documented ways.

Read from mkdocs-material 9.8.2 (requirements.txt). The one Python place that names
Material's private class names, file names and template output; the one script that
does the same in the browser is docs/assets/javascripts/material-adapter.js.
tests/unit/test_material_contract.py checks every value here against the installed
package and names the one an upgrade breaks.

Pure: it imports nothing of the project and nothing of MkDocs. The renderers
(macros/render/) and the hooks (hooks/postbuild.py, hooks/theme_filters.py) use it.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

MATERIAL_VERSION = "9.8.2"

# Class names the renderers write, so that generated blocks look and behave like the
# theme's own. Material's bundle wraps a plain Markdown table in the two md-typeset__
# classes at run time; generated tables are written wrapped already (the same look
# without JavaScript and in print). admonition and task-list are the Markdown
# extensions' own classes, which Material's stylesheet styles.
THEME = SimpleNamespace(
    admonition="admonition",
    admonition_title="admonition-title",
    scrollwrap="md-typeset__scrollwrap",
    table="md-typeset__table",
    task_list="task-list",
    task_item="task-list-item",
)

# Material's files as the theme copies them into a site and base.html links them:
# assets/stylesheets/main.<8 hex>.min.css and palette.<8 hex>.min.css (hooks/postbuild.py
# slims them), assets/javascripts/bundle.<8 hex>.min.js (hooks/postbuild.py puts
# docs/assets/javascripts/material-adapter.js in front of it).
STYLESHEETS = ("main", "palette")
BUNDLE = "bundle"
ASSET_HASH = "[0-9a-f]{8}"

# How Material's `scripts` block writes its bundle (and any extra_javascript): a plain,
# blocking <script src=...>. overrides/main.html passes the block through `defer_scripts`.
SCRIPT_TAG = "<script src="
DEFERRED_SCRIPT_TAG = "<script defer src="


def _asset_pattern(names: tuple[str, ...], suffix: str, ours: bool) -> re.Pattern[str]:
    mine = rf"(?:\.{ASSET_HASH})?" if ours else ""
    return re.compile(rf"(?P<name>{'|'.join(names)})\.(?P<hash>{ASSET_HASH}){mine}\.min\.{suffix}")


def stylesheet_pattern(slimmed: bool = False) -> re.Pattern[str]:
    """A file name of Material's stylesheets; with `slimmed`, also of our slimmed copies,
    name.<Material's hash>.<our hash>.min.css. Groups: name, hash (Material's)."""
    return _asset_pattern(STYLESHEETS, "css", slimmed)


def bundle_pattern(folded: bool = False) -> re.Pattern[str]:
    """The file name of Material's bundle; with `folded`, also of ours with the adapter
    in front, bundle.<Material's hash>.<our hash>.min.js. Groups: name, hash."""
    return _asset_pattern((BUNDLE,), "js", folded)


def defer_scripts(html: str) -> str:
    """Material's scripts block with every script tag deferred; a block that holds no
    script tag written the way this module expects is an error, never a silent no-op."""
    if SCRIPT_TAG not in html:
        raise ValueError(
            f"Material's scripts block has no {SCRIPT_TAG!r}: macros/material_adapter.py SCRIPT_TAG is out of date"
        )
    return type(html)(str(html).replace(SCRIPT_TAG, DEFERRED_SCRIPT_TAG))
