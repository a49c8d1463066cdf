"""Hook, after the build: the Content Security Policy, with the hashes it needs.

overrides/partials/csp.html writes the policy into every page's <meta> tag and into
`_headers`, with `script-src 'self'` followed by a placeholder. Material's base
template has a few small inline scripts (storage helpers whose text holds the page's
base URL, so they differ per folder depth; palette restore; anchor target). Here every
inline script of every built page is hashed, and the placeholder becomes the list of
those hashes, in the pages and in `_headers` alike: one policy for the whole site,
never kept by hand. A new nested folder, a new inline script or a Material upgrade
needs nothing more.

The offline copy runs search through the iframe-worker shim, which writes an inline
script naming a path on the reader's machine; no hash can allow it, so there the
template writes 'unsafe-inline' and no placeholder.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

PLACEHOLDER = "'inline-script-hashes'"
# An inline script: a <script> without src. Its type must be JavaScript; JSON blocks
# (Material's __config) are data and need no hash.
SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>", re.S | re.I)
DATA_TYPES = ("application/json", "application/ld+json")


def inline_scripts(html: str) -> list[str]:
    """The text of every inline JavaScript block in a page."""
    found = []
    for match in SCRIPT.finditer(html):
        attrs = match["attrs"]
        if re.search(r"\ssrc\s*=", attrs, re.I):
            continue
        kind = re.search(r"\stype\s*=\s*[\"']?([^\"'\s>]+)", attrs, re.I)
        if kind and kind.group(1).lower() in DATA_TYPES:
            continue
        found.append(match["body"])
    return found


def script_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def run(site: Path) -> list[str]:
    """Put the hashes of the site's inline scripts into every policy; returns them."""
    pages = {path: path.read_text(encoding="utf-8") for path in site.rglob("*.html")}
    hashes = sorted({script_hash(body) for html in pages.values() for body in inline_scripts(html)})
    allowed = " ".join(hashes)
    headers = site / "_headers"
    targets = {**pages, **({headers: headers.read_text(encoding="utf-8")} if headers.exists() else {})}
    for path, text in targets.items():
        if PLACEHOLDER in text:
            path.write_text(text.replace(PLACEHOLDER, allowed), encoding="utf-8")
        elif path.suffix == ".html" and "Content-Security-Policy" not in text:
            raise PluginError(f"{path.relative_to(site)} has no Content-Security-Policy meta tag")
    return hashes


def on_post_build(config):
    run(Path(config.site_dir))
