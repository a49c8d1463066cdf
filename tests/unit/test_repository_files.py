"""Files editors meet on GitHub: workflows, issue forms, pull request template, pre-commit, CONTRIBUTING."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import autocorrect_py
import pytest
import yaml
from helpers import break_data, copy_project
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[2]
GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
FORMS = sorted(p for p in (GITHUB / "ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml")
VENV_BIN = Path(sys.executable).parent


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


def triggers(workflow: dict) -> dict:
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    return {name: None for name in on} if isinstance(on, list) else on


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def check_jsonschema(schema: str, *files: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )


# -- schemas (check-jsonschema's vendored copies: no network) ------------------------


@pytest.mark.parametrize(
    ("schema", "files"),
    [
        ("vendor.github-workflows", WORKFLOWS),
        ("vendor.github-issue-forms", FORMS),
        ("vendor.github-issue-config", [GITHUB / "ISSUE_TEMPLATE" / "config.yml"]),
    ],
    ids=["workflows", "issue-forms", "issue-config"],
)
def test_github_files_match_their_schemas(schema, files):
    assert files
    result = check_jsonschema(schema, *files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_catches_a_broken_workflow_and_form(tmp_path):
    workflow = tmp_path / "broken.yml"
    workflow.write_text("on: push\njobs:\n  x:\n    steps:\n      - run: make test\n", "utf-8")  # no runs-on
    assert check_jsonschema("vendor.github-workflows", workflow).returncode != 0
    form = tmp_path / "form.yml"
    form.write_text("name: x\ndescription: y\nbody:\n  - type: checkbox\n", "utf-8")  # no such type
    assert check_jsonschema("vendor.github-issue-forms", form).returncode != 0


# -- workflows ------------------------------------------------------------------------


def test_pull_requests_run_the_readme_test_command():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert re.search(r"^make test\b", readme, re.M), "the README's test command"
    workflow = load(GITHUB / "workflows" / "test.yml")
    assert "pull_request" in triggers(workflow)
    runs = [step.get("run", "") for step in steps(workflow)]
    assert "make test" in runs
    job = workflow["jobs"]["test"]
    assert job["env"]["CI"] == "true", "in CI a skipped test is a failure"
    checkout = next(s for s in steps(workflow) if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0, "last-changed dates need the whole history"
    assert job["container"] == "python:${{ matrix.python }}-bookworm", "Debian, root"
    assert all(re.fullmatch(r"3\.\d+\.\d+", python) for python in job["strategy"]["matrix"]["python"]), "pinned"


def test_main_is_tested_then_built_and_deployed_with_the_standard_pages_actions():
    workflow = load(GITHUB / "workflows" / "publish.yml")
    assert triggers(workflow)["push"]["branches"] == ["main"]
    assert "workflow_call" in triggers(load(GITHUB / "workflows" / "test.yml"))
    jobs = workflow["jobs"]
    assert jobs["test"]["uses"] == "./.github/workflows/test.yml"
    assert jobs["build"]["needs"] == "test" and jobs["deploy"]["needs"] == "build"

    build = jobs["build"]["steps"]
    uses = [s.get("uses", "").split("@")[0] for s in build]
    assert "actions/configure-pages" in uses and "actions/upload-pages-artifact" in uses
    pages = next(s for s in build if s.get("uses", "").startswith("actions/configure-pages@"))
    make_build = next(s for s in build if s.get("run") == "make build")
    assert make_build["env"]["SITE_URL"] == "${{ steps." + pages["id"] + ".outputs.base_url }}/"
    # Edit links lead to the repository the workflow runs in, for the site and its offline copy.
    this_repository = "${{ github.server_url }}/${{ github.repository }}"
    assert make_build["env"]["SITE_REPOSITORY"] == this_repository
    offline = next(s for s in build if "make offline" in s.get("run", ""))
    assert offline["env"]["SITE_REPOSITORY"] == this_repository
    assert uses.index("actions/configure-pages") < build.index(make_build)
    checkout = next(s for s in build if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    upload = next(s for s in build if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"

    deploy = jobs["deploy"]
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert workflow["permissions"] == {"contents": "read"}, "only the deploy job may write"


def test_upkeep_runs_weekly_and_by_hand_and_keeps_one_issue():
    workflow = load(GITHUB / "workflows" / "upkeep.yml")
    on = triggers(workflow)
    assert "workflow_dispatch" in on, "by hand"
    [schedule] = on["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*") and weekday.isdigit(), "once a week"
    runs = [step.get("run", "") for step in workflow["jobs"]["upkeep"]["steps"]]
    assert runs.index("make audit") < runs.index('make upkeep UPKEEP_ARGS="--output upkeep.md"')
    issue = runs[-1]
    for command in ("gh issue list --label upkeep --state open", "gh issue edit", "gh issue create", "gh issue close"):
        assert command in issue, command
    assert "--body-file upkeep.md" in issue and "[ -s upkeep.md ]" in issue
    assert workflow["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["upkeep"]["permissions"] == {"contents": "read", "issues": "write"}


def test_the_weekly_run_tries_the_property_tests_with_many_more_examples():
    [step] = [s for s in load(GITHUB / "workflows" / "upkeep.yml")["jobs"]["properties"]["steps"] if "run" in s]
    assert step["env"] == {"HYPOTHESIS_PROFILE": "thorough"}
    assert step["run"].startswith("make test ") and "tests/unit/test_injection.py" in step["run"]
    assert settings.get_profile("thorough").max_examples >= 10 * settings.get_profile("quick").max_examples


def test_every_action_is_pinned_to_a_release():
    for path in WORKFLOWS:
        for step in steps(load(path)):
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@(v\d+(\.\d+)*|[0-9a-f]{40})", step["uses"]), (path, step)


# -- issue forms and pull request template -------------------------------------------


def test_issue_forms_for_wrong_facts_and_unclear_pages_protect_privacy():
    names = {load(p)["name"] for p in FORMS}
    assert names == {"事实有误或已过时", "页面看不懂"}
    assert load(GITHUB / "ISSUE_TEMPLATE" / "config.yml")["blank_issues_enabled"] is False
    for path in FORMS:
        form = load(path)
        intro = form["body"][0]["attributes"]["value"]
        assert "不能处理任何账户问题" in intro and "密码" in intro and "验证码" in intro, path
        boxes = [b for b in form["body"] if b["type"] == "checkboxes"]
        assert boxes and all(o["required"] for b in boxes for o in b["attributes"]["options"]), path
    fact = load(GITHUB / "ISSUE_TEMPLATE" / "fact-wrong.yml")
    fields = {b.get("id"): b for b in fact["body"]}
    assert "www.bitget.com" in fields["source"]["attributes"]["description"]
    assert fields["source"]["validations"]["required"] and fields["checked"]["validations"]["required"]


def test_pull_request_template_holds_the_truth_checklist():
    text = (GITHUB / "pull_request_template.md").read_text("utf-8")
    boxes = re.findall(r"^- \[ \] (.+)$", text, re.M)
    checks = {
        "official source": "www.bitget.com",
        "check date": "核对日期",
        "no phone number": "电话号码",
        "no secret asked": "密码、验证码",
    }
    for what, needle in checks.items():
        assert any(needle in box for box in boxes), what


# -- pre-commit -----------------------------------------------------------------------


def pre_commit_hooks() -> dict[str, dict]:
    config = load(ROOT / ".pre-commit-config.yaml")
    for repo in config["repos"]:
        if repo["repo"] != "local":
            assert re.fullmatch(r"v\d+\.\d+\.\d+|[0-9a-f]{40}", repo["rev"]), f"pin {repo['repo']}"
    return {hook["id"]: hook for repo in config["repos"] if repo["repo"] == "local" for hook in repo["hooks"]}


def run_hook(hook: dict, files: list[str], cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run a local hook as pre-commit would, with the test's own virtualenv for `.venv/bin/`."""
    argv = [
        str(VENV_BIN / a.removeprefix(".venv/bin/")) if a.startswith(".venv/bin/") else a
        for a in shlex.split(hook["entry"])
    ]
    argv += hook.get("args", [])
    if hook.get("pass_filenames", True):
        argv += files
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False, timeout=120)


