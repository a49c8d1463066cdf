#!/usr/bin/env python3
"""`make bench`: how fast the site builds and loads, checked against bench/budgets.json.

A benchmark script, not a test. In one run it

1. builds the Simplified edition N times strictly (ours: `mkdocs build`), both editions
   N times (`make build`: hooks/editions.py, one process) and N times with a bare
   configuration (same docs/, nav and Markdown extensions; no macros, no jieba, no
   overrides), interleaved, and reports the medians of wall time and their ratios (both
   editions against the Simplified one alone: a budget) and the CPU time of each;
2. serves the last build of both editions with gzip on 127.0.0.1 (built with SITE_URL set
   to that port);
3. runs Lighthouse (mobile preset, bench/node_modules) R times on each measured page of
   both editions and reports the median category scores, LCP, TBT, CLS and bytes transferred;
4. reports the gzip size of each edition's search/search_index.json and of its
   cross-script table (in search-words.js), and the first-view bytes of every built page
   of both editions (the HTML and each stylesheet, script and icon it names, as our
   server sends them), so a page Lighthouse does not measure still meets the byte budget;
5. prints a table and, as the last line, one JSON object; exits 1 when a budget is missed.

Usage: .venv/bin/python bench/bench.py [--builds 5] [--lighthouse-runs 5] [--project DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# The tests' server, first-view measurement and build helpers: one of each in the repository.
sys.path.insert(0, str(ROOT / "tests"))
from helpers import GZIP_LEVEL, every_page_first_view, free_port, gzipped, serve  # noqa: E402

BUDGETS = BENCH / "budgets.json"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
REPORTS = BENCH / "reports"  # last Lighthouse reports (JSON + HTML), git-ignored

PAGES = ["", "problems/deposit/", "channels/", "print/", "zh-Hant/", "zh-Hant/problems/deposit/", "zh-Hant/print/"]
EDITIONS = {"zh-Hans": "", "zh-Hant": "zh-Hant/"}  # hooks/editions.py EDITIONS: each one's folder
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_PATH = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run --disable-quic --disable-dev-shm-usage"
)


# -- builds -------------------------------------------------------------------


def bare_config(project: Path, work: Path) -> Path:
    """A temporary mkdocs.yml: our docs/, nav and Markdown extensions on stock Material.

    No macros plugin (macro calls stay as literal `{{ ... }}` text), stock search
    (jieba is blocked separately), no custom_dir, no extra CSS/JS.
    """
    import yaml  # PyYAML comes with MkDocs

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    ours = yaml.load((project / "mkdocs.yml").read_text("utf-8"), Loader=Loader)
    bare = {
        "site_name": ours["site_name"],
        "site_url": os.environ.get("SITE_URL", "http://127.0.0.1:8000/"),
        "docs_dir": str((project / "docs").resolve()),
        "theme": {"name": "material", "language": "zh", "font": False},
        "plugins": ["search"],
        "markdown_extensions": ours.get("markdown_extensions", []),
        "nav": ours.get("nav"),
    }
    path = work / "bare" / "mkdocs.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(bare, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def no_jieba_path(work: Path) -> Path:
    """A folder that, first on PYTHONPATH, makes `import jieba` fail (Material then skips it)."""
    folder = work / "no-jieba"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "jieba.py").write_text('raise ImportError("jieba blocked by bench.py for the bare build")\n')
    return folder


def timed_build(cmd: list[str], cwd: Path, env: dict) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds, CPU seconds (user + system, of the build's processes) and the result."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result


def run_builds(project: Path, work: Path, site_url: str, n: int) -> dict:
    """Interleave our strict build, both editions' and the bare build n times each; return
    times and dirs."""
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--quiet"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1", "SITE_URL": site_url}
    ours_dir, both_dir, bare_dir = work / "site", work / "site-both", work / "site-bare"
    ours_cmd = [*mkdocs, "--strict", "--site-dir", str(ours_dir)]
    both_cmd = [sys.executable, str(project / "hooks" / "editions.py"), "--site-dir", str(both_dir)]
    # Not strict: with macros off, links and anchors that macros would render can be missing.
    bare_cmd = [*mkdocs, "--config-file", str(bare_config(project, work)), "--site-dir", str(bare_dir)]
    bare_env = {**env, "PYTHONPATH": os.pathsep.join(filter(None, [str(no_jieba_path(work)), env.get("PYTHONPATH")]))}
    times: dict[str, list[float]] = {"ours": [], "both": [], "bare": []}
    cpu: dict[str, list[float]] = {name: [] for name in times}
    for i in range(n):
        order = [("ours", ours_cmd, env), ("both", both_cmd, env), ("bare", bare_cmd, bare_env)]
        for name, cmd, build_env in order if i % 2 == 0 else reversed(order):
            seconds, cpu_seconds, result = timed_build(cmd, project, build_env)
            if result.returncode != 0:
                sys.exit(f"bench: the {name} build failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
            times[name].append(seconds)
            cpu[name].append(cpu_seconds)
    return {"times": times, "cpu": cpu, "site": both_dir, "bare_site": bare_dir}


def search_sizes(site: Path) -> dict:
    """An edition's search index, raw and gzip, and its cross-script table in search-words.js, gzip."""
    index = (site / "search" / "search_index.json").read_bytes()
    script = (site / "assets" / "javascripts" / "search-words.js").read_text("utf-8")
    table = re.search(r"var SCRIPT_TABLE ?= ?(\{.*?\});", script)
    return {
        "raw_bytes": len(index),
        "gzip_bytes": len(gzip.compress(index, GZIP_LEVEL, mtime=0)),
        "table_gzip_bytes": len(gzip.compress(table[1].encode(), GZIP_LEVEL, mtime=0)) if table else 0,
    }


