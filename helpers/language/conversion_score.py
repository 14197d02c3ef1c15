"""How well a converter does on the hand-checked test set (helpers.language.conversion_testset):
stock OpenCC against the project's conversion, per target, on the development and held-out parts.

Two figures per run: sentence accuracy (the whole output equals the expected text) and
ambiguous-character accuracy (at each position whose Simplified character is one-to-many in
OpenCC's STCharacters, the output has the expected character). zh-TW is scored on the rows that
give a zh_tw text, character accuracy there only where the output keeps the sentence's length.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from helpers.language.conversion_testset import TestSentence, conversion_testset
from helpers.language.opencc_tables import one_to_many

ScoredTarget = Literal["zh-Hant", "zh-TW"]
STOCK_CONFIGS: dict[ScoredTarget, str] = {"zh-Hant": "s2t", "zh-TW": "s2twp"}
"""The stock OpenCC config that takes Simplified text to each scored target."""


@dataclass(frozen=True)
class CharacterError:
    """A one-to-many character converted wrongly: the row, the position in the sentence, the
    Simplified character, the expected and the given Traditional character."""

    id: str
    position: int
    char: str
    expected: str
    got: str


@dataclass(frozen=True)
class Score:
    """A converter's figures on some rows: sentences and ambiguous characters scored and right,
    the rows whose output differs from the expected text, and the character errors."""

    sentences: int
    sentences_right: int
    characters: int
    characters_right: int
    wrong_rows: tuple[str, ...]
    errors: tuple[CharacterError, ...]

    def figures(self) -> dict[str, Any]:
        """The counts and accuracies (fractions, four decimals) as a JSON-ready dict."""
        return {
            "sentences": self.sentences,
            "sentences_right": self.sentences_right,
            "sentence_accuracy": round(self.sentences_right / max(self.sentences, 1), 4),
            "characters": self.characters,
            "characters_right": self.characters_right,
            "character_accuracy": round(self.characters_right / max(self.characters, 1), 4),
        }


def expected_text(row: TestSentence, target: ScoredTarget) -> str | None:
    """A row's expected conversion into a target, or None where the row gives none."""
    return row.zh_hant if target == "zh-Hant" else row.zh_tw


def score(
    rows: Iterable[TestSentence], convert: Callable[[str], str], target: ScoredTarget
) -> Score:
    """A converter scored on rows against their expected text for a target.

    Args:
        rows: test set rows; those without an expected text for the target are skipped.
        convert: the conversion, Simplified text in, converted text out.
        target: 'zh-Hant' (compared with zh_hant) or 'zh-TW' (with zh_tw).

    Returns:
        The Score. A character is counted at each position whose Simplified character is
        one-to-many, where the expected text and the output both keep the sentence's length.
    """
    ambiguous = one_to_many()
    sentences = right = characters = characters_right = 0
    wrong_rows: list[str] = []
    errors: list[CharacterError] = []
    for row in rows:
        expected = expected_text(row, target)
        if expected is None:
            continue
        got = convert(row.simplified)
        sentences += 1
        if got == expected:
            right += 1
        else:
            wrong_rows.append(row.id)
        if not len(row.simplified) == len(expected) == len(got):
            continue
        for position, char in enumerate(row.simplified):
            if char not in ambiguous:
                continue
            characters += 1
            if got[position] == expected[position]:
                characters_right += 1
            else:
                errors.append(
                    CharacterError(row.id, position, char, expected[position], got[position])
                )
    return Score(sentences, right, characters, characters_right, tuple(wrong_rows), tuple(errors))


def _stock(target: ScoredTarget) -> Callable[[str], str]:
    """Stock OpenCC's conversion of Simplified text into a target (STOCK_CONFIGS)."""
    from helpers.language.conversion import converter

    return converter(STOCK_CONFIGS[target]).convert


def _project(target: ScoredTarget) -> Callable[[str], str]:
    """The project's conversion of Simplified text into a target."""
    from helpers.language.conversion import convert

    return functools.partial(convert, target=target, source_script="Simplified")


CONVERTERS: dict[str, Callable[[ScoredTarget], Callable[[str], str]]] = {
    "stock_opencc": _stock,
    "project": _project,
}
"""The conversions compared, by name: for a target, a function of Simplified text."""


def error_summary(errors: Iterable[CharacterError]) -> dict[str, dict[str, int]]:
    """Character errors counted by Simplified character, then by 'expected→got'."""
    summary: dict[str, Counter[str]] = {}
    for error in errors:
        summary.setdefault(error.char, Counter())[f"{error.expected}→{error.got}"] += 1
    return {char: dict(counts) for char, counts in sorted(summary.items())}


def accuracy_report(details: bool = False) -> dict[str, Any]:
    """Stock OpenCC and the project's conversion scored on the test set, per target and part.

    Args:
        details: also give, for the project on the development part, its wrong sentences (with
            the expected and given text) and its errors by character. The held-out part's errors
            are never listed, so that nothing is corrected against them.

    Returns:
        A JSON-ready dict: 'rows', 'held_out_rows', then per converter ('stock_opencc',
        'project'), per target ('zh-Hant', 'zh-TW'), per part ('dev', 'held_out'): the figures of
        Score.figures.

    Raises:
        CorpusError: the test set is malformed.
    """
    rows = conversion_testset()
    parts = {
        "dev": [row for row in rows if not row.held_out],
        "held_out": [row for row in rows if row.held_out],
    }
    report: dict[str, Any] = {
        "what": "hand-checked Simplified sentences (corpus/conversion_testset.tsv): sentence "
        "accuracy and one-to-many character accuracy",
        "rows": len(rows),
        "held_out_rows": len(parts["held_out"]),
    }
    for name, conversion in CONVERTERS.items():
        report[name] = {}
        for target in STOCK_CONFIGS:
            convert = conversion(target)
            report[name][target] = {}
            for part, part_rows in parts.items():
                result = score(part_rows, convert, target)
                report[name][target][part] = result.figures()
                if details and name == "project" and part == "dev":
                    by_id = {row.id: row for row in part_rows}
                    report[name][target]["dev_errors_by_character"] = error_summary(result.errors)
                    report[name][target]["dev_wrong_sentences"] = [
                        {
                            "id": row_id,
                            "simplified": by_id[row_id].simplified,
                            "expected": expected_text(by_id[row_id], target),
                            "got": convert(by_id[row_id].simplified),
                        }
                        for row_id in result.wrong_rows
                    ]
    return report
