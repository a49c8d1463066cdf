"""Hook: the site's two editions, 简体中文 and 繁體中文, and the way between them; and the
command that builds both (`make build`, `make offline`, the tests).

The 繁體中文 edition is a second configuration, mkdocs.zh-Hant.yml, that inherits
mkdocs.yml (`INHERIT`) and changes only the theme's language; hooks/zh_hant.py converts
what a reader sees as it is built. Each edition is a whole MkDocs build with its own
search index, 404 page, sitemap and copies of the scripts, in its own folder of one site:
the Simplified edition at the root, the Traditional one in zh-Hant/. EDITIONS lists them;
a build knows which it is by its `theme.language`.

In every build (both editions, `mkdocs serve` too):

- `config.extra.alternate` (Material's language links) holds one marker per edition; after
  a page is rendered the markers become the path from that page to the same page in each
  edition: relative, so the link works under any SITE_URL path and from file:// (the
  offline copy, whose pages end in .html). The header's link (overrides/partials/
  alternate.html) stays relative; <link rel="alternate" hreflang> in <head> is absolute
  when the build has a SITE_URL (search engines ask for that). MkDocs' `url` filter
  cannot write these paths itself: it reads every path from the site root of the build,
  and the Simplified page is outside the Traditional build's root.
- The 404 page, served for any missing address, links each edition's home page.
- `site_url` gets the edition's folder (https://example.org/handbook/zh-Hant/), so
  canonical links, the sitemap and printed footers name the edition's own pages.
- After the build (last, after hooks/csp.py): an edition in a folder adds the hashes of
  its inline scripts to the site's `_headers` (one file for the whole host, written by
  the root edition). Under `mkdocs serve`, the root edition then builds the other
  editions into their folders of the served site, so the language link works there too.

Run as a script, it builds every edition into one site, in one Python process (imports,
jieba's dictionary and the data load once: about 1.6 times the Simplified build, where two
`mkdocs build` commands take 2.2 times):

    python hooks/editions.py [--site-dir site] [--edition zh-Hans]

Imports nothing of the project.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Edition:
    lang: str  # theme.language, <html lang>, hreflang
    name: str  # the language link's text, in the edition's own script
    config: str  # its configuration file, in the project folder
    folder: str  # where it goes in the site: "" (the root) or "zh-Hant/"


EDITIONS = (
    Edition("zh-Hans", "简体中文", "mkdocs.yml", ""),
    Edition("zh-Hant", "繁體中文", "mkdocs.zh-Hant.yml", "zh-Hant/"),
)
MARK = "/@edition/{}/"  # starts with "/": MkDocs' url filter leaves it as it is


def edition_of(config) -> Edition:
    language = config.theme["language"]
    for edition in EDITIONS:
        if edition.lang == language:
            return edition
    raise ValueError(f"theme.language {language!r} is no edition of hooks/editions.py EDITIONS")


def twin_paths(here: Edition, url: str, directory_urls: bool = True) -> dict[str, str]:
    """{lang: path from the page at `url` (its page.url in this edition) to that edition's page}.

    Directory URLs: problems/deposit/ (the home page is ""); file URLs (the offline copy):
    problems/deposit.html, index.html.
    """
    to_root = "../" * (url.count("/") + here.folder.count("/"))
    own = url.rsplit("/", 1)[-1] or "./"
    page = url or ("" if directory_urls else "index.html")
    return {e.lang: own if e == here else f"{to_root}{e.folder}{page}" or "./" for e in EDITIONS}


def site_root_url(config) -> str | None:
    """The site's address without the edition's folder, or None without a SITE_URL."""
    if not config.site_url:
        return None
    folder = edition_of(config).folder
    url = config.site_url
    return url[: -len(folder)] if folder and url.endswith(folder) else url


HEAD_LINK = re.compile(r'<link rel="alternate" href="/@edition/([\w-]+)/"')


def link_editions(html: str, config, url: str | None) -> str:
    """The markers of a rendered page (url: its page.url; None: the 404 page) as paths.

    A page links the same page in each edition; the 404 page, served at any address,
    each edition's home page (from the root with a SITE_URL, as the page's own links).
    """
    here = edition_of(config)
    root = site_root_url(config)
    if url is None:
        relative = {e.lang: ("../" * here.folder.count("/") + e.folder) or "./" for e in EDITIONS}
        absolute = {e.lang: root + e.folder for e in EDITIONS} if root else relative
        head, header = absolute, absolute if root else relative
    else:
        relative = twin_paths(here, url, config.use_directory_urls)
        absolute = {e.lang: root + e.folder + url for e in EDITIONS} if root else relative
        head, header = absolute, relative
    html = HEAD_LINK.sub(lambda m: f'<link rel="alternate" href="{head[m[1]]}"', html)
    for lang, path in header.items():
        html = html.replace(f'href="{MARK.format(lang)}"', f'href="{path}"')
    return html


# -- the hook -------------------------------------------------------------------------

_serving = False


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_config(config):
    here = edition_of(config)
    config.extra["alternate"] = [{"name": e.name, "link": MARK.format(e.lang), "lang": e.lang} for e in EDITIONS]
    if config.site_url and here.folder and not config.site_url.endswith(here.folder):
        config.site_url = config.site_url.rstrip("/") + "/" + here.folder
    return config


def on_post_page(output, page, config):
    return link_editions(output, config, page.url)


def on_post_template(output_content, template_name, config):
    if template_name == "404.html":
        return link_editions(output_content, config, None)
    return output_content


SCRIPT_SRC = re.compile(r"(script-src 'self')((?: 'sha256-[A-Za-z0-9+/=]+')*)")


def allow_in_headers(headers: Path, pages: list[Path]) -> None:
    """Add the script hashes of `pages`' policies to the policy of a `_headers` file."""
    text = headers.read_text("utf-8")
    have = SCRIPT_SRC.search(text)
    if not have or not have[2]:
        return  # no hashes to add to ('unsafe-inline' in the offline copy, or no policy)
    hashes = set(have[2].split())
    for page in pages:
        found = SCRIPT_SRC.search(page.read_text("utf-8"))
        hashes |= set(found[2].split()) if found else set()
    headers.write_text(SCRIPT_SRC.sub(lambda m: m[1] + "".join(f" {h}" for h in sorted(hashes)), text), "utf-8")


