"""The reading of each polyphonic character of a Simplified text in its sentence, with the model's
confidence: a numpy forward pass of g2pM's polyphone model.

The weights and tables are g2pM's (Park & Lee, "g2pM: A Neural Grapheme-to-Phoneme Conversion
Package for Mandarin Chinese", Interspeech 2020; PyPI package g2pM 0.1.2.5, Apache-2.0): a
one-layer bidirectional LSTM over characters with two fully connected layers, trained on the
train split of the CPP polyphone corpus, shipped in the wheel as pickles (np_ckpt.pkl, the
character and class indexes, and digest_cedict.pkl, a CC-CEDICT-derived table of each character's
readings). Nothing is downloaded. g2pM's own API gives neither probabilities nor batches over
sentences and leaves its files open, so the small prediction is done here.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

import numpy as np

from helpers.core.caching import data_cache, read_only

SENTENCE_END = re.compile(r"(?<=[。！？；!?;…\n])")
"""Where a text is cut into sentences for the model: after each end-of-sentence mark."""
BATCH = 64
"""Sentences run through the model at once (grouped by length, so padding stays short)."""


class Prediction(NamedTuple):
    """The model's top reading of one polyphonic character: a numbered syllable ('de5', 'lv4')
    and its softmax probability (0 to 1)."""

    syllable: str
    probability: float


@dataclass(frozen=True)
class _Model:
    """g2pM's tables and weights (arrays read-only, float32)."""

    char_ids: Mapping[str, int]
    polyphones: frozenset[str]
    classes: tuple[str, ...]
    weights: Mapping[str, Any]


def _pickle(name: str) -> Any:
    """One of g2pM's pickles, its file closed again."""
    with (resources.files("g2pM") / name).open("rb") as handle:
        return pickle.load(handle)


@data_cache
def _model() -> _Model:
    """g2pM's model, loaded once per process (about 40 ms)."""
    weights = _pickle("np_ckpt.pkl")
    for array in weights.values():
        array.setflags(write=False)
    class_ids: dict[str, int] = _pickle("class2idx.pkl")
    classes = [""] * len(class_ids)
    for name, index in class_ids.items():
        classes[index] = name.replace("u:", "v")
    readings: dict[str, list[str]] = _pickle("digest_cedict.pkl")
    return _Model(
        char_ids=read_only(_pickle("char2idx.pkl")),
        polyphones=frozenset(char for char, options in readings.items() if len(options) > 1),
        classes=tuple(classes),
        weights=read_only(weights),
    )


def is_polyphone(char: str) -> bool:
    """Whether g2pM treats a character as polyphonic (more than one reading in its table)."""
    return char in _model().polyphones


def _sigmoid(x: np.ndarray) -> Any:
    """The logistic function, elementwise."""
    return 1 / (1 + np.exp(-x))


def _lstm(inputs: np.ndarray, lengths: np.ndarray, weights: Mapping[str, Any], suffix: str) -> Any:
    """Hidden states [batch, time, 32] of one direction of the LSTM (PyTorch gate order i f g o)."""
    projected = inputs @ weights[f"lstm.weight_ih_l0{suffix}"].T
    projected += weights[f"lstm.bias_ih_l0{suffix}"] + weights[f"lstm.bias_hh_l0{suffix}"]
    recurrent = weights[f"lstm.weight_hh_l0{suffix}"].T
    batch, steps, _ = inputs.shape
    size = recurrent.shape[0]
    hidden = np.zeros((batch, size), dtype=np.float32)
    cell = np.zeros_like(hidden)
    states = np.empty((batch, steps, size), dtype=np.float32)
    for step in range(int(lengths.max())):
        gates = projected[:, step] + hidden @ recurrent
        i, f = _sigmoid(gates[:, :size]), _sigmoid(gates[:, size : 2 * size])
        g, o = np.tanh(gates[:, 2 * size : 3 * size]), _sigmoid(gates[:, 3 * size :])
        cell = f * cell + i * g
        hidden = o * np.tanh(cell)
        states[:, step] = hidden
    return states


def _run(sentences: Sequence[str]) -> list[dict[int, Prediction]]:
    """Predictions for the polyphones of sentences of similar length, in one forward pass."""
    model = _model()
    unknown, pad = model.char_ids["<UNK>"], model.char_ids["<PAD>"]
    lengths = np.array([len(sentence) + 2 for sentence in sentences])
    ids = np.full((len(sentences), int(lengths.max())), pad, dtype=np.int64)
    backward_ids = ids.copy()
    for row, sentence in enumerate(sentences):
        # g2pM's start and end tokens are the Hangul 시 and 끝.
        line = [model.char_ids["시"], *(model.char_ids.get(c, unknown) for c in sentence)]
        line.append(model.char_ids["끝"])
        ids[row, : len(line)] = line
        backward_ids[row, : len(line)] = line[::-1]
    embedding = model.weights["embedding.weight"]
    forward = _lstm(embedding[ids], lengths, model.weights, "")
    backward = _lstm(embedding[backward_ids], lengths, model.weights, "_reverse")
    rows, columns = [], []
    for row, sentence in enumerate(sentences):
        for index, char in enumerate(sentence):
            if char in model.polyphones:
                rows.append(row)
                columns.append(index + 1)
    if not rows:
        return [{} for _ in sentences]
    at, back_at = np.array(rows), lengths[rows] - 1 - np.array(columns)
    states = np.concatenate([forward[at, columns], backward[at, back_at]], axis=1)
    hidden = np.maximum(states @ model.weights["logit_layer.0.weight"].T + model.weights[
        "logit_layer.0.bias"], 0)  # fmt: skip
    logits = hidden @ model.weights["logit_layer.2.weight"].T + model.weights["logit_layer.2.bias"]
    logits -= logits.max(axis=1, keepdims=True)
    probabilities = np.exp(logits)
    probabilities /= probabilities.sum(axis=1, keepdims=True)
    best = probabilities.argmax(axis=1)
    found: list[dict[int, Prediction]] = [{} for _ in sentences]
    for k, (row, column) in enumerate(zip(rows, columns, strict=True)):
        found[row][column - 1] = Prediction(
            model.classes[best[k]], float(probabilities[k, best[k]])
        )
    return found


def sentences_of(text: str) -> list[str]:
    """A text cut after each end-of-sentence mark (。！？；!?;… and line breaks); the pieces join
    back to the text."""
    return [piece for piece in SENTENCE_END.split(text) if piece]


def polyphone_readings(texts: Sequence[str]) -> list[dict[int, Prediction]]:
    """g2pM's reading of every character it treats as polyphonic, for several texts at once.

    Each text is cut into sentences; all sentences with a polyphone go through the model together,
    in batches of sentences of similar length.

    Args:
        texts: Simplified texts (the model reads Traditional characters badly).

    Returns:
        Per text, its polyphones' character positions (0-based, in the text) mapped to the model's
        top reading, a numbered syllable with v for ü ('de5', 'lv4'), and its probability.
    """
    pieces: list[tuple[int, int, str]] = []
    for number, text in enumerate(texts):
        start = 0
        for sentence in sentences_of(text):
            if any(char in _model().polyphones for char in sentence):
                pieces.append((number, start, sentence))
            start += len(sentence)
    pieces.sort(key=lambda piece: len(piece[2]))
    found: list[dict[int, Prediction]] = [{} for _ in texts]
    for first in range(0, len(pieces), BATCH):
        group = pieces[first : first + BATCH]
        for (number, start, _), predictions in zip(group, _run([p[2] for p in group]), strict=True):
            found[number].update({start + index: p for index, p in predictions.items()})
    return found
