"""The font every chart draws with: Noto Sans CJK, with Simplified, Traditional and Latin glyphs.

Importing this module sets matplotlib's global font settings once for the whole process: it
registers the font file that the noto_cjk_sans_otc package ships with matplotlib's font manager and
makes its family the default sans-serif font (rcParams "font.family" and "font.sans-serif"). The
chart modules import it, so every chart, and any matplotlib figure drawn after them, looks the same
whichever chart is called first. Call use_cjk_font() to set the font again after something reset
rcParams (plt.rcdefaults(), or leaving a matplotlib.rc_context entered before this import).
"""

from __future__ import annotations

import noto_cjk_sans_otc
from matplotlib import font_manager, rcParams

FAMILY = "Noto Sans CJK SC"
"""The family name matplotlib knows the bundled font by."""


def use_cjk_font() -> str:
    """Make the bundled Noto Sans CJK matplotlib's default sans-serif font; safe to call again.

    The font file (NotoSansCJK-Regular.ttc from the noto_cjk_sans_otc package) is registered with
    matplotlib's font manager only once; rcParams are set on every call.

    Returns:
        The family name now first in rcParams["font.sans-serif"] ("Noto Sans CJK SC").
    """
    path = str(noto_cjk_sans_otc.FONT_PATH)
    if not any(font.fname == path for font in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(path)
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [FAMILY, "DejaVu Sans"]
    return FAMILY


use_cjk_font()
