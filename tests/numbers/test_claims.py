"""Tests for helpers.numbers.claims: every claim traces to an extracted raw span, the loaded claims
are read-only, and bad rows are named in errors."""

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.corpus.documents import document
from helpers.numbers.claims import CLAIMS_FILE, claims, claims_table, load_claims

GROUP = '[[group]]\nid = "g"\ntitle = "G"\ntitle_zh = "組"\n\n'
CLAIM = (
    '[[claim]]\nid = "{id}"\ngroup = "g"\ndoc = "{doc}"\nsentence = "{ref}"\n'
    'surface = "{surface}"\nlabel = "L"\nlabel_zh = "標"\n\n'
)
CHECK = (
    '[[check]]\nid = "c"\nlabel = "C"\nlabel_zh = "核"\nleft = "{left}"\nright = "{right}"\n'
    'tolerance = 0.05\nnote = "n"\n\n'
)
PEAK = {"id": "peak", "doc": "003", "ref": "003:p113.s2", "surface": "1.1太瓦"}
AVERAGE = {"id": "average", "doc": "004", "ref": "004:p211.s1", "surface": "500GW"}


def write(tmp_path: Path, *parts: str) -> Path:
    """A claims file made of the given TOML parts."""
    path = tmp_path / "claims.toml"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def valid(tmp_path: Path, **changes: str) -> Path:
    """A small valid file, with the first claim's fields changed."""
    return write(
        tmp_path,
        GROUP,
        CLAIM.format(**{**PEAK, **changes}),
        CLAIM.format(**AVERAGE),
        CHECK.format(left="peak", right="average"),
    )


def test_every_claim_is_an_exact_raw_span() -> None:
    for claim in claims().claims.values():
        q = claim.quantity
        assert document(q.doc).path.read_text(encoding="utf-8")[q.start : q.end] == q.surface, (
            claim.id
        )


def test_groups_hold_the_named_figures() -> None:
    values = {claim.id: claim.value for claim in claims().claims.values()}
    assert values["004_gb300_1gw"] == values["004_gb300_1gw_summary"] == 330_000
    assert values["004_power_1gw"] == 1e9 and values["004_power_300mw"] == 3e8
    assert values["004_maintenance"] == 22.5  # the midpoint of 20%-25%
    assert (
        values["000_softbank"] == 5.8e9
        and values["000_thiel_shares"] == 537_742
        and values["000_burry"] == 9.2e6
    )
    assert values["003_moon_100tw"] == 1e14 and values["003_factory_100mw"] == 1e8
    assert {claim.group for claim in claims().claims.values()} == set(claims().groups)


def test_predictions_have_years() -> None:
    years = {claim.id: claim.year for claim in claims().in_group("predictions")}
    assert years["003_agi_2026"] == 2026 and years["003_all_human_2030"] == 2030
    assert years["003_optimus_surgeons"] == pytest.approx(2028) and years["004_ai5"] == 2027
    assert (years["003_mars_2028"], years["003_mars_2029"]) == (2028, 2029)
    assert claims().claims["003_agi_2026"].quantity.sentence == "003:p198.s12"


def test_implied_unit_makes_a_bare_number_dollars() -> None:
    openai = claims().claims["004_openai_revenue"]
    assert (openai.quantity.unit, openai.unit, openai.base_value) == ("number", "USD", 2e10)


def test_claims_table_has_one_row_per_claim_in_file_order() -> None:
    table = claims_table("revenue")
    assert len(table) == 6 and set(table["doc"]) == {"001", "004"}
    # The ids as the file lists them, read with tomllib rather than through the loader.
    with CLAIMS_FILE.open("rb") as handle:
        ids = [row["id"] for row in tomllib.load(handle)["claim"]]
    assert list(claims_table()["id"]) == ids


def test_an_unknown_group_is_an_error() -> None:
    with pytest.raises(CorpusError, match="unknown group 'revenues'"):
        claims_table("revenues")
    with pytest.raises(CorpusError, match="unknown group 'revenues'"):
        claims().in_group("revenues")


def test_the_loaded_claims_cannot_be_changed_in_place() -> None:
    loaded = claims()
    with pytest.raises(TypeError):
        loaded.claims["new"] = loaded.claims["004_power_1gw"]
    with pytest.raises(TypeError):
        del loaded.checks["us_peak_power"]
    assert "new" not in claims().claims


