"""Write the static site: index.html, one page per walkthrough notebook (notebooks/NN_*.ipynb, with
their stored outputs), images, the stylesheet and the search box's script and data.

Pages show each notebook's student copy: no teacher cell, solution or exercise result; a notebook
for teachers only (helpers.classroom.student.audience) has no student copy, so no page either.
Everything a page needs is inside the site (fonts come from the reader's system), so the pages work
from file:// with no network. Two builds of the same notebooks and corpus give the same bytes.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat

from helpers.classroom.student import audience, student_notebook
from helpers.core.errors import CorpusError
from helpers.core.paths import NOTEBOOKS_DIR
from helpers.core.types import Target
from helpers.corpus.documents import Document, documents
from helpers.site.cells import read_notebook, render_notebook, source
from helpers.site.lang import majority_tag, tag_chinese
from helpers.site.search_index import index_script, search_index
from helpers.site.template import index_body, page

MARKER = ".mr-site"
"""A file every built site holds; a folder with content but without it is never replaced."""
SEARCH_JS = Path(__file__).with_name("search.js")
NOTEBOOK_NAME = re.compile(r"\d{2}_[a-z0-9_]+\.ipynb")


@dataclass(frozen=True)
class Walkthrough:
    """One notebook as the site lists it.

    Attributes:
        stem: its file name without .ipynb ('01_kamath_debt_ai_robots').
        title: its first heading, a level-1 markdown heading, as plain text.
        doc: the document it walks through (its slug ends the file name), or None.
        summary: one line: the document's label_en, else the notebook's first sentence after its
            heading.
        nb: the parsed notebook's student copy (student_view).
    """

    stem: str
    title: str
    doc: Document | None
    summary: str
    nb: dict[str, Any]

    @property
    def page(self) -> str:
        """The page's file name in the site."""
        return f"{self.stem}.html"


def _plain(markdown: str) -> str:
    """Markdown of one line or paragraph as plain text: links become their text, marks go."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return " ".join(re.sub(r"[*_`]", "", text).split())


def student_view(nb: dict[str, Any], name: str) -> dict[str, Any]:
    """What the site shows of a notebook: its student copy (helpers.classroom.student), so the
    site, which students read too, holds no answer key, teacher note or solution.

    Raises:
        CorpusError: the notebook's solution markers or nbgrader metadata are malformed.
    """
    student, _ = student_notebook(nbformat.reads(json.dumps(nb), as_version=4), name)
    shown: dict[str, Any] = json.loads(nbformat.writes(student))
    return shown


def walkthrough(path: Path, notebook: dict[str, Any] | None = None) -> Walkthrough:
    """A notebook's title, document and summary; nb is its student copy (student_view).

    Args:
        path: the notebook file.
        notebook: its parsed JSON when already read (default: read from path).

    Raises:
        CorpusError: the notebook cannot be read, or does not open with a '# ' heading (named).
    """
    nb = student_view(read_notebook(path) if notebook is None else notebook, path.name)
    markdown = [source(cell) for cell in nb["cells"] if cell.get("cell_type") == "markdown"]
    lines = markdown[0].strip().splitlines() if markdown else []
    if not lines or not lines[0].startswith("# "):
        raise CorpusError(f"{path.name}: the first markdown cell must open with a '# ' heading")
    slug = path.stem[3:]
    doc = next((meta for meta in documents().values() if meta.slug == slug), None)
    paragraphs = [p for p in "\n".join(lines[1:]).split("\n\n") if p.strip()]
    first = _plain(paragraphs[0]) if paragraphs else ""
    summary = doc.label_en if doc else re.split(r"(?<=\.)\s", first, maxsplit=1)[0]
    return Walkthrough(path.stem, _plain(lines[0][2:]), doc, summary, nb)


def walkthroughs(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Walkthrough]:
    """The walkthrough notebooks (NN_name.ipynb) of a folder, in file name order, without those for
    teachers only.

    Raises:
        CorpusError: the folder holds none for students, or one cannot be read, has no '# ' heading
            or a malformed audience.
    """
    paths = sorted(p for p in notebooks_dir.glob("*.ipynb") if NOTEBOOK_NAME.fullmatch(p.name))
    read = [(path, read_notebook(path)) for path in paths]
    shown = [(path, nb) for path, nb in read if audience(nb, path.name) == "student"]
    if not shown:
        raise CorpusError(f"no notebooks named NN_name.ipynb for students in {notebooks_dir}")
    return [walkthrough(path, nb) for path, nb in shown]


def _page_tag(walk: Walkthrough, markdown: tuple[str, ...]) -> Target:
    """The tag for a page's Chinese that is valid in both scripts."""
    if walk.doc:
        return walk.doc.language
    return majority_tag(list(markdown))


def _clear(out: Path) -> None:
    """Empty the output folder if it holds an earlier build; refuse any other content."""
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).is_file():
            raise CorpusError(
                f"{out} is not empty and holds no earlier site build ({MARKER}); "
                "choose an empty or new folder"
            )
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)


def site_files(notebooks_dir: Path = NOTEBOOKS_DIR) -> dict[str, bytes]:
    """Every file of the site, by its path inside the site.

    Args:
        notebooks_dir: the folder of the walkthrough notebooks (their stored outputs are used).

    Returns:
        index.html, a page per notebook, assets/ (images), site.css, search.js and
        search-index.js, and the marker file, as bytes.

    Raises:
        CorpusError: a notebook cannot be read or shown (see render_notebook and walkthrough).
    """
    from helpers.views.page import SITE_CSS

    walks = walkthroughs(notebooks_dir)
    files: dict[str, bytes] = {}
    for number, walk in enumerate(walks):
        rendered = render_notebook(walk.nb, walk.stem)
        files.update(rendered.assets)
        html = page(
            walk.title,
            rendered.html,
            walks[number - 1].page if number else None,
            walks[number + 1].page if number + 1 < len(walks) else None,
        )
        files[walk.page] = tag_chinese(html, _page_tag(walk, rendered.markdown)).encode()
    entries = [(w.page, w.title, w.doc, w.summary) for w in walks]
    index = page("Reading Musk in Chinese", index_body(entries), None, walks[0].page)
    files["index.html"] = tag_chinese(index, majority_tag([w.title for w in walks])).encode()
    pages = {walk.doc.id: walk.page for walk in walks if walk.doc}
    files["search-index.js"] = index_script(search_index(pages)).encode()
    files["search.js"] = SEARCH_JS.read_bytes()
    files["site.css"] = SITE_CSS.lstrip("\n").encode()
    files[MARKER] = b"A site built by `python -m helpers site`; each build replaces this folder.\n"
    return files


def build_site(out: Path, notebooks_dir: Path = NOTEBOOKS_DIR) -> dict[str, int]:
    """Build the site into a folder, replacing an earlier build there.

    Args:
        out: the folder (created if missing; relative paths are from the current directory).
        notebooks_dir: the folder of the walkthrough notebooks.

    Returns:
        {"pages": HTML pages written, "files": files written, "bytes": their total size}.

    Raises:
        CorpusError: out holds files but no earlier build, or a notebook cannot be shown.
    """
    files = site_files(notebooks_dir)
    _clear(out)
    for name, data in sorted(files.items()):
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return {
        "pages": sum(name.endswith(".html") for name in files),
        "files": len(files),
        "bytes": sum(len(data) for data in files.values()),
    }
