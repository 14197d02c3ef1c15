"""The reader's controls for how readings are shown beyond their style: the standard (automatic,
mainland, Taiwan) and the tones (citation, sandhi), as ipywidgets menus.

The choices are those of helpers.views.marks.Ruby; what they mean is said in each menu's tooltip.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from helpers.core.types import TONES, Tones
from helpers.views.marks import STANDARDS, Standard

STANDARD_TIP = (
    "automatic: Taiwan readings for zh-TW and Taiwan documents, mainland readings otherwise; "
    "mainland: Putonghua readings for all text; Taiwan: the Ministry of Education's for all text"
)
TONES_TIP = "citation: each character's own tone; sandhi: tones as spoken (一, 不, third tones)"


class ReadingControls(widgets.HBox):
    """Two menus, the reading standard and the tones, calling back when either changes.

    Args:
        standard, tones: the choices to start with (from the reader's settings).
        changed: called with no argument after either menu changes.
    """

    def __init__(self, standard: Standard, tones: Tones, changed: Callable[[], None]) -> None:
        self.standard = widgets.Dropdown(
            options=list(STANDARDS),
            value=standard,
            description="Standard",
            tooltip=STANDARD_TIP,
            layout={"width": "15em"},
        )
        self.tones = widgets.Dropdown(
            options=list(TONES),
            value=tones,
            description="Tones",
            tooltip=TONES_TIP,
            layout={"width": "13em"},
        )
        for menu in (self.standard, self.tones):
            menu.observe(lambda _: changed(), "value")
        super().__init__([self.standard, self.tones])

    @property
    def values(self) -> tuple[Standard, Tones]:
        """The standard and the tones chosen."""
        return self.standard.value, self.tones.value
