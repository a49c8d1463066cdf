"""Every built page is valid HTML by the W3C Nu HTML checker (npm vnu-jar, on the system Java).

`make test` installs Java (Debian's default-jre-headless) and the pinned checker
(`npm ci`, see package.json). Errors that only Material's markup causes and that
overrides cannot fix are listed, each with its reason, in vnu-allowlist.toml.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from helpers import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ALLOWLIST = Path(__file__).with_name("vnu-allowlist.toml")


def allowlist() -> list[dict]:
    entries = tomllib.loads(ALLOWLIST.read_text("utf-8"))["allow"]
    for entry in entries:
        assert entry.get("reason", "").strip(), f"allowlist entry without a reason: {entry}"
        re.compile(entry["message"]), re.compile(entry["element"])
    return entries


def element(message: dict) -> str:
    extract, start = message.get("extract", ""), message.get("hiliteStart", 0)
    return extract[start : start + message.get("hiliteLength", 0)]


def check(paths: list[Path]) -> list[dict]:
    """Run the checker; return its error messages."""
    if shutil.which("java") is None or not VNU.exists():
        pytest.skip("the Nu checker needs Java and `npm ci` (make test installs both)")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stderr or result.stdout)
    return [m for m in report["messages"] if m["type"] in ("error", "non-document-error")]


def test_checker_finds_errors(tmp_path):
    """The checker and the allowlist do not hide everything: a broken page fails."""
    page = tmp_path / "broken.html"
    page.write_text('<!doctype html><html lang="zh"><title>t</title><p><div id="a"></div><span id="a"></span>')
    errors = check([page])
    assert any("Duplicate ID" in e["message"] for e in errors), errors


def test_every_page_is_valid_html(site):
    pages = sorted(site.dir.rglob("*.html"))
    assert len(pages) >= 20
    allowed = allowlist()
    used = [0] * len(allowed)
    unexpected = []
    for error in check(pages):
        for index, entry in enumerate(allowed):
            if re.search(entry["message"], error["message"]) and re.search(entry["element"], element(error)):
                used[index] += 1
                break
        else:
            where = error.get("url", "").split(str(site.dir), 1)[-1]
            unexpected.append(f"{where}:{error.get('lastLine')}: {error['message']} {element(error)!r}")
    assert unexpected == [], "\n".join(unexpected)
    stale = [entry["message"] for entry, n in zip(allowed, used, strict=True) if n == 0]
    assert stale == [], f"remove these entries from {ALLOWLIST.name}: they match nothing now"
