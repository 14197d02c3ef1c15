"""The choice check and the closed sets of names."""

import pytest

from helpers.core.errors import CorpusError, check_choice
from helpers.core.types import FORMATS, REGIONS, SCRIPTS, TARGETS


def test_check_choice_names_the_valid_choices():
    check_choice(TARGETS, "zh-TW", "target")
    with pytest.raises(CorpusError) as error:
        check_choice(TARGETS, "zh-CN", "target")
    message = str(error.value)
    assert message == (
        "unknown target 'zh-CN'; valid choices: 'zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'"
    )
    assert isinstance(error.value, ValueError)  # callers that catch ValueError still do


def test_the_closed_sets_as_the_readme_gives_them():
    assert TARGETS == ("zh-Hans", "zh-Hant", "zh-TW", "zh-HK")
    assert SCRIPTS == ("Simplified", "Traditional")
    assert REGIONS == ("mainland", "Taiwan")
    assert FORMATS == ("plain", "markdown")
