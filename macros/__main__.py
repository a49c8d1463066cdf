"""The data package's command line: list the sources whose check date is older than
the limit, most overdue first.

    python -m macros [--days 180] [--today YYYY-MM-DD]

This is a reminder for editors (`make audit`), never a build failure: the exit
status is 0 whatever the ages. Re-read each listed page on www.bitget.com, fix the
facts that rest on it if it changed, and set the source's `checked` date in
macros/data.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable

from .data import HANDBOOK
from .model import Source

MAX_AGE_DAYS = 180


def overdue(sources: Iterable[Source], today: dt.date, max_days: int = MAX_AGE_DAYS) -> list[tuple[Source, int]]:
    """(source, age in days) for every source checked more than `max_days` ago, oldest first."""
    aged = [(source, (today - source.checked).days) for source in sources]
    return sorted(((s, age) for s, age in aged if age > max_days), key=lambda row: (-row[1], row[0].id))


def report(sources: Iterable[Source], today: dt.date, max_days: int = MAX_AGE_DAYS) -> str:
    sources = list(sources)
    rows = overdue(sources, today, max_days)
    if not rows:
        return f"All {len(sources)} sources were checked in the last {max_days} days (today is {today})."
    width = max(len(s.id) for s, _ in rows)
    lines = [f"{len(rows)} of {len(sources)} sources were checked more than {max_days} days ago (today is {today}):"]
    for source, age in rows:
        lines.append(f"  {source.id:<{width}}  checked {source.checked}  {age:>4} days ago  {source.url}")
    lines.append("Re-read each page, fix the facts that rest on it, then set `checked` in macros/data.py.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros", description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=MAX_AGE_DAYS, help="age limit in days (default: %(default)s)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today(), help="YYYY-MM-DD")
    args = parser.parse_args(argv)
    print(report(HANDBOOK.sources, args.today, args.days))
    return 0


if __name__ == "__main__":
    sys.exit(main())
