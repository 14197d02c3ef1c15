"""Charts show Simplified and Traditional Chinese without missing glyphs."""

import io
import logging
import os
import re
import subprocess
import sys
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib import font_manager

from helpers.views.fonts import use_cjk_font

TRADITIONAL = "發髮後裡臺製"
SIMPLIFIED = "发后里台制"
CHINESE = {ord(char) for char in TRADITIONAL + SIMPLIFIED}


def missing_glyphs(caplog: pytest.LogCaptureFixture) -> set[int]:
    """Code points reported missing while rendering a chart with Chinese in every text role."""
    caplog.clear()
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.DEBUG):
        warnings.simplefilter("always")
        fig, ax = plt.subplots()
        try:
            ax.set_title(f"{TRADITIONAL} / {SIMPLIFIED}")
            ax.bar([TRADITIONAL, SIMPLIFIED], [3, -2])
            ax.set_ylabel(f"Count 次数 {SIMPLIFIED}")
            ax.text(0, 1, f"{SIMPLIFIED} and {TRADITIONAL}")
            fig.savefig(io.BytesIO(), format="png", dpi=20)
        finally:
            plt.close(fig)
    messages = [str(w.message) for w in caught] + [r.getMessage() for r in caplog.records]
    return {int(code) for m in messages for code in re.findall(r"Glyph (\d+) .*missing", m)}


def test_cjk_font_renders_both_scripts(caplog: pytest.LogCaptureFixture) -> None:
    with matplotlib.rc_context():
        assert use_cjk_font() == "Noto Sans CJK SC"
        assert missing_glyphs(caplog) == set()


def test_default_font_misses_chinese(caplog: pytest.LogCaptureFixture) -> None:
    # Guards the check above: with DejaVu Sans alone the same chart must report the glyphs missing.
    with matplotlib.rc_context({"font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"]}):
        assert missing_glyphs(caplog) >= CHINESE


def test_use_cjk_font_is_idempotent() -> None:
    with matplotlib.rc_context():
        family = use_cjk_font()
        count = len(font_manager.fontManager.ttflist)
        assert use_cjk_font() == family
        assert len(font_manager.fontManager.ttflist) == count
        assert matplotlib.rcParams["font.sans-serif"][0] == family
        path = font_manager.findfont(family, fallback_to_default=False)
        assert path.endswith("NotoSansCJK-Regular.ttc")


@pytest.mark.parametrize(
    "module",
    ["helpers.views.charts", "helpers.views.number_charts", "helpers.views.numbers"],
)
def test_importing_a_chart_module_sets_the_font_before_any_chart(module: str) -> None:
    # A fresh interpreter, so neither this test run nor an earlier chart has set the font.
    code = (
        "import matplotlib\n"
        "before = matplotlib.rcParams['font.sans-serif'][0]\n"
        f"import {module}\n"
        "print(before, '|', matplotlib.rcParams['font.sans-serif'][0])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=os.environ | {"MPLBACKEND": "Agg"},
        check=True,
    )
    # DejaVu Sans is matplotlib's own default sans-serif font.
    assert done.stdout.strip() == "DejaVu Sans | Noto Sans CJK SC"
