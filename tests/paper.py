"""Paper: print a page to an A4 PDF in Chromium and read it back with poppler.

One of each for the print tests. `pdftotext` proves CJK text rendered as text (not
tofu); its results are cached per file version, as several tests read the same sheets.
"""

from __future__ import annotations

import functools
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

A4_HEIGHT_PT = 841.9


def flat(text: str) -> str:
    """Text without any whitespace: pdftotext wraps lines wherever the PDF does."""
    return re.sub(r"\s+", "", text)


def print_pdf(browser, url: str, out: Path, tick: tuple[str, ...] = (), javascript: bool = True) -> Path:
    """Print `url` to an A4 PDF, after ticking the given items (by their data-item)."""
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(url, wait_until="load")
    for item in tick:
        page.locator(f"[data-item='{item}'] .checklist__text").click()
    page.pdf(path=str(out), format="A4")
    context.close()
    return out


def _version(pdf: Path) -> tuple[str, int, int]:
    stat = pdf.stat()
    return str(pdf), stat.st_mtime_ns, stat.st_size


@functools.lru_cache(maxsize=256)
def _run(args: tuple[str, ...], version: tuple[str, int, int]) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def poppler(tool: str, pdf: Path, *options: str) -> str:
    """stdout of a poppler tool (`pdfinfo`, `pdftotext`) on `pdf`."""
    args = (tool, *options, str(pdf)) if tool == "pdfinfo" else (tool, *options, str(pdf), "-")
    return _run(args, _version(pdf))


def page_count(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", poppler("pdfinfo", pdf), re.M).group(1))


def page_text(pdf: Path, number: int, layout: bool = False) -> str:
    options = ("-layout",) if layout else ()
    return poppler("pdftotext", pdf, *options, "-f", str(number), "-l", str(number))


def pages_text(pdf: Path, layout: bool = False) -> list[str]:
    return [page_text(pdf, n, layout) for n in range(1, page_count(pdf) + 1)]


@dataclass
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def words(pdf: Path, number: int) -> list[Word]:
    xml = poppler("pdftotext", pdf, "-bbox", "-f", str(number), "-l", str(number))
    soup = BeautifulSoup(xml, "html.parser")
    return [
        Word(w.get_text(), float(w["xmin"]), float(w["ymin"]), float(w["xmax"]), float(w["ymax"]))
        for w in soup.find_all("word")
    ]
