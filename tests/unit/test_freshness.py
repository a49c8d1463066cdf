"""Freshness: last-changed dates from git history, and `make audit` for old check dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import load_hook

import macros.__main__ as audit
from macros import data

ROOT = Path(__file__).resolve().parents[2]
SOURCES = data.HANDBOOK.sources
history = load_hook("last_changed")


# -- last changed, from git ------------------------------------------------------


def git(repo: Path, *args: str, date: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    if date:
        env |= {"GIT_AUTHOR_DATE": f"{date}T12:00:00Z", "GIT_COMMITTER_DATE": f"{date}T12:00:00Z"}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.fixture
def project(tmp_path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    (tmp_path / "docs" / "problems").mkdir(parents=True)
    (tmp_path / "macros").mkdir()
    (tmp_path / "docs" / "about.md").write_text("# 关于\n\n纯文字。\n", "utf-8")
    (tmp_path / "docs" / "problems" / "deposit.md").write_text('# 充值\n\n{{ checklist("deposit") }}\n', "utf-8")
    (tmp_path / "macros" / "data.py").write_text("X = 1\n", "utf-8")
    return tmp_path


def test_without_git_history_no_page_has_a_date(project):
    assert history.last_changed(project, project / "docs") == {}


def test_dates_come_from_the_last_commit_of_each_page_and_of_the_macros_package(project):
    git(project, "init", "-q")
    git(project, "add", ".")
    git(project, "commit", "-qm", "one", date="2025-01-02")
    (project / "macros" / "data.py").write_text("X = 2\n", "utf-8")
    git(project, "commit", "-qam", "data", date="2025-03-04")
    (project / "docs" / "about.md").write_text("# 关于\n\n改了。\n", "utf-8")
    git(project, "commit", "-qam", "about", date="2025-02-03")
    (project / "docs" / "new.md").write_text("# 新页\n", "utf-8")  # not committed yet
    assert history.last_changed(project, project / "docs") == {
        "about.md": "2025-02-03",  # plain text: its own last commit
        "problems/deposit.md": "2025-03-04",  # calls macros: the macros package changed later
    }


def test_a_page_made_from_the_data_takes_the_date_of_the_macros_package(project):
    git(project, "init", "-q")
    git(project, "add", ".")
    git(project, "commit", "-qm", "one", date="2025-01-02")
    (project / "macros" / "data.py").write_text("X = 2\n", "utf-8")
    git(project, "commit", "-qam", "data", date="2025-03-04")
    dates = history.last_changed(project, project / "docs", generated=["problems/new.md"])
    assert dates["problems/new.md"] == "2025-03-04"


def test_a_shallow_clone_shows_no_dates_rather_than_wrong_ones(project, tmp_path_factory):
    git(project, "init", "-q")
    git(project, "add", "docs/about.md")
    git(project, "commit", "-qm", "old", date="2020-01-01")
    git(project, "add", ".")
    git(project, "commit", "-qm", "new", date="2025-01-01")
    clone = tmp_path_factory.mktemp("clone") / "shallow"
    git(project, "clone", "-q", "--depth", "1", project.as_uri(), str(clone))
    assert history.last_changed(project, project / "docs")["about.md"] == "2020-01-01"
    assert history.last_changed(clone, clone / "docs") == {}


def test_a_project_inside_a_bigger_repository_uses_paths_relative_to_itself(project, tmp_path_factory):
    outer = tmp_path_factory.mktemp("outer")
    inner = outer / "site"
    project.rename(inner)
    git(outer, "init", "-q")
    git(outer, "add", ".")
    git(outer, "commit", "-qm", "one", date="2024-05-06")
    assert history.last_changed(inner, inner / "docs") == {
        "about.md": "2024-05-06",
        "problems/deposit.md": "2024-05-06",
    }


# -- make audit ------------------------------------------------------------------


def aged(*days_old: int, today: dt.date) -> list:
    return [dataclasses.replace(SOURCES[i], checked=today - dt.timedelta(days=age)) for i, age in enumerate(days_old)]


def test_audit_lists_sources_older_than_180_days_most_overdue_first():
    today = dt.date(2027, 6, 1)
    sources = aged(10, 181, 400, 180, 250, today=today)
    rows = audit.overdue(sources, today)
    assert [(s.id, age) for s, age in rows] == [
        (sources[2].id, 400),
        (sources[4].id, 250),
        (sources[1].id, 181),
    ]  # 180 days old is still fine; 181 is overdue


def test_audit_report_names_each_source_its_date_and_url():
    today = dt.date(2027, 6, 1)
    sources = aged(400, 5, today=today)
    text = audit.report(sources, today)
    assert text.splitlines()[0] == "1 of 2 sources were checked more than 180 days ago (today is 2027-06-01):"
    line = text.splitlines()[1]
    assert sources[0].id in line and "checked 2026-04-27" in line and "400 days ago" in line
    assert sources[0].url in line
    assert sources[1].id not in text
    assert audit.report(aged(5, today=today), today).startswith("All 1 sources were checked in the last 180 days")


@pytest.mark.parametrize(("today", "listed"), [("2026-12-01", 0), ("2099-01-01", len(SOURCES))])
def test_make_audit_command_never_fails(today, listed):
    result = subprocess.run(
        [sys.executable, "-m", "macros", "--today", today],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    listed_lines = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    assert len(listed_lines) == listed
    if listed:
        ages = [int(line.split("days ago")[0].split()[-1]) for line in listed_lines]
        assert ages == sorted(ages, reverse=True)
