"""The README's map names every source file, so a new maintainer finds each one's purpose."""

from __future__ import annotations

import fnmatch
import re
import subprocess

from helpers import ROOT


def map_entries() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("The map, one line per file:", 1)[1].split("```", 2)[1]
    return [line.split()[0] for line in block.splitlines() if line and not line.startswith(" ")]


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    skip = re.compile(r"(^|/)(\.gitignore|README\.md|CONTRIBUTING\.md|package-lock\.json)$|^bench/package-lock")
    return [path for path in out.splitlines() if not skip.search(path)]


def test_every_tracked_file_is_on_the_readme_map():
    entries = map_entries()
    unmapped = [
        path
        for path in tracked_files()
        if not any(path == e or fnmatch.fnmatch(path, e.replace("**/", "*")) for e in entries)
    ]
    assert unmapped == [], "add a line for each to the map in README.md"


def test_every_line_of_the_map_names_something_that_exists():
    files = tracked_files()
    stale = [e for e in map_entries() if not any(f == e or fnmatch.fnmatch(f, e.replace("**/", "*")) for f in files)]
    assert stale == [], "the README's map names files that are gone"
