"""Quantities as an HTML table a reader can follow: where, who, as written, the value, the sentence.

Quantities come from helpers.numbers.extract; sentences from helpers.corpus.segments (the
normalised text that a quantity's norm_start and norm_end point into); speaker names from
corpus/structure.toml through helpers.corpus.structure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from helpers.core.caching import data_cache, read_only
from helpers.corpus.documents import document, documents
from helpers.corpus.segments import Sentence, segmented
from helpers.corpus.structure import speaker_label, speakers_of
from helpers.numbers.extract import Quantity
from helpers.views.number_format import DASH, value_text
from helpers.views.page import html_table

COLUMNS = ("ref", "speaker", "as written", "value", "kind", "sentence")
"""The table's columns, left to right."""


@data_cache
def speaker_labels() -> Mapping[str, tuple[str, str, str]]:
    """Every transcript speaker of the corpus, by id, computed once until helpers.reload().

    Returns:
        Speaker id → (English name, Chinese name or "" where it is the English one, the language
        tag of the Chinese name), from corpus/structure.toml (read-only).
    """
    labels = {}
    for doc_id in documents():
        for speaker in speakers_of(doc_id):
            english, _, chinese = speaker_label(speaker.name, speaker.name_zh, "\n").partition("\n")
            labels[speaker.id] = (english, chinese, document(doc_id).language)
    return read_only(labels)


def speaker_text(speaker: str | None) -> str:
    """A speaker's display name as plain text: "Elon Musk 埃隆·马斯克"; DASH for none."""
    if speaker is None:
        return DASH
    english, chinese, _ = speaker_labels().get(speaker, (speaker, "", ""))
    return f"{english} {chinese}".strip()


def speaker_html(speaker: str | None) -> str:
    """A speaker's display name as escaped HTML, the Chinese name tagged with its language."""
    if speaker is None:
        return DASH
    english, chinese, lang = speaker_labels().get(speaker, (speaker, "", ""))
    tagged = f' <span lang="{lang}">{escape(chinese)}</span>' if chinese else ""
    return escape(english) + tagged


def _sentences(rows: Sequence[Quantity]) -> dict[str, Sentence]:
    """The sentences the quantities are in, by reference."""
    docs = dict.fromkeys(q.doc for q in rows)
    return {s.ref: s for doc in docs for s in segmented(doc).sentences}


def marked_sentence(q: Quantity, sentence: Sentence) -> str:
    """A quantity's sentence as escaped HTML, the quantity in a <mark class="mr-quantity">.

    Args:
        q: a quantity of a corpus document.
        sentence: the sentence it is in (its start and end in the same normalised text).

    Returns:
        The sentence's text without trailing white space; the marked span is the normalised text
        of the quantity, cut at the sentence's end.
    """
    start = q.norm_start - sentence.start
    end = min(q.norm_end, sentence.end) - sentence.start
    text = sentence.text
    marked = f'<mark class="mr-quantity">{escape(text[start:end])}</mark>'
    return f"{escape(text[:start])}{marked}{escape(text[end:])}".rstrip()


def quantity_table(rows: Sequence[Quantity]) -> str:
    """Quantities as an HTML table, every text escaped, without a <style> block.

    Args:
        rows: quantities of corpus documents, one table row each, in the order given.

    Returns:
        A <table class="mr-numbers"> with the columns of COLUMNS: sentence reference, speaker name
        (DASH for none), the quantity as written, its value with its unit in words (see
        helpers.views.number_format; "≈ " in front of an approximate one), its kind, and its
        sentence with the quantity marked. Chinese text carries its document's language tag.
    """
    sentences = _sentences(rows)

    def cells(q: Quantity) -> list[str]:
        lang = document(q.doc).language
        value = value_text(q.unit, q.value, q.low, q.high)
        sentence = sentences.get(q.sentence)
        return [
            escape(q.sentence),
            speaker_html(q.speaker),
            f'<span lang="{lang}">{escape(q.surface)}</span>',
            escape(f"≈ {value}" if q.approx and value != DASH else value),
            escape(q.kind),
            f'<span lang="{lang}">{marked_sentence(q, sentence)}</span>' if sentence else "",
        ]

    return html_table(COLUMNS, (cells(q) for q in rows), "mr-numbers")
