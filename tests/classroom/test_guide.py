"""The teacher's guide helpers: HSK profile, lesson plan and its data file, nbgitpuller links."""

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from helpers.classroom.guide import (
    hsk_levels,
    hsk_profile,
    lesson_plan,
    lessons,
    load_lessons,
    nbgitpuller_link,
    suggested_level,
    word_level,
)
from helpers.core.errors import CorpusError

REPO = "https://github.com/example/musk-interviews-reader"


def test_hsk_word_list_levels():
    levels = hsk_levels()
    # The file's first word is 爱 under "// HSK 2012-2018/Level 1"; 训练 and 推理 agree with
    # corpus/glossary.toml's hsk field (5 and 6); level 1 is lines 2–151 of the file: 150 words.
    assert (levels["爱"], levels["训练"], levels["推理"]) == ("1", "5", "6")
    assert sum(level == "1" for level in levels.values()) == 150
    assert "算力" not in levels
    # 因为…所以… is one level-2 entry (line 283): each part is a level-2 word.
    assert (levels["因为"], levels["所以"]) == ("2", "2")


@pytest.mark.parametrize(
    "word, level",
    [
        ("训练", "5"),  # listed
        ("一个", "1"),  # 一 (1) + 个 (1)
        ("就是", "2"),  # 就 (2) + 是 (1)
        ("他们", ""),  # 他 is listed, 们 is not
        ("马斯克", ""),  # a name
    ],
)
def test_word_level(word: str, level: str):
    assert word_level(word) == level


@pytest.mark.parametrize(
    "levels, expected",
    [
        (["1"] * 9 + ["6"], "1"),  # 9 of 10 listed words at level 1: exactly 90%
        (["1"] * 8 + ["6"] * 2, "6"),  # 80% by level 5, 100% only at 6
        (["2", "3", "", "", ""], "3"),  # unlisted words left out: 1 of 2, then 2 of 2
        (["", ""], "6"),  # nothing in HSK
        ([], "6"),
    ],
)
def test_suggested_level(levels: list[str], expected: str):
    assert suggested_level(levels) == expected


def test_hsk_profile_of_000():
    row = hsk_profile("000").iloc[0]
    # vocabulary("000") has 64 distinct terms; 9 have an hsk level in corpus/glossary.toml:
    # 能源 训练 股票 at 5; 赤字 卫星 火箭 能量 推理 泡沫 at 6.
    assert row["terms"] == 64
    assert row["terms HSK 5"] == pytest.approx(3 / 64)
    assert row["terms HSK 6"] == pytest.approx(6 / 64)
    assert row["terms not in HSK"] == pytest.approx(55 / 64)
    assert row["terms HSK 1"] == 0
    shares = [row[f"words HSK {level}"] for level in "123456"] + [row["words not in HSK"]]
    assert sum(shares) == pytest.approx(1)
    assert (row["suggested HSK"], row["terms to pre-teach"]) == ("6", 55)


def test_hsk_profile_suggestions_and_lesson_levels_agree():
    profile = hsk_profile()
    # Measured on the corpus: words of HSK 1–5 are 89.3% of 000's HSK words (so 6), 90.1% of
    # 004's and 92–95% of the others' (so 5).
    suggested = dict(zip(profile["doc"], profile["suggested HSK"], strict=True))
    assert suggested == {"000": "6", "001": "5", "002": "5", "003": "5", "004": "5"}
    planned = {lesson.doc: lesson.level for lesson in lessons() if lesson.doc != "all"}
    assert planned == suggested


def test_hsk_profile_unknown_document():
    with pytest.raises(CorpusError, match="999"):
        hsk_profile("999")


def test_lesson_plan_covers_notebooks_01_to_09():
    plan = lesson_plan()
    assert [name[:2] for name in plan["notebook"]] == [f"{n:02}" for n in range(1, 10)]
    assert list(plan.columns) == [
        "notebook",
        "doc",
        "level",
        "warm-up",
        "reading",
        "vocabulary",
        "numbers",
        "exercises",
        "discussion",
        "total",
        "goals",
    ]
    first = plan.iloc[0]
    # corpus/lessons.toml, first lesson: 5 + 25 + 15 + 10 + 20 + 15 minutes.
    assert (first["doc"], first["level"], first["total"]) == ("000", "6", 90)
    assert list(plan["doc"]) == ["000", "001", "002", "003", "004", "all", "all", "all", "all"]


