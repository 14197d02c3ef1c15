"""A matplotlib font that shows Simplified and Traditional Chinese as well as Latin text."""

import noto_cjk_sans_otc
from matplotlib import font_manager, rcParams

FAMILY = "Noto Sans CJK SC"


def use_cjk_font() -> str:
    """Make the bundled Noto Sans CJK the default sans-serif font; return its family name."""
    path = str(noto_cjk_sans_otc.FONT_PATH)
    if not any(font.fname == path for font in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(path)
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [FAMILY, "DejaVu Sans"]
    return FAMILY
