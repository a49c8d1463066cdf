"""Paper: print a page to an A4 PDF in Chromium and read it back with poppler.

One of each for the print tests. `pdftotext` proves CJK text rendered as text (not
tofu); its results are cached per file version, as several tests read the same sheets.
`pdftoppm` draws the sheets as pixels, to see what ink lands where.
"""

from __future__ import annotations

import functools
import re
import subprocess
import tempfile
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


@dataclass(frozen=True)
class Raster:
    """A sheet as pdftoppm draws it: rows of pixels, one byte each (gray) or three (RGB),
    0 darkest and 255 lightest."""

    width: int
    height: int
    depth: int  # bytes per pixel
    data: bytes
    dpi: int

    @property
    def scale(self) -> float:
        """Pixels per PDF point."""
        return self.dpi / 72

    def pixel(self, x: int, y: int) -> bytes:
        at = self.depth * (y * self.width + x)
        return self.data[at : at + self.depth]

    def dark(self, x0: float, y0: float, x1: float, y1: float, below: int = 110) -> int:
        """How many pixels of a gray sheet, in a box given in PDF points, are darker than `below`."""
        assert self.depth == 1, "dark() reads a gray sheet"
        count = 0
        for y in range(max(0, int(y0 * self.scale)), min(self.height, int(y1 * self.scale) + 1)):
            row = self.data[y * self.width : (y + 1) * self.width]
            count += sum(1 for v in row[max(0, int(x0 * self.scale)) : int(x1 * self.scale) + 1] if v < below)
        return count


def rasterize(pdf: Path, dpi: int, gray: bool = False, number: int | None = None) -> list[Raster]:
    """Every sheet of `pdf` (or only sheet `number`) drawn at `dpi`, in gray or in colour."""
    pages = ("-f", str(number), "-l", str(number)) if number else ()
    with tempfile.TemporaryDirectory(prefix="sheets-") as folder:
        prefix = Path(folder) / "sheet"
        args = ["pdftoppm", *(("-gray",) if gray else ()), "-r", str(dpi), *pages, str(pdf), str(prefix)]
        subprocess.run(args, check=True)
        files = sorted(Path(folder).iterdir(), key=lambda f: int(f.stem.rsplit("-", 1)[1]))
        return [_netpbm(f.read_bytes(), dpi) for f in files]


def _netpbm(raw: bytes, dpi: int) -> Raster:
    """A binary PGM (P5) or PPM (P6): "P5" width height maxval, each after white space, then
    one white-space byte and the pixels."""
    match = re.match(rb"P([56])\s+(\d+)\s+(\d+)\s+(\d+)\s", raw)
    assert match and match.group(4) == b"255", raw[:40]
    width, height, depth = int(match.group(2)), int(match.group(3)), 1 if match.group(1) == b"5" else 3
    data = raw[match.end() :]
    assert len(data) == width * height * depth
    return Raster(width, height, depth, data, dpi)
