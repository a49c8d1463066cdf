#!/usr/bin/env python3
"""`make upkeep`: what the weekly upkeep workflow (.github/workflows/upkeep.yml) reports.

1. Sources whose check date is older than the limit: the list `make audit` prints.
2. Every source URL, checked with LinkChecker (pinned in requirements.txt): dead links
   (no answer, or an error status) and redirects. A redirect to another host is listed
   first: Bitget's pages moving to a mirror or a new domain is news.

Usage: .venv/bin/python upkeep/report.py [--output FILE] [--days 180] [--today YYYY-MM-DD] [URL ...]

Without URLs it checks every source in macros/data.py. It prints the report (Markdown, the
body of the upkeep issue). With --output it also writes it to FILE when there is something
to report, and removes FILE when there is nothing: the workflow then opens or updates its
one issue, or closes it. Exit status 0 either way; 2 when the link checker itself failed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from macros.__main__ import MAX_AGE_DAYS, overdue  # noqa: E402
from macros.data import HANDBOOK  # noqa: E402
from macros.model import Source  # noqa: E402

# The first line of the report: the issue says which script wrote it.
MARKER = "<!-- upkeep/report.py -->"


@dataclass(frozen=True)
class Link:
    """What LinkChecker found at one URL."""

    url: str  # as checked
    final: str  # where it ended, after redirects
    result: str  # "200 OK", "404 Not Found", "ConnectionError: ..."
    valid: bool
    redirected: bool

    @property
    def other_host(self) -> bool:
        return self.redirected and urlsplit(self.final).hostname != urlsplit(self.url).hostname


class CheckFailed(RuntimeError):
    """LinkChecker did not run to the end; its own words."""


def check_links(urls: list[str], timeout: int = 30) -> list[Link]:
    """Check each URL (no recursion) with LinkChecker; one Link per URL, in the order given."""
    result = subprocess.run(
        [
            *(sys.executable, "-m", "linkcheck", "--stdin", "--recursion-level=0", "--check-extern"),
            *("--output=csv/utf-8", "--no-status", "--verbose", "--threads=4", f"--timeout={timeout}"),
        ],
        input="\n".join(urls),
        capture_output=True,
        text=True,
        timeout=600,
    )
    # 0: all valid, 1: some invalid; anything else is LinkChecker failing.
    rows = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    if result.returncode not in (0, 1) or not rows:
        raise CheckFailed(f"linkchecker exited with {result.returncode}: {result.stderr.strip()[-500:]}")
    found: dict[str, Link] = {}
    for row in csv.DictReader(rows, delimiter=";"):
        notes = f"{row['warningstring']} {row['infostring']}"
        refused = "Access denied by robots.txt" in notes  # LinkChecker then checks the syntax only
        found[row["urlname"]] = Link(
            url=row["urlname"],
            final=row["url"] or row["urlname"],
            result="not checked: the site's robots.txt turns LinkChecker away" if refused else row["result"],
            valid=row["valid"] == "True" and not refused,
            redirected="Redirected to" in notes,
        )
    missing = [url for url in urls if url not in found]
    if missing:
        raise CheckFailed(f"linkchecker reported nothing for {', '.join(missing)}")
    return [found[url] for url in urls]


def report(
    links: list[Link],
    late: list[tuple[Source, int]],
    today: dt.date,
    max_days: int = MAX_AGE_DAYS,
    names: dict[str, str] | None = None,
    mirrors: frozenset[str] = frozenset(),
) -> str | None:
    """The issue body in Markdown, or None when there is nothing to report."""
    names = names or {}

    def name(link: Link) -> str:
        return f"`{names[link.url]}` " if link.url in names else ""

    def moved(link: Link) -> str:
        host = urlsplit(link.final).hostname or ""
        mirror = " (a mirror host listed in macros/data.py)" if host in mirrors else ""
        return f"- {name(link)}{link.url} -> {link.final}{mirror}"

    elsewhere = [link for link in links if link.valid and link.other_host]
    dead = [link for link in links if not link.valid]
    same_host = [link for link in links if link.valid and link.redirected and not link.other_host]
    if not (elsewhere or dead or same_host or late):
        return None
    out = [MARKER, f"Upkeep on {today}: {len(links)} source links checked with LinkChecker.", ""]
    if elsewhere:
        out += [f"## Redirected to another host ({len(elsewhere)})", ""]
        out += [
            "Bitget's page now answers from another host. Open it in a browser: if it moved to a mirror or a",
            "look-alike, that is news for readers (link the same page on www.bitget.com, never the mirror).",
            "",
            *map(moved, elsewhere),
            "",
        ]
    if dead:
        out += [f"## Dead or refused ({len(dead)})", ""]
        out += ["Open each in a browser; a refusal (403) may be a bot check, not a gone page.", ""]
        out += [f"- {name(link)}{link.url}: {link.result}" for link in dead] + [""]
    if same_host:
        out += [f"## Redirected on the same host ({len(same_host)})", ""]
        out += ["Set the source's `url` to where it ends once you have re-read the page.", ""]
        out += [*map(moved, same_host), ""]
    if late:
        out += [f"## Checked more than {max_days} days ago ({len(late)})", ""]
        out += [f"- `{source.id}`: checked {source.checked}, {age} days ago, {source.url}" for source, age in late]
        out += ["", "Re-read each page, fix the facts that rest on it, then set `checked` in macros/data.py.", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="upkeep/report.py", description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="*", help="URLs to check (default: every source in macros/data.py)")
    parser.add_argument("--output", type=Path, help="write the report here when there is one, else remove it")
    parser.add_argument("--days", type=int, default=MAX_AGE_DAYS, help="age limit in days (default: %(default)s)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today(), help="YYYY-MM-DD")
    args = parser.parse_args(argv)
    sources = HANDBOOK.sources
    urls = args.urls or [source.url for source in sources]
    try:
        links = check_links(urls)
    except CheckFailed as error:
        print(f"upkeep: {error}", file=sys.stderr)
        return 2
    names = {source.url: source.id for source in sources}
    late = overdue(sources, args.today, args.days)
    body = report(links, late, args.today, args.days, names, HANDBOOK.mirror_hosts)
    print(body or f"Nothing to report: {len(links)} links answer where they did, no source is overdue.")
    if args.output:
        if body:
            args.output.write_text(body, "utf-8")
        else:
            args.output.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