def test_pre_commit_runs_ruff_autocorrect_and_data_validation():
    hooks = pre_commit_hooks()
    assert {"ruff-check", "ruff-format", "autocorrect", "data"} <= set(hooks)
    for hook in hooks.values():
        assert hook["language"] == "system"
        assert (VENV_BIN / shlex.split(hook["entry"])[0].removeprefix(".venv/bin/")).exists(), hook["id"]
    assert re.search(hooks["autocorrect"]["files"], "docs/problems/deposit.md")
    assert re.search(hooks["data"]["files"], "macros/data.py")


def test_pre_commit_autocorrect_hook_flags_bad_chinese_copy(tmp_path):
    hook = pre_commit_hooks()["autocorrect"]
    good, bad = tmp_path / "good.md", tmp_path / "bad.md"
    good.write_text("# 标题\n\n请联系 Bitget 客服，说明 UID。\n", "utf-8")
    bad.write_text("# 标题\n\n请联系Bitget客服,说明UID。\n", "utf-8")
    assert run_hook(hook, [str(good)]).returncode == 0
    result = run_hook(hook, [str(good), str(bad)])
    assert result.returncode == 1
    assert f"{bad}:3:" in result.stdout and "请联系 Bitget 客服" in result.stdout


def test_pre_commit_data_hook_fails_on_bad_data(tmp_path):
    hook = pre_commit_hooks()["data"]
    assert run_hook(hook, []).returncode == 0
    project = copy_project(tmp_path / "project")
    break_data(project)
    result = run_hook(hook, [], cwd=project)
    assert result.returncode != 0
    assert "channel 'help-center', field 'best_for': unknown problem 'lottery'" in result.stderr


# -- CONTRIBUTING ---------------------------------------------------------------------


def test_contributing_covers_what_an_editor_needs():
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    for needle in (
        "## 改一个错别字",
        "### 增加或修改一个问题",
        "### 增加或修改清单项",
        "### 增加或修改渠道",
        "### 增加来源，记录核对日期",
        "### 什么样的事实可以采用",
        "make serve",
        "make test",
        "make audit",
        "official-text",
        "www.bitget.com",
        "macros/data.py: channel 'help-center', field 'best_for': unknown problem 'lottery'",
        "## English",
    ):
        assert needle in text, needle
    assert "不能再用" in text, "item ids key readers' ticks: say they are never reused"


def test_markdown_for_editors_follows_the_chinese_copywriting_rules():
    for path in (ROOT / "CONTRIBUTING.md", GITHUB / "pull_request_template.md"):
        text = path.read_text("utf-8")
        assert autocorrect_py.lint_for(text, str(path)).lines == [], path
        assert "！" not in text and "轻松" not in text, path
