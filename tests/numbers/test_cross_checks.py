"""Tests for helpers.numbers.cross_checks: shared figures compared in base units, disagreements
flagged."""

import json
import tomllib

import pytest

from helpers.core.errors import CorpusError
from helpers.numbers.claims import CLAIMS_FILE, Check, claims
from helpers.numbers.cross_checks import COLUMNS, compare, cross_checks


def row(check: str) -> dict:
    """One computed check by id."""
    return compare(claims().checks[check])


def check_ids() -> list[str]:
    """The check ids as corpus/claims.toml lists them, read with tomllib rather than the loader."""
    with CLAIMS_FILE.open("rb") as handle:
        return [row["id"] for row in tomllib.load(handle)["check"]]


def test_table_has_one_row_per_check_and_the_stated_columns() -> None:
    table = cross_checks()
    assert list(table.columns) == list(COLUMNS)
    assert list(table["check"]) == check_ids()


def test_us_peak_power_003_against_004_disagrees_by_ten_percent() -> None:
    # Hand-computed: 1.1 TW = 1,100 GW against 1,000 GW is a ratio of 1.1, beyond the stated 5%
    # tolerance.
    result = row("us_peak_power")
    assert (result["left_surface"], result["left_base"], result["left_ref"]) == (
        "1.1太瓦",
        1.1e12,
        "003:p113.s2",
    )
    assert (result["right_surface"], result["right_base"], result["right_ref"]) == (
        "1000GW",
        1e12,
        "004:p211.s1",
    )
    assert result["ratio"] == pytest.approx(1.1) and result["tolerance"] == 0.05
    assert result["agree"] is False and "10% apart" in result["note"]


def test_us_average_power_agrees() -> None:
    result = row("us_average_power")
    assert (result["left_base"], result["right_base"], result["ratio"], result["agree"]) == (
        5e11,
        5e11,
        1.0,
        True,
    )


def test_china_three_times_against_the_authors_note_is_flagged() -> None:
    result = row("china_power_note")
    assert (result["left_surface"], result["right_surface"]) == ("三倍", "约 2.4 倍")
    assert result["ratio"] == pytest.approx(1.25) and result["agree"] is False


def test_the_two_write_ups_agree_on_every_shared_figure() -> None:
    table = cross_checks()
    shared = table[(table["left_doc"] == "001") & (table["right_doc"] == "004")]
    assert len(shared) == 16 and shared["agree"].all()
    assert set(table.loc[~table["agree"], "check"]) == {"us_peak_power", "china_power_note"}


def test_ranges_compare_by_midpoint_in_base_units() -> None:
    result = row("energy_share")
    assert (result["left_surface"], result["right_surface"]) == ("10-15%", "10%-15%")
    assert result["left_base"] == result["right_base"] == pytest.approx(0.125)


def test_a_check_naming_an_unknown_claim_is_an_error() -> None:
    with pytest.raises(CorpusError, match="check x: names a claim"):
        compare(Check("x", "us_peak_power_left", "nowhere", 0.05, ""))


def test_command_line_prints_one_json_object_per_check(capsys: pytest.CaptureFixture[str]) -> None:
    from helpers.cli import main

    assert main(["numbers", "--checks"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["check"] for row in rows] == check_ids()
    assert next(row for row in rows if row["check"] == "us_peak_power")["agree"] is False
    with pytest.raises(SystemExit) as refused:
        main(["numbers", "--checks", "--doc", "001"])
    assert refused.value.code == 2 and "--checks compares documents" in capsys.readouterr().err