GOOD = """\
[[lesson]]
notebook = "07_glossary.ipynb"
level = "4"
goals = ["Search the glossary."]

[lesson.minutes]
warm_up = 5
reading = 10
vocabulary = 25
numbers = 0
exercises = 20
discussion = 10
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lessons.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_lessons_reads_a_good_file(tmp_path: Path):
    (lesson,) = load_lessons(write(tmp_path, GOOD))
    assert (lesson.notebook, lesson.doc, lesson.level) == ("07_glossary.ipynb", "all", "4")
    assert lesson.minutes == (5, 10, 25, 0, 20, 10)
    assert lesson_plan(write(tmp_path, GOOD))["total"].tolist() == [70]


@pytest.mark.parametrize(
    "old, new, message",
    [
        ('level = "4"\n', 'level = "4"\nteacher = "x"\n', "lesson #1: unknown field.*teacher"),
        ('level = "4"\n', "", "lesson #1: field 'level' is missing"),
        ('"07_glossary.ipynb"', '"07_missing.ipynb"', "field 'notebook' '07_missing.ipynb'"),
        ('level = "4"', 'level = "7"', "field 'level' '7' is not an HSK level"),
        ('level = "4"', "level = 4", "field 'level' is missing or empty"),
        ("warm_up = 5\n", "", r"field 'minutes' .*lacks \['warm_up'\]"),
        ("warm_up = 5\n", "warm_up = 5\nbreak = 5\n", r"field 'minutes' has unknown \['break'\]"),
        ("warm_up = 5", "warm_up = 5.5", r"field 'minutes.warm_up' must be whole minutes"),
        ("warm_up = 5", "warm_up = -5", r"field 'minutes.warm_up' must be whole minutes"),
        ("warm_up = 5", "warm_up = 500", r"field 'minutes.warm_up' must be whole minutes"),
        ("warm_up = 5", "warm_up = true", r"field 'minutes.warm_up' must be whole minutes"),
        ('goals = ["Search the glossary."]', "goals = []", "field 'goals' must be a non-empty"),
        ('goals = ["Search the glossary."]', 'goals = ["  "]', "field 'goals' has a blank goal"),
        ('goals = ["Search the glossary."]', 'goals = "x"', "field 'goals' must be a non-empty"),
    ],
)
def test_load_lessons_names_the_fault(tmp_path: Path, old: str, new: str, message: str):
    assert old in GOOD
    with pytest.raises(CorpusError, match=message) as caught:
        load_lessons(write(tmp_path, GOOD.replace(old, new)))
    assert "lessons.toml: lesson #1:" in str(caught.value)


def test_load_lessons_refuses_all_zero_minutes_and_a_missing_table(tmp_path: Path):
    zero = GOOD
    for name, minutes in [("warm_up", 5), ("reading", 10), ("vocabulary", 25)]:
        zero = zero.replace(f"{name} = {minutes}\n", f"{name} = 0\n")
    zero = zero.replace("exercises = 20", "exercises = 0").replace(
        "discussion = 10", "discussion = 0"
    )
    with pytest.raises(CorpusError, match="gives no time to any activity"):
        load_lessons(write(tmp_path, zero))
    no_table = GOOD.split("[lesson.minutes]")[0]
    with pytest.raises(CorpusError, match="field 'minutes' must be a table"):
        load_lessons(write(tmp_path, no_table))


def test_load_lessons_refuses_a_notebook_twice_and_a_bad_file(tmp_path: Path):
    with pytest.raises(
        CorpusError, match=r"lesson #2: field 'notebook' '07_glossary\.ipynb' comes twice"
    ):
        load_lessons(write(tmp_path, GOOD + "\n" + GOOD))
    with pytest.raises(CorpusError, match="not valid TOML"):
        load_lessons(write(tmp_path, "[[lesson]\n"))
    with pytest.raises(CorpusError, match="no \\[\\[lesson\\]\\] entries"):
        load_lessons(write(tmp_path, "title = 'x'\n"))


def test_nbgitpuller_link_has_the_documented_form():
    # Written out by hand from nbgitpuller's link generator: query form-encoded (/ as %2F,
    # : as %3A), urlpath lab/tree/<repository folder>/<file>.
    assert nbgitpuller_link("https://hub.example.edu", REPO) == (
        "https://hub.example.edu/hub/user-redirect/git-pull"
        "?repo=https%3A%2F%2Fgithub.com%2Fexample%2Fmusk-interviews-reader"
        "&urlpath=lab%2Ftree%2Fmusk-interviews-reader%2Fnotebooks%2F00_start_here.ipynb"
        "&branch=main"
    )


def test_nbgitpuller_link_options():
    link = nbgitpuller_link(
        "http://localhost:8000/jupyter/",
        REPO + ".git",
        branch="spring term",
        notebook="/notebooks/10_teachers_guide.ipynb",
        interface="classic",
    )
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "http",
        "localhost:8000",
        "/jupyter/hub/user-redirect/git-pull",
    )
    assert parse_qs(parts.query) == {
        "repo": [REPO + ".git"],
        "urlpath": ["tree/musk-interviews-reader/notebooks/10_teachers_guide.ipynb"],
        "branch": ["spring term"],
    }


@pytest.mark.parametrize(
    "hub, repo, interface, message",
    [
        ("ftp://hub.example.edu", REPO, "lab", "must be an http"),
        ("hub.example.edu", REPO, "lab", "must be an http"),
        ("javascript:alert(1)", REPO, "lab", "must be an http"),
        ("https://", REPO, "lab", "must be an http"),
        ("https://hub.example.edu", "", "lab", "give a repository"),
        ("https://hub.example.edu", REPO, "notebook7", "unknown interface"),
    ],
)
def test_nbgitpuller_link_refuses(hub: str, repo: str, interface: str, message: str):
    with pytest.raises(CorpusError, match=message):
        nbgitpuller_link(hub, repo, interface=interface)  # type: ignore[arg-type]
