"""The built site: index, pages, language tags, alt text, headings, no outside requests, the same
bytes on every build; and the real notebooks' part in it."""

import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest

from helpers.cli import main
from helpers.core.errors import CorpusError
from helpers.core.paths import NOTEBOOKS_DIR
from helpers.site.build import build_site, walkthroughs


class Elements(HTMLParser):
    """Every start tag of a page with its attributes, and the text of each lang span."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def read(site: Path, name: str) -> str:
    return (site / name).read_text(encoding="utf-8")


def test_the_index_lists_every_notebook_in_order(small_site: Path) -> None:
    html = read(small_site, "index.html")
    first = html.index(
        '<a href="00_start.html">Start here <span lang="zh-Hant">從這裡開始</span></a>'
    )
    second = html.index('<a href="01_kamath_debt_ai_robots.html">01 · Debt and robots')
    assert first < second
    # document 000's publisher, from corpus/metadata.toml, in its script; its title is unknown
    assert '<dt>Publisher</dt><dd lang="zh-TW">新智元</dd>' in html
    assert '<dt>Title</dt><dd class="mr-unknown">unknown</dd>' in html
    assert '<p class="mr-site-summary">The first page.</p>' in html


def test_pages_link_to_the_previous_and_next_ones(small_site: Path) -> None:
    assert 'href="01_kamath_debt_ai_robots.html" rel="next"' in read(small_site, "00_start.html")
    page = read(small_site, "01_kamath_debt_ai_robots.html")
    assert 'href="00_start.html" rel="prev"' in page
    assert 'rel="next"' not in page
    assert '<a href="01_kamath_debt_ai_robots.html#part">01</a>' in read(
        small_site, "00_start.html"
    )


def test_chinese_text_carries_lang(small_site: Path) -> None:
    page = read(small_site, "01_kamath_debt_ai_robots.html")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    # document 000 is Traditional with Taiwan usage: its page's tag is zh-TW
    assert 'Musk <span lang="zh-TW">說輝達</span> and <span lang="zh-TW">中文</span> here.' in page
    assert 'Detail <span lang="zh-Hans">细节</span>' in page  # Simplified on a Traditional page
    assert '<p lang="zh-TW">輝达</p>' not in page and '<p lang="zh-TW">輝達</p>' in page
    assert '<pre class="mr-site-stdout"><span lang="zh-TW">晶片</span>\n</pre>' in page


def test_a_chart_has_its_alt_text_and_file(small_site: Path) -> None:
    images = [
        a
        for tag, a in Elements(read(small_site, "01_kamath_debt_ai_robots.html")).tags
        if tag == "img"
    ]
    assert images == [
        {
            "class": "mr-site-image",
            "src": "assets/01_kamath_debt_ai_robots-cell1-1.png",
            "alt": "A test chart of nothing",
            "width": "4",
            "height": "3",
        }
    ]
    assert (small_site / "assets/01_kamath_debt_ai_robots-cell1-1.png").read_bytes()[
        :4
    ] == b"\x89PNG"


def headings(html: str) -> list[int]:
    return [int(tag[1]) for tag, _ in Elements(html).tags if re.fullmatch(r"h[1-6]", tag)]


def test_headings_are_in_order(small_site: Path) -> None:
    # 01: the notebook's # heading, its ## Chart, then ### Detail
    assert headings(read(small_site, "01_kamath_debt_ai_robots.html")) == [1, 2, 3]
    assert headings(read(small_site, "index.html")) == [1, 2, 2]


def test_landmarks_skip_link_and_search_box(small_site: Path) -> None:
    tags = Elements(read(small_site, "00_start.html")).tags
    names = [tag for tag, _ in tags]
    assert names.index("a") < names.index("header") < names.index("nav") < names.index("main")
    assert tags[names.index("a")][1] == {"class": "mr-site-skip", "href": "#main"}
    assert tags[names.index("main")][1]["id"] == "main"
    assert ("label", {"for": "site-search"}) in tags
    search = next(a for tag, a in tags if tag == "input")
    assert (search["id"], search["type"]) == ("site-search", "search")
    assert ("ol", {"id": "site-search-results"}) in tags


def test_resources_are_all_inside_the_site(small_site: Path) -> None:
    for page in sorted(small_site.glob("*.html")):
        for tag, attrs in Elements(page.read_text(encoding="utf-8")).tags:
            if tag in ("link", "script", "img"):
                url = attrs.get("src") or attrs.get("href") or ""
                assert not re.match(r"[a-z]+:|//", url), (page.name, url)
                assert (small_site / url).is_file(), (page.name, url)
    assert "url(" not in read(small_site, "site.css") and "@import" not in read(
        small_site, "site.css"
    )


def test_two_builds_give_the_same_bytes_from_any_directory(
    small_site: Path,
    notebooks_dir: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = notebooks_dir()
    monkeypatch.chdir(tmp_path)
    assert main(["site", "--out", "again", "--notebooks", str(folder)]) == 0
    report = json.loads(capsys.readouterr().out)
    again = tmp_path / "again"
    files = sorted(p.relative_to(small_site) for p in small_site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert all((small_site / f).read_bytes() == (again / f).read_bytes() for f in files)
    assert (report["pages"], report["files"], report["out"]) == (3, len(files), "again")
    built = b"".join((small_site / f).read_bytes() for f in files)
    assert str(tmp_path).encode() not in built and str(Path.home()).encode() not in built


def test_an_earlier_build_is_replaced_and_other_folders_are_refused(
    notebooks_dir: Callable[..., Path], tmp_path: Path
) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep")
    with pytest.raises(CorpusError, match="is not empty and holds no earlier site build"):
        build_site(mine, notebooks_dir())
    assert (mine / "notes.txt").read_text() == "keep"


def test_a_notebook_without_a_level_one_heading_is_refused(
    notebooks_dir: Callable[..., Path], parts, tmp_path: Path
) -> None:
    folder = notebooks_dir({"03_x.ipynb": parts.notebook(parts.markdown("## Not a title"))})
    with pytest.raises(CorpusError, match=r"03_x\.ipynb: the first markdown cell must open"):
        build_site(tmp_path / "out", folder)


def test_every_real_notebook_is_a_walkthrough_with_its_document() -> None:
    stems = [w.stem for w in walkthroughs()]
    # all but the teacher's guide, whose metadata says "classroom": {"audience": "teacher"}
    every = sorted(p.stem for p in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
    assert stems == [stem for stem in every if stem != "10_teachers_guide"]
    assert "10_teachers_guide" in every
    # 01 … 05 walk through documents 000 … 004 (their slugs end the file names)
    docs = {w.stem[:2]: w.doc.id for w in walkthroughs() if w.doc}
    assert docs == {"01": "000", "02": "001", "03": "002", "04": "003", "05": "004"}
    assert all(w.title and w.summary for w in walkthroughs())


def test_every_real_chart_has_alt_text() -> None:
    for path in sorted(NOTEBOOKS_DIR.glob("*.ipynb")):
        for number, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            images = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
            if images:
                alt = cell["metadata"].get("alt")
                assert isinstance(alt, str) and len(alt) > 60, (path.name, number)


def stale_widget_outputs() -> list[str]:
    """Notebooks in notebooks/ that still store a widget without its static HTML view (stored
    before helpers.notebook_runner kept only that view; `make notebooks` replaces them)."""
    stale = []
    for path in sorted(NOTEBOOKS_DIR.glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                if "application/vnd.jupyter.widget-view+json" in data and "text/html" not in data:
                    stale.append(path.name)
    return sorted(set(stale))


@pytest.mark.skipif(
    bool(stale_widget_outputs()),
    reason=f"run `make notebooks`: widgets stored without static views in {stale_widget_outputs()}",
)
def test_the_real_notebooks_build(tmp_path: Path) -> None:
    report = build_site(tmp_path / "site", NOTEBOOKS_DIR)
    pages = sorted((tmp_path / "site").glob("*.html"))
    assert report["pages"] == len(pages) == len(walkthroughs()) + 1
    for page in pages:
        html = page.read_text(encoding="utf-8")
        levels = headings(html)
        assert levels.count(1) == 1 and levels[0] == 1, page.name
        assert all(b <= a + 1 for a, b in pairwise(levels)), page.name
        for tag, attrs in Elements(html).tags:
            assert tag != "img" or (attrs.get("alt") or "").strip(), (page.name, attrs)


def test_pages_show_the_student_copy(tmp_path: Path) -> None:
    # 01's exercise section (notebooks/01_kamath_debt_ai_robots.ipynb): a teacher note, an answer
    # key, a solution cell answering 000.script.p8.s0 and its check cell, whose stored output in the
    # repository's copy is the feedback on the teacher's right answer.
    build_site(tmp_path / "site", NOTEBOOKS_DIR)
    html = (tmp_path / "site" / "01_kamath_debt_ai_robots.html").read_text(encoding="utf-8")
    assert "Teacher&#x27;s note" not in html and "Teacher's note" not in html
    assert '<table class="mr-answer-key"' not in html and "BEGIN SOLUTION" not in html
    assert "YOUR ANSWER HERE" in html
    # the question of the typed exercise stays; the teacher's Simplified answer does not
    assert "經濟學家把這種局面歸因於財政失衡" in html
    assert "经济学家把这种局面归因于财政失衡" not in html


def test_a_notebook_for_teachers_only_has_no_page(
    notebooks_dir: Callable[..., Path], parts, tmp_path: Path
) -> None:
    guide = parts.notebook(
        parts.markdown("# 10 · Teacher's guide\n\nFor teachers."),
        parts.code('sample = "US$38 trillion"', []),
    )
    guide["metadata"]["classroom"] = {"audience": "teacher"}
    folder = notebooks_dir(
        {
            "00_start.ipynb": parts.start,
            "01_kamath_debt_ai_robots.ipynb": parts.walkthrough,
            "10_teachers_guide.ipynb": guide,
        }
    )
    report = build_site(tmp_path / "site", folder)
    assert report["pages"] == 3  # index, 00 and 01
    assert not (tmp_path / "site" / "10_teachers_guide.html").exists()
    every = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site").glob("*.*"))
    assert "10_teachers_guide" not in every and "US$38 trillion" not in every
    # the last walkthrough page has no Next link to the guide
    assert "Teacher&#x27;s guide" not in every and "Teacher's guide" not in every


def test_the_real_site_has_no_page_for_the_guide(tmp_path: Path) -> None:
    build_site(tmp_path / "site", NOTEBOOKS_DIR)
    assert not (tmp_path / "site" / "10_teachers_guide.html").exists()
    assert "10_teachers_guide" not in read(tmp_path / "site", "index.html")
