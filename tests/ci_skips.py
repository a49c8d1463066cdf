"""pytest plugin: in CI (CI=true) a skipped test is a failure.

Browser and print tests skip on a machine without Chromium; CI must really run
them, so there a skip must turn the run red.
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if in_ci() and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"skipped in CI (CI=true), which counts as a failure: {report.longrepr}"
    return report