def edition_of_path(path: str) -> str:
    """The edition a built page belongs to, by its folder (the longest that matches)."""
    folders = sorted(EDITIONS.items(), key=lambda kv: -len(kv[1]))
    return next(lang for lang, folder in folders if path.startswith(folder))


def largest_per_edition(sizes: dict[str, int]) -> dict[str, list]:
    """{lang: [page, bytes]}: each edition's page with the largest first view."""
    largest: dict[str, list] = {}
    for path, size in sizes.items():
        lang = edition_of_path(path)
        if lang not in largest or size > largest[lang][1]:
            largest[lang] = [path, size]
    return largest


# -- gzip server ---------------------------------------------------------------


# -- Lighthouse ------------------------------------------------------------------


def served_body_size(site: Path, url_path: str) -> int | None:
    """Bytes of the body our gzip server sends for a URL path (None if no such file)."""
    path = site / url_path.split("?", 1)[0].lstrip("/")
    if path.is_dir():
        path = path / "index.html"
    if not path.is_file():
        return None
    data = path.read_bytes()
    return len(gzip.compress(data, GZIP_LEVEL, mtime=0)) if gzipped(path) else len(data)


def first_view_bytes(lhr: dict, site: Path, origin: str) -> int:
    """Lighthouse's transfer sizes, corrected where it saw less than the server sent.

    Lighthouse records the search worker's script (fetched from the worker) with its
    headers only (about 200 B), so `total-byte-weight` misses ~12 KB the reader downloads.
    """
    total = 0
    for item in lhr["audits"]["network-requests"]["details"]["items"]:
        size = item.get("transferSize") or 0
        if item["url"].startswith(origin):
            body = served_body_size(site, item["url"][len(origin) :])
            size = max(size, body or 0)
        total += size
    return total


def lighthouse(url: str, out: Path, site: Path, origin: str) -> dict:
    """One mobile Lighthouse run; returns the figures we report."""
    cmd = [
        str(LIGHTHOUSE), url,
        f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json", "--output=html", f"--output-path={out}",
        "--quiet",
    ]  # fmt: skip
    env = {**os.environ, "CHROME_PATH": CHROME_PATH}
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    report_file = out.with_name(out.name + ".report.json")
    if result.returncode != 0 or not report_file.exists():
        sys.exit(f"bench: Lighthouse failed on {url} (exit {result.returncode}):\n{result.stderr[-2000:]}")
    lhr = json.loads(report_file.read_text("utf-8"))
    audits = lhr["audits"]
    if lhr.get("runtimeError"):
        sys.exit(f"bench: Lighthouse runtime error on {url}: {lhr['runtimeError']}")
    return {
        **{c: round(100 * (lhr["categories"][c]["score"] or 0)) for c in CATEGORIES},
        "fcp_ms": round(audits["first-contentful-paint"]["numericValue"]),
        "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "lh_bytes": audits["total-byte-weight"]["numericValue"],
        "bytes": first_view_bytes(lhr, site, origin),
        "requests": len(audits["network-requests"]["details"]["items"]),
        "benchmark_index": round(lhr["environment"]["benchmarkIndex"]),
        "warnings": lhr.get("runWarnings", []) + errored_audits(lhr),
        "failing": failing_audits(lhr),
    }