def test_a_small_file_loads_in_file_order(tmp_path: Path) -> None:
    assert list(load_claims(valid(tmp_path)).claims) == ["peak", "average"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"doc": "009", "ref": "009:p1.s0"}, "claim #1 (id peak): unknown document '009'"),
        (
            {"surface": "1.2太瓦"},
            "claim #1 (id peak): no extracted quantity '1.2太瓦' in sentence 003:p113.s2",
        ),
        ({"ref": "003:p113.s3"}, "no extracted quantity '1.1太瓦' in sentence 003:p113.s3"),
        (
            {"ref": "004:p113.s2"},
            "claim #1 (id peak): sentence '004:p113.s2' is not a sentence of document 003",
        ),
        ({"surface": "美国"}, "no extracted quantity '美国'"),
    ],
)
def test_a_pointer_that_matches_nothing_names_the_row(
    tmp_path: Path, change: dict, message: str
) -> None:
    with pytest.raises(CorpusError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_claims(valid(tmp_path, **change))


def test_missing_field_names_the_row(tmp_path: Path) -> None:
    text = CLAIM.format(**PEAK).replace('label = "L"\n', "")
    with pytest.raises(CorpusError, match=r"claim #1 \(id peak\): field 'label' is missing"):
        load_claims(write(tmp_path, GROUP, text, CHECK.format(left="peak", right="peak")))


def test_ambiguous_and_out_of_range_occurrences(tmp_path: Path) -> None:
    twice = {"id": "peak", "doc": "004", "ref": "004:p148.s2", "surface": "三倍"}
    with pytest.raises(
        CorpusError,
        match=r"'三倍' is extracted 2 times in sentence 004:p148\.s2; give 'occurrence'",
    ):
        load_claims(
            write(tmp_path, GROUP, CLAIM.format(**twice), CHECK.format(left="peak", right="peak"))
        )
    ninth = CLAIM.format(**twice).replace("[[claim]]\n", "[[claim]]\noccurrence = 9\n")
    with pytest.raises(CorpusError, match=r"occurrence 9, 2 found"):
        load_claims(write(tmp_path, GROUP, ninth, CHECK.format(left="peak", right="peak")))
    unplaced = CLAIM.format(**PEAK).replace('sentence = "003:p113.s2"\n', "")
    with pytest.raises(
        CorpusError, match=r"give 'sentence' or 'occurrence' to say which '1\.1太瓦' is meant"
    ):
        load_claims(write(tmp_path, GROUP, unplaced, CHECK.format(left="peak", right="peak")))


def test_check_naming_an_unknown_claim_names_the_row(tmp_path: Path) -> None:
    path = write(tmp_path, GROUP, CLAIM.format(**PEAK), CHECK.format(left="peak", right="nowhere"))
    with pytest.raises(CorpusError, match=r"check #1 \(id c\): unknown claim 'nowhere' in 'right'"):
        load_claims(path)


def test_check_without_its_chinese_label_names_the_row(tmp_path: Path) -> None:
    check = CHECK.format(left="peak", right="peak").replace('label_zh = "核"', 'label_zh = " "')
    path = write(tmp_path, GROUP, CLAIM.format(**PEAK), check)
    with pytest.raises(
        CorpusError, match=r"check #1 \(id c\): field 'label_zh' is missing or empty"
    ):
        load_claims(path)


def test_check_across_units_and_unknown_group_are_errors(tmp_path: Path) -> None:
    share = {"id": "share", "doc": "004", "ref": "004:p43.s0", "surface": "25%"}
    with pytest.raises(
        CorpusError, match=r"check #1 \(id c\): claims in different units \(W, percent\)"
    ):
        load_claims(
            write(
                tmp_path,
                GROUP,
                CLAIM.format(**PEAK),
                CLAIM.format(**share),
                CHECK.format(left="peak", right="share"),
            )
        )
    with pytest.raises(CorpusError, match="claim #1 \\(id peak\\): unknown group 'h'"):
        load_claims(
            write(
                tmp_path,
                GROUP,
                CLAIM.format(**PEAK).replace('group = "g"', 'group = "h"'),
                CHECK.format(left="peak", right="peak"),
            )
        )


def test_duplicate_ids_and_a_prediction_without_a_year(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"claim #2 \(id peak\): duplicate id 'peak'"):
        load_claims(
            write(
                tmp_path,
                GROUP,
                CLAIM.format(**PEAK),
                CLAIM.format(**PEAK),
                CHECK.format(left="peak", right="peak"),
            )
        )
    timeline = GROUP.replace('"g"', '"predictions"')
    text = CLAIM.format(**PEAK).replace('group = "g"', 'group = "predictions"')
    with pytest.raises(
        CorpusError, match="a prediction needs a date, or a duration with counted_from"
    ):
        load_claims(write(tmp_path, timeline, text, CHECK.format(left="peak", right="peak")))


RELOAD_SCRIPT = """
import json, helpers
from helpers.numbers.claims import claims

label = lambda: claims().claims["004_power_1gw"].label
seen = [label()]
path = helpers.CORPUS_DIR / "claims.toml"
path.write_text(path.read_text(encoding="utf-8").replace(OLD, "edited label", 1), encoding="utf-8")
seen.append(label())
helpers.reload()
seen.append(label())
print(json.dumps(seen))
"""


def test_reload_reads_an_edited_claims_file(tmp_path: Path) -> None:
    shutil.copytree(CORPUS_DIR, tmp_path / "corpus")
    old = "power for 330,000 GB300, cooling and maintenance included"  # 004_power_1gw's label
    result = subprocess.run(
        [sys.executable, "-c", f"OLD = {old!r}\n{RELOAD_SCRIPT}"],
        cwd=tmp_path,
        # PYTHONPATH passed on so that a worktree's helpers, not the installed ones, are tested.
        env={
            "READER_PROJECT_ROOT": str(tmp_path),
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [old, old, "edited label"]
