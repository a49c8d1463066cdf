"""In CI a skipped test fails the run; elsewhere it stays a skip."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

SKIPPING = """
import pytest

def test_needs_a_browser():
    pytest.skip("no chromium here")
"""


@pytest.mark.parametrize(("ci", "outcome"), [("true", {"failed": 1}), ("", {"skipped": 1})])
def test_skips_fail_only_in_ci(pytester, monkeypatch, ci, outcome):
    monkeypatch.setenv("CI", ci)
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parent.parent))  # tests/, for ci_skips
    pytester.makepyfile(SKIPPING)
    result = pytester.runpytest_subprocess("-p", "ci_skips", "-p", "no:playwright", "-p", "no:cacheprovider")
    result.assert_outcomes(**outcome)
    if ci:
        result.stdout.fnmatch_lines(["*skipped in CI (CI=true), which counts as a failure*"])
