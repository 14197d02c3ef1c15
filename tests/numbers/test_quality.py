"""Precision and recall of the quantity extractor against the hand-checked annotation."""

from helpers.numbers.quality import load_annotation, score


def test_the_annotation_covers_every_document():
    ranges, gold = load_annotation()
    assert set(ranges) == {"000", "001", "002", "003", "004"} and len(gold) > 250


def test_precision_and_recall_reach_the_bar():
    figures = score()
    for doc, figure in figures.items():
        assert figure["precision"] >= 0.95 and figure["recall"] >= 0.95, (doc, figure)