@event_priority(-50)  # after hooks/csp.py
def on_post_build(config):
    here = edition_of(config)
    site = Path(config.site_dir)
    if here.folder:
        root = site.parents[here.folder.count("/") - 1]
        if (root / "_headers").is_file():
            allow_in_headers(root / "_headers", sorted(site.rglob("*.html")))
    elif _serving:
        project = Path(config.config_file_path).parent
        build_editions(site, [e for e in EDITIONS if e.folder], project, site_url=config.site_url, serving=True)


# -- the command ------------------------------------------------------------------------


def build_editions(
    site: Path, editions=EDITIONS, project: Path = ROOT, site_url: str | None = None, serving: bool = False
) -> None:
    """Build `editions` of the project into their folders of `site`, one after another,
    strict; raises mkdocs.exceptions.Abort on the first that fails. The root edition first:
    it empties the site folder."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    for edition in editions:
        options = {"site_url": site_url} if site_url else {}
        config = load_config(str(project / edition.config), site_dir=str(site / edition.folder), strict=True, **options)
        config.plugins.on_startup(command="serve" if serving else "build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build every edition of the site into one folder, strict.")
    parser.add_argument("--site-dir", default="site", help="the site folder (default: site)")
    parser.add_argument(
        "--edition",
        action="append",
        choices=[e.lang for e in EDITIONS],
        help="build only this edition (repeatable; default: all)",
    )
    args = parser.parse_args(argv)
    # Logging and warnings as `mkdocs build` sets them up: the same one-line messages,
    # without colour codes where the output is no terminal (mkdocs' --color auto-detection).
    from mkdocs.__main__ import State, _enable_warnings
    from mkdocs.exceptions import Abort

    state = State()
    if not sys.stdout.isatty() or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        state.stream.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    _enable_warnings()
    editions = [e for e in EDITIONS if not args.edition or e.lang in args.edition]
    try:
        build_editions(Path(args.site_dir).resolve(), editions)
    except Abort as error:
        error.show()
        return 1
    finally:
        logging.getLogger("mkdocs").removeHandler(state.stream)
    return 0


if __name__ == "__main__":
    sys.exit(main())
