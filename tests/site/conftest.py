"""Fixtures for the static site tests: hand-made notebooks and a site built from them.

The hand-made notebooks stand in for the real ones, whose stored outputs change whenever they are
re-run: a start page, and a walkthrough named after document 000 (so the search links point at it)
with Chinese markdown, a chart with alt text, an HTML output and a stream.
"""

from __future__ import annotations

import base64
import json
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from helpers.site.build import build_site


def png(width: int, height: int) -> bytes:
    """A valid white PNG of the given size."""
    row = b"\x00" + b"\xff\xff\xff" * width

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def markdown(text: str) -> dict[str, Any]:
    return {"cell_type": "markdown", "metadata": {}, "source": text}


def code(text: str, outputs: list[dict[str, Any]], **metadata: Any) -> dict[str, Any]:
    return {
        "cell_type": "code",
        "execution_count": 1,
        "metadata": metadata,
        "outputs": outputs,
        "source": text,
    }


def display(data: dict[str, Any]) -> dict[str, Any]:
    return {"output_type": "display_data", "data": data, "metadata": {}}


CHART = display({"image/png": base64.b64encode(png(4, 3)).decode(), "text/plain": "<Figure>"})
WIDGET = {"model_id": "0", "version_major": 2, "version_minor": 0}


def notebook(*cells: dict[str, Any]) -> dict[str, Any]:
    return {"cells": list(cells), "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


START = notebook(
    markdown("# Start here 從這裡開始\n\nThe first page. It has two sentences.\n\n## Next 下一步"),
    markdown("Read [01](01_kamath_debt_ai_robots.ipynb#part) next."),
)
WALKTHROUGH = notebook(
    markdown("# 01 · Debt and robots 文檔 000\n\nMusk 說輝達 and 中文 here.\n\n## Chart 圖表"),
    code("plot()\nplt.show()", [CHART], alt="A test chart of nothing"),
    markdown("### Detail 细节"),
    code(
        "HTML(view)",
        [display({"text/html": '<p lang="zh-TW">輝達</p>', "text/plain": "<HTML>"})],
    ),
    code("print('晶片')", [{"output_type": "stream", "name": "stdout", "text": "晶片\n"}]),
)


def write_notebooks(folder: Path, named: dict[str, dict[str, Any]] | None = None) -> Path:
    """Write notebooks (file name → notebook; by default the two above) into a folder."""
    folder.mkdir(parents=True, exist_ok=True)
    default = {"00_start.ipynb": START, "01_kamath_debt_ai_robots.ipynb": WALKTHROUGH}
    for name, nb in (named or default).items():
        (folder / name).write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture
def parts() -> SimpleNamespace:
    """The makers of hand-made notebooks and cells, and the two notebooks of the small site."""
    return SimpleNamespace(
        markdown=markdown,
        code=code,
        display=display,
        notebook=notebook,
        chart=CHART,
        widget=WIDGET,
        start=START,
        walkthrough=WALKTHROUGH,
    )


@pytest.fixture
def notebooks_dir(tmp_path: Path) -> Callable[..., Path]:
    """Write notebooks (file name → notebook, by default the small site's) into a new folder."""
    return lambda named=None: write_notebooks(tmp_path / "notebooks", named)


@pytest.fixture(scope="session")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site built from the two hand-made notebooks (the search index covers the whole corpus)."""
    out = tmp_path_factory.mktemp("site") / "site"
    build_site(out, write_notebooks(tmp_path_factory.mktemp("notebooks")))
    return out