def errored_audits(lhr: dict) -> list[str]:
    """Audits that could not run. Weightless ones are reported in one line (Lighthouse 12.2.3's
    trace engine trips over Chromium 156 traces on a few diagnostics); scored ones are warnings."""
    weighted = {r["id"] for c in CATEGORIES for r in lhr["categories"][c]["auditRefs"] if r["weight"] > 0}
    errored = sorted(k for k, a in lhr["audits"].items() if a["scoreDisplayMode"] == "error")
    scored = [
        f"scored audit {k} errored: {lhr['audits'][k].get('errorMessage', '')[:100]}" for k in errored if k in weighted
    ]
    rest = [k for k in errored if k not in weighted]
    return scored + ([f"diagnostics without score weight errored: {', '.join(rest)}"] if rest else [])


def failing_audits(lhr: dict) -> list[str]:
    """The scored audits that keep a category below 100, e.g. 'accessibility: aria-dialog-name'."""
    found = []
    for category in CATEGORIES:
        for ref in lhr["categories"][category]["auditRefs"]:
            audit = lhr["audits"][ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                found.append(f"{category}: {ref['id']}")
    return found


def median_run(runs: list[dict]) -> dict:
    """Median of every figure over the runs (each figure on its own)."""
    lists = ("warnings", "failing")
    figures = {k: statistics.median(r[k] for r in runs) for k in runs[0] if k not in lists}
    for k in lists:
        figures[k] = sorted({item for r in runs for item in r[k]})
    return figures


# -- report ----------------------------------------------------------------------


def check_budgets(result: dict, budgets: dict) -> list[str]:
    missed = []
    build = result["build"]["ours_median_s"]
    if build > budgets["build_median_max_s"]:
        missed.append(f"build median {build:.2f} s > {budgets['build_median_max_s']} s")
    both = result["build"]["both_ratio"]
    if both > budgets["build_both_editions_max_ratio"]:
        missed.append(f"both editions {both:.2f} x the Simplified build > {budgets['build_both_editions_max_ratio']} x")
    for lang, sizes in result["search_index"].items():
        if sizes["gzip_bytes"] > budgets["search_index_max_gzip_bytes"]:
            missed.append(
                f"{lang} search index {sizes['gzip_bytes']:,} B gzip > {budgets['search_index_max_gzip_bytes']:,} B"
            )
        if sizes["table_gzip_bytes"] > budgets["script_table_max_gzip_bytes"]:
            limit = budgets["script_table_max_gzip_bytes"]
            missed.append(f"{lang} cross-script table {sizes['table_gzip_bytes']:,} B gzip > {limit:,} B")
    for page, size in result["every_page"]["largest"].items():
        if size > budgets["first_view_max_bytes"]:
            limit = budgets["first_view_max_bytes"]
            missed.append(f"/{page}: first view {size:,} B > {limit:,} B (the HTML and its files)")
    for page, figures in result["pages"].items():
        for category, minimum in budgets["lighthouse_mobile_min_score"].items():
            if figures[category] < minimum:
                missed.append(f"/{page}: Lighthouse {category} {figures[category]:g} < {minimum}")
        if figures["bytes"] > budgets["first_view_max_bytes"]:
            missed.append(f"/{page}: first view {figures['bytes']:,.0f} B > {budgets['first_view_max_bytes']:,} B")
    return missed


def print_table(result: dict, budgets: dict) -> None:
    b = result["build"]
    print(f"\nBuild ({b['runs']} runs each, interleaved; median wall time of `mkdocs build`)")
    print(f"  ours (strict)          {b['ours_median_s']:6.2f} s   runs: {' '.join(f'{t:.2f}' for t in b['ours_s'])}")
    print(
        f"  bare (not strict; no macros, jieba or overrides) {b['bare_median_s']:.2f} s   "
        f"runs: {' '.join(f'{t:.2f}' for t in b['bare_s'])}"
    )
    print(f"  ratio ours / bare      {b['ratio']:6.2f} x   (budget: ours <= {budgets['build_median_max_s']} s)")
    print(
        f"  both editions (make build) {b['both_median_s']:.2f} s   runs: {' '.join(f'{t:.2f}' for t in b['both_s'])}"
    )
    print(
        f"  ratio both / ours      {b['both_ratio']:6.2f} x   (budget <= {budgets['build_both_editions_max_ratio']} x)"
    )
    cpu = {name: statistics.median(runs) for name, runs in b["cpu_s"].items()}
    print(
        f"  CPU seconds (user + system), medians: ours {cpu['ours']:.2f}, both {cpu['both']:.2f}, "
        f"bare {cpu['bare']:.2f}; both / ours {b['both_cpu_ratio']:.2f} x (not a budget: less disturbed "
        "by other jobs)"
    )
    for lang, s in result["search_index"].items():
        print(
            f"\nSearch index {lang}: {s['raw_bytes']:,} B raw, {s['gzip_bytes']:,} B gzip-{GZIP_LEVEL} "
            f"(budget <= {budgets['search_index_max_gzip_bytes']:,} B); cross-script table "
            f"{s['table_gzip_bytes']:,} B gzip (budget <= {budgets['script_table_max_gzip_bytes']:,} B)"
        )
    e = result["every_page"]
    largest = ", ".join(f"/{page} {size:,} B" for page, size in e["largest"].items())
    print(f"\nFirst view of every page ({e['pages']} pages; the HTML and the files it asks for, gzip, with headers)")
    print(f"  largest: {largest}   (budget <= {budgets['first_view_max_bytes']:,} B)")
    for lang, (page, size) in e.get("largest_per_edition", {}).items():
        print(f"  largest in {lang}: /{page} {size:,} B")
    if result["pages"]:
        runs = result["lighthouse_runs"]
        print(f"\nLighthouse {result['lighthouse_version']} mobile, gzip server, median of {runs} run(s) per page")
        head = (
            f"  {'page':22} {'perf':>4} {'a11y':>4} {'bp':>4} {'seo':>4} {'FCP ms':>7} {'LCP ms':>7} "
            f"{'TBT ms':>7} {'CLS':>6} {'LH bytes':>8} {'1st view':>8} {'reqs':>4}"
        )
        print(head)
        for page, f in result["pages"].items():
            print(
                f"  {'/' + page:22} {f['performance']:4g} {f['accessibility']:4g} {f['best-practices']:4g} "
                f"{f['seo']:4g} {f['fcp_ms']:7.0f} {f['lcp_ms']:7.0f} {f['tbt_ms']:7.0f} {f['cls']:6.3f} "
                f"{f['lh_bytes']:8,.0f} {f['bytes']:8,.0f} {f['requests']:4g}"
            )
            if f["failing"]:
                print(f"    below 100 in some run: {', '.join(f['failing'])}")
            for warning in f["warnings"]:
                print(f"    warning: {warning}")
        print(
            f"  budgets: every score >= {min(budgets['lighthouse_mobile_min_score'].values())}, "
            f"first view <= {budgets['first_view_max_bytes']:,} B"
        )
        print("  LH bytes = Lighthouse total-byte-weight; 1st view = the same requests with the bytes the server")
        print("  really sent (Lighthouse records a worker's script with its headers only, ~200 B; no page")
        print("  starts the search worker on a first view since material-adapter.js, so the two now agree)")
        bench_index = statistics.median(f["benchmark_index"] for f in result["pages"].values())
        print(f"  Lighthouse benchmarkIndex (CPU speed; lower = busier machine): median {bench_index:.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--builds", type=int, default=5, help="timed builds of each configuration (default 5)")
    # Five, as Lighthouse's own guidance on score variability recommends: the median of
    # five runs is far steadier than one or three on a shared machine.
    parser.add_argument("--lighthouse-runs", type=int, default=5, help="Lighthouse runs per page (default 5; 0 skips)")
    parser.add_argument("--project", type=Path, default=ROOT, help="folder holding mkdocs.yml (default: this repo)")
    args = parser.parse_args()
    project = args.project.resolve()
    budgets = json.loads(BUDGETS.read_text("utf-8"))
    if args.lighthouse_runs and not LIGHTHOUSE.exists():
        sys.exit("bench: Lighthouse is not installed; run `make bench` (it runs npm ci in bench/).")
    if args.lighthouse_runs and not Path(CHROME_PATH).exists():
        sys.exit(f"bench: {CHROME_PATH} is missing; `make bench` installs Debian's chromium as root.")

    port = free_port()
    site_url = f"http://127.0.0.1:{port}/"
    started = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        print(f"Building {args.builds}x ours, both editions and bare (SITE_URL={site_url}) ...", flush=True)
        builds = run_builds(project, work, site_url, args.builds)
        ours, both, bare = (builds["times"][name] for name in ("ours", "both", "bare"))
        result = {
            "date": started.isoformat(timespec="seconds"),
            "machine": machine(),
            "build": {
                "runs": args.builds,
                "ours_s": [round(t, 3) for t in ours],
                "bare_s": [round(t, 3) for t in bare],
                "ours_median_s": round(statistics.median(ours), 3),
                "bare_median_s": round(statistics.median(bare), 3),
                "ratio": round(statistics.median(ours) / statistics.median(bare), 2),
                "both_s": [round(t, 3) for t in both],
                "both_median_s": round(statistics.median(both), 3),
                "both_ratio": round(statistics.median(both) / statistics.median(ours), 2),
                # CPU time (user + system): what a busy shared machine disturbs least.
                "cpu_s": {name: [round(t, 3) for t in runs] for name, runs in builds["cpu"].items()},
                "both_cpu_ratio": round(
                    statistics.median(builds["cpu"]["both"]) / statistics.median(builds["cpu"]["ours"]), 2
                ),
            },
            "search_index": {lang: search_sizes(builds["site"] / folder) for lang, folder in EDITIONS.items()},
            "lighthouse_runs": args.lighthouse_runs,
            "lighthouse_version": None,
            "pages": {},
        }
        server = serve(builds["site"], port, use_gzip=True)
        try:
            sizes = every_page_first_view(builds["site"], site_url)
            largest = sorted(sizes.items(), key=lambda kv: -kv[1])
            result["every_page"] = {
                "pages": len(sizes),
                "largest": dict(largest[:3]),
                "largest_per_edition": largest_per_edition(sizes),
            }
            if args.lighthouse_runs:
                REPORTS.mkdir(exist_ok=True)
                for old in REPORTS.glob("*.report.*"):
                    old.unlink()
                for page in PAGES:
                    slug = page.strip("/").replace("/", "-") or "home"
                    runs = []
                    for r in range(args.lighthouse_runs):
                        print(f"Lighthouse /{page} run {r + 1}/{args.lighthouse_runs} ...", flush=True)
                        out = REPORTS / f"{slug}-{r + 1}"
                        runs.append(lighthouse(site_url + page, out, builds["site"], site_url.rstrip("/")))
                    result["pages"][page] = median_run(runs)
                lhr = json.loads((REPORTS / "home-1.report.json").read_text("utf-8"))
                result["lighthouse_version"] = lhr["lighthouseVersion"]
        finally:
            server.shutdown()

    missed = check_budgets(result, budgets)
    result["budgets_missed"] = missed
    print_table(result, budgets)
    print()
    for line in missed:
        print(f"BUDGET MISSED: {line}")
    print("All budgets met." if not missed else f"{len(missed)} budget(s) missed (see {BUDGETS.relative_to(ROOT)}).")
    if args.lighthouse_runs:
        print(f"Lighthouse reports: {REPORTS.relative_to(ROOT)}/*.report.html")
    print(json.dumps(result, ensure_ascii=False, separators=(",", ":")))
    return 1 if missed else 0


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "load1": load,
        "node": shutil.which("node")
        and subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip(),
    }


if __name__ == "__main__":
    sys.exit(main())
